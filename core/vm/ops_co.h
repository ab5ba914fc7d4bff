// ops_co.h - coroutine (suspendable) forms of operations that call Python dunders (vm/ops_co.cpp).
#pragma once

#include "vm/co.h"
#include "vm/vm.h"

namespace coil {

Co<Value> binary_op_co(VM& vm, Value a, Value b, int op);
Co<Value> compare_co(VM& vm, Value a, Value b, CompareOp op);
Co<Value> type_call_co(VM& vm, Type* type, Args args);

}  // namespace coil

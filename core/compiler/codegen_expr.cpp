// codegen_expr.cpp - expressions: names, operators, calls, comprehensions, f-strings, displays.
//
// Section index
//   1. Dispatch and names
//   2. Assignment targets
//   3. Operators, comparisons, boolean logic, conditional jumps
//   4. Calls
//   5. Displays (tuple/list/set/dict with unpacking), subscripts, slices
//   6. Comprehensions and lambda
//   7. f-strings and constants
#include <set>

#include "compiler/codegen_internal.h"
#include "objects/bytes.h"
#include "objects/float.h"
#include "vm/runtime.h"

namespace coil::cg {

Value make_bytes_const(const std::string& s) { return Value(bytes_new(s.data(), int64_t(s.size()))); }

namespace {

struct LocGuard {
  Compiler* c;
  Position saved;
  bool saved_set;
  LocGuard(Compiler* comp) : c(comp), saved(comp->u_->loc), saved_set(comp->u_->loc_set) {}
  ~LocGuard() {
    c->u_->loc = saved;
    c->u_->loc_set = saved_set;
  }
};

int binop_of(Operator op) {
  switch (op) {
    case Operator::Add: return kAdd;
    case Operator::Sub: return kSub;
    case Operator::Mult: return kMul;
    case Operator::MatMult: return kMatMul;
    case Operator::Div: return kTrueDiv;
    case Operator::Mod: return kMod;
    case Operator::Pow: return kPow;
    case Operator::LShift: return kLShift;
    case Operator::RShift: return kRShift;
    case Operator::BitOr: return kOr;
    case Operator::BitXor: return kXor;
    case Operator::BitAnd: return kAnd;
    case Operator::FloorDiv: return kFloorDiv;
  }
  return kAdd;
}

bool has_starred(const ExprList& l) {
  for (Expr* e : l)
    if (e->kind == ExprKind::Starred) return true;
  return false;
}

}  // namespace

// ============================================================== 1. dispatch and names

bool Compiler::exprs(const ExprList& l) {
  for (Expr* e : l)
    if (!expr(e)) return false;
  return true;
}

bool Compiler::forbidden_name(const std::string& name, ExprContext ctx, const Loc& loc) {
  if (ctx == ExprContext::Store && name == "__debug__") {
    error("cannot assign to __debug__", loc);
    return true;
  }
  if (ctx == ExprContext::Del && name == "__debug__") {
    error("cannot delete __debug__", loc);
    return true;
  }
  return false;
}

bool Compiler::name_op(const std::string& name, ExprContext ctx, const Loc& loc) {
  if (ctx == ExprContext::Load && name == "__debug__") {
    emit(LOAD_CONST, add_const(new_bool(true)));
    return true;
  }
  if (forbidden_name(name, ctx, loc)) return false;
  std::string mangled = mangle(name);
  Scope* sc = u_->scope;
  NameScope scope = sc ? sc->scope_of(mangled) : NameScope::GlobalImplicit;
  bool optimized = u_->kind == UnitKind::Function || u_->kind == UnitKind::AsyncFunction ||
                   u_->kind == UnitKind::Lambda || u_->kind == UnitKind::Comprehension;
  if (u_->kind == UnitKind::Class && mangled == "__class__" && sc && sc->needs_class_closure) scope = NameScope::Cell;
  enum { kFast, kDeref, kGlobal, kName } kind = kName;
  switch (scope) {
    case NameScope::Free:
    case NameScope::Cell:
      kind = kDeref;
      break;
    case NameScope::Local:
      kind = optimized ? kFast : kName;
      break;
    case NameScope::GlobalImplicit:
      kind = optimized ? kGlobal : kName;
      break;
    case NameScope::GlobalExplicit:
      kind = kGlobal;
      break;
  }
  switch (kind) {
    case kFast: {
      uint32_t slot = add_var(mangled);
      emit(ctx == ExprContext::Load ? LOAD_FAST : ctx == ExprContext::Store ? STORE_FAST : DELETE_FAST, slot);
      return true;
    }
    case kDeref: {
      int32_t slot = slot_of(mangled);
      if (slot < 0) return error("internal error: no cell for '" + mangled + "'", loc);
      if (ctx == ExprContext::Load)
        emit(u_->kind == UnitKind::Class ? LOAD_CLASSDEREF : LOAD_DEREF, uint32_t(slot));
      else
        emit(ctx == ExprContext::Store ? STORE_DEREF : DELETE_DEREF, uint32_t(slot));
      return true;
    }
    case kGlobal: {
      uint32_t idx = add_name(mangled);
      if (ctx == ExprContext::Load) emit(LOAD_GLOBAL, idx << 1);
      else emit(ctx == ExprContext::Store ? STORE_GLOBAL : DELETE_GLOBAL, idx);
      return true;
    }
    case kName: {
      uint32_t idx = add_name(mangled);
      emit(ctx == ExprContext::Load ? LOAD_NAME : ctx == ExprContext::Store ? STORE_NAME : DELETE_NAME, idx);
      return true;
    }
  }
  return true;
}

bool Compiler::expr(Expr* e) {
  if (failed_) return false;
  LocGuard guard(this);
  set_loc(e->loc);
  switch (e->kind) {
    case ExprKind::BoolOp:
      return boolop(static_cast<BoolOp*>(e));
    case ExprKind::NamedExpr: {
      auto* n = static_cast<NamedExpr*>(e);
      if (!expr(n->value)) return false;
      emit(COPY, 1);
      return store_target(n->target);
    }
    case ExprKind::BinOp: {
      auto* b = static_cast<ast::BinOp*>(e);
      if (!expr(b->left)) return false;
      if (!expr(b->right)) return false;
      emit(BINARY_OP, uint32_t(binop_of(b->op)));
      return true;
    }
    case ExprKind::UnaryOp: {
      auto* u = static_cast<ast::UnaryOp*>(e);
      if (!expr(u->operand)) return false;
      switch (u->op) {
        case UnaryOpKind::Invert: emit(UNARY_INVERT); break;
        case UnaryOpKind::Not: emit(UNARY_NOT); break;
        case UnaryOpKind::UAdd: emit(UNARY_POSITIVE); break;
        case UnaryOpKind::USub: emit(UNARY_NEGATIVE); break;
      }
      return true;
    }
    case ExprKind::Lambda:
      return lambda(static_cast<Lambda*>(e));
    case ExprKind::IfExp: {
      auto* i = static_cast<IfExp*>(e);
      Block* end = new_block();
      Block* next = new_block();
      if (!jump_if(i->test, next, false)) return false;
      if (!expr(i->body)) return false;
      emit_jump(kJump, end);
      use_block(next);
      if (!expr(i->orelse)) return false;
      use_block(end);
      return true;
    }
    case ExprKind::Dict:
      return dict(static_cast<ast::Dict*>(e));
    case ExprKind::Set:
      return starunpack(static_cast<ast::Set*>(e)->elts, BUILD_SET, SET_UPDATE, SET_ADD, false);
    case ExprKind::ListComp: {
      auto* c = static_cast<ListComp*>(e);
      return comprehension(e, UnitKind::Comprehension, c->generators, c->elt, nullptr, "<listcomp>");
    }
    case ExprKind::SetComp: {
      auto* c = static_cast<SetComp*>(e);
      return comprehension(e, UnitKind::Comprehension, c->generators, c->elt, nullptr, "<setcomp>");
    }
    case ExprKind::DictComp: {
      auto* c = static_cast<DictComp*>(e);
      return comprehension(e, UnitKind::Comprehension, c->generators, c->key, c->value, "<dictcomp>");
    }
    case ExprKind::GeneratorExp: {
      auto* c = static_cast<GeneratorExp*>(e);
      return comprehension(e, UnitKind::Comprehension, c->generators, c->elt, nullptr, "<genexpr>");
    }
    case ExprKind::Await: {
      bool in_async = u_->kind == UnitKind::AsyncFunction ||
                      (u_->kind == UnitKind::Comprehension && u_->scope && u_->scope->is_coroutine);
      if (!in_async) {
        if (u_->kind == UnitKind::Module || u_->kind == UnitKind::Class) return error("'await' outside function", e->loc);
        return error("'await' outside async function", e->loc);
      }
      if (!expr(static_cast<Await*>(e)->value)) return false;
      emit(GET_AWAITABLE, 0);
      emit(LOAD_CONST, const_none());
      return add_yield_from(true);
    }
    case ExprKind::Yield: {
      if (u_->kind == UnitKind::Module || u_->kind == UnitKind::Class) return error("'yield' outside function", e->loc);
      auto* y = static_cast<Yield*>(e);
      if (y->value) {
        if (!expr(y->value)) return false;
      } else {
        emit(LOAD_CONST, const_none());
      }
      if (u_->kind == UnitKind::AsyncFunction) emit(ASYNC_GEN_WRAP);
      emit(YIELD_VALUE);
      return true;
    }
    case ExprKind::YieldFrom: {
      if (u_->kind == UnitKind::Module || u_->kind == UnitKind::Class) return error("'yield' outside function", e->loc);
      if (u_->kind == UnitKind::AsyncFunction) return error("'yield from' inside async function", e->loc);
      if (!expr(static_cast<YieldFrom*>(e)->value)) return false;
      emit(GET_YIELD_FROM_ITER);
      emit(LOAD_CONST, const_none());
      return add_yield_from(false);
    }
    case ExprKind::Compare:
      return compare(static_cast<Compare*>(e));
    case ExprKind::Call:
      return call(static_cast<Call*>(e));
    case ExprKind::FormattedValue:
      return formatted_value(static_cast<FormattedValue*>(e));
    case ExprKind::JoinedStr:
      return joined_str(static_cast<JoinedStr*>(e));
    case ExprKind::Constant:
      return constant(static_cast<Constant*>(e)->value);
    case ExprKind::Attribute: {
      auto* a = static_cast<Attribute*>(e);
      if (!expr(a->value)) return false;
      set_loc(e->loc);
      switch (a->ctx) {
        case ExprContext::Load: emit(LOAD_ATTR, add_name(mangle(a->attr))); break;
        case ExprContext::Store: emit(STORE_ATTR, add_name(mangle(a->attr))); break;
        case ExprContext::Del: emit(DELETE_ATTR, add_name(mangle(a->attr))); break;
      }
      return true;
    }
    case ExprKind::Subscript:
      return subscript(static_cast<Subscript*>(e));
    case ExprKind::Starred:
      if (static_cast<Starred*>(e)->ctx == ExprContext::Store)
        return error("starred assignment target must be in a list or tuple", e->loc);
      return error("can't use starred expression here", e->loc);
    case ExprKind::Name:
      return name_op(static_cast<Name*>(e)->id, static_cast<Name*>(e)->ctx, e->loc);
    case ExprKind::List: {
      auto* l = static_cast<ast::List*>(e);
      if (l->ctx == ExprContext::Store) return unpack_target(l->elts, e->loc);
      return starunpack(l->elts, BUILD_LIST, LIST_EXTEND, LIST_APPEND, false);
    }
    case ExprKind::Tuple: {
      auto* t = static_cast<ast::Tuple*>(e);
      if (t->ctx == ExprContext::Store) return unpack_target(t->elts, e->loc);
      return starunpack(t->elts, BUILD_LIST, LIST_EXTEND, LIST_APPEND, true);
    }
    case ExprKind::Slice:
      return slice(static_cast<Slice*>(e));
  }
  return true;
}

// ============================================================== 2. assignment targets

bool Compiler::store_target(Expr* t) {
  LocGuard guard(this);
  set_loc(t->loc);
  switch (t->kind) {
    case ExprKind::Name:
      return name_op(static_cast<Name*>(t)->id, ExprContext::Store, t->loc);
    case ExprKind::Attribute: {
      auto* a = static_cast<Attribute*>(t);
      if (!expr(a->value)) return false;
      set_loc(t->loc);
      emit(STORE_ATTR, add_name(mangle(a->attr)));
      return true;
    }
    case ExprKind::Subscript: {
      auto* s = static_cast<Subscript*>(t);
      if (!expr(s->value)) return false;
      if (!expr(s->slice)) return false;
      set_loc(t->loc);
      emit(STORE_SUBSCR);
      return true;
    }
    case ExprKind::Tuple:
      return unpack_target(static_cast<ast::Tuple*>(t)->elts, t->loc);
    case ExprKind::List:
      return unpack_target(static_cast<ast::List*>(t)->elts, t->loc);
    case ExprKind::Starred:
      return error("starred assignment target must be in a list or tuple", t->loc);
    default:
      return error("cannot assign to expression", t->loc);
  }
}

bool Compiler::unpack_target(const ExprList& elts, const Loc& loc) {
  int star = -1;
  for (std::size_t i = 0; i < elts.size(); ++i) {
    if (elts[i]->kind == ExprKind::Starred) {
      if (star >= 0) return error("multiple starred expressions in assignment", elts[i]->loc);
      star = int(i);
    }
  }
  if (star >= 0) {
    std::size_t after = elts.size() - std::size_t(star) - 1;
    if (star >= 256 || after >= (1u << 16))
      return error("too many expressions in star-unpacking assignment", loc);
    emit(UNPACK_EX, uint32_t(star) | uint32_t(after << 8));
  } else {
    emit(UNPACK_SEQUENCE, uint32_t(elts.size()));
  }
  for (Expr* e : elts) {
    Expr* target = e->kind == ExprKind::Starred ? static_cast<Starred*>(e)->value : e;
    if (!store_target(target)) return false;
  }
  return true;
}

// ============================================================== 3. operators and logic

bool Compiler::compare(Compare* c) {
  auto emit_cmp = [&](CmpOp op) {
    switch (op) {
      case CmpOp::Eq: emit(COMPARE_OP, kEQ); break;
      case CmpOp::NotEq: emit(COMPARE_OP, kNE); break;
      case CmpOp::Lt: emit(COMPARE_OP, kLT); break;
      case CmpOp::LtE: emit(COMPARE_OP, kLE); break;
      case CmpOp::Gt: emit(COMPARE_OP, kGT); break;
      case CmpOp::GtE: emit(COMPARE_OP, kGE); break;
      case CmpOp::Is: emit(IS_OP, 0); break;
      case CmpOp::IsNot: emit(IS_OP, 1); break;
      case CmpOp::In: emit(CONTAINS_OP, 0); break;
      case CmpOp::NotIn: emit(CONTAINS_OP, 1); break;
    }
  };
  if (!expr(c->left)) return false;
  std::size_t n = c->ops.size();
  if (n == 1) {
    if (!expr(c->comparators[0])) return false;
    emit_cmp(c->ops[0]);
    return true;
  }
  Block* cleanup = new_block();
  for (std::size_t i = 0; i + 1 < n; ++i) {
    if (!expr(c->comparators[i])) return false;
    emit(SWAP, 2);
    emit(COPY, 2);
    emit_cmp(c->ops[i]);
    emit_jump(JUMP_IF_FALSE_OR_POP, cleanup);
  }
  if (!expr(c->comparators[n - 1])) return false;
  emit_cmp(c->ops[n - 1]);
  Block* end = new_block();
  emit_jump(kJump, end);
  use_block(cleanup);
  emit(SWAP, 2);
  emit(POP_TOP);
  use_block(end);
  return true;
}

bool Compiler::boolop(BoolOp* b) {
  int op = b->op == BoolOpKind::And ? JUMP_IF_FALSE_OR_POP : JUMP_IF_TRUE_OR_POP;
  Block* end = new_block();
  for (std::size_t i = 0; i + 1 < b->values.size(); ++i) {
    if (!expr(b->values[i])) return false;
    emit_jump(op, end);
  }
  if (!expr(b->values.back())) return false;
  use_block(end);
  return true;
}

// Jumps to target if the truth of e equals cond (short-circuiting and/or/not and chains).
bool Compiler::jump_if(Expr* e, Block* target, bool cond) {
  switch (e->kind) {
    case ExprKind::UnaryOp:
      if (static_cast<ast::UnaryOp*>(e)->op == UnaryOpKind::Not) return jump_if(static_cast<ast::UnaryOp*>(e)->operand, target, !cond);
      break;
    case ExprKind::BoolOp: {
      auto* b = static_cast<BoolOp*>(e);
      bool cond2 = b->op == BoolOpKind::Or;
      Block* next2 = target;
      if (cond2 != cond) next2 = new_block();
      for (std::size_t i = 0; i + 1 < b->values.size(); ++i)
        if (!jump_if(b->values[i], next2, cond2)) return false;
      if (!jump_if(b->values.back(), target, cond)) return false;
      if (next2 != target) use_block(next2);
      return true;
    }
    case ExprKind::IfExp: {
      auto* i = static_cast<IfExp*>(e);
      Block* end = new_block();
      Block* next2 = new_block();
      if (!jump_if(i->test, next2, false)) return false;
      if (!jump_if(i->body, target, cond)) return false;
      emit_jump(kJump, end);
      use_block(next2);
      if (!jump_if(i->orelse, target, cond)) return false;
      use_block(end);
      return true;
    }
    case ExprKind::Constant: {
      // if True: / while 1: need no test
      const ConstantValue& v = static_cast<Constant*>(e)->value;
      int truth = -1;
      switch (v.kind) {
        case ConstantValue::Kind::True: truth = 1; break;
        case ConstantValue::Kind::False:
        case ConstantValue::Kind::None: truth = 0; break;
        case ConstantValue::Kind::Int: truth = v.text != "0" && v.text != "0x0" && v.text != "0o0" && v.text != "0b0"; break;
        case ConstantValue::Kind::Str:
        case ConstantValue::Kind::Bytes: truth = !v.text.empty(); break;
        default: break;
      }
      if (truth >= 0) {
        LocGuard guard(this);
        set_loc(e->loc);
        if (bool(truth) == cond) emit_jump(kJump, target);
        else emit(NOP);
        return true;
      }
      break;
    }
    default:
      break;
  }
  if (!expr(e)) return false;
  if (e->kind == ExprKind::Compare) {
    // As in CPython 3.11, a comparison's location stays for what follows (an assert's raise
    // points at the comparison).
    set_loc(e->loc);
    emit_jump(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, target);
    return true;
  }
  LocGuard guard(this);
  set_loc(e->loc);
  emit_jump(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, target);
  return true;
}

// ============================================================== 4. calls

bool Compiler::check_keywords(const std::vector<Keyword*>& kws) {
  std::set<std::string> seen;
  for (Keyword* k : kws) {
    if (!k->has_arg) continue;
    if (forbidden_name(k->arg, ExprContext::Store, k->loc)) return false;
    if (!seen.insert(k->arg).second) return error("keyword argument repeated: " + k->arg, k->loc);
  }
  return true;
}

bool Compiler::method_call(Call* c) {
  auto* a = static_cast<Attribute*>(c->func);
  if (!expr(a->value)) return false;
  {
    LocGuard guard(this);
    set_loc(a->loc);
    emit(LOAD_METHOD, add_name(mangle(a->attr)));
  }
  if (!exprs(c->args)) return false;
  uint32_t nkw = 0;
  for (Keyword* k : c->keywords) {
    if (!expr(k->value)) return false;
    ++nkw;
  }
  set_loc(c->loc);
  if (nkw) {
    coil::Tuple* names = tuple_new(nkw);
    for (uint32_t i = 0; i < nkw; ++i) names->items[i] = Value(intern(c->keywords[i]->arg));
    for (uint32_t i = 0; i < nkw; ++i) incref(names->items[i]);
    emit(KW_NAMES, add_const(Value(names)));
  }
  emit(CALL, uint32_t(c->args.size()) + nkw);
  return true;
}

bool Compiler::call(Call* c) {
  if (!check_keywords(c->keywords)) return false;
  bool simple = !has_starred(c->args);
  for (Keyword* k : c->keywords)
    if (!k->has_arg) simple = false;
  if (simple && c->func->kind == ExprKind::Attribute && static_cast<Attribute*>(c->func)->ctx == ExprContext::Load &&
      c->args.size() + c->keywords.size() < 30) {
    return method_call(c);
  }
  emit(PUSH_NULL);
  if (!expr(c->func)) return false;
  set_loc(c->loc);
  return call_helper(0, c->args, c->keywords);
}

bool Compiler::call_helper(int extra, const ExprList& args, const std::vector<Keyword*>& keywords) {
  bool simple = !has_starred(args);
  for (Keyword* k : keywords)
    if (!k->has_arg) simple = false;
  if (simple && args.size() + keywords.size() < 250) {
    if (!exprs(args)) return false;
    for (Keyword* k : keywords)
      if (!expr(k->value)) return false;
    if (!keywords.empty()) {
      coil::Tuple* names = tuple_new(int64_t(keywords.size()));
      for (std::size_t i = 0; i < keywords.size(); ++i) names->items[i] = newref(Value(intern(keywords[i]->arg)));
      emit(KW_NAMES, add_const(Value(names)));
    }
    emit(CALL, uint32_t(extra + int(args.size() + keywords.size())));
    return true;
  }
  // General case: build a tuple of positionals and a dict of keywords, then CALL_FUNCTION_EX.
  if (extra == 0 && args.size() == 1 && args[0]->kind == ExprKind::Starred) {
    if (!expr(static_cast<Starred*>(args[0])->value)) return false;
  } else {
    // extra positionals already on the stack are folded into the list
    emit(BUILD_LIST, uint32_t(extra));
    for (Expr* a : args) {
      if (a->kind == ExprKind::Starred) {
        if (!expr(static_cast<Starred*>(a)->value)) return false;
        emit(LIST_EXTEND, 1);
      } else {
        if (!expr(a)) return false;
        emit(LIST_APPEND, 1);
      }
    }
    emit(LIST_TO_TUPLE);
  }
  if (!keywords.empty()) {
    bool have_dict = false;
    std::size_t nseen = 0;
    auto flush = [&](std::size_t begin, std::size_t end) -> bool {
      // keyword=value pairs [begin, end)
      std::size_t n = end - begin;
      for (std::size_t i = begin; i < end; ++i) {
        emit(LOAD_CONST, add_const(Value(str_new(keywords[i]->arg))));
        if (!expr(keywords[i]->value)) return false;
      }
      emit(BUILD_MAP, uint32_t(n));
      return true;
    };
    for (std::size_t i = 0; i < keywords.size(); ++i) {
      Keyword* k = keywords[i];
      if (!k->has_arg) {
        if (nseen) {
          if (!flush(i - nseen, i)) return false;
          if (have_dict) emit(DICT_MERGE, 1);
          have_dict = true;
          nseen = 0;
        }
        if (!have_dict) {
          emit(BUILD_MAP, 0);
          have_dict = true;
        }
        if (!expr(k->value)) return false;
        emit(DICT_MERGE, 1);
      } else {
        ++nseen;
      }
    }
    if (nseen) {
      if (!flush(keywords.size() - nseen, keywords.size())) return false;
      if (have_dict) emit(DICT_MERGE, 1);
    }
  }
  emit(CALL_FUNCTION_EX, keywords.empty() ? 0 : 1);
  return true;
}

// ============================================================== 5. displays, subscripts, slices

bool Compiler::starunpack(const ExprList& elts, int build_op, int extend_op, int add_op, bool tuple) {
  if (!has_starred(elts)) {
    if (tuple && is_constant_tuple(elts) && !elts.empty()) {
      emit(LOAD_CONST, add_const(make_const_tuple(elts)));
      return true;
    }
    if (!exprs(elts)) return false;
    emit(tuple ? BUILD_TUPLE : build_op, uint32_t(elts.size()));
    return true;
  }
  bool seen_star = false;
  for (std::size_t i = 0; i < elts.size(); ++i) {
    Expr* e = elts[i];
    if (e->kind == ExprKind::Starred) {
      if (!seen_star) {
        emit(build_op, uint32_t(i));
        seen_star = true;
      }
      if (!expr(static_cast<Starred*>(e)->value)) return false;
      emit(extend_op, 1);
    } else {
      if (!expr(e)) return false;
      if (seen_star) emit(add_op, 1);
    }
  }
  if (tuple) emit(LIST_TO_TUPLE);
  return true;
}

bool Compiler::dict(ast::Dict* d) {
  std::size_t n = d->values.size();
  bool have_dict = false;
  std::size_t elements = 0;
  for (std::size_t i = 0; i < n; ++i) {
    if (!d->keys[i]) {
      // **mapping
      if (elements) {
        emit(BUILD_MAP, uint32_t(elements));
        if (have_dict) emit(DICT_UPDATE, 1);
        have_dict = true;
        elements = 0;
      }
      if (!have_dict) {
        emit(BUILD_MAP, 0);
        have_dict = true;
      }
      if (!expr(d->values[i])) return false;
      emit(DICT_UPDATE, 1);
    } else {
      if (!expr(d->keys[i])) return false;
      if (!expr(d->values[i])) return false;
      ++elements;
    }
  }
  if (elements || !have_dict) {
    emit(BUILD_MAP, uint32_t(elements));
    if (have_dict) emit(DICT_UPDATE, 1);
  }
  return true;
}

bool Compiler::slice(Slice* s) {
  uint32_t n = 2;
  if (s->lower) {
    if (!expr(s->lower)) return false;
  } else {
    emit(LOAD_CONST, const_none());
  }
  if (s->upper) {
    if (!expr(s->upper)) return false;
  } else {
    emit(LOAD_CONST, const_none());
  }
  if (s->step) {
    n = 3;
    if (!expr(s->step)) return false;
  }
  emit(BUILD_SLICE, n);
  return true;
}

bool Compiler::subscript(Subscript* s) {
  if (!expr(s->value)) return false;
  if (!expr(s->slice)) return false;
  set_loc(s->loc);
  switch (s->ctx) {
    case ExprContext::Load: emit(BINARY_SUBSCR); break;
    case ExprContext::Store: emit(STORE_SUBSCR); break;
    case ExprContext::Del: emit(DELETE_SUBSCR); break;
  }
  return true;
}

// ============================================================== 6. comprehensions and lambda

bool Compiler::comprehension(Expr* e, UnitKind kind, const std::vector<Comprehension*>& gens, Expr* elt, Expr* value,
                             const std::string& name) {
  (void)kind;
  Scope* scope = st_->scope_for(e);
  bool is_async_gen = e->kind == ExprKind::GeneratorExp && scope && scope->is_coroutine;
  bool is_async_comp = scope && scope->is_coroutine && e->kind != ExprKind::GeneratorExp;
  if (is_async_comp && u_->kind != UnitKind::AsyncFunction &&
      !(u_->kind == UnitKind::Comprehension && u_->scope && u_->scope->is_coroutine)) {
    return error("asynchronous comprehension outside of an asynchronous function", e->loc);
  }
  // The outermost iterable is evaluated here.
  enter_unit(UnitKind::Comprehension, scope, name, e->loc.lineno);
  u_->argcount = 1;
  u_->flags = kCoOptimized | kCoNewLocals;
  if (scope && scope->parent && scope->parent->kind != ScopeKind::Module) u_->flags |= kCoNested;
  if (e->kind == ExprKind::GeneratorExp) u_->flags |= is_async_gen ? kCoAsyncGenerator : kCoGenerator;
  else if (is_async_comp) u_->flags |= kCoCoroutine;
  set_loc(e->loc);
  if (e->kind != ExprKind::GeneratorExp) {
    int op = e->kind == ExprKind::ListComp ? BUILD_LIST : e->kind == ExprKind::SetComp ? BUILD_SET : BUILD_MAP;
    emit(op, 0);
  }
  bool ok = gens[0]->is_async ? async_comprehension_generator(gens, 0, 0, elt, value, e->kind)
                              : comprehension_generator(gens, 0, 0, elt, value, e->kind);
  if (!ok) return false;
  set_loc(e->loc);
  if (e->kind != ExprKind::GeneratorExp) {
    emit(RETURN_VALUE);
  } else {
    emit(LOAD_CONST, const_none());
    emit(RETURN_VALUE);
  }
  Code* code = leave_unit();
  if (!make_closure(code, 0, code->qualname->data)) return false;
  if (!expr(gens[0]->iter)) return false;
  set_loc(e->loc);
  if (gens[0]->is_async) emit(GET_AITER);
  else emit(GET_ITER);
  emit(CALL, 0);
  if (is_async_comp) {
    emit(GET_AWAITABLE, 0);
    emit(LOAD_CONST, const_none());
    add_yield_from(true);
  }
  return true;
}

bool Compiler::comprehension_generator(const std::vector<Comprehension*>& gens, std::size_t index, int depth,
                                       Expr* elt, Expr* value, ExprKind kind) {
  Comprehension* gen = gens[index];
  Block* start = new_block();
  Block* if_cleanup = new_block();
  Block* anchor = new_block();
  if (index == 0) {
    emit(LOAD_FAST, add_var(".0"));
  } else {
    if (!expr(gen->iter)) return false;
    emit(GET_ITER);
  }
  use_block(start);
  emit_jump(FOR_ITER, anchor);
  if (!store_target(gen->target)) return false;
  for (Expr* cond : gen->ifs)
    if (!jump_if(cond, if_cleanup, false)) return false;
  ++depth;
  if (index + 1 < gens.size()) {
    bool ok = gens[index + 1]->is_async ? async_comprehension_generator(gens, index + 1, depth, elt, value, kind)
                                        : comprehension_generator(gens, index + 1, depth, elt, value, kind);
    if (!ok) return false;
  } else {
    switch (kind) {
      case ExprKind::GeneratorExp:
        if (!expr(elt)) return false;
        if (u_->flags & kCoAsyncGenerator) emit(ASYNC_GEN_WRAP);
        emit(YIELD_VALUE);
        emit(POP_TOP);
        break;
      case ExprKind::ListComp:
        if (!expr(elt)) return false;
        emit(LIST_APPEND, uint32_t(depth + 1));
        break;
      case ExprKind::SetComp:
        if (!expr(elt)) return false;
        emit(SET_ADD, uint32_t(depth + 1));
        break;
      case ExprKind::DictComp:
        if (!expr(elt)) return false;
        if (!expr(value)) return false;
        emit(MAP_ADD, uint32_t(depth + 1));
        break;
      default:
        break;
    }
  }
  use_block(if_cleanup);
  emit_jump(kJump, start);
  use_block(anchor);
  return true;
}

bool Compiler::async_comprehension_generator(const std::vector<Comprehension*>& gens, std::size_t index, int depth,
                                             Expr* elt, Expr* value, ExprKind kind) {
  Comprehension* gen = gens[index];
  Block* start = new_block();
  Block* except = new_block();
  Block* if_cleanup = new_block();
  if (index == 0) {
    emit(LOAD_FAST, add_var(".0"));
  } else {
    if (!expr(gen->iter)) return false;
    emit(GET_AITER);
  }
  use_block(start);
  if (!push_fblock(FBlockType::AsyncComprehensionGenerator, start, nullptr, nullptr)) return false;
  emit_jump(kSetupFinally, except);
  emit(GET_ANEXT);
  emit(LOAD_CONST, const_none());
  add_yield_from(true);
  emit(kPopBlock);
  if (!store_target(gen->target)) return false;
  for (Expr* cond : gen->ifs)
    if (!jump_if(cond, if_cleanup, false)) return false;
  ++depth;
  if (index + 1 < gens.size()) {
    bool ok = gens[index + 1]->is_async ? async_comprehension_generator(gens, index + 1, depth, elt, value, kind)
                                        : comprehension_generator(gens, index + 1, depth, elt, value, kind);
    if (!ok) return false;
  } else {
    switch (kind) {
      case ExprKind::GeneratorExp:
        if (!expr(elt)) return false;
        emit(ASYNC_GEN_WRAP);
        emit(YIELD_VALUE);
        emit(POP_TOP);
        break;
      case ExprKind::ListComp:
        if (!expr(elt)) return false;
        emit(LIST_APPEND, uint32_t(depth + 1));
        break;
      case ExprKind::SetComp:
        if (!expr(elt)) return false;
        emit(SET_ADD, uint32_t(depth + 1));
        break;
      case ExprKind::DictComp:
        if (!expr(elt)) return false;
        if (!expr(value)) return false;
        emit(MAP_ADD, uint32_t(depth + 1));
        break;
      default:
        break;
    }
  }
  use_block(if_cleanup);
  emit_jump(kJump, start);
  pop_fblock();
  use_block(except);
  emit(END_ASYNC_FOR);
  return true;
}

bool Compiler::lambda(Lambda* l) {
  uint32_t flags = 0;
  if (!defaults_and_annotations(l->args, nullptr, &flags)) return false;
  Scope* scope = st_->scope_for(l);
  enter_unit(UnitKind::Lambda, scope, "<lambda>", l->loc.lineno);
  u_->argcount = int(l->args->posonlyargs.size() + l->args->args.size());
  u_->posonlyargcount = int(l->args->posonlyargs.size());
  u_->kwonlyargcount = int(l->args->kwonlyargs.size());
  u_->flags = kCoOptimized | kCoNewLocals;
  if (l->args->vararg) u_->flags |= kCoVarargs;
  if (l->args->kwarg) u_->flags |= kCoVarkeywords;
  if (scope && scope->is_generator) u_->flags |= kCoGenerator;
  set_loc(l->body->loc);
  if (!expr(l->body)) return false;
  if (scope && scope->is_generator) {
    emit(POP_TOP);
    emit(LOAD_CONST, const_none());
  }
  emit(RETURN_VALUE);
  Code* code = leave_unit();
  set_loc(l->loc);
  return make_closure(code, flags, code->qualname->data);
}

// ============================================================== 7. f-strings and constants

bool Compiler::joined_str(JoinedStr* j) {
  if (!exprs(j->values)) return false;
  if (j->values.size() != 1) emit(BUILD_STRING, uint32_t(j->values.size()));
  return true;
}

bool Compiler::formatted_value(FormattedValue* f) {
  if (!expr(f->value)) return false;
  uint32_t oparg = 0;
  switch (f->conversion) {
    case 's': oparg = 1; break;
    case 'r': oparg = 2; break;
    case 'a': oparg = 3; break;
    default: oparg = 0; break;
  }
  if (f->format_spec) {
    if (!expr(f->format_spec)) return false;
    oparg |= 4;
  }
  set_loc(f->loc);
  emit(FORMAT_VALUE, oparg);
  return true;
}

Value Compiler::constant_value(const ConstantValue& v) {
  switch (v.kind) {
    case ConstantValue::Kind::None: return new_none();
    case ConstantValue::Kind::True: return new_bool(true);
    case ConstantValue::Kind::False: return new_bool(false);
    case ConstantValue::Kind::Ellipsis: incref(g_ellipsis); return Value(g_ellipsis);
    case ConstantValue::Kind::Int: {
      bool ok = false;
      Value r = int_from_string(v.text, 0, &ok);
      if (!ok) return Value::small(0);
      return r;
    }
    case ConstantValue::Kind::Float: return float_new(v.number);
    case ConstantValue::Kind::Complex: return complex_new(0.0, v.number);
    case ConstantValue::Kind::Str: return Value(str_new(v.text));
    case ConstantValue::Kind::Bytes: return make_bytes_const(v.text);
  }
  return new_none();
}

bool Compiler::constant(const ConstantValue& v) {
  emit(LOAD_CONST, add_const(constant_value(v)));
  return true;
}

bool Compiler::is_constant_tuple(const ExprList& elts) {
  for (Expr* e : elts)
    if (e->kind != ExprKind::Constant) return false;
  return true;
}

Value Compiler::make_const_tuple(const ExprList& elts) {
  coil::Tuple* t = tuple_new(int64_t(elts.size()));
  for (std::size_t i = 0; i < elts.size(); ++i) t->items[i] = constant_value(static_cast<Constant*>(elts[i])->value);
  return Value(t);
}

}  // namespace coil::cg

// compile.cpp - the whole front end: parse, build the symbol table, generate code; SyntaxErrors.
#include "compiler/compile.h"

#include "compiler/codegen_internal.h"
#include "compiler/parser.h"
#include "compiler/symtable.h"
#include "vm/runtime.h"

namespace coil {

namespace {

// The n-th line (1-based) of source, with its newline if it has one.
std::string line_of(std::string_view source, int n) {
  std::size_t start = 0;
  for (int i = 1; i < n; ++i) {
    std::size_t nl = source.find('\n', start);
    if (nl == std::string_view::npos) return "";
    start = nl + 1;
  }
  std::size_t nl = source.find('\n', start);
  return std::string(source.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start + 1));
}

int byte_to_char_col(const std::string& line, int byte_offset_1based) {
  if (byte_offset_1based <= 0) return byte_offset_1based;
  int bytes = byte_offset_1based - 1;
  int chars = 0;
  for (int i = 0; i < bytes && i < int(line.size()); ++i)
    if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++chars;
  return chars + 1;
}

// Symbol table and code generator errors carry byte columns; CPython reports code points.
void finish_location(SyntaxErrorInfo* err, std::string_view source) {
  err->text = line_of(source, err->lineno);
  err->has_text = !err->text.empty() || err->lineno > 0;
  std::string end_line = err->end_lineno == err->lineno ? err->text : line_of(source, err->end_lineno);
  err->offset = byte_to_char_col(err->text, err->offset);
  err->end_offset = byte_to_char_col(end_line, err->end_offset);
}

}  // namespace

void adjust_for_script_file(SyntaxErrorInfo* err, std::string_view source) {
  if (!err->at_end_of_input) return;
  err->offset = 0;
  std::string as_written = line_of(source, err->lineno);
  if (!as_written.empty()) err->text = as_written;
}

Code* compile_source(VM& vm, std::string_view source, std::string_view filename, CompileMode mode,
                     SyntaxErrorInfo* err, int flags) {
  compiler::ParseMode pm = mode == CompileMode::Eval ? compiler::ParseMode::Eval
                           : mode == CompileMode::Interactive ? compiler::ParseMode::Interactive
                                                              : compiler::ParseMode::File;
  vm.sources[std::string(filename)] = std::string(source);
  compiler::ParseResult pr = compiler::parse(source, pm);
  if (!pr.ok()) {
    *err = pr.error;
    return nullptr;
  }
  std::unique_ptr<SymbolTable> st = build_symtable(pr.mod, filename, err);
  if (!st) {
    finish_location(err, source);
    return nullptr;
  }
  cg::Compiler c(vm, filename, err, st.get(), flags);
  Code* code = c.compile_module(pr.mod, mode);
  if (!code) {
    if (has_error(vm)) return nullptr;
    finish_location(err, source);
    return nullptr;
  }
  return code;
}

Value raise_syntax_error(VM& vm, const SyntaxErrorInfo& err, std::string_view filename) {
  Type* type = &SyntaxErrorType;
  if (err.type == "IndentationError") type = &IndentationErrorType;
  else if (err.type == "TabError") type = &TabErrorType;
  else if (err.type == "MemoryError") return raise_memory_error(vm);
  Str* msg = str_new(err.msg);
  Value args;
  if (err.has_location) {
    Str* fn = str_new(filename);
    Value text = err.has_text ? Value(str_new(err.text)) : new_none();
    Tuple* loc = tuple_new(6);
    loc->items[0] = Value(fn);
    loc->items[1] = int_from_i64(err.lineno);
    loc->items[2] = int_from_i64(err.offset);
    loc->items[3] = text;
    loc->items[4] = int_from_i64(err.end_lineno);
    loc->items[5] = int_from_i64(err.end_offset);
    args = Value(tuple_of({Value(msg), Value(loc)}));
    decref(loc);
  } else {
    args = Value(tuple_of({Value(msg)}));
  }
  decref(msg);
  raise_args(vm, type, args.as<Tuple>());
  decref(args);
  return Value();
}

Code* compile_or_raise(VM& vm, std::string_view source, std::string_view filename, CompileMode mode, int flags) {
  SyntaxErrorInfo err;
  Code* code = compile_source(vm, source, filename, mode, &err, flags);
  if (!code && !has_error(vm)) raise_syntax_error(vm, err, filename);
  return code;
}

}  // namespace coil

// codegen_stmt.cpp - statements: definitions, control flow, exceptions, with, imports, assignment.
//
// Section index
//   1. Module entry and bodies
//   2. Frame blocks (unwinding for break/continue/return)
//   3. def and class
//   4. if / while / for / async for
//   5. try/except/finally, try/except*
//   6. with / async with
//   7. return, break, continue, raise, assert
//   8. import
//   9. assignment and del
#include "compiler/codegen_internal.h"
#include "vm/runtime.h"

namespace coil::cg {

// ============================================================== 1. module entry and bodies

namespace {

bool is_docstring(Stmt* s) {
  if (s->kind != StmtKind::Expr) return false;
  Expr* v = static_cast<ExprStmt*>(s)->value;
  return v->kind == ExprKind::Constant && static_cast<Constant*>(v)->value.kind == ConstantValue::Kind::Str;
}

// Whether a module or class body contains annotated assignments (not inside nested scopes).
bool find_ann(const StmtList& body) {
  for (Stmt* s : body) {
    switch (s->kind) {
      case StmtKind::AnnAssign: return true;
      case StmtKind::For:
      case StmtKind::AsyncFor:
        if (find_ann(static_cast<For*>(s)->body) || find_ann(static_cast<For*>(s)->orelse)) return true;
        break;
      case StmtKind::While:
        if (find_ann(static_cast<While*>(s)->body) || find_ann(static_cast<While*>(s)->orelse)) return true;
        break;
      case StmtKind::If:
        if (find_ann(static_cast<If*>(s)->body) || find_ann(static_cast<If*>(s)->orelse)) return true;
        break;
      case StmtKind::With:
      case StmtKind::AsyncWith:
        if (find_ann(static_cast<With*>(s)->body)) return true;
        break;
      case StmtKind::Try:
      case StmtKind::TryStar: {
        auto* t = static_cast<Try*>(s);
        if (find_ann(t->body) || find_ann(t->orelse) || find_ann(t->finalbody)) return true;
        for (ExceptHandler* h : t->handlers)
          if (find_ann(h->body)) return true;
        break;
      }
      case StmtKind::Match:
        for (MatchCase* c : static_cast<Match*>(s)->cases)
          if (find_ann(c->body)) return true;
        break;
      default: break;
    }
  }
  return false;
}

}  // namespace

Code* Compiler::compile_module(const Mod* mod, CompileMode mode) {
  enter_unit(UnitKind::Module, st_->top.get(), "<module>", 1);
  interactive_ = mode == CompileMode::Interactive;
  if (mode == CompileMode::Cell && !mod->body.empty() && mod->body.back()->kind == StmtKind::Expr)
    displayed_ = mod->body.back();
  if (mode == CompileMode::Eval) {
    if (!expr(mod->expr)) return nullptr;
    emit(RETURN_VALUE);
  } else {
    if (mode != CompileMode::Interactive && !mod->body.empty() && is_docstring(mod->body[0]) &&
        mod->body[0] != displayed_) {
      if (!body_with_docstring(mod->body, false)) return nullptr;
    } else {
      if (find_ann(mod->body)) {
        if (!mod->body.empty()) set_loc(mod->body[0]->loc);
        emit(SETUP_ANNOTATIONS);
      }
      if (!stmts(mod->body)) return nullptr;
    }
    if (interactive_ || mod->body.empty()) {
      // no statements: still a valid module returning None
    }
  }
  if (failed_) return nullptr;
  return leave_unit();
}

// Module and class bodies: an initial string becomes __doc__.
bool Compiler::body_with_docstring(const StmtList& body, bool is_function) {
  (void)is_function;
  std::size_t start = 0;
  if (find_ann(body)) {
    if (!body.empty()) set_loc(body[0]->loc);
    emit(SETUP_ANNOTATIONS);
  }
  if (!body.empty() && is_docstring(body[0])) {
    set_loc(body[0]->loc);
    if (!expr(static_cast<ExprStmt*>(body[0])->value)) return false;
    if (!name_op("__doc__", ExprContext::Store, body[0]->loc)) return false;
    start = 1;
  }
  for (std::size_t i = start; i < body.size(); ++i)
    if (!stmt(body[i])) return false;
  return true;
}

bool Compiler::stmts(const StmtList& body) {
  for (Stmt* s : body)
    if (!stmt(s)) return false;
  return true;
}

bool Compiler::stmt(Stmt* s) {
  if (failed_) return false;
  set_loc(s->loc);
  switch (s->kind) {
    case StmtKind::FunctionDef:
    case StmtKind::AsyncFunctionDef:
      return function_def(static_cast<FunctionDef*>(s));
    case StmtKind::ClassDef:
      return class_def(static_cast<ClassDef*>(s));
    case StmtKind::Return:
      return return_stmt(static_cast<Return*>(s));
    case StmtKind::Delete:
      return delete_stmt(static_cast<Delete*>(s));
    case StmtKind::Assign:
      return assign(static_cast<Assign*>(s));
    case StmtKind::AugAssign:
      return aug_assign(static_cast<AugAssign*>(s));
    case StmtKind::AnnAssign:
      return ann_assign(static_cast<AnnAssign*>(s));
    case StmtKind::For:
      return for_stmt(static_cast<For*>(s));
    case StmtKind::AsyncFor:
      return async_for_stmt(static_cast<For*>(s));
    case StmtKind::While:
      return while_stmt(static_cast<While*>(s));
    case StmtKind::If:
      return if_stmt(static_cast<If*>(s));
    case StmtKind::With:
      return with_stmt(static_cast<With*>(s), 0);
    case StmtKind::AsyncWith:
      return async_with_stmt(static_cast<With*>(s), 0);
    case StmtKind::Match:
      return match_stmt(static_cast<Match*>(s));
    case StmtKind::Raise:
      return raise_stmt(static_cast<Raise*>(s));
    case StmtKind::Try: {
      auto* t = static_cast<Try*>(s);
      if (!t->finalbody.empty()) return try_finally(t);
      return try_except(t);
    }
    case StmtKind::TryStar:
      return try_star(static_cast<Try*>(s));
    case StmtKind::Assert:
      return assert_stmt(static_cast<Assert*>(s));
    case StmtKind::Import:
      return import_stmt(static_cast<Import*>(s));
    case StmtKind::ImportFrom:
      return import_from_stmt(static_cast<ImportFrom*>(s));
    case StmtKind::Global:
    case StmtKind::Nonlocal:
      return true;
    case StmtKind::Expr: {
      Expr* v = static_cast<ExprStmt*>(s)->value;
      if ((interactive_ && units_.size() == 1) || s == displayed_) {
        if (!expr(v)) return false;
        emit(PRINT_EXPR);
        return true;
      }
      if (v->kind == ExprKind::Constant) {
        emit(NOP);
        return true;
      }
      if (!expr(v)) return false;
      emit(POP_TOP);
      return true;
    }
    case StmtKind::Pass:
      emit(NOP);
      return true;
    case StmtKind::Break:
      return break_stmt(s);
    case StmtKind::Continue:
      return continue_stmt(s);
  }
  return true;
}

// ============================================================== 2. frame blocks

bool Compiler::push_fblock(FBlockType t, Block* b, Block* exit, const void* datum) {
  if (u_->fblocks.size() >= 20) return error("too many statically nested blocks", Loc{u_->loc.line, u_->loc.col, u_->loc.end_line, u_->loc.end_col});
  u_->fblocks.push_back(FBlock{t, b, exit, datum});
  return true;
}

void Compiler::pop_fblock() { u_->fblocks.pop_back(); }

bool Compiler::call_exit_with_nones() {
  uint32_t none = const_none();
  emit(LOAD_CONST, none);
  emit(LOAD_CONST, none);
  emit(LOAD_CONST, none);
  emit(CALL, 2);
  return true;
}

bool Compiler::add_yield_from(bool await) {
  Block* start = new_block();
  Block* resume = new_block();
  Block* exit = new_block();
  use_block(start);
  emit_jump(SEND, exit);
  use_block(resume);
  emit(YIELD_VALUE);
  emit_jump(kJumpNoInterrupt, start);
  use_block(exit);
  (void)await;
  return true;
}

bool Compiler::unwind_fblock(const FBlock& fb, bool preserve_tos) {
  switch (fb.type) {
    case FBlockType::WhileLoop:
    case FBlockType::ExceptionHandler:
    case FBlockType::ExceptionGroupHandler:
    case FBlockType::AsyncComprehensionGenerator:
      return true;
    case FBlockType::ForLoop:
      if (preserve_tos) emit(SWAP, 2);
      emit(POP_TOP);
      return true;
    case FBlockType::TryExcept:
      emit(kPopBlock);
      return true;
    case FBlockType::FinallyTry: {
      emit(kPopBlock);
      if (preserve_tos && !push_fblock(FBlockType::PopValue, nullptr, nullptr, nullptr)) return false;
      // The finally body runs with the fblocks below this one.
      auto saved = u_->fblocks;
      const StmtList* body = static_cast<const StmtList*>(fb.datum);
      // remove this FinallyTry (and everything above it) while compiling the body
      bool ok = stmts(*body);
      u_->fblocks = saved;
      if (preserve_tos) pop_fblock();
      unset_loc();
      return ok;
    }
    case FBlockType::FinallyEnd:
      if (preserve_tos) emit(SWAP, 2);
      emit(POP_TOP);
      if (preserve_tos) emit(SWAP, 2);
      emit(kPopBlock);
      emit(POP_EXCEPT);
      return true;
    case FBlockType::With:
    case FBlockType::AsyncWith:
      set_loc(static_cast<const Stmt*>(fb.datum)->loc);
      emit(kPopBlock);
      if (preserve_tos) emit(SWAP, 2);
      call_exit_with_nones();
      if (fb.type == FBlockType::AsyncWith) {
        emit(GET_AWAITABLE, 2);
        emit(LOAD_CONST, const_none());
        add_yield_from(true);
      }
      emit(POP_TOP);
      unset_loc();
      return true;
    case FBlockType::HandlerCleanup: {
      const std::string* name = static_cast<const std::string*>(fb.datum);
      if (name) emit(kPopBlock);
      if (preserve_tos) emit(SWAP, 2);
      emit(kPopBlock);
      emit(POP_EXCEPT);
      if (name) {
        emit(LOAD_CONST, const_none());
        Loc l{u_->loc.line, u_->loc.col, u_->loc.end_line, u_->loc.end_col};
        name_op(*name, ExprContext::Store, l);
        name_op(*name, ExprContext::Del, l);
      }
      return true;
    }
    case FBlockType::PopValue:
      if (preserve_tos) emit(SWAP, 2);
      emit(POP_TOP);
      return true;
  }
  return true;
}

// Unwinds frame blocks from the innermost outwards; stops at a loop when `loop` is given.
bool Compiler::unwind_fblock_stack(bool preserve_tos, const FBlock** loop) {
  auto saved = u_->fblocks;
  while (!u_->fblocks.empty()) {
    FBlock top = u_->fblocks.back();
    if (top.type == FBlockType::ExceptionGroupHandler) {
      u_->fblocks = saved;
      return error("'break', 'continue' and 'return' cannot appear in an except* block",
                   Loc{u_->loc.line, u_->loc.col, u_->loc.end_line, u_->loc.end_col});
    }
    if (loop && (top.type == FBlockType::WhileLoop || top.type == FBlockType::ForLoop)) {
      *loop = &saved[u_->fblocks.size() - 1];
      u_->fblocks = saved;
      // the loop pointer must stay valid: return a pointer into the restored vector
      *loop = &u_->fblocks[(*loop) - saved.data()];
      return true;
    }
    u_->fblocks.pop_back();
    if (!unwind_fblock(top, preserve_tos)) {
      u_->fblocks = saved;
      return false;
    }
  }
  u_->fblocks = saved;
  return true;
}

// ============================================================== 3. def and class

bool Compiler::decorators(const ExprList& decos) {
  for (Expr* d : decos)
    if (!expr(d)) return false;
  return true;
}

void Compiler::apply_decorators(const ExprList& decos) {
  for (auto it = decos.rbegin(); it != decos.rend(); ++it) {
    set_loc((*it)->loc);
    emit(CALL, 0);
  }
}

bool Compiler::defaults_and_annotations(const Arguments* args, Expr* returns, uint32_t* flags) {
  if (!args->defaults.empty()) {
    if (!exprs(args->defaults)) return false;
    emit(BUILD_TUPLE, uint32_t(args->defaults.size()));
    *flags |= 1;
  }
  uint32_t nkw = 0;
  std::vector<std::string> kwnames;
  for (std::size_t i = 0; i < args->kwonlyargs.size(); ++i) {
    Expr* d = i < args->kw_defaults.size() ? args->kw_defaults[i] : nullptr;
    if (!d) continue;
    kwnames.push_back(mangle(args->kwonlyargs[i]->arg));
    if (!expr(d)) return false;
    ++nkw;
  }
  if (nkw) {
    coil::Tuple* keys = tuple_new(nkw);
    for (uint32_t i = 0; i < nkw; ++i) keys->items[i] = Value(str_new(kwnames[i]));
    emit(LOAD_CONST, add_const(Value(keys)));
    emit(BUILD_CONST_KEY_MAP, nkw);
    *flags |= 2;
  }
  // Annotations: a flat tuple (name, value, name, value, ...)
  uint32_t nann = 0;
  auto ann = [&](const Arg* a) -> bool {
    if (!a || !a->annotation) return true;
    emit(LOAD_CONST, add_const(Value(str_new(mangle(a->arg)))));
    if (future_flags_ & 1) {
      if (!check_annotation(a->annotation)) return false;
    } else if (!expr(a->annotation)) {
      return false;
    }
    nann += 2;
    return true;
  };
  for (Arg* a : args->posonlyargs)
    if (!ann(a)) return false;
  for (Arg* a : args->args)
    if (!ann(a)) return false;
  if (!ann(args->vararg)) return false;
  for (Arg* a : args->kwonlyargs)
    if (!ann(a)) return false;
  if (!ann(args->kwarg)) return false;
  if (returns) {
    emit(LOAD_CONST, add_const(Value(str_new("return"))));
    if (future_flags_ & 1) {
      if (!check_annotation(returns)) return false;
    } else if (!expr(returns)) {
      return false;
    }
    nann += 2;
  }
  if (nann) {
    emit(BUILD_TUPLE, nann);
    *flags |= 4;
  }
  return true;
}

bool Compiler::make_closure(Code* code, uint32_t flags, const std::string& qualname) {
  (void)qualname;
  if (code->nfreevars) {
    int32_t first_free = code->nlocalsplus - code->nfreevars;
    for (int32_t i = 0; i < code->nfreevars; ++i) {
      std::string name = code->localsplusnames->items[first_free + i].as<Str>()->data;
      int32_t slot = slot_of(name);
      if (slot < 0) {
        // A class body: __class__ lives in the class's cell list.
        slot = slot_of(name);
      }
      emit(LOAD_CLOSURE, uint32_t(slot));
    }
    emit(BUILD_TUPLE, uint32_t(code->nfreevars));
    flags |= 8;
  }
  emit(LOAD_CONST, add_const(Value(code)));
  emit(MAKE_FUNCTION, flags);
  return true;
}

bool Compiler::function_def(FunctionDef* f) {
  bool is_async = f->kind == StmtKind::AsyncFunctionDef;
  if (!decorators(f->decorator_list)) return false;
  int firstlineno = f->loc.lineno;
  if (!f->decorator_list.empty()) firstlineno = f->decorator_list[0]->loc.lineno;
  set_loc(f->loc);
  uint32_t flags = 0;
  if (!defaults_and_annotations(f->args, f->returns, &flags)) return false;
  Scope* scope = st_->scope_for(f);
  enter_unit(is_async ? UnitKind::AsyncFunction : UnitKind::Function, scope, f->name, firstlineno);
  Unit* u = u_;
  u->argcount = int(f->args->posonlyargs.size() + f->args->args.size());
  u->posonlyargcount = int(f->args->posonlyargs.size());
  u->kwonlyargcount = int(f->args->kwonlyargs.size());
  u->flags = kCoOptimized | kCoNewLocals;
  if (f->args->vararg) u->flags |= kCoVarargs;
  if (f->args->kwarg) u->flags |= kCoVarkeywords;
  if (scope->parent && scope->parent->kind != ScopeKind::Module) u->flags |= kCoNested;
  if (is_async && scope->is_generator) u->flags |= kCoAsyncGenerator;
  else if (is_async) u->flags |= kCoCoroutine;
  else if (scope->is_generator) u->flags |= kCoGenerator;
  std::size_t start = 0;
  if (!f->body.empty() && is_docstring(f->body[0])) {
    u->docstring = constant_value(static_cast<Constant*>(static_cast<ExprStmt*>(f->body[0])->value)->value);
    start = 1;
  }
  for (std::size_t i = start; i < f->body.size(); ++i)
    if (!stmt(f->body[i])) return false;
  Code* code = leave_unit();
  set_loc(f->loc);
  if (!make_closure(code, flags, code->qualname->data)) return false;
  apply_decorators(f->decorator_list);
  set_loc(f->loc);
  return name_op(f->name, ExprContext::Store, f->loc);
}

bool Compiler::class_def(ClassDef* c) {
  if (!decorators(c->decorator_list)) return false;
  int firstlineno = c->loc.lineno;
  if (!c->decorator_list.empty()) firstlineno = c->decorator_list[0]->loc.lineno;
  Scope* scope = st_->scope_for(c);
  enter_unit(UnitKind::Class, scope, c->name, firstlineno);
  set_loc(c->loc);
  Loc l = c->loc;
  {
    // __module__ = __name__; __qualname__ = ...
    emit(LOAD_NAME, add_name("__name__"));
    emit(STORE_NAME, add_name("__module__"));
    emit(LOAD_CONST, add_const(Value(str_new(u_->qualname))));
    emit(STORE_NAME, add_name("__qualname__"));
  }
  if (!body_with_docstring(c->body, false)) return false;
  unset_loc();
  if (scope->needs_class_closure) {
    emit(LOAD_CLOSURE, uint32_t(slot_of("__class__")));
    emit(COPY, 1);
    emit(STORE_NAME, add_name("__classcell__"));
  } else {
    emit(LOAD_CONST, const_none());
  }
  emit(RETURN_VALUE);
  Code* code = leave_unit();
  set_loc(l);
  emit(PUSH_NULL);
  emit(LOAD_BUILD_CLASS);
  if (!make_closure(code, 0, code->qualname->data)) return false;
  emit(LOAD_CONST, add_const(Value(str_new(c->name))));
  if (!call_helper(2, c->bases, c->keywords)) return false;
  apply_decorators(c->decorator_list);
  set_loc(l);
  return name_op(c->name, ExprContext::Store, l);
}

// ============================================================== 4. control flow

bool Compiler::if_stmt(If* s) {
  Block* end = new_block();
  Block* next = s->orelse.empty() ? end : new_block();
  if (!jump_if(s->test, next, false)) return false;
  if (!stmts(s->body)) return false;
  if (!s->orelse.empty()) {
    unset_loc();
    emit_jump(kJump, end);
    use_block(next);
    if (!stmts(s->orelse)) return false;
  }
  use_block(end);
  return true;
}

bool Compiler::while_stmt(While* s) {
  Block* loop = new_block();
  Block* body = new_block();
  Block* anchor = new_block();
  Block* end = new_block();
  use_block(loop);
  if (!push_fblock(FBlockType::WhileLoop, loop, end, nullptr)) return false;
  if (!jump_if(s->test, anchor, false)) return false;
  use_block(body);
  if (!stmts(s->body)) return false;
  // The back-edge (where a KeyboardInterrupt lands) is on the `while` line, as in CPython 3.11
  // (which repeats the test there)
  set_loc(s->loc);
  emit_jump(kJump, loop);
  pop_fblock();
  use_block(anchor);
  if (!stmts(s->orelse)) return false;
  use_block(end);
  return true;
}

bool Compiler::for_stmt(For* s) {
  Block* start = new_block();
  Block* body = new_block();
  Block* cleanup = new_block();
  Block* end = new_block();
  if (!push_fblock(FBlockType::ForLoop, start, end, nullptr)) return false;
  if (!expr(s->iter)) return false;
  set_loc(s->iter->loc);
  emit(GET_ITER);
  use_block(start);
  set_loc(s->loc);
  emit_jump(FOR_ITER, cleanup);
  use_block(body);
  if (!store_target(s->target)) return false;
  if (!stmts(s->body)) return false;
  unset_loc();
  emit_jump(kJump, start);
  use_block(cleanup);
  pop_fblock();
  if (!stmts(s->orelse)) return false;
  use_block(end);
  return true;
}

bool Compiler::async_for_stmt(For* s) {
  Scope* sc = u_->scope;
  if (u_->kind != UnitKind::AsyncFunction && !(sc && sc->is_coroutine && u_->kind == UnitKind::Comprehension))
    return error("'async for' outside async function", s->loc);
  Block* start = new_block();
  Block* except = new_block();
  Block* end = new_block();
  if (!expr(s->iter)) return false;
  emit(GET_AITER);
  use_block(start);
  if (!push_fblock(FBlockType::ForLoop, start, end, nullptr)) return false;
  emit_jump(kSetupFinally, except);
  emit(GET_ANEXT);
  emit(LOAD_CONST, const_none());
  add_yield_from(true);
  emit(kPopBlock);
  if (!store_target(s->target)) return false;
  if (!stmts(s->body)) return false;
  unset_loc();
  emit_jump(kJump, start);
  pop_fblock();
  use_block(except);
  set_loc(s->iter->loc);
  emit(END_ASYNC_FOR);
  if (!stmts(s->orelse)) return false;
  use_block(end);
  return true;
}

// ============================================================== 5. try statements

bool Compiler::try_except(Try* s) {
  Block* body = new_block();
  Block* except = new_block();
  Block* end = new_block();
  Block* cleanup = new_block();
  emit_jump(kSetupFinally, except);
  use_block(body);
  if (!push_fblock(FBlockType::TryExcept, body, nullptr, nullptr)) return false;
  if (!stmts(s->body)) return false;
  pop_fblock();
  emit_noline(kPopBlock);
  if (!s->orelse.empty() && !stmts(s->orelse)) return false;
  unset_loc();
  emit_jump(kJump, end);
  use_block(except);
  unset_loc();
  emit_jump(kSetupCleanup, cleanup);
  emit(PUSH_EXC_INFO);
  if (!push_fblock(FBlockType::ExceptionHandler, nullptr, nullptr, nullptr)) return false;
  std::size_t n = s->handlers.size();
  for (std::size_t i = 0; i < n; ++i) {
    ExceptHandler* h = s->handlers[i];
    set_loc(h->loc);
    if (!h->type && i < n - 1) return error("default 'except:' must be last", h->loc);
    Block* next = new_block();
    if (h->type) {
      if (!expr(h->type)) return false;
      emit(CHECK_EXC_MATCH);
      emit_jump(POP_JUMP_IF_FALSE, next);
    }
    if (h->has_name) {
      Block* cleanup_end = new_block();
      Block* cleanup_body = new_block();
      if (!name_op(h->name, ExprContext::Store, h->loc)) return false;
      emit_jump(kSetupCleanup, cleanup_end);
      use_block(cleanup_body);
      if (!push_fblock(FBlockType::HandlerCleanup, cleanup_body, nullptr, &h->name)) return false;
      if (!stmts(h->body)) return false;
      pop_fblock();
      unset_loc();
      emit(kPopBlock);
      emit(kPopBlock);
      emit(POP_EXCEPT);
      emit(LOAD_CONST, const_none());
      name_op(h->name, ExprContext::Store, h->loc);
      name_op(h->name, ExprContext::Del, h->loc);
      emit_jump(kJump, end);
      use_block(cleanup_end);
      unset_loc();
      emit(LOAD_CONST, const_none());
      name_op(h->name, ExprContext::Store, h->loc);
      name_op(h->name, ExprContext::Del, h->loc);
      emit(RERAISE, 1);
    } else {
      Block* cleanup_body = new_block();
      emit(POP_TOP);
      use_block(cleanup_body);
      if (!push_fblock(FBlockType::HandlerCleanup, cleanup_body, nullptr, nullptr)) return false;
      if (!stmts(h->body)) return false;
      pop_fblock();
      unset_loc();
      emit(kPopBlock);
      emit(POP_EXCEPT);
      emit_jump(kJump, end);
    }
    use_block(next);
  }
  unset_loc();
  pop_fblock();
  emit(RERAISE, 0);
  use_block(cleanup);
  emit(COPY, 3);
  emit(POP_EXCEPT);
  emit(RERAISE, 1);
  use_block(end);
  return true;
}

bool Compiler::try_finally(Try* s) {
  Block* body = new_block();
  Block* end = new_block();
  Block* exit = new_block();
  Block* cleanup = new_block();
  emit_jump(kSetupFinally, end);
  use_block(body);
  if (!push_fblock(FBlockType::FinallyTry, body, end, &s->finalbody)) return false;
  if (!s->handlers.empty()) {
    if (s->kind == StmtKind::TryStar) {
      if (!try_star_except(s)) return false;
    } else if (!try_except(s)) {
      return false;
    }
  } else if (!stmts(s->body)) {
    return false;
  }
  emit_noline(kPopBlock);
  pop_fblock();
  if (!stmts(s->finalbody)) return false;
  unset_loc();
  emit_jump(kJump, exit);
  use_block(end);
  unset_loc();
  emit_jump(kSetupCleanup, cleanup);
  emit(PUSH_EXC_INFO);
  if (!push_fblock(FBlockType::FinallyEnd, end, nullptr, nullptr)) return false;
  if (!stmts(s->finalbody)) return false;
  pop_fblock();
  unset_loc();
  emit(RERAISE, 0);
  use_block(cleanup);
  emit(COPY, 3);
  emit(POP_EXCEPT);
  emit(RERAISE, 1);
  use_block(exit);
  return true;
}

bool Compiler::try_star(Try* s) {
  if (!s->finalbody.empty()) return try_finally(s);
  return try_star_except(s);
}

// except*: CPython 3.11's scheme with CHECK_EG_MATCH and PREP_RERAISE_STAR.
bool Compiler::try_star_except(Try* s) {
  Block* body = new_block();
  Block* except = new_block();
  Block* orelse = new_block();
  Block* end = new_block();
  Block* cleanup = new_block();
  Block* reraise_star = new_block();
  emit_jump(kSetupFinally, except);
  use_block(body);
  if (!push_fblock(FBlockType::TryExcept, body, nullptr, nullptr)) return false;
  if (!stmts(s->body)) return false;
  pop_fblock();
  emit_noline(kPopBlock);
  emit_noline(kJump);
  u_->cur->instrs.back().target = orelse;
  std::size_t n = s->handlers.size();
  use_block(except);
  unset_loc();
  emit_jump(kSetupCleanup, cleanup);
  emit(PUSH_EXC_INFO);
  if (!push_fblock(FBlockType::ExceptionGroupHandler, nullptr, nullptr, nullptr)) return false;
  for (std::size_t i = 0; i < n; ++i) {
    ExceptHandler* h = s->handlers[i];
    set_loc(h->loc);
    Block* next = new_block();
    Block* except_with_error = nullptr;
    Block* no_match = new_block();
    if (i == 0) {
      // Push the original EG and an empty list of raised exceptions: [orig, list, eg]
      emit(COPY, 1);
      emit(BUILD_LIST, 0);
      emit(SWAP, 2);
    }
    if (h->type) {
      if (!expr(h->type)) return false;
      emit(CHECK_EG_MATCH);
      emit(COPY, 1);
      emit_jump(POP_JUMP_IF_NONE, no_match);
    }
    Block* cleanup_end = new_block();
    Block* cleanup_body = new_block();
    if (h->has_name) {
      if (!name_op(h->name, ExprContext::Store, h->loc)) return false;
    } else {
      emit(POP_TOP);
    }
    emit_jump(kSetupCleanup, cleanup_end);
    use_block(cleanup_body);
    if (!push_fblock(FBlockType::HandlerCleanup, cleanup_body, nullptr, h->has_name ? &h->name : nullptr)) return false;
    if (!stmts(h->body)) return false;
    pop_fblock();
    unset_loc();
    emit(kPopBlock);
    if (h->has_name) {
      emit(LOAD_CONST, const_none());
      name_op(h->name, ExprContext::Store, h->loc);
      name_op(h->name, ExprContext::Del, h->loc);
    }
    emit_jump(kJump, next);
    // an exception raised by the handler body is added to the list
    use_block(cleanup_end);
    unset_loc();
    if (h->has_name) {
      emit(LOAD_CONST, const_none());
      name_op(h->name, ExprContext::Store, h->loc);
      name_op(h->name, ExprContext::Del, h->loc);
    }
    // [orig, list, rest, lasti, exc] -> append exc to list
    emit(LIST_APPEND, 3);
    emit(POP_TOP);  // lasti
    emit_jump(kJump, next);
    use_block(no_match);
    emit(POP_TOP);  // the None match
    use_block(next);
    (void)except_with_error;
    if (i == n - 1) {
      // [orig, list, rest]
      unset_loc();
      emit(LIST_APPEND, 1);  // the unhandled rest (or None) joins the raised exceptions
      emit(PREP_RERAISE_STAR);
      emit(COPY, 1);
      emit_jump(POP_JUMP_IF_NOT_NONE, reraise_star);
      emit(POP_TOP);
      emit(kPopBlock);
      emit(POP_EXCEPT);
      emit_jump(kJump, end);
    }
  }
  pop_fblock();
  use_block(reraise_star);
  emit(kPopBlock);
  emit(SWAP, 2);
  emit(POP_EXCEPT);
  emit(RERAISE, 0);
  use_block(cleanup);
  emit(COPY, 3);
  emit(POP_EXCEPT);
  emit(RERAISE, 1);
  use_block(orelse);
  if (!stmts(s->orelse)) return false;
  use_block(end);
  return true;
}

// ============================================================== 6. with

bool Compiler::with_except_finish(Block* cleanup) {
  Block* exit = new_block();
  emit_jump(POP_JUMP_IF_TRUE, exit);
  emit(RERAISE, 2);
  use_block(cleanup);
  emit(COPY, 3);
  emit(POP_EXCEPT);
  emit(RERAISE, 1);
  use_block(exit);
  emit(POP_TOP);
  emit(kPopBlock);
  emit(POP_EXCEPT);
  emit(POP_TOP);
  emit(POP_TOP);
  return true;
}

bool Compiler::with_stmt(With* s, std::size_t pos) {
  WithItem* item = s->items[pos];
  Block* body = new_block();
  Block* final = new_block();
  Block* exit = new_block();
  Block* cleanup = new_block();
  if (!expr(item->context_expr)) return false;
  set_loc(s->loc);
  emit(BEFORE_WITH);
  emit_jump(kSetupWith, final);
  use_block(body);
  if (!push_fblock(FBlockType::With, body, final, s)) return false;
  if (item->optional_vars) {
    if (!store_target(item->optional_vars)) return false;
  } else {
    emit(POP_TOP);
  }
  if (pos + 1 == s->items.size()) {
    if (!stmts(s->body)) return false;
  } else if (!with_stmt(s, pos + 1)) {
    return false;
  }
  unset_loc();
  emit(kPopBlock);
  pop_fblock();
  set_loc(s->loc);
  call_exit_with_nones();
  emit(POP_TOP);
  emit_jump(kJump, exit);
  use_block(final);
  emit_jump(kSetupCleanup, cleanup);
  emit(PUSH_EXC_INFO);
  emit(WITH_EXCEPT_START);
  with_except_finish(cleanup);
  use_block(exit);
  return true;
}

bool Compiler::async_with_stmt(With* s, std::size_t pos) {
  if (u_->kind != UnitKind::AsyncFunction) return error("'async with' outside async function", s->loc);
  WithItem* item = s->items[pos];
  Block* body = new_block();
  Block* final = new_block();
  Block* exit = new_block();
  Block* cleanup = new_block();
  if (!expr(item->context_expr)) return false;
  set_loc(s->loc);
  emit(BEFORE_ASYNC_WITH);
  emit(GET_AWAITABLE, 1);
  emit(LOAD_CONST, const_none());
  add_yield_from(true);
  emit_jump(kSetupWith, final);
  use_block(body);
  if (!push_fblock(FBlockType::AsyncWith, body, final, s)) return false;
  if (item->optional_vars) {
    if (!store_target(item->optional_vars)) return false;
  } else {
    emit(POP_TOP);
  }
  if (pos + 1 == s->items.size()) {
    if (!stmts(s->body)) return false;
  } else if (!async_with_stmt(s, pos + 1)) {
    return false;
  }
  pop_fblock();
  unset_loc();
  emit(kPopBlock);
  set_loc(s->loc);
  call_exit_with_nones();
  emit(GET_AWAITABLE, 2);
  emit(LOAD_CONST, const_none());
  add_yield_from(true);
  emit(POP_TOP);
  emit_jump(kJump, exit);
  use_block(final);
  emit_jump(kSetupCleanup, cleanup);
  emit(PUSH_EXC_INFO);
  emit(WITH_EXCEPT_START);
  emit(GET_AWAITABLE, 2);
  emit(LOAD_CONST, const_none());
  add_yield_from(true);
  with_except_finish(cleanup);
  use_block(exit);
  return true;
}

// ============================================================== 7. return, break, continue, raise, assert

bool Compiler::return_stmt(Return* s) {
  if (u_->kind == UnitKind::Module || u_->kind == UnitKind::Class) return error("'return' outside function", s->loc);
  if (s->value && u_->scope && u_->scope->is_coroutine && u_->scope->is_generator)
    return error("'return' with value in async generator", s->loc);
  bool preserve_tos = s->value && s->value->kind != ExprKind::Constant;
  if (preserve_tos && !expr(s->value)) return false;
  set_loc(s->loc);
  if (!unwind_fblock_stack(preserve_tos, nullptr)) return false;
  set_loc(s->loc);
  if (!s->value) emit(LOAD_CONST, const_none());
  else if (!preserve_tos) emit(LOAD_CONST, add_const(constant_value(static_cast<Constant*>(s->value)->value)));
  emit(RETURN_VALUE);
  use_block(new_block());
  return true;
}

bool Compiler::break_stmt(Stmt* s) {
  const FBlock* loop = nullptr;
  if (!unwind_fblock_stack(false, &loop)) return false;
  if (!loop) return error("'break' outside loop", s->loc);
  FBlock lp = *loop;
  set_loc(s->loc);
  if (!unwind_fblock(lp, false)) return false;
  emit_jump(kJump, lp.exit);
  use_block(new_block());
  return true;
}

bool Compiler::continue_stmt(Stmt* s) {
  const FBlock* loop = nullptr;
  if (!unwind_fblock_stack(false, &loop)) return false;
  if (!loop) return error("'continue' not properly in loop", s->loc);
  FBlock lp = *loop;
  set_loc(s->loc);
  emit_jump(kJump, lp.block);
  use_block(new_block());
  return true;
}

bool Compiler::raise_stmt(Raise* s) {
  uint32_t n = 0;
  if (s->exc) {
    if (!expr(s->exc)) return false;
    ++n;
    if (s->cause) {
      if (!expr(s->cause)) return false;
      ++n;
    }
  }
  set_loc(s->loc);
  emit(RAISE_VARARGS, n);
  use_block(new_block());
  return true;
}

bool Compiler::assert_stmt(Assert* s) {
  Block* end = new_block();
  if (!jump_if(s->test, end, true)) return false;
  Position raise_pos = u_->loc;  // the statement's, or the comparison's (see jump_if)
  emit(LOAD_ASSERTION_ERROR);
  if (s->msg) {
    if (!expr(s->msg)) return false;
    u_->loc = raise_pos;
    emit(CALL, 0);
  }
  emit(RAISE_VARARGS, 1);
  use_block(end);
  return true;
}

// ============================================================== 8. import

bool Compiler::import_stmt(Import* s) {
  for (Alias* a : s->names) {
    set_loc(s->loc);
    emit(LOAD_CONST, add_const(Value::small(0)));
    emit(LOAD_CONST, const_none());
    emit(IMPORT_NAME, add_name(a->name));
    if (a->has_asname) {
      // import a.b.c as d: walk down to c
      std::size_t dot = a->name.find('.');
      while (dot != std::string::npos) {
        std::size_t next = a->name.find('.', dot + 1);
        std::string attr = a->name.substr(dot + 1, next == std::string::npos ? std::string::npos : next - dot - 1);
        emit(IMPORT_FROM, add_name(attr));
        emit(SWAP, 2);
        emit(POP_TOP);
        dot = next;
      }
      if (!name_op(a->asname, ExprContext::Store, a->loc)) return false;
    } else {
      std::string top = a->name.substr(0, a->name.find('.'));
      if (!name_op(top, ExprContext::Store, a->loc)) return false;
    }
  }
  return true;
}

bool Compiler::import_from_stmt(ImportFrom* s) {
  coil::Tuple* names = tuple_new(int64_t(s->names.size()));
  for (std::size_t i = 0; i < s->names.size(); ++i) names->items[i] = Value(str_new(s->names[i]->name));
  if (s->has_module && s->module == "__future__" && s->loc.lineno) {
    for (Alias* a : s->names) {
      if (a->name == "annotations") future_flags_ |= 1;
      else if (a->name == "braces") {
        decref(names);
        return error("not a chance", a->loc);
      } else if (a->name != "generators" && a->name != "division" && a->name != "absolute_import" &&
                 a->name != "with_statement" && a->name != "print_function" && a->name != "unicode_literals" &&
                 a->name != "nested_scopes" && a->name != "generator_stop" && a->name != "barry_as_FLUFL") {
        decref(names);
        return error("future feature " + a->name + " is not defined", a->loc);
      }
    }
  }
  emit(LOAD_CONST, add_const(Value::small(s->level)));
  emit(LOAD_CONST, add_const(Value(names)));
  emit(IMPORT_NAME, add_name(s->has_module ? s->module : ""));
  if (s->names.size() == 1 && s->names[0]->name == "*") {
    emit(IMPORT_STAR);
    return true;
  }
  for (Alias* a : s->names) {
    emit(IMPORT_FROM, add_name(a->name));
    if (!name_op(a->has_asname ? a->asname : a->name, ExprContext::Store, a->loc)) return false;
  }
  emit(POP_TOP);
  return true;
}

// ============================================================== 9. assignment and del

bool Compiler::assign(Assign* s) {
  if (!expr(s->value)) return false;
  for (std::size_t i = 0; i < s->targets.size(); ++i) {
    if (i + 1 < s->targets.size()) emit(COPY, 1);
    if (!store_target(s->targets[i])) return false;
  }
  return true;
}

bool Compiler::aug_assign(AugAssign* s) {
  static const int kOpOf[] = {kAdd, kSub, kMul, kMatMul, kTrueDiv, kMod, kPow, kLShift, kRShift, kOr, kXor, kAnd, kFloorDiv};
  uint32_t op = uint32_t(kOpOf[int(s->op)] + kInplace);
  Expr* t = s->target;
  switch (t->kind) {
    case ExprKind::Attribute: {
      auto* a = static_cast<Attribute*>(t);
      if (!expr(a->value)) return false;
      emit(COPY, 1);
      set_loc(a->loc);
      emit(LOAD_ATTR, add_name(mangle(a->attr)));
      if (!expr(s->value)) return false;
      set_loc(s->loc);
      emit(BINARY_OP, op);
      set_loc(a->loc);
      emit(SWAP, 2);
      emit(STORE_ATTR, add_name(mangle(a->attr)));
      return true;
    }
    case ExprKind::Subscript: {
      auto* sub = static_cast<Subscript*>(t);
      if (!expr(sub->value)) return false;
      if (!expr(sub->slice)) return false;
      emit(COPY, 2);
      emit(COPY, 2);
      set_loc(sub->loc);
      emit(BINARY_SUBSCR);
      if (!expr(s->value)) return false;
      set_loc(s->loc);
      emit(BINARY_OP, op);
      set_loc(sub->loc);
      emit(SWAP, 3);
      emit(SWAP, 2);
      emit(STORE_SUBSCR);
      return true;
    }
    case ExprKind::Name: {
      auto* n = static_cast<Name*>(t);
      if (!name_op(n->id, ExprContext::Load, n->loc)) return false;
      if (!expr(s->value)) return false;
      set_loc(s->loc);
      emit(BINARY_OP, op);
      return name_op(n->id, ExprContext::Store, n->loc);
    }
    default:
      return error("'" + std::string("expression") + "' is an illegal expression for augmented assignment", t->loc);
  }
}

bool Compiler::check_annotation(Expr* e) {
  (void)e;
  return true;
}

bool Compiler::ann_assign(AnnAssign* s) {
  Expr* t = s->target;
  if (s->value) {
    if (!expr(s->value)) return false;
    if (!store_target(t)) return false;
  }
  switch (t->kind) {
    case ExprKind::Name: {
      auto* n = static_cast<Name*>(t);
      if (forbidden_name(n->id, ExprContext::Store, n->loc)) return false;
      if (s->simple && (u_->kind == UnitKind::Module || u_->kind == UnitKind::Class)) {
        set_loc(s->loc);
        if (future_flags_ & 1) {
          // annotations as strings (PEP 563): the source text of the annotation
          emit(LOAD_CONST, add_const(Value(str_new("<annotation>"))));
        } else if (!expr(s->annotation)) {
          return false;
        }
        emit(LOAD_NAME, add_name("__annotations__"));
        emit(LOAD_CONST, add_const(Value(str_new(mangle(n->id)))));
        emit(STORE_SUBSCR);
      }
      break;
    }
    case ExprKind::Attribute: {
      auto* a = static_cast<Attribute*>(t);
      if (!s->value) {
        if (!expr(a->value)) return false;
        emit(POP_TOP);
      }
      if (u_->kind == UnitKind::Module || u_->kind == UnitKind::Class) {
        if (!(future_flags_ & 1)) {
          if (!expr(s->annotation)) return false;
          emit(POP_TOP);
        }
      }
      break;
    }
    case ExprKind::Subscript: {
      auto* sub = static_cast<Subscript*>(t);
      if (!s->value) {
        if (!expr(sub->value)) return false;
        emit(POP_TOP);
        if (!expr(sub->slice)) return false;
        emit(POP_TOP);
      }
      if (u_->kind == UnitKind::Module || u_->kind == UnitKind::Class) {
        if (!(future_flags_ & 1)) {
          if (!expr(s->annotation)) return false;
          emit(POP_TOP);
        }
      }
      break;
    }
    default:
      return error("invalid node type for annotated assignment", t->loc);
  }
  return true;
}

bool Compiler::delete_stmt(Delete* s) {
  for (Expr* t : s->targets) {
    switch (t->kind) {
      case ExprKind::Name:
        if (!name_op(static_cast<Name*>(t)->id, ExprContext::Del, t->loc)) return false;
        break;
      case ExprKind::Attribute: {
        auto* a = static_cast<Attribute*>(t);
        if (!expr(a->value)) return false;
        set_loc(a->loc);
        emit(DELETE_ATTR, add_name(mangle(a->attr)));
        break;
      }
      case ExprKind::Subscript: {
        auto* sub = static_cast<Subscript*>(t);
        if (!expr(sub->value)) return false;
        if (!expr(sub->slice)) return false;
        set_loc(sub->loc);
        emit(DELETE_SUBSCR);
        break;
      }
      case ExprKind::Tuple:
      case ExprKind::List: {
        Delete inner;
        inner.targets = t->kind == ExprKind::Tuple ? static_cast<ast::Tuple*>(t)->elts : static_cast<ast::List*>(t)->elts;
        inner.loc = s->loc;
        if (!delete_stmt(&inner)) return false;
        break;
      }
      default:
        return error("cannot delete expression", t->loc);
    }
  }
  return true;
}

}  // namespace coil::cg

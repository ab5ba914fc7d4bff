// symtable.cpp - walks the AST to find each scope's names, then resolves them (CPython's rules).
#include "compiler/symtable.h"

#include <set>

namespace coil {

using namespace ast;

NameScope Scope::scope_of(const std::string& name) const {
  auto it = resolved.find(name);
  if (it != resolved.end()) return it->second;
  return NameScope::GlobalImplicit;
}

namespace {

constexpr uint32_t kDefBound = kDefLocal | kDefParam | kDefImport;

class Builder {
 public:
  Builder(std::string_view filename, SyntaxErrorInfo* err) : filename_(filename), err_(err) {}

  std::unique_ptr<SymbolTable> run(const Mod* mod) {
    table_ = std::make_unique<SymbolTable>();
    table_->top = std::make_unique<Scope>();
    Scope* top = table_->top.get();
    top->kind = ScopeKind::Module;
    top->name = "top";
    top->node = mod;
    table_->by_node[mod] = top;
    cur_ = top;
    if (mod->kind == ModKind::Expression) {
      expr(mod->expr);
    } else {
      stmts(mod->body);
    }
    if (failed_) return nullptr;
    std::set<std::string> free, global;
    if (!analyze(top, nullptr, &free, &global)) return nullptr;
    return std::move(table_);
  }

 private:
  std::string filename_;
  SyntaxErrorInfo* err_;
  std::unique_ptr<SymbolTable> table_;
  Scope* cur_ = nullptr;
  bool failed_ = false;
  bool in_annotation_ = false;

  bool error(const std::string& msg, const Loc& loc) {
    if (failed_) return false;
    failed_ = true;
    err_->type = "SyntaxError";
    err_->msg = msg;
    err_->lineno = loc.lineno;
    err_->offset = loc.col_offset + 1;
    err_->end_lineno = loc.end_lineno;
    err_->end_offset = loc.end_col_offset + 1;
    return false;
  }

  Scope* enter(ScopeKind kind, const std::string& name, const Node* node, const Loc& loc) {
    auto s = std::make_unique<Scope>();
    s->kind = kind;
    s->name = name;
    s->node = node;
    s->parent = cur_;
    s->lineno = loc.lineno;
    s->col = loc.col_offset;
    Scope* raw = s.get();
    cur_->children.push_back(std::move(s));
    table_->by_node[node] = raw;
    cur_ = raw;
    return raw;
  }
  void leave() { cur_ = cur_->parent; }

  void add(Scope* s, const std::string& name, uint32_t flag) {
    auto it = s->flags.find(name);
    if (it == s->flags.end()) {
      s->flags[name] = flag;
      s->order.push_back(name);
    } else {
      it->second |= flag;
    }
  }

  bool add_def(const std::string& name, uint32_t flag, const Loc& loc) {
    if ((flag & kDefParam) && cur_->flags.count(name) && (cur_->flags[name] & kDefParam))
      return error("duplicate argument '" + name + "' in function definition", loc);
    if ((flag & kDefLocal) && cur_->kind == ScopeKind::Comprehension || (flag & kDefLocal && cur_->kind == ScopeKind::GeneratorExp)) {
      // a comprehension iteration variable rebound by a walrus is checked in namedexpr()
    }
    add(cur_, name, flag);
    if (flag & kDefParam) cur_->params.push_back(name);
    return true;
  }

  // ------------------------------------------------------------------ statements
  void stmts(const StmtList& l) {
    for (Stmt* s : l) {
      if (failed_) return;
      stmt(s);
    }
  }

  void arguments_defaults(const Arguments* a) {
    for (Expr* d : a->defaults) expr(d);
    for (Expr* d : a->kw_defaults)
      if (d) expr(d);
  }

  void arguments_annotations(const Arguments* a, Expr* returns) {
    auto ann = [&](Arg* x) {
      if (x && x->annotation) annotation(x->annotation);
    };
    for (Arg* x : a->posonlyargs) ann(x);
    for (Arg* x : a->args) ann(x);
    ann(a->vararg);
    for (Arg* x : a->kwonlyargs) ann(x);
    ann(a->kwarg);
    if (returns) annotation(returns);
  }

  void annotation(Expr* e) {
    bool saved = in_annotation_;
    in_annotation_ = true;
    expr(e);
    in_annotation_ = saved;
  }

  void params(const Arguments* a) {
    for (Arg* x : a->posonlyargs) add_def(x->arg, kDefParam, x->loc);
    for (Arg* x : a->args) add_def(x->arg, kDefParam, x->loc);
    for (Arg* x : a->kwonlyargs) add_def(x->arg, kDefParam, x->loc);
    if (a->vararg) {
      add_def(a->vararg->arg, kDefParam, a->vararg->loc);
      cur_->has_varargs = true;
    }
    if (a->kwarg) {
      add_def(a->kwarg->arg, kDefParam, a->kwarg->loc);
      cur_->has_varkw = true;
    }
  }

  void stmt(Stmt* s) {
    switch (s->kind) {
      case StmtKind::FunctionDef:
      case StmtKind::AsyncFunctionDef: {
        auto* f = static_cast<FunctionDef*>(s);
        add_def(f->name, kDefLocal, s->loc);
        arguments_defaults(f->args);
        arguments_annotations(f->args, f->returns);
        for (Expr* d : f->decorator_list) expr(d);
        Scope* sc = enter(ScopeKind::Function, f->name, f, s->loc);
        if (s->kind == StmtKind::AsyncFunctionDef) sc->is_coroutine = true;
        params(f->args);
        stmts(f->body);
        leave();
        break;
      }
      case StmtKind::ClassDef: {
        auto* c = static_cast<ClassDef*>(s);
        add_def(c->name, kDefLocal, s->loc);
        for (Expr* b : c->bases) expr(b);
        for (Keyword* k : c->keywords) expr(k->value);
        for (Expr* d : c->decorator_list) expr(d);
        enter(ScopeKind::Class, c->name, c, s->loc);
        stmts(c->body);
        leave();
        break;
      }
      case StmtKind::Return:
        if (auto* e = static_cast<Return*>(s)->value) expr(e);
        break;
      case StmtKind::Delete:
        for (Expr* t : static_cast<Delete*>(s)->targets) expr(t);
        break;
      case StmtKind::Assign: {
        auto* a = static_cast<Assign*>(s);
        for (Expr* t : a->targets) expr(t);
        expr(a->value);
        break;
      }
      case StmtKind::AugAssign: {
        auto* a = static_cast<AugAssign*>(s);
        expr(a->target);
        expr(a->value);
        break;
      }
      case StmtKind::AnnAssign: {
        auto* a = static_cast<AnnAssign*>(s);
        if (a->target->kind == ExprKind::Name) {
          auto* n = static_cast<Name*>(a->target);
          auto it = cur_->flags.find(n->id);
          uint32_t cur = it == cur_->flags.end() ? 0 : it->second;
          if ((cur & (kDefGlobal | kDefNonlocal)) && a->simple) {
            error(std::string("annotated name '") + n->id + "' can't be " + ((cur & kDefGlobal) ? "global" : "nonlocal"),
                  s->loc);
            return;
          }
          if (a->simple) add_def(n->id, kDefAnnot | kDefLocal, s->loc);
          else if (a->value) add_def(n->id, kDefLocal, s->loc);
        } else {
          expr(a->target);
        }
        annotation(a->annotation);
        if (a->value) expr(a->value);
        break;
      }
      case StmtKind::For:
      case StmtKind::AsyncFor: {
        auto* f = static_cast<For*>(s);
        expr(f->target);
        expr(f->iter);
        stmts(f->body);
        stmts(f->orelse);
        break;
      }
      case StmtKind::While: {
        auto* w = static_cast<While*>(s);
        expr(w->test);
        stmts(w->body);
        stmts(w->orelse);
        break;
      }
      case StmtKind::If: {
        auto* i = static_cast<If*>(s);
        expr(i->test);
        stmts(i->body);
        stmts(i->orelse);
        break;
      }
      case StmtKind::With:
      case StmtKind::AsyncWith: {
        auto* w = static_cast<With*>(s);
        for (WithItem* it : w->items) {
          expr(it->context_expr);
          if (it->optional_vars) expr(it->optional_vars);
        }
        stmts(w->body);
        break;
      }
      case StmtKind::Match: {
        auto* m = static_cast<Match*>(s);
        expr(m->subject);
        for (MatchCase* c : m->cases) {
          pattern(c->pattern);
          if (c->guard) expr(c->guard);
          stmts(c->body);
        }
        break;
      }
      case StmtKind::Raise: {
        auto* r = static_cast<Raise*>(s);
        if (r->exc) expr(r->exc);
        if (r->cause) expr(r->cause);
        break;
      }
      case StmtKind::Try:
      case StmtKind::TryStar: {
        auto* t = static_cast<Try*>(s);
        stmts(t->body);
        for (ExceptHandler* h : t->handlers) {
          if (h->type) expr(h->type);
          if (h->has_name) add_def(h->name, kDefLocal, h->loc);
          stmts(h->body);
        }
        stmts(t->orelse);
        stmts(t->finalbody);
        break;
      }
      case StmtKind::Assert: {
        auto* a = static_cast<Assert*>(s);
        expr(a->test);
        if (a->msg) expr(a->msg);
        break;
      }
      case StmtKind::Import:
        for (Alias* a : static_cast<Import*>(s)->names) import_alias(a, s);
        break;
      case StmtKind::ImportFrom:
        for (Alias* a : static_cast<ImportFrom*>(s)->names) import_alias(a, s);
        break;
      case StmtKind::Global:
      case StmtKind::Nonlocal: {
        bool is_global = s->kind == StmtKind::Global;
        const NameList& names = is_global ? static_cast<Global*>(s)->names : static_cast<Nonlocal*>(s)->names;
        for (const std::string& name : names) {
          auto it = cur_->flags.find(name);
          uint32_t cur = it == cur_->flags.end() ? 0 : it->second;
          const char* what = is_global ? "global" : "nonlocal";
          if (cur & (kDefParam | kDefLocal | kUse | kDefAnnot)) {
            std::string msg;
            if (cur & kDefParam) msg = "name '" + name + "' is parameter and " + what;
            else if (cur & kUse) msg = "name '" + name + "' is used prior to " + what + " declaration";
            else if (cur & kDefAnnot) msg = "annotated name '" + name + "' can't be " + what;
            else msg = "name '" + name + "' is assigned to before " + what + " declaration";
            error(msg, s->loc);
            return;
          }
          add(cur_, name, is_global ? kDefGlobal : kDefNonlocal);
          cur_->directives.emplace(name, s->loc);
          if (is_global) add(table_->top.get(), name, kDefGlobal & 0);  // keep module aware of the name
        }
        break;
      }
      case StmtKind::Expr:
        expr(static_cast<ExprStmt*>(s)->value);
        break;
      case StmtKind::Pass:
      case StmtKind::Break:
      case StmtKind::Continue:
        break;
    }
  }

  void import_alias(Alias* a, Stmt* s) {
    if (a->name == "*") {
      if (cur_->kind != ScopeKind::Module) error("import * only allowed at module level", s->loc);
      return;
    }
    std::string bound = a->has_asname ? a->asname : a->name.substr(0, a->name.find('.'));
    add_def(bound, kDefImport, a->loc);
  }

  void pattern(Pattern* p) {
    switch (p->kind) {
      case PatternKind::MatchValue:
        expr(static_cast<MatchValue*>(p)->value);
        break;
      case PatternKind::MatchSingleton:
        break;
      case PatternKind::MatchSequence:
        for (Pattern* q : static_cast<MatchSequence*>(p)->patterns) pattern(q);
        break;
      case PatternKind::MatchMapping: {
        auto* m = static_cast<MatchMapping*>(p);
        for (Expr* k : m->keys) expr(k);
        for (Pattern* q : m->patterns) pattern(q);
        if (m->has_rest) add_def(m->rest, kDefLocal, p->loc);
        break;
      }
      case PatternKind::MatchClass: {
        auto* m = static_cast<MatchClass*>(p);
        expr(m->cls);
        for (Pattern* q : m->patterns) pattern(q);
        for (Pattern* q : m->kwd_patterns) pattern(q);
        break;
      }
      case PatternKind::MatchStar: {
        auto* m = static_cast<MatchStar*>(p);
        if (m->has_name) add_def(m->name, kDefLocal, p->loc);
        break;
      }
      case PatternKind::MatchAs: {
        auto* m = static_cast<MatchAs*>(p);
        if (m->pattern) pattern(m->pattern);
        if (m->has_name) add_def(m->name, kDefLocal, p->loc);
        break;
      }
      case PatternKind::MatchOr:
        for (Pattern* q : static_cast<MatchOr*>(p)->patterns) pattern(q);
        break;
    }
  }

  // ------------------------------------------------------------------ expressions
  void exprs(const ExprList& l) {
    for (Expr* e : l)
      if (e) expr(e);
  }

  Scope* function_scope_for_yield() {
    Scope* s = cur_;
    return s;
  }

  void comprehension(Expr* e, const std::vector<Comprehension*>& gens, Expr* elt, Expr* value, ScopeKind kind,
                     const char* name) {
    bool is_async = false;
    for (Comprehension* g : gens)
      if (g->is_async) is_async = true;
    // the outermost iterable is evaluated in the enclosing scope
    expr(gens[0]->iter);
    Scope* sc = enter(kind, name, e, e->loc);
    if (kind == ScopeKind::GeneratorExp) sc->is_generator = true;
    if (is_async) sc->is_coroutine = true;
    add_def(".0", kDefParam, e->loc);
    for (std::size_t i = 0; i < gens.size(); ++i) {
      Comprehension* g = gens[i];
      comp_target_ = true;
      expr(g->target);
      comp_target_ = false;
      if (i > 0) {
        comp_iter_expr_++;
        expr(g->iter);
        comp_iter_expr_--;
      }
      exprs(g->ifs);
    }
    if (value) expr(value);
    expr(elt);
    leave();
  }
  bool comp_target_ = false;
  int comp_iter_expr_ = 0;

  void namedexpr(NamedExpr* ne) {
    if (comp_iter_expr_ > 0) {
      error("assignment expression cannot be used in a comprehension iterable expression", ne->loc);
      return;
    }
    auto* target = static_cast<Name*>(ne->target);
    if (cur_->kind == ScopeKind::Comprehension || cur_->kind == ScopeKind::GeneratorExp) {
      // binds in the nearest enclosing non-comprehension scope
      Scope* s = cur_;
      while (s->kind == ScopeKind::Comprehension || s->kind == ScopeKind::GeneratorExp) {
        auto it = s->flags.find(target->id);
        if (it != s->flags.end() && (it->second & kDefCompIter)) {
          error("assignment expression cannot rebind comprehension iteration variable '" + target->id + "'", ne->loc);
          return;
        }
        s = s->parent;
      }
      if (s->kind == ScopeKind::Class) {
        error("assignment expression within a comprehension cannot be used in a class body", ne->loc);
        return;
      }
      expr(ne->value);
      if (s->kind == ScopeKind::Module) {
        add(cur_, target->id, kDefGlobal);
        for (Scope* c = cur_->parent; c != s; c = c->parent) add(c, target->id, kDefGlobal);
        add(s, target->id, kDefLocal);
      } else {
        add(cur_, target->id, kDefNonlocal);
        for (Scope* c = cur_->parent; c != s; c = c->parent) add(c, target->id, kDefNonlocal);
        add(s, target->id, kDefLocal);
      }
      return;
    }
    expr(ne->value);
    add_def(target->id, kDefLocal, ne->loc);
  }

  void expr(Expr* e) {
    if (failed_ || !e) return;
    switch (e->kind) {
      case ExprKind::BoolOp:
        exprs(static_cast<BoolOp*>(e)->values);
        break;
      case ExprKind::NamedExpr:
        namedexpr(static_cast<NamedExpr*>(e));
        break;
      case ExprKind::BinOp:
        expr(static_cast<BinOp*>(e)->left);
        expr(static_cast<BinOp*>(e)->right);
        break;
      case ExprKind::UnaryOp:
        expr(static_cast<UnaryOp*>(e)->operand);
        break;
      case ExprKind::Lambda: {
        auto* l = static_cast<Lambda*>(e);
        arguments_defaults(l->args);
        enter(ScopeKind::Lambda, "lambda", l, e->loc);
        params(l->args);
        expr(l->body);
        leave();
        break;
      }
      case ExprKind::IfExp: {
        auto* i = static_cast<IfExp*>(e);
        expr(i->test);
        expr(i->body);
        expr(i->orelse);
        break;
      }
      case ExprKind::Dict: {
        auto* d = static_cast<Dict*>(e);
        exprs(d->keys);
        exprs(d->values);
        break;
      }
      case ExprKind::Set:
        exprs(static_cast<Set*>(e)->elts);
        break;
      case ExprKind::ListComp: {
        auto* c = static_cast<ListComp*>(e);
        comprehension(e, c->generators, c->elt, nullptr, ScopeKind::Comprehension, "listcomp");
        break;
      }
      case ExprKind::SetComp: {
        auto* c = static_cast<SetComp*>(e);
        comprehension(e, c->generators, c->elt, nullptr, ScopeKind::Comprehension, "setcomp");
        break;
      }
      case ExprKind::DictComp: {
        auto* c = static_cast<DictComp*>(e);
        comprehension(e, c->generators, c->key, c->value, ScopeKind::Comprehension, "dictcomp");
        break;
      }
      case ExprKind::GeneratorExp: {
        auto* c = static_cast<GeneratorExp*>(e);
        comprehension(e, c->generators, c->elt, nullptr, ScopeKind::GeneratorExp, "genexpr");
        break;
      }
      case ExprKind::Await:
        if (cur_->kind == ScopeKind::Comprehension || cur_->kind == ScopeKind::GeneratorExp)
          cur_->is_coroutine = true;
        expr(static_cast<Await*>(e)->value);
        break;
      case ExprKind::Yield:
      case ExprKind::YieldFrom: {
        if (cur_->kind == ScopeKind::Comprehension || cur_->kind == ScopeKind::GeneratorExp) {
          const char* what = cur_->name == "listcomp" ? "list comprehension"
                             : cur_->name == "setcomp" ? "set comprehension"
                             : cur_->name == "dictcomp" ? "dict comprehension"
                                                        : "generator expression";
          error(std::string("'yield' inside ") + what, e->loc);
          return;
        }
        if (cur_->is_function_like()) cur_->is_generator = true;
        if (e->kind == ExprKind::Yield) expr(static_cast<Yield*>(e)->value);
        else expr(static_cast<YieldFrom*>(e)->value);
        break;
      }
      case ExprKind::Compare: {
        auto* c = static_cast<Compare*>(e);
        expr(c->left);
        exprs(c->comparators);
        break;
      }
      case ExprKind::Call: {
        auto* c = static_cast<Call*>(e);
        expr(c->func);
        exprs(c->args);
        for (Keyword* k : c->keywords) expr(k->value);
        break;
      }
      case ExprKind::FormattedValue: {
        auto* f = static_cast<FormattedValue*>(e);
        expr(f->value);
        if (f->format_spec) expr(f->format_spec);
        break;
      }
      case ExprKind::JoinedStr:
        exprs(static_cast<JoinedStr*>(e)->values);
        break;
      case ExprKind::Constant:
        break;
      case ExprKind::Attribute:
        expr(static_cast<Attribute*>(e)->value);
        break;
      case ExprKind::Subscript:
        expr(static_cast<Subscript*>(e)->value);
        expr(static_cast<Subscript*>(e)->slice);
        break;
      case ExprKind::Starred:
        expr(static_cast<Starred*>(e)->value);
        break;
      case ExprKind::Name: {
        auto* n = static_cast<Name*>(e);
        if (n->ctx == ExprContext::Load) {
          add(cur_, n->id, kUse);
          if (cur_->is_function_like() && n->id == "super") add(cur_, "__class__", kUse);
        } else {
          uint32_t f = kDefLocal;
          if (comp_target_) f |= kDefCompIter;
          add(cur_, n->id, f);
        }
        break;
      }
      case ExprKind::List:
        exprs(static_cast<List*>(e)->elts);
        break;
      case ExprKind::Tuple:
        exprs(static_cast<Tuple*>(e)->elts);
        break;
      case ExprKind::Slice: {
        auto* s = static_cast<Slice*>(e);
        expr(s->lower);
        expr(s->upper);
        expr(s->step);
        break;
      }
    }
  }

  // ------------------------------------------------------------------ analysis

  bool analyze_name(Scope* s, const std::string& name, uint32_t flags, std::set<std::string>* bound,
                    std::set<std::string>* local, std::set<std::string>* free, std::set<std::string>* global) {
    Loc loc;
    loc.lineno = s->lineno;
    if (flags & kDefGlobal) {
      if (flags & kDefNonlocal) {
        auto d = s->directives.find(name);
        return error("name '" + name + "' is nonlocal and global", d == s->directives.end() ? loc : d->second);
      }
      s->resolved[name] = NameScope::GlobalExplicit;
      global->insert(name);
      if (bound) bound->erase(name);
      return true;
    }
    if (flags & kDefNonlocal) {
      if (!bound) return nonlocal_error("nonlocal declaration not allowed at module level", s, name);
      if (!bound->count(name)) return nonlocal_error("no binding for nonlocal '" + name + "' found", s, name);
      s->resolved[name] = NameScope::Free;
      free->insert(name);
      return true;
    }
    if (flags & kDefBound) {
      s->resolved[name] = NameScope::Local;
      local->insert(name);
      global->erase(name);
      return true;
    }
    if (bound && bound->count(name)) {
      s->resolved[name] = NameScope::Free;
      free->insert(name);
      return true;
    }
    s->resolved[name] = NameScope::GlobalImplicit;
    return true;
  }

  // nonlocal errors point at the nonlocal statement: find it in the scope's statements.
  std::map<std::pair<const Scope*, std::string>, Loc> nonlocal_locs_;
  bool nonlocal_error(const std::string& msg, Scope* s, const std::string& name) {
    Loc loc;
    if (!find_nonlocal(s, name, &loc)) loc.lineno = s->lineno;
    return error(msg, loc);
  }
  bool find_nonlocal(Scope* s, const std::string& name, Loc* out) {
    const StmtList* body = nullptr;
    if (s->kind == ScopeKind::Module) body = &static_cast<const Mod*>(s->node)->body;
    else if (s->kind == ScopeKind::Function) body = &static_cast<const FunctionDef*>(s->node)->body;
    else if (s->kind == ScopeKind::Class) body = &static_cast<const ClassDef*>(s->node)->body;
    if (!body) return false;
    return find_nonlocal_in(*body, name, out);
  }
  bool find_nonlocal_in(const StmtList& body, const std::string& name, Loc* out) {
    for (Stmt* st : body) {
      if (st->kind == StmtKind::Nonlocal) {
        for (const std::string& n : static_cast<Nonlocal*>(st)->names)
          if (n == name) {
            *out = st->loc;
            return true;
          }
      }
      const StmtList* subs[4] = {nullptr, nullptr, nullptr, nullptr};
      switch (st->kind) {
        case StmtKind::If: subs[0] = &static_cast<If*>(st)->body; subs[1] = &static_cast<If*>(st)->orelse; break;
        case StmtKind::While: subs[0] = &static_cast<While*>(st)->body; subs[1] = &static_cast<While*>(st)->orelse; break;
        case StmtKind::For:
        case StmtKind::AsyncFor: subs[0] = &static_cast<For*>(st)->body; subs[1] = &static_cast<For*>(st)->orelse; break;
        case StmtKind::With:
        case StmtKind::AsyncWith: subs[0] = &static_cast<With*>(st)->body; break;
        case StmtKind::Try:
        case StmtKind::TryStar: {
          auto* t = static_cast<Try*>(st);
          subs[0] = &t->body; subs[1] = &t->orelse; subs[2] = &t->finalbody;
          for (ExceptHandler* h : t->handlers)
            if (find_nonlocal_in(h->body, name, out)) return true;
          break;
        }
        default: break;
      }
      for (const StmtList* sub : subs)
        if (sub && find_nonlocal_in(*sub, name, out)) return true;
    }
    return false;
  }

  bool analyze(Scope* s, std::set<std::string>* bound, std::set<std::string>* free, std::set<std::string>* global) {
    std::set<std::string> local;
    std::set<std::string> newglobal, newfree, newbound;
    if (s->kind == ScopeKind::Class) {
      newglobal = *global;
      if (bound) newbound = *bound;
    }
    for (const std::string& name : s->order) {
      if (!analyze_name(s, name, s->flags[name], bound, &local, free, global)) return false;
    }
    if (s->kind != ScopeKind::Class) {
      if (s->is_function_like()) newbound.insert(local.begin(), local.end());
      if (bound) newbound.insert(bound->begin(), bound->end());
      newglobal.insert(global->begin(), global->end());
    } else {
      newbound.insert("__class__");
    }
    std::set<std::string> allfree;
    for (auto& child : s->children) {
      std::set<std::string> tb = newbound, tf = newfree, tg = newglobal;
      std::set<std::string> child_free;
      if (!analyze(child.get(), &tb, &child_free, &tg)) return false;
      allfree.insert(child_free.begin(), child_free.end());
    }
    newfree.insert(allfree.begin(), allfree.end());
    if (s->is_function_like()) {
      // names free in children and local here become cells
      for (auto it = newfree.begin(); it != newfree.end();) {
        auto r = s->resolved.find(*it);
        if (r != s->resolved.end() && r->second == NameScope::Local) {
          r->second = NameScope::Cell;
          it = newfree.erase(it);
        } else {
          ++it;
        }
      }
    } else if (s->kind == ScopeKind::Class) {
      if (newfree.erase("__class__")) s->needs_class_closure = true;
    }
    // names free in children but not bound here pass through as free (or stay class-local)
    for (const std::string& name : newfree) {
      auto it = s->flags.find(name);
      if (it != s->flags.end()) {
        if (s->kind == ScopeKind::Class && (it->second & (kDefBound | kDefGlobal))) {
          it->second |= kDefFreeClass;
          continue;
        }
        if (s->resolved[name] == NameScope::GlobalExplicit) continue;
        if (s->resolved[name] == NameScope::Free) continue;
      }
      if (bound && !bound->count(name)) continue;
      if (!bound) continue;
      s->resolved[name] = NameScope::Free;
      if (it == s->flags.end()) {
        s->flags[name] = kDefFree;
        s->order.push_back(name);
      } else {
        it->second |= kDefFree;
      }
    }
    free->insert(newfree.begin(), newfree.end());
    return true;
  }
};

}  // namespace

std::unique_ptr<SymbolTable> build_symtable(const ast::Mod* mod, std::string_view filename, SyntaxErrorInfo* err) {
  Builder b(filename, err);
  return b.run(mod);
}

}  // namespace coil

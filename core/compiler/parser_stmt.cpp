// parser_stmt.cpp - statement rules of the 3.11 grammar (simple and compound statements, blocks, imports).
#include "compiler/parser_impl.h"

namespace coil::compiler {

using namespace ast;

namespace {
bool is_augassign(Tok k) {
  switch (k) {
    case Tok::PLUSEQUAL: case Tok::MINEQUAL: case Tok::STAREQUAL: case Tok::ATEQUAL:
    case Tok::SLASHEQUAL: case Tok::PERCENTEQUAL: case Tok::AMPEREQUAL: case Tok::VBAREQUAL:
    case Tok::CIRCUMFLEXEQUAL: case Tok::LEFTSHIFTEQUAL: case Tok::RIGHTSHIFTEQUAL:
    case Tok::DOUBLESTAREQUAL: case Tok::DOUBLESLASHEQUAL:
      return true;
    default:
      return false;
  }
}
}  // namespace

// ---------------------------------------------------------------- statement sequences

bool Parser::statements(StmtList* out) {
  // statements: statement+
  int count = 0;
  for (;;) {
    int m = mark_;
    if (!statement(out)) {
      mark_ = m;
      break;
    }
    count++;
  }
  return count > 0 && !err_;
}

bool Parser::statement(StmtList* out) {
  // statement: compound_stmt | simple_stmts
  Guard g(this);
  if (err_) return false;
  int m = mark_;
  if (Stmt* s = compound_stmt()) {
    out->push_back(s);
    return true;
  }
  if (err_) return false;
  mark_ = m;
  return simple_stmts(out);
}

bool Parser::statement_newline(StmtList* out) {
  // statement_newline: compound_stmt NEWLINE | simple_stmts | NEWLINE | ENDMARKER
  int m = mark_;
  if (Stmt* s = compound_stmt()) {
    if (expect(Tok::NEWLINE)) {
      out->push_back(s);
      return true;
    }
  }
  if (err_) return false;
  mark_ = m;
  if (simple_stmts(out)) return true;
  if (err_) return false;
  mark_ = m;
  if (expect(Tok::NEWLINE)) {
    out->push_back(make<Pass>(m));
    return true;
  }
  if (err_) return false;
  mark_ = m;
  // ENDMARKER: interactive exit (a failure, as in CPython)
  return false;
}

bool Parser::simple_stmts(StmtList* out) {
  // simple_stmts:
  //     | simple_stmt !';' NEWLINE
  //     | ';'.simple_stmt+ [';'] NEWLINE
  int m = mark_;
  Stmt* s = simple_stmt();
  if (!s) return false;
  StmtList list{s};
  while (peek() == Tok::SEMI) {
    int m2 = mark_;
    mark_++;
    Stmt* s2 = simple_stmt();
    if (!s2) {
      if (err_) return false;
      mark_ = m2;
      break;
    }
    list.push_back(s2);
  }
  expect(Tok::SEMI);
  if (!expect(Tok::NEWLINE)) {
    mark_ = m;
    return false;
  }
  out->insert(out->end(), list.begin(), list.end());
  return true;
}

ast::Stmt* Parser::simple_stmt() {
  if (err_) return nullptr;
  int m = mark_;
  void* cached;
  if (memo_get(MemoRule::simple_stmt, m, &cached)) return static_cast<Stmt*>(cached);
  Stmt* s = simple_stmt_uncached();
  if (!s) mark_ = m;
  memo_put(MemoRule::simple_stmt, m, s, mark_);
  return s;
}

bool Parser::statement_has_assignment_token() {
  // A quick look (without fetching) for '=', ':' or an augmented assignment at bracket depth 0
  // before the end of the statement: without one, no `assignment` alternative can match.
  int depth = 0;
  for (size_t i = size_t(mark_); i < tokens_.size(); i++) {
    Tok k = tokens_[i].kind;
    switch (k) {
      case Tok::LPAR: case Tok::LSQB: case Tok::LBRACE: depth++; break;
      case Tok::RPAR: case Tok::RSQB: case Tok::RBRACE: depth--; break;
      case Tok::EQUAL: case Tok::COLON:
        if (depth == 0) return true;
        break;
      case Tok::NEWLINE: case Tok::ENDMARKER:
        return false;
      case Tok::SEMI:
        if (depth == 0) return false;
        break;
      case Tok::ERRORTOKEN:
        return true;  // unknown: do not skip
      default:
        if (depth == 0 && is_augassign(k)) return true;
        break;
    }
  }
  return true;
}

ast::Stmt* Parser::simple_stmt_uncached() {
  int m = mark_;
  Tok k = peek();
  if (err_) return nullptr;
  // Statements introduced by a keyword that cannot start an expression or a target go straight
  // to their rule: every earlier alternative would fail on that first token.
  switch (k) {
    case Tok::KW_RETURN: return return_stmt();
    case Tok::KW_IMPORT: case Tok::KW_FROM: return import_stmt();
    case Tok::KW_RAISE: return raise_stmt();
    case Tok::KW_PASS: mark_++; return make<Pass>(m);
    case Tok::KW_DEL: return del_stmt();
    case Tok::KW_ASSERT: return assert_stmt();
    case Tok::KW_BREAK: mark_++; return make<Break>(m);
    case Tok::KW_CONTINUE: mark_++; return make<Continue>(m);
    case Tok::KW_GLOBAL: return global_stmt(false);
    case Tok::KW_NONLOCAL: return global_stmt(true);
    default: break;
  }
  if (call_invalid_rules_ || statement_has_assignment_token()) {
    if (Stmt* s = assignment()) return s;
    if (err_) return nullptr;
    mark_ = m;
  }
  if (Expr* e = star_expressions()) {
    auto* s = make<ExprStmt>(m);
    s->value = e;
    return s;
  }
  if (err_) return nullptr;
  mark_ = m;
  if (k == Tok::KW_YIELD) return yield_stmt();
  return nullptr;
}

// ---------------------------------------------------------------- assignment

ast::Expr* Parser::annotated_rhs() {
  // annotated_rhs: yield_expr | star_expressions
  if (peek() == Tok::KW_YIELD) {
    if (Expr* e = yield_expr()) return e;
    if (err_) return nullptr;
  }
  return star_expressions();
}

bool Parser::augassign(Operator* op) {
  switch (peek()) {
    case Tok::PLUSEQUAL: *op = Operator::Add; break;
    case Tok::MINEQUAL: *op = Operator::Sub; break;
    case Tok::STAREQUAL: *op = Operator::Mult; break;
    case Tok::ATEQUAL: *op = Operator::MatMult; break;
    case Tok::SLASHEQUAL: *op = Operator::Div; break;
    case Tok::PERCENTEQUAL: *op = Operator::Mod; break;
    case Tok::AMPEREQUAL: *op = Operator::BitAnd; break;
    case Tok::VBAREQUAL: *op = Operator::BitOr; break;
    case Tok::CIRCUMFLEXEQUAL: *op = Operator::BitXor; break;
    case Tok::LEFTSHIFTEQUAL: *op = Operator::LShift; break;
    case Tok::RIGHTSHIFTEQUAL: *op = Operator::RShift; break;
    case Tok::DOUBLESTAREQUAL: *op = Operator::Pow; break;
    case Tok::DOUBLESLASHEQUAL: *op = Operator::FloorDiv; break;
    default: return false;
  }
  mark_++;
  return true;
}

ast::Stmt* Parser::assignment() {
  int m = mark_;
  // NAME ':' expression ['=' annotated_rhs]
  if (const Token* name = expect_name()) {
    if (expect(Tok::COLON)) {
      if (Expr* ann = expression()) {
        Expr* value = nullptr;
        int m2 = mark_;
        if (expect(Tok::EQUAL)) {
          value = annotated_rhs();
          if (!value) {
            if (err_) return nullptr;
            mark_ = m2;
          }
        }
        auto* s = make<AnnAssign>(m);
        s->target = name_from_token(*name, ExprContext::Store);
        s->annotation = ann;
        s->value = value;
        s->simple = 1;
        return s;
      }
    }
  }
  if (err_) return nullptr;
  mark_ = m;
  // ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
  {
    Expr* target = nullptr;
    if (expect(Tok::LPAR)) {
      target = single_target();
      if (target && !expect(Tok::RPAR)) target = nullptr;
    }
    if (!target) {
      if (err_) return nullptr;
      mark_ = m;
      target = single_subscript_attribute_target();
    }
    if (target && expect(Tok::COLON)) {
      if (Expr* ann = expression()) {
        Expr* value = nullptr;
        int m2 = mark_;
        if (expect(Tok::EQUAL)) {
          value = annotated_rhs();
          if (!value) {
            if (err_) return nullptr;
            mark_ = m2;
          }
        }
        auto* s = make<AnnAssign>(m);
        s->target = target;
        s->annotation = ann;
        s->value = value;
        s->simple = 0;
        return s;
      }
    }
  }
  if (err_) return nullptr;
  mark_ = m;
  // (star_targets '=')+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]
  {
    ExprList targets;
    for (;;) {
      int m2 = mark_;
      Expr* t = star_targets();
      if (t && expect(Tok::EQUAL)) {
        targets.push_back(t);
        continue;
      }
      if (err_) return nullptr;
      mark_ = m2;
      break;
    }
    if (!targets.empty()) {
      Expr* value = nullptr;
      if (peek() == Tok::KW_YIELD) value = yield_expr();
      if (!value && !err_) value = star_expressions();
      if (value && peek() != Tok::EQUAL && !err_) {
        auto* s = make<Assign>(m);
        s->targets = std::move(targets);
        s->value = value;
        return s;
      }
    }
  }
  if (err_) return nullptr;
  mark_ = m;
  // single_target augassign ~ (yield_expr | star_expressions)
  {
    Operator op;
    if (Expr* target = single_target()) {
      if (augassign(&op)) {
        Expr* value = nullptr;
        if (peek() == Tok::KW_YIELD) value = yield_expr();
        if (!value && !err_) value = star_expressions();
        if (!value) return nullptr;  // cut
        auto* s = make<AugAssign>(m);
        s->target = target;
        s->op = op;
        s->value = value;
        return s;
      }
    }
  }
  if (err_) return nullptr;
  mark_ = m;
  if (call_invalid_rules_) {
    invalid_assignment();
    mark_ = m;
  }
  return nullptr;
}

// ---------------------------------------------------------------- simple statements

ast::Stmt* Parser::return_stmt() {
  int m = mark_;
  if (!expect(Tok::KW_RETURN)) return nullptr;
  int m2 = mark_;
  Expr* value = star_expressions();
  if (!value) {
    if (err_) return nullptr;
    mark_ = m2;
  }
  auto* s = make<Return>(m);
  s->value = value;
  return s;
}

ast::Stmt* Parser::raise_stmt() {
  // raise_stmt: 'raise' expression ['from' expression] | 'raise'
  int m = mark_;
  if (!expect(Tok::KW_RAISE)) return nullptr;
  if (Expr* exc = expression()) {
    Expr* cause = nullptr;
    int m2 = mark_;
    if (expect(Tok::KW_FROM)) {
      cause = expression();
      if (!cause) {
        if (err_) return nullptr;
        mark_ = m2;
      }
    }
    auto* s = make<Raise>(m);
    s->exc = exc;
    s->cause = cause;
    return s;
  }
  if (err_) return nullptr;
  mark_ = m + 1;
  return make<Raise>(m);
}

ast::Stmt* Parser::global_stmt(bool nonlocal) {
  // global_stmt: 'global' ','.NAME+   (and the same for nonlocal)
  int m = mark_;
  mark_++;
  NameList names;
  const Token* n = expect_name();
  if (!n) return nullptr;
  names.push_back(identifier(*n));
  for (;;) {
    int m2 = mark_;
    if (!expect(Tok::COMMA)) break;
    n = expect_name();
    if (!n) {
      mark_ = m2;
      break;
    }
    names.push_back(identifier(*n));
  }
  if (err_) return nullptr;
  if (nonlocal) {
    auto* s = make<Nonlocal>(m);
    s->names = std::move(names);
    return s;
  }
  auto* s = make<Global>(m);
  s->names = std::move(names);
  return s;
}

ast::Stmt* Parser::del_stmt() {
  // del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt
  int m = mark_;
  if (expect(Tok::KW_DEL)) {
    ExprList targets;
    if (del_targets(&targets)) {
      Tok k = peek();
      if (k == Tok::SEMI || k == Tok::NEWLINE) {
        auto* s = make<Delete>(m);
        s->targets = std::move(targets);
        return s;
      }
    }
  }
  if (err_) return nullptr;
  mark_ = m;
  if (call_invalid_rules_) {
    invalid_del_stmt();
    mark_ = m;
  }
  return nullptr;
}

ast::Stmt* Parser::yield_stmt() {
  int m = mark_;
  Expr* y = yield_expr();
  if (!y) return nullptr;
  auto* s = make<ExprStmt>(m);
  s->value = y;
  return s;
}

ast::Stmt* Parser::assert_stmt() {
  // assert_stmt: 'assert' expression [',' expression]
  int m = mark_;
  if (!expect(Tok::KW_ASSERT)) return nullptr;
  Expr* test = expression();
  if (!test) return nullptr;
  Expr* msg = nullptr;
  int m2 = mark_;
  if (expect(Tok::COMMA)) {
    msg = expression();
    if (!msg) {
      if (err_) return nullptr;
      mark_ = m2;
    }
  }
  auto* s = make<Assert>(m);
  s->test = test;
  s->msg = msg;
  return s;
}

// ---------------------------------------------------------------- imports

ast::Stmt* Parser::import_stmt() {
  int m = mark_;
  if (Stmt* s = import_name()) return s;
  if (err_) return nullptr;
  mark_ = m;
  return import_from();
}

ast::Stmt* Parser::import_name() {
  // import_name: 'import' dotted_as_names
  int m = mark_;
  if (!expect(Tok::KW_IMPORT)) return nullptr;
  std::vector<Alias*> names;
  if (!dotted_as_names(&names)) return nullptr;
  auto* s = make<Import>(m);
  s->names = std::move(names);
  return s;
}

ast::Stmt* Parser::import_from() {
  // import_from:
  //     | 'from' ('.' | '...')* dotted_name 'import' import_from_targets
  //     | 'from' ('.' | '...')+ 'import' import_from_targets
  int m = mark_;
  if (!expect(Tok::KW_FROM)) return nullptr;
  int level = 0;
  for (;;) {
    Tok k = peek();
    if (k == Tok::DOT) {
      level += 1;
    } else if (k == Tok::ELLIPSIS) {
      level += 3;
    } else {
      break;
    }
    mark_++;
  }
  int after_dots = mark_;
  std::string module;
  if (dotted_name(&module)) {
    if (expect(Tok::KW_IMPORT)) {
      std::vector<Alias*> names;
      if (import_from_targets(&names)) {
        auto* s = make<ImportFrom>(m);
        s->has_module = true;
        s->module = std::move(module);
        s->names = std::move(names);
        s->level = level;
        return s;
      }
    }
  }
  if (err_) return nullptr;
  if (level == 0) return nullptr;
  mark_ = after_dots;
  if (!expect(Tok::KW_IMPORT)) return nullptr;
  std::vector<Alias*> names;
  if (!import_from_targets(&names)) return nullptr;
  auto* s = make<ImportFrom>(m);
  s->names = std::move(names);
  s->level = level;
  return s;
}

bool Parser::import_from_targets(std::vector<Alias*>* out) {
  // import_from_targets:
  //     | '(' import_from_as_names [','] ')'
  //     | import_from_as_names !','
  //     | '*'
  //     | invalid_import_from_targets
  int m = mark_;
  if (expect(Tok::LPAR)) {
    std::vector<Alias*> names;
    if (import_from_as_names(&names)) {
      expect(Tok::COMMA);
      if (expect(Tok::RPAR)) {
        *out = std::move(names);
        return true;
      }
    }
  }
  if (err_) return false;
  mark_ = m;
  {
    std::vector<Alias*> names;
    if (import_from_as_names(&names) && peek() != Tok::COMMA && !err_) {
      *out = std::move(names);
      return true;
    }
  }
  if (err_) return false;
  mark_ = m;
  if (expect(Tok::STAR)) {
    auto* a = arena_.make<Alias>();
    a->name.assign(1, '*');
    a->loc = loc_from(m);
    out->push_back(a);
    return true;
  }
  if (err_) return false;
  mark_ = m;
  if (call_invalid_rules_) {
    invalid_import_from_targets();
    mark_ = m;
  }
  return false;
}

bool Parser::import_from_as_names(std::vector<Alias*>* out) {
  // ','.import_from_as_name+
  Alias* a = import_from_as_name();
  if (!a) return false;
  out->push_back(a);
  for (;;) {
    int m = mark_;
    if (!expect(Tok::COMMA)) break;
    a = import_from_as_name();
    if (!a) {
      mark_ = m;
      break;
    }
    out->push_back(a);
  }
  return !err_;
}

ast::Alias* Parser::import_from_as_name() {
  // NAME ['as' NAME]
  int m = mark_;
  const Token* n = expect_name();
  if (!n) return nullptr;
  auto* a = arena_.make<Alias>();
  a->name = identifier(*n);
  int m2 = mark_;
  if (expect(Tok::KW_AS)) {
    if (const Token* as = expect_name()) {
      a->has_asname = true;
      a->asname = identifier(*as);
    } else {
      mark_ = m2;
    }
  }
  if (err_) return nullptr;
  a->loc = loc_from(m);
  return a;
}

bool Parser::dotted_as_names(std::vector<Alias*>* out) {
  Alias* a = dotted_as_name();
  if (!a) return false;
  out->push_back(a);
  for (;;) {
    int m = mark_;
    if (!expect(Tok::COMMA)) break;
    a = dotted_as_name();
    if (!a) {
      mark_ = m;
      break;
    }
    out->push_back(a);
  }
  return !err_;
}

ast::Alias* Parser::dotted_as_name() {
  // dotted_name ['as' NAME]
  int m = mark_;
  std::string name;
  if (!dotted_name(&name)) return nullptr;
  auto* a = arena_.make<Alias>();
  a->name = std::move(name);
  int m2 = mark_;
  if (expect(Tok::KW_AS)) {
    if (const Token* as = expect_name()) {
      a->has_asname = true;
      a->asname = identifier(*as);
    } else {
      mark_ = m2;
    }
  }
  if (err_) return nullptr;
  a->loc = loc_from(m);
  return a;
}

bool Parser::dotted_name(std::string* out) {
  // dotted_name: dotted_name '.' NAME | NAME
  const Token* n = expect_name();
  if (!n) return false;
  *out = identifier(*n);
  for (;;) {
    int m = mark_;
    if (!expect(Tok::DOT)) break;
    const Token* n2 = expect_name();
    if (!n2) {
      mark_ = m;
      break;
    }
    out->push_back('.');
    out->append(identifier(*n2));
  }
  return !err_;
}

// ---------------------------------------------------------------- blocks

bool Parser::block(StmtList* out) {
  if (err_) return false;
  int m = mark_;
  void* cached;
  if (memo_get(MemoRule::block, m, &cached)) {
    if (!cached) return false;
    *out = *static_cast<StmtList*>(cached);
    return true;
  }
  StmtList* list = nullptr;
  StmtList tmp;
  bool ok = block_uncached(&tmp);
  if (ok) {
    // Memoised results are kept in a holder node owned by the arena.
    struct Holder : Node {
      StmtList list;
    };
    auto* h = arena_.make<Holder>();
    h->list = std::move(tmp);
    list = &h->list;
    *out = *list;
  } else {
    mark_ = m;
  }
  memo_put(MemoRule::block, m, list, mark_);
  return ok;
}

bool Parser::block_uncached(StmtList* out) {
  // block: NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block
  Guard g(this);
  if (err_) return false;
  int m = mark_;
  if (expect(Tok::NEWLINE) && expect(Tok::INDENT)) {
    StmtList body;
    if (statements(&body) && expect(Tok::DEDENT)) {
      *out = std::move(body);
      return true;
    }
  }
  if (err_) return false;
  mark_ = m;
  {
    StmtList body;
    if (simple_stmts(&body)) {
      *out = std::move(body);
      return true;
    }
  }
  if (err_) return false;
  mark_ = m;
  if (call_invalid_rules_) {
    invalid_block();
    mark_ = m;
  }
  return false;
}

bool Parser::decorators(ExprList* out) {
  // decorators: ('@' named_expression NEWLINE)+
  int count = 0;
  for (;;) {
    int m = mark_;
    if (!expect(Tok::AT)) break;
    Expr* e = named_expression();
    if (!e || !expect(Tok::NEWLINE)) {
      mark_ = m;
      break;
    }
    out->push_back(e);
    count++;
  }
  return count > 0 && !err_;
}

// ---------------------------------------------------------------- compound statements

ast::Stmt* Parser::compound_stmt() {
  int m = mark_;
  Tok k = peek();
  if (err_) return nullptr;
  switch (k) {
    case Tok::KW_DEF:
      return function_def();
    case Tok::AT: {
      if (Stmt* s = function_def()) return s;
      if (err_) return nullptr;
      mark_ = m;
      return class_def();
    }
    case Tok::KW_ASYNC: {
      if (Stmt* s = function_def()) return s;
      if (err_) return nullptr;
      mark_ = m;
      if (Stmt* s = with_stmt()) return s;
      if (err_) return nullptr;
      mark_ = m;
      return for_stmt();
    }
    case Tok::KW_IF: return if_stmt();
    case Tok::KW_CLASS: return class_def();
    case Tok::KW_WITH: return with_stmt();
    case Tok::KW_FOR: return for_stmt();
    case Tok::KW_TRY: return try_stmt();
    case Tok::KW_WHILE: return while_stmt();
    case Tok::NAME: return match_stmt();
    default: return nullptr;
  }
}

ast::Stmt* Parser::function_def() {
  // function_def: decorators function_def_raw | function_def_raw
  int m = mark_;
  ExprList decos;
  if (decorators(&decos)) {
    if (Stmt* f = function_def_raw()) {
      static_cast<FunctionDef*>(f)->decorator_list = std::move(decos);
      return f;
    }
  }
  if (err_) return nullptr;
  mark_ = m;
  return function_def_raw();
}

ast::Stmt* Parser::function_def_raw() {
  // function_def_raw:
  //     | invalid_def_raw
  //     | [ASYNC] 'def' NAME &&'(' [params] ')' ['->' expression] &&':' [func_type_comment] block
  int m = mark_;
  if (call_invalid_rules_) {
    invalid_def_raw();
    if (err_) return nullptr;
    mark_ = m;
  }
  bool is_async = false;
  if (expect(Tok::KW_ASYNC)) is_async = true;
  if (!expect(Tok::KW_DEF)) {
    mark_ = m;
    return nullptr;
  }
  const Token* name = expect_name();
  if (!name) {
    mark_ = m;
    return nullptr;
  }
  if (!expect_forced(Tok::LPAR, "(")) return nullptr;
  int m2 = mark_;
  Arguments* args = params(false);
  if (!args) {
    if (err_) return nullptr;
    mark_ = m2;
  }
  if (!expect(Tok::RPAR)) {
    mark_ = m;
    return nullptr;
  }
  Expr* returns = nullptr;
  int m3 = mark_;
  if (expect(Tok::RARROW)) {
    returns = expression();
    if (!returns) {
      if (err_) return nullptr;
      mark_ = m3;
    }
  }
  if (!expect_forced(Tok::COLON, ":")) return nullptr;
  StmtList body;
  if (!block(&body)) {
    mark_ = m;
    return nullptr;
  }
  auto* f = arena_.make<FunctionDef>(is_async);
  f->loc = loc_from(m);
  f->name = identifier(*name);
  f->args = args ? args : empty_arguments();
  f->body = std::move(body);
  f->returns = returns;
  return f;
}

ast::Stmt* Parser::class_def() {
  // class_def: decorators class_def_raw | class_def_raw
  int m = mark_;
  ExprList decos;
  if (decorators(&decos)) {
    if (Stmt* c = class_def_raw()) {
      static_cast<ClassDef*>(c)->decorator_list = std::move(decos);
      return c;
    }
  }
  if (err_) return nullptr;
  mark_ = m;
  return class_def_raw();
}

ast::Stmt* Parser::class_def_raw() {
  // class_def_raw:
  //     | invalid_class_def_raw
  //     | 'class' NAME ['(' [arguments] ')'] ':' block
  int m = mark_;
  if (call_invalid_rules_) {
    invalid_class_def_raw();
    if (err_) return nullptr;
    mark_ = m;
  }
  if (!expect(Tok::KW_CLASS)) return nullptr;
  const Token* name = expect_name();
  if (!name) {
    mark_ = m;
    return nullptr;
  }
  CallArgs cargs;
  int m2 = mark_;
  if (expect(Tok::LPAR)) {
    int m3 = mark_;
    if (!arguments(&cargs)) {
      if (err_) return nullptr;
      mark_ = m3;
    }
    if (!expect(Tok::RPAR)) {
      if (err_) return nullptr;
      mark_ = m2;
      cargs = CallArgs{};
    }
  }
  if (!expect(Tok::COLON)) {
    mark_ = m;
    return nullptr;
  }
  StmtList body;
  if (!block(&body)) {
    mark_ = m;
    return nullptr;
  }
  auto* c = make<ClassDef>(m);
  c->name = identifier(*name);
  c->bases = std::move(cargs.args);
  c->keywords = std::move(cargs.keywords);
  c->body = std::move(body);
  return c;
}

ast::Stmt* Parser::if_stmt() {
  // if_stmt:
  //     | invalid_if_stmt
  //     | 'if' named_expression ':' block elif_stmt
  //     | 'if' named_expression ':' block [else_block]
  int m = mark_;
  if (call_invalid_rules_) {
    invalid_if_stmt();
    if (err_) return nullptr;
    mark_ = m;
  }
  if (!expect(Tok::KW_IF)) return nullptr;
  Expr* test = named_expression();
  if (!test || !expect(Tok::COLON)) {
    mark_ = m;
    return nullptr;
  }
  StmtList body;
  if (!block(&body)) {
    mark_ = m;
    return nullptr;
  }
  int m2 = mark_;
  StmtList orelse;
  if (Stmt* elif = elif_stmt()) {
    orelse.push_back(elif);
  } else {
    if (err_) return nullptr;
    mark_ = m2;
    if (!else_block(&orelse)) {
      if (err_) return nullptr;
      mark_ = m2;
    }
  }
  auto* s = make<If>(m);
  s->test = test;
  s->body = std::move(body);
  s->orelse = std::move(orelse);
  return s;
}

ast::Stmt* Parser::elif_stmt() {
  // elif_stmt:
  //     | invalid_elif_stmt
  //     | 'elif' named_expression ':' block elif_stmt
  //     | 'elif' named_expression ':' block [else_block]
  Guard g(this);
  if (err_) return nullptr;
  int m = mark_;
  if (call_invalid_rules_) {
    invalid_elif_stmt();
    if (err_) return nullptr;
    mark_ = m;
  }
  if (!expect(Tok::KW_ELIF)) return nullptr;
  Expr* test = named_expression();
  if (!test || !expect(Tok::COLON)) {
    mark_ = m;
    return nullptr;
  }
  StmtList body;
  if (!block(&body)) {
    mark_ = m;
    return nullptr;
  }
  int m2 = mark_;
  StmtList orelse;
  if (Stmt* elif = elif_stmt()) {
    orelse.push_back(elif);
  } else {
    if (err_) return nullptr;
    mark_ = m2;
    if (!else_block(&orelse)) {
      if (err_) return nullptr;
      mark_ = m2;
    }
  }
  auto* s = make<If>(m);
  s->test = test;
  s->body = std::move(body);
  s->orelse = std::move(orelse);
  return s;
}

bool Parser::else_block(StmtList* out) {
  // else_block: invalid_else_stmt | 'else' &&':' block
  int m = mark_;
  if (call_invalid_rules_) {
    invalid_else_stmt();
    if (err_) return false;
    mark_ = m;
  }
  if (!expect(Tok::KW_ELSE)) return false;
  if (!expect_forced(Tok::COLON, ":")) return false;
  if (!block(out)) {
    mark_ = m;
    return false;
  }
  return true;
}

ast::Stmt* Parser::while_stmt() {
  // while_stmt: invalid_while_stmt | 'while' named_expression ':' block [else_block]
  int m = mark_;
  if (call_invalid_rules_) {
    invalid_while_stmt();
    if (err_) return nullptr;
    mark_ = m;
  }
  if (!expect(Tok::KW_WHILE)) return nullptr;
  Expr* test = named_expression();
  if (!test || !expect(Tok::COLON)) {
    mark_ = m;
    return nullptr;
  }
  StmtList body;
  if (!block(&body)) {
    mark_ = m;
    return nullptr;
  }
  int m2 = mark_;
  StmtList orelse;
  if (!else_block(&orelse)) {
    if (err_) return nullptr;
    mark_ = m2;
  }
  auto* s = make<While>(m);
  s->test = test;
  s->body = std::move(body);
  s->orelse = std::move(orelse);
  return s;
}

ast::Stmt* Parser::for_stmt() {
  // for_stmt:
  //     | invalid_for_stmt
  //     | [ASYNC] 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
  //     | invalid_for_target
  int m = mark_;
  if (call_invalid_rules_) {
    invalid_for_stmt();
    if (err_) return nullptr;
    mark_ = m;
  }
  bool is_async = false;
  if (expect(Tok::KW_ASYNC)) is_async = true;
  if (expect(Tok::KW_FOR)) {
    if (Expr* target = star_targets()) {
      if (expect(Tok::KW_IN)) {
        // cut: no other alternative is tried from here on
        Expr* iter = star_expressions();
        if (!iter || !expect(Tok::COLON)) return nullptr;
        StmtList body;
        if (!block(&body)) return nullptr;
        int m2 = mark_;
        StmtList orelse;
        if (!else_block(&orelse)) {
          if (err_) return nullptr;
          mark_ = m2;
        }
        auto* s = arena_.make<For>(is_async);
        s->loc = loc_from(m);
        s->target = target;
        s->iter = iter;
        s->body = std::move(body);
        s->orelse = std::move(orelse);
        return s;
      }
    }
  }
  if (err_) return nullptr;
  mark_ = m;
  if (call_invalid_rules_) {
    invalid_for_target();
    mark_ = m;
  }
  return nullptr;
}

ast::Stmt* Parser::with_stmt() {
  // with_stmt:
  //     | invalid_with_stmt_indent
  //     | [ASYNC] 'with' '(' ','.with_item+ ','? ')' ':' block
  //     | [ASYNC] 'with' ','.with_item+ ':' [TYPE_COMMENT] block
  //     | invalid_with_stmt
  int m = mark_;
  if (call_invalid_rules_) {
    invalid_with_stmt_indent();
    if (err_) return nullptr;
    mark_ = m;
  }
  bool is_async = false;
  if (expect(Tok::KW_ASYNC)) is_async = true;
  if (!expect(Tok::KW_WITH)) {
    mark_ = m;
    return nullptr;
  }
  int after_with = mark_;
  for (int form = 0; form < 2; form++) {
    mark_ = after_with;
    bool parenthesized = form == 0;
    if (parenthesized && !expect(Tok::LPAR)) continue;
    std::vector<WithItem*> items;
    WithItem* item = with_item();
    if (!item) {
      if (err_) return nullptr;
      continue;
    }
    items.push_back(item);
    for (;;) {
      int m2 = mark_;
      if (!expect(Tok::COMMA)) break;
      item = with_item();
      if (!item) {
        if (err_) return nullptr;
        mark_ = m2;
        break;
      }
      items.push_back(item);
    }
    if (parenthesized) {
      expect(Tok::COMMA);
      if (!expect(Tok::RPAR)) {
        if (err_) return nullptr;
        continue;
      }
    }
    if (!expect(Tok::COLON)) {
      if (err_) return nullptr;
      continue;
    }
    StmtList body;
    if (!block(&body)) {
      if (err_) return nullptr;
      continue;
    }
    auto* s = arena_.make<With>(is_async);
    s->loc = loc_from(m);
    s->items = std::move(items);
    s->body = std::move(body);
    return s;
  }
  mark_ = m;
  if (call_invalid_rules_) {
    invalid_with_stmt();
    mark_ = m;
  }
  return nullptr;
}

ast::WithItem* Parser::with_item() {
  // with_item:
  //     | expression 'as' star_target &(',' | ')' | ':')
  //     | invalid_with_item
  //     | expression
  int m = mark_;
  Expr* e = expression();
  if (!e) return nullptr;
  int after_expr = mark_;
  if (expect(Tok::KW_AS)) {
    if (Expr* t = star_target()) {
      Tok k = peek();
      if (k == Tok::COMMA || k == Tok::RPAR || k == Tok::COLON) {
        auto* w = arena_.make<WithItem>();
        w->context_expr = e;
        w->optional_vars = t;
        return w;
      }
    }
  }
  if (err_) return nullptr;
  if (call_invalid_rules_) {
    mark_ = m;
    invalid_with_item();
    if (err_) return nullptr;
  }
  mark_ = after_expr;
  auto* w = arena_.make<WithItem>();
  w->context_expr = e;
  return w;
}

ast::Stmt* Parser::try_stmt() {
  // try_stmt:
  //     | invalid_try_stmt
  //     | 'try' &&':' block finally_block
  //     | 'try' &&':' block except_block+ [else_block] [finally_block]
  //     | 'try' &&':' block except_star_block+ [else_block] [finally_block]
  int m = mark_;
  if (call_invalid_rules_) {
    invalid_try_stmt();
    if (err_) return nullptr;
    mark_ = m;
  }
  if (!expect(Tok::KW_TRY)) return nullptr;
  if (!expect_forced(Tok::COLON, ":")) return nullptr;
  StmtList body;
  if (!block(&body)) {
    mark_ = m;
    return nullptr;
  }
  int after_body = mark_;
  {
    StmtList finalbody;
    if (finally_block(&finalbody)) {
      auto* s = arena_.make<Try>(false);
      s->loc = loc_from(m);
      s->body = std::move(body);
      s->finalbody = std::move(finalbody);
      return s;
    }
  }
  if (err_) return nullptr;
  for (int star = 0; star < 2; star++) {
    mark_ = after_body;
    std::vector<ExceptHandler*> handlers;
    for (;;) {
      int m2 = mark_;
      ExceptHandler* h = star ? except_star_block() : except_block();
      if (!h) {
        if (err_) return nullptr;
        mark_ = m2;
        break;
      }
      handlers.push_back(h);
    }
    if (handlers.empty()) continue;
    int m3 = mark_;
    StmtList orelse, finalbody;
    if (!else_block(&orelse)) {
      if (err_) return nullptr;
      mark_ = m3;
    }
    int m4 = mark_;
    if (!finally_block(&finalbody)) {
      if (err_) return nullptr;
      mark_ = m4;
    }
    auto* s = arena_.make<Try>(star == 1);
    s->loc = loc_from(m);
    s->body = std::move(body);
    s->handlers = std::move(handlers);
    s->orelse = std::move(orelse);
    s->finalbody = std::move(finalbody);
    return s;
  }
  mark_ = m;
  return nullptr;
}

ast::ExceptHandler* Parser::except_block() {
  // except_block:
  //     | invalid_except_stmt_indent
  //     | 'except' expression ['as' NAME] ':' block
  //     | 'except' ':' block
  //     | invalid_except_stmt
  int m = mark_;
  if (call_invalid_rules_) {
    invalid_except_stmt_indent();
    if (err_) return nullptr;
    mark_ = m;
  }
  if (!expect(Tok::KW_EXCEPT)) return nullptr;
  int after_except = mark_;
  if (Expr* type = expression()) {
    bool has_name = false;
    std::string name;
    int m2 = mark_;
    if (expect(Tok::KW_AS)) {
      if (const Token* n = expect_name()) {
        has_name = true;
        name = identifier(*n);
      } else {
        mark_ = m2;
      }
    }
    if (!err_ && expect(Tok::COLON)) {
      StmtList body;
      if (block(&body)) {
        auto* h = arena_.make<ExceptHandler>();
        h->loc = loc_from(m);
        h->type = type;
        h->has_name = has_name;
        h->name = std::move(name);
        h->body = std::move(body);
        return h;
      }
    }
  }
  if (err_) return nullptr;
  mark_ = after_except;
  if (expect(Tok::COLON)) {
    StmtList body;
    if (block(&body)) {
      auto* h = arena_.make<ExceptHandler>();
      h->loc = loc_from(m);
      h->body = std::move(body);
      return h;
    }
  }
  if (err_) return nullptr;
  mark_ = m;
  if (call_invalid_rules_) {
    invalid_except_stmt();
    mark_ = m;
  }
  return nullptr;
}

ast::ExceptHandler* Parser::except_star_block() {
  // except_star_block:
  //     | invalid_except_star_stmt_indent
  //     | 'except' '*' expression ['as' NAME] ':' block
  //     | invalid_except_stmt
  int m = mark_;
  if (call_invalid_rules_) {
    invalid_except_star_stmt_indent();
    if (err_) return nullptr;
    mark_ = m;
  }
  if (expect(Tok::KW_EXCEPT) && expect(Tok::STAR)) {
    if (Expr* type = expression()) {
      bool has_name = false;
      std::string name;
      int m2 = mark_;
      if (expect(Tok::KW_AS)) {
        if (const Token* n = expect_name()) {
          has_name = true;
          name = identifier(*n);
        } else {
          mark_ = m2;
        }
      }
      if (!err_ && expect(Tok::COLON)) {
        StmtList body;
        if (block(&body)) {
          auto* h = arena_.make<ExceptHandler>();
          h->loc = loc_from(m);
          h->type = type;
          h->has_name = has_name;
          h->name = std::move(name);
          h->body = std::move(body);
          return h;
        }
      }
    }
  }
  if (err_) return nullptr;
  mark_ = m;
  if (call_invalid_rules_) {
    invalid_except_stmt();
    mark_ = m;
  }
  return nullptr;
}

bool Parser::finally_block(StmtList* out) {
  // finally_block: invalid_finally_stmt | 'finally' &&':' block
  int m = mark_;
  if (call_invalid_rules_) {
    invalid_finally_stmt();
    if (err_) return false;
    mark_ = m;
  }
  if (!expect(Tok::KW_FINALLY)) return false;
  if (!expect_forced(Tok::COLON, ":")) return false;
  if (!block(out)) {
    mark_ = m;
    return false;
  }
  return true;
}

// ---------------------------------------------------------------- match statement

ast::Stmt* Parser::match_stmt() {
  // match_stmt:
  //     | "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
  //     | invalid_match_stmt
  int m = mark_;
  if (expect_soft_keyword("match")) {
    if (Expr* subject = subject_expr()) {
      if (expect(Tok::COLON) && expect(Tok::NEWLINE) && expect(Tok::INDENT)) {
        std::vector<MatchCase*> cases;
        for (;;) {
          int m2 = mark_;
          MatchCase* c = case_block();
          if (!c) {
            if (err_) return nullptr;
            mark_ = m2;
            break;
          }
          cases.push_back(c);
        }
        if (!cases.empty() && expect(Tok::DEDENT)) {
          auto* s = make<Match>(m);
          s->subject = subject;
          s->cases = std::move(cases);
          return s;
        }
      }
    }
  }
  if (err_) return nullptr;
  mark_ = m;
  if (call_invalid_rules_) {
    invalid_match_stmt();
    mark_ = m;
  }
  return nullptr;
}

ast::Expr* Parser::subject_expr() {
  // subject_expr:
  //     | star_named_expression ',' star_named_expressions?
  //     | named_expression
  int m = mark_;
  if (Expr* first = star_named_expression()) {
    if (expect(Tok::COMMA)) {
      ExprList elts{first};
      int m2 = mark_;
      if (!star_named_expressions(&elts)) {
        if (err_) return nullptr;
        mark_ = m2;
        elts.resize(1);
      }
      auto* t = make<Tuple>(m);
      t->elts = std::move(elts);
      return t;
    }
  }
  if (err_) return nullptr;
  mark_ = m;
  return named_expression();
}

ast::MatchCase* Parser::case_block() {
  // case_block: invalid_case_block | "case" patterns guard? ':' block
  int m = mark_;
  if (call_invalid_rules_) {
    invalid_case_block();
    if (err_) return nullptr;
    mark_ = m;
  }
  if (!expect_soft_keyword("case")) return nullptr;
  Pattern* pat = patterns();
  if (!pat) {
    mark_ = m;
    return nullptr;
  }
  int m2 = mark_;
  Expr* g = guard();
  if (!g) {
    if (err_) return nullptr;
    mark_ = m2;
  }
  if (!expect(Tok::COLON)) {
    mark_ = m;
    return nullptr;
  }
  StmtList body;
  if (!block(&body)) {
    mark_ = m;
    return nullptr;
  }
  auto* c = arena_.make<MatchCase>();
  c->pattern = pat;
  c->guard = g;
  c->body = std::move(body);
  return c;
}

ast::Expr* Parser::guard() {
  // guard: 'if' named_expression
  int m = mark_;
  if (!expect(Tok::KW_IF)) return nullptr;
  Expr* e = named_expression();
  if (!e) mark_ = m;
  return e;
}

}  // namespace coil::compiler

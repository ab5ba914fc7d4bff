// parser_expr.cpp - expression rules of the 3.11 grammar (operators, atoms, displays, comprehensions, calls).
#include "compiler/number_literal.h"
#include "compiler/parser_impl.h"

namespace coil::compiler {

using namespace ast;

// ---------------------------------------------------------------- expression lists

ast::Expr* Parser::expressions() {
  // expressions:
  //     | expression (',' expression)+ [',']
  //     | expression ','
  //     | expression
  int m = mark_;
  Expr* a = expression();
  if (!a) return nullptr;
  if (peek() != Tok::COMMA) return a;
  ExprList elts{a};
  for (;;) {
    int m2 = mark_;
    if (!expect(Tok::COMMA)) break;
    Expr* e = expression();
    if (!e) {
      if (err_) return nullptr;
      mark_ = m2;
      break;
    }
    elts.push_back(e);
  }
  expect(Tok::COMMA);
  if (err_) return nullptr;
  auto* t = make<Tuple>(m);
  t->elts = std::move(elts);
  return t;
}

ast::Expr* Parser::expression() {
  if (err_) return nullptr;
  int m = mark_;
  void* cached;
  if (memo_get(MemoRule::expression, m, &cached)) return static_cast<Expr*>(cached);
  Expr* e = expression_uncached();
  if (!e) mark_ = m;
  memo_put(MemoRule::expression, m, e, mark_);
  return e;
}

ast::Expr* Parser::expression_uncached() {
  // expression:
  //     | invalid_expression
  //     | invalid_legacy_expression
  //     | disjunction 'if' disjunction 'else' expression
  //     | disjunction
  //     | lambdef
  Guard g(this);
  if (err_) return nullptr;
  int m = mark_;
  if (call_invalid_rules_) {
    invalid_expression();
    if (err_) return nullptr;
    mark_ = m;
    invalid_legacy_expression();
    if (err_) return nullptr;
    mark_ = m;
  }
  return expression_without_invalid();
}

ast::Expr* Parser::expression_without_invalid() {
  int m = mark_;
  if (peek() == Tok::KW_LAMBDA) return lambdef();
  Expr* a = disjunction();
  if (!a) {
    if (err_) return nullptr;
    mark_ = m;
    return lambdef();
  }
  int after = mark_;
  if (expect(Tok::KW_IF)) {
    if (Expr* test = disjunction()) {
      if (expect(Tok::KW_ELSE)) {
        if (Expr* orelse = expression()) {
          auto* e = make<IfExp>(m);
          e->test = test;
          e->body = a;
          e->orelse = orelse;
          return e;
        }
      }
    }
    if (err_) return nullptr;
  }
  mark_ = after;
  return a;
}

ast::Expr* Parser::yield_expr() {
  // yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
  int m = mark_;
  if (!expect(Tok::KW_YIELD)) return nullptr;
  if (expect(Tok::KW_FROM)) {
    if (Expr* v = expression()) {
      auto* y = make<YieldFrom>(m);
      y->value = v;
      return y;
    }
    if (err_) return nullptr;
  }
  mark_ = m + 1;
  Expr* v = star_expressions();
  if (!v) {
    if (err_) return nullptr;
    mark_ = m + 1;
  }
  auto* y = make<Yield>(m);
  y->value = v;
  return y;
}

ast::Expr* Parser::star_expressions() {
  // star_expressions:
  //     | star_expression (',' star_expression)+ [',']
  //     | star_expression ','
  //     | star_expression
  int m = mark_;
  Expr* a = star_expression();
  if (!a) return nullptr;
  if (peek() != Tok::COMMA) return a;
  ExprList elts{a};
  for (;;) {
    int m2 = mark_;
    if (!expect(Tok::COMMA)) break;
    Expr* e = star_expression();
    if (!e) {
      if (err_) return nullptr;
      mark_ = m2;
      break;
    }
    elts.push_back(e);
  }
  expect(Tok::COMMA);
  if (err_) return nullptr;
  auto* t = make<Tuple>(m);
  t->elts = std::move(elts);
  return t;
}

ast::Expr* Parser::star_expression() {
  // star_expression (memo): '*' bitwise_or | expression
  if (err_) return nullptr;
  int m = mark_;
  void* cached;
  if (memo_get(MemoRule::star_expression, m, &cached)) return static_cast<Expr*>(cached);
  Expr* result = nullptr;
  if (expect(Tok::STAR)) {
    if (Expr* v = bitwise_or()) {
      auto* s = make<Starred>(m);
      s->value = v;
      result = s;
    }
  }
  if (!result && !err_) {
    mark_ = m;
    result = expression();
  }
  if (!result) mark_ = m;
  memo_put(MemoRule::star_expression, m, result, mark_);
  return result;
}

bool Parser::star_named_expressions(ExprList* out) {
  // ','.star_named_expression+ [',']
  Expr* e = star_named_expression();
  if (!e) return false;
  out->push_back(e);
  for (;;) {
    int m = mark_;
    if (!expect(Tok::COMMA)) break;
    e = star_named_expression();
    if (!e) {
      if (err_) return false;
      mark_ = m;
      break;
    }
    out->push_back(e);
  }
  expect(Tok::COMMA);
  return !err_;
}

ast::Expr* Parser::star_named_expression() {
  // star_named_expression: '*' bitwise_or | named_expression
  int m = mark_;
  if (expect(Tok::STAR)) {
    if (Expr* v = bitwise_or()) {
      auto* s = make<Starred>(m);
      s->value = v;
      return s;
    }
    if (err_) return nullptr;
  }
  mark_ = m;
  return named_expression();
}

ast::Expr* Parser::assignment_expression() {
  // assignment_expression: NAME ':=' ~ expression
  int m = mark_;
  const Token* name = peek_token();
  if (!name || name->kind != Tok::NAME) return nullptr;
  if (peek_at(1) != Tok::COLONEQUAL) return nullptr;
  mark_ += 2;
  Expr* value = expression();
  if (!value) {
    mark_ = m;
    return nullptr;
  }
  auto* n = make<NamedExpr>(m);
  n->target = name_from_token(*name, ExprContext::Store);
  n->value = value;
  return n;
}

ast::Expr* Parser::named_expression() {
  // named_expression:
  //     | assignment_expression
  //     | invalid_named_expression
  //     | expression !':='
  if (err_) return nullptr;
  int m = mark_;
  void* cached;
  if (memo_get(MemoRule::named_expression, m, &cached)) return static_cast<Expr*>(cached);
  Expr* result = assignment_expression();
  if (!result && !err_) {
    mark_ = m;
    if (call_invalid_rules_) {
      invalid_named_expression();
      mark_ = m;
    }
    if (!err_) {
      result = expression();
      if (result && peek() == Tok::COLONEQUAL) result = nullptr;
    }
  }
  if (!result) mark_ = m;
  memo_put(MemoRule::named_expression, m, result, mark_);
  return result;
}

// ---------------------------------------------------------------- boolean operators

ast::Expr* Parser::disjunction() {
  // disjunction (memo): conjunction ('or' conjunction)+ | conjunction
  if (err_) return nullptr;
  int m = mark_;
  void* cached;
  if (memo_get(MemoRule::disjunction, m, &cached)) return static_cast<Expr*>(cached);
  Expr* a = conjunction();
  Expr* result = a;
  if (a && peek() == Tok::KW_OR) {
    ExprList values{a};
    for (;;) {
      int m2 = mark_;
      if (!expect(Tok::KW_OR)) break;
      Expr* b = conjunction();
      if (!b) {
        mark_ = m2;
        break;
      }
      values.push_back(b);
    }
    if (values.size() > 1) {
      auto* e = make<BoolOp>(m);
      e->op = BoolOpKind::Or;
      e->values = std::move(values);
      result = e;
    }
  }
  if (err_) result = nullptr;
  if (!result) mark_ = m;
  memo_put(MemoRule::disjunction, m, result, mark_);
  return result;
}

ast::Expr* Parser::conjunction() {
  // conjunction (memo): inversion ('and' inversion)+ | inversion
  if (err_) return nullptr;
  int m = mark_;
  void* cached;
  if (memo_get(MemoRule::conjunction, m, &cached)) return static_cast<Expr*>(cached);
  Expr* a = inversion();
  Expr* result = a;
  if (a && peek() == Tok::KW_AND) {
    ExprList values{a};
    for (;;) {
      int m2 = mark_;
      if (!expect(Tok::KW_AND)) break;
      Expr* b = inversion();
      if (!b) {
        mark_ = m2;
        break;
      }
      values.push_back(b);
    }
    if (values.size() > 1) {
      auto* e = make<BoolOp>(m);
      e->op = BoolOpKind::And;
      e->values = std::move(values);
      result = e;
    }
  }
  if (err_) result = nullptr;
  if (!result) mark_ = m;
  memo_put(MemoRule::conjunction, m, result, mark_);
  return result;
}

ast::Expr* Parser::inversion() {
  // inversion (memo): 'not' inversion | comparison
  Guard g(this);
  if (err_) return nullptr;
  int m = mark_;
  void* cached;
  if (memo_get(MemoRule::inversion, m, &cached)) return static_cast<Expr*>(cached);
  Expr* result = nullptr;
  if (expect(Tok::KW_NOT)) {
    if (Expr* operand = inversion()) {
      auto* u = make<UnaryOp>(m);
      u->op = UnaryOpKind::Not;
      u->operand = operand;
      result = u;
    }
  }
  if (!result && !err_) {
    mark_ = m;
    result = comparison();
  }
  if (err_) result = nullptr;
  if (!result) mark_ = m;
  memo_put(MemoRule::inversion, m, result, mark_);
  return result;
}

ast::Expr* Parser::comparison() {
  // comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
  int m = mark_;
  Expr* a = bitwise_or();
  if (!a) return nullptr;
  std::vector<CmpOp> ops;
  ExprList comparators;
  for (;;) {
    int m2 = mark_;
    const Token* t = peek_token();
    if (!t) return nullptr;
    CmpOp op;
    int ntok = 1;
    switch (t->kind) {
      case Tok::EQEQUAL: op = CmpOp::Eq; break;
      case Tok::NOTEQUAL:
        // '<>' is only accepted with "from __future__ import barry_as_FLUFL".
        if (token_text(*t) != "!=") goto done;
        op = CmpOp::NotEq;
        break;
      case Tok::LESSEQUAL: op = CmpOp::LtE; break;
      case Tok::LESS: op = CmpOp::Lt; break;
      case Tok::GREATEREQUAL: op = CmpOp::GtE; break;
      case Tok::GREATER: op = CmpOp::Gt; break;
      case Tok::KW_NOT:
        if (peek_at(1) != Tok::KW_IN) goto done;
        op = CmpOp::NotIn;
        ntok = 2;
        break;
      case Tok::KW_IN: op = CmpOp::In; break;
      case Tok::KW_IS:
        if (peek_at(1) == Tok::KW_NOT) {
          // 'is' 'not' bitwise_or, else 'is' bitwise_or
          mark_ += 2;
          if (Expr* b = bitwise_or()) {
            ops.push_back(CmpOp::IsNot);
            comparators.push_back(b);
            continue;
          }
          if (err_) return nullptr;
          mark_ = m2;
        }
        op = CmpOp::Is;
        break;
      default:
        goto done;
    }
    mark_ += ntok;
    if (Expr* b = bitwise_or()) {
      ops.push_back(op);
      comparators.push_back(b);
      continue;
    }
    if (err_) return nullptr;
    mark_ = m2;
    break;
  }
done:
  if (err_) return nullptr;
  if (ops.empty()) return a;
  auto* c = make<Compare>(m);
  c->left = a;
  c->ops = std::move(ops);
  c->comparators = std::move(comparators);
  return c;
}

// ---------------------------------------------------------------- binary operators

namespace {
// Precedence levels of the left-associative binary operators:
// 0 '|', 1 '^', 2 '&', 3 '<<' '>>', 4 '+' '-', 5 '*' '/' '//' '%' '@'.
int binary_precedence(Tok k, Operator* op) {
  switch (k) {
    case Tok::VBAR: *op = Operator::BitOr; return 0;
    case Tok::CIRCUMFLEX: *op = Operator::BitXor; return 1;
    case Tok::AMPER: *op = Operator::BitAnd; return 2;
    case Tok::LEFTSHIFT: *op = Operator::LShift; return 3;
    case Tok::RIGHTSHIFT: *op = Operator::RShift; return 3;
    case Tok::PLUS: *op = Operator::Add; return 4;
    case Tok::MINUS: *op = Operator::Sub; return 4;
    case Tok::STAR: *op = Operator::Mult; return 5;
    case Tok::SLASH: *op = Operator::Div; return 5;
    case Tok::DOUBLESLASH: *op = Operator::FloorDiv; return 5;
    case Tok::PERCENT: *op = Operator::Mod; return 5;
    case Tok::AT: *op = Operator::MatMult; return 5;
    default: return -1;
  }
}
}  // namespace

ast::Expr* Parser::bitwise_or() {
  if (err_) return nullptr;
  int m = mark_;
  void* cached;
  if (memo_get(MemoRule::bitwise_or, m, &cached)) return static_cast<Expr*>(cached);
  Expr* e = binary_level(0);
  if (!e) mark_ = m;
  memo_put(MemoRule::bitwise_or, m, e, mark_);
  return e;
}

ast::Expr* Parser::binary_level(int min_prec) {
  // bitwise_or / bitwise_xor / bitwise_and / shift_expr / sum / term: left-recursive rules
  // `a=rule OP b=next_rule | next_rule`, parsed by precedence climbing.
  Guard g(this);
  if (err_) return nullptr;
  int m = mark_;
  Expr* left = factor();
  if (!left) return nullptr;
  for (;;) {
    const Token* t = peek_token();
    if (!t) return nullptr;
    Operator op = Operator::Add;
    int prec = binary_precedence(t->kind, &op);
    if (prec < min_prec) break;
    int m2 = mark_;
    mark_++;
    Expr* right = prec == 5 ? factor() : binary_level(prec + 1);
    if (!right) {
      if (err_) return nullptr;
      mark_ = m2;
      break;
    }
    auto* b = make<BinOp>(m);
    b->left = left;
    b->op = op;
    b->right = right;
    left = b;
  }
  return left;
}

ast::Expr* Parser::factor() {
  // factor (memo): '+' factor | '-' factor | '~' factor | power
  Guard g(this);
  if (err_) return nullptr;
  int m = mark_;
  void* cached;
  if (memo_get(MemoRule::factor, m, &cached)) return static_cast<Expr*>(cached);
  Expr* result = nullptr;
  Tok k = peek();
  if (k == Tok::PLUS || k == Tok::MINUS || k == Tok::TILDE) {
    mark_++;
    if (Expr* operand = factor()) {
      auto* u = make<UnaryOp>(m);
      u->op = k == Tok::PLUS ? UnaryOpKind::UAdd : k == Tok::MINUS ? UnaryOpKind::USub : UnaryOpKind::Invert;
      u->operand = operand;
      result = u;
    }
  } else {
    result = power();
  }
  if (err_) result = nullptr;
  if (!result) mark_ = m;
  memo_put(MemoRule::factor, m, result, mark_);
  return result;
}

ast::Expr* Parser::power() {
  // power: await_primary '**' factor | await_primary
  int m = mark_;
  Expr* a = await_primary();
  if (!a) return nullptr;
  int after = mark_;
  if (expect(Tok::DOUBLESTAR)) {
    if (Expr* b = factor()) {
      auto* e = make<BinOp>(m);
      e->left = a;
      e->op = Operator::Pow;
      e->right = b;
      return e;
    }
    if (err_) return nullptr;
  }
  mark_ = after;
  return a;
}

ast::Expr* Parser::await_primary() {
  // await_primary (memo): AWAIT primary | primary
  if (err_) return nullptr;
  int m = mark_;
  void* cached;
  if (memo_get(MemoRule::await_primary, m, &cached)) return static_cast<Expr*>(cached);
  Expr* result = nullptr;
  if (expect(Tok::KW_AWAIT)) {
    if (Expr* v = primary()) {
      auto* a = make<Await>(m);
      a->value = v;
      result = a;
    }
  } else {
    result = primary();
  }
  if (err_) result = nullptr;
  if (!result) mark_ = m;
  memo_put(MemoRule::await_primary, m, result, mark_);
  return result;
}

ast::Expr* Parser::primary() {
  // primary:
  //     | primary '.' NAME
  //     | primary genexp
  //     | primary '(' [arguments] ')'
  //     | primary '[' slices ']'
  //     | atom
  int m = mark_;
  Expr* a = atom();
  if (!a) return nullptr;
  for (;;) {
    int m2 = mark_;
    const Token* t = peek_token();
    if (!t) return nullptr;
    if (t->kind == Tok::DOT) {
      mark_++;
      if (const Token* name = expect_name()) {
        auto* e = make<Attribute>(m);
        e->value = a;
        e->attr = identifier(*name);
        a = e;
        continue;
      }
      if (err_) return nullptr;
      mark_ = m2;
      break;
    }
    if (t->kind == Tok::LPAR) {
      if (Expr* g = genexp()) {
        auto* c = make<Call>(m);
        c->func = a;
        c->args.push_back(g);
        a = c;
        continue;
      }
      if (err_) return nullptr;
      mark_ = m2 + 1;
      CallArgs cargs;
      if (!arguments(&cargs)) {
        if (err_) return nullptr;
        mark_ = m2 + 1;
      }
      if (expect(Tok::RPAR)) {
        a = make_call(m, a, cargs);
        continue;
      }
      if (err_) return nullptr;
      mark_ = m2;
      break;
    }
    if (t->kind == Tok::LSQB) {
      mark_++;
      if (Expr* s = slices()) {
        if (expect(Tok::RSQB)) {
          auto* e = make<Subscript>(m);
          e->value = a;
          e->slice = s;
          a = e;
          continue;
        }
      }
      if (err_) return nullptr;
      mark_ = m2;
      break;
    }
    break;
  }
  return a;
}

ast::Expr* Parser::make_call(int start_mark, Expr* func, CallArgs& a) {
  auto* c = make<Call>(start_mark);
  c->func = func;
  c->args = std::move(a.args);
  c->keywords = std::move(a.keywords);
  return c;
}

ast::Expr* Parser::slices() {
  // slices: slice !',' | ','.(slice | starred_expression)+ [',']
  int m = mark_;
  Expr* first = slice();
  if (first && peek() != Tok::COMMA) return first;
  if (err_) return nullptr;
  mark_ = m;
  ExprList elts;
  for (;;) {
    int m2 = mark_;
    if (!elts.empty() && !expect(Tok::COMMA)) break;
    Expr* e = slice();
    if (!e && !err_) {
      mark_ = elts.empty() ? m : m2 + 1;
      e = starred_expression();
    }
    if (!e) {
      if (err_) return nullptr;
      mark_ = m2;
      break;
    }
    elts.push_back(e);
  }
  if (elts.empty()) return nullptr;
  expect(Tok::COMMA);
  if (err_) return nullptr;
  auto* t = make<Tuple>(m);
  t->elts = std::move(elts);
  return t;
}

ast::Expr* Parser::slice() {
  // slice: [expression] ':' [expression] [':' [expression]] | named_expression
  int m = mark_;
  {
    Expr* lower = expression();
    if (!lower && err_) return nullptr;
    if (!lower) mark_ = m;
    if (expect(Tok::COLON)) {
      int m2 = mark_;
      Expr* upper = expression();
      if (!upper) {
        if (err_) return nullptr;
        mark_ = m2;
      }
      Expr* step = nullptr;
      int m3 = mark_;
      if (expect(Tok::COLON)) {
        int m4 = mark_;
        step = expression();
        if (!step) {
          if (err_) return nullptr;
          mark_ = m4;
        }
      } else {
        mark_ = m3;
      }
      auto* s = make<Slice>(m);
      s->lower = lower;
      s->upper = upper;
      s->step = step;
      return s;
    }
  }
  if (err_) return nullptr;
  mark_ = m;
  return named_expression();
}

// ---------------------------------------------------------------- atoms

ast::Expr* Parser::atom() {
  int m = mark_;
  const Token* t = peek_token();
  if (!t) return nullptr;
  switch (t->kind) {
    case Tok::NAME:
      mark_++;
      return name_from_token(*t);
    case Tok::KW_TRUE:
    case Tok::KW_FALSE:
    case Tok::KW_NONE: {
      mark_++;
      auto* c = make<Constant>(m);
      c->value.kind = t->kind == Tok::KW_TRUE    ? ConstantValue::Kind::True
                      : t->kind == Tok::KW_FALSE ? ConstantValue::Kind::False
                                                 : ConstantValue::Kind::None;
      return c;
    }
    case Tok::STRING:
      return strings();
    case Tok::NUMBER: {
      mark_++;
      auto* c = make<Constant>(m);
      int digits = parse_number(token_text(*t), &c->value);
      if (digits > kMaxIntStrDigits) {
        raise_at("SyntaxError", t->lineno, 0, t->end_lineno, 0,
                 "Exceeds the limit (4300 digits) for integer string conversion: value has " +
                     std::to_string(digits) +
                     " digits; use sys.set_int_max_str_digits() to increase the limit - "
                     "Consider hexadecimal for huge integer literals to avoid decimal "
                     "conversion limits.");
        return nullptr;
      }
      return c;
    }
    case Tok::LPAR:
      return paren_atom();
    case Tok::LSQB:
      return list_atom();
    case Tok::LBRACE:
      return brace_atom();
    case Tok::ELLIPSIS: {
      mark_++;
      auto* c = make<Constant>(m);
      c->value.kind = ConstantValue::Kind::Ellipsis;
      return c;
    }
    default:
      return nullptr;
  }
}

ast::Expr* Parser::paren_atom() {
  // &'(' (tuple | group | genexp)
  Guard g(this);
  if (err_) return nullptr;
  int m = mark_;
  if (Expr* e = tuple()) return e;
  if (err_) return nullptr;
  mark_ = m;
  if (Expr* e = group()) return e;
  if (err_) return nullptr;
  mark_ = m;
  return genexp();
}

ast::Expr* Parser::list_atom() {
  // &'[' (list | listcomp)
  Guard g(this);
  if (err_) return nullptr;
  int m = mark_;
  if (Expr* e = list()) return e;
  if (err_) return nullptr;
  mark_ = m;
  return listcomp();
}

ast::Expr* Parser::brace_atom() {
  // &'{' (dict | set | dictcomp | setcomp)
  Guard g(this);
  if (err_) return nullptr;
  int m = mark_;
  if (Expr* e = dict()) return e;
  if (err_) return nullptr;
  mark_ = m;
  if (Expr* e = set()) return e;
  if (err_) return nullptr;
  mark_ = m;
  if (Expr* e = dictcomp()) return e;
  if (err_) return nullptr;
  mark_ = m;
  return setcomp();
}

ast::Expr* Parser::group() {
  // group: '(' (yield_expr | named_expression) ')' | invalid_group
  int m = mark_;
  if (expect(Tok::LPAR)) {
    Expr* e = nullptr;
    if (peek() == Tok::KW_YIELD) e = yield_expr();
    if (!e && !err_) e = named_expression();
    if (e && expect(Tok::RPAR)) return e;
  }
  if (err_) return nullptr;
  mark_ = m;
  if (call_invalid_rules_) {
    invalid_group();
    mark_ = m;
  }
  return nullptr;
}

ast::Expr* Parser::tuple() {
  // tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
  int m = mark_;
  if (!expect(Tok::LPAR)) return nullptr;
  ExprList elts;
  int m2 = mark_;
  if (Expr* first = star_named_expression()) {
    if (expect(Tok::COMMA)) {
      elts.push_back(first);
      int m3 = mark_;
      if (!star_named_expressions(&elts)) {
        if (err_) return nullptr;
        mark_ = m3;
        elts.resize(1);
      }
    } else {
      mark_ = m2;
    }
  } else {
    mark_ = m2;
  }
  if (err_) return nullptr;
  if (!expect(Tok::RPAR)) {
    mark_ = m;
    return nullptr;
  }
  auto* t = make<Tuple>(m);
  t->elts = std::move(elts);
  return t;
}

ast::Expr* Parser::genexp() {
  // genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')' | invalid_comprehension
  int m = mark_;
  if (expect(Tok::LPAR)) {
    int m2 = mark_;
    Expr* elt = assignment_expression();
    if (!elt && !err_) {
      mark_ = m2;
      elt = expression();
      if (elt && peek() == Tok::COLONEQUAL) elt = nullptr;
    }
    if (elt) {
      std::vector<Comprehension*> gens;
      if (for_if_clauses(&gens) && expect(Tok::RPAR)) {
        auto* g = make<GeneratorExp>(m);
        g->elt = elt;
        g->generators = std::move(gens);
        return g;
      }
    }
  }
  if (err_) return nullptr;
  mark_ = m;
  if (call_invalid_rules_) {
    invalid_comprehension();
    mark_ = m;
  }
  return nullptr;
}

ast::Expr* Parser::list() {
  // list: '[' [star_named_expressions] ']'
  int m = mark_;
  if (!expect(Tok::LSQB)) return nullptr;
  ExprList elts;
  int m2 = mark_;
  if (!star_named_expressions(&elts)) {
    if (err_) return nullptr;
    mark_ = m2;
    elts.clear();
  }
  if (!expect(Tok::RSQB)) {
    mark_ = m;
    return nullptr;
  }
  auto* l = make<List>(m);
  l->elts = std::move(elts);
  return l;
}

ast::Expr* Parser::listcomp() {
  // listcomp: '[' named_expression for_if_clauses ']' | invalid_comprehension
  int m = mark_;
  if (expect(Tok::LSQB)) {
    if (Expr* elt = named_expression()) {
      std::vector<Comprehension*> gens;
      if (for_if_clauses(&gens) && expect(Tok::RSQB)) {
        auto* l = make<ListComp>(m);
        l->elt = elt;
        l->generators = std::move(gens);
        return l;
      }
    }
  }
  if (err_) return nullptr;
  mark_ = m;
  if (call_invalid_rules_) {
    invalid_comprehension();
    mark_ = m;
  }
  return nullptr;
}

ast::Expr* Parser::set() {
  // set: '{' star_named_expressions '}'
  int m = mark_;
  if (!expect(Tok::LBRACE)) return nullptr;
  ExprList elts;
  if (!star_named_expressions(&elts) || !expect(Tok::RBRACE)) {
    mark_ = m;
    return nullptr;
  }
  auto* s = make<Set>(m);
  s->elts = std::move(elts);
  return s;
}

ast::Expr* Parser::setcomp() {
  // setcomp: '{' named_expression for_if_clauses '}' | invalid_comprehension
  int m = mark_;
  if (expect(Tok::LBRACE)) {
    if (Expr* elt = named_expression()) {
      std::vector<Comprehension*> gens;
      if (for_if_clauses(&gens) && expect(Tok::RBRACE)) {
        auto* s = make<SetComp>(m);
        s->elt = elt;
        s->generators = std::move(gens);
        return s;
      }
    }
  }
  if (err_) return nullptr;
  mark_ = m;
  if (call_invalid_rules_) {
    invalid_comprehension();
    mark_ = m;
  }
  return nullptr;
}

ast::Expr* Parser::dict() {
  // dict: '{' [double_starred_kvpairs] '}' | '{' invalid_double_starred_kvpairs '}'
  int m = mark_;
  if (expect(Tok::LBRACE)) {
    std::vector<KeyValue> items;
    int m2 = mark_;
    if (!double_starred_kvpairs(&items)) {
      if (err_) return nullptr;
      mark_ = m2;
      items.clear();
    }
    if (expect(Tok::RBRACE)) {
      auto* d = make<Dict>(m);
      for (const KeyValue& kv : items) {
        d->keys.push_back(kv.key);
        d->values.push_back(kv.value);
      }
      return d;
    }
  }
  if (err_) return nullptr;
  mark_ = m;
  if (call_invalid_rules_ && expect(Tok::LBRACE)) {
    invalid_double_starred_kvpairs();
    mark_ = m;
  }
  return nullptr;
}

ast::Expr* Parser::dictcomp() {
  // dictcomp: '{' kvpair for_if_clauses '}' | invalid_dict_comprehension
  int m = mark_;
  if (expect(Tok::LBRACE)) {
    KeyValue kv;
    if (kvpair(&kv)) {
      std::vector<Comprehension*> gens;
      if (for_if_clauses(&gens) && expect(Tok::RBRACE)) {
        auto* d = make<DictComp>(m);
        d->key = kv.key;
        d->value = kv.value;
        d->generators = std::move(gens);
        return d;
      }
    }
  }
  if (err_) return nullptr;
  mark_ = m;
  if (call_invalid_rules_) {
    invalid_dict_comprehension();
    mark_ = m;
  }
  return nullptr;
}

bool Parser::double_starred_kvpairs(std::vector<KeyValue>* out) {
  // ','.double_starred_kvpair+ [',']
  KeyValue kv;
  if (!double_starred_kvpair(&kv)) return false;
  out->push_back(kv);
  for (;;) {
    int m = mark_;
    if (!expect(Tok::COMMA)) break;
    if (!double_starred_kvpair(&kv)) {
      if (err_) return false;
      mark_ = m;
      break;
    }
    out->push_back(kv);
  }
  expect(Tok::COMMA);
  return !err_;
}

bool Parser::double_starred_kvpair(KeyValue* out) {
  // double_starred_kvpair: '**' bitwise_or | kvpair
  int m = mark_;
  if (expect(Tok::DOUBLESTAR)) {
    if (Expr* v = bitwise_or()) {
      *out = KeyValue{nullptr, v};
      return true;
    }
    if (err_) return false;
  }
  mark_ = m;
  return kvpair(out);
}

bool Parser::kvpair(KeyValue* out) {
  // kvpair: expression ':' expression
  int m = mark_;
  Expr* k = expression();
  if (!k || !expect(Tok::COLON)) {
    mark_ = m;
    return false;
  }
  Expr* v = expression();
  if (!v) {
    mark_ = m;
    return false;
  }
  *out = KeyValue{k, v};
  return true;
}

// ---------------------------------------------------------------- comprehensions

bool Parser::for_if_clauses(std::vector<Comprehension*>* out) {
  // for_if_clause+
  for (;;) {
    int m = mark_;
    Comprehension* c = for_if_clause();
    if (!c) {
      if (err_) return false;
      mark_ = m;
      break;
    }
    out->push_back(c);
  }
  return !out->empty();
}

ast::Comprehension* Parser::for_if_clause() {
  // for_if_clause:
  //     | [ASYNC] 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
  //     | invalid_for_target
  int m = mark_;
  bool is_async = false;
  if (expect(Tok::KW_ASYNC)) is_async = true;
  if (expect(Tok::KW_FOR)) {
    if (Expr* target = star_targets()) {
      if (expect(Tok::KW_IN)) {
        Expr* iter = disjunction();
        if (!iter) return nullptr;  // cut
        auto* c = arena_.make<Comprehension>();
        c->target = target;
        c->iter = iter;
        c->is_async = is_async ? 1 : 0;
        for (;;) {
          int m2 = mark_;
          if (!expect(Tok::KW_IF)) break;
          Expr* cond = disjunction();
          if (!cond) {
            if (err_) return nullptr;
            mark_ = m2;
            break;
          }
          c->ifs.push_back(cond);
        }
        if (err_) return nullptr;
        return c;
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

// ---------------------------------------------------------------- lambda

ast::Expr* Parser::lambdef() {
  // lambdef: 'lambda' [lambda_params] ':' expression
  int m = mark_;
  if (!expect(Tok::KW_LAMBDA)) return nullptr;
  int m2 = mark_;
  Arguments* args = params(true);
  if (!args) {
    if (err_) return nullptr;
    mark_ = m2;
  }
  if (!expect(Tok::COLON)) {
    mark_ = m;
    return nullptr;
  }
  Expr* body = expression();
  if (!body) {
    mark_ = m;
    return nullptr;
  }
  auto* l = make<Lambda>(m);
  l->args = args ? args : empty_arguments();
  l->body = body;
  return l;
}

// ---------------------------------------------------------------- call arguments

bool Parser::arguments(CallArgs* out) {
  // arguments (memo): args [','] &')' | invalid_arguments
  if (err_) return false;
  int m = mark_;
  void* cached;
  if (memo_get(MemoRule::arguments, m, &cached)) {
    if (!cached) return false;
    *out = *static_cast<CallArgs*>(cached);
    return true;
  }
  struct Holder : Node {
    CallArgs args;
  };
  Holder* h = nullptr;
  CallArgs tmp;
  bool ok = arguments_uncached(&tmp);
  if (ok) {
    h = arena_.make<Holder>();
    h->args = tmp;
    *out = std::move(tmp);
  } else {
    mark_ = m;
  }
  memo_put(MemoRule::arguments, m, h ? &h->args : nullptr, mark_);
  return ok;
}

bool Parser::arguments_uncached(CallArgs* out) {
  int m = mark_;
  if (args(out)) {
    expect(Tok::COMMA);
    if (peek() == Tok::RPAR) return true;
  }
  if (err_) return false;
  mark_ = m;
  if (call_invalid_rules_) {
    invalid_arguments();
    mark_ = m;
  }
  return false;
}

ast::Expr* Parser::call_arg_positional() {
  // (assignment_expression | expression !':=') !'='
  int m = mark_;
  Expr* e = assignment_expression();
  if (!e && !err_) {
    mark_ = m;
    e = expression();
    if (e && peek() == Tok::COLONEQUAL) e = nullptr;
  }
  if (e && peek() == Tok::EQUAL) e = nullptr;
  if (!e) mark_ = m;
  return e;
}

bool Parser::args(CallArgs* out) {
  // args:
  //     | ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ [',' kwargs]
  //     | kwargs
  int m = mark_;
  ExprList positional;
  for (;;) {
    int m2 = mark_;
    if (!positional.empty() && !expect(Tok::COMMA)) break;
    int m3 = mark_;
    Expr* e = starred_expression();
    if (!e && !err_) {
      mark_ = m3;
      e = call_arg_positional();
    }
    if (!e) {
      if (err_) return false;
      mark_ = m2;
      break;
    }
    positional.push_back(e);
  }
  if (!positional.empty()) {
    std::vector<ArgItem> kw;
    int m2 = mark_;
    if (expect(Tok::COMMA) && kwargs(&kw)) {
      // kwargs: starred expressions join the positional arguments
      for (ArgItem& it : kw) {
        if (it.expr) positional.push_back(it.expr);
      }
      for (ArgItem& it : kw) {
        if (it.keyword) out->keywords.push_back(it.keyword);
      }
    } else {
      if (err_) return false;
      mark_ = m2;
    }
    out->args = std::move(positional);
    out->loc = loc_from(m);
    return true;
  }
  mark_ = m;
  std::vector<ArgItem> kw;
  if (!kwargs(&kw)) return false;
  for (ArgItem& it : kw) {
    if (it.expr) out->args.push_back(it.expr);
  }
  for (ArgItem& it : kw) {
    if (it.keyword) out->keywords.push_back(it.keyword);
  }
  out->loc = loc_from(m);
  return true;
}

bool Parser::kwargs(std::vector<ArgItem>* out) {
  // kwargs:
  //     | ','.kwarg_or_starred+ ',' ','.kwarg_or_double_starred+
  //     | ','.kwarg_or_starred+
  //     | ','.kwarg_or_double_starred+
  int m = mark_;
  std::vector<ArgItem> first;
  ArgItem it;
  if (kwarg_or_starred(&it)) {
    first.push_back(it);
    for (;;) {
      int m2 = mark_;
      if (!expect(Tok::COMMA)) break;
      if (!kwarg_or_starred(&it)) {
        if (err_) return false;
        mark_ = m2;
        break;
      }
      first.push_back(it);
    }
    int after_first = mark_;
    if (expect(Tok::COMMA) && kwarg_or_double_starred(&it)) {
      first.push_back(it);
      for (;;) {
        int m2 = mark_;
        if (!expect(Tok::COMMA)) break;
        if (!kwarg_or_double_starred(&it)) {
          if (err_) return false;
          mark_ = m2;
          break;
        }
        first.push_back(it);
      }
      *out = std::move(first);
      return true;
    }
    if (err_) return false;
    mark_ = after_first;
    *out = std::move(first);
    return true;
  }
  if (err_) return false;
  mark_ = m;
  if (!kwarg_or_double_starred(&it)) return false;
  out->push_back(it);
  for (;;) {
    int m2 = mark_;
    if (!expect(Tok::COMMA)) break;
    if (!kwarg_or_double_starred(&it)) {
      if (err_) return false;
      mark_ = m2;
      break;
    }
    out->push_back(it);
  }
  return !err_;
}

ast::Expr* Parser::starred_expression() {
  // starred_expression: '*' expression
  int m = mark_;
  if (!expect(Tok::STAR)) return nullptr;
  Expr* v = expression();
  if (!v) {
    mark_ = m;
    return nullptr;
  }
  auto* s = make<Starred>(m);
  s->value = v;
  return s;
}

bool Parser::kwarg_or_starred(ArgItem* out) {
  // kwarg_or_starred: invalid_kwarg | NAME '=' expression | starred_expression
  int m = mark_;
  if (call_invalid_rules_) {
    invalid_kwarg();
    if (err_) return false;
    mark_ = m;
  }
  if (const Token* name = expect_name()) {
    if (expect(Tok::EQUAL)) {
      if (Expr* v = expression()) {
        auto* k = arena_.make<Keyword>();
        k->has_arg = true;
        k->arg = identifier(*name);
        k->value = v;
        k->loc = loc_from(m);
        *out = ArgItem{nullptr, k};
        return true;
      }
    }
  }
  if (err_) return false;
  mark_ = m;
  if (Expr* s = starred_expression()) {
    *out = ArgItem{s, nullptr};
    return true;
  }
  return false;
}

bool Parser::kwarg_or_double_starred(ArgItem* out) {
  // kwarg_or_double_starred: invalid_kwarg | NAME '=' expression | '**' expression
  int m = mark_;
  if (call_invalid_rules_) {
    invalid_kwarg();
    if (err_) return false;
    mark_ = m;
  }
  if (const Token* name = expect_name()) {
    if (expect(Tok::EQUAL)) {
      if (Expr* v = expression()) {
        auto* k = arena_.make<Keyword>();
        k->has_arg = true;
        k->arg = identifier(*name);
        k->value = v;
        k->loc = loc_from(m);
        *out = ArgItem{nullptr, k};
        return true;
      }
    }
  }
  if (err_) return false;
  mark_ = m;
  if (expect(Tok::DOUBLESTAR)) {
    if (Expr* v = expression()) {
      auto* k = arena_.make<Keyword>();
      k->value = v;
      k->loc = loc_from(m);
      *out = ArgItem{nullptr, k};
      return true;
    }
  }
  mark_ = m;
  return false;
}

}  // namespace coil::compiler

// parser_invalid.cpp - the invalid_* rules of the 3.11 grammar: CPython's specialised SyntaxError messages.
//
// They only run in the second pass (call_invalid_rules_). Each one either raises an error or
// fails; callers reset the mark afterwards.
#include "compiler/parser_impl.h"

namespace coil::compiler {

using namespace ast;

// ---------------------------------------------------------------- shared helpers

const char* expr_name(const Expr* e) {
  switch (e->kind) {
    case ExprKind::Attribute: return "attribute";
    case ExprKind::Subscript: return "subscript";
    case ExprKind::Starred: return "starred";
    case ExprKind::Name: return "name";
    case ExprKind::List: return "list";
    case ExprKind::Tuple: return "tuple";
    case ExprKind::Lambda: return "lambda";
    case ExprKind::Call: return "function call";
    case ExprKind::BoolOp: case ExprKind::BinOp: case ExprKind::UnaryOp: return "expression";
    case ExprKind::GeneratorExp: return "generator expression";
    case ExprKind::Yield: case ExprKind::YieldFrom: return "yield expression";
    case ExprKind::Await: return "await expression";
    case ExprKind::ListComp: return "list comprehension";
    case ExprKind::SetComp: return "set comprehension";
    case ExprKind::DictComp: return "dict comprehension";
    case ExprKind::Dict: return "dict literal";
    case ExprKind::Set: return "set display";
    case ExprKind::JoinedStr: case ExprKind::FormattedValue: return "f-string expression";
    case ExprKind::Constant: {
      switch (static_cast<const Constant*>(e)->value.kind) {
        case ConstantValue::Kind::None: return "None";
        case ConstantValue::Kind::False: return "False";
        case ConstantValue::Kind::True: return "True";
        case ConstantValue::Kind::Ellipsis: return "ellipsis";
        default: return "literal";
      }
    }
    case ExprKind::Compare: return "comparison";
    case ExprKind::IfExp: return "conditional expression";
    case ExprKind::NamedExpr: return "named expression";
    default: return "expression";
  }
}

ast::Expr* get_invalid_target(Expr* e, int targets_type) {
  if (!e) return nullptr;
  switch (e->kind) {
    case ExprKind::List:
      for (Expr* x : static_cast<List*>(e)->elts) {
        if (Expr* c = get_invalid_target(x, targets_type)) return c;
      }
      return nullptr;
    case ExprKind::Tuple:
      for (Expr* x : static_cast<Tuple*>(e)->elts) {
        if (Expr* c = get_invalid_target(x, targets_type)) return c;
      }
      return nullptr;
    case ExprKind::Starred:
      if (targets_type == DEL_TARGETS) return e;
      return get_invalid_target(static_cast<Starred*>(e)->value, targets_type);
    case ExprKind::Compare:
      // `a in b` in `for a in b` parses as a comparison: look at its left side.
      if (targets_type == FOR_TARGETS) {
        auto* c = static_cast<Compare*>(e);
        if (c->ops[0] == CmpOp::In) return get_invalid_target(c->left, targets_type);
        return nullptr;
      }
      return e;
    case ExprKind::Name:
    case ExprKind::Subscript:
    case ExprKind::Attribute:
      return nullptr;
    default:
      return e;
  }
}

bool Parser::check_legacy_stmt(Expr* e) const {
  if (e->kind != ExprKind::Name) return false;
  const std::string& id = static_cast<Name*>(e)->id;
  return id == "print" || id == "exec";
}

namespace {
ast::Expr* last_comprehension_item(const Comprehension* c) {
  if (c->ifs.empty()) return c->iter;
  return c->ifs.back();
}
}  // namespace

// ---------------------------------------------------------------- calls

void Parser::invalid_arguments() {
  if (err_) return;
  int m = mark_;
  // args ',' '*'
  {
    CallArgs a;
    if (args(&a) && expect(Tok::COMMA)) {
      if (const Token* star = expect(Tok::STAR)) {
        raise_known_location(tok_loc(*star),
                             "iterable argument unpacking follows keyword argument unpacking");
        return;
      }
    }
  }
  if (err_) return;
  mark_ = m;
  // expression for_if_clauses ',' [args | expression for_if_clauses]
  {
    Expr* a = expression();
    std::vector<Comprehension*> comps;
    if (a && for_if_clauses(&comps) && expect(Tok::COMMA)) {
      int m2 = mark_;
      CallArgs tmp;
      if (!args(&tmp)) {
        if (err_) return;
        mark_ = m2;
        std::vector<Comprehension*> c2;
        Expr* e = expression();
        if (!(e && for_if_clauses(&c2))) {
          if (err_) return;
          mark_ = m2;
        }
      }
      raise_known_range(a->loc, last_comprehension_item(comps.back())->loc,
                        "Generator expression must be parenthesized");
      return;
    }
  }
  if (err_) return;
  mark_ = m;
  // NAME '=' expression for_if_clauses
  {
    const Token* a = expect_name();
    const Token* b = a ? expect(Tok::EQUAL) : nullptr;
    std::vector<Comprehension*> comps;
    if (b && expression() && for_if_clauses(&comps)) {
      raise_known_range(tok_loc(*a), tok_loc(*b),
                        "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
      return;
    }
  }
  if (err_) return;
  mark_ = m;
  // args for_if_clauses
  {
    CallArgs a;
    std::vector<Comprehension*> comps;
    if (args(&a) && for_if_clauses(&comps)) {
      nonparen_genexp_in_call(a, comps);
      if (err_) return;
    }
  }
  if (err_) return;
  mark_ = m;
  // args ',' expression for_if_clauses
  {
    CallArgs a;
    if (args(&a) && expect(Tok::COMMA)) {
      Expr* e = expression();
      std::vector<Comprehension*> comps;
      if (e && for_if_clauses(&comps)) {
        raise_known_range(e->loc, last_comprehension_item(comps.back())->loc,
                          "Generator expression must be parenthesized");
        return;
      }
    }
  }
  if (err_) return;
  mark_ = m;
  // args ',' args
  {
    CallArgs a;
    if (args(&a) && expect(Tok::COMMA)) {
      CallArgs b;
      if (args(&b)) {
        arguments_parsing_error(a);
        return;
      }
    }
  }
}

void Parser::nonparen_genexp_in_call(const CallArgs& a,
                                     const std::vector<Comprehension*>& comps) {
  size_t len = a.args.size();
  if (len <= 1) return;
  raise_known_range(a.args[len - 1]->loc, last_comprehension_item(comps.back())->loc,
                    "Generator expression must be parenthesized");
}

void Parser::arguments_parsing_error(const CallArgs& a) {
  bool keyword_unpacking = false;
  for (const Keyword* k : a.keywords) {
    if (!k->has_arg) keyword_unpacking = true;
  }
  raise_syntax(keyword_unpacking ? "positional argument follows keyword argument unpacking"
                                 : "positional argument follows keyword argument");
}

void Parser::invalid_kwarg() {
  if (err_) return;
  int m = mark_;
  // ('True'|'False'|'None') '='
  {
    const Token* a = peek_token();
    if (a && (a->kind == Tok::KW_TRUE || a->kind == Tok::KW_FALSE || a->kind == Tok::KW_NONE)) {
      mark_++;
      if (const Token* b = expect(Tok::EQUAL)) {
        raise_known_range(tok_loc(*a), tok_loc(*b),
                          "cannot assign to " + std::string(token_text(*a)));
        return;
      }
    }
  }
  if (err_) return;
  mark_ = m;
  // NAME '=' expression for_if_clauses
  {
    const Token* a = expect_name();
    const Token* b = a ? expect(Tok::EQUAL) : nullptr;
    std::vector<Comprehension*> comps;
    if (b && expression() && for_if_clauses(&comps)) {
      raise_known_range(tok_loc(*a), tok_loc(*b),
                        "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
      return;
    }
  }
  if (err_) return;
  mark_ = m;
  // !(NAME '=') expression '='
  {
    bool name_eq = false;
    if (peek() == Tok::NAME && peek_at(1) == Tok::EQUAL) name_eq = true;
    if (err_) return;
    if (!name_eq) {
      Expr* a = expression();
      if (a) {
        if (const Token* b = expect(Tok::EQUAL)) {
          raise_known_range(a->loc, tok_loc(*b),
                            "expression cannot contain assignment, perhaps you meant \"==\"?");
          return;
        }
      }
    }
  }
  mark_ = m;
}

// ---------------------------------------------------------------- expressions

void Parser::invalid_legacy_expression() {
  // NAME !'(' star_expressions
  if (err_) return;
  int m = mark_;
  const Token* a = expect_name();
  if (!a) return;
  if (peek() == Tok::LPAR) {
    mark_ = m;
    return;
  }
  Expr* b = star_expressions();
  if (!b) {
    mark_ = m;
    return;
  }
  Expr* name = name_from_token(*a);
  if (check_legacy_stmt(name)) {
    std::string id = identifier(*a);
    raise_known_range(tok_loc(*a), b->loc,
                      "Missing parentheses in call to '" + id + "'. Did you mean " + id + "(...)?");
    return;
  }
  mark_ = m;
}

void Parser::invalid_expression() {
  if (err_) return;
  int m = mark_;
  // !(NAME STRING | SOFT_KEYWORD) disjunction expression_without_invalid
  {
    bool skip = false;
    if (peek() == Tok::NAME && peek_at(1) == Tok::STRING) skip = true;
    if (!skip && at_soft_keyword_token()) skip = true;
    if (err_) return;
    if (!skip) {
      Expr* a = disjunction();
      if (a) {
        Expr* b = expression_without_invalid();
        if (b) {
          if (!check_legacy_stmt(a) && tokens_[size_t(mark_ - 1)].level != 0) {
            raise_known_range(a->loc, b->loc, "invalid syntax. Perhaps you forgot a comma?");
            return;
          }
        }
      }
    }
  }
  if (err_) return;
  mark_ = m;
  // disjunction 'if' disjunction !('else'|':')
  {
    Expr* a = disjunction();
    if (a && expect(Tok::KW_IF)) {
      Expr* b = disjunction();
      if (b) {
        Tok k = peek();
        if (k != Tok::KW_ELSE && k != Tok::COLON && !err_) {
          raise_known_range(a->loc, b->loc, "expected 'else' after 'if' expression");
          return;
        }
      }
    }
  }
  mark_ = m;
}

void Parser::invalid_named_expression() {
  if (err_) return;
  int m = mark_;
  void* cached;
  if (memo_get(MemoRule::invalid_named_expression, m, &cached)) {
    mark_ = m;
    return;
  }
  invalid_named_expression_uncached();
  mark_ = m;
  if (!err_) memo_put(MemoRule::invalid_named_expression, m, nullptr, m);
}

void Parser::invalid_named_expression_uncached() {
  int m = mark_;
  // expression ':=' expression
  {
    Expr* a = expression();
    if (a && expect(Tok::COLONEQUAL) && expression()) {
      raise_known_location(a->loc,
                           std::string("cannot use assignment expressions with ") + expr_name(a));
      return;
    }
  }
  if (err_) return;
  mark_ = m;
  // NAME '=' bitwise_or !('='|':=')
  {
    const Token* a = expect_name();
    if (a && expect(Tok::EQUAL)) {
      Expr* b = bitwise_or();
      if (b) {
        Tok k = peek();
        if (k != Tok::EQUAL && k != Tok::COLONEQUAL && !err_) {
          raise_known_range(tok_loc(*a), b->loc,
                            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
          return;
        }
      }
    }
  }
  if (err_) return;
  mark_ = m;
  // !(list|tuple|genexp|'True'|'None'|'False') bitwise_or '=' bitwise_or !('='|':=')
  {
    bool excluded = false;
    Tok k = peek();
    if (k == Tok::KW_TRUE || k == Tok::KW_NONE || k == Tok::KW_FALSE) {
      excluded = true;
    } else if (k == Tok::LSQB) {
      excluded = list() != nullptr;
    } else if (k == Tok::LPAR) {
      excluded = tuple() != nullptr;
      if (!excluded && !err_) {
        mark_ = m;
        excluded = genexp() != nullptr;
      }
    }
    if (err_) return;
    mark_ = m;
    if (!excluded) {
      Expr* a = bitwise_or();
      if (a && expect(Tok::EQUAL)) {
        if (bitwise_or()) {
          Tok k2 = peek();
          if (k2 != Tok::EQUAL && k2 != Tok::COLONEQUAL && !err_) {
            raise_known_location(a->loc, std::string("cannot assign to ") + expr_name(a) +
                                             " here. Maybe you meant '==' instead of '='?");
            return;
          }
        }
      }
    }
  }
  mark_ = m;
}

// ---------------------------------------------------------------- statements

ast::Expr* Parser::invalid_ann_assign_target() {
  // invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')'
  Guard g(this);
  if (err_) return nullptr;
  int m = mark_;
  if (Expr* e = list()) return e;
  if (err_) return nullptr;
  mark_ = m;
  if (Expr* e = tuple()) return e;
  if (err_) return nullptr;
  mark_ = m;
  if (expect(Tok::LPAR)) {
    if (Expr* e = invalid_ann_assign_target()) {
      if (expect(Tok::RPAR)) return e;
    }
  }
  mark_ = m;
  return nullptr;
}

void Parser::invalid_assignment() {
  if (err_) return;
  int m = mark_;
  // invalid_ann_assign_target ':' expression
  {
    Expr* a = invalid_ann_assign_target();
    if (a && expect(Tok::COLON) && expression()) {
      raise_known_location(a->loc, std::string("only single target (not ") + expr_name(a) +
                                       ") can be annotated");
      return;
    }
  }
  if (err_) return;
  mark_ = m;
  // star_named_expression ',' star_named_expressions* ':' expression
  {
    Expr* a = star_named_expression();
    if (a && expect(Tok::COMMA)) {
      for (;;) {
        int m2 = mark_;
        ExprList tmp;
        if (!star_named_expressions(&tmp)) {
          mark_ = m2;
          break;
        }
        if (mark_ == m2) break;
      }
      if (!err_ && expect(Tok::COLON) && expression()) {
        raise_known_location(a->loc, "only single target (not tuple) can be annotated");
        return;
      }
    }
  }
  if (err_) return;
  mark_ = m;
  // expression ':' expression
  {
    Expr* a = expression();
    if (a && expect(Tok::COLON) && expression()) {
      raise_known_location(a->loc, "illegal target for annotation");
      return;
    }
  }
  if (err_) return;
  mark_ = m;
  auto skip_targets = [&]() {
    // (star_targets '=')*
    for (;;) {
      int m2 = mark_;
      if (star_targets() && expect(Tok::EQUAL)) continue;
      mark_ = m2;
      break;
    }
  };
  // (star_targets '=')* star_expressions '='
  {
    skip_targets();
    Expr* a = star_expressions();
    if (a && expect(Tok::EQUAL)) {
      raise_invalid_target(STAR_TARGETS, a);
      if (err_) return;
    }
  }
  if (err_) return;
  mark_ = m;
  // (star_targets '=')* yield_expr '='
  {
    skip_targets();
    Expr* a = yield_expr();
    if (a && expect(Tok::EQUAL)) {
      raise_known_location(a->loc, "assignment to yield expression not possible");
      return;
    }
  }
  if (err_) return;
  mark_ = m;
  // star_expressions augassign (yield_expr | star_expressions)
  {
    Expr* a = star_expressions();
    Operator op;
    if (a && augassign(&op)) {
      Expr* v = nullptr;
      if (peek() == Tok::KW_YIELD) v = yield_expr();
      if (!v && !err_) v = star_expressions();
      if (v) {
        raise_known_location(a->loc, std::string("'") + expr_name(a) +
                                         "' is an illegal expression for augmented assignment");
        return;
      }
    }
  }
  mark_ = m;
}

void Parser::invalid_del_stmt() {
  // 'del' star_expressions
  if (err_) return;
  int m = mark_;
  if (expect(Tok::KW_DEL)) {
    if (Expr* a = star_expressions()) {
      raise_invalid_target(DEL_TARGETS, a);
      if (err_) return;
    }
  }
  mark_ = m;
}

void Parser::invalid_block() {
  // NEWLINE !INDENT
  if (err_) return;
  int m = mark_;
  if (expect(Tok::NEWLINE) && peek() != Tok::INDENT && !err_) {
    raise_indentation("expected an indented block");
    return;
  }
  mark_ = m;
}

void Parser::invalid_comprehension() {
  if (err_) return;
  int m = mark_;
  Tok open = peek();
  if (open != Tok::LSQB && open != Tok::LPAR && open != Tok::LBRACE) return;
  // ('[' | '(' | '{') starred_expression for_if_clauses
  mark_++;
  {
    Expr* a = starred_expression();
    std::vector<Comprehension*> comps;
    if (a && for_if_clauses(&comps)) {
      raise_known_location(a->loc, "iterable unpacking cannot be used in comprehension");
      return;
    }
  }
  if (err_) return;
  if (open == Tok::LPAR) {
    mark_ = m;
    return;
  }
  // ('[' | '{') star_named_expression ',' star_named_expressions for_if_clauses
  mark_ = m + 1;
  {
    Expr* a = star_named_expression();
    if (a && expect(Tok::COMMA)) {
      ExprList b;
      std::vector<Comprehension*> comps;
      if (star_named_expressions(&b) && for_if_clauses(&comps)) {
        raise_known_range(a->loc, b.back()->loc,
                          "did you forget parentheses around the comprehension target?");
        return;
      }
    }
  }
  if (err_) return;
  // ('[' | '{') star_named_expression ',' for_if_clauses
  mark_ = m + 1;
  {
    Expr* a = star_named_expression();
    if (a) {
      if (const Token* b = expect(Tok::COMMA)) {
        std::vector<Comprehension*> comps;
        if (for_if_clauses(&comps)) {
          raise_known_range(a->loc, tok_loc(*b),
                            "did you forget parentheses around the comprehension target?");
          return;
        }
      }
    }
  }
  mark_ = m;
}

void Parser::invalid_dict_comprehension() {
  // '{' '**' bitwise_or for_if_clauses '}'
  if (err_) return;
  int m = mark_;
  if (expect(Tok::LBRACE)) {
    if (const Token* a = expect(Tok::DOUBLESTAR)) {
      std::vector<Comprehension*> comps;
      if (bitwise_or() && for_if_clauses(&comps) && expect(Tok::RBRACE)) {
        raise_known_location(tok_loc(*a), "dict unpacking cannot be used in dict comprehension");
        return;
      }
    }
  }
  mark_ = m;
}

// ---------------------------------------------------------------- parameters

bool Parser::invalid_parameters_helper(bool lambda) {
  // invalid_parameters_helper: slash_with_default | param_with_default+
  int m = mark_;
  SlashWithDefault swd;
  if (slash_with_default(lambda, &swd)) return true;
  if (err_) return false;
  mark_ = m;
  int count = 0;
  for (;;) {
    int m2 = mark_;
    NameDefault nd;
    if (!param_with_default(lambda, &nd)) {
      mark_ = m2;
      break;
    }
    count++;
  }
  return count > 0 && !err_;
}

void Parser::invalid_parameters(bool lambda) {
  if (err_) return;
  int m = mark_;
  auto skip_no_default = [&]() {
    for (;;) {
      int m2 = mark_;
      if (!param_no_default(lambda)) {
        mark_ = m2;
        return;
      }
    }
  };
  auto skip_maybe_default = [&](int min) -> bool {
    int count = 0;
    for (;;) {
      int m2 = mark_;
      NameDefault nd;
      if (!param_maybe_default(lambda, &nd)) {
        mark_ = m2;
        break;
      }
      count++;
    }
    return count >= min;
  };
  // param_no_default* invalid_parameters_helper param_no_default
  skip_no_default();
  if (invalid_parameters_helper(lambda)) {
    if (Arg* a = param_no_default(lambda)) {
      raise_known_location(a->loc, "non-default argument follows default argument");
      return;
    }
  }
  if (err_) return;
  mark_ = m;
  // param_no_default* '(' param_no_default+ ','? ')'      (lambda: ','.lambda_param+ ','?)
  skip_no_default();
  if (const Token* a = expect(Tok::LPAR)) {
    int count = 0;
    if (lambda) {
      if (param(true)) {
        count = 1;
        for (;;) {
          int m2 = mark_;
          if (!expect(Tok::COMMA) || !param(true)) {
            mark_ = m2;
            break;
          }
          count++;
        }
      }
    } else {
      for (;;) {
        int m2 = mark_;
        if (!param_no_default(false)) {
          mark_ = m2;
          break;
        }
        count++;
      }
    }
    if (count > 0) {
      expect(Tok::COMMA);
      if (const Token* b = expect(Tok::RPAR)) {
        raise_known_range(tok_loc(*a), tok_loc(*b),
                          lambda ? "Lambda expression parameters cannot be parenthesized"
                                 : "Function parameters cannot be parenthesized");
        return;
      }
    }
  }
  if (err_) return;
  mark_ = m;
  // "/" ','  -- a soft keyword "/" never matches a '/' token, as in CPython 3.11
  // (slash_no_default | slash_with_default) param_maybe_default* '/'
  {
    std::vector<Arg*> snd;
    SlashWithDefault swd;
    bool slash = slash_no_default(lambda, &snd);
    if (!slash && !err_) {
      mark_ = m;
      slash = slash_with_default(lambda, &swd);
    }
    if (slash) {
      skip_maybe_default(0);
      if (const Token* a = expect(Tok::SLASH)) {
        raise_known_location(tok_loc(*a), "/ may appear only once");
        return;
      }
    }
  }
  if (err_) return;
  mark_ = m;
  // (slash_no_default | slash_with_default)? param_maybe_default* '*' (',' | param_no_default)
  //     param_maybe_default* '/'
  {
    std::vector<Arg*> snd;
    SlashWithDefault swd;
    if (!slash_no_default(lambda, &snd)) {
      if (err_) return;
      mark_ = m;
      if (!slash_with_default(lambda, &swd)) {
        if (err_) return;
        mark_ = m;
      }
    }
    skip_maybe_default(0);
    if (expect(Tok::STAR)) {
      bool ok = expect(Tok::COMMA) != nullptr;
      if (!ok && !err_) ok = param_no_default(lambda) != nullptr;
      if (ok) {
        skip_maybe_default(0);
        if (const Token* a = expect(Tok::SLASH)) {
          raise_known_location(tok_loc(*a), "/ must be ahead of *");
          return;
        }
      }
    }
  }
  if (err_) return;
  mark_ = m;
  // param_maybe_default+ '/' '*'
  if (skip_maybe_default(1) && expect(Tok::SLASH)) {
    if (const Token* a = expect(Tok::STAR)) {
      raise_known_location(tok_loc(*a), "expected comma between / and *");
      return;
    }
  }
  mark_ = m;
}

void Parser::invalid_default() {
  // '=' &(')'|',')
  if (err_) return;
  int m = mark_;
  if (const Token* a = expect(Tok::EQUAL)) {
    Tok k = peek();
    if ((k == Tok::RPAR || k == Tok::COMMA) && !err_) {
      raise_known_location(tok_loc(*a), "expected default value expression");
      return;
    }
  }
  mark_ = m;
}

void Parser::invalid_star_etc(bool lambda) {
  if (err_) return;
  int m = mark_;
  Tok close = lambda ? Tok::COLON : Tok::RPAR;
  // '*' (')' | ',' (')' | '**'))        (lambda: ':' instead of ')')
  if (const Token* a = expect(Tok::STAR)) {
    bool match = false;
    if (expect(close)) {
      match = true;
    } else if (!err_ && expect(Tok::COMMA)) {
      if (expect(close) || (!err_ && expect(Tok::DOUBLESTAR))) match = true;
    }
    if (match) {
      if (lambda) {
        raise_syntax("named arguments must follow bare *");
      } else {
        raise_known_location(tok_loc(*a), "named arguments must follow bare *");
      }
      return;
    }
  }
  if (err_) return;
  mark_ = m;
  // '*' param '='
  if (expect(Tok::STAR) && param(lambda)) {
    if (const Token* a = expect(Tok::EQUAL)) {
      raise_known_location(tok_loc(*a), "var-positional argument cannot have default value");
      return;
    }
  }
  if (err_) return;
  mark_ = m;
  // '*' (param_no_default | ',') param_maybe_default* '*' (param_no_default | ',')
  if (expect(Tok::STAR)) {
    int m2 = mark_;
    bool ok = param_no_default(lambda) != nullptr;
    if (!ok && !err_) {
      mark_ = m2;
      ok = expect(Tok::COMMA) != nullptr;
    }
    if (ok) {
      for (;;) {
        int m3 = mark_;
        NameDefault nd;
        if (!param_maybe_default(lambda, &nd)) {
          mark_ = m3;
          break;
        }
      }
      if (const Token* a = expect(Tok::STAR)) {
        int m4 = mark_;
        bool ok2 = param_no_default(lambda) != nullptr;
        if (!ok2 && !err_) {
          mark_ = m4;
          ok2 = expect(Tok::COMMA) != nullptr;
        }
        if (ok2) {
          raise_known_location(tok_loc(*a), "* argument may appear only once");
          return;
        }
      }
    }
  }
  mark_ = m;
}

void Parser::invalid_kwds(bool lambda) {
  if (err_) return;
  int m = mark_;
  // '**' param '='
  if (expect(Tok::DOUBLESTAR) && param(lambda)) {
    if (const Token* a = expect(Tok::EQUAL)) {
      raise_known_location(tok_loc(*a), "var-keyword argument cannot have default value");
      return;
    }
  }
  if (err_) return;
  mark_ = m;
  // '**' param ',' param
  if (expect(Tok::DOUBLESTAR) && param(lambda) && expect(Tok::COMMA)) {
    if (Arg* a = param(lambda)) {
      raise_known_location(a->loc, "arguments cannot follow var-keyword argument");
      return;
    }
  }
  if (err_) return;
  mark_ = m;
  // '**' param ',' ('*'|'**'|'/')
  if (expect(Tok::DOUBLESTAR) && param(lambda) && expect(Tok::COMMA)) {
    const Token* a = peek_token();
    if (a && (a->kind == Tok::STAR || a->kind == Tok::DOUBLESTAR || a->kind == Tok::SLASH)) {
      raise_known_location(tok_loc(*a), "arguments cannot follow var-keyword argument");
      return;
    }
  }
  mark_ = m;
}

// ---------------------------------------------------------------- compound statements

void Parser::invalid_with_item() {
  // expression 'as' expression &(',' | ')' | ':')
  if (err_) return;
  int m = mark_;
  if (expression() && expect(Tok::KW_AS)) {
    if (Expr* a = expression()) {
      Tok k = peek();
      if ((k == Tok::COMMA || k == Tok::RPAR || k == Tok::COLON) && !err_) {
        raise_invalid_target(STAR_TARGETS, a);
        if (err_) return;
      }
    }
  }
  mark_ = m;
}

void Parser::invalid_for_target() {
  // ASYNC? 'for' star_expressions
  if (err_) return;
  int m = mark_;
  expect(Tok::KW_ASYNC);
  if (expect(Tok::KW_FOR)) {
    if (Expr* a = star_expressions()) {
      raise_invalid_target(FOR_TARGETS, a);
      if (err_) return;
    }
  }
  mark_ = m;
}

void Parser::invalid_group() {
  if (err_) return;
  int m = mark_;
  // '(' starred_expression ')'
  if (expect(Tok::LPAR)) {
    if (Expr* a = starred_expression()) {
      if (expect(Tok::RPAR)) {
        raise_known_location(a->loc, "cannot use starred expression here");
        return;
      }
    }
  }
  if (err_) return;
  mark_ = m;
  // '(' '**' expression ')'
  if (expect(Tok::LPAR)) {
    if (const Token* a = expect(Tok::DOUBLESTAR)) {
      if (expression() && expect(Tok::RPAR)) {
        raise_known_location(tok_loc(*a), "cannot use double starred expression here");
        return;
      }
    }
  }
  mark_ = m;
}

void Parser::invalid_import_from_targets() {
  // import_from_as_names ',' NEWLINE
  if (err_) return;
  int m = mark_;
  std::vector<Alias*> names;
  if (import_from_as_names(&names) && expect(Tok::COMMA) && expect(Tok::NEWLINE)) {
    raise_syntax("trailing comma not allowed without surrounding parentheses");
    return;
  }
  mark_ = m;
}

bool Parser::with_item_for_invalid(bool expressions_form) {
  // ','.(expression ['as' star_target])+   or   ','.(expressions ['as' star_target])+
  auto one = [&]() -> bool {
    Expr* e = expressions_form ? expressions() : expression();
    if (!e) return false;
    int m = mark_;
    if (expect(Tok::KW_AS)) {
      if (!star_target()) mark_ = m;
    }
    return !err_;
  };
  if (!one()) return false;
  for (;;) {
    int m = mark_;
    if (!expect(Tok::COMMA) || !one()) {
      mark_ = m;
      break;
    }
  }
  return !err_;
}

void Parser::invalid_with_stmt() {
  if (err_) return;
  int m = mark_;
  // [ASYNC] 'with' ','.(expression ['as' star_target])+ NEWLINE
  expect(Tok::KW_ASYNC);
  if (expect(Tok::KW_WITH) && with_item_for_invalid(false) && expect(Tok::NEWLINE)) {
    raise_syntax("expected ':'");
    return;
  }
  if (err_) return;
  mark_ = m;
  // [ASYNC] 'with' '(' ','.(expressions ['as' star_target])+ ','? ')' NEWLINE
  expect(Tok::KW_ASYNC);
  if (expect(Tok::KW_WITH) && expect(Tok::LPAR) && with_item_for_invalid(true)) {
    expect(Tok::COMMA);
    if (expect(Tok::RPAR) && expect(Tok::NEWLINE)) {
      raise_syntax("expected ':'");
      return;
    }
  }
  mark_ = m;
}

void Parser::invalid_with_stmt_indent() {
  if (err_) return;
  int m = mark_;
  for (int form = 0; form < 2; form++) {
    mark_ = m;
    expect(Tok::KW_ASYNC);
    const Token* a = expect(Tok::KW_WITH);
    if (!a) continue;
    bool ok;
    if (form == 0) {
      ok = with_item_for_invalid(false);
    } else {
      ok = expect(Tok::LPAR) && with_item_for_invalid(true);
      if (ok) {
        expect(Tok::COMMA);
        ok = expect(Tok::RPAR) != nullptr;
      }
    }
    if (ok && expect(Tok::COLON) && expect(Tok::NEWLINE) && peek() != Tok::INDENT && !err_) {
      raise_indentation("expected an indented block after 'with' statement on line " +
                        std::to_string(a->lineno));
      return;
    }
    if (err_) return;
  }
  mark_ = m;
}

void Parser::invalid_try_stmt() {
  if (err_) return;
  int m = mark_;
  // 'try' ':' NEWLINE !INDENT
  if (const Token* a = expect(Tok::KW_TRY)) {
    if (expect(Tok::COLON) && expect(Tok::NEWLINE) && peek() != Tok::INDENT && !err_) {
      raise_indentation("expected an indented block after 'try' statement on line " +
                        std::to_string(a->lineno));
      return;
    }
  }
  if (err_) return;
  mark_ = m;
  // 'try' ':' block !('except' | 'finally')
  if (expect(Tok::KW_TRY) && expect(Tok::COLON)) {
    StmtList body;
    if (block(&body)) {
      Tok k = peek();
      if (k != Tok::KW_EXCEPT && k != Tok::KW_FINALLY && !err_) {
        raise_syntax("expected 'except' or 'finally' block");
        return;
      }
    }
  }
  if (err_) return;
  auto blocks = [&]() {
    // block*
    for (;;) {
      int m2 = mark_;
      StmtList b;
      if (!block(&b)) {
        mark_ = m2;
        return;
      }
    }
  };
  mark_ = m;
  // 'try' ':' block* except_block+ 'except' '*' expression ['as' NAME] ':'
  if (expect(Tok::KW_TRY) && expect(Tok::COLON)) {
    blocks();
    int count = 0;
    for (;;) {
      int m2 = mark_;
      if (!except_block()) {
        mark_ = m2;
        break;
      }
      count++;
    }
    if (count > 0 && !err_) {
      const Token* a = expect(Tok::KW_EXCEPT);
      const Token* b = a ? expect(Tok::STAR) : nullptr;
      if (b && expression()) {
        int m3 = mark_;
        if (!(expect(Tok::KW_AS) && expect_name())) mark_ = m3;
        if (expect(Tok::COLON)) {
          raise_known_range(tok_loc(*a), tok_loc(*b),
                            "cannot have both 'except' and 'except*' on the same 'try'");
          return;
        }
      }
    }
  }
  if (err_) return;
  mark_ = m;
  // 'try' ':' block* except_star_block+ 'except' [expression ['as' NAME]] ':'
  if (expect(Tok::KW_TRY) && expect(Tok::COLON)) {
    blocks();
    int count = 0;
    for (;;) {
      int m2 = mark_;
      if (!except_star_block()) {
        mark_ = m2;
        break;
      }
      count++;
    }
    if (count > 0 && !err_) {
      if (const Token* a = expect(Tok::KW_EXCEPT)) {
        int m3 = mark_;
        if (expression()) {
          int m4 = mark_;
          if (!(expect(Tok::KW_AS) && expect_name())) mark_ = m4;
        } else {
          mark_ = m3;
        }
        if (!err_ && expect(Tok::COLON)) {
          raise_known_location(tok_loc(*a),
                               "cannot have both 'except' and 'except*' on the same 'try'");
          return;
        }
      }
    }
  }
  mark_ = m;
}

void Parser::invalid_except_stmt() {
  if (err_) return;
  int m = mark_;
  // 'except' '*'? expression ',' expressions ['as' NAME ] ':'
  if (expect(Tok::KW_EXCEPT)) {
    expect(Tok::STAR);
    Expr* a = expression();
    if (a && expect(Tok::COMMA) && expressions()) {
      int m2 = mark_;
      if (!(expect(Tok::KW_AS) && expect_name())) mark_ = m2;
      if (!err_ && expect(Tok::COLON)) {
        raise_starting_from(a->loc, "multiple exception types must be parenthesized");
        return;
      }
    }
  }
  if (err_) return;
  mark_ = m;
  // 'except' '*'? expression ['as' NAME ] NEWLINE
  if (expect(Tok::KW_EXCEPT)) {
    expect(Tok::STAR);
    if (expression()) {
      int m2 = mark_;
      if (!(expect(Tok::KW_AS) && expect_name())) mark_ = m2;
      if (!err_ && expect(Tok::NEWLINE)) {
        raise_syntax("expected ':'");
        return;
      }
    }
  }
  if (err_) return;
  mark_ = m;
  // 'except' NEWLINE
  if (expect(Tok::KW_EXCEPT) && expect(Tok::NEWLINE)) {
    raise_syntax("expected ':'");
    return;
  }
  if (err_) return;
  mark_ = m;
  // 'except' '*' (NEWLINE | ':')
  if (expect(Tok::KW_EXCEPT) && expect(Tok::STAR)) {
    Tok k = peek();
    if (k == Tok::NEWLINE || k == Tok::COLON) {
      mark_++;
      raise_syntax("expected one or more exception types");
      return;
    }
  }
  mark_ = m;
}

void Parser::invalid_finally_stmt() {
  // 'finally' ':' NEWLINE !INDENT
  if (err_) return;
  int m = mark_;
  if (const Token* a = expect(Tok::KW_FINALLY)) {
    if (expect(Tok::COLON) && expect(Tok::NEWLINE) && peek() != Tok::INDENT && !err_) {
      raise_indentation("expected an indented block after 'finally' statement on line " +
                        std::to_string(a->lineno));
      return;
    }
  }
  mark_ = m;
}

void Parser::invalid_except_stmt_indent() {
  if (err_) return;
  int m = mark_;
  // 'except' expression ['as' NAME ] ':' NEWLINE !INDENT
  if (const Token* a = expect(Tok::KW_EXCEPT)) {
    if (expression()) {
      int m2 = mark_;
      if (!(expect(Tok::KW_AS) && expect_name())) mark_ = m2;
      if (!err_ && expect(Tok::COLON) && expect(Tok::NEWLINE) && peek() != Tok::INDENT && !err_) {
        raise_indentation("expected an indented block after 'except' statement on line " +
                          std::to_string(a->lineno));
        return;
      }
    }
  }
  if (err_) return;
  mark_ = m;
  // 'except' ':' NEWLINE !INDENT
  if (const Token* a = expect(Tok::KW_EXCEPT)) {
    if (expect(Tok::COLON) && expect(Tok::NEWLINE) && peek() != Tok::INDENT && !err_) {
      raise_indentation("expected an indented block after 'except' statement on line " +
                        std::to_string(a->lineno));
      return;
    }
  }
  mark_ = m;
}

void Parser::invalid_except_star_stmt_indent() {
  // 'except' '*' expression ['as' NAME ] ':' NEWLINE !INDENT
  if (err_) return;
  int m = mark_;
  if (const Token* a = expect(Tok::KW_EXCEPT)) {
    if (expect(Tok::STAR) && expression()) {
      int m2 = mark_;
      if (!(expect(Tok::KW_AS) && expect_name())) mark_ = m2;
      if (!err_ && expect(Tok::COLON) && expect(Tok::NEWLINE) && peek() != Tok::INDENT && !err_) {
        raise_indentation("expected an indented block after 'except*' statement on line " +
                          std::to_string(a->lineno));
        return;
      }
    }
  }
  mark_ = m;
}

void Parser::invalid_match_stmt() {
  if (err_) return;
  int m = mark_;
  // "match" subject_expr NEWLINE
  if (expect_soft_keyword("match") && subject_expr() && expect(Tok::NEWLINE)) {
    raise_syntax("expected ':'");
    return;
  }
  if (err_) return;
  mark_ = m;
  // "match" subject_expr ':' NEWLINE !INDENT
  const Token* a = peek_token();
  if (expect_soft_keyword("match") && subject_expr() && expect(Tok::COLON) &&
      expect(Tok::NEWLINE) && peek() != Tok::INDENT && !err_) {
    raise_indentation("expected an indented block after 'match' statement on line " +
                      std::to_string(a->lineno));
    return;
  }
  mark_ = m;
}

void Parser::invalid_case_block() {
  if (err_) return;
  int m = mark_;
  auto header = [&]() -> bool {
    if (!expect_soft_keyword("case") || !patterns()) return false;
    int m2 = mark_;
    if (!guard()) {
      if (err_) return false;
      mark_ = m2;
    }
    return true;
  };
  // "case" patterns guard? NEWLINE
  if (header() && expect(Tok::NEWLINE)) {
    raise_syntax("expected ':'");
    return;
  }
  if (err_) return;
  mark_ = m;
  // "case" patterns guard? ':' NEWLINE !INDENT
  const Token* a = peek_token();
  if (header() && expect(Tok::COLON) && expect(Tok::NEWLINE) && peek() != Tok::INDENT && !err_) {
    raise_indentation("expected an indented block after 'case' statement on line " +
                      std::to_string(a->lineno));
    return;
  }
  mark_ = m;
}

void Parser::invalid_as_pattern() {
  if (err_) return;
  int m = mark_;
  // or_pattern 'as' "_"
  if (or_pattern() && expect(Tok::KW_AS)) {
    const Token* a = peek_token();
    if (a && a->kind == Tok::NAME && token_text(*a) == "_") {
      raise_known_location(tok_loc(*a), "cannot use '_' as a target");
      return;
    }
  }
  if (err_) return;
  mark_ = m;
  // or_pattern 'as' !NAME expression
  if (or_pattern() && expect(Tok::KW_AS) && peek() != Tok::NAME && !err_) {
    if (Expr* a = expression()) {
      raise_known_location(a->loc, "invalid pattern target");
      return;
    }
  }
  mark_ = m;
}

void Parser::invalid_class_pattern() {
  // name_or_attr '(' invalid_class_argument_pattern
  // invalid_class_argument_pattern: [positional_patterns ','] keyword_patterns ',' positional_patterns
  if (err_) return;
  int m = mark_;
  if (name_or_attr() && expect(Tok::LPAR)) {
    int m2 = mark_;
    PatternList pos;
    if (!(positional_patterns(&pos) && expect(Tok::COMMA))) {
      if (err_) return;
      mark_ = m2;
    }
    std::vector<KeyPattern> kws;
    if (keyword_patterns(&kws) && expect(Tok::COMMA)) {
      PatternList a;
      if (positional_patterns(&a)) {
        raise_known_range(a.front()->loc, a.back()->loc, "positional patterns follow keyword patterns");
        return;
      }
    }
  }
  mark_ = m;
}

void Parser::invalid_if_stmt() {
  if (err_) return;
  int m = mark_;
  // 'if' named_expression NEWLINE
  if (expect(Tok::KW_IF) && named_expression() && expect(Tok::NEWLINE)) {
    raise_syntax("expected ':'");
    return;
  }
  if (err_) return;
  mark_ = m;
  // 'if' named_expression ':' NEWLINE !INDENT   (reported with the condition's line)
  if (expect(Tok::KW_IF)) {
    if (Expr* a = named_expression()) {
      if (expect(Tok::COLON) && expect(Tok::NEWLINE) && peek() != Tok::INDENT && !err_) {
        raise_indentation("expected an indented block after 'if' statement on line " +
                          std::to_string(a->loc.lineno));
        return;
      }
    }
  }
  mark_ = m;
}

void Parser::invalid_elif_stmt() {
  if (err_) return;
  int m = mark_;
  // 'elif' named_expression NEWLINE
  if (expect(Tok::KW_ELIF) && named_expression() && expect(Tok::NEWLINE)) {
    raise_syntax("expected ':'");
    return;
  }
  if (err_) return;
  mark_ = m;
  // 'elif' named_expression ':' NEWLINE !INDENT
  if (const Token* a = expect(Tok::KW_ELIF)) {
    if (named_expression() && expect(Tok::COLON) && expect(Tok::NEWLINE) &&
        peek() != Tok::INDENT && !err_) {
      raise_indentation("expected an indented block after 'elif' statement on line " +
                        std::to_string(a->lineno));
      return;
    }
  }
  mark_ = m;
}

void Parser::invalid_else_stmt() {
  // 'else' ':' NEWLINE !INDENT
  if (err_) return;
  int m = mark_;
  if (const Token* a = expect(Tok::KW_ELSE)) {
    if (expect(Tok::COLON) && expect(Tok::NEWLINE) && peek() != Tok::INDENT && !err_) {
      raise_indentation("expected an indented block after 'else' statement on line " +
                        std::to_string(a->lineno));
      return;
    }
  }
  mark_ = m;
}

void Parser::invalid_while_stmt() {
  if (err_) return;
  int m = mark_;
  // 'while' named_expression NEWLINE
  if (expect(Tok::KW_WHILE) && named_expression() && expect(Tok::NEWLINE)) {
    raise_syntax("expected ':'");
    return;
  }
  if (err_) return;
  mark_ = m;
  // 'while' named_expression ':' NEWLINE !INDENT
  if (const Token* a = expect(Tok::KW_WHILE)) {
    if (named_expression() && expect(Tok::COLON) && expect(Tok::NEWLINE) &&
        peek() != Tok::INDENT && !err_) {
      raise_indentation("expected an indented block after 'while' statement on line " +
                        std::to_string(a->lineno));
      return;
    }
  }
  mark_ = m;
}

void Parser::invalid_for_stmt() {
  if (err_) return;
  int m = mark_;
  // [ASYNC] 'for' star_targets 'in' star_expressions NEWLINE
  expect(Tok::KW_ASYNC);
  if (expect(Tok::KW_FOR) && star_targets() && expect(Tok::KW_IN) && star_expressions() &&
      expect(Tok::NEWLINE)) {
    raise_syntax("expected ':'");
    return;
  }
  if (err_) return;
  mark_ = m;
  // [ASYNC] 'for' star_targets 'in' star_expressions ':' NEWLINE !INDENT
  expect(Tok::KW_ASYNC);
  if (const Token* a = expect(Tok::KW_FOR)) {
    if (star_targets() && expect(Tok::KW_IN) && star_expressions() && expect(Tok::COLON) &&
        expect(Tok::NEWLINE) && peek() != Tok::INDENT && !err_) {
      raise_indentation("expected an indented block after 'for' statement on line " +
                        std::to_string(a->lineno));
      return;
    }
  }
  mark_ = m;
}

void Parser::invalid_def_raw() {
  // [ASYNC] 'def' NAME '(' [params] ')' ['->' expression] ':' NEWLINE !INDENT
  if (err_) return;
  int m = mark_;
  expect(Tok::KW_ASYNC);
  const Token* a = expect(Tok::KW_DEF);
  if (a && expect_name() && expect(Tok::LPAR)) {
    int m2 = mark_;
    if (!params(false)) {
      if (err_) return;
      mark_ = m2;
    }
    if (expect(Tok::RPAR)) {
      int m3 = mark_;
      if (expect(Tok::RARROW)) {
        if (!expression()) {
          if (err_) return;
          mark_ = m3;
        }
      }
      if (expect(Tok::COLON) && expect(Tok::NEWLINE) && peek() != Tok::INDENT && !err_) {
        raise_indentation("expected an indented block after function definition on line " +
                          std::to_string(a->lineno));
        return;
      }
    }
  }
  mark_ = m;
}

void Parser::invalid_class_def_raw() {
  if (err_) return;
  int m = mark_;
  auto header = [&]() -> bool {
    // 'class' NAME ['(' [arguments] ')']
    if (!expect(Tok::KW_CLASS) || !expect_name()) return false;
    int m2 = mark_;
    if (expect(Tok::LPAR)) {
      int m3 = mark_;
      CallArgs ca;
      if (!arguments(&ca)) {
        if (err_) return false;
        mark_ = m3;
      }
      if (!expect(Tok::RPAR)) {
        if (err_) return false;
        mark_ = m2;
      }
    }
    return true;
  };
  // 'class' NAME ['(' [arguments] ')'] NEWLINE
  if (header() && expect(Tok::NEWLINE)) {
    raise_syntax("expected ':'");
    return;
  }
  if (err_) return;
  mark_ = m;
  // 'class' NAME ['(' [arguments] ')'] ':' NEWLINE !INDENT
  const Token* a = peek_token();
  if (header() && expect(Tok::COLON) && expect(Tok::NEWLINE) && peek() != Tok::INDENT && !err_) {
    raise_indentation("expected an indented block after class definition on line " +
                      std::to_string(a->lineno));
    return;
  }
  mark_ = m;
}

// ---------------------------------------------------------------- dict displays

void Parser::invalid_double_starred_kvpairs() {
  if (err_) return;
  int m = mark_;
  // ','.double_starred_kvpair+ ',' invalid_kvpair
  {
    KeyValue kv;
    if (double_starred_kvpair(&kv)) {
      for (;;) {
        int m2 = mark_;
        if (!expect(Tok::COMMA) || !double_starred_kvpair(&kv)) {
          mark_ = m2;
          break;
        }
      }
      if (!err_ && expect(Tok::COMMA)) {
        invalid_kvpair();
        if (err_) return;
      }
    }
  }
  if (err_) return;
  mark_ = m;
  // expression ':' '*' bitwise_or
  if (expression() && expect(Tok::COLON)) {
    if (const Token* a = expect(Tok::STAR)) {
      if (bitwise_or()) {
        raise_starting_from(tok_loc(*a), "cannot use a starred expression in a dictionary value");
        return;
      }
    }
  }
  if (err_) return;
  mark_ = m;
  // expression ':' &('}'|',')
  if (expression()) {
    if (const Token* a = expect(Tok::COLON)) {
      Tok k = peek();
      if ((k == Tok::RBRACE || k == Tok::COMMA) && !err_) {
        raise_known_location(tok_loc(*a), "expression expected after dictionary key and ':'");
        return;
      }
    }
  }
  mark_ = m;
}

void Parser::invalid_kvpair() {
  if (err_) return;
  int m = mark_;
  // expression !(':')
  if (Expr* a = expression()) {
    if (peek() != Tok::COLON && !err_) {
      raise_at("SyntaxError", a->loc.lineno, a->loc.end_col_offset - 1 + 1, a->loc.end_lineno, 0,
               "':' expected after dictionary key");
      return;
    }
  }
  if (err_) return;
  mark_ = m;
  // expression ':' '*' bitwise_or
  if (expression() && expect(Tok::COLON)) {
    if (const Token* a = expect(Tok::STAR)) {
      if (bitwise_or()) {
        raise_starting_from(tok_loc(*a), "cannot use a starred expression in a dictionary value");
        return;
      }
    }
  }
  if (err_) return;
  mark_ = m;
  // expression ':' &('}'|',')
  if (expression()) {
    if (const Token* a = expect(Tok::COLON)) {
      Tok k = peek();
      if ((k == Tok::RBRACE || k == Tok::COMMA) && !err_) {
        raise_known_location(tok_loc(*a), "expression expected after dictionary key and ':'");
        return;
      }
    }
  }
  mark_ = m;
}

}  // namespace coil::compiler

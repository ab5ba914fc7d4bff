// parser_targets.cpp - assignment, deletion and for-loop target rules (star_targets, t_primary, del_targets).
#include "compiler/parser_impl.h"

namespace coil::compiler {

using namespace ast;

void Parser::set_expr_context(Expr* e, ExprContext ctx) {
  switch (e->kind) {
    case ExprKind::Name: static_cast<Name*>(e)->ctx = ctx; break;
    case ExprKind::Attribute: static_cast<Attribute*>(e)->ctx = ctx; break;
    case ExprKind::Subscript: static_cast<Subscript*>(e)->ctx = ctx; break;
    case ExprKind::Starred: {
      auto* s = static_cast<Starred*>(e);
      s->ctx = ctx;
      set_expr_context(s->value, ctx);
      break;
    }
    case ExprKind::List: {
      auto* l = static_cast<List*>(e);
      l->ctx = ctx;
      for (Expr* x : l->elts) set_expr_context(x, ctx);
      break;
    }
    case ExprKind::Tuple: {
      auto* t = static_cast<Tuple*>(e);
      t->ctx = ctx;
      for (Expr* x : t->elts) set_expr_context(x, ctx);
      break;
    }
    default:
      break;
  }
}

ast::Expr* Parser::star_targets() {
  // star_targets:
  //     | star_target !','
  //     | star_target (',' star_target)* [',']
  int m = mark_;
  Expr* a = star_target();
  if (!a) return nullptr;
  if (peek() != Tok::COMMA) return err_ ? nullptr : a;
  ExprList elts{a};
  for (;;) {
    int m2 = mark_;
    if (!expect(Tok::COMMA)) break;
    Expr* e = star_target();
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
  t->ctx = ExprContext::Store;
  return t;
}

bool Parser::star_targets_list_seq(ExprList* out) {
  // ','.star_target+ [',']
  Expr* e = star_target();
  if (!e) return false;
  out->push_back(e);
  for (;;) {
    int m = mark_;
    if (!expect(Tok::COMMA)) break;
    e = star_target();
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

bool Parser::star_targets_tuple_seq(ExprList* out) {
  // star_targets_tuple_seq:
  //     | star_target (',' star_target)+ [',']
  //     | star_target ','
  int m = mark_;
  Expr* a = star_target();
  if (!a) return false;
  ExprList elts{a};
  for (;;) {
    int m2 = mark_;
    if (!expect(Tok::COMMA)) break;
    Expr* e = star_target();
    if (!e) {
      if (err_) return false;
      mark_ = m2;
      break;
    }
    elts.push_back(e);
  }
  if (elts.size() > 1) {
    expect(Tok::COMMA);
  } else if (!expect(Tok::COMMA)) {
    mark_ = m;
    return false;
  }
  if (err_) return false;
  *out = std::move(elts);
  return true;
}

ast::Expr* Parser::star_target() {
  // star_target (memo): '*' (!'*' star_target) | target_with_star_atom
  Guard g(this);
  if (err_) return nullptr;
  int m = mark_;
  void* cached;
  if (memo_get(MemoRule::star_target, m, &cached)) return static_cast<Expr*>(cached);
  Expr* result = nullptr;
  if (expect(Tok::STAR)) {
    if (peek() != Tok::STAR) {
      if (Expr* a = star_target()) {
        set_expr_context(a, ExprContext::Store);
        auto* s = make<Starred>(m);
        s->value = a;
        s->ctx = ExprContext::Store;
        result = s;
      }
    }
  } else {
    result = target_with_star_atom();
  }
  if (err_) result = nullptr;
  if (!result) mark_ = m;
  memo_put(MemoRule::star_target, m, result, mark_);
  return result;
}

ast::Expr* Parser::target_with_star_atom() {
  // target_with_star_atom (memo):
  //     | t_primary '.' NAME !t_lookahead
  //     | t_primary '[' slices ']' !t_lookahead
  //     | star_atom
  if (err_) return nullptr;
  int m = mark_;
  void* cached;
  if (memo_get(MemoRule::target_with_star_atom, m, &cached)) return static_cast<Expr*>(cached);
  Expr* result = single_subscript_attribute_target();
  if (!result && !err_) {
    mark_ = m;
    result = star_atom();
  }
  if (err_) result = nullptr;
  if (!result) mark_ = m;
  memo_put(MemoRule::target_with_star_atom, m, result, mark_);
  return result;
}

ast::Expr* Parser::star_atom() {
  // star_atom:
  //     | NAME
  //     | '(' target_with_star_atom ')'
  //     | '(' [star_targets_tuple_seq] ')'
  //     | '[' [star_targets_list_seq] ']'
  int m = mark_;
  const Token* t = peek_token();
  if (!t) return nullptr;
  if (t->kind == Tok::NAME) {
    mark_++;
    return name_from_token(*t, ExprContext::Store);
  }
  if (t->kind == Tok::LPAR) {
    mark_++;
    if (Expr* a = target_with_star_atom()) {
      if (expect(Tok::RPAR)) {
        set_expr_context(a, ExprContext::Store);
        return a;
      }
    }
    if (err_) return nullptr;
    mark_ = m + 1;
    ExprList elts;
    if (!star_targets_tuple_seq(&elts)) {
      if (err_) return nullptr;
      mark_ = m + 1;
      elts.clear();
    }
    if (!expect(Tok::RPAR)) {
      mark_ = m;
      return nullptr;
    }
    auto* tup = make<Tuple>(m);
    tup->elts = std::move(elts);
    tup->ctx = ExprContext::Store;
    return tup;
  }
  if (t->kind == Tok::LSQB) {
    mark_++;
    ExprList elts;
    if (!star_targets_list_seq(&elts)) {
      if (err_) return nullptr;
      mark_ = m + 1;
      elts.clear();
    }
    if (!expect(Tok::RSQB)) {
      mark_ = m;
      return nullptr;
    }
    auto* l = make<List>(m);
    l->elts = std::move(elts);
    l->ctx = ExprContext::Store;
    return l;
  }
  return nullptr;
}

ast::Expr* Parser::single_target() {
  // single_target: single_subscript_attribute_target | NAME | '(' single_target ')'
  Guard g(this);
  if (err_) return nullptr;
  int m = mark_;
  if (Expr* e = single_subscript_attribute_target()) return e;
  if (err_) return nullptr;
  mark_ = m;
  if (const Token* n = expect_name()) return name_from_token(*n, ExprContext::Store);
  if (err_) return nullptr;
  if (expect(Tok::LPAR)) {
    if (Expr* e = single_target()) {
      if (expect(Tok::RPAR)) return e;
    }
  }
  mark_ = m;
  return nullptr;
}

ast::Expr* Parser::single_subscript_attribute_target() {
  // single_subscript_attribute_target:
  //     | t_primary '.' NAME !t_lookahead
  //     | t_primary '[' slices ']' !t_lookahead
  int m = mark_;
  Expr* a = t_primary();
  if (!a) return nullptr;
  int after = mark_;
  if (expect(Tok::DOT)) {
    if (const Token* n = expect_name()) {
      if (!t_lookahead() && !err_) {
        auto* e = make<Attribute>(m);
        e->value = a;
        e->attr = identifier(*n);
        e->ctx = ExprContext::Store;
        return e;
      }
    }
  }
  if (err_) return nullptr;
  mark_ = after;
  if (expect(Tok::LSQB)) {
    if (Expr* s = slices()) {
      if (expect(Tok::RSQB) && !t_lookahead() && !err_) {
        auto* e = make<Subscript>(m);
        e->value = a;
        e->slice = s;
        e->ctx = ExprContext::Store;
        return e;
      }
    }
  }
  mark_ = m;
  return nullptr;
}

bool Parser::t_lookahead() {
  Tok k = peek();
  return k == Tok::LPAR || k == Tok::LSQB || k == Tok::DOT;
}

ast::Expr* Parser::t_primary() {
  // t_primary (left-recursive, memo):
  //     | t_primary '.' NAME &t_lookahead
  //     | t_primary '[' slices ']' &t_lookahead
  //     | t_primary genexp &t_lookahead
  //     | t_primary '(' [arguments] ')' &t_lookahead
  //     | atom &t_lookahead
  if (err_) return nullptr;
  int m = mark_;
  void* cached;
  if (memo_get(MemoRule::t_primary, m, &cached)) return static_cast<Expr*>(cached);
  Expr* a = atom();
  if (a && !t_lookahead()) a = nullptr;
  while (a && !err_) {
    int m2 = mark_;
    Tok k = peek();
    if (k == Tok::DOT) {
      mark_++;
      if (const Token* n = expect_name()) {
        if (t_lookahead()) {
          auto* e = make<Attribute>(m);
          e->value = a;
          e->attr = identifier(*n);
          a = e;
          continue;
        }
      }
      if (err_) break;
      mark_ = m2;
    }
    if (k == Tok::LSQB) {
      mark_++;
      if (Expr* s = slices()) {
        if (expect(Tok::RSQB) && t_lookahead()) {
          auto* e = make<Subscript>(m);
          e->value = a;
          e->slice = s;
          a = e;
          continue;
        }
      }
      if (err_) break;
      mark_ = m2;
    }
    if (k == Tok::LPAR) {
      if (Expr* g = genexp()) {
        if (t_lookahead()) {
          auto* c = make<Call>(m);
          c->func = a;
          c->args.push_back(g);
          a = c;
          continue;
        }
      }
      if (err_) break;
      mark_ = m2 + 1;
      CallArgs cargs;
      if (!arguments(&cargs)) {
        if (err_) break;
        mark_ = m2 + 1;
      }
      if (expect(Tok::RPAR) && t_lookahead()) {
        a = make_call(m, a, cargs);
        continue;
      }
      if (err_) break;
      mark_ = m2;
    }
    break;
  }
  if (err_) a = nullptr;
  if (!a) mark_ = m;
  memo_put(MemoRule::t_primary, m, a, mark_);
  return a;
}

bool Parser::del_targets(ExprList* out) {
  // ','.del_target+ [',']
  Expr* e = del_target();
  if (!e) return false;
  out->push_back(e);
  for (;;) {
    int m = mark_;
    if (!expect(Tok::COMMA)) break;
    e = del_target();
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

ast::Expr* Parser::del_target() {
  // del_target (memo):
  //     | t_primary '.' NAME !t_lookahead
  //     | t_primary '[' slices ']' !t_lookahead
  //     | del_t_atom
  Guard g(this);
  if (err_) return nullptr;
  int m = mark_;
  void* cached;
  if (memo_get(MemoRule::del_target, m, &cached)) return static_cast<Expr*>(cached);
  Expr* result = single_subscript_attribute_target();
  if (result) {
    set_expr_context(result, ExprContext::Del);
  } else if (!err_) {
    mark_ = m;
    result = del_t_atom();
  }
  if (err_) result = nullptr;
  if (!result) mark_ = m;
  memo_put(MemoRule::del_target, m, result, mark_);
  return result;
}

ast::Expr* Parser::del_t_atom() {
  // del_t_atom:
  //     | NAME
  //     | '(' del_target ')'
  //     | '(' [del_targets] ')'
  //     | '[' [del_targets] ']'
  int m = mark_;
  const Token* t = peek_token();
  if (!t) return nullptr;
  if (t->kind == Tok::NAME) {
    mark_++;
    return name_from_token(*t, ExprContext::Del);
  }
  if (t->kind == Tok::LPAR) {
    mark_++;
    if (Expr* a = del_target()) {
      if (expect(Tok::RPAR)) {
        set_expr_context(a, ExprContext::Del);
        return a;
      }
    }
    if (err_) return nullptr;
    mark_ = m + 1;
    ExprList elts;
    if (!del_targets(&elts)) {
      if (err_) return nullptr;
      mark_ = m + 1;
      elts.clear();
    }
    if (!expect(Tok::RPAR)) {
      mark_ = m;
      return nullptr;
    }
    auto* tup = make<Tuple>(m);
    tup->elts = std::move(elts);
    tup->ctx = ExprContext::Del;
    return tup;
  }
  if (t->kind == Tok::LSQB) {
    mark_++;
    ExprList elts;
    if (!del_targets(&elts)) {
      if (err_) return nullptr;
      mark_ = m + 1;
      elts.clear();
    }
    if (!expect(Tok::RSQB)) {
      mark_ = m;
      return nullptr;
    }
    auto* l = make<List>(m);
    l->elts = std::move(elts);
    l->ctx = ExprContext::Del;
    return l;
  }
  return nullptr;
}

}  // namespace coil::compiler

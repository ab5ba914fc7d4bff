// parser_pattern.cpp - match statement patterns (literal, capture, wildcard, value, group, sequence, mapping, class, or, as).
#include "compiler/parser_impl.h"

namespace coil::compiler {

using namespace ast;

ast::Pattern* Parser::patterns() {
  // patterns: open_sequence_pattern | pattern
  int m = mark_;
  PatternList pats;
  if (open_sequence_pattern(&pats)) {
    auto* p = make<MatchSequence>(m);
    p->patterns = std::move(pats);
    return p;
  }
  if (err_) return nullptr;
  mark_ = m;
  return pattern();
}

ast::Pattern* Parser::pattern() {
  // pattern: as_pattern | or_pattern
  int m = mark_;
  if (Pattern* p = as_pattern()) return p;
  if (err_) return nullptr;
  mark_ = m;
  return or_pattern();
}

ast::Pattern* Parser::as_pattern() {
  // as_pattern: or_pattern 'as' pattern_capture_target | invalid_as_pattern
  int m = mark_;
  if (Pattern* p = or_pattern()) {
    if (expect(Tok::KW_AS)) {
      if (const Token* target = pattern_capture_target()) {
        auto* a = make<MatchAs>(m);
        a->pattern = p;
        a->has_name = true;
        a->name = identifier(*target);
        return a;
      }
    }
  }
  if (err_) return nullptr;
  mark_ = m;
  if (call_invalid_rules_) {
    invalid_as_pattern();
    mark_ = m;
  }
  return nullptr;
}

ast::Pattern* Parser::or_pattern() {
  // or_pattern: '|'.closed_pattern+
  int m = mark_;
  Pattern* first = closed_pattern();
  if (!first) return nullptr;
  PatternList pats{first};
  for (;;) {
    int m2 = mark_;
    if (!expect(Tok::VBAR)) break;
    Pattern* p = closed_pattern();
    if (!p) {
      if (err_) return nullptr;
      mark_ = m2;
      break;
    }
    pats.push_back(p);
  }
  if (err_) return nullptr;
  if (pats.size() == 1) return first;
  auto* o = make<MatchOr>(m);
  o->patterns = std::move(pats);
  return o;
}

ast::Pattern* Parser::closed_pattern() {
  Guard g(this);
  if (err_) return nullptr;
  int m = mark_;
  void* cached;
  if (memo_get(MemoRule::closed_pattern, m, &cached)) return static_cast<Pattern*>(cached);
  Pattern* p = closed_pattern_uncached();
  if (err_) p = nullptr;
  if (!p) mark_ = m;
  memo_put(MemoRule::closed_pattern, m, p, mark_);
  return p;
}

ast::Pattern* Parser::closed_pattern_uncached() {
  // closed_pattern: literal_pattern | capture_pattern | wildcard_pattern | value_pattern
  //               | group_pattern | sequence_pattern | mapping_pattern | class_pattern
  int m = mark_;
  Pattern* (Parser::*alts[])() = {&Parser::literal_pattern, &Parser::capture_pattern,
                                  &Parser::wildcard_pattern, &Parser::value_pattern,
                                  &Parser::group_pattern, &Parser::sequence_pattern,
                                  &Parser::mapping_pattern, &Parser::class_pattern};
  for (auto alt : alts) {
    if (Pattern* p = (this->*alt)()) return p;
    if (err_) return nullptr;
    mark_ = m;
  }
  return nullptr;
}

ast::Pattern* Parser::literal_pattern() {
  // literal_pattern:
  //     | signed_number !('+' | '-') | complex_number | strings | 'None' | 'True' | 'False'
  int m = mark_;
  if (Expr* v = signed_number()) {
    Tok k = peek();
    if (k != Tok::PLUS && k != Tok::MINUS && !err_) {
      auto* p = make<MatchValue>(m);
      p->value = v;
      return p;
    }
  }
  if (err_) return nullptr;
  mark_ = m;
  if (Expr* v = complex_number()) {
    auto* p = make<MatchValue>(m);
    p->value = v;
    return p;
  }
  if (err_) return nullptr;
  mark_ = m;
  if (peek() == Tok::STRING) {
    if (Expr* v = strings()) {
      auto* p = make<MatchValue>(m);
      p->value = v;
      return p;
    }
    if (err_) return nullptr;
  }
  mark_ = m;
  Tok k = peek();
  if (k == Tok::KW_NONE || k == Tok::KW_TRUE || k == Tok::KW_FALSE) {
    mark_++;
    auto* p = make<MatchSingleton>(m);
    p->value.kind = k == Tok::KW_NONE   ? ConstantValue::Kind::None
                    : k == Tok::KW_TRUE ? ConstantValue::Kind::True
                                        : ConstantValue::Kind::False;
    return p;
  }
  return nullptr;
}

ast::Expr* Parser::literal_expr() {
  // literal_expr: signed_number !('+' | '-') | complex_number | strings | 'None' | 'True' | 'False'
  int m = mark_;
  if (Expr* v = signed_number()) {
    Tok k = peek();
    if (k != Tok::PLUS && k != Tok::MINUS && !err_) return v;
  }
  if (err_) return nullptr;
  mark_ = m;
  if (Expr* v = complex_number()) return v;
  if (err_) return nullptr;
  mark_ = m;
  if (peek() == Tok::STRING) {
    if (Expr* v = strings()) return v;
    if (err_) return nullptr;
  }
  mark_ = m;
  Tok k = peek();
  if (k == Tok::KW_NONE || k == Tok::KW_TRUE || k == Tok::KW_FALSE) {
    mark_++;
    auto* c = make<Constant>(m);
    c->value.kind = k == Tok::KW_NONE   ? ConstantValue::Kind::None
                    : k == Tok::KW_TRUE ? ConstantValue::Kind::True
                                        : ConstantValue::Kind::False;
    return c;
  }
  return nullptr;
}

ast::Expr* Parser::complex_number() {
  // complex_number: signed_real_number ('+' | '-') imaginary_number
  int m = mark_;
  Expr* real = signed_real_number();
  if (!real) return nullptr;
  Tok k = peek();
  if (k != Tok::PLUS && k != Tok::MINUS) {
    mark_ = m;
    return nullptr;
  }
  mark_++;
  Expr* imag = imaginary_number();
  if (!imag) {
    mark_ = m;
    return nullptr;
  }
  auto* b = make<BinOp>(m);
  b->left = real;
  b->op = k == Tok::PLUS ? Operator::Add : Operator::Sub;
  b->right = imag;
  return b;
}

ast::Expr* Parser::signed_number() {
  // signed_number: NUMBER | '-' NUMBER
  int m = mark_;
  if (peek() == Tok::NUMBER) return atom();
  if (!expect(Tok::MINUS)) return nullptr;
  if (peek() != Tok::NUMBER) {
    mark_ = m;
    return nullptr;
  }
  Expr* n = atom();
  if (!n) {
    mark_ = m;
    return nullptr;
  }
  auto* u = make<UnaryOp>(m);
  u->op = UnaryOpKind::USub;
  u->operand = n;
  return u;
}

ast::Expr* Parser::signed_real_number() {
  // signed_real_number: real_number | '-' real_number
  int m = mark_;
  if (peek() == Tok::NUMBER) return real_number();
  if (!expect(Tok::MINUS)) return nullptr;
  Expr* n = real_number();
  if (!n) {
    mark_ = m;
    return nullptr;
  }
  auto* u = make<UnaryOp>(m);
  u->op = UnaryOpKind::USub;
  u->operand = n;
  return u;
}

ast::Expr* Parser::real_number() {
  // real_number: NUMBER (must not be imaginary)
  if (peek() != Tok::NUMBER) return nullptr;
  Expr* n = atom();
  if (!n) return nullptr;
  if (static_cast<Constant*>(n)->value.kind == ConstantValue::Kind::Complex) {
    raise_known_location(n->loc, "real number required in complex literal");
    return nullptr;
  }
  return n;
}

ast::Expr* Parser::imaginary_number() {
  // imaginary_number: NUMBER (must be imaginary)
  if (peek() != Tok::NUMBER) return nullptr;
  Expr* n = atom();
  if (!n) return nullptr;
  if (static_cast<Constant*>(n)->value.kind != ConstantValue::Kind::Complex) {
    raise_known_location(n->loc, "imaginary number required in complex literal");
    return nullptr;
  }
  return n;
}

const Token* Parser::pattern_capture_target() {
  // pattern_capture_target: !"_" NAME !('.' | '(' | '=')
  int m = mark_;
  const Token* t = peek_token();
  if (!t || t->kind != Tok::NAME || token_text(*t) == "_") return nullptr;
  mark_++;
  Tok k = peek();
  if (k == Tok::DOT || k == Tok::LPAR || k == Tok::EQUAL || err_) {
    mark_ = m;
    return nullptr;
  }
  return t;
}

ast::Pattern* Parser::capture_pattern() {
  int m = mark_;
  const Token* t = pattern_capture_target();
  if (!t) return nullptr;
  auto* a = make<MatchAs>(m);
  a->has_name = true;
  a->name = identifier(*t);
  return a;
}

ast::Pattern* Parser::wildcard_pattern() {
  // wildcard_pattern: "_"
  int m = mark_;
  if (!expect_soft_keyword("_")) return nullptr;
  return make<MatchAs>(m);
}

ast::Pattern* Parser::value_pattern() {
  // value_pattern: attr !('.' | '(' | '=')
  int m = mark_;
  Expr* a = attr();
  if (!a) return nullptr;
  Tok k = peek();
  if (k == Tok::DOT || k == Tok::LPAR || k == Tok::EQUAL || err_) {
    mark_ = m;
    return nullptr;
  }
  auto* p = make<MatchValue>(m);
  p->value = a;
  return p;
}

ast::Expr* Parser::attr() {
  // attr: name_or_attr '.' NAME   (left-recursive through name_or_attr)
  int m = mark_;
  Expr* e = name_or_attr();
  if (!e || e->kind != ExprKind::Attribute) {
    mark_ = m;
    return nullptr;
  }
  return e;
}

ast::Expr* Parser::name_or_attr() {
  // name_or_attr: attr | NAME
  int m = mark_;
  const Token* n = expect_name();
  if (!n) return nullptr;
  Expr* e = name_from_token(*n);
  for (;;) {
    int m2 = mark_;
    if (!expect(Tok::DOT)) break;
    const Token* n2 = expect_name();
    if (!n2) {
      mark_ = m2;
      break;
    }
    auto* a = make<Attribute>(m);
    a->value = e;
    a->attr = identifier(*n2);
    e = a;
  }
  if (err_) return nullptr;
  return e;
}

ast::Pattern* Parser::group_pattern() {
  // group_pattern: '(' pattern ')'
  int m = mark_;
  if (!expect(Tok::LPAR)) return nullptr;
  Pattern* p = pattern();
  if (!p || !expect(Tok::RPAR)) {
    mark_ = m;
    return nullptr;
  }
  return p;
}

ast::Pattern* Parser::sequence_pattern() {
  // sequence_pattern: '[' maybe_sequence_pattern? ']' | '(' open_sequence_pattern? ')'
  int m = mark_;
  Tok k = peek();
  if (k != Tok::LSQB && k != Tok::LPAR) return nullptr;
  mark_++;
  PatternList pats;
  int m2 = mark_;
  bool ok = k == Tok::LSQB ? maybe_sequence_pattern(&pats) : open_sequence_pattern(&pats);
  if (!ok) {
    if (err_) return nullptr;
    mark_ = m2;
    pats.clear();
  }
  if (!expect(k == Tok::LSQB ? Tok::RSQB : Tok::RPAR)) {
    mark_ = m;
    return nullptr;
  }
  auto* s = make<MatchSequence>(m);
  s->patterns = std::move(pats);
  return s;
}

bool Parser::open_sequence_pattern(PatternList* out) {
  // open_sequence_pattern: maybe_star_pattern ',' maybe_sequence_pattern?
  int m = mark_;
  Pattern* first = maybe_star_pattern();
  if (!first || !expect(Tok::COMMA)) {
    mark_ = m;
    return false;
  }
  PatternList rest;
  int m2 = mark_;
  if (!maybe_sequence_pattern(&rest)) {
    if (err_) return false;
    mark_ = m2;
    rest.clear();
  }
  out->push_back(first);
  out->insert(out->end(), rest.begin(), rest.end());
  return true;
}

bool Parser::maybe_sequence_pattern(PatternList* out) {
  // maybe_sequence_pattern: ','.maybe_star_pattern+ ','?
  Pattern* p = maybe_star_pattern();
  if (!p) return false;
  out->push_back(p);
  for (;;) {
    int m = mark_;
    if (!expect(Tok::COMMA)) break;
    p = maybe_star_pattern();
    if (!p) {
      if (err_) return false;
      mark_ = m;
      break;
    }
    out->push_back(p);
  }
  expect(Tok::COMMA);
  return !err_;
}

ast::Pattern* Parser::maybe_star_pattern() {
  // maybe_star_pattern: star_pattern | pattern
  int m = mark_;
  if (Pattern* p = star_pattern()) return p;
  if (err_) return nullptr;
  mark_ = m;
  return pattern();
}

ast::Pattern* Parser::star_pattern() {
  // star_pattern (memo): '*' pattern_capture_target | '*' wildcard_pattern
  if (err_) return nullptr;
  int m = mark_;
  void* cached;
  if (memo_get(MemoRule::star_pattern, m, &cached)) return static_cast<Pattern*>(cached);
  Pattern* result = nullptr;
  if (expect(Tok::STAR)) {
    if (const Token* t = pattern_capture_target()) {
      auto* s = make<MatchStar>(m);
      s->has_name = true;
      s->name = identifier(*t);
      result = s;
    } else if (!err_ && expect_soft_keyword("_")) {
      result = make<MatchStar>(m);
    }
  }
  if (err_) result = nullptr;
  if (!result) mark_ = m;
  memo_put(MemoRule::star_pattern, m, result, mark_);
  return result;
}

ast::Pattern* Parser::mapping_pattern() {
  // mapping_pattern:
  //     | '{' '}'
  //     | '{' double_star_pattern ','? '}'
  //     | '{' items_pattern ',' double_star_pattern ','? '}'
  //     | '{' items_pattern ','? '}'
  int m = mark_;
  if (!expect(Tok::LBRACE)) return nullptr;
  if (expect(Tok::RBRACE)) return make<MatchMapping>(m);
  if (err_) return nullptr;
  int after_brace = mark_;
  if (const Token* rest = double_star_pattern()) {
    expect(Tok::COMMA);
    if (expect(Tok::RBRACE)) {
      auto* p = make<MatchMapping>(m);
      p->has_rest = true;
      p->rest = identifier(*rest);
      return p;
    }
  }
  if (err_) return nullptr;
  mark_ = after_brace;
  std::vector<KeyPattern> items;
  if (items_pattern(&items)) {
    int after_items = mark_;
    if (expect(Tok::COMMA)) {
      if (const Token* rest = double_star_pattern()) {
        expect(Tok::COMMA);
        if (expect(Tok::RBRACE)) {
          auto* p = make<MatchMapping>(m);
          for (auto& kp : items) {
            p->keys.push_back(kp.key);
            p->patterns.push_back(kp.pattern);
          }
          p->has_rest = true;
          p->rest = identifier(*rest);
          return p;
        }
      }
    }
    if (err_) return nullptr;
    mark_ = after_items;
    expect(Tok::COMMA);
    if (expect(Tok::RBRACE)) {
      auto* p = make<MatchMapping>(m);
      for (auto& kp : items) {
        p->keys.push_back(kp.key);
        p->patterns.push_back(kp.pattern);
      }
      return p;
    }
  }
  mark_ = m;
  return nullptr;
}

bool Parser::items_pattern(std::vector<KeyPattern>* out) {
  // items_pattern: ','.key_value_pattern+
  KeyPattern kp;
  if (!key_value_pattern(&kp)) return false;
  out->push_back(kp);
  for (;;) {
    int m = mark_;
    if (!expect(Tok::COMMA)) break;
    if (!key_value_pattern(&kp)) {
      if (err_) return false;
      mark_ = m;
      break;
    }
    out->push_back(kp);
  }
  return !err_;
}

bool Parser::key_value_pattern(KeyPattern* out) {
  // key_value_pattern: (literal_expr | attr) ':' pattern
  int m = mark_;
  Expr* key = literal_expr();
  if (!key && !err_) {
    mark_ = m;
    key = attr();
  }
  if (!key || !expect(Tok::COLON)) {
    mark_ = m;
    return false;
  }
  Pattern* p = pattern();
  if (!p) {
    mark_ = m;
    return false;
  }
  *out = KeyPattern{key, p};
  return true;
}

const Token* Parser::double_star_pattern() {
  // double_star_pattern: '**' pattern_capture_target
  int m = mark_;
  if (!expect(Tok::DOUBLESTAR)) return nullptr;
  const Token* t = pattern_capture_target();
  if (!t) mark_ = m;
  return t;
}

ast::Pattern* Parser::class_pattern() {
  // class_pattern:
  //     | name_or_attr '(' ')'
  //     | name_or_attr '(' positional_patterns ','? ')'
  //     | name_or_attr '(' keyword_patterns ','? ')'
  //     | name_or_attr '(' positional_patterns ',' keyword_patterns ','? ')'
  //     | invalid_class_pattern
  int m = mark_;
  Expr* cls = name_or_attr();
  if (cls && expect(Tok::LPAR)) {
    int after_paren = mark_;
    auto build = [&](PatternList* pos, std::vector<KeyPattern>* kws) {
      auto* p = make<MatchClass>(m);
      p->cls = cls;
      if (pos) p->patterns = std::move(*pos);
      if (kws) {
        for (auto& kp : *kws) {
          p->kwd_attrs.push_back(static_cast<Name*>(kp.key)->id);
          p->kwd_patterns.push_back(kp.pattern);
        }
      }
      return p;
    };
    if (expect(Tok::RPAR)) return build(nullptr, nullptr);
    if (err_) return nullptr;
    {
      PatternList pos;
      if (positional_patterns(&pos)) {
        int m2 = mark_;
        expect(Tok::COMMA);
        if (expect(Tok::RPAR)) return build(&pos, nullptr);
        if (err_) return nullptr;
        mark_ = m2;
      }
    }
    if (err_) return nullptr;
    mark_ = after_paren;
    {
      std::vector<KeyPattern> kws;
      if (keyword_patterns(&kws)) {
        expect(Tok::COMMA);
        if (expect(Tok::RPAR)) return build(nullptr, &kws);
      }
    }
    if (err_) return nullptr;
    mark_ = after_paren;
    {
      PatternList pos;
      if (positional_patterns(&pos) && expect(Tok::COMMA)) {
        std::vector<KeyPattern> kws;
        if (keyword_patterns(&kws)) {
          expect(Tok::COMMA);
          if (expect(Tok::RPAR)) return build(&pos, &kws);
        }
      }
    }
  }
  if (err_) return nullptr;
  mark_ = m;
  if (call_invalid_rules_) {
    invalid_class_pattern();
    mark_ = m;
  }
  return nullptr;
}

bool Parser::positional_patterns(PatternList* out) {
  // positional_patterns: ','.pattern+
  Pattern* p = pattern();
  if (!p) return false;
  out->push_back(p);
  for (;;) {
    int m = mark_;
    if (!expect(Tok::COMMA)) break;
    p = pattern();
    if (!p) {
      if (err_) return false;
      mark_ = m;
      break;
    }
    out->push_back(p);
  }
  return !err_;
}

bool Parser::keyword_patterns(std::vector<KeyPattern>* out) {
  // keyword_patterns: ','.keyword_pattern+
  KeyPattern kp;
  if (!keyword_pattern(&kp)) return false;
  out->push_back(kp);
  for (;;) {
    int m = mark_;
    if (!expect(Tok::COMMA)) break;
    if (!keyword_pattern(&kp)) {
      if (err_) return false;
      mark_ = m;
      break;
    }
    out->push_back(kp);
  }
  return !err_;
}

bool Parser::keyword_pattern(KeyPattern* out) {
  // keyword_pattern: NAME '=' pattern
  int m = mark_;
  const Token* n = expect_name();
  if (!n || !expect(Tok::EQUAL)) {
    mark_ = m;
    return false;
  }
  Pattern* p = pattern();
  if (!p) {
    mark_ = m;
    return false;
  }
  *out = KeyPattern{name_from_token(*n), p};
  return true;
}

}  // namespace coil::compiler

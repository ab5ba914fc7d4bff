// parser_params.cpp - function and lambda parameter lists (positional-only, defaults, *args, keyword-only, **kwargs).
//
// The def and lambda grammars are parallel; `lambda` selects the lambda variant (no
// annotations, the list ends at ':' instead of ')').
#include "compiler/parser_impl.h"

namespace coil::compiler {

using namespace ast;

ast::Arguments* Parser::empty_arguments() {
  return arena_.make<Arguments>();
}

ast::Arguments* Parser::params(bool lambda) {
  // params: invalid_parameters | parameters
  int m = mark_;
  if (call_invalid_rules_) {
    invalid_parameters(lambda);
    if (err_) return nullptr;
    mark_ = m;
  }
  return parameters(lambda);
}

ast::Arguments* Parser::parameters(bool lambda) {
  // parameters:
  //     | slash_no_default param_no_default* param_with_default* [star_etc]
  //     | slash_with_default param_with_default* [star_etc]
  //     | param_no_default+ param_with_default* [star_etc]
  //     | param_with_default+ [star_etc]
  //     | star_etc
  int m = mark_;
  auto params_no_default = [&](std::vector<Arg*>* out) {
    for (;;) {
      int m2 = mark_;
      Arg* a = param_no_default(lambda);
      if (!a) {
        mark_ = m2;
        return;
      }
      out->push_back(a);
    }
  };
  auto params_with_default = [&](std::vector<NameDefault>* out) {
    for (;;) {
      int m2 = mark_;
      NameDefault nd;
      if (!param_with_default(lambda, &nd)) {
        mark_ = m2;
        return;
      }
      out->push_back(nd);
    }
  };
  auto opt_star_etc = [&](StarEtc* se) -> bool {
    int m2 = mark_;
    if (star_etc(lambda, se)) return true;
    mark_ = m2;
    return false;
  };
  {
    std::vector<Arg*> slash;
    if (slash_no_default(lambda, &slash)) {
      std::vector<Arg*> plain;
      std::vector<NameDefault> with_default;
      params_no_default(&plain);
      params_with_default(&with_default);
      StarEtc se;
      bool has_se = opt_star_etc(&se);
      if (err_) return nullptr;
      return make_arguments(&slash, nullptr, &plain, &with_default, has_se ? &se : nullptr);
    }
  }
  if (err_) return nullptr;
  mark_ = m;
  {
    SlashWithDefault swd;
    if (slash_with_default(lambda, &swd)) {
      std::vector<NameDefault> with_default;
      params_with_default(&with_default);
      StarEtc se;
      bool has_se = opt_star_etc(&se);
      if (err_) return nullptr;
      return make_arguments(nullptr, &swd, nullptr, &with_default, has_se ? &se : nullptr);
    }
  }
  if (err_) return nullptr;
  mark_ = m;
  {
    std::vector<Arg*> plain;
    params_no_default(&plain);
    if (err_) return nullptr;
    if (!plain.empty()) {
      std::vector<NameDefault> with_default;
      params_with_default(&with_default);
      StarEtc se;
      bool has_se = opt_star_etc(&se);
      if (err_) return nullptr;
      return make_arguments(nullptr, nullptr, &plain, &with_default, has_se ? &se : nullptr);
    }
  }
  mark_ = m;
  {
    std::vector<NameDefault> with_default;
    params_with_default(&with_default);
    if (err_) return nullptr;
    if (!with_default.empty()) {
      StarEtc se;
      bool has_se = opt_star_etc(&se);
      if (err_) return nullptr;
      return make_arguments(nullptr, nullptr, nullptr, &with_default, has_se ? &se : nullptr);
    }
  }
  mark_ = m;
  {
    StarEtc se;
    if (star_etc(lambda, &se)) return make_arguments(nullptr, nullptr, nullptr, nullptr, &se);
  }
  mark_ = m;
  return nullptr;
}

bool Parser::param_end(bool lambda) {
  // ',' (consumed) or the closing token as lookahead: &')' for def, &':' for lambda.
  if (expect(Tok::COMMA)) return true;
  return peek() == (lambda ? Tok::COLON : Tok::RPAR);
}

bool Parser::slash_no_default(bool lambda, std::vector<Arg*>* out) {
  // slash_no_default: param_no_default+ '/' ',' | param_no_default+ '/' &')'
  int m = mark_;
  std::vector<Arg*> names;
  for (;;) {
    int m2 = mark_;
    Arg* a = param_no_default(lambda);
    if (!a) {
      mark_ = m2;
      break;
    }
    names.push_back(a);
  }
  if (names.empty() || !expect(Tok::SLASH) || !param_end(lambda)) {
    mark_ = m;
    return false;
  }
  *out = std::move(names);
  return true;
}

bool Parser::slash_with_default(bool lambda, SlashWithDefault* out) {
  // slash_with_default:
  //     | param_no_default* param_with_default+ '/' ','
  //     | param_no_default* param_with_default+ '/' &')'
  int m = mark_;
  SlashWithDefault swd;
  for (;;) {
    int m2 = mark_;
    Arg* a = param_no_default(lambda);
    if (!a) {
      mark_ = m2;
      break;
    }
    swd.plain.push_back(a);
  }
  for (;;) {
    int m2 = mark_;
    NameDefault nd;
    if (!param_with_default(lambda, &nd)) {
      mark_ = m2;
      break;
    }
    swd.with_default.push_back(nd);
  }
  if (swd.with_default.empty() || !expect(Tok::SLASH) || !param_end(lambda)) {
    mark_ = m;
    return false;
  }
  *out = std::move(swd);
  return true;
}

bool Parser::star_etc(bool lambda, StarEtc* out) {
  // star_etc:
  //     | invalid_star_etc
  //     | '*' param_no_default param_maybe_default* [kwds]
  //     | '*' param_no_default_star_annotation param_maybe_default* [kwds]   (def only)
  //     | '*' ',' param_maybe_default+ [kwds]
  //     | kwds
  int m = mark_;
  if (call_invalid_rules_) {
    invalid_star_etc(lambda);
    if (err_) return false;
    mark_ = m;
  }
  auto maybe_defaults = [&](std::vector<NameDefault>* v) {
    for (;;) {
      int m2 = mark_;
      NameDefault nd;
      if (!param_maybe_default(lambda, &nd)) {
        mark_ = m2;
        return;
      }
      v->push_back(nd);
    }
  };
  auto opt_kwds = [&]() -> Arg* {
    int m2 = mark_;
    Arg* k = kwds(lambda);
    if (!k) mark_ = m2;
    return k;
  };
  if (expect(Tok::STAR)) {
    int after_star = mark_;
    Arg* vararg = param_no_default(lambda);
    if (!vararg && !err_ && !lambda) {
      mark_ = after_star;
      vararg = param_no_default_star_annotation();
    }
    if (vararg) {
      StarEtc se;
      se.vararg = vararg;
      maybe_defaults(&se.kwonly);
      se.kwarg = opt_kwds();
      if (err_) return false;
      *out = std::move(se);
      return true;
    }
    if (err_) return false;
    mark_ = after_star;
    if (expect(Tok::COMMA)) {
      StarEtc se;
      maybe_defaults(&se.kwonly);
      if (!se.kwonly.empty()) {
        se.kwarg = opt_kwds();
        if (err_) return false;
        *out = std::move(se);
        return true;
      }
    }
    if (err_) return false;
  }
  mark_ = m;
  if (Arg* k = kwds(lambda)) {
    out->kwarg = k;
    return true;
  }
  mark_ = m;
  return false;
}

ast::Arg* Parser::kwds(bool lambda) {
  // kwds: invalid_kwds | '**' param_no_default
  int m = mark_;
  if (call_invalid_rules_) {
    invalid_kwds(lambda);
    if (err_) return nullptr;
    mark_ = m;
  }
  if (!expect(Tok::DOUBLESTAR)) return nullptr;
  Arg* a = param_no_default(lambda);
  if (!a) mark_ = m;
  return a;
}

ast::Arg* Parser::param_no_default(bool lambda) {
  // param_no_default: param ',' | param &')'
  int m = mark_;
  Arg* a = param(lambda);
  if (!a) return nullptr;
  if (!param_end(lambda)) {
    mark_ = m;
    return nullptr;
  }
  return a;
}

ast::Arg* Parser::param_no_default_star_annotation() {
  // param_no_default_star_annotation: param_star_annotation ',' | param_star_annotation &')'
  int m = mark_;
  Arg* a = param_star_annotation();
  if (!a) return nullptr;
  if (!param_end(false)) {
    mark_ = m;
    return nullptr;
  }
  return a;
}

bool Parser::param_with_default(bool lambda, NameDefault* out) {
  // param_with_default: param default ',' | param default &')'
  int m = mark_;
  Arg* a = param(lambda);
  if (!a) return false;
  Expr* d = default_value();
  if (!d || !param_end(lambda)) {
    mark_ = m;
    return false;
  }
  *out = NameDefault{a, d};
  return true;
}

bool Parser::param_maybe_default(bool lambda, NameDefault* out) {
  // param_maybe_default: param default? ',' | param default? &')'
  int m = mark_;
  Arg* a = param(lambda);
  if (!a) return false;
  int m2 = mark_;
  Expr* d = default_value();
  if (!d) {
    if (err_) return false;
    mark_ = m2;
  }
  if (!param_end(lambda)) {
    mark_ = m;
    return false;
  }
  *out = NameDefault{a, d};
  return true;
}

ast::Arg* Parser::param(bool lambda) {
  // param: NAME annotation?      lambda_param: NAME
  int m = mark_;
  const Token* n = expect_name();
  if (!n) return nullptr;
  Expr* ann = nullptr;
  if (!lambda) {
    int m2 = mark_;
    if (expect(Tok::COLON)) {
      ann = expression();
      if (!ann) {
        if (err_) return nullptr;
        mark_ = m2;
      }
    }
  }
  auto* a = arena_.make<Arg>();
  a->arg = identifier(*n);
  a->annotation = ann;
  a->loc = loc_from(m);
  return a;
}

ast::Arg* Parser::param_star_annotation() {
  // param_star_annotation: NAME star_annotation;  star_annotation: ':' star_expression
  int m = mark_;
  const Token* n = expect_name();
  if (!n) return nullptr;
  if (!expect(Tok::COLON)) {
    mark_ = m;
    return nullptr;
  }
  Expr* ann = star_expression();
  if (!ann) {
    mark_ = m;
    return nullptr;
  }
  auto* a = arena_.make<Arg>();
  a->arg = identifier(*n);
  a->annotation = ann;
  a->loc = loc_from(m);
  return a;
}

ast::Expr* Parser::default_value() {
  // default: '=' expression | invalid_default
  int m = mark_;
  if (expect(Tok::EQUAL)) {
    if (Expr* e = expression()) return e;
  }
  if (err_) return nullptr;
  mark_ = m;
  if (call_invalid_rules_) {
    invalid_default();
    mark_ = m;
  }
  return nullptr;
}

ast::Arguments* Parser::make_arguments(std::vector<Arg*>* slash_no_default_names,
                                       SlashWithDefault* swd, std::vector<Arg*>* plain_names,
                                       std::vector<NameDefault>* names_with_default,
                                       StarEtc* se) {
  auto* a = arena_.make<Arguments>();
  if (slash_no_default_names) {
    a->posonlyargs = *slash_no_default_names;
  } else if (swd) {
    a->posonlyargs = swd->plain;
    for (const NameDefault& nd : swd->with_default) a->posonlyargs.push_back(nd.arg);
  }
  if (plain_names) a->args = *plain_names;
  if (names_with_default) {
    for (const NameDefault& nd : *names_with_default) a->args.push_back(nd.arg);
  }
  if (swd) {
    for (const NameDefault& nd : swd->with_default) a->defaults.push_back(nd.value);
  }
  if (names_with_default) {
    for (const NameDefault& nd : *names_with_default) a->defaults.push_back(nd.value);
  }
  if (se) {
    a->vararg = se->vararg;
    for (const NameDefault& nd : se->kwonly) {
      a->kwonlyargs.push_back(nd.arg);
      a->kw_defaults.push_back(nd.value);
    }
    a->kwarg = se->kwarg;
  }
  return a;
}

}  // namespace coil::compiler

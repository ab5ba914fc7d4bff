// codegen_pattern.cpp - match statements: patterns compiled CPython-style, captures kept in hidden
// temporaries until the whole pattern has matched (so a failed match binds nothing).
#include <set>

#include "compiler/codegen_internal.h"
#include "vm/runtime.h"

namespace coil::cg {

namespace {

bool is_wildcard(Pattern* p) {
  return p->kind == PatternKind::MatchAs && !static_cast<MatchAs*>(p)->pattern && !static_cast<MatchAs*>(p)->has_name;
}
bool is_star_wildcard(Pattern* p) { return p->kind == PatternKind::MatchStar && !static_cast<MatchStar*>(p)->has_name; }

}  // namespace

bool Compiler::ensure_fail_pop(PatternContext* pc, int n) {
  while (int(pc->fail_pop.size()) <= n) pc->fail_pop.push_back(new_block());
  return true;
}

bool Compiler::jump_to_fail_pop(PatternContext* pc, int op) {
  int pops = pc->on_top;
  ensure_fail_pop(pc, pops);
  emit_jump(op, pc->fail_pop[std::size_t(pops)]);
  return true;
}

bool Compiler::emit_and_reset_fail_pop(PatternContext* pc) {
  if (pc->fail_pop.empty()) return true;
  for (std::size_t n = pc->fail_pop.size() - 1; n > 0; --n) {
    use_block(pc->fail_pop[n]);
    emit(POP_TOP);
  }
  use_block(pc->fail_pop[0]);
  pc->fail_pop.clear();
  return true;
}

bool Compiler::pattern_helper_store_name(const std::string& name, const Loc& loc, PatternContext* pc) {
  if (forbidden_name(name, ExprContext::Store, loc)) return false;
  for (const std::string& s : pc->stores)
    if (s == name) return error("multiple assignments to name '" + name + "' in pattern", loc);
  auto it = pc->temps.find(name);
  uint32_t slot;
  if (it == pc->temps.end()) {
    slot = hidden_temp();
    pc->temps[name] = slot;
  } else {
    slot = it->second;
  }
  emit(STORE_FAST, slot);
  pc->stores.push_back(name);
  return true;
}

bool Compiler::pattern_subpattern(Pattern* p, PatternContext* pc) {
  bool saved = pc->allow_irrefutable;
  pc->allow_irrefutable = true;
  bool ok = pattern(p, pc);
  pc->allow_irrefutable = saved;
  return ok;
}

bool Compiler::pattern(Pattern* p, PatternContext* pc) {
  set_loc(p->loc);
  switch (p->kind) {
    case PatternKind::MatchValue: return pattern_value(static_cast<MatchValue*>(p), pc);
    case PatternKind::MatchSingleton: return pattern_singleton(static_cast<MatchSingleton*>(p), pc);
    case PatternKind::MatchSequence: return pattern_sequence(static_cast<MatchSequence*>(p), pc);
    case PatternKind::MatchMapping: return pattern_mapping(static_cast<MatchMapping*>(p), pc);
    case PatternKind::MatchClass: return pattern_class(static_cast<MatchClass*>(p), pc);
    case PatternKind::MatchStar: return pattern_star(static_cast<MatchStar*>(p), pc);
    case PatternKind::MatchAs: return pattern_as(static_cast<MatchAs*>(p), pc);
    case PatternKind::MatchOr: return pattern_or(static_cast<MatchOr*>(p), pc);
  }
  return false;
}

bool Compiler::pattern_value(MatchValue* p, PatternContext* pc) {
  if (!expr(p->value)) return false;
  set_loc(p->loc);
  emit(COMPARE_OP, kEQ);
  return jump_to_fail_pop(pc, POP_JUMP_IF_FALSE);
}

bool Compiler::pattern_singleton(MatchSingleton* p, PatternContext* pc) {
  if (!constant(p->value)) return false;
  emit(IS_OP, 0);
  return jump_to_fail_pop(pc, POP_JUMP_IF_FALSE);
}

bool Compiler::pattern_as(MatchAs* p, PatternContext* pc) {
  if (!p->pattern) {
    if (!pc->allow_irrefutable) {
      if (p->has_name) return error("name capture '" + p->name + "' makes remaining patterns unreachable", p->loc);
      return error("wildcard makes remaining patterns unreachable", p->loc);
    }
    if (!p->has_name) {
      emit(POP_TOP);
      return true;
    }
    return pattern_helper_store_name(p->name, p->loc, pc);
  }
  pc->on_top++;
  emit(COPY, 1);
  if (!pattern(p->pattern, pc)) return false;
  pc->on_top--;
  if (!p->has_name) {
    emit(POP_TOP);
    return true;
  }
  return pattern_helper_store_name(p->name, p->loc, pc);
}

bool Compiler::pattern_star(MatchStar* p, PatternContext* pc) {
  if (!p->has_name) {
    emit(POP_TOP);
    return true;
  }
  return pattern_helper_store_name(p->name, p->loc, pc);
}

bool Compiler::pattern_sequence(MatchSequence* p, PatternContext* pc) {
  const PatternList& patterns = p->patterns;
  std::size_t size = patterns.size();
  int star = -1;
  bool only_wildcard = true, star_wildcard = false;
  for (std::size_t i = 0; i < size; ++i) {
    Pattern* q = patterns[i];
    if (q->kind == PatternKind::MatchStar) {
      if (star >= 0) return error("multiple starred names in sequence pattern", q->loc);
      star_wildcard = is_star_wildcard(q);
      only_wildcard &= star_wildcard;
      star = int(i);
      continue;
    }
    only_wildcard &= is_wildcard(q);
  }
  pc->on_top++;
  emit(MATCH_SEQUENCE);
  jump_to_fail_pop(pc, POP_JUMP_IF_FALSE);
  if (star < 0) {
    emit(GET_LEN);
    emit(LOAD_CONST, add_const(Value::small(int64_t(size))));
    emit(COMPARE_OP, kEQ);
    jump_to_fail_pop(pc, POP_JUMP_IF_FALSE);
  } else if (size > 1) {
    emit(GET_LEN);
    emit(LOAD_CONST, add_const(Value::small(int64_t(size) - 1)));
    emit(COMPARE_OP, kGE);
    jump_to_fail_pop(pc, POP_JUMP_IF_FALSE);
  }
  pc->on_top--;
  if (only_wildcard) {
    emit(POP_TOP);
    return true;
  }
  if (star_wildcard) {
    pc->on_top++;
    for (std::size_t i = 0; i < size; ++i) {
      Pattern* q = patterns[i];
      if (is_wildcard(q) || int(i) == star) continue;
      emit(COPY, 1);
      if (int(i) < star) {
        emit(LOAD_CONST, add_const(Value::small(int64_t(i))));
      } else {
        emit(GET_LEN);
        emit(LOAD_CONST, add_const(Value::small(int64_t(size - i))));
        emit(BINARY_OP, kSub);
      }
      emit(BINARY_SUBSCR);
      if (!pattern_subpattern(q, pc)) return false;
    }
    pc->on_top--;
    emit(POP_TOP);
    return true;
  }
  if (star >= 0) {
    emit(UNPACK_EX, uint32_t(star) | uint32_t((size - std::size_t(star) - 1) << 8));
  } else {
    emit(UNPACK_SEQUENCE, uint32_t(size));
  }
  pc->on_top += int(size);
  for (std::size_t i = 0; i < size; ++i) {
    pc->on_top--;
    if (!pattern_subpattern(patterns[i], pc)) return false;
  }
  return true;
}

bool Compiler::pattern_mapping(MatchMapping* p, PatternContext* pc) {
  std::size_t size = p->keys.size();
  if (size != p->patterns.size()) return error("keys and patterns differ in mapping pattern", p->loc);
  pc->on_top++;
  emit(MATCH_MAPPING);
  jump_to_fail_pop(pc, POP_JUMP_IF_FALSE);
  if (!size && !p->has_rest) {
    pc->on_top--;
    emit(POP_TOP);
    return true;
  }
  if (size) {
    emit(GET_LEN);
    emit(LOAD_CONST, add_const(Value::small(int64_t(size))));
    emit(COMPARE_OP, kGE);
    jump_to_fail_pop(pc, POP_JUMP_IF_FALSE);
  }
  std::vector<std::string> seen;
  for (Expr* key : p->keys) {
    if (key->kind == ExprKind::Constant) {
      Value v = constant_value(static_cast<Constant*>(key)->value);
      Value r = repr(vm_, v);
      decref(v);
      std::string text = r ? as_str(r)->data : "?";
      decref(r);
      for (const std::string& s : seen)
        if (s == text) return error("mapping pattern checks duplicate key (" + text + ")", p->loc);
      seen.push_back(text);
    } else if (key->kind != ExprKind::Attribute) {
      return error("mapping pattern keys may only match literals and attribute lookups", key->loc);
    }
    if (!expr(key)) return false;
  }
  set_loc(p->loc);
  emit(BUILD_TUPLE, uint32_t(size));
  emit(MATCH_KEYS);
  pc->on_top += 2;
  emit(COPY, 1);
  emit(LOAD_CONST, const_none());
  emit(IS_OP, 1);
  jump_to_fail_pop(pc, POP_JUMP_IF_FALSE);
  emit(UNPACK_SEQUENCE, uint32_t(size));
  pc->on_top += int(size) - 1;
  for (std::size_t i = 0; i < size; ++i) {
    pc->on_top--;
    if (!pattern_subpattern(p->patterns[i], pc)) return false;
  }
  pc->on_top -= 2;
  if (p->has_rest) {
    emit(BUILD_MAP, 0);
    emit(SWAP, 3);
    emit(DICT_UPDATE, 2);
    emit(UNPACK_SEQUENCE, uint32_t(size));
    std::size_t n = size;
    while (n) {
      emit(COPY, uint32_t(1 + n--));
      emit(SWAP, 2);
      emit(DELETE_SUBSCR);
    }
    return pattern_helper_store_name(p->rest, p->loc, pc);
  }
  emit(POP_TOP);
  emit(POP_TOP);
  return true;
}

bool Compiler::pattern_class(MatchClass* p, PatternContext* pc) {
  std::size_t nargs = p->patterns.size();
  std::size_t nattrs = p->kwd_attrs.size();
  if (nattrs != p->kwd_patterns.size()) return error("kwd_attrs (" + std::to_string(nattrs) + ") / kwd_patterns mismatch", p->loc);
  for (std::size_t i = 0; i < nattrs; ++i) {
    const std::string& name = p->kwd_attrs[i];
    if (forbidden_name(name, ExprContext::Store, p->kwd_patterns[i]->loc)) return false;
    for (std::size_t j = i + 1; j < nattrs; ++j)
      if (p->kwd_attrs[j] == name) return error("attribute name repeated in class pattern: " + name, p->kwd_patterns[j]->loc);
  }
  if (!expr(p->cls)) return false;
  set_loc(p->loc);
  coil::Tuple* names = tuple_new(int64_t(nattrs));
  for (std::size_t i = 0; i < nattrs; ++i) names->items[i] = Value(str_new(p->kwd_attrs[i]));
  emit(LOAD_CONST, add_const(Value(names)));
  emit(MATCH_CLASS, uint32_t(nargs));
  emit(COPY, 1);
  emit(LOAD_CONST, const_none());
  emit(IS_OP, 1);
  pc->on_top++;
  jump_to_fail_pop(pc, POP_JUMP_IF_FALSE);
  emit(UNPACK_SEQUENCE, uint32_t(nargs + nattrs));
  pc->on_top += int(nargs + nattrs) - 1;
  for (std::size_t i = 0; i < nargs + nattrs; ++i) {
    pc->on_top--;
    Pattern* q = i < nargs ? p->patterns[i] : p->kwd_patterns[i - nargs];
    if (is_wildcard(q)) {
      emit(POP_TOP);
      continue;
    }
    if (!pattern_subpattern(q, pc)) return false;
  }
  return true;
}

bool Compiler::pattern_or(MatchOr* p, PatternContext* pc) {
  Block* end = new_block();
  PatternContext old = *pc;
  std::vector<std::string> control;
  std::size_t size = p->patterns.size();
  for (std::size_t i = 0; i < size; ++i) {
    Pattern* alt = p->patterns[i];
    set_loc(alt->loc);
    PatternContext sub;
    sub.temps = pc->temps;
    sub.allow_irrefutable = (i == size - 1) && old.allow_irrefutable;
    emit(COPY, 1);
    if (!pattern(alt, &sub)) return false;
    pc->temps = sub.temps;
    if (i == 0) {
      control = sub.stores;
    } else {
      std::set<std::string> a(control.begin(), control.end()), b(sub.stores.begin(), sub.stores.end());
      if (a != b) return error("alternative patterns bind different names", alt->loc);
    }
    emit_jump(kJump, end);
    emit_and_reset_fail_pop(&sub);
  }
  // no alternative matched
  emit(POP_TOP);
  PatternContext outer = old;
  outer.temps = pc->temps;
  *pc = outer;
  jump_to_fail_pop(pc, kJump);
  use_block(end);
  for (const std::string& name : control) {
    for (const std::string& s : pc->stores)
      if (s == name) return error("multiple assignments to name '" + name + "' in pattern", p->loc);
    pc->stores.push_back(name);
  }
  emit(POP_TOP);
  return true;
}

bool Compiler::match_stmt(Match* s) {
  if (!expr(s->subject)) return false;
  Block* end = new_block();
  std::size_t cases = s->cases.size();
  bool has_default = cases > 0 && is_wildcard(s->cases.back()->pattern) && !s->cases.back()->guard && cases > 1;
  for (std::size_t i = 0; i < cases - (has_default ? 1 : 0); ++i) {
    MatchCase* m = s->cases[i];
    set_loc(m->pattern->loc);
    bool last = i == cases - (has_default ? 1 : 0) - 1;
    if (!last) emit(COPY, 1);
    PatternContext pc;
    pc.allow_irrefutable = m->guard != nullptr || i == cases - 1;
    if (!pattern(m->pattern, &pc)) return false;
    // Bind the captures (kept in temporaries until now).
    for (const std::string& name : pc.stores) {
      emit(LOAD_FAST, pc.temps[name]);
      if (!name_op(name, ExprContext::Store, m->pattern->loc)) return false;
    }
    if (m->guard) {
      ensure_fail_pop(&pc, 0);
      if (!jump_if(m->guard, pc.fail_pop[0], false)) return false;
    }
    if (!last) emit(POP_TOP);
    if (!stmts(m->body)) return false;
    emit_jump(kJump, end);
    set_loc(m->pattern->loc);
    emit_and_reset_fail_pop(&pc);
  }
  if (has_default) {
    MatchCase* m = s->cases.back();
    set_loc(m->pattern->loc);
    if (cases == 1) emit(POP_TOP);
    else emit(NOP);
    if (m->guard && !jump_if(m->guard, end, false)) return false;
    if (!stmts(m->body)) return false;
  }
  use_block(end);
  return true;
}

}  // namespace coil::cg

// codegen_unit.cpp - code generation units: emitting into basic blocks, constants and names, and
// assembling a unit into a code object (stack depth, exception table, jump targets, positions).
#include <algorithm>
#include <cstring>
#include <set>

#include "compiler/codegen_internal.h"
#include "vm/runtime.h"

namespace coil::cg {

Unit::~Unit() {
  for (Value v : consts) decref(v);
  decref(docstring);
}

// ============================================================== units and blocks

void Compiler::enter_unit(UnitKind kind, Scope* scope, const std::string& name, int lineno) {
  auto u = std::make_unique<Unit>();
  u->kind = kind;
  u->scope = scope;
  u->name = name;
  u->firstlineno = lineno;
  if (u_) {
    u->private_name = u_->private_name;
    if (u_->kind == UnitKind::Class) u->private_name = u_->name;
  }
  if (kind == UnitKind::Class) u->private_name = name;
  // qualname
  if (!u_ || u_->kind == UnitKind::Module) {
    u->qualname = name;
  } else {
    std::string base = u_->qualname;
    bool parent_is_function = u_->kind == UnitKind::Function || u_->kind == UnitKind::AsyncFunction ||
                              u_->kind == UnitKind::Lambda || u_->kind == UnitKind::Comprehension;
    // A function declared global (or in a class declared global) is qualified by its name only.
    bool global_decl = false;
    if (kind == UnitKind::Function || kind == UnitKind::AsyncFunction || kind == UnitKind::Class) {
      Scope* ps = u_->scope;
      auto it = ps->resolved.find(mangle(name));
      if (it != ps->resolved.end() && it->second == NameScope::GlobalExplicit) global_decl = true;
    }
    if (global_decl) u->qualname = name;
    else u->qualname = base + (parent_is_function ? ".<locals>." : ".") + name;
  }
  units_.push_back(std::move(u));
  u_ = units_.back().get();
  u_->loc.line = lineno;
  u_->loc.end_line = lineno;
  // Fast locals: parameters first, in order.
  if (scope) {
    for (const std::string& p : scope->params) add_var(p);
    // cells: sorted (like CPython's dictbytype)
    std::vector<std::string> cells, frees;
    for (auto& kv : scope->resolved) {
      if (kv.second == NameScope::Cell) cells.push_back(kv.first);
      else if (kv.second == NameScope::Free) frees.push_back(kv.first);
      else if (kind == UnitKind::Class) {
        auto f = scope->flags.find(kv.first);
        if (f != scope->flags.end() && (f->second & kDefFreeClass)) frees.push_back(kv.first);
      }
    }
    if (kind == UnitKind::Class && scope->needs_class_closure) cells.push_back("__class__");
    std::sort(cells.begin(), cells.end());
    std::sort(frees.begin(), frees.end());
    u_->cellvars = cells;
    u_->freevars = frees;
  }
  use_block(new_block());
}

Block* Compiler::new_block() {
  u_->blocks.push_back(std::make_unique<Block>());
  Block* b = u_->blocks.back().get();
  b->index = int(u_->blocks.size()) - 1;
  return b;
}

// Blocks are laid out in the order they are first used: creating a block (a jump target) ahead
// of time does not place it; using it does (like CPython's compiler_use_next_block).
void Compiler::use_block(Block* b) {
  if (!b->placed) {
    b->placed = true;
    u_->layout.push_back(b);
  }
  u_->cur = b;
}

void Compiler::set_loc(const Loc& loc) {
  u_->loc.line = loc.lineno;
  u_->loc.end_line = loc.end_lineno;
  u_->loc.col = loc.col_offset;
  u_->loc.end_col = loc.end_col_offset;
  u_->loc_set = true;
}

void Compiler::unset_loc() { u_->loc_set = false; }

void Compiler::emit(int op, uint32_t arg) {
  Instr i;
  i.op = op;
  i.arg = arg;
  if (u_->loc_set) i.pos = u_->loc;
  else i.pos.line = -1;
  u_->cur->instrs.push_back(i);
}

void Compiler::emit_noline(int op, uint32_t arg) {
  Instr i;
  i.op = op;
  i.arg = arg;
  i.pos.line = -1;
  u_->cur->instrs.push_back(i);
}

void Compiler::emit_jump(int op, Block* target) {
  emit(op, 0);
  u_->cur->instrs.back().target = target;
}

uint32_t Compiler::add_const(Value v) {
  // Reuse identical constants (same type and equal value; never merge 0 and False, or 0.0 and -0.0).
  for (std::size_t i = 0; i < u_->consts.size(); ++i) {
    Value c = u_->consts[i];
    if (c == v) {
      decref(v);
      return uint32_t(i);
    }
    if (type_of(c) != type_of(v)) continue;
    if (is_str_exact(c) && str_eq(c.as<Str>(), v.as<Str>())) {
      decref(v);
      return uint32_t(i);
    }
    if (is_int_exact(c) && int_compare(c, v) == 0) {
      decref(v);
      return uint32_t(i);
    }
  }
  u_->consts.push_back(v);
  return uint32_t(u_->consts.size() - 1);
}

uint32_t Compiler::const_none() { return add_const(new_none()); }

uint32_t Compiler::add_name(const std::string& name) {
  auto it = u_->name_index.find(name);
  if (it != u_->name_index.end()) return it->second;
  uint32_t i = uint32_t(u_->names.size());
  u_->names.push_back(name);
  u_->name_index[name] = i;
  return i;
}

uint32_t Compiler::add_var(const std::string& name) {
  auto it = u_->var_index.find(name);
  if (it != u_->var_index.end()) return it->second;
  uint32_t i = uint32_t(u_->varnames.size());
  u_->varnames.push_back(name);
  u_->var_index[name] = i;
  return i;
}

uint32_t Compiler::hidden_temp() {
  return add_var("$t" + std::to_string(u_->hidden_temps++));
}

// localsplus layout: varnames, then cells that are not arguments, then free variables.
int32_t Compiler::slot_of(const std::string& name) {
  auto it = u_->var_index.find(name);
  for (std::size_t i = 0; i < u_->cellvars.size(); ++i) {
    if (u_->cellvars[i] == name) {
      if (it != u_->var_index.end()) return int32_t(it->second);  // argument cell
      // cells come after all varnames; varnames may still grow, so cell slots are fixed up
      // at assembly time: encode as a marker
      return int32_t(0x400000 + i);
    }
  }
  for (std::size_t i = 0; i < u_->freevars.size(); ++i)
    if (u_->freevars[i] == name) return int32_t(0x600000 + i);
  if (it != u_->var_index.end()) return int32_t(it->second);
  return -1;
}

std::string Compiler::mangle(const std::string& name) const {
  const std::string& priv = u_ ? u_->private_name : std::string();
  if (priv.empty() || name.size() < 2 || name[0] != '_' || name[1] != '_') return name;
  if (name.size() >= 4 && name[name.size() - 1] == '_' && name[name.size() - 2] == '_') return name;
  if (name.find('.') != std::string::npos) return name;
  std::size_t p = priv.find_first_not_of('_');
  if (p == std::string::npos) return name;
  return "_" + priv.substr(p) + name;
}

bool Compiler::error(const std::string& msg, const Loc& loc) {
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

// ============================================================== assembly

namespace {

bool is_jump(const Instr& i) { return i.target != nullptr; }

bool is_block_push(int op) { return op == kSetupFinally || op == kSetupCleanup || op == kSetupWith; }

bool ends_block(int op) {
  return op == RETURN_VALUE || op == RAISE_VARARGS || op == RERAISE || op == kJump || op == kJumpNoInterrupt ||
         op == JUMP_FORWARD || op == JUMP_BACKWARD;
}

int stack_effect(const Instr& i, bool jump) {
  switch (i.op) {
    case kSetupFinally: return jump ? 1 : 0;
    case kSetupCleanup: return jump ? 2 : 0;
    case kSetupWith: return jump ? 1 : 0;
    case kPopBlock: return 0;
    case kJump:
    case kJumpNoInterrupt: return 0;
    default: return opcode_stack_effect(i.op, int(i.arg), jump);
  }
}

}  // namespace

Code* Compiler::leave_unit() {
  Unit* u = u_;
  // Terminate the last block: module and function code returns None.
  Block* last = u->cur;
  if (last->instrs.empty() || !ends_block(last->instrs.back().op)) {
    if (u->kind != UnitKind::Lambda && u->kind != UnitKind::Comprehension) {
      unset_loc();
      emit(LOAD_CONST, const_none());
      emit(RETURN_VALUE);
    }
  }
  // Prefix: cells are created and closure cells copied in before anything runs.
  {
    std::vector<Instr> prefix;
    Position p;
    p.line = u->firstlineno;
    p.end_line = u->firstlineno;
    for (const std::string& c : u->cellvars) {
      Instr i;
      i.op = MAKE_CELL;
      i.arg = uint32_t(slot_of(c));
      i.pos = p;
      prefix.push_back(i);
    }
    if (!u->freevars.empty()) {
      Instr i;
      i.op = COPY_FREE_VARS;
      i.arg = uint32_t(u->freevars.size());
      i.pos = p;
      prefix.push_back(i);
    }
    auto& first = u->layout[0]->instrs;
    first.insert(first.begin(), prefix.begin(), prefix.end());
  }
  std::vector<Block*> order = u->layout;
  for (auto& b : u->blocks)
    if (!b->placed) order.push_back(b.get());
  for (std::size_t i = 0; i < order.size(); ++i) order[i]->index = int(i);

  // Fall-through successor of each block = next in order.
  auto next_of = [&](Block* b) -> Block* {
    std::size_t idx = std::size_t(b->index) + 1;
    return idx < order.size() ? order[idx] : nullptr;
  };

  // 1. Stack depth (worklist over the control-flow graph).
  int maxdepth = 0;
  {
    std::vector<Block*> work;
    auto reach = [&](Block* b, int depth) {
      if (!b) return;
      if (b->startdepth < 0) {
        b->startdepth = depth;
        work.push_back(b);
      } else if (b->startdepth < depth) {
        b->startdepth = depth;  // shouldn't happen in well-formed code
        work.push_back(b);
      }
    };
    reach(order[0], 0);
    while (!work.empty()) {
      Block* b = work.back();
      work.pop_back();
      int depth = b->startdepth;
      bool fell_off = true;
      for (const Instr& i : b->instrs) {
        if (is_jump(i)) {
          int d = depth + stack_effect(i, true);
          if (d > maxdepth) maxdepth = d;
          reach(i.target, d);
        }
        depth += stack_effect(i, false);
        if (depth > maxdepth) maxdepth = depth;
        if (ends_block(i.op)) {
          fell_off = false;
          break;
        }
      }
      if (fell_off) reach(next_of(b), depth);
    }
  }

  // 2. Exception handlers of every instruction (worklist, propagating the handler stack).
  std::vector<std::vector<Block*>> handler_of;  // per block, per instruction: innermost handler
  std::vector<std::vector<Block*>> instr_handler(order.size());
  {
    std::vector<Block*> work;
    order[0]->except_visited = true;
    work.push_back(order[0]);
    while (!work.empty()) {
      Block* b = work.back();
      work.pop_back();
      std::vector<Block*> stack = b->except_stack;
      auto& ih = instr_handler[std::size_t(b->index)];
      ih.assign(b->instrs.size(), nullptr);
      bool fell_off = true;
      for (std::size_t k = 0; k < b->instrs.size(); ++k) {
        const Instr& i = b->instrs[k];
        if (is_block_push(i.op)) {
          if (!i.target->except_visited) {
            i.target->except_visited = true;
            i.target->except_stack = stack;
            work.push_back(i.target);
          }
          stack.push_back(i.target);
        } else if (i.op == kPopBlock) {
          if (!stack.empty()) stack.pop_back();
        } else {
          ih[k] = stack.empty() ? nullptr : stack.back();
          if (is_jump(i) && !i.target->except_visited) {
            i.target->except_visited = true;
            i.target->except_stack = stack;
            work.push_back(i.target);
          }
        }
        if (ends_block(i.op)) {
          fell_off = false;
          break;
        }
      }
      if (fell_off) {
        Block* n = next_of(b);
        if (n && !n->except_visited) {
          n->except_visited = true;
          n->except_stack = stack;
          work.push_back(n);
        }
      }
    }
  }

  // 3. Layout: word offsets (pseudo-instructions vanish; cached ops take two words).
  uint32_t offset = 0;
  for (Block* b : order) {
    b->offset = offset;
    for (const Instr& i : b->instrs) {
      if (i.op >= 256 && i.op != kJump && i.op != kJumpNoInterrupt) continue;
      offset += 1;
      if (i.op < 256 && kOpcodeHasCache[i.op]) offset += 1;
    }
  }
  uint32_t nwords = offset;

  // Handler depth for each handler block (from the stack depth analysis).
  auto handler_depth = [&](Block* h, bool* lasti) -> int {
    // The SETUP that targets h tells whether lasti is pushed; find it.
    *lasti = false;
    for (Block* b : order)
      for (const Instr& i : b->instrs)
        if (is_block_push(i.op) && i.target == h) {
          *lasti = i.op != kSetupFinally;
          int pushed = i.op == kSetupFinally ? 1 : 2;
          return (h->startdepth < 0 ? 0 : h->startdepth) - pushed;
        }
    return 0;
  };

  // 4. Emit words, positions, exception table.
  Code* code = reinterpret_cast<Code*>(object_alloc(&CodeType, sizeof(Code)));
  code->words = new uint32_t[nwords ? nwords : 1];
  code->positions = new Position[nwords ? nwords : 1];
  code->nwords = nwords;
  std::vector<ExceptionTableEntry> table;
  std::map<Block*, std::pair<int, bool>> depth_cache;
  uint32_t ncaches = 0;
  uint32_t w = 0;
  Position last_pos;
  last_pos.line = u->firstlineno;
  // localsplus fix-ups: cells and frees after the varnames.
  uint32_t nvar = uint32_t(u->varnames.size());
  std::vector<std::string> cell_only;
  for (const std::string& c : u->cellvars)
    if (!u->var_index.count(c)) cell_only.push_back(c);
  auto fix_slot = [&](uint32_t a) -> uint32_t {
    if (a >= 0x600000) return nvar + uint32_t(cell_only.size()) + (a - 0x600000);
    if (a >= 0x400000) {
      const std::string& name = u->cellvars[a - 0x400000];
      for (std::size_t k = 0; k < cell_only.size(); ++k)
        if (cell_only[k] == name) return nvar + uint32_t(k);
    }
    return a;
  };
  for (Block* b : order) {
    auto& ih = instr_handler[std::size_t(b->index)];
    for (std::size_t k = 0; k < b->instrs.size(); ++k) {
      const Instr& i = b->instrs[k];
      if (i.op >= 256 && i.op != kJump && i.op != kJumpNoInterrupt) continue;
      int op = i.op;
      uint32_t arg = i.arg;
      if (i.target) arg = i.target->offset;
      if (op == kJump) op = (i.target->offset <= w) ? JUMP_BACKWARD : JUMP_FORWARD;
      if (op == kJumpNoInterrupt) op = JUMP_BACKWARD_NO_INTERRUPT;
      switch (op) {
        case LOAD_FAST: case STORE_FAST: case DELETE_FAST: case MAKE_CELL: case LOAD_CLOSURE:
        case LOAD_DEREF: case STORE_DEREF: case DELETE_DEREF: case LOAD_CLASSDEREF:
          arg = fix_slot(arg);
          break;
        default: break;
      }
      Position pos = i.pos;
      if (pos.line < 0) {
        pos = last_pos;
      } else {
        last_pos = pos;
      }
      Block* h = k < ih.size() ? ih[k] : nullptr;
      uint32_t start = w;
      code->words[w] = make_word(Opcode(op), arg);
      code->positions[w] = pos;
      ++w;
      if (kOpcodeHasCache[op]) {
        code->words[w] = ncaches++;
        code->positions[w] = pos;
        ++w;
      }
      if (h) {
        auto it = depth_cache.find(h);
        if (it == depth_cache.end()) {
          bool lasti;
          int d = handler_depth(h, &lasti);
          it = depth_cache.emplace(h, std::make_pair(d, lasti)).first;
        }
        ExceptionTableEntry e;
        e.start = start;
        e.end = w;
        e.target = h->offset;
        e.depth = uint16_t(it->second.first < 0 ? 0 : it->second.first);
        e.lasti = it->second.second;
        if (!table.empty() && table.back().end == start && table.back().target == e.target &&
            table.back().depth == e.depth && table.back().lasti == e.lasti) {
          table.back().end = w;
        } else {
          table.push_back(e);
        }
      }
    }
  }
  code->exctable = new ExceptionTableEntry[table.size() ? table.size() : 1];
  std::copy(table.begin(), table.end(), code->exctable);
  code->nexc = uint32_t(table.size());
  code->caches = new CacheEntry[ncaches ? ncaches : 1];
  code->ncaches = ncaches;
  code->stacksize = maxdepth + 2;

  // Names, constants, locals.
  code->consts = tuple_new(int64_t(u->consts.size()));
  for (std::size_t k = 0; k < u->consts.size(); ++k) code->consts->items[k] = u->consts[k];
  u->consts.clear();
  code->names = tuple_new(int64_t(u->names.size()));
  for (std::size_t k = 0; k < u->names.size(); ++k) code->names->items[k] = newref(Value(intern(u->names[k])));
  uint32_t nlocalsplus = nvar + uint32_t(cell_only.size() + u->freevars.size());
  code->nlocalsplus = int32_t(nlocalsplus);
  code->nlocals = int32_t(nvar);
  code->localsplusnames = tuple_new(nlocalsplus);
  code->localspluskinds = new uint8_t[nlocalsplus ? nlocalsplus : 1];
  for (uint32_t k = 0; k < nvar; ++k) {
    code->localsplusnames->items[k] = newref(Value(intern(u->varnames[k])));
    uint8_t kind = kLocal;
    if (std::find(u->cellvars.begin(), u->cellvars.end(), u->varnames[k]) != u->cellvars.end()) kind |= kCell;
    code->localspluskinds[k] = kind;
  }
  for (uint32_t k = 0; k < cell_only.size(); ++k) {
    code->localsplusnames->items[nvar + k] = newref(Value(intern(cell_only[k])));
    code->localspluskinds[nvar + k] = kCell;
  }
  for (uint32_t k = 0; k < u->freevars.size(); ++k) {
    uint32_t idx = nvar + uint32_t(cell_only.size()) + k;
    code->localsplusnames->items[idx] = newref(Value(intern(u->freevars[k])));
    code->localspluskinds[idx] = kFree;
  }
  code->ncellvars = int32_t(u->cellvars.size());
  code->nfreevars = int32_t(u->freevars.size());
  code->argcount = u->argcount;
  code->posonlyargcount = u->posonlyargcount;
  code->kwonlyargcount = u->kwonlyargcount;
  code->flags = u->flags;
  if (u->freevars.empty() && u->cellvars.empty()) code->flags |= kCoNoFree;
  code->firstlineno = u->firstlineno;
  code->name = intern(u->name);
  code->qualname = intern(u->qualname);
  code->filename = intern(filename_);
  code->docstring = u->docstring ? u->docstring : new_none();
  u->docstring = Value();

  units_.pop_back();
  u_ = units_.empty() ? nullptr : units_.back().get();
  return code;
}

}  // namespace coil::cg

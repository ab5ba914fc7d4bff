// codegen_internal.h - the code generator's private state: units (one per code object being
// built), basic blocks, frame blocks for break/continue/return unwinding.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "compiler/ast.h"
#include "compiler/codegen.h"
#include "compiler/symtable.h"
#include "objects/function.h"
#include "vm/opcodes.h"

namespace coil::cg {

using namespace ast;

Value make_bytes_const(const std::string& s);

// Pseudo-instructions that exist only during code generation.
enum PseudoOp : int {
  kSetupFinally = 256,  // handler pushes the exception
  kSetupCleanup,        // handler pushes lasti and the exception
  kSetupWith,           // like SETUP_FINALLY but the handler depth excludes __enter__'s result
  kPopBlock,
  kJump,                // unconditional: becomes JUMP_FORWARD or JUMP_BACKWARD
  kJumpNoInterrupt,
};

struct Block;

struct Instr {
  int op;          // Opcode or PseudoOp
  uint32_t arg = 0;
  Block* target = nullptr;
  Position pos;
};

struct Block {
  std::vector<Instr> instrs;
  int startdepth = -1;
  bool visited = false;
  bool except_visited = false;
  std::vector<Block*> except_stack;   // handlers active at entry (innermost last)
  uint32_t offset = 0;                // first word index after layout
  int index = 0;                      // position in the layout (order of first use)
  bool placed = false;                // already in the unit's layout
};

enum class FBlockType {
  WhileLoop, ForLoop, TryExcept, FinallyTry, FinallyEnd, With, AsyncWith, HandlerCleanup,
  PopValue, ExceptionHandler, ExceptionGroupHandler, AsyncComprehensionGenerator
};

struct FBlock {
  FBlockType type;
  Block* block;
  Block* exit;
  const void* datum;  // finalbody (StmtList*), with stmt (Stmt*), handler name (std::string*)
};

enum class UnitKind { Module, Class, Function, AsyncFunction, Lambda, Comprehension };

struct Unit {
  UnitKind kind;
  Scope* scope;
  std::string name;
  std::string qualname;
  std::string private_name;  // enclosing class name for mangling
  int firstlineno = 1;
  std::vector<std::unique_ptr<Block>> blocks;
  std::vector<Block*> layout;  // blocks in the order code falls through them (order of first use)
  Block* cur = nullptr;
  std::vector<Value> consts;                 // owned
  std::vector<std::string> names;
  std::map<std::string, uint32_t> name_index;
  std::vector<std::string> varnames;         // fast locals, params first
  std::map<std::string, uint32_t> var_index;
  std::vector<std::string> cellvars;
  std::vector<std::string> freevars;
  int argcount = 0, posonlyargcount = 0, kwonlyargcount = 0;
  uint32_t flags = 0;
  std::vector<FBlock> fblocks;
  Position loc;
  bool loc_set = true;
  Value docstring;
  int hidden_temps = 0;
  bool in_async_comprehension = false;
  ~Unit();
};

class Compiler {
 public:
  Compiler(VM& vm, std::string_view filename, SyntaxErrorInfo* err, SymbolTable* st, int future_flags)
      : vm_(vm), filename_(filename), err_(err), st_(st), future_flags_(future_flags) {}

  Code* compile_module(const Mod* mod, CompileMode mode);

  // ---- state
  VM& vm_;
  std::string filename_;
  SyntaxErrorInfo* err_;
  SymbolTable* st_;
  int future_flags_;
  bool failed_ = false;
  std::vector<std::unique_ptr<Unit>> units_;
  Unit* u_ = nullptr;
  bool interactive_ = false;
  const ast::Stmt* displayed_ = nullptr;  // Cell mode: the final expression statement to display

  // ---- units and blocks (codegen_unit.cpp)
  void enter_unit(UnitKind kind, Scope* scope, const std::string& name, int lineno);
  Code* leave_unit();  // assembles the current unit into a code object
  Block* new_block();
  void use_block(Block* b);
  void emit(int op, uint32_t arg = 0);
  void emit_jump(int op, Block* target);
  void emit_noline(int op, uint32_t arg = 0);
  uint32_t add_const(Value v);  // steals v
  uint32_t const_none();
  uint32_t add_name(const std::string& name);
  uint32_t add_var(const std::string& name);
  int32_t slot_of(const std::string& name);  // localsplus index, -1 if not a fast/cell/free name
  std::string mangle(const std::string& name) const;
  void set_loc(const Loc& loc);
  void unset_loc();
  bool error(const std::string& msg, const Loc& loc);
  uint32_t hidden_temp();

  // ---- statements (codegen_stmt.cpp)
  bool stmts(const StmtList& body);
  bool stmt(Stmt* s);
  bool function_def(FunctionDef* f);
  bool class_def(ClassDef* c);
  bool body_with_docstring(const StmtList& body, bool is_function);
  bool if_stmt(If* s);
  bool while_stmt(While* s);
  bool for_stmt(For* s);
  bool async_for_stmt(For* s);
  bool try_except(Try* s);
  bool try_finally(Try* s);
  bool try_star_except(Try* s);
  bool try_star(Try* s);
  bool with_stmt(With* s, std::size_t pos);
  bool async_with_stmt(With* s, std::size_t pos);
  bool with_except_finish(Block* cleanup);
  bool call_exit_with_nones();
  bool return_stmt(Return* s);
  bool break_stmt(Stmt* s);
  bool continue_stmt(Stmt* s);
  bool raise_stmt(Raise* s);
  bool assert_stmt(Assert* s);
  bool import_stmt(Import* s);
  bool import_from_stmt(ImportFrom* s);
  bool assign(Assign* s);
  bool aug_assign(AugAssign* s);
  bool ann_assign(AnnAssign* s);
  bool delete_stmt(Delete* s);
  bool match_stmt(Match* s);
  bool push_fblock(FBlockType t, Block* b, Block* exit, const void* datum);
  void pop_fblock();
  bool unwind_fblock(const FBlock& fb, bool preserve_tos);
  bool unwind_fblock_stack(bool preserve_tos, const FBlock** loop);
  bool defaults_and_annotations(const Arguments* args, Expr* returns, uint32_t* flags);
  bool make_closure(Code* code, uint32_t flags, const std::string& qualname);
  bool decorators(const ExprList& decos);
  void apply_decorators(const ExprList& decos);
  bool add_yield_from(bool await);

  // ---- expressions (codegen_expr.cpp)
  bool expr(Expr* e);
  bool exprs(const ExprList& l);
  bool name_op(const std::string& name, ExprContext ctx, const Loc& loc);
  bool store_target(Expr* target);
  bool unpack_target(const ExprList& elts, const Loc& loc);
  bool call(Call* c);
  bool call_helper(int extra, const ExprList& args, const std::vector<Keyword*>& keywords);
  bool method_call(Call* c);
  bool compare(Compare* c);
  bool boolop(BoolOp* b);
  bool jump_if(Expr* e, Block* target, bool cond);
  bool comprehension(Expr* e, UnitKind kind, const std::vector<Comprehension*>& gens, Expr* elt, Expr* value,
                     const std::string& name);
  bool comprehension_generator(const std::vector<Comprehension*>& gens, std::size_t index, int depth, Expr* elt,
                               Expr* value, ExprKind kind);
  bool async_comprehension_generator(const std::vector<Comprehension*>& gens, std::size_t index, int depth,
                                     Expr* elt, Expr* value, ExprKind kind);
  bool lambda(Lambda* l);
  bool joined_str(JoinedStr* j);
  bool formatted_value(FormattedValue* f);
  bool subscript(Subscript* s);
  bool slice(Slice* s);
  bool starunpack(const ExprList& elts, int build_op, int extend_op, int add_op, bool tuple);
  bool dict(ast::Dict* d);
  bool constant(const ConstantValue& v);
  Value constant_value(const ConstantValue& v);
  bool is_constant_tuple(const ExprList& elts);
  Value make_const_tuple(const ExprList& elts);
  bool check_keywords(const std::vector<Keyword*>& kws);
  bool forbidden_name(const std::string& name, ExprContext ctx, const Loc& loc);
  bool check_annotation(Expr* e);

  // ---- patterns (codegen_pattern.cpp)
  struct PatternContext {
    std::vector<std::string> stores;          // names captured, in order
    std::map<std::string, uint32_t> temps;    // name -> hidden temp slot
    bool allow_irrefutable = false;
    std::vector<Block*> fail_pop;
    int on_top = 0;
  };
  bool pattern(Pattern* p, PatternContext* pc);
  bool pattern_subpattern(Pattern* p, PatternContext* pc);
  bool pattern_capture(const std::string& name, const Loc& loc, PatternContext* pc);
  bool pattern_sequence(MatchSequence* p, PatternContext* pc);
  bool pattern_mapping(MatchMapping* p, PatternContext* pc);
  bool pattern_class(MatchClass* p, PatternContext* pc);
  bool pattern_or(MatchOr* p, PatternContext* pc);
  bool pattern_value(MatchValue* p, PatternContext* pc);
  bool pattern_singleton(MatchSingleton* p, PatternContext* pc);
  bool pattern_as(MatchAs* p, PatternContext* pc);
  bool pattern_star(MatchStar* p, PatternContext* pc);
  bool ensure_fail_pop(PatternContext* pc, int n);
  bool jump_to_fail_pop(PatternContext* pc, int op);
  bool emit_and_reset_fail_pop(PatternContext* pc);
  bool pattern_helper_store_name(const std::string& name, const Loc& loc, PatternContext* pc);
};

}  // namespace coil::cg

// ast.h - the abstract syntax tree, node for node and field for field as CPython 3.11's `ast` module.
//
// Nodes are plain structs with a kind tag, owned by an Arena (one per parse). Sequences are
// std::vector of node pointers; optional children are null pointers. Identifiers are std::string.
// Positions follow CPython: lineno/end_lineno are 1-based lines, col_offset/end_col_offset are
// 0-based UTF-8 byte offsets into the line.
#pragma once

#include <memory>
#include <string>
#include <vector>

namespace coil::ast {

struct Node {
  virtual ~Node() = default;
};

// Owns every node of one tree.
class Arena {
 public:
  template <class T, class... A> T* make(A&&... a) {
    auto p = std::make_unique<T>(std::forward<A>(a)...);
    T* raw = p.get();
    nodes_.push_back(std::move(p));
    return raw;
  }

 private:
  std::vector<std::unique_ptr<Node>> nodes_;
};

struct Loc {
  int lineno = 0, col_offset = 0, end_lineno = 0, end_col_offset = 0;
};

enum class ExprContext { Load, Store, Del };
enum class BoolOpKind { And, Or };
enum class Operator { Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv };
enum class UnaryOpKind { Invert, Not, UAdd, USub };
enum class CmpOp { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

// The value of a Constant node, before it becomes a Python object.
struct ConstantValue {
  enum class Kind { None, True, False, Ellipsis, Int, Float, Complex, Str, Bytes } kind = Kind::None;
  // Int: the literal without underscores, base prefix lowercased ("123", "0xff", "0o17", "0b101").
  // Str: the decoded text as UTF-8 (lone surrogates encoded as 3-byte sequences).
  // Bytes: the decoded bytes.
  std::string text;
  double number = 0;  // Float: the value; Complex: the imaginary part (real part is 0)
};

struct Expr;
struct Stmt;
struct Pattern;
using ExprList = std::vector<Expr*>;
using StmtList = std::vector<Stmt*>;
using PatternList = std::vector<Pattern*>;
using NameList = std::vector<std::string>;

// ---------------------------------------------------------------- expressions
enum class ExprKind {
  BoolOp, NamedExpr, BinOp, UnaryOp, Lambda, IfExp, Dict, Set, ListComp, SetComp, DictComp,
  GeneratorExp, Await, Yield, YieldFrom, Compare, Call, FormattedValue, JoinedStr, Constant,
  Attribute, Subscript, Starred, Name, List, Tuple, Slice
};

struct Expr : Node {
  explicit Expr(ExprKind k) : kind(k) {}
  ExprKind kind;
  Loc loc;
};

struct Arg : Node {  // `arg`
  std::string arg;
  Expr* annotation = nullptr;
  Loc loc;
};

struct Arguments : Node {  // `arguments`
  std::vector<Arg*> posonlyargs;
  std::vector<Arg*> args;
  Arg* vararg = nullptr;
  std::vector<Arg*> kwonlyargs;
  ExprList kw_defaults;  // one per kwonlyarg; null where there is no default
  Arg* kwarg = nullptr;
  ExprList defaults;     // for the last len(defaults) of posonlyargs + args
};

struct Keyword : Node {  // `keyword`; arg empty + has_arg false means **value
  bool has_arg = false;
  std::string arg;
  Expr* value = nullptr;
  Loc loc;
};

struct Comprehension : Node {
  Expr* target = nullptr;
  Expr* iter = nullptr;
  ExprList ifs;
  int is_async = 0;
};

struct BoolOp : Expr { BoolOp() : Expr(ExprKind::BoolOp) {} BoolOpKind op{}; ExprList values; };
struct NamedExpr : Expr { NamedExpr() : Expr(ExprKind::NamedExpr) {} Expr* target = nullptr; Expr* value = nullptr; };
struct BinOp : Expr { BinOp() : Expr(ExprKind::BinOp) {} Expr* left = nullptr; Operator op{}; Expr* right = nullptr; };
struct UnaryOp : Expr { UnaryOp() : Expr(ExprKind::UnaryOp) {} UnaryOpKind op{}; Expr* operand = nullptr; };
struct Lambda : Expr { Lambda() : Expr(ExprKind::Lambda) {} Arguments* args = nullptr; Expr* body = nullptr; };
struct IfExp : Expr { IfExp() : Expr(ExprKind::IfExp) {} Expr* test = nullptr; Expr* body = nullptr; Expr* orelse = nullptr; };
// keys[i] is null for a `**mapping` entry (then values[i] is the mapping)
struct Dict : Expr { Dict() : Expr(ExprKind::Dict) {} ExprList keys; ExprList values; };
struct Set : Expr { Set() : Expr(ExprKind::Set) {} ExprList elts; };
struct ListComp : Expr { ListComp() : Expr(ExprKind::ListComp) {} Expr* elt = nullptr; std::vector<Comprehension*> generators; };
struct SetComp : Expr { SetComp() : Expr(ExprKind::SetComp) {} Expr* elt = nullptr; std::vector<Comprehension*> generators; };
struct DictComp : Expr { DictComp() : Expr(ExprKind::DictComp) {} Expr* key = nullptr; Expr* value = nullptr; std::vector<Comprehension*> generators; };
struct GeneratorExp : Expr { GeneratorExp() : Expr(ExprKind::GeneratorExp) {} Expr* elt = nullptr; std::vector<Comprehension*> generators; };
struct Await : Expr { Await() : Expr(ExprKind::Await) {} Expr* value = nullptr; };
struct Yield : Expr { Yield() : Expr(ExprKind::Yield) {} Expr* value = nullptr; };
struct YieldFrom : Expr { YieldFrom() : Expr(ExprKind::YieldFrom) {} Expr* value = nullptr; };
struct Compare : Expr { Compare() : Expr(ExprKind::Compare) {} Expr* left = nullptr; std::vector<CmpOp> ops; ExprList comparators; };
struct Call : Expr { Call() : Expr(ExprKind::Call) {} Expr* func = nullptr; ExprList args; std::vector<Keyword*> keywords; };
// conversion: -1 (none), 's', 'r' or 'a'
struct FormattedValue : Expr { FormattedValue() : Expr(ExprKind::FormattedValue) {} Expr* value = nullptr; int conversion = -1; Expr* format_spec = nullptr; };
struct JoinedStr : Expr { JoinedStr() : Expr(ExprKind::JoinedStr) {} ExprList values; };
// kind is "u" for u"..." literals, empty otherwise
struct Constant : Expr { Constant() : Expr(ExprKind::Constant) {} ConstantValue value; std::string kind; };
struct Attribute : Expr { Attribute() : Expr(ExprKind::Attribute) {} Expr* value = nullptr; std::string attr; ExprContext ctx = ExprContext::Load; };
struct Subscript : Expr { Subscript() : Expr(ExprKind::Subscript) {} Expr* value = nullptr; Expr* slice = nullptr; ExprContext ctx = ExprContext::Load; };
struct Starred : Expr { Starred() : Expr(ExprKind::Starred) {} Expr* value = nullptr; ExprContext ctx = ExprContext::Load; };
struct Name : Expr { Name() : Expr(ExprKind::Name) {} std::string id; ExprContext ctx = ExprContext::Load; };
struct List : Expr { List() : Expr(ExprKind::List) {} ExprList elts; ExprContext ctx = ExprContext::Load; };
struct Tuple : Expr { Tuple() : Expr(ExprKind::Tuple) {} ExprList elts; ExprContext ctx = ExprContext::Load; };
struct Slice : Expr { Slice() : Expr(ExprKind::Slice) {} Expr* lower = nullptr; Expr* upper = nullptr; Expr* step = nullptr; };

// ---------------------------------------------------------------- patterns (match statement)
enum class PatternKind { MatchValue, MatchSingleton, MatchSequence, MatchMapping, MatchClass, MatchStar, MatchAs, MatchOr };

struct Pattern : Node {
  explicit Pattern(PatternKind k) : kind(k) {}
  PatternKind kind;
  Loc loc;
};
struct MatchValue : Pattern { MatchValue() : Pattern(PatternKind::MatchValue) {} Expr* value = nullptr; };
struct MatchSingleton : Pattern { MatchSingleton() : Pattern(PatternKind::MatchSingleton) {} ConstantValue value; };
struct MatchSequence : Pattern { MatchSequence() : Pattern(PatternKind::MatchSequence) {} PatternList patterns; };
struct MatchMapping : Pattern { MatchMapping() : Pattern(PatternKind::MatchMapping) {} ExprList keys; PatternList patterns; bool has_rest = false; std::string rest; };
struct MatchClass : Pattern { MatchClass() : Pattern(PatternKind::MatchClass) {} Expr* cls = nullptr; PatternList patterns; NameList kwd_attrs; PatternList kwd_patterns; };
struct MatchStar : Pattern { MatchStar() : Pattern(PatternKind::MatchStar) {} bool has_name = false; std::string name; };
struct MatchAs : Pattern { MatchAs() : Pattern(PatternKind::MatchAs) {} Pattern* pattern = nullptr; bool has_name = false; std::string name; };
struct MatchOr : Pattern { MatchOr() : Pattern(PatternKind::MatchOr) {} PatternList patterns; };

struct MatchCase : Node {
  Pattern* pattern = nullptr;
  Expr* guard = nullptr;
  StmtList body;
};

// ---------------------------------------------------------------- statements
enum class StmtKind {
  FunctionDef, AsyncFunctionDef, ClassDef, Return, Delete, Assign, AugAssign, AnnAssign, For,
  AsyncFor, While, If, With, AsyncWith, Match, Raise, Try, TryStar, Assert, Import, ImportFrom,
  Global, Nonlocal, Expr, Pass, Break, Continue
};

struct Stmt : Node {
  explicit Stmt(StmtKind k) : kind(k) {}
  StmtKind kind;
  Loc loc;
};

struct ExceptHandler : Node {
  Expr* type = nullptr;
  bool has_name = false;
  std::string name;
  StmtList body;
  Loc loc;
};

struct Alias : Node {
  std::string name;  // may be dotted ("a.b.c") or "*"
  bool has_asname = false;
  std::string asname;
  Loc loc;
};

struct WithItem : Node {
  Expr* context_expr = nullptr;
  Expr* optional_vars = nullptr;
};

// FunctionDef and AsyncFunctionDef share this struct (kind tells which).
struct FunctionDef : Stmt {
  explicit FunctionDef(bool is_async) : Stmt(is_async ? StmtKind::AsyncFunctionDef : StmtKind::FunctionDef) {}
  std::string name;
  Arguments* args = nullptr;
  StmtList body;
  ExprList decorator_list;
  Expr* returns = nullptr;
};
struct ClassDef : Stmt {
  ClassDef() : Stmt(StmtKind::ClassDef) {}
  std::string name;
  ExprList bases;
  std::vector<Keyword*> keywords;
  StmtList body;
  ExprList decorator_list;
};
struct Return : Stmt { Return() : Stmt(StmtKind::Return) {} Expr* value = nullptr; };
struct Delete : Stmt { Delete() : Stmt(StmtKind::Delete) {} ExprList targets; };
struct Assign : Stmt { Assign() : Stmt(StmtKind::Assign) {} ExprList targets; Expr* value = nullptr; };
struct AugAssign : Stmt { AugAssign() : Stmt(StmtKind::AugAssign) {} Expr* target = nullptr; Operator op{}; Expr* value = nullptr; };
struct AnnAssign : Stmt { AnnAssign() : Stmt(StmtKind::AnnAssign) {} Expr* target = nullptr; Expr* annotation = nullptr; Expr* value = nullptr; int simple = 0; };
// For and AsyncFor share this struct.
struct For : Stmt {
  explicit For(bool is_async) : Stmt(is_async ? StmtKind::AsyncFor : StmtKind::For) {}
  Expr* target = nullptr; Expr* iter = nullptr; StmtList body; StmtList orelse;
};
struct While : Stmt { While() : Stmt(StmtKind::While) {} Expr* test = nullptr; StmtList body; StmtList orelse; };
struct If : Stmt { If() : Stmt(StmtKind::If) {} Expr* test = nullptr; StmtList body; StmtList orelse; };
// With and AsyncWith share this struct.
struct With : Stmt {
  explicit With(bool is_async) : Stmt(is_async ? StmtKind::AsyncWith : StmtKind::With) {}
  std::vector<WithItem*> items; StmtList body;
};
struct Match : Stmt { Match() : Stmt(StmtKind::Match) {} Expr* subject = nullptr; std::vector<MatchCase*> cases; };
struct Raise : Stmt { Raise() : Stmt(StmtKind::Raise) {} Expr* exc = nullptr; Expr* cause = nullptr; };
// Try and TryStar share this struct.
struct Try : Stmt {
  explicit Try(bool star) : Stmt(star ? StmtKind::TryStar : StmtKind::Try) {}
  StmtList body; std::vector<ExceptHandler*> handlers; StmtList orelse; StmtList finalbody;
};
struct Assert : Stmt { Assert() : Stmt(StmtKind::Assert) {} Expr* test = nullptr; Expr* msg = nullptr; };
struct Import : Stmt { Import() : Stmt(StmtKind::Import) {} std::vector<Alias*> names; };
struct ImportFrom : Stmt {
  ImportFrom() : Stmt(StmtKind::ImportFrom) {}
  bool has_module = false; std::string module; std::vector<Alias*> names; int level = 0;
};
struct Global : Stmt { Global() : Stmt(StmtKind::Global) {} NameList names; };
struct Nonlocal : Stmt { Nonlocal() : Stmt(StmtKind::Nonlocal) {} NameList names; };
struct ExprStmt : Stmt { ExprStmt() : Stmt(StmtKind::Expr) {} Expr* value = nullptr; };
struct Pass : Stmt { Pass() : Stmt(StmtKind::Pass) {} };
struct Break : Stmt { Break() : Stmt(StmtKind::Break) {} };
struct Continue : Stmt { Continue() : Stmt(StmtKind::Continue) {} };

// ---------------------------------------------------------------- modules
enum class ModKind { Module, Interactive, Expression };

struct Mod : Node {
  ModKind kind = ModKind::Module;
  StmtList body;         // Module, Interactive
  Expr* expr = nullptr;  // Expression
};

}  // namespace coil::ast

// symtable.h - scopes and name resolution (local, global, nonlocal/free, cell) for a parsed module.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "compiler/ast.h"
#include "compiler/syntax_error.h"

namespace coil {

enum class ScopeKind { Module, Class, Function, Lambda, Comprehension, GeneratorExp };

// Symbol flags (as found while walking the tree).
enum SymFlags : uint32_t {
  kDefGlobal = 1,       // declared global
  kDefLocal = 2,        // bound in this scope
  kDefParam = 4,        // a parameter
  kDefNonlocal = 8,     // declared nonlocal
  kUse = 16,            // read
  kDefFree = 32,        // free here (resolved)
  kDefFreeClass = 64,   // free in a class body from an enclosing function
  kDefImport = 128,
  kDefAnnot = 256,
  kDefCompIter = 512,   // a comprehension iteration variable
};

// Where a name lives at run time.
enum class NameScope { Local, GlobalExplicit, GlobalImplicit, Free, Cell };

struct Scope {
  ScopeKind kind;
  std::string name;
  const ast::Node* node = nullptr;
  Scope* parent = nullptr;
  std::vector<std::unique_ptr<Scope>> children;
  std::map<std::string, uint32_t> flags;       // name -> SymFlags
  std::map<std::string, NameScope> resolved;    // after analysis
  std::vector<std::string> params;             // parameter names in order
  std::vector<std::string> order;              // names in order of first appearance
  std::map<std::string, ast::Loc> directives;  // where a name was first declared global/nonlocal
  bool is_generator = false;
  bool is_coroutine = false;
  bool has_varargs = false, has_varkw = false;
  bool needs_class_closure = false;  // class body whose methods use __class__ / super()
  bool child_free_class = false;
  bool has_yield_in_comprehension = false;
  bool comp_inlined = false;
  int lineno = 0;
  int col = 0;

  NameScope scope_of(const std::string& name) const;
  bool is_function_like() const { return kind != ScopeKind::Module && kind != ScopeKind::Class; }
};

struct SymbolTable {
  std::unique_ptr<Scope> top;
  std::map<const ast::Node*, Scope*> by_node;
  Scope* scope_for(const ast::Node* n) const {
    auto it = by_node.find(n);
    return it == by_node.end() ? nullptr : it->second;
  }
};

// Builds the symbol table; on error returns null and fills *err (CPython's messages).
std::unique_ptr<SymbolTable> build_symtable(const ast::Mod* mod, std::string_view filename, SyntaxErrorInfo* err);

}  // namespace coil

// parser_impl.h - the Parser class shared by the parser_*.cpp files (internal to the front end).
//
// The parser follows CPython 3.11's PEG grammar (Grammar/python.gram) rule by rule: ordered
// alternatives, backtracking by resetting `mark_`, memoisation of the rules CPython memoises,
// and a second pass with the `invalid_*` rules enabled when the first pass fails. That is what
// makes error messages and locations (which depend on how far the parser looked) match
// CPython's. A few hot rules are written as equivalent deterministic code.
//
// Conventions: a rule returns nullptr/false on failure, leaving `mark_` where it was; once an
// error is raised (`err_`), every rule fails immediately.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/ast.h"
#include "compiler/parser.h"
#include "compiler/syntax_error.h"
#include "compiler/token.h"
#include "compiler/tokenizer.h"

namespace coil::compiler {

enum class StartRule { File, Interactive, Eval, FString };

// Rule ids for the memo table.
enum class MemoRule : uint8_t {
  simple_stmt, block, expression, star_expression, disjunction, conjunction, inversion,
  bitwise_or, factor, await_primary, t_primary, arguments, star_target, target_with_star_atom,
  del_target, strings, invalid_named_expression, closed_pattern, star_pattern, attr,
  named_expression, star_targets, kCount
};

class Parser {
 public:
  // `source` must be normalised (normalize_source) and outlive the parser.
  Parser(std::string_view source, StartRule start, ast::Arena& arena, const ParseOptions& options);

  // Runs both passes; returns the tree or null with error() set.
  ast::Mod* parse_mod();
  // FString start rule: the expression of an f-string replacement field.
  ast::Expr* parse_fstring_expr();

  const SyntaxErrorInfo& error() const { return error_; }
  bool memory_error() const { return memory_error_; }

  // Set by the f-string code before parsing an embedded expression.
  int starting_lineno_ = 0;
  int starting_col_offset_ = 0;
  bool in_fstring_ = false;

  // ------------------------------------------------------------ internals (used by helpers)
  struct KeyValue {
    ast::Expr* key;  // null for **mapping
    ast::Expr* value;
  };
  struct NameDefault {
    ast::Arg* arg;
    ast::Expr* value;  // null: no default
  };
  struct StarEtc {
    ast::Arg* vararg = nullptr;
    std::vector<NameDefault> kwonly;
    ast::Arg* kwarg = nullptr;
  };
  struct SlashWithDefault {
    std::vector<ast::Arg*> plain;
    std::vector<NameDefault> with_default;
  };
  struct KeyPattern {
    ast::Expr* key;  // for class patterns: a Name whose id is the keyword
    ast::Pattern* pattern;
  };
  // An argument in a call: a positional/starred expression or a keyword.
  struct ArgItem {
    ast::Expr* expr = nullptr;
    ast::Keyword* keyword = nullptr;
  };
  struct CallArgs {
    ast::ExprList args;
    std::vector<ast::Keyword*> keywords;
    ast::Loc loc;
  };

 private:
  friend class FStringParser;
  friend struct StringConcat;

  // ---- tokens (parser_core.cpp)
  void tokenize_all();
  bool fill_token();  // makes one more token visible; false (and error) on ERRORTOKEN
  const Token* peek_token();  // token at mark_, fetching it; null on error
  Tok peek();                 // kind at mark_ (ERRORTOKEN on error)
  Tok peek_at(int offset);    // kind at mark_ + offset (fetches)
  const Token* expect(Tok kind);
  const Token* expect_name();  // NAME (not a keyword)
  bool expect_soft_keyword(std::string_view kw);
  bool at_soft_keyword_token();  // CPython's SOFT_KEYWORD (prefix match quirk included)
  const Token* expect_forced(Tok kind, const char* expected);
  std::string_view token_text(const Token& t) const;
  const Token& last_nonwhitespace_token() const;

  // ---- locations and nodes
  ast::Loc loc_from(int start_mark) const;
  ast::Loc tok_loc(const Token& t) const;
  template <class T> T* make(int start_mark) {
    T* n = arena_.make<T>();
    n->loc = loc_from(start_mark);
    return n;
  }
  ast::Name* name_from_token(const Token& t, ast::ExprContext ctx = ast::ExprContext::Load);
  std::string identifier(const Token& t) const;

  // ---- errors (parser_core.cpp)
  void raise_at(const char* type, int lineno, int col_offset, int end_lineno, int end_col_offset,
                const std::string& msg);
  void raise_error(const char* type, const std::string& msg);  // RAISE_SYNTAX_ERROR
  void raise_syntax(const std::string& msg) { raise_error("SyntaxError", msg); }
  void raise_indentation(const std::string& msg) { raise_error("IndentationError", msg); }
  void raise_known_location(const ast::Loc& a, const std::string& msg);
  void raise_known_range(const ast::Loc& a, const ast::Loc& b, const std::string& msg);
  void raise_starting_from(const ast::Loc& a, const std::string& msg);
  void raise_memory_error();
  void raise_tokenizer_error();
  void raise_unclosed_paren();
  void raise_invalid_target(int type, ast::Expr* e);
  void set_syntax_error(int last_token_index);
  void tokenize_full_source_to_check_for_errors();
  void* run_passes(void* (Parser::*rule)());
  bool bad_single_statement();

  // ---- memo
  struct MemoEntry {
    uint64_t key;
    void* node;
    int end;
  };
  bool memo_get(MemoRule rule, int mark, void** node);
  void memo_put(MemoRule rule, int mark, void* node, int end);
  void memo_clear();

  // ---- recursion guard
  struct Guard {
    Parser* p;
    explicit Guard(Parser* parser) : p(parser) {
      if (++p->depth_ > kMaxDepth) p->raise_memory_error();
    }
    ~Guard() { --p->depth_; }
  };
  static constexpr int kMaxDepth = 6000;

  // ---- start rules
  void* file_rule();
  void* interactive_rule();
  void* eval_rule();
  void* fstring_rule();

  // ---- statements (parser_stmt.cpp)
  bool statements(ast::StmtList* out);
  bool statement(ast::StmtList* out);
  bool statement_newline(ast::StmtList* out);
  bool simple_stmts(ast::StmtList* out);
  ast::Stmt* simple_stmt();
  ast::Stmt* simple_stmt_uncached();
  ast::Stmt* compound_stmt();
  ast::Stmt* assignment();
  bool statement_has_assignment_token();
  ast::Expr* annotated_rhs();
  bool augassign(ast::Operator* op);
  ast::Stmt* return_stmt();
  ast::Stmt* raise_stmt();
  ast::Stmt* global_stmt(bool nonlocal);
  ast::Stmt* del_stmt();
  ast::Stmt* yield_stmt();
  ast::Stmt* assert_stmt();
  ast::Stmt* import_stmt();
  ast::Stmt* import_name();
  ast::Stmt* import_from();
  bool import_from_targets(std::vector<ast::Alias*>* out);
  bool import_from_as_names(std::vector<ast::Alias*>* out);
  ast::Alias* import_from_as_name();
  bool dotted_as_names(std::vector<ast::Alias*>* out);
  ast::Alias* dotted_as_name();
  bool dotted_name(std::string* out);
  bool block(ast::StmtList* out);
  bool block_uncached(ast::StmtList* out);
  bool decorators(ast::ExprList* out);
  ast::Stmt* class_def();
  ast::Stmt* class_def_raw();
  ast::Stmt* function_def();
  ast::Stmt* function_def_raw();
  ast::Stmt* if_stmt();
  ast::Stmt* elif_stmt();
  bool else_block(ast::StmtList* out);
  ast::Stmt* while_stmt();
  ast::Stmt* for_stmt();
  ast::Stmt* with_stmt();
  ast::WithItem* with_item();
  ast::Stmt* try_stmt();
  ast::ExceptHandler* except_block();
  ast::ExceptHandler* except_star_block();
  bool finally_block(ast::StmtList* out);
  ast::Stmt* match_stmt();
  ast::Expr* subject_expr();
  ast::MatchCase* case_block();
  ast::Expr* guard();

  // ---- parameters (parser_params.cpp)
  ast::Arguments* params(bool lambda);
  ast::Arguments* parameters(bool lambda);
  bool slash_no_default(bool lambda, std::vector<ast::Arg*>* out);
  bool slash_with_default(bool lambda, SlashWithDefault* out);
  bool star_etc(bool lambda, StarEtc* out);
  ast::Arg* kwds(bool lambda);
  ast::Arg* param_no_default(bool lambda);
  ast::Arg* param_no_default_star_annotation();
  bool param_with_default(bool lambda, NameDefault* out);
  bool param_maybe_default(bool lambda, NameDefault* out);
  ast::Arg* param(bool lambda);
  ast::Arg* param_star_annotation();
  ast::Expr* default_value();
  bool param_end(bool lambda);  // ',' or &')' (&':' for lambdas)
  ast::Arguments* make_arguments(std::vector<ast::Arg*>* slash_no_default,
                                 SlashWithDefault* slash_with_default,
                                 std::vector<ast::Arg*>* plain_names,
                                 std::vector<NameDefault>* names_with_default,
                                 StarEtc* star_etc);
  ast::Arguments* empty_arguments();

  // ---- expressions (parser_expr.cpp)
  ast::Expr* expressions();
  ast::Expr* expression();
  ast::Expr* expression_uncached();
  ast::Expr* expression_without_invalid();
  ast::Expr* yield_expr();
  ast::Expr* star_expressions();
  ast::Expr* star_expression();
  bool star_named_expressions(ast::ExprList* out);
  ast::Expr* star_named_expression();
  ast::Expr* assignment_expression();
  ast::Expr* named_expression();
  ast::Expr* disjunction();
  ast::Expr* conjunction();
  ast::Expr* inversion();
  ast::Expr* comparison();
  ast::Expr* bitwise_or();
  ast::Expr* binary_level(int level);
  ast::Expr* factor();
  ast::Expr* power();
  ast::Expr* await_primary();
  ast::Expr* primary();
  ast::Expr* slices();
  ast::Expr* slice();
  ast::Expr* atom();
  ast::Expr* paren_atom();
  ast::Expr* list_atom();
  ast::Expr* brace_atom();
  ast::Expr* group();
  ast::Expr* tuple();
  ast::Expr* genexp();
  ast::Expr* list();
  ast::Expr* listcomp();
  ast::Expr* set();
  ast::Expr* setcomp();
  ast::Expr* dict();
  ast::Expr* dictcomp();
  bool double_starred_kvpairs(std::vector<KeyValue>* out);
  bool double_starred_kvpair(KeyValue* out);
  bool kvpair(KeyValue* out);
  bool for_if_clauses(std::vector<ast::Comprehension*>* out);
  ast::Comprehension* for_if_clause();
  ast::Expr* lambdef();
  ast::Expr* strings();
  ast::Expr* strings_uncached();
  bool arguments(CallArgs* out);
  bool arguments_uncached(CallArgs* out);
  bool args(CallArgs* out);
  bool kwargs(std::vector<ArgItem>* out);
  ast::Expr* starred_expression();
  bool kwarg_or_starred(ArgItem* out);
  bool kwarg_or_double_starred(ArgItem* out);
  ast::Expr* call_arg_positional();
  ast::Expr* make_call(int start_mark, ast::Expr* func, CallArgs& a);

  // ---- targets (parser_targets.cpp)
  ast::Expr* star_targets();
  bool star_targets_list_seq(ast::ExprList* out);
  bool star_targets_tuple_seq(ast::ExprList* out);
  ast::Expr* star_target();
  ast::Expr* target_with_star_atom();
  ast::Expr* star_atom();
  ast::Expr* single_target();
  ast::Expr* single_subscript_attribute_target();
  ast::Expr* t_primary();
  bool t_lookahead();
  bool del_targets(ast::ExprList* out);
  ast::Expr* del_target();
  ast::Expr* del_t_atom();
  void set_expr_context(ast::Expr* e, ast::ExprContext ctx);

  // ---- patterns (parser_pattern.cpp)
  ast::Pattern* patterns();
  ast::Pattern* pattern();
  ast::Pattern* as_pattern();
  ast::Pattern* or_pattern();
  ast::Pattern* closed_pattern();
  ast::Pattern* closed_pattern_uncached();
  ast::Pattern* literal_pattern();
  ast::Expr* literal_expr();
  ast::Expr* complex_number();
  ast::Expr* signed_number();
  ast::Expr* signed_real_number();
  ast::Expr* real_number();
  ast::Expr* imaginary_number();
  ast::Pattern* capture_pattern();
  const Token* pattern_capture_target();
  ast::Pattern* wildcard_pattern();
  ast::Pattern* value_pattern();
  ast::Expr* attr();
  ast::Expr* name_or_attr();
  ast::Pattern* group_pattern();
  ast::Pattern* sequence_pattern();
  bool open_sequence_pattern(ast::PatternList* out);
  bool maybe_sequence_pattern(ast::PatternList* out);
  ast::Pattern* maybe_star_pattern();
  ast::Pattern* star_pattern();
  ast::Pattern* mapping_pattern();
  bool items_pattern(std::vector<KeyPattern>* out);
  bool key_value_pattern(KeyPattern* out);
  const Token* double_star_pattern();
  ast::Pattern* class_pattern();
  bool positional_patterns(ast::PatternList* out);
  bool keyword_patterns(std::vector<KeyPattern>* out);
  bool keyword_pattern(KeyPattern* out);

  // ---- invalid_* rules (parser_invalid.cpp): they raise or fail, never succeed
  void invalid_arguments();
  void invalid_kwarg();
  void invalid_legacy_expression();
  void invalid_expression();
  void invalid_named_expression();
  void invalid_named_expression_uncached();
  void invalid_assignment();
  ast::Expr* invalid_ann_assign_target();
  void invalid_del_stmt();
  void invalid_block();
  void invalid_comprehension();
  void invalid_dict_comprehension();
  void invalid_parameters(bool lambda);
  bool invalid_parameters_helper(bool lambda);
  void invalid_default();
  void invalid_star_etc(bool lambda);
  void invalid_kwds(bool lambda);
  void invalid_with_item();
  void invalid_for_target();
  void invalid_group();
  void invalid_import_from_targets();
  void invalid_with_stmt();
  void invalid_with_stmt_indent();
  void invalid_try_stmt();
  void invalid_except_stmt();
  void invalid_finally_stmt();
  void invalid_except_stmt_indent();
  void invalid_except_star_stmt_indent();
  void invalid_match_stmt();
  void invalid_case_block();
  void invalid_as_pattern();
  void invalid_class_pattern();
  void invalid_if_stmt();
  void invalid_elif_stmt();
  void invalid_else_stmt();
  void invalid_while_stmt();
  void invalid_for_stmt();
  void invalid_def_raw();
  void invalid_class_def_raw();
  void invalid_double_starred_kvpairs();
  void invalid_kvpair();
  bool with_item_for_invalid(bool expressions_form);
  void nonparen_genexp_in_call(const CallArgs& a, const std::vector<ast::Comprehension*>& comps);
  void arguments_parsing_error(const CallArgs& a);
  bool check_legacy_stmt(ast::Expr* e) const;

  // ---- data
  std::string_view src_;
  StartRule start_rule_;
  ast::Arena& arena_;
  ParseOptions options_;
  Tokenizer tok_;
  std::vector<Token> tokens_;
  int fill_ = 0;
  int mark_ = 0;
  bool err_ = false;
  bool memory_error_ = false;
  bool call_invalid_rules_ = false;
  int depth_ = 0;
  SyntaxErrorInfo error_;
  std::vector<MemoEntry> memo_;
  size_t memo_count_ = 0;
  ast::Arguments* empty_args_ = nullptr;
};

// Helpers shared between files.
const char* expr_name(const ast::Expr* e);
ast::Expr* get_invalid_target(ast::Expr* e, int targets_type);
enum TargetsType { STAR_TARGETS = 0, DEL_TARGETS = 1, FOR_TARGETS = 2 };

}  // namespace coil::compiler

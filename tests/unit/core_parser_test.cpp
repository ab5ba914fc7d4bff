// core_parser_test.cpp - unit tests of the parser: AST dumps, SyntaxErrors, modes, completeness, hostile input.
//
// Expected values were produced by CPython 3.11.7 (ast.dump / SyntaxError attributes).
#include <catch2/catch.hpp>

#include <string>

#include "coil/debug.h"
#include "compiler/ast_dump.h"
#include "compiler/parser.h"

using coil::compiler::Completeness;
using coil::compiler::ParseMode;
using coil::compiler::ParseResult;

namespace {

std::string dump(const std::string& src, ParseMode mode = ParseMode::File, bool attrs = false) {
  ParseResult r = coil::compiler::parse(src, mode);
  if (!r.ok()) return coil::compiler::dump_syntax_error(r.error, "<unknown>");
  return coil::compiler::dump_mod(*r.mod, attrs);
}

struct AstCase {
  const char* source;
  bool attributes;
  const char* expected;
};

const AstCase kAstCases[] = {
    {"x = 1", false,
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])"},
    {"a, *b = c", false,
     "Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store()), Starred(value=Name(id='b', ctx=Store()), ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load()))], type_ignores=[])"},
    {"del a[0], b.c", false,
     "Module(body=[Delete(targets=[Subscript(value=Name(id='a', ctx=Load()), slice=Constant(value=0), ctx=Del()), Attribute(value=Name(id='b', ctx=Load()), attr='c', ctx=Del())])], type_ignores=[])"},
    {"x: int = 5", false,
     "Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=5), simple=1)], type_ignores=[])"},
    {"(x): int", false,
     "Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), simple=0)], type_ignores=[])"},
    {"x += 1", false,
     "Module(body=[AugAssign(target=Name(id='x', ctx=Store()), op=Add(), value=Constant(value=1))], type_ignores=[])"},
    {"async def f():\n    await g()\n    async for x in y: pass\n    async with a as b: pass", false,
     "Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Expr(value=Await(value=Call(func=Name(id='g', ctx=Load()), args=[], keywords=[]))), AsyncFor(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), body=[Pass()], orelse=[]), AsyncWith(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store()))], body=[Pass()])], decorator_list=[])], type_ignores=[])"},
    {"@d\nclass C(B, metaclass=M):\n    pass", false,
     "Module(body=[ClassDef(name='C', bases=[Name(id='B', ctx=Load())], keywords=[keyword(arg='metaclass', value=Name(id='M', ctx=Load()))], body=[Pass()], decorator_list=[Name(id='d', ctx=Load())])], type_ignores=[])"},
    {"def f(a, /, b=2, *args, c, d=4, **kw) -> int: return a", false,
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a')], args=[arg(arg='b')], vararg=arg(arg='args'), kwonlyargs=[arg(arg='c'), arg(arg='d')], kw_defaults=[None, Constant(value=4)], kwarg=arg(arg='kw'), defaults=[Constant(value=2)]), body=[Return(value=Name(id='a', ctx=Load()))], decorator_list=[], returns=Name(id='int', ctx=Load()))], type_ignores=[])"},
    {"lambda a, /, b=1, *c, d, **e: 0", false,
     "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[arg(arg='a')], args=[arg(arg='b')], vararg=arg(arg='c'), kwonlyargs=[arg(arg='d')], kw_defaults=[None], kwarg=arg(arg='e'), defaults=[Constant(value=1)]), body=Constant(value=0)))], type_ignores=[])"},
    {"[x for x in y if x for z in w]", false,
     "Module(body=[Expr(value=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[Name(id='x', ctx=Load())], is_async=0), comprehension(target=Name(id='z', ctx=Store()), iter=Name(id='w', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])"},
    {"{k: v for k, v in d}", false,
     "Module(body=[Expr(value=DictComp(key=Name(id='k', ctx=Load()), value=Name(id='v', ctx=Load()), generators=[comprehension(target=Tuple(elts=[Name(id='k', ctx=Store()), Name(id='v', ctx=Store())], ctx=Store()), iter=Name(id='d', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])"},
    {"(x := 10)", false,
     "Module(body=[Expr(value=NamedExpr(target=Name(id='x', ctx=Store()), value=Constant(value=10)))], type_ignores=[])"},
    {"a < b <= c != d", false,
     "Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[Lt(), LtE(), NotEq()], comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load()), Name(id='d', ctx=Load())]))], type_ignores=[])"},
    {"x if y else z", false,
     "Module(body=[Expr(value=IfExp(test=Name(id='y', ctx=Load()), body=Name(id='x', ctx=Load()), orelse=Name(id='z', ctx=Load())))], type_ignores=[])"},
    {"not a and b or c", false,
     "Module(body=[Expr(value=BoolOp(op=Or(), values=[BoolOp(op=And(), values=[UnaryOp(op=Not(), operand=Name(id='a', ctx=Load())), Name(id='b', ctx=Load())]), Name(id='c', ctx=Load())]))], type_ignores=[])"},
    {"global a, b\nnonlocal c", false,
     "Module(body=[Global(names=['a', 'b']), Nonlocal(names=['c'])], type_ignores=[])"},
    {"try:\n    pass\nexcept* E as e:\n    pass", false,
     "Module(body=[TryStar(body=[Pass()], handlers=[ExceptHandler(type=Name(id='E', ctx=Load()), name='e', body=[Pass()])], orelse=[], finalbody=[])], type_ignores=[])"},
    {"try:\n    pass\nexcept E:\n    pass\nelse:\n    pass\nfinally:\n    pass", false,
     "Module(body=[Try(body=[Pass()], handlers=[ExceptHandler(type=Name(id='E', ctx=Load()), body=[Pass()])], orelse=[Pass()], finalbody=[Pass()])], type_ignores=[])"},
    {"with (open(a) as b, open(c)):\n    pass", false,
     "Module(body=[With(items=[withitem(context_expr=Call(func=Name(id='open', ctx=Load()), args=[Name(id='a', ctx=Load())], keywords=[]), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Call(func=Name(id='open', ctx=Load()), args=[Name(id='c', ctx=Load())], keywords=[]))], body=[Pass()])], type_ignores=[])"},
    {"from .. import x as y, z", false,
     "Module(body=[ImportFrom(names=[alias(name='x', asname='y'), alias(name='z')], level=2)], type_ignores=[])"},
    {"import a.b.c as d", false,
     "Module(body=[Import(names=[alias(name='a.b.c', asname='d')])], type_ignores=[])"},
    {"match p:\n    case [1, *rest] | {'k': v, **kw} if v:\n        pass\n    case Point(x=0, y=_) as pt:\n        pass\n    case -1 + 2j | None | 'a' 'b':\n        pass", false,
     "Module(body=[Match(subject=Name(id='p', ctx=Load()), cases=[match_case(pattern=MatchOr(patterns=[MatchSequence(patterns=[MatchValue(value=Constant(value=1)), MatchStar(name='rest')]), MatchMapping(keys=[Constant(value='k')], patterns=[MatchAs(name='v')], rest='kw')]), guard=Name(id='v', ctx=Load()), body=[Pass()]), match_case(pattern=MatchAs(pattern=MatchClass(cls=Name(id='Point', ctx=Load()), patterns=[], kwd_attrs=['x', 'y'], kwd_patterns=[MatchValue(value=Constant(value=0)), MatchAs()]), name='pt'), body=[Pass()]), match_case(pattern=MatchOr(patterns=[MatchValue(value=BinOp(left=UnaryOp(op=USub(), operand=Constant(value=1)), op=Add(), right=Constant(value=2j))), MatchSingleton(value=None), MatchValue(value=Constant(value='ab'))]), body=[Pass()])])], type_ignores=[])"},
    {"f'{x!r:>{w}} {y=}'", true,
     "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=114, format_spec=JoinedStr(values=[Constant(value='>', lineno=1, col_offset=0, end_lineno=1, end_col_offset=18), FormattedValue(value=Name(id='w', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=18)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=18), lineno=1, col_offset=0, end_lineno=1, end_col_offset=18), Constant(value=' y=', lineno=1, col_offset=0, end_lineno=1, end_col_offset=18), FormattedValue(value=Name(id='y', ctx=Load(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=15), conversion=114, lineno=1, col_offset=0, end_lineno=1, end_col_offset=18)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=18), lineno=1, col_offset=0, end_lineno=1, end_col_offset=18)], type_ignores=[])"},
    {"'a' f'{b}' 'c'", true,
     "Module(body=[Expr(value=JoinedStr(values=[Constant(value='a', lineno=1, col_offset=0, end_lineno=1, end_col_offset=14), FormattedValue(value=Name(id='b', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=14), Constant(value='c', lineno=1, col_offset=0, end_lineno=1, end_col_offset=14)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=14), lineno=1, col_offset=0, end_lineno=1, end_col_offset=14)], type_ignores=[])"},
    {"u'x'", false,
     "Module(body=[Expr(value=Constant(value='x', kind='u'))], type_ignores=[])"},
    {"b'\\x00\\xff' b'\"'", false,
     "Module(body=[Expr(value=Constant(value=b'\\x00\\xff\"'))], type_ignores=[])"},
    {"0xFFFFFFFFFFFFFFFFFFFFFFFFFF + 0o777 + 0b1010 + 1_000", false,
     "Module(body=[Expr(value=BinOp(left=BinOp(left=BinOp(left=Constant(value=20282409603651670423947251286015), op=Add(), right=Constant(value=511)), op=Add(), right=Constant(value=10)), op=Add(), right=Constant(value=1000)))], type_ignores=[])"},
    {"1e16, 1e-05, 0.0001, 1.5j, 2.0j, 1e400, 0.1", false,
     "Module(body=[Expr(value=Tuple(elts=[Constant(value=1e+16), Constant(value=1e-05), Constant(value=0.0001), Constant(value=1.5j), Constant(value=2j), Constant(value=inf), Constant(value=0.1)], ctx=Load()))], type_ignores=[])"},
    {"'\\N{EM DASH}\\u00e9\\U0001F600\\ud800'", false,
     "Module(body=[Expr(value=Constant(value='—é😀\\ud800'))], type_ignores=[])"},
    {"x[1:2, ::3, *a]", false,
     "Module(body=[Expr(value=Subscript(value=Name(id='x', ctx=Load()), slice=Tuple(elts=[Slice(lower=Constant(value=1), upper=Constant(value=2)), Slice(step=Constant(value=3)), Starred(value=Name(id='a', ctx=Load()), ctx=Load())], ctx=Load()), ctx=Load()))], type_ignores=[])"},
    {"print(*a, **k, sep='')", false,
     "Module(body=[Expr(value=Call(func=Name(id='print', ctx=Load()), args=[Starred(value=Name(id='a', ctx=Load()), ctx=Load())], keywords=[keyword(value=Name(id='k', ctx=Load())), keyword(arg='sep', value=Constant(value=''))]))], type_ignores=[])"},
    {"yield from x", false,
     "Module(body=[Expr(value=YieldFrom(value=Name(id='x', ctx=Load())))], type_ignores=[])"},
    {"raise E from None", false,
     "Module(body=[Raise(exc=Name(id='E', ctx=Load()), cause=Constant(value=None))], type_ignores=[])"},
    {"assert x, 'msg'", false,
     "Module(body=[Assert(test=Name(id='x', ctx=Load()), msg=Constant(value='msg'))], type_ignores=[])"},
    {"if a:\n    pass\nelif b:\n    pass\nelse:\n    pass", false,
     "Module(body=[If(test=Name(id='a', ctx=Load()), body=[Pass()], orelse=[If(test=Name(id='b', ctx=Load()), body=[Pass()], orelse=[Pass()])])], type_ignores=[])"},
};

struct ErrorCase {
  const char* source;
  const char* type;
  const char* msg;
  int lineno, offset, end_lineno, end_offset;
  const char* text;
};

const ErrorCase kErrorCases[] = {
    {"if x\n    pass\n", "SyntaxError", "expected ':'", 1, 5, 1, 5, "if x\n"},
    {"def f(x):\npass\n", "IndentationError", "expected an indented block after function definition on line 1", 2, 1, 2, 5, "pass\n"},
    {"for i in range(3):\nprint(i)\n", "IndentationError", "expected an indented block after 'for' statement on line 1", 2, 1, 2, 6, "print(i)\n"},
    {"while x:\npass\n", "IndentationError", "expected an indented block after 'while' statement on line 1", 2, 1, 2, 5, "pass\n"},
    {"class C:\npass\n", "IndentationError", "expected an indented block after class definition on line 1", 2, 1, 2, 5, "pass\n"},
    {"with open(f) as g:\npass\n", "IndentationError", "expected an indented block after 'with' statement on line 1", 2, 1, 2, 5, "pass\n"},
    {"try:\npass\n", "IndentationError", "expected an indented block after 'try' statement on line 1", 2, 1, 2, 5, "pass\n"},
    {"try:\n    pass\nexcept:\npass\n", "IndentationError", "expected an indented block after 'except' statement on line 3", 4, 1, 4, 5, "pass\n"},
    {"try:\n    pass\nfinally:\npass\n", "IndentationError", "expected an indented block after 'finally' statement on line 3", 4, 1, 4, 5, "pass\n"},
    {"if x:\n    pass\nelse:\npass\n", "IndentationError", "expected an indented block after 'else' statement on line 3", 4, 1, 4, 5, "pass\n"},
    {"if x:\n    pass\nelif y:\npass\n", "IndentationError", "expected an indented block after 'elif' statement on line 3", 4, 1, 4, 5, "pass\n"},
    {"match x:\ncase 1: pass\n", "IndentationError", "expected an indented block after 'match' statement on line 1", 2, 1, 2, 5, "case 1: pass\n"},
    {"match x:\n    case 1:\n    pass\n", "IndentationError", "expected an indented block after 'case' statement on line 2", 3, 5, 3, 9, "    pass\n"},
    {"x = 1\n    y = 2\n", "IndentationError", "unexpected indent", 2, 4, 2, -1, "    y = 2\n"},
    {"if x:\n        a\n    b\n", "IndentationError", "unindent does not match any outer indentation level", 3, 6, 3, -1, "    b\n"},
    {"if x:\n\ta\n        b\n", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0, "        b\n"},
    {"try:\n    pass\nx = 1\n", "SyntaxError", "expected 'except' or 'finally' block", 3, 1, 3, 2, "x = 1\n"},
    {"f(a for a in b, c)\n", "SyntaxError", "Generator expression must be parenthesized", 1, 3, 1, 15, "f(a for a in b, c)\n"},
    {"print 'hello'\n", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 1, 14, "print 'hello'\n"},
    {"f(x=1, y)\n", "SyntaxError", "positional argument follows keyword argument", 1, 9, 1, 10, "f(x=1, y)\n"},
    {"f(**k, *a)\n", "SyntaxError", "iterable argument unpacking follows keyword argument unpacking", 1, 8, 1, 9, "f(**k, *a)\n"},
    {"def f(a=1, b): pass\n", "SyntaxError", "non-default argument follows default argument", 1, 12, 1, 13, "def f(a=1, b): pass\n"},
    {"f() = 1\n", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1, 1, 4, "f() = 1\n"},
    {"1 = x\n", "SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1, 1, 2, "1 = x\n"},
    {"a + 1 = 2\n", "SyntaxError", "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1, 1, 6, "a + 1 = 2\n"},
    {"del f()\n", "SyntaxError", "cannot delete function call", 1, 5, 1, 8, "del f()\n"},
    {"x = [1, 2, 3)\n", "SyntaxError", "closing parenthesis ')' does not match opening parenthesis '['", 1, 13, 1, 13, "x = [1, 2, 3)"},
    {"x = (1, 2\n", "SyntaxError", "'(' was never closed", 1, 5, 1, 0, "x = (1, 2\n"},
    {"x = 1 2\n", "SyntaxError", "invalid syntax", 1, 7, 1, 8, "x = 1 2\n"},
    {"f(a b)\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 3, 1, 6, "f(a b)\n"},
    {"x = 5 +\n", "SyntaxError", "invalid syntax", 1, 8, 1, 8, "x = 5 +\n"},
    {"x = 'abc\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, 1, 5, "x = 'abc"},
    {"x = '''abc\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 1)", 1, 5, 1, 5, "x = '''abc"},
    {"x = 1 €\n", "SyntaxError", "invalid character '€' (U+20AC)", 1, 7, 1, 7, "x = 1 €"},
    {"x = 0777\n", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5, 1, 6, "x = 0777"},
    {"x = 1_\n", "SyntaxError", "invalid decimal literal", 1, 6, 1, 6, "x = 1_"},
    {"x = 0x\n", "SyntaxError", "invalid hexadecimal literal", 1, 6, 1, 6, "x = 0x"},
    {"x = 1abc\n", "SyntaxError", "invalid decimal literal", 1, 5, 1, 5, "x = 1abc"},
    {"f'{}'\n", "SyntaxError", "f-string: empty expression not allowed", 1, 6, 1, 6, "f'{}'\n"},
    {"f'}'\n", "SyntaxError", "f-string: single '}' is not allowed", 1, 5, 1, 5, "f'}'\n"},
    {"f'{x'\n", "SyntaxError", "f-string: expecting '}'", 1, 6, 1, 6, "f'{x'\n"},
    {"f'{x!z}'\n", "SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 9, 1, 9, "f'{x!z}'\n"},
    {"x = b'a' 'b'\n", "SyntaxError", "cannot mix bytes and nonbytes literals", 1, 13, 1, 13, "x = b'a' 'b'\n"},
    {"(*a) = 1\n", "SyntaxError", "cannot use starred expression here", 1, 2, 1, 4, "(*a) = 1\n"},
    {"import a.b as\n", "SyntaxError", "invalid syntax", 1, 14, 1, 14, "import a.b as\n"},
    {"from x import a,\n", "SyntaxError", "trailing comma not allowed without surrounding parentheses", 1, 17, 1, 17, "from x import a,\n"},
    {"f(x for x in y = 1)\n", "SyntaxError", "invalid syntax", 1, 16, 1, 17, "f(x for x in y = 1)\n"},
    {"x = {1: 2, 3}\n", "SyntaxError", "':' expected after dictionary key", 1, 12, 1, 0, "x = {1: 2, 3}\n"},
    {"x = {1: *a}\n", "SyntaxError", "cannot use a starred expression in a dictionary value", 1, 9, 1, 11, "x = {1: *a}\n"},
    {"lambda x=1, y: x\n", "SyntaxError", "non-default argument follows default argument", 1, 13, 1, 14, "lambda x=1, y: x\n"},
    {"def f(*): pass\n", "SyntaxError", "named arguments must follow bare *", 1, 7, 1, 8, "def f(*): pass\n"},
    {"def f(**k, a): pass\n", "SyntaxError", "arguments cannot follow var-keyword argument", 1, 12, 1, 13, "def f(**k, a): pass\n"},
    {"a, b += 1\n", "SyntaxError", "'tuple' is an illegal expression for augmented assignment", 1, 1, 1, 5, "a, b += 1\n"},
    {"x = yield = 1\n", "SyntaxError", "assignment to yield expression not possible", 1, 5, 1, 10, "x = yield = 1\n"},
    {"[x, y for x in z]\n", "SyntaxError", "did you forget parentheses around the comprehension target?", 1, 2, 1, 6, "[x, y for x in z]\n"},
    {"(x := 1) = 2\n", "SyntaxError", "cannot assign to named expression here. Maybe you meant '==' instead of '='?", 1, 2, 1, 8, "(x := 1) = 2\n"},
    {"if x = 1: pass\n", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4, 1, 9, "if x = 1: pass\n"},
    {"x = (a, b c)\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 9, 1, 12, "x = (a, b c)\n"},
    {"x = a if b\n", "SyntaxError", "expected 'else' after 'if' expression", 1, 5, 1, 11, "x = a if b\n"},
    {"def f(/, a): pass\n", "SyntaxError", "at least one argument must precede /", 1, 7, 1, 8, "def f(/, a): pass\n"},
    {"except* = 1\n", "SyntaxError", "invalid syntax", 1, 1, 1, 7, "except* = 1\n"},
    {"class C(x for x in y): pass\n", "SyntaxError", "invalid syntax", 1, 11, 1, 14, "class C(x for x in y): pass\n"},
    {"f(True=1)\n", "SyntaxError", "cannot assign to True", 1, 3, 1, 8, "f(True=1)\n"},
    {"x = 1 if 2 else\n", "SyntaxError", "invalid syntax", 1, 16, 1, 16, "x = 1 if 2 else\n"},
    {"print(f'{a b}')\n", "SyntaxError", "f-string: invalid syntax. Perhaps you forgot a comma?", 1, 2, 1, 5, "(a b)\n"},
    {"x = '\\x4'\n", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", 1, 10, 1, 10, "x = '\\x4'\n"},
    {"x = b'\\x4'\n", "SyntaxError", "(value error) invalid \\x escape at position 0", 1, 11, 1, 11, "x = b'\\x4'\n"},
    {"x = '\\N{NOT A NAME}'\n", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-13: unknown Unicode character name", 1, 21, 1, 21, "x = '\\N{NOT A NAME}'\n"},
    {"nonlocal x = 1\n", "SyntaxError", "invalid syntax", 1, 12, 1, 13, "nonlocal x = 1\n"},
    {"assert (x, 'msg'\n", "SyntaxError", "'(' was never closed", 1, 8, 1, 0, "assert (x, 'msg'\n"},
    {"d = {1: 2, 3 4}\n", "SyntaxError", "':' expected after dictionary key", 1, 12, 1, 0, "d = {1: 2, 3 4}\n"},
    {"a = 1 +\\\n", "SyntaxError", "unexpected EOF while parsing", 1, 9, 1, -1, "a = 1 +\\\n"},
    {"x = (\n1,\n2\n", "SyntaxError", "'(' was never closed", 1, 5, 1, 0, "x = ("},
    {"x = ]\n", "SyntaxError", "unmatched ']'", 1, 5, 1, 5, "x = ]"},
    {"x = 10000000000000000000000000000000000000000000000000000000000000000000000000000j 1\n", "SyntaxError", "invalid syntax", 1, 84, 1, 85, "x = 10000000000000000000000000000000000000000000000000000000000000000000000000000j 1\n"},
    {"@dec\nx = 1\n", "SyntaxError", "invalid syntax", 2, 1, 2, 2, "x = 1\n"},
    {"async x = 1\n", "SyntaxError", "invalid syntax", 1, 7, 1, 8, "async x = 1\n"},
    {"for x in 1, 2 print(x)\n", "SyntaxError", "invalid syntax", 1, 15, 1, 20, "for x in 1, 2 print(x)\n"},
    {"with a as 1: pass\n", "SyntaxError", "cannot assign to literal", 1, 11, 1, 12, "with a as 1: pass\n"},
    {"for 1 in x: pass\n", "SyntaxError", "cannot assign to literal", 1, 5, 1, 6, "for 1 in x: pass\n"},
    {"try:\n    pass\nexcept a, b:\n    pass\n", "SyntaxError", "multiple exception types must be parenthesized", 3, 8, 3, 12, "except a, b:\n"},
    {"match x:\n    case a as _:\n        pass\n", "SyntaxError", "cannot use '_' as a target", 2, 15, 2, 16, "    case a as _:\n"},
    {"x = (yield) = 1\n", "SyntaxError", "cannot assign to yield expression", 1, 6, 1, 11, "x = (yield) = 1\n"},
};

}  // namespace

TEST_CASE("parser: ASTs are identical to ast.dump", "[parser]") {
  for (const AstCase& c : kAstCases) {
    INFO(c.source);
    CHECK(dump(c.source, ParseMode::File, c.attributes) == c.expected);
  }
}

TEST_CASE("parser: SyntaxErrors have CPython's type, message, location and text", "[parser]") {
  for (const ErrorCase& c : kErrorCases) {
    INFO(c.source);
    ParseResult r = coil::compiler::parse(c.source);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error.type == c.type);
    CHECK(r.error.msg == c.msg);
    CHECK(r.error.lineno == c.lineno);
    CHECK(r.error.offset == c.offset);
    CHECK(r.error.end_lineno == c.end_lineno);
    CHECK(r.error.end_offset == c.end_offset);
    CHECK(r.error.text == c.text);
  }
}

TEST_CASE("parser: dump_ast matches the debug.h contract", "[parser]") {
  CHECK(coil::debug::dump_ast("pass\n", "<unknown>", false) == "Module(body=[Pass()], type_ignores=[])");
  CHECK(coil::debug::dump_ast("pass", "<unknown>", true) ==
        "Module(body=[Pass(lineno=1, col_offset=0, end_lineno=1, end_col_offset=4)], type_ignores=[])");
  CHECK(coil::debug::dump_ast("x = (", "f.py", false) ==
        "SyntaxError: '(' was never closed (f.py, line 1, offset 5, end 1:0)");
}

TEST_CASE("parser: interactive and eval modes", "[parser]") {
  CHECK(dump("x = 1;", ParseMode::Interactive) ==
        "Interactive(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))])");
  CHECK(dump("1;2", ParseMode::Interactive) ==
        "Interactive(body=[Expr(value=Constant(value=1)), Expr(value=Constant(value=2))])");
  CHECK(dump("if x:\n  y", ParseMode::Interactive) ==
        "Interactive(body=[If(test=Name(id='x', ctx=Load()), body=[Expr(value=Name(id='y', "
        "ctx=Load()))], orelse=[])])");
  CHECK(dump("x = 1\ny = 2\n", ParseMode::Interactive) ==
        "SyntaxError: multiple statements found while compiling a single statement "
        "(<unknown>, line 1, offset 6, end 1:6)");
  CHECK(dump("", ParseMode::Interactive) ==
        "SyntaxError: invalid syntax (<unknown>, line 0, offset 0, end 0:0)");
  CHECK(dump("x\n\n", ParseMode::Eval) == "Expression(body=Name(id='x', ctx=Load()))");
  CHECK(dump("a, b", ParseMode::Eval) ==
        "Expression(body=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], "
        "ctx=Load()))");
  CHECK(dump("a, *b", ParseMode::Eval) ==
        "SyntaxError: invalid syntax (<unknown>, line 1, offset 4, end 1:5)");
  CHECK(dump(" 1", ParseMode::Eval) ==
        "IndentationError: unexpected indent (<unknown>, line 1, offset 1, end 1:-1)");
  CHECK(dump("x = 1", ParseMode::Eval) ==
        "SyntaxError: invalid syntax (<unknown>, line 1, offset 3, end 1:4)");
}

TEST_CASE("parser: code that only later compiler stages reject parses", "[parser]") {
  for (const char* src : {"x = *a\n", "*a, *b = c\n", "return 1\n", "break\n", "def f(a, a): pass\n",
                          "nonlocal x\n", "yield 1\n", "await x\n", "f(x=1, x=2)\n"}) {
    INFO(src);
    CHECK(coil::compiler::parse(src).ok());
  }
}

TEST_CASE("parser: check_complete behaves like codeop.compile_command", "[parser]") {
  using coil::compiler::check_complete;
  CHECK(check_complete("x = 1") == Completeness::Complete);
  CHECK(check_complete("") == Completeness::Complete);
  CHECK(check_complete("# comment") == Completeness::Complete);
  CHECK(check_complete("if x:") == Completeness::Incomplete);
  CHECK(check_complete("if x:\n    pass") == Completeness::Incomplete);
  CHECK(check_complete("if x:\n    pass\n") == Completeness::Complete);
  CHECK(check_complete("x = (1,") == Completeness::Incomplete);
  CHECK(check_complete("x = (1,\n2)") == Completeness::Complete);
  CHECK(check_complete("\"\"\"abc") == Completeness::Incomplete);
  CHECK(check_complete("\"\"\"abc\n") == Completeness::Incomplete);
  CHECK(check_complete("x = \\") == Completeness::Incomplete);
  CHECK(check_complete("@dec") == Completeness::Incomplete);
  CHECK(check_complete("try:\n  pass") == Completeness::Incomplete);
  CHECK(check_complete("if x:\n  pass\nelse:") == Completeness::Incomplete);
  CHECK(check_complete("x = 1 +") == Completeness::Invalid);
  CHECK(check_complete("x = ]") == Completeness::Invalid);
  CHECK(check_complete("x = 'abc") == Completeness::Invalid);
  CHECK(check_complete("x = 1\ny = 2") == Completeness::Invalid);
  CHECK(check_complete("return 1") == Completeness::Complete);  // a compiler error, not a parse error
}

TEST_CASE("parser: hostile input gives errors, never crashes", "[parser][hostile]") {
  ParseResult r = coil::compiler::parse(std::string(100000, '(') + std::string(100000, ')'));
  REQUIRE_FALSE(r.ok());
  CHECK(r.error.msg == "too many nested parentheses");
  CHECK(r.error.offset == 201);

  std::string nots;
  for (int i = 0; i < 100000; i++) nots += "not ";
  r = coil::compiler::parse(nots + "x");
  REQUIRE_FALSE(r.ok());
  CHECK(r.error.type == "MemoryError");

  r = coil::compiler::parse(std::string(100000, '-') + "x");
  REQUIRE_FALSE(r.ok());
  CHECK(r.error.type == "MemoryError");

  r = coil::compiler::parse(std::string("x = 1\0\n", 7));
  REQUIRE_FALSE(r.ok());
  CHECK(r.error.msg == "source code string cannot contain null bytes");
  CHECK_FALSE(r.error.has_location);

  r = coil::compiler::parse("x = \xff\n");
  REQUIRE_FALSE(r.ok());
  CHECK(r.error.msg ==
        "(unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte");

  std::string big = "x = [";
  for (int i = 0; i < 200000; i++) big += "1, ";
  big += "]\n";
  CHECK(coil::compiler::parse(big).ok());

  std::string chain = "a";
  for (int i = 0; i < 10000; i++) chain += ".b";
  CHECK(coil::compiler::parse(chain).ok());
  CHECK(coil::debug::dump_ast(chain, "<unknown>", false) ==
        "RecursionError: maximum recursion depth exceeded during ast construction");
}

TEST_CASE("parser: ParseOptions::max_depth bounds the nesting", "[parser][hostile]") {
  // 'not' and unary-operator chains are parsed with loops but still count one level each.
  std::string nots;
  for (int i = 0; i < 1500; i++) nots += "not ";
  nots += std::string(1500, '-');  // about 3000 levels: within every build's default limit
  ParseResult r = coil::compiler::parse(nots + "x");
  REQUIRE(r.ok());
  coil::compiler::ParseOptions small;
  small.max_depth = 100;
  r = coil::compiler::parse(nots + "x", coil::compiler::ParseMode::File, small);
  REQUIRE_FALSE(r.ok());
  CHECK(r.error.type == "MemoryError");
  r = coil::compiler::parse("x = ((((1))))\n", coil::compiler::ParseMode::File, small);
  CHECK(r.ok());
  std::string parens = "x = " + std::string(199, '(') + "1" + std::string(199, ')') + "\n";
  CHECK(coil::compiler::parse(parens).ok());  // also within the WebAssembly default (4000)
  coil::compiler::ParseOptions wasm_like;
  wasm_like.max_depth = 4000;
  CHECK(coil::compiler::parse(parens, coil::compiler::ParseMode::File, wasm_like).ok());
}

TEST_CASE("parser: BOM, CRLF and CR line ends", "[parser]") {
  CHECK(dump("\xEF\xBB\xBFx = 1\r\ny = 2\rz = 3", ParseMode::File, true) ==
        dump("x = 1\ny = 2\nz = 3", ParseMode::File, true));
  CHECK(dump("s = '''a\r\nb'''\r\n") ==
        "Module(body=[Assign(targets=[Name(id='s', ctx=Store())], value=Constant(value='a\\nb'))], "
        "type_ignores=[])");
}

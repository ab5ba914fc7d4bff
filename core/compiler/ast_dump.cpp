// ast_dump.cpp - coil::debug::dump_ast / dump_tokens: byte-identical to Python 3.11's ast.dump(ast.parse(src)).
#include <string>

#include "coil/debug.h"
#include "compiler/ast.h"
#include "compiler/parser.h"
#include "compiler/py_repr.h"
#include "compiler/tokenizer.h"

namespace coil {

using namespace ast;
using compiler::repr_str;

namespace {

// ast2obj's limit in CPython 3.11: 3 * the recursion limit (1000), minus the few frames the
// caller of ast.parse already uses.
constexpr int kAstDepthLimit = 3000 - 15;

class Dumper {
 public:
  explicit Dumper(bool attrs) : attrs_(attrs) {}
  std::string out;
  bool too_deep = false;

  void mod(const Mod* m) {
    if (!enter()) return;
    switch (m->kind) {
      case ModKind::Module:
        out += "Module(body=";
        stmts(m->body);
        out += ", type_ignores=[])";
        break;
      case ModKind::Interactive:
        out += "Interactive(body=";
        stmts(m->body);
        out += ")";
        break;
      case ModKind::Expression:
        out += "Expression(body=";
        expr(m->expr);
        out += ")";
        break;
    }
    leave();
  }

 private:
  bool attrs_;
  int depth_ = 0;

  bool enter() {
    if (++depth_ > kAstDepthLimit) too_deep = true;
    return !too_deep;
  }
  void leave() { depth_--; }

  void loc(const Loc& l) {
    if (!attrs_) return;
    out += ", lineno=" + std::to_string(l.lineno) + ", col_offset=" + std::to_string(l.col_offset) +
           ", end_lineno=" + std::to_string(l.end_lineno) +
           ", end_col_offset=" + std::to_string(l.end_col_offset);
  }
  // `key=` for every field after the first.
  void key(const char* k, bool first = false) {
    if (!first) out += ", ";
    out += k;
    out += '=';
  }
  void ident(const std::string& s) { out += repr_str(s); }
  void idents(const NameList& names) {
    out += '[';
    for (size_t i = 0; i < names.size(); i++) {
      if (i) out += ", ";
      ident(names[i]);
    }
    out += ']';
  }
  void stmts(const StmtList& list) {
    out += '[';
    for (size_t i = 0; i < list.size(); i++) {
      if (i) out += ", ";
      stmt(list[i]);
    }
    out += ']';
  }
  void exprs(const ExprList& list) {
    out += '[';
    for (size_t i = 0; i < list.size(); i++) {
      if (i) out += ", ";
      if (list[i]) {
        expr(list[i]);
      } else {
        out += "None";
      }
    }
    out += ']';
  }
  void patterns(const PatternList& list) {
    out += '[';
    for (size_t i = 0; i < list.size(); i++) {
      if (i) out += ", ";
      pattern(list[i]);
    }
    out += ']';
  }
  void keywords(const std::vector<Keyword*>& list) {
    out += '[';
    for (size_t i = 0; i < list.size(); i++) {
      if (i) out += ", ";
      keyword(list[i]);
    }
    out += ']';
  }
  void opt_expr(const char* k, const Expr* e) {
    if (!e) return;
    key(k);
    expr(e);
  }
  void ctx(ExprContext c) {
    key("ctx");
    out += c == ExprContext::Load ? "Load()" : c == ExprContext::Store ? "Store()" : "Del()";
  }
  static const char* op_name(Operator op) {
    switch (op) {
      case Operator::Add: return "Add()";
      case Operator::Sub: return "Sub()";
      case Operator::Mult: return "Mult()";
      case Operator::MatMult: return "MatMult()";
      case Operator::Div: return "Div()";
      case Operator::Mod: return "Mod()";
      case Operator::Pow: return "Pow()";
      case Operator::LShift: return "LShift()";
      case Operator::RShift: return "RShift()";
      case Operator::BitOr: return "BitOr()";
      case Operator::BitXor: return "BitXor()";
      case Operator::BitAnd: return "BitAnd()";
      case Operator::FloorDiv: return "FloorDiv()";
    }
    return "";
  }
  static const char* cmp_name(CmpOp op) {
    switch (op) {
      case CmpOp::Eq: return "Eq()";
      case CmpOp::NotEq: return "NotEq()";
      case CmpOp::Lt: return "Lt()";
      case CmpOp::LtE: return "LtE()";
      case CmpOp::Gt: return "Gt()";
      case CmpOp::GtE: return "GtE()";
      case CmpOp::Is: return "Is()";
      case CmpOp::IsNot: return "IsNot()";
      case CmpOp::In: return "In()";
      case CmpOp::NotIn: return "NotIn()";
    }
    return "";
  }

  void constant_value(const ConstantValue& v) {
    switch (v.kind) {
      case ConstantValue::Kind::None: out += "None"; break;
      case ConstantValue::Kind::True: out += "True"; break;
      case ConstantValue::Kind::False: out += "False"; break;
      case ConstantValue::Kind::Ellipsis: out += "Ellipsis"; break;
      case ConstantValue::Kind::Int: out += compiler::int_literal_to_decimal(v.text); break;
      case ConstantValue::Kind::Float: out += compiler::repr_float(v.number); break;
      case ConstantValue::Kind::Complex: out += compiler::repr_imag(v.number); break;
      case ConstantValue::Kind::Str: out += repr_str(v.text); break;
      case ConstantValue::Kind::Bytes: out += compiler::repr_bytes(v.text); break;
    }
  }

  void arguments(const Arguments* a) {
    if (!enter()) return;
    out += "arguments(posonlyargs=";
    args(a->posonlyargs);
    key("args");
    args(a->args);
    if (a->vararg) {
      key("vararg");
      arg(a->vararg);
    }
    key("kwonlyargs");
    args(a->kwonlyargs);
    key("kw_defaults");
    exprs(a->kw_defaults);
    if (a->kwarg) {
      key("kwarg");
      arg(a->kwarg);
    }
    key("defaults");
    exprs(a->defaults);
    out += ')';
    leave();
  }
  void args(const std::vector<Arg*>& list) {
    out += '[';
    for (size_t i = 0; i < list.size(); i++) {
      if (i) out += ", ";
      arg(list[i]);
    }
    out += ']';
  }
  void arg(const Arg* a) {
    if (!enter()) return;
    out += "arg(arg=";
    ident(a->arg);
    opt_expr("annotation", a->annotation);
    loc(a->loc);
    out += ')';
    leave();
  }
  void keyword(const Keyword* k) {
    if (!enter()) return;
    out += "keyword(";
    if (k->has_arg) {
      out += "arg=";
      ident(k->arg);
      out += ", ";
    }
    out += "value=";
    expr(k->value);
    loc(k->loc);
    out += ')';
    leave();
  }
  void comprehensions(const std::vector<Comprehension*>& list) {
    out += '[';
    for (size_t i = 0; i < list.size(); i++) {
      if (i) out += ", ";
      const Comprehension* c = list[i];
      if (!enter()) return;
      out += "comprehension(target=";
      expr(c->target);
      key("iter");
      expr(c->iter);
      key("ifs");
      exprs(c->ifs);
      key("is_async");
      out += std::to_string(c->is_async);
      out += ')';
      leave();
    }
    out += ']';
  }
  void alias(const Alias* a) {
    if (!enter()) return;
    out += "alias(name=";
    ident(a->name);
    if (a->has_asname) {
      key("asname");
      ident(a->asname);
    }
    loc(a->loc);
    out += ')';
    leave();
  }
  void aliases(const std::vector<Alias*>& list) {
    out += '[';
    for (size_t i = 0; i < list.size(); i++) {
      if (i) out += ", ";
      alias(list[i]);
    }
    out += ']';
  }

  void stmt(const Stmt* s) {
    if (!enter()) return;
    switch (s->kind) {
      case StmtKind::FunctionDef:
      case StmtKind::AsyncFunctionDef: {
        auto* f = static_cast<const FunctionDef*>(s);
        out += s->kind == StmtKind::FunctionDef ? "FunctionDef(name=" : "AsyncFunctionDef(name=";
        ident(f->name);
        key("args");
        arguments(f->args);
        key("body");
        stmts(f->body);
        key("decorator_list");
        exprs(f->decorator_list);
        opt_expr("returns", f->returns);
        break;
      }
      case StmtKind::ClassDef: {
        auto* c = static_cast<const ClassDef*>(s);
        out += "ClassDef(name=";
        ident(c->name);
        key("bases");
        exprs(c->bases);
        key("keywords");
        keywords(c->keywords);
        key("body");
        stmts(c->body);
        key("decorator_list");
        exprs(c->decorator_list);
        break;
      }
      case StmtKind::Return: {
        out += "Return(";
        auto* r = static_cast<const Return*>(s);
        if (r->value) {
          out += "value=";
          expr(r->value);
        }
        loc_first(s->loc, r->value == nullptr);
        out += ')';
        leave();
        return;
      }
      case StmtKind::Delete:
        out += "Delete(targets=";
        exprs(static_cast<const Delete*>(s)->targets);
        break;
      case StmtKind::Assign: {
        auto* a = static_cast<const Assign*>(s);
        out += "Assign(targets=";
        exprs(a->targets);
        key("value");
        expr(a->value);
        break;
      }
      case StmtKind::AugAssign: {
        auto* a = static_cast<const AugAssign*>(s);
        out += "AugAssign(target=";
        expr(a->target);
        key("op");
        out += op_name(a->op);
        key("value");
        expr(a->value);
        break;
      }
      case StmtKind::AnnAssign: {
        auto* a = static_cast<const AnnAssign*>(s);
        out += "AnnAssign(target=";
        expr(a->target);
        key("annotation");
        expr(a->annotation);
        opt_expr("value", a->value);
        key("simple");
        out += std::to_string(a->simple);
        break;
      }
      case StmtKind::For:
      case StmtKind::AsyncFor: {
        auto* f = static_cast<const For*>(s);
        out += s->kind == StmtKind::For ? "For(target=" : "AsyncFor(target=";
        expr(f->target);
        key("iter");
        expr(f->iter);
        key("body");
        stmts(f->body);
        key("orelse");
        stmts(f->orelse);
        break;
      }
      case StmtKind::While: {
        auto* w = static_cast<const While*>(s);
        out += "While(test=";
        expr(w->test);
        key("body");
        stmts(w->body);
        key("orelse");
        stmts(w->orelse);
        break;
      }
      case StmtKind::If: {
        auto* i = static_cast<const If*>(s);
        out += "If(test=";
        expr(i->test);
        key("body");
        stmts(i->body);
        key("orelse");
        stmts(i->orelse);
        break;
      }
      case StmtKind::With:
      case StmtKind::AsyncWith: {
        auto* w = static_cast<const With*>(s);
        out += s->kind == StmtKind::With ? "With(items=[" : "AsyncWith(items=[";
        for (size_t i = 0; i < w->items.size(); i++) {
          if (i) out += ", ";
          if (!enter()) return;
          out += "withitem(context_expr=";
          expr(w->items[i]->context_expr);
          opt_expr("optional_vars", w->items[i]->optional_vars);
          out += ')';
          leave();
        }
        out += ']';
        key("body");
        stmts(w->body);
        break;
      }
      case StmtKind::Match: {
        auto* m = static_cast<const Match*>(s);
        out += "Match(subject=";
        expr(m->subject);
        key("cases");
        out += '[';
        for (size_t i = 0; i < m->cases.size(); i++) {
          if (i) out += ", ";
          const MatchCase* c = m->cases[i];
          if (!enter()) return;
          out += "match_case(pattern=";
          pattern(c->pattern);
          opt_expr("guard", c->guard);
          key("body");
          stmts(c->body);
          out += ')';
          leave();
        }
        out += ']';
        break;
      }
      case StmtKind::Raise: {
        auto* r = static_cast<const Raise*>(s);
        out += "Raise(";
        bool first = true;
        if (r->exc) {
          out += "exc=";
          expr(r->exc);
          first = false;
        }
        if (r->cause) {
          key("cause", first);
          expr(r->cause);
          first = false;
        }
        loc_first(s->loc, first);
        out += ')';
        leave();
        return;
      }
      case StmtKind::Try:
      case StmtKind::TryStar: {
        auto* t = static_cast<const Try*>(s);
        out += s->kind == StmtKind::Try ? "Try(body=" : "TryStar(body=";
        stmts(t->body);
        key("handlers");
        out += '[';
        for (size_t i = 0; i < t->handlers.size(); i++) {
          if (i) out += ", ";
          const ExceptHandler* h = t->handlers[i];
          if (!enter()) return;
          out += "ExceptHandler(";
          if (h->type) {
            out += "type=";
            expr(h->type);
            out += ", ";
          }
          if (h->has_name) {
            out += "name=";
            ident(h->name);
            out += ", ";
          }
          out += "body=";
          stmts(h->body);
          loc(h->loc);
          out += ')';
          leave();
        }
        out += ']';
        key("orelse");
        stmts(t->orelse);
        key("finalbody");
        stmts(t->finalbody);
        break;
      }
      case StmtKind::Assert: {
        auto* a = static_cast<const Assert*>(s);
        out += "Assert(test=";
        expr(a->test);
        opt_expr("msg", a->msg);
        break;
      }
      case StmtKind::Import:
        out += "Import(names=";
        aliases(static_cast<const Import*>(s)->names);
        break;
      case StmtKind::ImportFrom: {
        auto* i = static_cast<const ImportFrom*>(s);
        out += "ImportFrom(";
        if (i->has_module) {
          out += "module=";
          ident(i->module);
          out += ", ";
        }
        out += "names=";
        aliases(i->names);
        key("level");
        out += std::to_string(i->level);
        break;
      }
      case StmtKind::Global:
        out += "Global(names=";
        idents(static_cast<const Global*>(s)->names);
        break;
      case StmtKind::Nonlocal:
        out += "Nonlocal(names=";
        idents(static_cast<const Nonlocal*>(s)->names);
        break;
      case StmtKind::Expr:
        out += "Expr(value=";
        expr(static_cast<const ExprStmt*>(s)->value);
        break;
      case StmtKind::Pass:
      case StmtKind::Break:
      case StmtKind::Continue:
        out += s->kind == StmtKind::Pass ? "Pass(" : s->kind == StmtKind::Break ? "Break(" : "Continue(";
        loc_first(s->loc, true);
        out += ')';
        leave();
        return;
    }
    loc(s->loc);
    out += ')';
    leave();
  }

  // Attributes of a node that may have printed no field before them.
  void loc_first(const Loc& l, bool first) {
    if (!attrs_) return;
    if (first) {
      out += "lineno=" + std::to_string(l.lineno) + ", col_offset=" + std::to_string(l.col_offset) +
             ", end_lineno=" + std::to_string(l.end_lineno) +
             ", end_col_offset=" + std::to_string(l.end_col_offset);
    } else {
      loc(l);
    }
  }

  void expr(const Expr* e) {
    if (!enter()) return;
    switch (e->kind) {
      case ExprKind::BoolOp: {
        auto* b = static_cast<const BoolOp*>(e);
        out += b->op == BoolOpKind::And ? "BoolOp(op=And()" : "BoolOp(op=Or()";
        key("values");
        exprs(b->values);
        break;
      }
      case ExprKind::NamedExpr: {
        auto* n = static_cast<const NamedExpr*>(e);
        out += "NamedExpr(target=";
        expr(n->target);
        key("value");
        expr(n->value);
        break;
      }
      case ExprKind::BinOp: {
        auto* b = static_cast<const BinOp*>(e);
        out += "BinOp(left=";
        expr(b->left);
        key("op");
        out += op_name(b->op);
        key("right");
        expr(b->right);
        break;
      }
      case ExprKind::UnaryOp: {
        auto* u = static_cast<const UnaryOp*>(e);
        out += "UnaryOp(op=";
        out += u->op == UnaryOpKind::Invert ? "Invert()"
               : u->op == UnaryOpKind::Not  ? "Not()"
               : u->op == UnaryOpKind::UAdd ? "UAdd()"
                                            : "USub()";
        key("operand");
        expr(u->operand);
        break;
      }
      case ExprKind::Lambda: {
        auto* l = static_cast<const Lambda*>(e);
        out += "Lambda(args=";
        arguments(l->args);
        key("body");
        expr(l->body);
        break;
      }
      case ExprKind::IfExp: {
        auto* i = static_cast<const IfExp*>(e);
        out += "IfExp(test=";
        expr(i->test);
        key("body");
        expr(i->body);
        key("orelse");
        expr(i->orelse);
        break;
      }
      case ExprKind::Dict: {
        auto* d = static_cast<const Dict*>(e);
        out += "Dict(keys=";
        exprs(d->keys);
        key("values");
        exprs(d->values);
        break;
      }
      case ExprKind::Set:
        out += "Set(elts=";
        exprs(static_cast<const Set*>(e)->elts);
        break;
      case ExprKind::ListComp:
      case ExprKind::SetComp:
      case ExprKind::GeneratorExp: {
        const Expr* elt;
        const std::vector<Comprehension*>* gens;
        if (e->kind == ExprKind::ListComp) {
          out += "ListComp(elt=";
          elt = static_cast<const ListComp*>(e)->elt;
          gens = &static_cast<const ListComp*>(e)->generators;
        } else if (e->kind == ExprKind::SetComp) {
          out += "SetComp(elt=";
          elt = static_cast<const SetComp*>(e)->elt;
          gens = &static_cast<const SetComp*>(e)->generators;
        } else {
          out += "GeneratorExp(elt=";
          elt = static_cast<const GeneratorExp*>(e)->elt;
          gens = &static_cast<const GeneratorExp*>(e)->generators;
        }
        expr(elt);
        key("generators");
        comprehensions(*gens);
        break;
      }
      case ExprKind::DictComp: {
        auto* d = static_cast<const DictComp*>(e);
        out += "DictComp(key=";
        expr(d->key);
        key("value");
        expr(d->value);
        key("generators");
        comprehensions(d->generators);
        break;
      }
      case ExprKind::Await:
        out += "Await(value=";
        expr(static_cast<const Await*>(e)->value);
        break;
      case ExprKind::Yield: {
        auto* y = static_cast<const Yield*>(e);
        out += "Yield(";
        if (y->value) {
          out += "value=";
          expr(y->value);
        }
        loc_first(e->loc, y->value == nullptr);
        out += ')';
        leave();
        return;
      }
      case ExprKind::YieldFrom:
        out += "YieldFrom(value=";
        expr(static_cast<const YieldFrom*>(e)->value);
        break;
      case ExprKind::Compare: {
        auto* c = static_cast<const Compare*>(e);
        out += "Compare(left=";
        expr(c->left);
        key("ops");
        out += '[';
        for (size_t i = 0; i < c->ops.size(); i++) {
          if (i) out += ", ";
          out += cmp_name(c->ops[i]);
        }
        out += ']';
        key("comparators");
        exprs(c->comparators);
        break;
      }
      case ExprKind::Call: {
        auto* c = static_cast<const Call*>(e);
        out += "Call(func=";
        expr(c->func);
        key("args");
        exprs(c->args);
        key("keywords");
        keywords(c->keywords);
        break;
      }
      case ExprKind::FormattedValue: {
        auto* f = static_cast<const FormattedValue*>(e);
        out += "FormattedValue(value=";
        expr(f->value);
        key("conversion");
        out += std::to_string(f->conversion);
        opt_expr("format_spec", f->format_spec);
        break;
      }
      case ExprKind::JoinedStr:
        out += "JoinedStr(values=";
        exprs(static_cast<const JoinedStr*>(e)->values);
        break;
      case ExprKind::Constant: {
        auto* c = static_cast<const Constant*>(e);
        out += "Constant(value=";
        constant_value(c->value);
        if (!c->kind.empty()) {
          key("kind");
          ident(c->kind);
        }
        break;
      }
      case ExprKind::Attribute: {
        auto* a = static_cast<const Attribute*>(e);
        out += "Attribute(value=";
        expr(a->value);
        key("attr");
        ident(a->attr);
        ctx(a->ctx);
        break;
      }
      case ExprKind::Subscript: {
        auto* s = static_cast<const Subscript*>(e);
        out += "Subscript(value=";
        expr(s->value);
        key("slice");
        expr(s->slice);
        ctx(s->ctx);
        break;
      }
      case ExprKind::Starred: {
        auto* s = static_cast<const Starred*>(e);
        out += "Starred(value=";
        expr(s->value);
        ctx(s->ctx);
        break;
      }
      case ExprKind::Name: {
        auto* n = static_cast<const Name*>(e);
        out += "Name(id=";
        ident(n->id);
        ctx(n->ctx);
        break;
      }
      case ExprKind::List: {
        auto* l = static_cast<const List*>(e);
        out += "List(elts=";
        exprs(l->elts);
        ctx(l->ctx);
        break;
      }
      case ExprKind::Tuple: {
        auto* t = static_cast<const Tuple*>(e);
        out += "Tuple(elts=";
        exprs(t->elts);
        ctx(t->ctx);
        break;
      }
      case ExprKind::Slice: {
        auto* s = static_cast<const Slice*>(e);
        out += "Slice(";
        bool first = true;
        const char* names[] = {"lower", "upper", "step"};
        const Expr* parts[] = {s->lower, s->upper, s->step};
        for (int i = 0; i < 3; i++) {
          if (!parts[i]) continue;
          key(names[i], first);
          expr(parts[i]);
          first = false;
        }
        loc_first(e->loc, first);
        out += ')';
        leave();
        return;
      }
    }
    loc(e->loc);
    out += ')';
    leave();
  }

  void pattern(const Pattern* p) {
    if (!enter()) return;
    switch (p->kind) {
      case PatternKind::MatchValue:
        out += "MatchValue(value=";
        expr(static_cast<const MatchValue*>(p)->value);
        break;
      case PatternKind::MatchSingleton:
        out += "MatchSingleton(value=";
        constant_value(static_cast<const MatchSingleton*>(p)->value);
        break;
      case PatternKind::MatchSequence:
        out += "MatchSequence(patterns=";
        patterns(static_cast<const MatchSequence*>(p)->patterns);
        break;
      case PatternKind::MatchMapping: {
        auto* m = static_cast<const MatchMapping*>(p);
        out += "MatchMapping(keys=";
        exprs(m->keys);
        key("patterns");
        patterns(m->patterns);
        if (m->has_rest) {
          key("rest");
          ident(m->rest);
        }
        break;
      }
      case PatternKind::MatchClass: {
        auto* c = static_cast<const MatchClass*>(p);
        out += "MatchClass(cls=";
        expr(c->cls);
        key("patterns");
        patterns(c->patterns);
        key("kwd_attrs");
        idents(c->kwd_attrs);
        key("kwd_patterns");
        patterns(c->kwd_patterns);
        break;
      }
      case PatternKind::MatchStar: {
        auto* s = static_cast<const MatchStar*>(p);
        out += "MatchStar(";
        if (s->has_name) {
          out += "name=";
          ident(s->name);
        }
        loc_first(p->loc, !s->has_name);
        out += ')';
        leave();
        return;
      }
      case PatternKind::MatchAs: {
        auto* a = static_cast<const MatchAs*>(p);
        out += "MatchAs(";
        bool first = true;
        if (a->pattern) {
          out += "pattern=";
          pattern(a->pattern);
          first = false;
        }
        if (a->has_name) {
          key("name", first);
          ident(a->name);
          first = false;
        }
        loc_first(p->loc, first);
        out += ')';
        leave();
        return;
      }
      case PatternKind::MatchOr:
        out += "MatchOr(patterns=";
        patterns(static_cast<const MatchOr*>(p)->patterns);
        break;
    }
    loc(p->loc);
    out += ')';
    leave();
  }
};

std::string error_line(const compiler::SyntaxErrorInfo& e, std::string_view filename) {
  std::string s = e.type + ": " + e.msg;
  if (e.has_location) {
    s += " (" + std::string(filename) + ", line " + std::to_string(e.lineno) + ", offset " +
         std::to_string(e.offset) + ", end " + std::to_string(e.end_lineno) + ":" +
         std::to_string(e.end_offset) + ")";
  }
  return s;
}

}  // namespace

namespace debug {

std::string dump_ast(std::string_view source, std::string_view filename, bool include_attributes) {
  compiler::ParseResult r = compiler::parse(source, compiler::ParseMode::File);
  if (!r.ok()) return error_line(r.error, filename);
  Dumper d(include_attributes);
  d.mod(r.mod);
  if (d.too_deep) return "RecursionError: maximum recursion depth exceeded during ast construction";
  return d.out;
}

std::string dump_tokens(std::string_view source) {
  std::string norm = compiler::normalize_source(source, true);
  compiler::Tokenizer tok(norm, true);
  std::string out;
  for (;;) {
    compiler::Token t = tok.next();
    std::string_view text;
    if (t.start >= 0 && t.end >= t.start) text = std::string_view(norm).substr(size_t(t.start), size_t(t.end - t.start));
    out += std::to_string(t.lineno) + ":" + std::to_string(t.col_offset) + "-" +
           std::to_string(t.end_lineno) + ":" + std::to_string(t.end_col_offset) + " " +
           compiler::token_kind_name(t.kind) + " " + repr_str(text) + "\n";
    if (t.kind == compiler::Tok::ENDMARKER) break;
    if (t.kind == compiler::Tok::ERRORTOKEN) {
      const compiler::SyntaxErrorInfo& e = tok.error();
      if (tok.done() == compiler::TokDone::Error || tok.done() == compiler::TokDone::Decode) {
        out += error_line(e, "<tokens>") + "\n";
      } else {
        out += "tokenizer stopped (" + std::to_string(int(tok.done())) + ")\n";
      }
      break;
    }
  }
  return out;
}

}  // namespace debug
}  // namespace coil

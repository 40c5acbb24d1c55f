"""Rewrite a Python program so its module body runs inside `async def main()` under `asyncio.run(main())`.

Used by tests/python/generator-parity.test.ts to drive aioscope's generator-path compiler (the code that runs inside
coroutines) over every byte-for-byte program. The rewrite keeps the program's meaning:
  - every name the module body binds is declared `global` in main, so functions, classes and `global` statements see
    the same module namespace as before;
  - `await asyncio.sleep(0)` is inserted at the start of every block of main's own body (if/elif/else, for, while,
    try/except/else/finally, with), so each compound statement contains an await and is compiled on the generator
    path (stmtG, tryG, withG, the loop forms of blockG) rather than as a plain closure;
  - `from __future__` imports stay at the top; annotations of module-level names are dropped (a global may not be
    annotated), so a program printing the module's __annotations__ differs.
Prints the rewritten source (ast.unparse) on stdout.
"""
import ast
import sys

SLEEP = "__aioscope_parity_asyncio"


def bound_names(body):
    """Names bound by the module body itself (not inside functions, classes or comprehensions)."""
    names = set()

    class V(ast.NodeVisitor):
        def visit_FunctionDef(self, n):
            names.add(n.name)

        visit_AsyncFunctionDef = visit_FunctionDef

        def visit_ClassDef(self, n):
            names.add(n.name)

        def visit_Lambda(self, n):
            pass

        def visit_ListComp(self, n):
            # the walrus target of a comprehension binds in the enclosing scope
            for w in ast.walk(n):
                if isinstance(w, ast.NamedExpr) and isinstance(w.target, ast.Name):
                    names.add(w.target.id)

        visit_SetComp = visit_DictComp = visit_GeneratorExp = visit_ListComp

        def visit_Name(self, n):
            if isinstance(n.ctx, (ast.Store, ast.Del)):
                names.add(n.id)

        def visit_alias(self, n):
            if n.name != "*":
                names.add(n.asname or n.name.split(".")[0])

        def visit_ExceptHandler(self, n):
            if n.name:
                names.add(n.name)
            self.generic_visit(n)

        def visit_MatchAs(self, n):
            if n.name:
                names.add(n.name)
            self.generic_visit(n)

        def visit_MatchStar(self, n):
            if n.name:
                names.add(n.name)

        def visit_Global(self, n):
            names.update(n.names)

    for st in body:
        V().visit(st)
    return names


def sleep0():
    call = ast.Call(
        func=ast.Attribute(value=ast.Name(id=SLEEP, ctx=ast.Load()), attr="sleep", ctx=ast.Load()),
        args=[ast.Constant(0)],
        keywords=[],
    )
    return ast.Expr(value=ast.Await(value=call))


def add_awaits(stmts):
    """`await asyncio.sleep(0)` first in every block of these statements (not entering def/class bodies)."""
    for st in stmts:
        if isinstance(st, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            continue
        for field in ("body", "orelse", "finalbody"):
            block = getattr(st, field, None)
            if isinstance(block, list) and block and isinstance(block[0], ast.stmt):
                add_awaits(block)
                block.insert(0, sleep0())
        for h in getattr(st, "handlers", []):
            add_awaits(h.body)
            h.body.insert(0, sleep0())
        for c in getattr(st, "cases", []):
            add_awaits(c.body)
            c.body.insert(0, sleep0())


def drop_annotations(stmts):
    """`x: T = v` in main's own body becomes `x = v` (a global may not be annotated); `x: T` alone becomes `pass`."""
    for i, st in enumerate(stmts):
        if isinstance(st, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            continue
        if isinstance(st, ast.AnnAssign) and isinstance(st.target, ast.Name):
            stmts[i] = ast.Assign(targets=[st.target], value=st.value) if st.value else ast.Pass()
            continue
        for field in ("body", "orelse", "finalbody"):
            block = getattr(st, field, None)
            if isinstance(block, list) and block and isinstance(block[0], ast.stmt):
                drop_annotations(block)
        for h in getattr(st, "handlers", []):
            drop_annotations(h.body)
        for c in getattr(st, "cases", []):
            drop_annotations(c.body)


def wrap(source):
    mod = ast.parse(source)
    future = [s for s in mod.body if isinstance(s, ast.ImportFrom) and s.module == "__future__"]
    body = [s for s in mod.body if s not in future]
    names = sorted(bound_names(body))
    drop_annotations(body)
    add_awaits(body)
    main_body = ([ast.Global(names=names)] if names else []) + body + [sleep0()]
    main = ast.AsyncFunctionDef(
        name="main",
        args=ast.arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]),
        body=main_body,
        decorator_list=[],
        returns=None,
        type_params=[],
    )
    run = ast.Expr(
        value=ast.Call(
            func=ast.Attribute(value=ast.Name(id=SLEEP, ctx=ast.Load()), attr="run", ctx=ast.Load()),
            args=[ast.Call(func=ast.Name(id="main", ctx=ast.Load()), args=[], keywords=[])],
            keywords=[],
        )
    )
    imp = ast.Import(names=[ast.alias(name="asyncio", asname=SLEEP)])
    new = ast.Module(body=future + [imp, main, run], type_ignores=[])
    return ast.unparse(ast.fix_missing_locations(new)) + "\n"


if __name__ == "__main__":
    sys.stdout.write(wrap(open(sys.argv[1], encoding="utf-8").read()))

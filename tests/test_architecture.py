"""The package's shape: data flows one way (no import cycles), modules stay small,
and each stage package says what it does."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parent.parent / "crosscheck"
STAGES = ("ingest", "frame", "match", "relate", "report", "lang", "review", "store", "scale")


def _modules() -> dict[str, Path]:
    out = {}
    for path in PKG.rglob("*.py"):
        parts = list(path.relative_to(PKG.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = path
    return out


def _imports(name: str, path: Path, modules: dict[str, Path]) -> set[str]:
    """Every crosscheck module ``name`` imports, at module level or inside functions."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    is_pkg = path.name == "__init__.py"
    found: set[str] = set()
    skip = {id(n) for block in ast.walk(tree) if isinstance(block, ast.If) and "TYPE_CHECKING" in ast.unparse(block.test)
            for n in ast.walk(block)}
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                pkg = name.split(".") if is_pkg else name.split(".")[:-1]
                pkg = pkg[: len(pkg) - (node.level - 1)]
                base = ".".join(pkg + ([base] if base else []))
            # "from pkg import sub" imports the module pkg.sub; "from pkg import name" imports pkg
            targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in modules else base for a in node.names]
        for t in targets:
            while t and t not in modules:
                t = t.rpartition(".")[0]
            if t and t != name and t.startswith("crosscheck"):
                found.add(t)
    # importing a.b.c runs a/__init__ and a/b/__init__ first; those edges are the packages' own
    return found


def _graph():
    modules = _modules()
    return {name: _imports(name, path, modules) for name, path in modules.items()}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    index, low, stack, on, out = {}, {}, [], set(), []
    counter = [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def test_cycle_finder_finds_a_cycle():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def test_no_import_cycles():
    assert _cycles(_graph()) == []


def test_stages_import_forward_only():
    """ingest and frame never reach for relate, match or report; match never for relate or report."""
    order = {"lang": 0, "ingest": 1, "frame": 2, "match": 2, "relate": 3, "report": 4}
    for name, deps in _graph().items():
        parts = name.split(".")
        if len(parts) < 2 or parts[1] not in order:
            continue
        for dep in deps:
            dparts = dep.split(".")
            if len(dparts) >= 2 and dparts[1] in order and dparts[1] != parts[1]:
                assert order[dparts[1]] <= order[parts[1]], f"{name} imports {dep}: data flows the other way"


@pytest.mark.parametrize("stage", STAGES)
def test_stage_packages_say_what_they_do(stage):
    mod = importlib.import_module(f"crosscheck.{stage}")
    assert mod.__doc__ and len(mod.__doc__.split()) >= 12


def test_modules_stay_small():
    """Every module of the package fits on a few screens (<= 420 lines)."""
    sizes = {name: len(path.read_text(encoding="utf-8").splitlines()) for name, path in _modules().items()}
    big = {k: v for k, v in sizes.items() if v > 420}
    assert not big, big


def test_language_data_is_shipped():
    """Every data file under crosscheck/lang matches a package-data pattern of pyproject.toml."""
    import fnmatch
    import tomllib

    conf = tomllib.loads((PKG.parent / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = conf["tool"]["setuptools"]["package-data"]["crosscheck"]
    for path in (PKG / "lang").rglob("*"):
        if path.is_file() and path.suffix in (".tsv", ".toml", ".md"):
            rel = path.relative_to(PKG).as_posix()
            assert any(fnmatch.fnmatch(rel, p) and rel.count("/") == p.count("/") for p in patterns), rel


def test_library_shortcuts_are_not_shadowed_by_submodules():
    """``crosscheck.compare(a, b)`` stays a function even after every submodule is imported."""
    import crosscheck

    for name in crosscheck._LAZY:
        importlib.import_module(f"crosscheck.{crosscheck._LAZY[name][0]}")
    assert not any((PKG / f"{name}.py").exists() or (PKG / name).is_dir() for name in crosscheck._LAZY), \
        "a submodule named like a library shortcut replaces the shortcut once imported"
    assert callable(crosscheck.compare) and callable(crosscheck.check)

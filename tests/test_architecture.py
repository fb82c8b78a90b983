"""The house reads top-down: ingest -> clean -> analyze -> crossdoc -> summarize -> render, with model, config,
lang below them and pipeline, corpus, cli and eval on top; the corpus store stands beside the stages (it keeps
their results as model types and plain values, imports only the base, and only the top uses it). Checked on the import statements of src/, so a shortcut
between stages fails here rather than in review."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "newsdossier"
BASE = {"model", "config", "lang", "failures", "textutil", "embed", "disjoint"}
STAGES = ["ingest", "clean", "analyze", "crossdoc", "summarize", "render"]
TOP = {"pipeline", "corpus", "cli", "eval", "__main__", "__init__"}
SIDE = {"store"}
MAX_MODULE_LINES = 800
MAX_FUNCTION_LINES = 150


def _modules():
    return sorted(p for p in SRC.rglob("*.py"))


def _top(path: Path) -> str:
    rel = path.relative_to(SRC)
    return rel.parts[0].removesuffix(".py")


def _imports(path: Path):
    """(imported top-level part, imported names, line) for every import of a newsdossier module."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    pkg = list(path.relative_to(SRC).parts[:-1])
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = pkg[: len(pkg) - (node.level - 1)] if node.level > 1 else pkg
                parts = base + (node.module.split(".") if node.module else [])
            elif node.module and node.module.startswith("newsdossier"):
                parts = node.module.split(".")[1:]
            else:
                continue
            names = [a.name for a in node.names]
            if not parts:  # "from . import x" at the package root: a module, or a name of the root __init__
                for n in names:
                    if (SRC / n).is_dir() or (SRC / f"{n}.py").exists():
                        yield n, [], node.lineno, [n]
                continue
            yield parts[0], names, node.lineno, parts
        elif isinstance(node, ast.Import):
            for a in node.names:
                if a.name.startswith("newsdossier."):
                    parts = a.name.split(".")[1:]
                    yield parts[0], [], node.lineno, parts


def _layer(name: str) -> int:
    if name in BASE:
        return 0
    if name in STAGES:
        return 1 + STAGES.index(name)
    return 99


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(SRC)))
def test_imports_go_down_the_house(path):
    me = _top(path)
    bad = []
    for target, names, line, parts in _imports(path):
        if target == me or target in TOP and me in TOP:
            continue
        if target == "eval" and me != "cli":
            bad.append(f"line {line}: imports the eval side ({'.'.join(parts)})")
        elif target in TOP and target != "__init__":
            bad.append(f"line {line}: imports {target} from below it")
        elif me in SIDE and target not in BASE:
            bad.append(f"line {line}: {me} imports {target}; the store imports only the base")
        elif target in SIDE and me not in TOP:
            bad.append(f"line {line}: {me} imports {target}; only the top (pipeline, corpus, cli) uses the store")
        elif me not in TOP and _layer(target) >= _layer(me) and target != me:
            bad.append(f"line {line}: {me} imports {target}, which is not below it")
        if target != me and any(n.startswith("_") and n != "__version__" for n in names):
            bad.append(f"line {line}: reaches into another part's internals ({', '.join(names)})")
        if target != me and any(p.startswith("_") for p in parts[1:]):
            bad.append(f"line {line}: imports a private module ({'.'.join(parts)})")
    assert not bad, f"{path.relative_to(SRC)}:\n" + "\n".join(bad)


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(SRC)))
def test_modules_and_functions_are_small_enough_to_read(path):
    text = path.read_text(encoding="utf-8")
    assert text.count("\n") <= MAX_MODULE_LINES, f"{path.name}: {text.count(chr(10))} lines"
    long = [f"{n.name} ({n.end_lineno - n.lineno + 1} lines)" for n in ast.walk(ast.parse(text))
            if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)) and n.end_lineno - n.lineno + 1 > MAX_FUNCTION_LINES]
    assert not long, f"{path.name}: functions over {MAX_FUNCTION_LINES} lines: {', '.join(long)}"


MAX_FALLBACKS = 8  # "at most a handful of documented best-effort fallbacks"
# failures.py records a failure on its document or the dossier; cli.py turns what escapes into one line (no traceback)
GUARDS = {"failures.py", "cli.py"}


def _broad_handlers():
    for path in _modules():
        if path.name in GUARDS:
            continue
        lines = path.read_text(encoding="utf-8").splitlines()
        for node in ast.walk(ast.parse("\n".join(lines))):
            if isinstance(node, ast.ExceptHandler):
                names = [node.type] if not isinstance(node.type, ast.Tuple) else list(node.type.elts)
                reraises = bool(node.body) and isinstance(node.body[-1], ast.Raise) and node.body[-1].exc is None
                if not reraises and (node.type is None or any(
                        isinstance(n, ast.Name) and n.id in ("Exception", "BaseException") for n in names)):
                    yield path.relative_to(SRC), node.lineno, lines[node.lineno - 1]


def test_no_handler_swallows_failures():
    handlers = list(_broad_handlers())
    undocumented = [f"{p}:{n}: {line.strip()}" for p, n, line in handlers
                    if not re.search(r"best[- ]effort", line, re.I)]
    assert not undocumented, ("broad except without a '# best-effort: why' comment (let it propagate to the "
                              "stage guard in failures.py instead):\n" + "\n".join(undocumented))
    assert len(handlers) <= MAX_FALLBACKS, f"{len(handlers)} best-effort fallbacks: " + ", ".join(
        f"{p}:{n}" for p, n, _ in handlers)

"""Language data (src/newsdossier/lang/): one list per concept, no duplicates, a source note, a working lookup."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

from newsdossier import lang

LANG_DIR = Path(lang.__file__).resolve().parent
MODULES = sorted(p for p in LANG_DIR.glob("*/*.py") if p.name != "__init__.py")


def _literal_items(node):
    if isinstance(node, ast.Dict):
        return [k.value for k in node.keys if isinstance(k, ast.Constant) and isinstance(k.value, str)]
    if isinstance(node, (ast.Set, ast.List, ast.Tuple)):
        return [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
    return []


def test_en_and_fr_exist():
    assert {"en", "fr"} <= set(lang.available())


@pytest.mark.parametrize("path", MODULES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_module_notes_its_source_and_has_no_duplicates(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    doc = ast.get_docstring(tree) or ""
    assert "source" in doc.lower(), f"{path.name}: the module docstring must say where its lists came from"
    for node in ast.walk(tree):
        items = _literal_items(node)
        dup = [x for x, n in Counter(items).items() if n > 1]
        assert not dup, f"{path.parent.name}/{path.name} line {node.lineno}: duplicate entries {dup[:5]}"


@pytest.mark.parametrize("code", sorted(p.name for p in LANG_DIR.iterdir() if (p / "__init__.py").exists()))
def test_each_concept_lives_in_one_module(code):
    seen: dict[str, str] = {}
    for path in sorted((LANG_DIR / code).glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
            for t in targets:
                if isinstance(t, ast.Name) and t.id.isupper():
                    assert t.id not in seen, f"{code}: {t.id} defined in {seen[t.id]} and {path.name}"
                    seen[t.id] = path.name


def test_lookup_normalises_codes_and_falls_back_to_empty():
    assert lang.get("EN-us") is lang.get("en")
    assert lang.normalise(None) == "und"
    und = lang.get("xx")
    for concept in ("speech_verbs", "months"):
        if lang.get("en").has(concept):
            assert not getattr(und, concept), "an unknown language must not borrow English words"
    with pytest.raises(AttributeError):
        lang.get("en").no_such_concept_anywhere

"""Render stage: turns the contract dict into dossier.json, dossier.md and dossier.html, and a pile's index
(index.json, index.html).

Reads only the contract dict (``Dossier.to_dict()``); never imports other stages.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from .html import render_html
from .index import render_index_html
from .markdown import render_markdown

__all__ = ["OUTPUT_NAMES", "write_outputs", "write_index", "render_html", "render_index_html", "render_markdown", "render_json"]

OUTPUT_NAMES = {"json": "dossier.json", "md": "dossier.md", "html": "dossier.html"}


def render_json(dossier: dict) -> str:
    return json.dumps(dossier, ensure_ascii=False, indent=2, default=str) + "\n"


def _atomic_write(path: Path, content: str) -> None:
    """Write via a temp file in the same directory, fsync, then os.replace (atomic on POSIX).

    If anything fails before the rename, the temp file is removed and the error propagates.
    """
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    replaced = False
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(content)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
        replaced = True
    finally:
        if not replaced:
            Path(tmp).unlink(missing_ok=True)


def write_outputs(dossier: dict[str, Any], outdir: Path) -> dict[str, Path]:
    """Write dossier.json, dossier.md and dossier.html into ``outdir`` (created with parents).

    All three are rendered before anything is written, so a rendering error leaves the
    previous outputs untouched. Returns ``{"json": path, "md": path, "html": path}``.
    """
    if hasattr(dossier, "to_dict") and not isinstance(dossier, dict):
        dossier = dossier.to_dict()
    outdir = Path(outdir)
    contents = {
        "json": render_json(dossier),
        "md": render_markdown(dossier),
        "html": render_html(dossier),
    }
    outdir.mkdir(parents=True, exist_ok=True)
    paths: dict[str, Path] = {}
    for key, name in OUTPUT_NAMES.items():
        path = outdir / name
        _atomic_write(path, contents[key])
        paths[key] = path
    return paths


INDEX_NAMES = {"json": "index.json", "html": "index.html"}


def write_index(index: dict[str, Any], outdir: Path) -> dict[str, Path]:
    """Write index.json and index.html into ``outdir`` (both rendered before either is written)."""
    outdir = Path(outdir)
    contents = {"json": render_json(index), "html": render_index_html(index)}
    outdir.mkdir(parents=True, exist_ok=True)
    paths: dict[str, Path] = {}
    for key, name in INDEX_NAMES.items():
        _atomic_write(outdir / name, contents[key])
        paths[key] = outdir / name
    return paths

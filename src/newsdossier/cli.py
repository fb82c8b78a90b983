"""Command line: `newsdossier build INPUT... -o OUT`, the corpus store (`ingest`, `documents`, `stories`) and
`newsdossier eval TASK --data DIR`."""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from pathlib import Path

from . import __version__

EVAL_TASKS = {
    "extraction": "newsdossier.eval.extraction",
    "entities": "newsdossier.eval.entities",
    "timex": "newsdossier.eval.timex",
    "timeline": "newsdossier.eval.timeline",
    "attribution": "newsdossier.eval.attribution",
    "summary": "newsdossier.eval.summary",
    "support": "newsdossier.eval.support",
    "stories": "newsdossier.eval.stories",
    "bsnlp": "newsdossier.eval.bsnlp",
}


class _RichProgress:
    """One bar per stage on a terminal (stderr), nothing otherwise."""

    def __init__(self) -> None:
        from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

        self.p = Progress(TextColumn("{task.description:<11}"), BarColumn(), TextColumn("{task.completed}/{task.total}"),
                          TimeElapsedColumn(), transient=False, console=None)
        self.tasks: dict[str, int] = {}
        self.p.start()

    def stage(self, name, total=None):
        self.tasks[name] = self.p.add_task(name, total=total or 1)

    def advance(self, name, item=""):
        self.p.advance(self.tasks[name])

    def done(self, name):
        t = self.p.tasks[self.tasks[name]]
        self.p.update(self.tasks[name], completed=t.total)

    def stop(self):
        self.p.stop()


def _digest(d: dict, outputs: dict[str, Path]) -> str:
    docs = d["documents"]
    bad = [x for x in docs if x.get("errors")]
    people = [e["name"] for e in d["entities"] if e["type"] == "PERSON"][:5]
    conflicts = [c for c in d["claims"] if c["status"] == "conflict"]
    speakers = {q.get("speaker_name") for q in d["quotes"] if q.get("speaker_name")}
    dates = [t["date"] for t in d["timeline"]]
    lines = [
        f"story      {d['story'].get('title') or '(untitled)'}  [{d['story'].get('start') or '?'} .. {d['story'].get('end') or '?'}]",
        f"documents  {len(docs)} ({len(docs) - len(bad)} usable, {len(bad)} with errors, "
        f"{sum(len(x['removed']) for x in docs)} junk lines removed)" + (f", {len(d['rejected'])} files rejected" if d.get("rejected") else ""),
        f"entities   {len(d['entities'])}" + (f"  people: {', '.join(people)}" if people else ""),
        f"timeline   {len(dates)} dated events" + (f"  {dates[0]} .. {dates[-1]}" if dates else ""),
        f"claims     {len(d['claims'])}, {len(conflicts)} in conflict" +
        (f": {'; '.join(c['measure'] for c in conflicts[:3])}" if conflicts else ""),
        f"quotes     {len(d['quotes'])} from {len(speakers)} speakers",
        f"summary    {len(d['summary'])} sentences",
    ]
    for b in bad[:5]:
        lines.append(f"  ! {b['id']}: {b['errors'][0]}")
    for e in d.get("errors", []):
        lines.append(f"  ! step {e['stage']} failed: {e['message']}")
    for w in d.get("warnings", []):
        lines.append(f"  ~ warning: {w['message']}")
    lines.append("written    " + "  ".join(str(p) for p in outputs.values()))
    return "\n".join(lines)


def _settings(args):
    """The run's settings: defaults, then --config FILE, then --set flags, then the dedicated flags."""
    from . import config

    settings = config.load(args.config) if args.config else config.DEFAULTS
    settings = config.override(settings, config.parse_assignments(args.set or []))
    ingest = {k: getattr(args, k) for k in ("max_file_mb", "max_documents", "max_html_depth")
              if getattr(args, k, None) is not None}
    if getattr(args, "follow_symlinks", False):
        ingest["follow_symlinks"] = True
    if getattr(args, "summary_words", None) is not None:
        settings = config.override(settings, {"summary": {"words": args.summary_words}})
    return config.override(settings, {"ingest": ingest}) if ingest else settings


def cmd_build(args) -> int:
    from .config import SettingsError
    from .ingest import InputError, Limits
    from .pipeline import build_stories

    try:
        settings = _settings(args)
    except SettingsError as exc:
        print(f"newsdossier: error: {exc}", file=sys.stderr)
        return 2
    s = settings.ingest
    limits = Limits(max_file_mb=s.max_file_mb, max_documents=s.max_documents, max_html_depth=s.max_html_depth,
                    follow_symlinks=s.follow_symlinks, skip_dirs=(Path(args.output),))
    progress = _RichProgress() if sys.stderr.isatty() and not args.quiet else None
    try:
        corpus = build_stories(args.inputs, progress=progress, summary_sentences=args.summary_sentences,
                               summary_words=args.summary_words, llm_url=args.llm, llm_model=args.llm_model,
                               limits=limits, settings=settings, one_story=args.one_story)
    except InputError as exc:
        if progress:
            progress.stop()
        print(f"newsdossier: error: {exc}", file=sys.stderr)
        return 2
    if progress:
        progress.stop()
    data, outputs = write_corpus(corpus, Path(args.output))
    if not args.quiet:
        print(_digest(data, outputs) if corpus.single else _corpus_digest(corpus, outputs))
    if args.timings:
        timings = corpus.pile.timings
        total = sum(v for k, v in timings.items())
        warm = sum(v for k, v in timings.items() if k != "model-load")
        print("timings    " + "  ".join(f"{k} {v:.2f}s" for k, v in timings.items())
              + f"  | total {total:.2f}s, without model load {warm:.2f}s")
    if not any(d.text.strip() for d in corpus.pile.documents):
        print("newsdossier: error: no usable document in the input", file=sys.stderr)
        return 1
    failed = any(d.errors for d in corpus.pile.documents) or any(x.errors for _, x in corpus.stories)
    if args.strict and failed:
        print("newsdossier: error: some documents or steps failed (--strict)", file=sys.stderr)
        return 1
    return 0


def write_corpus(corpus, out: Path) -> tuple[dict, dict[str, Path]]:
    """Every story's dossier under stories/<id>/, the index beside them; a one-story pile also keeps its dossier
    at the top (OUT/dossier.*), as before. A mixed pile removes a top-level dossier an earlier one-story build
    left there, so it cannot pass for this pile's."""
    from .render import OUTPUT_NAMES, write_index, write_outputs

    outputs: dict[str, Path] = {}
    data = corpus.pile.to_dict()
    for sid, dossier in corpus.stories:
        story_data = data if corpus.single else dossier.to_dict()
        written = write_outputs(story_data, out / "stories" / sid)
        if not corpus.single:
            outputs[sid] = written["html"]
    if corpus.single:
        outputs.update(write_outputs(data, out))
    else:
        for name in OUTPUT_NAMES.values():
            (out / name).unlink(missing_ok=True)
    outputs.update({f"index-{k}": v for k, v in write_index(corpus.index_dict(), out).items()})
    return data, outputs


def _corpus_digest(corpus, outputs: dict[str, Path]) -> str:
    from .model import degraded_analysis

    docs = corpus.pile.documents
    lines = [f"stories    {len(corpus.stories)} from {len(docs)} documents, {len(corpus.unassigned)} in no story"
             + (f", {len(corpus.pile.rejected)} files rejected" if corpus.pile.rejected else "")]
    for sid, d in corpus.stories:
        lines.append(f"  {sid:<6} {len(d.documents):>4} docs  [{d.story.start or '?'} .. {d.story.end or '?'}]  "
                     f"{d.story.title or '(untitled)'}")
        for e in d.errors:
            lines.append(f"    ! step {e['stage']} failed: {e['message']}")
        for w in degraded_analysis(d.documents):
            lines.append(f"    ~ warning: {w['message']}")
    for b in [d for d in docs if d.errors][:5]:
        lines.append(f"  ! {b.id}: {b.errors[0]}")
    lines.append("written    " + "  ".join(str(outputs[k]) for k in ("index-json", "index-html")))
    return "\n".join(lines)


def _error(message: str, code: int = 2) -> int:
    print(f"newsdossier: error: {message}", file=sys.stderr)
    return code


def _open_store(spec: str, create: bool = False):
    """Listing commands read an existing store; only `ingest` creates one."""
    from .store import open_store

    return open_store(spec, create=create)


def cmd_ingest(args) -> int:
    from .config import SettingsError, use
    from .corpus import ingest_into, write_store_dossiers
    from .ingest import InputError, Limits
    from .store import StoreError

    try:
        settings = _settings(args)
    except SettingsError as exc:
        return _error(str(exc))
    if args.batch_size < 1:
        return _error(f"--batch-size must be at least 1 (got {args.batch_size})")
    s = settings.ingest
    limits = Limits(max_file_mb=s.max_file_mb, max_documents=s.max_documents, max_html_depth=s.max_html_depth,
                    follow_symlinks=s.follow_symlinks)
    try:
        with _open_store(args.store, create=True) as store, use(settings):
            report = ingest_into(store, args.inputs, limits=limits, batch_size=args.batch_size)
            rebuilt = (write_store_dossiers(store, Path(args.dossiers), report.stories_changed)
                       if args.dossiers else None)
    except (InputError, StoreError) as exc:
        return _error(str(exc))
    data = report.to_dict()
    if rebuilt is not None:
        data["dossiers_rebuilt"] = rebuilt
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    print("  ".join(f"{k} {data[k]}" for k in ("read", "added", "unchanged", "duplicates", "failed", "skipped",
                                                 "stories")) + f"  ({len(report.stories_changed)} grew)")
    for why, n in sorted(report.skipped_reasons.items(), key=lambda kv: -kv[1]):
        print(f"  skipped {n}: {why}")
    return 0


DOCUMENT_COLUMNS = ("id", "path", "url", "title", "source", "published", "published_basis", "language", "story",
                    "duplicate_of", "family")


def cmd_documents(args) -> int:
    from dataclasses import asdict

    from .store import StoreError

    try:
        with _open_store(args.store) as store:
            rows = store.documents()
            if args.json:  # streamed: a large store is listed in flat memory
                print("[", end="")
                for n, r in enumerate(rows):
                    print(("," if n else "") + "\n  " + json.dumps(asdict(r), ensure_ascii=False), end="")
                print("\n]")
                return 0
            print("\t".join(DOCUMENT_COLUMNS + ("error",)))
            for r in rows:
                d = asdict(r)
                print("\t".join("" if d[k] is None else " ".join(str(d[k]).split()) for k in DOCUMENT_COLUMNS + ("error",)))
    except StoreError as exc:
        return _error(str(exc))
    return 0


def cmd_dossier(args) -> int:
    """One story of a store, built from its stored (cleaned) documents as `build` builds a pile."""
    from .config import SettingsError, use
    from .pipeline import build_story
    from .render import write_outputs
    from .store import StoreError

    try:
        settings = _settings(args)
    except SettingsError as exc:
        return _error(str(exc))
    try:
        with _open_store(args.store) as store:
            if not store.story_exists(args.story):
                return _error(f"no story {args.story!r} in the store (see `newsdossier stories --store ...`)")
            docs = store.story_documents(args.story)
    except StoreError as exc:
        return _error(str(exc))
    with use(settings):
        dossier = build_story(docs, summary_sentences=args.summary_sentences, summary_words=args.summary_words)
    data = dossier.to_dict()
    outputs = write_outputs(data, Path(args.output))
    if not args.quiet:
        print(_digest(data, outputs))
    return 0


def cmd_stories(args) -> int:
    from dataclasses import asdict

    from .store import StoreError

    try:
        with _open_store(args.store) as store:
            stories = store.stories()
    except StoreError as exc:
        return _error(str(exc))
    if args.json:
        print(json.dumps([asdict(s) for s in stories], ensure_ascii=False, indent=2))
        return 0
    if not stories:
        print("no stories in the store")
    for s in stories:
        print(f"{s.id}\t{s.documents} documents\t{s.title or '(untitled)'}")
    return 0


def cmd_eval(args) -> int:
    mod = importlib.import_module(EVAL_TASKS[args.task])
    if not Path(args.data).is_dir():
        print(f"newsdossier: error: data directory not found: {args.data}", file=sys.stderr)
        return 2
    result = mod.main(args)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2, default=str))
    else:
        print(mod.format_report(result))
    return 1 if isinstance(result, dict) and result.get("error") else 0


def _settings_flags(b: argparse.ArgumentParser) -> None:
    """Settings flags, shared by every command that analyses (`build`, `ingest`, `dossier`)."""
    b.add_argument("--config", metavar="FILE", default=None,
                   help="settings file (TOML or JSON, sections as in newsdossier/config.py) over the defaults")
    b.add_argument("--set", metavar="SECTION.KEY=VALUE", action="append",
                   help="override one setting, e.g. --set claims.threshold=0.6 (repeatable; after --config)")
    b.add_argument("--debug", action="store_true", help="show tracebacks")


def _limit_flags(b: argparse.ArgumentParser) -> None:
    """Settings and input limits, shared by the commands that read inputs (`build`, `ingest`)."""
    _settings_flags(b)
    b.add_argument("--max-file-mb", type=float, default=None,
                   help="larger files (and WARC records) are reported, not read (default 5)")
    b.add_argument("--max-documents", type=int, default=None, help="inputs beyond this are reported (default 20000)")
    b.add_argument("--max-html-depth", type=int, default=None, help="deeper HTML nesting is reported (default 1000)")
    b.add_argument("--follow-symlinks", action="store_true",
                   help="follow symlinks that lead outside the input folder (off by default)")


def make_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="newsdossier", description=__doc__)
    p.add_argument("--version", action="version", version=f"newsdossier {__version__}")
    p.add_argument("--debug", action="store_true", help="show tracebacks")
    sub = p.add_subparsers(dest="command", required=True)

    b = sub.add_parser("build", help="group a pile into stories and build each story's dossier")
    b.add_argument("inputs", nargs="+", help="files or directories (.txt .md .html .json .jsonl .warc .warc.gz .rss "
                                             ".atom); '-' reads JSON Lines from standard input")
    b.add_argument("-o", "--output", required=True, help="output folder")
    b.add_argument("--timings", action="store_true", help="print per-stage wall times")
    b.add_argument("--summary-words", type=int, default=None, help="summary length in words (default 120)")
    b.add_argument("--summary-sentences", type=int, default=None, help="summary length in sentences (instead of words)")
    b.add_argument("--llm", metavar="URL", default=None,
                   help="OpenAI-compatible endpoint for an abstractive summary checked against its cited spans (off)")
    b.add_argument("--llm-model", default=None, help="model name to ask the --llm endpoint for")
    b.add_argument("--one-story", action="store_true",
                   help="the pile is one story: skip the grouping, build one dossier over every document")
    b.add_argument("--strict", action="store_true", help="exit 1 if any document or story-level step failed")
    b.add_argument("-q", "--quiet", action="store_true")
    _limit_flags(b)
    b.set_defaults(func=cmd_build)

    i = sub.add_parser("ingest", help="read inputs into a corpus store (SQLite file or postgresql:// URL)")
    i.add_argument("inputs", nargs="+",
                   help="files or directories (.txt .md .html .json .jsonl .warc .warc.gz .rss .atom); '-' reads "
                        "JSON Lines from standard input")
    i.add_argument("--store", required=True, help="SQLite file path (created if missing) or postgresql:// URL")
    i.add_argument("--json", action="store_true", help="print the counts as one JSON object")
    i.add_argument("--batch-size", type=int, default=200, help="documents per transaction (default 200)")
    i.add_argument("--dossiers", metavar="OUT", default=None,
                   help="after ingesting, rebuild the dossiers of the stories that changed in OUT/stories/<id>/ "
                        "and write OUT/index.json and index.html for the whole store")
    _limit_flags(i)
    i.set_defaults(func=cmd_ingest)

    for name, func, what in (("documents", cmd_documents, "list the documents of a store"),
                             ("stories", cmd_stories, "list the stories of a store")):
        c = sub.add_parser(name, help=what)
        c.add_argument("--store", required=True, help="SQLite file path or postgresql:// URL")
        c.add_argument("--json", action="store_true", help="machine-readable output")
        c.add_argument("--debug", action="store_true", help="show tracebacks")
        c.set_defaults(func=func)

    o = sub.add_parser("dossier", help="write one story's dossier from a store")
    o.add_argument("story", metavar="ID", help="story id (see `newsdossier stories`)")
    o.add_argument("--store", required=True, help="SQLite file path or postgresql:// URL")
    o.add_argument("-o", "--output", required=True, help="output folder (dossier.json, dossier.md, dossier.html)")
    o.add_argument("--summary-words", type=int, default=None, help="summary length in words (default 120)")
    o.add_argument("--summary-sentences", type=int, default=None, help="summary length in sentences")
    o.add_argument("-q", "--quiet", action="store_true")
    _settings_flags(o)  # it reads no inputs: the input limits do not apply
    o.set_defaults(func=cmd_dossier)

    e = sub.add_parser("eval", help="score one capability on gold data")
    esub = e.add_subparsers(dest="task", required=True)
    for task, modname in EVAL_TASKS.items():
        try:
            mod = importlib.import_module(modname)
        except ModuleNotFoundError as exc:
            if exc.name != modname:  # a real missing dependency is an error, not an absent task
                raise
            continue
        t = esub.add_parser(task, help=(mod.__doc__ or "").strip().split("\n")[0])
        t.add_argument("--data", required=True, type=Path, help="benchmark folder")
        t.add_argument("--json", action="store_true", help="machine-readable output")
        t.add_argument("--debug", action="store_true", help="show tracebacks")
        mod.add_arguments(t)
        t.set_defaults(func=cmd_eval)
    return p


def _setup_logging(debug: bool) -> None:
    """Library components log what they recover from; only --debug shows it (no traceback otherwise)."""
    import logging

    log = logging.getLogger("newsdossier")
    log.propagate = False
    log.handlers[:] = [logging.StreamHandler()] if debug else [logging.NullHandler()]
    log.setLevel(logging.DEBUG if debug else logging.CRITICAL)


def main(argv: list[str] | None = None) -> int:
    parser = make_parser()
    args = parser.parse_args(argv)
    _setup_logging(getattr(args, "debug", False))
    try:
        return args.func(args)
    except KeyboardInterrupt:
        print("newsdossier: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:
        if getattr(args, "debug", False):
            raise
        print(f"newsdossier: internal error: {type(exc).__name__}: {exc} (run with --debug for details)", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())

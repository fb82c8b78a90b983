"""One settings object: every window, threshold and limit of the pipeline, each with a line saying why.

Why one place: thresholds scattered as module constants cannot be reviewed together, changed for one run, or
recorded with a result. Stages read `current()` (the settings of the run in progress, set by
`pipeline.build` with `use()`); `build` takes them from a TOML/JSON file (`--config FILE`) and
`--set section.key=value` flags on top of the defaults below. Settings are frozen: a run never changes them.

Each stage owns one section; a value belongs to the stage that reads it. Defaults are the values the
figures in the README were measured with.
"""

from __future__ import annotations

import json
import tomllib
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any


class SettingsError(ValueError):
    """A settings file or flag names an unknown setting or gives a value of the wrong kind."""


@dataclass(frozen=True)
class IngestSettings:
    max_file_mb: float = 5.0  # a news article is far smaller; larger files are reported, not read
    max_documents: int = 20_000  # inputs beyond this are reported, not read
    max_html_depth: int = 1_000  # deeper element nesting is a hostile or broken page
    follow_symlinks: bool = False  # symlinks leading outside the input folder are not followed by default


@dataclass(frozen=True)
class CleanSettings:
    threshold: float = 0.5  # a line is removed when its junk score reaches this
    block_gap: int = 4  # this many consecutive non-paragraph lines separate two text blocks
    keep_fraction: float = 0.3  # blocks weighing at least this share of the heaviest block are body
    boilerplate_documents: int = 3  # a line (near-)verbatim in this many independent documents is boilerplate


@dataclass(frozen=True)
class AnalyzeSettings:
    chunk_chars: int = 20_000  # long texts are parsed in newline-aligned pieces: bounded memory, no max_length error


@dataclass(frozen=True)
class TimeSettings:
    dct_near_weight: float = 0.002  # publication-date inference: score lost per day between the report and a date it tells
    dateline_chars: int = 200  # a dateline is a date within the text's first characters (its head line)
    head_day_chars: int = 150  # "said on Thursday, April 6" in the opening words: the piece's own day
    cue_chars: int = 40  # how far before a yearless date or weekday to look for "since", "until", "payable"
    period_reach_chars: int = 1200  # "a year ago" compares with the quarter under report named this close before
    dateline_max_days: int = 200  # a year-less dateline further than this from the story's median date is not placed
    yearless_ahead_weight: float = 1.5  # a date without year, tense or cue: the nearest, a day ahead counting this many days back (1.5: the least that keeps TempEval tune; news tells the past more)
    told_reference_quantile: float = 0.75  # undated story: year-less dates are placed near this quantile of the days told
    file_name_dates: bool = True  # "nyt_2016-10-03_slug.txt": a full date in a file's name is its metadata date


@dataclass(frozen=True)
class QuantitySettings:
    pass


@dataclass(frozen=True)
class QuoteSettings:
    attribution_before: int = 300  # characters before an opening mark searched for 'X said:' (one long sentence)
    attribution_after: int = 400  # characters after a closing mark searched for '..., said X, ROLE'
    pronoun_window: int = 2500  # a pronoun speaker resolves to a person named at most this far before it
    description_window: int = 4000  # 'the analyst' resolves to a person whose role says so, this far back at most
    pullquote_min_words: int = 5  # a shorter unattributed quote is too common to be a repeated pull-quote
    pullquote_min_ratio: int = 88  # rapidfuzz partial ratio: a headline pull-quote repeats the body quote nearly verbatim
    max_quote_chars: int = 1500  # a quotation opened in another language's marks ends within this many characters


@dataclass(frozen=True)
class EntitySettings:
    variant_similarity: float = 0.9  # Jaro-Winkler of every folded token for two spellings of one multi-word name
    typo_min_length: int = 7  # single-token names shorter than this are never merged as typos (Mali / Bali)
    typo_max_edits: int = 2  # transpositions between two single-token names with the same letters
    surname_prefix: int = 5  # a cut-short surname ("Ivanenk") needs at least this many letters ...
    surname_prefix_share: float = 0.7  # ... and this share of the full surname it begins
    acronym_max_letters: int = 4  # a bare name in capitals up to this long is initials (NASA), longer a name (GARLAND)


@dataclass(frozen=True)
class TimelineSettings:
    merge_sim: float = 0.7  # embeddings alone (USE sentence cosine is noisy on long news sentences)
    lemma_sim: float = 0.4  # ... enough with >= min_shared_stems shared common-noun/verb stems
    conflict_sim: float = 0.8  # same happening dated differently: sentences must be this close
    duration_sim: float = 0.7  # a duration's sentence attaches to an entry of its document this close
    min_shared_lemmas: int = 3  # shared content stems that, with a shared entity, make two reports one happening
    min_shared_stems: int = 2  # shared stems needed for the weaker lemma_sim similarity to merge
    summary_words: int = 30  # length of a timeline entry's summary


@dataclass(frozen=True)
class ClaimSettings:
    w_measure: float = 0.50  # weight of the similarity of what two figures count
    w_sentence: float = 0.25  # weight of the similarity of their sentences
    w_entity: float = 0.15  # idf-weighted shared entities (entities named in every document carry no weight)
    b_unit_family: float = 0.15  # bonus: units of one family (people, soldiers)
    b_pred_same: float = 0.15  # bonus: same predicate
    p_pred_diff: float = 0.35  # penalty: different predicates
    b_equal_value: float = 0.10  # bonus: the same value
    p_magnitude: float = 0.60  # penalty per order of magnitude between values whose ranges miss each other
    min_orders: float = 0.3  # ... once they are more than a factor of 2 apart
    p_same_sentence: float = 0.30  # two figures of one sentence are rarely the same claim
    threshold: float = 0.50  # score at which two figures are one claim
    slack: float = 0.05  # relative tolerance when comparing values
    b_subject_same: float = 0.15  # bonus: both figures are about one named entity (analysis's subject)
    p_subject_diff: float = 0.30  # penalty: about two different named entities (counts; shares never group then)
    max_days_apart: int = 7  # figures whose times (else publication dates) lie further apart never make one claim


@dataclass(frozen=True)
class SummarySettings:
    words: int = 120  # default summary length in words
    support_probability: float = 0.88  # P(same point) at which a document is cited (ECB+ document level: tune P 0.90 R 0.28, check P 0.92 R 0.26)
    duplicate_jaccard: float = 0.6  # estimated shingle Jaccard above which two documents are copies


@dataclass(frozen=True)
class StorySettings:
    threshold: float = 0.45  # score at which a report joins the best open story (ECB+ tune topics 1-22: B3 F1 0.881)
    entity_weight: float = 0.5  # share of the score from rarity-weighted shared names (the rest: title+lead cosine)
    window_days: int = 7  # a report joins only a story with a member this close in days; older stories close (not tuned: ECB+ is undated)
    lead_chars: int = 400  # the opening characters embedded with the title: a news lead states the event
    name_prefix: int = 4  # names compare on this many folded letters, so inflected forms meet (Brexitu/Brexit)
    max_active: int = 5000  # open stories kept for matching; the least recently grown close beyond this (flat memory)
    min_documents: int = 2  # a story with fewer reports is listed as unassigned in a mixed pile's index


@dataclass(frozen=True)
class Settings:
    ingest: IngestSettings = field(default_factory=IngestSettings)
    clean: CleanSettings = field(default_factory=CleanSettings)
    analyze: AnalyzeSettings = field(default_factory=AnalyzeSettings)
    time: TimeSettings = field(default_factory=TimeSettings)
    quantities: QuantitySettings = field(default_factory=QuantitySettings)
    quotes: QuoteSettings = field(default_factory=QuoteSettings)
    entities: EntitySettings = field(default_factory=EntitySettings)
    timeline: TimelineSettings = field(default_factory=TimelineSettings)
    claims: ClaimSettings = field(default_factory=ClaimSettings)
    summary: SummarySettings = field(default_factory=SummarySettings)
    stories: StorySettings = field(default_factory=StorySettings)

    def to_dict(self) -> dict[str, dict[str, Any]]:
        return {f.name: {g.name: getattr(getattr(self, f.name), g.name) for g in fields(getattr(self, f.name))}
                for f in fields(self)}


DEFAULTS = Settings()
_current: ContextVar[Settings] = ContextVar("newsdossier_settings", default=DEFAULTS)


def current() -> Settings:
    """The settings of the run in progress (the defaults outside a run)."""
    return _current.get()


@contextmanager
def use(settings: Settings):
    """Make `settings` current for the duration of a run."""
    token = _current.set(settings)
    try:
        yield settings
    finally:
        _current.reset(token)


def _coerce(section: str, key: str, kind: type, value: Any) -> Any:
    if isinstance(value, str) and kind is not str:
        text = value.strip()
        if kind is bool:
            if text.lower() in ("1", "true", "yes", "on"):
                return True
            if text.lower() in ("0", "false", "no", "off"):
                return False
        else:
            try:
                return kind(text)
            except ValueError:
                pass
        raise SettingsError(f"{section}.{key}: expected {kind.__name__}, got {value!r}")
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if not isinstance(value, kind) or (kind is not bool and isinstance(value, bool)):
        raise SettingsError(f"{section}.{key}: expected {kind.__name__}, got {value!r}")
    return value


def override(settings: Settings, values: dict[str, dict[str, Any]]) -> Settings:
    """A copy of `settings` with `{section: {key: value}}` applied; unknown names are an error."""
    sections = {f.name: f for f in fields(settings)}
    changed = {}
    for section, entries in values.items():
        if section not in sections:
            raise SettingsError(f"unknown settings section {section!r} (known: {', '.join(sections)})")
        current_section = getattr(settings, section)
        if not isinstance(entries, dict):
            raise SettingsError(f"settings section {section!r} must be a table of key = value")
        kinds = {g.name: g.type for g in fields(current_section)}
        updates = {}
        for key, value in entries.items():
            if key not in kinds:
                raise SettingsError(f"unknown setting {section}.{key} (known: {', '.join(kinds) or 'none'})")
            kind = {"int": int, "float": float, "bool": bool, "str": str}[kinds[key]]
            updates[key] = _coerce(section, key, kind, value)
        changed[section] = replace(current_section, **updates)
    return replace(settings, **changed)


def parse_assignments(items: list[str]) -> dict[str, dict[str, str]]:
    """`["time.x=3", "claims.threshold=0.6"]` -> `{"time": {"x": "3"}, "claims": {"threshold": "0.6"}}`."""
    out: dict[str, dict[str, str]] = {}
    for item in items:
        name, eq, value = item.partition("=")
        section, dot, key = name.strip().partition(".")
        if not eq or not dot or not section or not key:
            raise SettingsError(f"expected section.key=value, got {item!r}")
        out.setdefault(section, {})[key] = value
    return out


def load(path: str | Path, base: Settings = DEFAULTS) -> Settings:
    """Settings from a TOML (`[section]` tables) or JSON (`{"section": {...}}`) file over `base`."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise SettingsError(f"cannot read settings file {p}: {exc.strerror or exc}") from exc
    try:
        data = json.loads(raw) if p.suffix.lower() == ".json" else tomllib.loads(raw.decode("utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:  # JSONDecodeError and TOMLDecodeError are ValueErrors
        raise SettingsError(f"settings file {p} is not valid {'JSON' if p.suffix.lower() == '.json' else 'TOML'}: {exc}") from exc
    if not isinstance(data, dict):
        raise SettingsError(f"settings file {p} must hold a table of sections")
    return override(base, data)


__all__ = ["Settings", "SettingsError", "DEFAULTS", "current", "use", "override", "load", "parse_assignments"]

"""The typed candidates passed between the quotation steps: a speaker mention and a quotation candidate."""

from __future__ import annotations

from dataclasses import dataclass, field



@dataclass
class _Spk:
    kind: str  # name|pron|desc|np
    start: int
    end: int
    role: tuple[int, int] | None = None
    title: tuple[int, int] | None = None


@dataclass
class _Cand:
    start: int
    end: int
    kind: str
    cue: tuple[int, int] | str | None = None
    spk: _Spk | None = None
    para: int = 0
    standalone: bool = False
    open_at: int = -1  # position of the opening mark (direct, marked)
    sentence: tuple[int, int] | None = None
    extra: dict = field(default_factory=dict)

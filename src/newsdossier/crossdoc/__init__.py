"""Cross-document stage: entities, timeline, claims and quotes across the story.

Each is a named step of `pipeline.story_steps` (entities, the quotes ledger, timeline, claims), so a failure in
one is recorded and the others still run."""

from __future__ import annotations

from ..model import Dossier, QuoteEntry
from .entities import group_entities, resolve_name


def link_quotes(dossier: Dossier) -> None:
    """Map each quote's written speaker to the story's entity and collect the quotes ledger."""
    entries = []
    by_id = {e.id: e for e in dossier.entities}
    for d in dossier.documents:
        for q in d.quotes:
            ent = None
            if q.speaker_start is not None:
                # the speaker span may coincide with an NER mention that already has its entity
                ent_id = next((m.entity for m in d.mentions
                               if m.start < q.speaker_end and q.speaker_start < m.end and m.entity), None)
                ent = by_id.get(ent_id)
                if ent is not None and ent.type != "PERSON":
                    ent = None
            if ent is None and q.speaker_text:
                ent = resolve_name(dossier.entities, q.speaker_text, doc=d.id)
            q.speaker = ent.id if ent else None
            q.speaker_name = ent.name if ent else q.speaker_text
            entries.append(QuoteEntry(doc=d.id, start=q.start, end=q.end, text=q.text, speaker=q.speaker,
                                      speaker_name=q.speaker_name, kind=q.kind, cue=q.cue,
                                      speaker_role=q.speaker_role))
    dossier.quotes = entries

"""Cross-document stage: entities, timeline, claims and quotes across the story.

Each is a named step of `pipeline.story_steps` (entities, the quotes ledger, timeline, claims), so a failure in
one is recorded and the others still run."""

from __future__ import annotations

from ..model import Dossier, QuoteEntry
from .entities import group_entities, resolve_name


_SPEAKER_TYPES = ("PERSON", "ORG", "GPE")  # who can speak: people, organisations, governments ('Olbeck said')


def link_quotes(dossier: Dossier) -> None:
    """Map each quote's resolved speaker to the story's entity and collect the quotes ledger.

    The speaker is the entity of the mention the quotation step resolved the written source to (the
    subject of the cue, a pronoun's or description's antecedent), else the one entity the resolved name
    names (`resolve_name`: unique in the story, or in the document). When neither is found the entry
    keeps `speaker`/`speaker_name` None and shows the source as written (`speaker_text`): never a guess.
    """
    entries = []
    by_id = {e.id: e for e in dossier.entities}
    for d in dossier.documents:
        for q in d.quotes:
            ent = None
            if q.speaker_start is not None:
                # the resolved mention may coincide with an NER mention that already has its entity
                hit = next((m for m in d.mentions
                            if m.start < q.speaker_end and q.speaker_start < m.end and m.entity), None)
                ent = by_id.get(hit.entity) if hit is not None else None
                if ent is not None and (ent.type not in _SPEAKER_TYPES or (ent.type != "PERSON" and not (
                        hit.start <= q.speaker_start and q.speaker_end <= hit.end))):
                    ent = None  # 'An expert from the Center ...' is not the Center
            if ent is None and q.speaker_text and any(w[:1].isupper() for w in q.speaker_text.split()):
                ent = resolve_name(dossier.entities, q.speaker_text, doc=d.id)
                if ent is not None and ent.type not in _SPEAKER_TYPES:
                    ent = None
            q.speaker = ent.id if ent else None
            q.speaker_name = ent.name if ent else None
            written = (d.text[q.source_start:q.source_end] if q.source_start is not None and d.text
                       and q.source_end is not None and q.source_end <= len(d.text) else None)
            entries.append(QuoteEntry(doc=d.id, start=q.start, end=q.end, text=q.text, speaker=q.speaker,
                                      speaker_name=q.speaker_name, speaker_text=written or q.speaker_text,
                                      kind=q.kind, cue=q.cue, speaker_role=q.speaker_role))
    dossier.quotes = entries

"""Story grouping: a mixed pile splits into its stories, ids stay stable across runs, copies follow their
original, the time window closes stories, and `build` on a mixed pile writes an index per the contract."""

from __future__ import annotations

import json

import pytest
from builders import doc_with_mentions, hashed_embed

from newsdossier import config
from newsdossier.crossdoc.stories import StoryState, group_stories, grown_stories
from newsdossier.eval.stories import b_cubed, language_pair_recall, pairwise

# Two invented events, four reports each: a harbour strike and a river flood, told with different words and names.
STRIKE = [
    ("Dock workers strike at Korvhaven harbour over pay", [("Korvhaven", "GPE")]),
    ("Korvhaven dock strike strands cargo ships, union leader Tessa Lindqvist says pay talks failed",
     [("Korvhaven", "GPE"), ("Tessa Lindqvist", "PERSON")]),
    ("Striking dock workers keep Korvhaven harbour closed, cargo ships wait", [("Korvhaven", "GPE")]),
    ("Korvhaven harbour strike ends as dock workers accept pay offer from port", [("Korvhaven", "GPE")]),
]
FLOOD = [
    ("River Almsee floods Brunnwald streets after heavy rain", [("Almsee", "LOC"), ("Brunnwald", "GPE")]),
    ("Brunnwald residents evacuated as River Almsee floods rise after rain", [("Brunnwald", "GPE"), ("Almsee", "LOC")]),
    ("Flood water recedes in Brunnwald, River Almsee still high after rain", [("Brunnwald", "GPE"), ("Almsee", "LOC")]),
    ("Brunnwald counts flood damage after River Almsee rain", [("Brunnwald", "GPE"), ("Almsee", "LOC")]),
]


def _docs(prefix: str, items, day0: int = 1):
    out = []
    for i, (text, names) in enumerate(items):
        d = doc_with_mentions(f"{prefix}{i}", text, names)
        d.published = f"2025-03-{day0 + i:02d}"
        d.language = "en"
        out.append(d)
    return out


def _pile():
    strike, flood = _docs("strike", STRIKE), _docs("flood", FLOOD)
    return [x for pair in zip(strike, flood) for x in pair]  # interleaved, as a stream would bring them


def _groups(assign):
    by: dict[str, set[str]] = {}
    for doc, story in assign.items():
        by.setdefault(story, set()).add(doc)
    return sorted(by.values(), key=min)


def test_a_mixed_pile_splits_into_its_two_stories():
    assign, _ = group_stories(_pile(), embed=hashed_embed)
    assert _groups(assign) == [{f"flood{i}" for i in range(4)}, {f"strike{i}" for i in range(4)}]


def test_ids_are_stable_when_documents_are_added_and_the_state_round_trips_json():
    pile = _pile()
    first, state = group_stories(pile[:4], embed=hashed_embed)
    state = StoryState.from_json(state.to_json())
    later = _docs("strike-late", [STRIKE[1]], day0=5) + _docs("other", [
        ("Comet Vyrnas seen over mountain observatory by astronomers", [("Vyrnas", "OTHER")])], day0=5)
    second, state2 = group_stories(pile[4:] + later, state, embed=hashed_embed)
    assert {d: second.get(d, first.get(d)) for d in first} == first  # nothing placed earlier moves
    strike_id, flood_id = first["strike0"], first["flood0"]
    assert {second[f"strike{i}"] for i in (2, 3)} | {second["strike-late0"]} == {strike_id}  # the story grows, same id
    assert {second[f"flood{i}"] for i in (2, 3)} == {flood_id}
    assert second["other0"] not in (strike_id, flood_id)  # a new event gets a new id, not a reused one
    assert state2.assigned["strike0"] == strike_id and state.assigned == {**state.assigned, **first}
    assert grown_stories(state, state2) == {strike_id, flood_id, second["other0"]}  # what must be rebuilt
    again, _ = group_stories(pile, state2, embed=hashed_embed)  # a document seen before keeps its story
    assert all(again[d] == state2.assigned[d] for d in again)


def test_a_copy_joins_its_original_story_and_empty_text_is_unassigned():
    pile = _pile()
    copy = doc_with_mentions("copy", "Comet Vyrnas seen over mountain observatory by astronomers", [])
    copy.published, copy.duplicate_of = "2025-03-05", "flood0"  # the copies step said so: it follows flood0
    empty = doc_with_mentions("blank", "   ", [])
    assign, _ = group_stories(pile + [copy, empty], embed=hashed_embed)
    assert assign["copy"] == assign["flood0"]
    assert assign["blank"] is None


def test_the_time_window_keeps_a_later_event_apart_and_closes_old_stories():
    early = _docs("early", STRIKE[:2], day0=1)
    late = _docs("late", STRIKE[2:], day0=1)
    for d in late:
        d.published = d.published.replace("2025-03", "2025-06")  # three months on: a new strike, not the same one
    assign, state = group_stories(early + late, embed=hashed_embed)
    assert assign["early0"] == assign["early1"] and assign["late0"] == assign["late1"]
    assert assign["early0"] != assign["late0"]
    assert assign["early0"] not in state.stories  # closed: out of the open set, its reports still assigned
    assert state.assigned["early0"] == assign["early0"]


def test_settings_change_the_grouping_and_bad_state_is_a_clear_error():
    strict = config.override(config.DEFAULTS, {"stories": {"threshold": 0.99}})
    assign, _ = group_stories(_pile(), settings=strict, embed=hashed_embed)
    assert len(set(assign.values())) == 8  # nothing is that close: every report alone
    with pytest.raises(ValueError, match="expected version"):
        StoryState.from_json('{"version": 99}')
    with pytest.raises(ValueError, match="malformed"):
        StoryState.from_json('{"version": 1, "stories": []}')


def test_story_metrics_on_a_hand_counted_example():
    gold = {"a": "X", "b": "X", "c": "X", "d": "Y"}
    pred = {"a": "1", "b": "1", "c": "2", "d": "2"}
    # B3 precision: a,b 1; c 1/2; d 1/2 -> 0.75; recall: a,b 2/3; c 1/3; d 1 -> 2/3
    assert b_cubed(pred, gold) == {"p": 0.75, "r": 0.6667, "f1": 0.7059}
    # pairs: predicted ab, cd; gold ab, ac, bc: one right
    assert pairwise(pred, gold) == {"p": 0.5, "r": 0.3333, "f1": 0.4}
    langs = {"a": "pl", "b": "ru", "c": "pl", "d": "pl"}
    # same-story pairs: ab (cross, grouped), ac (same, apart), bc (cross, apart)
    assert language_pair_recall(pred, gold, langs) == {"cross_lingual_pair_recall": 0.5,
                                                        "same_language_pair_recall": 0.0}


CONTRACT_STORY_KEYS = {"id", "title", "path", "documents", "languages", "start", "end"}


def _write_pile(folder, prefix: str, items, month: str):
    folder.mkdir(parents=True, exist_ok=True)
    for i, (text, _) in enumerate(items):
        body = f"{text}.\n\n{text}, the report said on the day. Officials said more news would follow.\n"
        (folder / f"{prefix}{i}.json").write_text(json.dumps(
            {"id": f"{prefix}{i}", "title": text, "text": body, "published": f"{month}-{i + 1:02d}"}), encoding="utf-8")


def test_build_on_a_mixed_pile_writes_an_index_and_one_dossier_per_story(tmp_path):
    from newsdossier.cli import write_corpus
    from newsdossier.pipeline import build_stories

    _write_pile(tmp_path / "in", "strike", STRIKE, "2025-03")
    _write_pile(tmp_path / "in", "flood", FLOOD, "2025-03")
    (tmp_path / "in" / "blank.txt").write_text("  \n", encoding="utf-8")
    corpus = build_stories([tmp_path / "in"], embed=hashed_embed)
    out = tmp_path / "out"
    write_corpus(corpus, out)
    index = json.loads((out / "index.json").read_text(encoding="utf-8"))
    assert index["schema"] == "newsdossier/index@1" and index["generated_by"].startswith("newsdossier ")
    assert len(index["stories"]) == 2 and not corpus.single
    placed = [doc for s in index["stories"] for doc in s["documents"]] + index["unassigned"]
    ids = {f"strike{i}" for i in range(4)} | {f"flood{i}" for i in range(4)} | {"blank"}
    assert sorted(placed) == sorted(ids)  # every document exactly once
    assert "blank" in index["unassigned"]
    for s in index["stories"]:
        assert CONTRACT_STORY_KEYS <= set(s)
        assert s["path"] == f"stories/{s['id']}" and s["languages"] == ["en"]
        assert s["start"] <= s["end"] and s["start"].startswith("2025-03")
        assert {d[:5] for d in s["documents"]} in ({"strik"}, {"flood"})  # one event per story
        dossier = json.loads((out / s["path"] / "dossier.json").read_text(encoding="utf-8"))
        assert dossier["schema"] == "newsdossier/dossier@2"
        assert sorted(d["id"] for d in dossier["documents"]) == sorted(s["documents"])
        assert (out / s["path"] / "dossier.md").stat().st_size and (out / s["path"] / "dossier.html").stat().st_size
    html = (out / "index.html").read_text(encoding="utf-8")
    assert all(f'href="{s["path"]}/dossier.html"' in html for s in index["stories"])
    assert not (out / "dossier.json").exists()  # a mixed pile has no single top-level dossier

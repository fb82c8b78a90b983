"""Pile-level titles: site affixes learned from a site's pages, the headline before the social title."""

from __future__ import annotations

from newsdossier.ingest import ingest
from newsdossier.pipeline import settle_titles as settle_pile
from newsdossier.model import Document
from newsdossier.titles import learn_affixes, settle_titles, strip_affixes


def _doc(i, title, url="https://www.kestrelgazette.test/a", headlines=None, source=None):
    d = Document(id=str(i), title=title, url=url, source=source)
    if headlines is not None:
        d.headlines = headlines
    return d


def test_suffix_repeated_across_one_sites_pages_is_stripped_and_the_original_kept():
    docs = [_doc(1, "Ferry fares rise again - Harbour Voice", "https://news.test/1"),
            _doc(2, "Dock strike enters third week - Harbour Voice", "https://news.test/2"),
            _doc(3, "Council meets on Tuesday", "https://news.test/3")]
    settle_titles(docs)
    assert [d.title for d in docs] == ["Ferry fares rise again", "Dock strike enters third week",
                                       "Council meets on Tuesday"]
    assert docs[0].meta["title_original"] == "Ferry fares rise again - Harbour Voice"
    assert "learned" in docs[0].meta["title_basis"]
    assert "title_original" not in docs[2].meta


def test_affix_of_one_site_is_not_learned_from_another_site():
    docs = [_doc(1, "Ferry fares rise - Harbour Voice", "https://a.test/1"),
            _doc(2, "Dock strike ends - Harbour Voice", "https://b.test/2")]
    settle_titles(docs)
    assert [d.title for d in docs] == ["Ferry fares rise - Harbour Voice", "Dock strike ends - Harbour Voice"]


def test_copies_of_one_page_teach_no_affix():
    assert learn_affixes(["Strike ends - Day two", "Strike ends - Day two"]) == set()


def test_colon_prefix_shared_by_pages_is_a_rubric_not_a_site_name():
    learned = learn_affixes(["Analysis: Is the bridge closed?", "Analysis: Did fares double?"])
    assert learned == set()
    assert strip_affixes("Analysis: Is the bridge closed?", learned, {"harbourvoice"})[0] == \
        "Analysis: Is the bridge closed?"


def test_single_page_strips_only_a_segment_spelling_the_site_name():
    (named,) = docs = [_doc(1, "Ferry fares rise | Kestrel Gazette")]
    settle_titles(docs)
    assert named.title == "Ferry fares rise" and named.meta["title_basis"] == "site name"
    other = [_doc(2, "Ferry fares rise | Analysis")]
    settle_titles(other)
    assert other[0].title == "Ferry fares rise | Analysis"


def test_headline_that_merely_opens_with_the_site_name_is_kept():
    docs = [_doc(1, "The Kestrel Gazette view on ferries: too dear | Editorial")]
    settle_titles(docs)
    assert docs[0].title == "The Kestrel Gazette view on ferries: too dear | Editorial"


def test_headline_preferred_over_social_title_and_site_banner_h1_ignored():
    docs = [_doc(1, "Port news tonight", "https://n.test/1", ["Harbour Voice", "Ferry fares rise for the third time"]),
            _doc(2, "Strike news", "https://n.test/2", ["Harbour Voice", "Dock strike enters third week"])]
    settle_titles(docs)
    assert docs[0].title == "Port news tonight"  # the <h1> shares no content word with the title: not its headline
    docs = [_doc(1, "Ferry fares rise", "https://n.test/1", ["Harbour Voice", "Ferry fares rise for the third time"]),
            _doc(2, "Dock strike news", "https://n.test/2", ["Harbour Voice", "Dock strike enters third week"])]
    settle_titles(docs)
    assert [d.title for d in docs] == ["Ferry fares rise for the third time", "Dock strike enters third week"]
    assert docs[0].meta["title_basis"] == "headline" and docs[0].meta["title_original"] == "Ferry fares rise"
    settle_titles(docs2 := [_doc(1, "Ferry fares rise", "https://n.test/1", ["Ferry fares rise for the third time"])],
                  prefer_headline=False)
    assert docs2[0].title == "Ferry fares rise"


def test_pile_step_on_ingested_html_pages_learns_the_site_suffix(tmp_path):
    body = "<p>" + "The dockworkers voted to end the strike after nine days of talks. " * 6 + "</p>"
    for i, head in enumerate(["Dockworkers vote to end strike", "Ferry fares rise after strike"]):
        (tmp_path / f"p{i}.html").write_text(
            f"<html><head><title>{head} | Tide Weekly</title><meta property='og:title' content='{head} | Tide Weekly'>"
            f"</head><body><article><h1>{head}</h1>{body}</article></body></html>")
    docs = ingest([tmp_path]).documents
    assert sorted(d.title for d in docs) == [f"{h} | Tide Weekly" for h in ("Dockworkers vote to end strike",
                                                                            "Ferry fares rise after strike")]
    settle_pile(docs)
    titles = sorted(d.title for d in docs)
    assert titles == ["Dockworkers vote to end strike", "Ferry fares rise after strike"]


def test_a_title_that_is_the_sites_banner_gives_way_to_the_page_title():
    docs = [_doc(1, "Tide Weekly", "https://tideweekly.test/1", ["Tide Weekly"]),
            _doc(2, "Tide Weekly", "https://tideweekly.test/2", ["Tide Weekly"])]
    docs[0].page_title = "Ferry fares rise again - Tide Weekly"
    docs[1].page_title = "Dock strike enters third week - Tide Weekly"
    settle_titles(docs)
    assert [d.title for d in docs] == ["Ferry fares rise again", "Dock strike enters third week"]
    assert "banner" in docs[0].meta["title_basis"] and docs[0].meta["title_original"] == "Tide Weekly"


def test_the_longest_affix_wins_when_the_site_name_has_a_motto():
    docs = [_doc(i, f"Tide Weekly | The coast's own paper: {h}", f"https://tideweekly.test/{i}",
                 source="Tide Weekly | The coast's own paper")
            for i, h in enumerate(["Ferry fares rise again", "Dock strike enters third week"])]
    settle_titles(docs)
    assert [d.title for d in docs] == ["Ferry fares rise again", "Dock strike enters third week"]

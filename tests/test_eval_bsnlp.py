"""`newsdossier eval bsnlp`: response files, the organisers' scorer, recognizers and leave-one-topic-out, on an
invented mini data folder (and the real one when ../shared is present)."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from newsdossier import cli
from newsdossier.eval import bsnlp, bsnlp_data

ROOT = Path(__file__).resolve().parents[1]
BSNLP = ROOT.parent / "shared" / "benchmarks" / "bsnlp"
JARS = sorted((BSNLP / "scorer").glob("bsnlp-ner-evaluator-*.jar")) if BSNLP.is_dir() else []

# invented articles: (topic, lang, stem, task id, title, body, gold lines)
ARTICLES = [
    ("alpha", "pl", "a1", "pl-1", "Wizyta w Zorvanie", "Jan Wolber przyjechał do Zorvanu. Wolber mówił długo.",
     [("Jan Wolber", "Jan Wolber", "PER", "PER-Wolber"), ("Wolber", "Wolber", "PER", "PER-Wolber"),
      ("Zorvanie", "Zorvan", "LOC", "GPE-Zorvan"), ("Zorvanu", "Zorvan", "LOC", "GPE-Zorvan")]),
    ("alpha", "ru", "a2", "ru-1", "Визит в Зорван", "Ян Вольбер приехал в Зорван.",
     [("Ян Вольбер", "Ян Вольбер", "PER", "PER-Wolber"), ("Зорван", "Зорван", "LOC", "GPE-Zorvan")]),
    ("beta", "pl", "b1", "pl-2", "Rada Melbriku", "Rady Melbriku nie było w Zorvanie.",
     [("Rada Melbriku", "Rada Melbriku", "ORG", "ORG-Melbrik"), ("Rady Melbriku", "Rada Melbriku", "ORG",
                                                                 "ORG-Melbrik"),
      ("Zorvanie", "Zorvan", "LOC", "GPE-Zorvan")]),
]


def make_data(root: Path) -> Path:
    for topic, lang, stem, task_id, title, body, gold in ARTICLES:
        raw = root / topic / "raw" / lang
        ann = root / topic / "annotated" / lang
        raw.mkdir(parents=True, exist_ok=True)
        ann.mkdir(parents=True, exist_ok=True)
        (raw / f"{stem}.txt").write_text(f"{task_id}\n{lang}\n2030-01-01\nhttp://example.invalid/{stem}\n{title}\n"
                                         f"{body}\n", encoding="utf-8")
        (ann / f"{stem}.out").write_text(task_id + "\n" + "\n".join("\t".join(g) for g in gold) + "\n",
                                         encoding="utf-8")
    if JARS:
        (root / "scorer").mkdir()
        shutil.copy(JARS[-1], root / "scorer" / JARS[-1].name)
    return root


def test_response_files_have_the_task_format(tmp_path):
    data = make_data(tmp_path / "data")
    docs = bsnlp_data.load(data)
    names = {d.doc.id: bsnlp.gold_names(d) for d in docs}
    lines = bsnlp.respond(docs, names, {t: bsnlp.shipped_rules() for t in ("alpha", "beta")})
    out = tmp_path / "resp"
    assert bsnlp.write_responses(out, docs, lines) == 3
    text = (out / "alpha" / "pl" / "a1.out").read_text(encoding="utf-8").split("\n")
    assert text[0] == "pl-1"
    rows = [r.split("\t") for r in text[1:] if r]
    assert sorted(r[0] for r in rows) == ["Jan Wolber", "Wolber", "Zorvanie", "Zorvanu"]
    assert all(len(r) == 4 and r[2] in bsnlp_data.TYPES for r in rows)
    base = {r[0]: r[1] for r in rows}
    assert base["Zorvanu"] == "Zorvan"
    ids = {r[0]: r[3] for r in rows}
    ru = {r.split("\t")[0]: r.split("\t")[3]
          for r in (out / "alpha" / "ru" / "a2.out").read_text(encoding="utf-8").split("\n")[1:] if r}
    pl2 = {r.split("\t")[0]: r.split("\t")[3]
           for r in (out / "beta" / "pl" / "b1.out").read_text(encoding="utf-8").split("\n")[1:] if r}
    # one id per entity, across documents, languages and scripts
    assert ids["Zorvanie"] == ids["Zorvanu"] == ru["Зорван"] == pl2["Zorvanie"]
    assert ids["Jan Wolber"] == ids["Wolber"] == ru["Ян Вольбер"]
    assert pl2["Rada Melbriku"] == pl2["Rady Melbriku"] != ids["Zorvanu"]


SUMMARY = """=====
Score\tF
Corpus\t%
Entity type\t%
=====
Evaluation scenario\t\tLanguage
Phase\tMetric\tpl\t\tru\t\tall
Recognition\tRelaxed Partial\tsys\t0.50000\tsys\t0.25000\tsys\t0.40000\t\t\t
\tStrict\tsys\t0.10000\tsys\t0.20000\tsys\t0.15000\t\t\t
Linking\tCross-language level\t\t\t\t\tsys\t0.30000\t\t\t
Score\tF
Corpus\tbeta
Entity type\t%
Phase\tMetric\tpl\t\tru\t\tall
Recognition\tRelaxed Partial\tsys\t0.90000\tsys\t0.90000\tsys\t0.90000\t\t\t
"""


def test_summary_parser_reads_the_overall_table_only():
    s = bsnlp.parse_summary(SUMMARY)
    assert s["recognition_relaxed_partial"] == {"pl": {"F": 0.5}, "ru": {"F": 0.25}, "all": {"F": 0.4}}
    assert s["recognition_strict"]["ru"] == {"F": 0.2}
    assert s["linking_cross_language"] == {"all": {"F": 0.3}}


def test_report_parser_reads_normalisation():
    report = ("1a) Relaxed partial matching\nAll corpora:\tR=1.00000\tP=1.00000\tF=1.00000\n"
              "2) Normalization\n================\nAll corpora:\tR=0.50000\tP=0.60000\tF=0.54545\n"
              "\tPER:\tR=0.1\tP=0.1\tF=0.1\n\tpl:\tR=0.40000\tP=0.50000\tF=0.44444\n"
              "\t\tPER:\tR=0.2\tP=0.2\tF=0.2\n\tbeta:\tR=0.9\tP=0.9\tF=0.9\n\t\tpl:\tR=0.9\tP=0.9\tF=0.9\n"
              "3) Coreference\n3a) Document level\nAll corpora:\tR=0.7\tP=0.7\tF=0.7\n")
    assert bsnlp.parse_report_section(report, "2) Normalization") == {
        "all": {"F": 0.54545, "P": 0.6, "R": 0.5}, "pl": {"F": 0.44444, "P": 0.5, "R": 0.4}}


def test_missing_java_is_a_clear_error(tmp_path, capsys):
    data = make_data(tmp_path / "data")
    (data / "scorer").mkdir(exist_ok=True)
    jar = data / "scorer" / "bsnlp-ner-evaluator-0.jar"
    if not jar.exists() and not JARS:
        jar.write_bytes(b"")
    code = cli.main(["eval", "bsnlp", "--data", str(data), "--out", str(tmp_path / "resp"), "--recognizer", "gold",
                     "--java", "no-such-java-here"])
    err = capsys.readouterr()
    assert code == 1
    assert "Java not found" in err.out and "Traceback" not in err.out + err.err


def test_system_recognizer_without_the_name_finder_says_so(tmp_path, monkeypatch, capsys):
    data = make_data(tmp_path / "data")
    (data / "scorer").mkdir(exist_ok=True)
    (data / "scorer" / "bsnlp-ner-evaluator-0.jar").write_bytes(b"")
    monkeypatch.setitem(sys.modules, "newsdossier.analyze.ner_slavic", None)  # the module is absent
    code = cli.main(["eval", "bsnlp", "--data", str(data), "--out", str(tmp_path / "resp"),
                     "--recognizer", "system"])
    out = capsys.readouterr().out
    assert code == 1 and "ner_slavic" in out and "--recognizer gold" in out


def test_leave_one_out_never_fits_on_the_held_out_topic(tmp_path, monkeypatch):
    data = make_data(tmp_path / "data")
    fitted, trained, asked = [], [], []

    def fake_fit(d, topics):
        fitted.append(list(topics))
        return bsnlp.SuffixRules()

    class FakeNer:
        @staticmethod
        def train(docs, model_path):
            trained.append(({x.topic for x in docs}, model_path))

        @staticmethod
        def find_names(text, lang, *, model_path=None):
            asked.append(model_path)
            return []

    monkeypatch.setattr(bsnlp, "_fit_rules", fake_fit)
    monkeypatch.setattr(bsnlp, "_ner_module", lambda: FakeNer)
    monkeypatch.setattr(bsnlp, "run_scorer", lambda *a, **k: (SUMMARY, "2) Normalization\nAll corpora:\tR=1\tP=1\tF=1\n"))
    monkeypatch.setattr(bsnlp, "find_scorer", lambda d, g: Path("x.jar"))
    r = bsnlp.main(SimpleNamespace(data=data, topics=None, out=tmp_path / "resp", recognizer="system",
                                   leave_one_out=True, scorer=None, java="java"))
    assert "error" not in r, r
    assert sorted(map(tuple, fitted)) == [("alpha",), ("beta",)]
    assert sorted(tuple(t) for t, _ in trained) == [("alpha",), ("beta",)]
    # each topic's documents use the finder trained without it
    by_path = {p: t for t, p in trained}
    assert all(a is not None for a in asked) and len(asked) == 3
    assert [sorted(by_path[a])[0] for a in asked].count("beta") == 2  # the two alpha documents


def _need_java():
    if shutil.which("java") is None:
        pytest.skip("java is not installed: the BSNLP scorer is a Java program")
    if not JARS:
        pytest.skip(f"the organisers' scorer jar is absent ({BSNLP / 'scorer'} not found)")


def test_java_scorer_on_an_invented_data_folder(tmp_path, capsys):
    _need_java()
    data = make_data(tmp_path / "data")
    code = cli.main(["eval", "bsnlp", "--data", str(data), "--out", str(tmp_path / "resp"), "--recognizer", "gold",
                     "--json"])
    out = capsys.readouterr().out
    assert code == 0, out
    import json

    r = json.loads(out)
    s = r["scores"]
    assert r["oracle_recognition"] is True
    assert s["recognition_strict"]["all"]["F"] == pytest.approx(1.0)
    assert s["linking_cross_language"]["all"]["F"] == pytest.approx(1.0)
    assert 0.0 <= s["normalisation"]["all"]["F"] <= 1.0
    assert set(s["recognition_relaxed_partial"]) >= {"pl", "ru", "all"}


def test_one_real_topic_with_gold_recognition(tmp_path, capsys):
    _need_java()
    # base-form rules fitted on the two other topics: the figures are held-out ones
    code = cli.main(["eval", "bsnlp", "--data", str(BSNLP), "--topics", "ryanair", "--out", str(tmp_path / "r"),
                     "--recognizer", "gold", "--leave-one-out", "--json"])
    import json

    r = json.loads(capsys.readouterr().out)
    assert code == 0
    assert r["scores"]["normalisation"]["all"]["F"] >= 0.6
    assert r["scores"]["linking_cross_language"]["all"]["F"] >= 0.5

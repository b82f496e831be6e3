"""Clustering text (names masked, abbreviations expanded), repeats, the counted filter and the name checks."""

import os
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from pipeline.errors import ConfigError
from pipeline.views import countable
from pipeline.themes.cluster_text import clustering_texts, read_glossary
from pipeline.themes.discover import discover_themes
from pipeline.themes.naming import name_problems
from pipeline.themes.repeats import mark_repeats


def test_authority_and_people_names_are_masked_and_text_kept_otherwise():
    texts = ["Inspectors found that Walsall Council's caseloads were high in Walsall.",
             "Cllr Jane Smith asked about the West Sussex Safeguarding Children Board.",
             "The WSCB and the WSCC agreed.", "Caseloads were high."]
    out = clustering_texts(texts, read_glossary())
    assert "Walsall" not in out[0] and "caseloads were high in the area" in out[0]
    assert "Jane" not in out[1] and "Smith" not in out[1] and "Sussex" not in out[1]
    assert "WSCB" not in out[2] and "WSCC" not in out[2]
    assert out[3] == texts[3]


def test_abbreviations_are_expanded_whole_word_and_in_the_plural():
    out = clustering_texts(["PAs keep in touch; the IRO chaired it; PAYE and pa stay."], read_glossary())[0]
    assert out.startswith("personal advisers keep in touch; the independent reviewing officer chaired it")
    assert "PAYE and pa stay" in out


def test_a_user_glossary_extends_the_shipped_one(tmp_path):
    extra = tmp_path / "glossary.csv"
    extra.write_text("abbreviation,expansion\nBRAG,Brighter Futures review group\n")
    assert clustering_texts(["The BRAG met."], read_glossary(extra)) == ["The Brighter Futures review group met."]
    bad = tmp_path / "bad.csv"
    bad.write_text("short,long\nA,B\n")
    with pytest.raises(ConfigError, match="bad.csv"):
        read_glossary(bad)


def test_terms_that_do_not_start_or_end_with_a_word_are_still_expanded(tmp_path):
    # the long patterns run only on texts holding a term's first word; a term that does not start with one
    # (".NET") or holds punctuation ("S.47", "IRO's") must not be skipped for that
    extra = tmp_path / "glossary.csv"
    extra.write_text("abbreviation,expansion\n.NETT,network team\nS.47,section 47 enquiry\n")
    out = clustering_texts(["The .NETT met.", "An S.47 was opened.", "Two S.47s were opened.", "No enquiry."],
                           read_glossary(extra))
    assert out == ["The network team met.", "An section 47 enquiry was opened.", "Two section 47 enquiry were opened.",
                   "No enquiry."]


def test_a_place_is_masked_after_the_and_in_its_council_and_possessive_forms():
    out = clustering_texts(["In the Walsall area, Walsall Metropolitan Borough Council and Walsall's partners met.",
                            "Walsalls and walsall are not the place."], read_glossary())
    assert out[0] == "In the area area, the council and the council's partners met."
    assert out[1] == "Walsalls and walsall are not the place."


def test_a_joint_arrangement_named_by_its_boroughs_is_masked_as_the_councils_own_name():
    out = clustering_texts(["The tri-borough fostering service was split up; the three boroughs now run their own.",
                            "A bi-borough LADO covers both areas.",
                            "Borough-wide audits and the boroughs' schools are as written."], read_glossary())
    assert out[0] == "The joint fostering service was split up; the councils now run their own."
    assert out[1] == "A joint local authority designated officer covers both areas."
    assert out[2] == "Borough-wide audits and the boroughs' schools are as written."


def test_a_repeat_of_a_repeat_points_at_the_first():
    findings = pd.DataFrame({"finding_id": ["a1", "a2", "a3", "a4"], "doc_id": ["A"] * 4,
                             "text": ["One.", "Two.", "One again.", "One more."]})
    base = np.eye(4, dtype=np.float32)
    vectors = base[[0, 1, 0, 0]] + np.float32(0.01) * base[[1, 2, 3, 2]]
    assert list(mark_repeats(findings, vectors)["duplicate_of"]) == ["", "", "a1", "a1"]


def test_repeats_are_marked_within_a_document_and_stock_across_three():
    findings = pd.DataFrame({
        "finding_id": ["a1", "a2", "a3", "b1", "c1", "d1"],
        "doc_id": ["A", "A", "A", "B", "C", "D"],
        "text": ["Caseloads are high.", "Pathway plans are weak.", "Caseloads are high!",
                 "Inspectors met children.", "Inspectors met children.", "Inspectors  met children."]})
    rng = np.random.default_rng(0)
    vectors = rng.normal(size=(6, 8)).astype(np.float32)
    vectors[2] = vectors[0] * 1.01
    marks = mark_repeats(findings, vectors)
    assert list(marks["duplicate_of"]) == ["", "", "a1", "", "", ""]
    assert list(marks["stock"]) == [False, False, False, True, True, True]
    kept = countable(pd.concat([findings, marks], axis=1))
    assert list(kept["finding_id"]) == ["a1", "a2"]  # the repeat once (as a1), stock text not at all


def test_name_checks_find_what_a_reader_would_reject():
    problems = name_problems(["Protection", "Assessments and behalf", "DCS: 136", "Iros", "Care leavers",
                              "care leavers", "Pathway plans for care leavers", "CAMHS"])
    joined = "\n".join(problems)
    assert "'Protection': a lone generic word" in joined
    assert name_problems(["Multi"]) == ["'Multi': a lone generic word"]  # "multi-agency" cut at its hyphen
    # a word of change or a bare modifier says not what changed or what is specialist (read 25)
    assert "'Reduction': a lone generic word" in name_problems(["Reduction"])
    assert name_problems(["Specialist"]) == ["'Specialist': a lone generic word"]
    assert "'Assessments and behalf': a cut phrase" in joined
    assert "'DCS: 136': a number" in joined
    assert "'Iros': 'Iros' should be written IRO" in joined
    assert "'care leavers': the same name" in joined
    assert not [p for p in problems if p.startswith(("'Pathway", "'CAMHS'", "'Care leavers'"))]
    assert name_problems(["IROs", "Workforce turnover and agency staff"]) == []


def _shaped(topic_words: bool):
    """40 findings: two topics x two sentence shapes. The vectors carry the shape strongly and the topic weakly
    (as a sentence embedding does for "Inspectors found that ..." against "Members noted ..."); the texts carry the
    topic in their words when `topic_words`."""
    rng = np.random.default_rng(3)
    shapes, topics = np.eye(16)[:2], np.eye(16)[2:4]
    openers = ["Inspectors found that the local authority has", "Members noted and agreed that there were"]
    subjects = ["caseloads workload pressure caseload allocation", "chronologies chronology history records"]
    rows, vectors = [], []
    for i in range(40):
        topic, shape = i % 2, (i // 2) % 2
        words = subjects[topic] if topic_words else "matters"
        rows.append({"finding_id": f"f{i}", "authority": "Wirral", "topic": topic,
                     "text": f"{openers[shape]} {words} item {i}."})
        vectors.append(0.5 * shapes[shape] + 0.35 * topics[topic] + rng.normal(0, 0.03, 16))
    return pd.DataFrame(rows), np.array(vectors, dtype=np.float32)


def test_themes_follow_the_topic_words_not_the_sentence_shape():
    findings, vectors = _shaped(topic_words=True)
    result = discover_themes(findings, vectors, n_themes=2, n_broad=2)
    theme = result.assignment["theme_id"].to_numpy()
    assert all(len(set(theme[findings.topic == t])) == 1 for t in (0, 1)) and len(set(theme)) == 2
    # Without topic words the same vectors split by shape: the topic words are what moved them.
    findings, vectors = _shaped(topic_words=False)
    theme = discover_themes(findings, vectors, n_themes=2, n_broad=2).assignment["theme_id"].to_numpy()
    assert len(set(theme[findings.topic == 0])) == 2


def test_masking_key_follows_the_masking_not_the_code_of_imported_modules(monkeypatch):
    """The key of the clustering text (and of vectors.npy) changes with the glossary, the names masked and this
    module's source, and stays when a module it imports is edited (an edit of schema.py left older runs' vectors
    current only once the key stopped digesting it)."""
    import pipeline.cache
    from pipeline.themes import cluster_text

    sources = {"themes/cluster_text.py": "masking code", "schema.py": "schema", "gazetteer.py": "gazetteer"}
    monkeypatch.setattr(pipeline.cache, "code_digest", lambda names: "|".join(sources[n] for n in names))
    glossary = read_glossary()
    before = cluster_text.masking_key(glossary)
    sources["schema.py"] = "schema with a new column"
    sources["gazetteer.py"] = "gazetteer read another way, same names"
    assert cluster_text.masking_key(glossary) == before
    sources["themes/cluster_text.py"] = "masking code with another title"
    edited = cluster_text.masking_key(glossary)
    assert edited != before
    assert cluster_text.masking_key({**glossary, "XYZ": ("an expansion", "expansions")}) != edited
    names = cluster_text._place_names()
    monkeypatch.setattr(cluster_text, "_place_names", lambda: names + ("Nowhereshire",))
    assert cluster_text.masking_key(glossary) != edited
    monkeypatch.setattr(cluster_text, "_place_names", lambda: names)
    assert cluster_text.masking_key(glossary) == edited
    monkeypatch.setattr(cluster_text, "_initialisms", lambda: re.compile(r"\bNWCC\b"))
    assert cluster_text.masking_key(glossary) != edited


def test_masking_key_is_the_same_in_every_process():
    """The names are a set's: their order, and so the key, must not follow the process's string hashing."""
    code = "from pipeline.themes.cluster_text import masking_key, read_glossary; print(masking_key(read_glossary()))"
    keys = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           cwd=Path(__file__).resolve().parents[1], env={**os.environ, "PYTHONHASHSEED": seed}).stdout
            for seed in ("1", "2")}
    assert len(keys) == 1


def test_the_repeat_marks_a_run_reuses_are_those_of_its_own_sections(tmp_path):
    """The themes stage keeps its repeat marks in the cache: a finding restating the summary in another section is a
    repeat, the same texts in two body sections are not, so a run whose findings have the same ids and texts but
    other sections must not be served the earlier run's marks."""
    from types import SimpleNamespace

    import numpy as np

    from pipeline.config import RunConfig
    from pipeline.stages.themes import _marked

    store = {}
    cache = SimpleNamespace(get=store.get, put=store.__setitem__)
    ctx = SimpleNamespace(config=RunConfig(), cache=lambda name: cache)
    texts = ["Caseloads in the assessment teams are too high for social workers to visit children often.",
             "Social workers in the assessment teams carry caseloads too high to visit children often."]
    angle = np.arccos(0.85)
    vectors = np.array([[1.0, 0.0], [np.cos(angle), np.sin(angle)]], dtype=np.float32)

    def marked(sections):
        findings = pd.DataFrame({"finding_id": ["d1-0", "d1-200"], "doc_id": ["d1", "d1"], "text": texts,
                                 "section": sections})
        return _marked(ctx, findings, vectors, "tiny")["duplicate_of"].tolist()

    assert marked(["Summary", "Help and protection"]) == ["", "d1-0"]
    assert marked(["Help and protection", "Children in care"]) == ["", ""]
    assert marked(["Summary", "Help and protection"]) == ["", "d1-0"]


def test_a_meetings_own_body_doing_the_meetings_business_is_its_members():
    # left62: a corporate parenting board's "The board asked ..." was gathered with the safeguarding board's findings
    masked = clustering_texts(["The board asked for a report on unregistered children's homes.",
                               "Later the Panel agreed the pledge to children in care.",
                               "The Board has an established independent chair.",
                               "Care leavers told the board about their flats."], {})
    assert masked[0] == "Members asked for a report on unregistered children's homes."
    assert masked[1] == "Later members agreed the pledge to children in care."
    # a board that is the topic, not the meeting acting, keeps its name
    assert masked[2:] == ["The Board has an established independent chair.", "Care leavers told the board about their flats."]


def test_a_meetings_body_after_of_is_no_subject():
    # "Members of the Sub-Committee were advised" once read "Members of members were advised"
    masked = clustering_texts(["Members of the Sub-Committee were advised that audits had begun.",
                               "The chair of the board thanked officers for the report."], {})
    assert masked == ["Members of the Sub-Committee were advised that audits had begun.",
                      "The chair of the board thanked officers for the report."]

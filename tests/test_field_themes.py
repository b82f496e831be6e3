"""Field themes: the field's named themes seeded beside the discovered ones, by terms and closeness together, and
given again by a saved model exactly as the fit gave them."""

import re

import numpy as np
import pandas as pd
import pytest

from pipeline.errors import ConfigError
from pipeline.report.methods import methods_paragraphs
from pipeline.schema import FIELD_SEEDS
from pipeline.themes import ThemeModel
from pipeline.themes.discover import discover_themes
from pipeline.themes.field import FieldSeeds, FieldTheme, read_field_themes, term_pattern
from tests.conftest import HashingEmbedder

FIELD = [FieldTheme("Chronologies", ("chronolog*", "history"),
                    "Chronologies are missing from case files. The child's history is not gathered in the record."),
         FieldTheme("Police involvement in strategy discussions", ("police", "strategy discussion*"),
                    "Police attend strategy discussions about children at risk.")]
OTHER = {
    "chronology": "chronologies are missing from case files and the child's history is not recorded",
    "police": "police attend strategy discussions about children at risk promptly",
    "foster": "foster carers receive training and support from their supervising fostering team",
    "adoption": "adoption panels approve adopters quickly and matches are made for siblings",
    "early": "early help offers family support workers to parents before needs escalate",
}


def _corpus(n: int = 12) -> tuple[pd.DataFrame, np.ndarray]:
    rows = [{"finding_id": f"{name}-{i}", "text": f"{text} in week {i}", "authority": ["A", "B", "C"][i % 3]}
            for name, text in OTHER.items() for i in range(n)]
    # a term used about something else (no closeness), and the matter told without a term (no term evidence)
    rows.append({"finding_id": "odd-term", "authority": "A",
                 "text": "the history society hosts a lunch at the town museum for volunteers and donors"})
    rows.append({"finding_id": "no-term", "authority": "B",
                 "text": "case files are missing records of what happened to the child before"})
    findings = pd.DataFrame(rows)
    return findings, HashingEmbedder(512).embed(findings["text"].tolist())


@pytest.fixture(scope="module")
def fitted():
    findings, vectors = _corpus()
    return findings, vectors, discover_themes(findings, vectors, n_themes=5, field_themes=FIELD,
                                              embedder=HashingEmbedder(512))


def test_the_findings_about_a_field_theme_form_one_theme_with_its_label(fitted):
    findings, _, result = fitted
    theme_of = dict(zip(findings["finding_id"], result.assignment["theme_id"]))
    themes = result.themes.set_index("theme_id")
    for prefix, label in (("chronology", "Chronologies"), ("police", "Police involvement in strategy discussions")):
        ids = {theme_of[f] for f in findings["finding_id"] if f.startswith(prefix)}
        assert len(ids) == 1 and themes.at[ids.pop(), "label"] == label
    assert list(themes.loc[[0, 1], "source"]) == ["field", "field"] and set(themes.loc[2:, "source"]) == {"discovered"}
    # a term alone is no evidence, nor is closeness alone
    assert theme_of["odd-term"] >= 2 and theme_of["no-term"] >= 2
    # no discovered theme takes a field theme's label
    assert themes["label"].tolist().count("Chronologies") == 1


def test_a_saved_model_gives_the_field_themes_exactly_as_the_fit(fitted, tmp_path):
    findings, vectors, result = fitted
    folder = ThemeModel.from_result(result).save(tmp_path / "model", HashingEmbedder.model_id, {})
    assert (folder / FIELD_SEEDS).exists()
    model = ThemeModel.load(folder)
    assert model.field_seeds_.labels == [t.label for t in FIELD]
    applied = model.predict(findings, vectors, HashingEmbedder.model_id)
    for column in ("theme_id", "theme_confidence", "parent_theme_id"):
        assert np.array_equal(applied.assignment[column].to_numpy(), result.assignment[column].to_numpy())
    # a new finding about chronologies goes to that field theme, another to a discovered theme
    new = pd.DataFrame({"finding_id": ["n1", "n2"], "authority": ["D", "D"],
                        "text": ["chronologies are missing from case files for some children",
                                 "adoption panels approve adopters quickly"]})
    coded = model.predict(new, HashingEmbedder(512).embed(new["text"].tolist()), HashingEmbedder.model_id)
    assert coded.assignment["theme_id"].tolist()[0] == 0 and coded.assignment["theme_id"].tolist()[1] >= 2


def test_a_finding_that_qualifies_for_two_joins_the_closer():
    seeds = FieldSeeds(["A", "B"], ["police", "police"], np.eye(2, dtype=np.float32), threshold=0.3)
    members = seeds.members(np.array([[0.9, 0.4], [0.4, 0.9], [0.2, 0.2]], dtype=np.float32),
                            ["police came", "the police", "police again"])
    assert members.tolist() == [0, 1, -1]


def test_a_core_term_needs_less_closeness_than_another_term():
    seeds = FieldSeeds(["Caseloads"], ["capacity"], np.array([[1.0, 0.0]], dtype=np.float32), threshold=0.4,
                       core=["caseload*"], core_threshold=0.2)
    space = np.array([[0.3, 0.95], [0.3, 0.95], [0.1, 0.99], [0.5, 0.87]], dtype=np.float32)
    texts = ["some caseloads are challenging", "team capacity is low", "caseloads again", "team capacity is low"]
    # a core term at 0.3 joins; a plain term at 0.3 does not; a core term below 0.2 does not; a plain term at 0.5 does
    assert seeds.members(space, texts).tolist() == [0, -1, -1, 0]


def test_core_terms_are_saved_and_a_file_from_before_core_terms_loads_without_them(tmp_path):
    seeds = FieldSeeds(["A", "B"], ["police", "history"], np.eye(2, dtype=np.float32), threshold=0.4,
                       core=["strategy discussion*", ""], core_threshold=0.25)
    back = FieldSeeds.load(seeds.save(tmp_path / "seeds.npz"))
    assert back.core == ["strategy discussion*", ""] and back.core_threshold == 0.25
    space = np.array([[0.3, 0.1], [0.1, 0.3]], dtype=np.float32)
    texts = ["two strategy discussions", "the history of the case"]
    assert back.members(space, texts).tolist() == seeds.members(space, texts).tolist() == [0, -1]
    old = tmp_path / "old.npz"
    np.savez(old, labels=np.array(["A"]), terms=np.array(["police"]), centres=np.eye(2, dtype=np.float32)[:1],
             threshold=np.array(0.4))
    before = FieldSeeds.load(old)
    assert before.core == [""] and before.members(space, texts).tolist() == [-1, -1]


def test_terms_are_whole_words_in_any_case_with_plurals_and_open_endings():
    pattern = term_pattern(["police", "strategy discussion", "allocat*"])
    assert pattern.search("Police attended") and pattern.search("two strategy  discussions were held")
    assert pattern.search("cases are allocated quickly")
    assert not pattern.search("the council's policies") and not pattern.search("unallocated work")


def test_a_users_file_adds_replaces_and_switches_off_field_themes(tmp_path):
    shipped = read_field_themes()
    assert {t.label for t in shipped} >= {"Caseloads and workload", "Chronologies", "Workforce churn",
                                           "Strategy discussions and police involvement",
                                           "Management oversight and supervision"}
    mine = tmp_path / "mine.csv"
    mine.write_text("label,terms,description\nVoice of the child,voice; wishes and feelings,Children are heard.\n"
                    "Chronologies,chronolog*,My own description.\nWorkforce churn,,\n")
    themes = {t.label: t for t in read_field_themes(mine)}
    assert "Voice of the child" in themes and "Workforce churn" not in themes
    # the shipped rows have core terms; a user's row without the column has none
    assert "caseload*" in {t.label: t for t in shipped}["Caseloads and workload"].core_terms
    assert themes["Chronologies"].core_terms == () and themes["Voice of the child"].core_terms == ()
    assert themes["Chronologies"].description == "My own description." and len(themes) == len(shipped)
    assert read_field_themes("off") == []
    bad = tmp_path / "bad.csv"
    bad.write_text("name,words\nX,y\n")
    with pytest.raises(ConfigError, match="label, terms"):
        read_field_themes(bad)


def test_without_field_themes_the_themes_are_as_before(fitted):
    findings, vectors, _ = fitted
    plain = discover_themes(findings, vectors, n_themes=5)
    also = discover_themes(findings, vectors, n_themes=5, field_themes=[], embedder=HashingEmbedder(512))
    assert plain.field_seeds is None and "source" not in plain.themes.columns
    assert np.array_equal(plain.assignment["theme_id"].to_numpy(), also.assignment["theme_id"].to_numpy())


def test_the_methods_text_says_field_themes_were_seeded():
    documents = pd.DataFrame({"doc_id": ["d1"], "doc_type": ["inspection_report"], "date": ["2019-05-08"]})
    findings = pd.DataFrame({"finding_id": ["f1"], "authority": ["Anyshire"]})
    record = {"parameters": {"n_themes": "auto"}, "field_themes": ["Chronologies", "Workforce churn"],
              "field_threshold": 0.4, "field_core_threshold": 0.2}
    text = next(p["text"] for p in methods_paragraphs(record, documents, findings, pd.DataFrame({"theme_id": [0]}),
                                                     pd.DataFrame({"theme_id": [0]})) if p["title"] == "Themes")
    assert "2 field themes" in text and "seeded" in text and "Chronologies and Workforce churn" in text
    assert "The other findings were grouped by similarity" in text
    assert "at least 0.4 in the space" in text and "at least 0.2 when the term is one of the theme's core terms" in text


def test_term_uses_reading_only_the_texts_with_a_terms_first_word_finds_what_every_text_read_finds():
    from pipeline.themes import field

    texts = ["Chronologies are missing.", "The chronology-based audit", "no such word", "POLICE attended",
             "strategy   discussions with police", "strategic discussion", "a history; histories", "",
             "Unchronological notes", "İstanbul police"]
    patterns = [term_pattern(["chronolog*", "history"]), term_pattern(["police", "strategy discussion*"]),
                term_pattern(["discussion"]), re.compile(r"(?!x)x")]
    fast = field.term_uses(texts, patterns)
    slow = np.array([[bool(p.search(text)) for p in patterns] for text in texts])
    assert (fast == slow).all()
    assert fast[:, 0].tolist() == [True, True, False, False, False, False, True, False, False, False]


def test_word_rows_finds_the_texts_with_a_word_starting_so():
    from pipeline.themes.field import WordRows

    rows = WordRows(["care plans", "careful", "a scare", "", "care"])
    assert rows.starting(("care",)).tolist() == [0, 1, 4]
    assert rows.starting(("plan", "scar")).tolist() == [0, 2]
    assert rows.starting(("zzz",)).tolist() == []

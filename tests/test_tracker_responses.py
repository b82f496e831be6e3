"""Response links of the recommendation tracker: abbreviations a council document defines itself, and a line clearly
about one recommendation answering it from a lower score (fifteenth tracker round)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from pipeline.recommendations import extract_recommendations
from pipeline.tracker import TrackerParams, track
from pipeline.tracker.defined import defined_abbreviations, document_lexical
from pipeline.tracker.responses import response_links
from pipeline.tracker.rows import FindingRecords, margin_over_others
from pipeline.tracker.words import content_words, idf_weights, lexical_overlap
from tests.tracker_corpus import report_and_minutes

GLOSSARY = {"CPP": ("child protection plan", "child protection plans"),
            "CLA": ("children looked after", "children looked after")}


@pytest.mark.parametrize("text, expected", [
    ("Work was done to redesign the Corporate Parenting Panel (CPP).", {"CPP": "Corporate Parenting Panel"}),
    ("The Children in Care Council (CiCC) met twice.", {"CiCC": "Children in Care Council"}),
    ("The Department for Education (DfE) will appoint one.", {"DfE": "Department for Education"}),
    ("The Multi-Agency Safeguarding Hub (MASH) is a gateway.", {"MASH": "Multi Agency Safeguarding Hub"}),
    ("Independent reviewing officers (IROs) have capacity.", {"IROs": "Independent reviewing officers"}),
    ("Integrated Prevention and Earliest Help (IPEH) also had the right focus.",
     {"IPEH": "Integrated Prevention and Earliest Help"}),
    # Brackets that spell nothing before them, or hold no abbreviation, define nothing.
    ("Officers met the panel (CPP) on Monday.", {}),
    ("The service was rated good (2019).", {}),
    ("A plan (Appendix) follows.", {}),
])
def test_a_document_defines_an_abbreviation_by_the_words_before_its_brackets(text, expected):
    assert defined_abbreviations([text]) == expected


def test_a_documents_own_definition_overrides_the_glossary_in_that_document_only():
    findings = pd.DataFrame({
        "doc_id": ["min1", "min1", "min1", "rep1"],
        "text": ["Full Council agreed to redesign the Corporate Parenting Panel (CPP).",
                 "Rigour and impact of the CPP",
                 "Children Looked After (CLA) are at the centre of its work.",
                 "Every child with a CPP has a core group."]})
    lexical = ["glossary text"] * len(findings)
    out = document_lexical(findings, lexical, GLOSSARY)
    assert "Corporate Parenting Panel" in out[1] and "child protection plan" not in out[1]
    assert out[3] == "glossary text"  # another document keeps what the glossary says
    assert out[2] == "glossary text"  # the definition agrees with the glossary: the text is left as it was
    # The line now shares the recommendation's words: the shared-words term finds it.
    idf = idf_weights(out + ["The rigour and impact of corporate parenting arrangements."])
    rec = ["The rigour and impact of corporate parenting arrangements."]
    assert "corporate" in content_words(out[1])
    assert lexical_overlap(rec, [out[1]], idf)[0, 0] > lexical_overlap(rec, ["Rigour and impact of the child "
                                                                             "protection plan"], idf)[0, 0]


def test_margin_over_others_is_the_lead_over_the_next_closest_recommendation():
    sims = np.array([[0.9, 0.5, 0.7], [0.2, 0.2, 0.1]])
    margins = margin_over_others(sims)
    assert np.allclose(margins, [[0.2, -0.4, -0.2], [0.0, 0.0, -0.1]])
    assert np.all(margin_over_others(np.array([[0.4]])) == 9.0)  # one recommendation: nothing competes


def _records():
    lines = pd.DataFrame([
        {"finding_id": f"m-{i}", "doc_id": "min1", "file": "min1.txt", "date": "2019-06-01", "section": "Ofsted",
         "text": text, "kind": "finding", "polarity": "neutral"}
        for i, text in enumerate(["All partners of the board recognise the seriousness of the report.",
                                  "Members noted the importance of outcomes for children."])])
    return FindingRecords(lines, ("finding_id", "doc_id", "file", "date", "text", "kind", "polarity", "section"))


@pytest.mark.parametrize("margins, expected", [
    ([0.25, 0.05], ["m-0"]),   # only the line clearly about this recommendation
    ([0.25, 0.25], ["m-0", "m-1"]),
    ([0.1, 0.1], []),          # neither is clearly about it: the general threshold holds
])
def test_a_line_clearly_closest_to_one_recommendation_answers_it_from_a_lower_score(margins, expected):
    params = TrackerParams(response_threshold=0.85, response_theme_threshold=9.0, response_clear=0.75,
                           response_clear_margin=0.2, response_beside=9.0)
    rows = response_links({"rec_id": "r1-R12"}, np.array([0, 1]), np.array([0.78, 0.76]), np.array([1, 1]),
                          set(), set(), _records(), {"min1": "committee_minutes"}, params,
                          margins=np.array(margins))
    assert [row["finding_id"] for row in rows if row["status"] == "linked"] == expected
    assert all(row["match"] == "similar" for row in rows if row["status"] == "linked")


def test_a_clear_lead_does_not_lower_the_threshold_when_the_option_is_off():
    params = TrackerParams(response_threshold=0.85, response_theme_threshold=9.0, response_clear=9.0,
                           response_beside=9.0)
    rows = response_links({"rec_id": "r1-R12"}, np.array([0, 1]), np.array([0.78, 0.76]), np.array([1, 1]),
                          set(), set(), _records(), {"min1": "committee_minutes"}, params,
                          margins=np.array([0.5, 0.5]))
    assert [row["status"] for row in rows] == ["none"]


REPORT = ("Areas for improvement\n\n"
          "- improve the rigour and impact of corporate parenting arrangements\n"
          "- reduce the caseloads of social workers in the assessment teams\n")


def _corpus(minutes_lines: list[str]):
    return report_and_minutes(REPORT, minutes_lines)


def test_track_reads_an_abbreviation_as_the_minutes_define_it(hashing_embedder):
    line = "Rigour and impact of the CPP"

    def score(defining: str) -> float:
        findings, documents = _corpus([defining, line])
        recs = extract_recommendations(findings, documents)
        assert len(recs) == 2
        params = TrackerParams(response_threshold=-9.0, response_clear=9.0, topic_weight=0.0, response_beside=9.0)
        table = track(recs, hashing_embedder.embed(recs["text"].tolist()), documents, findings,
                      hashing_embedder.embed(findings["text"].tolist()), params, glossary=GLOSSARY)
        rows = table[(table["rec_id"] == "rep1-R01") & (table["quote"] == line)]
        return float(rows["similarity"].iloc[0])

    # The same line scores higher for the corporate parenting recommendation when the minutes say what CPP means
    # there than when the glossary's "child protection plan" is all there is to go on.
    assert score("Full Council agreed to redesign the Corporate Parenting Panel (CPP).") > \
        score("Full Council agreed to redesign the panel.") + 0.1

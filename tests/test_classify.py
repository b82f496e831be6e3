import pandas as pd
import pytest

from pipeline.classify import classify_segments, classify_text


@pytest.mark.parametrize("text,polarity", [
    ("Social workers have manageable caseloads.", "strength"),
    ("The Committee were concerned about the burden carried by social workers.", "concern"),
    ("Investment recognises the tough working environment and significant caseloads.", "concern"),
    ("Most core groups are held regularly but this is not consistent.", "concern"),
    ("Although timescales have improved, the quality of plans remains weak.", "concern"),
    ("Early help services are well targeted and coordinated effectively.", "strength"),
    ("Strategy meetings are not always convened in response to concerns.", "concern"),
    ("The Board meets every six weeks.", "neutral"),
])
def test_polarity(text, polarity):
    assert classify_text(text, doc_type="inspection_report")[1] == polarity


@pytest.mark.parametrize("text,doc_type,section,kind", [
    ("The Chair thanked the Director for her presentation.", "committee_minutes", "", "procedural"),
    ("(1) That the Director of Children's Services be thanked for her presentation.", "committee_minutes", "",
     "procedural"),
    ("Ensure that key agencies attend all strategy meetings.", "inspection_report", "Recommendations",
     "recommendation"),
    ("The timeliness and quality of strategy discussions.", "inspection_report", "What needs to improve?",
     "recommendation"),
    ("Two social workers have been appointed to lead on pre-birth work.", "committee_minutes", "", "action"),
    ("This is a reduction from 2,662 at 31 March 2016.", "inspection_report", "", "context"),
    ("Chronologies are rarely used to inform assessments.", "inspection_report", "", "finding"),
])
def test_kind(text, doc_type, section, kind):
    assert classify_text(text, section=section, doc_type=doc_type)[0] == kind


@pytest.mark.parametrize("text,doc_type,context,voice", [
    ("Ofsted had found that there were widespread and serious failures.", "committee_minutes", "", "inspectorate"),
    ("The Director advised Members that a robust improvement plan would be put in place.", "committee_minutes", "",
     "council"),
    ("Young people told inspectors that they can readily access advice.", "inspection_report", "", "other"),
    ("Management oversight is not evident on case files.", "inspection_report", "", "inspectorate"),
    ("Police are not consistently contributing to enquiries.", "council_motion",
     "OFSTED inspectors identified serious issues including:", "inspectorate"),
])
def test_voice(text, doc_type, context, voice):
    assert classify_text(text, doc_type=doc_type, context=context)[2] == voice


def test_classify_segments_returns_a_new_table():
    table = pd.DataFrame({"text": ["Caseloads are too high.", "The Chair thanked everyone."],
                          "doc_type": ["committee_minutes"] * 2})
    before = table.copy()
    out = classify_segments(table)
    assert table.equals(before)
    assert list(out["kind"]) == ["finding", "procedural"]
    assert set(out.columns) >= {"kind", "polarity", "voice"}

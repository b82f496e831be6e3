from pathlib import Path

import pandas as pd
import pytest

from pipeline.judgements import extract_judgements, grade_number

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def _docs(text, doc_type="inspection_report"):
    return pd.DataFrame([{"doc_id": "d", "authority": "Wirral", "date": "2019", "doc_type": doc_type, "text": text}])


ILACS = """Inspection of Wirral local authority children's services

Judgement Grade

The impact of leaders on social work practice with
Good
children and families

The experiences and progress of children who need help Requires improvement
and protection to be good

The experiences and progress of children in care and Requires improvement
care leavers to be good

Requires improvement
Overall effectiveness
to be good

The quality of services for children has improved in all areas since the last inspection in 2016.
"""

OLD = """Safeguarding services

Overall effectiveness

Grade 4 (inadequate)

1. The overall effectiveness of safeguarding services is inadequate.

Services for looked after children

Overall effectiveness

Grade 3 (adequate)
"""


def test_ilacs_table_with_wrapped_cells():
    table = extract_judgements(_docs(ILACS)).set_index("area")
    assert table.loc["impact of leaders", "grade"] == 2
    assert table.loc["help and protection", "grade"] == 3
    assert table.loc["children in care", "grade"] == 3
    assert table.loc["overall effectiveness", "grade"] == 3
    assert set(table["framework"]) == {"ILACS"}
    for row in table.itertuples():
        assert ILACS[row.start:row.end].strip()


def test_2012_grade_lines_per_service():
    table = extract_judgements(_docs(OLD)).set_index("area")
    assert table.loc["overall effectiveness (help and protection)", "grade"] == 4
    assert table.loc["overall effectiveness (children in care)", "grade"] == 3
    assert table.loc["overall effectiveness (help and protection)", "grade_text"] == "Grade 4 (inadequate)"


def test_minutes_sentence_with_several_grades():
    text = ("Both areas had been found to be 'inadequate' overall with children looked after and adoption "
            "'requiring improvement'. Nineteen recommendations had been made.")
    table = extract_judgements(_docs(text, "committee_minutes")).set_index("area")
    assert table.loc["overall effectiveness", "grade"] == 4
    assert table.loc["children in care", "grade"] == 3
    assert table.loc["adoption performance", "grade"] == 3
    assert set(table["framework"]) == {"minutes"}


def test_finding_ids_are_linked_when_a_finding_holds_the_judgement():
    text = "Services were found to be inadequate overall."
    findings = pd.DataFrame({"finding_id": ["d-0"], "doc_id": ["d"], "start": [0], "end": [len(text)]})
    table = extract_judgements(_docs(text, "committee_minutes"), findings)
    assert list(table["finding_id"]) == ["d-0"]


@pytest.mark.parametrize("text,grade", [("Outstanding", 1), ("Good", 2), ("Requires improvement to be good", 3),
                                        ("adequate", 3), ("Inadequate", 4), ("Grade 4 (inadequate)", 4),
                                        ("unknown", None)])
def test_grade_numbers(text, grade):
    assert grade_number(text) == grade


def test_no_judgements_in_plain_text():
    assert extract_judgements(_docs("Social workers visit children regularly.")).empty


def test_real_ilacs_report_agrees_with_its_published_grades():
    from pipeline.readers import read_text

    table = extract_judgements(_docs(read_text(CORPUS / "wirral_2024-feb-02.pdf"))).set_index("area")["grade"]
    assert table.to_dict() == {"impact of leaders": 3, "help and protection": 3, "children in care": 3,
                               "care leavers": 3, "overall effectiveness": 3}

"""Minutes shapes of issue 15's twenty-second round (branch furniture30), tuned on the spent held-out set Y30: an
"Agenda, decisions and minutes" page whose "Decision:" label was lost, so the record of what was decided stands
before the item's inline "Minutes:" label where the agenda's text would; a lead-in whose list's first bullet hangs at
the end of its line; a share or a sum of money said inside what reads as a paper's title; and a want judged ("the
lack of opportunity to ..."). The furniture and keep cases marked below fail on main. All sentences are our own
words, set out as ModernGov pages set them."""

import pandas as pd
import pytest

from pipeline.classify import classify_segments
from pipeline.segment import segment_document
from tests.minutes_segments import KEPT, flat, minutes_kinds


def _kinds(text: str) -> dict[str, tuple[str, str]]:
    rows = segment_document({"doc_id": "d", "file": "d.txt", "authority": "Anytown", "doc_type": "committee_minutes",
                             "date": "2031", "text": text})
    segments = classify_segments(pd.DataFrame(rows))
    return {flat(t): (k, r) for t, k, r in zip(segments["text"], segments["kind"], segments["reason"])}


# An item's decision printed before its "Minutes:" label, the "Decision:" label itself lost: the page's items run
# title, decision, "Minutes:" and minute on, the minute after the label on the decision's last line.
DECISION_PAGE = """Declarations of Interest
There were no declarations of interest.
Fostering Sufficiency Update
The Panel received a presentation on fostering sufficiency, which showed that fourteen new carers had been approved since April.
The shortfall is mostly in homes for teenagers and for brothers and sisters who need to live together.
The Panel noted the update. Minutes: The Panel received a presentation from the Fostering Manager, J Adeyemi.
Youth Justice Plan
To consider the draft youth justice plan before it goes to Cabinet. Minutes: Members asked why remand numbers had risen.
"""


def test_a_decision_before_an_inline_minutes_label_is_read_as_the_record():
    kinds = _kinds(DECISION_PAGE)
    shortfall = next(k for t, k in kinds.items() if t.startswith("The shortfall is mostly"))
    carers = next(k for t, k in kinds.items() if t.startswith("The Panel received a presentation on fostering"))
    assert shortfall[0] in KEPT, kinds  # fails on main: read as the agenda's text
    assert carers[0] in KEPT, kinds  # fails on main


def test_the_agendas_own_text_before_an_inline_minutes_label_still_goes():
    kinds = _kinds(DECISION_PAGE)
    agenda = next(k for t, k in kinds.items() if t.startswith("To consider the draft youth justice plan"))
    assert agenda == ("procedural", "agenda item description"), kinds


LEAD_IN_PAGE = """Corporate Parenting Board

Performance

The Head of Service took the Board through the dashboard. The dashboard, which had been circulated to members with the agenda, covered the following areas: ·
Children in care
Care leavers in education, employment or training
Placement stability
"""


def test_a_lead_in_whose_first_bullet_hangs_at_its_lines_end_is_not_glued_to_the_first_item():
    kinds = _kinds(LEAD_IN_PAGE)
    lead_in = [t for t in kinds if "covered the following areas" in t]
    assert len(lead_in) == 1 and "Children in care" not in lead_in[0], kinds  # fails on main: glued together
    assert kinds[lead_in[0]][0] == "procedural", kinds


KEPT_TEXTS = [
    # a sum or a share said inside what reads as the title of the paper received (fail on main)
    "The Committee received a presentation which gave an update on the placements budget, with a £2.3m forecast "
    "overspend (6.1% of the budget).",
    "The Board received an update on the residential budget showing spending 12 per cent above the plan.",
    # a want judged (fails on main)
    "The lack of opportunity for committee members to debate the inspection report.",
]

FURNITURE = [
    "Owing to a lack of time, the item was deferred to the next meeting.",
    "The Committee received a presentation on the budget from the Head of Finance.",
    "Members were referred to the dashboard, which had been circulated with the agenda.",
]


@pytest.mark.parametrize("text", KEPT_TEXTS)
def test_sums_shares_and_wants_said_stay(text):
    assert minutes_kinds([text]) != ["procedural"], text


@pytest.mark.parametrize("text", FURNITURE)
def test_the_meetings_own_wants_and_papers_still_go(text):
    assert minutes_kinds([text]) == ["procedural"], text

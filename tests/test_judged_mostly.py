"""Tests for pipeline.themes.judged_mostly: "General judgements on X" over findings mostly not on X said by what
they are on."""

import numpy as np
import pandas as pd

from pipeline.themes.coverage import Coverage
from pipeline.themes.judged_mostly import bearing, judged_mostly_levels, mostly_said, subject_of, subjects_held

PLANS = ["Care plans are detailed and reviewed regularly.", "Plans are specific and measurable."]
DECISIONS = ["Decision making is timely.", "Managers' decisions are recorded on the file.",
             "Decisions to escalate are made quickly.", "Decision making is clear and recorded."]
OTHER = ["Thresholds are applied consistently.", "Information is shared with consent."]


def test_bearing_is_the_share_of_findings_on_any_part():
    texts = PLANS + DECISIONS + OTHER
    covers = Coverage(texts, np.zeros(len(texts), dtype=int))
    assert bearing(covers, 0, "General judgements on plans") == 2 / 8
    # "care plans" and "decision making" both read (2 + 2 findings, one writing both is counted once)
    assert bearing(covers, 0, "General judgements on care plans and decision making") == 3 / 8
    assert bearing(covers, 0, "Decision making") == 1.0  # another wording: not read


def test_subject_of_sub_labels():
    assert subject_of("Adoption, further findings") == "Adoption"
    assert subject_of("Plans, various aspects") == "Plans"
    assert subject_of("Fostering, including private fostering") == "Fostering"
    assert subject_of("Mixed findings: senior leadership and scrutiny") == "senior leadership and scrutiny"
    assert subject_of("Decision making") == "Decision making"
    for placeholder in ("Mixed findings, some on strategy", "General judgements on practice",
                        "Statistics: changes over time", "Context and statistics"):
        assert subject_of(placeholder) is None


def test_subjects_held_largest_sub_themes_that_hold_nearly_half():
    children = [("Plans, various aspects", 28), ("Decision making", 21), ("Mixed findings, some on x", 20),
                ("Actions and timescales", 10)]
    assert subjects_held(children, 100) == ["Plans", "Decision making"]
    # placeholders of no subject are passed over, a restated subject adds its findings but no part
    children = [("Mixed findings, some on x", 40), ("Plans", 20), ("Plans, further findings", 10),
                ("Decision making", 15), ("Audits", 15)]
    assert subjects_held(children, 100) == ["Plans", "Decision making"]
    # a largest sub-theme under a tenth of the broad theme ends the listing; one subject alone is no listing
    assert subjects_held([("Plans", 30), ("Audits", 5), ("Reviews", 5)], 60) == []
    assert subjects_held([("Plans", 50), ("Mixed findings, some on x", 50)], 100) == []


def test_mostly_said_keeps_a_label_most_findings_bear():
    texts = PLANS * 3 + DECISIONS
    covers = Coverage(texts, np.zeros(len(texts), dtype=int))
    labels = {0: "General judgements on plans"}
    children = {0: [("Plans", 6), ("Decision making", 4)]}
    assert mostly_said(labels, covers, children_of=children.get) == labels


def test_judged_mostly_levels_broad_said_by_its_largest_sub_themes():
    texts = PLANS + DECISIONS[:3] + OTHER + ["Thresholds are understood by partners."] + \
        ["Foster carers are trained and supported well."] * 6
    assignment = np.array([0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 3, 3])
    parent_of = np.array([0, 0, 0, 1])
    named = pd.DataFrame({"label": ["Care plans", "Decision making", "Thresholds and information", "Foster carers"]},
                         index=[0, 1, 2, 3])
    broad = pd.DataFrame({"theme_id": [0, 1], "label": ["General judgements on plans", "Foster carers"]})
    new_named, new_broad = judged_mostly_levels(named, broad, texts, assignment, parent_of)
    assert new_named["label"].tolist() == named["label"].tolist()
    assert new_broad["label"].tolist() == ["Decision making, thresholds and information", "Foster carers"]
    # a label a sub-theme has is not given: the wording stays
    taken = named.copy()
    taken.at[3, "label"] = "Decision making, thresholds and information"
    assert judged_mostly_levels(taken, broad, texts, assignment, parent_of)[1]["label"].tolist()[0] == \
        "General judgements on plans"

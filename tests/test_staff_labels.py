"""A sub-theme's label of a role alone said as what its findings are on (`pipeline.themes.staff_labels`)."""

import numpy as np

from pipeline.themes.coverage import Coverage
from pipeline.themes.staff_labels import office_in_topic, staff_said, work_of_staff

# findings that mention social workers while they are on the work done with children
WORK = ["Social workers know the children they work with well.", "Children are seen alone on every visit.",
        "Young people say their social worker listens to them.",
        "Social workers use direct work tools to learn what children want.",
        "Social workers write plans that children can understand."]
# findings on social workers as the workforce
STAFF = ["Turnover of social workers is high.", "Social workers say caseloads are too high.",
         "Agency social workers fill a third of posts.", "The recruitment of social workers is a priority."]
# findings on the council's senior people: the chief executive named beside the DCS, the lead member, leaders
LEADERS = ["The chief executive, the DCS and the lead member meet every month.",
           "The director of children's services has been in post since May.",
           "Governance between the chief executive and the lead member is clear.",
           "Senior leaders know the service's strengths well.",
           "The chief executive chairs the improvement board."]
BUDGET = ["The annual budget was set for the year ahead."]


def _covers(groups: list[list[str]]) -> Coverage:
    """A Coverage with one theme per group of texts (0, 1, ...), and a last theme of other text for a base."""
    texts = [text for group in groups for text in group] + BUDGET * 10
    themes = [i for i, group in enumerate(groups) for _ in group] + [len(groups)] * 10
    return Coverage(texts, np.array(themes))


def test_staff_alone_over_their_work_with_children_is_said_as_that_work():
    assert work_of_staff("Social workers", WORK) == "Social work with children"
    young = ["Young people trust their social worker.", "Social workers help young people plan ahead.",
             "Social workers visit young people often.", "A child is seen by the social worker."]
    assert work_of_staff("Social workers", young) == "Social work with young people"


def test_staff_whose_findings_are_on_the_workforce_stay():
    assert work_of_staff("Social workers", WORK[:3] + STAFF) is None  # 3 of 7 on children, 4 on the workforce
    assert work_of_staff("Social workers and caseloads", WORK) is None  # not staff alone
    assert work_of_staff("Foster carers", WORK) is None  # no named work of theirs


def test_one_office_over_findings_on_its_topic_is_said_by_the_topic():
    concepts = _covers([LEADERS]).concepts()
    # 4 of 5 write the DCS, the lead member or leaders: the chief executive is one of the senior people they name
    assert office_in_topic("Chief executive", LEADERS, concepts) == ["Senior leadership",
                                                                     "Senior leadership and scrutiny"]


def test_one_office_its_findings_are_on_stays():
    alone = ["The chief executive has a clear vision.", "The chief executive meets staff often.",
             "The chief executive chairs the improvement board.", "Senior leaders know the service well."]
    concepts = _covers([alone]).concepts()
    assert office_in_topic("Chief executive", alone, concepts) == []  # 1 of 4 write another term
    # not an office: a term of a topic that names a thing, not people
    assert office_in_topic("Training", alone, concepts) == []
    # a piece of the topic's own label is no borrowed office
    assert office_in_topic("Senior leadership", LEADERS, concepts) == []


def test_staff_said_renames_only_free_labels_of_themes_large_enough():
    covers = _covers([WORK, LEADERS, WORK[:4]])
    labels = {0: "Social workers", 1: "Chief executive", 2: "Social workers"}
    out = staff_said(labels, covers)
    # theme 2 has 4 findings (under LEAST): kept
    assert out == {0: "Social work with children", 1: "Senior leadership", 2: "Social workers"}
    # a wording another theme has goes to the next one; the field's themes keep theirs
    out = staff_said({0: "Social workers", 1: "Chief executive", 2: "Senior leadership"}, covers, keep={0})
    assert out == {0: "Social workers", 1: "Senior leadership and scrutiny", 2: "Senior leadership"}
    assert staff_said({1: "Chief executive"}, covers, taken={"senior leadership", "senior leadership and scrutiny"}) \
        == {1: "Chief executive"}

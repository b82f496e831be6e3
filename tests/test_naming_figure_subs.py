"""Sub-themes of figures with no subject ("Context and statistics") said by what most of their figures say
(`pipeline.themes.figure_subs`); otherwise the label stays."""

from tests.naming_fixtures import ELSEWHERE, covers_of

from pipeline.themes.figure_subs import figures_said

CHANGES = [f"This is {kind} from {n} at 31 March 2015." for kind, n in
           [("an increase", 22), ("a reduction", 41), ("an increase", 7), ("a reduction", 310), ("an increase", 18)]]
ASSORTED = ["There were 41 adopters approved.", "Twelve posts are vacant.", "The target is 85%.",
            "Some 310 children attended.", "Seven panels were held."]


def test_figures_of_changes_said_as_changes_over_time():
    covers = covers_of([CHANGES + ASSORTED[:2], ASSORTED, ELSEWHERE])
    labels = {0: "Context and statistics", 1: "Context and statistics, further findings", 2: "Social workers"}
    said = figures_said(labels, covers)
    assert said[0] == "Statistics: changes over time"
    # figures that say no one thing keep the placeholder
    assert said[1] == "Context and statistics, further findings"
    assert said[2] == "Social workers"


def test_a_taken_label_or_a_kept_theme_stays():
    covers = covers_of([CHANGES, CHANGES, ELSEWHERE])
    labels = {0: "Context and statistics", 1: "Context and statistics, further findings", 2: "Social workers"}
    said = figures_said(labels, covers)
    assert said[0] == "Statistics: changes over time"
    assert said[1] == "Context and statistics, further findings"  # the first took it
    assert figures_said(labels, covers, taken={"Statistics: changes over time"})[0] == "Context and statistics"
    assert figures_said(labels, covers, keep={0})[0] == "Context and statistics"


def test_a_label_with_a_subject_is_not_said_by_its_figures():
    covers = covers_of([CHANGES, ASSORTED, ELSEWHERE])
    labels = {0: "Statistics, some on children looked after", 1: "Context and statistics", 2: "Social workers"}
    assert figures_said(labels, covers)[0] == "Statistics, some on children looked after"

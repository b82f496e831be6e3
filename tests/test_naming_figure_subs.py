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


# figures most of which count one field topic's subject (children under 18 in an area: "Local population";
# children who ceased to be looked after: "Children looked after"), a minority the part a label names
POPULATION = [f"There are about {n} children under 18 in {place}." for n, place in
              [("41,200", "Ashford"), ("18,950", "Brigg"), ("63,400", "Corton"), ("27,310", "Dunmore"),
               ("55,080", "Elmsett"), ("32,600", "Fenby")]]
POVERTY = ["Roughly 27% of the town's children grow up in poverty.", "Some 31% of its children grow up in poverty."]
LEFT_CARE = [f"{n} young people ceased to be looked after and now rent a room in a shared house." for n in
             ("Six", "Nine", "Eleven", "Four")] + [f"{n} children ceased to be looked after this year." for n in
                                                   ("Seven", "Twelve", "Five")]
MULTIPLE = ["Three young people live in houses in multiple occupation.",
            "Two now live in houses in multiple occupation."]


def test_figures_named_by_a_part_a_minority_bear_are_said_by_the_topic_most_of_them_count():
    covers = covers_of([POPULATION + POVERTY, LEFT_CARE + MULTIPLE, ELSEWHERE])
    labels = {0: "Statistics on living in poverty", 1: "Houses in multiple occupation", 2: "Social workers"}
    said = figures_said(labels, covers)
    assert said[0] == "Statistics on local population"
    # counts spelled out ("six young people") are figures too
    assert said[1] == "Statistics on children looked after"
    assert said[2] == "Social workers"


def test_a_part_most_of_them_bear_stays():
    covers = covers_of([POPULATION + POVERTY, ELSEWHERE])
    labels = {0: "Statistics, some on local population", 1: "Social workers"}
    assert figures_said(labels, covers)[0] == "Statistics, some on local population"
    # a field topic's label is borne by its terms, not only its own words ("under 18" for local population)
    assert figures_said({0: "Local population", 1: "Social workers"}, covers)[0] == "Local population"


def test_a_topic_label_over_findings_with_no_numbers_stays():
    prose = [text.replace("Six ", "Some ").replace("Nine ", "Many ").replace("Eleven ", "A few ")
             .replace("Four ", "Other ").replace("Seven ", "Some ").replace("Twelve ", "Several ")
             .replace("Five ", "Few ") for text in LEFT_CARE]
    covers = covers_of([prose + ["Some live in houses in multiple occupation.", "Others live in houses in multiple "
                                 "occupation."], ELSEWHERE])
    labels = {0: "Houses in multiple occupation", 1: "Social workers"}
    assert figures_said(labels, covers)[0] == "Houses in multiple occupation"


def test_a_taken_topic_label_says_further_findings_and_a_kept_theme_stays():
    covers = covers_of([POPULATION + POVERTY, POPULATION[:3], ELSEWHERE + ELSEWHERE])
    labels = {0: "Statistics on living in poverty", 1: "Statistics on local population", 2: "Social workers"}
    assert figures_said(labels, covers)[0] == "Statistics on local population, further findings"
    assert figures_said(labels, covers, keep={0})[0] == "Statistics on living in poverty"

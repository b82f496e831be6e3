"""Labels after blind read 40: a broad "X and related findings" over findings most of which write a general word of X
while X holds a minority leads with that word ("Boards, including safeguarding children board"); a field topic names
a mixed theme plainly only when close to half of it writes about it; stock phrases of another sense ("improving
outcomes", a count of the children who live in an area) are no uses of a topic; outcomes for children are a topic of
their own."""

import numpy as np

from tests.naming_fixtures import ELSEWHERE, covers_of
from tests.test_naming_topics import _covers

from pipeline.themes.broad_parts import general_head_label
from pipeline.themes.concepts import Concepts
from pipeline.themes.topic_renames import TOPIC_NAME_SHARE, topic_names

SCB = [f"The safeguarding children board {w}." for w in ("sets clear priorities", "holds partners to account",
                                                         "publishes an annual report", "runs sub-groups well")]
OTHER_BOARDS = [f"The corporate parenting board {w}." for w in ("meets often", "hears from children",
                                                                "challenges leaders")] + [
    "The improvement board tracks progress.", "Boards share their plans with each other.",
    "The adoption panel is well chaired.", "Scrutiny by members is strong.", "Data are shared each quarter."]
CHILDREN = ["Safeguarding children board", "Corporate parenting", "Adoption panel"]
RELATED = "Safeguarding children board and related findings"


def test_a_related_label_whose_phrase_holds_a_minority_leads_with_the_general_word_most_findings_write():
    covers = covers_of([SCB + OTHER_BOARDS, ELSEWHERE * 3])
    # 9 of 12 write "board", 4 of them of the safeguarding children board: boards of many kinds
    assert general_head_label(RELATED, covers, 0, CHILDREN) == "Boards, including safeguarding children board"


def test_the_general_word_is_said_in_the_plural_only_when_the_findings_write_it():
    singular = [text.replace("Boards share their plans", "Each board shares its plan") for text in OTHER_BOARDS]
    covers = covers_of([SCB + singular, ELSEWHERE * 3])
    assert general_head_label(RELATED, covers, 0, CHILDREN) == "Board, including safeguarding children board"


def test_a_related_label_whose_phrase_holds_half_of_it_stays():
    # near miss: 7 of 12 on the safeguarding children board itself
    more = SCB + [f"The safeguarding children board {w}." for w in ("trains staff", "audits cases", "is chaired well")]
    covers = covers_of([more + OTHER_BOARDS[:5], ELSEWHERE * 3])
    assert general_head_label(RELATED, covers, 0, CHILDREN) == RELATED




def _delay_theme(on_delay: int, size: int = 20) -> list[str]:
    said = [f"There is delay in {w} for some children." for w in ("assessments", "visits", "plans", "reviews",
                                                                  "meetings", "referrals", "decisions", "letters",
                                                                  "reports", "audits", "checks", "transfers")]
    rest = ["The garden was tidy.", "Visitors like the new building.", "A choir sang at the event.",
            "Lunch is served at noon.", "The bus route changed.", "Parking is limited on site.",
            "The library opens on Sundays.", "Volunteers painted the hall.", "A new kettle arrived.",
            "The lift is out of order.", "Cakes were sold for charity.", "Chairs were stacked away.",
            "The clock runs fast.", "Some rooms are cold.", "Posters cover the walls.",
            "A dog visited the office.", "Windows face the river.", "The path floods in winter.",
            "Bins are emptied weekly.", "The carpet is new."]
    return said[:on_delay] + rest[:size - on_delay]


def test_a_topic_under_half_of_a_mixed_theme_does_not_name_it_plainly():
    assert 0.4 < TOPIC_NAME_SHARE <= 0.5
    # 8 of 20 on delay (40%): left mixed (read 40: "Timeliness and delay" over findings 44% on its words, mostly
    # on the actions plans set out, judged wrong)
    covers = _covers([_delay_theme(8)])
    assert topic_names({0: "Mixed findings, no common topic"}, covers, set())[0] == "Mixed findings, no common topic"


def test_a_topic_half_of_a_mixed_theme_writes_about_names_it():
    # near miss: 10 of 20 on delay
    covers = _covers([_delay_theme(10)])
    assert topic_names({0: "Mixed findings, no common topic"}, covers, set())[0] == "Timeliness and delay"


def test_improving_outcomes_is_no_use_of_improvement_plans_and_progress():
    texts = ["Managers are passionate about improving outcomes for children.",
             "Services have led to improved outcomes for many families.",
             "The improvement plan is monitored by the board.",
             "Practice is improving in most teams."]
    concepts = Concepts(texts)
    topic = "Improvement plans and progress"
    uses = [concepts.share(np.array([i]), topic) for i in range(len(texts))]
    assert uses == [0.0, 0.0, 1.0, 1.0]


def test_a_count_of_the_children_who_live_in_an_area_is_population_not_where_children_live():
    texts = ["Approximately 40,000 children and young people under the age of 18 years live in the borough.",
             "About 9,000 children and young people under the age of 18 live in the district.",
             "Most children looked after live in foster homes close to their schools.",
             "Too many children live outside the local authority area."]
    concepts = Concepts(texts)
    where = [concepts.share(np.array([i]), "Where children live") for i in range(len(texts))]
    population = [concepts.share(np.array([i]), "Local population") for i in range(len(texts))]
    assert where == [0.0, 0.0, 1.0, 1.0]
    assert population[:2] == [1.0, 1.0]


def test_outcomes_for_children_is_a_topic_of_its_own_and_outcomes_of_a_process_are_not():
    texts = ["Managers are passionate about improving outcomes for children.",
             "Plans focus on positive outcomes for young people.",
             "The outcome of the strategy discussion is recorded.",
             "Outcomes of audits are shared with staff."]
    concepts = Concepts(texts)
    assert [concepts.share(np.array([i]), "Outcomes for children") for i in range(len(texts))] == [1.0, 1.0, 0.0, 0.0]


def test_a_mixed_theme_most_of_which_writes_of_outcomes_for_children_is_named_by_them():
    outcomes = [f"Services {w} outcomes for children." for w in ("improve", "achieve good", "track", "report on",
                                                                 "focus on", "compare")]
    covers = _covers([outcomes + ["Leaders are ambitious.", "Staff are committed."]])
    assert topic_names({0: "Mixed findings, no common topic"}, covers, set())[0] == "Outcomes for children"


def test_actions_set_out_in_plans_are_a_topic_and_action_taken_is_not():
    texts = ["Plans set out specific actions for each child.",
             "Actions are clear and time-bound.",
             "Prompt action is taken to safeguard children.",
             "Action taken is effective in reducing risk."]
    concepts = Concepts(texts)
    assert [concepts.share(np.array([i]), "Actions and timescales") for i in range(len(texts))] == \
        [1.0, 1.0, 0.0, 0.0]

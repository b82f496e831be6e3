"""A kinds-list label whose listed kinds few of its findings write, over findings nearly all of which write its word,
said by that word with its most written kind (`pipeline.themes.kinds_held`)."""

from tests.naming_fixtures import ELSEWHERE, covers_of

from pipeline.themes.kinds_held import in_own_sense, kinds_said, scant_kinds

# all write "provision", most in the sense of providing something; two of 14 name alternative provision, one
# residential (3 in 14 write a listed kind)
PROVIDING = ["The provision of short breaks is timely.", "Alternative provision is checked by the virtual school.",
             "The provision of advocacy has widened.", "Pupils in alternative provision attend well.",
             "Residential provision is close to home.", "Provision of parenting courses is patchy.",
             "The council plans the provision of a new hub.", "Provision for disabled children has grown.",
             "The provision of health passports is slow.", "Provision of interpreters is quick.",
             "The provision of mentoring is valued.", "Provision of respite care is reviewed.",
             "The provision of transport is reliable.", "Provision of youth clubs has fallen."]
# all write "plans", most name one of two kinds
KINDS_OF_PLANS = ["Action plans are reviewed monthly.", "Action plans set out clear steps.",
                  "Business plans show the priorities.", "Business plans are shared with staff.",
                  "Action plans have measurable targets.", "Business plans follow the budget.",
                  "Action plans are owned by managers.", "Plans are discussed at the board.",
                  "Business plans are signed off.", "Action plans track progress."]
# only half write "development" at all
SOMETIMES = ["Workforce development is funded.", "Staff feel valued.", "The development of a website is new.",
             "Managers are visible.", "Professional development is offered.", "Teams are stable.",
             "Areas for development are known.", "Caseloads are low.", "Service development is planned.",
             "Supervision is regular."]


def test_a_list_of_kinds_few_findings_write_is_said_by_the_word_they_share():
    covers = covers_of([PROVIDING, KINDS_OF_PLANS] + [ELSEWHERE] * 6)
    labels = {0: "Alternative, residential and other provisions", 1: "Action, business and other plans",
              **{2 + i: f"Social workers {i}" for i in range(6)}}
    said = scant_kinds(labels, covers)
    # the word as the findings write it (singular), the kind most of them write as its part
    assert said[0] == "Provision, including alternative provision"
    # kinds written by most of the findings stand
    assert said[1] == "Action, business and other plans"
    assert all(said[t] == labels[t] for t in range(2, 8))


def test_a_word_only_some_findings_write_a_kept_theme_or_a_taken_label_leaves_the_list():
    covers = covers_of([SOMETIMES, PROVIDING] + [ELSEWHERE] * 6)
    assert kinds_said(covers, 0, "Professional, workforce and other developments") is None
    assert kinds_said(covers, 1, "Provision, various aspects") is None
    label = "Alternative, residential and other provisions"
    assert scant_kinds({1: label}, covers, keep={1})[1] == label
    assert scant_kinds({1: label}, covers, taken={"Provision, including alternative provision"})[1] == label
    assert scant_kinds({1: label, 2: "Provision, including alternative provision"}, covers)[1] == label


def test_a_word_written_on_its_own_is_in_a_sense_of_its_own():
    # a quarter or more write "development" with no kind before it: the development of things, areas for it
    own = ["The development of the website is slow.", "Areas for development are known.",
           "Professional development is funded.", "Workforce development is planned."]
    assert in_own_sense(own, "developments")
    # nearly every use has a kind before it: sub-groups and panels of a board
    kinds = ["The executive group meets monthly.", "Each sub-group reports to the board.",
             "The strategic group sets priorities.", "A task and finish group was set up.",
             "The audit sub-group is chaired by health."]
    assert not in_own_sense(kinds, "group")
    assert not in_own_sense([], "group")

"""A placeholder label over findings nearly all of which write one word of their own said by the kinds of it they
name (`pipeline.themes.head_kinds`); the two field topics of a mixed sub-theme cased as a label (`two_topics`)."""

from collections import Counter

from tests.naming_fixtures import ELSEWHERE, covers_of

from pipeline.themes.head_kinds import head_kinds, kinds_of_word, shared_word

# findings all writing "planning", of several kinds (care in four, contingency in three)
PLANNING = ["Care planning is timely for most children.", "Care planning is reviewed at each meeting.",
            "Care planning includes the views of parents.", "Care planning for disabled children is thorough.",
            "Contingency planning is clear in court cases.", "Contingency planning is not always recorded.",
            "Contingency planning considers wider family members.", "Strategic planning links services together.",
            "Transition planning starts when children are fourteen.", "Planning for reunification is careful."]
# a sibling sub-theme on plans, which never writes "planning"
PLANS = ["Care plans are clear.", "Plans are written with families.", "Child protection plans are reviewed.",
         "Pathway plans are updated.", "Plans set out actions.", "Plans are shared with partners.",
         "Some plans lack timescales.", "Plans are reviewed at meetings.", "Plans are sent to schools.",
         "Plans record contingency arrangements."]
# the same findings said twice with a sibling that writes "planning" as often
PLANNING_TOO = [text.replace("Care plans", "Care planning and plans") for text in PLANNING]


def _labels(first: str, n_else: int = 10) -> dict[int, str]:
    return {0: first, 1: "Plans", **{2 + i: f"Social workers {i}" for i in range(n_else)}}


def _parents(n_else: int = 10) -> dict[int, int]:
    return {0: 0, 1: 0, **{2 + i: 1 + i for i in range(n_else)}}


def test_a_mixed_label_over_findings_all_writing_one_word_is_said_by_its_kinds():
    covers = covers_of([PLANNING, PLANS] + [ELSEWHERE] * 10)
    said = head_kinds(_labels("Mixed findings: care planning"), covers, _parents())
    # a word written in the singular only keeps it: "planning", not "plannings"
    assert said[0] == "Care, contingency and other planning"
    assert said[1] == "Plans"
    # "X, various aspects" and "X, further findings" alike
    assert head_kinds(_labels("Care, various aspects"), covers, _parents())[0] == \
        "Care, contingency and other planning"
    assert head_kinds(_labels("Plans, further findings"), covers, _parents())[0] == \
        "Care, contingency and other planning"


def test_a_label_that_is_no_placeholder_a_kept_theme_or_a_taken_label_stays():
    covers = covers_of([PLANNING, PLANS] + [ELSEWHERE] * 10)
    assert head_kinds(_labels("Care planning"), covers, _parents())[0] == "Care planning"
    assert head_kinds(_labels("Mixed findings: care planning"), covers, _parents(), keep={0})[0] \
        == "Mixed findings: care planning"
    assert head_kinds(_labels("Mixed findings: care planning"), covers, _parents(),
                      taken={"Care, contingency and other planning"})[0] == "Mixed findings: care planning"
    labels = _labels("Mixed findings: care planning")
    labels[1] = "Care, contingency and other planning"
    assert head_kinds(labels, covers, _parents())[0] == "Mixed findings: care planning"


def test_a_word_its_siblings_or_the_whole_field_write_as_often_names_nothing():
    # the sibling writes "planning" in every finding too: nothing sets the theme apart from it
    covers = covers_of([PLANNING, PLANNING_TOO] + [ELSEWHERE] * 10)
    assert head_kinds(_labels("Mixed findings: care planning"), covers, _parents())[0] \
        == "Mixed findings: care planning"
    # few findings elsewhere: "planning" is no rarer in the run than in the theme (LIFT)
    covers = covers_of([PLANNING, PLANS, PLANNING])
    labels = {0: "Mixed findings: care planning", 1: "Plans", 2: "Planning"}
    assert head_kinds(labels, covers, {0: 0, 1: 0, 2: 1})[0] == "Mixed findings: care planning"


def test_a_word_most_but_not_nearly_all_write_names_nothing():
    # eight of ten write "planning" (under ALL)
    texts = PLANNING[:8] + ["Reunification is careful.", "Managers meet weekly."]
    assert shared_word(texts, PLANS, (Counter({"planning": 8}), 200)) is None
    assert shared_word(PLANNING, PLANS, (Counter({"planning": 10}), 200)) == "planning"
    covers = covers_of([texts, PLANS] + [ELSEWHERE] * 10)
    assert head_kinds(_labels("Mixed findings: care planning"), covers, _parents())[0] \
        == "Mixed findings: care planning"


def test_kinds_of_a_word_keep_a_plural_the_findings_write():
    meetings = ["Strategy meetings are held promptly.", "Strategy meetings include the police.",
                "Core group meetings are regular.", "Core group meetings are well attended.",
                "Network meetings help families.", "Meetings are recorded."]
    assert kinds_of_word(meetings, "meetings").endswith("and other meetings")


def test_two_field_topics_of_a_mixed_sub_theme_are_cased_as_a_label():
    from pipeline.themes.topic_renames import two_topics

    theme = ["Deprivation is high in the north of the borough.", "Poverty affects many families.",
             "Child poverty is above the national rate.",
             "Children in deprived wards live with relatives more often, and poverty is high.",
             "Families in poverty who live with grandparents receive support.", "Levels of deprivation shape demand.",
             "Most children live with their parents.", "Some children live with friends.", "Managers meet weekly.",
             "Managers track cases."]
    covers = covers_of([theme] + [ELSEWHERE] * 3)
    named = {0: "Mixed findings, some on deprivation and poverty", 1: "A", 2: "B", 3: "C"}
    said = two_topics(named, covers, set())[0]
    # the part holding an "and" goes last, and the label starts with a capital, no capital inside
    assert said == "Where children live, deprivation and poverty"


# findings nearly all on information, four of ten on sharing it (two writing "information sharing" as one term, one
# hyphenated), the rest on gathering and recording it
INFORMATION = ["Information sharing between partners is timely.", "Effective information sharing protects children.",
               "The information-sharing protocol is understood by staff.", "Partners share information quickly.",
               "Information is gathered from schools and health.", "Historical information is considered.",
               "Information about fathers is often missing.", "Information is recorded on the system.",
               "Managers use information to plan services.", "Consent is sought before information is gathered."]


def test_various_aspects_said_with_the_term_that_sets_the_theme_apart_from_its_siblings():
    from pipeline.themes.term_part import term_parts

    covers = covers_of([INFORMATION, PLANS] + [ELSEWHERE] * 10)
    labels = _labels("Information, various aspects")
    assert term_parts(labels, covers, _parents())[0] == "Information, including information sharing"
    # a sibling writes sharing as often: nothing sets the theme apart
    sharing = [text.replace("Plans are", "Plans are shared and") for text in PLANS]
    covers = covers_of([INFORMATION, sharing] + [ELSEWHERE] * 10)
    assert term_parts(labels, covers, _parents())[0] == "Information, various aspects"
    # the same theme under another broad theme (and a run large enough that sharing stays rare in it): no sibling
    parents = _parents()
    parents[1] = 99
    covers = covers_of([INFORMATION, sharing] + [ELSEWHERE] * 30)
    assert term_parts(labels, covers, parents)[0] == "Information, including information sharing"


def test_a_term_of_too_few_or_a_placeholder_of_another_form_stays():
    from pipeline.themes.term_part import term_parts

    # one writes the term, two more the word: under TERM and FAMILY
    few = ["Information sharing between partners is timely."] + INFORMATION[3:] + [
        "Information is checked.", "Information is stored."]
    covers = covers_of([few, PLANS] + [ELSEWHERE] * 10)
    assert term_parts(_labels("Information, various aspects"), covers, _parents())[0] == "Information, various aspects"
    covers = covers_of([INFORMATION, PLANS] + [ELSEWHERE] * 10)
    for label in ("Information, further findings", "Mixed findings: information"):
        assert term_parts(_labels(label), covers, _parents())[0] == label
    assert term_parts(_labels("Information, various aspects"), covers, _parents(), keep={0})[0] \
        == "Information, various aspects"
    assert term_parts(_labels("Information, various aspects"), covers, _parents(),
                      taken={"Information, including information sharing"})[0] == "Information, various aspects"


# groups of three kinds; "finish" (the most written) only ever as the end of "task and finish groups"
GROUPS = ["The task and finish groups met monthly.", "Two task and finish groups reviewed the audits.",
          "A task and finish group wrote the new policy.", "Task and finish groups reported to the board.",
          "Task and finish groups were set up for each priority.",
          "Core groups meet within ten days.", "Core groups include the parents.", "Core groups are well attended.",
          "Sibling groups are placed together where possible.", "Sibling groups are assessed together.",
          "Groups are chaired by a manager."]


def test_the_last_word_of_a_coordinated_compound_is_no_kind():
    from pipeline.themes.word_kinds import no_kind

    said = kinds_of_word(GROUPS, "groups")
    assert said == "Core, sibling and other groups"  # the next most written modifiers instead of "finish"
    lowered = [text.lower() for text in GROUPS]
    assert no_kind(lowered, "groups", "finish")
    assert not no_kind(lowered, "groups", "core")
    # the same word written mostly by itself before the word is a kind
    alone = [text.replace("task and finish", "finish") for text in GROUPS]
    assert not no_kind([text.lower() for text in alone], "groups", "finish")


# plans of three kinds; "written" (the most written) a participle the findings also say of plans
PLANS_WRITTEN = ["Written plans are clear about actions.", "Written plans are shared with parents.",
                 "Written plans lack timescales.", "Written plans use plain language.",
                 "Written plans are reviewed monthly.", "Plans are written with the child in mind.",
                 "Most plans are carefully written.",
                 "Care plans are updated after reviews.", "Care plans set out contact.", "Care plans are agreed.",
                 "Safety plans name the adults who help.", "Safety plans are tested with families.",
                 "Safety plans are shared with schools."]


def test_a_participle_the_findings_say_of_the_word_is_no_kind():
    from pipeline.themes.word_kinds import no_kind

    said = kinds_of_word(PLANS_WRITTEN, "plans")
    assert said == "Care, safety and other plans"  # the next most written modifiers instead of "written"
    assert no_kind([text.lower() for text in PLANS_WRITTEN], "plans", "written")
    # a participle never said of the word as its passive verb, or only once, names a kind
    once = [t for t in PLANS_WRITTEN if t != "Most plans are carefully written."]
    assert not no_kind([text.lower() for text in once], "plans", "written")
    # a noun is never refused for being said after the word ("plans are care"): only a participle is
    assert not no_kind([text.lower() for text in PLANS_WRITTEN + ["Plans are care plans."] * 2], "plans", "care")


def test_a_kind_joined_to_varied_words_is_still_a_kind():
    from pipeline.themes.word_kinds import no_kind

    ties = ["Children have safe and lasting relationships with carers.", "Warm and lasting relationships help.",
            "Strong and lasting relationships are built.", "Lasting relationships with workers matter."]
    assert not no_kind([text.lower() for text in ties], "relationships", "lasting")
    # the same kind joined to one same word in most of its texts is the end of one compound
    fixed = [text.replace("Warm", "Safe").replace("Strong", "safe") for text in ties]
    assert no_kind([text.lower() for text in fixed], "relationships", "lasting")

""""X, further findings" over findings sharing a word of X, not X (`further_aspects`)."""

from tests.naming_fixtures import ELSEWHERE, covers_of

from pipeline.themes.further_aspects import further_aspects, word_not_kind

LABEL = "Improvement plans and progress, further findings"
# plans of every kind, two in ten improvement plans
PLANS = ["The quality of care plans is variable.", "Children's plans are not specific enough.",
         "Plans do not reflect current needs.", "Child protection plans are reviewed on time.",
         "Plans for children in need lack targets.", "A few plans are too long for families.",
         "Pathway plans are written with young people.", "Contingency plans are clear.",
         "The improvement plan sets clear actions.", "The improvement plan is monitored closely."]
# plans nearly all of which are improvement plans
MOSTLY = [f"The improvement plan {w}." for w in ("is on track", "was agreed", "covers early help", "is ambitious",
                                                 "is reported to members", "has slipped", "sets targets")] + \
         ["Plans for children are clear.", "Plans are reviewed.", "Plans are timely."]
# reviews of every kind, beside a label that holds the word alone
REVIEWS = ["Looked after reviews are timely.", "Children take part in their reviews.", "Reviews are held on time.",
           "Child protection reviews are chaired well.", "Reviews are child-friendly.", "Reviews note progress.",
           "External reviews inform the work.", "Reviews are recorded well.", "Few reviews are late.",
           "Reviews include parents."]


def _covers(texts):
    return covers_of([texts] + [ELSEWHERE] * 10)


def test_further_findings_sharing_only_a_word_of_a_kind_are_that_words_aspects():
    assert word_not_kind(_covers(PLANS), 0, LABEL) == "Plans"
    labels = {0: LABEL, **{1 + i: f"Visits {i}" for i in range(10)}}
    assert further_aspects(labels, _covers(PLANS))[0] == "Plans, various aspects"


def test_further_findings_most_of_which_write_the_kind_stay():
    assert word_not_kind(_covers(MOSTLY), 0, LABEL) is None


def test_further_findings_on_a_word_alone_in_the_label_stay():
    assert word_not_kind(_covers(REVIEWS), 0, "Meetings and reviews, further findings") is None


def test_only_further_findings_are_read_and_kept_or_taken_labels_stay():
    assert word_not_kind(_covers(PLANS), 0, "Improvement plans and progress") is None
    labels = {0: LABEL, **{1 + i: f"Visits {i}" for i in range(10)}}
    assert further_aspects(labels, _covers(PLANS), keep={0})[0] == LABEL
    assert further_aspects(labels, _covers(PLANS), taken={"Plans, various aspects"})[0] == LABEL


def test_a_word_that_does_not_head_the_part_or_is_one_known_thing_stays():
    risk = ["Social workers respond to risk quickly.", "Risks are reviewed when they increase.",
            "Risk is analysed well.", "Workers understand the risks.", "Risk is shared with partners.",
            "Some workers miss risk.", "Risk assessments are updated.", "Risk is escalated promptly.",
            "Help is proportionate to risk.", "Risk and need are analysed."]
    assert word_not_kind(_covers(risk), 0, "Risk to children and responses to it, further findings") is None
    board = [f"The board {w}." for w in ("consults young people", "has a business plan", "audits practice",
                                         "challenges partners", "meets monthly", "has a website", "trains staff",
                                         "funds the team")] + ["Boards are many.", "Each board has a manager."]
    assert word_not_kind(_covers(board), 0, "Safeguarding children board, further findings") is None

"""A listing of kinds of a word ("Pathway, care and other plans") is written only when the kinds are of one thing:
findings on each write of the same things, and the findings are not about one W "the W" names (`kind_senses`)."""

from tests.naming_fixtures import ELSEWHERE, covers_of

from pipeline.themes.alike_labels import tell_near_alike
from pipeline.themes.kind_senses import one_thing, same_sense
from pipeline.themes.word_kinds import kinds_named

# "arrangements" in two senses: board governance and children's contact with their families (read 47)
GOVERNANCE = [f"The governance arrangements of the board give {w} scrutiny of partners and leaders." for w in
              ("strong", "clear", "robust", "weak", "independent", "effective")]
CONTACT = [f"Contact arrangements with {w} parents and brothers and sisters meet the child's wishes at home." for w in
           ("birth", "their", "estranged", "foster", "separated", "absent")]
# "plans" in one sense: plans for children, whose findings on each kind write of children, timeliness, reviews
PATHWAY = [f"Pathway plans for care leavers are {w} reviewed with young people and children on time." for w in
           ("regularly", "not", "rarely", "well", "carefully", "promptly")]
CARE = [f"Care plans for children are {w} reviewed with young people and children on time." for w in
        ("regularly", "not", "rarely", "well", "carefully", "promptly")]


def test_kinds_of_one_word_in_two_senses_are_not_listed():
    texts = GOVERNANCE + CONTACT[:5]
    assert not same_sense([t.lower() for t in texts], "arrangement", ["governance", "contact"])
    # the first kind alone, which half of them write; none when fewer than SENSE_ONE write it
    assert kinds_named(texts, "arrangements") == "Governance and other arrangements"
    assert kinds_named(GOVERNANCE[:5] + CONTACT + ELSEWHERE[:10], "arrangements") is None
    # unchecked, as before the rule
    assert kinds_named(texts, "arrangements", checked=False) == "Governance, contact and other arrangements"


def test_kinds_of_one_thing_are_listed():
    texts = PATHWAY + CARE
    assert same_sense([t.lower() for t in texts], "plan", ["pathway", "care"])
    assert kinds_named(texts, "plans") == "Care, pathway and other plans"


def test_too_few_findings_of_a_kind_tell_no_sense():
    texts = GOVERNANCE[:4] + CONTACT[:4]
    assert same_sense([t.lower() for t in texts], "arrangement", ["governance", "contact"])


def test_findings_on_the_one_w_they_know_are_not_said_by_its_kinds():
    # nearly all write "the board" (the safeguarding board), a few its kinds (read 49: "Wellbeing, improvement and
    # other boards")
    board = [f"The board has {w} oversight of partners." for w in ("strong", "weak", "clear", "good", "little",
                                                                    "robust", "some", "limited", "wide", "new")]
    kinds = ["The health and wellbeing board meets often.", "The improvement board meets often.",
             "The wellbeing board sets priorities.", "The improvement board sets priorities."]
    texts = [t.lower() for t in board + kinds]
    assert one_thing(texts, "board", ["wellbeing", "improvement"])
    assert kinds_named(board + kinds, "board", frame=True) is None
    assert not one_thing([t.lower() for t in board[:3] + kinds], "board", ["wellbeing", "improvement"])


def test_a_lone_word_is_near_alike_only_to_a_part_writing_it_in_the_same_form():
    from pipeline.themes.alike_labels import near_alike

    # read 49: "Reviews, various aspects" (looked-after reviews) renamed as further findings on the IROs
    assert not near_alike("Reviews, various aspects", "Independent reviewing officers")
    assert near_alike("Statistics on population", "Statistics on local population")
    assert near_alike("Decisions, various aspects", "Decision making")


def test_a_words_aspects_are_further_findings_on_a_larger_label_only_where_they_write_it():
    reviews = [f"Reviews of children looked after are {w} and children take part." for w in
               ("timely", "late", "child-centred", "well chaired", "regular", "thorough", "brief", "recorded")]
    scrs = [f"The serious case review found {w} practice." for w in ("poor", "weak", "unsafe", "drifting")]
    covers = covers_of([scrs * 3, reviews])
    out = tell_near_alike({0: "SCRs", 1: "Reviews, various aspects"}, {0: 12, 1: 8}, covers)
    assert out[1] == "Reviews, various aspects"
    covers = covers_of([scrs * 3, reviews[:5] + scrs[:3]])
    out = tell_near_alike({0: "SCRs", 1: "Reviews, various aspects"}, {0: 12, 1: 8}, covers)
    assert out[1] == "SCRs, further findings"


def test_a_label_cut_from_the_noun_compound_its_findings_write_is_said_with_its_noun():
    from pipeline.themes.written_phrase import completed

    foster = ["Children wait too long for long-term foster care.", "Long-term foster care is matched well.",
              "Long-term foster carers are supported.", "Long-term foster placements are stable.",
              "Few children are in long-term foster care.", "Children privately fostered are visited.",
              "Children fostered by relatives are seen.", "Long-term foster care is agreed at panel."]
    covers = covers_of([foster, ELSEWHERE])
    assert completed({0: "Long-term foster", 1: "Social workers"}, covers)[0] == "Long-term foster care"
    # written alone in most of its uses: stays
    alone = ["Long-term foster is rare."] * 5 + foster[:3]
    covers = covers_of([alone, ELSEWHERE])
    assert completed({0: "Long-term foster", 1: "Social workers"}, covers)[0] == "Long-term foster"
    # no verb's lemma (the run never writes "protectioned"): stays
    covers = covers_of([["Child protection plans are clear.", "Child protection conferences are timely.",
                         "Child protection plans end well."], ELSEWHERE])
    assert completed({0: "Child protection", 1: "Social workers"}, covers)[0] == "Child protection"

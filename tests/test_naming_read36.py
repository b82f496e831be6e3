"""Broad and mixed labels after blind read 36: a plain listing of a broad theme's small parts gives way to the phrase
it shares and more; a mixture one of whose parts most of its findings write about is no mixture; a pair of plurals is
read by its first word; a sub-theme all of whose findings write its part's head word is named by that part."""

from tests.naming_fixtures import ELSEWHERE, covers_of

from pipeline.themes.broad_parts import related_over_listing, shared_over_mixture, word_of_its_findings
from pipeline.themes.mixed_heads import head_shared, shared_heads


BOARD = [f"The safeguarding children board {w}." for w in ("sets clear priorities", "holds partners to account",
                                                           "publishes an annual report", "runs sub-groups well")] + [
    "Allegations against staff are handled promptly.", "Audits of cases are thorough.",
    "Leaders check the quality of practice.", "Scrutiny by members is strong.", "Data are shared each quarter.",
    "Risks are escalated quickly."]


def test_a_listing_of_small_parts_gives_way_to_the_phrase_it_shares_and_more():
    covers = covers_of([BOARD, ELSEWHERE * 3])
    listing = "Safeguarding children board, allegations and audits"
    own = "Safeguarding children board and related findings"
    # allegations and audits, one finding in ten each: named as if the rest of it were on them
    assert related_over_listing(own, listing, covers, 0) == own
    # a part a fifth of it writes about stays in the listing
    more = covers_of([BOARD + ["Audits are regular.", "Audits are acted on."], ELSEWHERE * 3])
    assert related_over_listing(own, listing, more, 0) == listing
    # a listing said to be mixed, or one that opens with another phrase, is left as it is
    assert related_over_listing(own, "Mixed findings: safeguarding children board and audits", covers, 0) == \
        "Mixed findings: safeguarding children board and audits"
    assert related_over_listing(own, "Audits, allegations and scrutiny", covers, 0) == \
        "Audits, allegations and scrutiny"


PLACEMENTS = [f"Placements {w}." for w in ("are stable", "are found quickly", "meet children's needs",
                                          "are well matched", "rarely break down", "are close to home")] + [
    "Provision for disabled children is varied.", "Commissioned provision is reviewed.",
    "Leaders plan for the future.", "The service is well resourced."]


def test_a_mixture_most_of_whose_findings_write_a_parts_word_is_no_mixture():
    covers = covers_of([PLACEMENTS, ELSEWHERE * 3])
    assert shared_over_mixture("Mixed findings: placements and provisions", covers, 0) == "Placements and provisions"
    # the part most of it writes about leads
    assert shared_over_mixture("Mixed findings: leadership, placements and provision", covers, 0) == \
        "Placements, leadership and provision"
    # no part's word used by half of it: still a mixture
    assert shared_over_mixture("Mixed findings: leaders and provisions", covers, 0) == \
        "Mixed findings: leaders and provisions"
    # a word used everywhere ("social workers") is no shared topic of one theme
    every = covers_of([ELSEWHERE, ELSEWHERE])
    assert shared_over_mixture("Mixed findings: plans and social workers", every, 0) == \
        "Mixed findings: plans and social workers"


ADOPTION = [f"Adoption {w}." for w in ("support is timely", "panels are well run", "performance is strong",
                                      "medical advice is prompt", "reports are thorough", "is considered early")] + [
    "Adopters are well prepared.", "Children are placed for adoption quickly.",
    "Prospective adopters praise the training.", "The adoption agency recruits widely."]


def test_a_pair_of_plurals_is_read_by_its_first_word():
    covers = covers_of([ADOPTION, ELSEWHERE * 3])
    # "adopters" two in ten, "adoption" eight: said as the word its findings write, the pair's second word gives way
    assert word_of_its_findings("Adopters and placements", covers, 0, ["Adoption", "Adopters"]) == \
        "Adoption and adopters"
    # a pair whose first word its findings write as such stays
    siblings = covers_of([[f"Brothers and sisters {w}." for w in ("live together", "keep in touch", "are assessed")],
                        ELSEWHERE])
    assert word_of_its_findings("Brothers and sisters", siblings, 0, ["Brothers"]) == "Brothers and sisters"


RELATIONSHIPS = [f"Children {w} trusting relationships with their social workers." for w in (
    "have", "build", "value their", "keep long", "form warm", "enjoy", "describe close",
    "speak of lasting", "keep steady", "have caring")]
REVIEWS = [f"{w} reviews are held on time." for w in (
    "Children's", "Service", "Case", "Audit", "Peer", "Strategic", "Thematic", "Placement", "Health", "Annual")]


def test_a_mixed_sub_theme_all_of_whose_findings_write_its_parts_head_is_named_by_that_part():
    covers = covers_of([RELATIONSHIPS, ELSEWHERE * 3])
    label = "Mixed findings, one in nine on trusting relationships"
    assert head_shared(label, covers, 0) == "Trusting relationships"
    assert shared_heads({0: label, 1: "Social workers"}, covers) == {0: "Trusting relationships", 1: "Social workers"}
    # taken by another theme: kept as it is
    assert shared_heads({0: label, 1: "Trusting relationships"}, covers)[0] == label
    # the head a word of the whole field ("children" in every finding): no shared topic of its own
    field = covers_of([RELATIONSHIPS, [f"Children {w}." for w in ("are safe", "are seen", "are heard")] * 4])
    assert head_shared("Mixed findings, one in nine on voice of children", field, 0) is None
    # fewer than nine in ten write it: still mixed
    few = covers_of([RELATIONSHIPS[:6] + ELSEWHERE[:4], ELSEWHERE * 3])
    assert head_shared(label, few, 0) is None


def test_a_part_whose_other_words_its_findings_seldom_write_does_not_name_them():
    # every finding writes "reviews", one in ten "peer": they share reviews, not peer review (read 37)
    covers = covers_of([REVIEWS, ELSEWHERE * 3])
    assert head_shared("Mixed findings, one in seven on peer review", covers, 0) is None
    trusting = covers_of([[text.replace("trusting ", "") for text in RELATIONSHIPS], ELSEWHERE * 3])
    assert head_shared("Mixed findings, one in nine on trusting relationships", trusting, 0) is None

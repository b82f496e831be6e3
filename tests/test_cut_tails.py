"""A label part its findings write as the head of a longer phrase is written with the words that follow it, or dropped
when that cannot be (`pipeline.themes.cut_parts`); a glossary abbreviation is a use of the term it stands for."""

from pipeline.themes.cut_parts import CUT_FINDINGS, headless, whole_label, whole_parts, word_after, words_after

# a term of four words, "family hub outreach plan", of which a label keeps only "family hub"
HEAD = (["The family hub outreach plan sets out what each team offers."] * 4
        + ["Staff follow the family hub outreach plan closely."] * 3
        + ["Parents were asked about the outreach offer."] * 2)
# "family hub" written on its own in most uses, before "outreach" in a few
ALONE = (["The family hub is open every day. Parents like the family hub."] * 6
         + ["The family hub outreach plan is new."] * 2)
# "family hub" followed by a joining word or a stop word each time
JOINED = (["The family hub and the school share a site."] * 5
          + ["Every family hub is staffed."] * 4)


def test_a_part_cut_before_its_tail_is_written_with_it():
    assert word_after(["family", "hub"], HEAD)[:2] == ("outreach", 7)
    assert words_after(["family", "hub"], HEAD) == ["outreach", "plan"]
    assert whole_label("Parents and family hub", HEAD) == "Parents and family hub outreach plan"


def test_a_part_used_alone_or_before_a_joining_word_is_left():
    assert word_after(["family", "hub"], ALONE) is None
    assert word_after(["family", "hub"], JOINED) is None
    assert whole_label("Parents and family hub", JOINED) == "Parents and family hub"
    # too few findings write the longer phrase
    assert whole_label("Parents and family hub", HEAD[:CUT_FINDINGS - 1]) == "Parents and family hub"


def test_a_tail_the_label_already_writes_is_not_added_again():
    texts = ["Each family hub plan and outreach plan is signed off."] * 8
    assert whole_label("Family hub and other plans", texts) == "Family hub and other plans"


def test_a_cut_part_that_cannot_be_written_whole_is_dropped_from_a_listing():
    assert headless("Parents and family hub", HEAD) == "Parents"
    texts = {0: HEAD, 1: ["Parents met the team."] * 5}
    said = whole_parts({0: "Parents and family hub", 1: "Teams"}, lambda t: texts[t],
                       others={"Parents and family hub outreach plan"}, raw_of=lambda t: texts[t])
    assert said == {0: "Parents", 1: "Teams"}
    # a label of that part alone is left as it was
    said = whole_parts({0: "Family hub"}, lambda t: HEAD, others={"Family hub outreach plan"},
                       raw_of=lambda t: HEAD)
    assert said == {0: "Family hub"}


def test_an_abbreviation_of_the_glossary_is_a_use_of_its_whole_term():
    # "IRO" is the shipped glossary's "independent reviewing officer"
    texts = ([f"Each IRO {verb} the plan before the review." for verb in ("checks", "reads", "signs")] * 2
             + ["The reviewing officers meet children."])
    assert whole_label("Reviewing officers", texts) == "Independent reviewing officers"


def test_a_head_few_of_its_findings_write_keeps_the_wider_subject():
    # the longer phrase is written in 7 findings of 80: "family hub" names the theme's wider subject, not the term
    texts = HEAD + ["Parents talk about the support they receive at home."] * 71
    assert word_after(["family", "hub"], texts) is not None
    assert whole_label("Parents and family hub", texts) == "Parents and family hub"

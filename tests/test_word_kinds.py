"""The kinds of a common word a theme's findings name (`pipeline.themes.word_kinds.kinds_named`): an act done to the
word is no kind of it, and a noun of no plural stays singular after "other"."""

from pipeline.themes.word_kinds import kinds_named

# fourteen findings: permanence achieved (four, with the verb's other forms in two more), early, legal and planned
PERMANENCE = (["Achieving permanence is slow for some children."] * 4 + ["Early permanence is used well."] * 4
              + ["Legal permanence is secured for most."] * 3 + ["Teams achieve permanence in time.",
                                                               "Most children achieved permanence."])
PLANNING = ["Care planning is good."] * 4 + ["Contingency planning is weak."] * 4 + ["Plans are late."] * 3


def test_an_act_done_to_the_word_is_no_kind_of_it():
    """read 88 judged 'Achieving, early and other permanences' garbled: "achieving" is what is done to permanence
    (the findings write "achieve permanence", "achieved permanence" too), and permanence has no plural."""
    assert kinds_named(PERMANENCE, "permanence") == "Early, legal and other permanence"


def test_near_miss_an_ing_kind_whose_verb_is_never_written_before_the_word_stays():
    texts = [t for t in PERMANENCE if "achieve " not in t.lower() and "achieved " not in t.lower()]
    assert kinds_named(texts, "permanence").startswith("Achieving, early")
    services = ["Fostering services are good."] * 4 + ["Adoption services are weak."] * 4 + ["Visits are late."] * 3
    assert kinds_named(services, "services") == "Adoption, fostering and other services"


def test_a_noun_of_no_plural_stays_singular_unless_the_findings_write_it_plural():
    assert kinds_named(PLANNING, "planning") == "Care, contingency and other planning"
    # a count noun is said plural as before, though most write it singular
    boards = ["The improvement board met.", "The improvement board reads data."] * 2 + ["The wellbeing board met."] * 4
    assert kinds_named(boards, "board", frame=True, checked=False) == "Improvement, wellbeing and other boards"


def test_near_miss_a_modifier_written_bare_or_a_doubled_consonant_is_no_act():
    from pipeline.themes.word_kinds import _acts_on

    assert _acts_on(["they achieve permanence.", "most achieved permanence."], "permanence", "achieving")
    # "foster carers" is the noun "foster", not a verb of carers; "planned meetings" no act on meetings
    assert not _acts_on(["foster carers visit.", "foster carers train."], "carer", "fostering")
    assert not _acts_on(["planned meetings run.", "planned meetings end."], "meeting", "planning")

"""A shared word of a field topic said with the owner the topic's label gives it (`owned_parts`, via `borne_topics`)."""

from tests.naming_fixtures import ELSEWHERE, covers_of

from pipeline.themes.borne_topics import said_borne
from pipeline.themes.owned_parts import label_owner, owned_part, written_with

TOPIC = "Children's lives and experiences"
# six in ten write what children experience; the rest the word in other senses (staff's, care's)
CHILDREN = ["Children experience too many moves of placement.", "The child's experience is clear in plans.",
            "Few children experience delay in court.", "Plans convey the experience of children well.",
            "Young children who experience neglect are seen quickly.", "A young person described their experience.",
            "Care experience is a protected characteristic.", "Newly qualified staff gain experience in teams.",
            "Managers bring years of experience.", "Work experience places are offered."]
# the word in many senses, a few of children's
SENSES = ["Care experience is a protected characteristic.", "Newly qualified staff gain experience in teams.",
          "Managers bring years of experience.", "Work experience places are offered.",
          "Adopters describe a positive experience of assessment.", "Staff have experience of court work.",
          "Carers share their experience with new carers.", "Children experience too many moves.",
          "The experience of the panel chair is valued.", "Leaders have wide experience."]


def _covers(texts, others: int = 10):
    return covers_of([texts] + [ELSEWHERE] * others)


def test_the_owner_a_topic_label_gives_a_part():
    assert label_owner(TOPIC, "experiences") == ("children", "Children's experiences")
    assert label_owner("Safeguarding board and its sub-groups", "sub-groups") == \
        ("board", "Sub-groups of the safeguarding board")
    assert label_owner("Earlier inspections and their judgements", "judgements") == \
        ("inspections", "Judgements of the earlier inspections")
    # no owner in the label, or the part is the lead itself
    assert label_owner("Meetings and reviews", "reviews") is None
    assert label_owner(TOPIC, "children's lives") is None
    assert label_owner("Safeguarding board and its sub-groups", "safeguarding board") is None


def test_written_with_counts_the_owner_near_the_part_only():
    texts = ["Children experience delay.", "The experience of children and young people is heard.",
             "Children are seen; later in a long sentence that goes on and on the staff share their experience.",
             "Staff experience is wide."]
    assert written_with(texts, "children", "experiences").tolist() == [True, True, False, False]


def test_a_shared_word_most_write_with_its_owner_is_said_with_it():
    assert owned_part(_covers(CHILDREN), 0, TOPIC, "experiences") == "Children's experiences"
    assert said_borne(_covers(CHILDREN), 0, TOPIC) == "Children's experiences"


def test_a_word_shared_in_many_senses_keeps_the_filler():
    assert owned_part(_covers(SENSES), 0, TOPIC, "experiences") is None
    assert said_borne(_covers(SENSES), 0, TOPIC) == "Mixed findings, mostly on experiences"


def test_a_mixed_label_naming_a_part_is_not_owned():
    # "Mixed findings, some on X" is said by the parts its findings write, never given an owner
    said = said_borne(_covers(CHILDREN), 0, "Mixed findings, some on children's lives and experiences")
    assert said is None or "Children's experiences" not in said

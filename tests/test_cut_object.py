"""A label cut before its object said with it (`pipeline.themes.cut_object`); near misses keep their labels."""

from tests.naming_fixtures import ELSEWHERE, covers_of

from pipeline.themes.cut_object import object_of, objects_said

# ten findings: four write "children in need" going on "of help and protection", one "of support", five the help
NEED = ["Children in need of help and protection are seen quickly.",
        "Most children in need of help and protection have a plan.",
        "Services for children in need of help and protection are well run.",
        "Referrals of children in need of help and protection rose.", "Children in need of support wait.",
        "Children get the help they need.", "Families get help early.", "Help is offered at the door.",
        "The help they need arrives late.", "Help is well coordinated."]
# the statutory group: "children in need" on its own
GROUP = ["Children in need have plans.", "Plans for children in need are reviewed.", "Children in need are visited.",
         "Visits to children in need are late.", "Children in need of help are seen.", "Reviews happen monthly.",
         "Managers read files.", "The panel met.", "Audits are regular.", "Files are kept well."]


def test_a_label_cut_before_its_object_is_said_with_the_object_most_write():
    assert object_of(NEED, "Children in need") == "Children in need of help and protection"
    covers = covers_of([NEED, ELSEWHERE])
    said = objects_said({0: "Children in need", 1: "Social workers"}, covers)
    assert said == {0: "Children in need of help and protection", 1: "Social workers"}
    # a kept (field) theme, and a label another theme has, stay
    assert objects_said({0: "Children in need", 1: "Social workers"}, covers, keep={0})[0] == "Children in need"
    taken = {0: "Children in need", 1: "Children in need of help and protection"}
    assert objects_said(taken, covers)[0] == "Children in need"


def test_an_object_of_one_word_is_said_when_no_pair_is_most_written():
    texts = [t.replace(" and protection", "") for t in NEED]
    assert object_of(texts, "Children in need") == "Children in need of help"


def test_near_miss_a_phrase_mostly_written_on_its_own_stays():
    assert object_of(GROUP, "Children in need") is None
    # a listing, a one-word label, or a phrase few of the findings write, is no cut phrase
    assert object_of(NEED, "Children in need and help") is None
    assert object_of(["Help of the kind they need."] * 4, "Help") is None
    assert object_of(NEED[:1] + ELSEWHERE, "Children in need") is None
    # objects that differ: no one object half of them write
    mixed = ["Children in need of help wait.", "Children in need of care wait.", "Children in need of homes wait.",
             "Children in need of advice wait.", "Visits are late.", "Plans are clear."]
    assert object_of(mixed, "Children in need") is None

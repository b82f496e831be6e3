"""A named field term said alone only over findings about it, not over findings that write one common word of it
(`pipeline.themes.about_terms`, asked by `sense_terms`)."""

from tests.naming_fixtures import ELSEWHERE, covers_of

from pipeline.themes.about_terms import HALF, including_term, off_term_word, synonym_rows, wider_term
from pipeline.themes.sense_terms import in_sense, sense_terms

# panels of every kind; three of ten on the panel that reviews deaths
PANELS = ["The child death overview panel meets each quarter.", "The CDOP reviews every death promptly.",
          "Learning from the child death overview panel reaches schools.", "The adoption panel is chaired well.",
          "Adoption panel members are trained.", "The fostering panel approves carers quickly.",
          "Fostering panel minutes are thorough.", "The placement panel agrees costs.",
          "Resource panel decisions are slow.", "The adoption panel hears from social workers."]
# mostly on the panel that reviews deaths
DEATHS = ["The child death overview panel meets each quarter.", "The CDOP reviews every death promptly.",
          "Learning from the child death overview panel reaches schools.", "The CDOP has a clear annual report.",
          "The child death overview panel shares themes with the board.", "Unexpected deaths go to the CDOP.",
          "The CDOP chair is independent.", "The adoption panel is chaired well.",
          "Fostering panel minutes are thorough.", "The placement panel agrees costs."]
# the plans of child protection, most written as child protection work more widely
PROTECTION = ["Child protection plans are reviewed on time.", "Child protection plans are specific.",
              "Child protection plans end when risk falls.", "Child protection enquiries are thorough.",
              "Child protection work is timely.", "Child protection chairs challenge partners.",
              "Child protection visits happen as planned.", "Child protection practice is strong.",
              "Plans are reviewed regularly.", "Core groups meet often."]
# looked after children, in the field's other name
LOOKED_AFTER = ["Looked after children see their workers.", "Looked after children are visited alone.",
                "Children in care have a voice.", "Looked after children are placed close to home.",
                "The budget was set.", "Carers are trained."]


def _covers(texts, others: int = 10):
    return covers_of([texts] + [ELSEWHERE] * others)


def _off(texts, term):
    covers = _covers(texts)
    return off_term_word(covers, 0, term, in_sense(covers, 0, term))


def test_a_term_few_findings_are_on_is_off_its_findings():
    assert _off(PANELS, "child death overview panels") == "panels"
    assert _off(DEATHS, "child death overview panels") is None


def test_a_synonym_of_the_field_is_the_term():
    covers = _covers(LOOKED_AFTER)
    assert synonym_rows(covers, 0, "children in care").sum() == 4
    assert synonym_rows(covers, 0, "children in care").mean() >= HALF
    assert _off(LOOKED_AFTER, "children in care") is None


def test_a_kind_of_a_wider_field_term_is_borne_by_it():
    assert wider_term("child protection plans") == "child protection"
    assert wider_term("family group conferences") is None and wider_term("child protection") is None
    assert _off(PROTECTION, "child protection plans") is None
    # without the wider term's findings the plans alone are too few
    assert _off(PROTECTION[:3] + PANELS[3:], "child protection plans") is not None


def test_a_label_off_its_findings_is_said_by_what_they_share():
    labels = {0: "Child death overview panels", **{1 + i: f"Visits {i}" for i in range(10)}}
    said = sense_terms(labels, _covers(PANELS))[0]
    assert said != labels[0] and "panel" in said.lower()
    assert sense_terms(labels, _covers(DEATHS))[0] == labels[0]
    # a kept theme stays
    assert sense_terms(labels, _covers(PANELS), keep={0})[0] == labels[0]


def test_the_word_they_gathered_on_says_the_term_among_its_kinds():
    covers = _covers(PANELS)
    assert including_term(covers, 0, "child death overview panels", "panels") == \
        "Panels, including child death overview panels"
    # a word under half of them write names no whole ("death": three of ten)
    assert including_term(covers, 0, "child death overview panels", "death") is None
    assert including_term(covers, 0, "child death overview panels", None) is None


# the named term in two of ten findings, and no word of it that half of them write
FEW = ["The child death overview panel meets each quarter.", "The CDOP reviews every death promptly.",
       "The budget was set.", "Carers are trained.", "Leaders know their services.", "Staff morale is good.",
       "The service is stable.", "Visits are regular.", "Records are up to date.", "Plans are clear."]


def test_a_term_off_its_findings_with_no_word_they_gathered_on_keeps_its_label():
    """No "<Word>, including <term>" to offer (`including_term` is None) and nothing else: the label stays, and the
    pass does not fail on the missing offer."""
    labels = {0: "Child death overview panels", **{1 + i: f"Visits {i}" for i in range(10)}}
    assert sense_terms(labels, _covers(FEW))[0] == labels[0]

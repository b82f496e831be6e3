"""Rejected placeholder wordings said by the act most of a theme's findings write, as a noun with what they write with
it, or by the one group of people nearly all of them name (`pipeline.themes.written_acts`, through
`rejected_forms`)."""

import numpy as np
import pytest

from pipeline.themes.coverage import Coverage
from pipeline.themes.name_checks import pos_tagger
from pipeline.themes.rejected_forms import rejected_forms
from pipeline.themes.written_acts import _bases, forms_of, group_said, ing_of

# other themes' findings: none writes the acts below
OTHER = ["Managers audit files each month.", "The budget rose this year.", "Partners share data promptly.",
         "Recruitment of staff improved.", "Complaints are answered quickly.", "Reports reach the board.",
         "Training is well attended.", "Plans are reviewed by managers.", "Caseloads are manageable.",
         "Audits find weak records.", "Leaders know their services.", "Thresholds are understood."]
REST = ["Managers meet weekly.", "Reports are late.", "Targets were missed.", "Data is accurate."]
# six of ten write that children come into care, with that complement
INTO_CARE = ["Children come into care when they need to.", "Decisions that children come into care are timely.",
             "Few children come into care in an emergency.", "When children come into care their plans start.",
             "Some children come into care too late.", "Children coming into care are seen by a nurse."] + REST
# six of ten write how people feel: safe, supported, valued
FEEL = ["Young people feel safe where they live.", "Children feel safe at school.", "Staff feel well supported.",
        "Carers feel valued by the service.", "Children told us they feel safe.", "Workers feel supported."] + REST
# six of ten write visits to children, mostly as a noun
VISITS = ["Visits to children are regular.", "Most visits to children are on time.", "Visits are recorded.",
          "Some children are not visited often.", "Statutory visits to children are late.",
          "Visits to children placed far away are rare."] + REST
pytestmark = pytest.mark.skipif(pos_tagger() is None, reason="needs the POS tagger to tell a verb")


def _covers(texts):
    groups = [texts] + [OTHER] * 8
    return Coverage([t for g in groups for t in g], np.repeat(np.arange(len(groups)), [len(g) for g in groups]))


def _labels(first: str) -> dict[int, str]:
    return {0: first, **{1 + i: f"Audits {i}" for i in range(8)}}


def test_the_forms_of_a_verb():
    assert {"come", "comes", "coming"} <= forms_of("come")
    assert {"identified", "identifies"} <= forms_of("identify")
    assert _bases("identified") == {"identify"} and "come" in _bases("coming")
    assert ing_of("come", set()) == "coming" and ing_of("feel", set()) == "feeling"


def test_an_act_written_with_one_complement_is_said_with_it_after_its_people():
    said = rejected_forms(_labels("General judgements on work with children"), _covers(INTO_CARE))
    assert said[0] == "Children coming into care"


def test_an_act_under_four_in_ten_leaves_the_label():
    labels = _labels("General judgements on work with children")
    few = INTO_CARE[:3] + REST + ["Leaders are ambitious.", "Audits are frequent.", "Training is valued."]
    assert rejected_forms(labels, _covers(few))[0] == labels[0]


def test_an_act_written_with_several_adjectives_lists_them():
    said = rejected_forms(_labels("Mixed findings, some on children feeling safe"), _covers(FEEL))[0]
    assert said.startswith("Feeling safe") and "supported" in said and "valued" in said


def test_an_act_written_as_a_plural_noun_is_said_with_whom_it_is_to():
    said = rejected_forms(_labels("General judgements on services"), _covers(VISITS))
    assert said[0] == "Visits to children"


def test_only_a_rejected_wording_gives_way_to_an_act():
    labels = _labels("Permanence")
    assert rejected_forms(labels, _covers(INTO_CARE))[0] == "Permanence"


def test_work_with_the_one_group_nearly_all_findings_name():
    families = [f"Families {w}." for w in ("get help early", "value their workers", "attend groups", "are heard",
                                            "receive plans", "are visited", "use the hub", "give feedback",
                                            "are supported", "know the service")]
    label = "General judgements on work with children and families"
    assert group_said(_covers(families), 0, label) == "Work with families"
    both = [f"Children and {t[0].lower()}{t[1:]}" for t in families]
    assert group_said(_covers(both), 0, label) is None
    assert group_said(_covers(families), 0, "General judgements on work with families") is None

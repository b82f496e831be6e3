"""Sub labels in the wordings readers reject ("Mixed findings, some on X", "... mentioning X", "General judgements on
X") said by the phrase half their findings write or the kinds of the word nearly all write; a lone word cut from the
-ing noun its findings write said as it (`pipeline.themes.rejected_forms`)."""

from tests.naming_fixtures import ELSEWHERE, covers_of

from pipeline.themes.rejected_forms import REJECTED, part_borne, rejected_forms

# five of ten write "private fostering" (a phrase of their own), the rest other things
PRIVATE = ["Private fostering arrangements are checked.", "Private fostering is promoted in schools.",
           "Few private fostering notifications are received.", "Private fostering visits are timely.",
           "Awareness of private fostering is low.", "Leaders know the service well.",
           "The budget was increased last year.", "Partners attend the board.", "Staff morale is good.",
           "Complaints are answered quickly."]
# three of ten write it: under SUBJECT
FEW = PRIVATE[:3] + ["Managers meet weekly.", "Reports are late.", "Targets were missed.", "Data is accurate.",
                     "Training is valued.", "Caseloads are lower.", "Audits are frequent."]
# nearly all write "arrangements", of several kinds
ARRANGED = ["Governance arrangements are clear.", "Governance arrangements include the lead member.",
            "Governance arrangements were reviewed.", "Commissioning arrangements secure good value.",
            "Commissioning arrangements involve young people.", "Commissioning arrangements are joint.",
            "Governance arrangements are published.", "Respite arrangements are flexible.",
            "Staffing arrangements cover the weekend.", "Arrangements for complaints work well."]
# six of ten write "fostering", the rest "foster carers" and other things
FOSTER = ["The fostering service is improving.", "Fostering recruitment exceeds its target.",
          "Fostering panels are well chaired.", "Fostering staff know carers well.",
          "Support for fostering households is strong.", "Fostering allowances were raised.",
          "Foster carers are trained.", "Foster carers value their link workers.", "Carers attend groups.",
          "Some foster homes are far away."]


def _labels(first: str) -> dict[int, str]:
    return {0: first, **{1 + i: f"Visits {i}" for i in range(8)}}


def _covers(texts):
    return covers_of([texts] + [ELSEWHERE] * 8)


def test_which_wordings_are_rejected():
    for label in ("Mixed findings, some on governance", "Mixed findings, one in eight on delay",
                  "Mixed findings, mostly strengths, some on plans", "Mixed findings mentioning social worker",
                  "General judgements on services"):
        assert REJECTED.search(label), label
    for label in ("Mixed findings: adoptive placement", "Staff, various aspects", "Fostering", "Adoption"):
        assert not REJECTED.search(label), label


def test_a_rejected_wording_is_said_by_the_phrase_half_its_findings_write():
    said = rejected_forms(_labels("Mixed findings, some on governance"), _covers(PRIVATE))
    assert said[0] == "Private fostering"
    said = rejected_forms(_labels("General judgements on work with children"), _covers(PRIVATE))
    assert said[0] == "Private fostering"


def test_a_phrase_under_half_its_findings_leaves_the_label():
    labels = _labels("Mixed findings, some on governance")
    assert rejected_forms(labels, _covers(FEW))[0] == labels[0]


def test_a_subject_another_theme_has_is_said_as_its_further_findings():
    covers = covers_of([PRIVATE, ELSEWHERE, ELSEWHERE])
    labels = {0: "Mixed findings mentioning arrangements", 1: "Private fostering", 2: "Visits"}
    assert rejected_forms(labels, covers)[0] == "Private fostering, further findings"


def test_a_word_nearly_all_write_is_said_by_its_kinds():
    # (many findings elsewhere: "arrangements" must be the theme's own word, not the field's)
    covers = covers_of([ARRANGED] + [ELSEWHERE] * 10)
    labels = {0: "Mixed findings, some on governance and accountability", **{1 + i: f"Visits {i}" for i in range(10)}}
    assert rejected_forms(labels, covers)[0] == "Governance, commissioning and other arrangements"
    # a wording readers accept keeps its label
    labels[0] = "Mixed findings: governance"
    assert rejected_forms(labels, covers)[0] == labels[0]


def test_an_accepted_wording_a_kept_theme_or_a_taken_label_stays():
    labels = _labels("Mixed findings: private fostering")
    assert rejected_forms(labels, _covers(PRIVATE))[0] == labels[0]
    labels = _labels("Mixed findings, some on governance")
    assert rejected_forms(labels, _covers(PRIVATE), keep={0})[0] == labels[0]
    assert rejected_forms(labels, _covers(PRIVATE), taken={"Private fostering",
                                                         "Private fostering, further findings"})[0] == labels[0]


def test_a_lone_word_cut_from_the_ing_noun_half_its_findings_write_is_said_as_it():
    assert rejected_forms(_labels("Foster"), _covers(FOSTER))[0] == "Fostering"
    # under half write "fostering": the word stays
    fewer = FOSTER[:4] + ["Carers are paid on time.", "Carers are supported.", "Carers are visited.",
                          "Carers are checked.", "Carers meet monthly.", "Carers are thanked."]
    assert rejected_forms(_labels("Foster"), _covers(fewer))[0] == "Foster"
    # a label of more than one word, or one already in -ing, stays
    assert rejected_forms(_labels("Foster care"), _covers(FOSTER))[0] == "Foster care"


# four of ten write of senior leaders or scrutiny (a field topic), the rest of other things
LEADERS = ["Senior leaders know the service well.", "The lead member chairs the panel.",
           "Scrutiny of the service is robust.", "Councillors ask searching questions.",
           "The budget was increased last year.", "Caseloads are high in one team.", "Data is accurate.",
           "Partners attend meetings.", "Complaints are answered quickly.", "Reports are sent on time."]


def test_some_on_a_field_topic_a_third_of_it_writes_is_said_in_the_colon_form():
    labels = _labels("Mixed findings, some on senior leadership and scrutiny")
    assert rejected_forms(labels, _covers(LEADERS))[0] == "Mixed findings: senior leadership and scrutiny"
    # two of ten (under COLON): the label stays
    fewer = LEADERS[:2] + ["Training is valued.", "Audits are frequent."] + LEADERS[4:]
    assert rejected_forms(labels, _covers(fewer))[0] == labels[0]


# one of ten focused on the child (field topic "Child-centred practice"); the rest on other things
ONE_CENTRED = ["Practice is focused on the child.", "The budget was increased last year.", "Partners attend the board.",
               "Staff morale is good.", "Complaints are answered quickly.", "Reports are sent on time.",
               "Training is valued.", "Audits are frequent.", "Targets were missed.", "Data is accurate."]


def test_a_part_a_quarter_of_the_findings_bear_is_said():
    # three of ten write "private fostering" (at least BORNE): the mixed label naming it stays, in either wording
    for label in ("Mixed findings: private fostering", "Mixed findings, some on private fostering"):
        assert rejected_forms(_labels(label), _covers(FEW))[0] == label


def test_a_part_few_findings_bear_gives_way_to_the_subject_half_of_them_write():
    # "river crossings" in none of ten; half write "private fostering": the theme is said by its subject, in the
    # colon wording (not itself a rejected one) as in the comma one
    for label in ("Mixed findings: river crossings", "Mixed findings, some on river crossings"):
        assert rejected_forms(_labels(label), _covers(PRIVATE))[0] == "Private fostering"


def test_a_part_few_findings_bear_stays_when_no_subject_holds_them():
    # one of ten on the field topic, no phrase of their own half of them write: no truer name, the label stays
    for label in ("Mixed findings: child-centred practice", "Mixed findings, some on child-centred practice"):
        assert rejected_forms(_labels(label), _covers(ONE_CENTRED))[0] == label
    # a field topic is counted by its words (`Coverage.concepts`), not the label's: "focused on the child" bears it
    assert part_borne(_covers(ONE_CENTRED), 0, "child-centred practice") == 0.1


def test_a_listed_label_or_a_kept_theme_is_not_read_as_one_thin_part():
    label = "Mixed findings: river crossings, ferries and bridges"
    assert rejected_forms(_labels(label), _covers(PRIVATE))[0] == label
    assert rejected_forms(_labels("Mixed findings: river crossings"), _covers(PRIVATE), keep={0})[0] \
        == "Mixed findings: river crossings"


def test_the_subject_replaces_only_a_part_under_a_quarter():
    # half write "private fostering", three of ten the board, one complaints
    board = PRIVATE[:5] + ["The board meets monthly.", "The board is chaired well.", "Board members challenge leaders.",
                           "Staff morale is good.", "Complaints are answered quickly."]
    assert rejected_forms(_labels("Mixed findings: board"), _covers(board))[0] == "Mixed findings: board"
    assert rejected_forms(_labels("Mixed findings: complaints"), _covers(board))[0] == "Private fostering"

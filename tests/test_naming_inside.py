"""Placeholder labels ("X, further findings", "X, various aspects", "Mixed findings ...") said by what their findings
are about when most of them write it (`pipeline.themes.inside_names`); otherwise the placeholder stays."""

from tests.naming_fixtures import ELSEWHERE, covers_of

from pipeline.themes.inside_names import said_inside

# a larger theme on planning in general
PLANNING = ["Care plans are written with families.", "Plans are reviewed at every meeting.",
            "Contingency plans are clear.", "Care planning is timely.", "Plans set out what will change.",
            "Planning meetings are well attended.", "Care plans are updated after reviews.",
            "Plans are shared with parents."]
# a smaller theme on planning most of whose findings are on permanence, which the larger theme never writes
PERMANENCE = ["Permanence is achieved without delay for most children.", "Permanence planning starts early.",
              "Some children wait too long for permanence.", "Permanence options are considered at the second review.",
              "Plans for permanence are tracked by a panel.", "Managers check that permanence is secured.",
              "Reports for the court are thorough.", "Parents are told about decisions in writing."]
# a theme on information: five in eight on information sharing, the rest on consent
INFORMATION = ["Information sharing between agencies is prompt.", "Information sharing with schools has improved.",
               "Information sharing at the front door is effective.", "Information sharing with police works well.",
               "Information sharing with health is timely.", "Consent of parents is recorded.",
               "Consent is not always recorded.", "Consent is explained to young people."]
# findings on many things, none most of them write
SCATTERED = ["Permanence is achieved for some children.", "Consent is sought from parents.",
             "Advocacy is offered to children.", "Caseloads are high in one team.", "Supervision is regular.",
             "Chronologies are out of date.", "The board publishes an annual report.", "Training is well attended."]


def test_further_findings_said_by_what_sets_the_theme_apart_from_the_larger_one():
    covers = covers_of([PLANNING, PERMANENCE, ELSEWHERE])
    labels = {0: "Planning", 1: "Planning, further findings", 2: "Social workers"}
    assert said_inside(labels, covers)[1] == "Permanence"
    # the others stay as they are, and a kept (field) theme stays too
    assert said_inside(labels, covers)[0] == "Planning"
    assert said_inside(labels, covers, keep={1})[1] == "Planning, further findings"


def test_further_findings_keep_it_when_the_larger_theme_writes_the_phrase_as_often():
    # the larger theme writes about permanence as much: nothing sets the smaller one apart
    covers = covers_of([PERMANENCE, PERMANENCE[:6] + PLANNING[:2], ELSEWHERE])
    labels = {0: "Permanence planning", 1: "Permanence planning, further findings", 2: "Social workers"}
    assert said_inside(labels, covers)[1] == "Permanence planning, further findings"


def test_various_aspects_said_by_the_two_parts_most_of_its_findings_fall_into():
    covers = covers_of([INFORMATION, PLANNING, ELSEWHERE])
    labels = {0: "Information, various aspects", 1: "Planning", 2: "Social workers"}
    assert said_inside(labels, covers)[0] == "Information sharing and consent"


def test_mixed_findings_over_scattered_findings_keep_the_honest_placeholder():
    covers = covers_of([SCATTERED, PLANNING, ELSEWHERE])
    labels = {0: "Mixed findings, some on permanence", 1: "Planning", 2: "Social workers"}
    assert said_inside(labels, covers)[0] == "Mixed findings, some on permanence"


def test_no_label_is_taken_twice():
    covers = covers_of([PLANNING, PERMANENCE, ELSEWHERE])
    labels = {0: "Planning", 1: "Planning, further findings", 2: "Permanence"}
    assert said_inside(labels, covers)[1] == "Planning, further findings"


def test_further_findings_not_said_by_x_itself_when_the_theme_named_x_was_renamed():
    # no theme is named "Permanence" any more: the phrase still sets nothing apart
    covers = covers_of([PLANNING, PERMANENCE, ELSEWHERE])
    labels = {0: "Planning and reviews", 1: "Permanence, further findings", 2: "Social workers"}
    assert said_inside(labels, covers)[1] == "Permanence, further findings"


def test_a_count_before_a_kind_is_no_part_of_its_name():
    from pipeline.themes.word_kinds import kinds_named

    monitoring = [f"Ofsted made seven monitoring visits {w}." for w in ("in 2019", "to the service", "last year",
                                                                       "before the inspection", "in all")]
    statutory = [f"Statutory visits to children {w}." for w in ("are timely", "are recorded", "are purposeful",
                                                               "are frequent", "are seen alone")]
    said = kinds_named(monitoring + statutory, "visits", checked=False)
    assert said is not None and not said.lower().startswith("seven")


def test_various_aspects_with_one_kind_a_fair_part_write_is_said_with_it():
    # three in eight write "information sharing", the rest information in other senses; nothing else is shared
    texts = INFORMATION[:3] + ["Information for young people is clear.", "Information on the website is old.",
                               "Information about rights is given.", "Information is sent by post.",
                               "Information from schools arrives late."]
    covers = covers_of([texts, PLANNING, ELSEWHERE])
    labels = {0: "Information, various aspects", 1: "Planning", 2: "Social workers"}
    assert said_inside(labels, covers)[0] == "Information, including information sharing"
    # a kind that says X again ("decision making") is no kind of it
    decisions = [f"Decision making {w}." for w in ("is timely", "is recorded", "is clear")] + \
        [f"Decisions {w}." for w in ("are explained", "are signed off", "are late", "are reviewed", "are shared")]
    covers = covers_of([decisions, PLANNING, ELSEWHERE])
    assert said_inside({0: "Decisions, various aspects", 1: "Planning", 2: "Social workers"}, covers)[0] == \
        "Decisions, various aspects"

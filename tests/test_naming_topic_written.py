"""Sub-theme labels name a field topic only when a fair share of their findings write it: a listing of topics whose
names few findings write is not taken, and the name of a social worker's first year in employment is no sign of
education, employment and training (labels39, tuned on blind read 68)."""

from tests.naming_fixtures import ELSEWHERE, covers_of

from pipeline.themes.concepts import Concepts
from pipeline.themes.mixed_topics import said_by_topics, topics_over_mixed

# findings that write the front door's wider words (referrals, contacts) but never "threshold" or "front door"
PASSED_ON = ["Referrals are passed to the right team the same day.", "Contacts from schools rose in the spring.",
             "Referrals from police are checked by a manager.", "Most contacts come from health visitors.",
             "A worker rang the school about the family.", "The office moved to a new building.",
             "Staff enjoy working in the team.", "Leaders meet partners monthly.",
             "The council changed its website.", "Many staff have worked here for years."]


def test_a_topic_whose_name_few_findings_write_does_not_name_a_mixed_theme():
    covers = covers_of([PASSED_ON, ELSEWHERE])
    said = said_by_topics(covers, 0)
    assert not any("front door" in s for s in said)
    out = topics_over_mixed({0: "Mixed findings, no common topic", 1: "Social workers"}, covers)
    assert "front door" not in out[0]


def test_a_topic_whose_name_its_findings_write_still_names_a_mixed_theme():
    written = ["The threshold for help is understood by partners.", "The front door responds quickly to contacts.",
               "Thresholds are applied well at the front door.", "Referrals meet the threshold for a visit.",
               *PASSED_ON[4:]]
    covers = covers_of([written, ELSEWHERE])
    assert any("thresholds and the front door" in s for s in said_by_topics(covers, 0))


def test_a_first_year_in_employment_is_no_education_employment_and_training():
    texts = ["Newly qualified social workers in their assessed and supported year in employment are well supported.",
             "The Assessed and Supported Year of Employment programme is well established.",
             "Care leavers in employment or training are helped by personal advisers."]
    concepts = Concepts(texts)
    column = concepts.labels.index("Education, employment and training")
    assert concepts.uses[:, column].tolist() == [False, False, True]


def test_a_mixed_theme_on_newly_qualified_social_workers_is_said_so():
    from pipeline.themes.shared_topic import shared_topics

    first_year = ["Newly qualified social workers have protected caseloads.",
                  "The ASYE programme gives new staff regular reflective supervision.",
                  "Staff in their assessed and supported year in employment feel well supported.",
                  "NQSWs are mentored by experienced practitioners.",
                  "Newly qualified staff say managers are visible.", "The office moved to a new building."]
    covers = covers_of([first_year, ELSEWHERE])
    out = shared_topics({0: "Mixed findings: ASYE", 1: "Social workers"}, covers)
    assert out[0] == "Newly qualified social workers"

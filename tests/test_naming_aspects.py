"""Placeholders on one subject ("X, various aspects", "X, further findings") said with the aspect of X their findings
write about (`pipeline.themes.aspect_names`), when the whole theme bears it out; otherwise the label stays."""

from tests.naming_fixtures import ELSEWHERE, covers_of

from pipeline.themes.aspect_names import aspect_names

# findings on assessments, half of them on their quality, three writing "quality of assessments"
ASSESSMENTS = ["The quality of assessments is good.", "Improve the quality of assessments.",
               "The quality of assessments varies between teams.", "Assessments are of good quality.",
               "Assessments are thorough and of high quality.", "Assessments are timely.",
               "Assessments consider family history.", "Assessments include the views of fathers.",
               "Risk assessments are updated.", "Assessments are completed within timescales."]
# findings on challenge, three writing "scrutiny and challenge"
CHALLENGE = ["There is a culture of scrutiny and challenge.", "Scrutiny and challenge are strong.",
             "Members provide scrutiny and challenge.", "The chair offers robust challenge.",
             "Challenge from the board is effective.", "Partners welcome challenge.",
             "Challenge is recorded in a log.", "Challenge to partners has improved."]
# findings on personal advisers, a few of which write about relationships with them
_ADVISERS = ["Personal advisers keep in touch with young people.", "Personal advisers help with budgeting.",
             "Personal advisers visit young people in custody.", "Personal advisers know their young people well.",
             "Personal advisers are allocated at sixteen.", "Personal advisers help young people find work.",
             "Personal advisers attend pathway plan reviews.", "Personal advisers have manageable caseloads.",
             "Personal advisers are ambitious for young people.", "Personal advisers help with tenancies.",
             "Personal advisers support young parents.", "Personal advisers help young people into college."]
_RELATIONSHIPS = ["Young people have good relationships with personal advisers.",
                  "Care leavers value their relationships with personal advisers.",
                  "Trusting relationships with personal advisers help young people.",
                  "Some relationships with personal advisers end too soon.",
                  "Relationships with personal advisers last beyond 21."]


def test_various_aspects_said_with_the_aspect_most_of_its_findings_judge():
    covers = covers_of([ASSESSMENTS, CHALLENGE, ELSEWHERE])
    labels = {0: "Assessments, various aspects", 1: "Challenge, various aspects", 2: "Social workers"}
    said = aspect_names(labels, covers)
    assert said[0] == "Quality of assessments"
    # an aspect joined by "and" is said as the findings write it
    assert said[1] == "Scrutiny and challenge"
    assert said[2] == "Social workers"


def test_a_kept_theme_and_a_taken_label_stay():
    covers = covers_of([ASSESSMENTS, CHALLENGE, ELSEWHERE])
    labels = {0: "Assessments, various aspects", 1: "Quality of assessments", 2: "Social workers"}
    assert aspect_names(labels, covers)[0] == "Assessments, various aspects"
    labels = {0: "Assessments, various aspects", 1: "Challenge", 2: "Social workers"}
    assert aspect_names(labels, covers, keep={0})[0] == "Assessments, various aspects"
    # a broad theme's label is taken too
    assert aspect_names(labels, covers, taken={"Quality of assessments"})[0] == "Assessments, various aspects"


def test_a_narrowing_aspect_needs_a_fair_share_of_the_whole_theme():
    # three of fifteen write about relationships with personal advisers: the label would be narrower than the theme
    few = _ADVISERS + _RELATIONSHIPS[:3]
    covers = covers_of([few, CHALLENGE, ELSEWHERE])
    labels = {0: "Personal advisers, further findings", 1: "Challenge", 2: "Social workers"}
    assert aspect_names(labels, covers)[0] == "Personal advisers, further findings"
    # five of seventeen do: it names them
    covers = covers_of([_ADVISERS + _RELATIONSHIPS, CHALLENGE, ELSEWHERE])
    assert aspect_names(labels, covers)[0] == "Relationships with personal advisers"


def test_further_findings_need_an_aspect_the_larger_theme_writes_less():
    # the theme named "Assessments" judges their quality as often: the aspect sets nothing apart
    covers = covers_of([ASSESSMENTS, ASSESSMENTS[:6] + ["Assessments are written.", "Assessments are shared."],
                        ELSEWHERE])
    labels = {0: "Assessments", 1: "Assessments, further findings", 2: "Social workers"}
    assert aspect_names(labels, covers)[1] == "Assessments, further findings"


def test_an_aspect_cut_from_a_longer_term_is_not_said():
    adoption = ["Adoption and post-adoption support is good.", "Adoption and post-adoption support is timely.",
                "Adoption and post-adoption support is valued.", "Adoption panels are well run.",
                "Adoption is considered early.", "Adoption is achieved without delay.",
                "Adoption plans are tracked.", "Adoption reports are thorough."]
    covers = covers_of([adoption, CHALLENGE, ELSEWHERE])
    labels = {0: "Adoption, various aspects", 1: "Challenge", 2: "Social workers"}
    assert aspect_names(labels, covers)[0] == "Adoption, various aspects"


def test_a_subject_few_findings_write_is_not_the_theme_s_subject():
    covers = covers_of([CHALLENGE, ASSESSMENTS, ELSEWHERE])
    labels = {0: "Assessments, various aspects", 1: "Challenge", 2: "Social workers"}
    # theme 0 holds the findings on challenge: none of them is about assessments
    assert aspect_names(labels, covers)[0] == "Assessments, various aspects"


# findings on performance: four write "performance information", four "performance management"
PERFORMANCE = ["Performance information is accurate.", "Leaders use performance information well.",
               "Performance information is shared monthly.", "Managers trust the performance information.",
               "Performance management is rigorous.", "Performance management has improved.",
               "There is strong performance management.", "Performance management is embedded.",
               "Performance is reported to members.", "A performance culture runs through the service."]


def test_two_terms_of_x_name_the_theme_together():
    # the larger theme writes about data, not about performance information or its management
    data = ["Data are accurate.", "Data are shared with partners.", "Data quality is checked.",
            "Data systems are old.", "Data are used in supervision.", "Data on visits are reliable."]
    covers = covers_of([data, PERFORMANCE, ELSEWHERE])
    labels = {0: "Performance data", 1: "Performance data, further findings", 2: "Social workers"}
    assert aspect_names(labels, covers)[1] == "Performance information and performance management"


def test_a_term_a_fifth_write_does_not_name_the_theme_alone():
    adoption = ["Adoptive families are well supported.", "Adoptive families are found quickly.",
                "Adoption is considered early.", "Adoption is achieved without delay.",
                "Adoption plans are tracked.", "Adoption reports are thorough.", "Adoption panels are well run.",
                "Adoption is celebrated.", "Adoption targets are met.", "Adoption leaders are ambitious."]
    covers = covers_of([adoption, CHALLENGE, ELSEWHERE])
    labels = {0: "Adoption, various aspects", 1: "Challenge", 2: "Social workers"}
    assert aspect_names(labels, covers)[0] == "Adoption, various aspects"
    covers = covers_of([adoption[:2] + ["Adoptive families get support.", "Adoptive families are matched well."]
                        + adoption[4:], CHALLENGE, ELSEWHERE])
    assert aspect_names(labels, covers)[0] == "Adoptive families"


def test_two_aspects_joined_alike_are_said_together():
    timely = ["The timeliness of assessments has improved.", "The timeliness of assessments is variable.",
              "Managers track the timeliness of assessments."]
    covers = covers_of([ASSESSMENTS + timely, CHALLENGE, ELSEWHERE])
    labels = {0: "Assessments, various aspects", 1: "Challenge", 2: "Social workers"}
    assert aspect_names(labels, covers)[0] == "Quality and timeliness of assessments"
    # the label with both taken: the first aspect alone
    labels[1] = "Quality and timeliness of assessments"
    assert aspect_names(labels, covers)[0] == "Quality of assessments"

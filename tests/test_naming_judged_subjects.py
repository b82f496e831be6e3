"""'General judgements on ...' sub labels said by the subject their findings write, or by a practice and its
practitioners both written (`pipeline.themes.judged_subjects`); overall statements of no subject keep the wording."""

from tests.naming_fixtures import ELSEWHERE, covers_of

from pipeline.themes.judged_subjects import judged_subjects

# a theme named by its subject
PERMANENCE = ["Permanence is achieved without delay for most children.", "Permanence planning starts early.",
              "Some children wait too long for permanence.", "Permanence options are considered at the review.",
              "Plans for permanence are tracked by a panel.", "Managers check that permanence is secured.",
              "Permanence is secured for brothers and sisters together.", "Reports for the court are thorough."]
# judgements nearly all of which write of permanence too
JUDGED = ["Permanence is secured quickly for babies.", "Permanence is rarely delayed by the court timetable.",
          "Children achieve permanence with relatives.", "Permanence is not tracked well enough for older children.",
          "Permanence is celebrated with the children.", "Permanence for children with disabilities takes longer.",
          "Leaders know what works.", "Most children are doing well."]
# judgements on social work: some on the practice, some on its practitioners
SOCIAL = ["Social work practice is strong across the service.", "Social work is child centred and purposeful.",
          "Social work in the duty team is timely.", "Social work students are welcomed into teams.",
          "Social workers know their children well.", "Social workers are supported by managers.",
          "Newly qualified social workers have protected caseloads.", "The service is well regarded by partners."]
# overall statements with no subject of their own
OVERALL = ["Most children receive a good service.", "Children are helped when they need it.",
           "The quality of help varies across the county.", "Some children wait too long for help.",
           "Leaders have a clear picture of what works.", "Help for families is effective.",
           "Too many children are not helped soon enough.", "The service has improved since the last visit."]


def test_judgements_on_a_subject_another_theme_names_are_further_findings_on_it():
    covers = covers_of([PERMANENCE, JUDGED, ELSEWHERE, OVERALL, SOCIAL])
    labels = {0: "Permanence", 1: "General judgements on work with children", 2: "Staff", 3: "Help", 4: "Social work"}
    said = judged_subjects(labels, covers)
    assert said[1] == "Permanence, further findings"
    assert said[0] == "Permanence" and said[2] == "Staff"


def test_judgements_on_a_subject_no_theme_names_are_said_by_it():
    covers = covers_of([JUDGED, OVERALL, ELSEWHERE])
    labels = {0: "General judgements on services", 1: "Help", 2: "Staff"}
    assert judged_subjects(labels, covers)[0] == "Permanence"


def test_judgements_on_social_work_and_social_workers_said_by_both():
    # (the third theme not on social workers: the two terms must be the theme's own)
    covers = covers_of([SOCIAL, OVERALL, PERMANENCE])
    labels = {0: "General judgements on services", 1: "Help", 2: "Permanence"}
    assert judged_subjects(labels, covers)[0] == "Social work and social workers"


def test_overall_statements_keep_their_wording_and_other_labels_stay():
    covers = covers_of([OVERALL, SOCIAL, ELSEWHERE])
    labels = {0: "General judgements on work with children", 1: "Social work, various aspects", 2: "Staff"}
    assert judged_subjects(labels, covers) == labels


def test_kept_and_taken_labels_are_respected():
    covers = covers_of([PERMANENCE, JUDGED, ELSEWHERE, OVERALL, SOCIAL])
    labels = {0: "Permanence", 1: "General judgements on work with children", 2: "Staff", 3: "Help", 4: "Social work"}
    assert judged_subjects(labels, covers, keep={1})[1] == labels[1]
    # both the subject and its further findings taken (a broad theme's label): the wording stays
    taken = {"Permanence, further findings"}
    assert judged_subjects(labels, covers, taken=taken)[1] == labels[1]


# judgements nearly all of which write "early help" on its own, a part of longer field terms used as a term itself
EARLY_HELP = ["Early help is offered quickly to most families.", "The early help offer is well understood by schools.",
              "Some families wait too long for early help.", "Partners refer to early help appropriately.",
              "Early help is stepped up when risks rise.", "Families value the early help they receive.",
              "Early help reaches families in rural areas.", "Leaders know what works."]


def test_the_subject_is_checked_on_the_theme_s_own_findings(monkeypatch):
    # "Early help" is a cut phrase of a field term to the checks without findings; these findings use it on its own,
    # so it is the subject's name (`siblings.relabelled` reads the theme's findings), not "Early help, further findings"
    import pipeline.themes.judged_subjects as judged

    monkeypatch.setattr(judged, "inside_label", lambda covers, theme: "Early help")
    covers = covers_of([EARLY_HELP, OVERALL, ELSEWHERE])
    labels = {0: "General judgements on services", 1: "Help", 2: "Staff"}
    assert judged_subjects(labels, covers)[0] == "Early help"

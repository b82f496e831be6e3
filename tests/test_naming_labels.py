"""Theme labels a blind reader would accept: field terms used whole, acronyms only for themes about them, mixed
themes said to be mixed without a minor topic, broad labels written for the whole broad theme."""

import numpy as np

from pipeline.themes.naming import Coverage, _dominant_word, broad_from_children, name_problems, name_themes, \
    stands_alone

EARLY_HELP = [f"The early help {w} in the {p} area." for w, p in
              [("offer is strong", "north"), ("services reach families", "south"), ("hubs work well", "east"),
               ("teams are stable", "west"), ("offer is valued", "central"), ("workers know families", "coastal")]]
OTHER = [f"Foster carers are {w}." for w in ("trained well", "visited often", "recruited", "paid", "heard", "valued")]


def test_a_field_term_used_on_its_own_is_no_cut_of_a_longer_term():
    assert name_problems(["Early help"])  # without the findings, a cut of "early help assessment"
    assert name_problems(["Early help"], EARLY_HELP) == []
    assert stands_alone("early help", EARLY_HELP)
    reviewing = ["Independent reviewing officers visit.", "The independent reviewing officer chairs reviews."]
    assert not stands_alone("independent reviewing", reviewing)
    assert name_problems(["Independent reviewing"], reviewing)


def test_a_theme_about_early_help_is_named_early_help():
    labels = name_themes(EARLY_HELP + OTHER, np.repeat([0, 1], 6))["label"]
    assert labels[0] == "Early help" and labels[1] == "Foster carers"


def test_a_lone_acronym_names_only_a_theme_mostly_about_it():
    texts = ([f"Contacts from {p} reach the MASH quickly." for p in ("police", "schools", "health", "GPs")]
             + [f"Multi-agency meetings with {p} are well attended and decisions about {p} are shared." for p in
                ("police", "schools", "health", "nurses", "housing", "probation")]
             + [f"Foster carers are {w}." for w in ("trained well", "visited often", "recruited", "paid", "heard",
                                                     "valued", "kind", "local", "supported", "reviewed")])
    labels = name_themes(texts, np.repeat([0, 1], 10))["label"]
    assert labels[0] != "MASH"  # 4 of 10 findings: the theme is wider than the MASH


def test_a_mixed_theme_is_never_named_by_what_one_in_ten_findings_mention():
    rng = np.random.default_rng(5)
    words = ["budget", "garden", "window", "ladder", "kettle", "pencil", "violin", "carpet", "tunnel", "saddle",
             "anchor", "basket", "candle", "helmet", "marble", "needle", "pepper", "rocket", "statue", "timber"]
    texts = [f"The {a} and the {b} were noted." for a, b in rng.choice(words, size=(40, 2))]
    texts[0] = "Special guardianship orders were noted."
    texts[20] = "Corporate parenting was noted."
    texts += ["Return home interviews are offered to missing children."] * 10
    labels = name_themes(texts, np.repeat([0, 1, 2], [20, 20, 10]))["label"]
    covers = Coverage(texts, np.repeat([0, 1, 2], [20, 20, 10]))
    for theme in (0, 1):
        assert labels[theme].startswith("Mixed findings")
        if ", some on " in labels[theme]:
            assert covers.share(theme, labels[theme].split(", some on ")[1]) >= 0.2, labels[theme]
    assert name_problems(list(labels)) == []
    # the plain label may repeat: it is true of both, and a number would tell a reader nothing
    assert name_problems(["Mixed findings, no common topic"] * 2) == []


def test_a_theme_about_many_sides_of_one_thing_is_named_by_it():
    texts = [f"Assessments {w}." for w in ("are late", "miss fathers", "lack analysis of risk", "are updated",
                                            "consider culture", "are thorough")]
    texts += [f"Parenting assessments are {w}." for w in ("commissioned", "rare")]
    texts += [f"Foster carers are {w}." for w in ("trained well", "visited often", "recruited", "paid", "heard",
                                                   "valued", "kind", "local")]
    covers = Coverage(texts, np.repeat([0, 1], 8))
    assert _dominant_word(Coverage(texts, np.zeros(16, dtype=int)), 0, 0.5) is None  # as common everywhere
    assert _dominant_word(covers, 0, 0.5) == "Assessments"
    labels = name_themes(texts, np.repeat([0, 1], 8))["label"]
    assert labels[0] == "Assessments, various aspects"


def test_a_name_of_the_whole_field_is_flagged():
    assert name_problems(["Young people"]) and name_problems(["Children's services"])
    assert name_problems(["Social workers", "Children looked after", "Care leavers"]) == []


def test_a_broad_label_is_written_from_its_sub_themes_never_one_child_alone():
    children = [("Care leavers", 50), ("Accommodation", 30), ("Mixed findings, no common topic", 40),
                ("Employment and training", 20)]
    assert broad_from_children("Mixed findings, no common topic", children) == \
        "Care leavers, accommodation and employment"
    # one topic child: naming the whole by it would be wrong; a real label of its own is kept
    assert broad_from_children("Mixed findings, no common topic",
                               [("Care leavers", 50), ("Mixed findings, some on staff", 60)]).startswith("Mixed")
    assert broad_from_children("Leaving care", children) == "Leaving care"
    # topics of less than half of it do not name it
    assert broad_from_children("Mixed findings, no common topic",
                               [("Care leavers", 10), ("Accommodation", 10), ("Mixed findings", 90)]).startswith("Mixed")


def test_a_word_mostly_used_inside_one_phrase_is_no_subject_of_its_own():
    texts = [f"Children who return home {w}." for w in ("are seen late", "get an interview", "talk freely",
                                                         "are safe", "are visited", "are heard")]
    texts += [f"Foster carers are {w}." for w in ("trained well", "visited often", "recruited", "paid", "heard",
                                                   "valued")]
    covers = Coverage(texts, np.repeat([0, 1], 6))
    assert _dominant_word(covers, 0, 0.5) is None  # "home" is the tail of "return home" in every use


def test_a_theme_about_the_people_served_says_so_with_its_various_aspects():
    texts = [f"Young people {w}." for w in ("attend college", "sit on the panel", "complain easily",
                                             "enjoy the awards night", "join the forum", "meet the mayor")]
    texts += [f"Foster carers are {w}." for w in ("trained well", "visited often", "recruited", "paid", "heard",
                                                   "valued")]
    labels = name_themes(texts, np.repeat([0, 1], 6))["label"]
    assert labels[0] == "Young people, various aspects"  # not "Young people", which names the whole field


def test_a_broad_label_wider_than_one_word_is_rewritten_from_its_sub_themes():
    children = [("Plans, various aspects", 118), ("Permanence planning", 66)]
    assert broad_from_children("Plans and related topics", children) == "Plans and permanence planning"


def test_a_frame_noun_of_the_field_names_no_theme():
    texts = [f"The arrangements for {w} are in place." for w in ("holidays", "transport", "cover", "contact",
                                                                   "visits", "meals")]
    texts += [f"Foster carers are {w}." for w in ("trained well", "visited often", "recruited", "paid", "heard",
                                                   "valued")]
    assert _dominant_word(Coverage(texts, np.repeat([0, 1], 6)), 0, 0.5) is None


def test_a_broad_label_does_not_say_one_topic_twice():
    children = [("Children looked after", 50), ("LAC", 40), ("Missing education", 30)]
    assert broad_from_children("Mixed findings, no common topic", children) == \
        "Children looked after and missing education"
    assert broad_from_children("Mixed findings, no common topic", [("Social workers", 50), ("Relationships", 40),
                                                                   ("Social workers caseloads", 30)]) == \
        "Social workers and relationships"


def test_a_glossary_term_most_findings_use_in_some_form_names_the_theme():
    texts = ["Children in care see their families often.", "Each child in care has a named nurse.",
             "The CiC council meets monthly.", "Care for these children is stable and children move rarely.",
             "Children in care attend school.", "Every child in care has a review."]
    texts += [f"Foster carers are {w}." for w in ("trained well", "visited often", "recruited", "paid", "heard",
                                                   "valued")]
    from pipeline.themes.naming import _dominant_term

    covers = Coverage(texts, np.repeat([0, 1], 6))
    assert _dominant_term(covers, 0) == "Children in care"
    assert _dominant_term(covers, 1) is None

"""Theme labels a blind reader would accept: field terms used whole, acronyms only for themes about them, mixed
themes said to be mixed without a minor topic, broad labels written for the whole broad theme."""

import numpy as np

from pipeline.themes.fallback_names import dominant_word
from pipeline.themes.broad_names import broad_from_children
from pipeline.themes.coverage import Coverage
from pipeline.themes.name_checks import stands_alone
from pipeline.themes.naming import name_problems, name_themes

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
    assert dominant_word(Coverage(texts, np.zeros(16, dtype=int)), 0, 0.5) is None  # as common everywhere
    assert dominant_word(covers, 0, 0.5) == "Assessments"
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
    assert dominant_word(covers, 0, 0.5) is None  # "home" is the tail of "return home" in every use


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
    assert dominant_word(Coverage(texts, np.repeat([0, 1], 6)), 0, 0.5) is None


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
    from pipeline.themes.fallback_names import dominant_term

    covers = Coverage(texts, np.repeat([0, 1], 6))
    assert dominant_term(covers, 0) == "Children in care"
    assert dominant_term(covers, 1) is None


# A theme about child protection in general whose most used phrase is one part of it, beside themes about other things.
CHILD_PROTECTION = ([f"Child protection plans {w}." for w in ("are clear", "are reviewed", "name risks", "are shared")]
                    + [f"Child protection conferences {w}." for w in ("are timely", "hear parents", "are chaired")]
                    + [f"Child protection enquiries {w}." for w in ("are thorough", "involve police")]
                    + ["Child protection training is offered."])
FOSTERING = [f"Foster carers are {w}." for w in ("trained well", "visited often", "recruited", "paid", "heard",
                                                 "valued", "kind", "local", "supported", "reviewed")]


def _covers(texts, sizes):
    return Coverage(texts, np.repeat(np.arange(len(sizes)), sizes))


def test_a_label_of_one_part_is_widened_to_the_phrases_its_modifier_forms():
    from pipeline.themes.fallback_names import widened

    covers = _covers(CHILD_PROTECTION + FOSTERING, [10, 10])
    assert widened(covers, 0, "Child protection plans") == "Child protection plans, conferences and enquiries"
    # two phrases only ("plans" and "conferences"): the label stays
    two = CHILD_PROTECTION[:7] + ["Child protection is everyone's work."] * 3
    assert widened(_covers(two + FOSTERING, [10, 10]), 0, "Child protection plans") == "Child protection plans"


def test_a_label_of_one_kind_is_widened_to_its_head_but_a_compound_term_is_not():
    from pipeline.themes.fallback_names import widened

    health = ([f"Mental health {w}." for w in ("services are stretched", "needs are met", "waits are long")]
              + [f"Health {w}." for w in ("assessments are late", "passports are given", "needs are recorded",
                                          "histories are shared", "visits happen", "checks are done")]
              + ["Dental health is checked."])
    covers = _covers(health + FOSTERING, [10, 10])
    assert widened(covers, 0, "Mental health") == "Health, including mental health"
    court = ([f"Care proceedings {w}." for w in ("are timely", "end in orders", "are tracked")]
             + [f"Proceedings {w}." for w in ("start late", "are issued", "take weeks", "are reviewed", "close",
                                              "follow letters", "slip")])
    assert widened(_covers(court + FOSTERING, [10, 10]), 0, "Care proceedings") == "Care proceedings"
    # a label that says the theme is mixed is no phrase to widen
    assert widened(covers, 0, "Mixed findings, no common topic") == "Mixed findings, no common topic"


def test_a_word_a_quarter_of_all_themes_use_is_widespread():
    from pipeline.themes.fallback_names import widespread

    texts, sizes = [], []
    for theme in range(8):  # "plans" in a fifth of the findings of every theme, "adoption" in one theme only
        texts += [f"Plans for topic{theme} are made."] * 2 + [f"Topic{theme} note {i}." for i in range(8)]
        sizes.append(10)
    texts[:10] = [f"Adoption {w}." for w in "abcdefghij"]
    covers = _covers(texts, sizes)
    assert widespread(covers, "plans") and not widespread(covers, "adoption")


def test_a_common_word_is_named_by_its_kinds_or_as_mixed_findings_on_it():
    from pipeline.themes.word_kinds import kinds_named

    plans = ([f"Pathway plans {w}." for w in ("are late", "are clear", "start at 16")] + [f"Care plans {w}." for w in
                                                                           ("are reviewed", "are shared")]
             + [f"Plans {w}." for w in ("drift", "are generic", "are updated")] + ["Contingency plans exist."])
    assert kinds_named(plans, "Plans") == "Pathway, care and other plans"
    assert kinds_named([f"Young people {w}." for w in ("are safe", "are heard", "thrive")], "Young people") is None
    assert kinds_named(plans[4:], "Plans") is None  # fewer than two kinds


def test_a_broad_theme_reads_a_childs_kinds_as_their_common_word():
    children = [("Pathway, care and other plans", 60), ("Permanence planning", 50),
                ("Mixed findings, no common topic", 20)]
    assert broad_from_children("Mixed findings, no common topic", children) == "Plans and permanence planning"


def test_a_mixed_themes_listed_phrase_cut_from_a_field_term_is_made_whole():
    rng = np.random.default_rng(3)
    words = ["budget", "garden", "window", "ladder", "kettle", "pencil", "violin", "carpet", "tunnel", "saddle",
             "anchor", "basket", "candle", "helmet", "marble", "needle", "pepper", "rocket", "statue", "timber"]
    texts = [f"The {a} and the {b} were noted." for a, b in rng.choice(words, size=(20, 2))]
    # half of the uses inside the whole term: "home interviews" is its cut, not a term of its own
    texts[:6] = ([f"Children had return home interviews {w}." for w in ("by phone", "in schools", "at night")]
                 + [f"The home interviews were {w}." for w in ("late", "brief", "kind")])
    labels = name_themes(texts + FOSTERING, np.repeat([0, 1], [20, 10]))["label"]
    assert labels[0].startswith("Mixed findings: return home interviews"), labels[0]


def test_a_theme_about_many_sides_of_everyones_subject_is_said_to_be_mixed():
    rng = np.random.default_rng(4)
    words = ["budget", "garden", "window", "ladder", "kettle", "pencil", "violin", "carpet", "tunnel", "saddle",
             "anchor", "basket", "candle", "helmet", "marble", "needle", "pepper", "rocket", "statue", "timber"]
    topics = ["foster carers", "adoption panels", "care leavers", "strategy discussions", "domestic abuse",
              "private fostering", "virtual school"]
    texts = [f"Young people enjoy the {a} and the {b}." for a, b in rng.choice(words, size=(10, 2))]
    for topic in topics:  # every theme's findings speak of young people too
        texts += [f"The {topic} {w} well." for w in ("work", "plan", "meet", "report", "train", "listen", "visit",
                                                      "review")]
        texts += [f"Young people value the {topic}.", f"The {topic} help young people."]
    labels = name_themes(texts, np.repeat(np.arange(8), 10))["label"]
    # mixed, and not "mostly on young people": a name of the whole field is no subject (read 20: meaningless)
    assert labels[0].startswith("Mixed findings") and "young people" not in labels[0].lower()
    assert list(labels[1:]) == [t[:1].upper() + t[1:] for t in topics]


def test_a_label_of_two_parts_that_share_a_word_is_widened_from_its_first_part():
    health = ([f"Mental health {w}." for w in ("services are stretched", "needs are met", "waits are long",
                                                "workers help")]
              + [f"Health assessments {w}." for w in ("are late", "are thorough", "are reviewed")]
              + [f"Health {w}." for w in ("passports are given", "histories are shared", "checks are done")])
    labels = name_themes(health + FOSTERING, np.repeat([0, 1], 10), max_parts=2)["label"]
    assert labels[0] == "Health, including mental health"  # not "Mental health and health assessments"


def test_a_sub_theme_of_two_topics_is_named_by_both():
    import pandas as pd

    from pipeline.themes.discover import name_levels

    oversight = ([f"Management oversight of {w} is weak." for w in ("visits", "plans", "records", "referrals")]
                 + [f"Supervision of {w} is regular." for w in ("staff", "students", "teams", "cases")]
                 + ["Audits are done.", "Files are tidy."])
    vectors = np.random.default_rng(0).normal(size=(20, 8)).astype(np.float32)
    assignment = np.repeat([0, 1], 10)
    centroids = np.stack([vectors[:10].mean(0), vectors[10:].mean(0)])
    named, _ = name_levels(pd.Series(oversight + FOSTERING), vectors, assignment, centroids, assignment,
                           {0: np.arange(10), 1: np.arange(10, 20)}, None)
    assert named.at[0, "label"] == "Management oversight and supervision"  # each covers 4 of 10


def _theme(texts: list[str]) -> Coverage:
    """One theme of `texts` beside a theme of other findings."""
    return Coverage(texts + OTHER, np.repeat([0, 1], [len(texts), len(OTHER)]))


def test_some_on_x_needs_x_to_be_a_subject_not_a_verb_adjective_or_unit():
    from pipeline.themes.subject_checks import names_subject

    verbs = _theme([f"Managers analyse {w} each month." for w in ("data", "audits", "trends", "returns", "cases")])
    assert not names_subject(verbs, 0, "analyse", 0.2)  # a verb
    units = _theme([f"Children live {n} miles from home." for n in ("20", "30", "45", "50", "12")])
    assert not names_subject(units, 0, "miles", 0.2)  # a unit after a number
    modifier = _theme([f"The specialist {w} is stretched." for w in ("team", "service", "unit", "nurse", "worker")])
    assert not names_subject(modifier, 0, "specialist", 0.2)  # a modifier of other nouns
    assert not names_subject(modifier, 0, "good-quality", 0.2)  # no use at all
    adoption = _theme([f"Adoption {w}." for w in ("is timely", "works for siblings", "panels are sound",
                                                  "is considered early", "support is offered")])
    assert names_subject(adoption, 0, "adoption", 0.2)
    assert names_subject(adoption, 0, "CAMHS", 0.2)  # a glossary term
    assert not names_subject(adoption, 0, "local authority", 0.2)  # fails the name checks


def test_one_word_names_a_theme_only_as_a_noun_of_its_own():
    from pipeline.themes.subject_checks import usable_alone

    siblings = _theme([f"Brothers and sisters {w}." for w in ("live together", "are placed apart", "keep in touch",
                                                              "are assessed together", "see each other")])
    assert not usable_alone(siblings, 0, "Brothers")  # one word of "brothers and sisters"
    assert usable_alone(siblings, 0, "Brothers and sisters")
    term = _theme([f"Long-term {w} are agreed." for w in ("placements", "plans", "matches", "homes", "carers")])
    assert not usable_alone(term, 0, "Long-term")
    assert not usable_alone(term, 0, "Sub-group")
    adoption = _theme([f"Adoption {w}." for w in ("is timely", "works for siblings", "is considered early",
                                                  "happens quickly", "is planned")])
    assert usable_alone(adoption, 0, "Adoption")


def test_a_name_of_the_field_or_its_place_a_statistic_fragment_or_half_a_pair_is_flagged():
    for name in ("Social care", "Authority area", "Age of years", "Court advisory"):
        assert name_problems([name]), name
    assert name_problems(["Children in care", "Social workers", "Cafcass", "Foster carers"]) == []


def test_synonyms_are_one_label():
    from pipeline.themes.vocabulary import label_key, canonical

    assert len({label_key(n) for n in ("Children in care", "Children looked after", "LAC", "CLAs",
                                        "Looked after children")}) == 1
    assert label_key("Care leaving") == label_key("Care leavers") == label_key("Care-leaving")
    assert canonical("Mixed findings, some on lac") == "mixed findings some on lac"  # a word, no abbreviation
    assert name_problems(["Children in care", "LAC"]) and name_problems(["Care leavers", "Care leaving"])


def test_a_theme_whose_name_another_has_as_a_synonym_takes_another_name():
    from pipeline.themes.vocabulary import label_key

    cic = [f"Children in care {w}." for w in ("are safe", "are happy", "are heard", "do well", "are visited",
                                               "feel listened to")]
    lac = [f"Looked after children {w}." for w in ("are safe", "are happy", "are heard", "do well", "are seen",
                                                    "feel safe at home")]
    labels = list(name_themes(cic + lac + OTHER, np.repeat([0, 1, 2], 6))["label"])
    assert labels[0] == "Children in care"
    assert labels[1] not in ("Looked after children", "Children looked after", "LAC", "CLA"), labels
    assert label_key(labels[1]) != label_key(labels[0]), labels
    assert name_problems(labels) == []


def test_a_broad_theme_mostly_without_a_topic_is_named_by_what_its_sub_themes_are_about_as_a_mixture():
    children = [("Mixed findings, no common topic", 225), ("Mixed findings, mostly on young people", 167),
                ("Children in care", 142), ("Mixed findings, some on placements", 138),
                ("Children looked after and care leavers", 135), ("Mixed findings: DCS", 100),
                ("Corporate parenting", 44)]
    # largest first; "young people" names the whole field and "Children looked after" says "Children in care" again
    assert broad_from_children("Mixed findings, no common topic", children) == \
        "Mixed findings: children in care, placements and DCS"
    # one sub-theme with a subject, holding a fifth of it: said as a part, never as the whole
    assert broad_from_children("Mixed findings, no common topic", [("Mixed findings, no common topic", 186),
                                                                   ("Staff, various aspects", 73)]) == \
        "Mixed findings, some on staff"
    assert broad_from_children("Mixed findings, no common topic", [("Mixed findings, no common topic", 186),
                                                                   ("Staff, various aspects", 20)]) == \
        "Mixed findings, no common topic"
    # a pair of single words is one topic, not its first half
    assert broad_from_children("Mixed findings, no common topic", [("Mixed findings, no common topic", 700),
                                                                   ("Brothers and sisters", 150),
                                                                   ("Family group conferences", 90)]) == \
        "Mixed findings: family group conferences, brothers and sisters"  # a part with an "and" goes last
    # a minor part ("a few on X") is no subject of the broad theme; statistics stay statistics
    assert broad_from_children("Statistics, mixed topics", [("Statistics, some on exclusions", 60),
                                                            ("Statistics, a few on referrals", 50),
                                                            ("Statistics on schools", 40)]) == \
        "Statistics: exclusions and schools"  # "Statistics" said once


def test_a_broad_label_of_one_word_is_rewritten_from_its_sub_themes_topics():
    children = [("Statistics on schools, including primary schools", 51), ("Virtual school", 47)]
    assert broad_from_children("School, various aspects", children) == "Statistics on schools and virtual school"
    # sub-themes mostly without a topic: the word most of it shares stays its name
    assert broad_from_children("School, various aspects", [("Virtual school", 30), ("Mixed findings, no common topic",
                                                                                    60)]) == "School, various aspects"


def test_sub_themes_left_with_one_label_are_told_apart_by_a_keyword_a_fair_part_of_them_use():
    from pipeline.themes.alike_labels import distinguish_alike
    from pipeline.themes.coverage import Coverage

    plain = "Mixed findings, no common topic"
    labels = {0: plain, 1: plain, 2: plain, 3: "Statistics, mixed topics", 4: "Statistics, mixed topics", 5: "Adoption"}
    sizes = {0: 233, 1: 225, 2: 138, 3: 50, 4: 40, 5: 30}
    keywords = {2: ["needs", "governance", "accountability"], 4: ["age", "ethnic groups"]}
    out = distinguish_alike(labels, sizes, keywords)
    assert out[0] == plain  # the largest keeps what is true of all of them
    assert out[1] == plain  # no keyword of its own: not "beside" its broad theme's topics, which are seldom its own
    assert out[2] == "Mixed findings, some on governance"  # "needs" is no topic
    assert out[3] == "Statistics, mixed topics" and out[4] == "Statistics, some on ethnic groups"
    assert out[5] == "Adoption"
    # given the findings, the label says how many use the keyword: one in ten is not "some"; one in four is
    texts = ["Governance of the partnership is weak."] * 1 + ["Plans are late."] * 9 + \
            ["Ethnic groups are listed."] * 1 + ["Figures rose."] * 3
    themes = np.array([2] * 10 + [4] * 4)
    out = distinguish_alike(labels, sizes, keywords, Coverage(texts, themes))
    assert out[2] == "Mixed findings, one in ten on governance" and out[4] == "Statistics, some on ethnic groups"


def test_a_theme_with_no_common_topic_says_how_much_of_it_is_on_what_so_no_two_are_called_the_same():
    rng = np.random.default_rng(5)
    # words no two findings share: neither theme has a topic
    words = iter("".join(rng.choice(list("bdgklmnprstvz"), 3)) + "ot" for _ in range(200))
    first = [f"The {next(words)} and the {next(words)} were noted." for _ in range(20)]
    second = [f"It was {next(words)} by the {next(words)}." for _ in range(20)]
    second[:3] = ["Most interpreters left early.", "The interpreters were kind.", "Two interpreters helped."]
    labels = list(name_themes(first + second + FOSTERING, np.repeat([0, 1, 2], [20, 20, 10]))["label"])
    assert labels[0] == "Mixed findings, no common topic"
    # 3 of 20: "a few on interpreters" promised more than a reader of ten finds; the share is said
    assert labels[1] == "Mixed findings, one in seven on interpreters", labels
    assert labels[2] == "Foster carers"


def test_a_generic_word_a_theme_shares_is_named_by_the_kinds_of_it():
    from pipeline.themes.word_kinds import kinds_named

    boards = ([f"The improvement board {w}." for w in ("met monthly", "set targets", "checked progress")]
              + [f"The health and wellbeing board {w}." for w in ("agreed the plan", "heard the DCS", "met quarterly")]
              + [f"The adoption board {w}." for w in ("approved matches", "met weekly")]
              + [f"The board {w}." for w in ("is chaired well", "lacks challenge", "reviews data", "is small")])
    assert kinds_named(boards, "Board") is None  # "improvement" is a frame word of the field
    # "wellbeing" is written only as the end of "health and wellbeing board": no kind (`word_kinds.no_kind`)
    assert kinds_named(boards, "Board", frame=True) == "Improvement, adoption and other boards"


def test_the_index_of_runs_inside_field_terms_finds_the_terms_that_trying_each_one_finds():
    from pipeline.themes.name_checks import field_terms, terms_with

    def inside(words, term):  # the rule the index stands for, tried term by term
        return len(words) < len(term) and any(term[i:i + len(words)] == words
                                              for i in range(len(term) - len(words) + 1))

    runs = {term[i:j] for term in field_terms() for i in range(len(term)) for j in range(i + 1, len(term) + 1)}
    runs |= {("no", "such", "run"), ("and",), ("care", "in")}
    for words in runs:
        assert terms_with(words) == tuple(term for term in field_terms() if inside(words, term)), words
    assert terms_with(("independent", "reviewing")) and not terms_with(("no", "such", "run"))


def test_shares_from_the_stem_index_are_the_shares_read_theme_by_theme():
    texts = ["Care plans are late.", "The care plan was reviewed.", "IROs chair reviews.", "Independent reviewing "
             "officers chair the reviews", "Plans for permanence", "no plan", "Life-story work", "life story books",
             "", "Care-leavers' plans"]
    covers = Coverage(texts, np.array([0, 0, 1, 1, 2, 2, 2, 3, 3, 3]))
    for phrase in ["care plan", "plans", "IROs", "independent reviewing officers", "life story", "nothing here", "",
                   "care", "and"]:
        assert covers.shares(phrase) == {t: covers.share(t, phrase) for t in range(4)}, phrase
    assert covers.shares("care plan")[0] == 1.0


def test_a_label_cut_after_a_verb_or_opening_with_what_was_done_is_flagged():
    # read 38: "Emergency duty team and team provides", "Statistics on placed for adoption" meaningless
    assert name_problems(["Emergency duty team and team provides"])
    assert name_problems(["Statistics on placed for adoption"])
    assert name_problems(["Mixed findings, some on placed for adoption"])
    # near misses: a participle after its noun, inside a term or heading a label, and nouns that look like verbs, pass
    for fine in ("Children placed for adoption", "Statistics on looked after children", "Local offer",
                 "Lead member", "Work with families", "Children missing from home or care", "Placement moves",
                 "Placed for adoption"):
        assert not name_problems([fine]), fine


def test_statistics_are_said_on_a_topic_never_on_what_was_done():
    from pipeline.themes.topic_renames import topic_text

    figures = ["In 2014, 31 children were placed for adoption.", "Of 90 children, 12 were adopted within a year.",
               "There were 45 adoptions, above the national rate.", "About 60 children wait for a family."]
    covers = Coverage(figures, np.zeros(len(figures), dtype=int))
    assert topic_text(covers, 0, "Children looked after") == "Statistics on children looked after"
    # near miss: "Statistics on placed for adoption" (read 38: meaningless); the topic alone reads
    assert topic_text(covers, 0, "Placed for adoption") == "Placed for adoption"

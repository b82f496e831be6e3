"""Broad labels checked against their own findings (broad19, after blind reads 31-33): a part that is a field
topic's word in another sense gives way to that topic; "Statistics on" only over a broad theme of figures."""

import numpy as np
from tests.naming_fixtures import ELSEWHERE, covers_of

from pipeline.themes.broad_parts import (general_head_label, label_parts, nearest_topic_label, topic_centres,
                                         topic_for_misread, word_of_its_findings)
from pipeline.themes.broad_names import broad_from_children
from pipeline.themes.coverage import Coverage

MISSING = [f"When children go missing from home, {w}." for w in (
    "return home interviews are offered", "the police are told at once", "risks are reviewed", "carers report it",
    "managers track each episode", "patterns are analysed")] + [
    "Children who go missing from care are found quickly.", "Missing episodes are reviewed weekly."]
OTHER = ["Return home interviews are timely.", "Children missing education are tracked by the school team."]


def test_a_part_in_another_sense_of_the_topics_word_gives_way_to_the_topic():
    covers = covers_of([MISSING + OTHER, ELSEWHERE])
    assert topic_for_misread("Missing education and return home interviews", covers, 0) == \
        "Children missing from home or care and return home interviews"
    # listed in a mixed label too, said inside it
    assert topic_for_misread("Mixed findings: return home interviews and missing education", covers, 0) == \
        "Mixed findings: return home interviews and children missing from home or care"


def test_a_part_in_the_topics_own_sense_or_a_theme_not_on_the_topic_keeps_its_label():
    covers = covers_of([MISSING + OTHER, ELSEWHERE])
    assert topic_for_misread("Missing episodes and return home interviews", covers, 0) == \
        "Missing episodes and return home interviews"
    # the other theme is not about children missing: its label is not read against that topic
    assert topic_for_misread("Missing education and social workers", covers, 1) == \
        "Missing education and social workers"
    # a label that says it is about one thing "in various aspects" is one whole, no parts to check
    assert label_parts("Missing education, various aspects") == ("", [])
    assert label_parts("Mixed findings: A, B and C") == ("Mixed findings: ", ["A", "B", "C"])


def test_statistics_on_is_said_only_over_a_broad_theme_of_figures():
    children = [("Statistics on children placed out of area", 50), ("Where children live", 40),
                ("Children's homes", 30)]
    # most of it narrative (read 31: 31% figures): the sub-theme's figures are one part, no "Statistics on" opening
    assert broad_from_children("Mixed findings, no common topic", children, figures=0.31) == \
        "Children placed out of area, where children live and children's homes"
    # most of it figures: said as statistics, as before
    assert broad_from_children("Mixed findings, no common topic", children, figures=0.7) == \
        "Statistics on children placed out of area, where children live and children's homes"
    assert broad_from_children("Mixed findings, no common topic", children) == \
        "Statistics on children placed out of area, where children live and children's homes"


def _nearest_fixture():
    """Broad theme 0: twelve findings on support to families, three on brothers and sisters; broad theme 1: ten on
    brothers and sisters, ten on social workers' visits. Vectors by hand: one direction per subject."""
    families = [f"Family support workers {w}." for w in ("visit homes", "help parents", "run groups", "work late",
                                                          "plan with parents", "meet schools")] + \
        [f"Whole family work {w}." for w in ("is strong", "is timely", "reduces risk", "is valued", "helps children",
                                             "is planned")]
    brothers = [f"Brothers and sisters {w}." for w in ("live together", "are placed together", "keep in touch",
                                                       "are assessed together", "see each other", "share carers",
                                                       "are kept together", "meet often", "stay close", "are heard",
                                                       "have life story work", "are consulted", "visit each other")]
    visits = [f"Social workers {w}." for w in ("visit children", "visit often", "visit alone", "visit on time",
                                               "visit monthly", "visit at home", "visit at school", "visit twice",
                                               "visit carers", "visit weekly")]
    texts = families + brothers[:3] + brothers[3:] + visits
    broad = np.array([0] * 15 + [1] * 20)
    vectors = np.zeros((len(texts), 3))
    vectors[:12, 0] = 1
    vectors[12:25, 1] = 1
    vectors[25:, 2] = 1
    vectors += 0.01 * np.random.default_rng(0).standard_normal(vectors.shape)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    return Coverage(texts, broad), vectors


def test_a_field_topic_most_of_a_broad_theme_is_nearest_names_it_over_a_minor_part():
    covers, vectors = _nearest_fixture()
    centres = topic_centres(covers, vectors)
    assert "Work with families" in centres[0]
    # 12 of 15 nearest work with families, 3 nearest brothers and sisters: the topic names it
    assert nearest_topic_label("Mixed findings, one in ten on brothers and sisters", covers, 0, vectors, centres) == \
        "Work with families"
    # a label whose part holds its findings, or that names the topic, is kept
    assert nearest_topic_label("Brothers and sisters", covers, 1, vectors, centres) == "Brothers and sisters"
    assert nearest_topic_label("Family work and brothers", covers, 0, vectors, centres) == "Family work and brothers"


def test_a_topic_with_less_than_twice_the_best_part_leaves_the_label():
    covers, vectors = _nearest_fixture()
    # theme 1: half nearest brothers and sisters, half social workers' visits; no topic of the field holds it
    assert nearest_topic_label("Mixed findings, some on brothers and sisters", covers, 1, vectors,
                               topic_centres(covers, vectors)) == "Mixed findings, some on brothers and sisters"


def test_a_part_a_fifth_of_the_theme_uses_stays_after_the_topic():
    education = [f"Children missing education {w}." for w in ("are tracked", "are found quickly", "are visited")]
    covers = covers_of([MISSING + education, ELSEWHERE])
    # 3 of 11 write "missing education": a part of its own, said after the topic most of it is about
    assert topic_for_misread("Missing education and return home interviews", covers, 0) == \
        "Children missing from home or care, missing education and return home interviews"


def test_a_word_its_findings_mostly_write_as_another_word_of_its_stem_is_said_as_that_word():
    adoption = [f"Adoption {w}." for w in ("is timely", "is considered early", "support is good", "panels work well",
                                           "plans are clear", "is achieved for many")]
    adopters = [f"Adopters {w}." for w in ("are approved quickly", "are well prepared")]
    covers = covers_of([adoption + adopters, ELSEWHERE])
    # "adopt" counts all eight; "adopters" is written by two, "adoption" by six: the sub-theme's "Adoption" leads
    assert word_of_its_findings("Adopters and approval", covers, 0, ["Adoption", "Adopters"]) == \
        "Adoption and adopters"
    # no sub-theme says the other word: kept; a word most of them write as it is: kept
    assert word_of_its_findings("Adopters and approval", covers, 0, ["Adopters"]) == "Adopters and approval"
    assert word_of_its_findings("Adoption and approval", covers, 0, ["Adopters"]) == "Adoption and approval"


def test_a_run_too_small_for_any_topic_centre_keeps_its_labels():
    covers = covers_of([ELSEWHERE[:3], ELSEWHERE[3:6]])
    vectors = np.eye(6, 4)
    centres = topic_centres(covers, vectors)
    assert centres[0] == [] and centres[1].shape == (0, 4)
    assert nearest_topic_label("Social workers and visits", covers, 0, vectors, centres) == "Social workers and visits"


RISK = [f"Risk {w}." for w in ("of harm is assessed well", "management plans are clear", "is reviewed at each visit",
                              "assessments are thorough", "to children is understood", "is escalated quickly",
                              "is shared between agencies", "of harm is recorded")] + [
    f"The risk of child sexual exploitation {w}." for w in ("is screened", "is mapped", "is tracked",
                                                            "is assessed")] + [
    "Domestic abuse notifications are triaged.", "Staff discuss each case with a manager."]


def test_a_broad_label_of_narrow_parts_leads_with_the_general_topic_its_findings_share():
    covers = covers_of([RISK, ELSEWHERE * 3])
    children = ["Child sexual exploitation", "Risk of harm", "Domestic abuse"]
    # 12 of 14 findings on risk, 4 of them on sexual exploitation (a fifth or more: it stays, after the topic)
    assert general_head_label("Child sexual exploitation and domestic abuse", covers, 0, children) == \
        "Risk of harm, including child sexual exploitation"
    # a second part one in ten uses is named after it
    more = covers_of([RISK + ["Domestic abuse is assessed as a risk."], ELSEWHERE * 3])
    assert general_head_label("Child sexual exploitation and domestic abuse", more, 0, children) == \
        "Risk of harm, including child sexual exploitation and domestic abuse"
    # a label that opens with the topic's word already says it
    assert general_head_label("Risks and domestic abuse", covers, 0, children) == "Risks and domestic abuse"


ADOPTION = [f"Adoption {w}." for w in ("support is timely", "panels are well run", "performance is strong",
                                      "medical advice is prompt", "reports are thorough", "is considered early")] + [
    "Adopters are well prepared.", "Children are placed for adoption quickly.",
    "Prospective adopters praise the training.", "The adoption agency recruits widely."]
COURT = [f"Care proceedings {w}." for w in ("are timely", "are well prepared", "rarely drift", "are tracked")] + [
    f"Proceedings {w}." for w in ("end within 26 weeks", "are reviewed", "are monitored")] + [
    f"Public law outline {w}." for w in ("letters are clear", "meetings are held", "work is prompt")]


def test_a_part_that_names_the_topic_as_a_narrow_kind_gives_way_to_the_word_the_findings_write():
    covers = covers_of([ADOPTION, ELSEWHERE * 3])
    # every finding on adoption, 1 in 10 placed for adoption: said as the word most of them write, not "adopters"
    assert general_head_label("Placed for adoption", covers, 0, ["Adopters", "Adoption, various aspects"]) == \
        "Adoption"
    # the word taken by another label: with another word of its stem a sub-theme names
    assert general_head_label("Placed for adoption", covers, 0, ["Adopters", "Adoption, various aspects"],
                              avoid=lambda label: label == "Adoption") == "Adoption and adopters"


def test_a_part_that_holds_a_fair_share_of_the_topic_or_the_kind_a_listing_ends_on_keeps_the_label():
    covers = covers_of([COURT, ELSEWHERE * 3])
    # "care proceedings", 4 of the 7 on proceedings: a part, not a narrow kind
    assert general_head_label("Care proceedings and public law outline", covers, 0,
                              ["Care proceedings", "Public law outline"]) == "Care proceedings and public law outline"
    plans = covers_of([[f"Plans {w}." for w in ("are clear", "are specific", "are reviewed", "are shared")]
                     + ["Pathway plans are updated.", "Care plans are written with children."], ELSEWHERE * 3])
    assert general_head_label("Pathway, care and other plans", plans, 0, ["Pathway plans", "Care plans"]) == \
        "Pathway, care and other plans"


def test_a_clause_names_no_general_topic():
    homes = [f"Children live {w}." for w in ("near school", "in stable places", "with carers", "in the area",
                                            "close to friends", "in foster placements")] + ["Placements are good."]
    covers = covers_of([homes, ELSEWHERE * 3])
    # "live" ends the clause "where children live": a verb, not the thing the theme is about
    assert general_head_label("Children placed out of area and where children live", covers, 0,
                              ["Where children live", "Placements"]) == \
        "Children placed out of area and where children live"


def _least_part_fixture():
    """Broad theme 0: seven findings on family work, three on mentors, three on memory boxes, two on pets; broad
    theme 1: five on family work and ten each on mentors, memory boxes and pets (so that each part has a centre).
    Vectors by hand: one direction per subject."""
    family = [f"Whole family work {w}." for w in ("is strong", "is timely", "reduces harm", "is valued",
                                                  "is planned", "starts early", "is flexible", "is consistent",
                                                  "is well led", "is reviewed", "is creative", "is joined up")]
    mentors = [f"Mentors {w}." for w in ("call weekly", "meet often", "listen well", "stay long", "give time",
                                         "go to clubs", "share meals", "help with homework", "keep going",
                                         "know the area", "are trained", "are matched", "are thanked")]
    memory = [f"Memory boxes {w}." for w in ("hold photos", "hold letters", "are kept safe", "are updated",
                                             "go with them", "are made early", "hold cards", "are decorated",
                                             "are shared", "hold toys", "are labelled", "are treasured", "are new")]
    pets = [f"Pets {w}." for w in ("are welcome", "move with them", "are fed", "are walked", "comfort them",
                                   "are named", "are loved", "are allowed", "are cared for", "visit", "play",
                                   "sleep")]
    texts = family[:7] + mentors[:3] + memory[:3] + pets[:2] + family[7:] + mentors[3:] + memory[3:] + pets[2:]
    broad = np.array([0] * 15 + [1] * (len(texts) - 15))
    direction = {0: family, 1: mentors, 2: memory, 3: pets}
    vectors = np.zeros((len(texts), 4))
    for i, text in enumerate(texts):
        vectors[i, next(d for d, group in direction.items() if text in group)] = 1
    vectors += 0.01 * np.random.default_rng(0).standard_normal(vectors.shape)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    return Coverage(texts, broad), vectors


def test_a_nearest_topic_takes_the_least_held_part_s_place_unless_a_large_sub_theme_is_on_it():
    covers, vectors = _least_part_fixture()
    centres = topic_centres(covers, vectors)
    # 7 of 15 nearest work with families, at least twice any part: it leads, the least held part (pets) makes room
    label = "Mentors, memory boxes and pets"
    assert nearest_topic_label(label, covers, 0, vectors, centres) == "Work with families, mentors and memory boxes"
    # pets the subject of a sub-theme holding a fifth of the broad theme or more: the label is left as it is
    assert nearest_topic_label(label, covers, 0, vectors, centres, large=frozenset({"pets"})) == label
    # a large sub-theme on a part that stays changes nothing
    assert nearest_topic_label(label, covers, 0, vectors, centres, large=frozenset({"mentors"})) == \
        "Work with families, mentors and memory boxes"

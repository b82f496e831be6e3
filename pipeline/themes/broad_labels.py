"""Broad labels written for each broad theme's whole content (`compose_broad_labels`): its own label from its
findings, then each check in turn, a check's label kept only when it is not taken and has no name problem.

The steps, in order: named by its sub-themes' topics when its own label gives no common topic (`broad_names`), the
phrase it shares over a listing of small parts, a part read in another sense, the word its findings write, the field
topic most of it is nearest, the general head over narrow parts (`broad_parts`), every named part borne out
(`named_parts`), figures named by what they count (`broad_figures`), led by its largest sub-theme (`broad_lead`),
a mixture's sub-themes' topics (`broad_mixture`), weighed by its sub-themes (`broad_weighted`: minor parts out, a
large sub-theme's two topics, one topic said with a subject more of its sub-themes are on), staff said as their work
(`broad_people`), no placeholder and every listed part borne out by what its findings write (`broad_borne`), and
borne out whole by a fair share of them, none a council's own name (`broad_fair`), a listing that names the
sub-themes of under half of it given the topic of its largest unnamed ones (`broad_named`), and last
a label for its whole content (`broad_whole`: a placeholder filled by its parts, a subject by its kinds), and a
listing of kinds of one wider subject said as that subject (`broad_subjects`), a part no sub-theme is on given way
to the subject of a largest sub-theme the label leaves out (`broad_borrowed`), a largest sub-theme of a
quarter of it said first when no part names it (`broad_left_out`), a listing over a catch-all of
general statements said to be general judgements on its parts (`broad_general`), a listing none of whose parts a
third of it bears said with the topic of its sub-themes a third of it does (`broad_shared`), one of a sub-theme's
pair of one field topic's terms said as that topic (`broad_paired`), a listing whose lead part few of its findings
bear led by the part most of them bear (`broad_lead.best_borne_lead`), a listing one of whose parts most of its
findings write said without the parts few of them write (`broad_majority`), a part that is the first piece of a
field topic "X and their Y" said "Y of X" when its findings write the whole topic (`broad_referred`), and figures
left with a fragment of a part for their subject said to be assorted (`broad_figures.assorted_figures`).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from pipeline.themes.broad_borrowed import largest_over_borrowed
from pipeline.themes.broad_child_parts import child_part_said
from pipeline.themes.broad_borne import kinds_borne, parts_borne_out, plain_over_related
from pipeline.themes.broad_fair import parts_fairly_borne
from pipeline.themes.broad_general import general_over_listing
from pipeline.themes.broad_figures import assorted_figures, figures_named
from pipeline.themes.broad_lead import best_borne_lead, largest_first
from pipeline.themes.broad_left_out import largest_left_out
from pipeline.themes.broad_majority import majority_said, word_said
from pipeline.themes.broad_mixture import topics_over_mixture
from pipeline.themes.broad_named import named_by_parts
from pipeline.themes.broad_names import broad_from_children, parts_share, topic_part
from pipeline.themes.broad_paired import topic_over_paired_term
from pipeline.themes.broad_parts import (NEAREST_LEAST, general_head_label, nearest_topic_label,
                                         related_over_listing, shared_over_mixture, topic_for_misread,
                                         word_of_its_findings)
from pipeline.themes.broad_people import practice_over_staff
from pipeline.themes.broad_referred import referred_said
from pipeline.themes.broad_shared import shared_subject_named
from pipeline.themes.broad_subjects import wider_subject_named
from pipeline.themes.broad_weighted import largest_subject_named, largest_topics_named, minor_parts_dropped
from pipeline.themes.broad_whole import (PLACEHOLDER, aspects_reserved, kinds_of_subject, placeholder_filled)
from pipeline.themes.coverage import Coverage
from pipeline.themes.name_checks import name_problems
from pipeline.themes.named_parts import broad_parts_held, whole_over_minor
from pipeline.themes.topic_renames import object_word_part


def compose_broad_labels(broad_named: pd.DataFrame, named: pd.DataFrame, held: dict[int, str], sizes: np.ndarray,
                         kids: dict[int, list[int]], only: dict[int, int], taken: set[str], finals: set[str],
                         covers: Coverage, broad_covers: Coverage, vectors: np.ndarray, centres) -> list[str]:
    """Each broad theme's label (in the order of `broad_named`), written for its whole content.

    broad_named: theme_id and label (its own, from its findings) of each broad theme; named: the sub-themes' labels
    as first named (indexed by theme id); held: their final labels; sizes: findings per sub-theme; kids: broad theme
    -> its sub-themes; only: broad themes of one sub-theme; taken: labels (lower case) used already, each label given
    here added; finals: the sub-themes' final labels (lower case); covers, broad_covers: Coverage of the sub-themes
    and of the broad themes; vectors: every finding's vector (row i = finding i); centres: the field topics' centres
    in meaning (`broad_parts.topic_centres`)."""
    labels = []
    for b, label in zip(broad_named["theme_id"], broad_named["label"]):
        composed = broad_from_children(label, [(object_word_part(covers, t, named.at[t, "label"]), int(sizes[t]))
                                               for t in kids.get(int(b), [])],
                                       taken, held=lambda parts, b=int(b): parts_share(broad_covers, b, parts),
                                       figures=broad_covers.figures(int(b)))
        # a listing of its sub-themes' topics whose parts beyond the phrase it shares are small: that phrase, and more
        composed = related_over_listing(label, composed, broad_covers, int(b))
        # a part that shares a word with what most of it is about but names another thing gives way to that topic
        checked = topic_for_misread(composed, broad_covers, int(b))
        composed = composed if checked.lower() in taken else checked
        # a word its findings mostly write as another word of its stem, a sub-theme's topic ("adoption", not "adopters")
        checked = word_of_its_findings(composed, broad_covers, int(b),
                                       [topic_part(named.at[t, "label"]) for t in kids.get(int(b), [])])
        composed = composed if checked.lower() in taken else checked
        # a field topic most of its findings are nearest in meaning, far more than any part of its label, names it
        if int(b) not in only:
            # never in place of the subject of a sub-theme holding as much of it as the topic must (NEAREST_LEAST)
            total = sum(int(sizes[t]) for t in kids.get(int(b), []))
            large = frozenset(topic_part(said).lower() for t in kids.get(int(b), [])
                              if int(sizes[t]) >= NEAREST_LEAST * total for said in (named.at[t, "label"], held[t]))
            checked = nearest_topic_label(composed, broad_covers, int(b), vectors, centres, large=large - {""})
            composed = composed if checked.lower() in taken or name_problems([checked]) else checked
        # the general topic its findings share leads over narrow parts of it ("Risk of harm, including ...")
        checked = general_head_label(composed, broad_covers, int(b),
                                     [named.at[t, "label"] for t in kids.get(int(b), [])],
                                     avoid=lambda said: said.lower() in taken or bool(name_problems([said])))
        composed = composed if checked.lower() in taken or name_problems([checked]) else checked
        # a mixture a part of which names what most of its findings are about is no mixture ("Placements and ...")
        checked = shared_over_mixture(composed, broad_covers, int(b))
        composed = composed if checked.lower() in taken or name_problems([checked]) else checked
        # every part it names is written by a real part of it ("Early help, children in care and health")
        checked = broad_parts_held(composed, broad_covers, int(b))
        composed = composed if checked.lower() in taken or name_problems([checked]) else checked
        # a label for its whole, not for one minor part ("Mixed findings, one in six on children looked after")
        checked = whole_over_minor(composed, broad_covers, int(b),
                                   [(named.at[t, "label"], int(sizes[t])) for t in kids.get(int(b), [])])
        composed = composed if checked.lower() in taken or name_problems([checked]) else checked
        # figures named by what they are about ("Statistics on children looked after"), and said to be figures
        checked = figures_named(composed, [(named.at[t, "label"], int(sizes[t])) for t in kids.get(int(b), [])],
                                broad_covers.figures(int(b)),
                                avoid=lambda said: said.lower() in taken | finals or bool(name_problems([said])),
                                texts=broad_covers.texts_of(int(b)))
        composed = composed if checked.lower() in taken or name_problems([checked]) else checked
        # led by its largest sub-theme's subject, not by a smaller one's ("Pathway plans and personal education plans")
        checked = largest_first(composed, [(held[t], int(sizes[t])) for t in kids.get(int(b), [])])
        composed = composed if checked.lower() in taken | finals or name_problems([checked]) else checked
        # "Mixed findings" over sub-themes most of which have topics: named by those topics
        checked = topics_over_mixture(composed, [(held[t], int(sizes[t])) for t in kids.get(int(b), [])],
                                      avoid=lambda said: said.lower() in taken | finals or bool(name_problems([said])))
        composed = composed if checked.lower() in taken or name_problems([checked]) else checked
        # a listed part whose sub-themes hold under a tenth of it is left out ("..., strategy discussions and chief
        # executive": the chief executive 7% of it)
        checked = minor_parts_dropped(composed, [((named.at[t, "label"], held[t]), int(sizes[t]))
                                                 for t in kids.get(int(b), [])])
        composed = composed if checked.lower() in taken | finals or name_problems([checked]) else checked
        # both topics of a large sub-theme that lists two ("Thresholds, allegations against adults and ...")
        checked = largest_topics_named(composed, [(held[t], int(sizes[t])) for t in kids.get(int(b), [])])
        composed = composed if checked.lower() in taken | finals or name_problems([checked]) else checked
        # staff beside workforce topics said as the work their sub-theme is on ("Social work with children, ...")
        # (the part may be a sub-theme's first name, "Social workers", that `staff_labels` has said as its work)
        checked = practice_over_staff(composed, {said: covers.texts_of(t) for t in kids.get(int(b), [])
                                                 for said in (named.at[t, "label"], held[t])})
        composed = composed if checked.lower() in taken | finals or name_problems([checked]) else checked
        # no placeholder that says less than its findings do ("Assessments and related topics", "Care, action and
        # other plans"), and every part it lists borne out by what its findings write ("..., school attendance")
        children = [(held[t], int(sizes[t])) for t in kids.get(int(b), [])]
        # one topic said over a broad theme more of whose sub-themes are on another ("Risk to children and child
        # protection")
        checked = largest_subject_named(composed, children)
        composed = composed if checked.lower() in taken | finals or name_problems([checked]) else checked
        checked = kinds_borne(composed, broad_covers, int(b))
        composed = composed if checked.lower() in taken | finals or name_problems([checked]) else checked
        checked = plain_over_related(composed, broad_covers, int(b), children,
                                     avoid=lambda said: said.lower() in taken | finals or bool(name_problems([said])))
        composed = composed if checked.lower() in taken | finals or name_problems([checked]) else checked
        checked = parts_borne_out(composed, broad_covers, int(b), children)
        composed = composed if checked.lower() in taken | finals or name_problems([checked]) else checked
        # each part borne out whole by a fair share of it, none a council's own name ("Care leavers and health
        # histories", "Tri-borough partnership and multi-agency working")
        checked = parts_fairly_borne(composed, broad_covers, int(b), children,
                                     avoid=lambda said: said.lower() in taken | finals or bool(name_problems([said])))
        composed = composed if checked.lower() in taken | finals or name_problems([checked]) else checked
        # a listing whose parts name the sub-themes of under half of it takes in the topic of its largest unnamed ones
        # ("Strategy discussions, information and response": 46% named, "response" none of them)
        checked = named_by_parts(composed, broad_covers, int(b), children,
                                 avoid=lambda said: said.lower() in taken | finals or bool(name_problems([said])))
        composed = composed if checked.lower() in taken | finals or name_problems([checked]) else checked
        # a placeholder left filled by the parts its findings are on ("Placements, including stability and
        # sufficiency"), a subject said by the kinds of it its sub-themes are on ("Child protection plans and
        # conferences")
        avoid = lambda said: said.lower() in taken | finals or bool(name_problems([said]))  # noqa: E731
        reserved = (aspects_reserved(covers, {t: held[t] for t in kids.get(int(b), [])})  # its sub-themes' later names
                    if PLACEHOLDER.match(composed) else set())
        composed = placeholder_filled(composed, broad_covers, int(b), children,
                                      avoid=lambda said: avoid(said) or said.lower() in reserved)
        composed = kinds_of_subject(composed, broad_covers, int(b), children, avoid=avoid)
        # a listing of kinds of one wider subject said as that subject ("Education, including virtual school ...")
        composed = wider_subject_named(composed, broad_covers, int(b), avoid=avoid)
        # a part no sub-theme is on (a wider subject's own name among them) gives way to the subject of a largest
        # sub-theme the listing leaves out ("Leadership, management and staff development" over "Training", 58% of
        # it, and "Learning and staff development")
        composed = largest_over_borrowed(composed, broad_covers, int(b), children, avoid=avoid)
        # a listing that leaves out a largest sub-theme of a quarter of it says that subject first ("Life story,
        # parents and corporate parenting" over "Voice and participation of children", 30% -> "Voice, parents and
        # corporate parenting")
        composed = largest_left_out(composed, broad_covers, int(b), children, avoid=avoid)
        # a listing over a catch-all of general statements (no field topic a fifth of it writes, no sub-theme a
        # third of it) said to be general judgements on its parts ("Early help and children in care")
        composed = general_over_listing(composed, broad_covers, int(b), children, avoid=avoid)
        # a listing none of whose parts a third of its findings bear said with the topic of its sub-themes that a third
        # of them do bear ("Outcomes for children, parents and child-centred practice" -> "Children's lives, ...")
        composed = shared_subject_named(composed, broad_covers, int(b),
                                        [(held[t], covers.members[t]) for t in kids.get(int(b), [])], avoid=avoid)
        # a part that is one of the two things a sub-theme pairs, both terms of one field topic, said as that topic
        # ("Corporate parenting and chief executive" over "Chief executive and DCS" -> "... and senior leadership");
        # after `shared_subject_named`, which would put the part back beside the topic ("Chief executive, senior
        # leadership and advocacy")
        composed = topic_over_paired_term(composed, broad_covers, int(b), children, avoid=avoid)
        # a part few of its findings write that is one part of a sub-theme's listing said by that listing's other part
        # a fair share of them write ("Strategic planning, partnership and multi-agency working" -> "Commissioning,
        # partnership and multi-agency working"); before the passes that move or drop parts few of them write
        composed = child_part_said(composed, broad_covers, int(b),
                                   [((named.at[t, "label"], held[t]), int(sizes[t])) for t in kids.get(int(b), [])],
                                   avoid=avoid)
        # a listing whose lead part under a quarter of its findings bear, another part half as many again, led by the
        # part most of them bear ("Strategy discussions, information and multi-agency working" -> "Multi-agency
        # working, information and strategy discussions"); after the passes that choose its parts
        composed = best_borne_lead(composed, broad_covers, int(b), avoid=avoid)
        # a listing one of whose parts most of its findings write, without the parts few of them write ("Care leavers
        # and accommodation", 97% and 11% -> "Support for care leavers"); after the passes that choose its parts
        composed = majority_said(composed, broad_covers, int(b), avoid=avoid)
        # a listing none of whose parts most of its findings write, said by the noun most of them do write first
        # ("Independent reviewing officers and complaints", 78% writing a review -> "Reviews, independent reviewing
        # officers and complaints")
        composed = word_said(composed, broad_covers, int(b), avoid=avoid)
        # a part that is the first piece of a field topic "X and their Y" whose findings write the whole topic said
        # "Y of X" ("Allegations against adults and earlier inspections", 3% and 49% -> "Judgements of earlier
        # inspections and allegations against adults"); after the passes that weigh parts by what they write
        composed = referred_said(composed, broad_covers, int(b), avoid=avoid)
        # figures left with a fragment of a part for their subject said to be assorted ("Statistics, one in ten on
        # population" -> "Assorted statistics, some on changes over time")
        composed = assorted_figures(composed, broad_covers.texts_of(int(b)), avoid=avoid)
        taken.add(composed.lower())
        labels.append(composed)
    return labels

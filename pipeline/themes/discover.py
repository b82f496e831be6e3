"""Discovered themes: findings and their vectors -> a theme for every finding, at two levels (broad themes and
their sub-themes), by the method of `pipeline.themes.cluster`; names from `pipeline.themes.naming`
(broad themes from their sub-themes' topics by `broad_names`, labels alike told apart by `alike_labels`, names
cased as written by `label_case`; "X, further findings" beside X in one broad theme, both on X, made one theme by
`one_subject`).

The field's named themes (`pipeline.themes.field`), when given, come first: the findings about each form one
theme of that name (ids 0..f-1), and only the others are clustered. Nobody is left unassigned. Sub-themes the namer
finds no topic in ("Mixed findings, ...": held together by sentence shape, not subject) are dissolved once: their
findings go to the nearest theme with a topic, one of little topic of its own placed with the finding before it
(`pipeline.themes.context`), and the themes are named again. Names are chosen
from a bounded sample of findings per theme (those nearest its centre), so POS-tagging does not grow with n.
"""

from __future__ import annotations

import re
from typing import NamedTuple

import numpy as np
import pandas as pd

from pipeline.errors import ConfigError
from pipeline.schema import CLUSTERING_TEXT
from pipeline.themes.alike_labels import distinguish_alike, tell_near_alike
from pipeline.themes.aspect_names import aspect_names
from pipeline.themes.aspect_terms import aspect_terms
from pipeline.themes.aspect_topics import aspect_topics
from pipeline.themes.borne_topics import topic_parts_borne
from pipeline.themes.broad_groups import broad_groups
from pipeline.themes.broad_figures import whole_of_one
from pipeline.themes.broad_labels import compose_broad_labels
from pipeline.themes.broad_parts import topic_centres
from pipeline.themes.broad_twins import twins_told_apart
from pipeline.themes.cluster import EXEMPLARS, N_MICRO, SETTLE, build_tree, centres_of, choose_n_themes, \
    confidence, content_keys, content_order, cut_tree, label_members, nearest, renumber_by_size, settle, \
    unit_rows
from pipeline.themes.consensus import consensus_centres
from pipeline.themes.context import context_rows, context_weights, in_context
from pipeline.themes.coverage import Coverage
from pipeline.themes.colon_topic import colon_topics
from pipeline.themes.cut_object import objects_said
from pipeline.themes.cut_parts import whole_levels
from pipeline.themes.fair_parts import fair_said
from pipeline.themes.further_aspects import further_aspects
from pipeline.themes.field import FieldSeeds, FieldTheme
from pipeline.themes.figures_borne import borne_levels
from pipeline.themes.figures_stems import stems_levels
from pipeline.themes.figures_referred import referred_levels
from pipeline.themes.figure_subs import figures_said
from pipeline.themes.filler_parts import filler_said
from pipeline.themes.head_kinds import head_kinds
from pipeline.themes.held_parts import held_labels
from pipeline.themes.inside_names import said_inside
from pipeline.themes.judged_aspects import judged_aspects
from pipeline.themes.honest_judgements import judgements_said
from pipeline.themes.judged_subjects import judged_subjects
from pipeline.themes.judged_mostly import judged_mostly_levels
from pipeline.themes.judged_whole import judged_whole_levels
from pipeline.themes.kinds_held import scant_kinds
from pipeline.themes.label_case import cased_as_written
from pipeline.themes.lexical import TopicWords
from pipeline.themes.mixed_heads import shared_heads
from pipeline.themes.mixed_topics import topics_over_mixed
from pipeline.themes.named_parts import word_over_term
from pipeline.themes.negated_parts import outside_parts
from pipeline.themes.one_subject import Themes, one_subject
from pipeline.themes.part_kinds import part_kinds
from pipeline.themes.shared_topic import shared_topics
from pipeline.themes.naming import LABEL_SAMPLE, name_themes, phrases_of
from pipeline.themes.rejected_forms import rejected_forms
from pipeline.themes.sense_terms import sense_terms
from pipeline.themes.staff_labels import staff_said
from pipeline.themes.topic_guide import GUIDE, TopicGuide
from pipeline.themes.topic_senses import topic_senses
from pipeline.themes.tables import ThemeResult, assignment_table, broad_table, theme_table
from pipeline.themes.term_part import term_parts
from pipeline.themes.various_said import various_levels
from pipeline.themes.sub_twins import sub_twins_told_apart
from pipeline.themes.whole_topic import nearest_topics, sibling_terms, whole_topics
from pipeline.themes.written_phrase import as_written, completed
from pipeline.themes.written_term import written_terms

BROAD_RATIO = 2.5   # sub-themes per broad theme when n_broad is "auto" (about 20 broad themes for 50 themes)
MIN_REST = 20       # fewest findings left beside the field themes for them to be seeded (else none are)
MIXED = re.compile(r"^Mixed findings\b")  # the namer's label for a theme of no common topic
FITS = 1            # fits whose centres the themes settle from (`pipeline.themes.consensus`; 1: one)
MAX_BROAD = 30      # most broad themes "auto" gives: the level a reader walks first stays readable on any corpus


def discover_themes(findings: pd.DataFrame, vectors: np.ndarray, n_themes: int | str = "auto", seed: int = 0,
                    n_broad: int | str = "auto", n_micro: int = N_MICRO, embedder=None,
                    label_sample: int = LABEL_SAMPLE, assign_joined: bool = True,
                    field_themes: list[FieldTheme] = (), place_in_context: bool = True,
                    dissolve_mixed: bool = True, settle_rounds: int = SETTLE, fits: int = FITS,
                    topic_guide: float = GUIDE) -> ThemeResult:
    """Cluster findings into themes.

    findings: at least finding_id, text, authority (row i matches vectors[i]); vectors: (n, dim) float32.
    n_themes: an int >= 2 or "auto"; n_broad: broad themes, an int or "auto" (`auto_broad`: n_themes / BROAD_RATIO,
    at most MAX_BROAD).
    n_micro: most points the Ward tree is built over. seed: accepted like every stage's, but nothing here is drawn
    at random, so it does not change the themes.
    embedder: the model that made the vectors; when given, names are the key phrases nearest each theme's centre.
    label_sample: about how many findings per theme are read for names (`cluster.label_members`).
    settle_rounds: most rounds of settling the themes' centres after the tree's cut (`cluster.settle`); 0: every
    finding to the nearest centre of the cut, once.
    fits: above 1, the centres settled from are those `fits` fits agree on, each without one fold of the findings
    (`pipeline.themes.consensus`; 1: the one tree's cut).
    topic_guide: the weight of the field's topics each finding writes about, joined to the space themes are found
    and assigned in (`pipeline.themes.topic_guide`; 0: off). Field themes are seeded without them.
    dissolve_mixed: sub-themes named "Mixed findings, ..." give their findings to the nearest themes with a topic.
    place_in_context: ... where a finding whose own words carry little topic is placed with the finding before it in
    its document and section (`pipeline.themes.context`; needs doc_id, start, end); False: every finding alone.
    field_themes: the field's themes to seed (`pipeline.themes.field`; needs `embedder`): the findings about each
    form one theme of that label (ids 0..f-1, those with members), the rest are clustered; n_themes counts both.
    """
    n = len(findings)
    if n != len(vectors):
        raise ValueError(f"{n} findings but {len(vectors)} vectors; they must match row for row.")
    if n < 3:
        raise ConfigError(f"n_findings={n}: at least 3 findings are needed to find themes.")
    if n_themes != "auto" and not 2 <= int(n_themes) <= n:
        raise ConfigError(f"n_themes={n_themes} should be between 2 and the number of findings ({n}).")
    vectors = unit_rows(vectors)
    # Themes are found and assigned in the embedding joined with the findings' topic words
    # (`pipeline.themes.lexical`), so findings group by subject rather than by phrasing. The topic words are kept
    # with the themes, so a saved model assigns next year's findings in the same space.
    texts = (findings[CLUSTERING_TEXT] if CLUSTERING_TEXT in findings.columns else findings["text"]).astype(str)
    words = TopicWords.fit(texts.tolist(), vectors=vectors)
    joined = vectors if words is None else words.join(vectors, texts.tolist())
    # ... and with the field's topics each finding writes about (`pipeline.themes.topic_guide`): a topic is written
    # in many words that neither the embedding nor the topic words join
    if words is not None:
        words.guide = TopicGuide.fit(texts.tolist(), weight=topic_guide)
    features = joined if words is None else words.guided(joined, texts.tolist())
    space = features if assign_joined else vectors
    # Field themes first (ids 0..f-1): the findings about each, by their own rule in the space without the guide;
    # the rest are clustered.
    seeds, field_of = _seed(field_themes, embedder, words if space is features else None,
                            joined if space is features else vectors, texts.tolist())
    rest = np.flatnonzero(field_of < 0)
    if len(rest) < MIN_REST:  # a corpus about nothing but the field themes: they would leave no themes to find
        seeds, field_of, rest = None, np.full(n, -1, dtype=np.int64), np.arange(n)
    f = 0 if seeds is None else len(seeds.labels)
    # clustered in an order of their content: the same findings read in another order give the same themes
    keys = content_keys([texts.iat[i] for i in rest])
    order = content_order(keys)
    ordered = rest[order]
    tree, leaves = build_tree(features[ordered], n_micro)
    wanted = "auto" if n_themes == "auto" else max(2, min(int(n_themes) - f, len(rest)))
    k = choose_n_themes(tree, leaves, features[ordered]) if wanted == "auto" else min(wanted, len(tree) + 1)
    cut = cut_tree(tree, leaves, k)
    centres = centres_of(space[ordered], cut, int(cut.max()) + 1)
    if fits > 1:  # an option: the centres several fits agree on
        agreed = consensus_centres(features[ordered], space[ordered], keys[order], k, fits, n_micro)
        centres = centres if agreed is None else agreed
    rest = ordered  # from here in content order too: equal-sized themes are numbered alike whatever the order read
    found, centres = settle(space[rest], centres, settle_rounds)
    assignment, centres = _numbered(field_of, rest, found, space, f, centres)
    fixed = {} if seeds is None else dict(enumerate(seeds.labels))
    polarity = findings["polarity"] if "polarity" in findings.columns else None
    centroids, sample, subs = _sub_names(findings, vectors, space, assignment, centres, label_sample, embedder, fixed,
                                         polarity)
    # Sub-themes the namer finds no topic in ("Mixed findings, ...") are held together by sentence shape, not by
    # subject: their findings go to the nearest theme that has one (a finding whose own words carry little topic
    # placed with the finding before it: `context`), and the themes are named again.
    mixed = [t for t in range(f, len(centres)) if MIXED.match(str(subs.labels.at[t]))]
    if dissolve_mixed and mixed and len(mixed) < len(centres) - f:
        kept = np.setdiff1d(np.arange(f, len(centres)), mixed)
        moved = rest[np.isin(assignment[rest], mixed)]  # in the order of `rest`, as `found` below
        points = space[moved]
        if place_in_context and words is not None and space is features:
            weights = context_weights(texts.tolist(), words.topic_counts(texts.tolist()))
            points = in_context(space, weights, context_rows(findings))[moved]
        found = assignment[rest] - f
        found[np.isin(assignment[rest], mixed)] = kept[nearest(points, centres[kept])[0]] - f
        assignment, centres = _numbered(field_of, rest, found, space, f)
        centroids, sample, subs = _sub_names(findings, vectors, space, assignment, centres, label_sample, embedder,
                                             fixed, polarity)
    k = len(centres)
    kb = auto_broad(k) if n_broad == "auto" else int(n_broad)
    sizes = np.bincount(assignment, minlength=k)
    parent_raw = broad_groups(centroids, kb, sizes)
    # Broad ids by size too: renumber one entry per finding (theme by theme), then read one per theme.
    parent_of = renumber_by_size(np.repeat(parent_raw, sizes))[0][np.cumsum(sizes) - sizes]
    broad_of = parent_of[assignment]
    named, broad_named = name_levels(findings["text"], vectors, assignment, centroids, broad_of, sample, embedder,
                                     fixed, polarity, subs=subs)
    # "X, further findings" beside X in one broad theme, its findings as much on X: one theme; with no X, said X
    assignment, centres, centroids, sample, parent_of, named, broad_named = one_subject(
        Themes(assignment, centres, centroids, sample, parent_of, named, broad_named), subs.covers, space, vectors, f,
        label_sample)
    # a label part cut from the longer phrase its findings write ("Home interviews" of "return home interviews")
    # written whole, at both levels; last, so that "X, further findings" was read beside X as named
    named, broad_named = whole_levels(named, broad_named, findings["text"].astype(str).tolist(), assignment,
                                      parent_of, keep=set(fixed or {}))
    headings = findings["section"] if "section" in findings.columns else pd.Series([""] * len(findings))
    every = findings["text"].astype(str).tolist()
    sub_covers = Coverage(every, assignment)  # (read again by the sibling twins pass below)
    # "X, further findings" over findings that share a word of X, not the kind of it X names: that word's aspects
    named = named.assign(label=pd.Series(further_aspects(named["label"].to_dict(), sub_covers,
                                                         keep=set(fixed or {}), taken=set(broad_named["label"]))))
    # a placeholder "X, various aspects" still left said by the kind of X most of its findings name ("Safeguarding
    # children board", read from a finding's section heading when its sentence says "the board"), else by X alone
    named, broad_named = various_levels(named, broad_named, every, headings.fillna("").astype(str).tolist(),
                                        assignment, parent_of, keep=set(fixed or {}))
    # "Statistics, some on X" over figures most of which count X, read with the sentence a "This is ..." follows
    lead_ins = findings["lead_in"] if "lead_in" in findings.columns else pd.Series([""] * len(findings))
    named, broad_named = referred_levels(named, broad_named, every, lead_ins.fillna("").astype(str).tolist(),
                                         assignment, parent_of, keep=set(fixed or {}))
    # "General judgements on adoption" over findings nearly all of which write "adopt...": no catch-all, said by it
    named, broad_named = judged_whole_levels(named, broad_named, every, assignment, parent_of, keep=set(fixed or {}))
    # "General judgements on plans" over findings most of which are on no part of it: said by what they are on
    named, broad_named = judged_mostly_levels(named, broad_named, every, assignment, parent_of, keep=set(fixed or {}))
    # "Statistics on X" over figures few of which show X in their own words: said by what the figures say
    named, broad_named = borne_levels(named, broad_named, every, assignment, parent_of, keep=set(fixed or {}))
    # figures listed under a stem ("The proportion of children entitled to free school meals:") said by what it counts
    named, broad_named = stems_levels(named, broad_named, every, lead_ins.fillna("").astype(str).tolist(), assignment,
                                      parent_of, keep=set(fixed or {}))
    # two sibling sub-theme labels a reader cannot tell apart ("X" / "X, further findings"): the weaker-claimed led by
    # a keyword that sets its findings apart from its sibling's
    named = named.assign(label=pd.Series(sub_twins_told_apart(
        named["label"].to_dict(), named["keywords"].to_dict(), sub_covers,
        {t: int(parent_of[t]) for t in range(len(parent_of))}, keep=set(fixed or {}), taken=set(broad_named["label"]))))
    # two broad labels a reader cannot tell apart ("Multi-agency working and partner agencies" / "... and
    # partnership"): the weaker-claimed said by what sets its findings apart; last, over the labels as chosen
    broad_named = broad_named.assign(label=broad_named["theme_id"].map(twins_told_apart(
        dict(zip(broad_named["theme_id"].astype(int), broad_named["label"])), Coverage(every, parent_of[assignment]),
        {int(b): [named.at[t, "label"] for t in np.flatnonzero(parent_of == b)] for b in broad_named["theme_id"]},
        taken=set(named["label"]))))
    k = len(centres)
    if words is not None and space is features:
        words.centres = centres
    conf = confidence(space, centres, assignment)
    kb = int(parent_of.max()) + 1
    broad_name = broad_named.set_index("theme_id")["label"]
    finding_ids = findings["finding_id"].to_numpy()
    table = {
        "theme_id": np.arange(k),
        "label": named["label"].reindex(range(k)).to_numpy(),
        "keywords": named["keywords"].reindex(range(k)).to_numpy(),
        "exemplars": [" ".join(finding_ids[sample[t][:EXEMPLARS]]) for t in range(k)],
        "parent_theme_id": parent_of,
        "parent_label": broad_name.reindex(parent_of).to_numpy(),
    }
    if f:  # which themes were seeded from the field's list
        table["source"] = np.where(np.arange(k) < f, "field", "discovered")
    themes = theme_table(table, assignment, findings["authority"].to_numpy())
    return ThemeResult(assignment_table(finding_ids, assignment, conf.round(4), broad_of), themes, centroids,
                       broad_table(themes, broad_named), topic_words=words if space is features else None,
                       field_seeds=seeds)


def _numbered(field_of: np.ndarray, rest: np.ndarray, found: np.ndarray, space: np.ndarray, f: int,
              found_centres: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """(each finding's theme, the themes' centres in `space`): field themes 0..f-1, then the found clusters of the
    rest by size (a cluster that holds no finding is dropped). found_centres: the found clusters' centres as
    they were found (else: of their members)."""
    found, old_of_new = renumber_by_size(found)
    assignment = field_of.copy()
    assignment[rest] = f + found
    if found_centres is None:
        return assignment, centres_of(space, assignment, int(assignment.max()) + 1)
    if not f:
        return assignment, found_centres[old_of_new]
    return assignment, np.vstack([centres_of(space, np.where(field_of < 0, f, field_of), f + 1)[:f],
                                  found_centres[old_of_new]])


def _sub_names(findings: pd.DataFrame, vectors: np.ndarray, space: np.ndarray, assignment: np.ndarray,
               centres: np.ndarray, label_sample: int, embedder, fixed: dict[int, str], polarity) -> tuple:
    """(the themes' centres in the embedding, the findings read for their names, their names: `SubNames`)."""
    # The themes' centres in the embedding (what naming, codebook and edits read), from their findings.
    centroids = centres if space is vectors else centres_of(vectors, assignment, len(centres))
    sample = label_members(vectors, assignment, centroids, label_sample)
    subs = name_subthemes(findings["text"], vectors, assignment, centroids, sample, embedder, fixed, polarity)
    return centroids, sample, subs


def _seed(field_themes: list[FieldTheme], embedder, words: TopicWords | None, space: np.ndarray, texts: list[str]
          ) -> tuple[FieldSeeds | None, np.ndarray]:
    """The field themes that have members (their seeds, or None) and each finding's field theme (-1: none)."""
    none = np.full(len(texts), -1, dtype=np.int64)
    if not field_themes:
        return None, none
    seeds = FieldSeeds.fit(field_themes, embedder, words)
    field_of = seeds.members(space, texts)
    used = [i for i in range(len(field_themes)) if (field_of == i).any()]
    if not used:
        return None, none
    renumber = np.full(len(field_themes) + 1, -1, dtype=np.int64)
    renumber[used] = np.arange(len(used))
    return seeds.keep(used), renumber[field_of]


def auto_broad(k: int) -> int:
    """How many broad themes "auto" gives for k sub-themes: one per BROAD_RATIO, at least 2, at most MAX_BROAD."""
    return max(2, min(k - 1, MAX_BROAD, round(k / BROAD_RATIO)))


class SubNames(NamedTuple):
    """Sub-theme names (`name_subthemes`): `named` (label, keywords by theme_id) as first given, which the broad
    names read; `labels`, the final labels (told apart, cased as written); and what naming read, for the broad level."""
    named: pd.DataFrame
    labels: pd.Series
    covers: Coverage
    sample_texts: list
    found: list
    rows: np.ndarray
    every: list
    tone: np.ndarray | None
    centres: tuple


def name_subthemes(texts: pd.Series, vectors: np.ndarray, assignment: np.ndarray, centroids: np.ndarray,
                   sample: dict[int, np.ndarray], embedder=None, fixed: dict[int, str] | None = None,
                   polarity: pd.Series | None = None) -> SubNames:
    """The sub-themes' names, without the broad level (arguments as `name_levels`)."""
    fixed = fixed or {}
    k = len(centroids)
    rows = np.concatenate([sample[t] for t in range(k)])
    sample_texts = texts.iloc[rows].tolist()
    found = [phrases_of(text) for text in sample_texts]
    every = texts.astype(str).tolist()
    tone = None if polarity is None else polarity.astype(str).to_numpy()
    # what the sub-themes' findings use, read while naming them and again below (its tallies kept)
    covers = Coverage(every, assignment, tone)
    named = name_themes(sample_texts, assignment[rows], centroids=centroids, embedder=embedder, max_parts=2,
                        found=found, every=(every, assignment), tone=tone, covers=covers,
                        taken={label.lower() for label in fixed.values()}).set_index("theme_id")
    for theme, label in fixed.items():
        named.at[theme, "label"] = label
    # the field topics' centres in meaning (`topic_centres`: of all the findings, whatever their themes)
    centres = topic_centres(covers, vectors)
    sizes = np.bincount(assignment, minlength=k)
    labels = _told_apart(named, covers, {t: int(sizes[t]) for t in range(k)}, set(fixed), vectors, centres)
    labels = pd.Series(cased_as_written(labels.tolist(), every), index=labels.index)
    return SubNames(named, labels, covers, sample_texts, found, rows, every, tone, centres)


def _told_apart(named: pd.DataFrame, covers: Coverage, theme_sizes: dict[int, int], keep: set[int],
                vectors: np.ndarray, centres: tuple) -> pd.Series:
    """The sub-themes' final labels: alike ones told apart, mixed ones said by what they hold."""
    # Sub-themes left with one label ("Mixed findings, no common topic") are told apart by a keyword a fair part of
    # their findings use.
    keywords = {t: words.split("; ") for t, words in named["keywords"].items() if isinstance(words, str)}
    apart = distinguish_alike(named["label"].to_dict(), theme_sizes, keywords, covers)
    # labels that say one thing ("Personal advisers" beside "Care leavers and personal advisers") told apart
    apart = tell_near_alike(apart, theme_sizes, covers)
    # "Mixed findings, one in nine on trusting relationships" over findings all on relationships: said as its part
    apart = shared_heads(apart, covers)
    # a label that misses the topic nearly all its findings are on ("Mixed findings, mostly on children looked after",
    # "Houses of multiple occupation" over figures on children looked after) said by it, or by its part of it
    apart = whole_topics(apart, covers, keep=keep)
    # "Board, various aspects" beside "Safeguarding children board": further findings on the sibling's term
    apart = sibling_terms(apart, covers, theme_sizes, keep=keep)
    # "Emergency duty team" over findings nearly all on teams, a third on that one: the kinds of teams they name
    apart = part_kinds(apart, covers, keep=keep)
    # a mixed label over findings most of which are nearest one field topic in meaning: said by it
    apart = nearest_topics(apart, covers, vectors, centres, keep=keep)
    # a mixed label left over findings most of which write about one topic no field topic names ("Access to services")
    apart = shared_topics(apart, covers, keep=keep)
    # "Child death overview panels" over findings nearly all on panels, half on that one: "Panels, including ..."
    apart = word_over_term(apart, covers, keep=keep)
    # a label its findings never write as shown ("Home educate", a verb's lemma): the noun phrase they write
    apart = as_written(apart, covers, keep=keep)
    # a label cut from the noun compound its findings write ("Long-term foster"): said with its noun
    apart = completed(apart, covers, keep=keep)
    return pd.Series(apart).reindex(named.index)


def name_levels(texts: pd.Series, vectors: np.ndarray, assignment: np.ndarray, centroids: np.ndarray,
                broad_of: np.ndarray, sample: dict[int, np.ndarray], embedder=None, fixed: dict[int, str] | None = None,
                polarity: pd.Series | None = None, subs: SubNames | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(sub-theme names indexed by theme_id: label, keywords; broad names: theme_id, label, keywords).

    texts: every finding's text (row i = vectors[i], unit rows); assignment and broad_of: each finding's theme and
    broad theme; sample: theme -> rows of the findings read for its name (`cluster.label_members`). A broad
    theme is named from its own findings (its sub-themes' samples), with phrases ranked against the other broad
    themes, and never takes a sub-theme's label word for word (unless it holds that sub-theme alone).
    fixed: theme id -> the label it keeps (a field theme's); no other theme is given one of those labels.
    polarity: each finding's polarity, when classified: a mixed theme may be said to be mostly strengths or
    shortfalls. subs: the sub-themes' names of this very assignment, when already given (`name_subthemes`).
    """
    fixed = fixed or {}
    k, kb = len(centroids), int(broad_of.max()) + 1
    subs = subs or name_subthemes(texts, vectors, assignment, centroids, sample, embedder, fixed, polarity)
    named, covers, rows, every, tone = subs.named.copy(), subs.covers, subs.rows, subs.every, subs.tone
    sample_texts, found = subs.sample_texts, subs.found
    broad_covers = Coverage(every, broad_of, tone)  # read again below: how many findings sub-themes' parts hold
    broad_named = name_themes(sample_texts, broad_of[rows], top_n=6, found=found,
                              centroids=centres_of(vectors, broad_of, kb), embedder=embedder,
                              taken=set(named["label"].str.lower()), max_parts=3, every=(every, broad_of), tone=tone,
                              covers=broad_covers)
    # A broad theme that holds one sub-theme holds the same findings: it takes that sub-theme's name (a second
    # name for them would be a weaker phrase, or "(2)").
    children = pd.Series(np.arange(k)).groupby(pd.Series(broad_of[np.concatenate([sample[t][:1] for t in range(k)])]))
    only = {int(b): int(ts.iloc[0]) for b, ts in children if len(ts) == 1}
    for column in ("label", "keywords"):
        broad_named[column] = [named.at[only[b], column] if b in only else value
                               for b, value in zip(broad_named["theme_id"], broad_named[column])]
    # A broad theme of several sub-themes with no common topic of its own is named by what its sub-themes are about.
    sizes = np.bincount(assignment, minlength=k)
    taken = set(named["label"].str.lower()) | set(broad_named["label"].str.lower())
    kids = {int(b): [int(t) for t in ts] for b, ts in children}
    centres = subs.centres  # the field topics' centres in meaning
    # the sub-themes' final labels (told apart, cased as written), each named part borne out by its findings (here,
    # after mixed sub-themes were dissolved: a label never moves a finding); a broad theme of one sub-theme takes its
    # name
    held = held_labels(subs.labels.to_dict(), subs.covers, keep=set(fixed or {}))
    # a mixed label that names no topic (its tone, "no common topic", "one in ten on model") said by the field's topics
    held = topics_over_mixed(held, subs.covers, keep=set(fixed or {}))
    # a placeholder ("X, further findings", "X, various aspects", "Mixed findings ...") said by what is inside
    held = said_inside(held, subs.covers, keep=set(fixed or {}))
    # a role alone ("Social workers", "Chief executive") said as the work or the topic its findings are on
    held = staff_said(held, subs.covers, keep=set(fixed or {}))
    finals = {label.lower() for label in held.values()}
    broad_named["label"] = compose_broad_labels(broad_named, named, held, sizes, kids, only, taken, finals, covers,
                                                broad_covers, vectors, centres)
    # a placeholder left on one subject ("Assessments, various aspects") said with the aspect of it its findings write
    # ("Quality of assessments"); after the broad labels, which read the sub labels' words
    broad_own = {label for b, label in zip(broad_named["theme_id"], broad_named["label"]) if b not in only}
    # "General judgements on work with families" over findings nearly all on adoption: said by that subject
    held = judged_subjects(held, subs.covers, keep=set(fixed or {}), taken=broad_own)
    held = aspect_names(held, subs.covers, keep=set(fixed or {}), taken=broad_own)
    # one left as "X, various aspects" said by the field's term its findings write ("Adoption support", "Contacts and
    # referrals")
    held = aspect_terms(held, subs.covers, keep=set(fixed or {}), taken=broad_own)
    # figures of no subject ("Context and statistics") said by what they say ("Statistics: changes over time")
    held = figures_said(held, subs.covers, keep=set(fixed or {}), taken=broad_own)
    # one left over findings nearly all of which write one word of their own ("Mixed findings: care planning" over
    # planning of every kind) said by the kinds of it they name ("Care, contingency and other planning")
    parents = {t: b for b, ts in kids.items() for t in ts}
    held = head_kinds(held, subs.covers, parents, keep=set(fixed or {}), taken=broad_own)
    # "X, various aspects" whose findings a term of X sets apart from its siblings' said with it ("Information,
    # including information sharing")
    held = term_parts(held, subs.covers, parents, keep=set(fixed or {}), taken=broad_own)
    # one still left on one subject said by what inspectors judge of it that its findings write and its siblings'
    # seldom do ("Reviews, including participation and timeliness")
    held = judged_aspects(held, subs.covers, parents, keep=set(fixed or {}), taken=broad_own)
    # a kinds-list whose kinds few of its findings write, over findings nearly all of which write its word in more
    # than one sense ("Alternative, residential and other provisions"), said by that word with its most written kind
    held = scant_kinds(held, subs.covers, keep=set(fixed or {}), taken=broad_own)
    # a part its findings write after "outside" / "out of" ("Office hours ..." over out-of-hours services) said so
    held = outside_parts(held, subs.covers, keep=set(fixed or {}), taken=broad_own)
    # a field topic's label its findings seldom write, over findings most of which write one of its terms ("Housing
    # and accommodation" over findings on homelessness), said by that term as a noun ("Homelessness")
    held = written_terms(held, subs.covers, keep=set(fixed or {}), taken=broad_own)
    # a wording readers reject whatever it holds ("Mixed findings, some on X", "General judgements on services") said
    # by the phrase half its findings write; a lone word cut from their -ing noun ("Foster") said as it
    held = rejected_forms(held, subs.covers, keep=set(fixed or {}), taken=broad_own)
    # "General judgements on X" left over findings with a topic of their own, or an X few of them are on ("services"),
    # said by that topic, the parts they bear or the people they write
    held = judgements_said(held, subs.covers, keep=set(fixed or {}), taken=broad_own)
    # a named term its findings share one common word of ("Family group conferences" over groups and families of
    # every kind, "Permanence and stability" over waiting too long) said by what they do share
    held = sense_terms(held, subs.covers, keep=set(fixed or {}), taken=broad_own)
    # a field topic alone over findings a fair part of which write its word in the sense it leaves out ("Children
    # missing from home or care" over children missing education) said with that sense too
    held = topic_senses(held, subs.covers, keep=set(fixed or {}), taken=broad_own)
    # "X, various aspects" left to the end over findings on a field topic other than X ("Professionals, various
    # aspects" over allegations against professionals) said by that topic
    held = aspect_topics(held, subs.covers, keep=set(fixed or {}), taken=broad_own)
    # a field topic a mixed label names as a part ("Mixed findings, some on meetings and reviews") said by the parts of
    # it its findings write ("..., some on meetings"): a reader looks for the topic's own words
    held = topic_parts_borne(held, subs.covers, keep=set(fixed or {}), taken=broad_own)
    # a filler left ("Group, various aspects", "Mixed findings: X" few bear) said by the parts most of its findings bear;
    # a label of one wording of a shared topic ("Early stage") said by the topic
    held = filler_said(held, subs.covers, keep=set(fixed or {}), taken=broad_own)
    # a label cut before its object ("Children in need" of "in need of help and protection") said with it
    held = objects_said(held, subs.covers, keep=set(fixed or {}), taken=broad_own)
    # "Mixed findings: X" over findings half of which are on field topic X said "X"
    held = colon_topics(held, subs.covers, keep=set(fixed or {}), taken=broad_own)
    # a listing's later part a tenth of its findings do not bear ("Children looked after and life story") left out
    held = fair_said(held, subs.covers, keep=set(fixed or {}), taken=broad_own)
    # the sub-themes' final labels cased as written; a broad theme of one sub-theme takes its name
    named["label"] = pd.Series(cased_as_written([held[t] for t in subs.labels.index], subs.every),
                               index=subs.labels.index)
    # (figures named by no subject of them all said by what the figures say: `broad_figures.whole_of_one`)
    said = {label.lower() for label in broad_named["label"]}
    broad_named["label"] = [whole_of_one(named.at[only[b], "label"], broad_covers.texts_of(b),
                                         avoid=lambda label: label.lower() in said) if b in only else value
                            for b, value in zip(broad_named["theme_id"], broad_named["label"])]
    # a name the findings write with a capital keeps it inside a label ("... and Cafcass")
    broad_named["label"] = cased_as_written(broad_named["label"].tolist(), every)
    return named, broad_named

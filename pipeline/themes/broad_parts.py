"""A broad theme's label checked against its own findings, part by part, as a reader of ten of them reads it.

A reader of a random ten findings of a broad theme judges each part of its label by what the findings are about,
not by whether a word of the part turns up (reads 31-33). Three checks, each a change only where the findings
clearly say otherwise:
    topic_for_misread     a part that is a field topic's word in another sense ("Missing education" beside
                          children missing from home or care: the topic's `not` phrases) gives way to the topic
    word_of_its_findings  a word counted by its stem ("adopt") that the findings mostly write as another word of it
                          ("adoption", not "adopters") is said as that word
    nearest_topic_label   a field topic most of its findings are nearest in meaning, far more than any part of the
                          label, names it ("Work with families and family networks" over "one in ten on
                          brothers and sisters")
"""

from __future__ import annotations

import re

import numpy as np

from pipeline.themes.capitals import capitalised
from pipeline.themes.concepts import LEAST, LIFT, read_exclusions
from pipeline.themes.fallback_names import FLOOR, too_common
from pipeline.themes.field import term_pattern
from pipeline.themes.label_text import inner, joined_list
from pipeline.themes.modifier_uses import no_head_of, own_share
from pipeline.themes.name_checks import STATISTIC_WORDS
from pipeline.themes.vocabulary import POPULATION, CONNECTORS, DETERMINERS, JOINING, fold, folded_stem


# Least share of a broad theme's findings that use a part in another sense of a topic's word for the part to stay
# beside the topic (the 60 ILACS reports: "Missing education", 20% of a broad theme also 68% on children missing
# from home or care, half of ten of its findings read; read 31's, 16%, none of the reader's ten).
KEPT_SHARE = 1 / 5


def label_parts(label: str) -> tuple[str, list[str]]:
    """(opening, parts) of a topic label or a listed mixed label: "Mixed findings: A, B and C" -> ("Mixed
    findings: ", [A, B, C]); "A and B" -> ("", [A, B]); any other label -> ("", []) (said as one whole)."""
    opening = ""
    listed = re.match(r"(Mixed findings: |Statistics: )(.+)$", label)
    if listed:
        opening, label = listed.group(1), listed.group(2)
    elif re.match(r"(?:Mixed findings|Statistics)\b|.*(?:, various aspects|, including |and related (?:topics|"
                  r"findings)|, further findings)", label):
        return "", []
    items = [item for item in label.split(", ") if item]
    # a part that holds an "and" goes last, after the list's other parts (`joined_list`: "A, B and C and D" is
    # written "A, B, C and D"): the last item is split only when no item before holds one, and a pair of plurals
    # is one part ("brothers and sisters")
    last = items.pop() if items else ""
    whole = any(" and " in item for item in items) or re.fullmatch(r"[\w'’-]+s and [\w'’-]+s", last)
    return opening, items + ([last] if whole else [part for part in last.split(" and ") if part])


def _words(text: str) -> set[str]:
    """The content words of `text`, lower case, folded, without the people words and joining words."""
    return {fold(w) for w in re.findall(r"[a-z][a-z'’-]*", text.lower())} - POPULATION - JOINING


def topic_for_misread(label: str, covers, theme: int) -> str:
    """`label` with a part that is one of the `not` phrases of the field topic the theme is about (its word in
    another sense: "Missing education" of "Children missing from home or care") replaced by that topic ("Missing
    education and return home interviews" -> "Children missing from home or care and return home interviews").
    The topic is one at least `concepts.LEAST` of the theme's findings use, at `concepts.LIFT` (`Concepts.fitting`),
    that the label does not name yet; a part KEPT_SHARE of them use stays, after the topic ("Children missing from
    home or care, missing education and return home interviews"). covers: a `coverage.Coverage` of the broad themes."""
    opening, parts = label_parts(label)
    if not parts:
        return label
    exclusions = read_exclusions()
    for topic in covers.concepts().fitting(covers.members[theme], LEAST, LIFT):
        if topic not in exclusions or any(_words(topic) <= _words(part) for part in parts):
            continue
        other_sense = term_pattern(exclusions[topic])
        for i, part in enumerate(parts):
            if other_sense.search(part):
                if covers.share(theme, part) < KEPT_SHARE:
                    said = parts[:i] + [topic] + parts[i + 1:]
                elif len(parts) < 3:  # a part a fifth of it uses stays, after the topic
                    said = [topic] + parts
                else:
                    return label
                said = joined_list([inner(p) for p in said])  # a part that holds an "and" goes last
                return opening + said if opening else capitalised(said)
    return label


# Least share of a broad theme's findings nearest a field topic in meaning for that topic to be what a reader of ten
# of them meets most, and how many times the share nearest the best-held part of its label it must be to go into the
# label (read 31: "Mixed findings, one in ten on brothers and sisters", 11% of its findings nearest that part, over a
# broad theme 38% nearest work with families and 19% nearest family networks and family group conferences, judged
# wrong: "most findings share a clear topic, support to families"). Two topics name it without "Mixed" when together
# they hold half of it, the second a tenth.
NEAREST_LEAST = 1 / 5
NEAREST_TIMES = 2.0
NEAREST_SECOND = 1 / 10
NEAREST_OWN = 10  # least findings of the run that use a topic's (or a part's) words for its centre to be read


def _centre(vectors: np.ndarray, rows: np.ndarray) -> np.ndarray | None:
    if len(rows) < NEAREST_OWN:
        return None
    centre = np.asarray(vectors[rows], dtype=np.float64).mean(axis=0)
    norm = np.linalg.norm(centre)
    return centre / norm if norm else None


def topic_centres(covers, vectors: np.ndarray) -> tuple[list[str], np.ndarray]:
    """(topic labels, unit centres): each field topic's centre in meaning, the mean of the vectors of the findings
    that use its words (`concepts.Concepts`), for topics at least NEAREST_OWN findings use. covers: a Coverage of
    all the run's findings, row i = vectors[i]."""
    concepts = covers.concepts()
    labels, centres = [], []
    for column, label in enumerate(concepts.labels):
        centre = _centre(vectors, np.flatnonzero(concepts.uses[:, column]))
        if centre is not None:
            labels.append(label)
            centres.append(centre)
    return labels, np.array(centres).reshape(len(centres), vectors.shape[1])


def _mixed_parts(label: str) -> tuple[str, list[str]]:
    """(opening, parts) as `label_parts`, and a mixed label's one subject: "Mixed findings, one in ten on X" ->
    ("Mixed findings, one in ten on ", [X])."""
    one = re.match(r"(Mixed findings, (?:some|mostly|one in \w+) on )(.+)$", label)
    return (one.group(1), [one.group(2)]) if one else label_parts(label)


def _named(topic: str, terms: tuple[str, ...], parts: list[str]) -> bool:
    """Whether a part of the label says the topic: a content word in common ("Placements" of "Placements and
    sufficiency", "Court work" of "Court work and care proceedings") or one of the topic's terms ("Family work" of
    "Work with families")."""
    pattern = term_pattern(terms)
    return any(_words(topic) & _words(part) or pattern.fullmatch(part.strip()) for part in parts)


def nearest_topic_label(label: str, covers, theme: int, vectors: np.ndarray,
                        centres: tuple[list[str], np.ndarray], large: frozenset[str] = frozenset()) -> str:
    """`label`, or a label naming the field topic most of the broad theme's findings are nearest in meaning when its
    own parts hold far fewer: each of its findings goes to the nearest centre among the field topics
    (`topic_centres`) and its label's parts (the findings that use their words); a topic the label does not name
    that holds NEAREST_LEAST of them and NEAREST_TIMES as many as its best-held part names it: with a second topic
    as "A and B" when the two hold half of it (the second NEAREST_SECOND; each by the first part of its name: "Work
    with families and family networks"), else "Mixed findings, some on A" over
    a mixed label of one subject, else as the first of its parts, in place of the least held ("Mixed findings:
    senior leadership, learning and staff"); never in place of a part in `large` (lower case: the subjects of
    sub-themes holding NEAREST_LEAST of it or more, as much as the topic must hold to be said), which a reader meets
    as often as the topic (broad58: "Children returning home from care" of a sub-theme of 33% gave way to "Children
    placed out of area", 12% writing its terms). covers: a Coverage of the broad themes over all the run's findings,
    row i = vectors[i]."""
    topics, topic_matrix = centres
    opening, parts = _mixed_parts(label)
    if not parts or not topics:
        return label
    own = [(part, _centre(vectors, covers.using(part))) for part in parts]
    own = [(part, centre) for part, centre in own if centre is not None]
    matrix = np.vstack([topic_matrix] + [centre for _, centre in own]) if own else topic_matrix
    rows = covers.members[theme]
    nearest = np.argmax(np.asarray(vectors[rows], dtype=np.float64) @ matrix.T, axis=1)
    held = np.bincount(nearest, minlength=len(matrix)) / max(len(rows), 1)
    best_part = float(held[len(topics):].max()) if own else 0.0
    terms = covers.concepts().terms
    order = [i for i in np.argsort(-held[:len(topics)], kind="stable")
             if not _named(topics[i], terms[topics[i]], parts)]
    if not order or held[order[0]] < NEAREST_LEAST or held[order[0]] < NEAREST_TIMES * best_part:
        return label
    first = topics[order[0]]
    if held[order[0]] >= 0.5:  # most of it nearest one topic: that topic is its subject
        return first
    second = topics[order[1]] if len(order) > 1 else None
    head = re.split(r" and ", first)[0]  # a topic beside other parts is said by its first part
    if second and held[order[1]] >= NEAREST_SECOND and held[order[0]] + held[order[1]] >= 0.5:
        said = joined_list([inner(head), inner(re.split(r" and ", second)[0])])
        return capitalised(said)
    if opening.startswith("Mixed findings, "):
        return f"Mixed findings, some on {inner(first)}"
    share = {part: float(held[len(topics) + j]) for j, (part, _) in enumerate(own)}
    best = sorted(parts, key=lambda part: -share.get(part, 0.0))[:2]  # the least held part makes room
    if any(part.lower() in large for part in parts if part not in best):  # ... unless a large sub-theme is on it
        return label
    kept = [part for part in parts if part in best]
    said = joined_list([inner(p) for p in [head] + kept])
    return opening + said if opening else capitalised(said)


def _form_share(covers, theme: int, word: str) -> float:
    """Share of the theme's findings that write `word` itself, singular or plural, possessive too ("adopters",
    "adopter's"), not another word of its stem ("adoption")."""
    bare = re.sub(r"s$", "", word.lower())
    pattern = re.compile(rf"\b{re.escape(bare)}(?:s|es)?(?:['’]s?)?\b", re.IGNORECASE)
    rows = covers.members[theme]
    return sum(1 for i in rows if pattern.search(covers.texts[i])) / max(len(rows), 1)


def word_of_its_findings(label: str, covers, theme: int, child_parts: list[str]) -> str:
    """`label` said with the word its findings write, when its first part is one word that most of the findings its
    stem counts write as another word of that stem, a sub-theme's topic ("Adopters and approval" over a broad theme
    67% of whose findings write "adoption", 38% "adopters": "Adoption and adopters"; read 32 judged it wrong,
    "about adoption in general"). The word stays as the second part; the label's other parts give way.
    child_parts: the topics of its sub-themes (`broad_names._topic_part`)."""
    opening, parts = label_parts(label)
    # a pair of plurals is one part ("Adopters and placements"): its first word is the one a reader meets first
    first = re.fullmatch(r"([\w'’-]+s) and [\w'’-]+s", parts[0]) if parts and not opening else None
    if first:
        parts = [first.group(1)]
    if opening or not parts or " " in parts[0]:
        return label
    word = parts[0]
    own = _form_share(covers, theme, word)
    if own >= 0.5 * covers.share(theme, word):
        return label
    for part in child_parts:
        if " " in part or folded_stem(part.lower()) != folded_stem(word.lower()) or part.lower() == word.lower():
            continue
        if _form_share(covers, theme, part) > own:
            return f"{part[:1].upper()}{part[1:]} and {inner(word)}"
    return label


# Least share of a broad theme's findings that use a head word of its parts for that word to be its general topic,
# how many times the share of all findings that do (no word of everything), and the most share of that word's uses
# the label's best part may hold for the label to be narrower than the topic (read 34: "Child sexual exploitation and
# domestic abuse", 29% and 16%, over a broad theme 65% of whose findings are on risk; "Learning reviews, adoption
# panel and referrals", 15%, over one 53% on reviews; "Placed for adoption", 15%, over one all on adoption).
HEAD_LEAST = 1 / 2
HEAD_LIFT = 3.0
HEAD_NARROW = 1 / 2
HEAD_NAMED = 1 / 3  # ... or, when a part says the word, the most share that part may hold ("Learning reviews", 29%;
                    # "Care proceedings" 45% of "proceedings", "Virtual school" 45% of "school" stay)
NOT_HEADS = {"findings", "aspects", "further", "mixed", "statistics", "various", "including", "other", "related",
              "some", "mostly", "strengths", "shortfalls", "topics", "common"}


def _head_words(part: str) -> list[str]:
    """The words a part names as the thing it is about: its last word ("reviews" of "Learning reviews", "adoption"
    of "Placed for adoption") and a first word followed by "of" or "to" ("Risk" of "Risk of harm"); none of a clause
    ("Where children live")."""
    words = re.findall(r"[A-Za-z][A-Za-z'’-]*", part)
    if words[:1] and words[0].lower() in {"where", "how", "what", "who", "when", "why"}:
        return []  # a clause ends on its verb ("live" of "where children live")
    heads = words[-1:]
    if len(words) > 2 and words[1].lower() in {"of", "to"}:
        heads.append(words[0])
    return [w for w in heads if fold(w.lower()) not in NOT_HEADS | POPULATION | CONNECTORS | DETERMINERS]


def _pieces(label: str) -> list[str]:
    """A label's phrases, its opening and listing words aside ("Mixed findings, some on X" -> [X])."""
    label = re.sub(r"^(?:Mixed findings|Statistics)(?::|,)?\s*(?:(?:some|mostly|one in \w+) on )?", "", label)
    label = re.sub(r", (?:various aspects|further findings)$| and related (?:topics|findings)$", "", label)
    return [p for item in re.split(r", including |, ", label) for p in item.split(" and ") if p.strip()]


def general_head_label(label: str, covers, theme: int, child_labels: list[str], avoid=None) -> str:
    """`label`, or one that leads with the general topic its findings share when the label names only narrow parts
    of it (read 34: "Child sexual exploitation and domestic abuse" over a broad theme mostly on risk -> "Risk of harm,
    including child sexual exploitation and domestic abuse"; "Learning reviews, adoption panel and referrals" ->
    "Reviews and panels"; "Placed for adoption" -> "Adoption"). The topic is a head word of a part of the label or
    of its sub-themes' labels (`_head_words`), not a people word, that HEAD_LEAST of the theme's findings use,
    HEAD_LIFT times as often as all findings; it leads when the label does not open with it nor end on it (the kind
    a listing names: "Pathway, care and other plans") and no part holds HEAD_NARROW of its share (HEAD_NAMED when a
    part says it: "Care proceedings" of "proceedings" stays). It is said as the sub-theme's phrase that opens with
    it ("Risk of harm"), else as the word its findings write most ("adoption", not "adopters"); the label's best
    part follows ("including ...") when a fifth of the theme uses it, with the next when one in ten does. When that
    is taken or no name (`avoid(label)` says so) it is said with the next such word a fifth of it uses ("Reviews and
    panels"), else with another word of its stem ("Adoption and adopters"). child_labels: its sub-themes' labels."""
    opening, parts = label_parts(label)
    # "X and related findings" says X is what it is about: X is its one part, narrow when it holds less than
    # HEAD_LEAST of the theme while a head word of it holds more (read 40: "Safeguarding children board and related
    # findings" over boards of many kinds, 62% writing "board", 33% of the safeguarding children board)
    related = RELATED.match(label)
    parts = [related.group(1)] if related else parts
    if not parts:
        return label
    # the word it opens with, and the kind a listing ends on ("Pathway, care and other plans"), are said already
    ends = parts[-1].split()[-1:] if parts[-1].lower().startswith("other ") else []
    said = {folded_stem(w.lower()) for part in parts[0].split()[:1] + ends for w in part.split("-")}
    candidates: dict[str, list[str]] = {}
    phrases = parts + [p for child in child_labels for p in _pieces(child)]
    for phrase in phrases:
        for word in _head_words(phrase):
            candidates.setdefault(folded_stem(word.lower()), []).append(word.lower())
    best = max((covers.share(theme, part) for part in parts), default=0.0)
    ranked = sorted(candidates.items(), key=lambda item: (-covers.share(theme, item[1][0]), item[0]))
    for stem, forms in ranked:
        share = covers.share(theme, forms[0])
        if share < HEAD_LEAST:
            break
        holding = [covers.share(theme, part) for part in parts
                   if stem in {folded_stem(w.lower()) for w in re.findall(r"[A-Za-z]+", part)}]
        narrow = (max(holding) < (HEAD_LEAST if related else HEAD_NAMED * share) if holding
                  else best < HEAD_NARROW * share)
        if stem in said or share < HEAD_LIFT * covers.share_all(forms[0]) or not narrow:
            continue
        # the word written as a thing of its own, not only inside a phrase it is no head of ("home" of "return home
        # interviews": read 76, "Homes, including return home interviews" rejected by both readers)
        if any(no_head_of(p, stem) for p in phrases) and own_share(
                [covers.lower(int(i)) for i in covers.members[theme]], forms, phrases) < HEAD_LEAST:
            continue
        if {fold(form) for form in forms} & STATISTIC_WORDS:  # a form of figures is no topic (read 47: "Averages,
            continue  # including schools" over attainment and timeliness compared with national averages, meaningless)
        word = _written(covers, theme, forms)  # "adoption", not "adopters"
        bare = re.sub(r"s$", "", word)
        openers = sorted((p for child in child_labels for p in [child.split(", ")[0]]
                          if re.sub(r"s$", "", p.split()[0].lower()) == bare and " and " not in p
                          and "Mixed" not in p), key=lambda p: (len(p), p))
        head = openers[0] if openers else word
        if related and " " not in head:  # the word over kinds of it, one of which the label named: all of them
            head = _plural_written(covers, theme, head)  # ("Boards, including safeguarding children board")
        kept = sorted((p for p in parts if covers.share(theme, p) >= FLOOR), key=lambda p: -covers.share(theme, p))
        if kept and covers.share(theme, kept[0]) >= KEPT_SHARE:  # a fifth of it; a second part one in ten uses too
            options = [f"{head}, including {joined_list([inner(p) for p in kept[:2]])}"]
        else:
            options = [head]
        # should that be taken or no name: with the next general word a fifth of it uses ("Reviews and panels"), a
        # word of a topic, not of the frame every report writes (read 42: "Homes and area", judged meaningless)
        options += [f"{head} and {_written(covers, theme, words)}" for other, words in ranked
                    if other != stem and covers.share(theme, words[0]) >= KEPT_SHARE
                    and covers.share(theme, words[0]) >= HEAD_LIFT * covers.share_all(words[0])
                    and not too_common(words[0])][:1]
        # or with another word of its stem a sub-theme names ("Adoption and adopters", as `word_of_its_findings`)
        options += [f"{head} and {form}" for form in sorted(set(forms)) if re.sub(r"s$", "", form) != bare
                    and form not in head.lower()][:1]
        for new in options:
            new = capitalised(new)
            if not (avoid and avoid(new)):
                return new
        return label
    return label


def _plural_written(covers, theme: int, word: str) -> str:
    """`word` in the plural when some of the theme's findings write that plural ("boards"), else as it is."""
    if word.endswith("s"):
        return word
    plural = word[:-1] + "ies" if re.search(r"[^aeiou]y$", word) else word + ("es" if re.search(r"(?:x|ch|sh)$", word)
                                                                             else "s")
    pattern = re.compile(rf"\b{re.escape(plural)}\b", re.IGNORECASE)
    return plural if any(pattern.search(covers.texts[i]) for i in covers.members[theme]) else word


def _written(covers, theme: int, forms: list[str]) -> str:
    """The form of a word its findings write most, the plural when they write both alike ("panels")."""
    return max(sorted(set(forms)), key=lambda w: (_form_share(covers, theme, w), w.endswith("s")))


RELATED = re.compile(r"^(.+) and related (?:findings|topics)$")


def _part_share(covers, theme: int, part: str) -> float:
    """Share of the theme's findings on a part: that use its words, or the words of a field topic it names (a part
    "Work with families" of the topic of that name, written in many ways); of a pair of plurals
    ("allegations and audits", one part to `label_parts`), the larger of its two words'."""
    pair = re.fullmatch(r"([\w'’-]+s) and ([\w'’-]+s)", part)  # a pair of plurals, either word ("allegations")
    if pair:
        return max(_part_share(covers, theme, word) for word in pair.groups())
    concepts = covers.concepts()
    rows = covers.members[theme]
    named = [topic for topic in concepts.labels if _words(topic) & _words(part)]
    return max([covers.share(theme, part)] + [concepts.share(rows, topic) for topic in named])


def related_over_listing(own: str, composed: str, covers, theme: int) -> str:
    """`own` ("Safeguarding children board and related findings": a phrase COVERAGE of the broad theme uses, and
    more) rather than `composed`, a plain listing of its sub-themes' topics that opens with that phrase and adds
    parts each under KEPT_SHARE of its findings write about (read 36: "Safeguarding children board, earlier
    inspections and allegations", judged wrong, only half its findings on those topics: the two small parts named
    as if the rest of it were on them). A listing said to be mixed ("Mixed findings: ...") or one whose other parts
    hold a fair share stays. covers: a `coverage.Coverage` of the broad themes."""
    related = RELATED.match(own)
    opening, parts = label_parts(composed)
    if not related or opening or len(parts) < 2 or fold(parts[0].lower()) != fold(related.group(1).lower()):
        return composed
    if any(_part_share(covers, theme, part) >= KEPT_SHARE for part in parts[1:]):
        return composed
    return own


def shared_over_mixture(label: str, covers, theme: int) -> str:
    """`label` without its "Mixed findings: " opening when a part of it names what most of its findings are about: the
    part's head word (`_head_words`: "families" of "Work with families", "placements") is used by HEAD_LEAST of the
    theme's findings, HEAD_LIFT times as often as by all findings; that part leads ("Mixed findings: placements and
    provisions" over a broad theme two thirds of whose findings write about placements -> "Placements and
    provisions"; "Mixed findings: work with families, family networks and relationships" over one 69% on families).
    A reader of ten such findings finds most on that topic, and "Mixed findings" says they share none (read 36:
    'Mixed findings: ...' over findings that share a clear topic, judged wrong). covers: a `coverage.Coverage`."""
    opening, parts = label_parts(label)
    if opening != "Mixed findings: " or not parts:
        return label
    best, lead = 0.0, None
    for part in parts:
        words = re.findall(r"[A-Za-z][A-Za-z'’-]*", part)
        if not words or words[0].lower() in {"where", "how", "what", "who", "when", "why"}:
            continue  # a clause ends on its verb ("live" of "where children live")
        # its last word, people words too ("families" of "Work with families"), and each word of a pair of plurals
        pair = re.fullmatch(r"([\w'’-]+s) and ([\w'’-]+s)", part)
        for word in (pair.groups() if pair else words[-1:]):
            if fold(word.lower()) in NOT_HEADS | CONNECTORS | DETERMINERS:
                continue
            share = covers.share(theme, word.lower())
            if share >= HEAD_LEAST and share >= HEAD_LIFT * covers.share_all(word.lower()) and share > best:
                best, lead = share, part
    if lead is None:
        return label
    said = joined_list([inner(p) for p in [lead] + [p for p in parts if p != lead]])
    return capitalised(said)

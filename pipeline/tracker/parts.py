"""The parts of a recommendation that asks for several things ("Ensure that the quality and effectiveness of
assessments and care plans are of a consistently high standard"; "Management oversight, challenge and supervision";
a list after a colon), so that a next-report line on one part ("Children in need and child protection plans are
variable in quality") is scored against that part and not drowned by the whole (issue #18, track66: most of the
readers' evidence lines the tracker left out scored below next_threshold for the whole recommendation).

A part is a piece of the recommendation's matter (matter.matter_words of its matched text) between commas,
semicolons, colons, "and", "or", "as well as", that keeps at least MIN_WORDS content words (words.content_words: a
piece naming only "young people" or "training" is no matter of its own); a recommendation with fewer than two such
pieces has no parts."""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

from pipeline.tracker.params import TrackerParams
from pipeline.tracker.words import content_words, lexical_overlap, lexical_texts

MIN_WORDS = 2
NOUNS = ("NOUN", "PROPN")
OWN = ("compound", "amod", "nummod", "poss")  # a coordinated noun's own words, which go with it
_SPLIT = re.compile(r"[,;:]|\b(?:and|or|as well as|alongside|together with)\b", re.IGNORECASE)


def recommendation_parts(matter: str, min_words: int = MIN_WORDS) -> list[str]:
    """The parts of a recommendation's matter (matter_words output), in order: for each coordination of nouns in
    it (spaCy's parse: a noun and its `conj`s, two of them with content words), the matter with one of them kept
    and the others taken out (the first with its compound and adjective words - its words on the right are shared -,
    a later one with all its words; and the "and" / commas joining them) - "the quality of assessments and
    care planning" -> ["the quality of assessments", "the quality of care planning"]; a part keeps `min_words`
    content words or more; [] when there is no coordination of nouns."""
    return list(_parts(" ".join(str(matter).split()), min_words))


@lru_cache(maxsize=4096)
def _parts(matter: str, min_words: int) -> tuple[str, ...]:
    if not _SPLIT.search(matter):
        return ()
    doc = _parser()(matter)
    out: list[str] = []
    for head in doc:
        if head.dep_ == "conj" or head.pos_ not in NOUNS:
            continue
        members = _chain(head)
        if sum(bool(content_words(m.text)) for m in members) < 2:
            continue  # "children and families": no matters of their own
        chained = {m.i for m in members}
        for kept in members:
            gone: set[int] = set()
            for other in members:
                if other.i == kept.i:
                    continue
                if other.i == head.i:  # the first noun's words on its right ("of ...") are shared by all
                    gone.add(other.i)
                    gone.update(t.i for c in other.lefts if c.dep_ in OWN for t in c.subtree)
                else:  # a later noun goes with all its words (not the nouns coordinated after it)
                    later = {t.i for c in other.children if c.i in chained for t in c.subtree}
                    gone.update(t.i for t in other.subtree if t.i not in later)
            gone.update(c.i for m in members for c in m.children if c.dep_ in ("cc", "punct") and c.i < members[-1].i)
            # A word kept before one taken out keeps a space ("plans, particularly" less the comma).
            text = "".join(t.text_with_ws if t.whitespace_ or t.i + 1 >= len(doc) or t.i + 1 not in gone
                           else t.text + " " for t in doc if t.i not in gone)
            text = re.sub(r"\s+([,;:.])", r"\1", " ".join(text.split())).strip(" ,.")
            if len(content_words(text)) >= min_words and text not in out:
                out.append(text)
    return tuple(out)


def _chain(head) -> list:
    """A noun and the nouns coordinated with it (its conj, theirs, ...), in order."""
    members, todo = [], [head]
    while todo:
        token = todo.pop()
        members.append(token)
        todo.extend(c for c in token.children if c.dep_ == "conj" and c.pos_ in NOUNS)
    return sorted(members, key=lambda t: t.i)


@lru_cache(maxsize=1)
def _parser():
    from pipeline.meeting_text import parser

    return parser()


def each_part_scores(cosine: np.ndarray, line_vectors: np.ndarray, line_lexical: list[str], matters: list[str],
                     glossary: dict, idf: dict[str, float], params: TrackerParams,
                     part_vectors: dict[str, np.ndarray] | None = None) -> list[np.ndarray]:
    """Per recommendation (`matters`: their matter words), the (n_lines, n_parts) scores of the next report's lines
    for each of its parts (recommendation_parts; n_parts 0 when it has none): the part's cosine with the line (its
    vector from `part_vectors`, keyed by the part's text; the whole's cosine, `cosine`, when it has none) +
    lexical_weight x the share of the part's words the line uses. `line_vectors`: the lines' vectors,
    `line_lexical`: their lexical_texts."""
    out = []
    for column, matter in enumerate(matters):
        parts = recommendation_parts(matter, params.next_parts_words)
        scores = np.zeros((len(line_lexical), len(parts)), dtype=np.float32)
        if parts and len(line_lexical):
            scores += lexical_overlap(lexical_texts(parts, glossary), line_lexical, idf) * params.lexical_weight
            for k, part in enumerate(parts):
                vector = None if part_vectors is None else part_vectors.get(part)
                scores[:, k] += (cosine[:, column] if vector is None
                                 else line_vectors @ np.asarray(vector, dtype=np.float32))
        out.append(scores)
    return out


def part_scores(whole: np.ndarray, each: list[np.ndarray], less: float) -> np.ndarray:
    """(n_lines, n_recs): each line's score for a recommendation (`whole`, as the tracker scores it) or, when
    higher, its best score for one of the recommendation's parts (`each`: each_part_scores) less `less`
    (params.next_parts; 9: the whole's score alone). `whole` is not changed."""
    out = np.array(whole, dtype=np.float32, copy=True)
    if less >= 9:
        return out
    for column, scores in enumerate(each):
        if scores.shape[1] and len(out):
            out[:, column] = np.maximum(out[:, column], scores.max(axis=1) - less)
    return out

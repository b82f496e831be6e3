"""Recommendation tracker: what an inspection asked for -> what the council said it did -> what the next inspection
found.

Input: the run's documents (doc_id, file, authority, doc_type, date), findings (finding_id, doc_id, section, start,
text, kind, polarity, ...) with their vectors (row i = findings row i, L2-normalised), the recommendations table
(`pipeline.recommendations`) and the recommendations' vectors from the same model.

A council document (any doc_type but inspection_report) answers the most recent inspection report of its authority
dated on or before it (a year-only date such as "2019" counts as its last day, so minutes dated "2019" answer a report
of May 2019); the next inspection of a report is the authority's first inspection report dated after it.

Output `tracker.csv`, long: one row per link, TRACKER_COLUMNS:
    rec_id, authority, report_file, report_date, recommendation
    report_grade, next_grade   the report's and the next inspection's graded judgements (pipeline.judgements):
                 the overall effectiveness when judged, else every judged area ("help and protection: Inadequate; ...")
    next_file, next_date       the next inspection report ("" when there is none in the corpus)
    part         "response" (council documents) or "next_inspection"
    rank         1.. within (rec_id, part); 0 on a row that only carries a status
    file, doc_type, date, finding_id, quote   the linked finding ("" on a status-only row)
    similarity   cosine of the finding and the recommendation (without its purpose clause: recommendation_core), plus
                 lexical_weight x their shared rare words (abbreviations spelt out by the glossary), plus heading_weight
                 when the finding's section heading restates the recommendation (float, rounded to 3 places)
    kind, polarity   of the linked finding
    match        "quote" (the finding repeats the recommendation word for word), "under quote" (it stands under a
                 heading or line that quotes it), "under heading" (similarity, with the bonus of a section heading
                 that restates the recommendation in other words, at or above the threshold), "similar"
                 (similarity at or above the threshold; a lower one for a finding in the theme of the
                 recommendation's own findings)
    status       response rows: "linked", "none" (nothing addresses it), "no council documents" (none in the window);
                 next_inspection rows: "improved", "still a concern", "mixed", "not mentioned", "no later inspection"
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from difflib import SequenceMatcher
from functools import lru_cache

import numpy as np
import pandas as pd

from pipeline.judgements import own_judgements
from pipeline.recommendations import IMPERATIVE
from pipeline.schema import CLUSTERING_TEXT, TRACKER_COLUMNS
from pipeline.themes.cluster_text import clustering_texts, read_glossary



@dataclass(frozen=True)
class TrackerParams:
    """Thresholds of the tracker, calibrated on tuning data only (benchmarks/tracker_quality.py --calibrate): the
    response rule on Walsall's labelled links (tests/data/tracker_links.csv), the status rule on those and the tuning
    authorities of the fresh report pairs (tests/data/tracker_next_fresh.csv)."""
    top_k: int = 3                  # response links kept per recommendation
    response_threshold: float = 0.80  # score (cosine + lexical term) from which a council finding addresses it
    response_rank: int = 1          # ... and only when it is among the finding's closest recommendations of the report
    heading_weight: float = 0.3     # added to the score of a council finding whose section heading restates the
                                    # recommendation (a paraphrased heading: "Core groups and visits"); set by hand,
                                    # not calibrated (the tuning documents' headings quote, not paraphrase)
    heading_share: float = 0.6      # idf-weighted share of the heading's words the recommendation uses, to restate it
    next_threshold: float = 0.50    # score from which a next-inspection finding is on the same matter
    next_rank: int = 2              # ... among the finding's closest recommendations of the report
    lexical_weight: float = 0.9     # weight of shared rare words (idf-weighted share of the recommendation's words,
                                    # abbreviations expanded by the glossary) added to the cosine before thresholds
    next_k: int = 8                 # next-inspection findings weighed at most
    asked_again: bool = True        # the next report recommends the matter again: "improved" becomes "mixed"
    asked_threshold: float = 9.0    # ... told by any of its recommendations scoring this or more (among the weighed
                                    # findings or not); 9: only by the weighed findings
    improved_share: float = 0.60    # strength share of the weighed findings at or above which the matter "improved"
    concern_share: float = 0.10     # at or below which it is "still a concern" (between: "mixed"): nearly no
                                    # strength on the matter; one substantial strength makes it mixed
    grade_weight: float = 0.0       # the next report's grade of the area the weighed findings sit in counts as one
                                    # more finding of this weight x their mean score (good/outstanding: a strength;
                                    # requires improvement/adequate/inadequate: a concern)
    quote_share: float = 0.8        # share of the shorter text's words in one run to count as a word-for-word quote
                                    # (above 1: quotes are not looked for; the calibration uses this)
    quote_min_words: int = 6
    core: bool = True               # match on the recommendation without its purpose clause (recommendation_core; the
                                    # caller embeds the same text)
    core_min_words: int = 3         # ... unless fewer content words than this would be left ("Review the 16+ service
                                    # to ensure that caseloads are manageable": the matter is in the clause)
    response_theme_threshold: float = 0.70  # ... or this, when the council finding sits in a theme of the
                                    # recommendation's own findings (theme_id; the themes stage groups a paraphrase
                                    # with what it paraphrases); 9: themes not used
    response_margin: float = 9.0    # a council finding is kept only within this of the recommendation's best score
                                    # (a relative threshold; 9: off)
    next_overlap: float = 0.0       # share of the recommendation's key terms (idf-weighted, its opening verb left out)
                                    # a next-report finding must use to be on the same matter
    next_margin: float = 9.0        # ... and within this of the best score of the recommendation's findings (9: off)
    next_voice: bool = False        # only the inspectorate's own findings (not context lines, nor what children,
                                    # staff or partners told inspectors) are evidence
    next_base: float = 0.0          # a finding weighs its score less this in the status (the closest findings count
                                    # most; 0: the score itself)
    shortfall: bool = False         # evidence_weights: a finding naming a shortfall ("requires strengthening") is a
                                    # concern whatever its polarity; one that weighs a strength against a shortfall
                                    # ("..., but the quality is not consistently good") counts half to each

    def to_dict(self) -> dict:
        return asdict(self)


def date_range(value) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """"2019-05-08" -> that day twice; "2019-05" -> its first and last day; "2019" -> 1 Jan and 31 Dec; else None."""
    text = str(value or "").strip()
    match = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", text[:10])
    if not match:
        return None
    year, month, day = match.group(1), match.group(2), match.group(3)
    try:
        if day:
            day_ = pd.Timestamp(int(year), int(month), int(day))
            return day_, day_
        if month:
            first = pd.Timestamp(int(year), int(month), 1)
            return first, first + pd.offsets.MonthEnd(0)
        return pd.Timestamp(int(year), 1, 1), pd.Timestamp(int(year), 12, 31)
    except ValueError:
        return None


def windows(documents: pd.DataFrame) -> tuple[dict[str, list[str]], dict[str, str | None]]:
    """(report doc_id -> council doc_ids answering it, report doc_id -> next report's doc_id or None)."""
    answers: dict[str, list[str]] = {}
    following: dict[str, str | None] = {}
    for _, docs in documents.groupby("authority", sort=True):
        dated = [(row["doc_id"], row["doc_type"], date_range(row["date"])) for row in docs.to_dict("records")]
        reports = sorted((span[0], doc_id) for doc_id, kind, span in dated if kind == "inspection_report" and span)
        for i, (_, doc_id) in enumerate(reports):
            answers[doc_id] = []
            following[doc_id] = reports[i + 1][1] if i + 1 < len(reports) else None
        for doc_id, kind, span in dated:
            if kind == "inspection_report" or not span:
                continue
            before = [rid for start, rid in reports if start <= span[1]]
            if before:
                answers[before[-1]].append(doc_id)
    return answers, following


_WORD = re.compile(r"[a-z0-9]+")


@lru_cache(maxsize=200_000)
def _words(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(str(text).lower().replace("’", "'")))


STOPWORDS = frozenset(
    "the and that for are with this from have has been into their they them than then there which who whom what when "
    "where will would should could must can all any each every more most other some such only own same not nor also "
    "its our your his her was were being ensure make sure including include includes improve improved improving "
    "quality effective effectively good well local authority children child young people".split())


# The purpose clause that ends many recommendations ("..., in order to improve the quality of practice", "so that
# children understand their history") is worded alike across recommendations and adds no matter of its own.
_PURPOSE = re.compile(
    r"(,\s*)?\b(in order to|in order that|so that|to ensure that|to enable|to make sure|which will)\b", re.IGNORECASE)


def recommendation_core(text: str, min_words: int = 0) -> str:
    """A recommendation without its closing purpose clause: "Improve the training offer for social workers to ensure
    that all staff have the right skills" -> "Improve the training offer for social workers" (a clause in its first
    words is kept: "Ensure that ..." is the recommendation itself; so is the whole text when the part before the
    clause has fewer than `min_words` content words besides its opening verb: "Review the 16+ service to ensure that
    caseloads are manageable")."""
    text = str(text)
    match = _PURPOSE.search(text, 20)
    if not match:
        return text
    core = text[:match.start()].strip()
    return core if len(content_words(matter_words(core))) >= min_words else text


def matched_text(text: str, params: TrackerParams) -> str:
    """The text of a recommendation that is embedded and matched: its core (recommendation_core) or all of it."""
    return recommendation_core(text, params.core_min_words) if params.core else str(text)


def matter_words(text: str) -> str:
    """A recommendation without its opening imperative ("Ensure that ...", "Urgently review ...", "Develop and
    implement ..."), which names no matter: the text its key terms are read from."""
    text = str(text)
    while True:
        match = IMPERATIVE.match(text)
        if not match or not match.group(3):
            return text
        rest = re.sub(r"^\s*(that\b|and\b|,)?\s*", "", text[match.end():], flags=re.IGNORECASE)
        if rest == text:
            return text
        text = rest


def lexical_texts(texts: list[str], glossary: dict[str, tuple[str, str]]) -> list[str]:
    """Texts for the shared-words term: abbreviations spelt out by the glossary (pipeline/data/glossary.csv and the
    user's; "IROs" and "independent reviewing officers" then share words; an inspection report and a council paper
    often abbreviate differently) and place and people's names masked (pipeline.themes.cluster_text), so an
    authority's name is no shared word."""
    return list(_lexical_texts(tuple(str(t) for t in texts), tuple(sorted(glossary.items()))))


def _findings_lexical(findings: pd.DataFrame, glossary: dict[str, tuple[str, str]]) -> list[str]:
    """`lexical_texts` of the findings: the themes stage's clustering text (CLUSTERING_TEXT, the same masking with
    the run's glossary) when the findings carry it, else made here."""
    if CLUSTERING_TEXT in findings.columns:
        return findings[CLUSTERING_TEXT].astype(str).tolist()
    return lexical_texts(findings["text"].tolist(), glossary)


@lru_cache(maxsize=8)
def _lexical_texts(texts: tuple[str, ...], glossary: tuple) -> tuple[str, ...]:
    # Cached: the calibration runs the tracker many times over the same findings.
    return tuple(clustering_texts(list(texts), dict(glossary)))


@lru_cache(maxsize=200_000)
def content_words(text: str) -> frozenset[str]:
    """Lower-case words of three letters or more without common and Ofsted-generic words, plural -s, -ing and -ed
    folded (apply
    to `lexical_texts` output to have abbreviations spelt out)."""
    words = set()
    for word in _words(text):
        if len(word) < 3 or word in STOPWORDS or word.isdigit():
            continue
        if word.endswith("ies") and len(word) > 4:
            word = word[:-3] + "y"
        elif word.endswith("s") and not word.endswith("ss") and len(word) > 3:
            word = word[:-1]
        # -ing / -ed folded too, so a paraphrase's "visited", "recording" meet the recommendation's "visits", "record".
        if word.endswith("ing") and len(word) >= 7:
            word = word[:-3]
        elif word.endswith("ed") and len(word) >= 6:
            word = word[:-2]
        words.add(word)
    return frozenset(words)


def idf_weights(texts: list[str]) -> dict[str, float]:
    """Inverse document frequency of content words over `texts` (the run's findings): log(n / df)."""
    df: dict[str, int] = {}
    for text in texts:
        for word in content_words(text):
            df[word] = df.get(word, 0) + 1
    n = max(len(texts), 1)
    return {word: float(np.log(n / count)) for word, count in df.items()}


def lexical_overlap(rec_texts: list[str], texts: list[str], idf: dict[str, float]) -> np.ndarray:
    """(n_texts, n_recs): the idf-weighted share of each recommendation's content words that the text also uses."""
    default = max(idf.values(), default=1.0)
    recs = [{w: idf.get(w, default) for w in content_words(t)} for t in rec_texts]
    totals = [sum(r.values()) or 1.0 for r in recs]
    out = np.zeros((len(texts), len(recs)), dtype=np.float32)
    for i, text in enumerate(texts):
        words = content_words(text)
        for j, rec in enumerate(recs):
            shared = words.intersection(rec)
            if shared:
                out[i, j] = sum(rec[w] for w in shared) / totals[j]
    return out


def quotes(rec_text: str, text: str, params: TrackerParams = TrackerParams()) -> bool:
    """Whether `text` repeats `rec_text` word for word: one unbroken run of words shared by both covers at least
    quote_share of the shorter one (a heading may copy only the first line of a long recommendation, or join two)."""
    a, b = _words(rec_text), _words(text)
    shorter = min(len(a), len(b))
    # Cheap test first: a quote shares most of the shorter text's words at all.
    fewer = set(a if len(a) <= len(b) else b)
    if shorter < params.quote_min_words or len(set(a) & set(b)) < params.quote_share * len(fewer):
        return False
    match = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return match.size >= params.quote_min_words and match.size >= params.quote_share * shorter


def _quote_blocks(doc_findings: pd.DataFrame, recs: pd.DataFrame, params: TrackerParams
                  ) -> tuple[dict[str, set[int]], dict[str, set[int]]]:
    """For one council document (findings in text order, positional index): rec_id -> positions of findings that
    quote it, and rec_id -> positions of findings under such a quote (after a quoting line until the next quote of
    any recommendation or a new heading; or sharing a heading that quotes it)."""
    texts, sections = doc_findings["text"].tolist(), doc_findings["section"].tolist()
    quoted: dict[str, set[int]] = {}
    anchors: list[tuple[int, str]] = []
    section_quotes: dict[str, set[str]] = {}
    for rec_id, rec_text in zip(recs["rec_id"], recs["text"]):
        hits = {i for i, text in enumerate(texts) if quotes(rec_text, text, params)}
        if hits:
            quoted[rec_id] = hits
            anchors += [(i, rec_id) for i in hits]
        heads = {s for s in set(sections) if s and quotes(rec_text, s, params)}
        if heads:
            section_quotes[rec_id] = heads
    starts = sorted(i for i, _ in anchors)
    under: dict[str, set[int]] = {}
    for i, rec_id in anchors:
        later = [s for s in starts if s > i]
        stop = later[0] if later else len(texts)
        block = {j for j in range(i + 1, stop) if sections[j] == sections[i]}
        under.setdefault(rec_id, set()).update(block)
    for rec_id, heads in section_quotes.items():
        # A heading that quotes the recommendation: the findings under it, up to the next line that quotes one
        # (headings the segmenter did not recognise as such stay inside the section).
        positions = [j for j, section in enumerate(sections) if section in heads]
        stop = next((s for s in starts if s > positions[0]), len(texts))
        under.setdefault(rec_id, set()).update(j for j in positions if j < stop and j not in quoted.get(rec_id, ()))
    return quoted, under


def restating_headings(headings: list[str], rec_texts: list[str], idf: dict[str, float], share: float,
                       glossary: dict) -> dict[str, int]:
    """Section headings of a council document that restate one recommendation in other words -> that
    recommendation's position in `rec_texts` (lexical texts of one report's recommendations): the recommendation uses at
    least `share` of the heading's idf-weighted words, and no other recommendation of the report uses as many (a
    heading such as "Quality assurance" that fits two recommendations restates neither)."""
    if not headings or not rec_texts:
        return {}
    default = max(idf.values(), default=1.0)
    rec_words = [content_words(t) for t in rec_texts]
    out = {}
    for heading, text in zip(headings, lexical_texts(headings, glossary)):
        words = {w: idf.get(w, default) for w in content_words(text)}
        total = sum(words.values())
        if not total:
            continue
        shares = sorted(((sum(v for w, v in words.items() if w in rw) / total, j) for j, rw in enumerate(rec_words)),
                        reverse=True)
        if shares[0][0] >= share and (len(shares) == 1 or shares[1][0] < shares[0][0]):
            out[heading] = shares[0][1]
    return out


def grade_summary(judgements: pd.DataFrame | None, doc_id: str | None) -> str:
    """One line of a report's graded judgements (judgements table: doc_id, area, grade_text)."""
    if judgements is None or not doc_id or judgements.empty:
        return ""
    own = judgements[judgements["doc_id"] == doc_id].drop_duplicates("area")
    overall = own[own["area"].astype(str).str.startswith("overall effectiveness")]
    chosen = overall if len(overall) else own
    return "; ".join(f"{area}: {grade}" for area, grade in zip(chosen["area"], chosen["grade_text"]))


def track(recs: pd.DataFrame, rec_vectors: np.ndarray, documents: pd.DataFrame, findings: pd.DataFrame,
          vectors: np.ndarray, params: TrackerParams = TrackerParams(),
          judgements: pd.DataFrame | None = None, glossary: dict | None = None) -> pd.DataFrame:
    """recommendations (REC_COLUMNS) + their vectors (n_recs, dim) + documents + findings with vectors
    (n_findings, dim) [+ judgements, for the grades; + glossary (pipeline.themes.cluster_text.read_glossary), the
    shipped one when None] -> tracker table (TRACKER_COLUMNS)."""
    answers, following = windows(documents)
    vectors = np.asarray(vectors, dtype=np.float32)
    rec_vectors = np.asarray(rec_vectors, dtype=np.float32)
    findings, recs = findings.reset_index(drop=True), recs.reset_index(drop=True)
    rows_of = {doc_id: group.sort_values("start", kind="stable").index.to_numpy()
               for doc_id, group in findings.groupby("doc_id", sort=False)}
    doc_types = dict(zip(documents["doc_id"], documents["doc_type"]))
    doc_rows = {row["doc_id"]: row for row in documents.to_dict("records")}
    graded = set(judgements["finding_id"]) if judgements is not None and "finding_id" in judgements else set()
    judgements = own_judgements(judgements)  # a previous inspection's grades quoted in a report are not its own
    # The findings that make up the reports' own recommendations.
    asked = {fid for ids in recs["finding_ids"] for fid in str(ids).split()} if "finding_ids" in recs else set()
    records = _Rows(findings, ("finding_id", "doc_id", "file", "date", "text", "kind", "polarity", "section", "voice"))
    glossary = read_glossary() if glossary is None else glossary
    lexical = (np.asarray(_findings_lexical(findings, glossary), dtype=object)
               if params.lexical_weight or params.heading_weight else None)
    idf = idf_weights(lexical.tolist()) if lexical is not None else {}
    sections = findings["section"].fillna("").astype(str).to_numpy() if "section" in findings else None
    ids = findings["finding_id"].to_numpy()
    themes = (dict(zip(ids, pd.to_numeric(findings["theme_id"], errors="coerce").fillna(-1).astype(int)))
              if "theme_id" in findings and params.response_theme_threshold < params.response_threshold else {})
    rows: list[dict] = []
    for report_id, report_recs in recs.groupby("doc_id", sort=False):
        rec_rows = report_recs.index.to_numpy()
        council = [d for d in answers.get(report_id, []) if d in rows_of]
        next_id = following.get(report_id)
        next_doc = doc_rows.get(next_id, {}) if next_id else {}
        grades = (grade_summary(judgements, report_id), grade_summary(judgements, next_id))
        next_grades = area_grades(judgements, next_id)
        # Similarities of every candidate finding to every recommendation of this report: a finding counts for a
        # recommendation only when it is among the finding's closest ones, so a general line ("staffing was a
        # problem") does not answer every recommendation at once.
        council_rows = np.concatenate([rows_of[d] for d in council]) if council else np.zeros(0, dtype=int)
        next_rows = _matter_rows(findings, rows_of.get(next_id, np.zeros(0, dtype=int)) if next_id else
                                 np.zeros(0, dtype=int), graded, params.next_voice)
        council_sims = vectors[council_rows] @ rec_vectors[rec_rows].T
        next_sims = vectors[next_rows] @ rec_vectors[rec_rows].T
        matter = [matter_words(matched_text(t, params)) for t in report_recs["text"]]
        rec_texts = lexical_texts(matter, glossary) if lexical is not None else []
        next_overlap = (lexical_overlap(rec_texts, lexical[next_rows].tolist(), idf) if lexical is not None
                        else np.ones(next_sims.shape, dtype=np.float32))
        if params.lexical_weight:
            council_sims = council_sims + params.lexical_weight * lexical_overlap(
                rec_texts, lexical[council_rows].tolist(), idf)
            next_sims = next_sims + params.lexical_weight * next_overlap
        headed: dict[int, set[int]] = {}  # recommendation column -> council rows under a heading restating it
        if params.heading_weight and sections is not None and len(council_rows):
            heads = sections[council_rows]
            restated = restating_headings(sorted(set(heads)), rec_texts, idf, params.heading_share, glossary)
            for i, head in enumerate(heads):
                if head in restated:
                    council_sims[i, restated[head]] += params.heading_weight
                    headed.setdefault(restated[head], set()).add(int(council_rows[i]))
        council_rank = _rank_among_recs(council_sims)
        next_rank = _rank_among_recs(next_sims)
        quoted, under = {}, {}
        for doc_id in council:
            q, u = _quote_blocks(findings.loc[rows_of[doc_id]].reset_index(drop=True), report_recs, params)
            for rec_id, hits in q.items():
                quoted.setdefault(rec_id, set()).update(rows_of[doc_id][sorted(hits)])
            for rec_id, hits in u.items():
                under.setdefault(rec_id, set()).update(rows_of[doc_id][sorted(hits)])
        for column, rec in enumerate(report_recs.to_dict("records")):
            base = {"rec_id": rec["rec_id"], "authority": rec["authority"], "report_file": rec["file"],
                    "report_date": rec["date"], "report_grade": grades[0], "recommendation": rec["text"],
                    "next_file": next_doc.get("file", ""), "next_date": str(next_doc.get("date", "")),
                    "next_grade": grades[1]}
            if not council:
                rows.append(_link(base, "response", 0, {}, "", np.nan, "", "no council documents"))
            else:
                rows += _responses(base, council_rows, council_sims[:, column], council_rank[:, column],
                                   quoted.get(rec["rec_id"], set()), under.get(rec["rec_id"], set()), records,
                                   doc_types, params, headed.get(column, set()),
                                   _same_theme(themes, ids, council_rows, rec.get("finding_ids", "")))
            if not next_id:
                rows.append(_link(base, "next_inspection", 0, {}, "", np.nan, "", "no later inspection"))
            else:
                rows += _next_inspection(base, next_rows, next_sims[:, column], next_rank[:, column], records,
                                         doc_types.get(next_id, ""), params, asked, next_grades,
                                         next_overlap[:, column])
    table = pd.DataFrame(rows, columns=TRACKER_COLUMNS)
    return table.astype({"rank": "int64"})


def _matter_rows(findings: pd.DataFrame, rows: np.ndarray, graded: set, own_voice: bool = False) -> np.ndarray:
    """The next report's findings that can say how a matter went: not its graded-judgement lines ("Children who
    need help and protection: requires improvement", which resemble every recommendation about help and
    protection), and each text once (summaries repeat the body word for word); with `own_voice`, only the
    inspectorate's own findings (not context lines, nor what children, staff or partners told inspectors)."""
    seen, keep = set(), []
    for row in rows:
        key = " ".join(_words(findings.at[row, "text"]))
        if findings.at[row, "finding_id"] in graded or key in seen:
            continue
        voice = findings.at[row, "voice"] if "voice" in findings.columns else ""
        if own_voice and (findings.at[row, "kind"] == "context" or voice not in ("inspectorate", "")):
            continue
        seen.add(key)
        keep.append(row)
    return np.asarray(keep, dtype=int)


class _Rows:
    """Row `i` of a table as a dict of a few columns, made on demand (the tracker reads a few hundred of many
    thousand findings)."""

    def __init__(self, table: pd.DataFrame, columns: tuple[str, ...]):
        self.columns = {c: table[c].to_numpy() for c in columns if c in table.columns}

    def __getitem__(self, i) -> dict:
        return {c: values[i] for c, values in self.columns.items()}


def _rank_among_recs(sims: np.ndarray) -> np.ndarray:
    """(n_findings, n_recs) similarities -> each recommendation's rank (1 = closest) among the finding's."""
    if sims.size == 0:
        return np.zeros(sims.shape, dtype=int)
    order = np.argsort(-sims, axis=1, kind="stable")
    ranks = np.empty_like(order)
    np.put_along_axis(ranks, order, np.arange(1, sims.shape[1] + 1)[None, :].repeat(len(sims), axis=0), axis=1)
    return ranks


def _link(base: dict, part: str, rank: int, finding: dict, doc_type: str, similarity: float, match: str,
          status: str) -> dict:
    return {**base, "part": part, "rank": rank, "file": finding.get("file", ""), "doc_type": doc_type,
            "date": str(finding.get("date", "")), "finding_id": finding.get("finding_id", ""),
            "similarity": round(float(similarity), 3) if finding else np.nan, "kind": finding.get("kind", ""),
            "polarity": finding.get("polarity", ""), "match": match, "status": status,
            "quote": finding.get("text", "")}


def _same_theme(themes: dict, ids: np.ndarray, rows: np.ndarray, finding_ids) -> np.ndarray:
    """Whether each of `rows` (positions in the findings, whose ids are `ids`) sits in a theme (`themes`:
    finding_id -> theme_id) of the recommendation's own findings (`finding_ids`, space-separated); an outlier
    (theme_id < 0) shares no theme."""
    own = {themes.get(fid, -1) for fid in str(finding_ids or "").split()}
    own = {theme for theme in own if theme >= 0}
    if not own or not len(rows):
        return np.zeros(len(rows), dtype=bool)
    return np.asarray([themes.get(fid, -1) in own for fid in ids[rows]], dtype=bool)


def _responses(base, rows, sims, ranks, quoted, under, records, doc_types, params, headed=frozenset(),
               same_theme: np.ndarray | None = None) -> list[dict]:
    scored = []
    # A relative threshold: of the recommendation's candidates, only those near its best one.
    floor = float(np.max(sims)) - params.response_margin if len(sims) else 0.0
    same_theme = np.zeros(len(rows), dtype=bool) if same_theme is None else same_theme
    for row, sim, rank, themed in zip(rows, sims, ranks, same_theme):
        threshold = min(params.response_threshold, params.response_theme_threshold) if themed else (
            params.response_threshold)
        if row in quoted:
            match, order = "quote", 2
        elif row in under:
            match, order = "under quote", 1
        elif sim >= max(threshold, floor) and rank <= params.response_rank:
            match, order = ("under heading" if row in headed else "similar"), 0
        else:
            continue
        scored.append((-order, -float(sim), int(row), match))
    scored.sort()
    if not scored:
        return [_link(base, "response", 0, {}, "", np.nan, "", "none")]
    return [_link(base, "response", rank, records[row], doc_types.get(records[row]["doc_id"], ""), -negative_sim,
                  match, "linked")
            for rank, (_, negative_sim, row, match) in enumerate(scored[:params.top_k], start=1)]


def status_from(polarities: list, similarities: list[float], params: TrackerParams,
                grade: float | None = None) -> str:
    """improved / still a concern / mixed / not mentioned from the polarities of the next inspection's findings on
    the matter (a polarity, or (strength, concern) weights: evidence_weights), weighted by similarity (neutral findings
    do not count), and the next report's grade (1 outstanding ..
    4 inadequate) of the area they sit in, one more vote of grade_weight x their mean similarity: good or better a
    strength, else a concern. Nothing on the matter -> "not mentioned", whatever the grade."""
    if not similarities:
        return "not mentioned"
    weights = [p if isinstance(p, tuple) else (float(p == "strength"), float(p == "concern")) for p in polarities]
    strength = sum(w[0] * s for w, s in zip(weights, similarities))
    concern = sum(w[1] * s for w, s in zip(weights, similarities))
    if grade is not None and params.grade_weight:
        vote = params.grade_weight * float(np.mean(similarities))
        if grade <= 2.5:
            strength += vote
        else:
            concern += vote
    if strength + concern <= 0:
        return "not mentioned"
    share = strength / (strength + concern)
    if share >= params.improved_share:
        return "improved"
    if share <= params.concern_share:
        return "still a concern"
    return "mixed"


# What a next report says is still short of the mark, in words the polarity rules read as praise or not at all
# ("The quality of plans requires strengthening so that they are clear", "could be further improved", "not precise
# enough", "sometimes lacks depth").
SHORTFALL = re.compile(
    r"\b((requires?|needs?|needed|required) (further |more |to be )?(strengthen(ing|ed)?|improv(e|ing|ed|ement)|"
    r"develop(ing|ed|ment)|address(ed|ing)?)|could (be |have been )?(further |more |better )"
    r"|not (yet |always |consistently |sufficiently )?\w+ enough|is not yet|are not yet|lacks? depth"
    r"|(was|is|are|were) (still )?(variable|inconsistent|mixed)|(remains?|still) (a )?(weak|concern|challenge|"
    r"inconsistent|variable|limited))\b", re.IGNORECASE)
CONTRAST = re.compile(r"\b(but|however|although|though|while|whilst|nevertheless|yet)\b", re.IGNORECASE)


def evidence_weights(text: str, polarity: str) -> tuple[float, float]:
    """(strength, concern) weight of a next-report finding: its polarity, except that a finding naming a shortfall
    (SHORTFALL) is a concern, and one that sets a strength against it ("Assessments are timely, but their quality is
    not consistently good") counts half to each."""
    text = " ".join(str(text).split())  # PDF text breaks lines anywhere
    if polarity == "neutral" and not SHORTFALL.search(text):
        return 0.0, 0.0
    if SHORTFALL.search(text):
        return (0.5, 0.5) if CONTRAST.search(text) and polarity == "strength" else (0.0, 1.0)
    return (1.0, 0.0) if polarity == "strength" else (0.0, 1.0)


def area_grades(judgements: pd.DataFrame | None, doc_id: str | None
                ) -> tuple[list[tuple[frozenset[str], int]], int | None]:
    """A report's graded judgements (judgements table) -> ([(the area's words, grade 1-4)], overall grade or None)."""
    if judgements is None or not doc_id or judgements.empty:
        return [], None
    own = judgements[judgements["doc_id"] == doc_id]
    areas, overall = [], None
    for area, grade in zip(own["area"].astype(str), pd.to_numeric(own["grade"], errors="coerce")):
        if grade != grade:
            continue
        if area.startswith("overall effectiveness"):
            overall = max(overall or 0, int(grade))
        elif content_words(area):
            areas.append((content_words(area), int(grade)))
    return areas, overall


def section_grade(section: str, areas: list[tuple[frozenset[str], int]], overall: int | None) -> int | None:
    """The grade of the judged area whose words the section heading has ("The experiences and progress of children
    in care and care leavers" -> "children in care and care leavers"; the most specific, the lower when tied), else
    the overall grade (summaries, "What needs to improve")."""
    words = content_words(section)
    fits = [(len(area), grade) for area, grade in areas if area <= words]
    if not fits:
        return overall
    most = max(n for n, _ in fits)
    return max(grade for n, grade in fits if n == most)


def _next_inspection(base, rows, sims, ranks, records, doc_type, params, asked: set = frozenset(),
                     grades: tuple = ([], None), overlap: np.ndarray | None = None) -> list[dict]:
    overlap = np.ones(len(sims), dtype=np.float32) if overlap is None else overlap
    floor = float(np.max(sims)) - params.next_margin if len(sims) else 0.0
    keep = [i for i in np.argsort(-sims, kind="stable")
            if sims[i] >= max(params.next_threshold, floor) and ranks[i] <= params.next_rank
            and overlap[i] >= params.next_overlap][:params.next_k]
    picked = [records[rows[i]] for i in keep]
    # A recommendation of the next report on the same matter asks for more: it counts as a concern.
    polarity = ["concern" if f["kind"] == "recommendation" else f["polarity"] for f in picked]
    if params.shortfall:
        polarity = [evidence_weights(str(f["text"]), p) for f, p in zip(picked, polarity)]
    found = [section_grade(str(f.get("section", "")), *grades) for f in picked]
    found = [g for g in found if g is not None]
    status = status_from(polarity, [max(float(sims[i]) - params.next_base, 0.01) for i in keep], params,
                         float(np.mean(found)) if found else None)
    named_again = any(f["finding_id"] in asked for f in picked) or any(
        records[rows[i]]["finding_id"] in asked for i in np.flatnonzero(sims >= params.asked_threshold)
        if ranks[i] <= params.next_rank)
    if params.asked_again and status == "improved" and named_again:
        status = "mixed"
    if not keep:
        return [_link(base, "next_inspection", 0, {}, doc_type, np.nan, "", status)]
    return [_link(base, "next_inspection", rank, finding, doc_type, float(sims[i]), "similar", status)
            for rank, (i, finding) in enumerate(zip(keep, picked), start=1)]

"""Text for clustering, which is not text for reading: the findings' texts with names masked and the field's
abbreviations expanded. It is the text the embed stage encodes (vectors.npy), once per finding, for every stage that
reads vectors: themes, repeats, the classifier (trained on the same masked texts), search and the report
(findings.text stays exact; the tracker takes exact-text vectors for the few findings it compares, `exact_vectors`).

- Authority and place names (the gazetteer's names and aliases, their "X Council" / "X's" forms and initialisms
  such as "WSCC", "WSCB") become "the council" / "the area" / "local": a theme is then about what the findings
  say, not whose documents say it.
- Councils' joint arrangements named by how many boroughs share them ("tri-borough", "bi-borough", "the three
  boroughs") become "joint" / "the councils": a partnership of named councils is one council's own arrangement, and
  a theme gathered on its name holds that council's findings alone (a new user's run: 91% one council's).
- People's names after a title (Mr, Mrs, Cllr, Dr, ...) become "a person".
- A meeting's own body as the subject of what the meeting did ("The Board agreed ...", "The Panel asked for a report
  ...", "The Committee was advised ...") becomes "Members": minutes call their meeting by its kind, so a corporate
  parenting board's "The board asked for a report on unregistered children's homes" was gathered on the word
  "board" with the safeguarding children board's findings (left62); what the meeting did is what members did.
- Abbreviations from the glossary (pipeline/data/glossary.csv: abbreviation, expansion, plural; a user file with
  the same columns extends or overrides it) become their expansion, so "PAs" and "personal advisers" are one
  topic. Matching is case-sensitive and whole-word, so "PA" is expanded but "pa" or "PAYE" are not.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from pipeline.errors import ConfigError
from pipeline.schema import CLUSTERING_TEXT, GLOSSARY_COLUMNS

TITLES = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Cllr|Councillor|Professor|Prof|Sir|Dame|Lord|Lady|Baroness|Rev|Reverend)"
# Words of a place's name that also name other things, so never masked alone.
_COMMON = {"city", "county", "north", "south", "east", "west", "central", "borough", "royal", "new", "upon", "the",
           "and", "of", "on", "le", "st", "with"}
# Regions and places that are no authority in the gazetteer but name where a council is.
_REGIONS = ["West Midlands", "East Midlands", "Midlands", "Merseyside", "North West", "North East", "South West",
            "South East", "Yorkshire and the Humber", "Yorkshire", "Greater Manchester", "Tyne and Wear", "Sussex"]
# A joint arrangement of named councils, by the number of boroughs sharing it: the adjective form, and the boroughs.
_JOINT = re.compile(r"\b(?:tri|bi|two|three|four)[- ]?borough\b(?!s)", re.IGNORECASE)
_JOINT_BOROUGHS = re.compile(r"\b(?:the\s+)?(?:two|three|four|tri|bi)[- ]boroughs\b", re.IGNORECASE)
# A meeting's own body as the subject of a meeting's act (module docstring), masked as "Members"; not after "of"
# ("Members of the Sub-Committee were advised", "the chair of the board thanked": the body is no subject there).
_MEETING_SELF = re.compile(
    r"(?<!\bof\s)\b(?:the|this)\s+(?:board|committee|sub-committee|panel|forum|cabinet|commission)\s+(?=(?:also\s+|then\s+|"
    r"further\s+|unanimously\s+)?(?:agreed|asked|noted|heard|resolved|received|requested|welcomed|thanked|"
    r"considered|discussed|endorsed|approved|queried|sought|(?:was|were)\s+(?:told|informed|advised|assured|updated|"
    r"reminded|briefed))\b)", re.IGNORECASE)
_COUNCIL_SUFFIX = r"(?:\s+(?:Metropolitan\s+Borough|Borough|County|City|District)?\s*Council)"

# Words that frame a finding rather than say what it is about: the generic subjects and reporting verbs of
# inspection reports and minutes, judgements and the field's filler words; with scikit-learn's English stop words.
# `pipeline.themes.lexical` takes no feature from them.
_FRAME = """
local authority authorities council councils inspectors inspector inspection ofsted leaders senior members member
committee chair officer officers director found noted said reported agreed explained advised confirmed stated asked
commented highlighted ensure ensured ensuring need needs continue continues made make making area areas work working
improve improved improvement improvements support supported supports progress quality practice impact evidence
demonstrate result results place time year years lot way ways number range example aware understand understanding
know seen see sure level levels standard standards significant significantly effectively consistently appropriately
strengths weaknesses issue issues person people good poor strong weak effective ineffective consistent inconsistent
appropriate inappropriate timely right robust rigorous accurate comprehensive purposeful sensitive thorough detailed
meaningful clear unclear adequate inadequate outstanding sufficient insufficient high low higher lower better best
worse slow quick swift prompt careful important key main particular specific whole overall full proper wide small
large many most few several various different other further new last previous recent current same such potential
frequent regular limited increased increasing reduced serious considerable real positive negative very also still
now always often too well requires require required direct much more less able unable wider broader
"""
FRAME_WORDS = frozenset(_FRAME.split()) | ENGLISH_STOP_WORDS


def read_glossary(path: Path | str | None = None) -> dict[str, tuple[str, str]]:
    """abbreviation -> (expansion, plural expansion): the shipped glossary, updated by the user's file `path`."""
    glossary = dict(_shipped_glossary())
    if path:
        try:
            extra = pd.read_csv(path, dtype=str, keep_default_na=False)
        except (OSError, pd.errors.ParserError, UnicodeDecodeError) as error:
            raise ConfigError(f"{path}: cannot be read as a glossary CSV ({error})") from error
        if not {"abbreviation", "expansion"} <= set(extra.columns):
            raise ConfigError(f"{path}: a glossary needs columns abbreviation, expansion (and optionally plural).")
        glossary.update(_entries(extra.assign(plural=extra.get("plural", ""))))
    return glossary


@lru_cache(maxsize=1)
def _shipped_glossary() -> tuple[tuple[str, tuple[str, str]], ...]:
    """The shipped glossary's entries, read once per process (naming asks for them many times a run)."""
    return tuple(_entries(pd.read_csv(resources.files("pipeline.data").joinpath("glossary.csv"), dtype=str,
                                      keep_default_na=False)).items())


def _entries(table: pd.DataFrame) -> dict[str, tuple[str, str]]:
    """abbreviation -> (expansion, plural expansion) of a glossary table's rows with both."""
    entries = {}
    for row in table.itertuples():
        abbreviation, expansion = row.abbreviation.strip(), row.expansion.strip()
        if abbreviation and expansion:
            entries[abbreviation] = (expansion, row.plural.strip() or expansion)
    return entries


def masking_key(glossary: dict[str, tuple[str, str]]) -> str:
    """Fingerprint of how `clustering_texts` masks with `glossary`: its entries, the names masked (the gazetteer's
    names, aliases and regions as `_place_names` gives them, the initialisms `_initialisms` matches) and this
    module's own source (the people's titles, the council forms, the order of the masks). Not the code of the modules
    it imports: an edit to one of them changes the clustering text only through the names above, so it leaves older
    runs' vectors current. The themes stage notes it for the CLUSTERING_TEXT it writes, and the tracker reuses that
    text only under the same."""
    from pipeline.cache import code_digest, digest

    return digest(repr(sorted(glossary.items())), repr(_place_names()), _initialisms().pattern,
                  code_digest(("themes/cluster_text.py",)))


@lru_cache(maxsize=1)
def _place_names() -> tuple[str, ...]:
    """The names `_place_pattern` masks, longest first (then in alphabetical order: the same in every process)."""
    from pipeline.gazetteer import load_authorities

    authorities = load_authorities()
    names = set(_REGIONS)
    for value in list(authorities["name"]) + [a for aliases in authorities["aliases"] for a in aliases.split("; ")]:
        value = value.strip()
        if value and value.lower() not in _COMMON:
            names.add(value)
    return tuple(sorted(names, key=lambda name: (-len(name), name)))  # (a set's order differs between processes)


@lru_cache(maxsize=1)
def _place_pattern() -> re.Pattern:
    alternatives = "|".join(re.escape(n) for n in _place_names())
    return re.compile(rf"\b(?:the\s+)?(?:{alternatives})\b")


@lru_cache(maxsize=1)
def _place_forms() -> tuple[re.Pattern, re.Pattern]:
    """A place's council ("X Borough Council") and possessive ("X's") forms, masked before the place alone."""
    places = _place_pattern().pattern
    return re.compile(rf"{places}{_COUNCIL_SUFFIX}"), re.compile(rf"{places}(?:’s|'s)")


WORDS = re.compile(r"\w+")


def _first_words(terms, plural: bool = False) -> frozenset[str] | None:
    """The words a text must hold for a whole-word match of one of `terms` (each term's first run of word
    characters, and that run + "s" when `plural`, as the glossary's "PAs"), or None when a term does not start
    with a word character. A text without any of them is left as it is without running the long pattern."""
    words = set()
    for term in terms:
        first = WORDS.match(term)
        if first is None:
            return None
        words.add(first.group())
        if plural:
            words.add(first.group() + "s")
    return frozenset(words)


@lru_cache(maxsize=1)
def _initialisms() -> re.Pattern:
    """Initialisms of multi-word authority names with a council or board suffix ("WSCC", "WSCB", "WSSCP")."""
    from pipeline.gazetteer import load_authorities

    starts = set()
    for name in load_authorities()["name"]:
        words = [w for w in re.findall(r"[A-Za-z]+", name) if w.lower() not in {"and", "of", "upon", "on", "the"}]
        if len(words) >= 2:
            starts.add("".join(w[0].upper() for w in words))
    alternatives = "|".join(sorted(starts, key=lambda start: (-len(start), start)))
    return re.compile(rf"\b(?:{alternatives})(?:CC|SCB|SCP|SP|CB|SAB)\b")


def _glossary_pattern(glossary: dict[str, tuple[str, str]]) -> re.Pattern:
    alternatives = "|".join(re.escape(a) for a in sorted(glossary, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])({alternatives})(s|’s|'s)?(?![\w-])")


def expander(glossary: dict[str, tuple[str, str]]) -> Callable[[str], str]:
    """A function writing a text's abbreviations of `glossary` as their expansions ("IROs" -> "independent reviewing
    officers", "IRO's" -> "independent reviewing officer's"); the text as it is for an empty glossary."""
    if not glossary:
        return str
    pattern = _glossary_pattern(glossary)

    def expand(match: re.Match) -> str:
        expansion, plural = glossary[match.group(1)]
        suffix = match.group(2) or ""
        return plural if suffix == "s" else expansion + suffix
    return lambda text: pattern.sub(expand, text)


def clustering_texts(texts: list[str], glossary: dict[str, tuple[str, str]]) -> list[str]:
    """The texts with names masked and abbreviations expanded (see the module docstring), one per text."""
    places, initials = _place_pattern(), _initialisms()
    people = re.compile(rf"\b{TITLES}\.?\s+(?:[A-Z][a-z'’-]+\s+){{0,2}}[A-Z][a-z'’-]+\b")
    expanded = expander(glossary)

    def place(match: re.Match) -> str:
        before = match.string[max(0, match.start() - 12):match.start()].lower()
        if not before.strip():
            return "The area"
        return "the area" if re.search(r"\b(in|across|of|for|from|within|to|around)\s+$", before) else "local"

    council, possessive = _place_forms()
    # The three place patterns and the glossary's are long alternations that re tries at every position; most
    # texts hold none of their words, which one pass over the text's words shows.
    place_words = _first_words(_place_names())
    abbreviation_words = _first_words(glossary, plural=True) if glossary else None
    out = []
    for text in texts:
        text = people.sub("a person", str(text))
        text = _MEETING_SELF.sub(_members, text)
        text = initials.sub("the council", text)
        if "orough" in text:
            text = _JOINT_BOROUGHS.sub("the councils", _JOINT.sub("joint", text))
        words = set(WORDS.findall(text))
        if place_words is None or not place_words.isdisjoint(words):
            text = council.sub("the council", text)
            text = possessive.sub("the council's", text)
            text = places.sub(place, text)
            words = set(WORDS.findall(text))
        if glossary and (abbreviation_words is None or not abbreviation_words.isdisjoint(words)):
            text = expanded(text)
        out.append(re.sub(r"\s{2,}", " ", text))
    return out


def _members(match: re.Match) -> str:
    """"Members " for a meeting's body, capitalised as the body was ("The Board" / "the board")."""
    return "Members " if match.group(0)[0].isupper() else "members "


def embed_for_themes(texts: list[str], embedder, cache_dir: Path | None = None,
                     glossary_file: str | None = None) -> np.ndarray:
    """(n, dim) float32: the vectors of any texts' clustering texts (names masked, abbreviations expanded), as
    `theme_inputs` makes them for findings: what a saved theme model codes."""
    from pipeline.embed import EmbeddingCache, embed_texts

    masked = clustering_texts(list(texts), read_glossary(glossary_file))
    cache = EmbeddingCache(Path(cache_dir) / "embeddings") if cache_dir is not None else None
    return np.asarray(embed_texts(masked, embedder, cache)[0], dtype=np.float32)


def theme_inputs(findings: pd.DataFrame, vectors: np.ndarray,
                 glossary_file: str | None = None) -> tuple[np.ndarray, pd.DataFrame]:
    """What themes are fitted on: (the findings' vectors, float32 (n, dim): vectors.npy, which holds the vectors
    of the clustering texts; the findings with duplicate_of and stock marked and the clustering text in column
    CLUSTERING_TEXT, `mark_for_themes`)."""
    findings = mark_for_themes(findings, vectors, read_glossary(glossary_file))
    return np.asarray(vectors, dtype=np.float32), findings


def mark_for_themes(findings: pd.DataFrame, vectors: np.ndarray,
                    glossary: dict[str, tuple[str, str]], rule=None) -> pd.DataFrame:
    """The findings with duplicate_of and stock marked (from `vectors`, of the clustering texts as the embed stage
    makes them, by `rule`: a repeats.RepeatRule, default the shipped one) and their clustering text (masked with
    `glossary`) in column
    CLUSTERING_TEXT. The marks do not change what the themes are fitted on: every finding is clustered, repeats
    included; only the counts leave repeats out (views.countable)."""
    from pipeline.themes.repeats import REPEAT_COLUMNS, RepeatRule, mark_repeats

    masked = clustering_texts(findings["text"].astype(str).tolist(), glossary)
    repeats = mark_repeats(findings, vectors, masked, rule or RepeatRule())
    findings = findings.drop(columns=[c for c in (*REPEAT_COLUMNS, CLUSTERING_TEXT) if c in findings.columns])
    return pd.concat([findings.reset_index(drop=True), repeats], axis=1).assign(**{CLUSTERING_TEXT: masked})


def clustering_vectors(findings: pd.DataFrame, vectors: np.ndarray, embedder, cache_dir: Path) -> np.ndarray:
    """(n, dim) float32: the vectors of the findings' clustering texts (column CLUSTERING_TEXT), given `vectors`
    of their exact texts: those serve every finding whose text masking leaves unchanged; the others are embedded
    through the embedding cache under `cache_dir`/embeddings, keyed by text, so a rerun embeds nothing new. (A
    run's vectors.npy already holds the clustering texts' vectors: the embed stage encodes them.)"""
    return _swapped(findings["text"].astype(str).tolist(), findings[CLUSTERING_TEXT].tolist(), vectors, embedder,
                    cache_dir)


def exact_vectors(findings: pd.DataFrame, vectors: np.ndarray, embedder, cache_dir: Path,
                  rows=None) -> np.ndarray:
    """(n, dim) float32: `vectors` (of the clustering texts, column CLUSTERING_TEXT, as vectors.npy holds them)
    with the rows `rows` (all when None) whose text masking changes replaced by the vectors of their exact texts,
    embedded through the embedding cache under `cache_dir`/embeddings. For what reads a finding's own words (the
    tracker, whose matching was tuned on the exact texts); the other rows are left as they are."""
    texts, masked = findings["text"].astype(str).tolist(), findings[CLUSTERING_TEXT].tolist()
    if rows is not None:
        keep = np.zeros(len(texts), dtype=bool)
        keep[np.asarray(list(rows), dtype=int)] = True
        masked = [m if keep[i] else t for i, (t, m) in enumerate(zip(texts, masked))]
    return _swapped(masked, texts, vectors, embedder, cache_dir)


def _swapped(have: list[str], want: list[str], vectors: np.ndarray, embedder, cache_dir: Path) -> np.ndarray:
    """`vectors` (of the texts `have`) with each row whose `want` text differs embedded anew as that text."""
    from pipeline.embed import EmbeddingCache, embed_texts

    out = np.array(vectors, dtype=np.float32, copy=True)
    changed = [i for i, (a, b) in enumerate(zip(have, want)) if a != b]
    if changed:
        fresh, _ = embed_texts([want[i] for i in changed], embedder, EmbeddingCache(Path(cache_dir) / "embeddings"))
        out[changed] = np.asarray(fresh, dtype=np.float32)
    return out

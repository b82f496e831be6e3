"""The hand-labelled segments of tests/data as one table, with lead-ins and MiniLM vectors (for the benchmarks).

labelled_segments.csv (300 rows of the bundled corpus) has no lead-in column: it is joined to the pipeline's own
segments of corpus/ for it. labelled_segments_more.csv (400 rows: shared Ofsted reports and more of the corpus) and
labelled_segments_third.csv (265 rows drawn to enrich the rare classes, plus a random sample) and
labelled_segments_fourth.csv (170 rows drawn where the held-out errors were), labelled_segments_fifth.csv
(110 inspection-report rows drawn where the held-out polarity errors were) and labelled_segments_sixth.csv (84 rows
of the 11 inspection reports no earlier file had a segment from, kept aside for a once-only held-out figure) carry
their lead-ins. labelled_segments_seventh.csv (247 new segments of known documents, issue 17 third round) is split by
document into a training half and an untouched check half (its column half); `load_labelled` leaves the check half
out unless asked (`check_half=True`), so what is tuned or cross-validated never reads it. labelled_segments_eighth.csv
(166 new segments, issue 17 fourth round) has a training and a check half too, its check half drawn only from
documents of the two check sets below (`EIGHTH_FILE`), and is left out the same way.
labelled_segments_ninth_own_words.csv (issue 17, fifth round) holds sentences written in our own words in the style
of council minutes and progress reports (invented meetings, no real council text), training rows only.
labelled_segments_eleventh.csv (issue 17, sixth round) holds 80 inspection-report segments of tuning documents drawn
for the constructions the tracker's status misread ("ensure", "well", hedged shortfalls, problems since fixed),
training rows only.
labelled_segments_twelfth.csv (issue 17, seventh round) holds 150 new inspection-report segments drawn by keyword for
improvements over past weaknesses, approving descriptions and risks left unmanaged, split by report (a fixed hash)
into a training half and a check half that is left out like the seventh file's.
labelled_segments_thirteenth.csv (issue 17, eighth round) holds 117 new segments drawn where the errors concentrate
(council documents of the corpus, the tracker's next-inspection evidence, plain descriptions, past problems since
resolved, random), split by document (a fixed hash) into a training half and a check half left out the same way.
labelled_segments_fourteenth.csv (issue 17, ninth round) holds 256 findings drawn at random as a user meets them (64
random documents, then 4 random segments of each), split by document the same way.
labelled_segments_fifteenth.csv (issue 17, tenth round) holds findings drawn the same way from the shared reports and
the five council documents of ../shared/seeds, split by document the same way.
labelled_segments_seventeenth.csv (issue 17, twelfth round) holds 100 random findings of 25 random shared reports
whose polarity a blind reader labelled by the readers' definitions (docs/polarity_labelling.md), training rows only;
its rows weigh READER_WEIGHT in the polarity fit (READER_FILES).
labelled_segments_eighteenth.csv (issue 17, fourteenth round) holds 100 random findings of 25 random shared reports of
another run (seed 8419), polarity by another blind reader on the same line, training rows only; a READER file too.
labelled_segments_nineteenth.csv (issue 17, fifteenth round) holds 97 findings of 25 other documents of the same
run and reader (blind sample 20's check half, scored once by the lead, now training rows); a READER file too.
labelled_segments_twentieth.csv (issue 17, sixteenth round) holds 99 findings of 25 random documents of a third run
(seed 9721), polarity by a third blind reader (blind sample 21's training half; the lead keeps the other half held
out); a READER file too.
labelled_segments_twentyfirst.csv (issue 17, eighteenth round) holds blind sample 23: 195 findings of 50 random shared
reports of a fourth run (seed 9723), polarity by two blind readers who agreed on all of them; a READER file too.
labelled_segments_twentysecond.csv (issue 17, nineteenth round) holds blind sample 24: 197 findings of 50 random shared
reports of a fifth run (seed 9727), polarity by two blind readers who agreed on 199 of 200; a READER file too.
labelled_segments_twentythird.csv (issue 17, twentieth round) holds blind sample 25: 198 findings of 50 random shared
reports of a sixth run (seed 9728), polarity by two blind readers who agreed on 198 of 199; a READER file too.
labelled_segments_twentyfourth.csv (issue 17, twenty-first round) holds blind sample 26: 198 findings of 50 random
shared reports of a seventh run (seed 9729), polarity by two blind readers who agreed on 197 of 199; a READER file too.
labelled_segments_twentyfifth.csv (issue 17, twenty-second round) holds blind sample 27: 195 findings of 50 random
shared reports of an eighth run (seed 9730), polarity by two blind readers who agreed on 198 of 199; a READER file too.
labelled_segments_twentysixth.csv (issue 17, twenty-third round) holds blind sample 29: 200 findings of 50 random
shared reports of a ninth run (seed 9733), polarity by two blind readers who agreed on 196 of 200; a READER file too.
labelled_segments_twentyseventh.csv (issue 17, twenty-fourth round) holds blind sample 30: 195 findings of 50 random
shared reports of a tenth run, polarity by two blind readers who agreed on 197 of 200; a READER file too.
labelled_segments_twentyeighth.csv (issue 17, twenty-fifth round) holds blind sample 31: 198 findings of 50 random
shared reports of an eleventh run, polarity by two blind readers who agreed on 196 of 200; a READER file too.
labelled_segments_twentyninth.csv (issue 17, twenty-seventh round) holds blind sample 32: 199 findings of 50 random
shared reports of a twelfth run, polarity by two blind readers who agreed on 199 of 200; a READER file too.
labelled_segments_thirtieth.csv (issue 17, twenty-eighth round) holds blind sample 33: 200 findings of 50 random
shared reports of a thirteenth run, polarity by two blind readers who agreed on 182 of 200 (reader b's labels kept:
reader a's file has transcription slips; a's label in the note column); a READER file too.
Their headers say how the segments were drawn and labelled. Two document sets are kept as check sets: the 26
documents of `old_check` (issue 17, second round) and those of the seventh file's check half (`new_check_documents`).
"""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
# Measure the checkout these benchmarks sit in, not whichever copy of `pipeline` is installed in the environment
# (an editable install of another worktree would otherwise win: a script's own folder, not the working directory,
# heads sys.path).
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
FILES = (ROOT / "tests/data/labelled_segments.csv", ROOT / "tests/data/labelled_segments_more.csv",
         ROOT / "tests/data/labelled_segments_third.csv", ROOT / "tests/data/labelled_segments_fourth.csv",
         ROOT / "tests/data/labelled_segments_fifth.csv", ROOT / "tests/data/labelled_segments_sixth.csv",
         ROOT / "tests/data/labelled_segments_seventh.csv", ROOT / "tests/data/labelled_segments_eighth.csv",
         ROOT / "tests/data/labelled_segments_ninth_own_words.csv", ROOT / "tests/data/labelled_segments_eleventh.csv",
         ROOT / "tests/data/labelled_segments_twelfth.csv", ROOT / "tests/data/labelled_segments_thirteenth.csv",
         ROOT / "tests/data/labelled_segments_fourteenth.csv", ROOT / "tests/data/labelled_segments_fifteenth.csv",
         ROOT / "tests/data/labelled_segments_sixteenth.csv", ROOT / "tests/data/labelled_segments_seventeenth.csv",
         ROOT / "tests/data/labelled_segments_eighteenth.csv", ROOT / "tests/data/labelled_segments_nineteenth.csv",
         ROOT / "tests/data/labelled_segments_twentieth.csv", ROOT / "tests/data/labelled_segments_twentyfirst.csv",
         ROOT / "tests/data/labelled_segments_twentysecond.csv", ROOT / "tests/data/labelled_segments_twentythird.csv",
         ROOT / "tests/data/labelled_segments_twentyfourth.csv", ROOT / "tests/data/labelled_segments_twentyfifth.csv",
         ROOT / "tests/data/labelled_segments_twentysixth.csv", ROOT / "tests/data/labelled_segments_twentyseventh.csv",
         ROOT / "tests/data/labelled_segments_twentyeighth.csv", ROOT / "tests/data/labelled_segments_twentyninth.csv",
         ROOT / "tests/data/labelled_segments_thirtieth.csv")
# the files with a training half and an untouched check half (column half)
SPLIT_FILE, EIGHTH_FILE = FILES[6], FILES[7]
# sentences written in our own words for kind and polarity (fifth round): not a sample of any document
OWN_WORDS_FILE = FILES[8]
# issue 17 seventh round: new segments drawn for the improvement / approval / risk-left shapes, split by report into
# a training half and an untouched check half (column half; scored by polarity_tenth.py --labels on the check rows)
TWELFTH_FILE = FILES[10]
# issue 17 eighth round: new segments where the errors concentrate, split by document like the twelfth file
THIRTEENTH_FILE = FILES[11]
# issue 17 ninth round: random findings of random documents (as a user meets them), split by document like the twelfth
FOURTEENTH_FILE = FILES[12]
# issue 17 tenth round: random findings of random documents, council documents among them, split by document
FIFTEENTH_FILE = FILES[13]
# issue 17 eleventh round: random findings of random documents again, for the neutral class, split by document
SIXTEENTH_FILE = FILES[14]
# issue 17 twelfth round: random findings of random documents, polarity by a blind reader (the readers' line)
SEVENTEENTH_FILE = FILES[15]
# issue 17 fourteenth round: random findings of random documents of another run, polarity by another blind reader
EIGHTEENTH_FILE = FILES[16]
# issue 17 fifteenth round: the other documents' findings of the same run and reader (blind sample 20's check half)
NINETEENTH_FILE = FILES[17]
# issue 17 sixteenth round: blind sample 21's training half (a third run, seed 9721, and a third reader)
TWENTIETH_FILE = FILES[18]
# issue 17 eighteenth round: blind sample 23 (a fourth run, seed 9723, two readers who agreed on every finding)
TWENTY_FIRST_FILE = FILES[19]
# issue 17 nineteenth round: blind sample 24 (a fifth run, seed 9727, two readers who agreed on 199 of 200 findings)
TWENTY_SECOND_FILE = FILES[20]
# issue 17 twentieth round: blind sample 25 (a sixth run, seed 9728, two readers who agreed on 198 of 199 findings)
TWENTY_THIRD_FILE = FILES[21]
# issue 17 twenty-first round: blind sample 26 (a seventh run, seed 9729, two readers who agreed on 197 of 199 findings)
TWENTY_FOURTH_FILE = FILES[22]
# issue 17 twenty-second round: blind sample 27 (an eighth run, seed 9730, two readers agreeing on 198 of 199 findings)
TWENTY_FIFTH_FILE = FILES[23]
# issue 17 twenty-third round: blind sample 29 (a ninth run, seed 9733, two readers agreeing on 196 of 200 findings)
TWENTY_SIXTH_FILE = FILES[24]
# issue 17 twenty-fourth round: blind sample 30 (a tenth run, two readers agreeing on 197 of 200 findings)
TWENTY_SEVENTH_FILE = FILES[25]
# issue 17 twenty-fifth round: blind sample 31 (an eleventh run, two readers agreeing on 196 of 200 findings)
TWENTY_EIGHTH_FILE = FILES[26]
# issue 17 twenty-seventh round: blind sample 32 (a twelfth run, two readers agreeing on 199 of 200 findings)
TWENTY_NINTH_FILE = FILES[27]
# issue 17 twenty-eighth round: blind sample 33 (a thirteenth run, two readers agreeing on 182 of 200; reader b's kept)
THIRTIETH_FILE = FILES[28]
COLUMNS = ["source", "doc", "doc_type", "section", "lead_in", "text", "kind", "polarity", "voice"]
# files whose polarity is a blind reader's (a session that never saw the code, labelling by the readers' definitions
# in docs/polarity_labelling.md), not the developer's: their rows weigh READER_WEIGHT in the polarity fit
READER_FILES: tuple[Path, ...] = (SEVENTEENTH_FILE, EIGHTEENTH_FILE, NINETEENTH_FILE, TWENTIETH_FILE,
                                  TWENTY_FIRST_FILE, TWENTY_SECOND_FILE, TWENTY_THIRD_FILE,
                                  TWENTY_FOURTH_FILE, TWENTY_FIFTH_FILE, TWENTY_SIXTH_FILE, TWENTY_SEVENTH_FILE,
                                  TWENTY_EIGHTH_FILE, TWENTY_NINTH_FILE, THIRTIETH_FILE)
# how much a reader-labelled row counts in the polarity fit against a developer-labelled one (chosen by grouped CV,
# benchmarks/polarity_reader.py). Twenty-first round, with eight reader files (1,184 rows): weight 3 against 1, 8
# fold draws, reader rows 0.848 -> 0.854, all labels 0.874 -> 0.875, developer rows 0.872 -> 0.872 (earlier rounds,
# with 100-396 reader rows, found no gain above 1). Twenty-second round, nine files (1,381 rows, the ninth file's first
# version): weight 4 against 3, reader rows 0.849 -> 0.848 (paired -0.001 [-0.004, +0.001]), developer rows 0.867 ->
# 0.865: 3 stays
READER_WEIGHT = 3.0


def _key(text: str) -> str:
    return " ".join(str(text).split())


def labelled_texts(before: Path | None = None) -> set[str]:
    """Every labelled segment's text (white space folded), so that a new sample draws none of them again; with
    `before`, only the texts of the files listed before that one (what existed when it was drawn)."""
    files = FILES[:FILES.index(before)] if before is not None else FILES
    return {_key(t) for path in files
            for t in pd.read_csv(path, comment="#", dtype=str, keep_default_na=False)["text"]}


def old_check(doc: str) -> bool:
    """True for the 26 documents kept untouched in issue 17's second round: the first 8 hex digits of
    sha256("polarity17d:" + doc), as a number, divisible by 5 (411 segments of the six first files)."""
    return int(hashlib.sha256(f"polarity17d:{doc}".encode()).hexdigest()[:8], 16) % 5 == 0


def new_check_documents() -> set[str]:
    """The documents of the seventh file's untouched check half (sha256("polarity17e:" + doc) odd)."""
    table = pd.read_csv(SPLIT_FILE, comment="#", dtype=str, keep_default_na=False)
    return set(table.loc[table["half"] == "check", "doc"])


def load_labelled(corpus: Path = ROOT / "corpus", cache: Path = ROOT / "outputs/.cache",
                  check_half: bool = False, readers: tuple[Path, ...] = ()) -> pd.DataFrame:
    """The labelled files as one table with COLUMNS (source: corpus or shared/ofsted_reports), labelled_file, half
    (the split files' training / check half, empty for the other files) and reader (True for the rows of
    READER_FILES and of `readers`: more files of reader-labelled findings in the same columns, appended after
    FILES); without check_half the check halves are left out."""
    from pipeline.ingest import ingest
    from pipeline.segment import segment

    first = pd.read_csv(FILES[0], comment="#", dtype=str, keep_default_na=False)
    segments = segment(ingest(corpus, text_cache=cache / "text").documents).segments
    segments = segments.assign(key=segments["text"].map(_key)).drop_duplicates(["file", "key"])
    first = first.assign(key=first["text"].map(_key)).merge(
        segments[["file", "key", "lead_in"]], left_on=["doc", "key"], right_on=["file", "key"], how="left")
    missing = int(first["lead_in"].isna().sum())
    if missing:
        print(f"note: {missing} segments of {FILES[0].name} are no longer produced by the segmenter; "
              "scored without lead-in")
    first = first.assign(source="corpus", lead_in=first["lead_in"].fillna(""))
    rest = []
    for path in (*FILES[1:], *readers):
        table = pd.read_csv(path, comment="#", dtype=str, keep_default_na=False)
        half = table["half"] if "half" in table.columns else ""
        rest.append(table[COLUMNS].assign(labelled_file=path.name, half=half,
                                          reader=path in READER_FILES or path in readers))
    labelled = pd.concat([first[COLUMNS].assign(labelled_file=FILES[0].name, half="", reader=False), *rest],
                         ignore_index=True)
    if not check_half:
        labelled = labelled[labelled["half"] != "check"].reset_index(drop=True)
    return labelled


def polarity_weights(labelled: pd.DataFrame, reader_weight: float = READER_WEIGHT) -> dict[str, np.ndarray]:
    """fit_classifier's row_weights: polarity rows of a blind reader weigh reader_weight, the others 1 (kind is
    unweighted: a reader file's kind is the developer's)."""
    return {"polarity": np.where(labelled["reader"].to_numpy(dtype=bool), reader_weight, 1.0)}


def labelled_vectors(texts: list[str], cache: Path = ROOT / "outputs/.cache", masked: bool = True) -> np.ndarray:
    """all-MiniLM-L6-v2 vectors of the texts as the pipeline embeds a finding (its clustering text: names masked,
    abbreviations expanded with the shipped glossary, pipeline.themes.cluster_text), through the pipeline's
    embedding cache. Lead-ins and headings are masked the same way (the classify stage masks them too). masked=False:
    of the texts as they are (the meeting-furniture model, which the segment stage applies to the exact texts)."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from pipeline.cache import EmbeddingCache
    from pipeline.embed import SentenceTransformerEmbedder, embed_texts
    from pipeline.themes.cluster_text import clustering_texts, read_glossary

    vectors, _ = embed_texts(clustering_texts(list(texts), read_glossary()) if masked else list(texts),
                             SentenceTransformerEmbedder(),
                             EmbeddingCache(cache / "embeddings"))
    return vectors


def labelled_lead_in_vectors(labelled: pd.DataFrame, cache: Path = ROOT / "outputs/.cache") -> np.ndarray:
    """all-MiniLM-L6-v2 vectors of the segments' lead-ins (white space made single spaces), zeros where none."""
    lead_ins = [" ".join(str(value).split()) for value in labelled["lead_in"].fillna("")]
    vectors = labelled_vectors([value or "-" for value in lead_ins], cache)
    return np.where(np.array([bool(value) for value in lead_ins])[:, None], vectors, 0).astype(np.float32)


def labelled_section_vectors(labelled: pd.DataFrame, cache: Path = ROOT / "outputs/.cache") -> np.ndarray:
    """all-MiniLM-L6-v2 vectors of the segments' section headings (white space made single spaces), zeros where
    none."""
    sections = [" ".join(str(value).split()) for value in labelled["section"].fillna("")]
    vectors = labelled_vectors([value or "-" for value in sections], cache)
    return np.where(np.array([bool(value) for value in sections])[:, None], vectors, 0).astype(np.float32)


def fingerprint(readers: tuple[Path, ...] = ()) -> str:
    """Short hash of the labelled files (and of any further reader files), recorded in the shipped model as what it
    was trained on."""
    digest = hashlib.sha256()
    for path in (*FILES, *readers):
        digest.update(path.read_bytes())
    return f"{', '.join(p.name for p in (*FILES, *readers))} sha256:{digest.hexdigest()[:12]}"

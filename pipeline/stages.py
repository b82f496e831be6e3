"""The stages over a run folder: each reads the tables an earlier stage wrote and writes its own.

This is what the CLI's per-stage commands call, so a researcher can redo one stage with other parameters; `run`
calls them all in order inside a staged folder. Table schemas are in the stage modules' docstrings.
"""

from __future__ import annotations

import hashlib
import pickle
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import numpy as np
import pandas as pd

from pipeline.classify import classify_with_cues
from pipeline.classify_model import refine_classes, shipped_model
from pipeline.codebook import codebook_centres, fit_with_codebook, load_codebook
from pipeline.compare import compare_authorities, theme_trends
from pipeline.config import RunConfig
from pipeline.embed import EmbeddingCache, SentenceTransformerEmbedder, embed_texts
from pipeline.errors import InputError, PipelineError
from pipeline.ingest import ingest, list_corpus
from pipeline.judgements import JUDGEMENT_COLUMNS, document_judgements, with_findings
from pipeline.labels import prepare as prepare_labels
from pipeline.matrix import build_matrices, filter_findings
from pipeline.runrecord import read_record, update_record, versions, write_table
from pipeline.segment import SEGMENT_COLUMNS, segment_document
from pipeline.segment import prepare as prepare_segmenting
from pipeline.theme_model import apply_edits, apply_model, read_edits
from pipeline.themes import attach_themes, fit_themes

FINDING_COLUMNS = [
    "finding_id", "doc_id", "file", "authority", "doc_type", "date", "section", "para_ref", "start", "end",
    "text", "kind", "polarity", "voice", "theme_id", "theme_label", "theme_confidence",
    "parent_theme_id", "parent_theme_label",
]
# findings.parquet also keeps each finding's lead-in (not in findings.csv): the learned classifier reads it.
PARQUET_ONLY = ("context",)


@contextmanager
def timed(run_dir: Path, stage: str):
    """Record the stage's wall time in run.json under timings."""
    began = time.perf_counter()
    yield
    update_record(run_dir, timings={stage: round(time.perf_counter() - began, 3)})


def _need(run_dir: Path, name: str) -> Path:
    path = Path(run_dir) / name
    if not path.exists():
        raise PipelineError(f"{path} is missing: run the stage that writes it first (see `python -m pipeline --help`).")
    return path


def load_documents(run_dir: Path) -> pd.DataFrame:
    return pd.read_parquet(_need(run_dir, "documents.parquet"))


def load_findings(run_dir: Path) -> pd.DataFrame:
    return pd.read_parquet(_need(run_dir, "findings.parquet"))


def load_vectors(run_dir: Path) -> np.ndarray:
    return np.load(_need(run_dir, "vectors.npy"), mmap_mode="r")


def findings_key(findings: pd.DataFrame) -> str:
    """Fingerprint of the findings' ids and texts, so vectors can be checked against the findings they embed."""
    pairs = zip(findings["finding_id"], findings["text"])
    joined = "".join(f"{finding_id}\x00{text}\x00" for finding_id, text in pairs)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:16]


def code_digest(names: tuple[str, ...]) -> str:
    """sha256 of this package's own files `names` (paths below pipeline/): cached results made by other code
    are not reused."""
    here = Path(__file__).resolve().parent
    return hashlib.sha256(b"".join((here / name).read_bytes() for name in names)).hexdigest()


def _cache_dir(run_dir: Path, config: RunConfig) -> Path:
    return Path(config.cache_dir) if config.cache_dir else Path(run_dir).resolve().parent / ".cache"


def stage_ingest(corpus: Path, run_dir: Path, config: RunConfig, say=print, executor=None,
                 segment_next: bool = False) -> pd.DataFrame:
    """corpus folder -> documents.csv (no text), documents.parquet; inputs and notes into run.json.

    segment_next: the segment stage follows in this process (`run`); then, when the executor forks workers and
    the corpus has more files than the segment cache has documents, spaCy's tokenizer is loaded here while the
    workers read the files, instead of on its own before segmenting."""
    with timed(run_dir, "ingest"):
        meanwhile = None
        if segment_next and getattr(executor, "forks", False):
            cached = sum(1 for _ in (_cache_dir(run_dir, config) / "segments").glob("*.pickle"))
            meanwhile = prepare_segmenting if cached < len(list_corpus(Path(corpus))) else None
        result = ingest(corpus, text_cache=_cache_dir(run_dir, config) / "text", executor=executor,
                        meanwhile=meanwhile)
        for note in result.notes:
            say(note)
        skipped = [i for i in result.inputs if i["status"] == "skipped"]
        if config.strict and skipped:
            raise InputError(skipped[0]["file"], f"{skipped[0]['reason']} (--strict: {len(skipped)} input(s) skipped)")
        if result.documents.empty:
            raise PipelineError(f"{corpus}: no usable documents ({len(result.inputs)} file(s), all skipped).")
        write_table(result.documents, run_dir, "documents", parquet=True, drop_from_csv=("text",))
        update_record(run_dir, corpus=str(corpus), inputs=result.inputs, notes=result.notes,
                      parameters=config.to_dict(), seed=config.seed, versions=versions())
    return result.documents


def stage_segment(run_dir: Path, config: RunConfig, say=print, executor=None, findings_csv: bool = True,
                  meanwhile=None) -> pd.DataFrame:
    """documents -> findings.parquet/csv (rule-based kind, polarity, voice; no themes yet), excluded.csv,
    judgements.csv. Procedural segments are left out here by the rules' kind. findings_csv=False: findings.csv is
    not written (`run`: the themes stage writes the final one). meanwhile: optional callable run in this process
    while documents are segmented, only when some are (not all from the cache); `run` loads the embedding model."""
    with timed(run_dir, "segment"):
        documents = load_documents(run_dir)
        segments, cues, judgements = _segment_cached(documents, _cache_dir(run_dir, config) / "segments", executor,
                                                     meanwhile)
        keep = segments["kind"].isin(config.kinds)
        findings = segments[keep].reset_index(drop=True)
        _save_array(Path(run_dir) / "cues.npy", cues[keep.to_numpy()])
        write_table(segments[~keep].drop(columns=["context"]), run_dir, "excluded")
        judgements = with_findings(judgements, findings)
        write_table(judgements, run_dir, "judgements")
        per_file = findings["file"].value_counts().to_dict()
        inputs = read_record(run_dir).get("inputs", [])
        for entry in inputs:
            if entry.get("status") == "ingested":
                entry["findings"] = int(per_file.get(entry["file"], 0))
                if not entry["findings"]:
                    entry["note"] = "no findings were found in this document"
                    say(f"{entry['file']}: no findings were found in this document")
        write_table(findings, run_dir, "findings", csv=findings_csv, parquet=True, drop_from_csv=PARQUET_ONLY)
        update_record(run_dir, inputs=inputs, cues_of=findings_key(findings),
                      counts={"segments": len(segments), "findings": len(findings), "excluded": int((~keep).sum()),
                              "judgements": len(judgements)})
    return findings


SEGMENT_CODE = ("segment.py", "structure.py", "patterns.py", "classify.py", "judgements.py")  # cues come from classify.py too
SEGMENT_CACHE_LAYOUT = "segments, cues, judgements"  # what `read_document` returns; part of the cache key
DOCUMENT_FIELDS = ("doc_id", "file", "authority", "doc_type", "date", "text")


def _segment_cached(documents: pd.DataFrame, folder: Path, executor=None, meanwhile=None
                    ) -> tuple[pd.DataFrame, np.ndarray, pd.DataFrame]:
    """(classify_segments(segment(documents)), their rule cues for the learned classifier, the documents'
    judgements without finding ids), with each document's part of all three cached under a hash of its fields
    and the code that makes them: a rerun segments only new or changed documents (and needs no spaCy when there
    are none)."""
    code = code_digest(SEGMENT_CODE) + SEGMENT_CACHE_LAYOUT
    keys = []
    for row in documents[list(DOCUMENT_FIELDS)].itertuples(index=False):
        digest = hashlib.sha256(code.encode())
        for value in row:
            digest.update(f"{value}\x00".encode("utf-8"))
        keys.append(digest.hexdigest()[:24])
    parts: list[tuple | None] = [_load_pickle(folder / f"{key}.pickle") for key in keys]
    # Longest documents first, so no worker is left with a long one at the end while the others wait.
    missing = sorted((i for i, part in enumerate(parts) if part is None), key=lambda i: -len(documents["text"].iat[i]))
    if missing:
        records = documents.iloc[missing][list(DOCUMENT_FIELDS)].to_dict("records")
        if getattr(executor, "forks", False):
            prepare_segmenting()
        if executor is not None:
            fresh = executor.map(read_document, records, meanwhile=meanwhile)
        else:
            fresh = [read_document(r) for r in records]
            if meanwhile is not None:
                meanwhile()
        for i, part in zip(missing, fresh):
            _save_pickle(folder / f"{keys[i]}.pickle", part)
            parts[i] = part
    parts = [part for part in parts if len(part[0])] or [read_document({field: "" for field in DOCUMENT_FIELDS})]
    segments = pd.concat([part[0] for part in parts], ignore_index=True)
    cues = np.concatenate([part[1] for part in parts])
    judgements = pd.DataFrame([row for part in parts for row in part[2]], columns=JUDGEMENT_COLUMNS)
    return segments, cues, judgements


def read_document(doc: dict) -> tuple[pd.DataFrame, np.ndarray, list[dict]]:
    """Task body for one document (a documents row as a dict): its segments with their rule classes, their rule
    cues (`pipeline.classify.cue_table`) and its judgements without finding ids."""
    segments = pd.DataFrame(segment_document(doc), columns=SEGMENT_COLUMNS).astype({"start": "int64", "end": "int64"})
    classified, cues = classify_with_cues(segments)
    return classified, cues, document_judgements(doc)


def run_stages(corpus: Path, work: Path, config: RunConfig, say=print, executor=None) -> None:
    """Every stage but the report, in order, into the run folder `work`, as `run` does them: files read and
    segmented by the executor's workers, spaCy's tokenizer loaded while files are read, the embedding model and the
    tagger while documents are segmented, one model for the embed and themes stages, findings.csv written once."""
    stage_ingest(corpus, work, config, say=say, executor=executor, segment_next=True)
    embedder = make_embedder(config)
    stage_segment(work, config, say=say, executor=executor, findings_csv=False, meanwhile=lambda: load_models(embedder))
    stage_embed(work, config, embedder=embedder, say=say, executor=executor, findings_csv=False)
    stage_themes(work, config, say=say, embedder=embedder)
    stage_matrix(work, config, say=say)


def load_models(embedder: SentenceTransformerEmbedder) -> None:
    """Load what the embed and themes stages will need (the embedding model, the tagger for theme labels); `run`
    calls it while the segment stage's workers segment new documents and this process would only wait for them."""
    embedder.load()
    prepare_labels()


def make_embedder(config: RunConfig) -> SentenceTransformerEmbedder:
    """The run's embedding model (loaded on first use); `run` hands the same one to the embed and themes stages,
    so the model is loaded once."""
    return SentenceTransformerEmbedder(config.model, batch_size=config.batch_size, show_progress=sys.stderr.isatty(),
                                       backend=config.backend)


def stage_embed(run_dir: Path, config: RunConfig, embedder=None, say=print, executor=None,
                findings_csv: bool = True) -> np.ndarray:
    """findings -> vectors.npy (float32, row i = findings row i), through the on-disk cache; then kind and polarity
    refined by the learned classifier (pipeline.classify_model) when the vectors come from the model it was
    trained with, and findings.parquet/csv rewritten (same rows, same order; findings_csv=False: parquet only)."""
    with timed(run_dir, "embed"):
        findings = load_findings(run_dir)
        embedder = embedder or make_embedder(config)
        vectors, computed = embed_texts(findings["text"].tolist(), embedder,
                                        EmbeddingCache(_cache_dir(run_dir, config) / "embeddings"), executor=executor)
        _save_array(Path(run_dir) / "vectors.npy", vectors)
        say(f"embedded {computed} new finding(s), {len(findings) - computed} from cache")
        key = findings_key(findings)
        _refine_classes(run_dir, findings, key, vectors, embedder.model_id, config, say, findings_csv)
        update_record(run_dir, model=embedder.model_id, vectors_of=key, counts={"embedded": computed,
                                                                "from_cache": len(findings) - computed})
    return vectors


def _refine_classes(run_dir: Path, findings: pd.DataFrame, findings_digest: str, vectors: np.ndarray, model_id: str,
                    config: RunConfig, say, findings_csv: bool = True) -> None:
    """Rewrite the findings' kind and polarity with the learned classifier; rules stay where it cannot apply.
    findings_digest: `findings_key(findings)`."""
    began = time.perf_counter()
    model = shipped_model()
    # The ONNX path computes the same vectors (cosine 1.0 with torch), so its id counts as the same model; so does
    # the int8 one (pipeline.onnx_int8: learned kind and polarity macro-F1 within 0.01, benchmarks/int8_fidelity.py).
    base_model = model_id.split("#", 1)[0]
    if base_model not in (model.embedding_model, "default") or vectors.shape[1:] != (model.dimension,):
        say(f"kind and polarity: rules only (the learned classifier needs {model.embedding_model} vectors)")
        update_record(run_dir, classifier="rules")
        return
    if "context" not in findings.columns:
        findings = findings.assign(context="")  # a run folder from before lead-ins were kept
    allowed = sorted(set(config.kinds) - {"procedural"})
    key = _classes_key(findings, allowed, model_id)
    cached = _cache_dir(run_dir, config) / "classes" / f"{key}.pickle"
    labels = _load_pickle(cached)
    if labels is None:
        cues_file = Path(run_dir) / "cues.npy"
        cues = (np.load(cues_file) if cues_file.exists() and read_record(run_dir).get("cues_of") == findings_digest
                else None)  # else computed again
        labels = refine_classes(findings, vectors, model, allowed_kinds=allowed, cues=cues)[["kind", "polarity"]]
        _save_pickle(cached, labels)
    refined = findings.assign(kind=labels["kind"].to_numpy(), polarity=labels["polarity"].to_numpy())
    write_table(refined, run_dir, "findings", csv=findings_csv, parquet=True, drop_from_csv=PARQUET_ONLY)
    update_record(run_dir, classifier=f"rules + learned kind and polarity ({model.trained_on})",
                  timings={"classify_learned": round(time.perf_counter() - began, 3)})


CLASSIFY_CODE = ("patterns.py", "classify.py", "classify_model.py", "data/classify_model.npz")


def _classes_key(findings: pd.DataFrame, allowed: list[str], model_id: str) -> str:
    """Cache key of the learned kinds and polarities: what they are computed from (the findings' ids, texts,
    sections, document types and lead-ins; the vectors follow from the texts and the model), the kinds allowed
    and the code and shipped model that compute them."""
    digest = hashlib.sha256("\x00".join([model_id, *allowed, code_digest(CLASSIFY_CODE)]).encode("utf-8"))
    columns = [c for c in ("finding_id", "text", "section", "doc_type", "context") if c in findings.columns]
    rows = zip(*(findings[column].tolist() for column in columns))
    digest.update("".join("\x00".join(map(str, row)) for row in rows).encode("utf-8"))
    return digest.hexdigest()[:24]


def stage_themes(run_dir: Path, config: RunConfig, say=print, embedder=None) -> pd.DataFrame:
    """findings + vectors -> themes.csv, broad_themes.csv, centroids.npy; theme columns added to findings.

    With config.codebook, findings are first assigned to the codebook's themes (embedder: the model that made
    the vectors, loaded from config.model when not given) and the rest are clustered.
    """
    with timed(run_dir, "themes"):
        findings = load_findings(run_dir)
        vectors = np.asarray(load_vectors(run_dir), dtype=np.float32)
        if read_record(run_dir).get("vectors_of") != findings_key(findings):
            raise PipelineError(f"{run_dir}: vectors.npy does not belong to the current findings (segment was rerun?); "
                                "run the embed stage again first.")
        model_id = read_record(run_dir).get("model", config.model)
        # Loaded only when used; the same model names split themes whether or not the fit came from the cache.
        embedder = embedder or SentenceTransformerEmbedder(model_id, batch_size=config.batch_size)
        key = themes_key(findings, config, model_id)
        cached = _cache_dir(run_dir, config) / "themes" / f"{key}.pickle"
        result = _load_pickle(cached)
        if result is not None:
            say(f"themes unchanged since an earlier run with the same findings and parameters: reused ({key})")
        else:
            if config.codebook:
                codebook = load_codebook(config.codebook)
                result = fit_with_codebook(findings, vectors, codebook, codebook_centres(codebook, embedder),
                                           threshold=config.codebook_threshold, n_themes=config.n_themes, seed=config.seed)
                coded = int((result.themes["source"] == "codebook").mul(result.themes["size"]).sum())
                say(f"codebook: {coded} of {len(findings)} findings fit its {len(codebook)} themes "
                    f"(similarity >= {config.codebook_threshold}); the rest form discovered themes")
            else:
                result = fit_themes(findings, vectors, n_themes=config.n_themes, seed=config.seed, n_broad=config.n_broad,
                                    embedder=embedder)
            _save_pickle(cached, result)
        if config.labels_file:
            result = apply_edits(result, read_edits(config.labels_file), findings, vectors, embedder)
        return _write_themes(run_dir, findings, result, say)


# The fitted themes depend on the findings, their vectors (model), these parameters and the themes code itself.
THEME_PARAMETERS = ("n_themes", "n_broad", "seed", "codebook", "codebook_threshold", "batch_size")
THEME_CODE = ("themes.py", "labels.py", "codebook.py")


def themes_key(findings: pd.DataFrame, config: RunConfig, model_id: str) -> str:
    """Cache key of a theme fit: findings key, model, theme parameters, codebook file and theme code contents."""
    digest = hashlib.sha256(f"{findings_key(findings)}\x00{model_id}\x00".encode("utf-8"))
    for name in THEME_PARAMETERS:
        digest.update(f"{name}={getattr(config, name, None)!r}\x00".encode("utf-8"))
    if config.codebook and Path(config.codebook).exists():
        digest.update(Path(config.codebook).read_bytes())
    digest.update(code_digest(THEME_CODE).encode("utf-8"))
    return digest.hexdigest()[:24]


def _save_array(path: Path, array: np.ndarray) -> None:
    """An .npy file written through a temporary name."""
    tmp = path.with_name(f".{path.name}.tmp")
    with open(tmp, "wb") as handle:
        np.save(handle, array)
    tmp.replace(path)


def _load_pickle(path: Path):
    """A cached object, or None when missing or unreadable (then it is simply recomputed)."""
    try:
        with open(path, "rb") as handle:
            return pickle.load(handle)
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError):
        return None


def _save_pickle(path: Path, value) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    with open(tmp, "wb") as handle:
        pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
    tmp.replace(path)


def _write_themes(run_dir: Path, findings: pd.DataFrame, result, say) -> pd.DataFrame:
    """Write themes.csv, broad_themes.csv, centroids.npy and the findings with their theme columns."""
    findings = attach_themes(findings, result)
    findings = findings[FINDING_COLUMNS + [c for c in PARQUET_ONLY if c in findings.columns]]
    write_table(result.themes, run_dir, "themes")
    write_table(result.broad, run_dir, "broad_themes")
    np.save(Path(run_dir) / "centroids.npy", result.centroids)
    write_table(findings, run_dir, "findings", parquet=True, drop_from_csv=PARQUET_ONLY)
    say(f"{len(result.themes)} themes in {len(result.broad)} broad themes")
    update_record(run_dir, counts={"themes": len(result.themes), "broad_themes": len(result.broad)})
    return result.themes


def stage_apply(run_dir: Path, model_folder: Path, say=print) -> pd.DataFrame:
    """Code the run's findings into a saved theme model's themes (no refitting); writes what stage_themes writes."""
    with timed(run_dir, "themes"):
        findings = load_findings(run_dir)
        vectors = np.asarray(load_vectors(run_dir), dtype=np.float32)
        record = read_record(run_dir)
        result = apply_model(findings, vectors, model_folder, record.get("model", ""))
        update_record(run_dir, theme_model=str(model_folder))
        say(f"coded {len(findings)} findings into the {len(result.themes)} themes of {model_folder}")
        return _write_themes(run_dir, findings, result, say)


def filter_suffix(kinds=(), voices=(), polarities=()) -> str:
    """File-name suffix that says which findings a filtered matrix counts ("" when unfiltered)."""
    parts = [f"{name}-{'+'.join(values)}" for name, values in
             (("kind", kinds), ("voice", voices), ("polarity", polarities)) if values]
    return "__" + "__".join(parts) if parts else ""


def stage_matrix(run_dir: Path, config: RunConfig, say=print, kinds=(), voices=(), polarities=()) -> dict[str, pd.DataFrame]:
    """findings with themes -> matrix_*.csv, comparison.csv, trends.csv; with filters, the same files suffixed
    __kind-...__voice-... over those findings only."""
    with timed(run_dir, "matrix"):
        findings = load_findings(run_dir)
        if "theme_id" not in findings.columns:
            raise PipelineError(f"{run_dir}: findings have no themes yet; run the themes stage first.")
        chosen = filter_findings(findings, tuple(kinds), tuple(voices), tuple(polarities))
        if chosen.empty:
            raise PipelineError(f"no findings match kind={list(kinds)} voice={list(voices)} "
                                f"polarity={list(polarities)}; see findings.csv for the values present.")
        suffix = filter_suffix(kinds, voices, polarities)
        matrices = {stem + suffix: table for stem, table in build_matrices(chosen).items()}
        for stem, table in matrices.items():
            write_table(table, run_dir, stem, index=True)
        if chosen["authority"].nunique() > 1:
            write_table(compare_authorities(chosen), run_dir, "comparison" + suffix)
        write_table(theme_trends(chosen), run_dir, "trends" + suffix)
        if suffix:
            say(f"{len(chosen)} of {len(findings)} findings counted in matrix_*{suffix}.csv")
    return matrices


def summary(run_dir: Path) -> str:
    """One screen on a finished run: documents, findings, themes, skipped files, where the outputs are."""
    record = read_record(run_dir)
    counts = record.get("counts", {})
    inputs = record.get("inputs", [])
    skipped = [i for i in inputs if i["status"] == "skipped"]
    lines = [
        f"Run folder: {run_dir}",
        f"  documents: {sum(i['status'] == 'ingested' for i in inputs)} ingested, {len(skipped)} skipped",
        f"  findings:  {counts.get('findings', '?')} (of {counts.get('segments', '?')} segments; "
        f"{counts.get('excluded', '?')} procedural or other left out)",
        f"  themes:    {counts.get('themes', '?')} in {counts.get('broad_themes', '?')} broad themes",
        f"  time:      " + ", ".join(f"{k} {v:.1f}s" for k, v in record.get("timings", {}).items()),
    ]
    lines += [f"  skipped {i['file']}: {i['reason']}" for i in skipped[:10]]
    for name in ("report.html", "workbook.xlsx", "project.qdpx", "matrix_authority_theme.csv"):
        if (Path(run_dir) / name).exists():
            lines.append(f"  {name}: {Path(run_dir) / name}")
    return "\n".join(lines)



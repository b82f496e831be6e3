"""Classify stage: each finding's kind and polarity by the learned classifier (pipeline.classify_model) on its
vector (vectors.npy: of its clustering text, names masked and abbreviations expanded, the text the classifier was
trained on), lead-in, section heading and rule cues -> classes.parquet (finding_id, kind, polarity). The headings'
vectors are made, masked the same way, by the run's embedding model through the embedding cache (each distinct
heading once). Where the classifier cannot apply (vectors of another embedding model), the rules' classes are
written unchanged."""

from __future__ import annotations

import numpy as np
import pandas as pd

from pipeline import schema
from pipeline.cache import EmbeddingCache, code_digest, digest
from pipeline.classify_model import refine_classes, section_vectors, shipped_model
from pipeline.code_files import code_of
from pipeline.embed import EMBED_CODE, embed_texts
from pipeline.runfolder import (findings_key, load_segments, load_vectors, read_record, source_of, update_record,
                                write_table)
from pipeline.stages.context import RunContext
from pipeline.stages.embed import check_vectors
from pipeline.themes.cluster_text import clustering_texts, masking_key, read_glossary

READS = (schema.SEGMENTS_FILE, schema.VECTORS, schema.CUES)
WRITES = (schema.CLASSES,)
# The learned classes depend on the findings, the vectors' model, the kinds allowed, and this code and model:
# classify_model.py and the embedding code with every module they import and the data they name (code_files.code_of).
CLASSIFY_CODE = ("classify_model.py", "stages/embed.py", *EMBED_CODE)


def run(ctx: RunContext) -> pd.DataFrame:
    with ctx.timed("classify"):
        findings = load_segments(ctx.run_dir)
        key = findings_key(findings)
        check_vectors(ctx, findings)
        glossary = read_glossary(ctx.config.glossary or None)
        model_id = read_record(ctx.run_dir).get("model", "")
        vectors = load_vectors(ctx.run_dir)
        model = shipped_model()
        # The ONNX paths compute the same model's vectors (fp32: cosine 1.0 with torch; int8: 0.993 on average, with
        # kind and polarity F1 within 0.003 of fp32, benchmarks/int8_fidelity.py), so their ids count as that model.
        if (model_id.split("#", 1)[0] not in (model.embedding_model, "default")
                or vectors.shape[1:] != (model.dimension,)):
            ctx.say(f"kind and polarity: rules only (the learned classifier needs {model.embedding_model} vectors)")
            classes, how = findings[["kind", "polarity"]], "rules"
        else:
            allowed = sorted(set(ctx.config.kinds) - {"procedural"})
            cache = ctx.cache("classes")
            cache_key = _classes_key(findings, allowed, model_id, masking_key(glossary))
            classes = cache.get(cache_key)
            if classes is None:
                cues = np.load(ctx.run_dir / schema.CUES) if source_of(ctx.run_dir, schema.CUES) == key else None
                sections = None
                if any(model.settings[label].section_weight for label in model.settings):
                    sections = section_vectors(findings, vectors, _CachedEmbedder(
                        ctx.embedder(None if model_id == "default" else model_id),
                        ctx.embedding_cache(), glossary))
                classes = refine_classes(findings, np.asarray(vectors), model, allowed_kinds=allowed,
                                         cues=cues, sections=sections)[["kind", "polarity"]]
                cache.put(cache_key, classes)
            how = f"rules + learned kind and polarity ({model.trained_on})"
        table = pd.DataFrame({"finding_id": findings["finding_id"].to_numpy(),
                              "kind": classes["kind"].to_numpy(), "polarity": classes["polarity"].to_numpy()})
        write_table(table, ctx.run_dir, schema.CLASSES.removesuffix(".parquet"), csv=False, parquet=True)
        update_record(ctx.run_dir, classifier=how)
    return table


def _classes_key(findings: pd.DataFrame, allowed: list[str], model_id: str, masking: str) -> str:
    """Cache key of the learned kinds and polarities: what they are computed from (the findings' ids, texts,
    sections, document types and lead-ins; the vectors follow from the texts, their masking and the model), the
    kinds allowed and the code and shipped model that compute them."""
    columns = ("finding_id", "text", "section", "doc_type", schema.LEAD_IN)
    rows = zip(*(findings[column].tolist() for column in columns))
    return digest(model_id, masking, *allowed, code_digest(code_of(CLASSIFY_CODE)),
                  "".join("\x00".join(map(str, row)) for row in rows))


class _CachedEmbedder:
    """`embed(texts)` by the run's model through the embedding cache, of the texts masked as the findings' are
    (the section headings' vectors, made as the classifier's training made them)."""

    def __init__(self, embedder, cache: EmbeddingCache, glossary: dict[str, tuple[str, str]]):
        self.embedder, self.cache, self.glossary = embedder, cache, glossary

    def embed(self, texts: list[str]) -> np.ndarray:
        return embed_texts(clustering_texts(list(texts), self.glossary), self.embedder, self.cache)[0]

import numpy as np
import pandas as pd

from pipeline.compare import COMPARISON_COLUMNS, compare_authorities, evidence_words

THEMES = 8


def _corpus(seed=0, planted=0.0, long_report=False, documents=4):
    """Three authorities x `documents` inspection reports of 40-200 findings over 8 themes drawn from one
    distribution; with `planted`, every Walsall document gets that share of extra theme-0 findings; with
    `long_report`, one Wirral document of 1,500 findings is heavy on theme 5."""
    rng = np.random.default_rng(seed)
    base = np.array([0.2, 0.15, 0.15, 0.1, 0.1, 0.1, 0.1, 0.1])
    rows = []
    for authority in ("Walsall", "West Sussex", "Wirral"):
        for d in range(documents):
            n = int(rng.integers(40, 200))
            themes = list(rng.choice(THEMES, size=n, p=base))
            if authority == "Walsall" and planted:
                themes += [0] * int(round(planted * n))
            rows += [{"doc_id": f"{authority}-{d}", "authority": authority, "doc_type": "inspection_report",
                      "theme_id": int(t), "theme_label": f"t{t}"} for t in themes]
    if long_report:
        heavy = base.copy()
        heavy[5] += 0.3
        themes = rng.choice(THEMES, size=1500, p=heavy / heavy.sum())
        rows += [{"doc_id": "Wirral-long", "authority": "Wirral", "doc_type": "inspection_report",
                  "theme_id": int(t), "theme_label": f"t{t}"} for t in themes]
    return pd.DataFrame(rows)


def test_a_planted_theme_is_flagged_with_an_interval_above_zero():
    table = compare_authorities(_corpus(planted=0.3)).set_index(["authority", "theme_id"])
    row = table.loc[("Walsall", 0)]
    assert row["difference_low"] > 0 and bool(row["distinctive"]) and row["direction"] == "over"
    assert row["evidence"] == "4 of 4 inspections"
    assert row["share_low"] <= row["share"] <= row["share_high"]
    assert list(compare_authorities(_corpus()).columns) == COMPARISON_COLUMNS


def test_without_a_planted_difference_almost_nothing_is_distinctive():
    flagged = [compare_authorities(_corpus(seed=seed))["distinctive"].any() for seed in range(20)]
    assert sum(flagged) <= 2  # a few false calls in 20 corpora at most (5 % expected)


def test_one_long_report_is_not_distinctive_however_many_findings_it_has():
    table = compare_authorities(_corpus(long_report=True)).set_index(["authority", "theme_id"])
    row = table.loc[("Wirral", 5)]
    # Pooled as findings, theme 5 is far more frequent in Wirral; by documents it rests on one report.
    assert row["z"] > 3
    assert not bool(row["distinctive"])


def test_one_document_authority_has_no_interval_and_says_so():
    corpus = _corpus()
    corpus = corpus[~corpus["doc_id"].isin(["Wirral-1", "Wirral-2", "Wirral-3"])]
    table = compare_authorities(corpus)
    wirral = table[table["authority"] == "Wirral"]
    assert wirral["difference_low"].isna().all() and not wirral["distinctive"].any()
    assert wirral["evidence"].str.endswith("one document only").all()


def test_shares_weigh_documents_equally():
    corpus = pd.DataFrame({"doc_id": ["a"] * 9 + ["b"] + ["c", "c"], "authority": ["X"] * 10 + ["Y"] * 2,
                           "theme_id": [0] * 9 + [1] + [0, 1], "theme_label": "t"})
    table = compare_authorities(corpus).set_index(["authority", "theme_id"])
    # X: document a is all theme 0, document b all theme 1: 0.5 each, not 0.9 / 0.1.
    assert table.loc[("X", 0), "share"] == 0.5 and table.loc[("X", 0), "count"] == 9


def test_evidence_words():
    assert evidence_words(3, 3, "inspections") == "3 of 3 inspections"
    assert evidence_words(1, 4) == "1 of 4 documents: rests on one document"
    assert evidence_words(1, 1) == "1 of 1 document: one document only"


def _thinned(corpus, theme, keep_documents, keep_share=1.0, seed=0):
    """Walsall's findings of `theme` kept only in its first `keep_documents` documents, and there only a
    `keep_share` of them (the rest moved to theme 7): Walsall raises the theme less than the others."""
    rng = np.random.default_rng(seed)
    walsall = corpus["authority"] == "Walsall"
    order = corpus["doc_id"].str.rsplit("-", n=1).str[-1].astype(int)
    cut = walsall & (corpus["theme_id"] == theme) & ((order >= keep_documents) | (rng.random(len(corpus)) > keep_share))
    return corpus.assign(theme_id=np.where(cut, 7, corpus["theme_id"]),
                         theme_label=np.where(cut, "t7", corpus["theme_label"]))


def test_a_theme_raised_less_is_called_under_by_the_adjusted_test():
    table = compare_authorities(_thinned(_corpus(), theme=0, keep_documents=4, keep_share=0.1))
    row = table.set_index(["authority", "theme_id"]).loc[("Walsall", 0)]
    assert row["difference_high"] < 0 and row["p_adjusted"] < 0.05
    assert row["direction"] == "under" and row["direction_unadjusted"] == "under" and not bool(row["distinctive"])


def test_an_authority_raising_a_theme_in_one_document_is_still_tested_for_raising_it_less():
    # The theme in one of Walsall's four documents and all the others': before, such a cell had no adjusted p
    # (the test asked only "raises more", which needs two of the authority's documents).
    table = compare_authorities(_thinned(_corpus(), theme=1, keep_documents=1, keep_share=0.2))
    row = table.set_index(["authority", "theme_id"]).loc[("Walsall", 1)]
    assert row["documents_with_theme"] == 1 and row["difference"] < 0
    assert not np.isnan(row["p_adjusted"])


def test_direction_is_given_only_where_the_adjusted_test_supports_it():
    leaning = 0
    for seed in range(12):
        table = compare_authorities(_corpus(seed=seed))
        called = table["direction"] != "not called"
        assert (table.loc[called, "p_adjusted"] < 0.025).all()  # two directions, each at half of 5 %
        assert table.loc[table["direction"] == "over", "distinctive"].all()
        # the cell's own interval keeps its lean in its own column, called or not
        assert (table.loc[called, "direction"] == table.loc[called, "direction_unadjusted"]).all()
        leaning += ((table["direction_unadjusted"] != "similar") & ~called).sum()
        assert called.sum() <= 2  # no planted difference: a call here is a false one
    assert leaning > 0  # the per-cell intervals lean one way by chance, and the adjusted test does not follow

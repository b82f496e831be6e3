import pandas as pd

from pipeline.matrix import EXTRA_CODE
from pipeline.pairs import MAX_AUTHORITIES, compare_broad_pairs, compare_pairs, paired_authorities
from pipeline.schema import PAIR_COLUMNS
from tests.test_compare import _corpus


def test_a_planted_theme_differs_from_each_other_authority_with_an_interval_clear_of_zero():
    table = compare_pairs(_corpus(planted=0.3)).set_index(["authority", "other", "theme_id"])
    assert list(compare_pairs(_corpus()).columns) == PAIR_COLUMNS
    # Walsall sorts first, so its extra theme-0 findings show as a positive difference in both of its pairs.
    for other in ("West Sussex", "Wirral"):
        row = table.loc[("Walsall", other, 0)]
        assert row["difference_low"] > 0 and bool(row["differs"])
        assert row["evidence"] == "4 of 4 inspections against 4 of 4 inspections"
    # The two authorities without the planted theme do not differ on it.
    assert not bool(table.loc[("West Sussex", "Wirral", 0), "differs"])


def test_without_a_planted_difference_almost_no_pair_differs():
    flagged = [compare_pairs(_corpus(seed=seed))["differs"].any() for seed in range(20)]
    assert sum(flagged) <= 2  # max-|t| over every pair and theme: about 5 % of null corpora at most


def test_one_long_report_does_not_make_a_pair_differ():
    table = compare_pairs(_corpus(long_report=True))
    assert not table[(table["theme_id"] == 5) & (table["other"] == "Wirral")]["differs"].any()


def test_an_authority_with_one_document_is_in_no_pair():
    corpus = _corpus()
    corpus = corpus[~corpus["doc_id"].isin(["Wirral-1", "Wirral-2", "Wirral-3"])]
    table = compare_pairs(corpus)
    assert set(zip(table["authority"], table["other"])) == {("Walsall", "West Sussex")}
    one_each = pd.DataFrame({"doc_id": ["a", "b"], "authority": ["X", "Y"], "theme_id": [0, 1], "theme_label": "t"})
    assert compare_pairs(one_each).empty and list(compare_pairs(one_each).columns) == PAIR_COLUMNS


def test_pairs_are_formed_among_the_authorities_with_most_documents():
    counts = {f"A{i:02d}": 2 + i % 3 for i in range(MAX_AUTHORITIES + 5)}
    doc_authority = pd.Series([name for name, n in counts.items() for _ in range(n)])
    chosen = paired_authorities(doc_authority)
    assert len(chosen) == MAX_AUTHORITIES and chosen == sorted(chosen)
    assert min(counts[name] for name in chosen) >= max(counts[name] for name in counts if name not in chosen)


def _with_broad(corpus: pd.DataFrame) -> pd.DataFrame:
    """Themes 0 and 1 under broad theme 100, every other theme under a broad theme of its own (200 + id)."""
    broad = corpus["theme_id"].map(lambda t: 100 if t in (0, 1) else 200 + int(t))
    return corpus.assign(parent_theme_id=broad, parent_theme_label=broad.map(lambda b: f"broad {b}"),
                         finding_id=[f"f{i}" for i in range(len(corpus))])


def test_broad_pairs_compare_the_broad_themes_a_planted_difference_falls_in():
    corpus = _with_broad(_corpus(planted=0.3))
    broad = compare_broad_pairs(corpus)
    assert list(broad.columns) == PAIR_COLUMNS
    assert set(broad["theme_id"]) == set(corpus["parent_theme_id"])
    table = broad.set_index(["authority", "other", "theme_id"])
    for other in ("West Sussex", "Wirral"):
        row = table.loc[("Walsall", other, 100)]
        assert row["theme_label"] == "broad 100" and row["difference_low"] > 0 and bool(row["differs"])
    # the same as pairs over the findings with their broad theme as their theme
    regrouped = corpus.assign(theme_id=corpus["parent_theme_id"], theme_label=corpus["parent_theme_label"])
    expected = compare_pairs(regrouped)
    pd.testing.assert_frame_equal(broad.reset_index(drop=True), expected.reset_index(drop=True))


def test_broad_pairs_count_a_finding_once_under_its_broad_theme_and_need_broad_themes():
    corpus = _with_broad(_corpus())
    # in codebook mode a finding's further code is a row too: a second code in the same broad theme adds nothing
    extra = corpus[corpus["theme_id"] == 0].assign(theme_id=1, theme_label="t1", **{EXTRA_CODE: True})
    coded = pd.concat([corpus.assign(**{EXTRA_CODE: False}), extra], ignore_index=True)
    once = compare_broad_pairs(coded).set_index(["authority", "other", "theme_id"])
    plain = compare_broad_pairs(corpus).set_index(["authority", "other", "theme_id"])
    assert once.loc[:, "share"].round(4).equals(plain.loc[:, "share"].round(4))
    assert compare_broad_pairs(_corpus()).empty and list(compare_broad_pairs(_corpus()).columns) == PAIR_COLUMNS

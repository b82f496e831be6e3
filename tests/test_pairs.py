import pandas as pd

from pipeline.pairs import MAX_AUTHORITIES, compare_pairs, paired_authorities
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

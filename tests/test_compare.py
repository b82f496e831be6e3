import pandas as pd

from pipeline.compare import compare_authorities, theme_trends


def _findings():
    rows = []
    # Theme 0 everywhere in equal measure; theme 1 heavily in Wirral; theme 2 only in Walsall, rarely.
    for authority, n0, n1, n2 in (("Walsall", 60, 5, 3), ("Wirral", 60, 60, 0), ("West Sussex", 60, 5, 0)):
        for theme, n in ((0, n0), (1, n1), (2, n2)):
            rows += [{"authority": authority, "theme_id": theme, "theme_label": f"t{theme}",
                      "date": "2016-01-01" if i % 2 else "2019"} for i in range(n)]
    return pd.DataFrame(rows)


def test_over_and_under_representation_account_for_counts():
    table = compare_authorities(_findings()).set_index(["authority", "theme_id"])
    assert table.loc[("Wirral", 1), "direction"] == "over" and table.loc[("Wirral", 1), "z"] > 3
    assert table.loc[("Walsall", 1), "direction"] == "under"
    assert table.loc[("Walsall", 0), "direction"] in ("similar", "over")
    assert bool(table.loc[("Walsall", 0), "present_in_all"]) and not bool(table.loc[("Walsall", 2), "present_in_all"])
    # three findings only in Walsall are distinctive, but too few to be significant
    assert bool(table.loc[("Walsall", 2), "distinctive"]) and abs(table.loc[("Walsall", 2), "z"]) < 1.96
    assert (table.groupby(level=0)["share"].sum().round(6) == 1).all()


def test_trends_share_per_year():
    trends = theme_trends(_findings())
    wirral = trends[trends.authority == "Wirral"]
    assert set(wirral["year"]) == {"2016", "2019"}
    assert (wirral.groupby("year")["share"].sum().round(6) == 1).all()

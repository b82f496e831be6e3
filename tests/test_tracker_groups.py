"""The groups of children a recommendation names and the next report's lines that name them (status22; texts in our
own words)."""

from __future__ import annotations

from dataclasses import replace

import pandas as pd
import pytest

from pipeline.recommendations import extract_recommendations
from pipeline.tracker import TrackerParams, track
from pipeline.tracker.groups import named_groups, on_group, read_groups


def _names(text: str, every: bool = False) -> set[str]:
    groups = [g for g in read_groups() if every or g[1]]
    return {groups[j][0] for j, used in enumerate(named_groups([text], every)[0]) if used}


@pytest.mark.parametrize("text, expected", [
    ("Pathway plans are reviewed with each young person.", {"care leavers"}),
    ("Care-experienced young adults get help with housing.", {"care leavers"}),
    ("Workers offer a return home interview after every episode.", {"children who go missing"}),
    ("Children missing education are tracked by the school team.", {"children missing education"}),
    ("Some information is missing from the case records.", set()),
    ("Work placements are found for apprentices.", set()),
    ("Practice with children in care is strong.", set()),   # a broad population: not required
])
def test_a_group_is_named_by_its_name_or_a_practice_only_it_receives(text, expected):
    assert _names(text) == expected


def test_every_group_includes_the_broad_populations_and_reads_not_phrases():
    assert "children in care" in _names("Children in care have up-to-date plans.", every=True)
    assert "children in care" not in _names("Children in care proceedings wait too long.", every=True)
    assert "children in need" in _names("Child-in-need plans are reviewed monthly.", every=True)


def test_a_line_counts_for_a_recommendation_naming_no_group_or_one_of_its_groups():
    recs = named_groups(["Improve supervision of social workers.", "Improve pathway plans for care leavers."])
    lines = named_groups(["Pathway plans are detailed.", "Supervision is regular."])
    assert on_group(recs, lines).tolist() == [[True, True], [True, False]]


def _reports(later: dict[str, tuple[str, str]]):
    """An earlier report recommending care leavers' plans and a later one with `later`: text -> (section, polarity)."""
    first = "Recommendations\n\n1. Keep the plans of every care leaver up to date and written with them.\n"
    text = "\n\n".join(later) + "\n"
    rows = []
    for doc_id, body, date, pieces in (
            ("r1", first, "2014-01-01", {"Keep the plans of every care leaver up to date and written with them.":
                                         ("Recommendations", "neutral")}),
            ("r2", text, "2018-01-01", later)):
        for piece, (section, polarity) in pieces.items():
            start = body.index(piece)
            rows.append({"finding_id": f"{doc_id}-{start}", "doc_id": doc_id, "file": doc_id, "authority": "A",
                         "doc_type": "inspection_report", "date": date, "section": section, "para_ref": "1",
                         "start": start, "end": start + len(piece), "text": piece,
                         "kind": "recommendation" if doc_id == "r1" else "finding", "polarity": polarity,
                         "voice": "inspectorate"})
    documents = pd.DataFrame([{"doc_id": d, "authority": "A", "doc_type": "inspection_report", "date": day,
                               "text": body} for d, day, body in (("r1", "2014-01-01", first),
                                                                  ("r2", "2018-01-01", text))])
    return pd.DataFrame(rows), documents


def test_next_inspection_evidence_names_the_recommendations_group(hashing_embedder):
    """The plans of children in care (a concern) share the practice but not the group; the care leavers' plans, by
    a practice of theirs or under their section heading, are on the matter."""
    findings, documents = _reports({
        "Pathway plans are up to date and written with each young person.": ("Practice", "strength"),
        "Plans are reviewed often and young people shape them.": ("The experiences of care leavers", "strength"),
        "Plans of children in care are often out of date and not written with them.": ("Practice", "concern")})
    recs = extract_recommendations(findings, documents)
    args = (recs, hashing_embedder.embed(recs["text"].tolist()), documents, findings,
            hashing_embedder.embed(findings["text"].tolist()))
    # next_lead off: the status here is weighed over every line, whichever of them stands closest (status23's rule
    # is tested in test_tracker_lead.py).
    loose = TrackerParams(next_threshold=-1.0, next_rank=5, next_coherence=0.0, next_lead=9.0)

    def evidence(params):
        rows = track(*args, params)
        rows = rows[(rows["rec_id"] == "r1-R01") & (rows["part"] == "next_inspection")]
        return set(rows["quote"]), rows["status"].iloc[0]

    quotes, status = evidence(replace(loose, next_group=0.0))
    assert len(quotes) == 3 and status == "mixed"
    quotes, status = evidence(loose)
    assert quotes == {"Pathway plans are up to date and written with each young person.",
                      "Plans are reviewed often and young people shape them."}
    assert status == "improved"
    quotes, _ = evidence(replace(loose, next_group_section=False))
    assert quotes == {"Pathway plans are up to date and written with each young person."}

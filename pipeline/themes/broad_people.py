"""A broad label's staff part said as the work its findings are on, beside workforce topics (`practice_over_staff`).

Reads 53 and 55 judged "Social workers, workforce churn and caseloads" wrong: its largest sub-theme, "Social workers"
(543 of 1,556 findings), is on what social workers do with children ("social workers know their children well",
"visit children regularly"; 77% of its findings write about children, 1% about turnover, vacancies or caseloads),
but beside "workforce churn and caseloads" the same words read as the workforce. A label word must mean in the broad
label what it means in its sub-theme: the part is said as that work ("Social work with children, workforce churn and
caseloads").
"""

from __future__ import annotations

import re

from pipeline.themes.broad_parts import label_parts
from pipeline.themes.capitals import capitalised
from pipeline.themes.label_text import inner, joined_list

# Staff named by a part, and the work they do as a label says it.
PRACTICE = {"social workers": "social work", "social worker": "social work"}
# A part of a label that reads as the workforce: the staff part beside it is read so too.
WORKFORCE = re.compile(r"\b(?:workforce|caseloads?|workloads?|staff\w*|recruit\w*|retention|turnover|vacanc\w+|"
                       r"churn)\b", re.IGNORECASE)
CHILDREN = re.compile(r"\b(?:child|children|child['’]s|children['’]s)\b", re.IGNORECASE)
YOUNG = re.compile(r"\byoung (?:people|person|people['’]s|person['’]s)\b", re.IGNORECASE)
# Least share of a staff sub-theme's findings that write about children or young people, and most share that write
# about the workforce, for it to be on the staff's work with them. Tuned on the two runs whose readers rejected the
# label: "Social workers" 77% on children, 1% workforce (run 9729, read 55) and 64%, 4% (run 9728, read 53); the
# bundled run's (54%, 12%, beside churn and caseloads, not read as wrong) stays.
WITH_CHILDREN = 3 / 5
ON_WORKFORCE = 1 / 10


def practice_over_staff(label: str, children: dict[str, list[str]]) -> str:
    """`label` with a staff part ("Social workers") said as their work with children ("Social work with children")
    when another part reads as the workforce ("workforce churn", "caseloads") and the sub-theme of that name writes
    about children (or young people, when it writes that more) in WITH_CHILDREN of its findings or more and about the
    workforce in under ON_WORKFORCE; else `label`. children: each sub-theme's label -> its findings' texts."""
    opening, parts = label_parts(label)
    if opening or len(parts) < 2:
        return label
    texts_of = {child.lower(): texts for child, texts in children.items()}
    for i, part in enumerate(parts):
        work = staff_work(part, texts_of.get(part.lower(), []))
        if not work or not any(WORKFORCE.search(other) for j, other in enumerate(parts) if j != i):
            continue
        said = joined_list([inner(p) for p in parts[:i] + [work] + parts[i + 1:]])
        return capitalised(said)
    return label


def staff_work(staff: str, texts: list[str]) -> str | None:
    """The work of the staff `staff` names ("social workers" -> "social work with children", or "... with young
    people" when more of `texts` write young people than children), when WITH_CHILDREN of `texts` or more write
    about children or young people and fewer than ON_WORKFORCE about the workforce; else None (also for a part that
    names no staff of PRACTICE, or no texts). texts: the findings of the sub-theme that names them."""
    work = PRACTICE.get(staff.lower())
    if not work or not texts:
        return None
    young = sum(bool(YOUNG.search(text)) for text in texts)
    kids = sum(bool(CHILDREN.search(text)) for text in texts)
    with_them = sum(bool(CHILDREN.search(text) or YOUNG.search(text)) for text in texts) / len(texts)
    on_workforce = sum(bool(WORKFORCE.search(text)) for text in texts) / len(texts)
    if with_them < WITH_CHILDREN or on_workforce >= ON_WORKFORCE:
        return None
    return f"{work} with {'young people' if young > kids else 'children'}"

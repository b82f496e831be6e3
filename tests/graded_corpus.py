"""A small corpus of made-up ILACS inspection reports with grades, and council minutes, for tests of the views
that need inspections: four authorities, two inspections each (three graded inadequate, three requires
improvement, two good, so grade_themes.csv is written), minutes for two of them. All text is written for the
tests; polarity follows the grade (inadequate reports mostly raise concerns, good ones strengths)."""

from __future__ import annotations

from pathlib import Path

TOPICS = [
    ("Social workers carry caseloads that are too high to allow purposeful work with children.",
     "Caseloads are manageable, so social workers know the children they work with well."),
    ("Chronologies are missing or out of date in many case files.",
     "Chronologies are up to date and help workers understand each child's history."),
    ("Managers rarely record their oversight of casework and supervision is irregular.",
     "Supervision is regular and reflective, and managers record clear decisions on case files."),
    ("Too many care leavers live in unsuitable accommodation and lose touch with their advisers.",
     "Care leavers are well supported by personal advisers who keep in touch with them."),
    ("Police attendance at strategy discussions is poor, which delays decisions about risk.",
     "Police attend strategy discussions promptly and share information well."),
]
GRADE_LINE = {4: "Inadequate", 3: "Requires improvement to be good", 2: "Good"}
# authority -> [(published, overall grade), ...]; Northshire's reports carry extra chronology findings.
REPORTS = {"Anyshire": [("2019-05-03", 4), ("2023-06-02", 3)], "Bordertown": [("2019-07-12", 3), ("2023-09-01", 2)],
           "Coastley": [("2019-03-15", 4), ("2023-04-21", 3)], "Northshire": [("2019-10-04", 4), ("2023-11-10", 2)]}
MINUTES = {"Anyshire": "2019-09-10", "Bordertown": "2020-01-14"}


def _report(authority: str, published: str, grade: int, extra: str = "") -> str:
    concern_share = {4: 0.8, 3: 0.5, 2: 0.2}[grade]
    paragraphs = []
    for k in range(3 if published < "2021" else 2):  # later reports are shorter, as Ofsted's are
        for t, (concern, strength) in enumerate(TOPICS):
            bad = (k + t) % 10 < concern_share * 10 if k < 2 else (t + grade) % 2 == 0
            line = concern if bad else strength
            paragraphs.append(f"In {authority}, {line[0].lower()}{line[1:]}" if k == 1 else line)
    if authority == "Northshire":
        paragraphs += [f"Inspectors found that chronologies for children in {place} were missing key events."
                       for place in ("care", "need", "the disabled children's team", "the assessment team")]
    body = "\n\n".join(f"{i}. {p}" for i, p in enumerate(paragraphs + ([extra] if extra else []), start=1))
    year = published[:4]
    word = GRADE_LINE[grade]
    return (f"Inspection of {authority} local authority children's services\n\n"
            f"Inspection dates: 4 March {year} to 15 March {year}\n\nReport published: {published}\n\n"
            "Judgement Grade\n\n"
            f"The impact of leaders on social work practice with children and families {word}\n\n"
            f"The experiences and progress of children who need help and protection {word}\n\n"
            f"The experiences and progress of children in care and care leavers {word}\n\n"
            f"Overall effectiveness {word}\n\n"
            f"Summary of findings\n\n{body}\n")


def _minutes(authority: str, date: str, extra: str = "") -> str:
    lines = ["Members asked how caseloads would be brought down and the director said recruitment was under way.",
             "The committee noted that chronologies were being audited each month.",
             "Councillors welcomed the new support offered to care leavers.",
             "The cabinet member said police attendance at strategy meetings had improved."]
    body = "\n\n".join(f"{i}. {line}" for i, line in enumerate(lines + ([extra] if extra else []), start=1))
    return f"{authority} Council\n\nChildren's Scrutiny Committee minutes, {date}\n\n{body}\n"


def write_graded_corpus(folder: Path, extra: str = "") -> Path:
    """The corpus (text files and manifest.csv) in `folder`; `extra` is added as a paragraph of Coastley's
    first report and of Anyshire's minutes (e.g. a script payload)."""
    folder.mkdir(parents=True, exist_ok=True)
    manifest = ["file,authority,doc_type,date,title"]
    for authority, reports in REPORTS.items():
        for n, (published, grade) in enumerate(reports):
            name = f"{authority.lower()}_{published}.txt"
            text = _report(authority, published, grade, extra if authority == "Coastley" and n == 0 else "")
            (folder / name).write_text(text, encoding="utf-8")
            manifest.append(f"{name},{authority},inspection_report,{published},Inspection of {authority} {published[:4]}")
    for authority, date in MINUTES.items():
        name = f"{authority.lower()}_minutes_{date}.txt"
        (folder / name).write_text(_minutes(authority, date, extra if authority == "Anyshire" else ""), encoding="utf-8")
        manifest.append(f"{name},{authority},committee_minutes,{date},Scrutiny committee minutes {date}")
    (folder / "manifest.csv").write_text("\n".join(manifest) + "\n", encoding="utf-8")
    return folder

"""An inspection report's title as its cover prints it, joined over the lines a PDF's text broke it into.

The cover of an Ofsted report on a council's children's services sets the council's name and the inspection's title
("Inspection of services for children in need of help and protection, children looked after and care leavers",
"Inspection of Bedford Borough local authority children's services"), each broken over lines wherever the page ran
out, above the inspection dates. The first line of two words or more (ingest's fallback) is then a fragment ("Inspection
of Bedford Borough local") or the council's name alone; here the title line and the lines it runs on to are joined,
and the council's name set on the cover apart from the title is put before it ("Halton: Inspection of services ...").
"""

from __future__ import annotations

import re

# The line that opens an inspection's title, and where the cover's title ends: the name of the services inspected,
# the end of a line ("... children's services", "... and care leavers"); a line that is a connector alone ("and")
# before a second title ("Review of the effectiveness of the Local Safeguarding Children Board"); a blank line; or
# the inspection's particulars (dates, inspector, publication).
TITLE_OPENS = re.compile(r"^(?:re-?)?inspection of\b", re.IGNORECASE)
SERVICES_END = re.compile(r"\b(?:services|care leavers)$", re.IGNORECASE)
CONNECTOR_ALONE = re.compile(r"^(?:and|&)$", re.IGNORECASE)
PARTICULARS = re.compile(r"^(?:inspection dates?|report published|published|reporting inspector|lead inspector|"
                         r"age group)\b", re.IGNORECASE)
# How far down the cover the title may start (non-blank lines) and how many lines it and the council's name may take.
COVER_LINES = 4
TITLE_LINES = 4
NAME_LINES = 3


def _clean(line: str) -> str:
    return " ".join(re.sub(r"[#*]+", "", line).split())


def cover_title(text: str) -> str:
    """The title of an inspection report's cover, with the council's name the cover sets apart from it before it;
    "" when no line near the top opens an inspection's title ("Inspection of ...")."""
    lines = [_clean(line) for line in text.splitlines()[:40]]
    filled = [at for at, line in enumerate(lines) if line]
    opening = next((at for at in filled[:COVER_LINES] if TITLE_OPENS.match(lines[at])), None)
    if opening is None:
        return ""
    title, end = lines[opening], opening + 1
    while end < len(lines) and end - opening < TITLE_LINES and not SERVICES_END.search(title):
        line = lines[end]
        if not line or CONNECTOR_ALONE.match(line) or PARTICULARS.match(line):
            break
        title, end = f"{title} {line}", end + 1
    before = [lines[at] for at in filled if at < opening]
    after = []
    for line in lines[end:end + NAME_LINES]:
        if not line or PARTICULARS.match(line) or CONNECTOR_ALONE.match(line):
            break
        after.append(line)
    name = " ".join(before[:NAME_LINES] or after)
    return f"{name}: {title}"[:200] if name else title[:200]

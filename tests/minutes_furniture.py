"""An independent check for meeting furniture among findings, for tests and benchmarks/junk_quality.py.

Written from the furniture of real ModernGov and text minutes (venue, contact, attendance, apologies, declarations,
approval of the previous minutes, links and file sizes, public-speaking rules, deferrals, next meeting, who was
invited to speak), deliberately as plain phrases rather than the pipeline's own patterns, so that a finding the
pipeline keeps can be checked against a second list.
"""

import re

_PHRASES = [
    r"^venue\b", r"^contact\b", r"pdf icon", r"\b\d+(\.\d+)? ?[km]b\b", r"\bapolog(y|ies)\b", r"\bsubstitute\b",
    r"declar(ed|ation|ations) (of |an )?(an )?interest", r"\bparty whip\b", r"correct record|true record",
    r"minutes of the (previous |last )?meeting held", r"public question|public speaking|members of the public",
    r"\bdeferred\b", r"next meeting (of [\w ]+ )?(will|is to) be held", r"will be held on", r"in attendance",
    r"\bpresent\s*:", r"officers present", r"to address the (meeting|committee|panel|board)",
    r"left the meeting", r"welcomed [\w ]+ to the meeting", r"press and public", r"view the (declarations|background)",
]
_FURNITURE = re.compile("|".join(_PHRASES), re.IGNORECASE)


def furniture_check(text: str) -> bool:
    """True when the text reads as meeting furniture by the list above."""
    return _FURNITURE.search(" ".join(str(text).split())) is not None

"""Council lines that restate the inspection instead of answering it: what the council document says Ofsted found
("Ofsted had found that ...", "It was found that case recording was sometimes poor", "The inspection judged ..."),
what it lists of the inspection's scope or summary (a list under "Ofsted had conducted an inspection into:"), and
headings ("Improving the Quality of Frontline Practice"). They share the recommendation's words, often more than an
answer does, yet say nothing of what the council did, plans or discussed about it, so they are not responses. A line
that restates a finding and then turns to the council's answer ("Ofsted reported that ..., however, the Director
said that this area had since been focussed on") is an answer and stays."""

from __future__ import annotations

import re

import pandas as pd

from pipeline.classify import heading_line
from pipeline.tracker.words import flat

# The inspection (or its report, or its inspectors) as the subject of a finding: "Ofsted had found", "the inspection
# judged", "inspectors also noted", "the report highlighted"; as the line's own clause, so at its start (after a
# connective) or reported ("... referred to the fact that Ofsted had found"), not in a clause of the council's
# ("two social workers joined the team the inspection identified as under pressure").
_SAID_BY = re.compile(
    r"\b(the (ofsted |inspection )?report|ofsted|the inspection|inspectors?|the inspectorate)\b((\s+\w+){0,2}?)\s+"
    r"(found|judged|identified|highlighted|noted|reported|concluded|said|stated|observed|commented|recognised|"
    r"acknowledged|described|rated|considered|criticised)\b", re.IGNORECASE)
_SAID_BY_ADVERBS = frozenset("had has have also further then".split())
_OPENS = re.compile(r"(^\W*((also|nonetheless|nevertheless|however|in addition|further(more)?|moreover|overall|"
                    r"additionally|and|but),?\s+)?|\bthat\s+)$", re.IGNORECASE)
# "It was found that ...", "It had been noted that ...": a finding reported without its finder.
_IMPERSONAL = re.compile(
    r"^\W*((also|in addition|further(more)?|moreover),?\s+)?it\s+(was|had been|has been)\s+(found|identified|judged|"
    r"highlighted|concluded)\b", re.IGNORECASE)  # not "it was reported / noted that": minutes' own way of speaking
# The council's answer after a restated finding: the line turns to what has been done since.
_TURN = re.compile(r"\b(however|but|since then|had since|has since|have since|now|in response)\b", re.IGNORECASE)
# A lead-in that introduces the inspection's scope or its summary ("Ofsted had conducted an inspection into:",
# "gave the following summary of the inspection:").
_INTRODUCES = re.compile(
    r"\b((summary|outline|overview|key messages|headlines?) of the (inspection|ofsted|report|findings)|"
    r"summari[sz]ed the (ofsted |inspection )?(report|inspection|findings)|"
    r"(conducted|carried out|undertook|undertaken) an? (\w+ )?inspection (into|of))\b", re.IGNORECASE)
# A list item that only names a topic: no sentence, 16 words at most ("Local management and supervisory oversight",
# "Services for children in need of help and protection, children looked after and care leavers, and;").
_TOPIC = re.compile(r"^(?!.*[.!?]$)(\S+ ){0,15}\S+$")
# A line continuing the one before it ("Also, there were too many changes of social workers").
_CONTINUES = re.compile(r"^\W*(also|in addition|further(more)?|moreover|additionally)\b", re.IGNORECASE)


def says_inspection_found(text: str) -> bool:
    """Whether a line reports a finding of the inspection as its own content (the inspection, its report or its
    inspectors found, judged, noted ...; "it was found that ...") without turning to the council's answer after it."""
    text = flat(text)
    said = _IMPERSONAL.search(text)
    if said is None:
        said = next((m for m in _SAID_BY.finditer(text)
                     if all(word.lower() in _SAID_BY_ADVERBS for word in m.group(3).split())
                     and _OPENS.search(text[:m.start()])), None)
    return said is not None and not _TURN.search(text[said.end():])


def restates_inspection(text: str, lead_in: str = "", kind: str = "") -> bool:
    """Whether a council line restates the inspection rather than answering it: it reports what the inspection
    found (says_inspection_found); or it is a heading (title-case words, no sentence); or it continues a lead-in
    that reports what the inspection found - as any item of the list it opens, or as a line opening "Also, ..." -;
    or it is an item of a list whose lead-in introduces the inspection's summary or scope and only names a topic
    or, of `kind` "recommendation" (the classifier's), restates what the report asks ("The need to recruit a
    permanent head of service."); such a list may go on to the council's own plans, which stay."""
    text, lead = flat(text), flat(lead_in)
    if says_inspection_found(text) or heading_line(text):
        return True
    if not lead:
        return False
    listed = lead.endswith(":")
    if says_inspection_found(lead):
        return listed or bool(_CONTINUES.search(text))
    if not _INTRODUCES.search(lead):
        return False
    topic = re.sub(r"[\s,;]*(and|or)?[\s,;]*$", "", text, flags=re.IGNORECASE)
    return (listed and (bool(_TOPIC.match(topic)) or kind == "recommendation")) or bool(_CONTINUES.search(text))


def restating_rows(findings: pd.DataFrame, documents: pd.DataFrame) -> frozenset[int]:
    """Positions (in `findings`, positional index) of the council documents' lines that restate the inspection
    (restates_inspection on text, lead_in and kind; documents of any doc_type but inspection_report)."""
    council = set(documents.loc[documents["doc_type"] != "inspection_report", "doc_id"])
    blank = pd.Series("", index=findings.index)
    leads = findings["lead_in"].fillna("") if "lead_in" in findings else blank
    kinds = findings["kind"].fillna("") if "kind" in findings else blank
    return frozenset(i for i, (doc, text, lead, kind) in enumerate(zip(findings["doc_id"], findings["text"], leads,
                                                                       kinds))
                     if doc in council and restates_inspection(str(text), str(lead), str(kind)))

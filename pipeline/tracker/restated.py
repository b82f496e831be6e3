"""Council lines that restate the inspection instead of answering it: what the council document says Ofsted found
("Ofsted had found that ...", "It was found that case recording was sometimes poor", "The inspection judged ..."),
what it lists of the inspection's scope or summary (a list under "Ofsted had conducted an inspection into:"), and
headings ("Improving the Quality of Frontline Practice"). They share the recommendation's words, often more than an
answer does, yet say nothing of what the council did, plans or discussed about it, so they are not responses. A line
that restates a finding and then turns to the council's answer ("Ofsted reported that ..., however, the Director
said that this area had since been focussed on") is an answer and stays. Lines that go on with what the
line before reported ("Inspectors had found that leaders knew their services well. However, management oversight was
not consistently effective."; "... had identified three areas for improvement. Firstly, ... Secondly, ...") or follow
a lead-in announcing the findings ("The Director summarised the main findings.") restate it too, unless they name
a speaker of their own, turn to what has been done since, or say what the council will do (status24, use36 audit)."""

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
# A line going on with what the line before it reported the inspection found: its next item ("Secondly, the
# timeliness of assessments was variable") or its other side ("However, supervision was not regular enough"). Such a
# line answers nothing unless it names a speaker of its own ("However, the Director said ...") or turns to what has
# been done since (_TURN after its opening word).
_GOES_ON = re.compile(r"^\W*((first|second|third|fourth|fifth|final|last)(ly)?|next|then|equally|similarly|however|"
                      r"but|yet|although|while|whilst|conversely|on the other hand)\b,?", re.IGNORECASE)
_SPEAKER = re.compile(r"\b(said|says|explained|told|advised|assured|replied|responded|reported|confirmed|informed|"
                      r"stated|added|agreed|outlined|noted|highlighted|emphasi[sz]ed|acknowledged)\b", re.IGNORECASE)
# What the council will do or is doing: a line going on in these words is its plan, not the inspection's finding.
_AHEAD = re.compile(r"\b(will|shall|is being|are being|going to|plans? to|intends? to|aims? to)\b", re.IGNORECASE)
# A lead-in that gives the inspection's findings: "The Director summarised the main findings."
_GIVES_FINDINGS = re.compile(r"\b(summari[sz]ed|outlined|set out|went through|presented|highlighted)\s+(the\s+)?"
                             r"((main|key|principal)\s+)?(findings|conclusions|judgements)\b", re.IGNORECASE)


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


def goes_on_reporting(text: str) -> bool:
    """Whether a line goes on with a finding the line before it reported ("Thirdly, ...", "However, ..."): it opens
    with a word that orders or contrasts findings, names no speaker of its own, does not turn to the council's
    answer after that word and says nothing of what the council will do or is doing."""
    text = flat(text)
    opening = _GOES_ON.search(text)
    if opening is None:
        return False
    rest = text[opening.end():]
    return not (_SPEAKER.search(rest) or _TURN.search(rest) or _AHEAD.search(rest))


def reports_findings(text: str, lead_in: str = "", lead_reports: bool = False) -> bool:
    """Whether a council line reports what the inspection found: it says so itself (says_inspection_found), or it
    goes on (_CONTINUES, goes_on_reporting) from a lead-in that reports a finding (`lead_reports`: the lead-in was
    itself judged so, as the item before in a run "Firstly, ... Secondly, ..."; or it says so) or that announces the
    findings ("The Director summarised the main findings.")."""
    if says_inspection_found(text):
        return True
    lead = flat(lead_in)
    if not lead or not (lead_reports or says_inspection_found(lead) or _GIVES_FINDINGS.search(lead)):
        return False
    return bool(_CONTINUES.search(flat(text))) or goes_on_reporting(text)


def restates_inspection(text: str, lead_in: str = "", kind: str = "", lead_reports: bool = False) -> bool:
    """Whether a council line restates the inspection rather than answering it: it reports what the inspection
    found (reports_findings: itself, or going on from a lead-in that reports or announces the findings, `lead_reports`
    when that lead-in was itself judged so); or it is a heading (title-case words, no sentence); or it is an item of
    the list a lead-in reporting what the inspection found opens;
    or it is an item of a list whose lead-in introduces the inspection's summary or scope and only names a topic
    or, of `kind` "recommendation" (the classifier's), restates what the report asks ("The need to recruit a
    permanent head of service."); such a list may go on to the council's own plans, which stay."""
    text, lead = flat(text), flat(lead_in)
    if heading_line(text) or reports_findings(text, lead, lead_reports):
        return True
    if not lead:
        return False
    listed = lead.endswith(":")
    if says_inspection_found(lead):
        return listed
    if not (_INTRODUCES.search(lead) or _GIVES_FINDINGS.search(lead)):
        return False
    topic = re.sub(r"[\s,;]*(and|or)?[\s,;]*$", "", text, flags=re.IGNORECASE)
    return (listed and (bool(_TOPIC.match(topic)) or kind == "recommendation")) or bool(_CONTINUES.search(text))


def restating_rows(findings: pd.DataFrame, documents: pd.DataFrame) -> frozenset[int]:
    """Positions (in `findings`, positional index) of the council documents' lines that restate the inspection
    (restates_inspection on text, lead_in and kind; documents of any doc_type but inspection_report), read in text
    order so that a run of findings ("Firstly, ... Secondly, ... Thirdly, ...") carries on from its first line."""
    council = set(documents.loc[documents["doc_type"] != "inspection_report", "doc_id"])
    blank = pd.Series("", index=findings.index)
    leads = findings["lead_in"].fillna("") if "lead_in" in findings else blank
    kinds = findings["kind"].fillna("") if "kind" in findings else blank
    starts = findings["start"] if "start" in findings else pd.Series(range(len(findings)), index=findings.index)
    order = sorted(range(len(findings)), key=lambda i: (str(findings["doc_id"].iat[i]), starts.iat[i], i))
    out, reporting = set(), set()  # reporting: (document, line) of the lines that report the inspection's findings
    for i in order:
        doc, text, lead, kind = findings["doc_id"].iat[i], str(findings["text"].iat[i]), str(leads.iat[i]), \
            str(kinds.iat[i])
        if doc not in council:
            continue
        lead_reports = (doc, flat(lead)) in reporting
        if reports_findings(text, lead, lead_reports):
            reporting.add((doc, flat(text)))
        if restates_inspection(text, lead, kind, lead_reports):
            out.add(i)
    return frozenset(out)

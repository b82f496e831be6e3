"""Kind, polarity and voice of each segment, from cue phrases in the segment, its section and its lead-in.

kind      finding | action | recommendation | context | procedural
polarity  concern | strength | neutral
voice     inspectorate | council | other
speaker   member | officer | inspector | young person | independent | "" : who a council document reports speaking (`pipeline.furniture`)
reason    why a procedural segment is left out (`pipeline.furniture.REASONS`); "" for the others
Rules are ordered from the most specific cue to the most general; the first that fires decides. These rules
decide what the segment stage leaves out as procedural and are the labels wherever no embeddings exist;
`rule_cues` gives the same cues as 0/1 features for the learned refinement in `pipeline.classify_model`.
The rules are written once, on whole columns (`_rule_hits`: each pattern runs once per distinct string);
`classify_text` and `rule_cues` apply them to a single segment, `classify_segments` and `cue_table` to a table.
The patterns are in `pipeline.kind_patterns`, `pipeline.polarity_patterns`, `pipeline.polarity_blanks` and
`pipeline.voice_patterns`.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from pipeline.furniture import (HEADING, INDEPENDENT_SPEAKER, MEMBER_SPEAKER, MOTION_LEAD_IN, OFFICER_SPEAKER,
                                PROCEDURE, exclusion_reasons, speakers)
from pipeline.inspection_record import inspection_facts
from pipeline.judged_areas import section_as_read
from pipeline.kind_patterns import (ACTION, ACTION_LEAD_IN, COMPARISON, CONTEXT, CONTEXT_SECTION, COUNCIL_DECISION,
                                    DECISION_MATTER, DECLARATIVE, DESCRIPTION, FIGURE, FIGURE_OPENING, FRAGMENT,
                                    INTERVENTION, METHOD_LEAD_IN, MINUTES_TITLE, MINUTES_VERB, PROCEDURAL,
                                    PROCEDURAL_SECTION, PROGRESS_SECTION, QUOTED_WISH, RECOMMENDATION, RECOMMENDATION_LEAD_IN,
                                    RECOMMENDATION_SECTION, RELAYED_RECOMMENDATION, RELAYED_RECOMMENDATION_LEAD_IN,
                                    REPORTED_ACTION, RESPONSE_TO_RECOMMENDATION, THANKS)
from pipeline.meeting_chair import chairs_from_outside
from pipeline.minutes_grades import area_and_grade
from pipeline.member_questions import MEMBER_CONCERN, MEMBER_PRAISE, MEMBER_QUESTION, SELF_VIEW
from pipeline.patterns import Column
from pipeline.polarity_blanks import NOT_A_CONCERN
from pipeline.polarity_patterns import (CLEARED, CONCERN, HEDGE, RECOMMENDATION_CONCERN, STRENGTH, STRONG_CONCERN,
                                        STRONG_STRENGTH, UNREALISED_SCOPE)
from pipeline.progress_ratings import progress_polarities, progress_rated
from pipeline.schema import CUE_DOC_TYPES, KINDS, LEAD_IN, OFSTED_TYPES, POLARITIES, VISIT_TYPES, VOICES
from pipeline.voice_patterns import (COUNCIL_SPEAKER, INSPECTION_LIST, INSPECTORATE_REPORTED, INSPECTORS_OWN,
                                     OTHER_SPEAKER, QUOTATION, STAFF_SPEAKER)

# Ofsted's letters after a visit are inspectors' text like a report: the rules and the learned classifier's
# doc_type cue (trained on CUE_DOC_TYPES) read them as inspection_report.

# A heading or slide title carried into the text: two to ten words, no closing punctuation, every word but the
# small ones capitalised ("Improving the Quality and Effectiveness of Frontline Practice"); not a name opening with
# "The" ("The Health and Well Being Board"), which is a body listed, not a title.
_SMALL_WORDS = frozenset("a an and as at by for from in of on or the to with our we & -".split())


def heading_line(text: str) -> bool:
    """A heading, not a sentence: 2-10 words, not opening with "The", no closing punctuation, and every word but the
    small ones (_SMALL_WORDS) opening with a capital or a digit ("Improving the Quality of Frontline Practice"). Not
    a judged area and its grade ("Leadership: Outstanding", pipeline.minutes_grades): that is a finding."""
    words = text.rstrip("*").split()
    if area_and_grade(text):
        return False
    if not 2 <= len(words) <= 10 or words[0] == "The" or re.search(r"[.!?;:’”\"')]$", words[-1]):
        return False
    content = [word for word in words if word.lower() not in _SMALL_WORDS]
    return len(content) >= 2 and all(word[0].isupper() or word[0].isdigit() for word in content)




def _flat(value: str) -> str:
    """One line with single spaces: text from PDFs breaks lines anywhere, and the patterns are written with spaces."""
    return " ".join(str(value or "").split())


def classify_text(text: str, section: str = "", doc_type: str = "", lead_in: str = "") -> tuple[str, str, str]:
    """(kind, polarity, voice) of one segment (the rules of `_rule_hits` on a table of one row)."""
    hits = _rule_hits(_one_row(text, section, doc_type, lead_in))
    return hits["kind"][0], hits["polarity"][0], hits["voice"][0]


def _one_row(text: str, section: str, doc_type: str, lead_in: str) -> pd.DataFrame:
    return pd.DataFrame({"text": [text or ""], "section": [section or ""], "doc_type": [doc_type or ""],
                         LEAD_IN: [lead_in or ""]})


def classify_segments(findings: pd.DataFrame) -> pd.DataFrame:
    """A new table with kind, polarity, voice, speaker and reason (over)written; needs text, and uses section,
    doc_type, context and a reason the segment stage gave. Gives what `classify_text` gives row by row, each pattern
    run once per distinct string."""
    return classify_with_cues(findings)[0]


CUE_NAMES = (
    ["procedural", "recommendation", "recommendation_section", "action", "context", "reported_action",
     "strong_concern", "strong_strength", "concern", "concern_2plus", "hedge", "strength", "strength_2plus",
     "inspectorate_reported", "inspectorate_reported_lead_in", "council_speaker", "council_speaker_lead_in",
     "other_speaker", "other_speaker_lead_in", "numbers", "section_empty", "procedural_section", "context_section",
     "section_imperative", "recommendation_lead_in", "lead_in_colon", "fragment", "quotation", "staff_speaker",
     "inspectors_own", "inspection_list_lead_in", "declarative", "figures"]
    + [f"rule_kind={k}" for k in KINDS] + [f"rule_polarity={p}" for p in POLARITIES]
    + [f"rule_voice={v}" for v in VOICES] + [f"doc_type={d}" for d in CUE_DOC_TYPES]
)
_NUMBER = re.compile(r"\d[\d,.]*%?")


def rule_cues(text: str, section: str = "", doc_type: str = "", lead_in: str = "") -> list[float]:
    """The rules' cues for one segment as 0/1 values in CUE_NAMES order: which patterns fire on the text (and on
    the section or lead-in where named), the rules' own kind, polarity and voice, and the document type."""
    return cue_table(_one_row(text, section, doc_type, lead_in))[0].astype(float).tolist()


def _columns(findings: pd.DataFrame) -> list[np.ndarray]:
    """text, section, doc_type, context as object arrays of str ("" where missing; white space made single spaces
    except in doc_type)."""
    columns = [findings.get(c, pd.Series("", index=findings.index)).fillna("").astype(str).to_numpy(dtype=object)
               for c in ("text", "section", "doc_type", LEAD_IN)]
    columns[1] = np.array([section_as_read(v) for v in columns[1]], dtype=object)  # a judged area's part alone
    return [np.array([_flat(v) for v in column], dtype=object) if i != 2 else column
            for i, column in enumerate(columns)]


def _rule_hits(findings: pd.DataFrame, documents: dict[str, str] | None = None) -> dict[str, np.ndarray]:
    """Every pattern's result on every row, and the rules' kind, polarity and voice decided from them: the one place
    the rules are written, on whole columns (each distinct text prepared once for all patterns, `Column`)."""
    text, section, doc_type, lead_in = _columns(findings)
    n = len(text)
    texts, lead_ins, sections = Column(text), Column(lead_in), Column(section)
    hits = {name: pattern.found_in(texts) for name, pattern in (
        ("procedural", PROCEDURAL), ("recommendation", RECOMMENDATION), ("action", ACTION), ("context", CONTEXT),
        ("reported_action", REPORTED_ACTION), ("strong_concern", STRONG_CONCERN), ("strong_strength", STRONG_STRENGTH),
        ("hedge", HEDGE), ("recommendation_concern", RECOMMENDATION_CONCERN), ("inspectors_own", INSPECTORS_OWN),
        ("staff_speaker", STAFF_SPEAKER), ("declarative", DECLARATIVE), ("quoted_wish", QUOTED_WISH),
        ("figure_opening", FIGURE_OPENING), ("description", DESCRIPTION), ("intervention", INTERVENTION),
        ("relayed_recommendation", RELAYED_RECOMMENDATION), ("cleared_grade", CLEARED),
        ("council_decision", COUNCIL_DECISION), ("decision_matter", DECISION_MATTER),
        ("response_to_recommendation", RESPONSE_TO_RECOMMENDATION))}
    hits["procedural"] = hits["procedural"] | THANKS.found_in(texts) | (MINUTES_TITLE.found_in(texts) &
                                                                         ~MINUTES_VERB.found_in(texts))
    # (a presentation on the latest developments in the service is its news, and a fact of the inspection stated is
    # the service's record, whatever meeting's act holds it: pipeline.inspection_record, furniture68, the lead's Y41)
    # (each distinct text read once, here and by exclusion_reasons below)
    facts = dict(zip(texts.values, (inspection_facts(value) for value in texts.values)))
    hits["procedural"] &= ~texts.each(lambda value: facts[value].news or facts[value].states, bool)
    hits["quotation"] = texts.each(lambda value: QUOTATION.search(value) is not None, bool)
    hits["fragment"] = texts.each(lambda value: FRAGMENT.search(value) is not None, bool)
    for name, pattern in (("inspection_list_lead_in", INSPECTION_LIST), ("method_lead_in", METHOD_LEAD_IN),
                          ("relayed_recommendation_lead_in", RELAYED_RECOMMENDATION_LEAD_IN),
                          ("recommendation_lead_in", RECOMMENDATION_LEAD_IN), ("action_lead_in", ACTION_LEAD_IN)):
        hits[name] = pattern.found_in(lead_ins)
    hits["lead_in_colon"] = np.array([value.endswith(":") for value in lead_in], dtype=bool)
    hits["decision_matter"] = hits["decision_matter"] | DECISION_MATTER.found_in(sections)
    for name, pattern in (("recommendation_section", RECOMMENDATION_SECTION), ("procedural_section", PROCEDURAL_SECTION),
                          ("context_section", CONTEXT_SECTION), ("section_imperative", RECOMMENDATION)):
        hits[name] = pattern.found_in(sections)
    both = Column(np.concatenate([text, lead_in]))  # the speaker patterns run on texts and lead-ins alike
    for name, pattern in (("inspectorate_reported", INSPECTORATE_REPORTED), ("council_speaker", COUNCIL_SPEAKER),
                          ("other_speaker", OTHER_SPEAKER)):
        found = pattern.found_in(both)
        hits[name], hits[f"{name}_lead_in"] = found[:n], found[n:]
    hits["concern_count"] = CONCERN.count_in(texts, blank=NOT_A_CONCERN)
    hits["strength_count"] = STRENGTH.count_in(texts, blank=UNREALISED_SCOPE)
    # A member's question judges nothing: its words are the topic asked about; a member's plain concern or praise
    # counts twice (`pipeline.member_questions`). Council documents only.
    council = ~np.isin(doc_type, OFSTED_TYPES)
    member_concern, member_praise = (council & rule.found_in(texts) for rule in (MEMBER_CONCERN, MEMBER_PRAISE))
    hits["member_question"] = council & MEMBER_QUESTION.found_in(texts) & ~member_concern & ~member_praise
    hits["concern_count"] = np.where(hits["member_question"], 0, hits["concern_count"] + member_concern)
    hits["strength_count"] = np.where(hits["member_question"], 0, hits["strength_count"] + member_praise)
    for name in ("strong_concern", "strong_strength"):
        hits[name] = hits[name] & ~hits["member_question"]
    hits["hedge"] = hits["hedge"] & texts.each(lambda value: HEDGE.search(SELF_VIEW.sub("", value)) is not None, bool)
    hits["numbers"] = texts.each(lambda value: len(_NUMBER.findall(value))) >= 2
    hits["figures"] = ((texts.each(lambda value: len(FIGURE.findall(value))) >= 2)
                       & ~COMPARISON.found_in(texts))
    hits["section_empty"] = section == ""
    doc_type = np.where(np.isin(doc_type, VISIT_TYPES), "inspection_report", doc_type).astype(object)
    inspection = doc_type == "inspection_report"
    no_judgement = (hits["strength_count"] == 0) & (hits["concern_count"] == 0)
    hits["heading"] = texts.each(heading_line, bool) & ~inspection
    hits["doc_type"] = doc_type
    preset = findings["reason"].fillna("").astype(str).to_numpy(dtype=object) if "reason" in findings else \
        np.full(n, "", dtype=object)
    minutes = doc_type == "committee_minutes"
    reason = exclusion_reasons(texts, sections, ~inspection, preset,  # Ofsted stock text, meeting furniture
                               minutes=minutes, clauses=minutes & lead_ins.each(
                                   lambda value: MOTION_LEAD_IN.search(value) is not None, bool), facts=facts)

    speaker = speakers(texts, lead_ins, ~inspection)
    if "doc_id" in findings:  # "the Chair" of minutes whose own chair is independent or DfE-appointed
        speaker = chairs_from_outside(texts, findings["doc_id"].astype(str).to_numpy(dtype=object), speaker,
                                      sections, documents)
    # A council's section reporting progress on the recommendations is no recommendations section (council63).
    progress_section = ~inspection & PROGRESS_SECTION.found_in(sections)
    hits["recommendation_section"] = hits["recommendation_section"] & ~progress_section
    hits["section_imperative"] = hits["section_imperative"] & ~progress_section

    # What the council did or said, not the inspectorate's ask (kind42): a council body's own decision on its
    # inspection, plan or recommendations (`COUNCIL_DECISION`), its line answering a recommendation it names
    # (`RESPONSE_TO_RECOMMENDATION`), and a named member or officer speaking under a recommendations heading.
    named_speaker = ~inspection & (MEMBER_SPEAKER.found_in(texts) | OFFICER_SPEAKER.found_in(texts)
                                   | INDEPENDENT_SPEAKER.found_in(texts))
    decision = (~inspection & hits["council_decision"] & hits["decision_matter"] & ~hits["relayed_recommendation"]
                & ~hits["member_question"])
    answers = ~inspection & hits["response_to_recommendation"] & ~hits["relayed_recommendation"]
    # A plan's progress rated in a council document ("Recommendation 3 has been completed", "The action on supervision
    # is on track", "moved from red to amber"): how far the council got, `action` (council63).
    progress = (~inspection & progress_rated(texts) & ~hits["inspectorate_reported"] & ~hits["relayed_recommendation"]
                & ~hits["relayed_recommendation_lead_in"])
    # Kind: the first rule that fires decides.
    kind = _first([
        # (heading: the slide titles and plan headings of council documents)
        (reason != "", "procedural"),
        (hits["procedural"] | hits["procedural_section"] | hits["heading"], "procedural"),
        (~inspection & hits["relayed_recommendation_lead_in"], "recommendation"),  # the inspection's, relayed
        (decision, "action"),  # "(1) That the action plan ... be approved", "That the Director report progress ..."
        (progress, "action"),  # "The action on supervision is on track"
        (~inspection & hits["action_lead_in"], "action"),  # items under a lead-in announcing the council's steps
        (((hits["recommendation_section"] & ~hits["declarative"] & ~named_speaker) | hits["recommendation"]) & ~answers
         | (~inspection & (hits["quoted_wish"] | hits["relayed_recommendation"])), "recommendation"),
        (hits["context"] | hits["context_section"] | hits["method_lead_in"] | (inspection & hits["figure_opening"])
         | ((hits["figures"] | hits["description"] | (~inspection & hits["intervention"])) & no_judgement),
         "context"),  # background, figures and descriptions that judge nothing
        # (a member's question about a step, "asked whether the plan would be reviewed", is no step taken)
        (~inspection & hits["action"] & ~hits["inspectorate_reported"] & ~hits["member_question"], "action"),
        # progress reported under an inspection recommendation used as a heading, or under a heading of progress on
        # the recommendations (council63), when it is no one's concern or question
        (~inspection & (hits["section_imperative"] | progress_section & ~hits["member_question"] & (speaker == ""))
         & (hits["concern_count"] == 0), "action"),
        (inspection & hits["reported_action"] & (hits["strength_count"] == 0), "action"),
    ], "finding")
    concern, strength = hits["concern_count"], hits["strength_count"]
    # Steps, figures and meeting business are neutral unless they say plainly that something is wrong or good.
    plain = _first([(hits["strong_concern"], "concern"), (hits["strong_strength"], "strength")], "neutral")
    weighed = _first([
        (hits["cleared_grade"] & (concern == 0), "strength"),  # "no longer judged to be inadequate"
        ((concern > 0) & (hits["hedge"] | (concern >= strength)), "concern"),  # a hedged or mixed statement
        (strength > 0, "strength"),
        (kind == "recommendation", "concern"),  # what must be done implies what is not yet done
    ], "neutral")
    polarity = np.select(
        [np.isin(kind, ["action", "context", "procedural"]),
         # what must be improved or ensured implies it is not yet so, whatever praise words the aim holds; an
         # inspection report's recommendation always does (all 92 labelled ones are concerns)
         (kind == "recommendation") & (inspection | hits["recommendation_concern"] | hits["strong_concern"]
                                       | hits["relayed_recommendation"] | hits["relayed_recommendation_lead_in"]),
         kind == "recommendation"],  # a resolution on meetings and reporting
        [plain, "concern", "neutral"], weighed).astype(object)
    # A plan's progress rating decides ("rated red", "stalled", "on track", "completed"): `pipeline.progress_ratings`.
    rated = progress_polarities(texts)
    polarity = np.where(rated != "", rated, polarity).astype(object)
    voice = _first([
        (inspection & hits["inspectors_own"], "inspectorate"),  # "Staff report, and inspectors found, ..."
        (inspection & (hits["other_speaker"] | hits["quotation"]), "other"),
        (inspection & hits["staff_speaker"], "council"),
        (inspection, "inspectorate"),
        (hits["other_speaker"], "other"),  # "Children seen by inspectors reported..."
        (hits["inspectorate_reported"], "inspectorate"),
        (hits["quotation"], "other"),  # children's or partners' words quoted in a council document
        ((hits["inspectorate_reported_lead_in"] | hits["inspection_list_lead_in"]) & ~hits["council_speaker"],
         "inspectorate"),
    ], "council")
    # Someone the minutes name as speaking is not the inspectorate (furn41): a member's question names the inspection
    # as its topic ("Councillor A asked how ..., as the inspectors had recommended"), and a member or officer who
    # speaks after a sentence that reported the inspectors speaks for the council ("The Principal Social Worker said
    # that ..."). The learned classifier reads the voice above as a cue, as it was fit: no labelled row's voice differs
    # between the two, so a refit gives the same file, and the said voice as a cue moved a member's question to
    # `action` (kind42).
    spoken = (voice == "inspectorate") & ~inspection & (hits["member_question"] | named_speaker & ~(
        hits["inspectorate_reported"] | hits["inspection_list_lead_in"]))
    said_voice = np.where(spoken, "council", voice).astype(object)
    reason = np.where(reason != "", reason, np.where(
        kind != "procedural", "", np.where(hits["procedural"] | hits["procedural_section"], PROCEDURE, HEADING)))
    hits.update(kind=kind, polarity=polarity, voice=said_voice, cue_voice=voice, reason=reason.astype(object),
                speaker=speaker)
    return hits


def _first(rules: list[tuple[np.ndarray, str]], otherwise: str) -> np.ndarray:
    """Per row, the value of the first (condition, value) whose condition holds, else `otherwise` (object array)."""
    return np.select([condition for condition, _ in rules], [value for _, value in rules], otherwise).astype(object)


def cue_table(findings: pd.DataFrame) -> np.ndarray:
    """(n, len(CUE_NAMES)) float32: `rule_cues` of every row, computed on whole columns (the same values, faster)."""
    return _cues(_rule_hits(findings), len(findings))


def classify_with_cues(findings: pd.DataFrame, documents: dict[str, str] | None = None
                       ) -> tuple[pd.DataFrame, np.ndarray]:
    """`classify_segments(findings)` and `cue_table(findings)` from one pass of the patterns. documents (optional):
    doc_id -> the document's text, whose lines name who chairs the meeting (`pipeline.meeting_chair`)."""
    hits = _rule_hits(findings, documents)
    out = findings.copy()
    for column in ("kind", "polarity", "voice", "speaker", "reason"):
        out[column] = hits[column]
    return out, _cues(hits, len(findings))


def _cues(hits: dict[str, np.ndarray], n: int) -> np.ndarray:
    fired = [hits[name] for name in ("procedural", "recommendation", "recommendation_section", "action")]
    fired += [hits["context"] | hits["figure_opening"]]
    fired += [hits[name] for name in ("reported_action", "strong_concern", "strong_strength")]
    fired += [hits["concern_count"] >= 1, hits["concern_count"] >= 2, hits["hedge"], hits["strength_count"] >= 1,
              hits["strength_count"] >= 2]
    fired += [hits[name] for name in (
        "inspectorate_reported", "inspectorate_reported_lead_in", "council_speaker", "council_speaker_lead_in",
        "other_speaker", "other_speaker_lead_in", "numbers", "section_empty", "procedural_section", "context_section",
        "section_imperative", "recommendation_lead_in", "lead_in_colon", "fragment", "quotation", "staff_speaker",
        "inspectors_own", "inspection_list_lead_in", "declarative", "figures")]
    fired += [hits["kind"] == k for k in KINDS] + [hits["polarity"] == p for p in POLARITIES]
    fired += [hits["cue_voice"] == v for v in VOICES] + [hits["doc_type"] == d for d in CUE_DOC_TYPES]
    return np.column_stack(fired).astype(np.float32).reshape(n, len(CUE_NAMES))

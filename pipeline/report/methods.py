"""The report's methods section in plain words, and the run record as tables, both generated from run.json and the
run's tables, so they describe the run the page shows and not the project in general.

methods_paragraphs(...) -> [{"title", "text"}]; record_tables(record) -> [{"title", "columns", "rows"}].
"""

from __future__ import annotations

import pandas as pd

from pipeline.display import counted_noun

# Measured by benchmarks/classify_quality.py (held out by document, 5-fold, 1,528 hand-labelled segments of 119
# documents) and benchmarks/polarity_check.py final (the check sets, scored once); a run that records its own figures
# in run.json under "quality" shows those instead.
CLASSIFIER_QUALITY = ("macro-F1 held out by document: kind 0.79, polarity 0.88 on the labelled set (0.76 on the latest "
                      "blind sample, 200 findings of 50 reports never tuned on; 0.76 to 0.82 on three earlier check "
                      "sets), voice 0.90")
# Measured by benchmarks/tracker_quality.py on recommendations labelled by hand (docs/measurements.md,
# "Recommendation tracker"):
# response links on the held-out West Sussex 2019 and Wirral 2016 reports (32 recommendations); the next-inspection
# status pooled over the five held-out sets of the 20 (SIF report, next report) pairs, each on the code of its day
# (README's table); 95% intervals resampling reports or authorities.
TRACKER_QUALITY = {
    "response_precision": "0.78 [0.67, 0.89]", "response_recall": "0.44 [0.33, 0.57]",
    "status": "0.68 (133 of 197) over five held-out sets of recommendations of 20 authorities, each measured once "
              "(0.59 to 0.76 per set; majority-class baselines about 0.5)"}
# What a response line says of progress (pipeline.tracker.progress) against one labeller's reading of 122 response
# rows of six council documents (tests/data/tracker_progress_labels.csv; benchmarks/tracker_progress.py): the tuning
# half the rule was written on, and the check half scored once (docs/measurements.md, resp28).
TRACKER_PROGRESS = {"tuning": "0.93 (76 of 82 rows of 2 documents)",
                    "check": "0.93 (37 of 40 rows of 4 documents)"}
DOC_TYPE_WORDS = {"inspection_report": ("Ofsted inspection report", "Ofsted inspection reports"),
                  "committee_minutes": ("set of committee minutes", "sets of committee minutes"),
                  "scrutiny_report": ("scrutiny report", "scrutiny reports"),
                  "council_motion": ("council motion", "council motions"),
                  "other": ("other document", "other documents")}


def _list(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1] if words else "none"


def methods_paragraphs(record: dict, documents: pd.DataFrame, findings: pd.DataFrame, themes: pd.DataFrame,
                       broad: pd.DataFrame) -> list[dict]:
    """Plain-word paragraphs: what was read, how findings, themes and comparisons were made, quality, software."""
    parameters = record.get("parameters", {})
    counts = record.get("counts", {})
    inputs = record.get("inputs", [])
    skipped = [i for i in inputs if i.get("status") == "skipped"]
    by_type = documents["doc_type"].value_counts() if "doc_type" in documents.columns else pd.Series(dtype=int)
    years = sorted({str(d)[:4] for d in documents.get("date", []) if str(d)[:4].isdigit()})
    authorities = sorted(findings["authority"].unique().tolist())
    read = (f"The run read {counted_noun(len(documents), 'document')} from the folder {record.get('corpus', '?')!s}: "
            + _list([f"{n} {DOC_TYPE_WORDS.get(t, (t, t))[n != 1]}" for t, n in by_type.items()])
            + f", about {_list(authorities)}" + (f", dated {years[0]} to {years[-1]}" if years else "") + ".")
    year_only = [str(d) for d in documents.get("date", []) if len(str(d).strip()) == 4]
    if year_only:
        read += (f" {counted_noun(len(year_only), 'document')} {'is' if len(year_only) == 1 else 'are'} dated by year "
                 "alone: neither the manifest nor the text states the day (shown as \"2019, day not stated\"; "
                 "the run record says where each date came from).")
    if skipped:
        read += f" {counted_noun(len(skipped), 'file')} could not be read and {'was' if len(skipped) == 1 else 'were'} " \
                "left out (listed in the run record below)."
    excluded = counts.get("excluded")
    found = (f"Each document's text was split into paragraphs, list items and sentences, keeping the heading each "
             f"sits under and its paragraph number. That gave {counts.get('segments', len(findings)):,} segments, "
             f"of which {len(findings):,} are findings about the service"
             + (f" ({excluded:,} procedural lines such as apologies and votes were set aside)" if excluded else "")
             + ". Each finding was classed by kind (finding, action, recommendation, context), polarity (concern, "
               "strength, neutral) and voice (inspectorate, council, other) by "
             + (record.get("classifier") or "rules") + ".")
    model = record.get("model") or parameters.get("model", "")
    n_themes = parameters.get("n_themes", "auto")
    theme_text = (f"Every finding was turned into a vector of 384 numbers by the sentence embedding model {model}, "
                  f"so findings worded differently but meaning the same lie close together. ")
    if record.get("theme_model"):
        theme_text += (f"Findings were given the themes of the saved theme model {record['theme_model']}: each goes "
                       "to the nearest theme centre, as in the run the model was saved from"
                       + (", and gets up to three codebook themes by the coding rule saved with the model ("
                          + ("a scorer learned from findings coded by hand" if record.get("codebook_coding") == "scorer"
                             else "each code's own similarity threshold") + ")"
                          if record.get("codebook_coding") else "")
                       + ". " + (CODE_COUNTING if record.get("codebook_coding") else "")
                       + (_seeded(record, applied=True) if record.get("field_themes") else ""))
    elif parameters.get("codebook"):
        if record.get("codebook_coding") == "scorer":
            theme_text += (f"Each finding was given up to three themes of the researcher's codebook "
                           f"{parameters['codebook']} by a scorer learned from findings coded by hand against it "
                           "(each code's threshold calibrated on them); the rest were grouped by similarity. ")
        elif isinstance(record.get("codebook_thresholds"), dict):
            theme_text += (f"Each finding was given up to three themes of the researcher's codebook "
                           f"{parameters['codebook']} whose centre it is similar enough to (cosine similarity); "
                           "the rest were grouped by similarity. " + record["codebook_thresholds"].get("note", "")
                           + (" How precise such codes are has not been measured." if
                              record["codebook_thresholds"].get("not_calibrated") else "") + " ")
        else:
            theme_text += (f"Each finding was given up to three themes of the researcher's codebook "
                           f"{parameters['codebook']} whose centre it is similar enough to (cosine similarity at "
                           "each code's calibrated threshold, else at least "
                           f"{parameters.get('codebook_threshold')}); the rest were grouped by similarity. ")
        theme_text += _codebook_coverage(themes, len(findings)) + CODE_COUNTING
    else:
        seeded = _seeded(record)
        theme_text += seeded + ("The other findings" if seeded else "Findings") + (
            " were grouped by similarity (Ward clustering over the vectors joined with the findings' topic words, so "
            "that sentences of one shape but different subjects fall apart). ")
    theme_text += (f"This gave {counted_noun(len(themes), 'theme')} ("
                   + ("number chosen by the best silhouette" if str(n_themes) == "auto" else f"{n_themes} asked for")
                   + f") within {counted_noun(len(broad), 'broad theme')}. Each theme is named from key phrases of "
                     "30 of its findings, from its centre to its edge; a theme no phrase names is called by the "
                     "topic of the field most of its findings write about in any of its words (topic_concepts.csv), "
                     "else said to be mixed, with the topic a part of it is on and that part's share in words "
                     "('mostly', 'some', 'one in N'; a part under a tenth is not named) or, failing that, its tone "
                     "('mostly strengths'). A theme most of whose findings give counts or rates is 'Statistics on ...'; "
                     "a smaller theme on a larger one's subject is that subject's 'further findings'. The names are "
                     "machine-made and worth checking against the quotes.")
    if parameters.get("edits_file"):
        theme_text += f" A researcher's edits ({parameters['edits_file']}) renamed, merged or split themes."
    compare = ("The page opens on the headline view, like for like: what inspectors found in inspection reports "
               "(findings of kind finding, in the inspectorate's voice, in documents of type inspection report). "
               "Council documents (minutes, scrutiny reports, motions) and all findings pooled are views of their own, "
               "each with its own comparison file (comparison.csv, comparison__council.csv, comparison__all.csv). "
               "Counts follow document length and number, so they are labelled as counts; shares give each document "
               "the same weight (an authority's share is the mean of its documents' shares). A theme is marked "
               "distinctive for an authority only when at least two of its documents raise it, the 95% interval of "
               "its difference from the other authorities lies above zero, and the chance of so large a difference "
               "somewhere among all themes and authorities, were authorities no different, is below 5% (max-t over "
               "permutations of authorities over documents): documents, not findings, are the sampling unit. Each "
               "cell's quote panel gives its interval and the documents it rests on in plain words. The marks "
               "are shown only while the search and filters select exactly one view's findings. Two authorities "
               "are set side by side the same way (comparison_pairs.csv, and comparison_pairs_broad.csv over broad "
               "themes, in the Authorities view): a pair differs "
               "on a theme only when both have at least two documents, two or more of the higher one's raise it, "
               "and the chance of so large a difference in some pair and theme is below 5% (max-t over "
               "permutations of the two authorities' documents).")
    if parameters.get("review_file"):
        compare += f" Quotes rejected in the review file {parameters['review_file']} were left out of the matrices."
    quality = record.get("quality")
    measured = (", ".join(f"{k} {v}" for k, v in quality.items()) if isinstance(quality, dict)
                else f"the classes of findings, {CLASSIFIER_QUALITY} "
                     "(benchmarks/classify_quality.py on 1,428 hand-labelled segments)")
    quality_text = (f"Measured quality: {measured}. Themes have no reference labels: read the quotes before relying "
                    "on a theme.")
    versions = record.get("versions", {})
    software = (f"Software: council-findings {versions.get('council-findings', '?')}, "
                f"Python {versions.get('python', '?')}"
                + "".join(f", {k} {v}" for k, v in versions.items() if k not in ("council-findings", "python"))
                + f". Seed {record.get('seed', parameters.get('seed', 0))}; built {record.get('updated', '?')}.")
    paragraphs = [{"title": "What was read", "text": read}, {"title": "Findings", "text": found},
                  {"title": "Themes", "text": theme_text}, {"title": "Comparisons", "text": compare}]
    if record.get("tracker") is not None:
        paragraphs.append({"title": "Recommendation tracker", "text": tracker_paragraph(record["tracker"])})
    return paragraphs + [{"title": "Quality", "text": quality_text}, {"title": "Model and versions", "text": software}]


def tracker_score(params: dict) -> str:
    """What the tracker's match score combines, with the run's weights and thresholds (run.json "tracker")."""
    lexical, heading = params.get("lexical_weight", 0.9), params.get("heading_weight", 0.3)
    text = (f"Match score: the cosine similarity of the finding and the recommendation (at most 1), plus {lexical} x "
            "the share of the recommendation's rare words the finding also uses"
            + (f", plus {heading} when the finding's section heading restates the recommendation" if heading else "")
            + (f", plus {params['topic_weight']} x the share of its topics named" if params.get("topic_weight") else "")
            + f"; so it runs from 0 to about {1 + lexical + heading + params.get('topic_weight', 0):.1f}, not 0 to 1.")
    if "response_threshold" in params:
        text += (f" A council finding is linked as a response from {params['response_threshold']}"
                 + (f" ({params['response_theme_threshold']} in the theme of the recommendation's own findings)"
                    if params.get("response_theme_threshold", 9) < 9 else "")
                 + (f", a line next to a linked one from {params['response_beside']}"
                    if params.get("response_beside", 9) < 9 else "")
                 + (f", a short line between two linked ones from {params['response_between']}"
                    if params.get("response_between", 9) < 9 else "")
                 + f"; a next-inspection finding is weighed from {params.get('next_threshold', 0.5)}.")
    return text


def tracker_status_note() -> str:
    """One line for the tracker view: where its statuses come from and how often they agree with a reader."""
    return ("Each next-inspection status (improved, still a concern, mixed, not mentioned) is worked out from the "
            "polarity (strength or concern) of the next report's findings matched to the recommendation by "
            "similarity, weighed by how closely each matches; when one finding matches clearly more closely than the "
            f"rest, its polarity decides. It agreed with a reader's status {TRACKER_QUALITY['status']}. The findings that decided an "
            "'improved' or 'still a concern' status are listed first, then those weighed against it. Read the quotes "
            "before relying on it.")


def tracker_progress_note() -> str:
    """One line for the tracker view: what a response's progress tag says and how far it agreed with a reader."""
    return ("Each response is tagged with what its line says of the action on the recommendation - done, under way, "
            "planned, delayed or not started, or no action said (a question, the recommendation restated, the "
            "meeting's business) - read from its tense, aspect, modal and negation. Against one reader's labels it "
            f"agreed {TRACKER_PROGRESS['check']} on documents it was not written on ({TRACKER_PROGRESS['tuning']} on "
            "those it was): read the quote before counting it.")


def tracker_absence_note() -> str:
    """One line for the tracker view: no response link is weak evidence of no response."""
    return (f"A missing response link is weak evidence: the tracker finds {TRACKER_QUALITY['response_recall']} of the "
            "council responses a reader found (recall, held out), and of the links it shows "
            f"{TRACKER_QUALITY['response_precision']} are right (precision). A linked council line that restates what the "
            "inspection found, rather than answering it, is marked so (the reader counted such lines as responses).")


def tracker_paragraph(params: dict) -> str:
    """The methods paragraph on tracker.csv: how responses and next-inspection statuses are found, and how well."""
    return ("Each recommendation of an inspection report (its recommendations or areas for improvement list) is "
            "followed into the same authority's council documents dated after the report and before its next "
            "inspection, and into that next inspection report. A council finding is a response when it quotes the "
            "recommendation word for word, stands under a heading that quotes or restates it, or scores at or above "
            "the threshold and the recommendation is among its closest (a line next to such a line, in the same "
            "section, from a lower score when the recommendation is its closest too; so is a short list line between two "
            "linked lines of its section); up to "
            f"{params.get('top_k', 3)} are kept. "
            + ("A council line that restates the inspection instead of answering it (what Ofsted found, a topic "
               "of the inspection's summary, a heading) is no response unless it quotes the recommendation. "
               if params.get("restated_out", False) else
               "A council line that restates the inspection instead of answering it (what Ofsted found, a topic of "
               "the inspection's summary, a heading) is linked as any other but marked 'restates the inspection'. ")
            + f"{tracker_score(params)} "
            "Each response's progress (done, under way, planned, delayed or not started, none said) is read from its "
            "line's tense, aspect, modal and negation; it agreed with one reader "
            f"{TRACKER_PROGRESS['check']} on documents the rule was not written on. "
            "The next-inspection status is worked out from the polarity of the next report's findings on the same "
            "matter, weighed by their match score: 'improved' when strengths make up at least "
            f"{params.get('improved_share', 0.6)} of the weight, 'still a concern' at or below "
            f"{params.get('concern_share', 0.1)}, 'mixed' between, 'not mentioned' when nothing matches; the "
            "findings on the side that decided a one-sided status are listed first. "
            + ("A recommendation made to the Local Safeguarding Children Board (the Board's part of a 2013-2018 "
               "report) is 'not mentioned' when the next report reviews no Board, as reports since 2019 do not: "
               "their lines on other matters cannot say how it went. " if params.get("board_scope", True) else "")
            + f"Measured against links and statuses labelled by hand (benchmarks/tracker_quality.py, held out from "
            f"tuning): response precision {TRACKER_QUALITY['response_precision']} and recall "
            f"{TRACKER_QUALITY['response_recall']} in the top 3 on 32 recommendations of two reports answered by "
            f"committee minutes; status agreement {TRACKER_QUALITY['status']}. So a recommendation with no response "
            "found may well have been answered in words the tracker did not match, and a status is a lead to read, "
            "not a verdict.")


def _seeded(record: dict, applied: bool = False) -> str:
    """The sentence on the field themes seeded before clustering (run.json field_themes), or "" when none were."""
    labels = record.get("field_themes") or []
    if not labels:
        return ""
    rule = (f"a finding joined one when it uses one of the theme's terms and lies close to its description "
            f"(cosine similarity at least {record.get('field_threshold', 0.3)} in the space themes are assigned in")
    core = record.get("field_core_threshold")
    rule += (f"; at least {core} when the term is one of the theme's core terms, such as \"caseloads\" or "
             "\"turnover\")" if core is not None else ")")
    if applied:
        return f"The model's field themes ({_list(labels)}) were given by the rule they were seeded with: {rule}. "
    return (f"First, {counted_noun(len(labels), 'field theme')} of children's services were seeded ({_list(labels)}; "
            f"from the field's list of named themes, which a researcher can extend or switch off): {rule}; each is "
            "one theme with its own name. ")


def _value(value) -> str:
    if isinstance(value, (list, tuple)):
        return ", ".join(map(str, value))
    return "" if value is None else str(value)


# How the tables of a codebook run count (pipeline/code_rows.py).
CODE_COUNTING = ("The matrices, comparisons, trends and this page count a finding under each of its codes (up to "
                 "three), so a code's count is the number of findings given it; shares keep the document's findings "
                 "as their base, so a document's (and an authority's) shares over the codes can sum above 100%; a "
                 "broad theme counts a finding once however many of its codes fall in it, and a finding no code fits "
                 "counts once, in its discovered theme. ")


def _codebook_coverage(themes: pd.DataFrame, n_findings: int) -> str:
    """How many findings a codebook's codes took as their theme and how many no code fits (themes.csv's source and
    size), so a reader sees what the codebook leaves out; "" without those columns."""
    if not {"source", "size"} <= set(themes.columns) or not n_findings:
        return ""
    size = pd.to_numeric(themes["size"], errors="coerce").fillna(0)
    coded = int(size[themes["source"] == "codebook"].sum())
    discovered = themes["source"] == "discovered"
    return (f"{coded:,} of {n_findings:,} findings ({100 * coded / n_findings:.0f}%) fit a code; the other "
            f"{int(size[discovered].sum()):,} fit none and form {counted_noun(int(discovered.sum()), 'discovered theme')} "
            "(labelled \"(discovered)\", under \"Not in the codebook\"). Each finding's codes and similarities are in "
            "finding_codes.csv and beside its quotes. ")


def record_tables(record: dict) -> list[dict]:
    """run.json as readable tables: the run, parameters, counts, time per stage, versions, input files, notes."""
    tables = [{"title": "Run", "columns": ["", ""],
               "rows": [[k, _value(record.get(k, ""))] for k in ("corpus", "model", "seed", "updated", "classifier")
                        if record.get(k, "") != ""]}]
    for key, title in (("parameters", "Parameters"), ("counts", "Counts"), ("versions", "Versions")):
        if record.get(key):
            tables.append({"title": title, "columns": ["", ""],
                           "rows": [[k, _value(v)] for k, v in record[key].items()]})
    if record.get("timings"):
        tables.append({"title": "Time per stage", "columns": ["stage", "seconds"],
                       "rows": [[k, f"{float(v):.1f}"] for k, v in record["timings"].items()]})
    inputs = record.get("inputs", [])
    if inputs:
        tables.append({"title": f"Input files ({len(inputs)})", "columns": ["file", "status", "findings", "reason"],
                       "rows": [[i.get("file", ""), i.get("status", ""), _value(i.get("findings", "")),
                                 i.get("reason", "")] for i in inputs]})
    if record.get("notes"):
        tables.append({"title": "Notes", "columns": ["note"], "rows": [[n] for n in record["notes"][:200]]})
    return tables

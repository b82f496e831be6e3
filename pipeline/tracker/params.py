"""The tracker's settings (TrackerParams): thresholds and switches of the response links and the next-inspection
status, written into run.json by the track stage."""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class TrackerParams:
    """Thresholds of the tracker, calibrated on tuning data only (benchmarks/tracker_quality.py --calibrate): the
    response rule on Walsall's labelled links (tests/data/tracker_links.csv), the status rule on those and the tuning
    authorities of the fresh report pairs (tests/data/tracker_next_fresh.csv)."""
    top_k: int = 3                  # response links kept per recommendation
    response_threshold: float = 0.85  # score (cosine + shared words + topics) from which a council item answers it;
                                    # chosen with topic_weight and lent_process_words by benchmarks/tracker_quality.py
                                    # --calibrate-minutes on the 12 outside tuning pairs and Walsall (ninth round)
    response_rank: int = 1          # ... and only when it is among the finding's closest recommendations of the report
    heading_weight: float = 0.3     # added to the score of a council finding whose section heading restates the
                                    # recommendation (a paraphrased heading: "Core groups and visits"); set by hand,
                                    # not calibrated (the tuning documents' headings quote, not paraphrase)
    heading_share: float = 0.6      # idf-weighted share of the heading's words the recommendation uses, to restate it
    next_threshold: float = 0.50    # score from which a next-inspection finding is on the same matter
    next_rank: int = 2              # ... among the finding's closest recommendations of the report
    lexical_weight: float = 0.9     # weight of shared rare words (idf-weighted share of the recommendation's words,
                                    # abbreviations expanded by the glossary) added to the cosine before thresholds
    next_k: int = 8                 # next-inspection findings weighed at most
    next_coherence: float = 0.60    # of those, only the ones whose vector is at least this close (cosine) to the mean
                                    # vector of them all: the common matter of the evidence; a line off it (a summary
                                    # sentence, a line about another matter sharing a word) is not weighed; 0: off.
                                    # Chosen on the 70 tuning recommendations (twelfth round, tracker22: 0.55-0.65
                                    # one more right, 0.70 three fewer)
    next_lead: float = 0.15         # the closest finding standing this far or more (score) above the next closest
                                    # decides the status alone, by its side (next_inspection.led_by_closest); the
                                    # lines well below it speak of neighbouring matters; 9: off. Chosen leave-one-
                                    # set-out on the five status sets (status23, TUNING: 0.15 in four folds of five,
                                    # 0.10 in one; cross-validated 173 -> 177 of 242, in-sample 208 -> 215 of 299)
    asked_again: bool = True        # the next report recommends the matter again: "improved" becomes "mixed"
    asked_threshold: float = 9.0    # ... told by any of its recommendations scoring this or more (among the weighed
                                    # findings or not); 9: only by the weighed findings
    improved_share: float = 0.60    # strength share of the weighed findings at or above which the matter "improved"
                                    # (0.7: one of 70 tuning recommendations better, three of 87 held out worse)
    concern_share: float = 0.10     # at or below which it is "still a concern" (between: "mixed"): nearly no
                                    # strength on the matter; one substantial strength makes it mixed
    grade_weight: float = 0.0       # the next report's grade of the area the weighed findings sit in counts as one
                                    # more finding of this weight x their mean score (good/outstanding: a strength;
                                    # requires improvement/adequate/inadequate: a concern)
    quote_share: float = 0.8        # share of the shorter text's words in one run to count as a word-for-word quote
                                    # (above 1: quotes are not looked for; the calibration uses this)
    quote_min_words: int = 6
    core: bool = True               # match on the recommendation without its purpose clause (recommendation_core; the
                                    # caller embeds the same text)
    core_min_words: int = 4         # ... unless fewer content words than this would be left ("Review the 16+ service
                                    # to ensure that caseloads are manageable": the matter is in the clause; "Staff
                                    # recruitment and retention so that children experience fewer social workers":
                                    # three words, the clause names what a council answers). 3 until tracker28;
                                    # 4 chosen with --calibrate-responses (4 of 122 bundled recommendations matched
                                    # whole)
    response_theme_threshold: float = 0.65  # ... or this, when the council finding sits in a theme of the
                                    # recommendation's own findings (theme_id; the themes stage groups a paraphrase
                                    # with what it paraphrases); 9: themes not used. 0.70 until tracker28; 0.65 chosen
                                    # with --calibrate-responses (0.60 adds a wrong link)
    topic_weight: float = 0.2       # weight of the share of the recommendation's topics (each written in many words:
                                    # pipeline/data/topic_concepts.csv, field_themes.csv) a council finding also names,
                                    # added to its score (a paraphrase shares topics where it shares few words); 0: off
    response_minutes_threshold: float = 9.0  # ... or this, for a finding of committee minutes, which speak of a
                                    # recommendation in other words; 9: the general threshold. Off: 0.70 (fifth round,
                                    # with topic_weight 0.2 and threshold 0.90) raised recall on held-out minutes but
                                    # took precision below 0.80 there (docs/measurements.md, tracker section,
                                    # fifth round; with response_process_words 2, sixth round, the same); on the
                                    # ninth round's 12 tuning pairs any minutes threshold below the general one only
                                    # adds wrong links
    response_process_words: int = 2  # a council line about the inspection process itself (the report, its
                                    # recommendations, the action plan: pipeline/tracker/process.py) is linked from a
                                    # score below response_threshold (the theme's, the minutes', response_clear) only
                                    # when it shares this many of the recommendation's matter words besides the
                                    # process' own; 0: off. 2 since tracker27 (members' disappointment with the
                                    # inspection's outcome linked from response_clear to management oversight; on
                                    # the bundled labels 1 and 2 alike: West Sussex + Wirral precision 0.87 -> 0.91)
    lent_process_words: int = 1     # a line about the inspection process that stands under a quote of a recommendation
                                    # is lent the quote's link only when it shares this many of the recommendation's
                                    # matter words besides the process' own ("an improvement plan was required by
                                    # June" under the last quoted item of a list); 0: off
    response_beside: float = 0.45   # a council finding next to one linked by score (the line just before or after it,
                                    # same document and section) answers the same recommendation from this score when
                                    # that recommendation is also its own closest (an answer that runs over two lines:
                                    # a question and its reply, a claim and its figure); 9: off. Chosen on the tuning
                                    # pairs and Walsall (tenth round, tracker20; docs/measurements.md, tracker section)
    response_clear: float = 0.75    # a council finding that is clearly about this recommendation - its score for it
                                    # lies response_clear_margin or more above its score for any other of the report
                                    # ("All partners of the Board recognise ..." for the partners' engagement) -
                                    # answers it from this score instead of response_threshold; 9: off. Chosen on the
                                    # bundled response labels (Walsall, West Sussex, Wirral: all tuning since the
                                    # fifteenth tracker round, tracker26; docs/measurements.md, tracker section)
    response_clear_margin: float = 0.2
    response_between: float = 0.55  # a short council line (response_between_words words or fewer: an item of a list
                                    # naming matters) standing between two lines linked to recommendations of the
                                    # report (same document and section), not linked itself, answers its own closest
                                    # recommendation from this score: a council restating the areas for improvement in
                                    # its own words writes one item per recommendation ("Care planning, recording and
                                    # analysis" between "Child centred systems ..., including quality assurance" and
                                    # "Rigour and impact of the CPP"); 9: off. Chosen with --calibrate-responses
                                    # (seventeenth tracker round, tracker28; 0.35-0.55 alike on the tuning labels, the
                                    # highest kept)
    response_between_words: int = 12
    restated_out: bool = False      # True: a council line that restates the inspection instead of answering it
                                    # ("Ofsted had found that ...", a list item naming a topic of the inspection's
                                    # summary, a heading: pipeline.tracker.restated) is no response unless it quotes
                                    # the recommendation. False (default): such a line is linked as any other, its
                                    # match "restates the inspection" so the view says so. Out, the held-out response
                                    # recall fell 0.44 -> 0.22 (the labelled links count a council's restatement of
                                    # the matter as addressing it; fourteenth tracker round, docs/measurements.md)
    answerable_only: bool = True    # a council line that can answer nothing - a heading, a question, a procedural
                                    # lead-in ("Members raised the following queries:"), a line with fewer than
                                    # response_min_words words of its own besides the inspection process' and the
                                    # meeting's business ("The report was noted."): pipeline.tracker.answerable - is
                                    # never a response unless it quotes the recommendation (issue #18, trkheld set)
    response_min_words: int = 2
    masked: bool = False            # match on vectors of the masked texts (names of places, authorities and people
                                    # masked, abbreviations spelt out: the themes stage's clustering text;
                                    # pipeline.tracker.masked), not of the exact texts
    response_second: float = 0.25   # a council line also answers its second closest recommendation when its score for
                                    # it reaches response_threshold, lies within this of its score for the closest,
                                    # and it shares a word with it that the closest does not use: one line answering
                                    # two recommendations (pipeline.tracker.second); 0: off (issue #18, track65)
    response_numbers: bool = True   # a council line naming a recommendation by the report's number for it
                                    # ("recommendation 3": pipeline.tracker.numbered) answers it, as a quote does;
                                    # no bundled council document names one (use39's improvement-board minutes did)
    response_margin: float = 9.0    # a council finding is kept only within this of the recommendation's best score
                                    # (a relative threshold; 9: off)
    next_overlap: float = 0.0       # share of the recommendation's key terms (idf-weighted, its opening verb left out)
                                    # a next-report finding must use to be on the same matter
    next_voice: bool = False        # only the inspectorate's own findings (not context lines, nor what children,
                                    # staff or partners told inspectors) are evidence
    next_base: float = 0.0          # a finding weighs its score less this in the status (the closest findings count
                                    # most; 0: the score itself)
    next_group: float = 9.0         # a next-report line that names none of the groups of children the recommendation
                                    # names - the populations of a service of their own: care leavers, children who go
                                    # missing, at risk of exploitation, disabled, privately fostered, ...
                                    # (pipeline.tracker.groups) - scores this much less for it; 9: such a line is never
                                    # on its matter; 0: off. A recommendation naming none matches as before. 9 chosen
                                    # on all the labelled statuses (status22, TUNING: 166 -> 172 of 241)
    next_group_section: bool = True  # ... the line's section heading counts as naming the group
    next_group_whole: bool = True   # ... the recommendation's groups read from its whole text (with its purpose
                                    # clause), not only from the matter matched
    response_group: bool = True     # a council line that names none of the groups of children a recommendation
                                    # names (pipeline.tracker.groups), in itself, its lead-in or its section heading,
                                    # is not linked to it by score nor beside a match, nor is the recommendation among
                                    # its closest (quotes, lines under a quote and a list's items between matches
                                    # stay). Bundled response labels unchanged; use36's Durham minutes: 3 wrong links
                                    # to "children who go missing" gone (status24, TUNING)
    shortfall: bool = False         # evidence_weights: a finding naming a shortfall ("requires strengthening") is a
                                    # concern whatever its polarity; one that weighs a strength against a shortfall
                                    # ("..., but the quality is not consistently good") counts half to each

    next_distinct: float = 0.0      # a recommendation's distinct matter: its words of this idf or more over the run's
                                    # findings (pipeline.tracker.words.distinct_terms); when none of the lines its
                                    # status rests on writes one (or a close form), they are only on its general
                                    # subject and the status is "not mentioned" (next_inspection.only_general); 0: off.
                                    # Off: at every floor 4-8 it lowered the agreement on the 299 labelled statuses
                                    # (215 -> 123..199; leave-one-set-out keeps off in every fold): readers call a
                                    # matter improved or mixed from lines on its general subject far more often than
                                    # not mentioned (status28, TUNING; benchmarks/tracker_distinct.py)
    next_distinct_whole: bool = False  # ... only when no line of the whole next report writes one (215 -> 158..210)
    next_parts: float = 9.0         # a recommendation asking for several things ("the quality of assessments and care
                                    # plans"): a next-report line also scores for each part (pipeline.tracker.parts),
                                    # less this, and takes its best score; 9: off. Off: no margin 0-0.2 beat it
                                    # leave-one-set-out (track66, TUNING: 177 of 242 at best, in-sample 163-178)
    next_parts_words: int = 2       # ... a part keeps at least this many content words
    next_parts_mixed: float = 0.55  # an "improved" matter one of whose parts has a strength share of this or less
                                    # among the lines on that part alone is "mixed" (next_inspection.parted_status;
                                    # "the quality of assessments and care plans": assessments praised, plans
                                    # variable); 0: off. Chosen leave-one-set-out on the five status sets (track66,
                                    # TUNING: 0.55 in four folds of five, 0.5 in one; 177 -> 179 of 242)
    next_parts_praised: float = 9.0  # ... and a "still a concern" matter one of whose parts has a strength share of
                                    # this or more is "mixed" (next_inspection.parted_status); 9: off
    board_scope: bool = True        # a recommendation of a report's Board part (the LSCB review of a SIF report) is
                                    # "not mentioned" when the next report reviews no Board (ILACS), whatever its lines
                                    # on other matters say (pipeline.tracker.board; use36 audit, scope36)

    def parts_used(self) -> bool:
        """Whether a rule reads the recommendations' parts (next_parts, next_parts_mixed, next_parts_praised)."""
        return self.next_parts < 9 or self.next_parts_mixed > 0 or self.next_parts_praised <= 1

    def to_dict(self) -> dict:
        return asdict(self)

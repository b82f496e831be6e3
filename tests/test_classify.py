from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from pipeline import schema
from pipeline.classify import CUE_NAMES, classify_segments, classify_text, rule_cues
from pipeline.classify_model import TARGETS, MODEL_PATH, ClassifierModel, cue_matrix, refine_classes
from pipeline.errors import PipelineError


@pytest.mark.parametrize("text,polarity", [
    ("Social workers have manageable caseloads.", "strength"),
    ("The Committee were concerned about the burden carried by social workers.", "concern"),
    ("Investment recognises the tough working environment and significant caseloads.", "concern"),
    ("Most core groups are held regularly but this is not consistent.", "concern"),
    ("Although timescales have improved, the quality of plans remains weak.", "concern"),
    ("Early help services are well targeted and coordinated effectively.", "strength"),
    ("Strategy meetings are not always convened in response to concerns.", "concern"),
    ("The Board meets every six weeks.", "neutral"),
    # issue 17: grade statements below good, problems that have eased, a limit on capacity
    ("Services for children in care require improvement to be good.", "concern"),
    ("The local safeguarding board requires improvement.", "concern"),
    ("Caseloads have reduced and are now manageable.", "strength"),
    ("The local authority has reduced its reliance on agency social workers.", "strength"),
    ("Delays in court proceedings have reduced.", "strength"),
    ("Delays in court proceedings have not reduced.", "concern"),  # a problem not eased is still a problem
    ("Caseloads have not been reduced in the assessment teams.", "concern"),
    ("The quality of supervision requires strengthening.", "concern"),  # a shortfall said mildly
    ("Management oversight needs to be strengthened in some teams.", "concern"),
    ("Vacancy rates remain high and caseloads are too high in some teams.", "concern"),
    ("Combined caseloads of 90 to 110 children are limiting their capacity for direct work.", "concern"),
    # issue 17, second round: shortfalls said mildly, praise limited to a few cases, problems as what a step is for
    ("Personal education plans could be improved further by making them more specific.", "concern"),
    ("Their self-assessment is accurate, although it would be further strengthened by better data.", "concern"),
    ("The new panel has only just started, and it is too early to evaluate its effectiveness.", "concern"),
    ("Plans to ensure that every child has a life-story book are at an early stage.", "concern"),
    ("In a small number of cases, good practice was seen, with effective and timely plans.", "concern"),
    ("The wait for a match, at 300 days, is much longer than the government target of 120 days.", "concern"),
    ("Councillors expressed their disappointment with the findings of the report.", "concern"),
    ("Most children are visited by their social worker more often than statutory requirements.", "strength"),
    ("Weaknesses in supervision have been addressed and managers now give clear direction.", "strength"),
    ("The service is working with the courts to reduce court delays for children.", "neutral"),
    ("Children at risk are seen at an early stage by the family support team.", "neutral"),
    ("Very few children leave care through special guardianship orders.", "concern"),
    ("There is little evidence that managers review the plans.", "concern"),
    ("Only a quarter of children in care have an up-to-date plan.", "concern"),
    ("Inspectors found that some caseloads were too high.", "concern"),
    ("Better assessments were seen in a small number of cases.", "concern"),
    ("Care orders were sought for a small number of children.", "neutral"),  # a count, not limited praise
    ("Adopters are approved within timescales.", "strength"),
    ("There has been significant progress on the areas for improvement.", "strength"),
    ("Children proudly showed inspectors the leaflet they had written.", "strength"),
    ("Care leavers like their advisers, although they have a varied experience when trying to reach them.",
     "concern"),
    ("There is a continuing shortage of foster carers, but carers feel respected and well supported.", "concern"),
    ("Caseloads in the assessment teams remain high, and leaders are monitoring them.", "concern"),
    ("Some children have had many changes of social worker.", "concern"),
    ("The serious case review group ensures that there is appropriate analysis of the lessons.", "strength"),
    ("Children say that their worries are taken seriously and acted on promptly by leaders.", "strength"),
])
def test_polarity(text, polarity):
    assert classify_text(text, doc_type="inspection_report")[1] == polarity


@pytest.mark.parametrize("text,doc_type,section,kind", [
    ("The Chair thanked the Director for her presentation.", "committee_minutes", "", "procedural"),
    ("(1) That the Director of Children's Services be thanked for her presentation.", "committee_minutes", "",
     "procedural"),
    ("Ensure that key agencies attend all strategy meetings.", "inspection_report", "Recommendations",
     "recommendation"),
    ("The timeliness and quality of strategy discussions.", "inspection_report", "What needs to improve?",
     "recommendation"),
    ("Two social workers have been appointed to lead on pre-birth work.", "committee_minutes", "", "action"),
    ("This is a reduction from 2,662 at 31 March 2016.", "inspection_report", "", "context"),
    ("Chronologies are rarely used to inform assessments.", "inspection_report", "", "finding"),
])
def test_kind(text, doc_type, section, kind):
    assert classify_text(text, section=section, doc_type=doc_type)[0] == kind


@pytest.mark.parametrize("text,doc_type,lead_in,voice", [
    ("Ofsted had found that there were widespread and serious failures.", "committee_minutes", "", "inspectorate"),
    ("The Director advised Members that a robust improvement plan would be put in place.", "committee_minutes", "",
     "council"),
    ("Young people told inspectors that they can readily access advice.", "inspection_report", "", "other"),
    ("Management oversight is not evident on case files.", "inspection_report", "", "inspectorate"),
    ("Police are not consistently contributing to enquiries.", "council_motion",
     "OFSTED inspectors identified serious issues including:", "inspectorate"),
])
def test_voice(text, doc_type, lead_in, voice):
    assert classify_text(text, doc_type=doc_type, lead_in=lead_in)[2] == voice


def test_classify_segments_returns_a_new_table():
    table = pd.DataFrame({"text": ["Caseloads are too high.", "The Chair thanked everyone."],
                          "doc_type": ["committee_minutes"] * 2})
    before = table.copy()
    out = classify_segments(table)
    assert table.equals(before)
    assert list(out["kind"]) == ["finding", "procedural"]
    assert set(out.columns) >= {"kind", "polarity", "voice"}


@pytest.mark.parametrize("text,doc_type,polarity", [
    ("Social workers have manageable caseloads.", "inspection_report", "strength"),
    ("Members noted the burden carried by social workers.", "committee_minutes", "concern"),
    ("Social workers hold significant caseloads.", "inspection_report", "concern"),
    ("Most core groups are held regularly but this is not consistent.", "inspection_report", "concern"),
])
def test_issue_examples_polarity(text, doc_type, polarity):
    assert classify_text(text, doc_type=doc_type)[1] == polarity


@pytest.mark.parametrize("text,voice", [
    ("Ofsted had found that children were left in situations of risk for too long.", "inspectorate"),
    ("The inspection identified that management oversight was weak.", "inspectorate"),
    ("The Director advised that additional social workers had been recruited.", "council"),
    ("Young people told inspectors that they felt listened to.", "other"),
])
def test_minutes_voice_follows_the_reporting_subject(text, voice):
    assert classify_text(text, doc_type="committee_minutes")[2] == voice


def test_rule_cues_match_their_names():
    cues = rule_cues("Ofsted had found that caseloads were too high.", "", "committee_minutes", "")
    named = dict(zip(CUE_NAMES, cues))
    assert len(cues) == len(CUE_NAMES)
    assert named["inspectorate_reported"] == 1.0 and named["doc_type=committee_minutes"] == 1.0


def test_shipped_model_loads_and_is_deterministic():
    model = ClassifierModel.load(MODEL_PATH)
    assert set(model.classes) == set(TARGETS) and model.dimension == 384
    rng = np.random.default_rng(0)
    vectors = rng.normal(size=(6, 384)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    table = pd.DataFrame({"text": ["Caseloads are too high.", "The Board meets monthly.",
                                   "Children are seen regularly.", "Ensure that plans are timely.",
                                   "A new team manager has been appointed.", "There are 412 children in care."],
                          "doc_type": "inspection_report", "section": "", "lead_in": "", "voice": "inspectorate"})
    first, second = refine_classes(table, vectors, model), refine_classes(table, vectors, ClassifierModel.load())
    assert first[["kind", "polarity"]].equals(second[["kind", "polarity"]])
    assert set(first["kind"]) <= {"finding", "action", "recommendation", "context"}
    assert list(first["voice"]) == list(table["voice"])  # voice stays with the rules


def test_learned_kind_keeps_what_the_segment_stage_kept(tmp_path):
    model = ClassifierModel.load()
    vectors = np.full((2, 384), 1 / np.sqrt(384), dtype=np.float32)
    table = pd.DataFrame({"text": ["The Chair thanked the Director.", "Caseloads are high."],
                          "doc_type": "committee_minutes"})
    out = refine_classes(table, vectors, model, allowed_kinds={"finding"})
    assert list(out["kind"]) == ["finding", "finding"]
    model.save(tmp_path / "copy.npz")
    assert ClassifierModel.load(tmp_path / "copy.npz").classes == model.classes


def test_unreadable_model_names_the_fix(tmp_path):
    (tmp_path / "broken.npz").write_text("not a model")
    with pytest.raises(PipelineError, match="train_classifier"):
        ClassifierModel.load(tmp_path / "broken.npz")


def _row_by_row(table: pd.DataFrame) -> np.ndarray:
    columns = [table.get(c, pd.Series("", index=table.index)).fillna("").astype(str)
               for c in ("text", "section", "doc_type", "lead_in")]
    return np.array([rule_cues(*values) for values in zip(*columns)], dtype=np.float32).reshape(len(table), len(CUE_NAMES))


VARIED = pd.DataFrame({
    "text": ["The Chair thanked the Director for her report.", "Ensure that plans are timely.",
             "There are 412 children in care, 38 per 10,000.", "Caseloads are too high, but falling.",
             "Ofsted had found that caseloads were too high.", "Young people told inspectors they feel safe.",
             "The Director advised that two social workers had been appointed.",
             "A new team manager has been introduced and is effective.", "Caseloads are too high, but falling.",
             "Care leavers say that their PAs are excellent.", "Police are not consistently contributing.",
             "", "Résumé: the service’s “front door” is good; delays remain."],
    "section": ["", "What needs to improve?", None, "Summary", "", "", "Agenda item", "", "Summary", "", "",
                "", "Recommendations"],
    "doc_type": ["committee_minutes", "inspection_report", "inspection_report", "scrutiny_report",
                 "committee_minutes", "inspection_report", "committee_minutes", "inspection_report",
                 "inspection_report", "council_motion", "council_motion", "other", None],
    "lead_in": ["", "", "", "Caseloads are too high, but falling.", "", "", "", "", "",
                "", "OFSTED inspectors identified serious issues including:", None, ""],
}, index=[10 * i + 3 for i in range(13)])  # an index that is not 0..n-1


@pytest.mark.parametrize("table", [VARIED, VARIED.drop(columns=["lead_in", "section"]), VARIED.iloc[:0],
                                   VARIED.iloc[::-1]], ids=["varied", "text and doc_type only", "empty", "reversed"])
def test_vectorised_cues_equal_the_row_by_row_ones(table):
    assert np.array_equal(cue_matrix(table), _row_by_row(table))


def test_vectorised_cues_equal_the_row_by_row_ones_on_the_labelled_segments():
    from pathlib import Path

    table = pd.concat([pd.read_csv(path, comment="#", dtype=str, keep_default_na=False)
                       for path in sorted((Path(__file__).parent / "data").glob("labelled_segments*.csv"))])
    assert len(table) > 900
    assert np.array_equal(cue_matrix(table), _row_by_row(table))


def test_classify_segments_gives_classify_text_row_by_row():
    out = classify_segments(VARIED)
    expected = [classify_text(*values) for values in zip(*[VARIED[c].fillna("").astype(str)
                                                          for c in ("text", "section", "doc_type", "lead_in")])]
    assert list(zip(out["kind"], out["polarity"], out["voice"])) == expected
    assert out.index.equals(VARIED.index)


@pytest.mark.parametrize("text,voice", [
    ("Social workers told inspectors that they enjoy working in the authority.", "council"),
    ("Staff report, and inspectors found, that caseloads are manageable.", "inspectorate"),
    ("Foster carers appreciate the support they receive.", "other"),
    ("Foster carers feel well supported by their supervising social workers.", "inspectorate"),
    ("‘My worker always listens to me.’", "other"),
    ("Care experienced young people told\ninspectors that they feel safe.", "other"),
])
def test_voice_in_inspection_reports(text, voice):
    assert classify_text(text, doc_type="inspection_report")[2] == voice


def test_list_of_inspection_findings_in_a_council_report_is_the_inspectorates():
    lead_in = "In particular, they highlighted a number of areas of serious concern including:"
    assert classify_text("Core groups not meeting regularly enough", doc_type="council_motion",
                         lead_in=lead_in)[2] == "inspectorate"
    assert classify_text("Core groups not meeting regularly enough", doc_type="council_motion",
                         lead_in="The council will act on:")[2] == "council"


@pytest.mark.parametrize("text,section,doc_type,kind", [
    ("The Director of Children’s Services gave a presentation upon the Ofsted report.", "Agenda item",
     "committee_minutes", "procedural"),
    ("Report by the Director of Law and Assurance.", "", "committee_minutes", "procedural"),
    ("Ofsted report on children's services, published July 2012.", "Background papers", "scrutiny_report",
     "procedural"),
    ("At 31 March 2017, 333 children were the subject of a child protection plan.", "", "inspection_report",
     "context"),
    ("The local authority operates seven children’s homes.", "Previous Ofsted inspections", "inspection_report",
     "context"),
    # the descriptive sections hold what they describe, evaluative words and all (every one of the 34 labelled
    # segments under such a heading is context); elsewhere an evaluation is a finding
    ("Assessments are thorough and timely.", "Children living in this area", "inspection_report", "context"),
    ("Assessments are thorough and timely.", "Inspection findings", "inspection_report", "finding"),
])
def test_kind_of_meeting_business_and_background(text, section, doc_type, kind):
    assert classify_text(text, section=section, doc_type=doc_type)[0] == kind


def test_line_breaks_do_not_change_the_rules():
    text = "Young people told inspectors that they feel safe and their plans are not always timely."
    broken = text.replace(" ", "\n", 4).replace("told ", "told\n  ")
    assert classify_text(broken, doc_type="inspection_report") == classify_text(text, doc_type="inspection_report")
    assert rule_cues(broken, "", "inspection_report", "") == rule_cues(text, "", "inspection_report", "")


@pytest.mark.parametrize("text,section,kind", [
    # items listed under the heading: noun phrases and imperatives
    ("The timeliness and quality of strategy discussions.", "What needs to improve?", "recommendation"),
    ("The management overview of families stepped down to early help to ensure that families receive help within a "
     "timescale that is right for them.", "What needs to improve", "recommendation"),
    ("This to include ensuring staff receive consistently good standard supervision", "Areas for improvement",
     "recommendation"),
    # body text that a report's layout files under the heading: sentences with a main verb
    ("They maintain regular and meaningful contact.", "What needs to improve", "finding"),
    ("Some foster carers' annual reviews are out of date.", "What needs to improve", "finding"),
    ("However, not all children enter care within a timescale that meets their needs.", "What needs to improve",
     "finding"),
])
def test_recommendation_heading_holds_items_not_body_text(text, section, kind):
    assert classify_text(text, section=section, doc_type="inspection_report")[0] == kind


@pytest.mark.parametrize("text,kind", [
    ("In the six months prior to the inspection, 227 missing episodes were recorded that involved 44 children.",
     "context"),
    ("Between 1 April and 31 October 2015, 107 young people presented to the service, of whom four were accommodated.",
     "context"),
    # a figure compared or said to rise or fall is a finding
    ("The proportion of staff attending training has increased from 84% to 94%.", "finding"),
    # years and ages are not figures
    ("When 16- and 17-year-old children present as homeless, they are routinely provided with an assessment.",
     "finding"),
    ("Children and young people have been widely consulted on the 20/20 pledge.", "finding"),
])
def test_plain_figures_are_context(text, kind):
    assert classify_text(text, doc_type="inspection_report")[0] == kind


@pytest.mark.parametrize("text,doc_type,kind", [
    ("Leaders have recently opened a care leavers hub for young people to use.", "inspection_report", "action"),
    ("The local authority has commissioned a new children's recording system.", "inspection_report", "action"),
    ("This is currently being reviewed.", "inspection_report", "action"),
    ("Leaders have created and maintained a culture of learning and development.", "inspection_report", "finding"),
    ("Leaders have established an effective front door.", "inspection_report", "finding"),  # evaluated: a finding
    ("Staff and partner briefings are now in place on a 6 weekly basis.", "scrutiny_report", "action"),
    ("Established regular interface meetings with police to ensure shared understanding.", "scrutiny_report",
     "action"),
    ("Ofsted had made twenty six recommendations which had to be delivered at pace.", "committee_minutes", "context"),
    ("The report was published on 31 July 2012.", "council_motion", "context"),
])
def test_steps_taken_and_background(text, doc_type, kind):
    assert classify_text(text, doc_type=doc_type)[0] == kind


def _toy_model(margin: float) -> ClassifierModel:
    from pipeline.classify_model import LabelSettings

    rng = np.random.default_rng(3)
    n_features = 3 * 4 + len(CUE_NAMES)
    classes = {"kind": ("action", "context", "finding", "recommendation"), "polarity": ("concern", "neutral", "strength")}
    return ClassifierModel(
        classes=classes, coef={label: rng.normal(size=(len(c), n_features)) for label, c in classes.items()},
        intercept={label: np.zeros(len(c)) for label, c in classes.items()},
        settings={label: LabelSettings(1.0, 1.0, 1.0, margin) for label in TARGETS})


def test_margin_decides_between_rules_and_learned_classes():
    rng = np.random.default_rng(4)
    table = VARIED.iloc[1:].reset_index(drop=True)  # no procedural rows
    vectors = rng.normal(size=(len(table), 4))
    rules = classify_segments(table)
    cues = cue_matrix(table)
    trusting = _toy_model(margin=2.0).predict(vectors, cues)  # no probability gap is that large: the rules stay
    assert list(trusting["polarity"]) == list(rules["polarity"])
    eager = _toy_model(margin=0.0).predict(vectors, cues)
    x = np.hstack([vectors, np.zeros_like(vectors), np.zeros_like(vectors), cues])
    model = _toy_model(0.0)
    assert list(eager["polarity"]) == [model.classes["polarity"][i] for i in model.scores("polarity", x).argmax(1)]


class _CountingEmbedder:
    """Every list of texts it is asked to embed, each text embedded as 0.5 in three dimensions."""

    def __init__(self):
        self.calls = []

    def embed(self, texts):
        self.calls.append(list(texts))
        return np.full((len(texts), 3), 0.5, dtype=np.float32)


def test_lead_in_vectors_reuse_the_findings_vectors_and_embed_the_rest_once():
    table = pd.DataFrame({"text": ["Caseloads are high.", "Plans are  weak.", "Visits are timely."],
                          "lead_in": ["", "Caseloads are\nhigh.", "An unseen lead-in:"]})
    vectors = np.eye(3, dtype=np.float32)

    from pipeline.classify_model import lead_in_vectors

    without = lead_in_vectors(table, vectors)
    assert np.array_equal(without[0], np.zeros(3)) and np.array_equal(without[1], vectors[0])
    assert np.array_equal(without[2], np.zeros(3))  # unknown lead-in and no embedder: zeros
    embedder = _CountingEmbedder()
    with_embedder = lead_in_vectors(pd.concat([table, table.iloc[2:]], ignore_index=True),
                                    np.vstack([vectors, vectors[2:]]), embedder)
    assert embedder.calls == [["An unseen lead-in:"]]
    assert np.allclose(with_embedder[2], 0.5) and np.allclose(with_embedder[3], 0.5)


def test_section_vectors_find_or_embed_the_headings():
    table = pd.DataFrame({"text": ["Caseloads are high.", "Plans are weak.", "Visits are timely."],
                          "section": ["Areas for improvement", "Areas  for\nimprovement", ""]})
    vectors = np.eye(3, dtype=np.float32)

    from pipeline.classify_model import section_vectors

    assert not section_vectors(table, vectors).any()  # headings are no finding's text: zeros without an embedder
    embedder = _CountingEmbedder()
    found = section_vectors(table, vectors, embedder)
    assert embedder.calls == [["Areas for improvement"]]  # each distinct heading once, white space aside
    assert np.allclose(found[:2], 0.5) and not found[2].any()


def test_the_section_heading_moves_the_learned_polarity_only_through_its_weight():
    from pipeline.classify_model import LabelSettings

    table = VARIED.iloc[1:].reset_index(drop=True)
    cues = cue_matrix(table)
    dim, n = 4, len(table)
    classes = {"kind": ("action", "context", "finding", "recommendation"),
               "polarity": ("concern", "neutral", "strength")}
    coef = {label: np.zeros((len(c), 3 * dim + len(CUE_NAMES))) for label, c in classes.items()}
    coef["polarity"][0, 2 * dim] = 10.0  # the first dimension of the heading's vector says concern
    coef["polarity"][2, 2 * dim + 1] = 10.0  # the second says strength

    def model(weight):
        settings = {"kind": LabelSettings(1.0, 1.0, 1.0, 0.0),
                    "polarity": LabelSettings(1.0, 1.0, 1.0, 0.0, section_weight=weight)}
        return ClassifierModel(classes=classes, coef=coef, intercept={k: np.zeros(len(c)) for k, c in classes.items()},
                               settings=settings)

    vectors = np.zeros((n, dim))
    concern_heading, strength_heading = np.zeros((n, dim)), np.zeros((n, dim))
    concern_heading[:, 0], strength_heading[:, 1] = 1.0, 1.0
    assert set(model(1.0).predict(vectors, cues, sections=concern_heading)["polarity"]) == {"concern"}
    assert set(model(1.0).predict(vectors, cues, sections=strength_heading)["polarity"]) == {"strength"}
    # weight 0: the heading is ignored, so both headings give the same classes
    ignored = model(0.0)
    assert (list(ignored.predict(vectors, cues, sections=concern_heading)["polarity"])
            == list(ignored.predict(vectors, cues, sections=strength_heading)["polarity"]))
    x = np.hstack([vectors, vectors, concern_heading, cues])
    assert np.allclose(model(1.0).scores("polarity", x),
                       model(1.0)._scores_in_parts("polarity", vectors, vectors, cues, concern_heading))


def _weighted_fit(polarity_weights):
    from pipeline.classify_model import fit_classifier

    rng = np.random.default_rng(7)
    table = pd.DataFrame({"text": ["Visits happen."] * 12, "section": "", "doc_type": "inspection_report",
                          "lead_in": "", "kind": ["finding", "context"] * 6,
                          "polarity": ["strength", "neutral", "concern"] * 4})
    vectors = rng.normal(size=(len(table), 4))
    vectors[-1] = vectors[0]  # the last row: the first row's vector, a concern where the first is a strength
    weights = None if polarity_weights is None else {"polarity": np.asarray(polarity_weights, dtype=float)}
    model = fit_classifier(vectors, np.zeros_like(vectors), cue_matrix(table), table, row_weights=weights)
    return model, vectors[:1], cue_matrix(table.iloc[:1])


def test_row_weights_make_a_weighted_row_count_more_and_leave_kind_alone():
    """A reader's row weighted x10 pulls its own point to its label; kind, unweighted, is the same fit."""
    plain, point, cues = _weighted_fit(None)
    ones, _, _ = _weighted_fit([1.0] * 12)
    heavy, _, _ = _weighted_fit([1.0] * 11 + [10.0])
    assert all(np.array_equal(plain.coef[label], ones.coef[label]) for label in TARGETS)
    assert np.array_equal(plain.coef["kind"], heavy.coef["kind"])
    from pipeline.classify_model import features

    concern = list(heavy.classes["polarity"]).index("concern")
    x = features(point, np.zeros_like(point), cues, heavy.settings["polarity"])
    assert heavy.scores("polarity", x)[0].argmax() == concern
    assert plain.scores("polarity", x)[0].argmax() != concern


def test_row_weights_of_the_wrong_length_are_refused():
    with pytest.raises(ValueError, match="3 row weights were given for 12"):
        _weighted_fit([1.0, 2.0, 3.0])


def test_model_round_trip_keeps_the_settings(tmp_path):
    model = ClassifierModel.load()
    model.save(tmp_path / "copy.npz")
    copy = ClassifierModel.load(tmp_path / "copy.npz")
    assert {label: copy.settings[label][1:] for label in TARGETS} == {label: model.settings[label][1:] for label in TARGETS}
    assert all(np.allclose(copy.coef[label], model.coef[label], atol=1e-6) for label in TARGETS)


@pytest.mark.parametrize("text,polarity", [
    ("When child protection concerns arise, risks to children are responded to promptly.", "strength"),
    ("When risks do not reduce, appropriate decisions are taken to consider legal action.", "strength"),
    ("Children's needs, and any concerns and risks to them, are clearly identified.", "strength"),
    # a concern named as such stays one
    ("The decision to use unregistered homes poses significant safeguarding concerns.", "concern"),
    ("Members expressed their concern at the numbers of agency staff.", "concern"),
    ("Plans are not always updated when concerns increase.", "concern"),
    # what practice keeps away, and oversight named as challenge, are no shortfall
    ("Plans set clear targets and are reviewed, which reduces drift and delay for young people.", "strength"),
    ("Managers take effective action to minimise any delays.", "strength"),
    ("There is a high level of scrutiny and challenge by the board.", "neutral"),
    ("Partners know whom to call to discuss concerns.", "neutral"),
    ("There are delays in assessments.", "concern"),
    ("Leaders have not acted to reduce delays.", "concern"),
])
def test_concern_as_a_topic_or_condition_is_not_a_shortfall(text, polarity):
    assert classify_text(text, doc_type="inspection_report")[1] == polarity


def test_prediction_in_blocks_equals_prediction_at_once(monkeypatch):
    import pipeline.classify_model as classify_model
    from pipeline.classify_model import cue_matrix, shipped_model

    model = shipped_model()
    rng = np.random.default_rng(3)
    texts = ["Social workers have manageable caseloads.", "Chronologies are not up to date.",
             "The council will recruit ten more social workers.", "Ensure that children are seen alone.",
             "There are 412 children in care."] * 7
    findings = pd.DataFrame({"text": texts, "section": "", "doc_type": "inspection_report", "lead_in": ""})
    vectors = rng.normal(size=(len(texts), model.dimension)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    cues = cue_matrix(findings)
    whole = model.predict(vectors, cues, allowed_kinds={"finding", "action", "recommendation", "context"})
    monkeypatch.setattr(classify_model, "PREDICT_BLOCK", 4)
    blocks = model.predict(vectors, cues, allowed_kinds={"finding", "action", "recommendation", "context"})
    for label in whole:
        assert blocks[label].tolist() == whole[label].tolist()
        assert len(blocks[label]) == len(texts)


@pytest.mark.parametrize("text,section,doc_type,lead_in,kind", [
    # page furniture of inspection reports and slide titles of council documents
    ("March 2024 14 Inspection of Anytown local authority children’s services", "", "inspection_report", "",
     "procedural"),
    ("Summary 3 Recommendations 5 Inspection findings 6", "", "inspection_report", "", "procedural"),
    ("Improving Outcomes for Care Leavers", "", "scrutiny_report", "", "procedural"),
    ("Improving outcomes for care leavers", "", "scrutiny_report", "", "finding"),  # a list item, not a title
    ("Improving Outcomes for Care Leavers", "", "inspection_report", "", "finding"),
    # progress reported under an inspection recommendation used as a heading
    ("Revised supervision template in use across all teams", "Ensure that supervision is regular and reflective",
     "scrutiny_report", "", "action"),
    ("Audits show supervision is still not recorded consistently", "Ensure that supervision is regular",
     "scrutiny_report", "", "finding"),
    # the council's own next steps, listed under a lead-in
    ("Complete the review of the fostering offer.", "", "scrutiny_report", "Our priorities for the next quarter are to:",
     "action"),
    # children's wishes quoted in a council document
    ("“Listen to us before you decide”", "", "scrutiny_report", "", "recommendation"),
])
def test_council_progress_report_kinds(text, section, doc_type, lead_in, kind):
    assert classify_text(text, section=section, doc_type=doc_type, lead_in=lead_in)[0] == kind


def test_a_next_steps_lead_in_makes_actions_only_in_council_documents():
    lead_in = "Our priorities for the next quarter are to:"
    assert classify_text("Complete the review of the fostering offer.", doc_type="inspection_report",
                         lead_in=lead_in)[0] != "action"


def test_quotation_in_a_council_document_is_voice_other():
    assert classify_text("“We want to be asked what we think”", doc_type="committee_minutes")[2] == "other"
    assert classify_text("Officers explained the plan.", doc_type="committee_minutes")[2] == "council"


@pytest.mark.parametrize("text,section,doc_type,lead_in,kind", [
    # the descriptive sections of inspection reports hold context even when a grade or a shortfall is named
    ("Two were judged to be good in their most recent inspection.", "Previous Ofsted inspections",
     "inspection_report", "", "context"),
    ("No young people are living in bed and breakfast accommodation.", "Children looked after in this area",
     "inspection_report", "", "context"),
    # what a service or body is made of, when it says nothing good or bad
    ("The offer includes a weekly drop-in and a parenting programme.", "", "inspection_report", "", "context"),
    ("The hub team consists of social workers, a police officer and a health visitor.", "", "scrutiny_report", "",
     "context"),
    ("The strategy includes a comprehensive action plan.", "", "inspection_report", "", "finding"),
    ("They include careful consideration of children's identity.", "", "inspection_report", "", "finding"),
    ("The improvement board was chaired independently.", "", "committee_minutes", "", "context"),
    # items of a lead-in describing how the inspection was done
    ("meetings with 12 foster carers", "About this inspection", "inspection_report",
     "The evidence evaluated by inspectors included:", "context"),
    ("Services for children looked after and care leavers", "", "committee_minutes",
     "Members were advised that Ofsted had conducted an inspection into:", "context"),
    # a figure opening is context in an inspection report, a count of steps in a council document
    ("412 children were the subject of a child protection plan.", "", "inspection_report", "", "context"),
    ("12 briefings have been delivered to the workforce.", "", "scrutiny_report", "", "action"),
    # the intervention a council's progress is reported against
    ("The Secretary of State issued an Improvement Notice to the council in March.", "", "scrutiny_report", "",
     "context"),
    ("The improvement notice found serious failings in leadership.", "", "scrutiny_report", "", "finding"),
])
def test_descriptions_of_the_service_and_the_inspection_are_context(text, section, doc_type, lead_in, kind):
    assert classify_text(text, section=section, doc_type=doc_type, lead_in=lead_in)[0] == kind


def test_labelled_segment_files_use_the_scheme_say_how_they_were_drawn_and_share_no_text():
    seen: dict[str, str] = {}
    paths = sorted((Path(__file__).parent / "data").glob("labelled_segments*.csv"))
    assert len(paths) >= 5
    for path in paths:
        header = [line for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("#")]
        assert any("seed" in line for line in header), f"{path.name}: the header must say how it was sampled"
        assert any("WITHOUT" in line for line in header), f"{path.name}: the header must say it was labelled blind"
        table = pd.read_csv(path, comment="#", dtype=str, keep_default_na=False)
        assert set(table["kind"]) <= set(schema.KINDS), path.name
        assert set(table["polarity"]) <= set(schema.POLARITIES), path.name
        assert set(table["voice"]) <= set(schema.VOICES), path.name
        keys = {" ".join(text.split()) for text in table["text"]}  # a document may repeat a line within one file
        repeated = sorted(keys & set(seen))
        assert not repeated, f"{path.name} repeats texts of {seen[repeated[0]]}: {repeated[0][:60]}"
        seen.update(dict.fromkeys(keys, path.name))


@pytest.mark.parametrize("text", [
    "Improve the help for care leavers so that all of them receive good and timely support.",
    "Ensure that strategy meetings are held promptly and are of consistently high quality.",
])
def test_recommendation_naming_an_aim_with_praise_words_is_a_concern(text):
    """What must be improved or ensured is not yet so: the aim's praise words ("good", "timely") do not make it a
    strength (labelling convention of tests/data/labelled_segments.csv)."""
    assert classify_text(text, section="Recommendations", doc_type="inspection_report")[:2] == (
        "recommendation", "concern")


def test_recommendation_about_meetings_stays_neutral():
    assert classify_text("That the committee receives a further report at its next meeting.", section="Resolved",
                         doc_type="committee_minutes")[1] == "neutral"


@pytest.mark.parametrize("text", [
    "Include an evaluation of private fostering arrangements in the annual report of the board.",
    "Provide all children in need with oversight from qualified social workers.",
    "Review the written agreements made with parents.",
])
def test_an_inspection_reports_recommendation_is_a_concern(text):
    """Every recommendation of an inspection report implies a shortfall (all 92 labelled are concerns), also one
    without an improve / ensure word; in council documents a resolution about meetings stays neutral (above)."""
    assert classify_text(text, section="Recommendations", doc_type="inspection_report")[:2] == (
        "recommendation", "concern")


@pytest.mark.parametrize("text,polarity", [
    ("The local authority actively reviews all children who are educated at home.", "strength"),
    ("The passports give young people useful details of local health services.", "strength"),
    ("The council plays an active role in the regional adoption agency.", "strength"),
    ("Managers pay careful attention to training and development.", "strength"),
    ("Staff were left with a legacy of uncertainty and mistrust.", "concern"),
    ("The self-evaluation was over-positive and omitted areas still being worked on.", "concern"),
    ("Extra resources continue to be outweighed by the growing number of children at home.", "concern"),
])
def test_praise_and_shortfall_words_of_the_third_round(text, polarity):
    assert classify_text(text, doc_type="inspection_report")[1] == polarity


@pytest.mark.parametrize("text,polarity", [
    ("When there is a plan for children to return home, this is not well supported by careful, considered planning.",
     "concern"),  # praise words under a negation do not outweigh it
    ("Effective sharing of information enables the mapping of people of concern with locations of risk.", "strength"),
    ("Family workers undertake effective work with families where there are low-level concerns regarding neglect.",
     "strength"),
    ("In a small number of cases seen by inspectors, children had suffered harm before action was taken.", "concern"),
    ("The timeliness of family finding is still above expected government thresholds.", "concern"),
    ("Most children are seen regularly by their social workers.", "strength"),
])
def test_negation_scope_topics_and_harm_of_the_third_round(text, polarity):
    assert classify_text(text, doc_type="inspection_report")[1] == polarity


def test_seventh_labelled_file_is_split_by_document_with_its_fixed_hash():
    """The check half of labelled_segments_seventh.csv is whole documents, chosen by sha256("polarity17e:" + doc)
    being odd, so no document has segments in both halves."""
    import hashlib

    table = pd.read_csv(Path(__file__).parent / "data" / "labelled_segments_seventh.csv", comment="#", dtype=str,
                        keep_default_na=False)
    odd = table["doc"].map(lambda doc: int(hashlib.sha256(f"polarity17e:{doc}".encode()).hexdigest(), 16) % 2 == 1)
    assert (table["half"] == odd.map({True: "check", False: "train"})).all()
    assert table.groupby("doc")["half"].nunique().max() == 1
    assert set(table["half"]) == {"check", "train"}


@pytest.mark.parametrize("text,polarity", [
    ("Waiting times for children with a plan for adoption are reducing.", "strength"),
    ("The council's fostering service was judged to be outstanding.", "strength"),
    ("Of 12 files sampled, none were judged good and only two showed reflective supervision.", "concern"),
    ("Placement decisions are made without clear management oversight.", "concern"),
    ("Children are visited without delay and their plans are good.", "strength"),  # 'without' reaches a few words
    ("Some assessments could be further improved to be consistently of a high standard.", "concern"),
    ("Panel meetings help members to clarify, challenge and question the figures.", "neutral"),
    ("A new plan has been written, but it is too early to see evidence of impact.", "concern"),
    ("Leaders recognise the need to stabilise the workforce.", "concern"),
    ("Social workers sometimes miss opportunities to act sooner.", "concern"),
    ("Finding foster homes for older children has been challenging.", "concern"),
    ("Emergency placements leave some children potentially vulnerable.", "concern"),
    ("The gap between their results and those of other pupils is narrowing.", "strength"),
    ("Carers receive tailored support and there is a wide range of activities.", "strength"),
    ("Training has not only helped staff but also the families they work with.", "neutral"),  # no shortfall left
])
def test_clear_constructions_of_the_fourth_round(text, polarity):
    assert classify_text(text, doc_type="inspection_report")[1] == polarity


def test_eighth_labelled_file_parts_follow_the_check_sets_fixed_before():
    """The eighth file's check half is drawn only from documents of the two earlier check sets (never a tuning
    document), and its training half only from tuning documents, so the tuning documents stay whole."""
    import hashlib

    data = Path(__file__).parent / "data"
    read = lambda name: pd.read_csv(data / name, comment="#", dtype=str, keep_default_na=False)  # noqa: E731
    seventh, eighth = read("labelled_segments_seventh.csv"), read("labelled_segments_eighth.csv")
    seventh_check = set(seventh.loc[seventh["half"] == "check", "doc"])
    old = eighth["doc"].map(lambda doc: int(hashlib.sha256(f"polarity17d:{doc}".encode()).hexdigest()[:8], 16) % 5 == 0)
    in_check_sets = old | eighth["doc"].isin(seventh_check)
    assert (eighth["half"] == in_check_sets.map({True: "check", False: "train"})).all()
    assert set(eighth["half"]) == {"check", "train"}


@pytest.mark.parametrize("text,doc_type,polarity", [
    # written in our own words in the style of council minutes (issue 17, fifth round); each fails on the rules before
    ("Another recommendation was to give care leavers more say in how the council runs its services.",
     "committee_minutes", "concern"),
    ("Officers noted that the report highlighted the need for better recording of visits.", "committee_minutes",
     "concern"),
    ("The inspectors had also suggested that the panel receive quarterly figures on missing children.",
     "committee_minutes", "concern"),
    ("Need to involve parents more in planning", "scrutiny_report", "concern"),
    ("Members considered a carers' representative would bring a valuable voice and help them understand what Ofsted "
     "found more clearly.", "committee_minutes", "neutral"),
    ("The report included several recommendations and the reason for urgency was to act promptly on what Ofsted "
     "found.", "committee_minutes", "neutral"),
    ("Since the inspection, work to deliver improvements in the service has continued.", "committee_minutes",
     "neutral"),
    ("Practice was getting better; however, the pace of change needed to go further.", "committee_minutes",
     "concern"),
    ("Staff had kept working through difficult times and members were pleased to note the progress made.",
     "committee_minutes", "strength"),
    ("Files were now checked each quarter and there had been an improvement since the spring.", "committee_minutes",
     "strength"),
    ("Initial health checks were done on time but dental checks were taking longer.", "committee_minutes",
     "concern"),
    ("The visit found that the council was beginning to know itself better.", "scrutiny_report", "strength"),
    ("The Director said the inspection findings were in line with the council's own self-evaluation.",
     "committee_minutes", "strength"),
    ("Praised the new referral form and noted that it was being used effectively", "scrutiny_report", "strength"),
    ("The churn of team managers had been unsettling for families.", "committee_minutes", "concern"),
    ("A member asked whether there were any other areas of concern.", "committee_minutes", "neutral"),
    ("A member asked whether any cases had not been seen within the month.", "committee_minutes", "neutral"),
    ("Members felt a visit to the hubs would be useful, and help them see what Ofsted found more clearly.",
     "committee_minutes", "neutral"),
    ("Senior leaders understood where the weaknesses were.", "committee_minutes", "neutral"),
    ("It was confirmed that there was only one vacancy in the team, with three posts recently filled.",
     "committee_minutes", "strength"),
    ("The pandemic had put significant strains on the front door.", "committee_minutes", "concern"),
])
def test_constructions_of_council_minutes_of_the_fifth_round(text, doc_type, polarity):
    assert classify_text(text, doc_type=doc_type)[1] == polarity


def test_a_relayed_inspection_recommendation_is_a_recommendation_in_council_documents_only():
    text = "One recommendation was to look again at how members meet children in care."
    assert classify_text(text, doc_type="committee_minutes")[:2] == ("recommendation", "concern")
    assert classify_text(text, doc_type="inspection_report")[0] != "action"


@pytest.mark.parametrize("text,doc_type,lead_in,polarity", [
    # fifth round, second part: written in our own words; each fails on the rules of the first part
    ("Children's services were no longer judged to be inadequate, a milestone for the council.", "committee_minutes",
     "", "strength"),
    ("There were no services that were judged inadequate.", "committee_minutes", "", "strength"),
    ("The minister removed the service from intervention in May.", "committee_minutes", "", "strength"),
    ("The inspectors concluded that the service required improvement, with some areas judged good.",
     "committee_minutes", "", "concern"),
    ("The timeliness of visits to children in care", "committee_minutes",
     "The inspection report highlighted three areas for improvement which were:", "concern"),
    ("Ensure that supervision records show the reasons for decisions.", "committee_minutes",
     "Ofsted had made nine recommendations to the council. These were:", "concern"),
    ("The letter identified that the service needed to build stronger links with schools and make sure every child "
     "was seen promptly.", "committee_minutes", "", "concern"),
    ("The Director said that significant improvements had been made across the front door.", "committee_minutes", "",
     "strength"),
    ("They were generally pleased with how the council had put in place new ways of working.", "committee_minutes", "",
     "strength"),
    ("The monitoring visit had been delayed by the pandemic.", "committee_minutes", "", "neutral"),
    ("There were 4 permanent team managers and 2 interim, and work continued towards a stable management team.",
     "committee_minutes", "", "neutral"),
    ("A member asked why only 9 out of 40 reviews had been held on time.", "committee_minutes", "", "concern"),
    ("There was emphasis on the need for better planning for older children.", "committee_minutes", "", "concern"),
])
def test_constructions_of_council_minutes_of_the_fifth_round_second_part(text, doc_type, lead_in, polarity):
    assert classify_text(text, doc_type=doc_type, lead_in=lead_in)[1] == polarity


@pytest.mark.parametrize("text,polarity", [
    # sixth round: general inspection-report constructions, written in our own words; each fails on the rules before
    ("Oversight by the head of service ensures that plans progress.", "strength"),
    ("Independent reviewing officers ensure that children's views are recorded.", "strength"),
    ("Managers and staff ensure the active participation of young people in shaping services.", "strength"),
    ("Historically, school attendance of children in care was poor, but it has improved to the national rate.",
     "strength"),
    ("Management oversight, which was weak at the last inspection, is now strong.", "strength"),
    ("Previously, too many families waited for an assessment; now they are seen promptly.", "strength"),
    ("This is a notable achievement since the last inspection, when agency rates were high.", "strength"),
    ("Children no longer wait for an allocated social worker.", "strength"),
    ("Nearly all team managers are now permanent employees.", "strength"),
    ("Responses are decisive and proportionate when children are at risk of harm.", "strength"),
    ("When risks rise for a child, or help does not make enough difference, cases are appropriately stepped up.",
     "strength"),
    ("The new teams are already having an impact on parenting affected by domestic abuse and poor mental health.",
     "strength"),
    ("Leaders have a realistic understanding of the service's weaknesses.", "strength"),
    ("Foster carers are supported to care for children with complex needs.", "strength"),
    ("Plans reflect the children's wishes and feelings.", "strength"),
    ("Most young people now receive the help that they need.", "strength"),
    ("Children live with carers who meet their needs.", "strength"),
    ("Care leavers are helped to build the skills to live independently.", "strength"),
    ("Children are referred to the right service without delay.", "strength"),
    ("Visits to children are regular.", "strength"),
    ("Core groups fully engage partner agencies.", "strength"),
    ("A similar proportion of assessments are poorer.", "concern"),
])
def test_inspection_report_constructions_of_the_sixth_round(text, polarity):
    assert classify_text(text, doc_type="inspection_report")[1] == polarity


@pytest.mark.parametrize("text,polarity", [
    # what the sixth round's praise patterns must leave alone: an aim to be ensured, a negated benefit, a good thing
    # that stopped
    ("Leaders should ensure that every child has an up-to-date plan.", "concern"),
    ("Managers do not ensure that plans are reviewed when circumstances change.", "concern"),
    ("Work is under way to ensure that all care leavers have a pathway plan.", "neutral"),
    ("Staff no longer receive regular supervision.", "concern"),
    ("Plans do not reflect children's views.", "concern"),
    ("Some children do not receive the help that they need.", "concern"),
    ("The panel meets on a regular basis.", "neutral"),
])
def test_sixth_round_praise_stops_at_aims_and_negations(text, polarity):
    assert classify_text(text, doc_type="inspection_report")[1] == polarity


def test_tenth_check_set_and_eleventh_training_file_keep_their_documents_apart():
    """The sixth round's check set (polarity_check_tenth.csv) holds only documents of the earlier check sets, its
    texts are in no labelled file a fit reads, and the eleventh file's training rows come only from tuning documents
    of authorities the tracker's status is not scored on."""
    import hashlib

    data = Path(__file__).parent / "data"
    read = lambda name: pd.read_csv(data / name, comment="#", dtype=str, keep_default_na=False)  # noqa: E731
    tenth, eleventh, seventh = (read("polarity_check_tenth.csv"), read("labelled_segments_eleventh.csv"),
                                read("labelled_segments_seventh.csv"))
    seventh_check = set(seventh.loc[seventh["half"] == "check", "doc"])
    def old_check(doc: str) -> bool:
        return int(hashlib.sha256(f"polarity17d:{doc}".encode()).hexdigest()[:8], 16) % 5 == 0

    in_check_sets = lambda doc: old_check(doc) or doc in seventh_check  # noqa: E731
    assert tenth["doc"].map(in_check_sets).all() and tenth["doc"].nunique() == 9
    assert set(tenth["polarity"]) <= set(schema.POLARITIES)
    assert not eleventh["doc"].map(in_check_sets).any()
    tracker = set(read("tracker_next_fresh.csv")["authority"]) | set(read("tracker_next_more.csv")["authority"])
    assert not set(eleventh["doc"].map(lambda doc: doc.rsplit("_", 1)[0])) & tracker
    labelled = {" ".join(text.split()) for path in data.glob("labelled_segments*.csv")
                for text in read(path.name)["text"]}
    assert not {" ".join(text.split()) for text in tenth["text"]} & labelled


@pytest.mark.parametrize("text,polarity", [
    # seventh round (issue 17): an improvement over a past weakness or grade, approving descriptions without the
    # usual praise words, and a risk left unmanaged; written in our own words, each fails on the rules before
    ("Poor performance is no longer tolerated and managers hold staff to account.", "strength"),
    ("Children are no longer left in homes where they are at risk of harm without action being taken.", "strength"),
    ("Most babies on plans no longer required a child protection plan by six months of age.", "strength"),
    ("There are no widespread or serious failures in the services provided to children.", "strength"),
    ("No child was found to have been left at risk because of these pressures.", "strength"),
    ("The service has improved the quality of its assessments, which had long been a difficult area to improve.",
     "strength"),
    ("Since the review, which identified weaknesses in pathway planning, the service has a clear plan in place.",
     "strength"),
    ("The appointment of an independent member has improved the challenge and scrutiny of the panel.", "strength"),
    ("Leaders are embedding a culture of high support and high challenge.", "strength"),
    ("Social workers respond swiftly to concerns where children are exposed to domestic abuse and parental poor "
     "mental health.", "strength"),
    ("The fostering service has a sustained track record of avoiding unplanned changes for children.", "strength"),
    ("Most newly qualified staff plan to stay, citing a climate of opportunity.", "strength"),
    ("The council has sustained its performance on adoption over five years.", "strength"),
    ("The scorecard shows continued improvement over three years.", "strength"),
    ("Attainment at key stage four is now above national comparators.", "strength"),
    ("This left children potentially at risk of significant harm.", "concern"),
    ("Some children were left exposed to known risks for too long.", "concern"),
])
def test_inspection_report_constructions_of_the_seventh_round(text, polarity):
    assert classify_text(text, doc_type="inspection_report")[1] == polarity


@pytest.mark.parametrize("text,polarity", [
    # what the seventh round's patterns must leave alone: a past weakness still there, an aim, a negated track record
    ("Some areas for development identified at the last inspection have not yet been implemented.", "concern"),
    ("Work has focused on improving the quality of assessments.", "neutral"),
    ("Improvements have not been sustained.", "concern"),
    ("Young people leaving care at risk of homelessness are offered a room.", "neutral"),
    # a condition that is itself the shortfall stays a concern; a focus named as a noun is no aim of work
    ("Some children are placed with relatives when these adults have not been assessed.", "concern"),
    ("Heads of service rightly focus on improving the quality of practice.", "strength"),
    ("Managers need to be more challenging with partners.", "concern"),
    ("Risk to children was not recognised, leaving children at risk of harm.", "concern"),
    ("Services respond to a sustained influx of families.", "neutral"),
    ("This shows a long failure to address delays in securing sustained stability for children.", "concern"),
])
def test_seventh_round_patterns_leave_alone(text, polarity):
    assert classify_text(text, doc_type="inspection_report")[1] == polarity


def test_twelfth_file_halves_follow_the_hash_fixed_before_labelling():
    """The seventh round's labelled file: each report's half is sha256("polarity17i:" + doc) (even: train, odd:
    check), so no report has rows in both; its texts are in no other labelled file nor in the tenth check set."""
    import hashlib

    data = Path(__file__).parent / "data"
    read = lambda name: pd.read_csv(data / name, comment="#", dtype=str, keep_default_na=False)  # noqa: E731
    twelfth = read("labelled_segments_twelfth.csv")
    expected = twelfth["doc"].map(
        lambda doc: "train" if int(hashlib.sha256(f"polarity17i:{doc}".encode()).hexdigest()[:8], 16) % 2 == 0
        else "check")
    assert (twelfth["half"] == expected).all() and set(twelfth["half"]) == {"train", "check"}
    assert set(twelfth["polarity"]) <= set(schema.POLARITIES) and set(twelfth["kind"]) <= set(schema.KINDS)
    others = {" ".join(text.split()) for path in data.glob("labelled_segments*.csv")
              if path.name != "labelled_segments_twelfth.csv" for text in read(path.name)["text"]}
    others |= {" ".join(text.split()) for text in read("polarity_check_tenth.csv")["text"]}
    assert not {" ".join(text.split()) for text in twelfth["text"]} & others


def test_thirteenth_file_halves_follow_the_hash_fixed_before_labelling():
    """The eighth round's labelled file: each document's half is sha256("polarity17j:" + doc) (even: train, odd:
    check), so no document has rows in both; its texts are in no earlier labelled file nor in the tenth check set."""
    import hashlib

    data = Path(__file__).parent / "data"
    read = lambda name: pd.read_csv(data / name, comment="#", dtype=str, keep_default_na=False)  # noqa: E731
    thirteenth = read("labelled_segments_thirteenth.csv")
    expected = thirteenth["doc"].map(
        lambda doc: "train" if int(hashlib.sha256(f"polarity17j:{doc}".encode()).hexdigest()[:8], 16) % 2 == 0
        else "check")
    assert (thirteenth["half"] == expected).all() and set(thirteenth["half"]) == {"train", "check"}
    assert set(thirteenth["polarity"]) <= set(schema.POLARITIES) and set(thirteenth["kind"]) <= set(schema.KINDS)
    assert set(thirteenth["voice"]) <= set(schema.VOICES)
    others = {" ".join(text.split()) for path in data.glob("labelled_segments*.csv")
              if path.name != "labelled_segments_thirteenth.csv" for text in read(path.name)["text"]}
    others |= {" ".join(text.split()) for text in read("polarity_check_tenth.csv")["text"]}
    assert not {" ".join(text.split()) for text in thirteenth["text"]} & others


@pytest.mark.parametrize("text,doc_type,polarity", [
    # eighth round (issue 17): constructions read from the grouped-CV errors of the training documents, written in
    # our own words; each fails on the rules before
    ("Management oversight of private fostering arrangements remains underdeveloped.", "inspection_report", "concern"),
    ("The consistently high quality of services found at the last inspection has not been maintained.",
     "inspection_report", "concern"),
    ("Inspectors found that children's experiences had remained much the same as at the previous inspection.",
     "inspection_report", "concern"),
    ("Many children come into care in an unplanned way, and some should have come into care sooner.",
     "inspection_report", "concern"),
    ("There are no measures being consistently used to show how practice has improved.", "inspection_report",
     "concern"),
    ("This programme of audits gives the board insight into the quality of practice and the areas of weakness where "
     "improvement is required.", "inspection_report", "strength"),
    ("Surveys and forums provide leaders with a wealth of information that they use to plan services.",
     "inspection_report", "strength"),
    ("Turnover of social workers had dropped to 12 per cent.", "committee_minutes", "strength"),
    ("The use of agency staff continues to fall across the service.", "inspection_report", "strength"),
    ("A member asked if the council could be confident of a good grade next time.", "committee_minutes", "neutral"),
    ("The Director confirmed that the date of the next visit had not yet been set.", "committee_minutes", "neutral"),
    ("Members noted that health checks for children in care had slipped during the year.", "committee_minutes",
     "concern"),
    ("Placements far from home had risen, which members found troubling.", "committee_minutes", "concern"),
    ("Recruiting experienced staff to the court team remained hard.", "committee_minutes", "concern"),
])
def test_constructions_of_the_eighth_round(text, doc_type, polarity):
    assert classify_text(text, doc_type=doc_type)[1] == polarity


@pytest.mark.parametrize("text,polarity", [
    # what the eighth round's patterns must leave alone
    ("There is no drift in plans, and reviews are consistently timely.", "strength"),
    ("Improvements have not been sustained.", "concern"),
    ("The fostering service has a sustained track record of avoiding unplanned changes for children.", "strength"),
    ("Leaders have a clear understanding of the service's strengths and areas for development.", "strength"),
    ("Some areas for development identified at the last inspection have not yet been implemented.", "concern"),
])
def test_eighth_round_patterns_leave_alone(text, polarity):
    assert classify_text(text, doc_type="inspection_report")[1] == polarity


def test_fourteenth_file_is_random_documents_split_by_the_hash_fixed_before_labelling():
    """The ninth round's labelled file: at least 240 findings of at least 60 documents drawn at random, each
    document's half sha256("polarity18:" + doc) (even: train, odd: check); its texts are in no other labelled file
    nor in the tenth check set."""
    import hashlib

    data = Path(__file__).parent / "data"
    read = lambda name: pd.read_csv(data / name, comment="#", dtype=str, keep_default_na=False)  # noqa: E731
    fourteenth = read("labelled_segments_fourteenth.csv")
    assert len(fourteenth) >= 240 and fourteenth["doc"].nunique() >= 60 and set(fourteenth["pool"]) == {"random"}
    expected = fourteenth["doc"].map(
        lambda doc: "train" if int(hashlib.sha256(f"polarity18:{doc}".encode()).hexdigest()[:8], 16) % 2 == 0
        else "check")
    assert (fourteenth["half"] == expected).all() and set(fourteenth["half"]) == {"train", "check"}
    assert set(fourteenth["polarity"]) <= set(schema.POLARITIES) and set(fourteenth["kind"]) <= set(schema.KINDS)
    assert set(fourteenth["voice"]) <= set(schema.VOICES)
    others = {" ".join(text.split()) for path in data.glob("labelled_segments*.csv")
              if path.name != "labelled_segments_fourteenth.csv" for text in read(path.name)["text"]}
    others |= {" ".join(text.split()) for text in read("polarity_check_tenth.csv")["text"]}
    assert not {" ".join(text.split()) for text in fourteenth["text"]} & others


@pytest.mark.parametrize("text,polarity", [
    # ninth round (issue 17): constructions read from the grouped-CV errors of the training documents (random
    # findings among them), written in our own words; each fails on the rules before
    ("In turn, this impacts on the quality of their reviews.", "concern"),
    ("The second monitoring visit reported that progress had been slow.", "concern"),
    ("Some newly qualified workers hold cases well beyond their capability without support.", "concern"),
    ("The chair of the fostering panel is knowledgeable and child-centred.", "strength"),
    ("This informs planning for each child.", "strength"),
    ("Disputes are picked up and resolved at an early stage.", "strength"),
    ("The new case system caused some difficulties at first, but managers have resolved these.", "strength"),
    ("No care leavers are currently living in bed and breakfast accommodation.", "strength"),
    ("Most children do not experience delay in moving to their adoptive families.", "strength"),
    ("The share of care leavers not in education, employment or training has fallen over the past few years.",
     "strength"),
    ("Children who are at risk of harm from exploitation receive a swift response from the specialist team.",
     "strength"),
    ("Leaders do not make decisions to use unregistered homes lightly.", "strength"),
    ("Parallel assessments are commissioned to reduce delay for children.", "strength"),
    ("The panel has enhanced its oversight of agencies whose audits give cause for concern.", "strength"),
    ("Decisions about where some children live are agreed without clear and recorded management oversight.",
     "concern"),
    ("The local family judge said that, for children affected by neglect, action should have come sooner.",
     "concern"),
])
def test_ninth_round_patterns(text, polarity):
    assert classify_text(text, doc_type="inspection_report")[1] == polarity


@pytest.mark.parametrize("text,polarity", [
    # what the ninth round's patterns must leave alone
    ("This has a positive impact on the quality of assessments.", "strength"),
    ("The service is working with the courts to reduce court delays for children.", "neutral"),
    ("Too many care leavers are not in education, employment or training.", "concern"),
    ("Some children experience delay in moving to their adoptive families.", "concern"),
    ("Very few care leavers take up the offer of a health passport.", "concern"),
    ("Children live well beyond the local authority's boundary.", "neutral"),
])
def test_ninth_round_patterns_leave_alone(text, polarity):
    assert classify_text(text, doc_type="inspection_report")[1] == polarity


def test_fifteenth_file_is_random_documents_with_council_ones_split_by_the_hash_fixed_before_labelling():
    """The tenth round's labelled file: at least 240 findings of at least 60 documents drawn at random from the
    shared reports and the seeds' council documents, each document's half sha256("polarity19:" + doc) (even: train,
    odd: check), at most 6 findings of a document; its texts are in no other labelled file nor in the tenth check
    set."""
    import hashlib

    data = Path(__file__).parent / "data"
    read = lambda name: pd.read_csv(data / name, comment="#", dtype=str, keep_default_na=False)  # noqa: E731
    fifteenth = read("labelled_segments_fifteenth.csv")
    assert len(fifteenth) >= 240 and fifteenth["doc"].nunique() >= 60 and set(fifteenth["pool"]) == {"random"}
    assert fifteenth.groupby("doc").size().max() <= 6
    assert fifteenth["source"].str.startswith("shared/").all()
    expected = fifteenth["doc"].map(
        lambda doc: "train" if int(hashlib.sha256(f"polarity19:{doc}".encode()).hexdigest()[:8], 16) % 2 == 0
        else "check")
    assert (fifteenth["half"] == expected).all() and set(fifteenth["half"]) == {"train", "check"}
    assert set(fifteenth["polarity"]) <= set(schema.POLARITIES) and set(fifteenth["kind"]) <= set(schema.KINDS)
    assert set(fifteenth["voice"]) <= set(schema.VOICES)
    others = {" ".join(text.split()) for path in data.glob("labelled_segments*.csv")
              if path.name != "labelled_segments_fifteenth.csv" for text in read(path.name)["text"]}
    others |= {" ".join(text.split()) for text in read("polarity_check_tenth.csv")["text"]}
    assert not {" ".join(text.split()) for text in fifteenth["text"]} & others


def test_sixteenth_file_is_random_documents_split_by_the_hash_fixed_before_labelling():
    """The eleventh round's labelled file: at least 180 findings of at least 45 documents drawn at random from the
    shared reports, each document's half sha256("polarity20:" + doc) (even: train, odd: check), at most 6 findings of
    a document, every class present in both halves; its texts are in no other labelled file nor in the tenth check
    set."""
    import hashlib

    data = Path(__file__).parent / "data"
    read = lambda name: pd.read_csv(data / name, comment="#", dtype=str, keep_default_na=False)  # noqa: E731
    sixteenth = read("labelled_segments_sixteenth.csv")
    assert len(sixteenth) >= 180 and sixteenth["doc"].nunique() >= 45 and set(sixteenth["pool"]) == {"random"}
    assert sixteenth.groupby("doc").size().max() <= 6
    assert sixteenth["source"].str.startswith("shared/").all()
    expected = sixteenth["doc"].map(
        lambda doc: "train" if int(hashlib.sha256(f"polarity20:{doc}".encode()).hexdigest()[:8], 16) % 2 == 0
        else "check")
    assert (sixteenth["half"] == expected).all()
    assert all(set(part["polarity"]) == set(schema.POLARITIES) for _, part in sixteenth.groupby("half"))
    assert set(sixteenth["kind"]) <= set(schema.KINDS) and set(sixteenth["voice"]) <= set(schema.VOICES)
    others = {" ".join(text.split()) for path in data.glob("labelled_segments*.csv")
              if path.name != "labelled_segments_sixteenth.csv" for text in read(path.name)["text"]}
    others |= {" ".join(text.split()) for text in read("polarity_check_tenth.csv")["text"]}
    assert not {" ".join(text.split()) for text in sixteenth["text"]} & others


@pytest.mark.parametrize("name", ["labelled_segments_seventeenth.csv", "labelled_segments_eighteenth.csv",
                                  "labelled_segments_nineteenth.csv", "labelled_segments_twentieth.csv",
                                  "labelled_segments_twentyfirst.csv", "labelled_segments_twentysecond.csv",
                                  "labelled_segments_twentythird.csv", "labelled_segments_twentyfourth.csv",
                                  "labelled_segments_twentyfifth.csv", "labelled_segments_twentysixth.csv",
                                  "labelled_segments_twentyseventh.csv", "labelled_segments_twentyeighth.csv",
                                  "labelled_segments_twentyninth.csv", "labelled_segments_thirtieth.csv"])
def test_reader_files_are_a_blind_readers_random_findings_of_random_documents(name):
    """The reader-labelled files (twelfth, fourteenth, fifteenth, sixteenth, eighteenth, nineteenth and twentieth
    rounds): 4 findings of each of at least 20 shared reports, every polarity present, the reader's item and finding
    id kept, texts in no other labelled file, the header's sha256 that of the rows; they are the reader files."""
    import hashlib
    import sys

    data = Path(__file__).parent / "data"
    read = lambda name: pd.read_csv(data / name, comment="#", dtype=str, keep_default_na=False)  # noqa: E731
    reader = read(name)
    assert len(reader) >= 90 and reader["doc"].nunique() >= 20
    assert reader.groupby("doc").size().max() <= 4
    assert reader["source"].str.startswith("shared/").all()
    assert reader["item"].is_unique and reader["finding_id"].str.fullmatch(r"[0-9a-f]{12}-\d+").all()
    assert set(reader["polarity"]) == set(schema.POLARITIES)
    assert set(reader["kind"]) <= set(schema.KINDS) and set(reader["voice"]) <= set(schema.VOICES)
    others = {" ".join(text.split()) for path in data.glob("labelled_segments*.csv")
              if path.name != name for text in read(path.name)["text"]}
    assert not {" ".join(text.split()) for text in reader["text"]} & others
    lines = (data / name).read_text(encoding="utf-8").splitlines(keepends=True)
    rows = "".join(line for line in lines if not line.startswith("#"))
    assert f"sha256 of the rows below (this file without its # lines): {hashlib.sha256(rows.encode()).hexdigest()}" \
        in "".join(lines)
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    try:
        from labelled_set import READER_FILES
    finally:
        sys.path.pop(0)
    assert [path.name for path in READER_FILES] == ["labelled_segments_seventeenth.csv",
                                                     "labelled_segments_eighteenth.csv",
                                                     "labelled_segments_nineteenth.csv",
                                                     "labelled_segments_twentieth.csv",
                                                     "labelled_segments_twentyfirst.csv",
                                                     "labelled_segments_twentysecond.csv",
                                                     "labelled_segments_twentythird.csv",
                                                     "labelled_segments_twentyfourth.csv",
                                                     "labelled_segments_twentyfifth.csv",
                                                     "labelled_segments_twentysixth.csv",
                                                     "labelled_segments_twentyseventh.csv",
                                                     "labelled_segments_twentyeighth.csv",
                                                     "labelled_segments_twentyninth.csv",
                                                     "labelled_segments_thirtieth.csv"]


@pytest.mark.parametrize("text,polarity", [
    # tenth round (issue 17): constructions read from the held-out errors of the training documents (random
    # findings among them), written in our own words; each fails on the rules before
    ("Referrals go to the duty team, which recognises concerns and risks promptly.", "strength"),
    ("The focused visit in 2021 found that further work was needed to widen the choice of foster homes.", "neutral"),
    ("These include a well-used parenting course and an effective advice line for schools.", "strength"),
    ("Training for independent reviewing officers has been strengthened since the spring.", "strength"),
])
def test_tenth_round_patterns(text, polarity):
    assert classify_text(text, doc_type="inspection_report")[1] == polarity


@pytest.mark.parametrize("text,polarity", [
    # what the tenth round's patterns must leave alone
    ("Assessments do not always identify risks early.", "concern"),
    ("Supervision needs to be strengthened.", "concern"),
    ("This includes weekly visits by the duty team.", "neutral"),
    ("Since the last inspection found practice to be weak, leaders have not made enough progress.", "concern"),
])
def test_tenth_round_patterns_leave_alone(text, polarity):
    assert classify_text(text, doc_type="inspection_report")[1] == polarity


@pytest.mark.parametrize("text,polarity", [
    # eleventh round (issue 17): constructions read from the held-out errors of the training labels, written in our
    # own words; each fails on the rules before
    ("Help from a personal adviser lasts until the age of 21, whether or not the young person is studying.",
     "neutral"),
    ("A gap analysis of the partnership's procedures has shaped the new training plan.", "neutral"),
    ("The youth team has set up helpful links with the local colleges.", "strength"),
    ("Reviewing officers judged most care plans to be of a high standard.", "strength"),
    ("The new panel is beginning to strengthen permanence planning.", "strength"),
    ("Cohesive partnership working between schools and the council supports families.", "strength"),
])
def test_eleventh_round_patterns(text, polarity):
    assert classify_text(text, doc_type="inspection_report")[1] == polarity


@pytest.mark.parametrize("text,polarity", [
    # what the eleventh round's patterns must leave alone
    ("There are gaps in the analysis of the data given to the board.", "concern"),
    ("Children are not always seen alone, whether or not they live at home.", "concern"),
    ("Not all carers find the training helpful.", "concern"),
    ("Leaders have not yet started to improve the timeliness of assessments.", "concern"),
])
def test_eleventh_round_patterns_leave_alone(text, polarity):
    assert classify_text(text, doc_type="inspection_report")[1] == polarity


@pytest.mark.parametrize("text,polarity", [
    # thirteenth round (issue 17, the readers' line): the rules' own classes among the reader rows' errors, written in
    # our own words; each fails on the rules before
    ("The head of service has tightened the oversight of pre-proceedings work.", "strength"),
    ("Weekly case panels are helping to improve the pace of permanence planning.", "strength"),
    ("Children wait 520 days on average to move in with an adoptive family, far longer than the national average.",
     "concern"),
    ("Re-referrals within a year are lower than the statistical neighbours' average.", "strength"),
    ("Attendance of children in care is lower than the national average for their peers.", "concern"),
    ("Careful transition planning means that education is not disrupted when a child moves home.", "strength"),
    ("A few young people still experience a high number of placement moves.", "concern"),
])
def test_thirteenth_round_patterns(text, polarity):
    assert classify_text(text, doc_type="inspection_report")[1] == polarity


@pytest.mark.parametrize("text,polarity", [
    # what the thirteenth round's patterns must leave alone
    ("Leaders have not strengthened the oversight of private fostering.", "concern"),
    ("The service needs to help social workers to improve the quality of plans.", "neutral"),
    ("Some children's plans are delayed or disrupted when workers change.", "concern"),
    ("In 2013, 58% of care leavers were in full-time education, lower than the national average.", "concern"),
])
def test_thirteenth_round_patterns_leave_alone(text, polarity):
    assert classify_text(text, doc_type="inspection_report")[1] == polarity


def _kind_and_polarity_model(finding_neutral_shift: float, action_neutral_shift: float = 0.0) -> ClassifierModel:
    """A toy model: the first vector dimension says finding, the second context, the third action; polarity leans
    to neutral, then strength, for every segment."""
    from pipeline.classify_model import LabelSettings

    dim = 4
    classes = {"kind": ("action", "context", "finding", "recommendation"),
               "polarity": ("concern", "neutral", "strength")}
    coef = {label: np.zeros((len(c), 3 * dim + len(CUE_NAMES))) for label, c in classes.items()}
    coef["kind"][2, 0] = coef["kind"][1, 1] = coef["kind"][0, 2] = 10.0
    intercept = {"kind": np.zeros(4), "polarity": np.array([0.0, 1.0, 0.5])}
    settings = {"kind": LabelSettings(1.0, 1.0, 1.0, 0.0),
                "polarity": LabelSettings(1.0, 1.0, 1.0, 0.0, finding_neutral_shift=finding_neutral_shift,
                                          action_neutral_shift=action_neutral_shift)}
    return ClassifierModel(classes=classes, coef=coef, intercept=intercept, settings=settings)


def test_finding_neutral_shift_moves_only_findings_off_neutral():
    table = VARIED.iloc[1:3].reset_index(drop=True)
    vectors = np.array([[1.0, 0, 0, 0], [0, 1.0, 0, 0]])  # a finding, then a context
    plain = _kind_and_polarity_model(0.0).predict(vectors, cue_matrix(table))
    assert list(plain["kind"]) == ["finding", "context"] and list(plain["polarity"]) == ["neutral", "neutral"]
    shifted = _kind_and_polarity_model(-1.0).predict(vectors, cue_matrix(table))
    assert list(shifted["kind"]) == ["finding", "context"]
    assert list(shifted["polarity"]) == ["strength", "neutral"]  # the context keeps its neutral


def test_finding_neutral_shift_survives_a_round_trip_and_older_files_have_none(tmp_path):
    model = _kind_and_polarity_model(-1.5)
    model.save(tmp_path / "model.npz")
    assert ClassifierModel.load(tmp_path / "model.npz").settings["polarity"].finding_neutral_shift == -1.5
    arrays = dict(np.load(tmp_path / "model.npz", allow_pickle=False))
    arrays["polarity_settings"] = arrays["polarity_settings"][:4]  # a file written before the shift existed
    np.savez_compressed(tmp_path / "old.npz", **arrays)
    assert ClassifierModel.load(tmp_path / "old.npz").settings["polarity"].finding_neutral_shift == 0.0


def test_action_neutral_shift_moves_only_actions_off_neutral():
    """Twenty-first round: a step taken is mostly approved on the readers' line; the shift moves the neutral score
    of a segment called an action, and neither a finding's nor a context's."""
    table = VARIED.iloc[1:4].reset_index(drop=True)
    vectors = np.array([[1.0, 0, 0, 0], [0, 1.0, 0, 0], [0, 0, 1.0, 0]])  # a finding, a context, an action
    plain = _kind_and_polarity_model(0.0).predict(vectors, cue_matrix(table))
    assert list(plain["kind"]) == ["finding", "context", "action"]
    assert list(plain["polarity"]) == ["neutral", "neutral", "neutral"]
    shifted = _kind_and_polarity_model(0.0, action_neutral_shift=-1.0).predict(vectors, cue_matrix(table))
    assert list(shifted["polarity"]) == ["neutral", "neutral", "strength"]
    both = _kind_and_polarity_model(-1.0, action_neutral_shift=-0.25).predict(vectors, cue_matrix(table))
    assert list(both["polarity"]) == ["strength", "neutral", "neutral"]  # -0.25 is too little to pass strength


def test_action_neutral_shift_survives_a_round_trip_and_five_setting_files_have_none(tmp_path):
    model = _kind_and_polarity_model(-1.5, action_neutral_shift=-1.0)
    model.save(tmp_path / "model.npz")
    loaded = ClassifierModel.load(tmp_path / "model.npz").settings["polarity"]
    assert (loaded.finding_neutral_shift, loaded.action_neutral_shift) == (-1.5, -1.0)
    arrays = dict(np.load(tmp_path / "model.npz", allow_pickle=False))
    arrays["polarity_settings"] = arrays["polarity_settings"][:5]  # a file written before the action shift existed
    np.savez_compressed(tmp_path / "old.npz", **arrays)
    old = ClassifierModel.load(tmp_path / "old.npz").settings["polarity"]
    assert (old.finding_neutral_shift, old.action_neutral_shift) == (-1.5, 0.0)

"""A label part its findings write after "outside" or "out of" said with it (`pipeline.themes.negated_parts`)."""

from tests.naming_fixtures import ELSEWHERE, covers_of

from pipeline.themes.negated_parts import outside_parts, outside_said

# findings on help given when the day teams are closed, most writing "outside office hours"
NIGHT = ["Calls made outside office hours reach the duty team.", "Out of office hours, a manager is on call.",
         "The emergency duty team covers the county outside normal office hours.",
         "Referrals outside office hours are passed on the next morning.",
         "The emergency duty team is small.", "Police contact the team outside of office hours.",
         "Office hours are extended on Fridays.", "The emergency duty team records each call.",
         "Handover from the emergency duty team is prompt.", "Foster carers can ring outside office hours."]
# findings on the working day itself: "office hours" with no "outside"
DAYTIME = ["Office hours are displayed at reception.", "Visits take place in office hours.",
           "Office hours suit most families.", "Office hours were changed last year.",
           "Some staff work beyond office hours.", "Duty managers are present in office hours.",
           "Parents can ring in office hours.", "Office hours end at five.", "Team meetings are in office hours.",
           "Office hours are long."]


def test_a_part_written_after_outside_is_said_with_it():
    covers = covers_of([NIGHT, DAYTIME] + [ELSEWHERE] * 6)
    labels = {0: "Office hours and emergency duty teams", 1: "Office hours",
              **{2 + i: f"Social workers {i}" for i in range(6)}}
    said = outside_parts(labels, covers)
    assert said[0] == "Outside office hours and emergency duty teams"
    # most of its findings write the phrase with no "outside": it stays
    assert said[1] == "Office hours"
    assert all(said[t] == labels[t] for t in range(2, 8))


def test_a_kept_theme_a_taken_label_or_an_already_said_part_stays():
    covers = covers_of([NIGHT, DAYTIME] + [ELSEWHERE] * 6)
    label = "Office hours and emergency duty teams"
    assert outside_parts({0: label}, covers, keep={0})[0] == label
    assert outside_parts({0: label}, covers, taken={"Outside office hours and emergency duty teams"})[0] == label
    assert outside_said(covers, 0, "Outside office hours and emergency duty teams") is None
    assert outside_said(covers, 0, "Emergency duty teams") is None

"""The fourteenth to twenty-third rounds' patterns of the readers' line (pipeline/readers_line.py), through
the rules' polarity.

Every sentence is written in our own words. The first table holds one or more cases per pattern that the rules
before the round labelled otherwise; the second holds near misses that must keep their label.
"""

import pytest

from pipeline.classify import classify_text
from pipeline.patterns import Folded
from pipeline import readers_line


def polarity(text: str) -> str:
    return classify_text(text, doc_type="inspection_report")[1]


@pytest.mark.parametrize("text,expected", [
    # FAVOURABLE_EFFECT: what practice leads to for children
    ("Joint work with the police is leading to children being protected from exploitation.", "strength"),
    ("Family meetings held early have resulted in more young people being kept safe at home.", "strength"),
    # HELP_GIVEN: help given to children, named by who gives it
    ("The school nurse provides young people with advice about their health.", "strength"),
    ("A dedicated worker gives foster carers with complex placements support in the evenings.", "strength"),
    # FAVOURABLE_ABSENCE: no child in a place where none should be
    ("There are no care leavers in bed and breakfast accommodation.", "strength"),
    ("At present, no young people are in unregulated settings.", "strength"),
    # INCONSISTENCY: the noun
    ("There is some inconsistency in how often plans are reviewed.", "concern"),
    ("Inconsistencies remain in the recording of visits.", "concern"),
    # AREAS_TO_IMPROVE: areas for improvement said to remain
    ("Leaders know there is more to do, and there remain areas for improvement to ensure that all plans are good.",
     "concern"),
    # DONE_WRONGLY
    ("Two referrals were closed inappropriately before any assessment.", "concern"),
    ("The case should have been escalated to a manager.", "concern"),
    ("Some young people live in unsuitable flats.", "concern"),
    # UNMET_NEED: a need of the service said outright
    ("Although the panel has some help, it needs dedicated support from an officer to plan its work.", "concern"),
    # NOT_WORRY: "the people concerned"; HARDSHIP_BACKDROP: "despite the challenges, ..."
    ("Strategy meetings share what is known about the families concerned and agree timely action.", "strength"),
    ("Despite the pressures on the service, visits to children are timely.", "strength"),
    # the narrowed gap, read over a longer subject
    ("The gap between the results of children in care and those of their classmates has narrowed.", "strength"),
    # MORE_PRAISE
    ("The new triage team is making a real difference to families.", "strength"),
    ("Personal advisers have a detailed knowledge of each young person.", "strength"),
    ("Children are seen alone during every assessment.", "strength"),
    ("The peer reviews have been valuable in spreading learning.", "strength"),
    ("Complaints from children are robustly followed up.", "strength"),
    ("There is an extensive range of activities for care leavers.", "strength"),
    ("Children in care have been active in shaping the pledge.", "strength"),
    ("Most care leavers live in suitable homes.", "strength"),
    # FAVOURABLE_RISE
    ("This year there has been an increase in the number of foster carers approved.", "strength"),
])
def test_fourteenth_round_patterns(text, expected):
    assert polarity(text) == expected


@pytest.mark.parametrize("text,expected", [
    # an effect aimed at or denied is no effect
    ("The strategy aims to lead to children being protected sooner.", "neutral"),
    ("Poor recording is not leading to children being safer.", "concern"),
    # plain provision offered stays neutral; help not given is a shortfall
    ("Children are offered a return home interview.", "neutral"),
    ("The service does not provide care leavers with advice about housing.", "concern"),
    # a fact that is no favourable absence
    ("No looked after children are home educated.", "concern"),
    # "concerned about" is worry; a shortfall after the backdrop stays a shortfall
    ("Teachers were concerned about the delays in visits.", "concern"),
    ("Despite the challenges, the timeliness of assessments remains poor.", "concern"),
    # areas for improvement as a topic, met or known
    ("Leaders have made good progress in the areas for improvement identified at the last inspection.", "strength"),
    # a need of children is no shortfall of the service
    ("Children who need more support are referred to the specialist team promptly.", "strength"),
    # a gap that widened is still a shortfall
    ("The gap between the attainment of children in care and other children has widened.", "concern"),
    # a difference only hoped for; unsuitable homes
    ("The new team is expected to make a real difference.", "neutral"),
    ("Some care leavers live in accommodation that is not suitable.", "concern"),
    # limiting words on praise keep it a strength ("most", "some", "many"); only "a small number" hedges it
    ("Most children are visited regularly and seen on their own.", "strength"),
    ("Some care leavers receive effective help to find apprenticeships.", "strength"),
    ("For many children, plans are reviewed promptly.", "strength"),
    ("In a small number of cases, good practice was seen.", "concern"),
])
def test_fourteenth_round_patterns_leave_alone(text, expected):
    assert polarity(text) == expected


@pytest.mark.parametrize("name", ["FAVOURABLE_EFFECT", "HELP_GIVEN", "FAVOURABLE_ABSENCE", "INCONSISTENCY",
                                  "AREAS_TO_IMPROVE", "NOT_WORRY", "HARDSHIP_BACKDROP", "MORE_PRAISE",
                                  "FAVOURABLE_RISE", "DONE_WRONGLY", "UNMET_NEED"])
def test_each_pattern_compiles_as_a_folded_pattern(name):
    assert Folded(getattr(readers_line, name)).search("no words of any rule here") is None


@pytest.mark.parametrize("text,expected", [
    # fifteenth round: each is labelled otherwise by the rules before the round (a past problem or a rare harm read
    # as a shortfall, praise words missed, an aim read as praise)
    # PROBLEM_DEALT_WITH
    ("Earlier delays in getting health assessments for a few children have been resolved.", "strength"),
    ("The backlog of unallocated referrals has now been cleared.", "strength"),
    # OVERCOMING
    ("Managers work with schools to overcome the barriers that keep some children out of lessons.", "neutral"),
    # HARDSHIP_ACKNOWLEDGED
    ("Foster carers, while acknowledging the pressures of the past year, are positive about the support they get.",
     "strength"),
    # WITHIN_LIMIT
    ("The average time to adoption, at 410 days, is within the national threshold.", "strength"),
    # BETTER_THAN_AVERAGE
    ("Children's progress in reading is better than the average in England.", "strength"),
    # RARE_HARM ("no exclusions" is no longer a concern; the negation keeps its praise uncounted)
    ("Very few children in care are excluded from school.", "strength"),
    ("There have been no permanent exclusions of children in care this year.", "neutral"),
    # AIM_NOT_MET
    ("The new team is settling in and more work is needed to ensure consistently good plans.", "concern"),
    # FURTHER_GAIN
    ("Figures for the spring show a further improvement in the timeliness of visits.", "strength"),
    # WARM_PRAISE
    ("Personal advisers speak about the young people with pride.", "strength"),
    ("Carers show real compassion for the children they look after.", "strength"),
    ("Young people are encouraged to join the children in care council.", "strength"),
    ("Returning to live with her family has been life-changing for one young woman.", "strength"),
    # EFFORT_AND_REACH: striving for children, contact kept with (nearly) all, harm prevented
    ("Family workers strive to keep brothers and sisters living together.", "strength"),
    ("The team is in touch with almost all of its care leavers.", "strength"),
    ("Nearly all care leavers stay in touch with their personal advisers.", "strength"),
    ("The new panel is preventing drift in plans for younger children.", "strength"),
])
def test_fifteenth_round_patterns(text, expected):
    assert polarity(text) == expected


@pytest.mark.parametrize("text,expected", [
    # fifteenth round: near misses that keep their label on either side of the round
    # a delay still there, a problem not yet dealt with
    ("Delays in getting health assessments have not been resolved.", "concern"),
    ("Delays in getting health assessments have still to be addressed.", "concern"),
    # barriers that remain are a shortfall
    ("Some children face barriers to getting help with their mental health.", "concern"),
    # a hardship named with no praise after it stays a shortfall
    ("While acknowledging the pressures, leaders have not yet reduced caseloads.", "concern"),
    # over the threshold is a shortfall
    ("The average time to adoption, at 610 days, is over the national threshold.", "concern"),
    # "better" with no average or comparator
    ("Plans are better than they were at the last inspection.", "neutral"),
    # too few of something good stays a shortfall
    ("Very few care leavers are in education or training.", "concern"),
    ("Too few foster carers have been recruited.", "concern"),
    # further improvement still needed
    ("Further improvement is needed in the quality of plans.", "concern"),
    # encouragement only asked for
    ("Young people should be encouraged to take part in their reviews.", "neutral"),
    # striving only planned, contact lost, harm not yet prevented
    ("Leaders will strive to recruit more foster carers next year.", "neutral"),
    ("Some care leavers are not in touch with the service.", "concern"),
    ("This is not yet preventing drift for a few children.", "concern"),
])
def test_fifteenth_round_patterns_leave_alone(text, expected):
    assert polarity(text) == expected


@pytest.mark.parametrize("name", ["PROBLEM_DEALT_WITH", "OVERCOMING", "HARDSHIP_ACKNOWLEDGED", "WITHIN_LIMIT",
                                  "BETTER_THAN_AVERAGE", "RARE_HARM", "AIM_NOT_MET", "FURTHER_GAIN", "WARM_PRAISE",
                                  "EFFORT_AND_REACH"])
def test_each_fifteenth_round_pattern_compiles_as_a_folded_pattern(name):
    assert Folded(getattr(readers_line, name)).search("no words of any rule here") is None


@pytest.mark.parametrize("text,expected", [
    # sixteenth round (the fourth reader file): each sentence is labelled otherwise by the rules before the round
    # GOOD_PRACTICE: good practice said as a plain fact
    ("The fostering team runs a stringent check on every new carer's references.", "strength"),
    ("The council is a learning organisation, always looking to improve how it works with families.", "strength"),
    ("Leaders know who their most vulnerable young people are and check on them each week.", "strength"),
    ("Managers know where the children missing from school live.", "strength"),
    ("After a year of interim posts, the new leadership team is in a much stronger position to drive change.",
     "strength"),
    ("Visits to children are planned according to the level of risk.", "strength"),
    ("Young carers meet at a club that helps them to make friends.", "strength"),
    # CHILDREN_SHAPE: children's voice shaping a service
    ("The short breaks offer was extended to weekends at the request of the children in care council.", "strength"),
    ("Leaflets for families were rewritten following feedback from care leavers.", "strength"),
    # ENABLES_OVERSIGHT: what information lets managers do
    ("The weekly dashboard enables managers to spot cases where visits are late.", "strength"),
    # LOW_PROBLEM: a problem measure said to be low or steady
    ("Staff turnover is low.", "strength"),
    ("Vacancy rates in the assessment teams are low and stable.", "strength"),
    ("Workloads are reasonable for most workers.", "strength"),
    # NEGATIVE_EFFECT: a negative effect named
    ("The loss of two team managers impacts negatively on supervision.", "concern"),
    ("Frequent moves have had a negative effect on some children's schooling.", "concern"),
    # MANY_CHANGES: children moved again and again, repeat plans, work rated less than good
    ("A few children have had multiple changes of social worker this year.", "concern"),
    ("A high proportion of families are made subject to a repeat plan within two years.", "concern"),
    ("Audits rated supervision as less than effective in a third of cases.", "concern"),
    # NOT_A_SHORTFALL: problems reduced, a past hardship as backdrop, what to do if unhappy, a child's own request
    ("Early help workers de-escalate concerns and prevent the need for statutory involvement.", "neutral"),
    ("Following a period of instability in the service, leaders have now built a settled team.", "neutral"),
    ("The leaflet explains what young people should do if they are not happy with their support.", "neutral"),
    ("For a few young people, the lack of contact with their worker is at their own request.", "neutral"),
])
def test_sixteenth_round_patterns(text, expected):
    assert polarity(text) == expected


@pytest.mark.parametrize("text,expected", [
    # sixteenth round: near misses that keep their label on either side of the round
    ("Checks on new carers are not stringent enough.", "concern"),
    ("Leaders do not know who their most vulnerable young people are.", "concern"),
    ("Leaders should know where the children missing from school live.", "neutral"),
    ("The new leadership team is not yet in a position to drive change.", "concern"),
    ("Visits to children are not planned according to the level of risk.", "concern"),
    ("Young carers are asked to help at the club.", "neutral"),
    ("Feedback from care leavers has not been sought.", "concern"),
    ("The weekly dashboard does not enable managers to spot cases where visits are late.", "concern"),
    ("Staff turnover remains high.", "concern"),
    ("Vacancy rates are high in the assessment teams.", "concern"),
    ("Caseloads are too high for some workers.", "concern"),
    ("The loss of two team managers has affected the service.", "neutral"),
    ("Children have had few changes of social worker.", "concern"),
    ("The number of repeat plans is in line with similar areas.", "neutral"),
    ("Audits rated supervision as good in most cases.", "strength"),
    ("Concerns about neglect are not escalated quickly enough.", "concern"),
    ("Following the inspection, delays in assessments have grown.", "concern"),
    ("Young people do not know what to do if they are unhappy with their support.", "concern"),
    ("Some children are not seen alone by their worker.", "concern"),
    # schools rated less than good are the children's circumstances, not a shortfall of the service
    ("Around a tenth of the children attend less than good schools, and the virtual school tracks their progress "
     "closely.", "strength"),
    ("Where a school is judged less than good, the virtual school visits each term.", "strength"),
])
def test_sixteenth_round_patterns_leave_alone(text, expected):
    assert polarity(text) == expected


@pytest.mark.parametrize("name", ["GOOD_PRACTICE", "CHILDREN_SHAPE", "ENABLES_OVERSIGHT", "LOW_PROBLEM",
                                  "NEGATIVE_EFFECT", "MANY_CHANGES", "NOT_A_SHORTFALL"])
def test_each_sixteenth_round_pattern_compiles_as_a_folded_pattern(name):
    assert Folded(getattr(readers_line, name)).search("no words of any rule here") is None


@pytest.mark.parametrize("text,expected", [
    # CONTRAST_SHORTFALL (seventeenth round): a shortfall named in a contrast clause makes the sentence a concern
    ("The speed of return interviews has got much better, but remains a priority, given that almost a third "
     "are late.", "concern"),
    ("Visits are well recorded, but some children still wait for a named worker.", "concern"),
    ("Support for care leavers is much better, although about a third take over 10 days to get a flat.", "concern"),
    ("Most plans are reviewed on time, while a minority of care leavers experience a change of adviser.", "concern"),
])
def test_seventeenth_round_contrast_shortfall(text, expected):
    assert polarity(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the markers outside a contrast clause, or a contrast with no shortfall marker, are left alone
    ("Keeping children safe remains a priority for leaders, who act well.", "strength"),
    ("Almost a third of children have been adopted by their foster carers, which is a good outcome.", "strength"),
    ("Managers are highly visible, and staff say they are well supported.", "strength"),
    ("While demand has risen, managers have kept caseloads manageable.", "strength"),
])
def test_seventeenth_round_contrast_shortfall_leaves_alone(text, expected):
    assert polarity(text) == expected


def test_contrast_shortfall_compiles_as_a_folded_pattern():
    assert Folded(readers_line.CONTRAST_SHORTFALL).search("good, but some children still wait")


@pytest.mark.parametrize("text,expected", [
    # eighteenth round (blind sample 23's errors, written in our own words); each the rules before label otherwise
    # PAST_JUDGEMENT: a past judgement as the starting point
    ("Since the previous inspection in 2018, when help and protection was judged inadequate, leaders have made "
     "good progress.", "strength"),
    # BELOW_THRESHOLD: children named by a threshold they do not meet (no shortfall; nothing else judged here)
    ("For families who do not meet the threshold for statutory help, a support worker is offered.", "neutral"),
    # HYPOTHETICAL_HARM: a harm named as the condition a decision weighs
    ("Long-term fostering is planned early where going home would not be safe or would not meet the child's needs.",
     "neutral"),
    # KNOWN_PRESSURE: pressures leaders know; GAP_FILLED: a gap filled, a backlog cleared
    ("The director has a clear and up to date understanding of the pressures on the service.", "strength"),
    ("Leaders recognise the demands on staff and use agency workers well to fill the gap.", "strength"),
    # ISSUES_RESOLVED: problems resolved, in the past tense
    ("The recording problems were quickly resolved, and staff cleared the remaining backlog.", "strength"),
    # RARE_HARM: the children named with where they live
    ("No children in care in the county have been permanently excluded this year.", "strength"),
    # REQUIRES_MORE: more oversight required, improvements still required
    ("Most plans are strong, although a few areas of practice require closer management oversight.", "concern"),
    ("While stability is improving, further improvements are required to make planning consistent.", "concern"),
    # GOOD_SCHOOLS: the schools' grade is no praise of the service
    ("At the time of the inspection, 85% of children in care attended good or outstanding schools.", "neutral"),
    # PLAIN_SHORTFALL: plain shortfall words the lists missed
    ("Since the council was last visited, its services have got worse.", "concern"),
    ("A recent audit found supervision ineffective in a third of cases.", "concern"),
    ("Case records vary in quality and regularity.", "concern"),
    ("Some young people stay in emergency placements for extended periods.", "concern"),
])
def test_eighteenth_round_patterns(text, expected):
    assert polarity(text) == expected


@pytest.mark.parametrize("text,expected", [
    # near misses that keep their label on either side
    ("Support for issues that do not meet this threshold is less good.", "concern"),  # not who: still a shortfall
    ("Children who need more support wait too long for it.", "concern"),  # children's needs, a wait still a concern
    ("Leaders do not recognise the pressures on social workers.", "concern"),  # knowledge negated
    ("The recording problems were not resolved before the inspection.", "concern"),  # not resolved
    ("Social workers provide good support to children in care.", "strength"),  # good support, no school
    ("Earlier deficits in practice have been addressed.", "strength"),  # deficits dealt with
])
def test_eighteenth_round_patterns_leave_alone(text, expected):
    assert polarity(text) == expected


@pytest.mark.parametrize("name", ["PAST_JUDGEMENT", "BELOW_THRESHOLD", "HYPOTHETICAL_HARM", "KNOWN_PRESSURE",
                                  "GAP_FILLED", "ISSUES_RESOLVED", "REQUIRES_MORE", "GOOD_SCHOOLS",
                                  "PLAIN_SHORTFALL"])
def test_each_eighteenth_round_pattern_compiles_as_a_folded_pattern(name):
    assert Folded(getattr(readers_line, name)).search("no words of any rule here") is None


@pytest.mark.parametrize("text,expected", [
    # nineteenth round (blind sample 24's errors, written in our own words); each the rules before label otherwise
    # CONCERN_AS_TOPIC: "concerning" as a preposition, concerns as a condition or as what families understand
    ("Reviews concerning disabled children are thorough.", "strength"),
    ("The panel gives helpful advice to schools when there are concerns about attendance.", "strength"),
    ("Parents understood the concerns of professionals and agreed the plan.", "neutral"),
    # HARM_KEPT_AWAY: the negation is what practice keeps away
    ("Tracking ensures that children are not disadvantaged when they move schools.", "strength"),
    # PROGRESS_AGAINST and KNOWS_WHAT_TO_IMPROVE: progress made against a problem, leaders knowing what to improve
    ("The council has made headway in tackling a fragile social work workforce.", "strength"),
    ("Leaders know what still needs to be improved in the front door.", "strength"),
    # EFFORT_AND_HELP: effort, an opportunity, regular contact, a range of services, only one child waiting
    ("Personal advisers work hard to keep in touch with young people in prison.", "strength"),
    ("The youth forum provides young people with an opportunity to meet the director.", "strength"),
    ("Young people in custody receive regular visits from their social workers.", "strength"),
    ("There is a range of therapeutic and family support services in each locality.", "strength"),
    ("On the day of the visit, only two children were waiting for a foster home.", "strength"),
    ("Brothers and sisters placed together are seen both alone and with each other.", "strength"),
    # NOT_YET_DONE: fragility, what is still to be agreed, legacy issues
    ("Leadership changes have brought some fragility to the improvement plan.", "concern"),
    ("The review of every child's plan is still to be completed.", "concern"),
])
def test_nineteenth_round_patterns(text, expected):
    assert polarity(text) == expected


@pytest.mark.parametrize("text,expected", [
    # near misses that keep their label on either side
    ("The rise in referrals is a concerning trend for the partnership.", "concern"),  # the adjective
    ("Managers have made little progress in reducing the high turnover of staff.", "concern"),  # little progress
    ("Ensure that children are not placed in unregistered homes.", "concern"),  # a recommendation's aim
    ("Leaders do not know what needs to improve in the front door.", "concern"),  # knowledge negated
    ("Social workers receive regular supervision, but it is not reflective.", "concern"),  # shortfall after
    ("Only a small number of children receive a return home interview.", "neutral"),  # few helped: no rule
    ("Some children who are unable to live at home are left without a formal arrangement.", "concern"),  # "without"
    ("The youth forum offers young people an opportunity to meet the director.", "neutral"),  # offers: not given
])
def test_nineteenth_round_patterns_leave_alone(text, expected):
    assert polarity(text) == expected


@pytest.mark.parametrize("name", ["CONCERN_AS_TOPIC", "HARM_KEPT_AWAY", "PROGRESS_AGAINST", "KNOWS_WHAT_TO_IMPROVE",
                                  "EFFORT_AND_HELP", "NOT_YET_DONE"])
def test_each_nineteenth_round_pattern_compiles_as_a_folded_pattern(name):
    assert Folded(getattr(readers_line, name)).search("no words of any rule here") is None


@pytest.mark.parametrize("text,expected", [
    # twenty-second round (blind sample 27's errors, written in our own words); each the rules before label otherwise
    # CHALLENGE_AS_SCRUTINY: challenge as oversight, not hardship
    ("Challenge from the independent chair is recorded clearly in the minutes.", "strength"),
    ("Audit and challenge meetings give leaders an accurate view of practice.", "strength"),
    # CHILDREN_CIRCUMSTANCE: the children a response is for, named by their circumstances
    ("Young people who are unable to return home receive the help they need from the team.", "strength"),
    ("Effective work protects children who are missing or absent from care.", "strength"),
    # RISK_LOWERED: harm named as what practice lowers
    ("Joint visits are timely and reduce the risk of harm to young people.", "strength"),
    # FALLING_PROBLEM and NO_PROBLEM_EVENT: a workforce problem falling, no problem event
    ("Recruitment is working, with staff turnover reducing across the teams.", "strength"),
    ("At the time of the visit there was no unallocated work in the assessment teams.", "strength"),
])
def test_twenty_second_round_patterns(text, expected):
    assert polarity(text) == expected


@pytest.mark.parametrize("text,expected", [
    # near misses that keep their label on either side
    ("The service faces a considerable financial challenge this year.", "concern"),  # hardship
    ("A high number of young people who are not in education are not offered support.", "concern"),
    ("Caseloads have not reduced and remain too high.", "concern"),  # the fall negated
    ("Some children who go missing from care are not offered a return home interview.", "concern"),
    ("There are no plans to reduce the backlog of assessments.", "concern"),  # no plan: a shortfall
])
def test_twenty_second_round_patterns_leave_alone(text, expected):
    assert polarity(text) == expected


@pytest.mark.parametrize("name", ["CHALLENGE_AS_SCRUTINY", "CHILDREN_CIRCUMSTANCE", "RISK_LOWERED", "FALLING_PROBLEM",
                                  "NO_PROBLEM_EVENT"])
def test_each_twenty_second_round_pattern_compiles_as_a_folded_pattern(name):
    assert Folded(getattr(readers_line, name)).search("no words of any rule here") is None


@pytest.mark.parametrize("text,expected", [
    # twenty-third round (blind sample 29's errors, written in our own words); each the rules before label otherwise
    # LOW_PROBLEMS_LISTED: workforce problems listed and said to be low
    ("Sickness absence, vacancies and the use of agency workers are low in the fostering team.", "strength"),
    # NO_CASE_SEEN: no case seen of a problem
    ("Decisions are sound, and no cases were seen of plans ending prematurely or inappropriately.", "strength"),
    # MORE_CIRCUMSTANCES: children named by their circumstances in a relative clause
    ("The panel reviews young people who are at high risk of exploitation and provides effective oversight.",
     "strength"),
    # NOT_UNCOMMON and NEEDS_AND_CONCERNS: litotes, and a family's needs and concerns
    ("Trust is strong, and it is not uncommon for young people to return to the team for advice.", "strength"),
    ("Triage meetings give a proportionate response to the needs and concerns that families bring.", "strength"),
    # RISK_MANAGED: risks said to be managed, in the passive
    ("Children are visited often and risk is managed well by the team.", "strength"),
    # LESS_ABLE and LONG_TIME: a service less able to act, at breaking point, a long wait
    ("As a result, the council is less able to assure itself that plans are followed.", "concern"),
    ("By the spring the front door team was at breaking point.", "concern"),
    ("Children who cannot live at home find new carers, but it often takes a long time to find them.", "concern"),
])
def test_twenty_third_round_patterns(text, expected):
    assert polarity(text) == expected


@pytest.mark.parametrize("text,expected", [
    # near misses that keep their label on either side
    ("Turnover and vacancies are high, and caseloads are rising.", "concern"),  # not low
    ("There was no evidence of management oversight in the cases inspectors sampled.", "concern"),  # evidence missing
    ("Long waits for assessments are not uncommon in the disability team.", "concern"),  # a problem not uncommon
    ("Risks are not managed well when children go missing.", "concern"),  # the risk management negated
])
def test_twenty_third_round_patterns_leave_alone(text, expected):
    assert polarity(text) == expected


@pytest.mark.parametrize("name", ["LOW_PROBLEMS_LISTED", "NO_CASE_SEEN", "MORE_CIRCUMSTANCES", "NOT_UNCOMMON",
                                  "NEEDS_AND_CONCERNS", "PROBLEM_ANSWERED", "LONG_TIME", "LESS_ABLE", "RISK_MANAGED"])
def test_each_twenty_third_round_pattern_compiles_as_a_folded_pattern(name):
    assert Folded(getattr(readers_line, name)).search("no words of any rule here") is None

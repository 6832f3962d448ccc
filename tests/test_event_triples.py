"""What real news confuses in a (type, source, target) triple within one sentence: PLOVER types
that read alike (accord/events/extract.py) and who a phrase names (accord/events/participants.py).
Every sentence here was written for the test."""

from __future__ import annotations

import pytest
from sentences import analyse


def coded(events):
    return [(e.type, [p.actor for p in e.source], [p.actor for p in e.target]) for e in events]


@pytest.mark.parametrize("text, type_", [
    ("Brazilian President Jair Bolsonaro opposed Macron's statement on Friday.", "ACCUSE"),  # words judged
    ("The Kenyan government strongly rejected the new Ugandan fishing ban.", "ACCUSE"),        # an act judged
    ("Germany rejected the French proposal for a joint fund.", "REJECT"),                     # a proposal refused
    ("Spain rejected Morocco's offer of talks.", "REJECT"),                                   # an offer refused
])
def test_opposing_another_partys_act_is_criticism_refusing_an_offer_is_rejection(nlp, text, type_):
    events = analyse(nlp, text)
    assert type_ in [e.type for e in events] and {"ACCUSE", "REJECT"} - {type_} & {e.type for e in events} == set(), \
        coded(events)


@pytest.mark.parametrize("text, source", [
    ("The Brazilian president's critics blame him for the fires in the Amazon.", "Brazilian president's critics"),
    ("Critics of the Brazilian president blamed him for the fires.", "Critics"),
    ("Russia's allies in Central Asia accused Ukraine of sabotage.", "Russia's allies"),
])
def test_people_named_by_their_tie_to_someone_are_not_that_someone(nlp, text, source):
    events = analyse(nlp, text)
    accusations = [e for e in events if e.type == "ACCUSE"]
    assert [[(p.text, p.actor) for p in e.source] for e in accusations] == [[(source, None)]], coded(events)


def test_companies_framed_by_a_country_are_no_state(nlp):
    assert analyse(nlp, "Japanese carmaker Toyota and a German supplier signed a deal to build batteries.") == []
    events = analyse(nlp, "Kenya banned a Chinese mining company from exporting ore.")
    assert [(e.type, [p.actor for p in e.target]) for e in events] == [("SANCTION", [None])], coded(events)


@pytest.mark.parametrize("text, source, target", [
    ("The US Treasury imposed sanctions on Russian banks.", "USA", "RUS"),              # a sector of the state
    ("Russian state television accused Ukraine of shelling the plant.", "RUS", "UKR"),  # the state's own outlet
])
def test_a_states_sector_and_its_own_outlets_stand_for_it(nlp, text, source, target):
    events = analyse(nlp, text)
    assert [([p.actor for p in e.source], [p.actor for p in e.target]) for e in events] == [([source], [target])], \
        coded(events)


@pytest.mark.parametrize("text", [
    "Chilean diplomats were threatened with expulsion by Bolivia on Friday over their contacts with miners.",
    "Canada warned Ghana on Monday that IMF loans could be frozen unless it cut spending.",
])
def test_what_is_threatened_is_not_coded_again_whoever_would_do_it(nlp, text):
    events = analyse(nlp, text)
    assert [e.type for e in events] == ["THREATEN"], coded(events)


def test_i_and_we_in_a_direct_quotation_are_its_speaker(nlp):
    text = ('Chile\'s foreign minister Alberto van Klaveren responded to the closure on Twitter: '
            '"I firmly condemn the Bolivian blockade."')
    events = analyse(nlp, text)
    accusations = [e for e in events if e.type == "ACCUSE"]
    assert [[p.text for p in e.source] for e in accusations] == [["I"]], coded(events)
    assert accusations[0].source[0].actor is not None and [p.actor for p in accusations[0].target] == ["BOL"]


@pytest.mark.parametrize("text, target", [
    ("Georgia has been the target of Russian cyberattacks for years.", "GEO"),
    ("In 2009, the Kandahar airbase was the target of a Taliban rocket attack.", "AFG"),
])
def test_what_is_the_target_of_an_act_is_its_target(nlp, text, target):
    events = analyse(nlp, text)
    assert [[p.actor for p in e.target] for e in events] == [[target]], coded(events)


@pytest.mark.parametrize("text, type_", [
    ("Protesters clashed with police outside the parliament in Tbilisi on Friday.", "PROTEST"),
    ("Demonstrators threw stones at Georgian police officers.", "PROTEST"),
    ("Gunmen attacked a police station in Georgia.", "ASSAULT"),          # an armed group's attack
    ("Police fired tear gas at the protesters in Tbilisi.", "ASSAULT"),   # force used on a protest
])
def test_violence_of_protesters_is_a_violent_protest(nlp, text, type_):
    events = analyse(nlp, text)
    assert [e.type for e in events] == [type_], coded(events)


@pytest.mark.parametrize("text, type_", [
    ("A federal judge in Ohio dismissed the governor's lawsuit on Friday.", "SANCTION"),
    ("The High Court of Kenya rejected the government's appeal.", "SANCTION"),
    ("The Kenyan Senate rejected the president's budget.", "REJECT"),       # no court: a refusal
])
def test_a_court_dismissing_a_partys_legal_action_rules_against_it(nlp, text, type_):
    events = analyse(nlp, text)
    assert type_ in [e.type for e in events] and not ({"SANCTION", "REJECT"} - {type_}) & {e.type for e in events}, \
        coded(events)


@pytest.mark.parametrize("text, source", [
    ("The statement was criticised by Kenyan President William Ruto, who accused Uganda of arming the rebels.",
     "person:william-ruto"),
    ("The decision angered Ghana, which recalled its ambassador from Togo.", "GHA"),
])
def test_the_subject_of_a_relative_clause_is_the_noun_it_describes(nlp, text, source):
    events = analyse(nlp, text)
    acts = [e for e in events if any(p.actor in ("UGA", "TGO") for p in e.target)]
    assert [[p.actor for p in e.source] for e in acts] == [[source]], coded(events)

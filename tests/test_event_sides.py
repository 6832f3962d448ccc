"""Who is source and who is target (issue #11), by the constructions docs/annotation.md names under
"Voice and construction": what parties talk about is no party; a promise by several is theirs
jointly; a passive verb shares the subject of the verb it is coordinated with; each conjunct of a
coordination is a party; the author of a thing an act answers is its target; the parties of an
act "between A and B" are A and B, not who announced or brokered it; an attack "from X" is X's; the
place a curfew or a siege is enforced in is its target, each of coordinated places is one; whom a
thing is returned to is the target, not who is named in the thing's description.
Every sentence here was written for the test."""

from __future__ import annotations

import pytest
from sentences import analyse


def coded(events):
    return [(e.type, [(p.text, p.actor) for p in e.source], [(p.text, p.actor) for p in e.target], e.reciprocal)
            for e in events]


def parties(event) -> set[str | None]:
    return {p.actor for p in event.source + event.target}


def only(events, type_):
    found = [e for e in events if e.type == type_]
    assert len(found) == 1, coded(events)
    return found[0]


@pytest.mark.parametrize("text, expected", [
    ("Norway and Peru gathered in Lima on Monday to discuss Colombia–Ecuador relations.", {"NOR", "PER"}),
    ("Talks between Ghana and Togo on Burkina Faso's debt resumed on Monday.", {"GHA", "TGO"}),
    ("Sweden and Chad will negotiate Niger's debt.", {"SWE", "TCD"}),
])
def test_what_parties_talk_about_is_no_party(nlp, text, expected):
    events = analyse(nlp, text)
    talk = next(e for e in events if e.type in ("CONSULT", "AGREE"))
    assert parties(talk) == expected and talk.reciprocal, coded(events)


def test_a_promise_by_several_is_theirs_jointly_a_promise_to_act_together_is_mutual(nlp):
    events = analyse(nlp, "Japan, Canada and Mexico have pledged funds for the reconstruction.")
    pledge = only(events, "AGREE")
    assert ([p.actor for p in pledge.source], pledge.target, pledge.reciprocal) == (["JPN", "CAN", "MEX"], [], False)
    events = analyse(nlp, "Ghana and Togo pledged to sign a trade agreement.")
    assert parties(only(events, "AGREE")) == {"GHA", "TGO"} and only(events, "AGREE").reciprocal, coded(events)


@pytest.mark.parametrize("text, type_, target", [
    ("Ugandan activist Joseph Okello returned to Kampala and was detained at the airport.", "COERCE", "Joseph Okello"),
    ("Bolivian police arrested the former minister, who was charged with corruption.", "ACCUSE", "former minister"),
])
def test_a_passive_verb_with_no_subject_of_its_own_acts_on_the_one_it_describes(nlp, text, type_, target):
    events = analyse(nlp, text)
    assert [p.text for p in only(events, type_).target] == [target], coded(events)


def test_each_conjunct_of_a_coordination_is_a_party_known_or_not(nlp):
    events = analyse(nlp, "The rebels and the Malian army agreed to a ceasefire.")
    truce = only(events, "AGREE")
    assert parties(truce) == {None, "MLI"} and truce.reciprocal, coded(events)
    events = analyse(nlp, "Spain imposed sanctions on Nicolas Maduro and Hector Ramirez Fuentes.")
    assert [p.text for p in only(events, "SANCTION").target] == ["Nicolas Maduro", "Hector Ramirez Fuentes"], \
        coded(events)


@pytest.mark.parametrize("text, type_, source, target", [
    ("Mexico filed a lawsuit against the tariffs that Canada imposed last year.", "ACCUSE", "MEX", "CAN"),
    ("The Kenyan government criticised the sanctions that the United States announced on Monday.", "ACCUSE",
     "KEN", "USA"),
])
def test_the_author_of_what_an_act_answers_is_its_target(nlp, text, type_, source, target):
    events = analyse(nlp, text)
    event = only(events, type_)
    assert ([p.actor for p in event.source], [p.actor for p in event.target]) == ([source], [target]), coded(events)


@pytest.mark.parametrize("text, type_, expected", [
    ("The White House announced a peace deal between Sudan and Chad.", "AGREE", {"SDN", "TCD"}),
    ("The Pope brokered a truce between Peru and Ecuador.", "CONCEDE", {"PER", "ECU"}),
    ("Qatar announced a ceasefire between Algeria and Morocco on Sunday.", "CONCEDE", {"DZA", "MAR"}),
])
def test_an_act_between_two_parties_is_theirs_not_its_announcers_or_brokers(nlp, text, type_, expected):
    events = analyse(nlp, text)
    event = only(events, type_)
    assert parties(event) == expected and event.reciprocal, coded(events)


def test_a_mediation_itself_is_the_mediators_act(nlp):
    events = analyse(nlp, "Kuwait launched a mediation effort between Sudan and Chad.")
    assert [p.actor for p in only(events, "CONSULT").source] == ["KWT"], coded(events)


@pytest.mark.parametrize("text, source, target", [
    ("Kharkiv came under heavy shelling from Russian forces.", ["RUS"], ["UKR"]),
    ("The Azeris say they were retaliating against missile attacks from Armenia.", ["ARM"], []),
])
def test_an_attack_from_a_party_is_its_attack(nlp, text, source, target):
    events = analyse(nlp, text)
    attack = only(events, "ASSAULT")
    assert ([p.actor for p in attack.source], [p.actor for p in attack.target]) == (source, target), coded(events)


@pytest.mark.parametrize("text, type_, target", [
    ("Federal troops declared a state of siege in the town after the riots.", "COERCE", "the town"),
    ("The UN declared a state of siege in Marovo on Tuesday.", "COERCE", "Marovo"),
    ("Kenyan police imposed blockades in parts of the northern region.", "COERCE", "parts of the northern region"),
])
def test_a_place_an_act_is_enforced_in_is_its_target_though_its_state_is_unknown(nlp, text, type_, target):
    events = analyse(nlp, text)
    assert [(p.text, p.actor) for p in only(events, type_).target] == [(target, None)], coded(events)


def test_a_time_is_no_place_an_act_is_enforced_in(nlp):
    events = analyse(nlp, "The army declared a state of siege in June.")
    assert only(events, "COERCE").target == [], coded(events)


@pytest.mark.parametrize("text, type_, targets", [
    ("Ghanaian soldiers participate in peacekeeping missions in Mali and Lebanon.", "AID", ["MLI", "LBN"]),
    ("Sweden provides 20 million euros in support for farmers in Kenya and Uganda.", "AID", ["KEN", "UGA"]),
])
def test_each_coordinated_place_an_act_is_aimed_at_is_a_target(nlp, text, type_, targets):
    events = analyse(nlp, text)
    assert [p.actor for p in only(events, type_).target] == targets, coded(events)


@pytest.mark.parametrize("text, target", [
    ("Germany returned a bronze statue that was looted in 1897 to Nigeria.", "NGA"),
    ("France returned a manuscript, missing since 1950, to Mali.", "MLI"),
    ("A stolen painting of a Spanish admiral was returned by Dutch police to the Italian government.", "ITA"),
])
def test_whom_a_thing_is_returned_to_is_the_target_not_what_it_names(nlp, text, target):
    events = analyse(nlp, text)
    assert [p.actor for p in only(events, "RETREAT").target] == [target], coded(events)

"""Speaker words that name an actor and must resolve to it: a person's name the tagger missed
(shaped as a name by a known given name or a courtesy word, closing a description; without the
object of a preposition that opens the clause), a body's whole
name before the acronym it is then called by, a public body named by its function in a story set
in places the gazetteer does not know, and the holders of a title framed by a state. Controls keep
private bodies (a company, a university) without an actor. Sentences written for these tests
(names and places chosen apart from the gold sets)."""

from __future__ import annotations

import pytest

import accord

pytestmark = pytest.mark.slow


def speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.speaker.text, q.speaker.actor) for q in accord.analyze(text, published="2021-05-01").quotes
            if q.speaker]


@pytest.mark.parametrize("text, expected", [
    # a courtesy word before a name the tagger did not take for a person's; named again in part
    ("The party nominated Princess Ubonrat Mahasakul as its candidate on Friday. Officially, Princess"
     " Ubonrat holds no title. In support of her candidacy, Princess Ubonrat pointed out that the palace"
     " had not been consulted.", ("Princess Ubonrat", "person:ubonrat-mahasakul")),
    ("The council named Sheikh Abdulkarim Qasimi as envoy. Sheikh Abdulkarim said the talks would resume.",
     ("Sheikh Abdulkarim", "person:abdulkarim-qasimi")),
    # a role set beside a body's name, then the holder's name, which the parser hung on the role
    ('"Hannah was the finest engineer I have known," said University of Oregon, Eugene\'s chancellor,'
     " Pradeep Venkatraman.", ("Pradeep Venkatraman", "person:pradeep-venkatraman")),
    # a show's name opening the description of the person named after a trade
    ('Veteran Evening Edition producer and host Ana Ruiz tweeted: "She was a rebel, a harsh critic of'
     ' human behavior & yet an unfailing champion of the underdog."', ("host Ana Ruiz", "person:ana-ruiz")),
])
def test_a_persons_name_the_tagger_missed(text, expected):
    assert speakers(text)[-1] == expected


@pytest.mark.parametrize("text, expected", [
    # a preposition opening the clause with no comma: its object is no part of the speaker's name
    ("The label dropped the rapper Kofi Mensah on Friday. On Instagram Mensah accused the label of theft.",
     [("Mensah", "person:kofi-mensah")]),
    ("The label dropped singer Lena Brandt on Friday. On Twitter Brandt accused the label of theft.",
     [("Brandt", "person:lena-brandt")]),
])
def test_the_object_of_an_opening_preposition_is_no_part_of_the_name(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the acronym stands for the whole name, a state body ('Department'), not for its last words
    ("Flames spread near Reno on Monday. The Nevada Department of Wildlands and Fire Protection (NevFire)"
     " cleared two campsites. NevFire indicated the injuries were minor.", [("NevFire", "USA")]),
    ("Bush fires spread near Nairobi. The Kenya Department of Environment and Fire Protection (KDEFP)"
     " cleared a road. KDEFP said two rangers were hurt.", [("KDEFP", "KEN")]),
    # a company's name stays a private body's
    ("Storms cut power across Oregon. The Cascade Power and Light Company (CPLC) sent crews out."
     " CPLC said most homes would be reconnected by Friday.", [("CPLC", None)]),
])
def test_an_acronym_speaks_for_the_whole_name_it_abbreviates(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the story's places are unknown towns, placed only by a city the gazetteer knows
    ("A warehouse caught fire on Sunday in Nerva, a town forty kilometres from Seville. Local authorities"
     " said two workers died. Three more were hurt, according to firefighters.",
     [("Local authorities", "ESP"), ("firefighters", "ESP")]),
    # a company speaks for no state wherever it is
    ("A warehouse caught fire on Sunday in Nerva, a town forty kilometres from Seville. The company said"
     " two workers died.", [("The company", None)]),
])
def test_a_public_body_takes_the_state_of_the_places_named(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The war dragged on through the winter. Several Chilean admirals believed the blockade would fail.",
     [("Several Chilean admirals", "CHL")]),
    ('The strike was condemned abroad. "This must stop," two EU commissioners said.',
     [("two EU commissioners", "EU")]),
    # a university's professors are no state's
    ("The ruling surprised lawyers. Several Harvard professors said the court had erred.",
     [("Several Harvard professors", None)]),
])
def test_holders_of_a_title_framed_by_a_state_speak_for_it(text, expected):
    assert speakers(text) == expected

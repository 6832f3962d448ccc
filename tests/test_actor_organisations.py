"""News organisations, NGOs and companies; names the NER counts with "the" or "'s"; capitals named
as cities; state bodies whose name begins with a state's name (accord/actors, organisations.tsv)."""

from __future__ import annotations

from datetime import date

import pytest

from accord.actors import link_actors
from accord.actors.political import bare_private_bodies, event_mentions
from accord.model import Actor, Mention


def link(nlp, text: str):
    return link_actors(nlp(text), date(2024, 5, 6))


def mentions(linked) -> dict[str, tuple[str | None, tuple[str, ...]]]:
    return {m.text: (m.actor, tuple(m.sectors)) for m in linked.mentions}


@pytest.mark.parametrize("text, name, code, country, sector", [
    ("The opposition leader told Reuters on Tuesday that the vote had been rigged.",
     "Reuters", "org:reuters", "GBR", "MED"),
    ("Two ministers resigned, according to the Washington Post.",
     "Washington Post", "org:the-washington-post", "USA", "MED"),
    ("Al Jazeera reported that the convoy had crossed into Chad overnight.",
     "Al Jazeera", "org:al-jazeera", "QAT", "MED"),
    ("Greenpeace activists chained themselves to the gates of the refinery.",
     "Greenpeace", "org:greenpeace", None, "NGO"),
    ("Boeing delayed deliveries of the new jets to Kenya Airways.",
     "Boeing", "org:boeing", "USA", "BUS"),
])
def test_news_organisations_ngos_and_companies_are_organisations_of_their_state(nlp, text, name, code, country, sector):
    """A news organisation, NGO or company the data names is an organisation with its home state
    and its sector, as the gold codes such bodies (docs/annotation.md: their entries give country
    and sector), not a state and not an unknown name."""
    linked = link(nlp, text)
    found = mentions(linked)
    assert found.get(name, (None,))[0] == code, found
    actor = {a.id: a for a in linked.actors}[code]
    assert (actor.kind, actor.country, actor.sector) == ("organisation", country, sector)


@pytest.mark.parametrize("text, name, code", [
    ("The Liberal Party's candidates won most seats in Ontario, Canada's largest province.",
     "Liberal Party", "party:can-liberal"),
    ("In Washington, the Democratic National Committee asked states to allow postal votes.",
     "Democratic National Committee", "party:usa-democratic"),
])
def test_a_party_the_statistical_model_counts_with_the_or_s_is_still_the_party(nlp, text, name, code):
    """The NER writes "The Liberal Party's" or "the Democratic National Committee" as one entity;
    the words around the name do not make it a larger name that the party sits inside."""
    assert mentions(link(nlp, text)).get(name, (None,))[0] == code, mentions(link(nlp, text))


@pytest.mark.parametrize("text, city", [
    ("Rockets landed forty kilometres north of the capital, Kabul, on Sunday.", "Kabul"),
    ("Thousands marched through the Peruvian capital Lima against the new tax.", "Lima"),
    ("The bus was headed for Nairobi when its brakes failed.", "Nairobi"),
])
def test_a_capital_named_as_the_city_or_a_destination_is_a_place(nlp, text, city):
    """A capital in apposition to "capital" or "city", or the goal of a verb of motion with "for",
    names the place, not its government."""
    found = mentions(link(nlp, text))
    assert found.get(city, (None,))[0] is None, found


def test_a_capital_that_acts_is_still_its_government(nlp):
    assert mentions(link(nlp, "Kabul rejected the proposal for talks on Sunday."))["Kabul"][0] == "AFG"


@pytest.mark.parametrize("text, name, code, sector", [
    ("The Brazilian Geological Survey recorded the tremor at dawn.", "Brazilian", "BRA", "GOV"),
    ("The Nigerian Meteorological Agency warned of floods along the Niger.", "Nigerian", "NGA", "GOV"),
])
def test_a_state_s_name_beginning_a_state_body_s_name_takes_its_sector(nlp, text, name, code, sector):
    assert mentions(link(nlp, text))[name] == (code, (sector,))


def test_a_private_name_begun_by_a_demonym_takes_no_state_sector(nlp):
    """"Bank" makes the name private (institutions.tsv): the demonym stays a bare nationality."""
    assert mentions(link(nlp, "The Kenyan Development Bank lent the farmers money."))["Kenyan"] == ("KEN", ())


def test_companies_media_and_ngos_reach_the_event_and_attribution_stages_as_bare_names():
    """Gold codes companies, media and NGOs null as participants and speakers; parties and the
    international organisations of igos.tsv keep their actor."""
    actors = [Actor("org:boeing", "Boeing", "organisation", "USA", "BUS"),
              Actor("org:cnn", "CNN", "organisation", "USA", "MED"),
              Actor("org:greenpeace", "Greenpeace", "organisation", None, "NGO"),
              Actor("party:usa-democratic", "Democratic Party", "organisation", "USA", "PTY"),
              Actor("HRW", "Human Rights Watch", "organisation", None)]
    given = [Mention(a.id, a.name, 0, len(a.name), 0, "gazetteer", (a.sector,) if a.sector else ()) for a in actors]
    for seen in (bare_private_bodies(given, actors), event_mentions(given, actors)):
        found = {m.text: (m.actor, m.sectors) for m in seen}
        assert found["Boeing"] == found["CNN"] == found["Greenpeace"] == (None, ())
        assert found["Democratic Party"][0] == "party:usa-democratic" and found["Human Rights Watch"][0] == "HRW"

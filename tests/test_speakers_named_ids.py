"""Person ids minted from the right words: the name that closes a speaker's description is the
person ('longtime ... writer and producer Ana Ruiz'), a trade capitalised as a sentence's first
word is no part of the name, and the names of places, structures and storms mint no person.
Sentences written for these tests."""

from __future__ import annotations

import pytest

import accord


@pytest.mark.parametrize("text, person", [
    # the name printed after the nouns describing its holder, no comma between
    ("Longtime Evening Report writer and producer Tom Hadley tweeted that the show would end in May.",
     "person:tom-hadley"),
    ("Longtime Daily Show writer and performer Carl Benning tweeted that the network had cancelled the program.",
     "person:carl-benning"),
])
def test_the_name_closing_a_description_speaks(text: str, person: str) -> None:
    quotes = accord.analyze(text, published="2021-03-01").quotes
    assert [q.speaker.actor for q in quotes if q.speaker] == [person]


def test_the_relative_of_a_named_person_is_not_that_person() -> None:
    text = "The mother of singer Tom Hadley said the family was grieving."
    quotes = accord.analyze(text, published="2021-03-01").quotes
    assert [q.speaker.actor for q in quotes if q.speaker] != ["person:tom-hadley"]


@pytest.mark.parametrize("text, name, person", [
    ("Broadcaster Anna Kowalczyk said the decision was a mistake.", "Anna Kowalczyk", "person:anna-kowalczyk"),
])
def test_a_sentences_first_word_is_no_part_of_a_name(text: str, name: str, person: str) -> None:
    mentions = accord.analyze(text, published="2021-03-01").mentions
    assert (name, person) in [(m.text, m.actor) for m in mentions]


@pytest.mark.parametrize("text, name", [
    ("Typhoon Mirasol hit the coast of Luzon on Monday, officials said.", "Typhoon Mirasol"),
    ("Traffic on Martin Luther Avenue was halted after the crash, officials said.", "Martin Luther Avenue"),
    ("Hurricane Bernadette hit the coast of Belize on Monday.", "Hurricane Bernadette"),
])
def test_no_person_is_minted_from_a_things_name(text: str, name: str) -> None:
    analysis = accord.analyze(text, published="2021-03-01")
    assert not [m for m in analysis.mentions if m.text == name and m.actor and m.actor.startswith("person:")]
    assert not [q for q in analysis.quotes if q.speaker and (q.speaker.actor or "").startswith("person:")]


def test_a_name_introduced_as_a_bodys_is_no_person_where_it_recurs() -> None:
    text = ("The software company Nova Lab announced the plan on Monday. "
            "Nova Lab said its engineers would move to Denver.")
    analysis = accord.analyze(text, published="2021-03-01")
    assert [q.speaker.actor for q in analysis.quotes if q.speaker] == [None, None]
    assert not [m for m in analysis.mentions if (m.actor or "").startswith("person:")]


def test_a_person_named_after_a_bodys_noun_as_a_clauses_subject_stays_a_person() -> None:
    text = "Ana Kowalczyk left the company Anna Berg founded. Anna Berg said the split was friendly."
    quotes = accord.analyze(text, published="2021-03-01").quotes
    assert [q.speaker.actor for q in quotes if q.speaker] == ["person:anna-berg"]


def test_a_name_after_a_persons_noun_with_its_article_is_a_person() -> None:
    # the article is the noun's ('an attendee'), not a body's name's ('the US Geological Survey')
    text = 'Speaking to the BBC, an attendee Hari Om said, "We come here every year."'
    quotes = accord.analyze(text, published="2021-03-01").quotes
    assert [q.speaker.actor for q in quotes if q.speaker] == ["person:hari-om"]

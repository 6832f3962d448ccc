"""Speakers that are named persons the article refers to by a shorter form (issue 12, eighth
round): a hyphenated surname alone is the person named in full with it, and a relative named by
a given name beside a person named in full carries that person's family name, as the guidelines
write a person's usual full name. Sentences written for these tests."""

from __future__ import annotations

import pytest

import accord


@pytest.mark.parametrize("text, person", [
    ("Laura Ruiz-Tagle, a chemist at the university, led the second study. "
     "Ruiz-Tagle found that the coating cracked at low temperatures.", "person:laura-ruiz-tagle"),
    ("Biologist Daniel Okafor-Hughes spent two winters on the island.\n\n"
     "Okafor-Hughes said, \"The colony is smaller than we feared.\"", "person:daniel-okafor-hughes"),
    ("The lawsuit was filed by Helen Bright-Adams on Tuesday. "
     "Bright-Adams told reporters that the council had ignored her letters.", "person:helen-bright-adams"),
])
def test_a_hyphenated_surname_alone_is_the_person_named_in_full(text: str, person: str) -> None:
    analysis = accord.analyze(text, published="2021-05-04")
    assert [q.speaker.actor for q in analysis.quotes if q.speaker][-1] == person
    surname = person[len("person:"):].split("-", 1)[1].title()
    assert [m.actor for m in analysis.mentions if m.text.lower() == surname.lower()] == [person]


def test_a_hyphenated_surname_two_people_share_stays_unresolved() -> None:
    text = ("Marta Ruiz-Tagle and her cousin Pablo Ruiz-Tagle ran the farm for a decade. "
            "Ruiz-Tagle said the drought had ruined the harvest.")
    analysis = accord.analyze(text, published="2021-05-04")
    assert [q.speaker.actor for q in analysis.quotes if q.speaker] == [None]


@pytest.mark.parametrize("text, person", [
    # the possessive resolved by coreference
    ("Retired surgeon Thomas Whitcombe died at his home on Sunday. "
     "His wife Susan said he had been ill for several months.", "person:susan-whitcombe"),
    ("The family of Victor Lindqvist confirmed his death. "
     "According to his son, Peter, Lindqvist died peacefully in his sleep.", "person:peter-lindqvist"),
    # paragraphs after the person was last named outside quotation marks, as obituaries close
    ("Conductor Walter Brandt died on Friday aged 88.\n\n"
     "\"Brandt gave this orchestra its voice,\" said the orchestra's director, Ruth Hale.\n\n"
     "Tributes came from across Europe.\n\n"
     "His daughter Emily said \"He was conducting in his head until the very end.\"", "person:emily-brandt"),
])
def test_a_relative_named_by_a_given_name_takes_the_family_name(text: str, person: str) -> None:
    quotes = accord.analyze(text, published="2021-05-04").quotes
    assert person in [q.speaker.actor for q in quotes if q.speaker]


@pytest.mark.parametrize("text, person", [
    # a name the given-names data does not know keeps the one word: many names stand alone
    ("Former general Bambang Wiryawan died on Monday. His widow, Suharni, said he had asked "
     "to be buried in his village.", "person:suharni"),
    # a cousin need not carry the family name
    ("Retired surgeon Thomas Whitcombe died at his home on Sunday. "
     "His cousin, Susan, said he had been ill for several months.", "person:susan"),
])
def test_a_relative_keeps_the_name_printed_where_no_family_name_is_shown(text: str, person: str) -> None:
    quotes = accord.analyze(text, published="2021-05-04").quotes
    assert [q.speaker.actor for q in quotes if q.speaker] == [person]

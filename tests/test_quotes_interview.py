"""Speakers in interview transcripts: "I" in an answer is the one whose turn it is, "you" in the
interviewer's question the one who answers. Transcripts written for these tests."""

from __future__ import annotations

import pytest

import accord

pytestmark = pytest.mark.slow

INTRO = "Marine biologist Ines Carvalho studies sea turtles off the coast of Brazil. Wikinews spoke to her.\n\n\n"


def speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.speaker.text, q.speaker.actor) for q in accord.analyze(text, published="2020-06-01").quotes
            if q.speaker]


@pytest.mark.parametrize("text, expected", [
    # an answer's "I", in its first paragraph and in one that continues the turn
    (INTRO + "((WN))  How was the season?\n\n\n((Ines Carvalho))  I think the water warmed sooner than usual."
     "\n\n\nIt is hard to say more. I believe the trend will continue.",
     [("I", "person:ines-carvalho"), ("I", "person:ines-carvalho")]),
    # the answer names the person by surname alone: the person the article named in full
    (INTRO + "((WN))  What comes next?\n\n\n((Carvalho))  I hope the state protects the beaches.",
     [("I", "person:ines-carvalho")]),
    # a turn's name the article does not give in full is the person's id as printed
    ("A nurse who cares for patients in Pune spoke to Wikinews.\n\n\n((WN))  How are you?\n\n\n"
     "((Meera))  I think the worst is over.", [("I", "person:meera")]),
    # "you" in the question is whoever answers it
    (INTRO + "((Wikinews))  You said the nesting season started early. Why?\n\n\n((Ines Carvalho))  Warm water.",
     [("You", "person:ines-carvalho")]),
    # with answers printed without names, the person the introduction presents last
    ("Fisheries minister Paulo Dias opened a turtle reserve in Bahia on Monday. Dias cut the ribbon. Dias "
     "also visited a school. Marine biologist Ines Carvalho worked on the reserve for years, and "
     "Wikinews spoke to Carvalho.\n\n\n((WN))  You said the nesting season started early. Why?\n\n\n"
     "Warm water, mostly.", [("You", "person:ines-carvalho")]),
    # the interviewer's own "I" names no one, and an "I" outside any transcript stays unresolved
    (INTRO + "((WN))  I think readers would like to know more.\n\n\n((Ines Carvalho))  Of course.",
     [("I", None)]),
])
def test_interview_turns_name_their_speakers(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 'he' in an answer is someone the one answering tells of, not the name opening her turn
    (INTRO + "((WN))  Did your brother Tiago also study turtles?\n\n\n((Ines Carvalho))  He also wanted to "
     "study them, but he wanted to see the reef first.", [("He", None), ("he", None)]),
    # a man named in the answer itself is whom it continues
    (INTRO + "((WN))  Who started the project?\n\n\n((Ines Carvalho))  Professor Rui Matos founded it in 2009. "
     "He wanted to count every nest on the coast.", [("He", "person:rui-matos")]),
])
def test_a_third_person_in_an_answer_is_not_the_one_answering(text, expected):
    assert speakers(text) == expected

"""Speakers the parser hangs in the wrong place: a cue attached to a verb of the quotation, an
infinitive cue under a causative verb, a quotation split from the clause that introduces it, a
clause introducing a quotation parsed as what the cue after it reports. Sentences written for
these tests."""

from __future__ import annotations

import pytest

import accord


def last_speaker(text: str) -> tuple[str, str | None]:
    quotes = [q for q in accord.analyze(text, published="2021-03-01").quotes if q.speaker]
    last = max(quotes, key=lambda q: q.start)
    assert last.speaker is not None
    return last.speaker.text, last.speaker.actor


@pytest.mark.parametrize("text, expected", [
    # a subject inside the quoted clause is the quotation's own, not the speaker of the cue after it
    ('"Storm Ellen will bring heavy rain. This will cause flooding along the southern coasts", read the '
     "bulletin.", ("the bulletin", None)),
    # a name in quotation marks that is the whole subject still speaks
    ('The so-called "Islamic State" claimed the attack on the checkpoint.',
     ('The so-called "Islamic State', "group:islamic-state")),
    # the object of a causative verb does what its infinitive says
    ("Pressure from donors forced Senator Maria Kell to deny that she had taken the money.",
     ("Senator Maria Kell", "person:maria-kell")),
    ('Anger over the remark led Mayor Tomas Ferreira to say "I was wrong to speak that way."',
     ("Mayor Tomas Ferreira", "person:tomas-ferreira")),
    # after another verb an infinitive is the subject's purpose
    ("The minister co-founded the Workers League to oppose the new tax.", ("The minister", None)),
    # a quotation the parser split from the clause that introduces it without a comma
    ('Senator Ruth Kell was blunt in the interview. Later she told radio host Dan Pryor "if you vote for them, '
     'you deserve what you get."', ("she", "person:ruth-kell")),
])
def test_the_speaker_of_a_cue_the_parser_attached_elsewhere(text: str, expected: tuple[str, str | None]) -> None:
    assert last_speaker(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a clause introducing a quotation with a colon, parsed as the complement of the cue after the
    # quotation, is narrative: its subject is the one the pronoun continues
    ('Senator Jo Dunn spoke first in the debate. "We are the real choice," Dunn said. Mark Blake concurred: '
     '"We need to stop policing the world and let other nations settle their own quarrels", he argued.',
     ("he", "person:mark-blake")),
    # a clause quoted without a colon or comma is what is reported, not who speaks
    ('Senator Jo Dunn spoke first in the debate. Mark Blake is "a liar who cannot be trusted with the budget", '
     "he said.", ("he", "person:jo-dunn")),
])
def test_a_pronoun_continues_the_subject_of_a_clause_introducing_a_quotation(
        text: str, expected: tuple[str, str | None]) -> None:
    assert last_speaker(text) == expected


def test_a_name_in_another_script_mints_no_empty_person_id() -> None:
    # a Persian sentence between the speaker and the pronoun, which the tagger reads as names
    text = ('Federation president Reza Karimi defended the ban, saying, "These two players will not be allowed on '
            'the national team." ((fa))Farsi language: اولین اقدام ما این است که این افراد را از تمام مسابقاتی که '
            'در ایران برگزار می‌شود، محروم می‌کنیم. He further stated, "Our national interest is paramount."')
    assert last_speaker(text) == ("He", "person:reza-karimi")

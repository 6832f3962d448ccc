"""The source's words: which noun phrase speaks when the parser hangs the cue elsewhere. A cue
coordinated inside a clause whose subject cannot speak, a participle at the end of a sentence
after an adverbial clause, a quotation opened inside a clause (or after another in the same
sentence), a closed quotation followed by a sentence that introduces the next one or reports
words of its own, a pronoun bound by the reporting subject above it, a name set beside a role
set beside a description, and a reporting clause set off by commas inside what it reports.
Sentences written for these tests (names, places and domains chosen apart from the gold sets)."""

from __future__ import annotations

import pytest

import accord

pytestmark = pytest.mark.slow


def sources(text: str) -> list[tuple[str, str | None]]:
    """(the content's first words, the speaker's words) of each attribution, in text order."""
    quotes = accord.analyze(text, published="2021-03-01").quotes
    return [(q.text[:24], q.speaker.text if q.speaker else None) for q in quotes]


@pytest.mark.parametrize("text, expected", [
    # coordinated inside a complement clause whose subject is a thing: the clause above speaks
    ("In a statement, Kenyan President William Ruto found the air strike justified and called the militia's"
     " attack cowardly, brutal and senseless.",
     [("the air strike justified", "Kenyan President William Ruto"),
      ("the militia's attack cow", "Kenyan President William Ruto")]),
    # ... or a demonstrative ('this was unconfirmed')
    ("The reporters also spoke to the coast guard, who told them this was still unconfirmed and noted no"
     " distress call had been received.",
     [("this was still unconfirm", "the coast guard"), ("no distress call had bee", "the coast guard")]),
    # a participle closing the sentence is the main clause's, not the 'after' clause's
    ('Kenyan Foreign Minister Musalia Mudavadi recalled the envoy on Friday after a Somali delegation left the'
     ' summit early, calling the walkout "a deliberate insult".',
     [('the walkout "a deliberat', "Kenyan Foreign Minister Musalia Mudavadi")]),
])
def test_a_cue_hung_on_the_wrong_clause_takes_the_subject_that_speaks(text, expected):
    assert sources(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a quotation opened inside a clause, running into the next sentence
    ('Professor Maria Lindholm of Uppsala University explained that farmers might delay planting in cold'
     ' valleys, such as "where frost lingers into June" in order to "protect the seedlings. This can mean'
     ' waiting several weeks." Erik Dahl of the farmers union told our reporter the harvest would still be'
     ' normal.',
     [("where frost lingers into", "Professor Maria Lindholm of Uppsala University"),
      ("protect the seedlings. T", "Professor Maria Lindholm of Uppsala University"),
      ("the harvest would still ", "Erik Dahl of the farmers union")]),
    ('In a radio interview, Senator Ines Alvarado pointed out she had "never voted for a tax rise in twenty'
     ' years[.]" Critics say her record shows otherwise.',
     [("never voted for a tax ri", "Senator Ines Alvarado"), ("her record shows otherwi", "Critics")]),
])
def test_a_quotation_opened_inside_a_clause_is_that_clauses(text, expected):
    assert sources(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the clause after introduces the next quotation with a comma
    ('"We crossed the line together," said Kenyan runner Faith Kipyegon after the race. "I thank every'
     ' pacemaker. They made it possible." She wrote on Instagram, "Dreams do come true!"',
     [("We crossed the line toge", "Kenyan runner Faith Kipyegon"),
      ("I thank every pacemaker.", "Kenyan runner Faith Kipyegon"), ("Dreams do come true!", "She")]),
    # the sentence after reports a clause of its own
    ('"This is the worst flood in memory," said county sheriff Dana Ortiz. "Roads are gone. Bridges are'
     ' gone." By Tuesday evening, twelve people had been rescued, according to Ortiz.',
     [("This is the worst flood ", "county sheriff Dana Ortiz"), ("Roads are gone. Bridges ", "county sheriff Dana Ortiz"),
      ("By Tuesday evening, twel", "Ortiz")]),
])
def test_a_closed_quotation_is_not_attributed_by_the_next_sentences_own_report(text, expected):
    assert sources(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The Finnish border guard said they believed the boat had left from Estonia.",
     [("they believed the boat h", "The Finnish border guard"),
      ("the boat had left from E", "The Finnish border guard")]),
    ("Canadian researchers at McGill University said they believe the virus spread from bats.",
     [("they believe the virus s", "Canadian researchers at McGill University"),
      ("the virus spread from ba", "Canadian researchers at McGill University")]),
    # a pronoun that does not agree is someone else: a body for one person, a person for a body
    ("Speaking to reporters, Jan Kowalski, the chain's manager for Poland, explained that sales had fallen"
     " and stated they want to stay in Warsaw.",
     [("sales had fallen and sta", "Jan Kowalski"), ("they want to stay in War", "Jan Kowalski"),
      ("to stay in Warsaw", "they")]),
    ("The ministry said he believed the canal would reopen.",
     [("he believed the canal wo", "The ministry"), ("the canal would reopen", "he")]),
])
def test_a_pronoun_in_a_report_is_bound_by_the_reporting_subject(text, expected):
    assert sources(text) == expected


def test_a_fragment_after_a_scare_quote_takes_no_speaker_from_it():
    text = 'Reportedly, "KV" stands for the firm, "S" is for "service," and "7" for the week it began.'
    assert sources(text) == []


def test_a_name_beside_a_role_beside_a_description_speaks():
    text = "Canadian news source CityNews's senior editor, Priya Raman, said the station would appeal."
    assert sources(text) == [("the station would appeal", "Priya Raman")]


@pytest.mark.parametrize("text, expected", [
    ("The bridge, the engineers said, would reopen in May.",
     [("The bridge, the engineer", "the engineers")]),
    # after a relative word or an adverb: what follows the reporting clause
    ("Chile will keep the detainees, whom, the ministry said, Bolivia refused to take back.",
     [("Bolivia refused to take ", "the ministry")]),
    ("However, the captain added, the crew had followed every rule.",
     [("the crew had followed ev", "the captain")]),
])
def test_a_reporting_clause_inside_the_clause_it_reports(text, expected):
    assert sources(text) == expected

"""A person named in full and then again by the surname alone, or by a pronoun, as speaker and as
mention: surnames the recogniser did not take for a person, a name after an office's place, and
the subject a speaking pronoun continues. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.tokens import Span

import accord
from accord.actors import link_actors
from accord.events.discourse import story_pair
from accord.model import Mention


@pytest.mark.parametrize("text, surname, label, person", [
    # tagged as an organisation
    ("Geologist Ilse Marquardt led the survey of the glacier. Marquardt told the Oslo Tribune the ice had "
     "thinned by a third.", "Marquardt", "ORG", "person:ilse-marquardt"),
    # not tagged at all, at the start of a sentence
    ("The campaign of Tobias Wendling filed its papers on Friday. Wendling ran for the state senate in 2012.",
     "Wendling", None, "person:tobias-wendling"),
    # a capital inside the name; after a courtesy
    ("Mayor Tom McAllister opened the bridge. Residents cheered when McAllister cut the ribbon.",
     "McAllister", None, "person:tom-mcallister"),
    ("Geologist Ilse Marquardt mapped the glacier. Dr Marquardt told reporters it was faint.",
     "Marquardt", "ORG", "person:ilse-marquardt"),
])
def test_a_surname_alone_is_the_one_person_named_in_full_before(nlp, text, surname, label, person):
    doc = nlp(text)
    # the recogniser's labels vary between model versions: the full name is set a person's, and the
    # surname after it an organisation (with a courtesy before it, as tagged) or nothing
    first = next(t.i for t in doc if t.text == surname)
    later = [t.i for t in doc if t.text == surname and t.i > first]
    doc.ents = [Span(doc, first - 1, first + 1, label="PERSON")] + \
        [Span(doc, i - (doc[i - 1].text == "Dr"), i + 1, label=label) for i in later if label is not None]
    linked = link_actors(doc, date(2021, 3, 1))
    assert [m.actor for m in linked.mentions if m.text.endswith(surname) and m.start >= doc[later[0] - 1].idx] == \
        [person], [(m.text, m.actor, m.method) for m in linked.mentions]


@pytest.mark.parametrize("text, surname", [
    # two people of that name before: which one is unknown
    ("Rosa Kellner and her brother Anton Kellner opened the bakery. Kellner said the rent had doubled.", "Kellner"),
    # a surname that is a word after an article, and a word of a longer name
    ("Farmer Jakob West sold his land. The West has lost its farms.", "West"),
    ("Actress Mira Holt retired in May. The Holt Foundation will fund a school.", "Holt"),
])
def test_no_person_for_a_surname_that_may_be_someone_else_s_or_no_name(nlp, text, surname):
    linked = link_actors(nlp(text), date(2021, 3, 1))
    assert all(m.actor is None for m in linked.mentions if m.text == surname), \
        [(m.text, m.actor, m.method) for m in linked.mentions]


def test_no_person_for_a_surname_after_a_phrase_taken_for_a_name(nlp):
    """A campaign's slogan the recogniser took for a person's name gives its last word to no one."""
    doc = nlp("Voters backed Make Bergen Greener, a plan to make the city cleaner. Greener said the plan was bold.")
    start = next(t.i for t in doc if t.text == "Make")
    doc.ents = [Span(doc, start, start + 3, label="PERSON")]
    linked = link_actors(doc, date(2021, 3, 1))
    assert not [m for m in linked.mentions if m.text == "Greener" and m.start > 40], \
        [(m.text, m.actor, m.method) for m in linked.mentions]


def test_a_surname_alone_does_not_weigh_on_what_the_story_is_about():
    """The story's two parties are read from how often the text names them; repeating a diplomat's
    surname does not turn a story of two states into one of a single state."""
    def mention(actor: str, sentence: int, method: str = "gazetteer") -> Mention:
        return Mention(actor, actor, sentence * 10, sentence * 10 + 5, sentence, method)

    named = [mention(code, i) for i, code in enumerate(["AAA", "BBB", "AAA", "BBB", "AAA", "BBB", "AAA"])]
    again = [mention("AAA", 7 + i, "surname") for i in range(6)]
    assert story_pair(named, {}) == story_pair(named + again, {})


def test_a_name_after_the_place_of_an_office_is_the_person(nlp):
    """'Senator from Vermont Ana Ruiz' taken as one organisation: the place is no part of the name,
    and the surname later is hers."""
    doc = nlp("On Monday, United States Senator from Vermont Marta Lindqvist ended her campaign. "
              "Lindqvist said the fight would go on.")
    name = next(e for e in doc.ents if e.text.endswith("Lindqvist") and len(e) > 1)
    start = next(t.i for t in doc if t.text == "Vermont")
    doc.ents = [e for e in doc.ents if e != name and not (e.start <= start < e.end)] + \
        [Span(doc, start, name.end, label="ORG")]
    linked = link_actors(doc, date(2020, 4, 8))
    people = [(m.text, m.actor) for m in linked.mentions if m.actor == "person:marta-lindqvist"]
    assert ("Marta Lindqvist", "person:marta-lindqvist") in people and ("Lindqvist", "person:marta-lindqvist") in people


@pytest.mark.parametrize("text, pronoun, person", [
    # the subject of a clause completing a noun ("reports [that] Okafor ...") is not whom the next
    # sentence's pronoun continues: the main clause's subject is
    ("Chancellor Lena Vogt met Governor Ruth Okafor in May. Vogt left the party, expressing disappointment at "
     "reports Okafor hid in a bunker during the riots. She said the state needed clean hands.", "She",
     "person:lena-vogt"),
    # a surname the recogniser missed is the subject the pronoun continues, not a name after it
    ("Piet Haverkamp, a novelist, left the party in June. Haverkamp backed away from his support for Governor "
     "Jan de Wit, pointing to reports of waste. He said the party had lost its way.", "He",
     "person:piet-haverkamp"),
])
def test_a_speaking_pronoun_continues_the_main_subject_before(text, pronoun, person):
    quotes = accord.analyze(text, published="2021-03-01").quotes
    assert [(q.speaker.text, q.speaker.actor) for q in quotes if q.speaker and q.speaker.text == pronoun] == \
        [(pronoun, person)]


@pytest.mark.parametrize("text, expected", [
    # the name closes a description of coordinated roles; the parser hung it on the last noun
    ("On Monday, the Labour Party frontrunner and the nominee of the Farmers Union, Petra Lindgren, announced "
     "her choice of a running mate.", ("Petra Lindgren", "person:petra-lindgren")),
    ("The Fijian envoy to the Council of Europe, Tomasi Vunivalu, told the press the vote was fair.",
     ("Tomasi Vunivalu", "person:tomasi-vunivalu")),
    # a body's name is no person's
    ("The ministry of the interior, led by Petra Lindgren, said the border was closed.",
     ("The ministry of the interior", None)),
])
def test_a_name_set_off_after_a_role_s_description_speaks(text, expected):
    quotes = accord.analyze(text, published="2020-05-06").quotes
    assert [(q.speaker.text, q.speaker.actor) for q in quotes if q.speaker] == [expected]

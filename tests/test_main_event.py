"""Issue 11, the main event of a sentence and deliberation. Coders take a sentence's main event from
its main clause, not from an adverbial, relative or participial clause; and an act someone is only
considering is neither a promise (AGREE) nor an act that occurred. Sentences written for the test."""

from __future__ import annotations

import pytest
from sentences import analyse, summary

from accord.events.status import subordinate


# (sentence, word, whether the word sits in a subordinate clause)
@pytest.mark.parametrize("text, word, expected", [
    ("After rebels shelled the market, the army closed the road.", "shelled", True),      # adverbial clause
    ("After rebels shelled the market, the army closed the road.", "closed", False),      # the main clause
    ("If Lisbon raises tariffs, Madrid will retaliate.", "raises", True),                   # a condition
    ("Troops trained by Ankara seized the airport.", "trained", True),                      # participle on a noun
    ("The envoy, who had met the rebels, left Bamako.", "met", True),                       # relative clause
    ("Oslo froze the loan by cancelling the transfer.", "cancelling", True),               # a means gerund
    ("Ottawa sent advisers to train the police.", "train", False),                          # a purpose infinitive
    ("The ministry said the militia burned the depot.", "burned", False),                   # speech content
    ("Quito announced a plan to withdraw its observers.", "withdraw", False),               # a noun's content
])
def test_subordinate_clauses(nlp, text, word, expected):
    doc = nlp(text)
    (tok,) = [t for t in doc if t.text == word]
    assert subordinate(tok) is expected


# (sentence, trigger of the main clause's act, trigger of the act in a subordinate clause)
@pytest.mark.parametrize("text, main, other", [
    ("Ecuador expelled three Colombian diplomats after Colombia detained an Ecuadorian consul.",
     "expelled", "detained"),
    ("Hungary cancelled a planned state visit to Bucharest after Romania closed a Hungarian-language school.",
     "cancelled", "closed"),
])
def test_the_main_clause_act_is_the_most_confident(nlp, text, main, other):
    events = analyse(nlp, text)
    conf = {e.trigger.text: e.confidence for e in events}
    assert main in conf and other in conf, summary(events)
    assert conf[main] > conf[other], summary(events)


# (sentence, type of the act considered, source, target)
@pytest.mark.parametrize("text, type_, source, target", [
    ("The Danish government is considering sending emergency food aid to Malawi.", "AID", "Danish", "Malawi"),
    ("Tanzania will consider resuming negotiations with Burundi.", "CONSULT", "Tanzania", "Burundi"),
    ("Australia is weighing sanctions against Myanmar.", "SANCTION", "Australia", "Myanmar"),
    ("Portugal is contemplating imposing new tariffs on Brazilian goods.", "SANCTION", "Portugal", "Brazilian"),
])
def test_deliberation_is_no_intent(nlp, text, type_, source, target):
    events = analyse(nlp, text)
    assert [(e.type, e.status) for e in events] == [(type_, "hypothetical")], summary(events)
    assert source in events[0].source[0].text and target in events[0].target[0].text, summary(events)


def test_a_plan_stays_an_intent(nlp):
    (event,) = analyse(nlp, "Uruguay plans to send aid to Paraguay.")
    assert (event.type, event.mode, event.status) == ("AGREE", "aid", "anticipated")


def test_a_passive_consider_judges_and_does_not_deliberate(nlp):
    events = analyse(nlp, "The militia is widely considered to have shelled the convoy.")
    assert [e.status for e in events if e.type == "ASSAULT"] == ["occurred"], summary(events)

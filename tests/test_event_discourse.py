"""Roles the whole article settles (accord/events/discourse.py). Every article here was written
for the test."""

from __future__ import annotations

from datetime import date

import pytest

from accord.events.discourse import story_pair
from accord.model import Mention, RawDocument
from accord.pipeline import analyze_documents


def analyse(nlp, text: str):
    return analyse_whole(nlp, text).events


def analyse_whole(nlp, text: str):
    (analysis,) = analyze_documents([RawDocument(text=text, input="t", id="t", published=date(2024, 5, 6))], nlp)
    return analysis


def coded(events):
    return [(e.type, [p.actor for p in e.source], [p.actor for p in e.target]) for e in events]


def state_of(actor: str | None, analysis_actors) -> str | None:
    """A participant's state, as the gold codes it: a person's country, a state's own code."""
    known = {a.id: a for a in analysis_actors}.get(actor or "")
    return known.country if known is not None and known.kind == "person" else actor


# One state's domestic politics: every actor the article names is Kenyan.
KENYA = ("Kenyan lawmakers voted on Tuesday to summon the Kenyan finance minister over missing funds. "
         "The parliament of Kenya said the minister had ignored three earlier summonses. "
         "Kenyan President William Ruto refused to hand over the audit on Wednesday{after}. "
         "Ruto said the ministry's accounts were in order. "
         "The opposition in Kenya condemned the delay. "
         "Kenya's auditor general said on Thursday that the accounts were incomplete. "
         "Kenyan police detained two protesters outside parliament in Nairobi.")
# Two states' dispute: the same refusal, but the story is as much Uganda's.
BORDER = ("Kenyan and Ugandan officials met in Kampala on Tuesday to discuss the border dispute. "
          "Uganda said Kenyan fishermen had entered its waters near Migingo island. "
          "Kenyan President William Ruto refused to hand over the survey maps on Wednesday. "
          "Ugandan President Yoweri Museveni said the maps belonged to both countries. "
          "Uganda's army said on Thursday that its patrols would continue.")


@pytest.mark.parametrize("text, targets", [
    (KENYA.format(after=""), [["KEN"]]),                                        # the state's own politics
    (KENYA.format(after=", a day after returning from Uganda"), [[]]),          # another state in the sentence
    (BORDER, [["UGA"]]),                                       # a story of two states: the other (below)
])
def test_an_act_in_a_story_of_one_states_politics_is_aimed_at_that_state(nlp, text, targets):
    events = analyse(nlp, text)
    refusals = [e for e in events if e.type == "REJECT"]
    assert [[p.actor for p in e.target] for e in refusals] == targets, coded(events)


def test_the_inferred_target_points_at_the_states_name(nlp):
    events = analyse(nlp, KENYA.format(after=""))
    (refusal,) = [e for e in events if e.type == "REJECT"]
    (target,) = refusal.target
    assert target.text == "Kenyan" and target.end <= refusal.trigger.start, coded(events)


# The story names another state once, so the body's state is not the only one named before it.
KENYA_BODIES = ("Kenyan lawmakers voted on Tuesday to summon the Kenyan finance minister over a loan from Uganda. "
                "The parliament of Kenya said the minister had ignored three earlier summonses. "
                "Kenyan President William Ruto refused to hand over the audit on Wednesday. "
                "Ruto said the ministry's accounts were in order. "
                "The opposition in Kenya condemned the delay. "
                "Kenya's auditor general said on Thursday that the accounts were incomplete. "
                "Kenyan police detained two protesters outside parliament in Nairobi. "
                "The Senate rejected the budget on Friday. "
                "Judge Amara Wekesa dismissed the minister's appeal.")


@pytest.mark.parametrize("text, trigger, source", [
    (KENYA_BODIES, "rejected", "KEN"),                                           # a body named bare
    (KENYA_BODIES, "dismissed", "KEN"),                                          # a name with its office
    # a story of two states: a court sits where the story happens (the talks in Kampala), as the
    # actor stage places an office of a state's courts (docs/actors.md, "Offices and their state")
    (BORDER + " Judge Amara Wekesa dismissed the fishermen's appeal.", "dismissed", "UGA"),
])
def test_a_body_or_office_holder_of_the_story_of_one_state_is_that_states(nlp, text, trigger, source):
    analysis = analyse_whole(nlp, text)
    (act,) = [e for e in analysis.events if e.trigger.text == trigger]
    assert [state_of(p.actor, analysis.actors) for p in act.source] == [source], coded(analysis.events)




# A story of two states' dealings (the same words, one party each), then a third party's view.
PAIR = ("India accused Pakistan on Monday of sheltering the gunmen who attacked a hotel in Mumbai. "
        "Indian Prime Minister Narendra Modi said the attackers had come from Pakistan. "
        "Pakistan's foreign minister denied the charge. "
        "Modi warned that India would not tolerate any more attacks. "
        "Pakistani officials said Islamabad was ready to cooperate with India. "
        "India suspended trade on Tuesday{third}.")


@pytest.mark.parametrize("text, targets", [
    (PAIR.format(third=""), [["PAK"], ["PAK"]]),               # the other party of the story
    (PAIR.format(third=", a week after talks in Russia"), [["PAK"], []]),  # a third party in the sentence
])
def test_an_act_in_a_story_of_two_parties_is_aimed_at_the_other(nlp, text, targets):
    events = analyse(nlp, text)
    acts = [e for e in events if e.type in ("THREATEN", "SANCTION")]
    assert [[p.actor for p in e.target] for e in acts] == targets, coded(events)


# The people a state's acts are aimed at, in a story of that state's politics; who attacked stays apart.
ZAMBIA = ("Zambian lawmakers voted on Monday to extend the state of emergency in Zambia. "
          "The Zambian government said the emergency would last until June. "
          "Zambian President Hakainde Hichilema defended the decree in Lusaka. "
          "The opposition in Zambia condemned the extension. "
          "Zambia's electoral commission said the vote would go ahead. "
          "A Zambian court upheld the decree on Tuesday. "
          "Mwila Banda stabbed two guards outside the court in Lusaka on Wednesday. "
          "{act}")


@pytest.mark.parametrize("act, trigger, target", [
    ("Police detained 40 people after the rally on Thursday.", "detained", "ZMB"),  # private people
    ("A former aide to the minister, Chanda Mulenga, was convicted on Friday.", "convicted", "ZMB"),  # a person
    ("Police arrested two suspects on Thursday.", "arrested", None),                   # suspects of an attack
    ("Police arrested Banda on Thursday.", "arrested", None),                          # the attacker
])
def test_the_people_a_states_acts_aim_at_in_its_story_are_that_states(nlp, act, trigger, target):
    analysis = analyse_whole(nlp, ZAMBIA.format(act=act))
    (found,) = [e for e in analysis.events if e.trigger.text == trigger]
    assert [state_of(p.actor, analysis.actors) for p in found.target] == [target], coded(analysis.events)


# A reaction that names the act it answers by a definite noun alone answers the article's lead act.
LEAD = ("Brazil withdrew its ambassador from Uruguay on Monday. "
        "The two countries have argued over fishing rights off the coast of Uruguay. "
        "{reaction}")


@pytest.mark.parametrize("reaction, target", [
    ("The European Union criticised the move on Tuesday.", ["BRA"]),                # the lead act's doer
    ("The European Union criticised the decision on Tuesday.", ["BRA"]),
    ("The European Union criticised Chile's move on Tuesday.", ["CHL"]),            # a possessor says whose
    ("The European Union criticised the fishing quotas on Tuesday.", []),          # no act noun: no answer
])
def test_a_reaction_to_the_move_answers_the_articles_lead_act(nlp, reaction, target):
    events = analyse(nlp, LEAD.format(reaction=reaction))
    (found,) = [e for e in events if e.trigger.text == "criticised"]
    assert [p.actor for p in found.target] == target, coded(events)


def _mention(actor: str, method: str, i: int) -> Mention:
    return Mention(actor=actor, text="x", start=10 * i, end=10 * i + 1, sentence=i, method=method)


@pytest.mark.parametrize("repeated, pair", [
    # a state's own pronoun or short noun ("its", "the Senate" after "the Senate of Chile") repeats it
    ("coref", ("CHL", "ARG")),
    # a body named by its sector noun anew ("the government", "police") names it again
    ("description", None),
])
def test_a_story_of_two_states_stays_one_when_one_of_them_is_only_referred_back_to(repeated, pair):
    named = [_mention("CHL", "gazetteer", i) for i in range(4)] + [_mention("ARG", "gazetteer", i) for i in range(4, 7)]
    again = [_mention("CHL", repeated, i) for i in range(7, 13)]
    assert story_pair(named + again, {}) == pair

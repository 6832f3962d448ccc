"""Issue 11: criticism and praise said without a verb of blame. A speaker's attribution whose
content judges an act or an actor ("the ban is unconstitutional, the mayor said") is ACCUSE
disapprove or SUPPORT by the speaker, aimed at whoever answers for what is judged
(docs/annotation.md, section 2; accord/events/judgements.py). Sentences written for the test."""

from __future__ import annotations

from datetime import date

import pytest
from sentences import analyse, summary

from accord.events.judgements import load_judgements
from accord.model import Participant, RawDocument
from accord.pipeline import analyze_documents


def judgements(nlp, text: str) -> list[tuple[str, str | None, list[str], list[str]]]:
    """(type, CAMEO code, source, target) of the criticism and praise in `text`, each participant as
    its country (an office-holder's state), else its words."""
    (analysis,) = analyze_documents([RawDocument(text=text, input="t", id="t", published=date(2024, 5, 6))], nlp)
    country = {a.id: a.country or a.id for a in analysis.actors}

    def side(parts: list[Participant]) -> list[str]:
        return [country.get(p.actor, p.actor) if p.actor else p.text for p in parts]

    return [(e.type, e.cameo, side(e.source), side(e.target)) for e in analysis.events if e.cameo in ("111", "051")]


@pytest.mark.parametrize("text, type_, source, target", [
    # a judging predicate of the judged act, whose owner is the target
    ("Mexico's foreign minister said the Guatemalan decision to close the border was a mistake.",
     "ACCUSE", "MEX", "GTM"),
    ("The Chilean interior minister said Argentina's new tariff is unlawful and unfair.", "ACCUSE", "CHL", "ARG"),
    # a judged actor, and what it did in a judging manner
    ("The Irish foreign minister said Turkish forces had acted recklessly.", "ACCUSE", "IRL", "TUR"),
    ("Norway's prime minister said Denmark made the right decision.", "SUPPORT", "NOR", "DNK"),
    # a direct quotation
    ('"The Hungarian referendum is a betrayal of Europe," the Austrian chancellor said.', "ACCUSE", "AUT", "HUN"),
    # a judged act told in the clause, by its doer
    ("The Ghanaian president said the reckless decision by Togo has hurt trade.", "ACCUSE", "GHA", "TGO"),
])
def test_a_judgement_in_what_a_speaker_says_is_an_act_of_the_speaker(nlp, text, type_, source, target):
    found = [j for j in judgements(nlp, text) if j[0] == type_]
    assert found, summary(analyse(nlp, text))
    _, _, src, tgt = found[0]
    assert any(source in s for s in src) and any(target in t for t in tgt), summary(analyse(nlp, text))


def test_a_judgement_of_an_act_told_before_targets_its_doer(nlp):
    text = ("Venezuelan troops seized a Colombian fishing boat on Sunday. "
            "The Colombian defence minister said the seizure was illegal.")
    assert ("ACCUSE", "111", ["COL"], ["VEN"]) in [(t, c, s[:1], g[:1]) for t, c, s, g in judgements(nlp, text)], \
        summary(analyse(nlp, text))


def test_a_judgement_naming_no_one_responsible_has_no_target(nlp):
    assert judgements(nlp, "The Kenyan interior minister said it was a disgrace.") == [
        ("ACCUSE", "111", ["KEN"], [])]


@pytest.mark.parametrize("text", [
    # a judgement of something nobody did
    "The Peruvian president said the storm was terrible and the flooding dangerous.",
    # negated, hypothetical, future, questioned
    "Brazil's foreign minister said the Bolivian decision was not a mistake.",
    "The Swedish prime minister said such a ban would be illegal.",
    "Is the Nigerian decision a mistake, the Ghanaian minister asked?",
    # a plain account of an act: the reported act itself, nothing of the speaker's
    "The Malian defence minister said the army killed twelve militants near Gao.",
    # a court's words are its finding, and a motive is no statement
    "The High Court of Kenya struck down the law on Monday, saying that the ban on protests is unconstitutional.",
    "Al-Shabaab fighters rejected the Somali peace talks, believing the federal government is illegitimate.",
    # a right is no praise, and a speaker judging itself defends itself
    '"These strikes are our right," the Houthi spokesman said.',
    "Estonia's prime minister said we made the right decision.",
])
def test_no_judgement_event(nlp, text):
    assert not judgements(nlp, text), summary(analyse(nlp, text))


def test_a_criticism_coded_from_its_verb_is_not_coded_again_from_its_words(nlp):
    text = "The Latvian foreign minister condemned the Belarusian decision, saying it was unacceptable."
    assert len([e for e in analyse(nlp, text) if e.type == "ACCUSE"]) == 1, summary(analyse(nlp, text))


def test_the_judgement_lexicon_names_its_judgements():
    lex = load_judgements()
    assert {lex.words[w] for w in ("unlawful", "betrayal", "sad day")} == {"disapprove"}
    assert {lex.words[w] for w in ("courageous", "historic")} == {"approve"}
    assert "decision" in lex.acts and "decision" not in lex.words and "right" in lex.adjectives

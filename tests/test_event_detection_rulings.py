"""Issue 11, detection on real news (session 6): the acts of courts, legislatures and those who
remove office-holders, which real articles report and which had no trigger (docs/annotation.md
section 11, "Domestic institutions"). Sentences written for the test."""

from __future__ import annotations

import pytest
from sentences import analyse, summary


# A court's finding against a government's act is SANCTION `convict`, however the finding is told:
# a ruling's complement clause, "struck down", a ruling issued against someone.
@pytest.mark.parametrize("text, source", [
    ("The Supreme Court of Brazil ruled on Thursday that the presidential decree was unconstitutional.", "Brazil"),
    ("A judge in Lagos ruled that the state curfew violated the constitution of Nigeria.", "Lagos"),
    ("Kenya's High Court ruled the tax on mobile money illegal.", "Kenya"),
    ("A federal court in Argentina struck down the government's ban on street markets.", "Argentina"),
    ("Poland's constitutional tribunal issued a ruling against the Polish justice ministry on Friday.", "Poland"),
    ("The Supreme Court of Pakistan upheld the conviction of former prime minister Nawaz Sharif.", "Pakistan"),
])
def test_a_court_ruling_against_a_governments_act_is_a_conviction(nlp, text, source):
    events = [e for e in analyse(nlp, text) if (e.type, e.mode) == ("SANCTION", "convict")]
    assert events and any(source in p.text for p in events[0].source), summary(analyse(nlp, text))


@pytest.mark.parametrize("text", [
    "The Supreme Court of Brazil ruled on Thursday that the presidential decree was not unconstitutional.",
    "A court in Nairobi ruled that the election in Kenya could go ahead in August.",
])
def test_a_ruling_that_finds_no_wrong_is_no_conviction(nlp, text):
    assert not [e for e in analyse(nlp, text) if e.type == "SANCTION"], summary(analyse(nlp, text))


# Appealing a ruling is ACCUSE `allege` (docs/annotation.md section 11), not an appeal for help.
@pytest.mark.parametrize("text", [
    "The Indian interior ministry appealed the verdict to the Supreme Court on Monday.",
    "Ghana's attorney general said the government would appeal the ruling.",
])
def test_appealing_a_ruling_is_an_allegation(nlp, text):
    types = {(e.type, e.mode) for e in analyse(nlp, text)}
    assert ("ACCUSE", "allege") in types and not any(t == "REQUEST" for t, _ in types), summary(analyse(nlp, text))


# A legislature that legalises or decriminalises eases a ban: CONCEDE, the body as source, also when
# the act is told in the clause of the bill it passed.
@pytest.mark.parametrize("text", [
    "The Senate of Chile voted on Wednesday to legalise the medical use of cannabis.",
    "Malta's parliament decriminalized the possession of small amounts of cannabis.",
    "The National Assembly of Malawi passed a bill that decriminalises abortion.",
])
def test_legalising_by_law_is_a_concession(nlp, text):
    events = [e for e in analyse(nlp, text) if e.type == "CONCEDE"]
    assert events and events[0].source and events[0].source[0].actor, summary(analyse(nlp, text))


# Removing an office-holder from power is COERCE (the Wikinews dev gold codes removals so).
@pytest.mark.parametrize("text, target", [
    ("Peru's Congress removed President Martin Vizcarra from office on Monday.", "Martin Vizcarra"),
    ("The parliament of Kyrgyzstan voted to remove the prime minister.", "prime minister"),
])
def test_removing_an_office_holder_is_coercion(nlp, text, target):
    events = [e for e in analyse(nlp, text) if e.type == "COERCE"]
    assert any(any(target in p.text for p in e.target) for e in events), summary(analyse(nlp, text))


# A coup staged or carried out is COERCE; one that is only spoken of is no act.
@pytest.mark.parametrize("text, coded", [
    ("Soldiers in Niger carried out a coup on Wednesday.", True),
    ("Mali's army staged a coup in August.", True),
    ("Nigeria's president said ECOWAS would not tolerate coups in the region.", False),
])
def test_a_coup_is_coercion_when_someone_stages_it(nlp, text, coded):
    assert bool([e for e in analyse(nlp, text) if e.type == "COERCE"]) is coded, summary(analyse(nlp, text))


# Signing or passing a law is no pact and no backing of anyone; what the law does is the act of the
# body that signs or passes it.
@pytest.mark.parametrize("text, wanted", [
    ("The president of Ecuador signed a decree granting amnesty to the jailed protest leaders.", "CONCEDE"),
    ("The decree signed by the president of Chile took effect on Monday.", None),
])
def test_signing_a_law_is_the_laws_act(nlp, text, wanted):
    types = {e.type for e in analyse(nlp, text)}
    assert not types & {"SUPPORT", "AGREE"} and (wanted is None or wanted in types), summary(analyse(nlp, text))


def test_signing_an_agreement_stays_a_pact(nlp):
    assert "SUPPORT" in {e.type for e in analyse(nlp, "Kenya and Uganda signed a trade agreement on Monday.")}


# What someone is sentenced, thanked or blamed for doing is that person's act, not the judge's.
@pytest.mark.parametrize("text, doer", [
    ("Uganda thanked Kenya for sending troops to Somalia.", "Kenya"),
    ("A judge in Texas sentenced the two officers of Mexico's army to prison for torturing prisoners.", None),
])
def test_the_act_one_is_judged_for_is_ones_own(nlp, text, doer):
    acts = [e for e in analyse(nlp, text) if e.type in ("MOBILIZE", "ASSAULT")]
    if doer is None:
        assert not any("judge" in p.text for e in acts for p in e.source), summary(analyse(nlp, text))
    else:
        assert acts and any(doer in p.text for p in acts[0].source), summary(analyse(nlp, text))

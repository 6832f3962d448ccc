"""Dictionary patterns of the reversed dyad (CAMEO.2.0 codes "[:111]", "[:195]"): the subject of
"faced criticism", "came under fire", "died in an airstrike" is the one acted on, not the actor.
Every sentence here was written for the test."""

from __future__ import annotations

import pytest
from sentences import analyse, summary


@pytest.mark.parametrize("text, type_, source, target", [
    ("The Slovak government faced criticism from the European Commission.", "ACCUSE", ["EU"], ["SVK"]),
    ("Three Nigerien soldiers died in an airstrike near Diffa.", "ASSAULT", [], ["NER"]),
])
def test_the_subject_of_a_reversed_pattern_is_the_target(nlp, text, type_, source, target):
    events = analyse(nlp, text)
    coded = [(e.type, [p.actor for p in e.source], [p.actor for p in e.target]) for e in events]
    assert (type_, source, target) in coded, summary(events)
    assert not [c for c in coded if c[0] == type_ and target[0] in c[1]], summary(events)

"""accord_morphology: the model's attribute ruler and lemmatizer, remembered per distinct token,
must give every token exactly what the two components give it."""

from __future__ import annotations

import numpy
import pytest
import spacy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, ORTH, POS, TAG

from accord.morphology import Morphology, memoise_morphology
from accord.nlp import model_name

TEXTS = [
    # the ruler's two-token patterns: "there is" (expl + be), "let's", "gonna", "gotta", "ain't", "y'all"
    "There is no deal yet, and there were protests outside the ministry on Monday.",
    "\"Let's be clear: we are gonna keep talking, and they gotta listen,\" the minister said.",
    "\"It ain't over,\" a spokesman told reporters. \"Y'all will see.\"",
    # the same words again in other roles, so that the second sentence reads what the first taught
    "Russia said it would respond. It said the sanctions were illegal and vowed to respond.",
    "The talks collapsed.\n\nTalks between the two governments resume in Geneva on 3 March 2020.",
    "Prime Minister Justin Trudeau met President Emmanuel Macron; the leaders signed a defence pact.",
]
ATTRS = [ORTH, TAG, DEP, HEAD, POS, MORPH, LEMMA]


@pytest.fixture(scope="module")
def models() -> tuple[spacy.Language, spacy.Language]:
    stock = spacy.load(model_name())
    memoised = spacy.load(model_name())
    memoise_morphology(memoised)
    return stock, memoised


def test_replaces_the_ruler_and_the_lemmatizer(models):
    _, memoised = models
    assert "accord_morphology" in memoised.pipe_names
    assert "attribute_ruler" not in memoised.pipe_names and "lemmatizer" not in memoised.pipe_names
    memoise_morphology(memoised)  # a second call changes nothing
    assert memoised.pipe_names.count("accord_morphology") == 1


def test_every_token_as_the_model_gives_it(models):
    stock, memoised = models
    for _ in range(2):  # the second pass runs from what the first remembered
        for expected, got in zip(stock.pipe(TEXTS), memoised.pipe(TEXTS)):
            assert numpy.array_equal(expected.to_array(ATTRS), got.to_array(ATTRS)), expected.text
            assert [str(t.morph) for t in expected] == [str(t.morph) for t in got]
    assert memoised.get_pipe("accord_morphology").known


def test_context_patterns_are_not_remembered(models):
    """'is' after 'There' is a VERB (a two-token rule), elsewhere an AUX: each keeps its own."""
    _, memoised = models
    doc = memoised("There is a plan. The plan is a good one.")
    is_tokens = [t for t in doc if t.lower_ == "is"]
    assert [t.pos_ for t in is_tokens] == ["VERB", "AUX"]


def test_remembered_values_are_used(models):
    """A token seen before is not run through the model's components again."""
    _, memoised = models
    component: Morphology = memoised.get_pipe("accord_morphology")
    memoised("The ministers met in Brussels.")
    computed: list[int] = []
    original = component.compute

    def counting(doc, in_context, alone):  # type: ignore[no-untyped-def]
        computed.extend(in_context + alone)
        return original(doc, in_context, alone)

    component.compute = counting  # type: ignore[method-assign]
    try:
        doc = memoised("The ministers met in Brussels.")
    finally:
        component.compute = original  # type: ignore[method-assign]
    assert computed == []
    assert [t.lemma_ for t in doc] == ["the", "minister", "meet", "in", "Brussels", "."]


def test_a_ruler_reading_other_attributes_is_left_alone():
    """A model whose ruler tests an attribute outside (text, tag, label), such as the entity
    type, keeps its own components: the remembered value would not be a function of the key."""
    nlp = spacy.load(model_name())
    nlp.get_pipe("attribute_ruler").add([[{"ENT_TYPE": "GPE"}]], {"LEMMA": "place"})
    memoise_morphology(nlp)
    assert "accord_morphology" not in nlp.pipe_names and "attribute_ruler" in nlp.pipe_names


def test_tokens_run_side_by_side_do_not_borrow_a_neighbour(models):
    """Unseen tokens are run side by side; two that form a two-token pattern there ("let" and a
    later "'s") are run again apart, so "'s" keeps its own lemma, not the "us" of "let's"."""
    stock, memoised = models
    text = "Let me see what 's left of the plan."
    expected = stock(text)
    with memoised.select_pipes(disable=["accord_morphology"]):
        doc = memoised(text)
    component: Morphology = memoised.get_pipe("accord_morphology")
    let, s = 0, 4
    assert (doc[let].lower_, doc[s].lower_) == ("let", "'s")
    computed = component.compute(doc, [], [let, s])
    assert computed[s] == tuple(expected[s:s + 1].to_array([TAG, DEP, POS, MORPH, LEMMA])[0].tolist())
    assert expected[s].lemma_ != "us"

"""The `accord_gazetteer` spaCy component: phrase patterns for every gazetteer surface form.

It runs ahead of the statistical "ner" and does two things:
- writes every longest, non-overlapping gazetteer match to `doc.spans["accord_gaz"]` (the span
  label is the surface form, a key into `Gazetteer.surfaces`); the linker reads them there;
- presets `doc.ents` for the unambiguous matches (country names, organisations, office-holders'
  full names, seats of power), so the statistical NER predicts around them and cannot glue a
  title-case headline ("Canada and E.U. Forge Defense Pact") into one ORG.
Ambiguous forms (capitals, surnames, Georgia, Jordan, Chad ...) are left to the NER so that
"Michael Jordan" or "the Washington Post" can still win; `rules.py` decides them afterwards.

Patterns are compiled once per pipeline, on the ORTH attribute (case-sensitive: "US" is not
"us", "Turkey" is not "turkey"); upper-case variants cover all-caps headlines.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .gazetteer import DEMONYM, GROUP, IGO, METONYM, PERSON, STATE, load_gazetteer
from .rules import AMBIGUOUS_NAMES

SPANS_KEY = "accord_gaz"
# Party names are left to the NER: "Democratic Alliance" inside "the National Democratic Alliance"
# must lose to the larger organisation (rules.inside_ner_entity).
PRESET_LABELS = {STATE: "GPE", DEMONYM: "NORP", IGO: "ORG", PERSON: "PERSON", GROUP: "ORG"}


@Language.factory(
    "accord_gazetteer",
    default_config={"spans_key": SPANS_KEY, "preset_ents": True},
    assigns=["doc.spans", "doc.ents"],
)
def make_gazetteer(nlp: Language, name: str, spans_key: str, preset_ents: bool) -> GazetteerRuler:
    return GazetteerRuler(nlp, spans_key=spans_key, preset_ents=preset_ents)


class GazetteerRuler:
    def __init__(self, nlp: Language, spans_key: str = SPANS_KEY, preset_ents: bool = True) -> None:
        self.spans_key = spans_key
        self.preset_ents = preset_ents
        self.surfaces = load_gazetteer().surfaces
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        texts = list(self.surfaces)
        for text, pattern in zip(texts, nlp.tokenizer.pipe(texts, batch_size=1000)):  # type: ignore[union-attr]
            self.matcher.add(text, [pattern])

    def __call__(self, doc: Doc) -> Doc:
        found = [Span(doc, start, end, label=key) for key, start, end in self.matcher(doc)]
        spans = filter_spans(found)
        doc.spans[self.spans_key] = spans
        if self.preset_ents:
            preset = [self.preset(span, span.label_) for span in spans]
            doc.ents = [s for s in preset if s is not None]
        return doc

    def preset(self, span: Span, surface: str) -> Span | None:
        entry = self.surfaces.get(surface)
        if entry is None or surface in AMBIGUOUS_NAMES:
            return None
        if entry.kind == METONYM and entry.rule == "seat":
            return Span(span.doc, span.start, span.end, label="ORG")
        label = PRESET_LABELS.get(entry.kind)
        return Span(span.doc, span.start, span.end, label=label) if label else None

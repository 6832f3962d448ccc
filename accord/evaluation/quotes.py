"""Attribution scoring for one gold line: content spans aligned by overlap, then kind, cue and
speaker (the rules are in docs/gold-format.md, "Attributions")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .gold import QUOTE_KINDS, GoldQuote
from .match import CODE, align, canonical_id, locate, overlap, same_actor
from .scores import Counts, Tally

Span = tuple[int, int]
# Two content spans are the same attribution when they share at least this share of the shorter
# one: a reported clause cut a few words differently is still found, a neighbouring one is not.
MIN_SHARED = 0.5
NAMING_KINDS = frozenset({"state", "demonym", "igo", "metonym"})  # gazetteer surfaces naming a state or an IGO
POSSESSIVE = re.compile(r"['’]s?$")
OFFICE_NOUNS = frozenset({"official", "spokesman", "spokeswoman", "spokesperson", "head", "chief", "envoy",
                          "ambassador", "adviser", "advisor", "leader"})


@dataclass(frozen=True)
class LocatedQuote:
    """A gold quote with every place its text and its speaker's words occur in the output text."""

    gold: GoldQuote
    spans: tuple[Span, ...]
    speaker_spans: tuple[Span, ...]


def locate_quotes(gold: list[GoldQuote], text: str) -> list[LocatedQuote]:
    return [LocatedQuote(q, tuple(locate(q.text, text)), tuple(locate(q.speaker_text or "", text)))
            for q in gold]


def weight(g: LocatedQuote, p: dict[str, Any]) -> float | None:
    """Characters shared with the gold content; None unless they are at least half the shorter
    span. Of two outputs sharing as many characters, the one closer to the gold span weighs more
    (by less than one character: the shared part over the union): a nested attribution's
    content ("officials said [the attack came from Iraq]") pairs with the inner output, not with
    the outer one that holds it whole."""
    span = (p["start"], p["end"])
    best = 0.0
    for s in g.spans:
        shared = overlap(span, s)
        if shared and shared >= MIN_SHARED * min(span[1] - span[0], s[1] - s[0]):
            union = max(span[1], s[1]) - min(span[0], s[0])
            best = max(best, shared + shared / union)
    return best or None


def speaker_right(g: LocatedQuote, p: dict[str, Any]) -> bool:
    """By actor (`same_actor`) when gold names one; else by the speaker's words; else no speaker at all."""
    speaker: dict[str, Any] | None = p.get("speaker")
    if speaker is None:
        return g.gold.speaker is None and not g.gold.speaker_text
    if g.gold.speaker is not None:
        return same_speaker(g.gold.speaker, speaker.get("actor"), g.gold.speaker_text or "")
    span = (speaker["start"], speaker["end"])
    return bool(g.gold.speaker_text) and any(overlap(span, s) for s in g.speaker_spans)


def speaker_strictly_right(g: LocatedQuote, p: dict[str, Any]) -> bool:
    """`speaker_right`, and where gold names no actor, the output names none either: an actor
    given to "a witness" or "the company" is a wrong speaker here, though its words are right."""
    speaker: dict[str, Any] | None = p.get("speaker")
    return speaker_right(g, p) and (g.gold.speaker is not None or speaker is None or speaker.get("actor") is None)


def same_speaker(gold: str, output: str | None, words: str) -> bool:
    """`same_actor`, or one actor at the level the annotation guidelines code it: an IGO's body
    and the IGO ("UNESCO" for "UN"), and an office-holder the source's words do not name ("the
    Armenian foreign minister", "the Kremlin spokesman") as the state or IGO the office is held
    for, which the guidelines give an unnamed official (docs/gold-format.md, "Attributions")."""
    if same_actor(gold, output):
        return True
    if output is None or not CODE.match(output):
        return False
    if not gold.startswith("person:"):
        # a body for its IGO or the IGO for its body, not one body for another ("UNICEF" is not
        # "WHO", nor the European Parliament the Commission)
        organisation = _organisation(gold)
        return organisation == _organisation(output) and organisation in (gold, output)
    from ..actors.gazetteer import slugify

    surname = (canonical_id(gold) or gold).rsplit("-", 1)[-1]
    said = slugify(words).split("-")
    if surname in said or not set(said) & _role_words():
        return False  # the words name the person, or refer to a person named (a pronoun): no office speaks
    return _organisation(output) in _offices(canonical_id(gold) or gold, words)


@lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    """Words of an office: those of the titles data ("minister", "ambassador") and a few nouns
    that name an official by the office ("spokesman", "head")."""
    from ..actors.gazetteer import load_gazetteer

    titles = {w for phrase in load_gazetteer().titles for w in re.split(r"[\s-]+", phrase)}
    return frozenset(titles | OFFICE_NOUNS)


def _organisation(actor: str) -> str:
    """An IGO body's organisation ("UN-SC", "UNESCO" -> "UN"); any other actor unchanged."""
    from ..actors.gazetteer import load_gazetteer

    known = load_gazetteer().actors.get(actor)
    return known.country or actor if known is not None and known.kind == "igo" else actor


def _offices(person: str, words: str) -> set[str]:
    """The codes an unnamed office-holder may speak for: the person's state or IGO in the
    office-holders data, and the states and IGOs the source's words name ("Armenian", "Kremlin")."""
    from ..actors.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    codes = {_organisation(known.country)} if (known := gaz.actors.get(person)) and known.country else set()
    tokens = re.findall(r"[\w'’.-]+", words)
    for n in range(1, len(tokens) + 1):
        for i in range(len(tokens) - n + 1):
            entry = gaz.surfaces.get(POSSESSIVE.sub("", " ".join(tokens[i:i + n])))
            if entry is not None and entry.actor and entry.kind in NAMING_KINDS:
                codes.add(_organisation(entry.actor))
    return codes


def source_right(g: LocatedQuote, p: dict[str, Any]) -> bool:
    """The source's words: the output speaker's span overlaps an occurrence of `speaker_text`
    (whatever actor it resolves to); no speaker is right only where gold names none."""
    speaker: dict[str, Any] | None = p.get("speaker")
    if speaker is None:
        return not g.gold.speaker_text
    return any(overlap((speaker["start"], speaker["end"]), s) for s in g.speaker_spans)


def kind_right(g: LocatedQuote, p: dict[str, Any]) -> bool:
    """Equal kinds; and, in gold written before the `mixed` kind (its quotes give no `cue`), a
    quoted fragment marked `direct` is right as a `mixed` output whose content holds it whole."""
    if g.gold.kind == p.get("kind"):
        return True
    return g.gold.kind == "direct" and g.gold.cue is None and p.get("kind") == "mixed" and \
        any(p["start"] <= a and b <= p["end"] for a, b in g.spans)


def cue_right(gold: GoldQuote, p: dict[str, Any]) -> bool:
    """The output cue's words and gold's, ignoring case, one within the other ("said" is right
    for gold "said in a statement", "saying" for "further saying")."""
    cue = p.get("cue_span") or {}
    words = (cue.get("text") or p.get("cue") or "").casefold().split()
    expected = (gold.cue or "").casefold().split()
    if not words or not expected:
        return False
    shorter, longer = sorted((words, expected), key=len)
    return any(longer[i:i + len(shorter)] == shorter for i in range(len(longer) - len(shorter) + 1))


def _part(pairs: list[tuple[int, int]], gold: list[GoldQuote], pred: list[dict[str, Any]], judged: list[bool],
          right: list[bool]) -> Counts:
    """tp = pairs whose gold quote is judged and right; fp = output quotes that are no such tp,
    except those paired with a gold quote that is not judged; fn = judged gold quotes not right."""
    tp = sum(1 for gi, _ in pairs if judged[gi] and right[gi])
    left_out = sum(1 for gi, _ in pairs if not judged[gi])
    return Counts(tp=tp, fp=len(pred) - left_out - tp, fn=sum(judged) - tp)


def score_quotes(gold: list[GoldQuote], pred_analysis: dict[str, Any]) -> Tally:
    located = locate_quotes(gold, pred_analysis["article"]["text"])
    pred = pred_analysis.get("quotes") or []
    pairs = align(located, pred, weight)
    paired = dict(pairs)
    tasks = Tally()
    tasks["quote"] = Counts(tp=len(pairs), fp=len(pred) - len(pairs), fn=len(gold) - len(pairs))
    speaker = [gi in paired and speaker_right(located[gi], pred[paired[gi]]) for gi in range(len(gold))]
    tasks["quote_speaker"] = _part(pairs, gold, pred, [True] * len(gold), speaker)
    strict = [gi in paired and speaker_strictly_right(located[gi], pred[paired[gi]]) for gi in range(len(gold))]
    tasks["quote_speaker_strict"] = _part(pairs, gold, pred, [True] * len(gold), strict)
    if any(q.speaker_text for q in gold):
        source = [gi in paired and source_right(located[gi], pred[paired[gi]]) for gi in range(len(gold))]
        tasks["quote_source"] = _part(pairs, gold, pred, [bool(q.speaker_text) for q in gold], source)
    kind = [gi in paired and kind_right(located[gi], pred[paired[gi]]) for gi in range(len(gold))]
    tasks["quote_kind"] = _part(pairs, gold, pred, [q.kind is not None for q in gold], kind)
    cue = [gi in paired and cue_right(q, pred[paired[gi]]) for gi, q in enumerate(gold)]
    if any(q.cue is not None for q in gold):  # scored only where gold gives cues
        tasks["quote_cue"] = _part(pairs, gold, pred, [q.cue is not None for q in gold], cue)
    # detection per kind: gold quotes of the kind found (whatever kind the output gives them),
    # against output quotes of the kind that match nothing
    matched_pred = {pi for _, pi in pairs}
    for name in QUOTE_KINDS:
        if not any(q.kind == name for q in gold) and not any(p.get("kind") == name for p in pred):
            continue
        found = sum(1 for gi, _ in pairs if gold[gi].kind == name)
        stray = sum(1 for pi, p in enumerate(pred) if p.get("kind") == name and pi not in matched_pred)
        tasks[f"quote_{name}"] = Counts(tp=found, fp=stray, fn=sum(1 for q in gold if q.kind == name) - found)
    return tasks

"""Interview transcripts: who "I" and "you" are in a question-and-answer text.

Wikinews prints an interview as turns, each opened by its speaker's name in double brackets
("((WN))  Why did you ...?", "((Ana Ruiz))  I think ..."), a turn running on over the paragraphs
that follow until the next name. Inside a turn, "I" is the one whose turn it is, and in the
interviewer's question "you" is the one asked: the speaker of the answer that follows (the
person the introduction presents last, when the answers are printed without names). The
interviewer ("Wikinews", "WN") is a medium and names no actor (docs/annotation.md).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..actors.coref import TURN, inside, turn_names
from ..actors.gazetteer import slugify
from ..model import Mention
from ..nlp import text_of

INTERVIEWERS = {"wikinews", "wn"}
FIRST_PERSON = {"i", "me", "my"}
SECOND_PERSON = {"you", "your"}
TURNS_KEY = "accord.interview_turns"
NAMES_KEY = "accord.interview_turn_names"


@dataclass(frozen=True)
class Turn:
    start: int  # character where the turn's line begins
    name: str  # the name in brackets as printed

    @property
    def asks(self) -> bool:
        return self.name.lower() in INTERVIEWERS


def turns(doc: Doc) -> list[Turn]:
    """The article's turns in order (none in an article that is no transcript), found once per article."""
    if TURNS_KEY not in doc.user_data:
        doc.user_data[TURNS_KEY] = [Turn(m.start(), " ".join(m.group(1).split())) for m in TURN.finditer(text_of(doc))]
    return doc.user_data[TURNS_KEY]  # type: ignore[no-any-return]


def in_turn_name(doc: Doc, char: int) -> bool:
    """True inside the bracketed name that opens a turn ("((Ana Ruiz))"): a label of the
    transcript, not a person named in what is said."""
    if NAMES_KEY not in doc.user_data:
        doc.user_data[NAMES_KEY] = turn_names(text_of(doc))
    return inside(doc.user_data[NAMES_KEY], char)


def interview_speaker(pronoun: Token, mentions: list[Mention]) -> str | None:
    """The person "I" stands for in an answer, or "you" in a question: the one whose turn it is,
    or the one who answers the question; None outside a transcript, for the interviewer, or for
    any other word."""
    word = pronoun.lower_
    if word not in FIRST_PERSON and word not in SECOND_PERSON:
        return None
    found = turns(pronoun.doc)
    at = bisect_right([t.start for t in found], pronoun.idx) - 1
    if at < 0:
        return None  # the article's introduction, before the transcript opens
    turn = found[at]
    if word in FIRST_PERSON and not turn.asks:
        return _person(turn.name, mentions)
    if word in SECOND_PERSON and turn.asks:
        answer = next((t for t in found[at + 1:] if not t.asks), None)
        return _person(answer.name, mentions) if answer is not None else _introduced(found[0], mentions)
    return None


def _introduced(opening: Turn, mentions: list[Mention]) -> str | None:
    """The person an interview with unmarked answers is with: the one named last before the
    transcript opens, as the introduction ends by presenting whom Wikinews spoke to."""
    people = [m for m in mentions if m.actor and m.actor.startswith("person:") and m.end <= opening.start]
    return max(people, key=lambda m: m.start).actor if people else None


def _person(name: str, mentions: list[Mention]) -> str | None:
    """The person a turn's name stands for: the person named in the article whose id holds every
    word of it ("Derakhshani" for "Dorsa Derakhshani"), else one minted from the name as printed,
    as the guidelines write a person the gazetteer does not hold."""
    words = slugify(name).split("-")
    if not any(words):
        return None
    for m in mentions:
        if m.actor and m.actor.startswith("person:") and set(words) <= set(m.actor[len("person:"):].split("-")):
            return m.actor
    return "person:" + "-".join(words)

"""Attributions and the rest of the analysis agree: each event stated by someone points to the
attribution that carries it, and each speaker named only as a person has an entry in `actors`."""

from __future__ import annotations

from ..model import Actor, Event, Quote


def link_attributions(events: list[Event], quotes: list[Quote]) -> list[Event]:
    """Set `attribution` on every event with a `reported_by`: the index of the narrowest quote
    whose content holds the event's trigger (an event in a nested report belongs to the
    innermost one). An event whose trigger lies in no attribution keeps None."""
    for event in events:
        if event.reported_by is None:
            continue
        holding = [(q.end - q.start, i) for i, q in enumerate(quotes)
                   if q.start <= event.trigger.start and event.trigger.end <= q.end]
        event.attribution = min(holding)[1] if holding else None
    return events


def speakers_not_listed(quotes: list[Quote], actors: list[Actor]) -> list[Actor]:
    """An actor entry for each speaker id that no other stage described: a person the quote stage
    named from the text ("person:graciano-mijares"), so that every id in the output is in `actors`."""
    known = {a.id for a in actors}
    added: list[Actor] = []
    for quote in quotes:
        actor = quote.speaker.actor if quote.speaker else None
        if actor and actor not in known and actor.startswith("person:"):
            known.add(actor)
            name = " ".join(w.capitalize() for w in actor[len("person:"):].split("-"))
            added.append(Actor(actor, name, "person", None))
    return added

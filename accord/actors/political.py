"""Political or private: the rule the event stage uses to tell political acts from private ones.

Every resolved actor has a `kind` and (except states and IGOs, which are political by nature) a
CAMEO `sector`; docs/actors.md states the rule:
- states and international organisations are political;
- a group, party, body or person is political when its sector is one of POLITICAL_SECTORS
  (an office-holder's role sector, a party's PTY, an armed group's REB/INS/UAF);
- a person the gazetteer does not hold and no title describes is private (sector CVL), as are
  business, media, NGOs, civilians and the other social sectors.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Actor, Mention

POLITICAL_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "PTY", "OPP", "REB", "INS", "UAF", "SPY",
                               "DIP", "CBK", "IGO", "ELI"})
# Companies, news organisations and NGOs (organisations.tsv): gold codes them null as participants
# and as speakers (docs/annotation.md, sections 4 and 11).
PRIVATE_BODIES = frozenset({"BUS", "MED", "NGO"})


def is_political(actor: Actor) -> bool:
    return actor.kind in ("state", "igo") or actor.sector in POLITICAL_SECTORS


def event_mentions(mentions: list[Mention], actors: list[Actor]) -> list[Mention]:
    """The mentions the event stage chooses parties from: a private person whom the text ties to
    no country stays an unresolved party there, as gold codes them (null), so that naming a
    private person does not displace a state from an event ("detained a Canadian citizen,
    businessman Michael Spavor" stays CHN -> CAN); companies, news organisations and NGOs are bare
    names (`bare_private_bodies`)."""
    private = {a.id for a in actors if a.kind == "person" and a.country is None and not is_political(a)}
    return [replace(m, actor=None) if m.actor in private else m for m in bare_private_bodies(mentions, actors)]


def bare_private_bodies(mentions: list[Mention], actors: list[Actor]) -> list[Mention]:
    """The mentions the event and attribution stages see: a company, a news organisation or an NGO,
    which docs/annotation.md codes null as a participant and as a speaker even when a country frames
    it ("Iranian airline Mahan Air", "Al Jazeera reported"), is a bare name there, without its actor
    or sector, as it was before the actors stage knew it; state media still speak for their state
    through the attribution stage's own list."""
    bodies = {a.id for a in actors if a.kind == "organisation" and a.sector in PRIVATE_BODIES}
    return [replace(m, actor=None, sectors=()) if m.actor in bodies else m for m in mentions]

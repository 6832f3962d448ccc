"""Where an article is set: the state its places are in.

Police, courts, prosecutors, mayors and governors act where the story happens, so a body or an
office of that kind that the text ties to no state ("police said", "Judge Ana Ruiz") belongs to
the state of the article's places ("in London", "near Kabul", "in Oxfordshire, England",
"in Ontario"), not to the state named last: "a Polish chef" in a London story names a person's
nationality, not the state whose police acted.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .places import LOCATIVE_PREPS, Location, locative_places, place_of, region_country

SETTING_KEY = "accord.actors.setting"


def setting_state(doc: Doc) -> str | None:
    """The state the article's places are in: the one placed most often, of two as often the
    first (a news lead says where it happened). Worked out once per article."""
    if SETTING_KEY not in doc.user_data:
        counts: dict[str, int] = {}
        for _, location in locative_places(doc[:]) + regions_placed(doc):
            if location.country:
                counts[location.country] = counts.get(location.country, 0) + 1
        doc.user_data[SETTING_KEY] = max(counts, key=lambda state: counts[state]) if counts else None
    return doc.user_data[SETTING_KEY]  # type: ignore[no-any-return]


def regions_placed(doc: Doc) -> list[tuple[Token, Location]]:
    """"in Oxfordshire, England", "off Catalina Island, California", "in Ontario": a place the
    gazetteer does not know, placed by the country or the state written after it, is in that
    country; so is a state or province itself."""
    found = []
    for prep in doc:
        if prep.dep_ == "prep" and prep.lower_ in LOCATIVE_PREPS | {"off"}:
            for obj in prep.children:
                if obj.dep_ != "pobj" or place_of(obj) is not None:
                    continue
                for word in [obj] + [c for c in obj.children if c.dep_ in ("conj", "appos", "npadvmod")]:
                    location = place_of(word) if word is not obj else None
                    if location is None and (country := region_country(word)) is not None:
                        location = Location(country=country, name=word.text)
                    if location is not None:
                        found.append((prep, location))
                        break
    return found

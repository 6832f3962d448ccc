"""Gazetteer data: countries, organisations, metonyms, office-holders, sector words, titles.

Every table is a plain TSV file under `accord/actors/data/` with `#` header lines naming its
public source and date. `load_gazetteer()` reads them once per process (module-level cache)
into a `Gazetteer`: a surface-form table (`surfaces`: exact text -> `Entry`) that the
`accord_gazetteer` spaCy component compiles into phrase patterns, and lookup tables for the
linker and the CLI (`actor_info`, `actor_roles`, `find_actor`).
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property, lru_cache
from pathlib import Path

from ..model import Actor, Role

DATA_DIR = Path(__file__).resolve().parent / "data"
# Data files derived from the PETRARCH2 dictionaries keep the rows curated for accord above this line.
DERIVED_MARK = "# ---- derived"
OFFICEHOLDERS = DATA_DIR / "officeholders.tsv"

# Entry kinds: how a surface form was listed (drives `Mention.method` and the ambiguity rules).
STATE, DEMONYM, IGO, METONYM, PERSON, SURNAME, BLOCK, PREFIX, GROUP, PARTY, ORGANISATION = (
    "state", "demonym", "igo", "metonym", "person", "surname", "block", "prefix", "group", "party", "organisation")

# Surnames that are also common words or country names: a bare match needs the statistical
# NER to call it a PERSON, a title before it, or a full mention earlier in the article.
WEAK_SURNAMES = frozenset({
    "May", "Brown", "Rice", "Costa", "Jordan", "Chad", "King", "Long", "Young", "Green", "White",
    "Black", "Bush", "Lee", "Kim", "Park", "Moon", "Li", "Wang", "Sharif", "Khan", "Ali", "Ban",
    "Said", "Major", "Cook", "Rich", "Little", "Hope", "Love", "Sunak", "Abbas", "Hassan",
    "Rao", "Singh", "Lai", "Fox", "Mesa", "Paz", "Hague", "Bell", "Hill", "Baker",
    "Martin", "Rose", "Law", "Price", "Banks", "Grant", "Hunt", "Pope", "Page", "Church",
    # surnames of heads of small states that are also words, places or common English surnames
    "Note", "Levi", "Nova", "Compton", "Proust", "Manning", "Robinson",
    "Richards", "Rowley", "Douglas", "Drew", "Wade", "Sang", "Schmidt", "Schmid", "Nielsen", "Cruz",
    "Simons", "Heine", "Weekes",
    "Liverpool", "Bird", "Mason", "Burton", "Neptune", "Vital", "Medina", "Davis", "Thompson",
    "Williams", "Taylor", "Phillips", "Shaw", "Stuart", "Spencer", "Henry",
    "Mitchell", "Christie", "Patterson",
})


@dataclass(frozen=True)
class Entry:
    """What one surface form stands for."""

    kind: str  # STATE, DEMONYM, IGO, METONYM, PERSON, SURNAME, BLOCK, PREFIX, GROUP, PARTY, ORGANISATION
    actor: str | None  # actor id (None for BLOCK; SURNAME and a shared PARTY name keep `people`)
    sector: str | None = None
    rule: str = ""  # metonym rule: seat, capital, diplomatic; "" otherwise
    people: tuple[str, ...] = ()  # SURNAME: every person id with that surname; PARTY: every party


@dataclass(frozen=True)
class Term:
    """One row of officeholders.tsv."""

    person: str
    title: str
    country: str
    sector: str
    start: date | None
    end: date | None

    def role(self) -> Role:
        return Role(self.title, self.country, self.sector, self.start, self.end)


@dataclass
class Gazetteer:
    surfaces: dict[str, Entry] = field(default_factory=dict)
    actors: dict[str, Actor] = field(default_factory=dict)  # canonical actors (no role)
    terms: dict[str, list[Term]] = field(default_factory=dict)  # person id -> terms by start
    sectors: dict[str, str] = field(default_factory=dict)  # sector term (lower) -> code
    # the sector terms curated for accord (above the derived rows): PETRARCH's own codes count
    # private professions ('lawyer', 'counsel') and things ('carrier') as state sectors
    curated_sectors: set[str] = field(default_factory=set)
    titles: dict[str, tuple[str, str]] = field(default_factory=dict)  # phrase -> (title, sector)
    home_titles: set[str] = field(default_factory=set)  # titles of offices exercised at home (scope `home`)
    institutions: dict[str, str] = field(default_factory=dict)  # last word of a state body's name -> sector, or "-"
    genders: dict[str, str] = field(default_factory=dict)  # given name -> f|m
    given: set[str] = field(default_factory=set)  # office-holders' given names ("Theresa", "Shinzo")
    names: dict[str, str] = field(default_factory=dict)  # lower-case name/alias/code -> actor id

    @cached_property
    def sector_ends(self) -> frozenset[str]:
        """The last word of every sector term: a word that ends none cannot end a sector phrase."""
        return frozenset(term.split()[-1] for term in self.sectors)

    def add(self, text: str, entry: Entry, *, variants: bool = True) -> None:
        """Register `text` (and its accent-free and upper-case variants) unless already listed."""
        forms = [text]
        if variants:
            forms.append(fold(text))
            if len(text) > 3 and not text.isupper():
                forms.append(text.upper())
        for form in forms:
            self.surfaces.setdefault(form, entry)


# Latin letters that Unicode does not decompose into a base letter and an accent ("Kalın",
# "Wałęsa", "Støre", "Đukanović"): their usual ASCII spelling, as in the office-holders data.
UNDECOMPOSED = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "ß": "ss",
                              "đ": "d", "Đ": "D", "þ": "th", "Þ": "Th", "ð": "d", "ə": "a", "œ": "oe", "Œ": "Oe"})


def fold(text: str) -> str:
    """Strip accents: "Rúa" -> "Rua", "Kalın" -> "Kalin"; curly apostrophes become straight ones."""
    text = text.replace("\u2019", "'").translate(UNDECOMPOSED)
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def slugify(name: str) -> str:
    """The person slug of docs/gold-format.md: lower-case ASCII, accents stripped, apostrophes
    dropped, other non-alphanumerics replaced by single hyphens."""
    text = fold(name).lower().replace("'", "")
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def read_tsv(path: Path) -> Iterator[dict[str, str]]:
    """Rows of a data file: `#` lines skipped, then a header row naming the columns."""
    with path.open(encoding="utf-8") as handle:
        lines = (line for line in handle if line.strip() and not line.startswith("#"))
        for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
            yield {k: (v or "").strip() for k, v in row.items() if k}


def split(value: str) -> list[str]:
    return [v.strip() for v in value.split("|") if v.strip()]


def parse_day(value: str) -> date | None:
    return date.fromisoformat(value) if value else None


def plural(word: str) -> list[str]:
    if word.endswith(("an", "i", "ian")) and " " not in word or word.endswith("er"):
        return [word + "s"]
    return []


def load_countries(gaz: Gazetteer) -> None:
    """Curated countries.tsv first (its names win), then every other pycountry name."""
    for row in read_tsv(DATA_DIR / "countries.tsv"):
        code = row["iso3"]
        gaz.actors[code] = Actor(code, row["name"], "state", code)
        for name in [row["name"], *split(row["aliases"])]:
            gaz.add(name, Entry(STATE, code))
            if name.startswith(("The ", "the ")):
                gaz.add("the" + name[3:], Entry(STATE, code), variants=False)
        for word in split(row["demonyms"]):
            for form in [word, *plural(word)]:
                gaz.add(form, Entry(DEMONYM, code))
    import pycountry

    for country in pycountry.countries:
        code = country.alpha_3
        found = (getattr(country, k, None) for k in ("common_name", "name", "official_name"))
        names: list[str] = [n for n in found if n and "," not in n and "(" not in n]
        if code not in gaz.actors:
            gaz.actors[code] = Actor(code, (names or [country.name])[0], "state", code)
        for name in names:
            gaz.add(name, Entry(STATE, code))


def load_igos(gaz: Gazetteer) -> None:
    for row in read_tsv(DATA_DIR / "igos.tsv"):
        parent = row["parent"]
        actor = parent or row["code"]
        if not parent:
            country = actor if row["kind"] == "igo" else None
            gaz.actors[actor] = Actor(actor, row["name"], row["kind"], country)  # type: ignore[arg-type]
        elif row["code"] not in ("",) and not row["sector"]:
            # an agency of a parent (UNHCR of the UN): its own actor, country = the parent
            gaz.actors[row["code"]] = Actor(row["code"], row["name"], "igo", parent)
            actor = row["code"]
        entry = Entry(IGO, actor, row["sector"] or None)
        for name in [row["name"], *split(row["aliases"])]:
            gaz.add(name, entry, variants=not name.isupper())


def load_metonyms(gaz: Gazetteer) -> None:
    for row in read_tsv(DATA_DIR / "metonyms.tsv"):
        rule, actor = row["rule"], row["actor"]
        if rule == "block":
            entry = Entry(BLOCK, None)
        elif rule == "prefix":
            entry = Entry(PREFIX, actor)
        else:
            entry = Entry(METONYM, actor, row["sector"] or None, rule)
        gaz.surfaces[row["text"]] = entry  # metonyms and blocks override country names
        if rule in ("seat",) and not row["text"].startswith("the "):
            gaz.surfaces.setdefault(fold(row["text"]), entry)


FAMILY_NAME_FIRST = frozenset({"CHN", "TWN", "PRK", "KOR", "HKG"})
HONORIFICS = frozenset({"Sheikh", "Sheikha", "Emir", "King", "Queen", "Prince", "Princess", "Sultan", "Crown",
                        "Pope", "Ayatollah", "Imam", "Mullah"})


def surname_of(name: str, country: str = "") -> str:
    """"Ursula von der Leyen" -> "von der Leyen"; "Mark Carney" -> "Carney"; "Xi Jinping" ->
    "Xi" (family name first for Chinese and Korean names, and "Ban Ki-moon" shapes)."""
    words = name.split()
    if len(words) < 2 or " of " in name or words[-1].rstrip(".") in ("I", "II", "III", "IV", "V", "VI", "Jr", "Sr"):
        return name
    if words[0] in HONORIFICS:
        return name  # "Sheikh Hasina", "Sheikh Zayed": the second word is a given name
    if country in FAMILY_NAME_FIRST or (len(words) == 2 and re.fullmatch(r"[A-Z][a-z]+-[a-z]+", words[1])):
        return words[0]
    for i, word in enumerate(words[1:], start=1):
        if word[0].islower():
            return " ".join(words[i:])
    return words[-1]


def load_officeholders(gaz: Gazetteer, path: Path = OFFICEHOLDERS) -> None:
    if not path.exists():
        return
    surnames: dict[str, list[str]] = {}
    for row in read_tsv(path):
        if not row.get("person_id", "").startswith("person:"):
            continue
        pid = row["person_id"]
        term = Term(pid, row["title"], row["country"], row["sector"],
                    parse_day(row["start"]), parse_day(row["end"]))
        gaz.terms.setdefault(pid, []).append(term)
        if pid not in gaz.actors:
            gaz.actors[pid] = Actor(pid, row["name"], "person", row["country"])
        for name in [row["name"], *split(row["aliases"])]:
            gaz.add(name, Entry(PERSON, pid))
            gaz.names.setdefault(name.lower(), pid)
            last = surname_of(name, row["country"])
            first = name.split()[0]
            if first != last and not last.startswith(first) and first not in HONORIFICS:
                gaz.given.add(first)
            forms = [last]
            if re.fullmatch(r"(?:al|el|Al|El)-[A-Z]\w+", last):
                forms.append(last[3:])  # "al-Bashir" is also written "Bashir"
            for form in forms:
                if form != name and pid not in surnames.setdefault(form, []):
                    surnames[form].append(pid)
    for terms in gaz.terms.values():
        terms.sort(key=lambda t: t.start or date.min)
    # A written form carries everyone whose surname it spells ("Conte" is Giuseppe Conte and, with
    # the accent dropped, Lansana Conté), whichever of them the file lists first.
    bearers: dict[str, list[str]] = {}
    for last, people in surnames.items():
        surname_forms = {last, fold(last)}
        surname_forms |= {f[0].upper() + f[1:] for f in surname_forms}  # "Von der Leyen" starting a sentence
        for form in surname_forms:
            bucket = bearers.setdefault(form, [])
            bucket.extend(p for p in people if p not in bucket)
    for form, people in bearers.items():
        if form not in gaz.surfaces:
            gaz.surfaces[form] = Entry(SURNAME, None, people=tuple(people))


def load_armed_groups(gaz: Gazetteer) -> None:
    """Non-state armed groups (armed_groups.tsv): kind "group", their country and sector."""
    for row in read_tsv(DATA_DIR / "armed_groups.tsv"):
        gid = row["id"]
        if gid in gaz.actors:
            continue  # a curated row wins over a derived one
        country = row["country"] if row["country"] in gaz.actors else None
        gaz.actors[gid] = Actor(gid, row["name"], "group", country, row["sector"])
        for name in [row["name"], *split(row["aliases"])]:
            gaz.add(name, Entry(GROUP, gid, row["sector"]))


def load_parties(gaz: Gazetteer) -> None:
    """Political parties (parties.tsv): kind "organisation", sector PTY, their country. A name
    several parties share keeps them all (`Entry.people`, in file order) for the linker."""
    sharing: dict[str, list[str]] = {}
    for row in read_tsv(DATA_DIR / "parties.tsv"):
        gaz.actors[row["id"]] = Actor(row["id"], row["name"], "organisation", row["country"], "PTY")
        for name in [row["name"], *split(row["aliases"])]:
            sharing.setdefault(name, []).append(row["id"])
    for name, parties in sharing.items():
        entry = Entry(PARTY, parties[0] if len(parties) == 1 else None, "PTY", people=tuple(parties))
        gaz.add(name, entry, variants=False)
        if fold(name) != name:
            gaz.add(fold(name), entry, variants=False)


def load_organisations(gaz: Gazetteer) -> None:
    """News organisations, NGOs and companies (organisations.tsv): kind "organisation", their
    country (or none) and sector (MED, NGO, BUS). A name another table already lists keeps that
    table's actor."""
    for row in read_tsv(DATA_DIR / "organisations.tsv"):
        oid = row["id"]
        gaz.actors[oid] = Actor(oid, row["name"], "organisation", row["country"] or None, row["sector"])
        entry = Entry(ORGANISATION, oid, row["sector"])
        for name in [row["name"], *split(row["aliases"])]:
            gaz.add(name, entry, variants=not name.isupper())


def load_small_tables(gaz: Gazetteer) -> None:
    for row in read_tsv(DATA_DIR / "sectors.tsv"):
        gaz.sectors.setdefault(row["term"], row["sector"])
    curated = (DATA_DIR / "sectors.tsv").read_text(encoding="utf-8").split(DERIVED_MARK, 1)[0]
    gaz.curated_sectors = {line.split("\t")[0] for line in curated.splitlines()
                           if line and not line.startswith("#")} & set(gaz.sectors)  # without the header row
    for row in read_tsv(DATA_DIR / "titles.tsv"):
        gaz.titles.setdefault(row["phrase"], (row["title"], row["sector"]))
        if row.get("scope") == "home":
            gaz.home_titles.add(row["title"])
    for row in read_tsv(DATA_DIR / "institutions.tsv"):
        gaz.institutions.setdefault(row["word"], row["sector"])
    for row in read_tsv(DATA_DIR / "given_names.tsv"):
        gaz.genders.setdefault(row["name"], row["gender"])


def index_names(gaz: Gazetteer) -> None:
    """Lower-case names, aliases and ids -> actor id, for `find_actor` and fuzzy matching."""
    for text, entry in gaz.surfaces.items():
        if entry.actor and entry.kind in (STATE, IGO, PERSON, GROUP, PARTY, ORGANISATION):
            gaz.names.setdefault(text.lower(), entry.actor)
    for actor in gaz.actors.values():
        gaz.names[actor.id.lower()] = actor.id
        gaz.names.setdefault(actor.name.lower(), actor.id)


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Every data file, read once per process."""
    gaz = Gazetteer()
    load_metonyms(gaz)
    load_igos(gaz)
    load_countries(gaz)
    load_officeholders(gaz)
    load_armed_groups(gaz)
    load_parties(gaz)
    load_organisations(gaz)
    load_small_tables(gaz)
    index_names(gaz)
    return gaz


# ---- lookups for the linker and the CLI ---------------------------------------------------

ROLE_PRIORITY = ("President", "Prime Minister", "Chancellor", "King", "Queen", "Emperor",
                 "Supreme Leader", "Secretary General")


def roles_on(person: str, day: date | None) -> list[Term]:
    """The terms `person` held on `day` (None: the terms still open), most senior first."""
    terms = load_gazetteer().terms.get(person, [])
    if day is None:
        held = [t for t in terms if t.end is None]
    else:
        held = [t for t in terms if (t.start is None or t.start <= day) and (t.end is None or day < t.end)]

    def rank(term: Term) -> tuple[int, int]:
        title = term.title.replace("Acting ", "")
        senior = ROLE_PRIORITY.index(title) if title in ROLE_PRIORITY else len(ROLE_PRIORITY)
        return (senior, -(term.start or date.min).toordinal())

    return sorted(held, key=rank)


def actor_roles(actor_id: str) -> list[Role]:
    """Every office `actor_id` held, in order of start date (empty for non-persons)."""
    return [t.role() for t in load_gazetteer().terms.get(actor_id, [])]


def actor_info(actor_id: str) -> Actor | None:
    """The canonical actor (name, kind, country) for an id, or None if the id is unknown."""
    actor = load_gazetteer().actors.get(actor_id)
    if actor is None:
        return None
    # a person's sector depends on the role held on a date; a group's or party's is its own
    return Actor(actor.id, actor.name, actor.kind, actor.country, None if actor.kind == "person" else actor.sector)


def find_actor(query: str) -> Actor | None:
    """An actor by id ("CAN", "person:mark-carney") or by a name or alias ("Canada",
    "E.U.", "Mark Carney", "Canadian"), case-insensitive; None if nothing matches."""
    gaz = load_gazetteer()
    query = query.strip()
    if query in gaz.actors:
        return actor_info(query)
    entry = gaz.surfaces.get(query) or gaz.surfaces.get(fold(query))
    if entry and entry.actor and entry.kind != BLOCK:
        return actor_info(entry.actor)
    if entry and entry.kind == SURNAME and len(entry.people) == 1:
        return actor_info(entry.people[0])
    if entry and entry.kind == PARTY and entry.people:  # a shared name: the first party listed
        return actor_info(entry.people[0])
    found = gaz.names.get(query.lower()) or gaz.names.get(fold(query).lower())
    if found is None and "person:" + slugify(query) in gaz.actors:
        found = "person:" + slugify(query)
    return actor_info(found) if found else None

"""The team's actor aliases in the database, their shareable file, and the names still unresolved.

An alias says "this phrase means this actor" (`accord.actors.Alias`); `load_aliases` hands the
whole dictionary to the pipeline when articles are analysed into this store. The file format
(`export_aliases`, `import_aliases`) is tab-separated with a header line, one alias a line:

    phrase	actor	kind	name	country	role	sector	note
    Mr Prescott	person:john-prescott	person	John Prescott	GBR	Deputy Prime Minister	GOV
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, insert, literal, select, union_all, update

from ..actors import Alias, actor_info
from ..actors.aliases import KINDS
from ..errors import AccordError
from . import Store, schema
from .reviews import now

AL, M, P, A, E = schema.actor_aliases, schema.mentions, schema.event_participants, schema.articles, schema.events
FILE_COLUMNS = ("phrase", "actor", "kind", "name", "country", "role", "sector", "note")


def make_alias(phrase: str, actor: str, *, kind: str | None = None, name: str | None = None,
               country: str | None = None, role: str | None = None, sector: str | None = None) -> Alias:
    """An alias, checked and completed from the gazetteer: a known actor's kind, name and country."""
    phrase, actor = phrase.strip(), actor.strip()
    if not phrase:
        raise AccordError("An alias needs the words it stands for, e.g. \"Mr Prescott\".")
    actor = actor if ":" in actor else actor.upper()
    known = actor_info(actor)
    kind = kind or (known.kind if known else "person" if actor.startswith("person:") else "organisation")
    if kind not in KINDS:
        raise AccordError(f"Unknown actor kind {kind!r}; use one of {', '.join(KINDS)}.")
    if known is None and not actor.startswith(("person:", "org:")) and not country:
        raise AccordError(f"{actor!r} is no actor the gazetteer knows: use an ISO3 country or IGO code, "
                          "person:<name> or org:<name> (with --country for a person or an organisation "
                          "the gazetteer lacks).")
    return Alias(phrase, actor, kind, name or (known.name if known else None),
                 (country.upper() if country else known.country if known else None), role or None,
                 sector.upper() if sector else None)


def add_alias(store: Store, alias: Alias, *, added_by: str, note: str | None = None) -> dict[str, Any]:
    """Store `alias`, replacing an earlier alias of the same phrase."""
    row = {"phrase": alias.phrase, "actor_id": alias.actor, "name": alias.name, "kind": alias.kind,
           "country": alias.country, "role": alias.role, "sector": alias.sector, "added_by": added_by,
           "added_at": now(), "note": note or None}
    with store.engine.begin() as conn:
        if conn.execute(select(AL.c.phrase).where(AL.c.phrase == alias.phrase)).first():
            conn.execute(update(AL).where(AL.c.phrase == alias.phrase).values(**row))
        else:
            conn.execute(insert(AL).values(**row))
    return _public(row)


def remove_alias(store: Store, phrase: str) -> None:
    with store.engine.begin() as conn:
        if conn.execute(delete(AL).where(AL.c.phrase == phrase)).rowcount == 0:
            raise AccordError(f"No alias for {phrase!r}; `accord actors alias list` shows them.")


def list_aliases(store: Store, actor: str | None = None) -> list[dict[str, Any]]:
    """Every alias (of one actor), by phrase."""
    query = select(AL).order_by(AL.c.phrase)
    if actor:
        query = query.where(AL.c.actor_id == actor)
    with store.engine.connect() as conn:
        return [_public(dict(r._mapping)) for r in conn.execute(query)]


def load_aliases(store: Store) -> list[Alias]:
    """The store's dictionary, for the pipeline."""
    with store.engine.connect() as conn:
        return [Alias(r.phrase, r.actor_id, r.kind, r.name, r.country, r.role, r.sector)
                for r in conn.execute(select(AL))]


def _public(row: dict[str, Any]) -> dict[str, Any]:
    out = {"phrase": row["phrase"], "actor": row["actor_id"], **{k: row[k] for k in FILE_COLUMNS[2:]}}
    out.update(added_by=row["added_by"], added_at=row["added_at"])
    return out


def export_aliases(store: Store, path: Path) -> int:
    """Write every alias to `path` (tab-separated, header line); return how many."""
    rows = list_aliases(store)
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter="\t", lineterminator="\n")
        writer.writerow(FILE_COLUMNS)
        for r in rows:
            writer.writerow([r[c] or "" for c in FILE_COLUMNS])
    return len(rows)


def import_aliases(store: Store, path: Path, *, added_by: str) -> int:
    """Add (or replace) every alias of a file written by `export_aliases`; all or none."""
    try:
        content = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise AccordError(f"Cannot read the alias file {path}: {exc.strerror}.") from exc
    reader = csv.DictReader(io.StringIO(content), delimiter="\t")
    missing = {"phrase", "actor"} - set(reader.fieldnames or ())
    if missing:
        raise AccordError(f"{path}: the header line must name the columns {', '.join(FILE_COLUMNS)} "
                          f"(tab-separated); {', '.join(sorted(missing))} missing.")
    parsed = []
    for n, row in enumerate(reader, start=2):
        try:
            alias = make_alias(row["phrase"] or "", row["actor"] or "", kind=row.get("kind") or None,
                               name=row.get("name") or None, country=row.get("country") or None,
                               role=row.get("role") or None, sector=row.get("sector") or None)
        except AccordError as exc:
            raise AccordError(f"{path}:{n}: {exc}") from exc
        parsed.append((alias, row.get("note") or None))
    for alias, note in parsed:
        add_alias(store, alias, added_by=added_by, note=note)
    return len(parsed)


def unresolved_names(store: Store, limit: int = 50) -> list[dict[str, Any]]:
    """The words most often left without an actor (mentions and event participants), with how
    often, in how many articles, an example sentence, and whether an alias now covers them."""
    words = union_all(
        select(M.c.text, M.c.article_id, M.c.start, M.c.end, literal("mention").label("where"))
        .where(M.c.actor_id.is_(None)),
        select(P.c.text, E.c.article_id, P.c.start, P.c.end, literal("participant").label("where"))
        .join(E, E.c.id == P.c.event_id).where(P.c.actor_id.is_(None), P.c.role != "reporter"),
    ).subquery("unresolved")
    count = func.count().label("count")
    query = (select(words.c.text, count, func.count(func.distinct(words.c.article_id)).label("articles"),
                    func.min(words.c.article_id).label("article_id"))
             .group_by(words.c.text).order_by(count.desc(), words.c.text).limit(limit))
    with store.engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(query)]
        aliased = {r.phrase: r.actor_id for r in conn.execute(select(AL.c.phrase, AL.c.actor_id))}
        for row in rows:
            first = conn.execute(select(words.c.start, words.c.end, A.c.text).join(A, A.c.id == words.c.article_id)
                                 .where(words.c.text == row["text"], words.c.article_id == row["article_id"])
                                 .order_by(words.c.start).limit(1)).one()
            row["example"] = _sentence_around(first.text, first.start, first.end)
            row["alias"] = aliased.get(row["text"])
    return rows


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence (roughly: between full stops or line breaks) holding text[start:end]."""
    stop = text.rfind(". ", 0, start)
    left = max(stop + 2 if stop >= 0 else 0, text.rfind("\n", 0, start) + 1)
    stops = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    right = min(stops) + 1 if stops else len(text)
    return text[left:right].strip()


def mentioning(store: Store, phrase: str) -> list[str]:
    """Ids of the stored articles whose text holds `phrase` (to re-analyse after an alias)."""
    with store.engine.connect() as conn:
        return list(conn.execute(select(A.c.id).where(A.c.text.contains(phrase, autoescape=True))
                                 .order_by(A.c.id)).scalars())

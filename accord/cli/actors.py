"""`accord actors`: the stored actors, the names left unresolved, and the team's aliases.

`accord actors alias "Mr Prescott" person:john-prescott` teaches the linker a name for every
article analysed into this database from then on (`--reanalyze` re-reads the stored ones).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from ..errors import AccordError, InputError
from ..review.reanalyze import reanalyze
from ..store import Store
from ..store.aliases import (
    add_alias,
    export_aliases,
    import_aliases,
    list_aliases,
    make_alias,
    mentioning,
    remove_alias,
    unresolved_names,
)
from ..store.queries import Filters, list_actors
from . import render
from .app import app, fail, print_json
from .groups import default_group
from .review import By, Db, Json, _who

console = Console()
actors_app = typer.Typer(rich_markup_mode="rich")
alias_app = typer.Typer(
    cls=default_group("add"), no_args_is_help=True, rich_markup_mode="rich",
    help="The team's own names for actors, used by the linker for every article analysed into this "
         "database from then on.\n\n"
         "[b]Examples[/b]\n\n"
         "  accord actors alias \"Mr Prescott\" person:john-prescott --country GBR --role \"Deputy Prime Minister\"\n\n"
         "  accord actors alias \"the Mounties\" CAN --sector COP --reanalyze\n\n"
         "  accord actors alias list\n\n"
         "  accord actors alias remove \"Mr Prescott\"\n\n"
         "  accord actors alias export team-aliases.tsv   /   accord actors alias import team-aliases.tsv",
)
app.add_typer(actors_app, name="actors")
actors_app.add_typer(alias_app, name="alias")


@actors_app.callback(invoke_without_command=True)
def actors(ctx: typer.Context, db: Db = None, actor: Annotated[str | None, typer.Option(
        "--actor", "--search", help="An id, a country code or part of a name.")] = None,
        unresolved: Annotated[bool, typer.Option(
            "--unresolved", help="The names and phrases most often left without an actor: the to-do list of review.")] = False,
        limit: Annotated[int, typer.Option(min=1, help="At most this many rows.")] = 50,
        json_out: Json = False) -> None:
    """List stored actors with how often they are mentioned, or the names left unresolved.

    --unresolved lists the names and phrases that resolved to no actor, with counts and an
    example: the to-do list of review; `accord actors alias` names them.

      accord actors --search carney

      accord actors --unresolved --limit 20
    """
    if ctx.invoked_subcommand:
        return
    with Store(db) as store:
        rows = unresolved_names(store, limit) if unresolved else list_actors(store, Filters(actor=actor, limit=limit))
    if json_out:
        print_json(rows)
    elif not rows:
        console.print("No unresolved names." if unresolved else
                      "No rows match. Widen the filters, or ingest articles with [bold]accord ingest[/].")
    elif unresolved:
        table = Table("name or phrase", "count", "articles", "alias", "example", title="Unresolved names",
                      title_justify="left", caption="Name one with accord actors alias \"NAME\" ACTOR --reanalyze")
        for r in rows:
            table.add_row(escape(r["text"]), str(r["count"]), str(r["articles"]), r["alias"] or "", escape(r["example"]))
        console.print(table)
    else:
        console.print(render.actors_table(rows))


@alias_app.command("add")
def add(phrase: Annotated[str, typer.Argument(help="The words as articles print them: \"Mr Prescott\".")],
        actor: Annotated[str, typer.Argument(help="The actor: CAN, NATO, person:john-prescott, org:hamas.")],
        name: Annotated[str | None, typer.Option(help="The actor's name, if the gazetteer lacks it.")] = None,
        kind: Annotated[str | None, typer.Option(help="state, igo, organisation, person or group (default: from the id).")] = None,
        country: Annotated[str | None, typer.Option(help="The actor's country (ISO3), for a person or organisation.")] = None,
        role: Annotated[str | None, typer.Option(help="A person's office: \"Deputy Prime Minister\".")] = None,
        sector: Annotated[str | None, typer.Option(help="A sector code: GOV, MIL, COP, BUS, ...")] = None,
        note: Annotated[str | None, typer.Option(help="Why, for the team.")] = None,
        reanalyze_stored: Annotated[bool, typer.Option(
            "--reanalyze", help="Also analyse again the stored articles that contain the words.")] = False,
        by: By = None, db: Db = None, json_out: Json = False) -> None:
    """Say that PHRASE means ACTOR, for every article analysed into this database from now on.

      accord actors alias "Mr Prescott" person:john-prescott --country GBR --role "Deputy Prime Minister"
    """
    try:
        alias = make_alias(phrase, actor, kind=kind, name=name, country=country, role=role, sector=sector)
        with Store(db) as store:
            row = add_alias(store, alias, added_by=_who(by), note=note)
            results = _reanalyze(store, mentioning(store, alias.phrase)) if reanalyze_stored else None
    except AccordError as exc:
        raise fail(exc) from exc
    if json_out:
        print_json({"alias": row, "reanalyzed": results})
        return
    console.print(f"“{escape(alias.phrase)}” now means {alias.actor} ({alias.kind}"
                  f"{', ' + alias.country if alias.country else ''}).", highlight=False)
    if results is None:
        console.print("It applies to articles analysed from now on; add --reanalyze to read the stored ones again.")
    else:
        _report_reanalysis(results)


def _reanalyze(store: Store, article_ids: list[str]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for result in reanalyze(store, article_ids):
        if isinstance(result, InputError):
            out.append({"error": str(result)})
        else:
            out.append({"article_id": result.article_id, "events": result.events,
                        "reviews_kept": result.reviews_kept, "reviews_lost": result.reviews_lost})
    return out


def _report_reanalysis(results: list[dict[str, Any]]) -> None:
    console.print(f"Analysed again {len(results)} stored articles containing the words.")
    for r in results:
        if "error" in r:
            console.print(f"  [red]failed[/] {escape(r['error'])}")
        for lost in r.get("reviews_lost", []):
            console.print(f"  review {lost['review_id']} no longer applies: its event is gone "
                          f"(“{escape(lost['evidence'])}”)", highlight=False)


@alias_app.command("list")
def list_command(actor: Annotated[str | None, typer.Option(help="Only the aliases of this actor.")] = None,
                 db: Db = None, json_out: Json = False) -> None:
    """List the aliases: phrase, actor, kind, country, role, who added it.

      accord actors alias list --actor person:john-prescott
    """
    with Store(db) as store:
        rows = list_aliases(store, actor)
    if json_out:
        print_json(rows)
    elif not rows:
        console.print("No aliases yet: add one with accord actors alias \"NAME\" ACTOR.")
    else:
        table = Table("phrase", "actor", "kind", "country", "role", "sector", "added by", title="Aliases",
                      title_justify="left")
        for r in rows:
            table.add_row(*(escape(str(r[k] or "")) for k in ("phrase", "actor", "kind", "country", "role",
                                                              "sector", "added_by")))
        console.print(table)


@alias_app.command("remove")
def remove(phrase: Annotated[str, typer.Argument(help="The phrase of the alias.")], db: Db = None) -> None:
    """Forget an alias (articles already analysed keep what it made of them until re-analysed).

      accord actors alias remove "Mr Prescott"
    """
    try:
        with Store(db) as store:
            remove_alias(store, phrase)
    except AccordError as exc:
        raise fail(exc) from exc
    console.print(f"Removed the alias “{escape(phrase)}”.", highlight=False)


@alias_app.command("export")
def export(path: Annotated[Path, typer.Argument(help="The file to write (tab-separated).")], db: Db = None) -> None:
    """Write every alias to a tab-separated file the team can share and review.

      accord actors alias export team-aliases.tsv
    """
    with Store(db) as store:
        count = export_aliases(store, path)
    console.print(f"Wrote {count} aliases to {path}.")


@alias_app.command("import")
def import_command(path: Annotated[Path, typer.Argument(help="A file written by `accord actors alias export`.")],
                   by: By = None, db: Db = None) -> None:
    """Add the aliases of a shared file (an alias of the same phrase is replaced); all or none.

      accord actors alias import team-aliases.tsv
    """
    try:
        with Store(db) as store:
            count = import_aliases(store, path, added_by=_who(by))
    except AccordError as exc:
        raise fail(exc) from exc
    console.print(f"Imported {count} aliases from {path}.")

"""The Typer application every command module registers on."""

import typer

app = typer.Typer(
    name="accord",
    help="News articles in, an explainable record of international relations out.",
    no_args_is_help=True,
    rich_markup_mode="rich",
    add_completion=False,
)

"""The Typer application every command module registers on, and the options several share."""

import json
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape

from ..errors import AccordError

app = typer.Typer(
    name="accord",
    help="News articles in, an explainable record of international relations out.",
    no_args_is_help=True,
    rich_markup_mode="rich",
    add_completion=False,
)

MinConfidence = Annotated[float | None, typer.Option(
    "--min-confidence", min=0.0, max=1.0,
    help="Leave out events below this confidence (default 0.4, or $ACCORD_MIN_CONFIDENCE; 0 shows every "
         "event). The analysis keeps them all; see docs/events.md.")]


def fail(exc: AccordError) -> typer.Exit:
    """Print the error's message (it says what to do) on stderr, unwrapped so that the paths and
    commands it names can be copied; the command exits with status 2."""
    Console(stderr=True).print(f"[red]error:[/] {escape(str(exc))}", highlight=False, soft_wrap=True)
    return typer.Exit(2)


def print_json(data: Any) -> None:
    """One JSON document on stdout, for scripts (`--json`)."""
    print(json.dumps(data, default=str, ensure_ascii=False, indent=2))

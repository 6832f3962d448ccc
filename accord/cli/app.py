"""The Typer application every command module registers on, and the options several share."""

from typing import Annotated

import typer

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

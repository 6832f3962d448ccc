"""A command group with a default subcommand: `accord review EVENT_ID ...` runs
`accord review mark EVENT_ID ...`, while `accord review queue` still runs `queue`."""

from __future__ import annotations

from typing import Any

from typer.core import TyperGroup


def default_group(command: str) -> type[TyperGroup]:
    """A Typer group class whose unknown first word goes to the subcommand `command`."""

    class DefaultGroup(TyperGroup):
        def parse_args(self, ctx: Any, args: list[str]) -> list[str]:  # ctx: Typer's own click Context
            if args and args[0] not in self.commands and args[0] not in ("--help", "-h"):
                args = [command, *args]
            return super().parse_args(ctx, args)

    return DefaultGroup

"""`accord serve`: the REST API and the dashboard, one uvicorn process."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console

from ..errors import AccordError
from .app import app


@app.command("serve")
def serve(
    db: Annotated[str | None, typer.Option("--db", envvar="ACCORD_DB", show_envvar=True,
                                              help="SQLite path or database URL (default: ./accord.db).")] = None,
    host: Annotated[str, typer.Option(help="Interface to listen on; 0.0.0.0 exposes the server to the network.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="TCP port.")] = 8000,
) -> None:
    """Serve the dashboard at / and the read-only JSON API at /api (OpenAPI docs at /docs).

    POST /api/analyze is enabled only when ACCORD_API_TOKEN is set. Examples:

      accord serve --db accord.db

      ACCORD_API_TOKEN=s3cret accord serve --port 8080
    """
    import uvicorn

    from ..server import create_app

    try:
        application = create_app(db)
    except AccordError as exc:
        Console(stderr=True).print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from exc
    Console(stderr=True).print(f"accord dashboard on http://{host}:{port}/  (API docs: /docs)")
    uvicorn.run(application, host=host, port=port, log_level="info")

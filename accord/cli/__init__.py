"""The `accord` command line: a thin layer of typed options over the library's plain functions.

Each module in this package registers its own commands on the one Typer `app`; the import order
below is the order `accord --help` lists them in.
"""
# ruff: noqa: I001

from . import main as _main  # noqa: F401  (analyze, ingest, listings, export)
from . import relations as _relations  # noqa: F401  (dyad, network, shifts)
from . import evaluate as _evaluate  # noqa: F401  (eval)
from . import scale as _scale  # noqa: F401  (scale analyze, scale load)
from . import serve as _serve  # noqa: F401  (serve)
from . import watch as _watch  # noqa: F401  (sources, watch, fetch)
from .app import app

__all__ = ["app"]

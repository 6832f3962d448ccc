"""The `accord` command line: a thin layer of typed options over the library's plain functions.

Each module in this package registers its own commands on the one Typer `app`.
"""

from . import main as _main  # noqa: F401  (each module registers its commands)
from . import relations as _relations  # noqa: F401
from . import scale as _scale  # noqa: F401
from . import serve as _serve  # noqa: F401
from .app import app

__all__ = ["app"]

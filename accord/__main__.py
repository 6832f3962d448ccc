"""`python -m accord ...` runs the `accord` command, for a checkout whose console script is not on PATH."""
from .cli import app

app(prog_name="accord")

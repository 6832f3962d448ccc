"""Evaluation: score accord's output against the annotated gold lines of `eval/gold/`.

    >>> from accord.evaluation import evaluate
    >>> report = evaluate(["eval/gold/events.jsonl"], split="dev")
    >>> report.f1("event_triple")

Format of the gold files and the matching rules: docs/gold-format.md.
"""

from .gold import GoldError, GoldLine, load_gold
from .report import TASKS, EvalReport
from .runner import evaluate, predict, score

__all__ = ["TASKS", "EvalReport", "GoldError", "GoldLine", "evaluate", "load_gold", "predict", "score"]

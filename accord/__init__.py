"""accord: news articles in, a structured and explainable record of international relations out."""

from .model import SCHEMA, Analysis
from .pipeline import analyze

__version__ = "0.1.0"
__all__ = ["SCHEMA", "Analysis", "analyze", "__version__"]

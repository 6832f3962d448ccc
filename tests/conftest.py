"""Shared fixtures: the spaCy pipeline loads once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "canada-eu-defence-pact.txt"


@pytest.fixture(scope="session")
def nlp():
    from accord.pipeline import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def example_text() -> str:
    return EXAMPLE.read_text(encoding="utf-8")

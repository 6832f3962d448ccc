"""Real news that nobody on the team wrote: every Wikinews article (and the team's own example
texts) goes through the whole pipeline without an error or a stage warning, and no gazetteer
person is linked from a bare given name."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from accord.actors import load_gazetteer
from accord.actors.gazetteer import surname_of
from accord.batch import run
from accord.errors import InputError
from accord.model import Analysis
from accord.sources import iter_documents

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
WIKINEWS = Path(__file__).resolve().parent / "data" / "wikinews" / "wikinews-2019-2020.jsonl"
PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers", "himself", "herself"})
# People named by their given name because they have no family name: monarchs with a regnal
# number ("Elizabeth II") and rulers named with a patronymic ("Qaboos bin Said"); and people whose
# office-holders row lists the one word as a name of theirs (a Samoan chief's title: "Tuilaepa").
REGNAL = re.compile(r"\b(?:[IVX]+|bin|bint|ibn)\b")


@pytest.fixture(scope="module")
def results() -> list[Analysis | InputError]:
    # the bundled example carries no date of its own: it was published on 2025-06-23
    return list(run(iter_documents([WIKINEWS, ROOT / "examples"], published=date(2025, 6, 23))))


def test_every_article_is_analysed_without_error_or_warning(results):
    errors = [str(r) for r in results if isinstance(r, InputError)]
    warnings = [f"{r.article.id}: {w.stage}: {w.message}" for r in results
                if isinstance(r, Analysis) for w in r.article.warnings]
    assert not errors and not warnings, "\n".join(errors + warnings)
    wikinews = [r for r in results if isinstance(r, Analysis) and r.article.source == "Wikinews"]
    assert len(wikinews) == 295


def test_no_gazetteer_person_from_a_bare_given_name(results):
    gaz = load_gazetteer()
    wrong = []
    for analysis in results:
        if not isinstance(analysis, Analysis):
            continue
        for m in analysis.mentions:
            person = gaz.actors.get(m.actor or "")
            if person is None or person.kind != "person" or " " in m.text.strip() or m.text.lower() in PRONOUNS:
                continue
            given = person.name.split()[0]
            listed = gaz.names.get(given.lower()) == m.actor  # a one-word name news uses: "Tuilaepa", "Prachanda"
            if m.text.strip() == given and not listed and not REGNAL.search(person.name) \
                    and given != surname_of(person.name, person.country or ""):
                wrong.append(f"{analysis.article.id}: {m.text!r} -> {m.actor} ({m.method})")
    assert not wrong, "\n".join(wrong)

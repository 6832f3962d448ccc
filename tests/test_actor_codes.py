"""GDELT-style CAMEO codes (country + sector: SYRREB, AFGINS, USAJUD) from the analysis to the
store, the exports, `accord actors` and the dashboard; and the political/private rule."""

from __future__ import annotations

import csv
import json

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

import accord
from accord.actors import find_actor, is_political
from accord.cli import app
from accord.model import Actor
from accord.server import create_app
from accord.store import Store, cameo_code
from accord.store.queries import Filters, list_actors, list_events

pytestmark = pytest.mark.slow

TEXT = ("Syrian rebels attacked army positions near Idlib on Monday, the observatory said.\n"
        "The Taliban accused the Afghan army of killing civilians in Helmand.\n"
        "The US Supreme Court blocked the order on Friday.")


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    path = str(tmp_path_factory.mktemp("codes") / "codes.db")
    with Store(path) as store:
        store.add(accord.analyze(TEXT, published="2019-05-06", source="Wire"))
    return path


def test_events_carry_participant_codes(db):
    with Store(db) as store:
        events = {e["type"]: e for e in list_events(store, Filters())}
    assert events["ASSAULT"]["source_code"] == "SYRREB"
    assert events["ACCUSE"]["source_code"] == "AFGINS"  # an armed group: its country and sector
    assert [p["code"] for p in events["ACCUSE"]["target"]] == ["AFGMIL"]
    assert events["REJECT"]["source_code"] == "USAJUD"


def test_export_has_codes_per_participant(db, tmp_path):
    out = tmp_path / "events.csv"
    result = CliRunner().invoke(app, ["export", "--db", db, "--format", "csv", "--out", str(out)])
    assert result.exit_code == 0, result.output
    rows = {r["type"]: r for r in csv.DictReader(out.open(encoding="utf-8"))}
    assert rows["ACCUSE"]["source_codes"] == "AFGINS" and rows["ACCUSE"]["target_codes"] == "AFGMIL"


def test_actors_listing_shows_sectors_and_codes(db):
    with Store(db) as store:
        rows = {r["id"]: r for r in list_actors(store, Filters())}
    assert rows["group:taliban"]["kind"] == "group" and rows["group:taliban"]["sector"] == "INS"
    assert "SYRREB" in rows["SYR"]["codes"].split()
    result = CliRunner().invoke(app, ["actors", "--db", db, "--json"])
    listed = {r["id"]: r for r in json.loads(result.stdout)}
    assert listed["group:taliban"]["codes"] == "AFGINS"


def test_dashboard_shows_codes(db):
    with TestClient(create_app(db)) as client:
        actor_page = client.get("/actors/group:taliban", headers={"Accept": "text/html"}).text
        events_page = client.get("/events", headers={"Accept": "text/html"}).text
    assert "AFGINS" in actor_page and "sector INS" in actor_page
    assert '<small class="code"' in events_page and "SYRREB" in events_page


@pytest.mark.parametrize("actor, political", [
    (Actor("SYR", "Syria", "state", "SYR"), True),
    (Actor("EU", "European Union", "igo", "EU"), True),
    (Actor("group:taliban", "Taliban", "group", "AFG", "INS"), True),
    (Actor("party:gbr-labour", "Labour Party", "organisation", "GBR", "PTY"), True),
    (Actor("person:maria-lopez", "Maria Lopez", "person", "PER", "GOV", "Spokesperson"), True),
    (Actor("person:doris-johnson", "Doris Johnson", "person", None, "CVL"), False),
    (Actor("person:jamal-khashoggi", "Jamal Khashoggi", "person", "SAU", "MED"), False),
])
def test_political_or_private(actor, political):
    assert is_political(actor) is political


def test_gazetteer_groups_and_parties_are_found():
    assert find_actor("Hezbollah").id == "group:hezbollah"
    assert find_actor("Tories").id == "party:gbr-conservative"
    assert cameo_code(None, "INS") == "INS" and cameo_code("GBR", "LEG") == "GBRLEG" and cameo_code(None, None) is None

"""Relations: dyad series, network, shifts, plots and their CLI, on stores built in tmp_path."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pytest
from databases import fresh_database
from typer.testing import CliRunner

import accord.cli.relations  # noqa: F401  (registers dyad, network, shifts)
from accord import relations
from accord.cli import app
from accord.model import (
    Actor,
    Analysis,
    Article,
    Event,
    Participant,
    SentenceRef,
    TextSpan,
)
from accord.relations.load import parse_day
from accord.relations.members import side
from accord.relations.periods import (
    parse_duration,
    period_label,
    period_range,
    period_start,
)
from accord.relations.plots import plot_dyad, plot_network
from accord.relations.shifts import bh_qvalues, permutation_test
from accord.store import Store

ACTORS = {
    "CAN": Actor("CAN", "Canada", "state", "CAN"),
    "USA": Actor("USA", "United States", "state", "USA"),
    "EU": Actor("EU", "European Union", "igo", "EU"),
    "FRA": Actor("FRA", "France", "state", "FRA"),
    "JPN": Actor("JPN", "Japan", "state", "JPN"),
    "person:mark-carney": Actor("person:mark-carney", "Mark Carney", "person", "CAN", "GOV"),
}
QUAD = {"AGREE": (1, 6.0), "COOPERATE": (2, 7.0), "AID": (2, 7.5), "ACCUSE": (3, -4.0),
        "SANCTION": (4, -8.0)}


def ev(type_: str, src: str, tgt: str, day: str, *, status: str = "occurred", conf: float = 1.0,
       reciprocal: bool = False, score: float | None = None) -> dict:
    return {"type": type_, "src": src, "tgt": tgt, "day": day, "status": status, "conf": conf,
            "reciprocal": reciprocal, "score": score}


def article(aid: str, specs: list[dict]) -> Analysis:
    """One article, one sentence per event, written through the real `Analysis` model."""
    sentences = [f"{s['src']} did {s['type'].lower()} to {s['tgt']} on {s['day']} ({aid} {i})."
                 for i, s in enumerate(specs)]
    text = " ".join(sentences)
    events, pos, used = [], 0, set()
    for i, (s, sent) in enumerate(zip(specs, sentences)):
        quad, default = QUAD[s["type"]]
        score = default if s["score"] is None else s["score"]
        src = Participant(s["src"], s["src"], pos, pos + len(s["src"]))
        tgt = Participant(s["tgt"], s["tgt"], pos, pos + 1)
        used |= {s["src"], s["tgt"]}
        events.append(Event(
            id=f"e{i}", type=s["type"], mode=None, contexts=[], source=[src], target=[tgt],
            date=s["day"], date_precision="day", status=s["status"], location=None,
            trigger=TextSpan("did", pos, pos + 3), sentence=SentenceRef(i, pos, pos + len(sent)),
            confidence=s["conf"], cameo=None, quad_class=quad, goldstein=score, plover_score=score,
            reciprocal=s["reciprocal"]))
        pos += len(sent) + 1
    return Analysis(article=Article(id=aid, text=text, published=date(2025, 1, 1)),
                    actors=[ACTORS[a] for a in sorted(used)], events=events)




def make_store(target, articles: dict[str, list[dict]]) -> Store:
    """A store at `target`: a tmp_path directory (SQLite file `rel.db` in it) or a database URL."""
    store = Store(target if isinstance(target, str) else target / "rel.db")
    for aid, specs in articles.items():
        assert store.add(article(aid, specs)).status == "new"
    return store


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path):
    """The queries run on SQLite and, when $ACCORD_TEST_POSTGRES names a server, on PostgreSQL."""
    target = tmp_path if request.param == "sqlite" else fresh_database(request.param, tmp_path)
    s = make_store(target, {
        "a1": [ev("AGREE", "CAN", "EU", "2025-01-10", conf=1.0, score=6.0),
               ev("ACCUSE", "EU", "CAN", "2025-01-20", conf=0.5, score=-4.0),
               ev("COOPERATE", "CAN", "EU", "2025-02-03", reciprocal=True),
               ev("SANCTION", "CAN", "EU", "2025-02-05", status="negated"),
               ev("AID", "CAN", "EU", "2025-02-07", status="hypothetical"),
               ev("AGREE", "CAN", "EU", "2025-02-09", status="anticipated")],
        # the same January agreement reported again: one event, not two
        "a2": [ev("AGREE", "CAN", "EU", "2025-01-10", conf=0.8, score=6.0),
               ev("ACCUSE", "person:mark-carney", "USA", "2025-01-12")],
    })
    yield s
    s.close()


# -- series arithmetic ---------------------------------------------------------------------------
def test_series_counts_fused_once_and_excludes_negated_hypothetical(store):
    series = relations.dyad(store, "CAN", "EU", by="month")
    jan, feb = series.periods
    assert (jan.label, jan.events, jan.quad, jan.types) == (
        "2025-01", 2, {1: 1, 2: 0, 3: 1, 4: 0}, {"ACCUSE": 1, "AGREE": 1})
    assert jan.mean_score == pytest.approx((6.0 * 1.0 - 4.0 * 0.5) / 1.5, abs=1e-4)
    assert jan.net == 0.0
    assert (feb.events, feb.quad[2], feb.net, feb.anticipated) == (1, 1, 1.0, 1)
    assert feb.types == {"COOPERATE": 1}


def test_directed_and_reciprocal(store):
    ab = relations.dyad(store, "CAN", "EU", directed=True, by="year").periods[0]
    ba = relations.dyad(store, "EU", "CAN", directed=True, by="year").periods[0]
    both = relations.dyad(store, "EU", "CAN", by="year").periods[0]
    assert ab.types == {"AGREE": 1, "COOPERATE": 1}  # the reciprocal one counts both ways
    assert ba.types == {"ACCUSE": 1, "COOPERATE": 1}
    assert both.events == 3 and both.net == pytest.approx(1 / 3, abs=1e-4)


def test_levels_country_vs_actor(store):
    assert relations.dyad(store, "CAN", "USA", by="year").periods[0].events == 1
    assert relations.dyad(store, "CAN", "USA", by="year", level="actor").periods == []
    person = relations.dyad(store, "person:mark-carney", "USA", by="year", level="actor")
    assert person.periods[0].quad[3] == 1


def test_members_expansion(tmp_path):
    s = make_store(tmp_path, {"m": [ev("AGREE", "CAN", "FRA", "2025-03-01"),
                                    ev("AGREE", "CAN", "EU", "2025-03-02")]})
    assert relations.dyad(s, "CAN", "EU", by="year").periods[0].events == 1
    assert relations.dyad(s, "CAN", "EU", by="year", members=True).periods[0].events == 2
    sweden = side("NATO", expand=True)
    assert not sweden.matches(frozenset({"SWE"}), date(2024, 3, 6))
    assert sweden.matches(frozenset({"SWE"}), date(2024, 3, 7))
    s.close()


def test_since_until_and_empty_periods(store):
    series = relations.dyad(store, "CAN", "EU", by="week", since=date(2025, 1, 15),
                            until=date(2025, 2, 2))
    assert [p.label for p in series.periods] == ["2025-W03", "2025-W04", "2025-W05"]
    assert [p.events for p in series.periods] == [0, 1, 0]
    assert series.periods[0].net is None


# -- periods ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("day,by,label", [
    ("2024-12-30", "week", "2025-W01"),  # ISO week-year differs from the calendar year
    ("2021-01-03", "week", "2020-W53"),
    ("2024-12-31", "month", "2024-12"),
    ("2025-01-01", "quarter", "2025-Q1"),
    ("2024-11-15", "quarter", "2024-Q4"),
    ("2024-12-31", "year", "2024"),
    ("2024-02-29", "day", "2024-02-29"),
])
def test_period_labels(day, by, label):
    assert period_label(period_start(date.fromisoformat(day), by), by) == label


def test_period_range_crosses_year():
    assert [period_label(d, "quarter") for d in period_range(date(2024, 8, 1), date(2025, 2, 1), "quarter")] \
        == ["2024-Q3", "2024-Q4", "2025-Q1"]
    weeks = period_range(date(2024, 12, 25), date(2025, 1, 8), "week")
    assert [period_label(d, "week") for d in weeks] == ["2024-W52", "2025-W01", "2025-W02"]


def test_dates_are_calendar_dates_in_their_own_offset():
    assert parse_day("2024-12-31T23:30:00-05:00") == date(2024, 12, 31)  # UTC would say 2025-01-01
    assert parse_day("2025-01-01T00:30:00+09:00") == date(2025, 1, 1)
    assert parse_duration("30d") == timedelta(days=30) and parse_duration("6m") == timedelta(days=180)


# -- shift test: calibration and power ---------------------------------------------------------------
def _scores(rng, n: int, p: float) -> np.ndarray:
    return np.where(rng.random(n) < p, 1.0, -1.0)


def test_shift_false_alarm_rate_on_stable_dyads():
    rng = np.random.default_rng(1)
    alarms = 0
    for i in range(200):
        p = rng.uniform(0.15, 0.85)
        recent, baseline = _scores(rng, int(rng.integers(5, 25)), p), _scores(rng, int(rng.integers(5, 60)), p)
        alarms += permutation_test(recent, baseline, n_permutations=999, seed=i).p_value < 0.05
    assert alarms / 200 <= 0.05


def test_shift_power_on_a_real_change():
    rng = np.random.default_rng(2)
    hits = sum(permutation_test(_scores(rng, 15, 0.25), _scores(rng, 40, 0.8), n_permutations=999,
                                seed=i).p_value < 0.05 for i in range(100))
    assert hits / 100 >= 0.9


def test_shift_effect_and_interval():
    t = permutation_test([-1.0] * 6, [1.0] * 10)
    assert t.effect == -2.0 and t.p_value < 0.01 and t.low < t.high < 0
    assert bh_qvalues([0.01, 0.04, 0.03]) == pytest.approx([0.03, 0.04, 0.04])


def _shift_store(tmp_path, change: bool) -> Store:
    start = date(2025, 1, 1)
    specs = []
    for i in range(12):  # baseline: mostly cooperation
        specs.append(ev("AGREE" if i % 6 else "ACCUSE", "USA", "CAN", str(start + timedelta(days=10 * i))))
    for i in range(6):  # recent window
        kind = "SANCTION" if change else ("AGREE" if i % 5 else "ACCUSE")
        specs.append(ev(kind, "USA", "CAN", str(date(2025, 6, 1) + timedelta(days=4 * i))))
    specs.append(ev("AGREE", "JPN", "FRA", "2025-06-20"))  # a dyad too thin to test
    return make_store(tmp_path, {"s": specs})


def test_shifts_alert_with_evidence(tmp_path):
    s = _shift_store(tmp_path, change=True)
    found = relations.shifts(s, window=timedelta(days=30), baseline=timedelta(days=180))
    top = found[0]
    assert (top.a, top.b, top.status, top.recent_events, top.baseline_events) == ("CAN", "USA", "alert", 6, 12)
    assert top.test.effect < -1.5 and top.evidence and "sanction" in top.evidence[0]["sentence"]
    thin = [x for x in found if (x.a, x.b) == ("FRA", "JPN")]
    assert thin[0].status == "not enough evidence" and thin[0].test is None
    s.close()


def test_shifts_no_false_alarm_when_stable(tmp_path):
    s = _shift_store(tmp_path, change=False)
    found = relations.shifts(s, window=timedelta(days=30), baseline=timedelta(days=180))
    assert all(x.status != "alert" for x in found)
    s.close()


# -- network -------------------------------------------------------------------------------------------
def test_network_weights_and_blocs(tmp_path):
    s = make_store(tmp_path, {"n": [
        ev("AGREE", "CAN", "EU", "2025-01-01"), ev("AID", "EU", "CAN", "2025-01-02"),
        ev("AGREE", "CAN", "FRA", "2025-01-03"), ev("COOPERATE", "FRA", "EU", "2025-01-04"),
        ev("AGREE", "JPN", "USA", "2025-01-05"), ev("SANCTION", "USA", "CAN", "2025-01-06"),
        ev("ACCUSE", "CAN", "USA", "2025-01-07")]})
    graph = relations.network(s, min_events=1)
    assert graph["CAN"]["EU"]["weight"] == 2 and graph["CAN"]["USA"]["weight"] == -2
    assert graph.nodes["CAN"]["community"] == graph.nodes["EU"]["community"] == graph.nodes["FRA"]["community"]
    assert graph.nodes["JPN"]["community"] == graph.nodes["USA"]["community"] != graph.nodes["CAN"]["community"]
    assert set(relations.network(s, min_events=2).edges) == {("CAN", "EU"), ("CAN", "USA")}
    s.close()


# -- plots and CLI ---------------------------------------------------------------------------------------
def test_plots_written(store, tmp_path):
    series = relations.dyad(store, "CAN", "EU", by="month")
    html, png = plot_dyad(series, tmp_path / "d.html"), plot_dyad(series, tmp_path / "d.png")
    assert html.stat().st_size > 100_000  # plotly.js embedded: works offline
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    net = plot_network(relations.network(store, min_events=1), tmp_path / "n.html")
    assert net.stat().st_size > 100_000


def test_cli_dyad_network_shifts(store, tmp_path):
    if not store.url.startswith("sqlite"):
        pytest.skip("the CLI test runs on the SQLite file")
    db = str(tmp_path / "rel.db")
    runner = CliRunner()
    res = runner.invoke(app, ["dyad", "CAN", "EU", "--db", db])
    assert res.exit_code == 0, res.output
    assert "2025-01" in res.output and "net index" in res.output
    res = runner.invoke(app, ["dyad", "can", "eu", "--json", "--by", "quarter", "--db", db])
    data = json.loads(res.output)
    assert data["periods"][0]["label"] == "2025-Q1" and data["periods"][0]["events"] == 3
    res = runner.invoke(app, ["dyad", "CAN", "EU", "--by", "fortnight", "--db", db])
    assert res.exit_code == 2 and "fortnight" in res.output
    res = runner.invoke(app, ["network", "--min-events", "1", "--json", "--db", db])
    assert {e["source"] + e["target"] for e in json.loads(res.output)["edges"]} == {"CANEU", "CANUSA"}
    gml = tmp_path / "g.graphml"
    res = runner.invoke(app, ["network", "--min-events", "1", "--out", str(gml), "--format", "graphml", "--db", db])
    assert res.exit_code == 0 and "<graphml" in gml.read_text()
    res = runner.invoke(app, ["shifts", "--db", db])
    assert res.exit_code == 0 and "Not enough evidence" in res.output
    res = runner.invoke(app, ["shifts", "--json", "--db", db])
    assert all(row["status"] == "not enough evidence" for row in json.loads(res.output))


def test_every_relations_option_is_documented():
    import typer.main

    docs = (Path(__file__).resolve().parent.parent / "docs" / "relations.md").read_text(encoding="utf-8")
    group = typer.main.get_command(app)
    for name in ("dyad", "network", "shifts"):
        assert f"accord {name}" in docs
        for param in group.commands[name].params:
            for opt in param.opts:
                if opt.startswith("--"):
                    assert opt in docs, f"{name} {opt} is not in docs/relations.md"


def test_coarse_dates_left_out_of_finer_periods_and_shifts(tmp_path):
    coarse = article("c", [ev("AGREE", "CAN", "EU", "2025-03-01"), ev("ACCUSE", "CAN", "EU", "2025-03-02")])
    coarse.events[1].date, coarse.events[1].date_precision = "2025-03", "month"
    s = Store(tmp_path / "c.db")
    s.add(coarse)
    weekly = relations.dyad(s, "CAN", "EU", by="week")
    monthly = relations.dyad(s, "CAN", "EU", by="month")
    assert (sum(p.events for p in weekly.periods), weekly.imprecise) == (1, 1)
    assert (monthly.periods[0].events, monthly.imprecise) == (2, 0)
    assert relations.network(s, min_events=1)["CAN"]["EU"]["events"] == 2
    shift = relations.shifts(s, window=timedelta(days=30), baseline=timedelta(days=180))[0]
    assert shift.recent_events + shift.baseline_events == 1
    s.close()

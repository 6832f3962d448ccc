"""Reviews in the store: the reviewed view every reader uses, corrections, undo, the audit trail,
re-analysis, aliases; on SQLite and (with $ACCORD_TEST_POSTGRES) PostgreSQL."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from databases import fresh_database
from test_api import make_analysis

from accord import relations
from accord.errors import AccordError
from accord.relations.network import network_dict
from accord.store import Store
from accord.store.aliases import (
    add_alias,
    export_aliases,
    import_aliases,
    list_aliases,
    make_alias,
    remove_alias,
    unresolved_names,
)
from accord.store.export import export_rows
from accord.store.queries import Filters, counts, list_events, list_quotes
from accord.store.reviews import Correction, event_reviews, list_reviews, review_event, undo_review

# A dyad that turns: Canada and Russia cooperate through the spring, then quarrel in June.
SPRING = [("Canada and Russia agreed on a joint Arctic search and rescue drill.", "AGREE", 1, 4.0, "agreed"),
          ("Canada thanked Russia for returning a stranded fishing crew.", "PRAISE", 1, 3.4, "thanked"),
          ("Canada and Russia signed a fisheries accord for the Bering Sea.", "AGREE", 1, 4.0, "signed"),
          ("Canada welcomed Russia's offer to share ice charts.", "PRAISE", 1, 3.4, "welcomed"),
          ("Canada agreed with Russia to reopen a consulate in Vancouver.", "AGREE", 1, 4.0, "agreed"),
          ("Canada and Russia agreed to extend the polar research exchange.", "AGREE", 1, 4.0, "agreed")]
JUNE = [("Canada accused Russia of jamming satellite signals over the Arctic.", "ACCUSE", 3, -2.0, "accused"),
        ("Canada condemned Russia for detaining a research vessel.", "ACCUSE", 3, -2.0, "condemned"),
        ("Canada accused Russia of spying on its undersea cables.", "ACCUSE", 3, -2.0, "accused"),
        ("Canada threatened Russia with expulsions over the cable incident.", "THREATEN", 3, -4.4, "threatened"),
        ("Canada denounced Russia for buzzing a patrol aircraft.", "ACCUSE", 3, -2.0, "denounced"),
        ("Canada accused Russia of harassing its fishing fleet.", "ACCUSE", 3, -2.0, "accused")]


def build(store: Store) -> dict[str, str]:
    """One article per sentence; returns sentence -> event id."""
    ids = {}
    days = [date(2025, 1, 10) + timedelta(days=20 * i) for i in range(len(SPRING))]
    days += [date(2025, 6, 2) + timedelta(days=4 * i) for i in range(len(JUNE))]
    for n, ((sentence, kind, quad, goldstein, trigger), day) in enumerate(zip(SPRING + JUNE, days)):
        analysis = make_analysis(f"cr{n:02d}", day, "Wire", [
            (sentence, (kind, "occurred", quad, goldstein, "CAN", "RUS", trigger, day.isoformat()), None)])
        store.add(analysis)
        ids[sentence] = f"cr{n:02d}:e1"
    return ids


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path):
    with Store(fresh_database(request.param, tmp_path / "review.db")) as s:
        yield s


def alert(store: Store, **kw) -> bool:
    found = relations.shifts(store, window=timedelta(days=30), baseline=timedelta(days=180), **kw)
    return any(s.status == "alert" and (s.a, s.b) == ("CAN", "RUS") for s in found)


def june_events(store: Store, as_coded: bool = False) -> int:
    return len(list_events(store, Filters(dyad=("CAN", "RUS"), since=date(2025, 6, 1), as_coded=as_coded)))


def test_not_an_event_leaves_every_reader_and_undo_brings_it_back(store, tmp_path):
    ids = build(store)
    assert alert(store) and june_events(store) == 6
    wrong = [ids[s] for s, *_ in JUNE[:2]]
    for event_id in wrong:
        review_event(store, event_id, verdict="wrong", reviewer="ana", note="a rumour")
    assert not alert(store)  # 4 recent events: too few to test
    assert alert(store, as_coded=True)
    assert june_events(store) == 4 and june_events(store, as_coded=True) == 6
    assert counts(store)["events"] == 10
    series = relations.dyad(store, "CAN", "RUS", by="month", since=date(2025, 6, 1))
    assert series.periods[0].conflict == 4
    assert network_dict(relations.network(store, min_events=1))["edges"][0]["conflict"] == 4
    out = tmp_path / "events.jsonl"
    assert export_rows(store, "events", "jsonl", out, Filters(limit=1000)) == 10
    assert wrong[0] not in out.read_text()
    struck = [r for r in list_events(store, Filters(as_coded=True, limit=100)) if r["review"] == "not_event"]
    assert sorted(r["id"] for r in struck) == sorted(wrong)

    undo_review(store, wrong[0], reviewer="ben")
    assert alert(store) and june_events(store) == 5
    trail = event_reviews(store, wrong[0])
    assert [(r["verdict"], r["reviewer"], r["active"]) for r in trail] == [("not_event", "ana", False), ("undo", "ben", False)]
    assert trail[1]["undoes"] == trail[0]["id"] and trail[0]["note"] == "a rumour"


def test_a_corrected_target_moves_the_event_to_the_new_dyad(store):
    ids = build(store)
    event_id = ids[JUNE[0][0]]
    review_event(store, event_id, verdict="wrong", fix=Correction(target=["TUR"]), reviewer="ana")
    moved = list_events(store, Filters(dyad=("CAN", "TUR")))
    assert [r["id"] for r in moved] == [event_id] and moved[0]["review"] == "corrected"
    assert moved[0]["target"] == [{"actor": "TUR", "country": "TUR", "sector": None, "code": "TUR",
                                  "text": "Turkey"}]
    assert moved[0]["target_code"] == "TUR"
    assert event_id not in {r["id"] for r in list_events(store, Filters(dyad=("CAN", "RUS"), limit=100))}
    assert event_id in {r["id"] for r in list_events(store, Filters(dyad=("CAN", "RUS"), as_coded=True, limit=100))}
    edges = {(e["source"], e["target"]) for e in network_dict(relations.network(store, min_events=1))["edges"]}
    assert ("CAN", "TUR") in edges
    coded = list_events(store, Filters(dyad=("CAN", "RUS"), as_coded=True, limit=100))
    assert moved[0]["fusion_key"] != next(r for r in coded if r["id"] == event_id)["fusion_key"]


def test_a_type_correction_recodes_the_quad_class_and_scores(store):
    ids = build(store)
    event_id = ids[JUNE[3][0]]  # THREATEN: material conflict in the coding
    review = review_event(store, event_id, verdict=None, fix=Correction(type="agree", status="announced"),
                          reviewer="ana")
    assert (review["type"], review["quad_class"], review["status"]) == ("AGREE", 1, "announced")
    assert review["goldstein"] > 0 and review["plover_score"] > 0
    june = relations.dyad(store, "CAN", "RUS", by="month", since=date(2025, 6, 1)).periods[0]
    assert (june.coop, june.conflict) == (1, 5)


def test_corrections_build_on_each_other_and_undo_steps_back(store):
    ids = build(store)
    event_id = ids[SPRING[0][0]]
    review_event(store, event_id, verdict="wrong", fix=Correction(target=["TUR"]), reviewer="ana")
    review_event(store, event_id, verdict="wrong", fix=Correction(date="2025-01"), reviewer="ana")
    [row] = list_events(store, Filters(dyad=("CAN", "TUR")))
    assert (row["date"], row["date_precision"], str(row["day"])) == ("2025-01", "month", "2025-01-01")
    with pytest.raises(AccordError, match="carries a correction"):
        review_event(store, event_id, verdict="correct", reviewer="ana")
    undo_review(store, event_id, reviewer="ana")
    [row] = list_events(store, Filters(dyad=("CAN", "TUR")))
    assert row["date"] == "2025-01-10"
    undo_review(store, event_id, reviewer="ana")
    assert list_events(store, Filters(dyad=("CAN", "TUR"))) == []
    with pytest.raises(AccordError, match="no review to undo"):
        undo_review(store, event_id, reviewer="ana")
    assert [r["verdict"] for r in event_reviews(store, event_id)] == ["corrected", "corrected", "undo", "undo"]


@pytest.mark.parametrize("verdict, fix, words", [
    ("correct", Correction(type="ACCUSE"), "takes no corrections"),
    (None, Correction(), "Say what the review is"),
    ("maybe", Correction(), "Unknown verdict"),
    (None, Correction(type="SCOLD"), "Unknown PLOVER type"),
    (None, Correction(status="rumoured"), "Unknown status"),
    (None, Correction(date="June 2025"), "not YYYY"),
    (None, Correction(target=["Narnia"]), "Unknown actor"),
    (None, Correction(mode="nuclear"), "has no mode"),
])
def test_review_errors_teach(store, verdict, fix, words):
    ids = build(store)
    with pytest.raises(AccordError, match=words):
        review_event(store, ids[SPRING[0][0]], verdict=verdict, fix=fix, reviewer="ana")
    assert event_reviews(store, ids[SPRING[0][0]]) == []


def test_unknown_event(store):
    with pytest.raises(AccordError, match="accord review queue"):
        review_event(store, "nowhere:e9", verdict="correct", reviewer="ana")


SAID = ("\"We will defend our waters,\" Mark Carney said.", None, "person:mark-carney")


def test_reanalysis_keeps_the_reviews_that_still_apply(store):
    kept_sentence = ("Canada accused Russia of jamming satellite signals over the Arctic.",
                     ("ACCUSE", "occurred", 3, -2.0, "CAN", "RUS", "accused", "2025-06-02"), None)
    gone_sentence = ("Canada thanked Russia for returning a stranded fishing crew.",
                     ("PRAISE", "occurred", 1, 3.4, "CAN", "RUS", "thanked", "2025-06-02"), None)
    store.add(make_analysis("arc", date(2025, 6, 2), "Wire", [gone_sentence, kept_sentence, SAID]))
    review_event(store, "arc:e2", verdict="wrong", fix=Correction(target=["TUR"]), reviewer="ana")
    review_event(store, "arc:e1", verdict="wrong", reviewer="ana")
    # re-analysed: the text changed around the kept sentence, which is now the article's first event
    new_first = ("Canada and Russia agreed to extend the polar research exchange.",
                 ("AGREE", "occurred", 1, 4.0, "CAN", "RUS", "agreed", "2025-06-02"), None)
    again = make_analysis("arc", date(2025, 6, 2), "Wire", [kept_sentence, new_first, SAID])
    result = store.add(again, replace=True)
    assert (result.status, result.article_id, result.reviews_kept) == ("replaced", "arc", 1)
    assert [(r["event_id"], r["verdict"]) for r in result.reviews_lost] == [("arc:e1", "not_event")]
    assert [r["id"] for r in list_events(store, Filters(dyad=("CAN", "TUR")))] == ["arc:e1"]
    assert [(r["verdict"], r["detached"]) for r in event_reviews(store, "arc:e1")] == [("corrected", False)]
    assert [(r["verdict"], r["detached"]) for r in list_reviews(store)] == [("not_event", True), ("corrected", False)]
    assert len(list_quotes(store, Filters(search="defend waters"))) == 1  # the old quote left the index
    assert store.add(again).status == "duplicate"


def test_aliases_round_trip_through_a_shared_file(store, tmp_path):
    add_alias(store, make_alias("Mr Okafor", "person:daniel-okafor", country="nga", role="Trade Minister",
                                name="Daniel Okafor"), added_by="ana")
    add_alias(store, make_alias("the Mounties", "CAN", sector="cop"), added_by="ana")
    with pytest.raises(AccordError, match="no actor the gazetteer knows"):
        make_alias("Gondor", "GDR")
    path = tmp_path / "aliases.tsv"
    assert export_aliases(store, path) == 2
    assert path.read_text().splitlines()[0] == "phrase\tactor\tkind\tname\tcountry\trole\tsector\tnote"
    remove_alias(store, "Mr Okafor")
    remove_alias(store, "the Mounties")
    assert list_aliases(store) == []
    assert import_aliases(store, path, added_by="ben") == 2
    rows = {r["phrase"]: r for r in list_aliases(store)}
    assert (rows["Mr Okafor"]["kind"], rows["Mr Okafor"]["country"], rows["Mr Okafor"]["added_by"]) == ("person", "NGA", "ben")
    assert (rows["the Mounties"]["actor"], rows["the Mounties"]["kind"], rows["the Mounties"]["sector"]) == ("CAN", "state", "COP")
    path.write_text("phrase\tactor\nSomeone\tnot-an-actor\n")
    with pytest.raises(AccordError, match="aliases.tsv:2"):
        import_aliases(store, path, added_by="ben")


def test_unresolved_names_are_counted_with_an_example(store):
    analysis = make_analysis("un", date(2025, 6, 2), "Wire", [
        ("Canada accused Russia of jamming satellite signals over the Arctic.",
         ("ACCUSE", "occurred", 3, -2.0, "CAN", "RUS", "accused", "2025-06-02"), None)])
    analysis.events[0].target[0].actor = None  # the target resolved to nothing
    analysis.events[0].target[0].text = "the Kremlin-backed operators"
    store.add(analysis)
    add_alias(store, make_alias("the Kremlin-backed operators", "RUS"), added_by="ana")
    [row] = unresolved_names(store)
    assert (row["text"], row["count"], row["articles"], row["alias"]) == ("the Kremlin-backed operators", 1, 1, "RUS")
    assert row["example"] == "Canada accused Russia of jamming satellite signals over the Arctic."
    assert json.dumps(row)  # plain values, for --json


def test_reports_and_fused_rows_follow_corrections(store):
    """Two outlets report one accusation; a third article reports it against Turkey."""
    said = ("Canada accused Russia of jamming satellite signals over the Arctic.",
            ("ACCUSE", "occurred", 3, -2.0, "CAN", "RUS", "accused", "2025-06-02"), None)
    store.add(make_analysis("wire-a", date(2025, 6, 2), "Wire", [said]))
    store.add(make_analysis("wire-b", date(2025, 6, 2), "Post", [said, ("Ottawa expects a reply.", None, None)]))
    store.add(make_analysis("wire-c", date(2025, 6, 2), "Herald", [
        ("Canada accused Russia of harassing its fishing fleet.",
         ("ACCUSE", "occurred", 3, -2.0, "CAN", "RUS", "accused", "2025-06-02"), None)]))

    def reports(**kw) -> dict[str, int]:
        return {r["id"]: r["reports"] for r in list_events(store, Filters(limit=100, **kw))}

    assert reports() == {"wire-a:e1": 3, "wire-b:e1": 3, "wire-c:e1": 3}
    assert list(reports(fused=True)) == ["wire-a:e1"]
    review_event(store, "wire-a:e1", verdict="wrong", fix=Correction(target=["TUR"]), reviewer="ana")
    assert reports() == {"wire-a:e1": 1, "wire-b:e1": 2, "wire-c:e1": 2}
    assert sorted(reports(fused=True)) == ["wire-a:e1", "wire-b:e1"]
    review_event(store, "wire-c:e1", verdict="wrong", fix=Correction(target=["TUR"]), reviewer="ana")
    assert reports() == {"wire-a:e1": 2, "wire-b:e1": 1, "wire-c:e1": 2}
    review_event(store, "wire-b:e1", verdict="wrong", reviewer="ana")
    assert reports() == {"wire-a:e1": 2, "wire-c:e1": 2} and list(reports(fused=True)) == ["wire-a:e1"]
    assert reports(as_coded=True) == {"wire-a:e1": 3, "wire-b:e1": 3, "wire-c:e1": 3}


def test_the_review_queue_holds_the_events_the_views_leave_out(store):
    from accord.api.review import queue

    build(store)
    doubtful = make_analysis("low01", date(2025, 3, 1), "Wire", [
        ("Canada and Russia agreed to keep talking.", ("AGREE", "occurred", 1, 4.0, "CAN", "RUS", "agreed",
                                                      "2025-03-01"), None)])
    doubtful.events[0].confidence = 0.1  # below the views' default minimum
    store.add(doubtful)
    assert "low01:e1" not in {r["id"] for r in list_events(store, Filters(limit=100))}
    waiting = queue(store, limit=100)
    assert waiting[0]["id"] == "low01:e1", "lowest confidence first, however low"

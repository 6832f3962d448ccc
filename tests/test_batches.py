"""Parsing in batches bounded by characters as well as articles (issue 16: peak memory per worker)."""

from __future__ import annotations

from accord import pipeline
from accord.model import Article, RawDocument
from accord.pipeline import analyze_documents, budgeted, load_nlp, parse

PARAGRAPH = ("Foreign ministers of the two countries met in Vienna on Tuesday and agreed to resume talks "
             "on the disputed border, a spokesman for the Austrian foreign ministry said.\n\n")


def article(name: str, paragraphs: int) -> tuple[Article, str]:
    return Article(id=name, text=PARAGRAPH * paragraphs), name


def test_batches_stop_at_the_character_budget():
    items = [article(f"a{i}", 10) for i in range(6)]  # 2,030 characters each
    sizes = [len(batch) for batch in budgeted(items, 16, 5_000)]
    assert sizes == [2, 2, 2]
    assert [a.id for batch in budgeted(items, 16, 5_000) for a, _ in batch] == [a.id for a, _ in items]


def test_batches_stop_at_the_article_count():
    items = [article(f"a{i}", 1) for i in range(7)]
    assert [len(batch) for batch in budgeted(items, 3, 1_000_000)] == [3, 3, 1]


def test_a_long_article_is_parsed_on_its_own():
    items = [article("short", 2), article("long", 40), article("after", 2)]
    assert [[a.id for a, _ in batch] for batch in budgeted(items, 16, 5_000)] == [["short"], ["long"], ["after"]]


def test_parse_keeps_order_and_text(monkeypatch):
    monkeypatch.setattr(pipeline, "BATCH_CHARS", 600)
    items = [article(f"a{i}", 1 + i % 3) for i in range(5)]
    parsed = list(parse(load_nlp(), items))
    assert [item[0].id for _, item in parsed] == [a.id for a, _ in items]
    assert all(doc.text == item[0].text for doc, item in parsed)


def test_budget_does_not_change_the_analysis(monkeypatch):
    texts = [PARAGRAPH * 3, "Russia expelled two British diplomats on Monday, the foreign ministry said.",
             PARAGRAPH + "\"We will not accept this,\" Prime Minister Boris Johnson told parliament."]
    raws = [RawDocument(text=t, input=f"t{i}", id=f"t{i}") for i, t in enumerate(texts)]
    whole = [a.to_dict() for a in analyze_documents(raws)]  # type: ignore[union-attr]
    monkeypatch.setattr(pipeline, "BATCH_CHARS", 1)  # every article alone
    alone = [a.to_dict() for a in analyze_documents(raws)]  # type: ignore[union-attr]
    assert alone == whole
    assert any(a["events"] for a in whole)

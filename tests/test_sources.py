"""Sources: every input kind, encodings, refusals, and batches that go on past a bad input."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest

from accord.errors import InputError
from accord.model import RawDocument
from accord.sources import MAX_BYTES, iter_documents

ARTICLE = ("Canada and the European Union signed a defence partnership on Monday.\n"
           "Prime Minister Mark Carney said it would reduce reliance on the United States.\n")
QUOTED = "“We stand together,” the minister said. It’s a new era – officials agreed.\n"
ACCENTED = "Le ministre des Affaires étrangères a déclaré à Montréal que l'accord était signé.\n"

HTML = """<!doctype html><html><head><title>Canada and EU sign defence pact | The Daily</title>
<meta name="author" content="Jane Smith">
<meta property="article:published_time" content="2025-06-23T10:00:00Z">
<meta property="og:site_name" content="The Daily">
<link rel="canonical" href="https://example.com/pact"></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Canada and EU sign defence pact</h1>
<p>Canada and the European Union signed a defence partnership on Monday in Brussels, officials
said, deepening ties between two of Washington's closest allies.</p>
<p>Prime Minister Mark Carney said the agreement would help both sides buy weapons together and
reduce their reliance on the United States.</p>
<p>Ursula von der Leyen called it a milestone for two strong democracies bound by history.</p>
</article><footer>Copyright 2025 The Daily</footer></body></html>"""
EMPTY_HTML = ("<html><head><title>Sign in</title></head><body><script>var app = {};</script>"
              "<div id='root'></div></body></html>")


def only(results: list[RawDocument | InputError]) -> RawDocument | InputError:
    assert len(results) == 1, results
    return results[0]


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


# ---------------------------------------------------------------- plain text and encodings


@pytest.mark.parametrize("data, expected", [
    (ARTICLE.encode("utf-8"), ARTICLE),
    (b"\xef\xbb\xbf" + QUOTED.encode("utf-8"), QUOTED),          # BOM stripped
    (QUOTED.encode("cp1252"), QUOTED),                          # cp1252 curly quotes and dash
    (ACCENTED.encode("latin-1"), ACCENTED),                     # Latin-1 accents
    (ARTICLE.replace("\n", "\r\n").encode("utf-8"), ARTICLE.replace("\n", "\r\n")),
    (QUOTED.encode("utf-16"), QUOTED),                          # UTF-16 with its BOM
    ("Заявление министра: «Мы вместе». Соглашение подписано в Брюсселе в понедельник.".encode("cp1251"),
     "Заявление министра: «Мы вместе». Соглашение подписано в Брюсселе в понедельник."),
], ids=["utf8", "utf8-bom", "cp1252", "latin1", "crlf", "utf16", "cp1251"])
def test_text_file_encodings(tmp_path: Path, data: bytes, expected: str) -> None:
    path = write(tmp_path, "article.txt", data)
    doc = only(list(iter_documents([path], published=date(2025, 6, 23))))
    assert isinstance(doc, RawDocument)
    assert doc.text == expected
    assert doc.input == str(path) and doc.title is None and doc.published == date(2025, 6, 23)


def test_invalid_utf8_is_decoded_not_refused(tmp_path: Path) -> None:
    data = ARTICLE.encode("utf-8") + b"It\x92s a deal \x96 a big one.\n"
    doc = only(list(iter_documents([write(tmp_path, "a.txt", data)])))
    assert isinstance(doc, RawDocument)
    assert doc.text.endswith("It’s a deal – a big one.\n")


@pytest.mark.parametrize("name, data, words", [
    ("empty.txt", b"", ["empty article", "no text"]),
    ("blank.txt", b"  \n\t\r\n  ", ["empty article", "only whitespace"]),
    ("blank.txt", "\u00a0\n".encode("utf-8"), ["empty article"]),
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", ["binary file", "nul"]),
    ("noise.txt", bytes(range(1, 9)) * 50 + b"text", ["binary file", "control characters"]),
    ("page.html", EMPTY_HTML, ["no article text found in the html"]),
    ("page.htm", "", ["empty article"]),
    ("report.pdf", b"%PDF-1.4 ...", ["unsupported file type", ".pdf"]),
    ("missing.txt", None, ["no such file"]),
])
def test_bad_files_yield_one_error_naming_the_input(tmp_path: Path, name: str, data: bytes | str | None,
                                                    words: list[str]) -> None:
    path = tmp_path / name if data is None else write(tmp_path, name, data)
    error = only(list(iter_documents([path])))
    assert isinstance(error, InputError)
    assert error.input == str(path) and error.line is None
    assert str(error).startswith(f"{path}: ")
    assert error.message[0].isupper() and error.message.endswith(".")
    for word in words:
        assert word in error.message.lower()


def test_oversize_file_is_refused_with_size_and_limit(tmp_path: Path) -> None:
    path = tmp_path / "dump.txt"
    with path.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)  # sparse: fast to make, never read
    error = only(list(iter_documents([path])))
    assert isinstance(error, InputError)
    assert f"{MAX_BYTES + 1:,} bytes" in error.message and f"{MAX_BYTES:,}" in error.message


def test_format_reads_unknown_extensions(tmp_path: Path) -> None:
    path = write(tmp_path, "article.md", ARTICLE)
    assert isinstance(only(list(iter_documents([path]))), InputError)
    doc = only(list(iter_documents([path], format="txt")))
    assert isinstance(doc, RawDocument) and doc.text == ARTICLE


def test_unknown_format_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="Unknown format"):
        list(iter_documents([], format="pdf"))


# ---------------------------------------------------------------- HTML


def test_html_article_and_metadata(tmp_path: Path) -> None:
    path = write(tmp_path, "pact.html", HTML)
    doc = only(list(iter_documents([path], published=date(2020, 1, 1))))
    assert isinstance(doc, RawDocument)
    assert doc.title == "Canada and EU sign defence pact"
    assert doc.author == "Jane Smith"
    assert doc.published == date(2025, 6, 23)  # the page's date wins over the default
    assert doc.url == "https://example.com/pact" and doc.source == "The Daily"
    assert "Mark Carney said the agreement" in doc.text
    assert "Home" not in doc.text and "Copyright" not in doc.text


def test_html_without_date_gets_the_default(tmp_path: Path) -> None:
    body = "The ministers met in Ottawa and agreed to talk. " * 5
    html = f"<html><body><article><p>{body}</p></article></body></html>"
    doc = only(list(iter_documents([write(tmp_path, "a.htm", html)], published=date(2025, 6, 1))))
    assert isinstance(doc, RawDocument) and doc.published == date(2025, 6, 1)


# ---------------------------------------------------------------- JSON Lines


def jsonl(*records: object) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records)


def test_jsonl_batch_goes_on_past_bad_lines(tmp_path: Path) -> None:
    path = write(tmp_path, "batch.jsonl", jsonl(
        {"id": "a1", "text": ARTICLE, "title": "Pact signed", "published": "2025-06-23",
         "url": "https://example.com/1", "source": "Wire"},
        '{"text": "broken',
        "",
        {"title": "No body"},
        {"html": HTML, "published": "2025-06-24T08:30:00"},
        [1, 2],
        {"text": "   "},
        {"text": ARTICLE, "published": "June 23"},
        {"id": 7, "text": ARTICLE},
    ))
    results = list(iter_documents([path], published=date(2025, 1, 1)))
    kinds = [type(r).__name__ for r in results]
    assert kinds == ["RawDocument", "InputError", "InputError", "RawDocument", "InputError",
                     "InputError", "InputError", "RawDocument"]
    first, broken, no_text, html, array, blank, bad_date, numbered = results
    assert isinstance(first, RawDocument) and first.input == f"{path}:1"
    assert (first.id, first.title, first.published, first.url, first.source) == (
        "a1", "Pact signed", date(2025, 6, 23), "https://example.com/1", "Wire")
    errors = {"broken": (broken, 2, "not valid json"), "no_text": (no_text, 4, 'neither "text" nor "html"'),
              "array": (array, 6, "not an object"), "blank": (blank, 7, "empty article"),
              "bad_date": (bad_date, 8, "is not a date")}
    for error, line, words in errors.values():
        assert isinstance(error, InputError) and error.input == str(path) and error.line == line
        assert words in error.message.lower()
        assert str(error).startswith(f"{path}:{line}: ")
    assert isinstance(html, RawDocument) and html.input == f"{path}:5"
    assert html.title == "Canada and EU sign defence pact" and html.published == date(2025, 6, 24)
    assert isinstance(numbered, RawDocument) and numbered.id == "7" and numbered.published == date(2025, 1, 1)


def test_jsonl_html_without_text_names_the_line(tmp_path: Path) -> None:
    path = write(tmp_path, "b.jsonl", jsonl({"html": EMPTY_HTML}))
    error = only(list(iter_documents([path])))
    assert isinstance(error, InputError) and error.line == 1
    assert "no article text found in the html" in error.message.lower()


def test_jsonl_line_in_cp1252_and_bom(tmp_path: Path) -> None:
    data = (b"\xef\xbb\xbf" + json.dumps({"text": "ok"}).encode() + b"\n"
            + '{"text": "It’s “done”"}\n'.encode("cp1252"))
    results = list(iter_documents([write(tmp_path, "c.jsonl", data)]))
    assert [r.text for r in results if isinstance(r, RawDocument)] == ["ok", "It’s “done”"]


def test_binary_jsonl_is_one_error(tmp_path: Path) -> None:
    error = only(list(iter_documents([write(tmp_path, "d.jsonl", b"\x00\x01\n\x00\n\x00\n")])))
    assert isinstance(error, InputError) and "binary file" in error.message.lower()


# ---------------------------------------------------------------- directories and order


def test_directory_recursion_sorted_hidden_skipped(tmp_path: Path) -> None:
    root = tmp_path / "news"
    write(root, "b.txt", "Second article body.")
    write(root, "a.txt", "First article body.")
    write(root, "sub/c.html", HTML)
    write(root, "sub/d.jsonl", jsonl({"text": "Line one."}, {"text": "Line two."}))
    write(root, ".hidden.txt", "Hidden.")
    write(root, ".git/e.txt", "Hidden too.")
    write(root, "notes.pdf", b"%PDF")
    write(root, "sub/empty.txt", "")
    results = list(iter_documents([root]))
    inputs = [r.input for r in results]
    assert inputs == [str(root / "a.txt"), str(root / "b.txt"), str(root / "sub/c.html"),
                      f"{root / 'sub/d.jsonl'}:1", f"{root / 'sub/d.jsonl'}:2", str(root / "sub/empty.txt")]
    assert isinstance(results[-1], InputError)


def test_inputs_keep_their_order_and_errors_take_their_place(tmp_path: Path) -> None:
    good = write(tmp_path, "z.txt", ARTICLE)
    bad = write(tmp_path, "a.txt", b"")
    empty_dir = tmp_path / "empty"
    empty_dir.mkdir()
    results = list(iter_documents([good, bad, empty_dir, good]))
    assert [type(r).__name__ for r in results] == ["RawDocument", "InputError", "InputError", "RawDocument"]
    assert results[2].input == str(empty_dir)


# ---------------------------------------------------------------- standard input


@pytest.mark.parametrize("stream", [io.StringIO(ARTICLE), io.BytesIO(QUOTED.encode("cp1252"))],
                         ids=["text", "bytes"])
def test_stdin_plain_text(stream: io.IOBase) -> None:
    doc = only(list(iter_documents(["-"], stdin=stream, published=date(2025, 6, 23))))  # type: ignore[arg-type]
    assert isinstance(doc, RawDocument)
    assert doc.input == "<stdin>" and doc.published == date(2025, 6, 23)
    assert doc.text in (ARTICLE, QUOTED)


def test_stdin_jsonl_and_empty() -> None:
    stream = io.StringIO(jsonl({"text": "One."}, "not json", {"text": "Two."}))
    results = list(iter_documents(["-"], format="jsonl", stdin=stream))
    assert [type(r).__name__ for r in results] == ["RawDocument", "InputError", "RawDocument"]
    assert results[0].input == "<stdin>:1" and results[1].line == 2 and results[1].input == "<stdin>"
    error = only(list(iter_documents(["-"], stdin=io.StringIO(" \n"))))
    assert isinstance(error, InputError) and "empty article" in error.message.lower()


def test_stdin_html() -> None:
    doc = only(list(iter_documents(["-"], format="html", stdin=io.StringIO(HTML))))
    assert isinstance(doc, RawDocument) and doc.title == "Canada and EU sign defence pact"

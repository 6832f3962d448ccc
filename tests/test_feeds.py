"""Feed sources: RSS 2.0, RSS 1.0 and Atom files, feed stdin, and the feeds that cannot be read."""

from __future__ import annotations

import io
import json
import re
import socket
from datetime import date
from pathlib import Path

import pytest

from accord.errors import InputError
from accord.model import RawDocument
from accord.sources import MAX_BYTES, iter_documents
from accord.sources.feeds import is_feed, safe_id, strip_tags

LONG_PARAGRAPHS = (
    "<p>Canada and the European Union signed a defence partnership on Monday in Brussels, "
    "officials said, deepening ties between two of Washington&#8217;s closest allies.</p>"
    "<p>Prime Minister Mark Carney said the agreement would help both sides buy weapons together "
    "and reduce their reliance on the United States &amp; its suppliers.</p>"
    "<p>Ursula von der Leyen called it a milestone for two strong democracies bound by history.</p>"
)

RSS = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>The Daily &amp; Herald</title>
  <link>https://daily.example.com/</link>
  <description>World news</description>
  <item>
    <title>Canada and EU sign defence pact</title>
    <link>https://daily.example.com/world/2025/06/23/pact</link>
    <guid isPermaLink="true">https://daily.example.com/world/2025/06/23/pact</guid>
    <pubDate>Mon, 23 Jun 2025 22:30:00 -0500</pubDate>
    <author>desk@daily.example.com (Jane Smith)</author>
    <description>A short teaser that the full content replaces.</description>
    <content:encoded><![CDATA[<div class="story">{LONG_PARAGRAPHS}<script>track();</script></div>]]></content:encoded>
  </item>
  <item>
    <title>Germany pledges aid to Sudan</title>
    <link>https://daily.example.com/world/sudan-aid</link>
    <guid isPermaLink="false">sudan-aid-42</guid>
    <description>&lt;p&gt;Germany pledged &lt;b&gt;humanitarian aid&lt;/b&gt; to Sudan on Monday, the foreign ministry in Berlin said.&lt;/p&gt;</description>
    <source url="https://wire.example.org/rss">Wire Service</source>
  </item>
  <item>
    <title>Ghost entry</title>
    <link>https://daily.example.com/ghost</link>
  </item>
</channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<!-- saved from the publisher's feed -->
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="text">Pacific Report</title>
  <id>tag:pacific.example.com,2025:feed</id>
  <updated>2025-06-20T09:00:00Z</updated>
  <entry>
    <title>Japan and Australia sign security pact</title>
    <id>tag:pacific.example.com,2025:pact-1</id>
    <link rel="alternate" href="https://pacific.example.com/pact"/>
    <published>2025-06-20T01:00:00+09:00</published>
    <updated>2025-06-21T08:00:00Z</updated>
    <author><name>Ken Ito</name></author>
    <content type="html">&lt;p&gt;Japan and Australia signed a security pact in Tokyo on Friday.&lt;/p&gt;&lt;p&gt;Prime Minister Fumio Kishida said the agreement would deepen cooperation.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title type="html">Talks &lt;em&gt;resume&lt;/em&gt; in Manila</title>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <link href="https://pacific.example.com/manila"/>
    <updated>2025-06-22T10:00:00Z</updated>
    <summary type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Negotiators met in <strong>Manila</strong> on Sunday.</p></div></summary>
  </entry>
</feed>
"""

# RSS 1.0 (RDF) saved in ISO-8859-1, as its declaration says; no dates anywhere.
RDF = """<?xml version="1.0" encoding="ISO-8859-1"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
  <channel rdf:about="https://quebec.example.ca/">
    <title>Le Journal de Québec</title>
    <link>https://quebec.example.ca/</link>
    <description>Nouvelles</description>
  </channel>
  <item rdf:about="https://quebec.example.ca/accord">
    <title>Accord signé à Montréal</title>
    <link>https://quebec.example.ca/accord</link>
    <description>Le ministre des Affaires étrangères a déclaré à Montréal que l'accord était signé.</description>
  </item>
</rdf:RDF>
"""


def results(*paths: str | Path, **kwargs) -> list[RawDocument | InputError]:
    return list(iter_documents([str(p) for p in paths], **kwargs))


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def no_tags(text: str) -> bool:
    return re.search(r"<[^>]+>|&[a-z#0-9]+;", text) is None


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("the feed source tried to use the network")
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def test_rss_entries_become_documents(tmp_path):
    feed = write(tmp_path / "daily.rss", RSS)
    first, second, third = results(feed)

    assert isinstance(first, RawDocument)
    assert first.input == f"{feed}:entry-1"
    assert first.title == "Canada and EU sign defence pact"
    assert first.published == date(2025, 6, 23)  # its own offset, not UTC (24 June)
    assert first.url == "https://daily.example.com/world/2025/06/23/pact"
    assert first.source == "The Daily & Herald"
    assert first.author == "Jane Smith"
    assert first.id is not None and first.id.startswith("https:-daily.example.com-world-2025-06-23-pact-")
    assert "/" not in first.id
    assert first.text.startswith("Canada and the European Union signed")  # content, not the teaser
    assert "Washington\u2019s closest allies" in first.text and "United States & its" in first.text
    assert "track()" not in first.text and "teaser" not in first.text
    assert no_tags(first.text)

    assert isinstance(second, RawDocument)
    assert second.input == f"{feed}:entry-2"
    assert second.text == ("Germany pledged humanitarian aid to Sudan on Monday, the foreign ministry "
                           "in Berlin said.")
    assert second.source == "Wire Service"  # the entry's <source> names the original publisher
    assert second.id == "sudan-aid-42"
    assert second.published is None

    assert isinstance(third, InputError)
    assert third.input == f"{feed}:entry-3"
    assert "no text" in third.message


def test_atom_feed(tmp_path):
    feed = write(tmp_path / "pacific.atom", ATOM)
    pact, manila = results(feed, published=date(2025, 1, 1))

    assert isinstance(pact, RawDocument) and isinstance(manila, RawDocument)
    assert pact.title == "Japan and Australia sign security pact"
    assert pact.published == date(2025, 6, 20)  # published wins over updated, in its own offset
    assert pact.url == "https://pacific.example.com/pact"
    assert pact.source == "Pacific Report"
    assert pact.author == "Ken Ito"
    assert pact.id is not None and pact.id.startswith("tag:pacific.example.com-2025:pact-1-")
    assert pact.text == ("Japan and Australia signed a security pact in Tokyo on Friday.\n"
                         "Prime Minister Fumio Kishida said the agreement would deepen cooperation.")

    assert manila.title == "Talks resume in Manila"
    assert manila.published == date(2025, 6, 22)  # only <updated>
    assert manila.text == "Negotiators met in Manila on Sunday."
    assert manila.id == "urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a"
    assert manila.input == f"{feed}:entry-2"


def test_rdf_feed_in_latin1_without_dates(tmp_path):
    feed = write(tmp_path / "quebec.xml", RDF, encoding="latin-1")
    doc, = results(feed, published=date(2025, 6, 1))

    assert isinstance(doc, RawDocument)
    assert doc.title == "Accord signé à Montréal"
    assert doc.source == "Le Journal de Québec"
    assert doc.text == "Le ministre des Affaires étrangères a déclaré à Montréal que l'accord était signé."
    assert doc.published == date(2025, 6, 1)  # none in the feed: the batch's date
    assert doc.url == "https://quebec.example.ca/accord"
    assert doc.input == f"{feed}:entry-1"


def test_a_date_no_calendar_has_falls_back_to_the_batch_date(tmp_path):
    feed = write(tmp_path / "zero.xml", "<rss><channel><item><title>Talks resume</title><description>Chile and "
                 "Peru resumed talks in Lima.</description><pubDate>0000-01-01</pubDate></item></channel></rss>")
    doc, = results(feed, published=date(2025, 6, 1))

    assert isinstance(doc, RawDocument)
    assert doc.published == date(2025, 6, 1)


def test_cp1252_declaration_and_html_entities(tmp_path):
    feed = tmp_path / "legacy.rss"
    feed.write_bytes(
        b'<?xml version="1.0" encoding="windows-1252"?>\n<!DOCTYPE rss>\n'
        b'<rss version="2.0"><channel><title>Legacy \x93News\x94</title><item>'
        b"<title>Minister&#8217;s visit</title><guid>visit-1</guid>"
        b"<description><![CDATA[The minister&nbsp;said &ldquo;yes&rdquo; \x96 talks go on.]]></description>"
        b"</item></channel></rss>")
    doc, = results(feed)

    assert isinstance(doc, RawDocument)
    assert doc.source == "Legacy \u201cNews\u201d"
    assert doc.title == "Minister\u2019s visit"
    assert doc.text == "The minister said \u201cyes\u201d \u2013 talks go on."
    assert doc.id == "visit-1"


def test_directory_with_a_feed_among_other_files(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    write(folder / "a.txt", "Germany pledged humanitarian aid to Sudan on Monday.\n")
    write(folder / "b.rss", RSS)
    write(folder / "c.xml", ATOM)
    write(folder / "d.xml", '<?xml version="1.0"?><urlset><url><loc>https://x.example</loc></url></urlset>')
    write(folder / "notes.md", "ignored")
    found = results(folder)

    assert [r.input for r in found] == [
        str(folder / "a.txt"),
        *(f"{folder / 'b.rss'}:entry-{n}" for n in (1, 2, 3)),
        *(f"{folder / 'c.xml'}:entry-{n}" for n in (1, 2)),
        str(folder / "d.xml"),
    ]
    assert isinstance(found[-1], InputError) and "not an RSS or Atom feed" in found[-1].message
    assert [type(r).__name__ for r in found].count("InputError") == 2  # the ghost entry, d.xml


def test_stdin_with_feed_format():
    stdin = io.BytesIO(ATOM.encode("utf-8"))
    pact, manila = results("-", format="feed", stdin=stdin)

    assert isinstance(pact, RawDocument) and isinstance(manila, RawDocument)
    assert pact.input == "<stdin>:entry-1" and manila.input == "<stdin>:entry-2"
    assert pact.source == "Pacific Report"


def test_text_stdin_keeps_its_characters_whatever_the_declaration():
    stdin = io.StringIO(RDF)  # already decoded text, still declaring ISO-8859-1
    doc, = results("-", format="feed", stdin=stdin)

    assert isinstance(doc, RawDocument)
    assert doc.title == "Accord signé à Montréal"


def test_format_feed_for_an_explicit_file_with_another_extension(tmp_path):
    feed = write(tmp_path / "saved.txt", RSS)
    found = results(feed, format="feed")
    assert len(found) == 3 and found[0].input == f"{feed}:entry-1"


def test_broken_feed_is_one_error_with_the_reason(tmp_path):
    feed = write(tmp_path / "broken.rss", '<?xml version="1.0"?>\n<rss version="2.0"><channel>'
                 "<title>Cut off</title></chan")
    error, = results(feed)

    assert isinstance(error, InputError)
    assert error.input == str(feed)
    assert "cannot be read" in error.message and "line" in error.message


def test_truncated_entry_names_the_entry_and_the_reason(tmp_path):
    feed = write(tmp_path / "cut.rss", '<rss version="2.0"><channel><title>T</title><item><title>x')
    error, = results(feed)

    assert isinstance(error, InputError)
    assert error.input == f"{feed}:entry-1"
    assert "no text" in error.message and "malformed" in error.message


def test_feed_without_entries(tmp_path):
    feed = write(tmp_path / "empty.atom", '<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title></feed>')
    error, = results(feed)
    assert isinstance(error, InputError) and "no entries" in error.message


def test_xml_that_is_not_a_feed(tmp_path):
    page = write(tmp_path / "sitemap.xml", '<?xml version="1.0"?>\n<urlset><url/></urlset>')
    error, = results(page)
    assert isinstance(error, InputError)
    assert error.input == str(page) and "not an RSS or Atom feed" in error.message

    html, = results("-", format="feed", stdin=io.BytesIO(b"<html><body><p>Hi</p></body></html>"))
    assert isinstance(html, InputError) and "not an RSS or Atom feed" in html.message


def test_refusals_for_feed_files(tmp_path):
    binary = tmp_path / "image.rss"
    binary.write_bytes(b"<rss>\x00\x01\x02\x03" * 10)
    empty = write(tmp_path / "empty.rss", "  \n")
    big = tmp_path / "big.xml"
    big.write_bytes(b"<rss>" + b"a" * MAX_BYTES + b"</rss>")
    found = results(binary, empty, big)

    assert [r.input for r in found] == [str(binary), str(empty), str(big)]
    assert all(isinstance(r, InputError) for r in found)
    assert "Binary" in found[0].message
    assert "Empty" in found[1].message
    assert "limit" in found[2].message

    over, = results("-", format="feed", stdin=io.BytesIO(b"<rss>" + b"a" * MAX_BYTES))
    assert isinstance(over, InputError) and "limit" in over.message


def test_a_feed_never_reads_a_path_or_url_it_names(tmp_path):
    secret = write(tmp_path / "secret.txt", "secret")
    doc, = results("-", format="feed", stdin=io.BytesIO(
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file://{secret}">]>'
        '<rss version="2.0"><channel><title>T</title><item><title>t</title>'
        "<description>Body &amp; text.</description><link>https://example.com/x</link>"
        "</item></channel></rss>".encode()))
    assert isinstance(doc, RawDocument) and "secret" not in doc.text


def test_is_feed_skips_the_prologue():
    assert is_feed(b'\xef\xbb\xbf<?xml version="1.0"?>\n<!-- c --><!DOCTYPE rss>\n<rss/>')
    assert is_feed('<?xml version="1.0"?><feed/>'.encode("utf-16"))
    assert is_feed(b"<rdf:RDF/>") and is_feed(b"<atom:feed/>")
    assert not is_feed(b"<html/>") and not is_feed(b"plain text") and not is_feed(b"<rsss/>")


def test_safe_id():
    assert safe_id("sudan-aid-42") == "sudan-aid-42"
    assert safe_id("  ") is None and safe_id(None) is None
    a, b = safe_id("https://x.example/a?id=1"), safe_id("https://x.example/a/id=1")
    assert a != b and all(re.fullmatch(r"[A-Za-z0-9._~:@+-]+", i) for i in (a, b))
    assert len(safe_id("x/" * 500)) <= 120


def test_strip_tags():
    assert strip_tags("<p>One &amp; two</p><script>x()</script><p>three<br>four</p>") == "One & two\nthree\nfour"


@pytest.mark.slow
def test_cli_analyze_a_feed(tmp_path):
    from typer.testing import CliRunner

    from accord.cli import app
    from accord.contract import validate

    feed = write(tmp_path / "pacific.rss", RSS.replace(
        "<item>\n    <title>Ghost entry</title>\n    <link>https://daily.example.com/ghost</link>\n  </item>", ""))
    result = CliRunner().invoke(app, ["analyze", str(feed), "--json"])

    assert result.exit_code == 0, result.output
    objects = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(objects) == 2
    for obj in objects:
        validate(obj)
    assert [o["article"]["title"] for o in objects] == ["Canada and EU sign defence pact",
                                                         "Germany pledges aid to Sudan"]
    assert objects[0]["article"]["published"] == "2025-06-23"
    assert objects[1]["article"]["id"] == "sudan-aid-42"
    assert objects[1]["article"]["source"] == "Wire Service"

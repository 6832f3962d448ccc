"""Cleaning: normalisation with offset mapping, title detection, repeated-block removal."""

from __future__ import annotations

import unicodedata

import pytest

from accord.clean import GLUED_HEADLINE, REPEATED_HEADLINE, REPEATED_PARAGRAPH, Cleaned, clean

P1 = ("Finland and Sweden signed a joint procurement deal for air-defence systems on Tuesday, "
      "the two defence ministries said in a statement.")
P2 = ("The agreement covers radar, interceptor missiles and training, and is worth about "
      "1.2 billion euros over five years, according to officials in Helsinki.")
P3 = ("Analysts said the deal showed how quickly the Nordic countries were integrating their "
      "militaries since joining NATO.")
TITLE = "Finland and Sweden Sign Joint Air-Defence Deal"


def check_offsets(raw: str, cleaned: Cleaned) -> None:
    """Every cleaned char maps to a raw position holding the same char (its source when
    normalised), and every removed span lies inside the raw text."""
    for offset, char in enumerate(cleaned.text):
        start, end = cleaned.span_to_raw(offset, offset + 1)
        assert start == cleaned.to_raw(offset)
        if char.isalnum() or char in ".,\"'“”‘’":  # a ligature or composed accent maps to its source
            assert char in unicodedata.normalize("NFKC", raw[start:end]), (offset, char, raw[start:end])
    assert cleaned.to_raw(len(cleaned.text)) <= len(raw)
    for removed in cleaned.removed:
        assert 0 <= removed.start < removed.end <= len(raw)


# ---------------------------------------------------------------- the bundled example


def test_example_title_and_exactly_four_removals(example_text: str) -> None:
    cleaned = clean(example_text)
    assert cleaned.title == "Canada and E.U. Forge Defense Pact Amid Strained U.S. Relations"
    reasons = [r.reason for r in cleaned.removed]
    assert reasons == [REPEATED_HEADLINE] + [REPEATED_PARAGRAPH] * 3
    starts = [example_text[r.start:r.end][:30] for r in cleaned.removed]
    assert starts == ["Canada and E.U. Forge Defense ", "During his tenure, Trump has o",
                      "Ursula von der Leyen, presiden", "The agreement marks a broader "]
    for removed in cleaned.removed:  # each removed block is a second occurrence
        block = example_text[removed.start:removed.end]
        assert example_text.index(block) < removed.start
        assert cleaned.text.count(block) == 1
    assert cleaned.title in cleaned.text
    assert "\n\n\n" not in cleaned.text and not cleaned.text.endswith("\n")
    check_offsets(example_text, cleaned)


def test_example_keeps_every_paragraph_once(example_text: str) -> None:
    cleaned = clean(example_text)
    paragraphs = {line for line in example_text.splitlines() if line.strip()}
    for paragraph in paragraphs:
        assert cleaned.text.count(paragraph) == 1


# ---------------------------------------------------------------- title detection


@pytest.mark.parametrize("raw, title", [
    (f"{TITLE}\n\n{P1}\n{P2}", TITLE),                                   # title-case first line
    (f"{P1}\n{TITLE}\n{P2}\n{P3}", TITLE),                               # lede before the title
    (f"Nordic allies deepen air-defence ties\n\n{P1}\n{P2}",
     "Nordic allies deepen air-defence ties"),                           # sentence case + blank line
    (f"Will the Nordic Deal Hold?\n{P1}\n{P2}", "Will the Nordic Deal Hold?"),
    (f"{P1}\n{P2}\n{P3}", None),                                         # no headline-like line
    (f"Nordic allies deepen air-defence ties\n{P1}\n{P2}", None),        # sentence case, no blank
    (f"By Anna Virtanen\n\n{P1}\n{P2}", None),                           # byline
    (f"HELSINKI (Reuters)\n\n{P1}\n{P2}", None),                         # dateline
    (f"- First Item Of The List\n\n{P1}", None),                         # list item
    (f"{P1}\n{P2}\n{P3}\n{TITLE}\n\n{P1[:50]}", None),                  # too far down
    ("A Very Long Headline " * 8 + "\n\n" + P1, None),                  # over 20 words
    (f"The Deal Was Signed.\n\n{P1}", None),                             # final full stop
])
def test_title_detection(raw: str, title: str | None) -> None:
    cleaned = clean(raw)
    assert cleaned.title == title
    if title:
        assert title in cleaned.text  # the title line stays in the article


def test_given_title_repeated_as_first_body_line_is_removed() -> None:
    raw = f"{TITLE}\n{P1}\n{P2}"
    cleaned = clean(raw, title=TITLE)
    assert cleaned.title == TITLE
    assert cleaned.text == f"{P1}\n{P2}"
    assert [(raw[r.start:r.end], r.reason) for r in cleaned.removed] == [(TITLE, REPEATED_HEADLINE)]


def test_given_title_near_repeat_with_case_and_punctuation() -> None:
    raw = f"finland and sweden sign joint air defence deal.\n\n{P1}"
    cleaned = clean(raw, title=TITLE)
    assert cleaned.text == P1
    assert cleaned.removed[0].reason == REPEATED_HEADLINE


def test_given_title_not_in_body_removes_nothing() -> None:
    cleaned = clean(f"{P1}\n{P2}", title=TITLE)
    assert cleaned.text == f"{P1}\n{P2}" and cleaned.removed == []


def test_text_that_is_only_the_title_is_kept() -> None:
    assert clean(TITLE, title=TITLE).text == TITLE


# ---------------------------------------------------------------- repeated blocks


@pytest.mark.parametrize("raw, expected_text, reasons", [
    # exact repeat, one paragraph per line
    (f"{P1}\n{P2}\n{P1}\n{P3}", f"{P1}\n{P2}\n{P3}", [REPEATED_PARAGRAPH]),
    # blank-line separated paragraphs keep one blank line, none left by the removal
    (f"{P1}\n\n{P2}\n\n{P1}\n\n{P3}", f"{P1}\n\n{P2}\n\n{P3}", [REPEATED_PARAGRAPH]),
    # repeat at the end of the text
    (f"{P1}\n{P2}\n{P3}\n{P2}", f"{P1}\n{P2}\n{P3}", [REPEATED_PARAGRAPH]),
    # whitespace, case and punctuation differences
    (f"{P1}\n{P2}\n{P1.upper().replace(',', '')}  \n{P3}", f"{P1}\n{P2}\n{P3}", [REPEATED_PARAGRAPH]),
    # a near repeat: one word changed in a long paragraph
    (f"{P1}\n{P2}\n{P1.replace('Tuesday', 'Tuesdy')}\n{P3}", f"{P1}\n{P2}\n{P3}", [REPEATED_PARAGRAPH]),
    # headline repeated right after itself
    (f"{TITLE}\n\n{TITLE}\n{P1}\n{P2}", f"{TITLE}\n\n{P1}\n{P2}", [REPEATED_HEADLINE]),
    # headline glued to the start of the next paragraph: only the headline goes
    (f"{TITLE}\n\n{TITLE}{P1}\n{P2}", f"{TITLE}\n\n{P1}\n{P2}", [GLUED_HEADLINE]),
    (f"{TITLE}\n\n{TITLE} {P1}\n{P2}", f"{TITLE}\n\n{P1}\n{P2}", [GLUED_HEADLINE]),
    # several repeats in a row at the end (the bundled example's shape)
    (f"{P1}\n{P2}\n{P3}\n{P1}\n{P2}\n{P3}", f"{P1}\n{P2}\n{P3}", [REPEATED_PARAGRAPH] * 3),
])
def test_repeated_blocks_are_removed(raw: str, expected_text: str, reasons: list[str]) -> None:
    cleaned = clean(raw)
    assert cleaned.text == expected_text
    assert [r.reason for r in cleaned.removed] == reasons
    check_offsets(raw, cleaned)


QUOTE_A = ('"We will not accept any agreement that undermines the sovereignty of our airspace," '
           "Defence Minister Antti Hakkanen said.")
QUOTE_B = ('"We will not accept any agreement that leaves our northern border exposed," '
           "Defence Minister Antti Hakkanen said.")


@pytest.mark.parametrize("raw", [
    f"{P1}\n{QUOTE_A}\n{P2}\n{QUOTE_B}",                                  # same frame, two quotes
    f"{P1}\nThe package includes:\n- Item one\n- Item two\n- Item one\n{P2}",  # short list items
    (f"{P1}\n- Radar stations along the eastern border, 12 sites\n"
     f"- Radar stations along the eastern border, 14 sites\n{P2}"),      # long, differ by a number
    f"HELSINKI (Reuters)\n{P1}\n{P2}\n(Reporting by Anna Virtanen; Editing by Mark Heinrich)",
    f"{P1}\nAdvertisement\n{P2}\nAdvertisement\n{P3}",                   # short lines stay (decided)
    (f"{P1}\n\"We will keep working with our allies,\" Carney said.\n"
     f"\"We will keep talking with our allies,\" Carney said.\n{P2}"),     # one word apart: 93.8
    (f"{P1}\nThe index rose 1.2 percent on Monday after the central bank decision.\n"
     f"The index rose 1.4 percent on Monday after the central bank decision."),
])
def test_legitimately_similar_blocks_are_kept(raw: str) -> None:
    cleaned = clean(raw)
    assert cleaned.removed == []
    assert cleaned.text == raw


def test_hard_wrapped_paragraphs_are_compared_whole() -> None:
    wrapped_a = ("Finland and Sweden signed a joint procurement deal for\n"
                 "air-defence systems on Tuesday, the two defence ministries\n"
                 "said in a statement released in both capitals.")
    wrapped_b = ("The agreement covers radar, interceptor missiles and\n"
                 "training, and is worth about 1.2 billion euros over five\n"
                 "years, according to officials in Helsinki and Stockholm.")
    raw = f"{wrapped_a}\n\n{wrapped_b}\n\n{wrapped_a.replace(chr(10), ' ')}\n\n{P3}"
    cleaned = clean(raw)
    assert cleaned.text == f"{wrapped_a}\n\n{wrapped_b}\n\n{P3}"
    [removed] = cleaned.removed
    assert raw[removed.start:removed.end] == wrapped_a.replace("\n", " ")
    assert removed.reason == REPEATED_PARAGRAPH


def test_removed_offsets_point_into_raw_after_normalisation() -> None:
    raw = f"\ufeff{TITLE}\r\n\r\n{TITLE}\r\n{P1}\u200b\r\n{P2}\r\n{P1}\r\n"
    cleaned = clean(raw)
    assert [raw[r.start:r.end] for r in cleaned.removed] == [TITLE, P1]
    assert cleaned.text == f"{TITLE}\n\n{P1}\n{P2}"
    check_offsets(raw, cleaned)


# ---------------------------------------------------------------- normalisation and offsets


@pytest.mark.parametrize("raw, expected", [
    ("Line one\r\nLine two\rLine three", "Line one\nLine two\nLine three"),
    ("Prime\u00a0Minister Mark\u202fCarney", "Prime Minister Mark Carney"),
    ("zero\u200bwidth\u2060joined\ufeff", "zerowidthjoined"),
    ("soft\u00adhyphen", "softhyphen"),
    ("\ufb01nance of\ufb02ows", "finance offlows"),
    ("Montre\u0301al", "Montréal"),
    ("tab\there", "tab here"),
    ("  padded line   \n\n\n\nnext line  \n", "padded line\n\nnext line"),
    ("“Curly” ‘quotes’ — and dashes – stay", "“Curly” ‘quotes’ — and dashes – stay"),
])
def test_normalisation(raw: str, expected: str) -> None:
    cleaned = clean(raw, title="unrelated")
    assert cleaned.text == expected
    check_offsets(raw, cleaned)


def test_to_raw_maps_every_character_back() -> None:
    raw = "\ufeff  Ottawa\u00a0said\u200b “yes”\r\n\r\n\r\nThe \ufb01nal\u2028word é"
    cleaned = clean(raw, title="x")
    assert cleaned.text == "Ottawa said “yes”\n\nThe final\nword é"
    mapped = [raw[cleaned.to_raw(i)] for i in range(len(cleaned.text))]
    assert "".join(mapped) == "Ottawa\u00a0said “yes”\r\rThe \ufb01\ufb01nal\u2028word é"
    assert cleaned.to_raw(len(cleaned.text)) == len(raw)
    start, end = cleaned.span_to_raw(cleaned.text.index("final"), cleaned.text.index("final") + 5)
    assert raw[start:end] == "\ufb01nal"


def test_clean_is_idempotent_on_clean_text() -> None:
    once = clean(f"{TITLE}\n\n{P1}\n{P2}\n{P1}")
    twice = clean(once.text)
    assert twice.text == once.text and twice.removed == [] and twice.title == once.title


def test_given_title_glued_to_first_paragraph() -> None:
    raw = f"{TITLE}{P1}\n{P2}"
    cleaned = clean(raw, title=TITLE)
    assert cleaned.text == f"{P1}\n{P2}"
    assert [(raw[r.start:r.end], r.reason) for r in cleaned.removed] == [(TITLE, GLUED_HEADLINE)]


def test_headline_prefix_followed_by_lowercase_is_not_glued() -> None:
    raw = f"{TITLE}\n\n{TITLE.lower()} in Helsinki, officials confirmed on Tuesday evening.\n{P1}"
    assert clean(raw).removed == []


def test_short_detected_title_repeated_is_removed() -> None:
    raw = f"Nordic Deal Signed\n\nNordic Deal Signed\n{P1}\n{P2}"
    cleaned = clean(raw)
    assert cleaned.title == "Nordic Deal Signed"
    assert cleaned.text == f"Nordic Deal Signed\n\n{P1}\n{P2}"
    assert [r.reason for r in cleaned.removed] == [REPEATED_HEADLINE]


@pytest.mark.parametrize("raw", ["", "   \n\n  ", "\u200b"])
def test_empty_input(raw: str) -> None:
    cleaned = clean(raw)
    assert (cleaned.text, cleaned.title, cleaned.removed) == ("", None, [])
    assert cleaned.to_raw(0) == len(raw)


def test_long_text_still_loses_exact_repeats() -> None:
    paragraphs = [f"Paragraph number {i} reports what the ministers said about item {i}." for i in range(600)]
    raw = "\n".join(paragraphs + [paragraphs[10]])
    cleaned = clean(raw)
    assert cleaned.text == "\n".join(paragraphs)
    assert [raw[r.start:r.end] for r in cleaned.removed] == [paragraphs[10]]

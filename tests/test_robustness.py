"""Odd but real-world inputs go through every stage without crashing and still follow the contract."""

from __future__ import annotations

import pytest

import accord
from accord.contract import validate

ODD_TEXTS = {
    "unbalanced quotes": '"We will never accept this, the minister said.\nParis and Berlin "agreed.',
    "only punctuation": "... --- !!! ??? «» “” ''",
    "one long sentence": ", ".join(["Russia and Ukraine held talks in Istanbul"] * 400) + ".",
    "table-like lines": "Country | Aid (USD)\nUkraine | 1,000,000\nSudan | 250,000\n",
    "emoji and symbols": "🇺🇦 Ukraine 🤝 🇵🇱 Poland sign a deal ✍️ — officials said 👍",
    "right-to-left script": "قال وزير الخارجية المصري إن القاهرة ترفض الاقتراح. Egypt rejected the proposal.",
    "mixed scripts": "Президент России Владимир Путин встретился с Си Цзиньпином. Putin met Xi in Moscow.",
    "control characters": "Japan\u200b and\u00a0Korea\ufeff agreed\u2028to talks.\x0c",
    "dateline only": "KYIV, Ukraine (AP) —",
    "html remnants": "<p>Chile &amp; Peru signed a <b>trade</b> pact.</p><script>var x = 1;</script>",
    "repeated everything": "NATO condemned the missile attack on the Ukrainian port city of Odesa.\n" * 50,
    "very short": "Talks.",
    "numbers": "1990 2001 2014 2022 12,000 3.5% $40bn",
    "all caps headline": "CHINA SLAPS TARIFFS ON AUSTRALIAN WINE\nBeijing imposed tariffs on Australian wine on Friday.",
}


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(ODD_TEXTS))
def test_odd_input_follows_the_contract(name):
    out = accord.analyze(ODD_TEXTS[name], published="2024-03-01").to_dict()
    validate(out)


@pytest.mark.slow
def test_repeated_lines_do_not_repeat_events():
    out = accord.analyze(ODD_TEXTS["repeated everything"], published="2024-03-01").to_dict()
    assert len(out["article"]["removed"]) == 49
    assert len(out["events"]) == 1

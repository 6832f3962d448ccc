"""Direct quotations introduced by the spoken-English quotative "be like" ('and she's like, "..."')
and by the participle of a cue of manner ('..., screaming "..."'): their subject speaks. Controls
keep "like" as a comparison with no speaker. Sentences written for these tests."""

from __future__ import annotations

import pytest

import accord

pytestmark = pytest.mark.slow


def direct(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker.text if q.speaker else None, q.cue) for q in accord.analyze(text).quotes
            if q.kind == "direct"]


@pytest.mark.parametrize("text, expected", [
    ('I told my manager I needed a week off. And then she was like, "We cannot spare anyone before'
     ' the audit. Take it in March."', [("she", "like")]),
    ("We asked the council for a permit twice. And they're like \"Nobody has ever built a kiosk"
     ' there, so why should you be the first?"', [("they", "like")]),
    ('Every time I ask about the pension, my neighbours are like, "Wait for the election, nothing'
     ' will change before it."', [("my neighbours", "like")]),
])
def test_be_like_reports_its_subjects_words(text, expected):
    assert direct(text) == expected


@pytest.mark.parametrize("text", [
    # a comparison: "like" heads no report of speech, and a thing does not speak
    'The flooded square looked desolate. It was like "a scene from the end of the world," one'
    ' visitor wrote.',
])
def test_like_as_a_comparison_names_no_speaker(text):
    assert ("It", "like") not in direct(text)


def test_a_participle_of_manner_introduces_the_quotation():
    text = ('Hoffmann ended the rally in Leipzig on Sunday with an attack on the ministers, yelling'
            ' "You have sold this city to the banks!"')
    assert direct(text) == [("Hoffmann", "yelling")]

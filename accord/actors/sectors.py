"""Sector words after (or before) a country mention: "Serbian army and special police troops"
-> MIL, COP; "Canada's government" -> GOV; "the government of Canada" -> GOV. The words and
codes are in data/sectors.tsv; matching uses the lower-case words with the last one lemmatised.
"""

from __future__ import annotations

from spacy.tokens import Doc


def sector_words(doc: Doc, start: int, end: int, table: dict[str, str]) -> list[str]:
    """Sector codes of the words after a country mention, through coordination:
    "Serbian army and special police troops" -> MIL, COP; "Canada's government" -> GOV;
    and "the government of Canada" before it."""
    found: list[str] = []
    sent_end = doc[start].sent.end
    i, skips = end, 0
    if i < sent_end and doc[i].text in ("'s", "\u2019s"):
        i += 1
    while i < sent_end and skips <= 2:
        hit = sector_at(doc, i, sent_end, table)
        if hit is not None:
            code, i = hit
            found.append(code)
            skips = 0
            continue
        token = doc[i]
        if token.lower_ in ("and", ",", "-", "or") and found or token.pos_ in ("ADJ", "ADV") or (token.pos_ in ("NOUN", "PROPN") and token.dep_ == "compound"):
            i, skips = i + 1, skips + 1
        else:
            break
    if start >= 2 and doc[start - 1].lower_ == "of":
        for n in (3, 2, 1):
            if start - 1 - n >= 0:
                hit = sector_at(doc, start - 1 - n, start - 1, table)
                if hit is not None and hit[1] == start - 1:
                    found.append(hit[0])
                    break
    return found


def sector_at(doc: Doc, i: int, limit: int, table: dict[str, str]) -> tuple[str, int] | None:
    for n in (3, 2, 1):
        if i + n > limit:
            continue
        words = [t.lower_ for t in doc[i:i + n]]
        code = table.get(" ".join(words))
        if code is None:
            words[-1] = doc[i + n - 1].lemma_.lower()
            code = table.get(" ".join(words))
        if code is not None:
            return code, i + n
    return None

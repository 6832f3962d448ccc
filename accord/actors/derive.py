"""Regenerate the actor data derived from the PETRARCH2 dictionaries (MIT licence):

    python -m accord.actors.derive ../shared/reference/petrarch

- `data/sectors.tsv`: the curated rows above the `# ---- derived` line are kept; the rows below
  it are rebuilt from `Phoenix.agents.txt` (sector nouns -> CAMEO sector codes).
- `data/armed_groups.tsv`: the curated rows above the `# ---- derived` line (groups founded or
  renamed after the dictionary, such as the Islamic State) are kept; the rows below it are rebuilt
  from `Phoenix.MilNonState.actors.txt` (non-state armed groups -> country and sector).

The rules of each derivation are written in the data file's header, which this script writes.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path

from .gazetteer import DATA_DIR, DERIVED_MARK, slugify

MARK = DERIVED_MARK
SOURCE = "openeventdata/petrarch2 commit 676801c (2019)"
MIT = """The MIT License (MIT) Copyright (c) 2014 Open Event Data Alliance
Permission is hereby granted, free of charge, to any person obtaining a copy of this
software and associated documentation files (the "Software"), to deal in the Software
without restriction, including without limitation the rights to use, copy, modify,
merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit
persons to whom the Software is furnished to do so, subject to the following conditions:
The above copyright notice and this permission notice shall be included in all copies or
substantial portions of the Software.
THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED,
INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR
PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE
FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR
OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER
DEALINGS IN THE SOFTWARE."""

# The CAMEO sectors accord codes (docs/actors.md); agent codes of religions, ethnic groups and
# other dimensions are left out.
SECTORS = frozenset({"GOV", "MIL", "COP", "LEG", "JUD", "REB", "OPP", "CVL", "BUS", "MED", "SPY", "REF",
                     "LAB", "EDU", "HLH", "PTY", "NGO", "CRM", "UAF", "ELI", "DIP", "CBK"})
MAX_TERM_WORDS = 3
# Words that make a name a group's, not a person's: a synonym without one (and of more than one
# word) is usually a leader listed under the group ("KHALED_MESHAAL" under HAMAS) and is dropped.
GROUP_WORDS = frozenset({
    "army", "armies", "front", "brigade", "brigades", "movement", "party", "organization", "organisation",
    "group", "groups", "forces", "force", "council", "liberation", "militia", "militias", "commando",
    "commandos", "cells", "cell", "battalion", "battalions", "guerrillas", "guerrilla", "resistance",
    "jihad", "mujahideen", "mujahidin", "fighters", "command", "union", "alliance", "league", "network",
    "legion", "unit", "units", "squad", "squads", "tigers", "taliban", "qaeda", "hezbollah", "hamas",
})
# PETRARCH's region and type prefixes that are no ISO state.
NOT_STATES = frozenset({"IMG", "INT", "MEA", "SAS", "WEU", "KKL", "AFR", "EUR", "SEA", "CAS", "EAF", "WAF",
                        "NAF", "SAF", "CAF", "LAM", "NMR", "SAM", "CRB", "BLK", "ASA", "EIN", "PGS"})


def header(lines: str) -> str:
    return "\n".join("# " + line if line else "#" for line in lines.splitlines()) + "\n"


def term_of(raw: str) -> str:
    return re.sub(r"\s+", " ", raw.replace("_", " ")).strip().lower()


def agent_rows(path: Path) -> Iterator[tuple[str, str]]:
    """(term, sector) of Phoenix.agents.txt: macros (!PERSON!, !MINIST!) expanded, the first three
    letters of the first code, terms of more than three words and other dimensions dropped."""
    macros: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        macro = re.fullmatch(r"(![A-Z]+!)\s*=\s*(.+)", line)
        if macro:
            macros[macro.group(1)] = [w.strip() for w in macro.group(2).split(",")]
            continue
        found = re.fullmatch(r"([^\[{]+?)\s*(?:\{[^}]*\})?\s*\[~?([A-Z]{3})[^\]]*\]", line)
        if not found or found.group(2) not in SECTORS:
            continue
        forms = [found.group(1)]
        for name, words in macros.items():
            forms = [f.replace(name, w) for f in forms for w in (words if name in f else [""])] \
                if any(name in f for f in forms) else forms
        for form in forms:
            term = term_of(form)
            if term and len(term.split()) <= MAX_TERM_WORDS:
                yield term, found.group(2)


def group_blocks(path: Path) -> Iterator[tuple[list[str], str]]:
    """(names, code) per block of Phoenix.MilNonState.actors.txt: a head line, `+` synonyms, the
    code on the head line or on an indented line of its own; blocks whose code carries a date
    range (a person's membership) are skipped."""
    names: list[str] = []
    code: str | None = None
    dated = False

    def flush() -> Iterator[tuple[list[str], str]]:
        if names and code and not dated:
            yield names, code

    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        bracket = re.search(r"\[([A-Z]+)([^\]]*)\]", line)
        text = line[:bracket.start()] if bracket else line
        if line.startswith("+"):
            names.extend(n.strip() for n in text[1:].split("+") if n.strip())
        elif text.strip():
            yield from flush()
            names, code, dated = [text.strip()], None, False
        if bracket and code is None:
            code, dated = bracket.group(1), bool(bracket.group(2).strip())
    yield from flush()


SMALL_WORDS = frozenset({"of", "the", "and", "for", "on", "in", "al", "el", "de", "del", "la", "wal", "e", "i", "ul", "ud"})
MAX_ACRONYM = 5  # a one-word name this short is an acronym (PKK, FARC, LTTE)


def group_name(raw: str) -> str:
    """"ABU_NIDAL_ORGANIZATION" -> "Abu Nidal Organization", "PKK" -> "PKK"; the bracketed acronym
    of "ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_" is dropped."""
    words = re.sub(r"\([^)]*\)", "", raw).replace("_", " ").split()
    if len(words) == 1 and len(words[0]) <= MAX_ACRONYM:
        return words[0]
    out = []
    for n, word in enumerate(words):
        parts = word.lower().split("-")
        out.append("-".join(p if p in SMALL_WORDS and (n or k) else p.capitalize() for k, p in enumerate(parts)))
    return " ".join(out)


def is_acronym(word: str) -> bool:
    """PKK, FARC, LTTE: letters only, at most five, at most one vowel (so no word: "ZERO", "EPA")."""
    return word.isalpha() and len(word) <= MAX_ACRONYM and sum(c in "AEIOU" for c in word.upper()) <= 1


def is_group_name(name: str, head: bool) -> bool:
    """A name a group goes by, not a leader's name, a number or a common phrase: an acronym
    ("PKK"), the hyphenated name that heads a block ("Lashkar-e-Jhangvi"), or words with a group
    word ("Arab Revolutionary Brigades"); never digits without a group word ("May 15"). Groups
    known by other names ("Boko Haram", "Shining Path") are curated rows."""
    words = name.split()
    grouped = bool(set(re.split(r"[\s-]+", name.lower())) & GROUP_WORDS)
    if any(c.isdigit() for c in name) and not grouped:
        return False
    if len(words) == 1:
        return is_acronym(name) or head and "-" in name and len(name) > 6 and name.lower() not in GROUP_WORDS
    return grouped


def armed_group_rows(path: Path, taken: set[str]) -> Iterator[tuple[str, str, str, str, str]]:
    """(id, name, aliases, country, sector) per group; ids and names in `taken` (the curated rows)
    are left to the curated rows."""
    seen: set[str] = set(taken)
    for names, code in group_blocks(path):
        prefix, rest = code[:3], code[3:6]
        if prefix == "IMG":
            country, sector = "", "INS"
        elif rest == "REB":
            country, sector = ("" if prefix in NOT_STATES else prefix), "REB"
        else:
            continue
        head = group_name(names[0])
        if not is_group_name(head, True):
            continue
        kept = [group_name(n) for i, n in enumerate(names) if is_group_name(group_name(n), i == 0)]
        aliases = [a for a in dict.fromkeys(kept[1:]) if a != head and len(a) >= 3 and a.lower() not in taken]
        gid = "group:" + slugify(head)
        if gid in seen or not head or head.lower() in taken:
            continue
        seen.add(gid)
        yield gid, head, "|".join(aliases), country, sector


def rewrite(path: Path, head: str, rows: list[str]) -> None:
    """Keep the curated rows (after the file's own header, before MARK); write the new header and
    the derived rows."""
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    body = [line for line in old.split(MARK, 1)[0].splitlines() if line and not line.startswith("#")]
    path.write_text(head + "\n".join(body) + "\n" + MARK + "\n" + "\n".join(rows) + "\n", encoding="utf-8")


SECTORS_HEAD = """accord sector nouns: words that turn a country into a more specific actor ("Serbian army"
-> SRB + MIL, "Canadian lawmakers" -> CAN + LEG), or that name a state body by themselves ("the
police", resolved to the state of the context: docs/actors.md). Codes follow CAMEO/PETRARCH agent codes
(GOV government, MIL military, COP police, LEG legislature, JUD judiciary, REB rebels,
OPP opposition, CVL civilians, BUS business, MED media, SPY intelligence, REF refugees,
LAB labour, EDU education, HLH health, PTY party, NGO, CRM criminals, UAF armed
non-state forces, ELI elites, DIP diplomats, CBK central bank). Matched on the lemma of the
last word, so plurals are covered. The rows above the "---- derived" line are curated for accord
(2026-11-25; public services named by their function, "investigator", "court clerk", 2026-12-03)
and win; the rows below are generated by `python -m accord.actors.derive` from:
  Source: Phoenix.agents.txt, {source}: multi-word entries joined by
  spaces, !PERSON! and !MINIST! expanded, codes cut to their first three letters (religions,
  ethnic groups and other dimensions dropped), terms of more than three words dropped; the
  first code listed wins.
{mit}
Columns (tab-separated): term (lower case), sector
"""

GROUPS_HEAD = """accord non-state armed groups: names and aliases -> a group actor (kind "group") with its
country (ISO alpha-3, empty for a group that acts across states) and CAMEO sector (REB rebels,
INS insurgents and international militant groups). The rows above the "---- derived" line are
curated for accord (2026-12-02: groups named since the dictionary was written, or whose news
names it lacks; 2026-12-03: AQAP, SPLM-IO, ONLF, KIA/KIO, BIFF, MILF with their acronyms and
home states, from the Uppsala Conflict Data Program's actor pages, ucdp.uu.se); the rows below are generated by `python -m accord.actors.derive` from:
  Source: Phoenix.MilNonState.actors.txt, {source}, itself derived
  from the START TOPS database (Kenwick, Kim & Leonard, 2013): codes XXXREB give country XXX and
  sector REB, IMG codes sector INS with no country, region codes (MEA, WEU ...) no country;
  only names a group goes by are kept (acronyms of at most five letters and one vowel, a block's
  hyphenated name, names with a group word such as army, front, movement, party): leaders' names,
  numbers, common words and phrases, and blocks whose code carries a date range (a person's
  membership) are dropped.
{mit}
Columns (tab-separated): id, name, aliases (| separated), country, sector
"""


def main(argv: list[str] | None = None, data_dir: Path = DATA_DIR) -> int:
    args = argv if argv is not None else sys.argv[1:]
    if len(args) != 1 or not (Path(args[0]) / "Phoenix.agents.txt").exists():
        print("usage: python -m accord.actors.derive PETRARCH_DIR  (the folder holding Phoenix.agents.txt "
              "and Phoenix.MilNonState.actors.txt, e.g. ../shared/reference/petrarch)", file=sys.stderr)
        return 2
    ref = Path(args[0])
    fill = {"source": SOURCE, "mit": MIT}
    sectors_path = data_dir / "sectors.tsv"
    curated = {line.split("\t")[0] for line in sectors_path.read_text(encoding="utf-8").split(MARK, 1)[0].splitlines()
               if line and not line.startswith("#")}
    derived: dict[str, str] = {}
    for term, code in agent_rows(ref / "Phoenix.agents.txt"):
        if term not in curated:
            derived.setdefault(term, code)
    rewrite(sectors_path, header(SECTORS_HEAD.format(**fill)), [f"{t}\t{c}" for t, c in sorted(derived.items())])
    groups_path = data_dir / "armed_groups.tsv"
    taken: set[str] = set()
    for line in groups_path.read_text(encoding="utf-8").split(MARK, 1)[0].splitlines()[1:]:
        if line and not line.startswith("#"):
            gid, name, aliases = line.split("\t")[:3]
            taken |= {gid, name.lower(), *(a.lower() for a in aliases.split("|") if a)}
    groups = ["\t".join(row) for row in armed_group_rows(ref / "Phoenix.MilNonState.actors.txt", taken)]
    rewrite(groups_path, header(GROUPS_HEAD.format(**fill)), groups)
    print(f"sectors.tsv: {len(derived)} derived terms; armed_groups.tsv: {len(groups)} derived groups")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Compile the PETRARCH CAMEO verb dictionary into accord's trigger lexicon.

    python -m accord.events.compile_lexicon [CAMEO.2.0.txt] [CAMEO2PLOVER-2021.txt]

reads the verb dictionary (format: PETRARCH's dictionaries-format.rst) and the CAMEO-to-PLOVER
table, and writes two data files next to the hand-written `lexicon.tsv`:

- `lexicon-cameo.tsv`: one verb trigger per compiled pattern, in lexicon.tsv's columns. The loader
  (accord/events/lexicon.py) reads it under the hand-written file, which overrides it: a verb
  lemma with any hand-written entry takes none from this file.
- `lexicon-cameo-forms.tsv`: the inflected forms the dictionary lists for each verb ("OVERRUN
  {OVERRUNS OVERRUNNING OVERRAN}"), form -> lemma: accord reads a verb form through it when the
  tagger's lemma is no trigger ("overran" tagged as a present tense keeps "overran" as its lemma).
- `lexicon-cameo-unmapped.tsv`: every pattern that was not compiled, with the reason: its CAMEO
  code has no PLOVER counterpart (public statements 01, appeals 02), its code is null (`---`), it
  is a verb alone (a synonym block's default code, too ambiguous in news), or its form cannot be
  expressed as an accord trigger (a constraint on the subject, a word before the verb), or it is
  an "intent" code (03x) on a verb of doing whose done act has no PLOVER counterpart.

Verbs of doing. PETRARCH codes some patterns of verbs that report an act as done with CAMEO 03x
"express intent to ..." codes ("send * MINISTER [036]", "train * PILOTS [0312]"). PLOVER's AGREE
(offers, promises, stated intentions) is no reading of "China sent a medical team to Malawi": the
act reported is the act itself. A 03x pattern on one of DONE_VERBS (verbs of sending, supplying,
training, travelling, meeting and taking part, never of saying) therefore takes the code of the done act the
intent is for (DONE_CODES: 0333 -> 073, 036 -> 040, travel verbs 036 -> 042 ...), its PLOVER type
through the table and no `announced` flag; one whose done act has no counterpart (030, intent to
cooperate in general) is listed as unmapped.

A dictionary update is this one command; the output is plain data, reviewed as a diff.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .ontology import load_ontology

HERE = Path(__file__).parent / "data"
REFERENCE = Path(__file__).resolve().parents[3] / "shared" / "reference"
DICTIONARY = REFERENCE / "petrarch" / "CAMEO.2.0.txt"
TABLE = REFERENCE / "plover" / "CAMEO2PLOVER-2021.txt"
OUTPUT = HERE / "lexicon-cameo.tsv"
UNMAPPED = HERE / "lexicon-cameo-unmapped.tsv"
FORMS = HERE / "lexicon-cameo-forms.tsv"

# Words a pattern puts after the verb that accord reads as particles or prepositions of the verb.
PARTICLES = frozenset("""about across after against along among around as at away back before behind below
beside between beyond by down for forward from in into off on onto out over past through to toward towards
under up upon with within without""".split())
WILDCARDS = frozenset({"$", "+", "%", "^"})
# Priors of compiled patterns (hand-written entries carry their own): a required object is
# stronger evidence than a required preposition.
PRIOR_PARTICLE = 0.5
PRIOR_OBJECT = 0.6
# CAMEO 01 (public statement) and 02 (appeal) have no PLOVER type.
NO_PLOVER_ROOTS = frozenset({"01", "02"})
# Verbs that report an act done, not a statement (see the header): their 03x patterns are coded as
# the done act. TRAVEL_VERBS move a party to another one: a done 036 (meet) is a visit there.
TRAVEL_VERBS = frozenset({"send", "dispatch", "lead", "head", "fly", "make", "begin", "embark"})
DONE_VERBS = TRAVEL_VERBS | frozenset({"deploy", "train", "supply", "deliver", "provide", "issue", "meet",
                                        "launch", "start", "enter", "resume", "establish", "take"})
# CAMEO "express intent to X" (03x) -> CAMEO "X" (the parallel codes of roots 04-08).
DONE_CODES = {"031": "060", "0311": "061", "0312": "062", "0313": "063", "032": "050",
              "033": "070", "0331": "071", "0332": "072", "0333": "073", "0334": "074",
              "034": "083", "0341": "0831", "0342": "0832", "0343": "0833", "0344": "0834",
              "035": "080", "0351": "081", "0352": "082", "0353": "084", "0354": "085", "0355": "086",
              "0356": "087", "036": "040", "037": "046", "038": "045", "039": "045"}
WORD = re.compile(r"[a-z][a-z'-]*")


@dataclass(frozen=True)
class Plover:
    type: str
    mode: str | None
    contexts: tuple[str, ...]


@dataclass
class Trigger:
    lemma: str
    particles: tuple[str, ...]
    objects: set[str] = field(default_factory=set)


def read_table(path: Path) -> dict[str, Plover]:
    return read_table_text(path.read_text(encoding="utf-8"))


def read_table_text(text: str) -> dict[str, Plover]:
    """CAMEO code -> PLOVER (type, mode, contexts), modes and contexts limited to accord's ontology."""
    onto = load_ontology()
    out: dict[str, Plover] = {}
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if ":" not in line:
            continue
        code, _, rest = line.partition(":")
        parts = [p.strip() for p in rest.split(",")]
        type_ = parts[0]
        if type_ not in onto.types:
            continue
        mode = parts[1] if len(parts) > 1 and parts[1] in onto.modes[type_] else None
        contexts = tuple(c.strip() for c in (parts[2] if len(parts) > 2 else "").split(";")
                         if c.strip() in onto.contexts)
        out.setdefault(code.strip(), Plover(type_, mode, contexts))
    return out


def plover_for(code: str, table: dict[str, Plover]) -> Plover | None:
    """The table's row for `code` or its nearest parent code ("0874" -> "087" -> "08")."""
    while len(code) >= 2:
        if code in table:
            return table[code]
        code = code[:-1]
    return None


def singulars(word: str) -> set[str]:
    """The word and its regular singular: spaCy lemmatises objects, the dictionary writes plurals."""
    out = {word}
    if word.endswith("ies") and len(word) > 4:
        out.add(word[:-3] + "y")
    elif word.endswith(("sses", "shes", "ches", "xes")):
        out.add(word[:-2])
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        out.add(word[:-1])
    return out


def read_synsets(lines: list[str]) -> dict[str, set[str]]:
    """&LABEL -> head words of its phrases (the last word of each; plurals added)."""
    sets: dict[str, set[str]] = {}
    current: set[str] | None = None
    for raw in lines:
        line = raw.split("#", 1)[0].rstrip()
        if line.startswith("&"):
            current = sets.setdefault(line.split()[0].rstrip("_").lower(), set())
        elif line.startswith("+") and current is not None:
            head = line[1:].split()[0].strip("_").split("_")[-1].lower()
            if head:
                current |= singulars(head)
        elif line.strip():
            current = None
    return sets


def _code(text: str) -> str | None:
    """ "[042:043]" -> "042"; "[:173]" -> "173"; "[---]" -> None."""
    parts = [p.strip() for p in text.strip("[] ").split(":")]
    code = next((p for p in parts if p), "")
    return code if code.isdigit() else None


def _reversed(text: str) -> bool:
    """Does a code give only the act of the reversed dyad ("[:173]")? In a TABARI/PETRARCH code
    "[A:B]", A is the act of the subject on the object and B that of the object on the subject
    ("RUSH * (TO) [042:043]": the one who rushes to a place visits, the place hosts); with no A the
    pattern tells of an act done to its subject: "RECEIVE * SENTENCE [:173]", "FACE * CRITICISM
    [:111]", "DIE * (IN AIRSTRIKE) [:195]". Such a trigger is compiled with the `swap` flag."""
    return text.strip("[] ").startswith(":")


def _verb_word(line: str) -> tuple[Trigger | None, str | None, str]:
    """A synonym-block verb line -> (trigger, own CAMEO code, reason it cannot be compiled)."""
    body = line.split("#", 1)[0]
    own = re.search(r"\[([^\]]*)\]", body)
    fields = re.sub(r"\{[^}]*\}|\[[^\]]*\]", " ", body).split()
    if not fields:
        return None, None, "empty line"
    words = fields[0].strip("_").lower().split("_")
    code = _code(own.group(1)) if own else None
    if len(words) == 1:
        return Trigger(words[0].lstrip("+"), ()), code, ""
    marked = next((i for i, w in enumerate(words) if w.startswith("+")), 0)
    rest = words[marked + 1:]
    if marked > 0:
        return None, code, "a word before the verb"
    if not all(w in PARTICLES for w in rest):
        return None, code, "a noun inside a multi-word verb"
    return Trigger(words[marked].lstrip("+"), tuple(rest)), code, ""


def _pattern(body: str, synsets: dict[str, set[str]]) -> tuple[tuple[str, ...], set[str], str]:
    """The part of a pattern after "*" -> (particles, object lemmas, reason it cannot be compiled).
    The objects are the last phrase's head: the direct object, or the object of the last
    preposition (accord's `=object` rule)."""
    pre, _, post = body.partition("*")
    if any(t not in WILDCARDS for t in pre.split()):
        return (), set(), "a constraint on the subject"
    particles: list[str] = []
    objects: set[str] = set()
    for group in re.findall(r"\([^)]*\)|\{[^}]*\}|\S+", post):
        if group in WILDCARDS:
            continue
        if group.startswith("("):
            words = group.strip("()").split(None, 1)
            if not words:
                continue
            particles.append(words[0].lower())
            head = _head(words[1], synsets) if len(words) > 1 else set()
            objects = head or objects if len(words) > 1 else objects
            if len(words) > 1 and not head:
                return (), set(), "an unknown synonym set"
            continue
        word = group.lower()
        if word in PARTICLES and not group.startswith(("{", "&")):
            particles.append(word)
            continue
        head = _head(group, synsets)
        if not head:
            return (), set(), "an unknown synonym set"
        objects = head
    return tuple(particles), objects, ""


def _head(phrase: str, synsets: dict[str, set[str]]) -> set[str]:
    """The object lemmas a phrase asks for. A phrase of several words keeps its modifiers, joined
    to the head by "_" as the matcher joins an object's modifiers ("{PEACE OFFENSIVE}" ->
    "peace_offensive"): the head alone would claim every offensive for mediation."""
    words = [w for w in phrase.strip("{}").split() if w not in WILDCARDS]
    if not words:
        return set()
    last = words[-1].lower()
    keys = set(synsets.get(last.rstrip("_"), set())) if last.startswith("&") else singulars(last.strip("_").split("_")[-1])
    for word in reversed(words[:-1]):
        word = word.lower()
        modifiers = synsets.get(word.rstrip("_"), set()) if word.startswith("&") else {word.strip("_").split("_")[-1]}
        keys = {f"{m}_{k}" for m in modifiers for k in keys}
    return keys


def _owners(comment: str, verbs: list[Trigger]) -> list[Trigger]:
    """The verbs of a block a pattern belongs to. The comment names the verb the pattern was found
    with ("- * (TO BORDER) [154] # RUSH"); a block's synonyms are loose ("arrest" sits with "hold",
    whose "hold exercises" is no arrest), so a named verb of the block takes the pattern alone.
    Without such a name the pattern applies to the whole block, as in PETRARCH."""
    named = {w.lower().strip("_+").replace("_", " ") for w in re.findall(r"[A-Z][A-Z_+]+", comment)}
    own = [v for v in verbs if " ".join((v.lemma, *v.particles)) in named or v.lemma in named]
    return own or verbs


Row = tuple[str, tuple[str, ...], str, bool, bool]  # verb lemma, particles, CAMEO code, has objects, reversed


@dataclass
class Compiled:
    rows: dict[Row, set[str]] = field(default_factory=dict)
    unmapped: list[tuple[str, str, str, str]] = field(default_factory=list)   # verb, pattern, code, reason
    claimed: dict[tuple[str, tuple[str, ...]], set[str]] = field(default_factory=dict)  # "": the bare form
    borrowed: dict[tuple[str, tuple[str, ...]], dict[str, Row]] = field(default_factory=dict)  # head -> row of its phrase
    forms: dict[str, str] = field(default_factory=dict)  # an inflected form -> its verb's lemma


def compile_dictionary(text: str, table: dict[str, Plover]) -> Compiled:
    lines = text.splitlines()
    synsets = read_synsets(lines)
    out = Compiled()
    block_code: str | None = None
    verbs: list[Trigger] = []
    in_patterns = False

    def add(trigger: Trigger, particles: tuple[str, ...], objects: set[str], code: str, source: str,
            swapped: bool = False) -> None:
        if any("/" in p for p in particles):  # "(BY/WITH X)": either preposition
            for i, p in enumerate(particles):
                for alternative in p.split("/") if "/" in p else ():
                    add(trigger, particles[:i] + (alternative,) + particles[i + 1:], objects, code, source, swapped)
            return
        particles = trigger.particles + tuple(p for p in particles if p not in trigger.particles)
        # the first code the dictionary gives a (verb, particles, object) wins, as in PETRARCH, also
        # when it has no PLOVER counterpart: "issue * STATEMENT [010]" comes before "issue *
        # {DEFIANT STATEMENT} [114]", so a plain "issued a statement" is no criticism
        if trigger.lemma in DONE_VERBS and code.startswith("03"):
            done = "042" if code == "036" and trigger.lemma in TRAVEL_VERBS else DONE_CODES.get(code)
            if done is None:
                out.unmapped.append((trigger.lemma, source, code, "an intent code on a verb of doing"))
                return
            code = done
        claimed = out.claimed.setdefault((trigger.lemma, particles), set())
        borrowed = out.borrowed.setdefault((trigger.lemma, particles), {})
        # a longer phrase also stands for its head ("sent a convoy" for "{RELIEF CONVOY}"), until the
        # dictionary gives the head a pattern of its own: "launch * OFFENSIVE [190]" takes
        # "offensive" back from "launch * {PEACE OFFENSIVE} [045]"
        for word in {o for o in objects if "_" not in o} & borrowed.keys():
            holder = borrowed.pop(word)
            claimed.discard(word)
            out.rows[holder].discard(word)
            if not out.rows[holder]:
                del out.rows[holder]
        heads = {o.rsplit("_", 1)[1] for o in objects if "_" in o}
        fresh = (objects | heads) - claimed if objects else set() if "" in claimed else {""}
        row: Row = (trigger.lemma, particles, code, bool(objects), swapped)
        if code[:2] in NO_PLOVER_ROOTS or plover_for(code, table) is None:
            claimed |= fresh - heads  # "{PRESS CONFERENCE} [010]" is no claim on every conference
            out.unmapped.append((trigger.lemma, source, code, "no PLOVER counterpart"))
            return
        if not particles and not objects:
            # the isolated verb's code applies to every synonym of a block ("echo" in a block of
            # criticism): measured on real news it adds more wrong events than right ones
            out.unmapped.append((trigger.lemma, source, code, "a verb alone, without its pattern"))
            return
        if not fresh:
            return
        claimed |= fresh
        borrowed.update(dict.fromkeys(heads & fresh, row))
        out.rows.setdefault(row, set()).update(fresh - {""})

    for raw in lines:
        line = raw.rstrip()
        if "VERB PATTERNS" in line:
            in_patterns = True
            continue
        if not in_patterns or not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("---"):
            header = re.search(r"\[([^\]]*)\]", line)
            block_code, verbs = (_code(header.group(1)) if header else None), []
            continue
        if line.startswith("~"):
            name = line.split("=")[0].strip()
            out.unmapped.append(("-", name, line.split("=")[-1].split()[-1], "a verb-verb transformation"))
            continue
        if line.startswith("-"):
            body, _, comment = line[1:].partition("#")
            found = re.search(r"\[([^\]]*)\]", body)
            code = _code(found.group(1)) if found else None
            swapped = found is not None and _reversed(found.group(1))
            pattern = " ".join(re.sub(r"\[[^\]]*\]", "", body).split())
            particles, objects, reason = _pattern(pattern, synsets)
            for verb in _owners(comment, verbs):
                if code is None:
                    out.unmapped.append((verb.lemma, pattern, "---", "null code (no event)"))
                elif reason:
                    out.unmapped.append((verb.lemma, pattern, code, reason))
                else:
                    add(verb, particles, objects, code, pattern, swapped)
            continue
        trigger, own, reason = _verb_word(line)
        _add_forms(out.forms, line)
        if trigger is None:
            out.unmapped.append((line.split()[0].lower(), "(verb)", own or block_code or "---", reason))
            continue
        verbs.append(trigger)
        code = own or block_code
        if code is not None:
            add(trigger, (), set(), code, "(verb)")
    return out


def _add_forms(forms: dict[str, str], line: str) -> None:
    """The forms a verb line lists in braces ("SEEK {SEEKS SEEKING SOUGHT}", "+STRIKE_DOWN
    {+STRUCK_DOWN}"): each form's verb word -> the lemma's verb word (the first form named wins)."""
    body = line.split("#", 1)[0]
    listed = re.search(r"\{([^}]*)\}", body)
    fields = body.split()
    if listed is None or not fields or fields[0].startswith("{"):
        return
    lemma = _verb_of(fields[0])
    for form in listed.group(1).split():
        word = _verb_of(form)
        if WORD.fullmatch(word) and WORD.fullmatch(lemma) and word != lemma:
            forms.setdefault(word, lemma)


def _verb_of(word: str) -> str:
    """The verb of a dictionary word: the "+"-marked part of a multi-word verb, else its first part."""
    parts = word.strip("_").lower().split("_")
    return next((p for p in parts if p.startswith("+")), parts[0]).lstrip("+")


HEADER = """# accord event-trigger lexicon compiled from the CAMEO verb dictionary: GENERATED, do not edit.
# Regenerate: python -m accord.events.compile_lexicon (see accord/events/compile_lexicon.py).
# The hand-written accord/events/data/lexicon.tsv overrides this file: a verb lemma with any
# hand-written entry takes no entry from here. Columns as in lexicon.tsv.
#
# Source: CAMEO.2.0.txt, the PETRARCH2 verb dictionary (openeventdata/petrarch2), MIT licence,
# Copyright (c) 2015 Open Event Data Alliance: "Permission is hereby granted, free of charge, to any
# person obtaining a copy of this software and associated documentation files (the "Software"), to
# deal in the Software without restriction, including without limitation the rights to use, copy,
# modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit
# persons to whom the Software is furnished to do so, subject to the following conditions: The above
# copyright notice and this permission notice shall be included in all copies or substantial
# portions of the Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND."
# CAMEO codes mapped to PLOVER through CAMEO2PLOVER-2021.txt (openeventdata/PLOVER, CC BY-SA 4.0).
# This file: CC BY-SA 4.0.
#
# kind	phrase	type	mode	contexts	cameo	prior	flags
"""

UNMAPPED_HEADER = """# Patterns of CAMEO.2.0.txt (PETRARCH2, MIT licence, (c) 2015 Open Event Data Alliance) that
# accord/events/compile_lexicon.py did NOT compile into lexicon-cameo.tsv, with the reason.
# GENERATED, do not edit. Columns: verb, pattern ("(verb)": the verb alone), CAMEO code, reason.
"""


FORMS_HEADER = """# Inflected verb forms listed by CAMEO.2.0.txt (PETRARCH2, MIT licence, (c) 2015 Open Event Data
# Alliance), form -> lemma, read when the tagger's lemma of a verb is no trigger. GENERATED by
# accord/events/compile_lexicon.py, do not edit.
# form	lemma
"""


def render_forms(compiled: Compiled) -> str:
    return FORMS_HEADER + "".join(f"{form}\t{lemma}\n" for form, lemma in sorted(compiled.forms.items()))


def render(compiled: Compiled, table: dict[str, Plover]) -> tuple[str, str]:
    rows = []
    for (lemma, particles, code, _, swapped), objects in sorted(compiled.rows.items()):
        plover = plover_for(code, table)
        assert plover is not None
        phrase = " ".join((lemma, *particles, *(["=" + "|".join(sorted(objects))] if objects else [])))
        prior = PRIOR_OBJECT if objects else PRIOR_PARTICLE
        flags = ",".join(f for f, on in (("announced", plover.type == "AGREE"), ("swap", swapped)) if on) or "-"
        rows.append("\t".join(("verb", phrase, plover.type, plover.mode or "-", ";".join(plover.contexts) or "-",
                               code, str(prior), flags)))
    unmapped = ["\t".join(row) for row in compiled.unmapped]
    return HEADER + "\n".join(rows) + "\n", UNMAPPED_HEADER + "\n".join(unmapped) + "\n"


def main(argv: Iterable[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    dictionary = Path(args[0]) if args else DICTIONARY
    table_path = Path(args[1]) if len(args) > 1 else TABLE
    for path in (dictionary, table_path):
        if not path.is_file():
            print(f"error: {path} not found; give the paths: python -m accord.events.compile_lexicon "
                  "CAMEO.2.0.txt CAMEO2PLOVER-2021.txt", file=sys.stderr)
            return 2
    table = read_table(table_path)
    compiled = compile_dictionary(dictionary.read_text(encoding="latin-1"), table)
    lexicon, unmapped = render(compiled, table)
    OUTPUT.write_text(lexicon, encoding="utf-8")
    UNMAPPED.write_text(unmapped, encoding="utf-8")
    FORMS.write_text(render_forms(compiled), encoding="utf-8")
    print(f"{len(compiled.rows)} triggers -> {OUTPUT}; {len(compiled.unmapped)} patterns not compiled -> {UNMAPPED}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

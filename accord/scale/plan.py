"""Listing a corpus and cutting it into partitions that workers read themselves.

A partition is a list of slices: a whole file (txt, html, or a JSON Lines file left uncut) or a
range of lines of a JSON Lines file with the byte offset where it starts. Only these references
travel to the workers, which read the text with the same source functions as `accord ingest`
(`accord.sources`), so inputs must be on a file system every worker sees (NFS, a shared volume).
Inputs that cannot be listed become `InputError`s in their place and are written to `errors/`.
"""

from __future__ import annotations

import math
from array import array
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from itertools import chain, islice, repeat
from pathlib import Path

from ..errors import InputError
from ..model import RawDocument
from ..sources import iter_documents
from ..sources.files import expand, format_of
from ..sources.jsonl import iter_jsonl

_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")  # such JSON Lines files cannot be cut at b"\n"


@dataclass(frozen=True)
class Slice:
    """Lines [start, stop) of a JSON Lines file beginning at byte `offset`; stop None = whole file."""

    path: str
    start: int = 0
    stop: int | None = None
    offset: int = 0

    @property
    def size(self) -> int:
        return 1 if self.stop is None else self.stop - self.start


Unit = Slice | InputError


@dataclass(frozen=True)
class Partition:
    """What one task analyses: its units in input order, and how to read and parse them."""

    index: int
    units: tuple[Unit, ...]
    published: date | None = None
    model: str | None = None


def _line_offsets(path: Path) -> array:
    """Byte offset of the start of every line of `path`."""
    offsets, position = array("q"), 0
    with path.open("rb") as handle:
        for line in handle:
            offsets.append(position)
            position += len(line)
    return offsets


def _file_units(path: Path) -> list[tuple[Path, array | None] | InputError]:
    """One file's entry: (path, line offsets) for a cuttable JSON Lines file, else (path, None)."""
    try:
        if format_of(path, None) != "jsonl":
            return [(path, None)]
    except InputError as error:
        return [error]
    first = next(iter_documents([path]), None)  # the same file-level checks as `accord ingest`
    if isinstance(first, InputError) and first.line is None:
        return [first]
    with path.open("rb") as handle:
        if handle.read(2) in _UTF16_BOMS:
            return [(path, None)]
    return [(path, _line_offsets(path))]


def _listing(inputs: Iterable[str | Path]) -> list[tuple[Path, array | None] | InputError]:
    found: list[tuple[Path, array | None] | InputError] = []
    for given in inputs:
        if str(given) == "-":
            found.append(InputError("-", "Standard input cannot be partitioned; save it to a file first."))
            continue
        try:
            files = list(expand(Path(given)))
        except InputError as error:
            found.append(error)
            continue
        for file in files:
            found.extend(_file_units(file))
    return found


def _size(entry: tuple[Path, array | None] | InputError) -> int:
    if isinstance(entry, InputError) or entry[1] is None:
        return 1
    return len(entry[1])


def _units(listing: list[tuple[Path, array | None] | InputError], target: int) -> Iterator[list[Unit]]:
    """Cut the listing into groups of `target` documents (the last may be smaller), cutting JSON
    Lines files at line boundaries."""
    group: list[Unit] = []
    fill = 0
    for entry in listing:
        for piece in _pieces(entry, target - fill, target):
            group.append(piece)
            fill += 1 if isinstance(piece, InputError) else piece.size
            if fill >= target:
                yield group
                group, fill = [], 0
    if group:
        yield group


def _pieces(entry: tuple[Path, array | None] | InputError, room: int, target: int) -> Iterator[Unit]:
    """One listing entry as units: the first fills the `room` left in the current group."""
    if isinstance(entry, InputError):
        yield entry
        return
    path, offsets = entry
    if offsets is None:
        yield Slice(str(path))
        return
    start = 0
    while start < len(offsets):
        stop = min(len(offsets), start + room)
        yield Slice(str(path), start, stop, offsets[start])
        start, room = stop, target


def plan_partitions(inputs: Iterable[str | Path], partitions: int, *, published: date | None = None,
                    model: str | None = None) -> list[Partition]:
    """`inputs` cut into at most `partitions` partitions of about equal document counts."""
    if partitions < 1:
        raise ValueError(f"partitions must be at least 1, not {partitions}.")
    listing = _listing(inputs)
    total = sum(_size(e) for e in listing)
    target = max(1, math.ceil(total / partitions))
    return [Partition(i, tuple(units), published, model) for i, units in enumerate(_units(listing, target))]


def read_unit(unit: Unit, published: date | None) -> Iterator[RawDocument | InputError]:
    """The documents of one unit, read exactly as `accord.sources.iter_documents` reads them."""
    if isinstance(unit, InputError):
        yield unit
    elif unit.stop is None:
        yield from iter_documents([unit.path], published=published)
    else:
        with open(unit.path, "rb") as handle:
            handle.seek(unit.offset)
            # blank lines ahead of the slice keep iter_jsonl's line numbers ("path:line") right
            lines = chain(repeat(b"\n", unit.start), islice(handle, unit.stop - unit.start))
            yield from iter_jsonl(lines, unit.path, published)


def read_partition(partition: Partition) -> Iterator[RawDocument | InputError]:
    for unit in partition.units:
        yield from read_unit(unit, partition.published)

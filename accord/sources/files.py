"""Paths -> inputs: file kinds by extension, directory walking, reading files safely."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError
from .encoding import check_size, decode_bytes

FORMATS = {".txt": "txt", ".text": "txt", ".html": "html", ".htm": "html", ".jsonl": "jsonl",
           ".rss": "feed", ".atom": "feed", ".xml": "feed"}
FORMAT_NAMES = ("txt", "html", "jsonl", "feed")
SUPPORTED = ", ".join(FORMATS)


def format_of(path: Path, format: str | None) -> str:
    """The format to read `path` with: the one given, else the one its extension names."""
    if format is not None:
        return format
    found = FORMATS.get(path.suffix.lower())
    if found is None:
        kind = f'"{path.suffix}"' if path.suffix else "without an extension"
        raise InputError(str(path), f"Unsupported file type {kind}; accord reads {SUPPORTED} files "
                         "(pass a format to read other text files).")
    return found


def expand(path: Path) -> Iterator[Path]:
    """`path` itself, or every supported non-hidden file below a directory, sorted."""
    if not path.exists():
        raise InputError(str(path), "No such file or directory; check the path.")
    if not path.is_dir():
        yield path
        return
    found = sorted(p for p in path.rglob("*") if _visible(p, path) and p.is_file()
                   and p.suffix.lower() in FORMATS)
    if not found:
        raise InputError(str(path), f"The directory holds no {SUPPORTED} files.")
    yield from found


def _visible(path: Path, root: Path) -> bool:
    return not any(part.startswith(".") for part in path.relative_to(root).parts)


def read_text(path: Path) -> str:
    """The decoded text of a file, or InputError if it is missing, too big, binary or empty."""
    data = read_bytes(path)
    text = decode_bytes(data, str(path))
    refuse_empty(text, str(path))
    return text


def read_bytes(path: Path) -> bytes:
    try:
        check_size(path.stat().st_size, str(path))
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(str(path), "No such file or directory; check the path.") from None
    except IsADirectoryError:
        raise InputError(str(path), "This is a directory that cannot be read as a file.") from None
    except OSError as error:
        raise InputError(str(path), f"The file cannot be read ({error.strerror or error}).") from None


def refuse_empty(text: str, input: str) -> None:
    """Raise the "empty article" InputError for empty or whitespace-only text."""
    if not text:
        raise InputError(input, "Empty article: the input holds no text.")
    if not text.strip():
        raise InputError(input, "Empty article: the input holds only whitespace.")


__all__ = ["FORMATS", "FORMAT_NAMES", "expand", "format_of", "read_bytes", "read_text", "refuse_empty"]

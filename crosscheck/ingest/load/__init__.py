"""Reading inputs: files, directories and JSONL into Documents.

A problem with one input (empty, binary, undecodable, too large, a bad JSONL
line) is recorded as an ``InputError`` naming the file (and line) and the run
goes on with the other inputs.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

from crosscheck.lang import script as _lang
from crosscheck.lang.homoglyphs import fold_document
from crosscheck.errors import InputError
from crosscheck.jsonl import objects
from crosscheck.model import Document
from crosscheck.ingest.load.dateline import find_dateline
from crosscheck.ingest.load.decode import decode
from crosscheck.ingest.load.depth import check_depth
from crosscheck.ingest.load.html import html_to_text, looks_like_html
from crosscheck.ingest.load.metadata import FILENAME as METADATA_FILE
from crosscheck.ingest.load.metadata import DocMeta, MetadataTable, meta_from_mapping, parse_date, read_metadata
from crosscheck.ingest.load.reader import DEFAULT_MAX_BYTES, max_bytes_default, os_problem, read_file, read_stream

__all__ = ["LoadResult", "load_paths", "load_text", "load_bytes", "SUFFIXES", "DEFAULT_MAX_BYTES", "max_bytes_default"]

log = logging.getLogger("crosscheck")

SUFFIXES = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
            ".html": "html", ".htm": "html", ".jsonl": "jsonl", ".ndjson": "jsonl"}
#: Files in a directory walk that describe the corpus rather than belong to it.
_SKIP_NAMES = ("readme", "license", "licence", "changelog", "copying")


@dataclass
class LoadResult:
    documents: list[Document] = field(default_factory=list)
    problems: list[InputError] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # files a directory walk passed over
    warnings: list[str] = field(default_factory=list)  # read, but with a caveat (also logged)

    def warn(self, message: str) -> None:
        self.warnings.append(message)
        log.warning("warning: %s", message)


def _doc_lang(text: str) -> str:
    """'en', 'ru', or 'mixed' when each language holds at least a fifth of the
    document's letters (counted by sentence-sized pieces, so quoted Latin names
    in Russian prose do not make it mixed)."""
    import re

    weight = {"en": 0, "ru": 0}
    for piece in re.split(r"(?<=[.!?…])\s+|\n", text):
        lang = _lang.detect(piece)
        if lang in weight:
            weight[lang] += sum(ch.isalpha() for ch in piece)
    total = weight["en"] + weight["ru"]
    if total == 0:
        return _lang.detect(text)
    if min(weight.values()) >= 0.2 * total:
        return "mixed"
    return max(weight, key=weight.get)


def _html(markup: str, where: str | None):
    """The visible text of a page (InputError for one nested beyond reason)."""
    check_depth(markup, where)
    return html_to_text(markup)


def make_document(text: str, *, doc_id: str, meta: DocMeta | None = None, path: str | None = None,
                  encoding: str | None = None, fmt: str = "text", html_meta=None) -> Document:
    meta = meta or DocMeta()
    date, date_source = meta.date, "metadata" if meta.date else "unknown"
    if date is None and html_meta is not None and html_meta.date:
        try:
            date, date_source = parse_date(html_meta.date), "metadata"
        except InputError:
            date = None
    if date is None:
        date = find_dateline(text)
        date_source = "dateline" if date else "unknown"
    lang = meta.lang or _doc_lang(text)
    return fold_document(Document(
        id=meta.id or doc_id, text=text, lang=lang, date=date, date_source=date_source,
        outlet=meta.outlet, url=meta.url or (html_meta.url if html_meta else None),
        title=meta.title or (html_meta.title if html_meta else None), path=path,
        encoding=encoding, fmt=fmt,
    ))


def load_text(text: str, *, doc_id: str = "text", lang: str | None = None, date=None,
              outlet: str | None = None) -> Document:
    """A Document from a string (library and ``crosscheck compare`` use)."""
    if not text.strip():
        raise InputError("empty text", doc_id)
    meta = DocMeta(lang=lang, date=parse_date(date, doc_id) if date else None, outlet=outlet)
    fmt = "text"
    html_meta = None
    if looks_like_html(text):
        html_meta = _html(text, doc_id)
        text, fmt = html_meta.text, "html"
    return make_document(text, doc_id=doc_id, meta=meta, fmt=fmt, html_meta=html_meta)


def printable_name(name: str) -> str:
    """A file name as text: bytes that are not UTF-8 (kept by the OS as surrogates) become U+FFFD,
    so ids and paths can be written to any UTF-8 output."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace") if not name.isascii() else name


def _read_file(path: Path, fmt: str, meta: DocMeta | None, max_bytes: int, result: LoadResult) -> None:
    try:
        data = read_file(str(path), max_bytes)
    except InputError as exc:
        result.problems.append(exc)
        return
    load_bytes(data, name=printable_name(str(path)), doc_id=printable_name(path.stem), fmt=fmt, meta=meta,
               result=result)


def _looks_like_jsonl(text: str) -> bool:
    """Every non-blank line is a JSON object (how stdin is told apart from prose)."""
    import json

    lines = [line for line in text.splitlines() if line.strip()]
    if not lines or not all(line.lstrip().startswith("{") for line in lines):
        return False
    try:
        return all(isinstance(json.loads(line), dict) for line in lines)
    except ValueError:
        return False


def load_bytes(data: bytes, *, name: str, doc_id: str, fmt: str = "text", meta: DocMeta | None = None,
               result: LoadResult | None = None) -> LoadResult:
    """Decode and parse one input's bytes into ``result`` (problems recorded, not raised).

    ``fmt="auto"`` (stdin) reads JSON Lines when every non-blank line is a JSON object,
    HTML when it looks like a page, else text."""
    result = LoadResult() if result is None else result
    try:
        if not data.strip():
            raise InputError("empty file" if fmt != "auto" else "empty input", name)
        decoded = decode(data, name)
        if decoded.bad_bytes:
            result.warn(decoded.warning(name))
        text, encoding = decoded.text, decoded.encoding
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        if fmt == "auto":
            fmt = "jsonl" if _looks_like_jsonl(text) else "text"
        if fmt == "jsonl":
            _read_jsonl(text, Path(name), encoding, result, doc_id=doc_id)
            return result
        html_meta = None
        if fmt == "html" or (fmt in ("text", "markdown") and looks_like_html(text)):
            html_meta = _html(text, name)
            text, fmt = html_meta.text, "html"
        if not text.strip():
            raise InputError("no readable text", name)
        path = name if not name.startswith("<") else None
        result.documents.append(make_document(text, doc_id=doc_id, meta=meta, path=path,
                                              encoding=encoding, fmt=fmt, html_meta=html_meta))
    except InputError as exc:
        result.problems.append(exc if exc.path else InputError(str(exc), name))
    except (RecursionError, MemoryError, ValueError, TypeError, LookupError) as exc:
        # one input that trips a parser never ends the run: it is named and skipped
        log.debug("reading %s failed", name, exc_info=True)
        result.problems.append(InputError(f"could not be read ({type(exc).__name__}: {' '.join(str(exc).split())[:200]})", name))
    return result


def _read_jsonl(text: str, path: Path, encoding: str, result: LoadResult, *, doc_id: str | None = None) -> None:
    stem = doc_id or path.stem
    before = len(result.documents)
    for lineno, record in objects(text, str(path)):
        where = f"{path}:{lineno}"
        if isinstance(record, InputError):
            result.problems.append(record)
            continue
        if not isinstance(record.get("text"), str):
            result.problems.append(InputError('each line must be an object with a "text" string', where))
            continue
        if not record["text"].strip():
            result.problems.append(InputError("empty text", where))
            continue
        try:
            meta = meta_from_mapping(record, where)
        except InputError as exc:
            result.problems.append(exc)
            continue
        doc_text = record["text"].replace("\r\n", "\n")
        html_meta, fmt = None, "jsonl"
        if looks_like_html(doc_text):
            try:
                html_meta = _html(doc_text, where)
            except InputError as exc:
                result.problems.append(exc)
                continue
            doc_text = html_meta.text
        result.documents.append(make_document(doc_text, doc_id=f"{stem}-{lineno}", meta=meta,
                                              path=where, encoding=encoding, fmt=fmt, html_meta=html_meta))
    if len(result.documents) == before and not any(str(path) in str(p) for p in result.problems):
        result.problems.append(InputError("no documents in JSONL file", str(path)))


def _meta_for(path: Path, cache: dict[Path, MetadataTable], result: LoadResult) -> DocMeta | None:
    directory = path.parent
    if directory not in cache:
        cache[directory] = table = read_metadata(directory)
        result.problems.extend(table.problems)
    return cache[directory].get(path)


def _walk(directory: Path, problems: list[InputError] | None = None) -> tuple[list[Path], list[str]]:
    files, skipped = [], []

    def unreadable(exc: OSError) -> None:  # a sub-folder that cannot be listed is named, not passed over
        if problems is not None:
            problems.append(os_problem(exc, str(exc.filename or directory)))

    for root, dirs, names in os.walk(directory, onerror=unreadable):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            p = Path(root) / name
            if name.startswith(".") or name == METADATA_FILE:
                continue
            if p.suffix.lower() not in SUFFIXES or name.lower().startswith(_SKIP_NAMES):
                skipped.append(str(p))
                continue
            files.append(p)
    return sorted(files), skipped


def load_paths(paths, *, max_bytes: int | None = None, stdin=None) -> LoadResult:
    """Read files, directories (recursively, sorted) and JSONL; ``-`` is stdin (``stdin``:
    a binary stream to read instead of ``sys.stdin``).  Only regular files and stdin are
    read, each up to ``max_bytes``; anything else is named in ``problems`` and skipped."""
    if max_bytes is None:
        max_bytes = max_bytes_default()
    if max_bytes <= 0:
        from crosscheck.errors import UsageError

        raise UsageError(f"max_bytes must be positive, not {max_bytes}")
    result = LoadResult()
    meta_cache: dict[Path, MetadataTable] = {}
    for raw in paths:
        if str(raw) == "-":
            try:
                data = read_stream(stdin, max_bytes)
            except InputError as exc:
                result.problems.append(exc)
                continue
            load_bytes(data, name="<stdin>", doc_id="stdin", fmt="auto", result=result)
            continue
        path = Path(raw)
        try:
            os.stat(path)  # exists, is no link loop, is reachable
        except OSError as exc:
            result.problems.append(os_problem(exc, str(path)))
            continue
        except ValueError:  # a NUL byte in the argument: no path a file system can hold
            result.problems.append(InputError("not a path: it holds a NUL byte", repr(str(raw))))
            continue
        try:
            if path.is_dir():
                files, skipped = _walk(path, result.problems)
                result.skipped.extend(skipped)
                if not files:
                    result.problems.append(InputError("no .txt, .md, .html or .jsonl files in directory", str(path)))
            else:
                files = [path]
            for file in files:
                fmt = SUFFIXES.get(file.suffix.lower(), "text")
                _read_file(file, fmt, _meta_for(file, meta_cache, result), max_bytes, result)
        except InputError as exc:
            result.problems.append(exc)
        except OSError as exc:
            result.problems.append(os_problem(exc, str(path)))
    _dedupe_ids(result.documents)
    return result


def _dedupe_ids(documents: list[Document]) -> None:
    """Document ids must be unique in a run: suffix repeats with -2, -3..."""
    import dataclasses

    seen: dict[str, int] = {}
    for i, doc in enumerate(documents):
        if doc.id in seen:
            seen[doc.id] += 1
            documents[i] = dataclasses.replace(doc, id=f"{doc.id}-{seen[doc.id]}")
        else:
            seen[doc.id] = 1

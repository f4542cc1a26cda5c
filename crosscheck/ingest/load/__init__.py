"""Reading inputs: files, directories and JSONL into Documents.

A problem with one input (empty, binary, undecodable, too large, a bad JSONL
line) is recorded as an ``InputError`` naming the file (and line) and the run
goes on with the other inputs.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from crosscheck.lang import script as _lang
from crosscheck.lang.homoglyphs import fold_document
from crosscheck.errors import InputError
from crosscheck.jsonl import objects
from crosscheck.model import Document
from crosscheck.ingest.load.dateline import find_dateline
from crosscheck.ingest.load.decode import decode_bytes
from crosscheck.ingest.load.html import html_to_text, looks_like_html
from crosscheck.ingest.load.metadata import FILENAME as METADATA_FILE
from crosscheck.ingest.load.metadata import DocMeta, meta_from_mapping, parse_date, read_metadata

__all__ = ["LoadResult", "load_paths", "load_text", "SUFFIXES", "DEFAULT_MAX_BYTES"]

SUFFIXES = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
            ".html": "html", ".htm": "html", ".jsonl": "jsonl", ".ndjson": "jsonl"}
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
#: Files in a directory walk that describe the corpus rather than belong to it.
_SKIP_NAMES = ("readme", "license", "licence", "changelog", "copying")


@dataclass
class LoadResult:
    documents: list[Document] = field(default_factory=list)
    problems: list[InputError] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # files a directory walk passed over


def max_bytes_default() -> int:
    value = os.environ.get("CROSSCHECK_MAX_BYTES")
    return int(value) if value and value.isdigit() else DEFAULT_MAX_BYTES


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
        html_meta = html_to_text(text)
        text, fmt = html_meta.text, "html"
    return make_document(text, doc_id=doc_id, meta=meta, fmt=fmt, html_meta=html_meta)


def _read_file(path: Path, fmt: str, meta: DocMeta | None, max_bytes: int, result: LoadResult) -> None:
    name = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(f"file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.1f} MB limit "
                             "(set CROSSCHECK_MAX_BYTES or --max-bytes to raise it)", name)
        data = path.read_bytes()
    except OSError as exc:
        result.problems.append(InputError(f"cannot read: {exc.strerror or exc}", name))
        return
    except InputError as exc:
        result.problems.append(exc)
        return
    try:
        if not data.strip():
            raise InputError("empty file", name)
        text, encoding = decode_bytes(data, name)
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        if fmt == "jsonl":
            _read_jsonl(text, path, encoding, result)
            return
        html_meta = None
        if fmt == "html" or (fmt == "text" and looks_like_html(text)):
            html_meta = html_to_text(text)
            text, fmt = html_meta.text, "html"
        if not text.strip():
            raise InputError("no readable text", name)
        result.documents.append(make_document(text, doc_id=path.stem, meta=meta, path=name,
                                              encoding=encoding, fmt=fmt, html_meta=html_meta))
    except InputError as exc:
        result.problems.append(exc)


def _read_jsonl(text: str, path: Path, encoding: str, result: LoadResult) -> None:
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
            html_meta = html_to_text(doc_text)
            doc_text = html_meta.text
        result.documents.append(make_document(doc_text, doc_id=f"{path.stem}-{lineno}", meta=meta,
                                              path=where, encoding=encoding, fmt=fmt, html_meta=html_meta))
    if len(result.documents) == before and not any(str(path) in str(p) for p in result.problems):
        result.problems.append(InputError("no documents in JSONL file", str(path)))


def _meta_for(path: Path, cache: dict[Path, dict[str, DocMeta]]) -> DocMeta | None:
    directory = path.parent
    if directory not in cache:
        cache[directory] = read_metadata(directory)
    table = cache[directory]
    return table.get(path.stem) or table.get(path.name)


def _walk(directory: Path) -> tuple[list[Path], list[str]]:
    files, skipped = [], []
    for root, dirs, names in os.walk(directory):
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


def load_paths(paths, *, max_bytes: int | None = None) -> LoadResult:
    """Read files, directories (recursively, sorted) and JSONL; ``-`` is stdin."""
    max_bytes = max_bytes or max_bytes_default()
    result = LoadResult()
    meta_cache: dict[Path, dict[str, DocMeta]] = {}
    for raw in paths:
        if str(raw) == "-":
            data = sys.stdin.buffer.read()
            try:
                text, _ = decode_bytes(data, "<stdin>")
                result.documents.append(load_text(text, doc_id="stdin"))
            except InputError as exc:
                result.problems.append(exc)
            continue
        path = Path(raw)
        try:
            if path.is_dir():
                files, skipped = _walk(path)
                result.skipped.extend(skipped)
                if not files:
                    result.problems.append(InputError("no .txt, .md, .html or .jsonl files in directory", str(path)))
            elif path.exists():
                files = [path]
            else:
                result.problems.append(InputError("no such file or directory", str(path)))
                continue
            for file in files:
                fmt = SUFFIXES.get(file.suffix.lower(), "text")
                _read_file(file, fmt, _meta_for(file, meta_cache), max_bytes, result)
        except InputError as exc:
            result.problems.append(exc)
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

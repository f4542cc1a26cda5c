"""Sidecar metadata: a ``metadata.toml`` beside the input files.

    [documents."<file stem>"]
    lang = "ru"
    date = "2019-11-26"
    outlet = "Sputnik"
    title = "..."
    url = "https://..."
"""

from __future__ import annotations

import datetime as _dt
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from crosscheck.errors import InputError

FILENAME = "metadata.toml"


@dataclass(frozen=True)
class DocMeta:
    id: str | None = None
    lang: str | None = None
    date: _dt.date | None = None
    outlet: str | None = None
    title: str | None = None
    url: str | None = None


#: Publication dates crosscheck accepts: wide enough for any archive, far enough from
#: the calendar's ends (years 1 and 9999) that date arithmetic cannot overflow.
MIN_DATE, MAX_DATE = _dt.date(1000, 1, 1), _dt.date(2999, 12, 31)


def parse_date(value: object, where: str | None = None) -> _dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, _dt.datetime):
        value = value.date()
    if isinstance(value, _dt.date):
        date = value
    else:
        text = str(value).strip()
        try:
            date = _dt.date.fromisoformat(text[:10])
        except ValueError:
            raise InputError(f"bad date {text!r} (expected YYYY-MM-DD)", where) from None
    if not MIN_DATE <= date <= MAX_DATE:
        raise InputError(f"date {date.isoformat()} is outside {MIN_DATE.year}-{MAX_DATE.year}", where)
    return date


_LANG_NAMES = {"en": "en", "eng": "en", "english": "en", "ru": "ru", "rus": "ru", "russian": "ru"}


def _lang(value: object, where: str | None) -> str | None:
    if value in (None, ""):
        return None
    text = str(value).strip().lower()
    lang = _LANG_NAMES.get(text) or _LANG_NAMES.get(text.replace("_", "-").split("-")[0])
    if lang is None:
        raise InputError(f"unsupported language {value!r} (crosscheck reads 'en' and 'ru')", where)
    return lang


def _text(value: object) -> str | None:
    if value is None or isinstance(value, (dict, list)):
        return None
    return str(value).strip() or None


def meta_from_mapping(data: dict, where: str | None) -> DocMeta:
    return DocMeta(
        id=_text(data.get("id")),
        lang=_lang(data.get("lang"), where),
        date=parse_date(data.get("date"), where),
        outlet=_text(data.get("outlet")),
        title=_text(data.get("title")),
        url=_text(data.get("url")),
    )


@dataclass
class MetadataTable:
    """What one ``metadata.toml`` says: good entries, and the problems found.

    A syntax error (or an unreadable file) makes the whole table empty with one
    problem; a bad entry is left out with a problem naming it, and its file is
    read without metadata."""

    path: Path | None = None
    entries: dict[str, DocMeta] = field(default_factory=dict)
    bad: set[str] = field(default_factory=set)
    problems: list[InputError] = field(default_factory=list)

    def get(self, path: Path) -> DocMeta | None:
        return self.entries.get(path.stem) or self.entries.get(path.name)


def read_metadata(directory: Path, max_bytes: int = 1 << 20) -> MetadataTable:
    """Metadata per file stem (and per file name) from ``directory/metadata.toml``."""
    from crosscheck.ingest.load.reader import read_file

    path = directory / FILENAME
    table = MetadataTable(path=path)
    if not os.path.lexists(path):
        return table
    ignored = "the folder's files are read without metadata"
    try:
        raw = read_file(str(path), max_bytes)
        data = tomllib.loads(raw.decode("utf-8-sig"))
    except InputError as exc:
        table.problems.append(InputError(f"{exc}; {ignored}"))
        return table
    except UnicodeDecodeError:
        table.problems.append(InputError(f"not UTF-8 text; {ignored}", str(path)))
        return table
    except tomllib.TOMLDecodeError as exc:
        table.problems.append(InputError(f"invalid TOML ({exc}); {ignored}", str(path)))
        return table
    docs = data.get("documents", {})
    if not isinstance(docs, dict):
        table.problems.append(InputError(f'"documents" must be a table ([documents."<file>"] sections); {ignored}', str(path)))
        return table
    for key, value in docs.items():
        where = f"{path} [documents.{_quote(key)}]"
        if not isinstance(value, dict):
            table.bad.add(str(key))
            table.problems.append(InputError(f"must be a table of fields (lang, date, outlet, title, url, id), "
                                             f"not {type(value).__name__}; {key} is read without metadata", where))
            continue
        try:
            table.entries[str(key)] = meta_from_mapping(value, where)
        except InputError as exc:
            table.bad.add(str(key))
            table.problems.append(InputError(f"{exc}; {key} is read without metadata"))
    return table


def _quote(key: str) -> str:
    return key if key.replace("_", "").replace("-", "").isalnum() and key.isascii() else f'"{key}"'

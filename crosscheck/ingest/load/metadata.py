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
import tomllib
from dataclasses import dataclass
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


def parse_date(value: object, where: str | None = None) -> _dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    text = str(value).strip()
    try:
        return _dt.date.fromisoformat(text[:10])
    except ValueError:
        raise InputError(f"bad date {text!r} (expected YYYY-MM-DD)", where) from None


def _lang(value: object, where: str) -> str | None:
    if value in (None, ""):
        return None
    lang = str(value).strip().lower()[:2]
    if lang not in ("en", "ru"):
        raise InputError(f"unsupported language {value!r} (crosscheck reads 'en' and 'ru')", where)
    return lang


def meta_from_mapping(data: dict, where: str) -> DocMeta:
    return DocMeta(
        id=str(data["id"]) if data.get("id") not in (None, "") else None,
        lang=_lang(data.get("lang"), where),
        date=parse_date(data.get("date"), where),
        outlet=(str(data.get("outlet")).strip() or None) if data.get("outlet") is not None else None,
        title=(str(data.get("title")).strip() or None) if data.get("title") is not None else None,
        url=(str(data.get("url")).strip() or None) if data.get("url") is not None else None,
    )


def read_metadata(directory: Path) -> dict[str, DocMeta]:
    """Metadata per file stem (and per file name) from ``directory/metadata.toml``."""
    path = directory / FILENAME
    if not path.is_file():
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"invalid TOML: {exc}", str(path)) from None
    docs = data.get("documents", {})
    if not isinstance(docs, dict):
        raise InputError("[documents] must be a table of tables", str(path))
    return {str(key): meta_from_mapping(value, f"{path} [documents.{key}]") for key, value in docs.items()}

"""``Report``: the results of one run; it renders itself (see the package docstring)."""


from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Mapping

from crosscheck.errors import InputError, UsageError
from crosscheck.model import STATUSES, ClaimResult, Document, Link
from crosscheck.report.status import FORMATS, SKIPPED, STATUS_ORDER, UNCHECKED, check_format, display_status, format_for_path, status_rank
from crosscheck.serialize import result_to_dict

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd
    from rich.console import Console, ConsoleOptions, RenderResult

    from crosscheck.report.timeline import Timeline

__all__ = ["Report"]


@dataclass(frozen=True, eq=False)
class Report:
    """The outcome of a run: documents and one result per segment, in document order.

    ``results`` holds one :class:`ClaimResult` per segment of every document
    (``status`` is ``None`` for skipped segments).  ``meta`` is free-form run
    information (model id, timings, options) carried into JSON and HTML.
    """

    documents: tuple[Document, ...]
    results: tuple[ClaimResult, ...]
    meta: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "documents", tuple(self.documents))
        object.__setattr__(self, "results", tuple(self.results))
        object.__setattr__(self, "meta", MappingProxyType(dict(self.meta or {})))
        object.__setattr__(self, "_by_id", {r.id: r for r in self.results})
        object.__setattr__(self, "_docs", {d.id: d for d in self.documents})

    def __repr__(self) -> str:
        counts = self.summary()["status"]
        shown = ", ".join(f"{k}={v}" for k, v in counts.items() if v)
        return f"Report(documents={len(self.documents)}, segments={len(self.results)}, {shown or 'no findings'})"

    def __len__(self) -> int:
        return len(self.results)

    def __iter__(self) -> Iterator[ClaimResult]:
        return iter(self.results)

    # -- lookups -----------------------------------------------------------
    def result(self, segment_id: str) -> ClaimResult | None:
        """The result for a segment id (``"<doc>:<n>"``), or ``None``."""
        return self._by_id.get(segment_id)  # type: ignore[attr-defined]

    def document(self, doc_id: str) -> Document | None:
        return self._docs.get(doc_id)  # type: ignore[attr-defined]

    def document_of(self, result: ClaimResult) -> Document:
        return self._docs.get(result.segment.doc_id) or result.segment.doc  # type: ignore[attr-defined]

    @property
    def checked(self) -> tuple[ClaimResult, ...]:
        """Results with a status (checked claims), in document order."""
        return tuple(r for r in self.results if r.status is not None)

    @property
    def skipped(self) -> tuple[ClaimResult, ...]:
        return tuple(r for r in self.results if r.status is None)

    def with_status(self, *statuses: str) -> tuple[ClaimResult, ...]:
        return tuple(r for r in self.results if r.status in statuses)

    def ordered(self, *, show_skipped: bool = False) -> list[ClaimResult]:
        """Results strongest status first (contradict, agree, related, unique,
        unchecked claims, then skipped segments if asked); document order within a
        status, except related claims: best link score first."""
        rows = [r for r in self.results if show_skipped or display_status(r) != SKIPPED]
        order = {id(r): i for i, r in enumerate(self.results)}

        def related_score(r: ClaimResult) -> float:
            return -max((link.score for link in r.links if link.relation == "related"), default=0.0)

        return sorted(rows, key=lambda r: (status_rank(display_status(r)),
                                           related_score(r) if r.status == "related" else 0.0, order[id(r)]))

    @staticmethod
    def best_link(result: ClaimResult) -> Link | None:
        """The first link whose relation matches the status (else the first link)."""
        for link in result.links:
            if link.relation == result.status:
                return link
        return result.links[0] if result.links else None

    # -- data ------------------------------------------------------------------
    def records(self) -> list[dict[str, Any]]:
        """One output-contract record per segment, in document order."""
        return [result_to_dict(r) for r in self.results]

    def iter_records(self) -> Iterable[dict[str, Any]]:
        return (result_to_dict(r) for r in self.results)

    def to_pandas(self, links: bool = False) -> "pd.DataFrame":
        """Claims DataFrame (one row per segment), or the links one with ``links=True``."""
        from crosscheck.report.frames import claims_frame, links_frame

        return links_frame(self) if links else claims_frame(self)

    def links_frame(self) -> "pd.DataFrame":
        """One row per link: claim, counterpart, relation, score, explanation, both texts."""
        from crosscheck.report.frames import links_frame

        return links_frame(self)

    def summary(self) -> dict[str, Any]:
        """Counts per status and per kind, documents and languages."""
        status = {s: 0 for s in STATUSES}
        kinds: Counter[str] = Counter()
        n_links = 0
        for r in self.results:
            if r.status is not None:
                status[r.status] = status.get(r.status, 0) + 1
            kinds[r.segment.kind] += 1
            n_links += r.n_links
        langs = Counter(d.lang for d in self.documents)
        unchecked = sum(1 for r in self.results if display_status(r) == UNCHECKED)
        return {
            "segments": len(self.results),
            "checked": sum(status.values()),
            "skipped": sum(1 for r in self.results if display_status(r) == SKIPPED),
            "status": status,
            "unchecked": unchecked,
            "kind": dict(sorted(kinds.items())),
            "documents": len(self.documents),
            "languages": dict(sorted(langs.items())),
            "links": n_links,
        }

    def summary_line(self) -> str:
        """One line: counts per status, documents, languages."""
        s = self.summary()
        langs = ", ".join(f"{k} {v}" for k, v in s["languages"].items()) or "none"
        counts = ", ".join(f"{v} {k}" for k, v in s["status"].items())
        docs = "document" if s["documents"] == 1 else "documents"
        if s["checked"] == 0 and s["unchecked"]:
            kinds = ", ".join(f"{v} {k}" for k, v in s["kind"].items())
            return f"{s['documents']} {docs} ({langs}) · {s['segments']} segments: {kinds} · not checked"
        return (
            f"{s['documents']} {docs} ({langs}) · {s['checked']} checked claims: {counts}"
            f" · {s['skipped']} skipped"
        )

    def exit_code(self, fail_on: str | None = None) -> int:
        """1 if any claim has a status at or above ``fail_on``, else 0.

        Order: contradict > agree > related > unique.  ``fail_on="contradict"``
        fails only on contradictions, ``"related"`` on contradict, agree or
        related, ``"unique"`` on any checked claim.  ``None`` (or ``"never"``)
        never fails on findings.
        """
        if fail_on is None:
            return 0
        key = str(fail_on).strip().lower()
        if key in ("", "never", "none", "off"):
            return 0
        if key not in STATUS_ORDER:
            raise UsageError(f"unknown --fail-on value {fail_on!r} (choose from never, {', '.join(STATUSES)})")
        limit = STATUS_ORDER[key]
        for r in self.results:
            if r.status is not None and STATUS_ORDER.get(r.status, len(STATUSES)) <= limit:
                return 1
        return 0

    # -- renderings -------------------------------------------------------------
    def table(self, *, show_skipped: bool = False, dedupe: bool = True):
        """A rich renderable (table + summary line); adapts to the console width.
        A report of ``crosscheck claims`` (no statuses) lists every segment instead."""
        from crosscheck.report.table import ReportTable, SegmentsTable

        if self.meta.get("command") == "claims":
            return SegmentsTable(self)

        return ReportTable(self, show_skipped=show_skipped, dedupe=dedupe)

    def __rich_console__(self, console: "Console", options: "ConsoleOptions") -> "RenderResult":
        yield self.table(show_skipped=bool(self.meta.get("show_skipped", False)))

    def timeline(self) -> "Timeline":
        """The dated events each source reports (one lane per document); shows as SVG in notebooks."""
        from crosscheck.report.timeline import build_timeline

        return build_timeline(self)

    def _repr_html_(self) -> str:
        from crosscheck.report.html import render_fragment

        return render_fragment(self)

    def render(self, fmt: str = "table", **options: Any) -> str:
        """The report as text in one of :data:`FORMATS`.

        Options: ``table``: ``width`` (default 120), ``color`` (False),
        ``show_skipped``; ``json``: ``indent``; ``html``: ``title``.
        """
        fmt = check_format(fmt)
        if fmt == "table":
            from crosscheck.report.table import render_table

            return render_table(self, **options)
        if fmt == "html":
            from crosscheck.report.html import render_html

            return render_html(self, **options)
        from crosscheck.report import export  # noqa: PLC0415

        return getattr(export, f"to_{fmt}")(self, **options)

    def iter_text(self, fmt: str = "table", **options: Any) -> Iterator[str]:
        """``render(fmt, **options)`` in pieces that join to the same text; JSONL and JSON
        are made record by record, so writing a large report never holds all of it."""
        fmt = check_format(fmt)
        from crosscheck.report.export import iter_text  # noqa: PLC0415

        return iter_text(self, fmt, **options)

    def write(self, path: str | Path, fmt: str | None = None, **options: Any) -> Path:
        """Write the report to ``path``; the format comes from the suffix unless given."""
        path = Path(path)
        if fmt is None:
            fmt = format_for_path(path)
            if fmt is None:
                raise UsageError(
                    f"cannot tell the format of {str(path)!r} from its suffix; pass a format "
                    f"({', '.join(FORMATS)})"
                )
        try:
            with open(path, "w", encoding="utf-8") as out:
                for piece in self.iter_text(fmt, **options):
                    out.write(piece)
        except OSError as exc:
            raise InputError(f"cannot write: {exc.strerror or exc}", str(path)) from exc
        return path

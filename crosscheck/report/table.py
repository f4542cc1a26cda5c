"""The terminal table: one row per flag, fitted to the console width.

Contradictions, agreements and unique claims come first (a unique claim shows its
nearest miss and score when the run found one); ``related`` claims are summarised
in one line unless asked for (``check --related``, ``show_related=True``), and then
listed by score, best first.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from rich import box
from rich.console import Console, ConsoleOptions, Group, RenderResult
from rich.table import Table
from rich.text import Text

from crosscheck.report.status import display_status, status_rank
from crosscheck.review.feedback import SIGNS, is_suppressed

if TYPE_CHECKING:  # pragma: no cover
    from crosscheck.model import ClaimResult
    from crosscheck.report.core import Report

__all__ = ["ReportTable", "render_table", "STATUS_STYLES"]

STATUS_STYLES = {
    "contradict": "bold red",
    "agree": "green",
    "related": "yellow",
    "unique": "cyan",
    "unchecked": "bold",
    None: "dim",
}
#: Below this many columns the explanation moves under the counterpart.
WIDE = 110


def _meta(report: "Report", result: "ClaimResult") -> Text:
    doc = report.document_of(result)
    parts = [result.id, result.segment.lang]
    if result.segment.kind != "claim":
        parts.append(result.segment.kind)
    if doc.outlet:
        parts.append(doc.outlet)
    if doc.date:
        parts.append(doc.date.isoformat())
    return Text(" · ".join(parts), style="dim")


def _claim_cell(report: "Report", result: "ClaimResult") -> Text:
    text = Text(result.segment.text)
    text.append("\n")
    text.append_text(_meta(report, result))
    return text


def _review_cell(result: "ClaimResult", best) -> Text:
    """Reviewers' verdicts on the row's link and on any false alarm no longer counted."""
    style = {"confirmed": "green", "rejected": "red", "unsure": "yellow"}
    text = Text()
    for link in result.links:
        if link.review is not None and (link is best or is_suppressed(link)):
            if text.plain:
                text.append("\n")
            r = link.review
            text.append(f"{SIGNS.get(r.verdict, '')} {r.verdict} ({r.reviewer})", style=style.get(r.verdict, ""))
            if is_suppressed(link):
                text.append(f": false {link.relation} with {link.id}, not counted", style="dim")
    return text


class ReportTable:
    """A rich renderable: the flags table and a summary line."""

    def __init__(self, report: "Report", *, show_skipped: bool = False, dedupe: bool = True,
                 show_related: bool | None = None):
        self.report = report
        self.show_skipped = show_skipped
        self.dedupe = dedupe
        self.show_related = bool(report.meta.get("show_related", False)) if show_related is None else show_related

    def _ordered(self) -> list["ClaimResult"]:
        """Contradictions, agreements, unique claims, then related ones (best score
        first; only when listed), then unchecked/skipped segments."""
        rows = self.report.ordered(show_skipped=self.show_skipped)
        position = {id(r): i for i, r in enumerate(rows)}

        def key(r: "ClaimResult"):
            status = display_status(r)
            if status == "related":
                best = self.report.best_link(r)
                return (status_rank("unique"), 1, -(best.score if best else 0.0), position[id(r)])
            return (status_rank(status), 0, 0.0, position[id(r)])

        def shown(r: "ClaimResult") -> bool:  # a reviewed claim stays in view whatever its status
            return self.show_related or r.status != "related" or any(link.review is not None for link in r.links)

        return sorted((r for r in rows if shown(r)), key=key)

    def related_summary(self) -> str | None:
        """"N related links among M claims; --related to list them" (None when there are none or they are listed)."""
        if self.show_related:
            return None
        pairs = set()
        claims = 0
        for r in self.report.results:
            if r.status == "related" and not any(link.review is not None for link in r.links):
                claims += 1
            for link in r.links:
                if link.relation == "related":
                    pairs.add(frozenset((r.id, link.id)))
        if not pairs:
            return None
        s = "" if len(pairs) == 1 else "s"
        return f"{len(pairs)} related link{s} among {claims} claims; --related to list them"

    def rows(self) -> list["ClaimResult"]:
        """The results shown, in order; a symmetric pair (A's best is B, B's best is A,
        same relation) is shown once when ``dedupe`` is on."""
        shown: set[tuple[frozenset[str], str]] = set()
        rows = []
        for r in self._ordered():
            best = self.report.best_link(r)
            if self.dedupe and best is not None and r.status == best.relation:
                key = (frozenset((r.id, best.id)), best.relation)
                if key in shown:
                    continue
                shown.add(key)
            rows.append(r)
        return rows

    def build(self, width: int) -> Table:
        report = self.report
        wide = width >= WIDE
        table = Table(
            box=box.SIMPLE_HEAD,
            show_edge=False,
            show_lines=True,
            expand=True,
            pad_edge=False,
            header_style="bold",
        )
        table.add_column("status" if wide else "status\nscore", no_wrap=True, min_width=10, max_width=12)
        table.add_column("claim", ratio=3, overflow="fold")
        table.add_column("counterpart", ratio=3, overflow="fold")
        if wide:
            table.add_column("score", justify="right", no_wrap=True, width=5)
            table.add_column("explanation", ratio=3, overflow="fold")
        reviewed = any(link.review is not None for r in report.results for link in r.links)
        if reviewed and wide:
            table.add_column("review", ratio=2, overflow="fold")
        for r in self.rows():
            label = display_status(r)
            style = STATUS_STYLES.get(r.status or (label if label == "unchecked" else None), "")
            best = report.best_link(r)
            status = Text(label, style=style)
            score = Text(f"{best.score:.2f}" if best else "")
            if best is not None:
                other = report.result(best.id)
                if other is not None:
                    counterpart = _claim_cell(report, other)
                else:
                    counterpart = Text(best.id, style="dim")
                explanation = Text(best.explanation or "")
                if best.relation != r.status:
                    explanation = Text(f"({best.relation}) ", style="dim") + explanation
            elif label == "unchecked":
                counterpart = Text("")
                explanation = Text("")
            elif r.status is None:
                counterpart = Text(r.segment.reason or r.segment.kind, style="dim italic")
                explanation = Text(f"not checked: {r.segment.kind}", style="dim")
            else:
                counterpart = Text("—", style="dim")
                explanation = Text("no counterpart in the other sources", style="dim")
                if r.nearest is not None:
                    other = report.result(r.nearest[0])
                    near = other.segment.text if other is not None else r.nearest[0]
                    if len(near) > 80:
                        near = near[:77] + "..."
                    explanation.append(f"; nearest miss {r.nearest[0]} ({r.nearest[1]:.2f}): {near}", style="dim")
            review = _review_cell(r, best) if reviewed else None
            if wide:
                table.add_row(status, _claim_cell(report, r), counterpart, score, explanation,
                              *([review] if review is not None else []))
            else:
                if review is not None and review.plain:
                    explanation = explanation + Text("\n") + review
                cell = counterpart.copy()
                if explanation.plain:
                    if cell.plain:
                        cell.append("\n")
                    cell.append_text(Text("→ ", style="dim") + explanation)
                status_cell = status.copy()
                if score.plain:
                    status_cell.append("\n" + score.plain)
                table.add_row(status_cell, _claim_cell(report, r), cell)
        return table

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = options.max_width
        parts = []
        if self.rows():
            parts.append(self.build(width))
        else:
            parts.append(Text("no checked claims", style="dim"))
        related = self.related_summary()
        if related:
            parts.append(Text(related, style="yellow"))
        parts.append(Text(self.report.summary_line(), style="bold"))
        yield Group(*parts)


def render_table(
    report: "Report",
    width: int = 120,
    color: bool = False,
    show_skipped: bool = False,
    dedupe: bool = True,
    show_related: bool | None = None,
) -> str:
    """The table as text (no colour codes unless ``color``; related claims listed
    with ``show_related``, else summarised)."""
    buf = io.StringIO()
    console = Console(
        file=buf,
        width=width,
        force_terminal=color,
        color_system="standard" if color else None,
        no_color=not color,
        legacy_windows=False,
        emoji=False,
        highlight=False,
    )
    console.print(ReportTable(report, show_skipped=show_skipped, dedupe=dedupe, show_related=show_related)
                  if report.meta.get("command") != "claims" else report.table(show_skipped=show_skipped, dedupe=dedupe))
    return buf.getvalue()


class SegmentsTable:
    """``crosscheck claims``: every segment with its kind, span and why it was skipped."""

    def __init__(self, report: "Report"):
        self.report = report

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        table = Table(box=box.SIMPLE_HEAD, show_edge=False, expand=True, pad_edge=False, header_style="bold")
        table.add_column("id", no_wrap=True)
        table.add_column("kind", no_wrap=True)
        table.add_column("span", no_wrap=True, justify="right")
        table.add_column("text", ratio=4, overflow="fold")
        table.add_column("reason", ratio=1, overflow="fold")
        styles = {"claim": "", "quote-claim": "", "opinion": "yellow", "boilerplate": "dim", "unsupported": "dim",
                  "heading": "bold"}
        for r in self.report.results:
            seg = r.segment
            style = styles.get(seg.kind, "")
            table.add_row(seg.id, Text(seg.kind, style=style), f"{seg.start}-{seg.end}", Text(seg.text, style=style),
                          Text(seg.reason or "", style="dim"))
        kinds: dict[str, int] = {}
        for r in self.report.results:
            kinds[r.segment.kind] = kinds.get(r.segment.kind, 0) + 1
        summary = f"{len(self.report.documents)} documents · {len(self.report.results)} segments: " + ", ".join(
            f"{n} {k}" for k, n in sorted(kinds.items(), key=lambda kv: -kv[1]))
        yield Group(table, Text(summary, style="bold"))

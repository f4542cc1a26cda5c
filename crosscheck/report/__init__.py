"""The report: the results of one run, rendered for people and for tools.

``Report`` holds the documents and one :class:`~crosscheck.model.ClaimResult`
per segment (document order).  It renders itself: a rich table in a terminal,
DataFrames and HTML in a notebook, and files on export::

    report.render("table" | "json" | "jsonl" | "csv" | "md" | "html") -> str
    report.write("out.html")            # format from the suffix
    report.to_pandas(), report.links_frame(), report.summary(), report.exit_code("contradict")

The renderers live in small submodules: ``table`` (terminal), ``export``
(json, jsonl, csv, md), ``html`` (self-contained HTML page), ``timeline``
(inline SVG timeline of the dated events) and ``frames`` (pandas).
"""

from __future__ import annotations

from crosscheck.report.core import Report
from crosscheck.report.status import FORMATS, STATUS_ORDER, SUFFIXES, check_format, display_status, format_for_path, status_rank

__all__ = ["Report", "FORMATS", "SUFFIXES", "STATUS_ORDER", "format_for_path", "check_format", "display_status", "status_rank"]

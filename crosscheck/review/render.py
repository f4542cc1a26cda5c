"""What the review app shows: list rows, the detail of a flag, the help text (rich Text, no Textual)."""

from __future__ import annotations

from rich.text import Text

from crosscheck.review.source import Flag, Run, Side
from crosscheck.review.store import Decision

__all__ = ["HELP", "row_cells", "detail_text", "STATUS_STYLE", "VERDICT_MARK"]

STATUS_STYLE = {"contradict": "bold red", "agree": "green", "related": "yellow", "unique": "cyan"}
STATUS_SHORT = {"contradict": "contra", "agree": "agree", "related": "relat", "unique": "unique"}
VERDICT_MARK = {"confirmed": ("✓", "bold green"), "rejected": ("✗", "bold red"), "unsure": ("?", "bold yellow")}

HELP = """Keys
  up/down, pgup/pgdn   move in the flag list
  enter / escape       open the flag full-screen / back to the list
  c                    confirm: the flag is right
  x                    reject: a false alarm (check will not raise it again)
  u                    unsure
  s                    skip to the next flag without deciding
  e                    write a note on the flag (saved with the verdict)
  z                    undo the last decision or note
  n / p                next / previous unreviewed flag
  /                    filter: status:contra lang:ru doc:001 outlet:sputnik reviewed:no verdict:rej words...
  r                    show or hide related flags
  ?                    this help
  q                    quit (every decision is already saved)
"""


def row_cells(flag: Flag, verdict: str | None, width: int) -> tuple[Text, Text, Text, Text]:
    mark, style = VERDICT_MARK.get(verdict or "", (" ", ""))
    score = f"{flag.score:.2f}" if flag.score is not None else ""
    if flag.b is None:
        text = _cut(flag.a.text, width)
    else:
        half = (width - 3) // 2
        a = _cut(flag.a.text, max(half, width - 3 - len(flag.b.text)))
        text = f"{a} ↔ {_cut(flag.b.text, width - 3 - len(a))}"
    return (Text(mark, style=style), Text(STATUS_SHORT.get(flag.status, flag.status), style=STATUS_STYLE.get(flag.status, "")),
            Text(score, style="dim"), Text(text))


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: max(1, width - 1)] + "…"


def _source_line(side: Side) -> Text:
    parts = [side.lang.upper() or "?", side.doc]
    if side.outlet:
        parts.append(side.outlet)
    parts.append(side.date.isoformat() if side.date else "date unknown")
    line = Text(" · ".join(parts), style="bold")
    if side.title and side.title.split() != side.text.split():
        line.append(f"\n  {side.title}", style="italic")
    if side.url:
        line.append(f"\n  {side.url}", style="underline")
    return line


def _paragraph(run: Run, side: Side) -> Text:
    para, start, end = run.paragraph(side)
    text = Text("  ")
    text.append(para[:start], style="dim")
    text.append(para[start:end], style="bold reverse")
    text.append(para[end:], style="dim")
    return text


def _decision_line(d: Decision, mine: bool) -> Text:
    mark, style = VERDICT_MARK.get(d.verdict, ("", ""))
    who = "you" if mine else d.reviewer
    line = Text(f"  {mark} ", style=style)
    line.append(f"{d.verdict} by {who}, {d.at.replace('T', ' ')[:16]}")
    if d.note:
        line.append(f": {d.note}", style="italic")
    return line


def detail_text(run: Run, flag: Flag, mine: Decision | None, others: list[Decision], pending: str | None) -> Text:
    out = Text()
    out.append(flag.status.upper(), style=STATUS_STYLE.get(flag.status, "bold"))
    if flag.score is not None:
        out.append(f" · score {flag.score:.2f}")
    out.append(f" · key {flag.key}", style="dim")
    out.append("\n")
    for side in (flag.a, flag.b):
        if side is None:
            continue
        out.append_text(_source_line(side))
        out.append("\n")
        out.append_text(_paragraph(run, side))
        out.append("\n")
    if flag.b is None:
        out.append("No counterpart in the other sources.\n", style="dim")
    if flag.explanation:
        out.append("Why: ", style="bold")
        out.append(flag.explanation + "\n")
    if flag.evidence:
        out.append("Evidence:\n", style="bold")
        for ev in flag.evidence:
            out.append(f"  {ev.get('type', '?')}", style="bold")
            detail = ev.get("detail") or ""
            if detail:
                out.append(f": {detail}")
            a, b = ev.get("a"), ev.get("b")
            if a or b:
                out.append(f"  [{a or '—'} vs {b or '—'}]", style="dim")
            out.append("\n")
    out.append("Review: ", style="bold")
    if mine is None and not others:
        out.append("not reviewed yet (c confirm, x reject, u unsure)\n", style="dim")
    else:
        out.append("\n")
        if mine is not None:
            out.append_text(_decision_line(mine, True))
            out.append("\n")
        for d in others:
            out.append_text(_decision_line(d, False))
            out.append("\n")
    if pending:
        out.append(f"  note to save with the verdict: {pending}\n", style="italic yellow")
    return out

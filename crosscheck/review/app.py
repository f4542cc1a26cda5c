"""The review app (Textual): a flag list above, the open flag below, one key per verdict.

Keys: up/down move, enter opens the flag full-screen (escape back), c confirm,
x reject as a false alarm, u unsure, s skip, e note, z undo, n / p next /
previous unreviewed, / filter, r show or hide related flags, ? help, q quit.

Every verdict, note and undo is written to the decisions database at once, in its
own committed transaction.  Imported only by ``crosscheck review``.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import DataTable, Footer, Input, Static

from crosscheck.review.filters import Filter, apply, parse_filter
from crosscheck.review.render import HELP, detail_text, row_cells
from crosscheck.review.source import Flag, Run
from crosscheck.review.store import Decision, DecisionStore, StoreError

__all__ = ["ReviewApp"]

VERDICT_KEYS = {"confirm": "confirmed", "reject": "rejected", "unsure": "unsure"}


class ReviewApp(App):
    """Review the flags of ``run``; decisions go to ``store`` under ``reviewer``."""

    TITLE = "crosscheck review"
    ENABLE_COMMAND_PALETTE = False
    CSS = """
    #header { height: 1; background: $primary; color: $text; padding: 0 1; }
    #flags { height: 9; }
    #flags.zoomed { display: none; }
    #detail { height: 1fr; padding: 0 1; border-top: solid $primary; }
    #prompt { dock: bottom; display: none; }
    #prompt.open { display: block; }
    #status { height: 1; padding: 0 1; color: $text-muted; }
    """
    BINDINGS = [
        Binding("c", "verdict('confirm')", "confirm"),
        Binding("x", "verdict('reject')", "reject"),
        Binding("u", "verdict('unsure')", "unsure"),
        Binding("s", "skip", "skip", show=False),
        Binding("e", "note", "note"),
        Binding("z", "undo", "undo"),
        Binding("n", "unreviewed(1)", "next"),
        Binding("p", "unreviewed(-1)", "prev", show=False),
        Binding("slash", "filter", "filter"),
        Binding("r", "related", "related", show=False),
        Binding("enter", "open", "open", show=False),
        Binding("escape", "close", "back", show=False),
        Binding("question_mark", "help", "help"),
        Binding("q", "quit", "quit"),
    ]

    def __init__(self, run: Run, store: DecisionStore, reviewer: str, *, show_related: bool = False,
                 filter_text: str = ""):
        super().__init__()
        self.run_data = run
        self.flags_by_key = run.by_key()
        self.store = store
        self.reviewer = reviewer
        self.show_related = show_related
        self.filter: Filter = parse_filter(filter_text)
        self.shown: list[Flag] = []
        self.mine: dict[str, Decision] = {}
        self.others: dict[str, list[Decision]] = {}
        by_fallback: dict[tuple[str, str], Decision] = {}
        for d in store.all():
            if d.fallback:
                by_fallback[(d.fallback, d.reviewer)] = d
            if d.reviewer == reviewer:
                self.mine[d.key] = d
            else:
                self.others.setdefault(d.key, []).append(d)
        self._adopt(run, by_fallback)  # decisions made before a document was edited elsewhere
        self.undo_stack: list[tuple[str, Decision | None]] = []
        self.pending_note: dict[str, str] = {}
        self._prompt_mode = ""
        self.message = ""

    def _adopt(self, run: Run, by_fallback: dict[tuple[str, str], Decision]) -> None:
        reviewers = {who for _, who in by_fallback}
        for flag in run.flags:
            for who in reviewers:
                d = by_fallback.get((flag.fallback, who))
                if d is None or d.key == flag.key:
                    continue
                if who == self.reviewer:
                    self.mine.setdefault(flag.key, d)
                elif all(o.reviewer != who for o in self.others.get(flag.key, [])):
                    self.others.setdefault(flag.key, []).append(d)

    # -- layout --------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield Static(id="header")
        table = DataTable(id="flags", cursor_type="row", zebra_stripes=True)
        yield table
        with VerticalScroll(id="detail"):
            yield Static(id="body")
        yield Static(id="status")
        yield Input(id="prompt")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#flags", DataTable)
        table.add_column("", key="mark", width=1)
        table.add_column("status", key="status", width=6)
        table.add_column("score", key="score", width=5)
        table.add_column("claim ↔ counterpart", key="text")
        self.refresh_flags()
        table.focus()

    # -- state -----------------------------------------------------------------
    def verdict_of(self, key: str) -> str | None:
        d = self.mine.get(key)
        return d.verdict if d else None

    @property
    def current(self) -> Flag | None:
        table = self.query_one("#flags", DataTable)
        if not self.shown or table.cursor_row is None or not 0 <= table.cursor_row < len(self.shown):
            return None
        return self.shown[table.cursor_row]

    def in_scope(self) -> list[Flag]:
        """Flags counted in the progress: every flag but related ones unless they are shown."""
        return apply(self.run_data.flags, Filter(), show_related=self.show_related)

    def refresh_flags(self, keep: str | None = None) -> None:
        keep = keep or (self.current.key if self.current else None)
        self.shown = apply(self.run_data.flags, self.filter, show_related=self.show_related, verdict_of=self.verdict_of)
        table = self.query_one("#flags", DataTable)
        table.clear()
        width = max(20, self.size.width - 27)
        for flag in self.shown:
            table.add_row(*row_cells(flag, self.verdict_of(flag.key), width), key=flag.key)
        if keep is not None:
            self.goto(keep)
        self.refresh_view()

    def goto(self, key: str) -> bool:
        for i, flag in enumerate(self.shown):
            if flag.key == key:
                self.query_one("#flags", DataTable).move_cursor(row=i)
                return True
        return False

    def refresh_view(self) -> None:
        scope = self.in_scope()
        done = sum(1 for f in scope if f.key in self.mine)
        head = f"crosscheck review · {self.reviewer} · reviewed {done}/{len(scope)}"
        if self.filter:
            head += f" · shown {len(self.shown)} · /{self.filter.text}"
        elif not self.show_related:
            head += " · related hidden (r)"
        self.query_one("#header", Static).update(Text(head, no_wrap=True, overflow="ellipsis"))
        flag = self.current
        body = self.query_one("#body", Static)
        if flag is None:
            body.update(Text("No flags match. Press / to change the filter, r to show related flags.", style="dim"))
        else:
            body.update(detail_text(self.run_data, flag, self.mine.get(flag.key), self.others.get(flag.key, []),
                                    self.pending_note.get(flag.key)))
        self.query_one("#status", Static).update(Text(self.message, no_wrap=True, overflow="ellipsis"))

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self.refresh_view()
        self.query_one("#detail", VerticalScroll).scroll_home(animate=False)

    def _update_row(self, flag: Flag) -> None:
        table = self.query_one("#flags", DataTable)
        if flag.key in table.rows:
            mark = row_cells(flag, self.verdict_of(flag.key), 10)[0]
            table.update_cell(flag.key, "mark", mark)

    # -- actions -----------------------------------------------------------------
    def action_verdict(self, which: str) -> None:
        flag = self.current
        if flag is None:
            return
        verdict = VERDICT_KEYS[which]
        previous = self.mine.get(flag.key)
        note = self.pending_note.pop(flag.key, None)
        if note is None:
            note = previous.note if previous else ""
        decision = self._write(self.store.decide, flag.key, verdict, reviewer=self.reviewer, note=note,
                               relation=flag.status, evidence=flag.evidence_types, context=flag.context(),
                               fallback=flag.fallback)
        if decision is None:
            if note:
                self.pending_note[flag.key] = note
            return
        self.undo_stack.append((flag.key, previous))
        self.mine[flag.key] = decision
        self.message = f"{verdict}: {flag.a.id}" + (f" ↔ {flag.b.id}" if flag.b else "")
        self._update_row(flag)
        self._advance()

    def _write(self, method, *args, **kwargs):
        """A database write; on failure (locked, disk full...) the reviewer is told and nothing changes."""
        try:
            return method(*args, **kwargs) or True
        except StoreError as exc:
            self.bell()
            self.message = f"NOT SAVED: {exc}"
            self.refresh_view()
            return None

    def _advance(self) -> None:
        if not self._step_unreviewed(1):
            self.refresh_view()

    def _step_unreviewed(self, step: int) -> bool:
        table = self.query_one("#flags", DataTable)
        start = table.cursor_row or 0
        n = len(self.shown)
        for k in range(1, n):
            i = (start + step * k) % n
            if self.shown[i].key not in self.mine:
                table.move_cursor(row=i)
                self.refresh_view()
                return True
        self.message = self.message + " · every shown flag is reviewed" if self.message else "every shown flag is reviewed"
        return False

    def action_skip(self) -> None:
        table = self.query_one("#flags", DataTable)
        if self.shown and (table.cursor_row or 0) + 1 < len(self.shown):
            table.move_cursor(row=(table.cursor_row or 0) + 1)
        self.message = "skipped"
        self.refresh_view()

    def action_unreviewed(self, step: int) -> None:
        self.message = ""
        self._step_unreviewed(int(step))

    def action_undo(self) -> None:
        if not self.undo_stack:
            self.message = "nothing to undo"
            self.refresh_view()
            return
        key, previous = self.undo_stack[-1]
        if previous is None or previous.key != key:  # a first decision on this key (perhaps over an older key's)
            if self._write(self.store.withdraw, key, self.reviewer) is None:
                return
            if previous is None:
                self.mine.pop(key, None)
            else:
                self.mine[key] = previous
        else:
            if self._write(self.store.restore, previous) is None:
                return
            self.mine[key] = previous
        self.undo_stack.pop()
        flag = self.flags_by_key.get(key)
        if flag is not None:
            self._update_row(flag)
        self.message = "undone" + (f": back to {previous.verdict}" if previous else "")
        if not self.goto(key):
            self.refresh_view()
        self.refresh_view()

    def _open_prompt(self, mode: str, value: str, placeholder: str) -> None:
        self._prompt_mode = mode
        prompt = self.query_one("#prompt", Input)
        prompt.value = value
        prompt.placeholder = placeholder
        prompt.add_class("open")
        prompt.focus()

    def action_note(self) -> None:
        flag = self.current
        if flag is None:
            return
        old = self.pending_note.get(flag.key) or (self.mine[flag.key].note if flag.key in self.mine else "")
        self._open_prompt("note", old, "note on this flag (enter saves, escape cancels)")

    def action_filter(self) -> None:
        self._open_prompt("filter", self.filter.text, "status:contra lang:ru doc:001 outlet:… reviewed:no words…")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        mode, value = self._prompt_mode, event.value
        self._close_prompt()
        if mode == "filter":
            self.filter = parse_filter(value)
            self.message = f"filter: {self.filter.text}" if self.filter else "filter cleared"
            self.refresh_flags()
        elif mode == "note":
            self._save_note(value.strip())

    def _save_note(self, note: str) -> None:
        flag = self.current
        if flag is None:
            return
        previous = self.mine.get(flag.key)
        if previous is None:
            self.pending_note[flag.key] = note
            self.message = "note kept: give a verdict (c, x, u) to save it"
        else:
            decision = self._write(self.store.decide, flag.key, previous.verdict, reviewer=self.reviewer, note=note,
                                   relation=flag.status, evidence=flag.evidence_types, context=flag.context(),
                                   fallback=flag.fallback)
            if decision is None:
                return
            self.undo_stack.append((flag.key, previous))
            self.mine[flag.key] = decision
            self.message = "note saved"
        self.refresh_view()

    def _close_prompt(self) -> None:
        prompt = self.query_one("#prompt", Input)
        prompt.remove_class("open")
        self._prompt_mode = ""
        self.query_one("#flags", DataTable).focus()

    def action_close(self) -> None:
        if self._prompt_mode:
            self._close_prompt()
            self.message = "cancelled"
        else:
            table = self.query_one("#flags", DataTable)
            table.remove_class("zoomed")
            table.focus()
        self.refresh_view()

    def action_open(self) -> None:
        """Show the open flag full-screen (up/down scroll it), or go back to the list."""
        table = self.query_one("#flags", DataTable)
        table.toggle_class("zoomed")
        if table.has_class("zoomed"):
            self.query_one("#detail", VerticalScroll).focus()
        else:
            table.focus()
        self.refresh_view()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        self.action_open()

    def action_related(self) -> None:
        self.show_related = not self.show_related
        self.message = "related flags shown" if self.show_related else "related flags hidden"
        self.refresh_flags()

    def action_help(self) -> None:
        self.query_one("#body", Static).update(Text(HELP))

    def on_resize(self, event) -> None:
        if self.query("#flags") and self.query_one("#flags", DataTable).columns:
            self.refresh_flags()

"""The review app, driven headless at 80x24 as a reviewer would: filter, open, confirm,
reject, note, undo, quit; the decisions are in the database afterwards."""

from __future__ import annotations

import asyncio

import pytest

from crosscheck.review.source import load_run
from crosscheck.review.store import DecisionStore
from review_fixtures import FLAGSHIP, SEEDS, write_seeds_run

pytest.importorskip("textual")


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return load_run(write_seeds_run(tmp_path_factory.mktemp("run")), [str(SEEDS)])


def _drive(run, db, script, reviewer="ana", **kwargs):
    from crosscheck.review.app import ReviewApp

    async def main():
        with DecisionStore.open(db) as store:
            app = ReviewApp(run, store, reviewer, **kwargs)
            async with app.run_test(size=(80, 24)) as pilot:
                await pilot.pause()
                await script(app, pilot)
            return app

    return asyncio.run(main())


def _header(app) -> str:
    return str(app.query_one("#header").render())


def _body(app) -> str:
    return str(app.query_one("#body").render())


def test_the_list_starts_with_contradictions_and_hides_related(run, tmp_path):
    async def script(app, pilot):
        assert [f.status for f in app.shown][:1] == ["contradict"]
        assert "related" not in {f.status for f in app.shown}
        statuses = [f.status for f in app.shown]
        assert statuses == sorted(statuses, key=["contradict", "agree", "unique"].index)
        assert "reviewed 0/" in _header(app)
        # the open flag shows both sentences, their sources and dates, the explanation and the evidence
        body = _body(app)
        assert "The meeting was the first between the two generals since 2013." in body
        assert "Напомним, что еще в январе в Баку" in body
        assert "2018-04-20" in body and "2018-04-19" in body
        assert "exclusivity-violated" in body and "Why:" in body
        await pilot.press("r")
        assert "related" in {f.status for f in app.shown}

    _drive(run, tmp_path / "d.sqlite", script)


def test_filter_open_confirm_reject_note_undo_quit(run, tmp_path):
    db = tmp_path / "d.sqlite"
    seen = {}

    async def script(app, pilot):
        # filter: Russian-side agreements mentioning Baku
        await pilot.press("slash", *"is:agree lang:ru baku", "enter")
        assert app.shown and all(f.status == "agree" for f in app.shown)
        assert all("baku" in (f.a.text + f.b.text + f.explanation).lower() for f in app.shown)
        assert "/is:agree lang:ru baku" in _header(app)
        # back to everything; open the first flag (the flagship contradiction) full screen
        await pilot.press("slash", "ctrl+u", *"is:c", "enter")
        flag = app.current
        assert {flag.a.id, flag.b.id} == set(FLAGSHIP)
        await pilot.press("enter")
        assert app.query_one("#flags").has_class("zoomed")
        await pilot.press("escape")
        assert not app.query_one("#flags").has_class("zoomed")
        await pilot.press("slash", "ctrl+u", "enter")  # clear the filter
        assert app.current.key == flag.key
        # a note, then confirm: both saved at once
        await pilot.press("e", *"RIA: Jan", "enter")
        await pilot.press("c")
        seen["flagship"] = flag.key
        # the cursor moved to the next unreviewed flag: reject it as a false alarm
        second = app.current
        assert second.key != flag.key
        await pilot.press("x")
        seen["second"] = second.key
        third = app.current
        await pilot.press("u")
        assert "reviewed 3/" in _header(app)
        # undo takes back the last decision (unsure) and returns to that flag
        await pilot.press("z")
        assert app.current.key == third.key
        assert "reviewed 2/" in _header(app)
        await pilot.press("q")

    app = _drive(run, db, script)
    assert not app.is_running
    with DecisionStore.open(db) as store:
        mine = {d.key: d for d in store.all()}
    assert set(mine) == {seen["flagship"], seen["second"]}
    assert mine[seen["flagship"]].verdict == "confirmed"
    assert mine[seen["flagship"]].note == "RIA: Jan"
    assert mine[seen["flagship"]].relation == "contradict"
    assert mine[seen["flagship"]].evidence == ("exclusivity-violated",)
    assert mine[seen["second"]].verdict == "rejected" and mine[seen["second"]].reviewer == "ana"


def test_a_second_reviewer_sees_the_first_and_keeps_their_own(run, tmp_path):
    db = tmp_path / "d.sqlite"

    async def first(app, pilot):
        await pilot.press("x")

    async def second(app, pilot):
        assert "reviewed 0/" in _header(app)  # progress is per reviewer
        assert "rejected by ana" in _body(app)
        await pilot.press("c")
        await pilot.press("p")  # previous unreviewed (wraps around to the end of the list)
        await pilot.press("q")

    _drive(run, db, first, reviewer="ana")
    _drive(run, db, second, reviewer="bob")
    with DecisionStore.open(db) as store:
        assert {(d.reviewer, d.verdict) for d in store.all()} == {("ana", "rejected"), ("bob", "confirmed")}


def test_next_and_previous_unreviewed_skip_reviewed_flags(run, tmp_path):
    async def script(app, pilot):
        first = app.current.key
        await pilot.press("s")  # skip: move on without deciding
        assert app.current.key != first and app.current.key not in app.mine
        await pilot.press("c")
        await pilot.press("p")  # previous unreviewed: the first flag, skipped, not the confirmed one
        assert app.current.key == first
        await pilot.press("n")
        assert app.current.key not in app.mine

    _drive(run, tmp_path / "d.sqlite", script)


def test_a_locked_database_is_reported_and_nothing_is_lost(run, tmp_path, monkeypatch):
    import sqlite3

    monkeypatch.setenv("CROSSCHECK_DB_TIMEOUT", "0.05")
    db = tmp_path / "d.sqlite"
    DecisionStore.open(db).close()

    async def script(app, pilot):
        first = app.current.key
        holder = sqlite3.connect(db, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")  # another program is writing
        await pilot.press("c")
        assert "NOT SAVED" in str(app.query_one("#status").render()) and "locked" in app.message
        assert app.current.key == first and first not in app.mine and not app.undo_stack
        holder.execute("ROLLBACK")
        await pilot.press("c")  # the lock is gone: saved
        assert first in app.mine

    _drive(run, db, script)
    with DecisionStore.open(db) as store:
        assert [d.verdict for d in store.all()] == ["confirmed"]


def test_a_decision_made_before_an_edit_elsewhere_is_found_and_undone_cleanly(run, tmp_path):
    """A decision recorded under an older key (the document was edited elsewhere since) is
    found by its fallback key; a new verdict is written under the new key and undo removes it."""
    db = tmp_path / "d.sqlite"
    flag = run.flags[0]
    old_key = "0" * 32
    with DecisionStore.open(db) as store:
        store.decide(old_key, "rejected", reviewer="ana", relation=flag.status, fallback=flag.fallback)
        store.decide(old_key, "confirmed", reviewer="bob", relation=flag.status, fallback=flag.fallback)

    async def script(app, pilot):
        assert app.mine[flag.key].verdict == "rejected" and "reviewed 1/" in _header(app)
        assert "confirmed by bob" in _body(app)
        await pilot.press("up", "home")
        assert app.current.key == flag.key
        await pilot.press("c")
        await pilot.press("z")
        assert app.mine[flag.key].verdict == "rejected"

    _drive(run, db, script)
    with DecisionStore.open(db) as store:
        assert {(d.key, d.reviewer) for d in store.all()} == {(old_key, "ana"), (old_key, "bob")}
        assert store.latest().find(flag.key, flag.fallback).reviewer == "bob"

"""Regenerate docs/review.svg: the review app on the seed articles at 80x24.

    python docs/make_review_svg.py      # from the repository root

Runs the checker on seeds/, opens the review app headless with a scratch
decisions database, confirms the first flag (the seeds' contradiction), moves
back to it and saves the screen.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    import os

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["CROSSCHECK_DB"] = str(Path(tmp) / "none.sqlite")
        import logging

        logging.getLogger("crosscheck").setLevel(logging.ERROR)
        import crosscheck
        from crosscheck.review.app import ReviewApp
        from crosscheck.review.source import load_run
        from crosscheck.review.store import DecisionStore

        run_path = Path(tmp) / "seeds.jsonl"
        crosscheck.check([ROOT / "seeds"]).write(run_path)
        run = load_run(run_path, [str(ROOT / "seeds")])

        async def shoot() -> None:
            with DecisionStore.open(Path(tmp) / "d.sqlite") as store:
                app = ReviewApp(run, store, "desk")
                async with app.run_test(size=(80, 24)) as pilot:
                    await pilot.pause()
                    await pilot.press("e", *"RIA reported a January meeting", "enter", "c", "up")
                    await pilot.pause()
                    app.save_screenshot("review.svg", path=str(ROOT / "docs"))

        asyncio.run(shoot())


if __name__ == "__main__":
    main()

"""Reviewers' decisions applied to a new run (the hook ``check`` calls after the verdicts).

Each link whose key has a decision carries it as ``Link.review`` (the most
recent decision of any reviewer).  A link **rejected** as a false alarm, for the
relation it still has, no longer counts: the claim's status comes from its other
links (or is ``unique`` when none is left), so ``--fail-on`` does not see it.
The link stays in the output, last, with its review.  A changed sentence or
document gives a new key, so the flag is raised again.

The database is only read: a missing one means no review information (silent
for the default location, one warning when ``$CROSSCHECK_DB`` names it); an
unreadable one gives one warning and the run goes on.
"""

from __future__ import annotations

import dataclasses
import logging
import os
from collections.abc import Sequence
from pathlib import Path

from crosscheck.model import ClaimResult, Link, Review

log = logging.getLogger("crosscheck")

__all__ = ["apply_decisions", "is_suppressed", "review_label", "SIGNS"]


def is_suppressed(link: Link) -> bool:
    """A link a reviewer rejected as a false alarm for its current relation."""
    r = link.review
    return r is not None and r.verdict == "rejected" and r.relation in (None, link.relation)


def _load(path: str | os.PathLike | None) -> dict:
    from crosscheck.review.store import StoreError, default_db_path, read_latest

    explicit = path is not None or bool(os.environ.get("CROSSCHECK_DB"))
    db = Path(path) if path is not None else default_db_path()
    if not db.exists():
        if explicit:
            log.warning("no decisions database at %s: links are shown without review", db)
        return {}
    try:
        return read_latest(db)
    except StoreError as exc:
        log.warning("%s: links are shown without review", exc)
        return {}


def apply_decisions(results: Sequence[ClaimResult], path: str | os.PathLike | None = None,
                    decisions: dict | None = None) -> list[ClaimResult]:
    """``results`` with reviews attached and rejected false alarms no longer counted.

    A link's decision is found by its key, else by its fallback key (the same two
    sentences in documents with the same ids: see ``crosscheck.review.keys``)."""
    from crosscheck.review.keys import fallback_key
    from crosscheck.review.store import Latest

    decisions = _load(path) if decisions is None else decisions
    if not decisions:
        return list(results)
    if not isinstance(decisions, Latest):
        decisions = Latest(decisions.values())
    texts = {res.segment.id: res.segment.text for res in results}
    out = []
    for res in results:
        found = [decisions.find(link.key, fallback_key(res.segment.text, res.segment.doc_id, texts.get(link.id, ""),
                                                        link.doc)) for link in res.links]
        if not any(found):
            out.append(res)
            continue
        links = []
        for link, d in zip(res.links, found):
            if d is not None:
                link = dataclasses.replace(link, review=Review(verdict=d.verdict, reviewer=d.reviewer, at=d.at,
                                                               note=d.note, relation=d.relation))
            links.append(link)
        kept = [link for link in links if not is_suppressed(link)]
        dropped = [link for link in links if is_suppressed(link)]
        status = res.status
        if status is not None:
            status = kept[0].relation if kept else "unique"
        out.append(dataclasses.replace(res, links=tuple(kept + dropped), status=status))
    return out


SIGNS = {"confirmed": "✓", "rejected": "✗", "unsure": "?"}


def review_label(link: Link, *, note: bool = True) -> str:
    """``"✗ rejected by ana 2026-12-01: same meeting"``, or "" for a link not reviewed."""
    r = link.review
    if r is None:
        return ""
    text = f"{SIGNS.get(r.verdict, '')} {r.verdict} by {r.reviewer} {r.at[:10]}".strip()
    if is_suppressed(link):
        text += f" (false {link.relation} with {link.id}, not counted)"
    if note and r.note:
        text += f": {r.note}"
    return text

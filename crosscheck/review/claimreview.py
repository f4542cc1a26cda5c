"""schema.org ``ClaimReview`` records for contradictions a reviewer confirmed.

One record per confirmed contradiction: the claim reviewed is the first side's
sentence; ``itemReviewed`` is a ``Claim`` whose ``appearance`` lists both
sources (each a ``CreativeWork`` with the sentence, URL, outlet as publisher,
date and language: the claim's own and the one that contradicts it) and whose
``firstAppearance`` is the claim's own source; the
``reviewRating`` is textual ("Contradicted by another source", with the
explanation); ``author`` comes from ``--author`` or ``[review] author`` in
``$CROSSCHECK_HOME/config.toml`` (else the confirming reviewer, as a Person);
``datePublished`` is the day of the decision.
"""

from __future__ import annotations

import logging
import tomllib
from collections.abc import Mapping

from crosscheck.errors import InputError
from crosscheck.review.source import Flag, Run, Side
from crosscheck.review.store import Decision

log = logging.getLogger("crosscheck")

__all__ = ["RATING", "configured_author", "claim_reviews"]

RATING = "Contradicted by another source"


def configured_author() -> dict | None:
    """``{"name", "url"?}`` from ``[review]`` in ``$CROSSCHECK_HOME/config.toml``, if set."""
    from crosscheck.home import home

    path = home() / "config.toml"
    if not path.exists():
        return None
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise InputError(f"cannot read the configuration: {exc}", str(path)) from None
    review = data.get("review") or {}
    name = review.get("author")
    if not name:
        return None
    out = {"name": str(name)}
    if review.get("author_url"):
        out["url"] = str(review["author_url"])
    return out


def _work(side: Side) -> dict:
    work: dict = {"@type": "CreativeWork", "name": side.title or side.doc, "text": side.text}
    if side.url:
        work["url"] = side.url
    if side.outlet:
        work["publisher"] = {"@type": "Organization", "name": side.outlet}
    if side.date:
        work["datePublished"] = side.date.isoformat()
    if side.lang in ("en", "ru"):
        work["inLanguage"] = side.lang
    return work


def _label(side: Side) -> str:
    parts = [side.outlet or side.title or side.doc]
    if side.date:
        parts.append(side.date.isoformat())
    return ", ".join(parts)


def claim_review(flag: Flag, decision: Decision, author: Mapping | None) -> dict:
    assert flag.b is not None
    sides = [flag.a, flag.b]
    body = (f"«{flag.a.text}» ({_label(flag.a)}) and «{flag.b.text}» ({_label(flag.b)}) cannot both be true. "
            f"{flag.explanation}").strip()
    if decision.note:
        body += f" Reviewer's note: {decision.note}"
    who = ({"@type": "Organization", **author} if author
           else {"@type": "Person", "name": decision.reviewer})
    claim: dict = {"@type": "Claim", "text": flag.a.text, "appearance": [_work(s) for s in sides],
                   "firstAppearance": _work(flag.a)}
    if flag.a.outlet:
        claim["author"] = {"@type": "Organization", "name": flag.a.outlet}
    if flag.a.date:
        claim["datePublished"] = flag.a.date.isoformat()
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "identifier": flag.key,
        "datePublished": decision.at[:10],
        "author": who,
        "claimReviewed": flag.a.text,
        "reviewBody": body,
        "itemReviewed": claim,
        "reviewRating": {"@type": "Rating", "alternateName": RATING, "ratingExplanation": flag.explanation or RATING},
    }


def claim_reviews(run: Run, decisions: Mapping[str, Decision], author: Mapping | None) -> list[dict]:
    """A ClaimReview per contradiction of ``run`` whose latest decision is ``confirmed``."""
    out = []
    for flag in run.flags:
        d = decisions.find(flag.key, flag.fallback) if hasattr(decisions, "find") else decisions.get(flag.key)
        if flag.status == "contradict" and flag.b is not None and d is not None and d.verdict == "confirmed":
            out.append(claim_review(flag, d, author))
    return out

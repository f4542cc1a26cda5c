"""Checks one case of tests/data/frame_cases.jsonl against the frame; shared by the tests
and bench/bench_frame.py.  Each expectation key belongs to one phenomenon."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from crosscheck.frame.builder import FrameBuilder
from crosscheck.frame.names import person_key

CASES = Path(__file__).resolve().parent / "data" / "frame_cases.jsonl"

PHENOMENON = {
    "persons": "entities", "places": "entities", "orgs": "entities", "roles": "entities", "not_persons": "entities",
    "times": "time", "quantities": "quantity", "exclusivity": "exclusivity", "polarity": "polarity",
    "modality": "modality", "attribution": "attribution", "attribution_person": "attribution",
    "event_type": "event", "event_place": "event",
}


def load_cases(path: Path = CASES) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def frame_case(case: dict):
    b = FrameBuilder(dt.date.fromisoformat(case["date"]), case["lang"])
    for sentence in case.get("context", []):
        b.frame(sentence, case["lang"])
    return b.frame(case["text"], case["lang"])


def _d(x) -> str | None:
    return x.isoformat() if x is not None else None


def check(case: dict, frame) -> dict[str, list[str]]:
    """{phenomenon: [failure messages]} (an empty list means the phenomenon passed)."""
    exp = case["expect"]
    res: dict[str, list[str]] = {}

    def fail(key: str, msg: str) -> None:
        res.setdefault(PHENOMENON[key], []).append(msg)

    for key in exp:
        res.setdefault(PHENOMENON[key], [])
    if case.get("context"):
        res.setdefault("coref", [])
    persons = frame.entity_keys("person")
    for name in exp.get("persons", []):
        if person_key(name) not in persons:
            fail("persons", f"person {name} ({person_key(name)}) not in {sorted(persons)}")
            if case.get("context"):
                res["coref"].append(f"person {name}")
    for name in exp.get("not_persons", []):
        if person_key(name) in persons:
            fail("not_persons", f"{name} wrongly a person")
    places = frame.entity_keys("place")
    for k in exp.get("places", []):
        if k not in places:
            fail("places", f"place {k} not in {sorted(places)}")
    orgs = frame.entity_keys("org")
    for k in exp.get("orgs", []):
        if k not in orgs:
            fail("orgs", f"org {k} not in {sorted(orgs)}")
    for name, role in exp.get("roles", {}).items():
        ok = any(e.type == "person" and e.key == person_key(name) and e.role and role.lower() in e.role.lower() for e in frame.entities)
        if not ok:
            fail("roles", f"role {role} of {name} missing")
    for t in exp.get("times", []):
        ok = any(
            _d(ts.start) == t["start"] and ("end" not in t or _d(ts.end) == t["end"])
            and ("role" not in t or ts.role == t["role"]) and ("grain" not in t or ts.grain == t["grain"])
            for ts in frame.times
        )
        if not ok:
            fail("times", f"time {t} not in {[(ts.text, _d(ts.start), _d(ts.end), ts.role) for ts in frame.times]}")
    for q in exp.get("quantities", []):
        ok = any(
            abs(x.value - q["value"]) < 1e-6 and ("unit" not in q or x.unit == q["unit"]) and ("bound" not in q or x.bound == q["bound"])
            for x in frame.quantities
        )
        if not ok:
            fail("quantities", f"quantity {q} not in {[(x.text, x.value, x.unit, x.bound) for x in frame.quantities]}")
    for x in exp.get("exclusivity", []):
        ok = any(
            e.kind == x["kind"]
            and all(
                (_d(getattr(e, f)) if f in ("since", "until") else getattr(e, f)) == v
                for f, v in x.items() if f != "kind"
            )
            for e in frame.exclusivity
        )
        if not ok:
            fail("exclusivity", f"exclusivity {x} not in {[(e.kind, e.event_type, _d(e.since), _d(e.until), e.ordinal, e.count) for e in frame.exclusivity]}")
    for key in ("polarity", "modality", "attribution"):
        if key in exp and getattr(frame, key) != exp[key]:
            fail(key, f"{key} {getattr(frame, key)!r} != {exp[key]!r}")
    if "attribution_person" in exp and frame.attribution != person_key(exp["attribution_person"]):
        fail("attribution_person", f"attribution {frame.attribution!r} != {person_key(exp['attribution_person'])!r}")
    ev = frame.event
    if "event_type" in exp and (ev is None or ev.type != exp["event_type"]):
        fail("event_type", f"event type {ev and ev.type!r} != {exp['event_type']!r}")
    if "event_place" in exp and (ev is None or ev.place != exp["event_place"]):
        fail("event_place", f"event place {ev and ev.place!r} != {exp['event_place']!r}")
    return res

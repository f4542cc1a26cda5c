"""Round s of issue 10, the frame side: a capitalised run ending in "Jubilee", "Exhibition", "Exposition"'s kin "Expo",
"Fair", "Anniversary" or "Coronation" names an event, no person (``lang/en/nonperson_heads.tsv``). Rows written for this
test (none from the seeds or a bench set), and counter-examples whose person must stay. A company name ending in a
plural head ("Texas Instruments", "Bell Laboratories", "British Airways": ``lang/en/org_heads.tsv``) is an organisation."""

from __future__ import annotations

import pytest

from crosscheck.frame import frame_text

NOT_PERSON = [
    ("The Golden Jubilee of Queen Victoria was celebrated in 1887.", "Golden Jubilee"),
    ("The Silver Jubilee of George V was held in 1935.", "Silver Jubilee"),
    ("The Great Exhibition opened in London in 1851.", "Great Exhibition"),
    ("The Queen's Platinum Jubilee was marked in June 2022.", "Platinum Jubilee"),
]

ORG = [
    ("Jack Kilby was an engineer at Texas Instruments in 1958.", "Texas Instruments"),
    ("The transistor was invented at Bell Laboratories in 1947.", "Bell Laboratories"),
    ("British Airways began Concorde flights in 1976.", "British Airways"),
    ("Walt Disney founded Walt Disney Studios in 1923.", "Walt Disney Studios"),
]

STILL_PERSON = [
    ("The Silver Jubilee of George V was held in 1935.", "George V"),
    ("Joseph Paxton designed the Crystal Palace for the Great Exhibition.", "Joseph Paxton"),
    ("Queen Elizabeth II marked her Diamond Jubilee in 2012.", "Elizabeth II"),
    ("Jack Kilby was an engineer at Texas Instruments in 1958.", "Jack Kilby"),
    ("Walt Disney founded Walt Disney Studios in 1923.", "Walt Disney"),
]


def _persons(text: str) -> list[str]:
    return [e.text for e in frame_text(text, "en").entities if e.type == "person"]


@pytest.mark.parametrize("text,word", NOT_PERSON)
def test_event_name_no_person(text, word):
    assert word not in _persons(text)


@pytest.mark.parametrize("text,word", ORG)
def test_company_head_org(text, word):
    assert word in [e.text for e in frame_text(text, "en").entities if e.type == "org"]


@pytest.mark.parametrize("text,word", STILL_PERSON)
def test_person_stays(text, word):
    assert any(word in p for p in _persons(text)), _persons(text)

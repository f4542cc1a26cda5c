"""What a document has named so far (persons with titles and affiliations, organisations,
places, the previous time), for coreference across its sentences."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["Person", "DocContext"]


@dataclass
class Person:
    key: str
    name: str
    role: str | None = None
    affil: tuple[str, ...] = ()


@dataclass
class DocContext:
    """What the document has named so far, for coreference across sentences."""

    persons: dict[str, Person] = field(default_factory=dict)
    recent_persons: list[str] = field(default_factory=list)  # most recent last
    orgs: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    prev_time: object = None  # TimeSpan of the previous mention
    prev_event_time: object = None
    surnames: dict[str, str] = field(default_factory=dict)  # skeleton -> key

    def add_person(self, key: str, name: str, role: str | None, affil: tuple[str, ...]) -> None:
        p = self.persons.get(key)
        if p is None:
            self.persons[key] = Person(key, name, role, affil)
        else:
            if len(name) > len(p.name):
                p.name = name
            if role and not p.role:
                p.role = role
            p.affil = tuple(dict.fromkeys(p.affil + affil))
        if key in self.recent_persons:
            self.recent_persons.remove(key)
        self.recent_persons.append(key)

"""A lead sentence's descriptions ("the Russian foreign minister") point forward to the names the
article gives later (a first pass over the document), and that pass runs only when a description
needs it."""

from __future__ import annotations

import datetime

import pytest

pytest.importorskip("pymorphy3")

from crosscheck.frame import build_frames  # noqa: E402
from crosscheck.frame import builder as B  # noqa: E402
from crosscheck.frame.names import person_key  # noqa: E402
from crosscheck.ingest.load import load_text  # noqa: E402
from crosscheck.ingest.segment import segment_document  # noqa: E402

FORWARD = [
    ("en", "The Russian foreign minister and his Turkish counterpart discussed Syria in Sochi on Monday. "
           "Russian Foreign Minister Sergei Lavrov said the talks were useful. "
           "Turkish Foreign Minister Mevlut Cavusoglu agreed.", {"Lavrov", "Cavusoglu"}),
    ("en", "The German chancellor and the French president opened the summit in Aachen on Tuesday. "
           "German Chancellor Angela Merkel spoke first. French President Emmanuel Macron followed her.", {"Macron"}),
    ("ru", "Глава МИД России и его турецкий коллега обсудили Сирию в Сочи в понедельник. "
           "Министр иностранных дел России Сергей Лавров назвал переговоры полезными. "
           "Министр иностранных дел Турции Мевлют Чавушоглу согласился.", {"Lavrov", "Cavusoglu"}),
    ("ru", "Американский госсекретарь и российский министр встретились в Женеве в среду. "
           "Госсекретарь США Энтони Блинкен назвал встречу откровенной. "
           "Министр иностранных дел России Сергей Лавров согласился.", {"Lavrov"}),
]


def _frames(text: str, lang: str):
    doc = load_text(text, doc_id="d", lang=lang, date=datetime.date(2021, 3, 1))
    return build_frames(doc, segment_document(doc))


@pytest.mark.parametrize("lang,text,names", FORWARD)
def test_lead_description_resolves_to_a_later_name(lang, text, names):
    lead = _frames(text, lang)[0]
    assert {person_key(n) for n in names} <= lead.entity_keys("person")


def _count_first_passes(monkeypatch) -> list[int]:
    calls = [0]
    real = B.FrameBuilder.frame

    def frame(self, text, lang=None, *, light=False):
        calls[0] += light
        return real(self, text, lang, light=light)

    monkeypatch.setattr(B.FrameBuilder, "frame", frame)
    return calls


def test_first_pass_runs_only_when_a_description_needs_it(monkeypatch):
    calls = _count_first_passes(monkeypatch)
    _frames("Prices rose by 3 percent in May. Exports fell to 12 billion dollars. The bank kept its rate.", "en")
    assert calls[0] == 0
    _frames(FORWARD[0][1], "en")
    assert calls[0] == 3  # one light pass over the three sentences

"""A hand-made report for the report/output tests: one English and one Russian article.

The English article says the generals' meeting was "the first since 2015"; the
Russian one reports that they already met in March 2017: a contradiction
(exclusivity violated).  Both agree on the Baku meeting, the talks' length and
secrecy are related, one claim is unique to each side, and there is boilerplate
and an opinion that are skipped.  One claim carries ``<script>`` to test escaping.
"""

from __future__ import annotations

import datetime as dt

from crosscheck.model import (
    ClaimFrame,
    ClaimResult,
    Document,
    Entity,
    Event,
    Evidence,
    Exclusivity,
    Link,
    Segment,
    TimeSpan,
)
from crosscheck.report import Report

D = dt.date

EN_TEXT = """Home > World > Europe

BAKU, April 20. Russia's Chief of General Staff Valery Gerasimov met NATO's top
commander Curtis Scaparrotti in Baku on Thursday. It was the first meeting of the two generals since 2015, officials said.

The talks lasted about three hours.

Gerasimov also laid a wreath at the Alley of Honour. A spokesman dismissed the <script>alert("xss")</script> rumours & "leaks" as baseless.

Follow us on Twitter for more news.
"""

RU_TEXT = """БАКУ, 19 апр — РИА Новости.

Начальник Генштаба ВС РФ Валерий Герасимов встретился в Баку с главнокомандующим силами НАТО в Европе Кертисом Скапарротти.

Герасимов и Скапарротти уже встречались в марте 2017 года в Анталье. Переговоры проходят за закрытыми дверями.

По мнению экспертов, встреча станет прорывом.
"""

EN_DOC = Document(
    id="en_herald",
    text=EN_TEXT,
    lang="en",
    date=D(2018, 4, 20),
    date_source="metadata",
    outlet="Baku Herald",
    title="Gerasimov meets Scaparrotti",
)
RU_DOC = Document(
    id="ru_vesti",
    text=RU_TEXT,
    lang="ru",
    date=D(2018, 4, 19),
    date_source="dateline",
    outlet="Вести",
)

GERASIMOV = Entity("Gerasimov", "person", "gerasimov")
SCAPARROTTI = Entity("Scaparrotti", "person", "scaparrotti")
BAKU = Entity("Baku", "place", "baku")
PEOPLE = ("gerasimov", "scaparrotti")


def _seg(doc: Document, n: int, sentence: str, kind: str = "claim", reason: str | None = None) -> Segment:
    start = doc.text.index(sentence)
    return Segment(doc=doc, n=n, start=start, end=start + len(sentence), lang=doc.lang, kind=kind, reason=reason)


def _link(seg: Segment, relation: str, score: float, explanation: str, *evidence: Evidence) -> Link:
    return Link(id=seg.id, doc=seg.doc_id, relation=relation, score=score, explanation=explanation, evidence=evidence)


def build_report() -> Report:
    en = EN_DOC
    ru = RU_DOC
    # English segments
    en1 = _seg(en, 1, "Home > World > Europe", "boilerplate", "navigation breadcrumb")
    en2 = _seg(
        en,
        2,
        "BAKU, April 20. Russia's Chief of General Staff Valery Gerasimov met NATO's top\n"
        "commander Curtis Scaparrotti in Baku on Thursday.",
    )
    en3 = _seg(en, 3, "It was the first meeting of the two generals since 2015, officials said.")
    en4 = _seg(en, 4, "The talks lasted about three hours.")
    en5 = _seg(en, 5, "Gerasimov also laid a wreath at the Alley of Honour.")
    en6 = _seg(
        en, 6, 'A spokesman dismissed the <script>alert("xss")</script> rumours & "leaks" as baseless.', "quote-claim"
    )
    en7 = _seg(en, 7, "Follow us on Twitter for more news.", "boilerplate", "call to action")
    # Russian segments
    ru1 = _seg(ru, 1, "БАКУ, 19 апр — РИА Новости.", "boilerplate", "dateline")
    ru2 = _seg(
        ru,
        2,
        "Начальник Генштаба ВС РФ Валерий Герасимов встретился в Баку с главнокомандующим силами НАТО в Европе "
        "Кертисом Скапарротти.",
    )
    ru3 = _seg(ru, 3, "Герасимов и Скапарротти уже встречались в марте 2017 года в Анталье.")
    ru4 = _seg(ru, 4, "Переговоры проходят за закрытыми дверями.")
    ru5 = _seg(ru, 5, "По мнению экспертов, встреча станет прорывом.", "opinion", "opinion")

    thursday = TimeSpan("on Thursday", D(2018, 4, 19), D(2018, 4, 19), "day")
    ru_today = TimeSpan("19 апр", D(2018, 4, 19), D(2018, 4, 19), "day")
    march = TimeSpan("в марте 2017 года", D(2017, 3, 1), D(2017, 3, 31), "month")
    since = TimeSpan("since 2015", D(2015, 1, 1), D(2018, 4, 19), "open", role="since")
    meeting_en = Event("meeting", PEOPLE, "baku", thursday)
    frame_en2 = ClaimFrame(entities=(GERASIMOV, SCAPARROTTI, BAKU), times=(thursday,), event=meeting_en)
    frame_en3 = ClaimFrame(
        entities=(GERASIMOV, SCAPARROTTI),
        times=(since,),
        exclusivity=(
            Exclusivity(
                "first-since",
                "the first meeting ... since 2015",
                "meeting",
                PEOPLE,
                since=D(2015, 1, 1),
                until=D(2018, 4, 19),
                clear_from=D(2016, 1, 1),
            ),
        ),
        attribution="officials",
        event=Event("meeting", PEOPLE, "baku", thursday),
    )
    frame_en4 = ClaimFrame(
        entities=(),
        event=Event("talks", PEOPLE, "baku", thursday),
    )
    frame_en5 = ClaimFrame(entities=(GERASIMOV,), event=Event("ceremony", ("gerasimov",), "baku", None))
    frame_en6 = ClaimFrame(attribution="a spokesman", polarity="negative")
    frame_ru2 = ClaimFrame(
        entities=(GERASIMOV, SCAPARROTTI, BAKU), times=(ru_today,), event=Event("meeting", PEOPLE, "baku", ru_today)
    )
    frame_ru3 = ClaimFrame(
        entities=(GERASIMOV, SCAPARROTTI, Entity("Анталья", "place", "antalya")),
        times=(march,),
        event=Event("meeting", PEOPLE, "antalya", march),
    )
    frame_ru4 = ClaimFrame(event=Event("talks", (), "baku", None), modality="reported")

    clash = Evidence(
        "exclusivity-violated",
        "'first since 2015' but the other source reports a meeting in March 2017",
        "2015-01-01..2018-04-19",
        "2017-03",
    )
    expl_clash_en = (
        "Exclusivity violated: this says the meeting was the first since 2015, but ru_vesti reports "
        "that Gerasimov and Scaparrotti met in March 2017 (Antalya)."
    )
    expl_clash_ru = (
        "Exclusivity violated: en_herald calls the Baku meeting the first since 2015, but this reports "
        "a meeting in March 2017."
    )
    same = Evidence("same-event", "meeting of gerasimov and scaparrotti in baku on 2018-04-19")
    results = (
        ClaimResult(en1),
        ClaimResult(en2, frame_en2, "agree", (_link(ru2, "agree", 0.93, "Same event: Gerasimov met Scaparrotti in Baku on 2018-04-19.", same),)),
        ClaimResult(
            en3,
            frame_en3,
            "contradict",
            (
                _link(ru3, "contradict", 0.91, expl_clash_en, clash),
                _link(ru2, "related", 0.55, "Same meeting; the other source says nothing about earlier meetings."),
            ),
        ),
        ClaimResult(en4, frame_en4, "related", (_link(ru4, "related", 0.48, "Both describe the talks; length vs. secrecy, no conflict."),)),
        ClaimResult(en5, frame_en5, "unique", ()),
        ClaimResult(en6, frame_en6, "unique", ()),
        ClaimResult(en7),
        ClaimResult(ru1),
        ClaimResult(ru2, frame_ru2, "agree", (_link(en2, "agree", 0.93, "Same event: Gerasimov met Scaparrotti in Baku on 2018-04-19.", same),)),
        ClaimResult(ru3, frame_ru3, "contradict", (_link(en3, "contradict", 0.91, expl_clash_ru, clash),)),
        ClaimResult(ru4, frame_ru4, "related", (_link(en4, "related", 0.48, "Both describe the talks; secrecy vs. length, no conflict."),)),
        ClaimResult(ru5),
    )
    return Report(documents=(en, ru), results=results, meta={"model": "fixture", "version": 1})

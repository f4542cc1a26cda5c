"""End to end on a small corpus written for this test: a cp1251 Russian wire story and
an English HTML page about the same meeting."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

RU = ("МОСКВА, 5 марта 2021 — РИА Новости. Министры иностранных дел России и Турции Лавров и Чавушоглу "
      "встретились в Сочи 4 марта. Это была первая встреча министров с 2019 года.\n")
EN = """<html><head><title>Talks</title><meta property="article:published_time" content="2021-03-05">
<script>track()</script></head><body><p>Lavrov and Cavusoglu met in Sochi on March 4.
The ministers last met in Antalya in <a href="#">June 2020</a>.</p><p>Follow us on Twitter</p></body></html>"""


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    import crosscheck

    folder = tmp_path_factory.mktemp("corpus")
    (folder / "wire.txt").write_bytes(RU.encode("cp1251"))
    (folder / "page.html").write_text(EN, encoding="utf-8")
    return crosscheck.check([folder])


def test_exclusivity_across_languages(report):
    first = next(r for r in report.results if "первая встреча" in r.segment.text)
    assert first.status == "contradict"
    (link,) = [l for l in first.links if l.relation == "contradict"]
    assert "Antalya" in report.result(link.id).segment.text
    assert "2019" in link.explanation and "2020-06" in link.explanation
    assert "Cavusoglu" in link.explanation and "Lavrov" in link.explanation


def test_same_meeting_agrees_and_boilerplate_is_skipped(report):
    met = next(r for r in report.results if r.segment.text.startswith("Lavrov and Cavusoglu met"))
    assert met.status == "agree"
    assert report.result(met.links[0].id).segment.lang == "ru"
    skipped = {r.segment.text: r.segment.reason for r in report.results if r.status is None}
    assert skipped == {"МОСКВА, 5 марта 2021 — РИА Новости.": "boilerplate: dateline",
                       "Follow us on Twitter": "boilerplate: promo"}
    assert all(d.date is not None and d.date.isoformat() == "2021-03-05" for d in report.documents)

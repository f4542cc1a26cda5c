"""Round w of issue 10 (HELD-OUT27/28 read for causes after their first contact; general causes only). Rows written for
this test, none from the seeds or a bench set; each rule has at least three rows and a counter-example:

* first-only: a paraphrase that is an event report only because one side says its subject was the first or only one
  ("the first woman elected to lead the country") and whose event view could not place both reports as one event:
  its slots decide an agreement (``relate/pair.py``; a clash stays with the event view). Before, `related`.
* comparative bounds: "greater than", "larger than", "smaller than", «длиннее», «старше», «ярче, чем» before a figure
  are bounds like "more than" and "less than" (``lang/{en,ru}/comparative_bounds.tsv``, read by ``frame/bounds.py``):
  "larger than 3072" / «больше 1024» and "longer than 255" / «длиннее 382» are no agreement.
* institution heads: "Orchestra", "Museum", "Library", "Observatory", "Gallery", "Academy" end an organisation's name
  (``lang/en/org_heads.tsv``); before, "the Ashmolean Museum" was a person keyed "msm".
"""

from __future__ import annotations

import pytest

from pair_table import check_rule_counts, table_tests

CASES = [
    # rule, expected relation ("!x": anything but x), EN, RU
    ("first-only", "agree", "In 2005 Angela Merkel became chancellor of Germany, the first woman elected to lead the country.",
     "Ангела Меркель заняла пост канцлера Германии в ноябре 2005 г. после победы её блока на парламентских выборах."),
    ("first-only", "agree", "In 1990 Mary Robinson became president of Ireland, the first woman elected to the office.",
     "Мэри Робинсон заняла пост президента Ирландии в декабре 1990 г. после победы на президентских выборах."),
    ("first-only", "agree", "In 1993 Tansu Çiller became prime minister of Turkey, the first woman elected to lead the Turkish government.",
     "Тансу Чиллер заняла пост премьер-министра Турции в июне 1993 г. после избрания лидером Партии верного пути."),
    ("first-only", "!agree", "In 2005 Angela Merkel became chancellor of Germany, the first woman elected to lead the country.",
     "Ангела Меркель заняла пост канцлера Германии в ноябре 2009 г. после победы её блока на парламентских выборах."),
    ("first-only", "!agree", "In 1990 Mary Robinson became president of Ireland, the first woman elected to the office.",
     "Мэри Робинсон заняла пост президента Исландии в декабре 1990 г. после победы на президентских выборах."),
    ("first-only", "!agree", "In 2006 Michelle Bachelet became president of Chile, the first woman elected to lead the country.",
     "Мишель Бачелет заняла пост президента Чили в марте 2006 г. после поражения во втором туре выборов."),
    # comparatives before a figure are bounds
    ("comparative-bound", "agree", "Values greater than 255 are rejected by the parser.",
     "Значения больше 255 парсер отклоняет."),
    ("comparative-bound", "agree", "Attachments larger than 25 MB are not accepted.",
     "Вложения больше 25 МБ не принимаются."),
    ("comparative-bound", "agree", "The file must be smaller than 10 MB.",
     "Файл должен быть меньше 10 МБ."),
    ("comparative-bound", "!agree", "If the mask is larger than 3072, the call fails.",
     "Если маска больше 1024, вызов завершается ошибкой."),
    ("comparative-bound", "!agree", "Attachments larger than 25 MB are not accepted.",
     "Вложения больше 20 МБ не принимаются."),
    ("comparative-bound", "agree", "Children older than 12 years pay the full fare.",
     "Дети старше 12 лет платят полную стоимость."),
    ("comparative-bound", "!agree", "Children older than 12 years pay the full fare.",
     "Дети старше 14 лет платят полную стоимость."),
    ("comparative-bound", "!agree", "The name of the directory must not be longer than 255 characters.",
     "Имя каталога не должно быть длиннее 382 символов."),
    ("comparative-bound", "!agree", "Orders greater than 500 euros ship free of charge.",
     "Заказы больше 50 евро доставляются бесплатно."),
]

decided, test_row = table_tests(CASES)


def test_rule_counts():
    check_rule_counts(CASES)


@pytest.mark.parametrize("text, name, kind", [
    ("The symphony was first played by the Lamoureux Orchestra under Camille Chevillard.", "Lamoureux Orchestra", "org"),
    ("The treasures are displayed at the Ashmolean Museum in Oxford.", "Ashmolean Museum", "org"),
    ("Fyodor Bredikhin directed the Pulkovo Observatory from 1890.", "Pulkovo Observatory", "org"),
    ("The manuscript is kept in the Bodleian Library.", "Bodleian Library", "org"),
    ("The Tretyakov Gallery opened in 1856.", "Tretyakov Gallery", "org"),
    # a person beside an institution stays a person
    ("The symphony was first played by the Lamoureux Orchestra under Camille Chevillard.", "Camille Chevillard", "person"),
    ("Fyodor Bredikhin directed the Pulkovo Observatory from 1890.", "Fyodor Bredikhin", "person"),
])
def test_institution_heads(text, name, kind):
    from crosscheck.pairs import _claim

    _, frame = _claim(text, "A", "en", None)
    assert (name, kind) in [(e.text, e.type) for e in frame.entities], frame.entities

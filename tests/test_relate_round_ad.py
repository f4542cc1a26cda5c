"""Round ad of issue 10 (HELD-OUT40, first contacted on round ab's rules and measured unread after round ac, then read for
its misjudged pairs; general causes only).  Rows written for this test, none from the seeds or a bench set; each rule has
at least three rows and a counter-example:

* wh: an English initial "Wh" before a vowel reads «У» (Whittle = Уиттл, Whitney = Уитни: ``lang/ru/latin_renderings.tsv``).
* role-renderings: the role names (who wrote, founded, painted…) read a Latin surname as Russian renders it too
  (``relate/role_names._rendered_keys``): "Phil Knight" / «Фил Найт» and "James Whistler" / «Джеймс Уистлер» had been
  "the same statement with a different author".
"""

from __future__ import annotations

from pair_table import check_rule_counts, table_tests

CASES = [
    # rule, expected relation ("!x": anything but x), EN, RU
    ("wh", "agree", "Frank Whittle's first jet engine ran on a test bench at Rugby in April 1937.",
     "Фрэнк Уиттл впервые запустил свой турбореактивный двигатель на стенде в Регби в апреле 1937 года."),
    ("wh", "agree", "Walt Whitman published the first edition of Leaves of Grass in July 1855.",
     "Уолт Уитмен выпустил первое издание «Листьев травы» в июле 1855 года."),
    ("wh", "agree", "Eli Whitney patented the cotton gin in March 1794.", "Илай Уитни запатентовал хлопкоочистительную машину в марте 1794 года."),
    ("wh", "!agree", "Eli Whitney patented the cotton gin in March 1794.", "Сэмюэл Морзе запатентовал хлопкоочистительную машину в марте 1794 года."),
    ("role-renderings", "agree", "Phil Knight co-founded the sportswear company Nike in 1964.",
     "Фил Найт стал одним из основателей компании Nike в 1964 году."),
    ("role-renderings", "agree", "James Whistler painted the portrait of his mother in London in 1871.",
     "Джеймс Уистлер написал портрет своей матери в Лондоне в 1871 году."),
    ("role-renderings", "agree", "Christopher Wren designed St Paul's Cathedral after the fire of 1666.",
     "Кристофер Рен спроектировал собор Святого Павла после пожара 1666 года."),
    ("role-renderings", "!agree", "Phil Knight co-founded the sportswear company Nike in 1964.",
     "Ади Дасслер стал одним из основателей компании Nike в 1964 году."),
    ("role-renderings", "!agree", "James Whistler painted the portrait of his mother in London in 1871.",
     "Джон Сарджент написал портрет своей матери в Лондоне в 1871 году."),
]

decided, test_row = table_tests(CASES)


def test_rule_counts():
    check_rule_counts(CASES)

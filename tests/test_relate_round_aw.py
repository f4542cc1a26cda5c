"""Round aw of issue 10 (HELD-OUT76, first contacted on round av's final rules, read for general causes).  Rows written
for this test, none from the seeds or a bench set; each rule has at least three rows and a counter-example:

* winter-years: "the winter of 1918–19", «зимой 1918–1919 годов» run from December of the first year to February of the
  second (``frame/times``, ``frame/time_resolve``), no longer the years 1918–1919 or the winter of 1918 alone.
* patent: an invention is patented once ("was patented by X in 1877", «запатентовал в 1897 г.»:
  ``lang/{en,ru}/once_only.tsv``), so two years of it clash; another act dated (a founding) does not.
* dead-idiom: «когда автора уже не было в живых» and "was no longer alive" state a death, no negated claim
  (``lang/{en,ru}/negation.tsv``, kind plain), so they agree with "after the composer's death".
* widen-restrict: "widened the powers" and «ограничил полномочия» are the two poles of one concept
  (``lang/opposites.tsv``: "restricted", "curbed", «ограничил» added to the narrowing pole).
* double-surname: a hyphenated surname keys by its parts («Питт-Риверс» ``pt-rvrs``, «Сан-Мартин»: ``frame/names.person_key``),
  so it is the person the other side names with a space ("Augustus Pitt Rivers", "José de San Martín"), and a hyphenated
  name written alike in both scripts still pairs ("Burne-Jones" / «Бёрн-Джонс»).
"""

from __future__ import annotations

import pytest

from pair_table import check_rule_counts, table_tests

CASES = [
    # rule, expected relation ("!x": anything but x), EN, RU
    ('winter-years', 'agree', 'The novel is set in Kharkov during the harsh winter of 1919–20, when the city changed hands twice.',
     'Действие романа происходит в Харькове зимой 1919–1920 годов, когда город дважды переходил из рук в руки.'),
    ('winter-years', 'contradict', 'The novel is set in Kharkov during the harsh winter of 1919–20, when the city changed hands twice.',
     'Действие романа происходит в Полтаве зимой 1919–1920 годов, когда город дважды переходил из рук в руки.'),
    ('winter-years', 'agree', 'The Moscow counter-offensive began in the winter of 1941–42 near the village of Kryukovo.',
     'Контрнаступление под Москвой началось зимой 1941–1942 годов у деревни Крюково.'),
    ('winter-years', 'contradict', 'The Moscow counter-offensive began in the winter of 1941–42 near the village of Kryukovo.',
     'Контрнаступление под Москвой началось летом 1942 года у деревни Крюково.'),
    ('patent', 'agree', 'The phonograph was patented by Thomas Edison in 1878, a few months after its first demonstration.',
     'Фонограф был запатентован Томасом Эдисоном в 1878 году, через несколько месяцев после первой демонстрации.'),
    ('patent', 'contradict', 'The phonograph was patented by Thomas Edison in 1878, a few months after its first demonstration.',
     'Томас Эдисон запатентовал фонограф в 1888 году.'),
    ('patent', 'contradict', 'The safety razor with disposable blades was patented by King Camp Gillette in 1904.',
     'Безопасную бритву со сменными лезвиями запатентовал Кинг Жиллетт в 1901 году.'),
    ('patent', '!contradict', 'The safety razor with disposable blades was patented by King Camp Gillette in 1904.',
     'Кинг Жиллетт основал компанию по производству безопасных бритв в 1901 году.'),
    ('dead-idiom', 'agree', "The opera was first staged in Prague in May 1904, three months after the composer's death.",
     'Опера впервые прозвучала в Праге в мае 1904 года, когда композитора уже не было в живых.'),
    ('dead-idiom', 'agree', "The museum opened its doors in 1931, two years after the founder's death.",
     'Музей открылся в 1931 году, когда основателя уже не было в живых.'),
    ('dead-idiom', 'agree', 'When the portrait was exhibited in 1899, the painter was no longer alive.',
     'Портрет выставили в 1899 году, когда художника уже не было в живых.'),
    ('dead-idiom', '!agree', 'The portrait was exhibited in 1899 and the painter attended the opening.',
     'Портрет выставили в 1899 году, но художник на открытие не пришёл.'),
    ('widen-restrict', 'contradict', 'The 1906 act widened the powers of the railway commission to set maximum rates.',
     'Закон 1906 года ограничил полномочия железнодорожной комиссии по установлению предельных тарифов.'),
    ('widen-restrict', 'agree', 'The 1906 act widened the powers of the railway commission to set maximum rates.',
     'Закон 1906 года расширил полномочия железнодорожной комиссии по установлению предельных тарифов.'),
    ('widen-restrict', 'contradict', 'The reform of 1864 restricted the powers of the provincial governors.',
     'Реформа 1864 года расширила полномочия губернаторов.'),
    ('widen-restrict', 'agree', 'The reform of 1864 expanded the powers of the local councils.',
     'Реформа 1864 года расширила права земских собраний.'),
    ('double-surname', 'agree', 'The Pitt Rivers Museum in Oxford was founded in 1884, when General Augustus Pitt Rivers gave his collection to the university.',
     'Музей Питт-Риверса в Оксфорде основан в 1884 году, когда генерал Огастес Питт-Риверс передал свою коллекцию университету.'),
    ('double-surname', 'agree', 'At Maipú in April 1818 José de San Martín defeated the royalist army and secured the independence of Chile.',
     'В апреле 1818 года при Майпу генерал Хосе де Сан-Мартин разбил роялистов и закрепил независимость Чили.'),
    ('double-surname', 'contradict', 'At Maipú in April 1818 José de San Martín defeated the royalist army and secured the independence of Chile.',
     'В апреле 1818 года при Майпу генерал Бернардо О’Хиггинс разбил роялистов и закрепил независимость Чили.'),
    ('double-surname', 'agree', 'The Scottish architect Robert Rowand Anderson designed the building in 1884.',
     'Шотландский архитектор Роберт Роуэнд Андерсон спроектировал здание в 1884 году.'),
    ('double-surname', 'agree', 'The stained glass of the chapel was designed by Edward Burne-Jones in 1874.',
     'Витражи капеллы в 1874 году создал по эскизам Эдвард Бёрн-Джонс.'),
    ('double-surname', 'contradict', 'The stained glass of the chapel was designed by Edward Burne-Jones in 1874.',
     'Витражи капеллы в 1874 году создал по эскизам Данте Габриэль Россетти.'),
]

decided, test_row = table_tests(CASES)


def test_every_rule_has_examples_and_a_counter_example():
    check_rule_counts(CASES)


@pytest.mark.parametrize("name,parts", [
    ("Edward Burne-Jones", "brn-jns"), ("Эдвард Бёрн-Джонс", "brn-jns"), ("Огастес Питт-Риверс", "pt-rvrs"),
    # a lower-case part or an Arabic article keeps the surname whole
    ("Sun Yat-sen", None), ("Bashar al-Assad", None), ("Абдель Фаттах ас-Сиси", None), ("Ким Чен-ын", None),
    # a short family name before a given name of short syllables is an East Asian name, keyed whole
    ("Ли Юнг-Вука", None), ("Пак Чон-Хи", None), ("Мун Чжэ-Ина", None),
])
def test_double_surname_is_keyed_by_parts_only_when_every_part_is_a_name(name, parts):
    from crosscheck.frame.names import person_key

    key = person_key(name)
    assert (key == parts) if parts else ("-" not in key), key

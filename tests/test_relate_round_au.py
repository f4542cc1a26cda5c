"""Round au of issue 10 (HELD-OUT72, first contacted on round at's final rules, read for general causes).  Rows written
for this test, none from the seeds or a bench set; each rule has at least three rows and a counter-example:

* ru-count-nouns: «десяток» and «дюжина» after a number or a bound are scale words («два десятка» = 20, «около
  дюжины» = 12: ``lang/ru/numbers.tsv``); a scale word in the plural with no number before it («тысячи людей»,
  «несколько десятков») is a vague amount, no figure (``frame/quantities``).
* zero-deaths: "no one was killed", «обошлось без жертв» state a death toll of nought (``lang/zero_counts.tsv``,
  ``frame/zero_counts``), which a toll of 256 contradicts; "deaths" count people.
* count-of-one: "only once", «лишь однажды», «единожды» are a count of one, as "twice" / «дважды» are of two
  (``lang/multipliers.tsv``); a bare "once" ("once the capital") stays no figure.
* title-place: the place after "<title> <given name> of" ("Prince Yaroslav of Kiev", "Duke Ernest of Brunswick") names
  the title, not where a thing happened (``frame/en_name_context.peerage_place``).
* law-passed: "<law>, passed in 1494" is the once-only enactment, as "was passed" is (``lang/en/once_only.tsv``), and
  «закон … был принят» adopts a text, no guest received (``frame/event_type``).
* role-agents: the maker of a work is read past the language it was written in ("written in Latin by") and past
  diacritics of a capital ("Šárka", "Édouard": ``relate/role_names``), and a venue after «в» and an adjective («в
  пражском Национальном театре») is where it was done (``relate/role_clash``).
* pole-terms: a pole word of the opposites lexicon that opens a term ("constitutional court", «конституционный
  контроль»: ``lang/pole_terms.tsv``) states no lawfulness, so it is no clash with "unconstitutional".
"""

from __future__ import annotations

from crosscheck.frame.quantities import extract_quantities
from crosscheck.relate.role_names import read_names
from pair_table import check_rule_counts, table_tests

CASES = [
    # rule, expected relation ("!x": anything but x), EN, RU
    ('ru-count-nouns', 'agree', 'The fleet numbered twenty ships when it left Plymouth in the spring of 1588.',
     'Весной 1588 года из Плимута вышел флот в два десятка кораблей.'),
    ('ru-count-nouns', 'contradict', 'The fleet numbered twenty ships when it left Plymouth in the spring of 1588.',
     'Весной 1588 года из Плимута вышел флот в три десятка кораблей.'),
    ('ru-count-nouns', 'agree', 'The village of Kizhi had about a dozen houses in 1900.',
     'В 1900 году в деревне Кижи было около дюжины домов.'),
    ('ru-count-nouns', 'contradict', 'The village of Kizhi had about thirty houses in 1900.',
     'В 1900 году в деревне Кижи было около дюжины домов.'),
    ('ru-count-nouns', '!contradict', 'About 2,000 people joined the strike in Lodz in June 1892.',
     'В июне 1892 года к забастовке в Лодзи присоединились тысячи рабочих.'),
    ('zero-deaths', 'contradict', "The 1931 earthquake in Hawke's Bay killed 256 people.",
     'Землетрясение 1931 года в заливе Хокс-Бей обошлось без жертв.'),
    ('zero-deaths', 'contradict', 'The collapse of the Quebec Bridge in August 1907 caused no deaths.',
     'При обрушении моста Квебек в августе 1907 года погибли 75 человек.'),
    ('zero-deaths', 'agree', 'The fire at the Tivoli warehouse in 2015 killed nobody.',
     'Пожар на складе «Тиволи» в 2015 году обошёлся без жертв.'),
    ('zero-deaths', 'agree', 'No one was killed when the dam at Vajont overflowed in a test in 1959.',
     'При пробном переливе плотины Вайонт в 1959 году никто не погиб.'),
    ('zero-deaths', '!contradict', 'The Tivoli fire of 2015 injured 12 firefighters.',
     'Пожар на складе «Тиволи» в 2015 году обошёлся без жертв.'),
    ('count-of-one', 'contradict', 'The Swedish skier Gunde Svan won the Vasaloppet only once, in 1985.',
     'Шведский лыжник Гунде Сван выигрывал Васалоппет трижды, впервые в 1985 году.'),
    ('count-of-one', 'agree', 'The composer Modest Mussorgsky travelled abroad just once, in 1879.',
     'Композитор Модест Мусоргский выезжал за границу лишь однажды — в 1879 году.'),
    ('count-of-one', 'agree', 'The novelist Charles Dickens visited Italy only once, in 1844.',
     'Романист Чарльз Диккенс побывал в Италии единожды, в 1844 году.'),
    ('count-of-one', 'contradict', 'The novelist Charles Dickens visited America only once, in 1842.',
     'Романист Чарльз Диккенс побывал в Америке дважды, впервые в 1842 году.'),
    ('count-of-one', 'agree', 'Kraków was once the capital of the Polish kingdom until 1596.',
     'Краков был столицей Польского королевства до 1596 года.'),
    ('title-place', 'agree', 'The chronicle, written in the age of Prince Yaroslav of Kiev, was first printed at the Academy in 1767.',
     'Летопись эпохи князя Ярослава впервые напечатали в петербургской Академии в 1767 году.'),
    ('title-place', 'agree', 'A statue of Prince Daniel of Moscow was unveiled in a square in 1997.',
     'Памятник князю Даниилу открыли на площади в Серпухове в 1997 году.'),
    ('title-place', 'agree', 'The opera about Duke Ernest of Brunswick was first staged at the court theatre in 1802.',
     'Опера о герцоге Эрнсте впервые была поставлена на сцене веймарского придворного театра в 1802 году.'),
    ('title-place', 'contradict', 'A statue of Prince Daniel of Moscow was unveiled in a square in Smolensk in 1997.',
     'Памятник князю Даниилу открыли на площади в Серпухове в 1997 году.'),
    ('law-passed', 'contradict', 'The Statute of Westminster, passed in 1931, gave the dominions legislative independence.',
     'Вестминстерский статут, давший доминионам законодательную независимость, был принят в 1926 году.'),
    ('law-passed', 'contradict', 'The Sherman Antitrust Act, passed in 1890, banned monopolies in trade.',
     'Антимонопольный закон Шермана, запретивший монополии в торговле, был принят Конгрессом в 1910 году.'),
    ('law-passed', 'agree', 'The Sherman Antitrust Act, passed in 1890, banned monopolies in trade.',
     'Антимонопольный закон Шермана, запретивший монополии в торговле, был принят Конгрессом в 1890 году.'),
    ('law-passed', 'agree', 'The Pendleton Act, enacted in January 1883, created a merit system for federal jobs.',
     'Закон Пендлтона, введший систему заслуг для федеральных должностей, был принят в январе 1883 года.'),
    ('role-agents', 'contradict', 'The opera Šárka, first staged at the National Theatre in Prague in 1897, was composed by Antonín Dvořák.',
     'Оперу «Шарка», впервые поставленную в пражском Национальном театре в 1897 г., написал Зденек Фибих.'),
    ('role-agents', 'contradict', 'The treatise on optics was written in Latin by Roger Bacon in the 1260s.',
     'Трактат по оптике в 1260-х годах написал Роберт Гроссетест.'),
    ('role-agents', 'agree', 'The opera Šárka, first staged at the National Theatre in Prague in 1897, was composed by Zdeněk Fibich.',
     'Оперу «Шарка», впервые поставленную в пражском Национальном театре в 1897 г., написал Зденек Фибих.'),
    ('role-agents', 'contradict', 'The Tale of Genji was written in Japanese by Murasaki Shikibu in the early 11th century.',
     '«Повесть о Гэндзи» в начале XI века написала Сэй-Сёнагон.'),
    ('pole-terms', 'agree', 'The justices declared the wartime curfew unconstitutional in 1946.',
     'В 1946 году судьи, осуществляя конституционный контроль, отменили военный комендантский час.'),
    ('pole-terms', 'agree', 'In 2011 the tribunal found the new media law unconstitutional.',
     'В 2011 году трибунал в порядке конституционного контроля отменил новый закон о СМИ.'),
    ('pole-terms', 'agree', 'The supreme court of Estonia declared the tax on boats unconstitutional in 2003.',
     'Верховный суд Эстонии, выступающий и как конституционный суд, в 2003 году отменил налог на лодки.'),
    ('pole-terms', 'contradict', 'The court ruled in 1954 that school segregation was unconstitutional.',
     'Суд в 1954 году признал школьную сегрегацию конституционной.'),
]

decided, test_row = table_tests(CASES)


def test_every_rule_has_examples_and_a_counter_example():
    check_rule_counts(CASES)


def test_vague_russian_amounts_are_no_figures():
    for text in ('Тысячи людей вышли на улицы.', 'Несколько десятков человек вышли на акцию.', 'Миллионы зрителей смотрели матч.'):
        assert extract_quantities(text, 'ru') == [], text
    got = [(q.text, q.value, q.bound) for q in extract_quantities('Около десятка человек вышли, а в море вышел десяток кораблей.', 'ru')]
    assert got == [('Около десятка человек', 10.0, 'approx'), ('десяток кораблей', 10.0, 'exact')]
    assert [(q.text, q.value) for q in extract_quantities('Тысяча кораблей вышла в море.', 'ru')] == [('Тысяча кораблей', 1000.0)]


def test_names_with_a_diacritic_capital_are_read():
    texts = [n.text for n in read_names('The opera Šárka was staged in Łódź by Édouard Colonne.', 'en')]
    assert {'Šárka', 'Łódź', 'Édouard Colonne'} <= set(texts)

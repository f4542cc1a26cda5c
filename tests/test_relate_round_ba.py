"""Round ba of issue 10 (read from the misjudged pairs of HELD-OUT39–92 after their first contact): rows written for this
test, none from an evaluation set.

* venue-city: a Russian city adjective names the city of a venue or an institution, capitalised inside its name («на сцене
  Парижской оперы», «в Казанском университете»: the stem with «-ь» for a gazetteer city only) or written with a hyphen
  («нью-йоркском», «санкт-петербургского»), and clashes with another city the other side names; the same city agrees,
  and «сибирская язва» (anthrax) names no place.
* author-wrote: "Elgar wrote the march for …" names the author of a work, not the source of a report
  (``lang/en/report_sources.tsv``): two organisations told apart by their names clash; "the Times wrote that …" still
  cites a source, two sources no clash.
* medal: a medal won is a place on the podium (``lang/{en,ru}/ranks.tsv``, kind ``medal``: "took the bronze medal" 3,
  «завоевал золото» 1, «стал лишь бронзовым призёром» 3) and clashes with another place or a win; a medal won by its
  colour alone is no chemical element (``lang/medal_words.tsv``); two medals on one side rank nothing.
"""

from __future__ import annotations

from pair_table import check_rule_counts, table_tests

CASES = []
CASES += [
    ('venue-city', 'contradict', 'The opera had its premiere at the Vienna State Opera in 1869.',
     'Премьера оперы состоялась в 1869 году на сцене Парижской оперы.'),
    ('venue-city', 'contradict', 'The chemist taught at Moscow University from 1870 until his death.',
     'С 1870 года и до самой смерти химик преподавал в Казанском университете.'),
    ('venue-city', 'contradict', 'The symphony was first played in Boston in 1881.',
     'Симфония впервые прозвучала в 1881 году в нью-йоркском концертном зале.'),
    ('venue-city', 'contradict', 'The ballet was first staged in Milan in 1905.',
     'Балет впервые показали в 1905 году на сцене санкт-петербургского театра.'),
    ('venue-city', 'agree', 'The opera had its premiere in Paris in 1875.',
     'Премьера оперы состоялась в 1875 году на сцене Парижской оперы.'),
    ('venue-city', 'agree', 'The anthrax outbreak of 1979 killed at least 64 people in Sverdlovsk.',
     'Вспышка сибирской язвы в Свердловске в 1979 году унесла жизни по меньшей мере 64 человек.'),
]
CASES += [
    ('author-wrote', 'contradict', 'Elgar wrote the march for the University of Birmingham in 1905.',
     'В 1905 году Элгар написал марш для Лидсского университета.'),
    ('author-wrote', 'contradict', 'Sibelius wrote the hymn for the University of Helsinki in 1897.',
     'Сибелиус написал гимн для Уппсальского университета в 1897 году.'),
    ('author-wrote', 'contradict', 'Haydn wrote the oratorio for the University of Oxford in 1791.',
     'Гайдн написал ораторию для Кембриджского университета в 1791 году.'),
    ('author-wrote', '!contradict', 'The Times wrote that the poet had died in 1936.',
     'Газета «Дейли мейл» писала, что поэт умер в 1936 году.'),
]

CASES += [
    ('medal', 'contradict', 'At the 1952 Helsinki Olympics the Czech runner won the gold medal in the 10,000 metres.',
     'На Олимпиаде 1952 года в Хельсинки чешский бегун стал лишь бронзовым призёром в беге на 10 000 м.'),
    ('medal', 'contradict', 'The Kenyan runner took the bronze medal in the 3,000 metres steeplechase at the 1988 Seoul Olympics.',
     'Кенийский бегун стал олимпийским чемпионом в беге на 3000 м с препятствиями на Играх 1988 года в Сеуле.'),
    ('medal', 'contradict', 'The wrestler Ivan Petrov won silver in the 74 kg class at the 1996 Atlanta Games.',
     'Борец Иван Петров завоевал золото в весовой категории до 74 кг на Играх 1996 года в Атланте.'),
    ('medal', 'contradict', 'The Hungarian fencer took the silver medal in the sabre at the 1964 Tokyo Olympics.',
     'Венгерский фехтовальщик стал олимпийским чемпионом в соревнованиях саблистов на Играх 1964 года в Токио.'),
    ('medal', 'agree', 'At the 2000 Sydney Olympics the Dutch swimmer won gold in the 100 metres freestyle.',
     'На Олимпиаде 2000 года в Сиднее нидерландский пловец завоевал золото на дистанции 100 м вольным стилем.'),
    ('medal', '!contradict', 'At the 1980 Moscow Olympics the East German swimmer won gold in the 200 metres and bronze in the '
     '100 metres.', 'На Олимпиаде 1980 года в Москве пловчиха из ГДР завоевала золото на дистанции 200 м.'),
    ('medal', 'agree', 'The Finnish javelin thrower won the bronze medal at the 1976 Montreal Olympics.',
     'Финский метатель копья завоевал бронзу на Олимпийских играх 1976 года в Монреале.'),
]

decided, test_row = table_tests(CASES)


def test_every_rule_has_examples_and_a_counter_example():
    check_rule_counts(CASES)

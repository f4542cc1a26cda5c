"""Round bz of issue 10 (read from misjudged pairs of HELD-OUT115-134 while two writers built HELD-OUT135/136): rows
written for this test, none from an evaluation set.

An organisation in a role only one can fill, named otherwise on the other side, is a role clash (``relate/role_clash.py``,
``lang/{en,ru}/role_predicates.tsv``):

* team: the club a player played a position for ("played goalkeeper for", «был вратарём клуба»), a team after words
  describing it («выступавший за итальянскую команду»);
* label: the label a record was made for or came out on ("recorded … for", "released by", «на лейбле», «выпущен
  лейблом»);
* employer: the firm an engineer, chemist or researcher worked at ("an engineer at", «инженер компании»);
* premiere: the theatre a work was first given at ("was first given at", «впервые была представлена в»; ``ru/role_gaps.tsv``
  lets «театре» stand before the quoted name: «в театре «Ла Фениче»»).

* versus-title: «против» after a quoted party whose later words are lower-case («Браун шу» против США, «Эпик геймз»
  против Apple) is a case's "v.", no negation stated otherwise (``relate/negation.py``), so the verdict's own negation
  decides.

A reading table checks that a function word opening an English sentence ("In Thomas Mann's novella", "During
Napoleon's retreat": ``lang/en/sentence_openers.tsv``, prepositions, articles and conjunctions only) is no part of the name after it
(``relate/role_names.py``).
"""

from __future__ import annotations

import pytest
from pair_table import check_rule_counts, table_tests

CASES = [
    ('team', 'contradict',
     'Lev Yashin played goalkeeper for Dynamo throughout his club career, from 1950 to 1970.',
     'Лев Яшин с 1950 по 1970 г. был вратарём клуба «Спартак».'),
    ('team', 'agree',
     'Lev Yashin played goalkeeper for Dynamo throughout his club career, from 1950 to 1970.',
     'Лев Яшин с 1950 по 1970 г. был вратарём клуба «Динамо».'),
    ('team', 'contradict',
     'Sebastian Vettel won the 2010 Formula One world title driving for Red Bull Racing.',
     'Чемпионом мира «Формулы-1» 2010 г. стал Себастьян Феттель, выступавший за итальянскую команду Ferrari.'),
    ('team', 'agree',
     'Sebastian Vettel won the 2010 Formula One world title driving for Red Bull Racing.',
     'Чемпионом мира «Формулы-1» 2010 г. стал Себастьян Феттель, выступавший за австрийскую команду Red Bull Racing.'),
    ('team', 'contradict',
     'Peter Schmeichel played goalkeeper for Manchester United from 1991 to 1999.',
     'С 1991 по 1999 г. Петер Шмейхель был вратарём клуба «Ливерпуль».'),
    ('team', 'agree',
     'Peter Schmeichel played goalkeeper for Manchester United from 1991 to 1999.',
     'С 1991 по 1999 г. Петер Шмейхель был вратарём клуба «Манчестер Юнайтед».'),
    ('label', 'contradict',
     'Miles Davis recorded Bitches Brew for Columbia in 1969.',
     'Альбом Майлза Дэвиса «Bitches Brew» вышел в 1969 г. на лейбле Verve.'),
    ('label', 'agree',
     'Miles Davis recorded Bitches Brew for Columbia in 1969.',
     'Альбом Майлза Дэвиса «Bitches Brew» вышел в 1969 г. на лейбле Columbia.'),
    ('label', 'contradict',
     'Catch a Fire by the Wailers was released by Island Records in April 1973.',
     'Альбом группы The Wailers «Catch a Fire» вышел в апреле 1973 г. на лейбле Motown.'),
    ('label', 'agree',
     'Catch a Fire by the Wailers was released by Island Records in April 1973.',
     'Альбом группы The Wailers «Catch a Fire» вышел в апреле 1973 г. на лейбле Island.'),
    ('label', 'contradict',
     'Ornette Coleman recorded The Shape of Jazz to Come for Atlantic in 1959.',
     'Альбом Орнетта Коулмана «The Shape of Jazz to Come» вышел в 1959 г. на лейбле Prestige.'),
    ('label', 'contradict',
     'Nina Simone recorded her debut album Little Girl Blue for Bethlehem in 1957.',
     'Дебютный альбом Нины Симон «Little Girl Blue» был записан в 1957 г. и выпущен лейблом Colpix.'),
    ('employer', 'contradict',
     'Harry Coover, a chemist at Eastman Kodak, first made cyanoacrylate glue in 1942.',
     'Цианоакрилатный клей впервые получил в 1942 г. Гарри Кувер, химик компании «Дюпон».'),
    ('employer', 'agree',
     'Harry Coover, a chemist at Eastman Kodak, first made cyanoacrylate glue in 1942.',
     'Цианоакрилатный клей впервые получил в 1942 г. Гарри Кувер, химик компании Eastman Kodak.'),
    ('employer', 'contradict',
     'Gary Starkweather, an engineer at Xerox, built the first laser printer in 1971.',
     'Первый лазерный принтер в 1971 г. построил Гэри Старкуэзер, инженер компании IBM.'),
    ('employer', 'agree',
     'Gary Starkweather, an engineer at Xerox, built the first laser printer in 1971.',
     'Первый лазерный принтер в 1971 г. построил Гэри Старкуэзер, инженер компании Xerox.'),
    ('employer', 'contradict',
     'Margaret Hamilton, an engineer at the MIT Instrumentation Laboratory, led the team that wrote the Apollo flight software.',
     'Коллективом, написавшим бортовые программы «Аполлона», руководила Маргарет Гамильтон, инженер компании IBM.'),
    ('premiere', 'contradict',
     "Tchaikovsky's Eugene Onegin was first given at the Maly Theatre in March 1879.",
     'Опера Чайковского «Евгений Онегин» впервые была представлена в марте 1879 г. в Большом театре.'),
    ('premiere', 'agree',
     "Tchaikovsky's Eugene Onegin was first given at the Maly Theatre in March 1879.",
     'Опера Чайковского «Евгений Онегин» впервые была представлена в марте 1879 г. в Малом театре.'),
    ('premiere', 'contradict',
     "Glinka's Ruslan and Lyudmila was first given at the Bolshoi Kamenny Theatre in December 1842.",
     'Опера Глинки «Руслан и Людмила» впервые была представлена в декабре 1842 г. в Александринском театре.'),
    ('premiere', 'agree',
     "Glinka's Ruslan and Lyudmila was first given at the Bolshoi Kamenny Theatre in December 1842.",
     'Опера Глинки «Руслан и Людмила» впервые была представлена в декабре 1842 г. в Большом Каменном театре.'),
    ('premiere', 'agree',
     "Verdi's opera was first given at the Teatro La Fenice in Venice.",
     'Опера Верди впервые была поставлена в венецианском театре «Ла Фениче».'),
    ('versus-title', 'agree',
     'In Brown Shoe Co. v. United States (1962) the Supreme Court blocked the merger of Brown Shoe with the Kinney shoe chain.',
     'По делу «Браун шу» против США (1962) Верховный суд запретил слияние компании Brown Shoe с обувной сетью Kinney.'),
    ('versus-title', 'contradict',
     'In Brown Shoe Co. v. United States (1962) the Supreme Court blocked the merger of Brown Shoe with the Kinney shoe chain.',
     'По делу «Браун шу» против США (1962) Верховный суд не стал запрещать слияние компании Brown Shoe с обувной сетью Kinney.'),
    ('versus-title', 'contradict',
     'In Epic Games v. Apple (2021) a federal judge in California found that Apple was not a monopolist in mobile gaming.',
     'По иску «Эпик геймз» против Apple (2021) федеральный суд в Калифорнии признал Apple монополистом на рынке мобильных игр.'),
    ('versus-title', 'agree',
     'In Epic Games v. Apple (2021) a federal judge in California found that Apple was not a monopolist in mobile gaming.',
     'По иску «Эпик геймз» против Apple (2021) федеральный суд в Калифорнии не признал Apple монополистом на рынке мобильных игр.'),
    ('versus-title', 'agree',
     'In Citizens United v. FEC (2010) the Supreme Court struck down limits on independent political spending by corporations.',
     'По делу «Ситизенс юнайтед» против Федеральной избирательной комиссии (2010) Верховный суд отменил ограничения на независимые политические расходы корпораций.'),
]

decided, test_row = table_tests(CASES)


def test_every_rule_has_examples_and_a_counter_example():
    check_rule_counts(CASES)


def test_a_quoted_party_before_против_names_a_case():
    from crosscheck.relate.negation import negation_info

    assert not negation_info("По делу «Ситизенс юнайтед» против Федеральной избирательной комиссии суд отменил ограничения.", "ru").weak
    assert negation_info("Агрессия против Украины осуждена.", "ru").weak  # a capital opening the sentence is no party
    assert negation_info("Партия выступила «категорически» против Навального.", "ru").weak  # a quoted word, no party


@pytest.mark.parametrize("text, first", [
    ("In Thomas Mann's novella the writer Gustav von Aschenbach travels to Venice.", "Thomas Mann's"),
    ("During Napoleon's retreat from Moscow the Grande Armée lost most of its horses.", "Napoleon's"),
    ("After Charles Darwin returned from the voyage he settled in Kent.", "Charles Darwin"),
    ("May Night is an opera by Rimsky-Korsakov.", "May Night"),
    ("Will Smith starred in the film.", "Will Smith"),
    ("All Saints Church stands on the hill.", "All Saints Church"),
])
def test_a_function_word_opening_a_sentence_is_no_part_of_a_name(text, first):
    from crosscheck.relate.role_names import read_names

    assert read_names(text, "en")[0].text == first

"""Round cf of issue 10 (read from the misjudged pairs of HELD-OUT141 and 142 after their first contact): rows written
for this test, none from an evaluation set.

* bank: the side a river joins another from is one fact: "a left tributary of the Kama" / «правый приток Камы», "a right
  tributary" / «впадает слева» clash (``lang/opposites.tsv``, concept ``bank``);
* build: the builder of one ship or machine fills one role: "built by Armstrong Whitworth" / «построенный компанией
  Vickers» clash, as two authors do (``lang/{en,ru}/role_predicates.tsv``, concept ``build``); "built" with no "by" names
  no builder;
* label-kind: a number after a noun that names things by number ("flight 981", «рейса 981») and a number after a name
  ("Boeing 737") are two labels, a flight's and a plane's, never one value told twice (``frame/labels.label_by_noun``,
  ``relate/unit_pairs.py``); two flight numbers still clash;
* defeat-noun: a noun of defeat names its loser right after it and its winner after «от» / "by" («закончился поражением
  Раевского от корпуса маршала Даву», "the defeat of Klengel's brigade by Tormasov"): the same loser as the other side's
  "defeated Raevsky" is one result, not the opposite of a win (``lang/{en,ru}/contest_roles.tsv``, kind ``defeat``);
* infinitive-win: "went on to defeat Raevsky" tells its subject's win, as "defeated" does, not a defeat (``lang/opposites.tsv``
  win +, ``lang/en/contest_roles.tsv`` active);
* single-quoted-title: a title in single quotes written in title case ("the single 'Don't You (Forget About Me)'"), or
  quoted after a poster, a slogan, a single («плакат «Не болтай!»», ``lang/{en,ru}/works.tsv``), negates nothing
  (``relate/quoted_titles.py``); quoted speech in sentence case keeps its negation.
"""

from __future__ import annotations

from pair_table import check_rule_counts, table_tests

CASES = [
    ('bank', 'contradict',
     'The Vishera, a left tributary of the Kama about 415 km long, rises in the northern Urals.',
     'Вишера — правый приток Камы длиной около 415 км, берущий начало на Северном Урале.'),
    ('bank', 'agree',
     'The Vishera, a left tributary of the Kama about 415 km long, rises in the northern Urals.',
     'Вишера — левый приток Камы длиной около 415 км, берущий начало на Северном Урале.'),
    ('bank', 'contradict',
     'The Zhizdra, a left tributary of the Oka, flows through the Kaluga region past the town of Kozelsk.',
     'Жиздра, правый приток Оки, протекает по Калужской области мимо Козельска.'),
    ('bank', 'contradict',
     'The Tsivil, a right tributary of the Volga, crosses Chuvashia and joins the Volga near Novocheboksarsk.',
     'Цивиль впадает слева в Волгу у Новочебоксарска, пересекая Чувашию.'),
    ('bank', 'agree',
     'The Tsivil, a right tributary of the Volga, crosses Chuvashia and joins the Volga near Novocheboksarsk.',
     'Цивиль впадает справа в Волгу у Новочебоксарска, пересекая Чувашию.'),
    ('build', 'contradict',
     'The battleship Retvizan, built by William Cramp and Sons in Philadelphia, joined the Russian Pacific squadron in 1902.',
     'Броненосец «Ретвизан», построенный фирмой Armstrong Whitworth в Филадельфии, вошёл в состав Тихоокеанской эскадры в 1902 г.'),
    ('build', 'agree',
     'The battleship Retvizan, built by William Cramp and Sons in Philadelphia, joined the Russian Pacific squadron in 1902.',
     'Броненосец «Ретвизан», построенный фирмой William Cramp and Sons в Филадельфии, вошёл в состав Тихоокеанской эскадры в 1902 г.'),
    ('build', 'contradict',
     'The royal yacht Standart, built by Burmeister and Wain in Copenhagen, was launched in 1895.',
     'Императорская яхта «Штандарт», построенная фирмой Blohm und Voss в Копенгагене, спущена на воду в 1895 г.'),
    ('build', 'contradict',
     'The icebreaker Svyatogor, built by Armstrong Whitworth for the Russian navy, was launched at Newcastle in August 1916.',
     'Ледокол «Святогор», построенный компанией Vickers для русского флота, спущен на воду в Ньюкасле в августе 1916 г.'),
    ('build', 'agree',
     'The icebreaker Svyatogor, ordered by the Russian navy for the White Sea, was launched at Newcastle in August 1916.',
     'Ледокол «Святогор», построенный компанией Armstrong Whitworth, спущен на воду в Ньюкасле в августе 1916 г.'),
    ('label-kind', '!contradict',
     'On 14 September 2008 an Aeroflot-Nord Boeing 737 crashed on approach to Perm, killing all 88 people aboard.',
     'Катастрофа рейса 821 компании «Аэрофлот-Норд» при заходе на посадку в Перми 14.09.2008 унесла жизни всех 88 человек.'),
    ('label-kind', '!contradict',
     'A Flydubai Boeing 737 crashed while landing at Rostov-on-Don on 19 March 2016, killing all 62 people aboard.',
     'Катастрофа рейса 981 компании Flydubai при посадке в Ростове-на-Дону 19.03.2016 унесла жизни всех 62 человек.'),
    ('label-kind', '!contradict',
     'An Ethiopian Airlines Boeing 737 crashed near Bishoftu on 10 March 2019, minutes after take-off, killing all 157 people aboard.',
     'Катастрофа рейса 302 Ethiopian Airlines близ Бишофту 10.03.2019, через несколько минут после взлёта, унесла жизни всех 157 человек.'),
    ('label-kind', 'contradict',
     'Flydubai flight 981, a Boeing 737, crashed while landing at Rostov-on-Don on 19 March 2016.',
     'Самолёт Boeing 737, выполнявший рейс 918 компании Flydubai, разбился при посадке в Ростове-на-Дону 19.03.2016.'),
    ('defeat-noun', 'agree',
     "At Saltanovka near Mogilev in July 1812 Marshal Davout's corps defeated the Russian troops of General Raevsky.",
     'Бой под Салтановкой близ Могилёва в июле 1812 г. закончился поражением Раевского от корпуса маршала Даву.'),
    ('defeat-noun', 'contradict',
     "At Saltanovka near Mogilev in July 1812 Marshal Davout's corps defeated the Russian troops of General Raevsky.",
     'Бой под Салтановкой близ Могилёва в июле 1812 г. закончился поражением маршала Даву от корпуса Раевского.'),
    ('defeat-noun', 'agree',
     'At Kobryn in July 1812 the Russian army of General Tormasov defeated the Saxon brigade of General Klengel.',
     'Бой под Кобрином в июле 1812 г. завершился поражением саксонской бригады генерала Кленгеля от войск Тормасова.'),
    ('defeat-noun', 'contradict',
     'At Kobryn in July 1812 the Russian army of General Tormasov defeated the Saxon brigade of General Klengel.',
     'Бой под Кобрином в июле 1812 г. завершился поражением Тормасова от саксонской бригады генерала Кленгеля.'),
    ('defeat-noun', 'agree',
     'At Gorodechno in August 1812 the Austrians of Schwarzenberg and the Saxons of Reynier defeated General Tormasov.',
     'Сражение при Городечно в августе 1812 г. закончилось поражением Тормасова от австрийцев Шварценберга и саксонцев Ренье.'),
    ('defeat-noun', 'agree',
     "The fight at Kobryn in July 1812 ended in the defeat of General Klengel's Saxon brigade by the Russian army of Tormasov.",
     'В июле 1812 г. под Кобрином русская армия генерала Тормасова разбила саксонскую бригаду генерала Кленгеля.'),
    ('defeat-noun', 'contradict',
     "The fight at Kobryn in July 1812 ended in the defeat of General Tormasov's Russian army by the Saxon brigade of Klengel.",
     'В июле 1812 г. под Кобрином русская армия генерала Тормасова разбила саксонскую бригаду генерала Кленгеля.'),
    ('infinitive-win', 'agree',
     'In July 1812 Tormasov marched on Kobryn to defeat the Saxon brigade of General Klengel.',
     'В июле 1812 г. под Кобрином Тормасов одержал победу над саксонской бригадой генерала Кленгеля.'),
    ('infinitive-win', 'agree',
     'In August 1812 Schwarzenberg joined forces with Reynier to defeat Tormasov at Gorodechno.',
     'В августе 1812 г. при Городечно Шварценберг и Ренье одержали победу над Тормасовым.'),
    ('infinitive-win', 'agree',
     'In July 1812 Davout held Mogilev and went on to defeat Raevsky at Saltanovka.',
     'В июле 1812 г. под Салтановкой Даву одержал победу над Раевским.'),
    ('infinitive-win', 'contradict',
     'In July 1812 Davout held Mogilev and went on to defeat Raevsky at Saltanovka.',
     'В июле 1812 г. под Салтановкой Раевский одержал победу над Даву.'),
    ('single-quoted-title', 'agree',
     "Simple Minds' single 'Don't You (Forget About Me)' reached number one in the United States in May 1985.",
     'Сингл Simple Minds «Don\'t You (Forget About Me)» возглавил американский хит-парад в мае 1985 г.'),
    ('single-quoted-title', 'agree',
     "Tom Petty's 'I Won't Back Down' came out as a single in April 1989.",
     'Песня Тома Петти «I Won\'t Back Down» вышла синглом в апреле 1989 г.'),
    ('single-quoted-title', 'agree',
     "Nina Vatolina's wartime poster 'Don't Chatter!' was printed in 1941.",
     'Плакат Нины Ватолиной «Не болтай!» был напечатан в 1941 году.'),
    ('single-quoted-title', 'contradict',
     "He told reporters: 'We will not raise taxes this year.'",
     'Он заявил журналистам: «Мы повысим налоги в этом году».'),
]

decided, test_row = table_tests(CASES)


def test_rule_counts():
    check_rule_counts(CASES)


def test_label_by_noun_tells_a_flight_from_a_plane():
    from crosscheck.frame.labels import label_by_noun

    assert label_by_noun("flight 981") and label_by_noun("рейса 363") and label_by_noun("model 5150")
    assert not label_by_noun("Boeing 737") and not label_by_noun("Ту-154") and not label_by_noun("Expo 58")


def test_a_noun_of_defeat_reads_its_loser_and_winner():
    from crosscheck.relate.contest_roles import contest

    hands = contest("The battle ended in the defeat of the Saxons at the hands of the Swedes.", "en")
    assert hands.loser == {"saxony"} and hands.winner == {"sweden"}
    # only the first name after the noun lost: Prussia is the next clause's subject
    assert contest("После поражения Наполеона в России Пруссия перешла на сторону коалиции.", "ru").loser == {"npln"}


def test_an_infinitive_after_failed_tells_no_win():
    from crosscheck.relate.contest_roles import contest

    assert contest("At Borodino in 1812 Napoleon failed to defeat Kutuzov.", "en") is None
    assert contest("In July 1812 Davout went on to defeat Raevsky at Saltanovka.", "en").loser == {"rvsk"}

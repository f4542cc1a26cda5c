"""Round bv of issue 10 (read from the misjudged pairs of HELD-OUT129 and 130 after their first contact): rows written for
this test, none from an evaluation set.

* title-negation: a negation inside the quoted title of a work, or in its translation in parentheses («песню «Ne me quitte
  pas» («Не покидай меня»)»), negates no verb of the claim (``relate/negation.py``);
* count-bound: in a close rendering a lower bound holds an exact count within 15 % ("1,836 people" / «более 1800
  человек»: ``relate/bound_kinds.py``), not one far beyond it;
* work-rank: a work's place among its author's works is read with the author named after the noun («третий роман
  Жан-Поля Сартра» / "Sartre's first novel": ``relate/rank.py``);
* hand: a turn to one hand or a rotation one way ("to the right" / «влево», "clockwise" / «против часовой стрелки») is a
  pair of opposites (``lang/opposites.tsv``);
* signed-with: a player who "signed with" a club / «подписал контракт с командой» joined it (``lang/{en,ru}/role_predicates.tsv``);
* source: the writer a work is based on ("based on a story by Pushkin" / «по повести Гоголя») fills one role;
* water-of: an English water named by its head and "of" ("the Bay of Biscay", ``lang/en/water_heads.tsv``) is keyed as the
  Russian adjective and head are («Бискайский залив»: ``frame/divisions.py``), so the two are one place (an adjective
  made irregularly too: "the Gulf of Corinth" / «Коринфский залив») and another water is a clash;
* commander: «её командующий» names a commander as «её командир» does, past a noble title or a rank
  (``lang/ru/role_predicates.tsv``).

A reading table checks the gazetteer's exonyms of round bv (Cologne / Кёльн, Basra).
"""

from __future__ import annotations

import pytest
from pair_table import check_rule_counts, table_tests

CASES = [
    ('title-negation', 'agree',
     'Édith Piaf first recorded "Non, je ne regrette rien" in 1960.',
     'Песню «Non, je ne regrette rien» («Нет, я ни о чём не жалею») Эдит Пиаф впервые записала в 1960 году.'),
    ('title-negation', 'agree',
     'Charles Aznavour recorded "Je n\'ai pas oublié" in 1964.',
     'Знаменитую песню «Je n\'ai pas oublié» («Я не забыл») французский шансонье Шарль Азнавур записал в 1964 году.'),
    ('title-negation', 'agree',
     'Serge Gainsbourg released "Je t\'aime... moi non plus" with Jane Birkin in 1969.',
     'Песню «Je t’aime… moi non plus» («Я тебя люблю… я тебя тоже нет») Серж Генсбур выпустил вместе с Джейн Биркин в 1969 году.'),
    ('title-negation', 'agree',
     'François Truffaut made Shoot the Piano Player in 1960.',
     'Франсуа Трюффо снял фильм «Не стреляйте в пианиста» в 1960 году.'),
    ('title-negation', 'contradict',
     'Édith Piaf recorded the song "Milord" in 1959.',
     'Знаменитую песню «Милорд» французская певица Эдит Пиаф не записывала в 1959 году.'),
    ('count-bound', 'agree',
     'The 1953 North Sea flood killed 1,836 people in the Netherlands.',
     'Наводнение 1953 года на Северном море унесло в Нидерландах жизни более 1800 человек.'),
    ('count-bound', 'agree',
     'In 1906 the San Francisco earthquake left 225,000 people homeless.',
     'В 1906 году землетрясение в Сан-Франциско оставило без крова более 200 000 человек.'),
    ('count-bound', 'agree',
     'The Vajont dam disaster of 1963 killed 1,917 people in the Piave valley.',
     'Катастрофа на плотине Вайонт в 1963 году унесла в долине Пьяве жизни более 1900 человек.'),
    ('count-bound', 'contradict',
     'The 1953 North Sea flood killed 2,836 people in the Netherlands.',
     'Наводнение 1953 года на Северном море унесло в Нидерландах жизни более 1800 человек.'),
    ('work-rank', 'contradict',
     'Nausea, Jean-Paul Sartre\'s first novel, appeared in 1938.',
     '«Тошнота» — третий роман Жан-Поля Сартра, вышедший в 1938 году.'),
    ('work-rank', 'contradict',
     'Sense and Sensibility, Jane Austen\'s first published novel, came out in 1811.',
     '«Чувство и чувствительность» — второй роман Джейн Остин, вышедший в 1811 году.'),
    ('work-rank', 'contradict',
     'Rebecca, Daphne du Maurier\'s fifth novel, was published in 1938.',
     '«Ребекка» — второй роман Дафны дю Морье, вышедший в 1938 году.'),
    ('work-rank', 'agree',
     'Buddenbrooks, Thomas Mann\'s first novel, appeared in 1901.',
     '«Будденброки» — первый роман Томаса Манна, вышедший в 1901 году.'),
    ('work-rank', 'agree',
     'Rebecca, Daphne du Maurier\'s fifth novel, was published in 1938.',
     '«Ребекка» — пятый роман Дафны дю Морье, вышедший в 1938 году.'),
    ('hand', 'contradict',
     'In the Northern Hemisphere the Coriolis effect deflects moving air to the right of its path.',
     'В Северном полушарии сила Кориолиса отклоняет движущийся воздух влево от направления движения.'),
    ('hand', 'contradict',
     'Seen from above the North Pole, the Earth rotates clockwise.',
     'Если смотреть со стороны Северного полюса, Земля вращается против часовой стрелки.'),
    ('hand', 'contradict',
     'In Britain and Japan traffic keeps to the left of the road.',
     'В Великобритании и Японии движение правостороннее: машины держатся вправо.'),
    ('hand', 'agree',
     'Seen from above the North Pole, the Earth rotates anticlockwise.',
     'Если смотреть со стороны Северного полюса, Земля вращается против часовой стрелки.'),
    ('hand', 'agree',
     'Hurricanes in the Southern Hemisphere spin clockwise.',
     'Ураганы в Южном полушарии вращаются по часовой стрелке.'),
    ('signed-with', 'contradict',
     'Yao Ming signed with the Houston Rockets in 2002.',
     'Яо Мин в 2002 году подписал контракт с командой «Орландо Мэджик».'),
    ('signed-with', 'contradict',
     'Dirk Nowitzki signed with the Dallas Mavericks in 1998.',
     'Дирк Новицки в 1998 году подписал контракт с клубом «Бостон Селтикс».'),
    ('signed-with', 'contradict',
     'Manu Ginóbili signed with the San Antonio Spurs in 2002.',
     'Ману Джинобили в 2002 году подписал контракт с клубом «Майами Хит».'),
    ('signed-with', 'agree',
     'Tony Parker signed with the San Antonio Spurs in 2001.',
     'Тони Паркер в 2001 году подписал контракт с командой «Сан-Антонио Спёрс».'),
    ('signed-with', 'agree',
     'Pau Gasol signed with the Memphis Grizzlies in 2001.',
     'Пау Газоль в 2001 году подписал контракт с командой «Мемфис Гриззлис».'),
    ('source', 'contradict',
     'Tchaikovsky\'s opera The Queen of Spades is based on a story by Pushkin.',
     'Опера Чайковского «Пиковая дама» написана по повести Гоголя.'),
    ('source', 'contradict',
     'Verdi\'s opera Rigoletto is based on a play by Victor Hugo.',
     'Опера Верди «Риголетто» написана по пьесе Александра Дюма.'),
    ('source', 'contradict',
     'Puccini\'s opera Tosca is based on a play by Victorien Sardou.',
     'Опера Пуччини «Тоска» написана по пьесе Эжена Скриба.'),
    ('source', 'agree',
     'Mussorgsky\'s opera Sorochintsy Fair is based on a story by Gogol.',
     'Опера Мусоргского «Сорочинская ярмарка» написана по повести Гоголя.'),
    ('source', 'agree',
     'Bizet\'s opera Carmen is based on a novella by Prosper Mérimée.',
     'Опера Бизе «Кармен» написана по новелле Проспера Мериме.'),
    ('water-of', 'contradict',
     'The Oulujoki flows into the Gulf of Bothnia at the city of Oulu.',
     'Оулуйоки впадает в Рижский залив у города Оулу.'),
    ('water-of', 'contradict',
     'The Kokemäenjoki flows into the Gulf of Bothnia near the port of Pori.',
     'Кокемяэнйоки впадает в Рижский залив близ порта Пори.'),
    ('water-of', 'contradict',
     'The Bidasoa flows into the Bay of Biscay at Hendaye.',
     'Бидасоа впадает в Лионский залив у Андая.'),
    ('water-of', 'agree',
     'The Loire, France\'s longest river, flows into the Bay of Biscay at Saint-Nazaire.',
     'Луара, самая длинная река Франции, впадает в Бискайский залив у Сен-Назера.'),
    ('water-of', 'agree',
     'The Torne forms the border and flows into the Gulf of Bothnia at Haparanda.',
     'Торнионйоки образует границу и впадает в Ботнический залив у Хапаранды.'),
    ('water-of', 'agree',
     'The Gulf of Corinth, some 130 km long, separates the Peloponnese from mainland Greece.',
     'Коринфский залив длиной около 130 км отделяет Пелопоннес от материковой Греции.'),
    ('commander', 'contradict',
     'At Coutras the Huguenots crushed a royal army whose commander, the Duke of Joyeuse, was killed.',
     'При Кутра гугеноты разгромили королевскую армию; её командующий, герцог Гиз, погиб.'),
    ('commander', 'contradict',
     'At Denain the French defeated an allied force whose commander, the Earl of Albemarle, was captured.',
     'При Денене французы разгромили союзный отряд; его командующий, граф Евгений Савойский, попал в плен.'),
    ('commander', 'contradict',
     'At Killiecrankie the Jacobites routed a government army whose commander, General Hugh Mackay, escaped.',
     'При Килликрэнки якобиты разгромили правительственную армию; её командующий, генерал Джон Грэм, спасся бегством.'),
    ('commander', 'agree',
     'At Killiecrankie the Jacobites routed a government army whose commander, General Hugh Mackay, escaped.',
     'При Килликрэнки якобиты разгромили правительственную армию; её командующий, генерал Хью Маккей, спасся бегством.'),
    ('commander', 'agree',
     'At Rossbach the Prussians routed a French army whose commander, the Prince of Soubise, fled the field.',
     'При Росбахе пруссаки разгромили французскую армию; её командующий, принц Субиз, бежал с поля боя.'),
]

decided, test_row = table_tests(CASES)


def test_every_rule_has_examples_and_a_counter_example():
    check_rule_counts(CASES)


@pytest.mark.parametrize("name, key", [("Cologne", "koln"), ("Köln", "koln"), ("Кёльн", "koln"), ("Basra", "basrah"),
                                       ("Басра", "basrah")])
def test_exonyms_read_as_one_place(name, key):
    from crosscheck.lang.gazetteer import lookup

    assert lookup(name) == ("place", key)


@pytest.mark.parametrize("text, place", [
    ("The Lot runs through Cahors on its way to the Garonne.", "Cahors"),
    ("The Dordogne flows past Bergerac before joining the Garonne.", "Bergerac"),
    ("The express ran from Paris to Marseille via Dijon.", "Dijon"),
    ("The expedition trekked across Patagonia in 1879.", "Patagonia"),
    ("The railway was extended beyond Tromsø in 1990.", "Tromsø"),
])
def test_a_capitalised_word_after_a_preposition_of_a_course_is_a_place(text, place):
    """Round bv: "past", "through", "via", "across", "beyond" place the one capitalised word after them
    (``lang/en/locative_words.tsv``), as "in" and "near" do; the Bay of Biscay is one water with «Бискайский залив»."""
    from crosscheck.frame import frame_text

    assert (place, "place") in {(e.text, e.type) for e in frame_text(text, "en").entities}


def test_a_people_after_a_preposition_of_a_course_is_no_place():
    from crosscheck.frame import frame_text

    assert not [e for e in frame_text("The book was translated through English into Russian.", "en").entities if e.type == "place"]


def test_a_water_named_with_of_is_keyed_as_its_russian_adjective():
    from crosscheck.frame import frame_text

    (en,) = [e.key for e in frame_text("The Adour reaches the Bay of Biscay near Bayonne.", "en").entities if e.text == "Bay of Biscay"]
    (ru,) = [e.key for e in frame_text("Адур впадает в Бискайский залив близ Байонны.", "ru").entities if "залив" in e.text]
    from crosscheck.frame.divisions import divisions_close

    assert en.startswith("wat:") and ru == "wat:bsk" and divisions_close(en, ru)
    # two Russian waters whose names open alike stay two («Красноярское» / «Краснодарское водохранилище»)
    assert not divisions_close("wat:krsnr", "wat:krsndr")


@pytest.mark.parametrize("text, lang, negated", [
    ("Знаменитую песню «Ne me quitte pas» («Не покидай меня») Жак Брель записал в 1959 году.", "ru", False),
    ("Песню «Не покидай меня» Жак Брель так и не записал.", "ru", True),
    ("Франсуа Трюффо снял фильм «Не стреляйте в пианиста» в 1960 году.", "ru", False),
    ("Ivan Kramskoi's 1883 portrait Unknown Woman hangs in the Tretyakov Gallery.", "en", False),
    ("The cause of the fire is unknown.", "en", True),
    ("Queen recorded \"Don't Stop Me Now\" in 1978.", "en", False),
    ("Queen did not record the song in 1978.", "en", True),
])
def test_a_negation_inside_a_title_negates_nothing(text, lang, negated):
    """Round bv: a quoted title after a noun of a work, its translation in parentheses, an English title-case quotation and
    a capitalised word negating by its form ("Unknown Woman") hold no negation of the claim (``relate/quoted_titles.py``)."""
    from crosscheck.relate.negation import negation_info

    assert negation_info(text, lang).negated is negated


def test_a_title_case_quotation_holds_no_no():
    from crosscheck.relate.negation import negation_info

    assert not negation_info('At the premiere of "No Time to Die" he wore a crimson jacket.', "en").weak

"""Round k of issue 10 (the mechanisms that failed on independently worded comparable pairs of HELD-OUT7, 8 and 9).
Rows written for this test, none from the seeds or a bench set; each rule has at least three rows and counter-examples:

* org-crossed: in a paraphrase (below translation likeness), an organisation each side names without a counterpart (an English acronym is one:
  "NASA", "UEFA"; ``lang/en/common_acronyms.tsv`` lists those that are not) may be another one in the same role:
  never `agree`; the same organisation on both sides agrees;
* measure: figures in units of one dimension compare in its base unit (``lang/measures.tsv``: "10 994 метров" =
  "almost 11 kilometres"), a larger unit followed by a smaller one is one measure ("восемь метров девяносто
  сантиметров" = 8.90 m); a length never pairs with a mass or an area ("square kilometres" = «км²»);
* fraction: a share written as a fraction ("about a fifth of", «около трети», «две трети») is a figure in percent;
  a part of a period ("the second half of the century") is none;
* shared-name: below topic likeness, a name both texts carry (read from the text where the frame missed it: "Telegram" /
  «Телеграм») ties a clash of values into one statement; a negation alone does not;
* name-ties-agree: between topic and translation likeness the same text-read name ties an agreement that shares only
  countries otherwise ("Lake Tanganyika" / «Танганьика»);
* role-agree: below same-statement likeness a person in common and one role predicate (``role_predicates.tsv``) tie an
  agreement, never a contradiction ("Tolstoy wrote War and Peace" / «Толстой написал „Анну Каренину“»);
* absence: "has no X" against "has an X" / «у … есть» is a clash (against a side stating nothing either way it stays
  uncertain);
* lose-present: «проигрывает», «проигрывают» (stem «проигрыв») are the lose pole of ``lang/opposites.tsv``, so "не
  проигрывает" is "does not lose", no negation of "beat";
* bare-turn: a negation that is the only clash, with nothing else stated on either side, turns one statement round
  below topic likeness down to 7.1 sigmas (``statement.Z_BARE_TURN``);
* ordinal-name: an ordinal that is part of a name ("the Eighth Symphony", "First Piano Concerto") counts a thing, no
  event, so the statement's date is compared.
"""

from __future__ import annotations

from pair_table import check_rule_counts, table_tests

CASES = [
    # rule, expected relation ("!x": anything but x), EN, RU
    ("org-crossed", "!agree", "The Tour de France is organised every summer by UEFA.",
     "Велогонку «Тур де Франс» каждое лето проводит компания ASO."),
    ("org-crossed", "!agree", "In 1998 the euro exchange rate was first fixed by the IMF.",
     "В 1998 году курс евро впервые установил Европейский центральный банк."),
    ("org-crossed", "!agree", "The James Webb telescope, put into orbit in 2021, is mainly operated by ESA.",
     "Телескоп «Джеймс Уэбб» был выведен на орбиту в 2021 году агентством НАСА."),
    # translations: acronyms are translated ("MFA" / «МИД»), so two acronyms are no crossing there
    ("org-crossed", "agree", "The MFA described the talks between Russia and Turkey as useful.",
     "В МИД назвали переговоры России и Турции полезными."),
    ("org-crossed", "agree", "The Hubble Space Telescope, launched in 1990, is operated by NASA.",
     "Космический телескоп «Хаббл», запущенный в 1990 году, эксплуатирует НАСА."),
    ("org-crossed", "agree", "The World Cup is held every four years by FIFA.",
     "Чемпионат мира по футболу раз в четыре года проводит ФИФА."),
    ("org-crossed", "!related", "The double helix structure of DNA was described in 1953.",
     "Структура двойной спирали ДНК была описана в 1953 году."),
    ("measure", "agree", "Mount Elbrus rises 5,642 metres above sea level.", "Высота Эльбруса — около 5,6 километра над уровнем моря."),
    ("measure", "agree", "The marathon distance is 42.195 kilometres.", "Марафонская дистанция составляет 42 километра 195 метров."),
    ("measure", "agree", "On 12 April 1961 Yuri Gagarin's flight around the Earth lasted 108 minutes.",
     "12 апреля 1961 года полёт Юрия Гагарина вокруг Земли продолжался 1 час 48 минут."),
    ("measure", "contradict", "Mount Elbrus rises 4,642 metres above sea level.", "Высота Эльбруса — около 5,6 километра над уровнем моря."),
    ("measure", "contradict", "The marathon distance is 40.195 kilometres.", "Марафонская дистанция составляет 42 километра 195 метров."),
    ("measure", "contradict", "On 12 April 1961 Yuri Gagarin's flight around the Earth lasted 88 minutes.",
     "12 апреля 1961 года полёт Юрия Гагарина вокруг Земли продолжался 1 час 48 минут."),
    ("measure", "contradict", "At the 1991 World Championships Mike Powell long-jumped 8.95 metres.",
     "На чемпионате мира 1991 года Майк Пауэлл прыгнул в длину на восемь метров девяносто сантиметров."),
    ("measure", "contradict", "The expedition lasted 5 months and 2 days.", "Экспедиция продолжалась 5 месяцев и 3 дня."),
    ("measure", "agree", "The expedition lasted 5 months and 2 days.", "Экспедиция продолжалась 5 месяцев и 2 дня."),
    ("measure", "!contradict", "The parcel weighs 5 kg.", "Посылку отправили за 5 км отсюда."),
    ("measure", "!contradict", "The Volga is 3,530 kilometres long.", "Площадь бассейна Волги — около 1,36 млн км²."),
    ("measure", "agree", "The Caspian Sea covers about 371,000 square kilometres.", "Площадь Каспийского моря — около 371 тыс. км²."),
    # likeness below topic level (6.6-7.0 sigmas): a name the frame reads on one side only ties the two as one statement
    ("shared-name", "contradict", "Telegram was launched in August 2013.", "Мессенджер Телеграм заработал в августе 2015 года."),
    ("shared-name", "contradict", "Instagram was launched in October 2010.", "Инстаграм начал работу в октябре 2012 года."),
    ("shared-name", "contradict", "The Atacama Desert lies in Chile.", "Пустыня Атакама находится в Аргентине."),
    ("shared-name", "agree", "Telegram was launched in August 2013.", "Мессенджер Телеграм заработал в августе 2013 года."),
    ("shared-name", "agree", "Instagram was launched in October 2010.", "Инстаграм начал работу в октябре 2010 года."),
    # a negation against a statement about the same subject with other values: not one statement turned round
    ("shared-name", "!contradict", "Arsenal beat Chelsea 3-0 at the Emirates Stadium on Saturday to go top of the Premier League.",
     "«Арсенал» не проигрывает «Челси» дома с 2018 года."),
    # between topic and translation likeness, a name both texts carry (read from the text) ties an agreement that
    # otherwise shares only countries; another name (Malawi / «Ньяса») does not
    ("name-ties-agree", "agree", "Lake Tanganyika is shared by Tanzania, the Congo, Burundi and Zambia.",
     "Танганьика, второе по глубине озеро мира, омывает берега Танзании, Конго, Бурунди и Замбии."),
    ("name-ties-agree", "agree", "Lake Titicaca is divided between Bolivia and Peru.",
     "Титикака, крупнейшее по запасам пресной воды озеро Южной Америки, поделено между Боливией и Перу."),
    ("name-ties-agree", "agree", "The Mekong runs through China, Laos, Cambodia and Vietnam.",
     "Меконг, крупнейшая река Индокитая, течёт по Китаю, Лаосу, Камбодже и Вьетнаму."),
    ("name-ties-agree", "!agree", "Lake Malawi is shared by Malawi, Mozambique and Tanzania.",
     "Ньяса, одно из Великих африканских озёр, омывает берега Малави, Мозамбика и Танзании."),
    # below same-statement likeness, a person in common and one role predicate ("wrote" / «написал») tie an agreement;
    # never a contradiction: two works of one author are two statements
    ("role-agree", "agree", "Modest Mussorgsky wrote the opera Boris Godunov in 1869, basing it on a drama by Alexander Pushkin.",
     "Оперу «Борис Годунов» Мусоргский написал в 1869 году."),
    ("role-agree", "agree", "The novel Oblomov was written by Ivan Goncharov in 1859, after a decade of work and a voyage to Japan.",
     "Роман «Обломов» Гончаров написал в 1859 году."),
    ("role-agree", "agree", "Alexander Griboyedov wrote Woe from Wit in 1824 while serving as a diplomat in the Caucasus.",
     "Комедию «Горе от ума» Грибоедов написал в 1824 году."),
    ("role-agree", "!contradict", "Tolstoy wrote War and Peace in the 1860s.", "Толстой написал «Анну Каренину» в 1870-х годах."),
    ("role-agree", "!agree", "Modest Mussorgsky wrote the opera Boris Godunov in 1869, basing it on a drama by Alexander Pushkin.",
     "Оперу «Борис Годунов» Мусоргский написал в 1874 году."),
    ("fraction", "contradict", "About a quarter of the Earth's surface is covered by oceans.",
     "Около 71 % поверхности Земли покрыто океанами."),
    ("fraction", "contradict", "Roughly half of the Netherlands lies below sea level.",
     "Около четверти территории Нидерландов лежит ниже уровня моря."),
    ("fraction", "contradict", "Two thirds of the Russian population lives in cities.",
     "В городах живёт около 20 % населения России."),
    ("fraction", "agree", "About a quarter of the Netherlands lies below sea level.",
     "Около 26 % территории Нидерландов лежит ниже уровня моря."),
    ("fraction", "agree", "Two thirds of the Earth's surface is covered by oceans.",
     "Около 70 % поверхности Земли покрыто океанами."),
    ("fraction", "agree", "Roughly half of the Netherlands lies less than one metre above sea level.",
     "Половина территории Нидерландов лежит менее чем на метр выше уровня моря."),
    ("fraction", "!contradict", "The novel was written in the second half of the 19th century.",
     "Роман был написан во второй половине XIX века."),
    ("lose-present", "contradict", "Barcelona always beat Getafe at home.", "«Барселона» всегда проигрывает «Хетафе» дома."),
    ("lose-present", "contradict", "In chess the computer now usually wins against the world champion.",
     "В шахматы компьютер теперь обычно проигрывает чемпиону мира."),
    ("lose-present", "agree", "Arsenal never lose to Chelsea at home.", "«Арсенал» никогда не проигрывает «Челси» дома."),
    ("lose-present", "agree", "Barcelona always lose to Getafe at home.", "«Барселона» всегда проигрывает «Хетафе» дома."),
    ("absence", "contradict", "Iceland has no army.", "У Исландии есть армия."),
    ("absence", "contradict", "Venus has a natural satellite.", "У Венеры нет естественных спутников."),
    ("absence", "contradict", "There is no metro in Kazan.", "В Казани есть метро."),
    ("absence", "agree", "Iceland has no army.", "У Исландии нет армии."),
    ("absence", "agree", "Venus has no natural satellites.", "У Венеры нет естественных спутников."),
    ("absence", "!contradict", "There is no metro in Kazan.", "В Казани ходят трамваи."),
    # likeness between 7.1 sigmas and topic level (7.2-7.3): before round k "different statements on one topic"; below 7.1
    # (6.8: "Peanuts") sentences of one topic with no values are too many to read a lone negation as a clash
    ("bare-turn", "contradict", "Crabs are crustaceans.", "Крабы не относятся к ракообразным."),
    ("bare-turn", "contradict", "Octopuses are molluscs.", "Осьминоги не относятся к моллюскам."),
    ("bare-turn", "!contradict", "Peanuts are nuts.", "Арахис не является орехом."),
    ("bare-turn", "contradict", "Penguins cannot fly.", "Пингвины умеют летать."),
    ("bare-turn", "agree", "Whales are not fish.", "Киты не являются рыбами."),
    ("bare-turn", "agree", "Penguins cannot fly.", "Пингвины не умеют летать."),
    ("ordinal-name", "contradict", "Tchaikovsky's First Piano Concerto was first performed in Boston in 1875.",
     "Первый фортепианный концерт Чайковского впервые прозвучал в Бостоне в 1878 году."),
    ("ordinal-name", "contradict", "Mahler's Eighth Symphony was first performed in Munich in 1910.",
     "Восьмая симфония Малера впервые прозвучала в Мюнхене в 1906 году."),
    ("ordinal-name", "agree", "Shostakovich's Seventh Symphony was first performed in Kuibyshev in 1942.",
     "Седьмая симфония Шостаковича впервые прозвучала в Куйбышеве в 1942 году."),
    ("ordinal-name", "agree", "Mahler's Eighth Symphony was first performed in Munich in 1910.",
     "Восьмая симфония Малера впервые прозвучала в Мюнхене в 1910 году."),
]

decided, test_row = table_tests(CASES)


def test_rule_counts():
    check_rule_counts(CASES)

"""Round ab of issue 10 (HELD-OUT37/38 read for their misjudged rows after their first contact; general causes only).
Rows written for this test, none from the seeds or a bench set; each rule has at least three rows and a counter-example:

* vich-surname: a Russian surname in -вич that the dictionary knows only as a surname («Сенкевич», «Мицкевич»,
  «Шостакович») is no patronymic: "Henryk Sienkiewicz" / «Генрик Сенкевич» was keyed by the first name alone and
  clashed (``frame/names.person_key``).
* former-state: a people's adjective of a former state and of a country on its territory today ("Ottoman" /
  «турецкая», "Soviet" / «российский», "Austro-Hungarian" / «австрийская») name one place in two periods, so the
  agreement is checked (``relate/open_clash.other_nationality`` with ``gazetteer.one_territory``).
* hotel: a capitalised name ending in "Hotel" or "Restaurant" is no person ("Savoy Hotel": ``lang/en/nonperson_heads.tsv``).
* spanish-j: a Spanish "j" inside a word is rendered «х» (Tijuana = Тихуана, Cajamarca = Кахамарка:
  ``lang/ru/latin_renderings.tsv``), and a Russian place form is looked up in the gazetteer under every dictionary
  form («Тихуане» was read as «Тихуан»: ``frame/names.place_key``).
* people-rank: a person of a continent or region counted in order ("the first Latin American to win" / «вторым
  латиноамериканцем», "the first Asian" / «третьим азиатом») is a place in one class (``lang/{en,ru}/ranks.tsv``, kind
  ``category``): two places are a rank clash.
* ru-lead-noun: a Russian common noun opening the sentence before the name («Лайнер „Титаник“», «Небоскрёб
  „Бурдж-Халифа“») is no subject: the rank's subject is the name after it (``relate/rank._first``), as an English weak
  first word was.
* one-person: in a report of an event, a person spelled otherwise on the other side ("Seebeck" / «Зеебек", "Sauerbruch"
  / «Зауэрбрух»: a German initial S before a vowel reads «З», ``lang/ru/latin_renderings.tsv``) is one participant, not
  "different participants" (``relate/name_keys.align_persons``).
"""

from __future__ import annotations

from pair_table import check_rule_counts, table_tests

CASES = [
    # rule, expected relation ("!x": anything but x), EN, RU
    ("vich-surname", "agree", "Henryk Sienkiewicz received the Nobel Prize in Literature in 1905.",
     "Польский писатель Генрик Сенкевич стал лауреатом Нобелевской премии по литературе в 1905 году."),
    ("vich-surname", "agree", "The poet Adam Mickiewicz finished his epic Pan Tadeusz in Paris in 1834.",
     "Поэт Адам Мицкевич завершил поэму «Пан Тадеуш» в Париже в 1834 году."),
    ("vich-surname", "agree", "Dmitri Shostakovich completed his Seventh Symphony in Kuibyshev in December 1941.",
     "Дмитрий Шостакович завершил Седьмую симфонию в Куйбышеве в декабре 1941 года."),
    ("vich-surname", "!agree", "Henryk Sienkiewicz received the Nobel Prize in Literature in 1905.",
     "Польский писатель Болеслав Прус стал лауреатом Нобелевской премии по литературе в 1905 году."),
    ("former-state", "agree", "In 1683 the Ottoman army laid siege to Vienna for two months.",
     "В 1683 году турецкая армия два месяца осаждала Вену."),
    ("former-state", "agree", "In 1914 the Austro-Hungarian army invaded Serbia.",
     "В 1914 году австрийская армия вторглась в Сербию."),
    ("former-state", "agree", "In 1961 the Soviet cosmonaut Yuri Gagarin became the first person in space.",
     "В 1961 году российский космонавт Юрий Гагарин стал первым человеком в космосе."),
    ("former-state", "!agree", "In 1683 the Ottoman army laid siege to Vienna for two months.",
     "В 1683 году персидская армия два месяца осаждала Вену."),
    ("hotel", "agree", "The Peach Melba was created at the Savoy Hotel in London around 1892 by Auguste Escoffier.",
     "Десерт «Персик Мельба» придумал около 1892 года Огюст Эскофье в лондонском отеле «Савой»."),
    ("hotel", "!contradict", "The Sachertorte was first made in Vienna in 1832 and is now served at the Hotel Sacher.",
     "Торт «Захер» впервые приготовили в Вене в 1832 году; сегодня его подают в отеле «Захер»."),
    ("hotel", "!contradict", "Caesar salad was invented in Tijuana in 1924 at Caesar Cardini’s restaurant.",
     "Салат «Цезарь» придумал в 1924 году в Тихуане ресторатор Цезарь Кардини."),
    ("hotel", "contradict", "The Peach Melba was created at the Savoy Hotel in London around 1892 by Auguste Escoffier.",
     "Десерт «Персик Мельба» придумал около 1892 года Мари-Антуан Карем в лондонском отеле «Савой»."),
    ("spanish-j", "agree", "The border city of Tijuana grew rapidly during American Prohibition in the 1920s.",
     "Пограничный город Тихуана быстро вырос в 1920-х годах во время сухого закона в США."),
    ("spanish-j", "agree", "Francisco Pizarro captured the Inca ruler Atahualpa at Cajamarca in 1532.",
     "Франсиско Писарро захватил правителя инков Атауальпу в Кахамарке в 1532 году."),
    ("spanish-j", "agree", "The Battle of Badajoz ended with the British storming of the fortress in April 1812.",
     "Битва при Бадахосе завершилась штурмом крепости британцами в апреле 1812 года."),
    ("spanish-j", "contradict", "The border city of Tijuana grew rapidly during American Prohibition in the 1920s.",
     "Пограничный город Мехикали быстро вырос в 1920-х годах во время сухого закона в США."),
    ("people-rank", "contradict", "In 1945 the Chilean poet Gabriela Mistral became the first Latin American to win the Nobel Prize in Literature.",
     "Чилийская поэтесса Габриэла Мистраль стала вторым латиноамериканцем, получившим Нобелевскую премию по литературе."),
    ("people-rank", "contradict", "In 1913 Rabindranath Tagore became the first Asian to receive a Nobel Prize.",
     "В 1913 году Рабиндранат Тагор стал третьим азиатом, получившим Нобелевскую премию."),
    ("people-rank", "agree", "In 1986 Wole Soyinka became the first African to win the Nobel Prize in Literature.",
     "В 1986 году Воле Шойинка стал первым африканцем, получившим Нобелевскую премию по литературе."),
    ("people-rank", "contradict", "In 1986 Wole Soyinka became the first African to win the Nobel Prize in Literature.",
     "В 1986 году Воле Шойинка стал вторым африканцем, получившим Нобелевскую премию по литературе."),
    ("people-rank", "agree", "In 1988 Naguib Mahfouz became the first Arab writer to win the Nobel Prize in Literature.",
     "В 1988 году Нагиб Махфуз стал первым арабом — лауреатом Нобелевской премии по литературе."),
    ("ru-lead-noun", "contradict", "When she sailed in April 1912, the Titanic was the largest ship afloat.",
     "Лайнер «Титаник» в апреле 1912 года был лишь вторым по величине судном на плаву."),
    ("ru-lead-noun", "contradict", "The Burj Khalifa in Dubai is the tallest building in the world.",
     "Небоскрёб «Бурдж-Халифа» в Дубае — лишь третье по высоте здание мира."),
    ("ru-lead-noun", "agree", "In 1950 the Maracanã in Rio de Janeiro was the largest stadium in the world.",
     "Стадион «Маракана» в Рио-де-Жанейро в 1950 году был крупнейшим в мире."),
    ("ru-lead-noun", "!contradict", "When she sailed in April 1912, the Titanic was the second-largest ship afloat.",
     "Лайнер «Олимпик» в апреле 1912 года был крупнейшим судном на плаву."),
    ("ru-lead-noun", "contradict", "When the Queen Mary 2 made her maiden voyage in January 2004, she was only the second-largest passenger ship afloat.",
     "Лайнер «Куин Мэри 2», совершивший первый рейс в январе 2004 года, был тогда крупнейшим пассажирским судном в мире."),
    ("one-person", "agree", "On 5 May 1823 Thomas Seebeck met Hans Christian Oersted in Berlin.",
     "5 мая 1823 года Томас Зеебек встретился в Берлине с Хансом Кристианом Эрстедом."),
    ("one-person", "agree", "On 14 July 1931 the surgeon Ferdinand Sauerbruch received Ivan Pavlov in Berlin.",
     "14 июля 1931 года хирург Фердинанд Зауэрбрух принял в Берлине Ивана Павлова."),
    ("one-person", "agree", "On 3 June 1905 the composer Gustav Mahler met Richard Strauss in Strasbourg.",
     "3 июня 1905 года композитор Густав Малер встретился с Рихардом Штраусом в Страсбурге."),
    ("one-person", "!agree", "On 5 May 1823 Thomas Seebeck met Hans Christian Oersted in Berlin.",
     "5 мая 1823 года Томас Зеебек встретился в Берлине с Александром Гумбольдтом."),
]

decided, test_row = table_tests(CASES)


def test_rule_counts():
    check_rule_counts(CASES)

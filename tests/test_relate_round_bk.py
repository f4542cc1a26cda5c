"""Round bk of issue 10 (read from the misjudged pairs of HELD-OUT111 and 112 after their first contact): rows written for
this test, none from an evaluation set.

* pinyin-plain: a Latin name that spells pinyin syllables without a letter only pinyin uses (j, q, x, z, c, zh) may still
  be Chinese: "Rong Yiren" = «Жун Ижэнь», "Ruan" = «Жуань» (``lang/pinyin.to_palladius(trigger=False)``, one more
  reading in ``translit.skeleton_variants``, never the only one).
* us-state: the states of the United States are places (``gazetteer/places.tsv``; Georgia the state is «Джорджия»), so
  a town's state told otherwise is a place clash ("Rogers, Arkansas" / «в Роджерсе (штат Миссури)»), and a state lies in
  the United States ("Wyoming and Montana" / «США» is detail: ``entity_pairs._city_countries``).
* place-in-org: a place inside an organisation's name or right before it ("the University of California", "the
  California Institute of Technology", "Texas Instruments") is the organisation's, no place of the fact
  (``slot_values.entity_slots``).
* team-driving: the team a driver or player was with outside a title too ("driving for Lotus", "racing for Maserati",
  "playing for Ajax" / «за рулём «Феррари»», «выступая за «Барселону»»: ``en/role_predicates.tsv``, concept ``team``).
* lyricist-from-work: «на текст из «Фауста» Гёте» names the poet after the work the words are from; that work is no name
  left over (``ru/role_predicates.tsv``, ``role_leftovers.source_work``).
* finder: "was unearthed by", «нашёл», «раскопал» name who found a thing (concept ``discover``), with a range of years
  between the verb and the name («раскопал в 1942–1943 гг. X»: ``role_gaps.tsv``).
* medal-beat-to: "beat X to the men's figure skating gold" is a gold won, and «завоевала лишь бронзовую медаль» a bronze
  (``{en,ru}/ranks.tsv``, kind ``medal``): one competitor's two medals clash.
* kind: members of closed classes, one per thing: what a picture is painted on, how many players a chamber work is for,
  what drives a vehicle, which poison was used (``relate/kinds.py``, ``lang/kinds.tsv``).
* anaesthetic: which anaesthetic put a patient to sleep is one more such class (ether, chloroform, nitrous oxide, cocaine;
  read only with a word of anaesthesia).
"""

from __future__ import annotations

from pair_table import check_rule_counts, table_tests

CASES = [
    ('pinyin-plain', '!contradict',
     'Ren Bishi, a veteran of the Long March, died in Beijing on 27 October 1950.',
     'Жэнь Биши, участник Великого похода, умер в Пекине 27 октября 1950 года.'),
    ('pinyin-plain', '!contradict',
     'Rong Yiren served as Vice President of China from 1993 to 1998.',
     'Жун Ижэнь был заместителем председателя КНР с 1993 по 1998 год.'),
    ('pinyin-plain', '!contradict',
     'The film actress Ruan Lingyu took her own life in Shanghai on 8 March 1935.',
     'Киноактриса Жуань Линъюй покончила с собой в Шанхае 8 марта 1935 года.'),
    ('pinyin-plain', '!agree',
     'Rong Yiren served as Vice President of China from 1993 to 1998.',
     'Ван Чжэнь был заместителем председателя КНР с 1993 по 1998 год.'),
    ('us-state', 'contradict',
     'The Johnstown Flood of 31 May 1889 in Pennsylvania killed more than 2,200 people.',
     'Джонстаунское наводнение 31 мая 1889 года в Огайо унесло жизни более 2200 человек.'),
    ('us-state', 'contradict',
     'The first Walmart store opened in Rogers, Arkansas, in 1962.',
     'Первый магазин Walmart открылся в 1962 году в Роджерсе (штат Миссури).'),
    ('us-state', 'contradict',
     'Elvis Presley was born in Tupelo, Mississippi, on 8 January 1935.',
     'Элвис Пресли родился 8 января 1935 года в Тупело (штат Алабама).'),
    ('us-state', 'agree',
     'The Wright brothers first flew at Kitty Hawk, North Carolina, on 17 December 1903.',
     '17 декабря 1903 года братья Райт впервые поднялись в воздух у Китти-Хок в Северной Каролине.'),
    ('us-state', 'agree',
     'Yellowstone, the first national park, was created in 1872 in parts of Wyoming and Montana.',
     'Йеллоустон, первый национальный парк США, создан в 1872 году.'),
    ('place-in-org', '!contradict',
     'Linus Pauling of the California Institute of Technology won the 1954 Nobel Prize in Chemistry.',
     'Лайнус Полинг, уроженец Портленда в штате Орегон, получил Нобелевскую премию по химии 1954 года.'),
    ('place-in-org', '!contradict',
     'Jack Kilby of Texas Instruments built the first integrated circuit in 1958.',
     'Джек Килби, уроженец Джефферсон-Сити в штате Миссури, собрал первую интегральную схему в 1958 году.'),
    ('place-in-org', '!contradict',
     'Jesse Owens of Ohio State University set three world records in 1935.',
     'Джесси Оуэнс, уроженец Алабамы, установил в 1935 году три мировых рекорда.'),
    ('place-in-org', 'contradict',
     'The Bank of England was founded in 1694 to lend money to the government of William III.',
     'Банк Англии основан в 1794 году, чтобы ссужать деньги правительству Вильгельма III.'),
    ('team-driving', 'contradict',
     'Jim Clark won the 1965 Indianapolis 500, driving for Lotus.',
     'Джим Кларк выиграл «Индианаполис 500» 1965 года за рулём «Феррари».'),
    ('team-driving', 'contradict',
     'Juan Manuel Fangio took pole position at Monaco in 1957, racing for Maserati.',
     'Хуан Мануэль Фанхио в 1957 году стартовал с поул-позиции в Монако за рулём «Мерседеса».'),
    ('team-driving', 'contradict',
     'Johan Cruyff scored 33 league goals in 1971, playing for Ajax.',
     'Йохан Кройф в 1971 году забил 33 гола в чемпионате, выступая за «Барселону».'),
    ('team-driving', 'agree',
     'Niki Lauda won at Monaco in 1975, driving for Ferrari.',
     'Ники Лауда выиграл Гран-при Монако 1975 года за рулём «Феррари».'),
    ('lyricist-from-work', 'contradict',
     'Mussorgsky wrote his song about a flea in 1879, to words by Goethe.',
     'Песню о блохе Мусоргский написал в 1879 году на текст из «Фауста» Гейне.'),
    ('lyricist-from-work', 'contradict',
     "Glinka's romance I Remember a Wonderful Moment (1840) is set to words by Pushkin.",
     'Романс Глинки «Я помню чудное мгновенье» (1840) написан на текст из «Демона» Лермонтова.'),
    ('lyricist-from-work', 'contradict',
     "The finale of Beethoven's Ninth Symphony (1824) is set to words by Friedrich Schiller.",
     'Финал симфонии № 9 Бетховена (1824) написан на текст из «Оды к радости» Гёте.'),
    ('lyricist-from-work', 'agree',
     "Mussorgsky's Song of the Flea (1879) is set to words by Goethe.",
     '«Песня о блохе» Мусоргского (1879) написана на текст из «Фауста» Гёте.'),
    ('finder', 'contradict',
     'The Venus of Willendorf was unearthed by Josef Szombathy in 1908.',
     'Венеру Виллендорфскую нашёл в 1908 году Хуго Обермайер.'),
    ('finder', 'contradict',
     'The tomb of Tutankhamun was discovered by Howard Carter in 1922.',
     'Гробницу Тутанхамона нашёл в 1922 году Флиндерс Питри.'),
    ('finder', 'contradict',
     'The Mildenhall Treasure was unearthed by Gordon Butcher in 1942–43.',
     'Милденхоллский клад раскопал в 1942–1943 гг. Сидни Форд.'),
    ('finder', 'agree',
     'The Venus of Willendorf was unearthed by Josef Szombathy in 1908.',
     'Венеру Виллендорфскую нашёл в 1908 году Йозеф Сомбати.'),
    ('kind', 'contradict',
     "Leonardo's Mona Lisa is painted in oil on a poplar panel.",
     '«Мона Лиза» Леонардо написана маслом на холсте.'),
    ('kind', 'contradict',
     "Schubert's Trout Quintet in A major, for piano and strings, was composed in 1819.",
     'Фортепианный квартет Шуберта «Форель» ля мажор написан в 1819 году.'),
    ('kind', 'contradict',
     "Stephenson's Rocket, built in 1829, was a steam locomotive.",
     '«Ракета» Стефенсона, построенная в 1829 году, была электровозом.'),
    ('kind', 'contradict',
     'Socrates was executed in 399 BC by drinking a cup of poison hemlock.',
     'Сократ был казнён в 399 году до н. э.: его заставили выпить яд — мышьяк.'),
    ('kind', 'agree',
     'Van Gogh painted The Starry Night in oil on canvas in June 1889.',
     '«Звёздную ночь» Ван Гог написал маслом на холсте в июне 1889 года.'),
    ('kind', 'agree',
     "Dvořák's American Quartet, his String Quartet No. 12, was written in 1893.",
     'Струнный квартет № 12 «Американский» Дворжак написал в 1893 году.'),
]
CASES += [
    ('medal-beat-to', 'contradict',
     "At the 1988 Calgary Olympics Katarina Witt beat Debi Thomas to the ladies' figure skating gold.",
     'На Олимпиаде 1988 года в Калгари Катарина Витт завоевала лишь бронзовую медаль в женском одиночном катании.'),
    ('medal-beat-to', 'contradict',
     "At the 1984 Sarajevo Olympics Scott Hamilton beat Brian Orser to the men's figure skating gold.",
     'На Олимпиаде 1984 года в Сараеве Скотт Гамильтон завоевал лишь серебряную медаль в мужском одиночном катании.'),
    ('medal-beat-to', 'contradict',
     'At the 1968 Mexico City Olympics Bob Beamon beat Klaus Beer to the long jump gold.',
     'На Олимпиаде 1968 года в Мехико Боб Бимон завоевал лишь серебряную медаль в прыжках в длину.'),
    ('medal-beat-to', 'agree',
     'At the 1936 Berlin Olympics Jesse Owens beat Luz Long to the long jump gold.',
     'На Олимпиаде 1936 года в Берлине Джесси Оуэнс выиграл золото в прыжках в длину.'),
]
CASES += [
    ('anaesthetic', 'contradict',
     'James Young Simpson first used chloroform as an anaesthetic in Edinburgh in November 1847.',
     'Джеймс Симпсон впервые применил для наркоза эфир в Эдинбурге в ноябре 1847 года.'),
    ('anaesthetic', 'contradict',
     'Horace Wells had one of his own teeth pulled under nitrous oxide anaesthesia in December 1844.',
     'В декабре 1844 года Хорас Уэллс удалил себе зуб под хлороформным наркозом.'),
    ('anaesthetic', 'contradict',
     'In October 1846 William Morton put a patient to sleep with ether at Massachusetts General Hospital.',
     'В октябре 1846 года Уильям Мортон в Массачусетской больнице дал пациенту наркоз закисью азота.'),
    ('anaesthetic', 'agree',
     'In October 1846 William Morton put a patient to sleep with ether at Massachusetts General Hospital.',
     'В октябре 1846 года Уильям Мортон в Массачусетской больнице провёл операцию под эфирным наркозом.'),
]

decided, test_row = table_tests(CASES)


def test_every_rule_has_examples_and_a_counter_example():
    check_rule_counts(CASES)


def test_pinyin_without_a_pinyin_letter_is_one_more_reading():
    from crosscheck.lang.pinyin import to_palladius
    from crosscheck.lang.translit import skeleton, skeleton_variants

    assert to_palladius("Ruchang") is None  # no letter only pinyin uses: not read as Chinese by default
    assert to_palladius("Ruchang", trigger=False) == "жучан"
    assert skeleton("Жучан") in skeleton_variants("Ruchang")
    assert skeleton("Ruchang") in skeleton_variants("Ruchang")  # the English reading stays
    assert to_palladius("Robertson", trigger=False) is None  # not pinyin syllables


def test_kinds_are_read_with_their_class_cue():
    from crosscheck.relate.kinds import kinds

    assert kinds("painted in oil on canvas in 1889", "en") == {"support": {"canvas": "oil on canvas"}}
    assert set(kinds("написана маслом на дубовой доске", "ru")["support"]) == {"panel"}
    assert kinds("a string quartet in F major", "en")["ensemble"] == {"quartet": "quartet"}
    assert "ensemble" not in kinds("the band toured as a trio", "en")  # no word of chamber music: not read
    assert "poison" not in kinds("arsenic was mined there", "en")  # no word of poisoning: not read
    assert set(kinds("Паровоз «Ракета» построен в 1829 году", "ru")["power"]) == {"steam"}

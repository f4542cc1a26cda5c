#!/usr/bin/env python3
"""Build the heldout41 bilingual (English/Russian) claim cross-check evaluation set.

Stdlib only.  Writes comparable_heldout41.jsonl and related_heldout41.jsonl next
to this script.  Every sentence was written by hand by a test writer who never
ran or read the cross-checker; the two sides of a pair are independent
write-ups of the same fact (not translations).

Row tuple layout: (label, slot, domain, english, russian, russian_first)
For "contradict" rows exactly one slot differs; the comment names the false side.
"""
import json
import os
import re
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

COMPARABLE = [
    # ----------------------------------------------------------------- agree
    ("agree", "month", "history",
     "In early November 1918 sailors of the German navy rose in revolt at Kiel, an uprising that soon spread across Germany.",
     "Восстание матросов в Киле, ставшее началом Ноябрьской революции в Германии, вспыхнуло 3 ноября 1918 г.",
     True),
    ("agree", "person", "history",
     "The First Council of Nicaea, held in 325, was summoned by Emperor Constantine the Great to settle the Arian controversy.",
     "Император Константин Великий созвал в Никее собор епископов, вошедший в историю как Первый Вселенский.",
     False),
    ("agree", "rank", "literature",
     "Giosuè Carducci, honoured in 1906, was the first Italian writer to be awarded the Nobel Prize in Literature.",
     "Джозуэ Кардуччи стал первым итальянцем, получившим Нобелевскую премию по литературе, — это произошло в 1906 году.",
     True),
    ("agree", "number", "literature",
     "J. M. Coetzee won the Booker Prize twice, first for Life & Times of Michael K and later for Disgrace.",
     "Джон Максвелл Кутзее — двукратный лауреат Букеровской премии: он получал её в 1983 и 1999 годах.",
     False),
    ("agree", "year", "literature",
     "Knut Hamsun received the Nobel Prize in Literature in 1920, largely for his novel Growth of the Soil.",
     "Норвежский писатель Кнут Гамсун стал лауреатом Нобелевской премии по литературе в 1920 году.",
     True),
    ("agree", "year", "culture",
     "Galina Ulanova left Leningrad's Kirov Ballet for the Bolshoi Theatre in Moscow in 1944, while the war was still going on.",
     "В 1944 году Галина Уланова перешла из ленинградского театра оперы и балета имени Кирова в Большой театр.",
     True),
    ("agree", "decade", "culture",
     "Cirque du Soleil was founded in the 1980s in Quebec by a group of street performers that included Guy Laliberté.",
     "Цирк дю Солей основали в 1984 г. в канадской провинции Квебек бывшие уличные артисты Ги Лалиберте и Жиль Сент-Круа.",
     False),
    ("agree", "place", "music",
     "Leoš Janáček's opera Jenůfa was first performed in January 1904 at the National Theatre in Brno.",
     "Премьера оперы Леоша Яначека «Её падчерица», известной также как «Енуфа», состоялась в Брно.",
     False),
    ("agree", "date", "music",
     "Reggae star Bob Marley died of cancer in a Miami hospital in May 1981, aged thirty-six.",
     "Боб Марли скончался в Майами 11 мая 1981 г. в возрасте 36 лет.",
     True),
    ("agree", "number", "disasters",
     "The fire at the Lame Horse nightclub in Perm in December 2009 killed 156 people.",
     "Пожар в пермском клубе «Хромая лошадь» в ночь на 5 декабря 2009 г. унёс жизни 156 человек.",
     False),
    ("agree", "date", "disasters",
     "On 18 November 1929 an earthquake beneath the Grand Banks off Newfoundland set off a tsunami and snapped transatlantic telegraph cables.",
     "Землетрясение у Большой Ньюфаундлендской банки произошло 18.11.1929 и вызвало разрушительное цунами.",
     True),
    ("agree", "organisation", "science",
     "Arno Penzias and Robert Wilson discovered the cosmic microwave background in 1964–65 while working at Bell Telephone Laboratories.",
     "Реликтовое излучение обнаружили радиоастрономы Арно Пензиас и Роберт Уилсон, сотрудники компании Bell Labs.",
     False),
    ("agree", "place", "science",
     "Carl Linnaeus published the first edition of Systema Naturae in 1735 in Leiden, in the Dutch Republic.",
     "Первое издание «Системы природы» Карла Линнея вышло в 1735 г. в голландском Лейдене.",
     True),
    ("agree", "percent", "geography",
     "The Karakum, a vast sandy desert in Central Asia, covers roughly seven tenths of Turkmenistan.",
     "Песчаная пустыня Каракумы занимает около 70 % территории Туркменистана в Средней Азии.",
     True),
    ("agree", "place", "geography",
     "The highest peak of the Carpathians, Gerlachovský štít, rises in the High Tatras of Slovakia.",
     "Высшая точка Карпат — пик Герлаховски-Штит высотой 2655 м в словацких Высоких Татрах.",
     False),
    ("agree", "date", "economy",
     "The Asian financial crisis began on 2 July 1997, when Thailand abandoned the peg of the baht to the US dollar.",
     "Азиатский финансовый кризис начался летом 1997 г., после того как Таиланд отказался от привязки бата к доллару.",
     False),
    ("agree", "month", "economy",
     "Comecon, the Soviet-led economic bloc of socialist states, was set up in Moscow in January 1949.",
     "Совет экономической взаимопомощи был учреждён в январе 1949 г. на совещании в Москве.",
     True),
    ("agree", "number", "sport",
     "Just Fontaine scored 13 goals for France at the 1958 World Cup, still a record for a single tournament.",
     "На чемпионате мира 1958 г. в Швеции француз Жюст Фонтен забил 13 мячей — рекорд для одного турнира.",
     False),
    ("agree", "duration", "sport",
     "Kenenisa Bekele's 10,000 metres world record of 26 minutes 17.53 seconds was set in Brussels.",
     "В августе 2005 г. в Брюсселе Кенениса Бекеле установил мировой рекорд в беге на 10 000 м — 26:17,53.",
     True),
    ("agree", "place", "law",
     "The European Court of Human Rights, set up in 1959, sits in the French city of Strasbourg.",
     "Европейский суд по правам человека, созданный Советом Европы, располагается во французском Страсбурге.",
     False),
    ("agree", "person", "law",
     "Amnesty International was founded in London in 1961 by the British lawyer Peter Benenson.",
     "Основателем правозащитной организации «Международная амнистия» был британский адвокат Питер Бененсон.",
     True),
    ("agree", "century", "law",
     "Draco's notoriously harsh legal code was written down in Athens in the seventh century BC.",
     "Законы Драконта, известные своей жестокостью, были записаны в Афинах около 621 г. до н. э.",
     False),
    ("agree", "date", "technology",
     "On 7 October 1959 the Soviet probe Luna 3 took the first photographs of the far side of the Moon.",
     "Первые снимки обратной стороны Луны сделала советская станция «Луна-3» в октябре 1959 года.",
     False),
    ("agree", "year", "technology",
     "The Leica I, Oskar Barnack's compact camera using 35 mm film, went on sale in 1925.",
     "Фотоаппарат «Лейка I», созданный Оскаром Барнаком под 35-мм плёнку, был представлен в 1925 г. на Лейпцигской ярмарке.",
     True),
    ("agree", "person", "technology",
     "The four-engined Ilya Muromets, one of the first multi-engine airliners and bombers, was designed by Igor Sikorsky.",
     "Четырёхмоторный самолёт «Илья Муромец» сконструировал в 1913 г. Игорь Сикорский на Русско-Балтийском вагонном заводе.",
     False),
    ("agree", "organisation", "technology",
     "The BASIC programming language was created at Dartmouth College in 1964 by John Kemeny and Thomas Kurtz.",
     "Язык программирования Бейсик разработали в Дартмутском колледже математики Джон Кемени и Томас Курц.",
     False),
    ("agree", "year", "art",
     "Alvar Aalto's tuberculosis sanatorium at Paimio, in south-western Finland, was completed in 1933.",
     "Санаторий для туберкулёзных больных в Паймио, построенный по проекту Алвара Аалто, был завершён в 1933 году.",
     True),
    ("agree", "place", "art",
     "El Greco, born on Crete, spent the last decades of his life in Toledo, where he died in 1614.",
     "Эль Греко умер в 1614 г. в Толедо, где прожил почти четыре десятилетия.",
     False),
    ("agree", "organisation", "art",
     "Ivan Kramskoi's 1883 portrait Unknown Woman hangs in the Tretyakov Gallery in Moscow.",
     "Картина Ивана Крамского «Неизвестная», написанная в 1883 г., хранится в Государственной Третьяковской галерее.",
     True),
    ("agree", "century", "art",
     "Donatello's bronze David, now in the Bargello museum in Florence, dates from the fifteenth century.",
     "Бронзовый «Давид» Донателло, первая со времён античности отдельно стоящая обнажённая статуя, создан в XV веке.",
     True),

    # ------------------------------------------------------------ contradict
    # false side: RU (Euphrates)
    ("contradict", "place", "history",
     "Ctesiphon, the capital of the Parthian and later the Sasanian kings, lay on the east bank of the Tigris.",
     "Ктесифон, столица парфянских, а затем сасанидских царей, располагался на левом берегу Евфрата.",
     False),
    # false side: EN (333 BC)
    ("contradict", "year", "history",
     "Alexander the Great crushed the army of the Persian king Darius III at Gaugamela in 333 BC.",
     "В битве при Гавгамелах в 331 г. до н. э. Александр Македонский разгромил войско персидского царя Дария III.",
     True),
    # false side: RU (VI century)
    ("contradict", "century", "history",
     "Attila, ruler of the Huns, died in 453, on the night after his wedding to a young bride named Ildico.",
     "Вождь гуннов Аттила умер в VI веке, в ночь после своей свадьбы с юной Ильдико.",
     True),
    # false side: RU (second woman)
    ("contradict", "rank", "literature",
     "In 1909 the Swedish novelist Selma Lagerlöf became the first woman to win the Nobel Prize in Literature.",
     "Сельма Лагерлёф, получившая Нобелевскую премию по литературе в 1909 г., стала второй женщиной-лауреатом в этой номинации.",
     False),
    # false side: EN (1962)
    ("contradict", "year", "literature",
     "The German novelist Heinrich Böll received the Nobel Prize in Literature in 1962.",
     "Генрих Бёлль, автор романа «Бильярд в половине десятого», был удостоен Нобелевской премии по литературе в 1972 г.",
     True),
    # false side: RU (Diaghilev)
    ("contradict", "person", "culture",
     "George Balanchine and the arts patron Lincoln Kirstein founded the New York City Ballet in 1948.",
     "Труппу «Нью-Йорк Сити балет» в 1948 г. основали Джордж Баланчин и Сергей Дягилев.",
     False),
    # false side: EN (eighteenth century)
    ("contradict", "century", "culture",
     "The Comédie-Française was created in the eighteenth century by merging two Paris theatre companies.",
     "«Комеди Франсез» возникла в 1680 г., когда по приказу Людовика XIV были объединены две парижские труппы.",
     True),
    # false side: RU (Golden Lion, Venice)
    ("contradict", "entity", "culture",
     "Federico Fellini's La Dolce Vita won the Palme d'Or at the Cannes Film Festival in 1960.",
     "Фильм Федерико Феллини «Сладкая жизнь» в 1960 г. получил «Золотого льва» Венецианского кинофестиваля.",
     False),
    # false side: EN (eight pieces)
    ("contradict", "number", "music",
     "Isaac Albéniz's piano suite Iberia, written between 1905 and 1908, contains eight pieces in four books.",
     "Фортепианный цикл Исаака Альбениса «Иберия», созданный в 1905–1908 гг., включает двенадцать пьес в четырёх тетрадях.",
     True),
    # false side: RU (published it himself)
    ("contradict", "polarity", "music",
     "Camille Saint-Saëns did not allow The Carnival of the Animals to be published in full during his lifetime.",
     "Камиль Сен-Санс сам издал «Карнавал животных» целиком ещё при жизни, вскоре после сочинения в 1886 г.",
     False),
    # false side: EN (20 December)
    ("contradict", "day", "music",
     "Franz Lehár's operetta The Merry Widow premiered at the Theater an der Wien in Vienna on 20 December 1905.",
     "Премьера оперетты Франца Легара «Весёлая вдова» прошла в венском театре «Ан дер Вин» 30 декабря 1905 г.",
     True),
    # false side: RU (two weeks)
    ("contradict", "duration", "disasters",
     "The Great Chicago Fire of October 1871 burned for about two days and left some 100,000 people homeless.",
     "Великий чикагский пожар в октябре 1871 г. бушевал почти две недели, уничтожив значительную часть города.",
     False),
    # false side: EN (14 July)
    ("contradict", "date", "disasters",
     "The Soviet liner Admiral Nakhimov sank off Novorossiysk on 14 July 1986 after colliding with the bulk carrier Pyotr Vasev.",
     "Пароход «Адмирал Нахимов» затонул у Новороссийска 31 августа 1986 г. после столкновения с сухогрузом «Пётр Васев».",
     True),
    # false side: RU (Nottingham Forest)
    ("contradict", "organisation", "disasters",
     "The fans who died in the crush at Hillsborough in Sheffield on 15 April 1989 were Liverpool supporters.",
     "Погибшие в давке на стадионе «Хиллсборо» в Шеффилде 15 апреля 1989 г. были болельщиками «Ноттингем Форест».",
     False),
    # false side: EN (1950s)
    ("contradict", "decade", "science",
     "Fritz Zwicky first argued for invisible dark matter in the 1950s, after measuring galaxy speeds in the Coma cluster.",
     "Фриц Цвикки предположил существование тёмной материи в 1930-х годах, изучая скопление галактик в Волосах Вероники.",
     True),
    # false side: RU (30)
    ("contradict", "number", "science",
     "Évariste Galois, one of the founders of group theory, was killed in a duel in 1832 at the age of 20.",
     "Эварист Галуа, один из создателей теории групп, погиб на дуэли в 1832 г. в возрасте 30 лет.",
     False),
    # false side: EN (Antarctica not part)
    ("contradict", "polarity", "science",
     "Antarctica was not part of the supercontinent Gondwana, which joined South America, Africa, Australia and India.",
     "В состав суперконтинента Гондвана входили Южная Америка, Африка, Антарктида, Австралия и Индостан.",
     True),
    # false side: RU (Thomas Mitchell)
    ("contradict", "person", "geography",
     "Mount Kosciuszko, the highest peak of mainland Australia, was named in 1840 by the Polish explorer Paweł Strzelecki.",
     "Гору Косцюшко, высочайшую вершину материковой Австралии, назвал так в 1840 г. британский исследователь Томас Митчелл.",
     False),
    # false side: EN (Tanzania)
    ("contradict", "place", "geography",
     "The Limpopo, which marks part of South Africa's border with Botswana and Zimbabwe, reaches the Indian Ocean in Tanzania.",
     "Река Лимпопо, по которой проходит часть границы ЮАР с Ботсваной и Зимбабве, впадает в Индийский океан в Мозамбике.",
     True),
    # false side: RU (second highest)
    ("contradict", "rank", "geography",
     "Denali in Alaska, about 6,190 metres high, is the highest mountain in North America.",
     "Гора Денали на Аляске, ранее называвшаяся Мак-Кинли, — вторая по высоте вершина Северной Америки.",
     False),
    # false side: EN ($1.6 billion)
    ("contradict", "money", "economy",
     "In September 1998 a consortium of banks, brought together by the New York Fed, put $1.6 billion into Long-Term Capital Management.",
     "В сентябре 1998 г. кредиторы хедж-фонда LTCM по инициативе ФРБ Нью-Йорка влили в него 3,6 млрд долларов, спасая рынок от паники.",
     True),
    # false side: RU (30 %)
    ("contradict", "percent", "economy",
     "On Black Tuesday, 29 October 1929, the Dow Jones Industrial Average fell by almost 12 percent.",
     "В «чёрный вторник», 29 октября 1929 г., промышленный индекс Доу — Джонса рухнул почти на 30 %.",
     False),
    # false side: RU (three Giro wins)
    ("contradict", "number", "sport",
     "Fausto Coppi won the Giro d'Italia five times and the Tour de France twice, in 1949 and 1952.",
     "Итальянский велогонщик Фаусто Коппи трижды выигрывал «Джиро д'Италия» и дважды — «Тур де Франс».",
     False),
    # false side: EN (three years)
    ("contradict", "duration", "sport",
     "Hurdler Edwin Moses stayed unbeaten in the 400 metres hurdles for about three years, winning 122 races in a row.",
     "Эдвин Мозес почти десять лет, с 1977 по 1987 г., не проигрывал в беге на 400 м с барьерами, выиграв 122 забега подряд.",
     True),
    # false side: RU (lost)
    ("contradict", "opposite", "sport",
     "In the 1975 Wimbledon final Arthur Ashe defeated the defending champion Jimmy Connors in four sets.",
     "В финале Уимблдона 1975 г. Артур Эш в четырёх сетах проиграл действующему чемпиону Джимми Коннорсу.",
     False),
    # false side: EN (struck down)
    ("contradict", "opposite", "law",
     "In Korematsu v. United States in 1944 the Supreme Court, by six votes to three, struck down the forced removal of Japanese Americans.",
     "В деле «Корэмацу против США» в 1944 г. Верховный суд шестью голосами против трёх признал законным принудительное выселение американцев японского происхождения.",
     True),
    # false side: RU (June)
    ("contradict", "month", "law",
     "The Chicago Convention on International Civil Aviation, which created ICAO, was signed in December 1944.",
     "Чикагская конвенция о международной гражданской авиации, учредившая ИКАО, была подписана в июне 1944 г.",
     False),
    # false side: EN (3 September)
    ("contradict", "date", "technology",
     "The Heinkel He 178, the first jet-powered aircraft to fly, made its maiden flight on 3 September 1939.",
     "Первый в мире полёт реактивного самолёта совершил «Хейнкель» He 178 — это произошло 27 августа 1939 г.",
     True),
    # false side: RU (240 thousand)
    ("contradict", "scale", "technology",
     "Intelsat I, known as Early Bird and launched in April 1965, could relay 240 telephone circuits between Europe and North America.",
     "Спутник «Интелсат-1» («Ранняя пташка»), запущенный в апреле 1965 г., мог передавать 240 тысяч телефонных разговоров между Европой и Северной Америкой.",
     True),
    # false side: RU (Tate)
    ("contradict", "place", "art",
     "John Constable's The Hay Wain, painted in 1821, is in the National Gallery in London.",
     "Картина Джона Констебла «Телега для сена», написанная в 1821 г., хранится в лондонской галерее Тейт.",
     False),
]

# Related: same subject as a comparable pair above, two DIFFERENT true facts.
RELATED = [
    ("literature",
     "Heinrich Böll was born in Cologne in December 1917 and was drafted into the Wehrmacht during the Second World War.",
     "Генрих Бёлль был удостоен Нобелевской премии по литературе в 1972 году.",
     True),
    ("literature",
     "Selma Lagerlöf wrote The Wonderful Adventures of Nils as a geography reader for Swedish schoolchildren.",
     "В 1914 г. Сельма Лагерлёф стала первой женщиной, избранной в Шведскую академию.",
     False),
    ("science",
     "Évariste Galois twice failed the entrance examination of the École Polytechnique in Paris.",
     "Эварист Галуа погиб на дуэли в мае 1832 г., не дожив до двадцати одного года.",
     True),
    ("history",
     "After his defeat at Gaugamela, Darius III fled east and was murdered by his satrap Bessus in 330 BC.",
     "Поле битвы при Гавгамелах находится на севере современного Ирака, к востоку от Тигра.",
     False),
    ("disasters",
     "After the Hillsborough disaster the Taylor Report led to all-seater stadiums in the top divisions of English football.",
     "В 2016 г. присяжные пришли к выводу, что болельщики, погибшие на «Хиллсборо», были убиты незаконно.",
     True),
    ("culture",
     "Federico Fellini's film 8½ won the Academy Award for Best Foreign Language Film.",
     "Федерико Феллини родился в 1920 г. в Римини, на адриатическом побережье Италии.",
     False),
    ("sport",
     "Arthur Ashe won the first US Open of the Open Era in 1968 while still an amateur.",
     "Артур Эш в 1975 г. стал первым темнокожим теннисистом, выигравшим мужской одиночный турнир Уимблдона.",
     True),
    ("technology",
     "Luna 3 was launched on 4 October 1959, two years to the day after Sputnik 1.",
     "Снимки «Луны-3» показали, что на обратной стороне Луны почти нет крупных тёмных морей.",
     False),
    ("geography",
     "Mount Kosciuszko rises to 2,228 metres in the Snowy Mountains of New South Wales.",
     "Тадеуш Костюшко, в честь которого названа высочайшая гора Австралии, возглавил польское восстание 1794 года.",
     True),
    ("science",
     "Penzias and Wilson detected the background radiation with a large horn antenna at Holmdel, New Jersey.",
     "За открытие реликтового излучения Арно Пензиас и Роберт Уилсон получили Нобелевскую премию по физике 1978 г.",
     False),
]

SLOTS = {"year", "date", "month", "day", "decade", "century", "number", "percent",
         "money", "scale", "duration", "place", "person", "organisation", "entity",
         "rank", "polarity", "opposite"}
DOMAINS = {"history", "science", "geography", "economy", "sport", "culture",
           "literature", "music", "art", "law", "technology", "disasters"}

CYR = re.compile(r"[\u0400-\u04FF]")
LAT = re.compile(r"[A-Za-z\u00C0-\u024F]")


def lang_of(text):
    c, l = len(CYR.findall(text)), len(LAT.findall(text))
    assert c != l, text
    return "ru" if c > l else "en"


def check_side(text, want):
    assert lang_of(text) == want, (want, text)
    n = len(text.split())
    assert 10 <= n <= 30, (n, text)


def make_row(en, ru, ru_first, label, slot, domain):
    check_side(en, "en")
    check_side(ru, "ru")
    a, b = (ru, en) if ru_first else (en, ru)
    return {"a": a, "b": b, "lang_a": lang_of(a), "lang_b": lang_of(b),
            "label": label, "slot": slot, "domain": domain}


def main():
    comp = []
    for label, slot, domain, en, ru, ru_first in COMPARABLE:
        assert slot in SLOTS, slot
        assert domain in DOMAINS, domain
        comp.append(make_row(en, ru, ru_first, label, slot, domain))
    rel = [make_row(en, ru, ru_first, "related", "topic", domain)
           for domain, en, ru, ru_first in RELATED]

    labels = Counter(r["label"] for r in comp)
    assert len(comp) == 60 and labels == {"agree": 30, "contradict": 30}, labels
    assert len(rel) == 10
    for lab in ("agree", "contradict"):
        ru_first = sum(1 for r in comp if r["label"] == lab and r["lang_a"] == "ru")
        en_first = sum(1 for r in comp if r["label"] == lab and r["lang_a"] == "en")
        assert ru_first == 15 and en_first == 15, (lab, ru_first, en_first)
    for r in comp + rel:
        assert {r["lang_a"], r["lang_b"]} == {"en", "ru"}, r
    cslots = Counter(r["slot"] for r in comp if r["label"] == "contradict")
    assert len(cslots) >= 12 and max(cslots.values()) <= 5, cslots
    doms = Counter(r["domain"] for r in comp)
    assert max(doms.values()) <= 8, doms
    texts = [r["a"] for r in comp] + [r["b"] for r in comp]
    assert len(set(texts)) == len(texts), "duplicate sentence"

    with open(os.path.join(HERE, "comparable_heldout41.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "related_heldout41.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    print("comparable:", dict(labels), "related:", len(rel))
    print("contradict slots:", dict(sorted(cslots.items())))
    print("agree slots:", dict(sorted(Counter(r["slot"] for r in comp if r["label"] == "agree").items())))
    print("domains:", dict(sorted(doms.items())))
    print("related domains:", dict(sorted(Counter(r["domain"] for r in rel).items())))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Build the heldout54 bilingual (EN/RU) evaluation set. Stdlib only.

Each row: (label, slot, domain, lang_a, sentence_a, sentence_b).
sentence_a is written in lang_a; sentence_b is in the other language.
"""
import json
import os
import re
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

COMPARABLE = [
    # ---------------- contradictions (exactly one slot changed) ----------------
    ("contradict", "year", "history", "en",
     "At Orsha in September 1514 the Polish-Lithuanian army of Konstanty Ostrogski routed a much larger Muscovite force.",
     "Битва под Оршей, в которой войско Константина Острожского разбило московскую рать, произошла в сентябре 1512 года."),
    ("contradict", "year", "literature", "ru",
     "Немецкий историк Теодор Моммзен, автор многотомной «Римской истории», получил Нобелевскую премию по литературе в 1903 году.",
     "The 1902 Nobel Prize in Literature went to Theodor Mommsen, honoured above all for his History of Rome."),
    ("contradict", "month", "history", "en",
     "Soviet Russia recognised Estonian independence in the Treaty of Tartu, signed on 2 February 1920.",
     "Тартуский мирный договор между Эстонией и Советской Россией, признавший независимость эстонского государства, был подписан в марте 1920 г."),
    ("contradict", "month", "culture", "ru",
     "Тинтин, герой бельгийского художника Эрже, впервые появился на страницах приложения Le Petit Vingtième в марте 1929 года.",
     "Hergé's boy reporter Tintin made his debut in the Belgian supplement Le Petit Vingtième on 10 January 1929."),
    ("contradict", "date", "disasters", "en",
     "The unfinished Quebec Bridge collapsed into the St. Lawrence River on 29 August 1907, killing 75 workers.",
     "Обрушение строившегося Квебекского моста через реку Святого Лаврентия 17 июня 1907 г. унесло жизни 75 рабочих."),
    ("contradict", "date", "disasters", "ru",
     "Пожар в венском Ринг-театре вспыхнул 18 октября 1881 года перед представлением «Сказок Гофмана»; погибли не менее 384 зрителей.",
     "Fire broke out at Vienna's Ringtheater on 8 December 1881, shortly before a performance of The Tales of Hoffmann, killing at least 384 people."),
    ("contradict", "day", "disasters", "en",
     "On 1 July 2002 a Bashkirian Airlines Tu-154 and a DHL cargo Boeing collided over Überlingen, killing all 71 people aboard.",
     "Над Юберлингеном 3 июля 2002 года столкнулись Ту-154 «Башкирских авиалиний» и грузовой «Боинг» DHL; погиб 71 человек."),
    ("contradict", "decade", "culture", "ru",
     "Смурфики бельгийского художника Пейо впервые появились в журнале Spirou в начале 1960-х годов.",
     "Peyo's little blue Smurfs first turned up in the Belgian comics weekly Spirou in October 1958."),
    ("contradict", "percent", "history", "en",
     "The Novocherkassk unrest of June 1962 followed a nationwide increase of about 30 percent in the retail price of meat.",
     "Волнения в Новочеркасске в июне 1962 г. начались после того, как по всей стране розничные цены на мясо подняли на 60%."),
    ("contradict", "century", "art", "ru",
     "Уилтонский диптих с коленопреклонённым королём Ричардом II был написан в конце XVI века и хранится в Лондонской национальной галерее.",
     "The Wilton Diptych, showing Richard II kneeling before the Virgin, was painted in the late fourteenth century and belongs to the National Gallery."),
    ("contradict", "century", "culture", "en",
     "Radiocarbon tests in 2009 dated the vellum of the Voynich manuscript to the early fifteenth century.",
     "Согласно радиоуглеродному анализу 2009 года, пергамент рукописи Войнича изготовлен в XIII веке."),
    ("contradict", "number", "disasters", "ru",
     "16 мая 1968 года взрыв бытового газа обрушил угол 18-этажного жилого дома Ронан-Пойнт в восточном Лондоне.",
     "A gas explosion on 16 May 1968 caused one corner of Ronan Point, a 22-storey council tower in Newham, to collapse."),
    ("contradict", "number", "sport", "en",
     "In the 1986 European Cup final in Seville, Steaua goalkeeper Helmuth Duckadam saved all four Barcelona penalties.",
     "В финале Кубка чемпионов 1986 года в Севилье вратарь «Стяуа» Хельмут Дукадам отразил три пенальти «Барселоны»."),
    ("contradict", "money", "economy", "ru",
     "В 1822 году авантюрист Грегор Макгрегор разместил в Лондоне заём несуществующего государства Пояйс на 300 тыс. фунтов.",
     "Gregor MacGregor's Poyais bond issue of 1822 raised a nominal £200,000 in London for a country that did not exist."),
    ("contradict", "money", "art", "en",
     "In 1998 the Dutch central bank bought Mondrian's unfinished Victory Boogie-Woogie for 80 million guilders and gave it to a Hague museum.",
     "Незаконченную картину Мондриана «Victory Boogie-Woogie» Нидерландский банк приобрёл в 1998 г. за 40 млн гульденов."),
    ("contradict", "scale", "economy", "ru",
     "Двадцать восемь рочдейлских пионеров собрали для своей лавки на Тоуд-лейн стартовый капитал в 28 тыс. фунтов стерлингов.",
     "The 28 Rochdale Pioneers opened their Toad Lane shop in 1844 with a capital of just £28, one pound from each member."),
    ("contradict", "duration", "law", "en",
     "In 1874 Arthur Orton, the Tichborne claimant, was convicted of perjury and sentenced to fourteen years of penal servitude.",
     "Самозванец Артур Ортон, выдававший себя за наследника Тичборнов, в 1874 году был осуждён за лжесвидетельство к 20 годам каторги."),
    ("contradict", "year", "sport", "ru",
     "Английский клуб «Ноттс Каунти», основанный в 1878 году, считается старейшим в мире профессиональным футбольным клубом.",
     "Founded in 1862, Notts County is generally recognised as the oldest professional association football club in the world."),
    ("contradict", "place", "geography", "en",
     "Mount Teide, a volcano rising to about 3,715 metres, stands on Tenerife and is the highest point in Spain.",
     "Вулкан Тейде высотой 3715 м, самая высокая точка Испании, возвышается на острове Гран-Канария."),
    ("contradict", "place", "music", "ru",
     "Впервые «Поэма экстаза» Александра Скрябина прозвучала в декабре 1908 года в Москве.",
     "Scriabin's orchestral Poem of Ecstasy was first performed in New York in December 1908 by the Russian Symphony Society."),
    ("contradict", "person", "history", "en",
     "The Pig War over San Juan Island was finally settled in 1872 by the arbitration of German Emperor Wilhelm I.",
     "Спор о принадлежности острова Сан-Хуан, известный как «Свиная война», в 1872 году разрешил арбитраж российского императора Александра II."),
    ("contradict", "person", "art", "ru",
     "Картину «Станьчик», изображающую печального королевского шута на балу, написал в 1862 году Артур Гротгер.",
     "Jan Matejko painted Stańczyk, the brooding court jester alone during a ball, in 1862."),
    ("contradict", "organisation", "music", "en",
     "Mike Oldfield's Tubular Bells, issued in May 1973, was the very first album released by Virgin Records.",
     "Альбом Майка Олдфилда Tubular Bells вышел в мае 1973 года и стал первой пластинкой, выпущенной лейблом EMI."),
    ("contradict", "entity", "science", "ru",
     "Поль Сабатье получил Нобелевскую премию по химии 1912 г. за метод гидрирования органических соединений на мелкодисперсной платине.",
     "Paul Sabatier shared the 1912 chemistry Nobel for hydrogenating organic compounds over finely divided nickel."),
    ("contradict", "rank", "science", "en",
     "Jacobus van 't Hoff became the first winner of the Nobel Prize in Chemistry in 1901.",
     "Голландский химик Якоб Вант-Гофф стал вторым лауреатом Нобелевской премии по химии."),
    ("contradict", "rank", "geography", "ru",
     "Вулкан Тахумулько в Гватемале высотой около 4220 м — вторая по высоте вершина Центральной Америки.",
     "Rising above 4,200 metres in western Guatemala, the Tajumulco volcano is the highest summit in Central America."),
    ("contradict", "polarity", "music", "en",
     "Handel's anthem Zadok the Priest, written for George II in 1727, has been sung at every British coronation since.",
     "Гимн Генделя «Садок-священник», сочинённый к коронации Георга II в 1727 г., с тех пор ни разу не звучал на британских коронациях."),
    ("contradict", "polarity", "law", "ru",
     "Принятый в 1932 г. закон Норриса — Ла Гардиа не затронул так называемые «контракты жёлтой собаки».",
     "The Norris-LaGuardia Act of 1932 made yellow-dog contracts unenforceable in the federal courts of the United States."),
    ("contradict", "opposite", "law", "en",
     "Congress passed the Taft-Hartley Act in June 1947 over President Truman's veto.",
     "Закон Тафта — Хартли, ограничивший права профсоюзов, президент Трумэн одобрил и подписал в июне 1947 года."),
    ("contradict", "opposite", "law", "ru",
     "В 1843 году Дэниел Макнотен, застреливший секретаря премьер-министра Пиля, был признан судом виновным и приговорён к смерти.",
     "Daniel M'Naghten, who shot Robert Peel's secretary Edward Drummond in 1843, was acquitted on the ground of insanity."),

    # ---------------- agreements (same fact, both true) ----------------
    ("agree", "date", "history", "en",
     "On 30 November 1853 a Russian squadron destroyed the Ottoman ships anchored in the harbour of Sinop.",
     "Синопское сражение 18 (30) ноября 1853 г. закончилось уничтожением турецкой эскадры русскими кораблями прямо в бухте."),
    ("agree", "year", "science", "ru",
     "Понятие водородного показателя pH ввёл датский химик Сёрен Сёренсен в 1909 году, работая в Карлсбергской лаборатории.",
     "Working at the Carlsberg Laboratory in Copenhagen, Søren Sørensen introduced the pH scale in 1909."),
    ("agree", "year", "science", "en",
     "Richard Zsigmondy received the Nobel Prize in Chemistry for 1925 for his work on colloid solutions.",
     "Нобелевская премия по химии за 1925 год была присуждена Рихарду Зигмонди за исследования коллоидных растворов."),
    ("agree", "year", "science", "ru",
     "Термин «экосистема» предложил британский ботаник Артур Тенсли в статье, опубликованной в 1935 году.",
     "The British botanist Arthur Tansley coined the word ecosystem in a 1935 paper in the journal Ecology."),
    ("agree", "number", "geography", "en",
     "Pico Duarte in the Dominican Republic, just under 3,100 metres high, is the tallest mountain in the Caribbean.",
     "Высочайшая вершина Карибского региона — пик Дуарте в Доминиканской Республике, высота которого составляет 3098 м."),
    ("agree", "place", "geography", "ru",
     "Рас-Дашен, высшая точка Эфиопии, расположен в горах Сымен на севере страны.",
     "Ethiopia's highest mountain, Ras Dashen, rises above 4,500 metres in the Simien Mountains."),
    ("agree", "year", "geography", "en",
     "In 1906, half a century after his Tian Shan expedition, Pyotr Semyonov was allowed to add Tyan-Shansky to his surname.",
     "Почётное добавление «Тян-Шанский» к фамилии Пётр Петрович Семёнов получил в 1906 г., к пятидесятилетию своего путешествия."),
    ("agree", "entity", "geography", "ru",
     "Экспедиция Норденшельда на судне «Вега» в 1878–1879 гг. впервые прошла Северо-Восточным проходом из Атлантики в Тихий океан.",
     "Adolf Erik Nordenskiöld's ship Vega made the first complete voyage through the Northeast Passage, leaving Sweden in 1878 and reaching Yokohama in 1879."),
    ("agree", "person", "economy", "en",
     "During the Panic of 1907 the banker J. P. Morgan gathered New York financiers to prop up failing trust companies.",
     "Во время паники 1907 года именно Джон Пирпонт Морган собрал нью-йоркских банкиров, чтобы спасти тонущие трастовые компании."),
    ("agree", "organisation", "economy", "ru",
     "Забастовку Пульмана 1894 года поддержал Американский железнодорожный союз во главе с Юджином Дебсом.",
     "Eugene Debs's American Railway Union backed the Pullman workers in 1894 with a boycott that paralysed western railroads."),
    ("agree", "date", "economy", "en",
     "Harry Gordon Selfridge opened his department store on London's Oxford Street on 15 March 1909.",
     "Универмаг «Селфриджес» на Оксфорд-стрит американец Гарри Гордон Селфридж открыл в марте 1909 г."),
    ("agree", "number", "sport", "ru",
     "Венгерский боксёр Ласло Папп первым в истории выиграл три олимпийских турнира — в 1948, 1952 и 1956 годах.",
     "Hungary's László Papp became the first boxer to win three Olympic gold medals, in London, Helsinki and Melbourne."),
    ("agree", "place", "sport", "en",
     "Driving an outdated Alfa Romeo, Tazio Nuvolari beat the German teams at the Nürburgring in the 1935 German Grand Prix.",
     "Гран-при Германии 1935 года на Нюрбургринге выиграл Тацио Нуволари, обогнав «Мерседесы» и «Ауто Унион» на устаревшей «Альфа-Ромео»."),
    ("agree", "rank", "sport", "ru",
     "«Престон Норт Энд» стал первым чемпионом Футбольной лиги, пройдя сезон 1888/89 без единого поражения.",
     "Preston North End won the first Football League title in 1888-89 without losing a match, earning the nickname the Invincibles."),
    ("agree", "year", "culture", "en",
     "Treasure hunters with metal detectors dug up the Nebra sky disc on a hilltop in Saxony-Anhalt in 1999.",
     "Небесный диск из Небры нашли чёрные копатели с металлоискателем в Саксонии-Анхальт в 1999 году."),
    ("agree", "person", "literature", "ru",
     "Нобелевскую премию по литературе 1917 г. разделили два датских писателя — Хенрик Понтоппидан и Карл Гьеллеруп.",
     "Henrik Pontoppidan shared the 1917 Nobel Prize in Literature with his fellow Dane Karl Gjellerup."),
    ("agree", "rank", "literature", "en",
     "In 1963 the poet Giorgos Seferis became the first Greek to receive the Nobel Prize in Literature.",
     "Йоргос Сеферис, получивший премию в 1963 году, стал первым греческим нобелевским лауреатом по литературе."),
    ("agree", "year", "literature", "ru",
     "Французский писатель Патрик Модиано был удостоен Нобелевской премии по литературе в 2014 году.",
     "The Swedish Academy awarded the 2014 Nobel Prize in Literature to the French novelist Patrick Modiano."),
    ("agree", "place", "literature", "en",
     "Venedikt Yerofeyev's Moscow-Petushki, written around 1970, first appeared in print in Israel in 1973.",
     "Впервые поэма Венедикта Ерофеева «Москва — Петушки» была напечатана в израильском журнале «АМИ» в 1973 году."),
    ("agree", "number", "music", "ru",
     "Цикл Шуберта «Зимний путь» 1827 года состоит из 24 песен на стихи Вильгельма Мюллера.",
     "Schubert set twenty-four poems by Wilhelm Müller in Winterreise, composed in 1827."),
    ("agree", "date", "music", "en",
     "Tchaikovsky conducted the premiere of his Pathétique Symphony in St Petersburg on 28 October 1893, nine days before his death.",
     "Шестую, «Патетическую» симфонию Чайковский впервые исполнил сам в Петербурге 16 (28) октября 1893 г., за девять дней до смерти."),
    ("agree", "year", "art", "ru",
     "Диптих Роя Лихтенштейна Whaam! с атакующим истребителем был написан в 1963 году и хранится в галерее Тейт.",
     "Roy Lichtenstein painted Whaam!, his two-panel fighter-plane image now owned by the Tate, in 1963."),
    ("agree", "organisation", "art", "en",
     "John Singer Sargent sold his scandalous Portrait of Madame X to the Metropolitan Museum of Art in 1916.",
     "Скандальный «Портрет мадам Икс» Джон Сингер Сарджент продал нью-йоркскому Метрополитен-музею в 1916 г."),
    ("agree", "date", "law", "ru",
     "Пакт Рериха о защите культурных ценностей был подписан в Белом доме в Вашингтоне 15 апреля 1935 года.",
     "The Roerich Pact on protecting cultural institutions was signed at the White House on 15 April 1935."),
    ("agree", "year", "technology", "en",
     "In 1832 Pavel Schilling demonstrated a working electromagnetic needle telegraph at his apartment in St Petersburg.",
     "Павел Шиллинг продемонстрировал свой электромагнитный стрелочный телеграф в Петербурге в 1832 г."),
    ("agree", "year", "technology", "ru",
     "Датский инженер Вальдемар Паульсен запатентовал телеграфон, первый аппарат магнитной записи звука на проволоку, в 1898 году.",
     "Valdemar Poulsen's telegraphone, patented in 1898, recorded sound magnetically on steel wire."),
    ("agree", "person", "technology", "en",
     "The first automatic telephone exchange was patented in 1891 by Almon Strowger, an undertaker from Kansas City.",
     "Автоматическую телефонную станцию запатентовал в 1891 г. Элмон Строуджер, владелец похоронного бюро в Канзас-Сити."),
    ("agree", "month", "technology", "ru",
     "Французский лайнер «Нормандия» завоевал Голубую ленту Атлантики в первом же рейсе в мае 1935 г.",
     "The French liner Normandie took the Blue Riband on her maiden Atlantic crossing, which began on 29 May 1935."),
    ("agree", "number", "technology", "en",
     "Thomas Telford's Pontcysyllte Aqueduct, opened in 1805, carries the canal 38 metres above the River Dee.",
     "Акведук Понткисиллте Томаса Телфорда, открытый в 1805 г., проводит канал над рекой Ди на высоте около 38 м."),
    ("agree", "number", "disasters", "ru",
     "Прорыв плотины Сент-Фрэнсис в Калифорнии в марте 1928 года унёс жизни не менее 431 человека.",
     "More than 400 people died when California's St. Francis Dam failed just before midnight on 12 March 1928."),
]

RELATED = [
    ("en",
     "Hergé's reporter Tintin first appeared in the children's supplement Le Petit Vingtième in January 1929.",
     "Настоящее имя бельгийского художника Эрже, создателя Тинтина, — Жорж Реми; псевдоним составлен из переставленных инициалов Р. Ж."),
    ("ru",
     "В 2007 году национальный парк Тейде на Тенерифе был включён в список Всемирного наследия ЮНЕСКО.",
     "At roughly 3,715 metres, the volcano Teide on Tenerife is the highest mountain in Spain."),
    ("en",
     "Completed in 1917 after two collapses, the Quebec Bridge still has the longest cantilever span of any bridge in the world.",
     "В августе 1907 года строившийся Квебекский мост рухнул в реку Святого Лаврентия, погибли 75 рабочих."),
    ("ru",
     "Альбом Майка Олдфилда Tubular Bells в 1973 году стал самой первой пластинкой нового лейбла Virgin Records.",
     "The opening piano theme of Tubular Bells was used in the 1973 horror film The Exorcist."),
    ("en",
     "Steaua Bucharest was founded as the army sports club in June 1947.",
     "В 1986 году «Стяуа» первой из румынских команд выиграла Кубок европейских чемпионов, обыграв «Барселону» по пенальти."),
    ("ru",
     "Рукопись Войнича хранится в библиотеке редких книг Бейнеке Йельского университета под шифром MS 408.",
     "Radiocarbon dating in 2009 placed the parchment of the Voynich manuscript in the early fifteenth century."),
    ("en",
     "The Taft-Hartley Act outlawed the closed shop, under which employers could hire only union members.",
     "Закон Тафта — Хартли вступил в силу в июне 1947 года вопреки вето президента Гарри Трумэна."),
    ("ru",
     "В феврале 1942 года «Нормандия», переоборудованная в военный транспорт, сгорела и опрокинулась у причала в Нью-Йорке.",
     "On her maiden voyage in 1935 the French liner Normandie won the Blue Riband for the fastest Atlantic crossing."),
    ("en",
     "Adolf Erik Nordenskiöld was born in Helsinki in 1832, when Finland belonged to the Russian Empire.",
     "Судно «Вега» под руководством Норденшельда в 1878–1879 гг. первым прошло весь Северо-Восточный проход."),
    ("ru",
     "Премию Гонкуров Патрик Модиано получил в 1978 году за роман «Улица Тёмных Лавок».",
     "Patrick Modiano was awarded the Nobel Prize in Literature in 2014."),
]

RELATED_DOMAINS = ["culture", "geography", "disasters", "music", "sport",
                   "culture", "law", "technology", "geography", "literature"]

SLOTS = {"year", "date", "month", "day", "decade", "century", "number", "percent",
         "money", "scale", "duration", "place", "person", "organisation", "entity",
         "rank", "polarity", "opposite"}
DOMAINS = {"history", "science", "geography", "economy", "sport", "culture",
           "literature", "music", "art", "law", "technology", "disasters"}

CYR = re.compile(r"[А-Яа-яЁё]")
LAT = re.compile(r"[A-Za-zÀ-ÿŁłŚśŃńĄąĘęŻżŹźĆćÖöÜüØøÉé]")


def lang_of(text):
    c = len(CYR.findall(text))
    l = len(LAT.findall(text))
    return "ru" if c > l else "en"


def check_side(text, expected):
    got = lang_of(text)
    assert got == expected, (expected, got, text)
    n = len(text.split())
    assert 10 <= n <= 30, (n, text)


def make_row(first, a, b, label, slot, domain):
    la = first
    lb = "ru" if first == "en" else "en"
    check_side(a, la)
    check_side(b, lb)
    assert la != lb
    return {"a": a, "b": b, "lang_a": la, "lang_b": lb, "label": label,
            "slot": slot, "domain": domain}


def main():
    comp = [make_row(f, a, b, lab, slot, dom)
            for (lab, slot, dom, f, a, b) in COMPARABLE]
    rel = [make_row(f, a, b, "related", "topic", "mixed")
           for (f, a, b) in RELATED]

    assert len(comp) == 60, len(comp)
    labels = Counter(r["label"] for r in comp)
    assert labels == {"agree": 30, "contradict": 30}, labels
    assert len(rel) == 10, len(rel)
    for lab in ("agree", "contradict"):
        firsts = Counter(r["lang_a"] for r in comp if r["label"] == lab)
        assert firsts == {"ru": 15, "en": 15}, (lab, firsts)
    for r in comp:
        assert r["slot"] in SLOTS, r["slot"]
        assert r["domain"] in DOMAINS, r["domain"]
    dom = Counter(r["domain"] for r in comp)
    assert max(dom.values()) <= 8, dom
    cslots = Counter(r["slot"] for r in comp if r["label"] == "contradict")
    assert len(cslots) >= 12 and max(cslots.values()) <= 5, cslots
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"

    # related rows: attach the domain of the subject they share
    rel_out = []
    for r, d in zip(rel, RELATED_DOMAINS):
        r = dict(r)
        assert d in DOMAINS
        r["domain"] = d
        rel_out.append(r)

    with open(os.path.join(HERE, "comparable_heldout54.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "related_heldout54.jsonl"), "w", encoding="utf-8") as f:
        for r in rel_out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    print("comparable:", len(comp), dict(labels))
    print("related:", len(rel_out))
    print("contradict slots:", dict(sorted(cslots.items())))
    print("agree slots:", dict(sorted(Counter(r["slot"] for r in comp if r["label"] == "agree").items())))
    print("domains:", dict(sorted(dom.items())))


if __name__ == "__main__":
    main()

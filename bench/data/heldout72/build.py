#!/usr/bin/env python3
"""Build heldout72: independent EN/RU claim pairs (stdlib only).

Each comparable row: (en, ru, label, slot, domain, ru_first).
Each related row:    (en, ru, subject, ru_first, domain).
For every contradict row a comment names the FALSE side (EN or RU).
"""
import json
import os
import re

C, A = "contradict", "agree"

COMPARABLE = [
    # ---------------- history ----------------
    ("In January 1564, on the Ula River near Polotsk, the Lithuanian army of Mikołaj Radziwiłł routed a Muscovite force.",
     "Битва на реке Уле, в которой литовские войска разгромили русскую рать, произошла 26 января 1564 г.",
     A, "date", "history", True),
    # false: RU (the Russian galley fleet was led by the Prince of Nassau-Siegen; Ushakov served in the Black Sea)
    ("At the second Battle of Svensksund in July 1790, the Swedish fleet led by King Gustav III defeated the Russian galley fleet of the Prince of Nassau-Siegen.",
     "Во втором Роченсальмском сражении в июле 1790 г. шведы разгромили русский гребной флот, которым командовал адмирал Фёдор Ушаков.",
     C, "person", "history", False),
    # false: EN (the Dutch under Maurice won)
    ("At the Battle of Nieuwpoort on the Flemish coast in July 1600, Maurice of Nassau's Dutch army was routed by the Spanish under Archduke Albert.",
     "В битве при Ньивпорте 2 июля 1600 г. голландская армия Морица Нассауского одержала победу над испанскими войсками эрцгерцога Альбрехта.",
     C, "opposite", "history", True),
    ("The Swiss Confederates crushed the army of Charles the Bold, Duke of Burgundy, near the town of Murten on 22 June 1476.",
     "Битва при Муртене (Морате), закончившаяся разгромом бургундского герцога Карла Смелого швейцарцами, произошла летом 1476 года.",
     A, "year", "history", False),
    ("The Truce of Plussa, agreed in 1583, ended the fighting between Russia and Sweden in the Livonian War and left Narva in Swedish hands.",
     "Плюсское перемирие 1583 года, заключённое на реке Плюсса, закрепило за Швецией захваченные ею Нарву, Ивангород, Ям, Копорье и Корелу.",
     A, "year", "history", True),
    # ---------------- science ----------------
    ("Max Perutz and John Kendrew received the 1962 Nobel Prize in Chemistry for determining the structures of globular proteins.",
     "Макс Перуц, расшифровавший строение гемоглобина, разделил Нобелевскую премию по химии 1962 года с Джоном Кендрю.",
     A, "year", "science", True),
    ("Carlo Rubbia shared the 1984 Nobel Prize in Physics with Simon van der Meer after their CERN teams found the W and Z bosons.",
     "Итальянский физик Карло Руббиа получил Нобелевскую премию за открытие переносчиков слабого взаимодействия, сделанное в 1983 г. в ЦЕРН.",
     A, "organisation", "science", False),
    # false: RU (the prize was in chemistry)
    ("The Norwegian-born Lars Onsager won the 1968 Nobel Prize in Chemistry for his reciprocal relations in irreversible thermodynamics.",
     "Ларс Онсагер, уроженец Норвегии, был удостоен Нобелевской премии по физике 1968 года за соотношения взаимности.",
     C, "entity", "science", True),
    # false: EN (Wigner was born in Budapest)
    ("Eugene Wigner, who shared the 1963 Nobel Prize in Physics with Maria Goeppert Mayer and Hans Jensen, was born in Vienna in 1902.",
     "Юджин (Енё) Вигнер, лауреат Нобелевской премии по физике 1963 года, родился в Будапеште в 1902 г.",
     C, "place", "science", False),
    # false: EN (Richmann died in 1753)
    ("Georg Wilhelm Richmann was killed by lightning in St Petersburg in the early nineteenth century while studying atmospheric electricity.",
     "Академик Георг Вильгельм Рихман погиб в Петербурге в 1753 г., когда изучал атмосферное электричество во время грозы.",
     C, "century", "science", False),
    # ---------------- geography ----------------
    ("Lake Neusiedl, the largest steppe lake in Central Europe, straddles the border between Austria and Hungary.",
     "Озеро Нойзидлерзе, которое венгры называют Фертё, лежит на австро-венгерской границе; большая его часть принадлежит Австрии.",
     A, "place", "geography", False),
    ("Ushba, the twin-peaked mountain in Georgia's Svaneti region, rises to 4,710 metres above sea level.",
     "Высота Ушбы — двуглавой вершины Большого Кавказа на территории Грузии — составляет около 4,7 тыс. м.",
     A, "number", "geography", False),
    # false: RU (Song-Kul is second to Issyk-Kul)
    ("Song-Kul, an alpine lake at about 3,000 metres in Kyrgyzstan's Naryn Region, is the country's second-largest lake after Issyk-Kul.",
     "Высокогорное озеро Сонкёль в Нарынской области — крупнейшее озеро Киргизии, превосходящее по площади даже Иссык-Куль.",
     C, "rank", "geography", False),
    # false: EN (Emi Koussi is about 3,415 m)
    ("Emi Koussi, the highest summit of the Tibesti Mountains in northern Chad, rises to only about 2,400 metres.",
     "Высочайшая вершина нагорья Тибести и всей Сахары — вулкан Эми-Куси высотой 3415 м — находится на севере Чада.",
     C, "number", "geography", True),
    ("The Vychegda, the largest tributary of the Northern Dvina, is about 1,130 kilometres long and meets the Dvina near Kotlas.",
     "Длина Вычегды, протекающей по Республике Коми и Архангельской области, превышает 1100 км.",
     A, "number", "geography", False),
    # ---------------- economy ----------------
    # false: EN (the report dates from October 1970)
    ("The Werner Report, the first blueprint for economic and monetary union in the European Community, was presented in the early 1980s.",
     "Доклад Вернера с поэтапным планом создания экономического и валютного союза в ЕЭС был представлен в октябре 1970 г.",
     C, "decade", "economy", False),
    ("On the night of 31 August 1935 the miner Alexei Stakhanov cut 102 tonnes of coal in a single shift, fourteen times his quota.",
     "Забойщик Алексей Стаханов за одну смену добыл более 100 тонн угля, в 14 раз перевыполнив норму.",
     A, "number", "economy", True),
    # false: RU (1860-2002 is over 140 years)
    ("The Finnish markka, introduced in 1860 while Finland was part of the Russian Empire, was replaced by the euro in 2002.",
     "Финляндская марка, уступившая место евро в 2002 г., просуществовала всего около 80 лет.",
     C, "duration", "economy", True),
    ("When Spain adopted the euro, the conversion rate was fixed at 166.386 pesetas for one euro.",
     "Курс обмена испанской песеты на евро был установлен на уровне около 166,4 песеты за один евро.",
     A, "money", "economy", False),
    # false: EN (five companies were listed at the first session)
    ("At the first session of the revived Warsaw Stock Exchange in April 1991, shares of fifty companies were traded.",
     "На первой сессии возрождённой Варшавской фондовой биржи 16 апреля 1991 г. торговались акции всего пяти компаний.",
     C, "number", "economy", True),
    # ---------------- sport ----------------
    ("At the 1976 Innsbruck Winter Olympics Rosi Mittermaier won the downhill and the slalom and took silver in the giant slalom.",
     "Немецкая горнолыжница Рози Миттермайер увезла с Олимпиады 1976 года две золотые медали и одну серебряную.",
     A, "number", "sport", True),
    ("Ethiopia's Mamo Wolde won the Olympic marathon in Mexico City in 1968, four years before taking bronze in Munich.",
     "Победителем марафонского забега на Олимпийских играх 1968 г. в Мехико стал эфиоп Мамо Волде.",
     A, "rank", "sport", False),
    ("In 1978 the Italian high jumper Sara Simeoni raised the women's world record to 2.01 metres.",
     "В 1978 году итальянская прыгунья в высоту Сара Симеони установила мировой рекорд — 2 м 01 см.",
     A, "number", "sport", True),
    # false: EN (Tsukahara won the bar in 1972 and 1976)
    ("Mitsuo Tsukahara, who gave his name to a vault, won the Olympic horizontal bar title only once, in Munich in 1972.",
     "Японский гимнаст Мицуо Цукахара дважды становился олимпийским чемпионом на перекладине — в 1972 и 1976 годах.",
     C, "number", "sport", False),
    # false: RU (Italy's titles under Pozzo were 1934 and 1938)
    ("Vittorio Pozzo led Italy to World Cup titles in 1934 and 1938 and remains the only coach to have won the tournament twice.",
     "Тренер Витторио Поццо приводил сборную Италии к победам на чемпионатах мира 1934 и 1950 годов.",
     C, "year", "sport", True),
    # ---------------- culture ----------------
    ("In 1924 former icon painters of Palekh, a village in Ivanovo Oblast, founded an artel to paint lacquer miniatures on papier-mâché.",
     "Палехская лаковая миниатюра зародилась в 1920-х годах, когда местные иконописцы объединились в Артель древней живописи.",
     A, "year", "culture", False),
    # false: EN (the craft dates from the early 19th century)
    ("The painted metal trays of Zhostovo, a village near Moscow, have been made there since the seventeenth century.",
     "Промысел расписных металлических подносов в подмосковном Жостове возник в начале XIX века.",
     C, "century", "culture", True),
    ("Maslenitsa, the Russian festival of pancakes and sledging, is celebrated during the last week before Great Lent.",
     "Масленицу празднуют всю неделю, предшествующую Великому посту; её главное угощение — блины.",
     A, "duration", "culture", True),
    # false: RU (the carnival is held over the August bank holiday)
    ("The Notting Hill Carnival, a Caribbean street festival held in west London since 1966, takes place over the August bank holiday weekend.",
     "Карнавал в лондонском Ноттинг-Хилле, проводимый с 1966 года, ежегодно проходит в последние выходные июля.",
     C, "month", "culture", False),
    ("The Carnival of Viareggio in Tuscany, famous for its giant papier-mâché floats, was first held in 1873.",
     "История карнавала в тосканском Виареджо с его огромными движущимися фигурами из папье-маше началась в 1873 году.",
     A, "year", "culture", False),
    # ---------------- literature ----------------
    ("Väinö Linna's war novel The Unknown Soldier, following a Finnish machine-gun company through the Continuation War, appeared in 1954.",
     "Роман Вяйнё Линны «Неизвестный солдат» о войне 1941–1944 гг. вышел в Финляндии в 1954 году.",
     A, "year", "literature", True),
    # false: RU (the Tevye stories are by Sholem Aleichem)
    ("The stories of Tevye the Dairyman, later adapted as Fiddler on the Roof, were written in Yiddish by Sholem Aleichem.",
     "Цикл рассказов «Тевье-молочник», по которому поставлен мюзикл «Скрипач на крыше», написал Ицхок-Лейбуш Перец.",
     C, "person", "literature", False),
    ("Wilhelm Busch's picture story Max and Moritz, published in 1865, tells of the two boys' seven pranks.",
     "В книжке Вильгельма Буша «Макс и Мориц» (1865) в стихах и картинках описано семь проделок двух озорников.",
     A, "number", "literature", True),
    # false: EN (Der Struwwelpeter first appeared in 1845)
    ("Der Struwwelpeter, the book of cautionary tales by the Frankfurt physician Heinrich Hoffmann, was first published in 1875.",
     "Книга франкфуртского врача Генриха Гофмана «Степка-растрепка» с назидательными историями в стихах впервые вышла в свет в 1845 году.",
     C, "year", "literature", True),
    # false: EN (published in 1850)
    ("Nathaniel Hawthorne's The Scarlet Letter, the story of Hester Prynne in Puritan Boston, was first published in the 1870s.",
     "Роман Натаниэля Готорна «Алая буква» об Эстер Прин, жительнице пуританского Бостона, вышел в 1850 году.",
     C, "decade", "literature", False),
    # ---------------- music ----------------
    ("Alexander Serov's opera Rogneda, set in the time of Prince Vladimir of Kiev, was first performed at the Mariinsky Theatre in 1865.",
     "Опера Александра Серова «Рогнеда» впервые прозвучала на сцене петербургского Мариинского театра осенью 1865 года.",
     A, "place", "music", True),
    # false: RU (the premiere was in London, at the Alhambra Theatre)
    ("Manuel de Falla's ballet The Three-Cornered Hat was first performed by Diaghilev's Ballets Russes at the Alhambra Theatre in London in July 1919.",
     "Премьера балета Мануэля де Фальи «Треуголка» в исполнении труппы Дягилева состоялась в 1919 г. в Мадриде.",
     C, "place", "music", False),
    # false: EN (the opera is by Zdeněk Fibich)
    ("The opera Šárka, first staged at the National Theatre in Prague in 1897, was composed by Antonín Dvořák.",
     "Оперу «Шарка», впервые поставленную в пражском Национальном театре в 1897 г., написал Зденек Фибих.",
     C, "person", "music", True),
    ("Hans Pfitzner's opera Palestrina, about the Renaissance composer, had its premiere in Munich on 12 June 1917 under Bruno Walter.",
     "Премьера оперы Ганса Пфицнера «Палестрина» прошла в Мюнхене в июне 1917 г.",
     A, "date", "music", False),
    # false: RU (Vanessa won the 1958 Pulitzer Prize for Music)
    ("Samuel Barber's opera Vanessa, premiered at the Metropolitan Opera in January 1958, won that year's Pulitzer Prize for Music.",
     "Опера Сэмюэла Барбера «Ванесса», впервые поставленная в «Метрополитен-опера» в 1958 г., Пулитцеровской премии не удостоилась.",
     C, "polarity", "music", True),
    # ---------------- art ----------------
    ("Grigory Myasoyedov's The Zemstvo Is Having Lunch, painted in 1872, is in the Tretyakov Gallery in Moscow.",
     "Картина Григория Мясоедова «Земство обедает» (1872) входит в собрание Государственной Третьяковской галереи.",
     A, "organisation", "art", True),
    # false: RU (The Stoker is in the Tretyakov Gallery)
    ("Nikolai Yaroshenko's The Stoker, a portrait of an exhausted factory worker painted in 1878, belongs to the Tretyakov Gallery.",
     "Картина Николая Ярошенко «Кочегар» (1878) хранится в собрании Русского музея в Петербурге.",
     C, "organisation", "art", False),
    ("Alphonse Mucha's Slav Epic consists of twenty monumental canvases on the history of the Slavic peoples, painted between 1910 and 1928.",
     "Цикл Альфонса Мухи «Славянская эпопея» — два десятка огромных полотен, над которыми художник работал почти два десятилетия.",
     A, "number", "art", False),
    ("Hugo Simberg painted The Wounded Angel, in which two boys carry an injured angel on a stretcher, in 1903.",
     "В 2006 году финны выбрали «Раненого ангела» Хуго Симберга, написанного в 1903 г., своей национальной картиной.",
     A, "year", "art", True),
    # false: EN (Midwinter Sacrifice was completed in 1915)
    ("Carl Larsson painted Midwinter Sacrifice, his huge canvas meant for the Nationalmuseum in Stockholm, in the 1880s.",
     "Огромное полотно «Жертвоприношение в середине зимы» Карл Ларссон написал в 1915 г. для стокгольмского Национального музея.",
     C, "decade", "art", False),
    # ---------------- law ----------------
    ("The Provisions of Oxford, forced on Henry III by his barons in 1258, placed royal government under a council of fifteen.",
     "По Оксфордским провизиям 1258 года власть короля Генриха III ограничивалась советом из 15 человек.",
     A, "number", "law", True),
    # false: RU (the compensation was £20 million)
    ("Under the Slavery Abolition Act of 1833, Parliament set aside £20 million to compensate the owners of freed slaves.",
     "Британский закон об отмене рабства 1833 г. предусматривал выплату рабовладельцам компенсации в размере 2 млн фунтов стерлингов.",
     C, "money", "law", False),
    # false: EN (Hoover signed it; Roosevelt took office in 1933)
    ("The Norris–La Guardia Act, which outlawed yellow-dog contracts, was signed by President Franklin D. Roosevelt in 1932.",
     "Закон Норриса — Ла Гуардии, запретивший так называемые «контракты жёлтой собаки», подписал в марте 1932 г. президент Гувер.",
     C, "person", "law", True),
    ("The Statute of Kalisz, issued in 1264 by Bolesław the Pious, Duke of Greater Poland, granted wide privileges to Jewish communities.",
     "Калишский статут, предоставивший евреям широкие привилегии, издал великопольский князь Болеслав Благочестивый в 1264 году.",
     A, "year", "law", False),
    # false: RU (passed in 1494-95, i.e. the 15th century)
    ("Poynings' Law, passed in 1494 and named after the Lord Deputy Sir Edward Poynings, subordinated the Irish parliament to the English Crown.",
     "Закон Пойнингса, подчинивший ирландский парламент английской короне, был принят в середине XVII века.",
     C, "century", "law", True),
    # ---------------- technology ----------------
    ("The Swedish engineer Willgodt Odhner designed his pinwheel calculator in St Petersburg, where his workshop later turned it out in large numbers.",
     "Арифмометр шведского инженера Вильгодта Однера был сконструирован и затем серийно выпускался в Петербурге.",
     A, "place", "technology", False),
    # false: RU (the Mi-12 is the largest helicopter ever built)
    ("The Soviet Mi-12, first flown in 1968 with two rotors mounted side by side, remains the largest helicopter ever built.",
     "Советский вертолёт Ми-12 с двумя несущими винтами по бокам фюзеляжа — лишь второй по размерам вертолёт в истории.",
     C, "rank", "technology", True),
    # false: RU (the Tatra 77 appeared in 1934)
    ("The Tatra 77, unveiled in 1934 by the Czechoslovak firm Tatra, was the first streamlined car to go into series production.",
     "Первым серийным автомобилем с обтекаемым кузовом стала чехословацкая «Татра-77», представленная публике в 1948 году.",
     C, "year", "technology", False),
    # false: EN (the water frame was patented in 1769)
    ("Richard Arkwright patented his water frame, a spinning machine driven by water power, in the 1780s.",
     "Прядильную машину, приводимую в движение водяным колесом, Ричард Аркрайт запатентовал в 1769 году.",
     C, "decade", "technology", True),
    ("The Tokarev TT pistol, designed by Fedor Tokarev and chambered for a 7.62 mm cartridge, was adopted by the Red Army in 1930.",
     "Пистолет ТТ конструкции Фёдора Токарева был принят на вооружение Красной армии в 1930 г. под обозначением ТТ-30.",
     A, "year", "technology", False),
    # ---------------- disasters ----------------
    ("When the Yak-42 carrying the Lokomotiv Yaroslavl hockey team crashed on take-off in September 2011, only one of the 45 people aboard survived.",
     "В катастрофе Як-42 под Ярославлем 7 сентября 2011 г. погибли 44 человека, выжил лишь бортинженер Александр Сизов.",
     A, "number", "disasters", True),
    # false: EN (the earthquake struck on 26 April 1966)
    ("The earthquake that destroyed much of central Tashkent struck before dawn on 16 April 1966.",
     "Ташкентское землетрясение, разрушившее центр города, произошло ранним утром 26 апреля 1966 г.",
     C, "day", "disasters", False),
    ("The British liner Vestris, bound from New York to South America, foundered off the Virginia coast in November 1928.",
     "Пароход «Вестрис», шедший из Нью-Йорка в Южную Америку, затонул 12 ноября 1928 г.; погибли более ста человек.",
     A, "date", "disasters", True),
    # false: RU (562 people died)
    ("In March 1891 the emigrant steamer Utopia sank after striking the anchored battleship HMS Anson in the Bay of Gibraltar, with 562 deaths.",
     "Крушение эмигрантского парохода «Утопия», столкнувшегося в марте 1891 г. у Гибралтара с броненосцем «Энсон», обошлось без человеческих жертв.",
     C, "polarity", "disasters", True),
    ("A fire aboard the cruise liner Morro Castle off the New Jersey coast in September 1934 killed 137 passengers and crew.",
     "Пожар на лайнере «Морро Касл» у берегов Нью-Джерси 8 сентября 1934 г. унёс жизни более 130 человек.",
     A, "number", "disasters", False),
]

RELATED = [
    ("The second Battle of Svensksund in July 1790 is counted among the largest naval battles ever fought in the Baltic Sea.",
     "Второе Роченсальмское сражение, продолжавшееся 9–10 июля 1790 г., стало тяжёлым поражением для русского гребного флота.",
     "Svensksund", True, "history"),
    ("Max Perutz, born in Vienna in 1914, moved to Cambridge in 1936 to work on X-ray crystallography.",
     "Макс Перуц стал лауреатом Нобелевской премии по химии в 1962 году.",
     "Perutz", False, "science"),
    ("The Stakhanovite movement for higher labour productivity was named after the Donbas coal miner Alexei Stakhanov.",
     "Свой рекордный забой Стаханов совершил на шахте «Центральная-Ирмино» в ночь на 31 августа 1935 г.",
     "Stakhanov", True, "economy"),
    ("The Tsukahara vault, with a half turn onto the horse and a backward somersault off it, is named after Mitsuo Tsukahara.",
     "На Олимпийских играх 1976 г. в Монреале Мицуо Цукахара выиграл золото в упражнении на перекладине.",
     "Tsukahara", False, "sport"),
    ("Väinö Linna's The Unknown Soldier has been filmed three times, in 1955, 1985 and 2017.",
     "Роман Вяйнё Линны «Неизвестный солдат» о финских пулемётчиках был опубликован в 1954 году.",
     "The Unknown Soldier", True, "literature"),
    ("Samuel Barber's Vanessa had its world premiere at the Metropolitan Opera in New York in January 1958.",
     "За оперу «Ванесса» Сэмюэл Барбер получил Пулитцеровскую премию в области музыки.",
     "Vanessa", False, "music"),
    ("Mucha formally presented the canvases of his Slav Epic to the city of Prague in 1928.",
     "Двадцать полотен «Славянской эпопеи» Мухи несколько десятилетий экспонировались в замке Моравски-Крумлов.",
     "Slav Epic", True, "art"),
    ("The Slavery Abolition Act came into force across most of the British Empire on 1 August 1834.",
     "Британский закон 1833 года об отмене рабства предусматривал компенсацию рабовладельцам в 20 млн фунтов.",
     "Slavery Abolition Act", False, "law"),
    ("In August 1969 the Mi-12 lifted a payload of more than 44 tonnes to a height of over 2,000 metres, a world record.",
     "Вертолёт Ми-12 был создан в конструкторском бюро Михаила Леонтьевича Миля.",
     "Mi-12", True, "technology"),
    ("Among the dead in the 2011 Yaroslavl air crash were the players and coaches of the hockey club Lokomotiv.",
     "Самолёт Як-42 потерпел катастрофу 7 сентября 2011 г. вскоре после взлёта из аэропорта Туношна.",
     "Yak-Service Flight 9633", False, "disasters"),
]

CYR = re.compile(r"[\u0400-\u04FF]")
LAT = re.compile(r"[A-Za-z]")
SLOTS = {"year", "date", "month", "day", "decade", "century", "number", "percent",
         "money", "scale", "duration", "place", "person", "organisation", "entity",
         "rank", "polarity", "opposite"}
DOMAINS = ["history", "science", "geography", "economy", "sport", "culture",
           "literature", "music", "art", "law", "technology", "disasters"]


def lang(s):
    c, l = len(CYR.findall(s)), len(LAT.findall(s))
    return "ru" if c > l else "en"


def check_side(s, want):
    assert lang(s) == want, (want, s)
    n = len(s.split())
    assert 10 <= n <= 30, (n, s)


def make(en, ru, ru_first):
    check_side(en, "en")
    check_side(ru, "ru")
    if ru_first:
        return {"a": ru, "b": en, "lang_a": "ru", "lang_b": "en"}
    return {"a": en, "b": ru, "lang_a": "en", "lang_b": "ru"}


def count(rows, key):
    d = {}
    for r in rows:
        d[r[key]] = d.get(r[key], 0) + 1
    return dict(sorted(d.items()))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    comp, rel = [], []
    for en, ru, label, slot, domain, ru_first in COMPARABLE:
        assert label in (A, C) and slot in SLOTS and domain in DOMAINS, (label, slot, domain)
        row = make(en, ru, ru_first)
        row.update(label=label, slot=slot, domain=domain)
        comp.append(row)
    for en, ru, subj, ru_first, domain in RELATED:
        assert domain in DOMAINS
        row = make(en, ru, ru_first)
        row.update(label="related", slot="topic", domain=domain)
        rel.append(row)

    assert len(comp) == 60 and len(rel) == 10
    for lab in (A, C):
        rows = [r for r in comp if r["label"] == lab]
        assert len(rows) == 30, (lab, len(rows))
        nru = sum(r["lang_a"] == "ru" for r in rows)
        assert nru == 15, (lab, "ru-first", nru)
    cslots = count([r for r in comp if r["label"] == C], "slot")
    assert len(cslots) >= 12 and max(cslots.values()) <= 4, cslots
    doms = count(comp, "domain")
    assert set(doms) == set(DOMAINS) and all(v == 5 for v in doms.values()), doms
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"

    with open(os.path.join(here, "comparable_heldout72.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout72.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("labels:", count(comp, "label"))
    print("contradict slots (%d types):" % len(cslots), cslots)
    print("agree slots:", count([r for r in comp if r["label"] == A], "slot"))
    print("domains:", doms)
    print("related domains:", count(rel, "domain"))
    print("related ru-first:", sum(r["lang_a"] == "ru" for r in rel))


if __name__ == "__main__":
    main()

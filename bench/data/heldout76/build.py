#!/usr/bin/env python3
"""Build heldout76: independent EN/RU claim pairs (stdlib only).

Each comparable row: (en, ru, label, slot, domain, ru_first).
Each related row:    (en, ru, subject, ru_first, domain).
For contradict rows a comment names the FALSE side (EN or RU); the other side
is true to the best of the writer's knowledge.
"""
import json
import os
import re

C, A = "contradict", "agree"

COMPARABLE = [
    # ---------------- history ----------------
    # FALSE: EN (Maldon was fought in 991, i.e. the tenth century)
    ("The Battle of Maldon, in which the Essex ealdorman Byrhtnoth was killed fighting Viking raiders beside the River Blackwater, took place in the eleventh century.",
     "Битва при Молдоне, где на берегу реки Блэкуотер погиб элдормен Бюрхтнот, произошла в августе 991 года.",
     C, "century", "history", True),
    ("On 21 July 1403, near Shrewsbury, the army of King Henry IV defeated the rebels led by Henry Percy, who was killed during the fighting.",
     "Сражение при Шрусбери 21 июля 1403 г. завершилось победой Генриха IV; вождь мятежников Генри Перси погиб в бою.",
     A, "date", "history", False),
    ("Fought on 11 September 1709, Malplaquet was the bloodiest battle of the War of the Spanish Succession, costing the allied army more than 20,000 casualties.",
     "Битва при Мальплаке (1709) стала самой кровопролитной в Войне за испанское наследство: союзники потеряли свыше 20 тыс. человек убитыми и ранеными.",
     A, "year", "history", True),
    # FALSE: RU (Chelmsford, not Wolseley, commanded at Ulundi)
    ("The British force that defeated the Zulu army at Ulundi on 4 July 1879 was commanded by Lord Chelmsford.",
     "Британскими войсками, разбившими зулусов при Улунди 4 июля 1879 года, командовал генерал Гарнет Уолсли.",
     C, "person", "history", False),
    # FALSE: EN (Eugene won at Petrovaradin)
    ("At Petrovaradin in August 1716 the army of Prince Eugene of Savoy was routed by the Ottomans under Grand Vizier Silahdar Ali Pasha.",
     "5 августа 1716 г. под Петроварадином войска принца Евгения Савойского разгромили турецкую армию; великий визирь Силахдар Али-паша был смертельно ранен.",
     C, "opposite", "history", True),
    # ---------------- science ----------------
    ("Vladimir Prelog, a Sarajevo-born chemist who spent most of his career at ETH Zurich, shared the 1975 Nobel Prize in Chemistry with John Cornforth.",
     "Нобелевская премия по химии за 1975 год была присуждена Джону Корнфорту и Владимиру Прелогу за исследования в области стереохимии.",
     A, "year", "science", False),
    # FALSE: EN (Northrop's 1946 prize was in Chemistry)
    ("John Howard Northrop, who crystallised the digestive enzyme pepsin, shared the 1946 Nobel Prize in Physiology or Medicine.",
     "Американский биохимик Джон Нортроп, получивший кристаллы пепсина, разделил Нобелевскую премию по химии 1946 года с Самнером и Стэнли.",
     C, "entity", "science", False),
    ("The Austrian otologist Robert Bárány received the 1914 Nobel Prize in Physiology or Medicine for his studies of the balance organ of the inner ear.",
     "О присуждении ему Нобелевской премии за 1914 год Роберт Барани, исследователь вестибулярного аппарата, узнал в русском плену.",
     A, "year", "science", True),
    # FALSE: RU (Richet's collaborator was Paul Portier, not Emile Roux)
    ("Charles Richet described anaphylaxis after experiments with Paul Portier in 1901–1902 and received the Nobel Prize for the discovery in 1913.",
     "Явление анафилаксии Шарль Рише открыл в 1902 г. вместе с Эмилем Ру, за что позднее получил Нобелевскую премию.",
     C, "person", "science", True),
    # FALSE: EN (Mosander discovered lanthanum, extracted from cerium compounds)
    ("In 1839 the Swedish chemist Carl Gustaf Mosander discovered the element cerium while studying the salts of lanthanum.",
     "Шведский химик Карл Густав Мосандер в 1839 году открыл лантан, выделив его из соединений церия.",
     C, "entity", "science", False),
    # ---------------- geography ----------------
    ("The Purus rises in the lowlands of eastern Peru and flows north-east through Brazil before joining the Amazon well upstream of Manaus.",
     "Река Пурус, берущая начало на территории Перу, пересекает бразильские штаты Акри и Амазонас и впадает в Солимойнс.",
     A, "place", "geography", True),
    # FALSE: RU (the Ubangi does not border Cameroon)
    ("The Ubangi, the largest right-bank tributary of the Congo, forms part of the border between the Central African Republic and the DR Congo.",
     "Убанги, крупнейший правый приток Конго, на значительном протяжении служит границей между ДР Конго и Камеруном.",
     C, "place", "geography", True),
    ("Lake Mweru, which lies on the border between Zambia and the Democratic Republic of the Congo, is fed mainly by the Luapula River.",
     "Озеро Мверу, поделённое между Замбией и ДР Конго, получает основную часть воды из реки Луапула.",
     A, "place", "geography", False),
    # FALSE: RU (Saimaa is the largest; Paijanne is second)
    ("Päijänne, in central Finland, is the country's second-largest lake and, at about 95 metres, also its deepest.",
     "Пяйянне — крупнейшее по площади озеро Финляндии, протянувшееся с севера на юг более чем на 100 км.",
     C, "rank", "geography", False),
    # FALSE: EN (Shiveluch is about 3,283 m high)
    ("Shiveluch, the northernmost active volcano in Kamchatka, rises to roughly 4,750 metres above sea level.",
     "Шивелуч — самый северный из действующих вулканов Камчатки; высота его главной вершины составляет 3283 м.",
     C, "number", "geography", True),
    # ---------------- economy ----------------
    ("Rheinmetall, now Germany's largest arms maker, was founded in Düsseldorf in 1889 by the engineer Heinrich Ehrhardt.",
     "Компания «Рейнметалл» была основана инженером Генрихом Эрхардтом в Дюссельдорфе в апреле 1889 года.",
     A, "year", "economy", True),
    ("The Stinnes–Legien Agreement of 15 November 1918 recognised German trade unions as bargaining partners and introduced the eight-hour working day.",
     "Соглашение Стиннеса — Легина, заключённое промышленниками и профсоюзами в ноябре 1918 г., ввело в Германии восьмичасовой рабочий день.",
     A, "date", "economy", False),
    # FALSE: EN (the plan came from the Treasury, Morgenthau's department)
    ("The Morgenthau Plan of 1944, which proposed turning Germany into a mainly agricultural country, was drawn up in the US State Department.",
     "План Моргентау, предлагавший превратить Германию в аграрную страну, был подготовлен в 1944 г. в министерстве финансов США.",
     C, "organisation", "economy", True),
    # FALSE: RU (AMO was founded in 1916)
    ("In 1916 the Ryabushinsky brothers, together with Sergei Kuznetsov, founded the AMO motor works in Moscow, the future ZiL plant.",
     "Братья Рябушинские основали Московский автомобильный завод АМО, будущий ЗИЛ, в 1924 году.",
     C, "year", "economy", False),
    # FALSE: RU (Paribas merged with BNP; BNP's bid for Societe Generale failed)
    ("After a takeover battle in 1999, BNP absorbed Paribas, and the combined bank BNP Paribas was officially created in May 2000.",
     "В 2000 году банк «Парибас» слился с «Сосьете Женераль», образовав один из крупнейших банков Европы.",
     C, "organisation", "economy", True),
    # ---------------- sport ----------------
    ("Viktor Chukarin, who had survived Nazi concentration camps, won seven Olympic gold medals in gymnastics at the 1952 and 1956 Games.",
     "На Олимпиадах в Хельсинки и Мельбурне гимнаст Виктор Чукарин завоевал 11 медалей, семь из которых золотые.",
     A, "number", "sport", False),
    # FALSE: RU (the 1976 Games were in Montreal)
    ("East Germany's Waldemar Cierpinski won the Olympic marathon in Montreal in 1976 and defended the title in Moscow four years later.",
     "Марафонец из ГДР Вальдемар Церпински впервые стал олимпийским чемпионом в 1976 году в Мюнхене.",
     C, "place", "sport", False),
    # FALSE: EN (Bolotnikov won gold)
    ("At the 1960 Olympics in Rome the Soviet runner Pyotr Bolotnikov took the bronze medal in the 10,000 metres.",
     "Пётр Болотников стал олимпийским чемпионом в беге на 10 000 м на римских Играх 1960 года.",
     C, "rank", "sport", True),
    ("The Georgian athlete Robert Shavlakadze won the high jump at the 1960 Rome Olympics, clearing 2.16 metres.",
     "Золото в прыжках в высоту на Олимпиаде 1960 года в Риме досталось Роберту Шавлакадзе.",
     A, "rank", "sport", True),
    # FALSE: EN (the winning margin was 0.03 s)
    ("Wearing his famous golf cap, Dave Wottle won the 800 metres at the 1972 Munich Olympics by a full half-second.",
     "Американец Дэйв Уоттл выиграл бег на 800 м на Олимпиаде 1972 года, опередив Евгения Аржанова всего на 0,03 с.",
     C, "duration", "sport", False),
    # ---------------- culture ----------------
    ("The Festival of Two Worlds, held every summer in the Umbrian hill town of Spoleto, was founded in 1958.",
     "Фестиваль двух миров в умбрийском городке Сполето впервые прошёл летом 1958 года.",
     A, "year", "culture", False),
    # FALSE: RU (the chupinazo is fired on 6 July)
    ("Pamplona's San Fermín festival begins at noon on 6 July, when the chupinazo rocket is fired from the town hall balcony.",
     "Праздник Сан-Фермин в Памплоне открывается 7 июля ровно в полдень запуском ракеты «чупинасо» с балкона мэрии.",
     C, "date", "culture", True),
    ("The Pitt Rivers Museum in Oxford was founded in 1884, when General Augustus Pitt Rivers gave his ethnographic collection to the university.",
     "Основой Музея Питт-Риверса стала коллекция, которую генерал Огастес Питт-Риверс передал Оксфордскому университету.",
     A, "person", "culture", True),
    # FALSE: RU (Catherine II bought it; Elizabeth died in 1761)
    ("In 1775 Catherine the Great bought the estate of Chyornaya Gryaz south of Moscow and renamed it Tsaritsyno.",
     "Подмосковную усадьбу Чёрная Грязь, получившую затем название Царицыно, в 1775 г. купила императрица Елизавета Петровна.",
     C, "person", "culture", False),
    # FALSE: EN (the Stedelijk opened in 1895)
    ("Amsterdam's Stedelijk Museum, devoted to modern art and design, first opened its doors to the public in the 1930s.",
     "Городской музей Амстердама — Стеделейк — открылся для посетителей в 1895 году.",
     C, "decade", "culture", True),
    # ---------------- literature ----------------
    ("Villette, Charlotte Brontë's novel about an English teacher in a fictional Belgian town, was published in 1853.",
     "Роман Шарлотты Бронте «Виллет», действие которого происходит в вымышленном бельгийском городе, вышел в январе 1853 года.",
     A, "year", "literature", False),
    # FALSE: RU (serialised in All the Year Round, not Punch)
    ("Wilkie Collins's The Woman in White first appeared in instalments in Charles Dickens's weekly All the Year Round in 1859–60.",
     "Роман Уилки Коллинза «Женщина в белом» впервые печатался с продолжением в журнале «Панч» в 1859–1860 годах.",
     C, "organisation", "literature", True),
    ("Walter Scott's Quentin Durward, published in 1823, takes place in fifteenth-century France at the court of Louis XI.",
     "Действие романа Вальтера Скотта «Квентин Дорвард» разворачивается во Франции XV века, при дворе Людовика XI.",
     A, "century", "literature", True),
    # FALSE: EN (The White Guard is set in Kiev)
    ("Mikhail Bulgakov's novel The White Guard follows the Turbin family in Odessa during the turbulent winter of 1918–19.",
     "Роман Михаила Булгакова «Белая гвардия» рассказывает о семье Турбиных, живущей в Киеве зимой 1918–1919 годов.",
     C, "place", "literature", False),
    ("Ivan Turgenev's A Sportsman's Sketches first came out as a single volume in 1852, after most of the stories had appeared in Sovremennik.",
     "Отдельным изданием «Записки охотника» И. С. Тургенева вышли в Москве в 1852 году.",
     A, "year", "literature", False),
    # ---------------- music ----------------
    ("Britten's War Requiem was first performed on 30 May 1962 at the consecration of the newly built Coventry Cathedral.",
     "Премьера «Военного реквиема» Бенджамина Бриттена прошла в мае 1962 года на освящении нового собора в Ковентри.",
     A, "date", "music", True),
    # FALSE: EN (the music is by Alexander Alexandrov)
    ("The wartime song The Sacred War, written in June 1941, was set to music by Isaak Dunayevsky to words by Vasily Lebedev-Kumach.",
     "Музыку к песне «Священная война» летом 1941 г. написал Александр Александров, стихи — Василий Лебедев-Кумач.",
     C, "person", "music", True),
    # FALSE: RU (first version completed on 23 June 1867)
    ("Mussorgsky completed the first version of Night on Bald Mountain on St John's Eve, 23 June 1867.",
     "Первую редакцию «Ночи на Лысой горе» Модест Мусоргский закончил в 1877 году, в канун Иванова дня.",
     C, "year", "music", False),
    ("Sibelius wrote Valse triste in 1903 as part of his incidental music for Kuolema, a play by his brother-in-law Arvid Järnefelt.",
     "«Грустный вальс» Сибелиуса первоначально входил в музыку к драме Арвида Ярнефельта «Куолема».",
     A, "entity", "music", False),
    ("Mahler's The Song of the Earth was first performed in Munich on 20 November 1911, six months after the composer's death.",
     "Премьера «Песни о земле» Густава Малера состоялась в Мюнхене в ноябре 1911 г. под управлением Бруно Вальтера, когда автора уже не было в живых.",
     A, "date", "music", True),
    # ---------------- art ----------------
    ("Vermeer's View of Delft, painted around 1660–61, is one of the highlights of the Mauritshuis in The Hague.",
     "Картина Яна Вермеера «Вид Делфта» хранится в Маурицхёйсе — королевской картинной галерее в Гааге.",
     A, "place", "art", False),
    # FALSE: RU (the Scuola Grande di San Rocco is in Venice)
    ("From 1564 Tintoretto spent more than twenty years decorating the Scuola Grande di San Rocco in Venice with a vast cycle of canvases.",
     "Более двадцати лет Тинторетто создавал живописный цикл для Скуола Гранде ди Сан-Рокко во Флоренции.",
     C, "place", "art", False),
    ("Parmigianino's Madonna with the Long Neck, begun in 1534 and left unfinished, is now in the Uffizi in Florence.",
     "Незавершённая «Мадонна с длинной шеей» Пармиджанино хранится во флорентийской галерее Уффици.",
     A, "place", "art", True),
    # FALSE: EN (painted 1481-82; Perugino died in 1523)
    ("Perugino painted his fresco Delivery of the Keys to Saint Peter on a wall of the Sistine Chapel in the 1530s.",
     "Фреску «Вручение ключей апостолу Петру» на стене Сикстинской капеллы Перуджино написал в 1481–1482 гг.",
     C, "decade", "art", True),
    ("Between 1499 and 1504 Luca Signorelli painted the frescoes of the Last Judgment in a chapel of Orvieto Cathedral.",
     "Фрески Луки Синьорелли в капелле собора в Орвието, посвящённые концу света, созданы в 1499–1504 годах.",
     A, "year", "art", False),
    # ---------------- law ----------------
    # FALSE: RU (the Act excluded Roman Catholics)
    ("The Toleration Act of 1689 let Protestant dissenters worship in their own chapels but did not extend that freedom to Roman Catholics.",
     "Английский Акт о веротерпимости 1689 г. распространил свободу богослужения и на католиков.",
     C, "polarity", "law", False),
    ("Passed in 1351 in the wake of the Black Death, the Statute of Labourers tried to hold English wages at their pre-plague levels.",
     "Рабочий статут, изданный английским парламентом в 1351 году после эпидемии чумы, запрещал платить работникам больше, чем до мора.",
     A, "year", "law", True),
    ("In December 1819 the British Parliament passed the Six Acts, which curbed large public meetings and tightened control over radical newspapers.",
     "Так называемые «Шесть актов», ограничившие право на собрания и свободу печати, британский парламент принял в конце 1819 года.",
     A, "year", "law", False),
    # FALSE: EN (the Act restricted, not widened, the army's domestic role)
    ("Signed by President Rutherford Hayes in 1878, the Posse Comitatus Act widened the army's power to act as a police force inside the United States.",
     "Закон Posse Comitatus, подписанный в 1878 году, ограничил право федерального правительства использовать армию для поддержания порядка внутри страны.",
     C, "opposite", "law", False),
    ("The Quebec Act of 1774 restored French civil law in the province while keeping English criminal law in force.",
     "Принятый британским парламентом в 1774 г. Квебекский акт вернул провинции французское гражданское право.",
     A, "entity", "law", True),
    # ---------------- technology ----------------
    ("Robert Moog, working in Trumansburg in upstate New York, introduced his first modular synthesizers in 1964.",
     "Первые модульные синтезаторы Роберта Муга появились в 1964 году и вскоре изменили звучание популярной музыки.",
     A, "year", "technology", False),
    # FALSE: EN (patented in 1877)
    ("The praxinoscope, which replaced the zoetrope's viewing slits with a ring of mirrors, was patented by Émile Reynaud in 1897.",
     "Праксиноскоп — усовершенствованный зоотроп с кольцом зеркал — запатентовал французский изобретатель Эмиль Рейно в 1877 г.",
     C, "year", "technology", True),
    # FALSE: EN (the Primus was invented in 1892)
    ("The Primus, a wickless kerosene stove working under pressure, was invented in Stockholm by Frans Lindqvist in the 1870s.",
     "Бесфитильный керосиновый примус изобрёл в 1892 году швед Франс Вильгельм Линдквист, работавший механиком в Стокгольме.",
     C, "decade", "technology", False),
    ("Robert J. Van de Graaff built his first working electrostatic generator at Princeton University in 1929.",
     "Первую модель своего электростатического генератора Роберт Ван де Грааф построил в 1929 году в Принстоне.",
     A, "place", "technology", True),
    ("Lester Pelton was granted a US patent for his impulse water turbine in 1880.",
     "Американец Лестер Пелтон запатентовал ковшовую гидравлическую турбину, получившую его имя, в 1880 году.",
     A, "year", "technology", False),
    # ---------------- disasters ----------------
    ("Merapi's eruptions in October and November 2010 killed more than 300 people and forced hundreds of thousands from their homes.",
     "Извержение вулкана Мерапи на Яве в 2010 году унесло жизни 353 человек.",
     A, "number", "disasters", True),
    # FALSE: RU (the volcano reawakened in July 1995)
    ("The Soufrière Hills volcano on Montserrat came back to life in July 1995, and its eruptions later buried the island's capital, Plymouth.",
     "Вулкан Суфриер-Хиллс на Монтсеррате пробудился в январе 1995 года после нескольких столетий покоя.",
     C, "month", "disasters", True),
    ("When the tanker Sea Empress ran aground at the mouth of Milford Haven in February 1996, about 72,000 tonnes of crude oil escaped.",
     "15 февраля 1996 г. у входа в гавань Милфорд-Хейвен сел на мель танкер «Си Эмпресс»; в море попало около 72 тыс. т нефти.",
     A, "number", "disasters", False),
    # FALSE: RU (at least 118 died, not over a thousand)
    ("The fire that swept the cruise ship Noronic at her Toronto pier in September 1949 killed at least 118 people.",
     "Пожар на круизном пароходе «Нороник» в порту Торонто в сентябре 1949 г. унёс жизни более тысячи человек.",
     C, "number", "disasters", False),
    ("On her maiden voyage from Liverpool to Australia in January 1854, the clipper Tayleur was wrecked on Lambay Island, north of Dublin.",
     "Клипер «Тейлёр», вышедший в первый рейс из Ливерпуля в Мельбурн, в январе 1854 г. разбился у острова Ламбей близ Дублина.",
     A, "place", "disasters", True),
]

RELATED = [
    ("During the Battle of Shrewsbury the sixteen-year-old Prince Henry, later Henry V, was struck in the face by an arrow but survived.",
     "Сражение между королевской армией и мятежниками под Шрусбери произошло 21 июля 1403 года.",
     "Shrewsbury", True, "history"),
    ("The Battle of Ulundi, fought on 4 July 1879, was the last major engagement of the Anglo-Zulu War.",
     "После разгрома при Улунди зулусский король Кечвайо несколько недель скрывался и был схвачен британцами в конце августа 1879 г.",
     "Ulundi", False, "history"),
    ("Viktor Chukarin was born in 1921 near Mariupol, on the shores of the Sea of Azov.",
     "В 1956 году в Мельбурне Виктор Чукарин во второй раз подряд выиграл олимпийское абсолютное первенство по гимнастике.",
     "Chukarin", True, "sport"),
    ("Since 1982 a rock tunnel about 120 kilometres long has carried raw water from Lake Päijänne to the Helsinki region.",
     "По площади озеро Пяйянне уступает в Финляндии только озёрной системе Сайма.",
     "Päijänne", False, "geography"),
    ("The texts of Mahler's The Song of the Earth are German versions of Chinese poems, taken from Hans Bethge's anthology The Chinese Flute.",
     "Мировая премьера «Песни о земле» Малера прошла в Мюнхене 20 ноября 1911 года.",
     "Song of the Earth", True, "music"),
    ("Merapi, on the border of Central Java and Yogyakarta, is regarded as the most active volcano in Indonesia.",
     "Во время извержения Мерапи в 2010 году из опасной зоны были эвакуированы сотни тысяч жителей Явы.",
     "Merapi", False, "disasters"),
    ("The Toleration Act received royal assent on 24 May 1689, a few months after William and Mary took the throne.",
     "Акт о веротерпимости не распространялся ни на католиков, ни на тех, кто отрицал догмат о Троице.",
     "Toleration Act", True, "law"),
    ("In Villette Charlotte Brontë drew on her own years as a pupil and teacher at a boarding school in Brussels.",
     "Роман «Виллет» был опубликован в 1853 году под мужским псевдонимом Каррер Белл.",
     "Villette", False, "literature"),
    ("Lester Pelton developed his water wheel in the California gold country, where it powered mining machinery.",
     "Колесо Пелтона широко применяется на гидроэлектростанциях с большим напором воды.",
     "Pelton", True, "technology"),
    ("The Stedelijk Museum's futuristic white extension, nicknamed 'the bathtub' by Amsterdammers, opened in 2012.",
     "Городской музей Стеделейк в Амстердаме был впервые открыт для публики в 1895 году.",
     "Stedelijk", False, "culture"),
]

CYR = re.compile(r"[\u0400-\u04FF]")
LAT = re.compile(r"[A-Za-z\u00C0-\u024F]")
SLOTS = {"year", "date", "month", "day", "decade", "century", "number", "percent",
         "money", "scale", "duration", "place", "person", "organisation", "entity",
         "rank", "polarity", "opposite"}
DOMAINS = {"history", "science", "geography", "economy", "sport", "culture",
           "literature", "music", "art", "law", "technology", "disasters"}


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


def count(items):
    d = {}
    for x in items:
        d[x] = d.get(x, 0) + 1
    return dict(sorted(d.items()))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    comp, rel = [], []
    for en, ru, label, slot, domain, ru_first in COMPARABLE:
        assert label in (A, C) and slot in SLOTS and domain in DOMAINS
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
        assert len(rows) == 30, lab
        assert sum(r["lang_a"] == "ru" for r in rows) == 15, lab
        assert sum(r["lang_a"] == "en" for r in rows) == 15, lab
    for r in comp + rel:
        assert {r["lang_a"], r["lang_b"]} == {"en", "ru"}
    cslots = count(r["slot"] for r in comp if r["label"] == C)
    assert len(cslots) >= 12 and max(cslots.values()) <= 4, cslots
    aslots = count(r["slot"] for r in comp if r["label"] == A)
    doms = count(r["domain"] for r in comp)
    assert len(doms) == 12 and set(doms.values()) == {5}, doms
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"

    with open(os.path.join(here, "comparable_heldout76.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout76.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("agree slots:", aslots)
    print("domains:", doms)
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Build heldout59: independent EN/RU comparable and related pairs (stdlib only)."""
import json, os, re
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

# (english, russian, slot, domain)
AGREE = [
 ("On 24 April 1932 several hundred ramblers led by Benny Rothman walked onto Kinder Scout in the Peak District in a deliberate mass trespass.",
  "Знаменитое массовое нарушение запрета на проход по плато Киндер-Скаут в Дербишире произошло 24 апреля 1932 г.; пятерых его участников потом осудили.", "date", "history"),
 ("Archaeologists discovered Arkaim, a fortified Bronze Age settlement in the southern Urals, in 1987, when the valley was about to be flooded for a reservoir.",
  "Укреплённое поселение Аркаим в Челябинской области, памятник бронзового века, было открыто археологической экспедицией в 1987 году.", "year", "history"),
 ("The Kostenki sites, a cluster of Upper Palaeolithic settlements, are located on the Don river in Voronezh Oblast.",
  "Группа позднепалеолитических стоянок Костёнки находится на берегу Дона, недалеко от Воронежа; здесь работает музей-заповедник.", "place", "history"),
 ("On 9 March 1946 a crush on the terraces at Burnden Park, during Bolton Wanderers' FA Cup tie against Stoke City, killed 33 people.",
  "В марте 1946 г. на стадионе «Бернден Парк» в Болтоне во время кубкового матча со «Сток Сити» в давке погибли 33 зрителя.", "date", "disasters"),
 ("A stampede at the Accra Sports Stadium on 9 May 2001, which began after police fired tear gas into the stands, killed 126 people.",
  "126 человек погибли в давке на стадионе столицы Ганы во время матча «Хартс оф Оук» — «Асанте Котоко» в мае 2001 года.", "number", "disasters"),
 ("A party led by the Austrian mountaineer Heinrich Harrer made the first ascent of Carstensz Pyramid in Dutch New Guinea in 1962.",
  "Первыми на пик Джая, известный также как пирамида Карстенса (4884 м), поднялись в 1962 году альпинисты под руководством Генриха Харрера.", "person", "geography"),
 ("Kjeragbolten, a boulder wedged in a crevasse on Kjerag mountain, hangs above the Lysefjord in Rogaland county, south-western Norway.",
  "Знаменитый камень Кьерагболтен застрял в расщелине горы Кьераг над Люсе-фьордом; под ним почти километр пустоты.", "place", "geography"),
 ("Dallol, a hydrothermal field known for its acid pools and yellow salt formations, lies in the Danakil Depression of northern Ethiopia.",
  "Гидротермальное поле Даллол находится в Эфиопии, в регионе Афар, во впадине Данакиль, ниже уровня моря.", "place", "geography"),
 ("France, Belgium, Italy and Switzerland created the Latin Monetary Union in 1865 to standardise their gold and silver coinage.",
  "Латинский монетный союз был учреждён конвенцией, подписанной в Париже в декабре 1865 г.; в 1868 г. к нему примкнула Греция.", "year", "economy"),
 ("The Philadelphia banking firm Jay Cooke & Company, heavily invested in railway bonds, failed on 18 September 1873 and set off a financial panic.",
  "Банкротство банкирского дома «Джей Кук и компания» 18 сентября 1873 года стало началом паники 1873 г. в США.", "date", "economy"),
 ("Sweden's Gillis Grafström won the Olympic men's figure skating title three times in a row, in 1920, 1924 and 1928.",
  "Гиллис Графстрём — трёхкратный олимпийский чемпион по фигурному катанию; в 1932 г. он добавил к трём золотым наградам серебро.", "number", "sport"),
 ("At the 1980 Moscow Olympics the gymnast Alexander Dityatin won medals in all eight men's events, three of them gold.",
  "Гимнаст Александр Дитятин на московской Олимпиаде 1980 г. завоевал восемь медалей: три золотые, четыре серебряные и одну бронзовую.", "number", "sport"),
 ("The silver Gundestrup cauldron was found by peat cutters in a bog in Himmerland, Denmark, in 1891.",
  "Котёл из Гундеструпа, крупнейший известный серебряный сосуд железного века Европы, нашли в датском торфянике в 1891 г.", "year", "culture"),
 ("The Gokstad ship, a ninth-century Viking vessel, was excavated from a burial mound in Vestfold, Norway, in 1880.",
  "Гокстадский корабль викингов, раскопанный в кургане в 1880 г., сегодня хранится в музее в Осло.", "year", "culture"),
 ("Erich Kästner's novel Emil and the Detectives, about a boy chasing a thief through Berlin, was published in 1929.",
  "Повесть Эриха Кестнера «Эмиль и сыщики» вышла в 1929 г. и уже через два года была экранизирована.", "year", "literature"),
 ("The Spanish playwright Jacinto Benavente received the Nobel Prize in Literature in 1922.",
  "Нобелевскую премию по литературе за 1922 год получил испанский драматург Хасинто Бенавенте, автор пьесы «Игра интересов».", "year", "literature"),
 ("In June 1963 Kyu Sakamoto's song 'Sukiyaki' reached number one on the US Billboard Hot 100, where it stayed for three weeks.",
  "Песня японского певца Кю Сакамото «Суияки» в июне 1963 г. возглавила американский хит-парад Billboard Hot 100.", "month", "music"),
 ("Aaron Copland's ballet score Appalachian Spring, written for Martha Graham, won the Pulitzer Prize for Music in 1945.",
  "В 1945 году Аарон Копленд был удостоен Пулитцеровской премии за музыку к балету «Весна в Аппалачах».", "year", "music"),
 ("Gian Carlo Menotti's Amahl and the Night Visitors, the first opera written for American television, was broadcast by NBC on 24 December 1951.",
  "Опера Джан Карло Менотти «Амаль и ночные гости» впервые прозвучала в сочельник 1951 года в эфире телекомпании NBC.", "date", "music"),
 ("In 1378 Theophanes the Greek painted the frescoes of the Church of the Transfiguration on Ilyina Street in Novgorod.",
  "Росписи церкви Спаса Преображения на Ильине улице в Великом Новгороде Феофан Грек выполнил в 1378 году.", "year", "art"),
 ("The Einstein Tower, an astrophysical observatory in Potsdam, was designed by the architect Erich Mendelsohn and completed in 1921.",
  "Башню Эйнштейна в Потсдаме — солнечную обсерваторию, ставшую символом архитектурного экспрессионизма, — спроектировал Эрих Мендельсон.", "person", "art"),
 ("In Golder v United Kingdom, decided in February 1975, the European Court of Human Rights held that Article 6 includes a right of access to a court.",
  "Решение ЕСПЧ по делу «Голдер против Соединённого Королевства» было вынесено в 1975 г.: заключённому незаконно не позволили обратиться к адвокату.", "year", "law"),
 ("In Jacobellis v. Ohio (1964) Justice Potter Stewart wrote of hard-core pornography: 'I know it when I see it'.",
  "Знаменитая фраза «Я узнаю это, когда вижу» принадлежит судье Верховного суда США Поттеру Стюарту и прозвучала в деле «Якобеллис против Огайо».", "person", "law"),
 ("The Land Ordinance of 1785 divided the western lands of the United States into townships six miles square, each split into 36 sections.",
  "По Земельному ордонансу 1785 года западные земли США делились на тауншипы, каждый из которых состоял из 36 секций площадью в одну квадратную милю.", "number", "law"),
 ("On 16 March 1966 Gemini 8, flown by Neil Armstrong and David Scott, performed the first docking of two spacecraft in orbit.",
  "Первую в истории стыковку двух космических аппаратов на орбите — с мишенью «Аджена» — выполнил экипаж «Джемини-8» в марте 1966 г.", "date", "technology"),
 ("Donald Campbell was killed on Coniston Water in the English Lake District on 4 January 1967 when his Bluebird K7 flipped during a record attempt.",
  "Дональд Кэмпбелл погиб в январе 1967 г. на озере Конистон-Уотер: его гидроплан Bluebird K7 перевернулся на скорости около 500 км/ч.", "place", "technology"),
 ("After running out of fuel over Manitoba on 23 July 1983, Air Canada Flight 143, a Boeing 767, glided to a landing at a former air force base at Gimli.",
  "Лайнер Boeing 767 авиакомпании Air Canada, у которого в полёте кончилось топливо, в июле 1983 г. спланировал на бывшую военную авиабазу Гимли в Манитобе.", "place", "technology"),
 ("Gallium, whose existence Dmitri Mendeleev had predicted as eka-aluminium, was discovered in 1875 by Paul-Émile Lecoq de Boisbaudran.",
  "Французский химик Лекок де Буабодран открыл галлий спектроскопическим методом; элемент назван в честь Франции, по-латыни Галлии.", "person", "science"),
 ("Francium was discovered in 1939 by Marguerite Perey at the Curie Institute in Paris.",
  "Элемент франций открыла Маргерит Перей, сотрудница Института Кюри, изучая продукты распада актиния-227.", "person", "science"),
 ("Bromine was discovered in 1826 by the young French chemist Antoine Jérôme Balard in brine from the salt marshes near Montpellier.",
  "Бром открыл в 1826 году Антуан Балар; название элемента происходит от греческого слова, означающего «зловоние».", "year", "science"),
]

CONTRADICT = [
 ("On the night of 21 October 1904 ships of the Russian Baltic Fleet, sailing to the Far East, opened fire on British trawlers near the Dogger Bank.",
  "В ноябре 1904 г. корабли Второй Тихоокеанской эскадры, шедшей на Дальний Восток, по ошибке обстреляли у Доггер-банки английские рыболовные траулеры.", "month", "history"),
 ("The Gnezdovo burial mounds, one of the largest Viking Age archaeological sites in Eastern Europe, lie on the Dnieper just west of Smolensk.",
  "Гнёздовский курганный могильник, один из крупнейших памятников эпохи викингов в Восточной Европе, находится на реке Великой под Псковом.", "place", "history"),
 ("The underground city of Derinkuyu in Cappadocia was rediscovered in 1963, when a resident renovating his house broke through a wall into a tunnel.",
  "Подземный город Деринкую в Каппадокии был заново открыт лишь в 1980-х годах, когда местный житель при ремонте дома пробил стену.", "decade", "history"),
 ("More than 300 spectators died on 24 May 1964 in a crush at Lima's Estadio Nacional during an Olympic qualifier between Peru and Argentina.",
  "В мае 1968 года на стадионе «Эстадио Насьональ» в Лиме во время отборочного олимпийского матча Перу — Аргентина в давке погибли свыше 300 человек.", "year", "disasters"),
 ("On 17 December 1975 an explosion followed by flooding at the Chasnala colliery near Dhanbad in India killed 372 miners.",
  "27 декабря 1975 г. на шахте Часнала близ Дханбада (Индия) после взрыва выработки затопило водой; погибли 372 шахтёра.", "day", "disasters"),
 ("Mount Kinabalu in the Malaysian state of Sabah rises to 4,095 metres, making it the highest mountain on the island of Borneo.",
  "Высота горы Кинабалу в малайзийском штате Сабах составляет 3776 м; это высшая точка острова Калимантан.", "number", "geography"),
 ("Jökulsárlón, a lagoon in south-east Iceland, fills with icebergs that break off an outlet glacier of Langjökull.",
  "Лагуна Йёкюльсаурлоун на юго-востоке Исландии наполняется айсбергами, откалывающимися от ледника Брейдамеркюрйёкюдль — одного из языков Ватнайёкюдля.", "entity", "geography"),
 ("Jardine, Matheson & Co. was founded in Bombay in 1832 by the Scottish merchants William Jardine and James Matheson.",
  "Торговый дом Jardine, Matheson & Co. основали в 1832 году в Кантоне шотландцы Уильям Джардин и Джеймс Мэтисон.", "place", "economy"),
 ("In October 1907 a run on the Knickerbocker Trust Company in New York deepened the financial crisis known as the Panic of 1907.",
  "В марте 1907 года массовое изъятие вкладов из нью-йоркской компании Knickerbocker Trust усугубило финансовый кризис, известный как паника 1907 года.", "month", "economy"),
 ("In June 1982 Michele Sindona, chairman of Milan's Banco Ambrosiano, was found hanged beneath Blackfriars Bridge in London.",
  "В июне 1982 г. председателя миланского банка Banco Ambrosiano Роберто Кальви нашли повешенным под мостом Блэкфрайерс в Лондоне.", "person", "economy"),
 ("Dorando Pietri crossed the finish line first in the 1908 Olympic marathon in London but was disqualified because officials had helped him.",
  "Итальянец Дорандо Пьетри, первым финишировавший в марафоне Олимпиады-1908 в Лондоне, не был дисквалифицирован, хотя судьи помогли ему добраться до финиша.", "polarity", "sport"),
 ("At the 1936 Winter Olympics Ivar Ballangrud won three gold medals in speed skating and finished second in the 1500 metres.",
  "На зимней Олимпиаде 1936 г. норвежский конькобежец Ивар Баллангруд выиграл три золотые медали, а в забеге на 1500 м стал третьим.", "rank", "sport"),
 ("Gino Bartali's two Tour de France victories came twelve years apart, the second of them in 1948.",
  "Джино Бартали выиграл «Тур де Франс» в 1938 и 1948 гг.: между двумя его победами прошло ровно десять лет.", "duration", "sport"),
 ("In November 1992 the retired gardener Eric Lawes, searching for a lost hammer with a metal detector, found the Hoxne Hoard in Suffolk.",
  "Клад из Хоксна в графстве Суффолк обнаружил в ноябре 1992 г. кладоискатель-любитель Терри Херберт, искавший с металлоискателем потерянный молоток.", "person", "culture"),
 ("The Hildesheim Treasure, about seventy pieces of Roman silver tableware, was unearthed by Prussian soldiers on a hill near Hildesheim in 1868.",
  "Хильдесхаймский клад римской серебряной посуды обнаружили прусские солдаты на холме близ Хильдесхайма в 1890-х годах.", "decade", "culture"),
 ("The Kensington Runestone, which most scholars regard as a hoax, was found in 1898 by the farmer Olof Ohman in Minnesota.",
  "Кенсингтонский рунический камень, который большинство учёных считает подделкой, нашёл в 1908 г. фермер Улоф Эман в Миннесоте.", "year", "culture"),
 ("Il Gattopardo, Giuseppe Tomasi di Lampedusa's only novel, was published posthumously by Feltrinelli in Milan in 1958.",
  "Единственный роман Джузеппе Томази ди Лампедузы «Леопард» вышел посмертно в 1958 г. в туринском издательстве Einaudi.", "organisation", "literature"),
 ("Lu Xun's story 'A Madman's Diary', one of the first major works of modern Chinese fiction in the vernacular, appeared in New Youth in 1928.",
  "Рассказ Лу Синя «Записки сумасшедшего» был напечатан в 1918 году в журнале «Новая молодёжь».", "year", "literature"),
 ("Alain-Fournier, the author of Le Grand Meaulnes, was killed in action near Verdun on 22 September 1914.",
  "Ален-Фурнье, автор романа «Большой Мольн», погиб в бою под Верденом 28 августа 1914 года.", "date", "literature"),
 ("Italy's Gigliola Cinquetti won the 1964 Eurovision Song Contest in Copenhagen with 'Non ho l'età', aged just sixteen.",
  "Итальянка Джильола Чинкветти с песней «Non ho l'età» заняла на конкурсе «Евровидение-1964» в Копенгагене лишь второе место.", "rank", "music"),
 ("The tango singer Carlos Gardel died in a collision of two aircraft at the airport of Medellín, Colombia, on 4 July 1935.",
  "Карлос Гардель, легенда аргентинского танго, погиб 24 июня 1935 года в авиакатастрофе в колумбийском Медельине.", "date", "music"),
 ("In July 2019 a Lewis chessman bought for £5 in 1964 and long kept in a drawer sold at Sotheby's for £735,000.",
  "В 2019 г. фигурка из льюисских шахмат, полвека пролежавшая в ящике комода, ушла с молотка Sotheby's за 1,2 млн фунтов стерлингов.", "money", "art"),
 ("The marble statue known as Augustus of Prima Porta was discovered on 20 April 1863 at the Villa of Livia north of Rome.",
  "Статую Августа из Прима-Порта нашли 10 апреля 1863 года при раскопках виллы Ливии под Римом; сейчас она хранится в Музеях Ватикана.", "day", "art"),
 ("The Kalyan Minaret in Bukhara, built in 1127 under the Karakhanid ruler Arslan Khan, stands about 46 metres high.",
  "Минарет Калян в Бухаре высотой около 46 м был возведён в XIV веке и с тех пор служит символом города.", "century", "art"),
 ("In 1918, in Hammer v. Dagenhart, the US Supreme Court struck down the Keating–Owen Act, a 1916 federal law against child labour.",
  "В 1918 г. Верховный суд США в деле «Хаммер против Дагенхарта» подтвердил конституционность закона Китинга — Оуэна 1916 года о запрете детского труда.", "opposite", "law"),
 ("In Abington School District v. Schempp (1963) the US Supreme Court ruled 8–1 that school-sponsored Bible reading in public schools was unconstitutional.",
  "В деле «Абингтонский школьный округ против Шемппа» 1963 г. Верховный суд США семью голосами против двух запретил обязательное чтение Библии в государственных школах.", "number", "law"),
 ("On 4 June 1996 the first Ariane 5 veered off course and self-destructed about 37 seconds after lift-off from Kourou.",
  "Первая ракета Ариан-5 4 июня 1996 г. отклонилась от курса и самоуничтожилась примерно через четыре минуты после старта с космодрома Куру.", "duration", "technology"),
 ("The pedal-powered Gossamer Albatross crossed the English Channel on 12 June 1979, winning its builders the £100,000 Kremer prize.",
  "Перелёт мускулолёта Gossamer Albatross через Ла-Манш 12 июня 1979 г. принёс его создателям премию Кремера в 50 тыс. фунтов стерлингов.", "money", "technology"),
 ("Lutetium was identified in 1907 by the French chemist Georges Urbain, who named it after the Latin name of Paris.",
  "Лютеций, названный по латинскому имени Парижа, был открыт французским химиком Жоржем Урбеном в XIX веке.", "century", "science"),
 ("Lindow Man, a bog body found in Cheshire in 1984, died roughly two thousand years ago.",
  "Линдоуский человек — тело из торфяного болота в Чешире, найденное в 1984 г., — пролежал в трясине около двух миллионов лет.", "scale", "science"),
]

RELATED = [
 ("Erich Kästner's Emil and the Detectives, a children's novel set in Berlin, first appeared in 1929.",
  "В 1960 году Эрих Кестнер получил Международную премию имени Ханса Кристиана Андерсена.", "literature"),
 ("Giuseppe Tomasi di Lampedusa died in Rome in July 1957, before his only novel was accepted by a publisher.",
  "Роман Томази ди Лампедузы «Леопард» в 1959 году был удостоен итальянской литературной премии «Стрега».", "literature"),
 ("Gemini 8 docked with an unmanned Agena target vehicle in March 1966, the first docking in orbit.",
  "Командиром «Джемини-8» был Нил Армстронг, который три года спустя первым из людей ступил на Луну.", "technology"),
 ("Aaron Copland composed his Fanfare for the Common Man in 1942, during the Second World War.",
  "Пулитцеровскую премию 1945 года Аарон Копленд получил за балет «Весна в Аппалачах», написанный для Марты Грэм.", "music"),
 ("Gino Bartali won the Giro d'Italia three times, in 1936, 1937 and 1946.",
  "Итальянский велогонщик Джино Бартали впервые выиграл «Тур де Франс» в 1938 году.", "sport"),
 ("Kyu Sakamoto was among the 520 people killed when a Boeing 747 crashed into a mountain in Japan in August 1985.",
  "Песня Кю Сакамото «Суияки» в 1963 году поднялась на первое место американского хит-парада Billboard Hot 100.", "music"),
 ("Gallium melts at about 30 degrees Celsius, so a small piece can melt in the palm of a hand.",
  "Галлий открыл в 1875 году французский химик Поль Эмиль Лекок де Буабодран.", "science"),
 ("Louis Malle's film The Lovers, whose screening led to the case Jacobellis v. Ohio, was released in 1958.",
  "Судья Поттер Стюарт в деле «Якобеллис против Огайо» написал о порнографии: «Я узнаю это, когда вижу».", "law"),
 ("The Hoxne Hoard, found in Suffolk, contains nearly 15,000 late Roman coins of gold, silver and bronze.",
  "Клад из Хоксна нашёл в 1992 году Эрик Лоус, искавший с металлоискателем потерянный фермером молоток.", "culture"),
 ("The underground city of Derinkuyu is thought to have been able to shelter up to 20,000 people together with their livestock.",
  "Подземный город Деринкую в турецкой Каппадокии был случайно обнаружен в 1963 году при ремонте жилого дома.", "history"),
]

CYR = re.compile(r"[А-Яа-яЁё]")
LAT = re.compile(r"[A-Za-z]")


def lang(s):
    return "ru" if len(CYR.findall(s)) > len(LAT.findall(s)) else "en"


def row(en, ru, ru_first, label, slot, domain):
    assert lang(en) == "en", en
    assert lang(ru) == "ru", ru
    for s in (en, ru):
        n = len(s.split())
        assert 10 <= n <= 30, (n, s)
    a, b = (ru, en) if ru_first else (en, ru)
    return {"a": a, "b": b, "lang_a": lang(a), "lang_b": lang(b),
            "label": label, "slot": slot, "domain": domain}


def main():
    comp = []
    for label, data in (("agree", AGREE), ("contradict", CONTRADICT)):
        assert len(data) == 30, (label, len(data))
        for i, (en, ru, slot, dom) in enumerate(data):
            comp.append(row(en, ru, i % 2 == 0, label, slot, dom))
    rel = [row(en, ru, i % 2 == 1, "related", "topic", dom)
           for i, (en, ru, dom) in enumerate(RELATED)]
    assert len(comp) == 60 and len(rel) == 10
    for label in ("agree", "contradict"):
        rs = [r for r in comp if r["label"] == label]
        assert len(rs) == 30
        assert sum(r["lang_a"] == "ru" for r in rs) == 15
        assert sum(r["lang_a"] == "en" for r in rs) == 15
    for r in comp + rel:
        assert {r["lang_a"], r["lang_b"]} == {"en", "ru"}
    allowed = {"year", "date", "month", "day", "decade", "century", "number", "percent",
               "money", "scale", "duration", "place", "person", "organisation", "entity",
               "rank", "polarity", "opposite"}
    cslots = Counter(r["slot"] for r in comp if r["label"] == "contradict")
    assert set(cslots) <= allowed and len(cslots) >= 12 and max(cslots.values()) <= 5, cslots
    doms = Counter(r["domain"] for r in comp)
    assert max(doms.values()) <= 8, doms
    texts = [r["a"] for r in comp] + [r["b"] for r in comp]
    assert len(set(texts)) == len(texts)
    with open(os.path.join(HERE, "comparable_heldout59.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "related_heldout59.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable", len(comp), "related", len(rel))
    print("contradict slots", dict(cslots))
    print("agree slots", dict(Counter(r["slot"] for r in comp if r["label"] == "agree")))
    print("domains", dict(doms))


if __name__ == "__main__":
    main()

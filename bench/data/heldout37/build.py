import json, os
import re as _re
E, R = "en", "ru"
rows = []
def _lang(t):
    return R if len(_re.findall('[А-Яа-яЁё]', t)) > len(_re.findall('[A-Za-z]', t)) else E
def add(label, slot, domain, a, b):
    # a is written first in the file, b second (the order is chosen per row)
    assert {_lang(a), _lang(b)} == {E, R}, (a, b)
    for t in (a, b):
        assert 10 <= len(t.split()) <= 30, (len(t.split()), t)
    rows.append(dict(a=a, b=b, lang_a=_lang(a), lang_b=_lang(b), label=label, slot=slot, domain=domain))
A, C = "agree", "contradict"
# ---------------- agree (30)
add(A,"date","transport",
 "Канал Эри, соединивший реку Гудзон с Великими озёрами, был торжественно открыт 26 октября 1825 года.",
 "The Erie Canal, linking the Hudson River with Lake Erie, was completed in the autumn of 1825 and sharply cut freight costs.")
add(A,"month","environment",
 "London's Great Smog of December 1952 blanketed the city for five days and is blamed for around 4,000 deaths in the first weeks alone.",
 "Великий смог окутал Лондон в начале декабря 1952 года, и смертность в городе резко выросла.")
add(A,"year","medicine",
 "Нобелевскую премию по физиологии и медицине 1923 г. за открытие инсулина разделили Фредерик Бантинг и Джон Маклеод.",
 "Frederick Banting, who had isolated insulin with Charles Best in Toronto, shared the 1923 Nobel Prize in Physiology or Medicine.")
add(A,"number","astronomy",
 "In January 1610 Galileo Galilei spotted four moons orbiting Jupiter through his own telescope.",
 "Галилей открыл четыре крупнейших спутника Юпитера — Ио, Европу, Ганимед и Каллисто, названные позже галилеевыми.")
add(A,"number","history",
 "Через иммиграционную станцию на острове Эллис в 1892–1954 гг. прошли около 12 млн человек.",
 "Some twelve million immigrants were processed at Ellis Island in New York Harbor between 1892 and 1954.")
add(A,"place","food",
 "Gruyère, a hard cow's-milk cheese, takes its name from the small town of Gruyères in the Swiss canton of Fribourg.",
 "Твёрдый сыр грюйер происходит из окрестностей городка Грюйер во франкоязычной части Швейцарии.")
add(A,"year","astronomy",
 "Карликовая планета Эрида, открытая в 2005 г. группой Майкла Брауна, сыграла роль в лишении Плутона статуса планеты.",
 "Eris, a dwarf planet more massive than Pluto, was announced by Mike Brown's team in 2005.")
add(A,"year","law",
 "Britain's Corn Laws, which protected landowners with tariffs on imported grain, were repealed in 1846 under Prime Minister Robert Peel.",
 "В 1846 году парламент Великобритании отменил хлебные законы, и правительство Пиля вскоре пало.")
add(A,"century","literature",
 "Действие романа Вальтера Скотта «Айвенго» происходит в Англии конца XII века, в правление Ричарда Львиное Сердце.",
 "Walter Scott's Ivanhoe is set in England in the 1190s, when King Richard the Lionheart returns from captivity abroad.")
add(A,"year","literature",
 "Taras Shevchenko's first collection of poems, Kobzar, came out in St Petersburg in 1840.",
 "Первое издание «Кобзаря», вышедшее в Петербурге в 1840 г., содержало всего восемь стихотворений Шевченко.")
add(A,"place","music",
 "Группа Kraftwerk была основана Ральфом Хюттером и Флорианом Шнайдером в Дюссельдорфе в 1970 году.",
 "Kraftwerk, the pioneers of electronic pop, formed in the West German city of Düsseldorf.")
add(A,"rank","geography",
 "At more than 4,000 km, the Irtysh is the longest tributary river in the world, longer even than the Ob it joins.",
 "Ни один приток в мире не превосходит по длине Иртыш, впадающий в Обь у Ханты-Мансийска.")
add(A,"number","news",
 "В результате крушения поезда с нефтью в канадском городке Лак-Мегантик в июле 2013 года погибли 47 человек.",
 "Forty-seven people died when a runaway oil train derailed and exploded in Lac-Mégantic, Quebec, in 2013.")
add(A,"year","literature",
 "Ivo Andrić, author of The Bridge on the Drina, received the Nobel Prize in Literature in 1961.",
 "Лауреатом Нобелевской премии по литературе 1961 года стал югославский писатель Иво Андрич.")
add(A,"date","history",
 "16 декабря 1773 года бостонские колонисты сбросили в гавань груз чая Ост-Индской компании.",
 "The Boston Tea Party took place in December 1773, when protesters dumped 342 chests of tea into Boston Harbor.")
add(A,"decade","history",
 "The first Dead Sea Scrolls were found by Bedouin shepherds in caves near Qumran in 1946–47.",
 "Кумранские рукописи начали находить в пещерах у Мёртвого моря в конце 1940-х годов.")
add(A,"number","architecture",
 "Храмовому комплексу Гёбекли-Тепе на юго-востоке Турции с его резными каменными столбами около 11,5 тыс. лет.",
 "The carved stone pillars of Göbekli Tepe in south-eastern Turkey were raised around 9500 BC.")
add(A,"year","sport",
 "In 1988 Steffi Graf won all four Grand Slam singles titles and the Olympic gold in Seoul.",
 "Штеффи Граф в 1988 году выиграла все четыре турнира Большого шлема, а также олимпийский турнир.")
add(A,"year","music",
 "Моцарт закончил «Маленькую ночную серенаду» в Вене в августе 1787 года, во время работы над «Дон Жуаном».",
 "Mozart completed Eine kleine Nachtmusik, his serenade for strings, in 1787.")
add(A,"number","literature",
 "Nikolai Karamzin's History of the Russian State ran to twelve volumes, the last left unfinished at his death in 1826.",
 "«История государства Российского» Николая Карамзина, главный труд его жизни, состоит из 12 томов.")
add(A,"month","astronomy",
 "25 марта 1996 года комета Хякутакэ прошла на расстоянии около 0,1 а. е. от Земли.",
 "Comet Hyakutake made its closest approach to Earth in March 1996, about 15 million km away.")
add(A,"place","biology",
 "The aye-aye, a nocturnal lemur that taps on bark with a long thin middle finger, lives only in Madagascar.",
 "Руконожка, или ай-ай, — ночной примат с длинным тонким средним пальцем, эндемик Мадагаскара.")
add(A,"number","news",
 "Пожар в поезде фуникулёра в австрийском Капруне 11 ноября 2000 г. унёс жизни 155 человек.",
 "More than 150 people died when a funicular train caught fire in a tunnel at Kaprun, Austria, in November 2000.")
add(A,"date","news",
 "The passenger ferry Estonia sank in the Baltic Sea in September 1994 while sailing from Tallinn to Stockholm.",
 "Паром «Эстония» затонул в Балтийском море в ночь на 28 сентября 1994 г.; погибли 852 человека.")
add(A,"number","news",
 "Землетрясение в Непале в апреле 2015 г. унесло жизни почти 9 тыс. человек.",
 "The Gorkha earthquake of 25 April 2015, of magnitude 7.8, killed nearly 9,000 people in Nepal.")
add(A,"month","environment",
 "The Black Saturday bushfires of 7 February 2009 killed 173 people in the Australian state of Victoria.",
 "«Чёрная суббота» — лесные пожары в штате Виктория в феврале 2009 г., жертвами которых стали 173 человека.")
add(A,"year","architecture",
 "Павильон Германии на Всемирной выставке 1929 г. в Барселоне, спроектированный Мисом ван дер Роэ, разобрали уже в 1930 году.",
 "Mies van der Rohe designed the German pavilion for the 1929 International Exposition in Barcelona; it was rebuilt on the original site in 1986.")
add(A,"place","food",
 "Ceviche, raw fish cured in lime juice with onion and chili, is regarded as Peru's national dish.",
 "Родиной севиче — сырой рыбы, маринованной в соке лайма, — считается Перу.")
add(A,"number","news",
 "185 человек погибли при землетрясении в Крайстчерче (Новая Зеландия) в феврале 2011 г.",
 "The earthquake that struck Christchurch on 22 February 2011 killed 185 people.")
add(A,"organisation","energy",
 "Hinkley Point C, the nuclear power station under construction in Somerset, is being built by the French state-owned utility EDF.",
 "Строительство АЭС «Хинкли-Пойнт C» в английском графстве Сомерсет ведёт французская энергокомпания EDF при участии китайской CGN.")
# ---------------- contradict (30)
add(C,"year","literature",   # false: EN
 "Роман Лермонтова «Герой нашего времени» вышел отдельным изданием в 1840 году.",
 "Lermontov's novel A Hero of Our Time first appeared as a complete book in 1850.")
add(C,"year","architecture", # false: RU
 "Kyoto's Golden Pavilion, Kinkaku-ji, was burned down by a young monk in 1950 and rebuilt five years later.",
 "Золотой павильон Кинкаку-дзи в Киото сжёг молодой монах в 1960 году.")
add(C,"year","history",      # false: EN
 "Ленский расстрел — расстрел войсками бастующих рабочих золотых приисков — произошёл в апреле 1912 года.",
 "In April 1905 troops opened fire on striking workers at the Lena goldfields in Siberia, killing and wounding hundreds.")
add(C,"date","transport",    # false: RU
 "On 12 August 1985 Japan Airlines Flight 123 crashed into Mount Osutaka, killing 520 of the 524 people on board.",
 "Катастрофа Boeing 747 японской авиакомпании у горы Осутака, унёсшая 520 жизней, произошла 21 августа 1985 г.")
add(C,"date","transport",    # false: EN
 "3 июня 1998 г. у Эшеде в Нижней Саксонии сошёл с рельсов скоростной поезд ICE; погиб 101 человек.",
 "The ICE derailment at Eschede, Germany's worst high-speed rail accident, happened on 13 June 1998.")
add(C,"month","news",        # false: EN
 "Cyclone Nargis struck Myanmar's Irrawaddy delta in September 2008, leaving about 138,000 people dead or missing.",
 "Циклон «Наргис» обрушился на дельту Иравади в Мьянме в мае 2008 года.")
add(C,"month","astronomy",   # false: EN
 "Ударник зонда NASA «Дип Импакт» врезался в ядро кометы Темпеля 1 4 июля 2005 года.",
 "NASA's Deep Impact probe fired its impactor into comet Tempel 1 in January 2005.")
add(C,"decade","economy",    # false: RU
 "The British construction and outsourcing giant Carillion went into compulsory liquidation in January 2018.",
 "Британская строительная компания Carillion обанкротилась и была ликвидирована в начале 1990-х годов.")
add(C,"century","architecture", # false: EN
 "The rock-hewn churches of Lalibela in Ethiopia were carved out in the 17th century, under King Lalibela.",
 "Высеченные в скале церкви Лалибэлы в Эфиопии созданы на рубеже XII и XIII веков при царе Лалибэле.")
add(C,"century","history",   # false: RU
 "Большой Зимбабве, каменная столица средневекового государства народа шона, достиг расцвета в XVIII веке.",
 "Great Zimbabwe, the stone capital of a Shona kingdom, was at its height in the 14th century.")
add(C,"number","music",      # false: EN
 "Bach dedicated his eight Brandenburg Concertos to Margrave Christian Ludwig of Brandenburg in 1721.",
 "Шесть «Бранденбургских концертов» Бах посвятил маркграфу Кристиану Людвигу Бранденбургскому в 1721 году.")
add(C,"number","news",       # false: RU
 "Из-за лесного пожара в мае 2016 года из канадского Форт-Мак-Марри эвакуировали около 8 тыс. жителей.",
 "In May 2016 a wildfire forced the evacuation of about 88,000 people from Fort McMurray, Alberta.")
add(C,"percent","environment", # false: RU
 "A day after Canada's record heat of June 2021, a wildfire destroyed about 90 percent of the village of Lytton.",
 "Лесной пожар, вспыхнувший в Литтоне в июне 2021 г., на следующий день после рекордной жары, уничтожил лишь около 10 % посёлка.")
add(C,"money","economy",     # false: EN
 "В марте 2008 г. JPMorgan Chase предложил за акцию Bear Stearns всего 2 доллара, позднее цену подняли до 10 долларов.",
 "In March 2008 JPMorgan Chase first offered $20 a share to take over the stricken investment bank Bear Stearns.")
add(C,"scale","news",        # false: RU
 "Hurricane Maria, which devastated Puerto Rico in September 2017, caused an estimated $90 billion in damage.",
 "Ущерб от урагана «Мария», опустошившего Пуэрто-Рико в сентябре 2017 г., оценили примерно в 90 млн долларов.")
add(C,"duration","astronomy", # false: RU
 "Комета Хейла — Боппа была видна невооружённым глазом всего около трёх недель.",
 "Comet Hale–Bopp stayed visible to the naked eye for about 18 months, far longer than any comet on record.")
add(C,"rank","biology",      # false: RU
 "Кожистая черепаха — вторая по величине из ныне живущих черепах, уступающая лишь зелёной.",
 "The leatherback, whose shell lacks bony plates, is the largest living turtle and can weigh over 600 kg.")
add(C,"rank","geography",    # false: EN
 "Lake Vostok, buried under some four kilometres of Antarctic ice, is only the third-largest known subglacial lake.",
 "Озеро Восток под ледяным щитом Антарктиды — крупнейшее из известных подлёдных озёр.")
add(C,"place","culture",     # false: RU
 "Первый в мире ледяной отель, отстраиваемый заново каждую зиму, находится в финской Лапландии.",
 "The Icehotel at Jukkasjärvi in northern Sweden, rebuilt from river ice every winter, was the first of its kind.")
add(C,"place","food",        # false: EN
 "Guacamole, the avocado dip, was first made by the Incas in what is now Peru.",
 "Гуакамоле — соус из авокадо, который готовили ещё ацтеки на территории нынешней Мексики.")
add(C,"person","literature", # false: RU
 "Nikolai Leskov's tale Lefty, published in 1881, tells of a Tula gunsmith who shoes a tiny steel flea made in England.",
 "Сказ о тульском мастере Левше, подковавшем английскую стальную блоху, написал Павел Бажов.")
add(C,"person","music",      # false: EN
 "«Back to Black» (2006), принёсший певице пять премий «Грэмми», — второй студийный альбом Эми Уайнхаус.",
 "Back to Black, the 2006 record that brought its singer five Grammy Awards, was the second studio album by Adele.")
add(C,"organisation","music", # false: RU
 "Альбом «Hotel California» группы Fleetwood Mac вышел в декабре 1976 года.",
 "The Eagles released Hotel California, with its title track about a sinister luxury hotel, in December 1976.")
add(C,"organisation","food", # false: EN
 "Chartreuse liqueur is produced by Benedictine monks from a secret recipe of 130 plants.",
 "Ликёр шартрез по секретному рецепту из 130 трав производят монахи-картезианцы.")
add(C,"entity","biology",    # false: EN
 "Гавиал с его длинной узкой мордой питается почти исключительно рыбой.",
 "The gharial of India and Nepal, with its long narrow snout, feeds almost entirely on birds.")
add(C,"entity","food",       # false: RU
 "Hummus is a dip made from cooked, mashed chickpeas blended with tahini, lemon juice and garlic.",
 "Хумус — густая паста из варёной чечевицы с кунжутной пастой тахини, лимонным соком и чесноком.")
add(C,"polarity","food",     # false: RU
 "В классический римский рецепт карбонары обязательно входят сливки, а также желтки, пекорино и гуанчале.",
 "Traditional Roman carbonara contains no cream: the sauce is made from egg yolks, pecorino and guanciale.")
add(C,"polarity","culture",  # false: EN
 "Пещерные храмы Аджанты в штате Махараштра включены в список Всемирного наследия ЮНЕСКО в 1983 году.",
 "The Buddhist cave monuments of Ajanta in Maharashtra have never been inscribed on UNESCO's World Heritage List.")
add(C,"opposite","history",  # false: RU
 "At Isandlwana on 22 January 1879 a Zulu army overwhelmed a British force, killing more than 1,300 soldiers.",
 "22 января 1879 года у Изандлваны британские войска наголову разгромили армию зулусов.")
add(C,"opposite","geography", # false: EN
 "Остров Киритимати в составе Кирибати живёт по времени UTC+14 и встречает Новый год одним из первых на планете.",
 "Kiritimati in Kiribati, on UTC+14, is among the very last inhabited places on Earth to greet the New Year.")
# ---------------- related (10)
rel = []
def addr(domain, x, y):
    assert {_lang(x), _lang(y)} == {E, R}, (x, y)
    for t in (x, y):
        assert 10 <= len(t.split()) <= 30, (len(t.split()), t)
    rel.append(dict(a=x, b=y, lang_a=_lang(x), lang_b=_lang(y), label="related", slot="topic", domain=domain))
addr("transport",
 "Construction of the Erie Canal began at Rome, New York, on 4 July 1817.",
 "Канал Эри протянулся примерно на 584 км от Олбани на Гудзоне до Буффало на озере Эри.")
addr("medicine",
 "Фредерик Бантинг родился в 1891 году в Аллистоне, провинция Онтарио.",
 "Frederick Banting was killed in a plane crash in Newfoundland in 1941.")
addr("literature",
 "Иво Андрич родился в 1892 году близ Травника в Боснии.",
 "Ivo Andrić's novel The Bridge on the Drina was published in 1945.")
addr("music",
 "Kraftwerk released the album Autobahn, with its 22-minute title track, in 1974.",
 "Флориан Шнайдер, один из основателей группы Kraftwerk, умер в 2020 году.")
addr("transport",
 "Причиной катастрофы под Эшеде стала усталостная трещина в бандаже колеса.",
 "The train that crashed at Eschede was travelling from Munich to Hamburg.")
addr("transport",
 "Japan Airlines Flight 123 was a domestic flight from Tokyo's Haneda airport to Osaka.",
 "Причиной катастрофы рейса 123 признан некачественный ремонт задней гермопереборки, выполненный Boeing в 1978 году.")
addr("literature",
 "Nikolai Karamzin's sentimental story Poor Liza, about a peasant girl, appeared in 1792.",
 "В 1803 году Николай Карамзин указом Александра I был назначен историографом.")
addr("architecture",
 "Лалибэла — небольшой город на севере Эфиопии, в регионе Амхара, куда стекаются паломники.",
 "The rock-hewn churches of Lalibela were declared a UNESCO World Heritage Site in 1978.")
addr("history",
 "The Tea Act that provoked the Boston Tea Party was passed by Parliament in May 1773.",
 "В ответ на Бостонское чаепитие британский парламент в 1774 году закрыл бостонский порт.")
addr("news",
 "Паром «Эстония» был построен в 1980 году на верфи в Папенбурге в ФРГ.",
 "Only 137 of the 989 people aboard the Estonia survived its sinking.")

assert len(rows) == 60 and len(rel) == 10, (len(rows), len(rel))
assert sum(r["label"] == A for r in rows) == 30 and sum(r["label"] == C for r in rows) == 30
HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, "comparable_heldout37.jsonl"), "w", encoding="utf-8") as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "related_heldout37.jsonl"), "w", encoding="utf-8") as f:
    for r in rel: f.write(json.dumps(r, ensure_ascii=False) + "\n")
print("ok", len(rows), len(rel))

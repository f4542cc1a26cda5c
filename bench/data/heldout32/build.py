# HELD-OUT32: writes comparable_heldout32.jsonl (60 pairs) and related_heldout32.jsonl (10 pairs).
# The sentences are literal strings; rerun with `python3 build.py`.
import json
E, R = "en", "ru"
rows = []
import re as _re
def _lang(t):
    return R if len(_re.findall('[А-Яа-яЁё]', t)) > len(_re.findall('[A-Za-z]', t)) else E
def add(label, slot, domain, a, b):
    # a is written first in the file, b second (the order is chosen per row)
    assert {_lang(a), _lang(b)} == {E, R}, (a, b)
    rows.append(dict(a=a, b=b, lang_a=_lang(a), lang_b=_lang(b), label=label, slot=slot, domain=domain))
A, C = "agree", "contradict"
# ---------------- agree (30)
add(A,"duration","history",
 "Варшавское восстание против немецких оккупантов продолжалось 63 дня и закончилось капитуляцией повстанцев в начале октября 1944 года.",
 "The Warsaw Uprising, launched by the Polish Home Army on 1 August 1944, held out until the capitulation signed on 2 October.")
add(A,"date","history",
 "The Munich Agreement, which handed the Sudetenland to Germany, was signed by Hitler, Chamberlain, Daladier and Mussolini in the early hours of 30 September 1938.",
 "В сентябре 1938 года Германия, Великобритания, Франция и Италия подписали в Мюнхене соглашение о передаче Германии Судетской области Чехословакии.")
add(A,"rank","science",
 "Хидэки Юкава, ещё в 1935 году предсказавший существование мезона, стал первым японцем, удостоенным Нобелевской премии.",
 "No Japanese scientist had won a Nobel Prize before Hideki Yukawa, who received the 1949 physics prize for his theory of the meson.")
add(A,"number","science",
 "The modified Mercalli scale, still used by seismologists in the United States, rates the intensity of an earthquake's shaking on twelve levels.",
 "Модифицированная шкала Меркалли оценивает интенсивность землетрясения по его последствиям — от I до XII баллов.")
add(A,"decade","medicine",
 "Рудольф Вирхов, прославивший формулу «всякая клетка — от клетки», издал свою «Целлюлярную патологию» в конце 1850-х годов.",
 "Rudolf Virchow's Cellular Pathology, the book that made 'every cell from a cell' a founding idea of medicine, was published in 1858.")
add(A,"place","medicine",
 "Alexandre Yersin identified the bacterium that causes plague while studying an outbreak in Hong Kong in 1894.",
 "Возбудителя чумы, названного позднее Yersinia pestis, швейцарско-французский врач Александр Йерсен открыл в Гонконге во время эпидемии 1894 года.")
add(A,"century","economy",
 "Томас Мальтус, утверждавший, что население растёт быстрее запасов пищи, выпустил «Опыт о законе народонаселения» в 1798 году.",
 "Thomas Malthus published his Essay on the Principle of Population, at first anonymously, in the closing years of the eighteenth century.")
add(A,"money","economy",
 "LVMH completed its takeover of the American jeweller Tiffany & Co. in January 2021 for about 15.8 billion dollars.",
 "Французский концерн LVMH закрыл сделку по покупке ювелирной компании Tiffany примерно за 15,8 млрд долларов в начале 2021 года.")
add(A,"number","sport",
 "Рокки Марчиано завершил карьеру непобеждённым: он провёл 49 боёв на профессиональном ринге и выиграл все.",
 "Rocky Marciano retired as world heavyweight champion in 1956 with a professional record of forty-nine wins and no defeats.")
add(A,"date","sport",
 "Paula Radcliffe ran 2:15:25 at the London Marathon on 13 April 2003, a women's world record that stood for more than sixteen years.",
 "В апреле 2003 года британка Пола Рэдклифф пробежала Лондонский марафон за 2:15:25 и установила мировой рекорд.")
add(A,"place","culture",
 "Скульптура Веры Мухиной «Рабочий и колхозница» была изготовлена для советского павильона на Всемирной выставке 1937 года в Париже.",
 "Vera Mukhina's stainless-steel Worker and Kolkhoz Woman first stood on top of the Soviet pavilion at the 1937 world's fair in Paris.")
add(A,"rank","music",
 "The St Petersburg Conservatory, the first in Russia, was founded in 1862 by the pianist and composer Anton Rubinstein.",
 "Антон Рубинштейн, знаменитый пианист-виртуоз, в 1862 году открыл в Петербурге консерваторию — первую в стране.")
add(A,"year","music",
 "Первый Международный конкурс имени Чайковского, прошедший в Москве в 1958 году, выиграл 23-летний американский пианист Ван Клиберн.",
 "In 1958 the American pianist Van Cliburn, aged twenty-three, won the first International Tchaikovsky Competition in Moscow.")
add(A,"date","literature",
 "On 8 April 1341 Petrarch was crowned poet laureate on the Capitoline Hill in Rome.",
 "Весной 1341 года Франческо Петрарку торжественно увенчали лавровым венком на римском Капитолии.")
add(A,"date","geography",
 "Первым на вершину Нанга-Парбат (8126 м) поднялся в 1953 году австриец Герман Буль, преодолевший последний участок в одиночку.",
 "Hermann Buhl reached the summit of Nanga Parbat alone on 3 July 1953, completing the first ascent of the ninth-highest mountain on Earth.")
add(A,"year","astronomy",
 "Astronomers announced in 2017 that the red dwarf TRAPPIST-1, about 40 light years away, has seven planets roughly the size of Earth.",
 "В феврале 2017 года было объявлено, что у звезды TRAPPIST-1 — тусклого красного карлика — обращаются семь планет земного размера.")
add(A,"entity","astronomy",
 "Карликовая планета Макемаке, открытая в 2005 году за орбитой Нептуна, названа в честь бога-творца в мифологии острова Пасхи.",
 "Makemake, a dwarf planet found beyond Neptune in 2005, takes its name from the creator god of the Rapa Nui people.")
add(A,"date","law",
 "Delegates of fifty countries signed the Charter of the United Nations at a conference in San Francisco on 26 June 1945.",
 "Устав ООН был подписан в Сан-Франциско летом 1945 года и вступил в силу 24 октября того же года.")
add(A,"decade","energy",
 "Первый практически пригодный кремниевый солнечный элемент был создан в Bell Labs в середине 1950-х годов.",
 "In 1954 researchers at Bell Labs unveiled the first practical silicon solar cell, which turned about six percent of sunlight into electricity.")
add(A,"rank","energy",
 "The Paks plant on the Danube is Hungary's only nuclear power station and supplies close to half of the country's electricity.",
 "АЭС «Пакш» — единственная атомная электростанция Венгрии; на неё приходится около половины выработки электроэнергии в стране.")
add(A,"duration","transport",
 "Подвесной мост Такома-Нэрроуз в штате Вашингтон рухнул 7 ноября 1940 года, простояв после открытия всего четыре месяца.",
 "Nicknamed Galloping Gertie, the Tacoma Narrows Bridge opened in July 1940 and shook itself apart in a strong wind that November.")
add(A,"duration","architecture",
 "Completed in 1913 to a design by Cass Gilbert, the Woolworth Building in New York was the tallest building in the world until 1930.",
 "Нью-йоркский небоскрёб Вулворт-билдинг высотой 241 м 17 лет удерживал звание самого высокого здания мира.")
add(A,"year","food",
 "Первую лапшу быстрого приготовления — «Чикин рамен» — японец Момофуку Андо выпустил в продажу в 1958 году.",
 "Momofuku Ando, the founder of Nissin, put the world's first instant noodles, Chicken Ramen, on sale in 1958.")
add(A,"place","food",
 "Jacob Schweppe, a German-born watchmaker, started his carbonated water business in Geneva in 1783 before moving to London.",
 "Компания Schweppes ведёт свою историю с 1783 года, когда Якоб Швепп основал производство газированной воды в Женеве.")
add(A,"year","environment",
 "Национальный парк Вирунга на востоке Демократической Республики Конго, основанный в 1925 году, считается старейшим в Африке.",
 "Virunga National Park in the Democratic Republic of the Congo was created in 1925 as Albert National Park, the first national park in Africa.")
add(A,"entity","biology",
 "Despite its looks, the Portuguese man o' war is not a true jellyfish but a siphonophore, a colony of specialised individuals.",
 "Португальский кораблик только похож на медузу: на самом деле это сифонофор — колония из множества специализированных особей.")
add(A,"number","biology",
 "После описания тапанульского орангутана в 2017 году число известных видов орангутанов выросло до трёх.",
 "The Tapanuli orangutan of northern Sumatra, named in 2017, became the third recognised species of orangutan.")
add(A,"date","news",
 "Butch Wilmore and Suni Williams flew to the space station on Boeing's Starliner in June 2024 and came home only in March 2025.",
 "Астронавты Буч Уилмор и Сунита Уильямс, прилетевшие на МКС 6 июня 2024 года на Starliner, вернулись на Землю 18 марта 2025 года.")
add(A,"number","news",
 "В апреле 2016 года журналисты опубликовали «Панамское досье» — около 11,5 млн документов юридической фирмы Mossack Fonseca.",
 "The Panama Papers, published in April 2016, were based on 11.5 million files leaked from the Panamanian law firm Mossack Fonseca.")
add(A,"year","technology",
 "Nikolaus Otto built the first practical four-stroke internal combustion engine at the Deutz works in Cologne in 1876.",
 "Четырёхтактный двигатель внутреннего сгорания, ставший основой автомобильных моторов, Николаус Отто создал в 1876 году.")
# ---------------- contradict (30); the comment names the false side
add(C,"year","transport",   # false: b (1979)
 "Трёхточечный ремень безопасности, придуманный инженером Volvo Нильсом Болином, впервые появился на серийных автомобилях в 1959 году.",
 "Volvo engineer Nils Bohlin's three-point seat belt first appeared in production cars in 1979, and Volvo left the patent open to other makers.")
add(C,"year","music",   # false: b (1896; Sax died in 1894)
 "The Belgian instrument maker Adolphe Sax patented the saxophone in Paris in 1846.",
 "Бельгийский мастер Адольф Сакс получил в Париже патент на изобретённый им саксофон в 1896 году.")
add(C,"date","news",   # false: a (23 March)
 "China sealed off Wuhan, a city of about eleven million people, on 23 March 2020 to stop the spread of the new coronavirus.",
 "Власти Китая закрыли на карантин Ухань, где живёт около 11 млн человек, 23 января 2020 года.")
add(C,"month","sport",   # false: a (July)
 "Сборная Испании впервые стала чемпионкой мира по футболу среди женщин в июле 2023 года, обыграв в финале в Сиднее англичанок — 1:0.",
 "Spain won the Women's World Cup for the first time in August 2023, beating England 1–0 in the final in Sydney.")
add(C,"month","culture",   # false: b (December)
 "Rudolf Nureyev defected to the West in June 1961 at Le Bourget airport in Paris, while touring with the Kirov Ballet.",
 "Рудольф Нуреев попросил политического убежища во Франции в декабре 1961 года, прямо в парижском аэропорту Ле Бурже.")
add(C,"decade","technology",   # false: b (1950s)
 "Шведско-американский инженер Гидеон Сундбек запатентовал современную застёжку-молнию с зубчиками в 1910-х годах.",
 "The modern zip fastener with interlocking teeth was patented by the Swedish-American engineer Gideon Sundback in the 1950s.")
add(C,"century","history",   # false: a (thirteenth century)
 "At Manzikert in the thirteenth century the Seljuk Turks crushed a Byzantine army and captured Emperor Romanos IV Diogenes.",
 "В 1071 году при Манцикерте сельджуки разгромили византийское войско и взяли в плен императора Романа IV Диогена.")
add(C,"century","architecture",   # false: a (XVI век)
 "Строительство Миланского собора началось в XVI веке и с долгими перерывами растянулось на несколько столетий.",
 "Work on Milan Cathedral began in 1386 and went on, with long pauses, for about six centuries.")
add(C,"number","architecture",   # false: a (58 m)
 "Including its raised sword, The Motherland Calls statue on Mamayev Kurgan in Volgograd is 58 metres tall.",
 "Высота скульптуры «Родина-мать зовёт!» на Мамаевом кургане вместе с мечом составляет 85 м, без меча — 52 м.")
add(C,"number","literature",   # false: b (five volumes)
 "Роман Марселя Пруста «В поисках утраченного времени» состоит из семи томов; первый, «По направлению к Свану», вышел в 1913 году.",
 "Marcel Proust's In Search of Lost Time fills five volumes, the first of which, Swann's Way, appeared in 1913.")
add(C,"percent","news",   # false: b (54 %)
 "Keir Starmer's Labour Party won the July 2024 general election by a landslide on only about 34 percent of the national vote.",
 "Лейбористы Кира Стармера победили на всеобщих выборах в июле 2024 года с большим отрывом, набрав около 54 % голосов.")
add(C,"money","economy",   # false: b (100,000 roubles)
 "Номинал приватизационного чека, который с осени 1992 года получал каждый гражданин России, составлял 10 000 рублей.",
 "The privatisation voucher issued to every Russian citizen from the autumn of 1992 carried a face value of 100,000 roubles.")
add(C,"money","economy",   # false: a (two billion)
 "To contain the Mexican peso crisis of 1994–95, the US Treasury offered Mexico a credit line of two billion dollars as part of an international rescue.",
 "Во время мексиканского кризиса песо 1994–1995 годов Минфин США открыл Мексике кредитную линию на сумму до 20 млрд долларов.")
add(C,"duration","astronomy",   # false: a (4100 years)
 "Наклон земной оси меняется примерно от 22,1° до 24,5° с периодом около 4100 лет — это один из циклов Миланковича.",
 "Earth's axial tilt swings between roughly 22.1 and 24.5 degrees over a cycle of about 41,000 years, one of the Milankovitch cycles.")
add(C,"duration","law",   # false: b (twenty years)
 "England's Navigation Acts, first passed under Cromwell in 1651, were not finally repealed until 1849, nearly two centuries later.",
 "Английские навигационные акты, впервые принятые при Кромвеле в 1651 году, были отменены уже через двадцать лет.")
add(C,"scale","news",   # false: b (billion)
 "Расследование «Досье Пандоры», опубликованное в октябре 2021 года, основано на 11,9 млн утёкших документов офшорных посредников.",
 "The Pandora Papers, published by the ICIJ in October 2021, drew on 11.9 billion leaked records from offshore service providers.")
add(C,"rank","literature",   # false: a (the first)
 "Kenzaburō Ōe, the laureate of 1994, was the first Japanese writer to receive the Nobel Prize in Literature.",
 "Кэндзабуро Оэ, получивший Нобелевскую премию в 1994 году, стал вторым японским писателем-лауреатом после Ясунари Кавабаты.")
add(C,"rank","geography",   # false: b (fifth)
 "Манаслу (8163 м) в Непале — восьмая по высоте вершина мира; впервые на неё поднялись японские альпинисты в 1956 году.",
 "At 8,163 metres, Manaslu in Nepal, first climbed by a Japanese expedition in 1956, is the fifth-highest mountain in the world.")
add(C,"place","environment",   # false: b (Vienna, the Danube)
 "In November 1986 a fire at a Sandoz chemical warehouse at Schweizerhalle near Basel poisoned the Rhine and killed fish far downstream.",
 "В ноябре 1986 года пожар на складе химического концерна Sandoz под Веной отравил Дунай и погубил рыбу на сотни километров ниже по течению.")
add(C,"place","transport",   # false: a (Kazan)
 "Новый российский среднемагистральный лайнер МС-21 впервые поднялся в воздух 28 мая 2017 года с аэродрома в Казани.",
 "Russia's new MC-21 narrow-body airliner made its maiden flight from the aircraft plant in Irkutsk on 28 May 2017.")
add(C,"place","food",   # false: a (Chicago)
 "Forrest Mars began making the first Mars bars in 1932 in Chicago, where his father's company was based.",
 "Первые батончики Mars Форрест Марс начал выпускать в 1932 году в английском городе Слау.")
add(C,"person","culture",   # false: b (Stanisław Lem)
 "Фильм Андрея Тарковского «Сталкер» (1979) снят по мотивам повести братьев Стругацких «Пикник на обочине».",
 "Andrei Tarkovsky's 1979 film Stalker was loosely based on a novel by the Polish writer Stanisław Lem.")
add(C,"person","energy",   # false: b (Kubitschek)
 "Brazil's state oil company Petrobras was founded in 1953 under President Getúlio Vargas.",
 "Бразильская государственная нефтяная компания Petrobras была создана в 1953 году при президенте Жуселину Кубичеке.")
add(C,"organisation","technology",   # false: a (General Electric)
 "Микроволновую печь изобрёл инженер компании General Electric Перси Спенсер, заметивший, что возле работающего магнетрона у него растаял шоколадный батончик.",
 "The microwave oven was invented by Percy Spencer of Raytheon after a chocolate bar melted in his pocket near a working magnetron.")
add(C,"entity","biology",   # false: b (giant sequoia)
 "Pando in Utah is a single clonal colony of quaking aspen, some 47,000 stems joined by one root system.",
 "Пандо в штате Юта — одна клональная колония гигантской секвойи: около 47 тыс. стволов на общей корневой системе.")
add(C,"entity","medicine",   # false: a (cinchona bark)
 "Ту Юю, разделившая Нобелевскую премию по медицине 2015 года, выделила противомалярийный артемизинин из коры хинного дерева.",
 "Tu Youyou, who shared the 2015 Nobel Prize in Physiology or Medicine, extracted the antimalarial drug artemisinin from sweet wormwood.")
add(C,"polarity","literature",   # false: a (accepted)
 "Jean-Paul Sartre accepted the 1964 Nobel Prize in Literature and travelled to Stockholm to receive it.",
 "Жан-Поль Сартр отказался от присуждённой ему в 1964 году Нобелевской премии по литературе.")
add(C,"polarity","science",   # false: a (never got the Peace Prize)
 "Лайнус Полинг получил Нобелевскую премию по химии 1954 года, но Нобелевской премии мира так и не удостоился.",
 "Linus Pauling won the Nobel Prize in Chemistry in 1954 and the Nobel Peace Prize in 1962, both of them unshared.")
add(C,"opposite","history",   # false: b (the Americans surrendered)
 "In October 1777 General John Burgoyne surrendered his British army to the Americans at Saratoga, a turning point of the war.",
 "В октябре 1777 года под Саратогой американская армия капитулировала перед британским генералом Джоном Бергойном.")
add(C,"opposite","law",   # false: a (Truman signed it)
 "Закон Тафта — Хартли 1947 года, ограничивший права профсоюзов, президент Трумэн поддержал и подписал.",
 "The Taft–Hartley Act of 1947, which curbed the power of labour unions, became law over President Truman's veto.")

# ---------------- related (10): same subject as a comparable row, different true facts
rel = []
def radd(domain, x, y):
    assert {_lang(x), _lang(y)} == {E, R}, (x, y)
    rel.append(dict(a=x, b=y, lang_a=_lang(x), lang_b=_lang(y), label="related", slot="topic", domain=domain))

radd("history",
 "The Warsaw Uprising was led by General Tadeusz Bór-Komorowski, commander of the Polish Home Army.",
 "После подавления восстания 1944 года немецкие войска планомерно разрушили большую часть Варшавы.")
radd("science",
 "Хидэки Юкава родился в 1907 году в Токио, а детство провёл в Киото.",
 "Hideki Yukawa was awarded the Nobel Prize in Physics in 1949.")
radd("sport",
 "Rocky Marciano was born Rocco Marchegiano in Brockton, Massachusetts, in 1923.",
 "Титул чемпиона мира в тяжёлом весе Рокки Марчиано завоевал в 1952 году, нокаутировав Джерси Джо Уолкотта.")
radd("music",
 "Опера Антона Рубинштейна «Демон» впервые была поставлена в Петербурге в 1875 году.",
 "The pianist Anton Rubinstein founded the St Petersburg Conservatory in 1862.")
radd("architecture",
 "The Woolworth Building in New York was designed by the architect Cass Gilbert.",
 "Фрэнк Вулворт оплатил строительство своего небоскрёба в Нью-Йорке наличными — около 13,5 млн долларов.")
radd("energy",
 "На венгерской АЭС «Пакш» работают четыре реактора советской конструкции ВВЭР-440.",
 "The Paks nuclear power plant stands on the Danube, about 100 kilometres south of Budapest.")
radd("biology",
 "The aspen colony Pando covers about 43 hectares of Fishlake National Forest in Utah.",
 "Название колонии осин Пандо в переводе с латыни означает «я распространяюсь».")
radd("literature",
 "Жан-Поль Сартр опубликовал свой главный философский труд «Бытие и ничто» в 1943 году.",
 "Jean-Paul Sartre turned down the Nobel Prize in Literature in 1964.")
radd("geography",
 "Manaslu was first climbed on 9 May 1956 by Toshio Imanishi and the Sherpa Gyalzen Norbu.",
 "Название горы Манаслу происходит от санскритского слова «манаса» — «душа», «дух».")
radd("transport",
 "При обрушении моста Такома-Нэрроуз в 1940 году не погиб ни один человек, погибла лишь собака, оставленная в машине.",
 "A new Tacoma Narrows Bridge with a stiffer deck opened on the same site in 1950.")

import json, collections, os
assert len(rows) == 60 and len(rel) == 10, (len(rows), len(rel))
_lab = collections.Counter(r["label"] for r in rows)
assert _lab == {"agree": 30, "contradict": 30}, _lab
for r in rows + rel:
    assert {r["lang_a"], r["lang_b"]} == {E, R}, r
HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, "comparable_heldout32.jsonl"), "w", encoding="utf-8") as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "related_heldout32.jsonl"), "w", encoding="utf-8") as f:
    for r in rel: f.write(json.dumps(r, ensure_ascii=False) + "\n")
print("wrote", len(rows), "comparable and", len(rel), "related pairs")

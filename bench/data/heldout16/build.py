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
 "The Easter Rising in Dublin lasted six days before Patrick Pearse and the other rebel leaders agreed to an unconditional surrender.",
 "Пасхальное восстание ирландских республиканцев в Дублине продолжалось с 24 по 29 апреля 1916 года, после чего его руководители сдались.")
add(A,"percent","history",
 "Во втором туре президентских выборов в Бразилии 30 октября 2022 г. Луис Инасиу Лула да Силва набрал чуть менее 51 % голосов.",
 "Lula da Silva narrowly beat Jair Bolsonaro in Brazil's 2022 presidential run-off, winning 50.9 percent of the valid votes.")
add(A,"number","science",
 "In 1989 the Kola Superdeep Borehole in the Soviet Arctic reached a depth of 12,262 metres, the deepest hole ever drilled.",
 "Кольская сверхглубокая скважина в Мурманской области к концу 1980-х годов достигла глубины более 12 км.")
add(A,"rank","geography",
 "Вершина эквадорского вулкана Чимборасо из-за сплюснутости Земли у полюсов — самая удалённая от центра планеты точка её поверхности.",
 "Because the Earth bulges at the equator, no point on its surface lies farther from the planet's centre than the summit of Chimborazo in Ecuador.")
add(A,"number","geography",
 "Lake Issyk-Kul in Kyrgyzstan lies roughly a mile above sea level, yet it never freezes over in winter.",
 "Высокогорное озеро Иссык-Куль в Киргизии расположено на высоте 1607 м над уровнем моря.")
add(A,"money","economy",
 "Майкл Делл основал свою компьютерную компанию в 1984 году, вложив в дело всего тысячу долларов.",
 "Michael Dell started the company that bears his name from his university dorm room in Austin, Texas, with $1,000 in 1984.")
add(A,"person","economy",
 "Adidas takes its name from its founder, the German shoemaker Adolf \"Adi\" Dassler, who registered the company in 1949.",
 "Название фирмы Adidas составлено из уменьшительного имени и начала фамилии её основателя — Ади Дасслера.")
add(A,"date","sport",
 "Международный олимпийский комитет был учреждён по инициативе Пьера де Кубертена в Париже 23.06.1894.",
 "Olympic Day is celebrated every 23 June, marking the founding of the International Olympic Committee in Paris in 1894.")
add(A,"polarity","technology",
 "Charles Babbage's Analytical Engine, a mechanical general-purpose computer, was never completed during his lifetime.",
 "Аналитическую машину, которую Чарльз Бэббидж проектировал с 1830-х годов до самой смерти, построить так и не удалось.")
add(A,"organisation","technology",
 "В 1839 году французское правительство выкупило у Луи Дагера права на его способ фотографии и сделало изобретение общедоступным.",
 "The French state bought the rights to the daguerreotype and presented the process to the world as a free gift in August 1839.")
add(A,"decade","medicine",
 "Willem Einthoven received the Nobel Prize in Physiology or Medicine in 1924 for his work on the electrocardiogram.",
 "Голландский физиолог Виллем Эйнтховен, создатель электрокардиографа, получил Нобелевскую премию в 1920-х годах.")
add(A,"year","medicine",
 "Русский ботаник Дмитрий Ивановский в 1892 г. показал, что возбудитель мозаичной болезни табака проходит даже через бактериальные фильтры.",
 "Dmitri Ivanovsky's 1892 study of tobacco mosaic disease is often regarded as the first step towards the discovery of viruses.")
add(A,"date","law",
 "Japan's post-war constitution, which renounces war in its Article 9, came into force on May 3, 1947.",
 "Действующая конституция Японии вступила в силу 3 мая 1947 г.; этот день стал в стране государственным праздником.")
add(A,"number","law",
 "Заключительный акт Совещания по безопасности и сотрудничеству в Европе подписали в Хельсинки 1 августа 1975 года руководители тридцати пяти государств.",
 "The Helsinki Final Act of 1975 was signed by 35 countries, including the United States, Canada and the Soviet Union.")
add(A,"place","transport",
 "In May 1932 Amelia Earhart became the first woman to fly solo across the Atlantic, landing in a pasture in Northern Ireland.",
 "Беспосадочный одиночный перелёт через Атлантику Амелия Эрхарт завершила на пастбище под Лондондерри в Северной Ирландии.")
add(A,"number","food",
 "Рекламный лозунг «57 сортов» появился у компании Heinz в 1896 году, хотя она уже тогда выпускала больше шестидесяти продуктов.",
 "Henry J. Heinz chose the slogan \"fifty-seven varieties\" for his Pittsburgh food company in the 1890s.")
add(A,"rank","food",
 "Darjeeling tea, grown in the hills of West Bengal, was the first Indian product to receive a geographical indication tag.",
 "Дарджилинг стал первым товаром в Индии, получившим статус защищённого географического указания.")
add(A,"year","music",
 "Балет Арама Хачатуряна «Гаянэ» с его знаменитым «Танцем с саблями» впервые поставили в декабре 1942 года в эвакуации, в Молотове (Перми).",
 "Aram Khachaturian's ballet Gayane, which contains the famous Sabre Dance, was first staged in 1942.")
add(A,"duration","astronomy",
 "Space Shuttle Challenger broke apart 73 seconds after lift-off on 28 January 1986, killing all seven astronauts aboard.",
 "«Челленджер» разрушился через минуту с небольшим после старта с мыса Канаверал, и весь экипаж погиб.")
add(A,"number","astronomy",
 "Диаметр главного зеркала радиотелескопа Аресибо в Пуэрто-Рико, обрушившегося в декабре 2020 года, составлял 305 м.",
 "The dish of the Arecibo radio telescope in Puerto Rico was about 1,000 feet across.")
add(A,"century","architecture",
 "Beijing's Forbidden City, the palace of the Ming and Qing emperors, was completed in 1420 under the Yongle Emperor.",
 "Запретный город в Пекине — дворцовый комплекс китайских императоров — был построен в начале XV века.")
add(A,"century","architecture",
 "Двадцатидвухглавую деревянную Преображенскую церковь на острове Кижи в Карелии возвели в начале XVIII века.",
 "The wooden Church of the Transfiguration on Kizhi Island, crowned with 22 domes, was built in 1714.")
add(A,"month","literature",
 "Jonathan Swift's Gulliver's Travels was first published in London in October 1726.",
 "Осенью 1726 года лондонский издатель выпустил «Путешествия Гулливера» Джонатана Свифта, поначалу без имени автора.")
add(A,"place","literature",
 "Пьеса Генрика Ибсена «Кукольный дом» впервые была поставлена в декабре 1879 г. в Королевском театре Копенгагена.",
 "A Doll's House by the Norwegian playwright Henrik Ibsen had its world premiere not in Norway but in Copenhagen.")
add(A,"number","energy",
 "Edwin Drake's well at Titusville, Pennsylvania, struck oil in August 1859 at a depth of 69.5 feet.",
 "Скважина Эдвина Дрейка в Пенсильвании, с которой началась нефтяная промышленность США, дала нефть на глубине около 21 м.")
add(A,"month","energy",
 "План ГОЭЛРО, рассчитанный на строительство 30 районных электростанций, был одобрен VIII Всероссийским съездом Советов в декабре 1920 г.",
 "The GOELRO plan for the electrification of Soviet Russia was approved by the Congress of Soviets on 22 December 1920.")
add(A,"number","biology",
 "Tracking studies show that an Arctic tern flies about 44,000 miles a year between its Arctic breeding grounds and Antarctica.",
 "Полярная крачка ежегодно преодолевает около 70 тыс. км, совершая самый длинный известный перелёт среди животных.")
add(A,"person","environment",
 "В 2007 году Нобелевскую премию мира разделили Межправительственная группа экспертов по изменению климата и бывший вице-президент США Альберт Гор.",
 "The Intergovernmental Panel on Climate Change shared the 2007 Nobel Peace Prize with Al Gore.")
add(A,"place","culture",
 "Gustav Klimt's The Kiss, painted in 1907 and 1908, hangs in the Belvedere in Vienna.",
 "Картина «Поцелуй», выставленная в венском дворце Бельведер, — самая известная работа «золотого периода» Густава Климта.")
add(A,"date","culture",
 "Первая церемония вручения музыкальной премии «Грэмми», учреждённой Академией звукозаписи США, состоялась 04.05.1959.",
 "The first Grammy Awards were presented on May 4, 1959, honouring recordings released the year before.")
# ---------------- contradict (30)
add(C,"century","history",
 "Испанский конкистадор Эрнан Кортес покорил державу ацтеков и взял её столицу Теночтитлан ещё в XV веке.",
 "Hernán Cortés captured Tenochtitlan, the Aztec capital, in August 1521 after a long siege.")
add(C,"percent","history",
 "Salvador Allende won Chile's presidential election of September 1970 outright, taking almost two-thirds of the popular vote.",
 "На президентских выборах 1970 года в Чили Сальвадор Альенде набрал немногим более трети голосов, и его избрание пришлось утверждать Конгрессу.")
add(C,"decade","science",
 "Гипотезу о том, что равные объёмы газов при одинаковых температуре и давлении содержат одинаковое число молекул, Амедео Авогадро выдвинул в 1811 г.",
 "Amedeo Avogadro put forward his hypothesis that equal volumes of gases contain equal numbers of molecules in the 1860s.")
add(C,"opposite","science",
 "Robert Boyle showed in 1662 that, at a constant temperature, the pressure of a gas falls as its volume increases.",
 "Согласно закону, установленному Робертом Бойлем в 1662 году, при неизменной температуре давление газа растёт вместе с его объёмом.")
add(C,"place","geography",
 "Мыс Горн на южной оконечности архипелага Огненная Земля принадлежит Аргентине.",
 "Cape Horn, on Hornos Island at the southern end of Tierra del Fuego, is Chilean territory and was named in 1616 after the Dutch town of Hoorn.")
add(C,"scale","economy",
 "In October 2023 Microsoft completed its purchase of Activision Blizzard, the maker of Call of Duty, for $68.7 billion.",
 "Сделка по покупке Activision Blizzard корпорацией Microsoft, закрытая осенью 2023 г., обошлась покупателю в 68,7 млн долларов.")
add(C,"money","economy",
 "По договору 1853 года, известному как покупка Гадсдена, США приобрели у Мексики земли на юге нынешних Аризоны и Нью-Мексико за 100 млн долларов.",
 "With the Gadsden Purchase of 1853, the United States paid Mexico ten million dollars for a strip of land suited to a southern railway.")
add(C,"date","sport",
 "Edmund Hillary and Tenzing Norgay became the first climbers to stand on the summit of Everest on 2 June 1953.",
 "Новозеландец Эдмунд Хиллари и шерпа Тенцинг Норгей первыми поднялись на Эверест 29 мая 1953 г., а в Лондоне об этом узнали в день коронации.")
add(C,"place","sport",
 "Кениец Элиуд Кипчоге первым в истории пробежал марафонскую дистанцию быстрее двух часов — это произошло в октябре 2019 года в Берлине.",
 "Eliud Kipchoge ran 42.2 km in 1:59:40 in Vienna's Prater park in October 2019, although the time was not ratified as a world record.")
add(C,"person","technology",
 "Colossus, the code-breaking computer used at Bletchley Park from early 1944, was designed by Post Office engineer Tommy Flowers.",
 "Электронную машину Colossus для взлома немецких шифров в Блетчли-парке сконструировал лично Алан Тьюринг.")
add(C,"number","medicine",
 "Шкала Апгар, предложенная американским анестезиологом Вирджинией Апгар в 1952 году, оценивает состояние новорождённого от 0 до 10 баллов.",
 "The Apgar score rates a newborn baby's condition one and five minutes after birth on a scale from 0 to 100 points.")
add(C,"opposite","law",
 "In Loving v. Virginia in 1967, the US Supreme Court upheld state laws that banned marriage between people of different races.",
 "В 1967 году Верховный суд США по делу «Лавинг против Виргинии» единогласно отменил законы штатов, запрещавшие межрасовые браки.")
add(C,"organisation","transport",
 "Первым перевозчиком, начавшим в январе 1970 г. регулярные рейсы на «Боинге-747», стала западногерманская Lufthansa.",
 "Pan Am flew the first commercial service of the Boeing 747, from New York to London, in January 1970.")
add(C,"month","transport",
 "The 55-kilometre bridge linking Hong Kong, Zhuhai and Macau across the Pearl River estuary opened to traffic in April 2018.",
 "Мост Гонконг — Чжухай — Макао длиной около 55 км был открыт для движения в октябре 2018 г.")
add(C,"place","food",
 "Сыр гауда получил своё название от городка Гауда в нидерландской провинции Южная Голландия.",
 "Gouda cheese takes its name from a small market town in Belgium, where it has been traded since the Middle Ages.")
add(C,"polarity","music",
 "Bob Dylan accepted the 2016 Nobel Prize in Literature, although he did not travel to the ceremony in Stockholm.",
 "Боб Дилан отказался от Нобелевской премии по литературе, присуждённой ему в 2016 году.")
add(C,"duration","music",
 "Песня Led Zeppelin «Лестница в небо» с четвёртого альбома группы, вышедшего в 1971 году, длится меньше трёх минут.",
 "Stairway to Heaven, from Led Zeppelin's untitled fourth album of 1971, runs for about eight minutes.")
add(C,"date","music",
 "Jimi Hendrix died in London on 18 September 1970, at the age of twenty-seven.",
 "Американский гитарист Джими Хендрикс, один из самых влиятельных рок-музыкантов, скончался в Лондоне 28 сентября 1970 г.")
add(C,"organisation","astronomy",
 "Зонд японского космического агентства JAXA «Хаябуса» в 2010 году доставил на Землю частицы астероида Итокава.",
 "NASA's Hayabusa probe brought dust from the asteroid Itokawa back to Earth, landing its capsule in the Australian outback in June 2010.")
add(C,"rank","astronomy",
 "With the Chandrayaan-3 landing in August 2023, India became the first country ever to make a soft landing on the Moon.",
 "Посадив в августе 2023 г. модуль «Чандраян-3» у южного полюса Луны, Индия стала четвёртой страной после СССР, США и Китая, совершившей мягкую посадку.")
add(C,"person","architecture",
 "Школу Баухаус, ставшую символом модернизма, основал в Веймаре в 1919 году швейцарско-французский архитектор Ле Корбюзье.",
 "Walter Gropius founded the Bauhaus in Weimar in 1919; the school moved to Dessau six years later.")
add(C,"duration","architecture",
 "The monastery-palace of El Escorial near Madrid was built for King Philip II in just two years.",
 "Строительство Эскориала, резиденции-монастыря короля Филиппа II под Мадридом, продолжалось с 1563 по 1584 год.")
add(C,"polarity","literature",
 "Первое издание «Франкенштейна» вышло в Лондоне в 1818 году анонимно, без имени Мэри Шелли на титульном листе.",
 "Mary Shelley's name appeared on the title page of the first edition of Frankenstein, published in London in 1818.")
add(C,"year","literature",
 "Ernest Hemingway received the Nobel Prize in Literature in 1954, two years after The Old Man and the Sea appeared.",
 "Американский писатель Эрнест Хемингуэй стал лауреатом Нобелевской премии по литературе в 1964 году.")
add(C,"month","energy",
 "Первую в мире атомную электростанцию промышленного масштаба Колдер-Холл в Англии открыла королева Елизавета II в мае 1956 г.",
 "Queen Elizabeth II opened Calder Hall in Cumbria, the first nuclear power station to supply electricity on an industrial scale, on 17 October 1956.")
add(C,"century","biology",
 "The dodo, a flightless bird found only on Mauritius, had been wiped out by the end of the seventeenth century.",
 "Дронт, нелетающая птица с острова Маврикий, окончательно исчез лишь в середине XIX века.")
add(C,"polarity","biology",
 "Аксолотль, неотеническая личинка мексиканской амбистомы, в отличие от многих земноводных не способен отращивать утраченные лапы.",
 "The axolotl, a salamander native to the lakes of central Mexico, can regrow lost limbs and even parts of its heart.")
add(C,"decade","environment",
 "The Dust Bowl, a series of severe dust storms on the southern Great Plains, struck the United States in the 1950s.",
 "Пыльные бури, известные как «Пыльный котёл», опустошали Великие равнины США в 1930-х годах.")
add(C,"percent","environment",
 "После прорыва дамб во время урагана «Катрина» в 2005 году под водой оказалось около 80 % Нового Орлеана.",
 "When the levees failed during Hurricane Katrina in August 2005, less than a tenth of New Orleans was flooded.")
add(C,"year","culture",
 "The original Globe Theatre burned down in 1613 when a cannon fired during a performance of Henry VIII set its thatched roof alight.",
 "Первый театр «Глобус», на сцене которого шли пьесы Шекспира, сгорел в 1631 году.")

# ---------------- related (10): same subject as a comparable row, different true facts
rel = []
def radd(domain, x, y):
    assert {_lang(x), _lang(y)} == {E, R}, (x, y)
    rel.append(dict(a=x, b=y, lang_a=_lang(x), lang_b=_lang(y), label="related", slot="topic", domain=domain))

radd("history", "Patrick Pearse and James Connolly were among the leaders of the Easter Rising executed at Kilmainham Gaol in May 1916.",
 "Пасхальное восстание ирландских республиканцев началось в Дублине в пасхальный понедельник, 24 апреля 1916 года.")
radd("geography", "Первым на вершину Чимборасо в 1880 году поднялся британский альпинист Эдвард Уимпер.",
 "At about 6,263 metres, the ice-capped volcano Chimborazo is the highest mountain in Ecuador.")
radd("economy", "Dell went private in 2013 and returned to the stock market in December 2018.",
 "Майкл Делл начал собирать и продавать компьютеры, когда был студентом первого курса Техасского университета.")
radd("sport", "Эдмунд Хиллари и Тенцинг Норгей поднялись на вершину Эвереста 29 мая 1953 года.",
 "In January 1958 Edmund Hillary's New Zealand party reached the South Pole driving farm tractors.")
radd("astronomy", "Challenger first flew in space in April 1983 and completed nine successful missions before its loss.",
 "Катастрофа шаттла «Челленджер», унёсшая жизни семи астронавтов, произошла 28 января 1986 года.")
radd("music", "Группа Led Zeppelin прекратила существование в 1980 году, после смерти барабанщика Джона Бонэма.",
 "Led Zeppelin was formed in London in 1968 by the guitarist Jimmy Page.")
radd("literature", "In Mary Shelley's novel, Frankenstein is the surname of the young scientist Victor, not of the creature he makes.",
 "Существо, созданное учёным в романе Мэри Шелли, на протяжении всей книги так и не получает имени.")
radd("energy", "Скважина Эдвина Дрейка в пенсильванском городке Титусвилл дала первую нефть в августе 1859 года.",
 "Edwin Drake never patented his method of driving an iron pipe down to bedrock and ended up living on a state pension.")
radd("biology", "Arctic terns are long-lived birds; ringed individuals have been recorded at more than thirty years of age.",
 "Полярная крачка видит за год два лета, перелетая из Арктики в Антарктику и обратно.")
radd("environment", "Над Мексиканским заливом ураган «Катрина» 28 августа 2005 года достиг пятой, наивысшей категории.",
 "Hurricane Katrina made landfall in south-eastern Louisiana on 29 August 2005 as a Category 3 storm.")

import json, collections, os
assert len(rows) == 60 and len(rel) == 10, (len(rows), len(rel))
HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, "comparable_heldout16.jsonl"), "w", encoding="utf-8") as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "related_heldout16.jsonl"), "w", encoding="utf-8") as f:
    for r in rel: f.write(json.dumps(r, ensure_ascii=False) + "\n")

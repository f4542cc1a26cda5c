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
add(A,"month","history",
 "Stepan Razin, the Don Cossack who led the great peasant and Cossack revolt of 1670–1671, was quartered in Moscow in June 1671.",
 "Атамана Степана Разина, которого выдали властям домовитые донские казаки, казнили в Москве 6 (16) июня 1671 г.")
add(A,"number","history",
 "На борту «Мэйфлауэра», покинувшего английский Плимут в сентябре 1620 года, находились 102 пассажира, не считая команды.",
 "About a hundred passengers crossed the Atlantic on the Mayflower in 1620, and their settlement became one of the first permanent English colonies in New England.")
add(A,"year","science",
 "Erwin Schrödinger published the wave equation that now bears his name in 1926, in a series of papers in Annalen der Physik.",
 "Уравнение, описывающее эволюцию волновой функции квантовой системы, австрийский физик Эрвин Шрёдингер опубликовал в 1926 г.")
add(A,"number","science",
 "Шкала твёрдости, которую немецкий минералог Фридрих Моос предложил в 1812 году, включает десять эталонных минералов — от талька до алмаза.",
 "The Mohs scale ranks the hardness of minerals from 1 for talc to 10 for diamond, each one scratching those below it.")
add(A,"number","geography",
 "Tristan da Cunha, often called the most remote inhabited island on Earth, lies roughly 1,750 miles from Cape Town in the South Atlantic.",
 "От Кейптауна до острова Тристан-да-Кунья около 2800 км, а до ближайшей обитаемой земли, острова Святой Елены, — свыше 2400 км.")
add(A,"date","geography",
 "В Верхоянске 20 июня 2020 г. воздух прогрелся до +38 °C — это признано самой высокой температурой, когда-либо измеренной в Арктике.",
 "In June 2020 the Siberian town of Verkhoyansk reached 38 °C, a reading the World Meteorological Organization later accepted as an Arctic record.")
add(A,"money","economy",
 "Wirecard, the German payments company, filed for insolvency in June 2020 after admitting that €1.9 billion missing from its accounts probably never existed.",
 "Немецкая платёжная компания Wirecard объявила о банкротстве, когда выяснилось, что на её счетах недостаёт почти 2 млрд евро.")
add(A,"number","sport",
 "Рафаэль Надаль побеждал на Открытом чемпионате Франции по теннису в одиночном разряде 14 раз, последний раз — в 2022 году.",
 "No player has won the French Open singles title more often than Rafael Nadal, who lifted the trophy in Paris fourteen times.")
add(A,"date","technology",
 "Chester Carlson made the first xerographic copy in a rented room in Astoria, Queens, on October 22, 1938.",
 "Первую ксерокопию — надпись «10-22-38 Astoria» на стеклянной пластинке — изобретатель Честер Карлсон получил 22.10.1938.")
add(A,"date","medicine",
 "Флоренс Найтингейл с отрядом медсестёр прибыла в британский военный госпиталь в Скутари осенью 1854 года.",
 "In November 1854 Florence Nightingale and a team of 38 nurses arrived at the British army's barrack hospital in Scutari.")
add(A,"century","medicine",
 "Andreas Vesalius published De humani corporis fabrica, his richly illustrated treatise on human anatomy, in Basel in 1543.",
 "Трактат «О строении человеческого тела» фламандский анатом Андреас Везалий выпустил в середине XVI века.")
add(A,"polarity","law",
 "Договор о космосе 1967 года запрещает государствам провозглашать суверенитет над Луной и другими небесными телами.",
 "Under the Outer Space Treaty, signed in January 1967, no nation may claim the Moon or any other celestial body as its own territory.")
add(A,"month","transport",
 "The Millau Viaduct across the Tarn valley in southern France, whose tallest mast reaches 343 metres, opened to traffic in December 2004.",
 "Виадук Мийо, спроектированный Норманом Фостером и инженером Мишелем Вирложё, открыли для движения в середине декабря 2004 г.")
add(A,"number","transport",
 "3 июля 1938 года паровоз «Маллард» разогнался примерно до 203 км/ч, и этот рекорд скорости для паровозов не побит до сих пор.",
 "The LNER locomotive Mallard reached 126 mph on a slight downhill stretch in 1938, still the fastest speed recorded by a steam engine.")
add(A,"person","food",
 "Margarine was invented in 1869 by the French chemist Hippolyte Mège-Mouriès, answering Napoleon III's call for a cheap substitute for butter.",
 "Рецепт маргарина разработал Ипполит Меж-Мурье, откликнувшись на конкурс, объявленный во Франции Наполеоном III.")
add(A,"date","music",
 "Фестиваль «Вудсток» проходил на молочной ферме Макса Ясгура близ Бетела (штат Нью-Йорк) с 15 по 18 августа 1969 года.",
 "In mid-August 1969 several hundred thousand people gathered on a dairy farm in Bethel, New York, for the Woodstock festival.")
add(A,"date","astronomy",
 "The Sikhote-Alin meteorite, one of the largest iron meteorite falls ever witnessed, came down in the Russian Far East on 12 February 1947.",
 "Падение Сихотэ-Алинского метеорита в Приморском крае многочисленные очевидцы наблюдали утром 12.02.1947.")
add(A,"rank","astronomy",
 "Открытый в октябре 2017 года телескопом Pan-STARRS на Гавайях объект Оумуамуа стал первым известным телом, прилетевшим из межзвёздного пространства.",
 "Before ʻOumuamua was spotted from Hawaii in 2017, astronomers had never identified a body passing through the Solar System from interstellar space.")
add(A,"month","architecture",
 "Pope Benedict XVI consecrated Gaudí's Sagrada Família in Barcelona as a basilica in November 2010, while construction was still under way.",
 "Храм Святого Семейства в Барселоне, строящийся с 1882 года, был освящён папой Бенедиктом XVI 7 ноября 2010 г.")
add(A,"polarity","architecture",
 "Дворец Советов, который по проекту Бориса Иофана должен был стать самым высоким зданием мира, так и не был построен.",
 "Work on the Palace of the Soviets stopped during the war, and the giant tower planned for the site of a demolished Moscow cathedral was never completed.")
add(A,"date","literature",
 "George Allen & Unwin published J. R. R. Tolkien's The Hobbit in London on 21 September 1937.",
 "Сказочная повесть Джона Р. Р. Толкина «Хоббит, или Туда и обратно» впервые вышла в свет осенью 1937 года.")
add(A,"year","literature",
 "Отдельной книгой роман Роберта Льюиса Стивенсона «Остров сокровищ» был издан в 1883 году, после публикации в детском журнале.",
 "Robert Louis Stevenson's Treasure Island, first serialised in the magazine Young Folks, appeared as a book in 1883.")
add(A,"number","energy",
 "The accident at the Sayano-Shushenskaya hydroelectric plant in southern Siberia in August 2009 killed 75 people.",
 "Авария на Саяно-Шушенской ГЭС 17 августа 2009 года унесла жизни семидесяти пяти человек.")
add(A,"month","energy",
 "Фонтан нефти на холме Спиндлтоп близ Бомонта (Техас) забил 10 января 1901 года и положил начало техасскому нефтяному буму.",
 "In January 1901 the Lucas gusher at Spindletop, near Beaumont, Texas, blew oil more than 100 feet into the air.")
add(A,"decade","biology",
 "The Wollemi pine, known until then only from fossils, was found alive in a remote gorge in New South Wales in 1994.",
 "Живые деревья воллемии, которую считали давно вымершей, обнаружили в глухом каньоне примерно в 150 км к северо-западу от Сиднея в середине 1990-х годов.")
add(A,"place","biology",
 "Гаттерия, единственный уцелевший представитель древнего отряда клювоголовых, в природе водится только в Новой Зеландии.",
 "The tuatara, a reptile that looks like a lizard but belongs to a separate ancient order, lives in the wild only in New Zealand.")
add(A,"organisation","environment",
 "Minamata disease was traced to methylmercury in wastewater dumped into Minamata Bay by the Chisso Corporation's chemical factory.",
 "Виновником отравления жителей Минаматы ртутью признали химический завод компании «Тиссо», сбрасывавший сточные воды в залив.")
add(A,"date","environment",
 "Последний странствующий голубь, самка по кличке Марта, умерла в зоопарке Цинциннати 1 сентября 1914 года.",
 "Martha, the last known passenger pigeon, died at the Cincinnati Zoo on September 1, 1914, and with her the species became extinct.")
add(A,"year","culture",
 "The Terracotta Army of China's first emperor was discovered in 1974 by farmers digging a well near Xi'an.",
 "Глиняное войско императора Цинь Шихуанди случайно нашли крестьяне, копавшие колодец в провинции Шэньси, весной 1974 г.")
add(A,"number","culture",
 "Царь-колокол, отлитый Иваном и Михаилом Моториными в 1735 году, весит более 200 т.",
 "The Tsar Bell in the Moscow Kremlin weighs about 200 tonnes and has never been rung; a huge piece broke off after a fire in 1737.")

# ---------------- contradict (30): exactly one fact changed on one side
add(C,"percent","history",
 "Boris Yeltsin won the first direct presidential election in the Russian SFSR on 12 June 1991 with about 57 percent of the vote.",
 "На выборах президента РСФСР 12 июня 1991 года Борис Ельцин получил лишь около 27 % голосов.")
add(C,"decade","history",
 "Тильзитский мир между Россией и наполеоновской Францией был заключён в конце 1810-х годов.",
 "In July 1807 France and Russia signed the Treaty of Tilsit, ending their war after Napoleon's victory at Friedland.")
add(C,"duration","history",
 "Vigdís Finnbogadóttir, elected president of Iceland in 1980, stepped down after a single four-year term.",
 "Вигдис Финнбогадоттир, первая в мире женщина, избранная президентом на всенародных выборах, возглавляла Исландию 16 лет — с 1980 по 1996 год.")
add(C,"place","science",
 "Британский физик Генри Мозли, связавший рентгеновский спектр элемента с его атомным номером, погиб в 1915 году в Галлиполи.",
 "Henry Moseley, the British physicist who tied X-ray spectra to atomic number, was killed by a sniper on the Western Front in France in 1915.")
add(C,"organisation","science",
 "The magnitude scale for earthquakes that Charles Richter introduced in 1935 was developed at the California Institute of Technology.",
 "Шкалу магнитуд землетрясений Чарльз Рихтер разработал в 1935 году, работая в Массачусетском технологическом институте.")
add(C,"number","geography",
 "Согне-фьорд, самый длинный фьорд Норвегии, вдаётся в сушу всего примерно на 50 км.",
 "Norway's longest fjord, the Sognefjord, stretches about 205 kilometres inland from the North Sea coast.")
add(C,"rank","geography",
 "The Valdivia earthquake of May 1960 in southern Chile was strong, yet it ranks only fifth among quakes recorded by instruments.",
 "Вальдивское землетрясение 22 мая 1960 г. магнитудой около 9,5 — сильнейшее за всю историю инструментальных наблюдений.")
add(C,"scale","economy",
 "В мае 2023 года рыночная капитализация Nvidia впервые превысила 1 трлн долларов на фоне спроса на чипы для ИИ.",
 "Nvidia's stock market value first passed one billion dollars in May 2023, lifted by soaring demand for its AI chips.")
add(C,"month","economy",
 "WorldCom filed for bankruptcy protection in July 2002, weeks after revealing that it had inflated its profits by billions of dollars.",
 "Американский телекоммуникационный гигант WorldCom подал заявление о банкротстве в январе 2002 года.")
add(C,"number","sport",
 "Кениец Дэвид Рудиша установил мировой рекорд в беге на 1500 метров на Олимпийских играх в Лондоне.",
 "At the London Olympics in August 2012, Kenya's David Rudisha won the 800 metres in a world record of 1:40.91.")
add(C,"place","sport",
 "Jayne Torvill and Christopher Dean won Olympic ice dance gold in Calgary in 1984 with their famous Boléro routine.",
 "Британские фигуристы Джейн Торвилл и Кристофер Дин выиграли олимпийское золото в танцах на льду под «Болеро» в Сараеве в феврале 1984 года.")
add(C,"organisation","technology",
 "Тефлон (политетрафторэтилен) в 1938 году случайно получил химик Рой Планкетт в лаборатории компании DuPont.",
 "Teflon was discovered by accident in 1938 by Roy Plunkett, a chemist working for General Electric.")
add(C,"money","technology",
 "The first Raspberry Pi, a credit-card-sized computer for teaching programming, went on sale in February 2012 for 35 dollars.",
 "Первый Raspberry Pi, выпущенный в Великобритании в 2012 году, стоил в базовой версии около 350 долларов.")
add(C,"place","medicine",
 "Первый полностью имплантируемый кардиостимулятор вживили пациенту в 1958 году в одной из клиник Бостона.",
 "In 1958 surgeons at the Karolinska hospital in Stockholm implanted the first fully internal pacemaker, in a patient named Arne Larsson.")
add(C,"polarity","law",
 "None of the defendants convicted by the Tokyo war crimes tribunal in 1948 was sentenced to death.",
 "Токийский трибунал в ноябре 1948 года приговорил к смертной казни семерых подсудимых, в том числе бывшего премьера Хидэки Тодзё.")
add(C,"century","law",
 "Статут королевы Анны, считающийся первым в мире законом об авторском праве, вступил в силу в Великобритании в 1710 году.",
 "The Statute of Anne, usually called the first copyright law, was passed in Britain in the sixteenth century.")
add(C,"century","transport",
 "The Swedish warship Vasa capsized and sank in Stockholm harbour on her maiden voyage on 10 August 1628.",
 "Шведский военный корабль «Ваза» затонул в гавани Стокгольма в первом же плавании в XVIII веке.")
add(C,"year","food",
 "Напиток, придуманный аптекарем Калебом Брэдхэмом, получил название Pepsi-Cola в 1938 году.",
 "Caleb Bradham, a pharmacist in New Bern, North Carolina, renamed his Brad's Drink Pepsi-Cola in 1898.")
add(C,"person","food",
 "Muesli was devised around 1900 by the Swiss physician Maximilian Bircher-Benner as a health food for patients at his Zurich clinic.",
 "Мюсли около 1900 года придумал для пациентов своего санатория американский врач Джон Харви Келлог.")
add(C,"opposite","music",
 "Премьера «Севильского цирюльника» Россини в римском театре «Арджентина» 20 февраля 1816 года обернулась громким провалом.",
 "The first performance of Rossini's The Barber of Seville in Rome in February 1816 was a triumph from the first act to the last.")
add(C,"decade","music",
 "Альбом Nirvana «Nevermind» вышел в сентябре 1991 года, а в январе 1992-го поднялся на первое место в американском чарте.",
 "Nirvana's album Nevermind, which turned grunge into a mainstream sound, came out in the early 1980s.")
add(C,"year","astronomy",
 "Salyut 1, the world's first space station, was launched by the Soviet Union on 19 April 1971.",
 "Первую в мире орбитальную станцию «Салют-1» Советский Союз вывел на орбиту 19 апреля 1961 года.")
add(C,"rank","astronomy",
 "Полярная звезда — самая яркая звезда ночного неба, поэтому по ней так легко найти направление на север.",
 "Polaris is far from the brightest star in the night sky; dozens of stars, with Sirius first among them, outshine it.")
add(C,"person","architecture",
 "The four presidential faces on Mount Rushmore were carved under the direction of Frédéric Auguste Bartholdi, the sculptor of the Statue of Liberty.",
 "Работами по высечению четырёх президентских лиц на горе Рашмор с 1927 года руководил скульптор Гатзон Борглум.")
add(C,"opposite","literature",
 "В 1933 году нацисты запретили роман Ремарка «На Западном фронте без перемен» и бросали его в костры вместе с другими книгами.",
 "After 1933 the Nazi government promoted Remarque's All Quiet on the Western Front and made it required reading in German schools.")
add(C,"entity","energy",
 "The Urengoy field in the Yamalo-Nenets region, discovered in 1966, is one of the largest natural gas fields in the world.",
 "Открытое в 1966 году Уренгойское месторождение в Ямало-Ненецком округе — одно из крупнейших в мире месторождений каменного угля.")
add(C,"duration","biology",
 "Стеллерову корову описал в 1741 году натуралист Георг Стеллер, а уже через 27 лет этих животных полностью истребили.",
 "Steller's sea cow, first described in 1741, survived around the Commander Islands for almost two centuries after its discovery.")
add(C,"date","environment",
 "On 20 July 1976 a reactor at a chemical plant near Seveso released a cloud of dioxin over the surrounding towns.",
 "Выброс диоксина с химического завода ICMESA, накрывший итальянский город Севезо, произошёл 10 июля 1976 года.")
add(C,"polarity","environment",
 "9 октября 1963 года плотина Вайонт на севере Италии не выдержала удара волны и рухнула, затопив долину Пьяве.",
 "In the Vajont disaster of October 1963 a landslide pushed a huge wave over the top of the dam, yet the concrete arch itself held and still stands.")
add(C,"polarity","culture",
 "Since October 2019 visitors have been banned from climbing Uluru, the sandstone monolith sacred to the Anangu people.",
 "Туристам и сегодня не запрещено подниматься на вершину Улуру — священной для аборигенов анангу скалы.")

# ---------------- related (10): same subject as a comparable row, different true facts
rel = []
def radd(domain, x, y):
    assert {_lang(x), _lang(y)} == {E, R}, (x, y)
    rel.append(dict(a=x, b=y, lang_a=_lang(x), lang_b=_lang(y), label="related", slot="topic", domain=domain))

radd("geography", "Verkhoyansk recorded −67.8 °C in February 1892, one of the lowest temperatures ever measured in the Northern Hemisphere.",
 "Верхоянск стоит на реке Яне в Якутии, и живёт в нём немногим более тысячи человек.")
radd("geography", "В 1961 году извержение вулкана вынудило всех жителей острова Тристан-да-Кунья эвакуироваться в Великобританию.",
 "Almost all of Tristan da Cunha's roughly 250 residents live in its only settlement, Edinburgh of the Seven Seas.")
radd("astronomy", "About 23 tonnes of fragments of the Sikhote-Alin meteorite have been recovered from the taiga.",
 "Самый крупный из найденных осколков Сихотэ-Алинского метеорита весит около 1,7 т.")
radd("sport", "Всего Рафаэль Надаль выиграл 22 турнира Большого шлема в одиночном разряде.",
 "Rafael Nadal won his first French Open in 2005, at the age of nineteen.")
radd("history", "Forty-one male passengers signed the Mayflower Compact aboard the ship off Cape Cod in November 1620.",
 "Почти половина переселенцев, прибывших в Америку на «Мэйфлауэре», умерла в первую же зиму.")
radd("food", "Напиток, впоследствии ставший Pepsi, аптекарь Калеб Брэдхэм впервые приготовил в 1893 году.",
 "The Pepsi-Cola trademark was registered in the United States in 1903.")
radd("law", "Twenty-eight Japanese wartime leaders were charged before the Tokyo tribunal, which opened in May 1946.",
 "Бывший премьер-министр Японии Хидэки Тодзё был повешен в декабре 1948 года.")
radd("music", "Последней оперой Россини стал «Вильгельм Телль» (1829), хотя композитор прожил после этого ещё почти сорок лет.",
 "Rossini's The Barber of Seville is based on a comedy by the French playwright Pierre Beaumarchais.")
radd("environment", "The ICMESA plant that released the dioxin cloud in 1976 actually stood in Meda, a town next to Seveso.",
 "Принятую в 1982 году директиву ЕЭС о предотвращении крупных промышленных аварий назвали в честь Севезо.")
radd("transport", "Корабль «Ваза» подняли со дна Стокгольмской гавани в 1961 году, спустя более трёхсот лет после крушения.",
 "Since 1990 the Vasa has been displayed in its own museum on the island of Djurgården in Stockholm.")

import json, collections, os
assert len(rows) == 60 and len(rel) == 10, (len(rows), len(rel))
for r in rows + rel:
    for k in ("a", "b"):
        n = len(r[k].split())
        assert 10 <= n <= 30, (n, r[k])
HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, "comparable_heldout17.jsonl"), "w", encoding="utf-8") as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "related_heldout17.jsonl"), "w", encoding="utf-8") as f:
    for r in rel: f.write(json.dumps(r, ensure_ascii=False) + "\n")

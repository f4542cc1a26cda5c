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
add(A,"date","history",
 "В декабре 1773 года бостонские колонисты, переодевшись индейцами, сбросили в гавань сотни ящиков чая в знак протеста против британского налога на чай.",
 "On the night of 16 December 1773, protesters boarded three ships at Griffin's Wharf and dumped 342 chests of tea into Boston Harbor.")
add(A,"century","history",
 "The Viking raid on the island monastery of Lindisfarne, off the Northumbrian coast, in 793 is often taken as the start of the Viking Age in England.",
 "Нападение викингов на монастырь Линдисфарн в конце VIII века принято считать началом эпохи скандинавских набегов на Англию.")
add(A,"decade","science",
 "Закон взаимодействия электрических зарядов Шарль Кулон установил в 1780-х годах, проводя опыты с крутильными весами.",
 "In 1785 Charles-Augustin de Coulomb published his finding that the electric force between two charges falls off with the square of the distance.")
add(A,"year","economy",
 "South Africa began minting the Krugerrand, a coin containing one troy ounce of fine gold, in 1967.",
 "Золотая монета крюгерранд, названная в честь Пауля Крюгера и национальной валюты ранда, чеканится в ЮАР с 1967 г.")
add(A,"rank","economy",
 "С 1 января 2023 г. Хорватия перешла на евро, став двадцатой страной еврозоны.",
 "When Croatia replaced the kuna with the euro at the start of 2023, it became the 20th member of the eurozone.")
add(A,"year","sport",
 "The first Giro d'Italia, organised by the sports newspaper La Gazzetta dello Sport, set off from Milan in May 1909.",
 "Велогонка «Джиро д'Италия» впервые прошла в 1909 году — через шесть лет после первой «Тур де Франс».")
add(A,"place","sport",
 "Кэти Фриман, зажёгшая олимпийский огонь на церемонии открытия, через десять дней выиграла золото в беге на 400 м на Играх в Сиднее.",
 "The Aboriginal runner Cathy Freeman won the Olympic 400 metres title on home soil, at the 2000 Games in Sydney.")
add(A,"year","culture",
 "The Hollywood sign went up in 1923 as an advertisement for a housing development and originally read 'Hollywoodland'.",
 "Знаменитая надпись HOLLYWOOD на холмах Лос-Анджелеса появилась в 1923 г. как реклама жилого квартала; окончание LAND с неё убрали в 1949-м.")
add(A,"year","music",
 "Опера Кристофа Виллибальда Глюка «Орфей и Эвридика» на либретто Кальцабиджи впервые была поставлена в Вене в 1762 году.",
 "Gluck's reform opera Orfeo ed Euridice was first performed at the Burgtheater in Vienna on 5 October 1762.")
add(A,"place","literature",
 "Alexander Herzen printed his émigré newspaper The Bell in London from 1857, and copies were smuggled into Russia.",
 "Газету «Колокол» Герцен и Огарёв издавали за границей, в Лондоне, откуда её тайно переправляли в Россию.")
add(A,"year","literature",
 "Роман Габриэля Гарсиа Маркеса «Сто лет одиночества» впервые увидел свет в 1967 году в аргентинском издательстве Sudamericana.",
 "One Hundred Years of Solitude, the novel that made Gabriel García Márquez famous around the world, was first published in Buenos Aires in 1967.")
add(A,"decade","geography",
 "Franz Josef Land was discovered in the 1870s by an Austro-Hungarian expedition led by Julius Payer and Karl Weyprecht.",
 "Архипелаг Земля Франца-Иосифа открыла в 1873 году австро-венгерская полярная экспедиция на судне «Тегетгоф», назвавшая его в честь императора.")
add(A,"rank","geography",
 "Балатон на западе Венгрии — крупнейшее по площади озеро Центральной Европы и популярное место летнего отдыха.",
 "No lake in Central Europe covers a larger area than Hungary's Balaton, which stretches for almost 80 km.")
add(A,"year","medicine",
 "The Swiss surgeon Theodor Kocher received the Nobel Prize in Physiology or Medicine in 1909 for his work on the thyroid gland.",
 "Теодор Кохер из Берна, изучавший щитовидную железу, стал в 1909 году первым хирургом — лауреатом Нобелевской премии.")
add(A,"year","medicine",
 "Британский врач Джон Лэнгдон Даун описал синдром, который теперь носит его имя, в 1866 году.",
 "Almost a century after John Langdon Down described the syndrome in 1866, researchers in 1959 traced it to an extra copy of chromosome 21.")
add(A,"date","law",
 "France's National Constituent Assembly adopted the Declaration of the Rights of Man and of the Citizen on 26 August 1789.",
 "Декларация прав человека и гражданина, провозгласившая, что люди рождаются свободными и равными в правах, была принята в конце августа 1789 года.")
add(A,"year","technology",
 "Электрогитару «Стратокастер» компания Лео Фендера из калифорнийского Фуллертона выпустила в 1954 году.",
 "Leo Fender's company began selling the Stratocaster, a solid-body electric guitar with three pickups, in 1954.")
add(A,"decade","transport",
 "Russia's first steam locomotive was built in the 1830s at the Nizhny Tagil ironworks by the father-and-son mechanics Yefim and Miron Cherepanov.",
 "В 1834 году отец и сын Черепановы построили в Нижнем Тагиле первый в России паровоз.")
add(A,"duration","transport",
 "Малолитражный «Ситроен 2CV» выпускался больше сорока лет и стал одним из самых массовых французских автомобилей.",
 "Citroën's 2CV, unveiled at the Paris Motor Show in 1948, stayed in production until 1990.")
add(A,"rank","astronomy",
 "Barnard's Star, a red dwarf about six light years away, has the largest proper motion of any known star.",
 "Ни одна известная звезда не перемещается по небу быстрее звезды Барнарда, чьё собственное движение измерил в 1916 г. Эдвард Барнард.")
add(A,"entity","biology",
 "Ехидны, как и утконос, относятся к однопроходным — млекопитающим, которые откладывают яйца.",
 "Echidnas are among the very few mammals that lay eggs rather than giving birth to live young; the platypus is another.")
add(A,"number","biology",
 "Methuselah, a Great Basin bristlecone pine in California's White Mountains, is more than 4,800 years old.",
 "Возраст остистой сосны по прозвищу Мафусаил, растущей в горах Калифорнии, превышает четыре тысячи восемьсот лет.")
add(A,"decade","food",
 "Ирландский кофе придумал в 1940-х годах шеф-повар Джо Шеридан для пассажиров гидросамолётов в Фойнсе, на западе Ирландии.",
 "Irish coffee was first served in 1943 to passengers at the flying-boat terminal at Foynes, County Limerick.")
add(A,"duration","food",
 "Traditional balsamic vinegar of Modena must be aged in wooden barrels for at least twelve years.",
 "Выдержка традиционного бальзамического уксуса из Модены длится не менее 12 лет, а экстравыдержанного — не менее 25 лет.")
add(A,"place","energy",
 "Плавучая атомная теплоэлектростанция «Академик Ломоносов» стоит в порту Певек на Чукотке.",
 "The floating nuclear power plant Akademik Lomonosov, towed to the Arctic town of Pevek in Chukotka, went into commercial operation in May 2020.")
add(A,"duration","energy",
 "Construction of the EPR reactor at Flamanville in Normandy began in 2007, and it was first connected to the French grid in December 2024.",
 "Третий энергоблок АЭС «Фламанвиль» с реактором EPR подключили к сети лишь спустя 17 лет после начала строительства.")
add(A,"number","environment",
 "Лесной пожар Camp Fire в ноябре 2018 г. уничтожил городок Парадайс и унёс жизни 85 человек — больше, чем любой другой пожар в истории Калифорнии.",
 "California's deadliest wildfire on record, the 2018 Camp Fire, killed eighty-five people and destroyed most of the town of Paradise.")
add(A,"organisation","environment",
 "In January 2019 a tailings dam at Vale's iron ore mine near Brumadinho in Brazil collapsed, killing about 270 people.",
 "25 января 2019 г. под Брумадинью в штате Минас-Жерайс прорвало дамбу хвостохранилища горнорудной компании Vale; погибли около 270 человек.")
add(A,"century","architecture",
 "Дом Мила, прозванный «Каменоломней», Антонио Гауди построил в Барселоне в начале XX века.",
 "Gaudí built Casa Milà, known as La Pedrera, on Barcelona's Passeig de Gràcia between 1906 and 1912.")
add(A,"month","news",
 "In November 2023 the Icelandic fishing town of Grindavík, home to about 3,700 people, was evacuated as magma built up beneath it.",
 "Жителей исландского города Гриндавик эвакуировали осенью 2023 года из-за угрозы вулканического извержения.")
# ---------------- contradict (30)
add(C,"year","history",
 "At Actium, off western Greece, Octavian's fleet under Agrippa defeated Mark Antony and Cleopatra in 31 BC.",
 "Морское сражение при мысе Акций, в котором флот Октавиана разбил Антония и Клеопатру, произошло в 31 году н. э.")
add(C,"person","history",
 "В 1314 году при Бэннокберне шотландская армия Роберта Брюса разгромила войско английского короля Эдуарда I.",
 "Robert the Bruce's victory at Bannockburn in June 1314 was won against a much larger English army led by Edward II.")
add(C,"month","history",
 "The French garrison at Dien Bien Phu surrendered to General Giap's Viet Minh in March 1954, a defeat that led to France's withdrawal from Indochina.",
 "Гарнизон французской крепости Дьенбьенфу капитулировал перед войсками Вьетминя 7 мая 1954 года, после почти двух месяцев осады.")
add(C,"organisation","science",
 "Брайан Джозефсон предсказал эффект, названный его именем, в 1962 году, будучи 22-летним аспирантом Кембриджского университета.",
 "The Josephson effect was predicted in 1962 by Brian Josephson, then a 22-year-old graduate student at the University of Oxford.")
add(C,"year","science",
 "Albert Einstein published his explanation of Brownian motion, the random jiggling of tiny particles suspended in a liquid, in 1905.",
 "Теорию броуновского движения — беспорядочного движения мелких частиц, взвешенных в жидкости, — Альберт Эйнштейн опубликовал в 1915 году.")
add(C,"entity","science",
 "Первый бозе-эйнштейновский конденсат Эрик Корнелл и Карл Виман получили в 1995 году из охлаждённых атомов натрия.",
 "In 1995 Eric Cornell and Carl Wieman in Boulder, Colorado, produced the first Bose–Einstein condensate, using a cloud of rubidium atoms.")
add(C,"scale","economy",
 "A Hong Kong court ordered the liquidation of China Evergrande in January 2024; the property developer owed more than 300 billion dollars.",
 "В январе 2024 года суд Гонконга постановил ликвидировать китайского застройщика Evergrande с долгами свыше 300 млн долларов.")
add(C,"money","technology",
 "В марте 2016 года программа AlphaGo обыграла в Сеуле Ли Седоля со счётом 4:1 и выиграла приз в 1 млн долларов, переданный на благотворительность.",
 "AlphaGo's 4–1 win over Lee Sedol in Seoul in March 2016 earned DeepMind a prize of 100,000 dollars, which it gave to charity.")
add(C,"percent","news",
 "In the May 2018 referendum, 56.4 percent of Irish voters backed removing the constitutional ban on abortion.",
 "На референдуме 25 мая 2018 года 66,4 % ирландских избирателей проголосовали за отмену восьмой поправки к конституции, запрещавшей аборты.")
add(C,"duration","news",
 "Извержение вулкана Кумбре-Вьеха на острове Ла-Пальма, начавшееся 19 сентября 2021 года, продолжалось 85 дней.",
 "The 2021 eruption of Cumbre Vieja on La Palma in the Canary Islands lasted only eight days before the lava stopped flowing.")
add(C,"duration","astronomy",
 "NASA's DART spacecraft hit the moonlet Dimorphos in September 2022 and shortened its orbit around Didymos by about 32 minutes.",
 "Столкнувшись в сентябре 2022 г. с Диморфом, аппарат DART сократил период его обращения вокруг Дидима примерно на 32 секунды.")
add(C,"rank","geography",
 "Бен-Невис высотой 1345 м — вторая по высоте вершина Британских островов после валлийского Сноудона.",
 "At 1,345 metres, Ben Nevis in the Scottish Highlands is the highest mountain in the British Isles.")
add(C,"rank","sport",
 "First run in April 1897, the Boston Marathon is the oldest annual marathon in the world.",
 "Бостонский марафон, впервые проведённый в 1897 году, — второй по возрасту из ежегодных марафонов мира.")
add(C,"place","music",
 "Шведская группа ABBA победила на конкурсе «Евровидение» 1974 года в английском Брайтоне с песней Waterloo.",
 "ABBA won the 1974 Eurovision Song Contest with 'Waterloo' at a show held in Dublin.")
add(C,"place","culture",
 "Walt Disney's first theme park, Disneyland, opened its gates in July 1955 in Orlando, Florida.",
 "Первый парк Уолта Диснея, Диснейленд, открылся 17 июля 1955 г. в Анахайме, в Южной Калифорнии.")
add(C,"place","music",
 "Балет Рейнгольда Глиэра «Красный мак» впервые поставили в 1927 году в ленинградском Малом оперном театре.",
 "Reinhold Glière's ballet The Red Poppy had its premiere at the Bolshoi Theatre in Moscow in June 1927.")
add(C,"person","architecture",
 "The Gherkin, the 180-metre tower at 30 St Mary Axe in the City of London, was designed by Norman Foster's firm and opened in 2004.",
 "Небоскрёб «Огурец» на Сент-Мэри-Экс в лондонском Сити, открытый в 2004 году, спроектировал Ричард Роджерс.")
add(C,"person","culture",
 "Фантастическую трагикомедию «Кин-дза-дза!» о путешествии на планету Плюк снял в 1986 году Георгий Данелия.",
 "Kin-dza-dza!, the cult Soviet science-fiction comedy of 1986, was directed by Eldar Ryazanov.")
add(C,"organisation","astronomy",
 "NASA's Giotto probe passed within about 600 km of the nucleus of Halley's Comet in March 1986.",
 "В марте 1986 года аппарат Европейского космического агентства «Джотто» сблизился с ядром кометы Галлея примерно до 600 км.")
add(C,"polarity","literature",
 "Роман «Гордость и предубеждение» вышел в 1813 году с именем Джейн Остин, напечатанным на титульном листе.",
 "When Pride and Prejudice appeared in 1813, Jane Austen's name was not on it: the title page said only 'By the Author of Sense and Sensibility'.")
add(C,"polarity","law",
 "The United States signed the Kyoto Protocol on greenhouse gas emissions but never ratified it.",
 "США подписали и ратифицировали Киотский протокол об ограничении выбросов парниковых газов.")
add(C,"century","literature",
 "Комедия Дениса Фонвизина «Недоросль» была впервые поставлена на сцене в начале XIX века.",
 "Denis Fonvizin's comedy The Minor, which mocks the ignorant provincial gentry, was first staged in St Petersburg in 1782.")
add(C,"decade","technology",
 "COBOL, a programming language for business data processing, was designed in 1959 by a committee that drew on Grace Hopper's FLOW-MATIC.",
 "Язык программирования COBOL, предназначенный для обработки деловых данных, был разработан в 1970-х годах.")
add(C,"date","transport",
 "Мост через пролив Большой Бельт между островами Зеландия и Фюн открыли для автомобилей 14 июня 1998 года.",
 "Cars first crossed the Great Belt link between Zealand and Funen on 4 June 1998, a year after the first trains.")
add(C,"date","news",
 "A magnitude 7.8 earthquake struck near Kaikōura on New Zealand's South Island on 24 November 2016.",
 "Землетрясение магнитудой 7,8 в районе Кайкоуры на Южном острове Новой Зеландии произошло вскоре после полуночи 14 ноября 2016 г. по местному времени.")
add(C,"year","medicine",
 "Английский врач Томас Ходжкин описал лимфому, названную впоследствии его именем, в 1932 году.",
 "Hodgkin lymphoma takes its name from Thomas Hodgkin of Guy's Hospital in London, who described it in a paper of 1832.")
add(C,"number","energy",
 "Germany switched off its last three nuclear reactors, Isar 2, Emsland and Neckarwestheim 2, on 15 April 2023.",
 "15 апреля 2023 года Германия остановила последние шесть действовавших атомных реакторов, завершив отказ от атомной энергетики.")
add(C,"number","environment",
 "Отступая из Кувейта в 1991 году, иракские войска подожгли более 600 нефтяных скважин.",
 "Retreating Iraqi troops set fire to about 60 Kuwaiti oil wells in 1991, and the blazes burned for months.")
add(C,"opposite","biology",
 "In 2016 the IUCN moved the giant panda from 'vulnerable' up to 'endangered' as its numbers in the wild kept falling.",
 "В 2016 году МСОП перевёл большую панду из категории «под угрозой исчезновения» в категорию «уязвимый вид» благодаря росту её численности в дикой природе.")
add(C,"year","food",
 "Франция запретила абсент в 1915 году, в разгар Первой мировой войны.",
 "France banned absinthe in 1951, after decades of campaigning against the 'green fairy'.")

# ---------------- related (10): same main subject, two different true facts
rel = []
def radd(domain, x, y):
    assert {_lang(x), _lang(y)} == {E, R}, (x, y)
    rel.append(dict(a=x, b=y, lang_a=_lang(x), lang_b=_lang(y), label="related", slot="topic", domain=domain))

radd("history",
 "The Battle of Bannockburn was fought over two days, on 23 and 24 June 1314.",
 "Англия признала независимость Шотландии лишь в 1328 году, через четырнадцать лет после Бэннокберна.")
radd("science",
 "В 1973 году Брайан Джозефсон получил Нобелевскую премию по физике.",
 "Brian Josephson predicted a supercurrent tunnelling between two superconductors in 1962.")
radd("music",
 "ABBA won the Eurovision Song Contest in 1974 with the song 'Waterloo'.",
 "В ноябре 2021 года группа ABBA выпустила альбом Voyage — первый за сорок лет.")
radd("literature",
 "Джейн Остин умерла летом 1817 года в Винчестере и похоронена в местном соборе.",
 "Jane Austen's Pride and Prejudice was first published in 1813.")
radd("astronomy",
 "The Giotto probe was launched on an Ariane rocket from Kourou in July 1985.",
 "Зонд «Джотто» назван в честь художника Джотто ди Бондоне, изобразившего комету на фреске в Падуе.")
radd("law",
 "Киотский протокол к Рамочной конвенции ООН об изменении климата был принят в декабре 1997 года.",
 "The Kyoto Protocol entered into force in February 2005, after Russia ratified it.")
radd("biology",
 "Bamboo makes up about 99 percent of the giant panda's diet.",
 "Большая панда водится в дикой природе только в горных лесах центрального Китая.")
radd("environment",
 "Пожар Camp Fire начался утром 8 ноября 2018 года в округе Бьютт в Калифорнии.",
 "Investigators found that the Camp Fire had been started by power lines owned by the utility PG&E.")
radd("medicine",
 "The surgeon Theodor Kocher was born in the Swiss capital, Bern, in 1841.",
 "Нобелевскую премию по физиологии и медицине Теодор Кохер получил в 1909 году.")
radd("sport",
 "Первая многодневная велогонка «Джиро д'Италия» стартовала в Милане в 1909 году.",
 "The pink jersey worn by the Giro leader, the maglia rosa, was introduced in 1931.")

import json, collections, os
assert len(rows) == 60 and len(rel) == 10, (len(rows), len(rel))
cnt = collections.Counter(r["label"] for r in rows)
assert cnt[A] == 30 and cnt[C] == 30, cnt
for r in rows + rel:
    assert {r["lang_a"], r["lang_b"]} == {E, R}, r
HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, "comparable_heldout31.jsonl"), "w", encoding="utf-8") as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "related_heldout31.jsonl"), "w", encoding="utf-8") as f:
    for r in rel: f.write(json.dumps(r, ensure_ascii=False) + "\n")

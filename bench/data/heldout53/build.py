#!/usr/bin/env python3
"""Build heldout53: independent EN/RU claim pairs (stdlib only).

Run: python3 build.py  -> writes comparable_heldout53.jsonl and related_heldout53.jsonl
next to this script.
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))

# (domain, label, slot, english, russian)
COMPARABLE = [
    # ---------------- history ----------------
    ("history", "agree", "year",
     "The Kalmar Union, which placed Denmark, Norway and Sweden under a single monarch, was formally created at the Swedish town of Kalmar in 1397.",
     "Кальмарская уния, объединившая под властью одного государя Данию, Норвегию и Швецию, была провозглашена в 1397 г. на съезде в Кальмаре."),
    ("history", "contradict", "century",
     "The Jacquerie, a brief but violent peasant revolt that began in the Beauvaisis region of northern France, broke out in the fourteenth century.",
     "Жакерия — кровопролитное крестьянское восстание на севере Франции, начавшееся в области Бовези, — вспыхнула в XVI веке и была быстро подавлена."),
    ("history", "agree", "date",
     "On 14 August 1385 King John I of Portugal, supported by English archers, routed a much larger Castilian army at Aljubarrota.",
     "Битва при Алжубарроте в августе 1385 года завершилась победой португальцев над кастильцами и надолго обеспечила независимость Португалии."),
    ("history", "contradict", "opposite",
     "At the Battle of Chaldiran in August 1514 the Ottoman army of Sultan Selim I defeated the Safavid forces of Shah Ismail I.",
     "В Чалдыранской битве в августе 1514 года османская армия султана Селима I потерпела поражение от войск сефевидского шаха Исмаила I."),
    ("history", "contradict", "person",
     "The Ems Dispatch, edited by Helmuth von Moltke and released to the press in July 1870, provoked France into declaring war on Prussia.",
     "Эмсская депеша, сокращённая Бисмарком и опубликованная в июле 1870 г., оскорбила французов и подтолкнула Францию к объявлению войны Пруссии."),
    # ---------------- science ----------------
    ("science", "agree", "person",
     "Gerty Cori shared the 1947 Nobel Prize in Physiology or Medicine with her husband Carl, becoming the first American woman to win a science Nobel.",
     "Нобелевскую премию по физиологии и медицине 1947 года Герти Кори получила вместе со своим мужем Карлом Кори и аргентинцем Бернардо Усаем."),
    ("science", "agree", "year",
     "Iodine was discovered in 1811 by the French chemist Bernard Courtois, who noticed a violet vapour while treating seaweed ash with sulphuric acid.",
     "Бернар Куртуа, получавший селитру с использованием золы морских водорослей, открыл йод в 1811 году; название элементу позже дал Гей-Люссак."),
    ("science", "contradict", "place",
     "Clemens Winkler, a chemistry professor at the Freiberg Mining Academy, discovered germanium in 1886 and named it after Germany.",
     "Германий открыл в 1886 г. профессор Гейдельбергского университета Клеменс Винклер, назвавший новый элемент в честь своей родины."),
    ("science", "agree", "organisation",
     "Alexis Carrel, a French surgeon working at the Rockefeller Institute in New York, won the 1912 Nobel Prize for his techniques of suturing blood vessels.",
     "Нобелевскую премию 1912 года получил работавший в нью-йоркском Рокфеллеровском институте хирург Алексис Каррель — за сосудистый шов и пересадку органов."),
    ("science", "contradict", "organisation",
     "Luc Montagnier and Françoise Barré-Sinoussi, who isolated HIV at the Curie Institute in Paris, shared the 2008 Nobel Prize in Medicine.",
     "Люк Монтанье и Франсуаза Барре-Синусси, выделившие ВИЧ в парижском Институте Пастера, стали лауреатами Нобелевской премии по медицине 2008 года."),
    # ---------------- geography ----------------
    ("geography", "agree", "rank",
     "The Great Aletsch Glacier on the southern side of the Bernese Alps is the largest glacier in the Alps, stretching for more than 20 kilometres.",
     "Большой Алечский ледник в швейцарском кантоне Вале — крупнейший ледник Альп; его длина составляет около 23 км."),
    ("geography", "contradict", "rank",
     "Lake Elton in Russia's Volgograd region, near the border with Kazakhstan, is the largest salt lake in Europe.",
     "Озеро Эльтон в Волгоградской области, недалеко от границы с Казахстаном, — лишь третье по величине солёное озеро Европы."),
    ("geography", "agree", "number",
     "Eisriesenwelt near Werfen in Austria is the largest ice cave in the world, with passages extending roughly 42 kilometres into the mountain.",
     "Айсризенвельт под австрийским городком Верфен считается крупнейшей ледяной пещерой мира: её ходы тянутся примерно на 42 км, хотя лёд есть только у входа."),
    ("geography", "contradict", "number",
     "Mawson Peak on Heard Island rises to 3,745 metres, which makes it higher than Mount Kosciuszko on the Australian mainland.",
     "Пик Моусон на австралийском острове Херд поднимается на 2745 м и выше горы Косцюшко, высшей точки материковой Австралии."),
    ("geography", "agree", "rank",
     "Stretching for about 179 kilometres, the Hardangerfjord in western Norway is the country's second-longest fjord after the Sognefjord.",
     "Хардангер-фьорд длиной 179 км — второй по протяжённости фьорд Норвегии, уступающий только Согне-фьорду."),
    # ---------------- economy ----------------
    ("economy", "contradict", "person",
     "In 1969 the Dutch economist Jan Tinbergen shared the first Nobel Memorial Prize in Economic Sciences with Ragnar Frisch of Norway.",
     "Первую Нобелевскую премию по экономике в 1969 году нидерландский экономист Ян Тинберген разделил со шведом Гуннаром Мюрдалем."),
    ("economy", "agree", "place",
     "The coffee company Lavazza grew out of a small grocery shop that Luigi Lavazza opened in Turin in 1895.",
     "История компании «Лавацца» началась в Турине, где Луиджи Лавацца в 1895 г. открыл бакалейную лавку."),
    ("economy", "contradict", "year",
     "Ferruccio Lamborghini, who had made his fortune building tractors, founded his sports car company at Sant'Agata Bolognese in 1953.",
     "Ферруччо Ламборгини, разбогатевший на выпуске тракторов, основал автомобильную компанию своего имени в 1963 году в Сант-Агата-Болоньезе."),
    ("economy", "contradict", "place",
     "Danone was founded in 1919 in Barcelona by Isaac Carasso, who named his yogurt business after his son Daniel.",
     "Компанию «Данон» основал в 1919 году в Марселе Исаак Карассо, назвавший своё производство йогуртов в честь сына Даниэля."),
    ("economy", "agree", "date",
     "The Banque de France was established in January 1800 on the initiative of Napoleon Bonaparte, then First Consul of the Republic.",
     "Банк Франции учреждён 18 января 1800 г. по инициативе первого консула Наполеона Бонапарта."),
    # ---------------- sport ----------------
    ("sport", "agree", "number",
     "Lottie Dod was only 15 when she won the Wimbledon ladies' singles in 1887, and she is still the youngest champion of the event.",
     "В 1887 году пятнадцатилетняя англичанка Лотти Дод выиграла Уимблдонский турнир и до сих пор остаётся самой юной победительницей в женском одиночном разряде."),
    ("sport", "contradict", "number",
     "At the 1988 Seoul Olympics the East German swimmer Kristin Otto won four gold medals.",
     "На Олимпиаде 1988 года в Сеуле пловчиха из ГДР Кристин Отто завоевала шесть золотых медалей."),
    ("sport", "contradict", "rank",
     "Hasely Crawford's win in the 100 metres at the 1976 Montreal Olympics gave Trinidad and Tobago its first Olympic gold medal.",
     "Победа Хейсли Кроуфорда в беге на 100 м на Играх 1976 года в Монреале принесла Тринидаду и Тобаго второе олимпийское золото."),
    ("sport", "agree", "rank",
     "Ethiopia's Derartu Tulu won the 10,000 metres at the 1992 Barcelona Olympics, becoming the first black African woman to take Olympic gold.",
     "Эфиопская бегунья Дерарту Тулу, выигравшая дистанцию 10 000 м в Барселоне, стала первой чернокожей африканкой — олимпийской чемпионкой."),
    ("sport", "contradict", "polarity",
     "Norway's Grete Waitz won the New York City Marathon nine times and was also crowned Olympic marathon champion.",
     "Норвежка Грете Вайтц девять раз побеждала на Нью-Йоркском марафоне, но олимпийской чемпионкой так и не стала."),
    # ---------------- culture ----------------
    ("culture", "agree", "year",
     "Vittorio De Sica's neorealist drama Bicycle Thieves, released in 1948, later received an honorary Academy Award as an outstanding foreign film.",
     "«Похитители велосипедов» Витторио Де Сики, вышедшие на экраны в 1948 году, удостоились почётного «Оскара» — конкурсной категории для иностранных фильмов тогда ещё не было."),
    ("culture", "contradict", "person",
     "Knife in the Water, the 1962 feature debut of Andrzej Wajda, was nominated for the Academy Award for Best Foreign Language Film.",
     "«Нож в воде» (1962) — первый полнометражный фильм Романа Поланского, выдвинутый на «Оскар» как лучший фильм на иностранном языке."),
    ("culture", "contradict", "opposite",
     "Jiří Menzel's Closely Watched Trains, adapted from a novella by Bohumil Hrabal, won the Oscar for best foreign-language film in 1968.",
     "Фильм Иржи Менцеля «Поезда под особым наблюдением» по повести Богумила Грабала проиграл в борьбе за «Оскар» 1968 года за лучший иностранный фильм."),
    ("culture", "agree", "date",
     "Edmond Rostand's verse play Cyrano de Bergerac opened in Paris on 28 December 1897, with Constant Coquelin in the title role.",
     "Премьера пьесы Эдмона Ростана «Сирано де Бержерак» прошла в парижском театре Порт-Сен-Мартен в конце декабря 1897 г. с огромным успехом."),
    ("culture", "agree", "number",
     "William Wyler's 1959 epic Ben-Hur, starring Charlton Heston, won eleven Academy Awards, including Best Picture.",
     "«Бен-Гур» Уильяма Уайлера получил 11 «Оскаров» — рекорд, который позднее повторили лишь «Титаник» и «Властелин колец: Возвращение короля»."),
    # ---------------- literature ----------------
    ("literature", "agree", "year",
     "Lucy Maud Montgomery's novel Anne of Green Gables, about an orphan girl on Prince Edward Island, was first published in 1908.",
     "Роман канадской писательницы Люси Мод Монтгомери «Энн из Зелёных Мезонинов» вышел в свет в 1908 году и быстро стал бестселлером."),
    ("literature", "agree", "year",
     "The Norwegian playwright and novelist Jon Fosse received the Nobel Prize in Literature in 2023.",
     "Нобелевская премия по литературе за 2023 г. была присуждена норвежцу Юну Фоссе — автору множества пьес и «Септологии»."),
    ("literature", "agree", "person",
     "Amphibian Man, the 1928 science-fiction novel about a young man given the gills of a shark, was written by Alexander Belyaev.",
     "Автор «Человека-амфибии» — Александр Беляев; его роман о юноше Ихтиандре, которому пересадили жабры акулы, вышел в 1928 г."),
    ("literature", "contradict", "rank",
     "Adam Bede, published in 1859, was the first novel by George Eliot, the pen name of Mary Ann Evans.",
     "«Адам Бид», вышедший в 1859 году, стал последним романом Джордж Элиот — так подписывалась Мэри Энн Эванс."),
    ("literature", "contradict", "decade",
     "Theodor Fontane's novel Effi Briest, the story of a young Prussian wife ruined by an old affair, appeared in the 1890s.",
     "Роман Теодора Фонтане «Эффи Брист» о молодой прусской дворянке, погубленной давней любовной связью, был опубликован в 1870-х годах."),
    # ---------------- music ----------------
    ("music", "agree", "place",
     "Béla Bartók's only opera, Bluebeard's Castle, received its first performance at the Budapest Opera House on 24 May 1918.",
     "Единственная опера Белы Бартока «Замок герцога Синяя Борода» впервые была поставлена в Будапеште в 1918 году."),
    ("music", "agree", "year",
     "Edvard Grieg wrote his Holberg Suite in 1884 for the bicentenary of the birth of the playwright Ludvig Holberg.",
     "Сюиту «Из времён Хольберга» Эдвард Григ сочинил в 1884 году к 200-летию со дня рождения драматурга Людвига Хольберга."),
    ("music", "contradict", "place",
     "Pietro Mascagni's one-act opera Cavalleria rusticana was first performed at the Teatro Costanzi in Rome on 17 May 1890.",
     "Одноактная опера Пьетро Масканьи «Сельская честь» впервые прозвучала 17 мая 1890 года на сцене миланского театра «Ла Скала»."),
    ("music", "agree", "organisation",
     "Puccini's comic opera Gianni Schicchi, the final panel of Il trittico, was first staged at the Metropolitan Opera in New York in December 1918.",
     "Премьера «Джанни Скикки» — заключительной части «Триптиха» Пуччини — состоялась 14 декабря 1918 г. в нью-йоркской «Метрополитен-опере»."),
    ("music", "contradict", "duration",
     "The Beatles' single Hey Jude, released in August 1968, spent four weeks at number one on the American Billboard Hot 100.",
     "Сингл «Hey Jude» группы «Битлз», выпущенный в августе 1968 года, девять недель возглавлял американский хит-парад Billboard Hot 100."),
    # ---------------- art ----------------
    ("art", "agree", "year",
     "Leonardo's portrait of Ginevra de' Benci, bought from the Prince of Liechtenstein in 1967, is the only painting by him in the Americas.",
     "Вашингтонская Национальная галерея искусства приобрела «Портрет Джиневры де Бенчи» в 1967 г.; это единственная картина Леонардо да Винчи в Америке."),
    ("art", "agree", "place",
     "Frederic Leighton's Flaming June, painted in 1895, belongs to the Museo de Arte de Ponce in Puerto Rico.",
     "Знаменитый «Пылающий июнь» Фредерика Лейтона хранится в Пуэрто-Рико, в Художественном музее города Понсе."),
    ("art", "contradict", "organisation",
     "Édouard Manet's last major painting, A Bar at the Folies-Bergère of 1882, hangs in the Courtauld Gallery in London.",
     "Последняя крупная картина Эдуара Мане «Бар в Фоли-Бержер» (1882) хранится в лондонской Национальной галерее."),
    ("art", "contradict", "scale",
     "Duncan Phillips bought Renoir's Luncheon of the Boating Party in 1923 for 125 million dollars, and it still hangs in Washington.",
     "«Завтрак гребцов» Ренуара коллекционер Дункан Филлипс купил в 1923 году за 125 тыс. долларов; картина и сегодня находится в Вашингтоне."),
    ("art", "contradict", "century",
     "Viktor Vasnetsov painted Alyonushka, his melancholy image of a girl sitting alone by a dark pond, in 1881.",
     "Картина «Алёнушка» с грустной девушкой у тёмного пруда написана Виктором Васнецовым в начале XX века."),
    # ---------------- law ----------------
    ("law", "agree", "month",
     "In November 1960 an Old Bailey jury found Penguin Books not guilty of obscenity for publishing the unexpurgated Lady Chatterley's Lover.",
     "2 ноября 1960 г. присяжные лондонского суда Олд-Бейли оправдали издательство «Пингвин», выпустившее полный текст «Любовника леди Чаттерли»."),
    ("law", "contradict", "polarity",
     "In Dudgeon v United Kingdom in 1981 the European Court of Human Rights held that Northern Ireland's ban on homosexual acts did not breach the right to private life.",
     "В деле «Даджен против Соединённого Королевства» (1981) Европейский суд по правам человека признал, что запрет гомосексуальных отношений в Северной Ирландии нарушал право на частную жизнь."),
    ("law", "agree", "date",
     "In Costa v ENEL, decided on 15 July 1964, the European Court of Justice held that Community law prevails over conflicting national legislation.",
     "Летом 1964 г. в решении по делу «Коста против ENEL» Суд европейских сообществ закрепил верховенство права Сообщества над национальными законами."),
    ("law", "contradict", "day",
     "The US Supreme Court decided Bush v. Gore on 12 December 2000, halting the Florida recount by a five-to-four vote.",
     "Верховный суд США вынес решение по делу «Буш против Гора» 22 декабря 2000 г., остановив пересчёт голосов во Флориде."),
    ("law", "contradict", "month",
     "President Andrew Jackson signed the Indian Removal Act, which allowed tribes to be moved west of the Mississippi, in March 1830.",
     "Закон о переселении индейцев, позволивший выселять племена за Миссисипи, президент Эндрю Джексон подписал в мае 1830 года."),
    # ---------------- technology ----------------
    ("technology", "agree", "number",
     "The original Ferris Wheel, built by George Ferris for the 1893 World's Columbian Exposition in Chicago, stood about 80 metres tall.",
     "Первое колесо обозрения Джорджа Ферриса высотой 264 фута построили в Чикаго к Всемирной выставке 1893 года."),
    ("technology", "contradict", "decade",
     "The Lockheed SR-71 Blackbird, the American strategic reconnaissance aircraft, made its first flight in December 1974.",
     "Стратегический самолёт-разведчик «Локхид SR-71 Блэкберд» впервые поднялся в воздух в декабре 1964 года."),
    ("technology", "agree", "date",
     "The Douglas DC-3 airliner made its maiden flight on 17 December 1935, the anniversary of the Wright brothers' first flight.",
     "Пассажирский самолёт «Дуглас DC-3» впервые поднялся в воздух в декабре 1935 г."),
    ("technology", "contradict", "opposite",
     "In 1866 Brunel's giant steamship Great Eastern successfully laid the first lasting telegraph cable across the Atlantic.",
     "В 1866 г. гигантский пароход Брюнеля «Грейт Истерн» потерпел неудачу при прокладке трансатлантического телеграфного кабеля."),
    ("technology", "contradict", "duration",
     "Building the Göta Canal, which links Lake Vänern with the Baltic Sea, took twelve years and was completed in 1832.",
     "Строительство Гёта-канала, связавшего озеро Венерн с Балтийским морем, продолжалось 22 года и завершилось в 1832 г."),
    # ---------------- disasters ----------------
    ("disasters", "agree", "number",
     "The earthquake that struck L'Aquila in central Italy on 6 April 2009 killed 309 people and badly damaged the historic centre.",
     "Землетрясение в итальянской области Абруццо весной 2009 г. унесло 309 жизней; сильнее всего пострадал город Л'Акуила."),
    ("disasters", "contradict", "number",
     "The fire at King's Cross Underground station on 18 November 1987, which started beneath a wooden escalator, killed 13 people.",
     "Пожар на станции лондонского метро «Кингс-Кросс» 18 ноября 1987 года, начавшийся под деревянным эскалатором, унёс жизни 31 человека."),
    ("disasters", "contradict", "year",
     "The Ladbroke Grove rail crash in west London on 5 October 1999 killed 31 people after a train passed a red signal.",
     "Крушение у Ладброк-Гроув на западе Лондона произошло 5 октября 1989 года: поезд проехал запрещающий сигнал, погиб 31 человек."),
    ("disasters", "agree", "place",
     "On 8 October 2001 a Scandinavian Airlines MD-87 hit a business jet in thick fog at Milan's Linate airport, killing 118 people.",
     "Самая тяжёлая авиакатастрофа в истории Италии произошла в 2001 году в миланском аэропорту Линате, где в тумане столкнулись два самолёта."),
    ("disasters", "agree", "date",
     "The Erzincan earthquake of 27 December 1939 devastated eastern Turkey and killed roughly 33,000 people.",
     "В конце декабря 1939 г. землетрясение магнитудой 7,8 разрушило турецкий город Эрзинджан и унесло около 33 тыс. жизней."),
]

# (domain, english, russian): same subject as a comparable pair, two different true facts
RELATED = [
    ("history",
     "The Kalmar Union effectively came to an end in 1523, when Gustav Vasa was elected King of Sweden.",
     "Создательницей Кальмарской унии была датская королева Маргарита I, добившаяся коронации своего внучатого племянника Эрика Померанского."),
    ("sport",
     "Besides tennis, Lottie Dod won a silver medal in archery at the 1908 Olympic Games in London.",
     "Лотти Дод пять раз становилась чемпионкой Уимблдона в одиночном разряде, последний раз — в 1893 году."),
    ("culture",
     "Lew Wallace's novel Ben-Hur: A Tale of the Christ, on which the film was based, was published in 1880.",
     "За главную роль в фильме «Бен-Гур» 1959 года Чарлтон Хестон получил премию «Оскар» как лучший актёр."),
    ("literature",
     "Lucy Maud Montgomery, the author of Anne of Green Gables, was born in 1874 on Prince Edward Island.",
     "Продолжение романа «Энн из Зелёных Мезонинов» — книга «Энн из Эйвонли» — вышло в свет в 1909 году."),
    ("literature",
     "Jon Fosse writes mainly in Nynorsk, one of the two official written standards of the Norwegian language.",
     "Юн Фоссе родился в 1959 году в Хаугесунне, на западном побережье Норвегии."),
    ("technology",
     "Isambard Kingdom Brunel, who designed the Great Eastern, died in 1859, the year of the ship's first trial voyage.",
     "Пароход «Грейт Истерн» был рассчитан примерно на четыре тысячи пассажиров и долго оставался крупнейшим судном в мире."),
    ("science",
     "Gerty Cori was born in Prague in 1896 and studied medicine at the German university there.",
     "Герти Кори умерла в 1957 году в Сент-Луисе, где много лет работала в Вашингтонском университете."),
    ("disasters",
     "In 2012 an Italian court convicted seven members of a risk commission of manslaughter over the L'Aquila earthquake.",
     "Л'Акуила — административный центр итальянской области Абруццо, расположенный в Апеннинах на высоте около 700 м."),
    ("technology",
     "The Göta Canal was championed by the naval officer Baltzar von Platen, who died in 1829, three years before it opened.",
     "Общая протяжённость Гёта-канала составляет около 190 км, из которых примерно 87 км прорыты вручную."),
    ("literature",
     "Theodor Fontane, the author of Effi Briest, was born in 1819 in the Brandenburg town of Neuruppin.",
     "В 1974 году Райнер Вернер Фассбиндер снял по роману «Эффи Брист» фильм с Ханной Шигуллой в главной роли."),
]

SLOTS = {"year", "date", "month", "day", "decade", "century", "number", "percent", "money",
         "scale", "duration", "place", "person", "organisation", "entity", "rank",
         "polarity", "opposite"}
DOMAINS = {"history", "science", "geography", "economy", "sport", "culture", "literature",
           "music", "art", "law", "technology", "disasters"}


def lang(text):
    cyr = len(re.findall(r"[А-Яа-яЁё]", text))
    lat = len(re.findall(r"[A-Za-z]", text))
    return "ru" if cyr > lat else "en"


def ntok(text):
    return len(text.split())


def make_row(en, ru, ru_first, **extra):
    assert lang(en) == "en", en
    assert lang(ru) == "ru", ru
    for s in (en, ru):
        assert 10 <= ntok(s) <= 30, (ntok(s), s)
    a, b = (ru, en) if ru_first else (en, ru)
    row = {"a": a, "b": b, "lang_a": lang(a), "lang_b": lang(b)}
    row.update(extra)
    return row


def main():
    comp = []
    seen = {"agree": 0, "contradict": 0}
    for domain, label, slot, en, ru in COMPARABLE:
        assert domain in DOMAINS and slot in SLOTS and label in seen
        ru_first = seen[label] % 2 == 0  # alternate within each label
        seen[label] += 1
        comp.append(make_row(en, ru, ru_first, label=label, slot=slot, domain=domain))
    rel = []
    for i, (domain, en, ru) in enumerate(RELATED):
        assert domain in DOMAINS
        rel.append(make_row(en, ru, i % 2 == 0, label="related", slot="topic", domain=domain))

    # ---- assertions ----
    assert len(comp) == 60, len(comp)
    assert len(rel) == 10, len(rel)
    for lab in ("agree", "contradict"):
        rows = [r for r in comp if r["label"] == lab]
        assert len(rows) == 30, (lab, len(rows))
        ru_first = sum(1 for r in rows if r["lang_a"] == "ru")
        assert ru_first == 15, (lab, ru_first)
    for r in comp + rel:
        assert {r["lang_a"], r["lang_b"]} == {"en", "ru"}, r
        assert lang(r["a"]) == r["lang_a"] and lang(r["b"]) == r["lang_b"]
        assert 10 <= ntok(r["a"]) <= 30 and 10 <= ntok(r["b"]) <= 30
    csl = [r["slot"] for r in comp if r["label"] == "contradict"]
    assert len(set(csl)) >= 12, set(csl)
    assert max(csl.count(s) for s in set(csl)) <= 5
    doms = [r["domain"] for r in comp]
    assert max(doms.count(d) for d in set(doms)) <= 8
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"

    with open(os.path.join(HERE, "comparable_heldout53.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "related_heldout53.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))


if __name__ == "__main__":
    main()

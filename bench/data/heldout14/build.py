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
 "At Agincourt in northern France, on 25 October 1415, the archers of King Henry V defeated a larger French army.",
 "Битва при Азенкуре, в которой англичане Генриха V разгромили цвет французского рыцарства, произошла 25.10.1415.")
add(A,"number","history",
 "Первым федеральным канцлером ФРГ Конрад Аденауэр был избран в сентябре 1949 г. перевесом всего в один голос — как потом выяснилось, его собственный.",
 "Konrad Adenauer became West Germany's first chancellor in 1949, when the Bundestag elected him by a majority of a single vote.")
add(A,"year","science",
 "Michael Faraday discovered electromagnetic induction in 1831, showing that a changing magnetic field can drive an electric current in a wire.",
 "Явление электромагнитной индукции открыл в 1831 г. английский физик и химик Майкл Фарадей, работавший в Королевском институте.")
add(A,"number","science",
 "В январе 1610 года Галилео Галилей, направив свой телескоп на Юпитер, обнаружил рядом с планетой четыре спутника.",
 "Io, Europa, Ganymede and Callisto, the four largest moons of Jupiter, were discovered by Galileo in 1610.")
add(A,"number","geography",
 "Badwater Basin in California's Death Valley lies 282 feet below sea level, the lowest point in North America.",
 "Самая низкая точка Северной Америки — впадина Бэдуотер в Долине Смерти, расположенная примерно на 86 м ниже уровня моря.")
add(A,"place","geography",
 "Пролив Босфор, разделяющий Стамбул на европейскую и азиатскую части, соединяет Чёрное море с Мраморным.",
 "The Bosphorus, a narrow strait between Europe and Asia, links the Black Sea with the Sea of Marmara.")
add(A,"date","economy",
 "The English East India Company was created by a royal charter that Queen Elizabeth I granted on 31 December 1600.",
 "Английская Ост-Индская компания, ставшая впоследствии крупнейшей торговой компанией своего времени, получила хартию Елизаветы I в последний день 1600 года.")
add(A,"money","economy",
 "Билл Хьюлетт и Дэвид Паккард основали свою компанию в 1939 г. в гараже в Пало-Алто, располагая капиталом всего в 538 долларов.",
 "Hewlett-Packard was started in a Palo Alto garage with just $538 of working capital.")
add(A,"number","sport",
 "Don Bradman ended his Test career in 1948 with a batting average of 99.94, far above that of any other cricketer.",
 "Средний результат австралийца Дональда Брэдмена в тестовых матчах по крикету — почти 100 ранов, и никто из игроков даже близко не подошёл к этому показателю.")
add(A,"number","sport",
 "На Олимпийских играх 1984 г. в Лос-Анджелесе американский легкоатлет Карл Льюис стал четырёхкратным олимпийским чемпионом.",
 "Carl Lewis won four gold medals at the 1984 Los Angeles Olympics, in the 100 m, the 200 m, the long jump and the sprint relay.")
add(A,"century","technology",
 "The Bluetooth wireless standard is named after Harald Bluetooth, a Danish king of the tenth century who united rival tribes.",
 "Беспроводная технология Bluetooth получила своё название в честь датского короля X века Харальда Синезубого.")
add(A,"month","technology",
 "Польский математик Мариан Реевский впервые восстановил устройство немецкой шифровальной машины «Энигма» в декабре 1932 года.",
 "Late in 1932 the Polish cryptologist Marian Rejewski broke the German Enigma cipher, nearly seven years before the Poles shared their results with British and French codebreakers.")
add(A,"year","medicine",
 "Ebola virus disease was first identified in 1976, during two outbreaks in Zaire and Sudan.",
 "Вирус Эбола впервые описали в 1976 г.; своё название он получил по реке Эбола на севере Заира, нынешней ДР Конго.")
add(A,"decade","medicine",
 "Британский хирург Джозеф Листер начал обрабатывать раны и инструменты карболовой кислотой в 1860-х годах.",
 "In 1867 Joseph Lister published his first results on antiseptic surgery, in which carbolic acid was used to prevent infection.")
add(A,"date","law",
 "President Lyndon B. Johnson signed the Civil Rights Act, which outlawed segregation in public places, on July 2, 1964.",
 "Закон о гражданских правах, запретивший расовую сегрегацию в общественных местах США, вступил в силу летом 1964 г.")
add(A,"date","transport",
 "Бруклинский мост через Ист-Ривер, соединивший Манхэттен с Бруклином, был открыт 24 мая 1883 г.",
 "After more than a decade of construction, the Brooklyn Bridge opened to traffic in May 1883.")
add(A,"place","food",
 "Cheddar cheese takes its name from the village of Cheddar in Somerset, where it was once matured in nearby caves.",
 "Сыр чеддер назван по деревне Чеддер в английском графстве Сомерсет на юго-западе страны.")
add(A,"date","music",
 "«Рапсодия в стиле блюз» Джорджа Гершвина впервые прозвучала 12 февраля 1924 г. в нью-йоркском Эолиан-холле.",
 "George Gershwin's Rhapsody in Blue was first performed in February 1924, with the composer himself playing the piano part.")
add(A,"number","astronomy",
 "The Andromeda Galaxy, the nearest large spiral galaxy to the Milky Way, lies about 2.5 million light-years away.",
 "Расстояние до галактики Андромеды составляет примерно два с половиной миллиона световых лет.")
add(A,"duration","astronomy",
 "Зонд «Кассини» работал на орбите Сатурна с 2004 по 2017 г., после чего его намеренно направили в атмосферу планеты.",
 "NASA's Cassini spacecraft orbited Saturn for thirteen years before its mission ended with a plunge into the planet in September 2017.")
add(A,"century","architecture",
 "Work on Cologne Cathedral began in 1248, but the building was finally completed only in 1880.",
 "Кёльнский собор достроили лишь в XIX веке — спустя более чем шесть столетий после закладки первого камня.")
add(A,"year","architecture",
 "Колизей был открыт в 80 г. н. э. при императоре Тите, и игры в честь его открытия продолжались сто дней.",
 "The Flavian Amphitheatre in Rome, better known as the Colosseum, was inaugurated by the emperor Titus in AD 80.")
add(A,"date","literature",
 "James Joyce's Ulysses was published in Paris by Sylvia Beach's bookshop Shakespeare and Company on 2 February 1922, the author's fortieth birthday.",
 "Роман Джеймса Джойса «Улисс» впервые вышел отдельной книгой в Париже в феврале 1922 года.")
add(A,"year","literature",
 "Редьярд Киплинг стал первым англоязычным писателем, получившим Нобелевскую премию по литературе, — это произошло в 1907 году.",
 "Rudyard Kipling won the Nobel Prize in Literature in 1907 and, at 41, is still its youngest laureate.")
add(A,"number","energy",
 "The Itaipu Dam on the Paraná River, shared by Brazil and Paraguay, has an installed capacity of 14,000 megawatts.",
 "Установленная мощность ГЭС Итайпу на границе Бразилии и Парагвая составляет 14 ГВт.")
add(A,"date","energy",
 "Первую в мире управляемую цепную ядерную реакцию группа Энрико Ферми осуществила в Чикаго 2 декабря 1942 г.",
 "Chicago Pile-1, assembled beneath the stands of a university football field, went critical for the first time on December 2, 1942.")
add(A,"number","biology",
 "The cheetah is the fastest land animal, able to reach about 70 miles per hour in short bursts.",
 "Гепард способен развивать скорость около 110 км/ч, и ни одно наземное животное не бегает быстрее.")
add(A,"date","environment",
 "Весной 1989 г. танкер «Эксон Вальдес» сел на риф у берегов Аляски, и в море вылились десятки тысяч тонн нефти.",
 "The tanker Exxon Valdez ran aground on Bligh Reef in Alaska's Prince William Sound on 24 March 1989.")
add(A,"year","culture",
 "Wagner's festival at Bayreuth opened in 1876 with the first complete staging of The Ring of the Nibelung.",
 "Байройтский фестиваль, основанный Рихардом Вагнером для постановки собственных опер, впервые прошёл в августе 1876 г.")
add(A,"rank","transport",
 "Метрополитен Глазго, открытый в декабре 1896 г., считается третьим по возрасту подземным метрополитеном в мире.",
 "Only the London Underground and the Budapest metro are older than the Glasgow Subway, which opened in 1896.")
# ---------------- contradict (30); FALSE[i] = which side (1 = first, 2 = second) is false
FALSE = []
def cadd(slot, domain, false_side, a, b):
    FALSE.append(false_side)
    add(C, slot, domain, a, b)
cadd("year","history",2,
 "Soviet Russia left the First World War by signing the Treaty of Brest-Litovsk with the Central Powers on 3 March 1918.",
 "Брестский мир, по которому Советская Россия вышла из Первой мировой войны, был подписан в марте 1919 г.")
cadd("date","history",1,
 "Соглашение о создании СНГ, констатировавшее, что СССР прекращает существование, главы России, Украины и Белоруссии подписали в Беловежской пуще 18 декабря 1991 г.",
 "In a government hunting lodge in western Belarus, the leaders of Russia, Ukraine and Belarus signed the Belovezha Accords on 8 December 1991.")
cadd("month","economy",1,
 "General Motors filed for Chapter 11 bankruptcy protection in January 2009, in one of the largest industrial bankruptcies in US history.",
 "Крупнейший автоконцерн США General Motors объявил о своём банкротстве и обратился в суд 1 июня 2009 года.")
cadd("money","economy",2,
 "В 2005 г. компания Procter & Gamble купила производителя бритв Gillette примерно за 57 млрд долларов.",
 "Procter & Gamble took over the razor maker Gillette in 2005 in a deal worth about 27 billion dollars.")
cadd("century","medicine",2,
 "Hippocrates of Kos, often called the father of Western medicine, lived in the fifth and fourth centuries BC.",
 "Древнегреческий врач Гиппократ, уроженец острова Кос, жил во II веке н. э. и считается отцом медицины.")
cadd("century","astronomy",1,
 "Иоганн Кеплер опубликовал первые два закона движения планет в XVIII веке, в трактате «Новая астрономия».",
 "Johannes Kepler set out his first two laws of planetary motion in Astronomia nova, published in 1609.")
cadd("decade","culture",2,
 "The Berlin International Film Festival, known as the Berlinale, was first held in June 1951 in West Berlin.",
 "Первый Берлинский международный кинофестиваль, ныне известный как Берлинале, прошёл в Западном Берлине в 1960-х годах.")
cadd("decade","energy",2,
 "Плотину Гувера на реке Колорадо строили в годы Великой депрессии и завершили в 1936 г.",
 "The Hoover Dam on the Colorado River was built in the 1950s, during the post-war boom in American infrastructure.")
cadd("duration","environment",1,
 "After the Deepwater Horizon rig exploded in April 2010, oil gushed from the damaged well for less than a week before it was capped.",
 "Нефть из скважины, повреждённой при взрыве платформы Deepwater Horizon, поступала в Мексиканский залив 87 дней, пока утечку не остановили в середине июля 2010 г.")
cadd("duration","architecture",1,
 "Небоскрёб Крайслер-билдинг, достроенный в Нью-Йорке в 1930 году, оставался самым высоким зданием мира более десяти лет.",
 "The Chrysler Building was the tallest building in the world for less than a year, until the Empire State Building surpassed it in 1931.")
cadd("number","science",2,
 "On the Fahrenheit scale, still used for everyday temperatures in the United States, water freezes at 32 degrees and boils at 212.",
 "По шкале Фаренгейта вода замерзает при 32 градусах, а закипает ровно при 100 градусах.")
cadd("scale","science",2,
 "Астероид, образовавший кратер Чиксулуб на полуострове Юкатан, упал на Землю около 66 млн лет назад.",
 "The Chicxulub crater in Mexico's Yucatán Peninsula was left by an asteroid that struck the Earth about 66 thousand years ago.")
cadd("number","transport",1,
 "The Airbus A380, the largest passenger airliner ever built, is powered by two engines mounted under its wings.",
 "Самый большой пассажирский самолёт в мире Airbus A380 оснащён четырьмя турбовентиляторными двигателями.")
cadd("percent","biology",1,
 "Яйцо, которое откладывает самка новозеландской птицы киви, весит всего около 2 % массы её тела.",
 "A female kiwi lays an egg that can weigh up to 20 percent of her own body weight, one of the largest relative to body size of any bird.")
cadd("percent","geography",2,
 "Since the 1960s Lake Chad has lost roughly 90 percent of its surface area because of droughts and irrigation.",
 "С 1960-х годов площадь озера Чад в Центральной Африке сократилась лишь примерно на 9 %.")
cadd("money","law",2,
 "По договору Гуадалупе-Идальго 1848 г. США выплатили Мексике 15 млн долларов за отошедшие к ним территории.",
 "Under the Treaty of Guadalupe Hidalgo, signed in February 1848, the United States paid Mexico 50 million dollars for the ceded lands.")
cadd("polarity","law",2,
 "In Dred Scott v. Sandford, decided in 1857, the US Supreme Court held that Black Americans could not be citizens of the United States.",
 "В 1857 г. Верховный суд США в деле Дреда Скотта признал, что чернокожие американцы могут быть гражданами страны.")
cadd("place","food",1,
 "Camembert, a soft cheese with a white bloomy rind, was first made in Brittany in the late eighteenth century.",
 "Мягкий сыр камамбер происходит из одноимённой деревни в Нормандии, где его, по преданию, впервые сделала Мари Арель в 1791 г.")
cadd("opposite","food",1,
 "Традиционный шотландский хаггис из бараньих потрохов свободно ввозится в США с 1971 года, когда американские власти разрешили его продажу.",
 "Since 1971 the United States has banned traditional Scottish haggis, because its recipe includes sheep's lung.")
cadd("place","music",2,
 "Симфония № 9 «Из Нового Света» Антонина Дворжака впервые прозвучала в Карнеги-холле в Нью-Йорке в декабре 1893 г.",
 "Antonín Dvořák's Symphony No. 9, From the New World, had its first performance in Prague after the composer returned home.")
cadd("polarity","music",1,
 "The melody Joseph Haydn wrote in 1797 for the Austrian emperor was dropped by Germany after 1945 and is no longer heard as its anthem.",
 "Мелодия, написанная Йозефом Гайдном в 1797 г. для гимна австрийского императора, и сегодня звучит в государственном гимне Германии.")
cadd("person","astronomy",2,
 "Working at the Harvard College Observatory, Henrietta Swan Leavitt discovered the period–luminosity relation of Cepheid variables, published in 1912.",
 "Зависимость «период — светимость» для цефеид открыла в 1912 г. Энни Джамп Кэннон из Гарвардской обсерватории.")
cadd("person","culture",2,
 "Кунсткамера в Санкт-Петербурге, первый музей России, была основана Петром I в 1714 году.",
 "The Kunstkamera in St Petersburg, Russia's first museum, was founded in 1714 on the orders of Catherine the Great.")
cadd("organisation","technology",1,
 "Портативную игровую консоль Game Boy, впервые поступившую в продажу в Японии в апреле 1989 г., выпустила компания Sega.",
 "Nintendo released the Game Boy handheld console in Japan in April 1989 and in North America a few months later.")
cadd("organisation","environment",2,
 "The Bhopal gas leak of December 1984 came from a pesticide plant run by an Indian subsidiary of Union Carbide.",
 "Утечка ядовитого газа в индийском Бхопале в декабре 1984 г. произошла на заводе американской компании DuPont.")
cadd("rank","geography",2,
 "Канченджанга высотой 8586 м на границе Непала и Индии — третья по высоте вершина мира после Эвереста и К2.",
 "Kangchenjunga, on the border between Nepal and India, is the second-highest mountain on Earth, surpassed only by Everest.")
cadd("polarity","sport",2,
 "Valeri Kharlamov, the Soviet forward who starred in the 1972 Summit Series, was inducted into the Hockey Hall of Fame in 2005.",
 "Знаменитого советского нападающего Валерия Харламова так и не включили в Зал хоккейной славы в Торонто.")
cadd("polarity","biology",2,
 "Колибри — единственные птицы, способные летать не только вперёд, но и задом наперёд.",
 "Like all other birds, hummingbirds are unable to fly backwards, although they can hover in one place.")
cadd("opposite","literature",1,
 "Max Brod carried out Franz Kafka's last wish and burned his friend's unpublished manuscripts, including the unfinished novel The Trial.",
 "Вопреки воле Франца Кафки, просившего сжечь его рукописи, Макс Брод опубликовал после смерти друга романы «Процесс» и «Замок».")
cadd("year","literature",1,
 "Повесть Чарльза Диккенса «Рождественская песнь в прозе» о скряге Эбенезере Скрудже вышла в свет в 1863 г.",
 "Charles Dickens published A Christmas Carol, the story of the miser Ebenezer Scrooge, in December 1843.")

# ---------------- related (10): same subject, two different true facts
rel = []
def radd(domain, x, y):
    assert {_lang(x), _lang(y)} == {E, R}, (x, y)
    rel.append(dict(a=x, b=y, lang_a=_lang(x), lang_b=_lang(y), label="related", slot="topic", domain=domain))

radd("history", "At Agincourt the English relied above all on their longbowmen, who shot from behind rows of sharpened stakes.",
 "После победы при Азенкуре Генрих V по договору в Труа 1420 г. был признан наследником французского престола.")
radd("science", "В 1833–1834 гг. Майкл Фарадей сформулировал законы электролиза, которые теперь носят его имя.",
 "Faraday began his scientific career in 1813 as a laboratory assistant to Humphry Davy at the Royal Institution.")
radd("transport", "John A. Roebling, who designed the Brooklyn Bridge, died in 1869 before construction began, and his son Washington took charge.",
 "На момент открытия в 1883 г. Бруклинский мост был самым длинным висячим мостом в мире.")
radd("literature", "Франц Кафка умер от туберкулёза в июне 1924 г. в санатории Кирлинг под Веной.",
 "For most of his working life Kafka was employed by the Workers' Accident Insurance Institute in Prague.")
radd("energy", "The first generating unit at the Itaipu Dam began producing electricity in May 1984.",
 "ГЭС Итайпу принадлежит двум государствам — Бразилии и Парагваю, которые делят вырабатываемую энергию поровну.")
radd("biology", "В отличие от большинства кошачьих, гепард не может полностью втягивать когти.",
 "Unlike lions and tigers, the cheetah cannot roar; it purrs, chirps and yelps instead.")
radd("economy", "General Motors left bankruptcy protection in July 2009, roughly forty days after filing.",
 "После выхода из банкротства около 60 % акций General Motors получило правительство США.")
radd("culture", "Байройтский Дом торжественных представлений был построен по замыслу Вагнера специально для исполнения его опер.",
 "At Bayreuth the orchestra pit is covered, so the audience cannot see the musicians.")
radd("sport", "Valeri Kharlamov spent his whole top-level career with CSKA Moscow.",
 "Валерий Харламов погиб в автокатастрофе на Ленинградском шоссе под Москвой в августе 1981 г. в возрасте 33 лет.")
radd("astronomy", "Зонд «Кассини» назван в честь астронома Джованни Доменико Кассини, открывшего четыре спутника Сатурна.",
 "Cassini carried the European Huygens probe, which landed on Saturn's moon Titan in January 2005.")

import json, collections, os
assert len(rows) == 60 and len(rel) == 10, (len(rows), len(rel))
HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, "comparable_heldout14.jsonl"), "w", encoding="utf-8") as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "related_heldout14.jsonl"), "w", encoding="utf-8") as f:
    for r in rel: f.write(json.dumps(r, ensure_ascii=False) + "\n")

import json
E, R = "en", "ru"
rows = []
import re as _re
def _lang(t):
    return R if len(_re.findall('[А-Яа-яЁё]', t)) > len(_re.findall('[A-Za-z]', t)) else E
def add(label, slot, domain, x, y, ru_first=False):
    a, b = (y, x) if ru_first else (x, y)
    assert {_lang(a), _lang(b)} == {E, R}, (a, b)
    rows.append(dict(a=a, b=b, lang_a=_lang(a), lang_b=_lang(b), label=label, slot=slot, domain=domain))
A, C = "agree", "contradict"
# ---------------- agree (30)
add(A,"date","history",
 "Napoleon won his most celebrated victory over the combined Russian and Austrian armies at Austerlitz on 2 December 1805.",
 "Сражение при Аустерлице, в котором Наполеон разгромил русско-австрийские войска, произошло 2.12.1805.")
add(A,"year","history",
 "In 1770 a Russian squadron nominally led by Count Alexei Orlov burned almost the entire Ottoman fleet in Chesma Bay, off the Aegean coast of Anatolia.",
 "В Чесменском сражении 1770 года русский флот под началом Алексея Орлова уничтожил турецкую эскадру.", ru_first=True)
add(A,"date","history",
 "Emperor Alexander II was mortally wounded by a bomb thrown by members of the People's Will group in St Petersburg in March 1881.",
 "Александр II погиб 1 (13) марта 1881 года в Петербурге в результате покушения, организованного «Народной волей».")
add(A,"century","history",
 "The Black Death swept across Europe in the middle of the fourteenth century, killing perhaps a third of the continent's population.",
 "Эпидемия чумы, вошедшая в историю как «чёрная смерть», опустошила Европу в середине XIV века.", ru_first=True)
add(A,"year","science",
 "Copernicus's book On the Revolutions of the Heavenly Spheres was printed in 1543, shortly before its author died.",
 "Главный труд Николая Коперника «О вращении небесных сфер» вышел в свет в 1543 году, в год смерти астронома.")
add(A,"entity","geography",
 "Крупнейший остров планеты — Гренландия, автономная территория в составе Королевства Дания.",
 "Greenland, a self-governing part of the Kingdom of Denmark, is the largest island in the world.")
add(A,"number","geography",
 "Lake Ladoga, north-east of St Petersburg, is the largest lake entirely in Europe, covering roughly 18,000 square kilometres.",
 "Площадь Ладожского озера, самого большого в Европе, составляет около 17,9 тыс. км².", ru_first=True)
add(A,"number","geography",
 "Mont Blanc, on the border between France and Italy, is the highest mountain in the Alps at about 4,800 metres.",
 "Высота Монблана — высочайшей вершины Альп, стоящей на франко-итальянской границе, — составляет около 4,8 километра.")
add(A,"duration","science",
 "Беременность у африканской слонихи длится почти два года — дольше, чем у любого другого наземного млекопитающего.",
 "The pregnancy of an African elephant lasts about 22 months, the longest of any land mammal.")
add(A,"duration","history",
 "Catherine the Great ruled Russia for 34 years, from her husband's overthrow in 1762 until her death in 1796.",
 "Екатерина II занимала российский престол тридцать четыре года — дольше любой другой женщины в истории страны.", ru_first=True)
add(A,"number","economy",
 "In October 2019 Japan raised its consumption tax from 8 to 10 percent despite fears for household spending.",
 "С 1 октября 2019 года ставка японского налога на потребление составляет 10%, хотя прежде она равнялась восьми процентам.")
add(A,"number","geography",
 "По данным официальной статистики, в Китае проживает свыше 1,4 млрд человек.",
 "China is home to more than 1.4 billion people, making it one of the two most populous countries on Earth.")
add(A,"number","economy",
 "In 2012 the Walt Disney Company agreed to buy George Lucas's film studio Lucasfilm for about 4 billion dollars.",
 "Сделка по покупке студии Lucasfilm компанией Disney, заключённая в 2012 году, обошлась покупателю в 4,05 млрд долларов.", ru_first=True)
add(A,"month","economy",
 "Britain abandoned the gold standard in September 1931, in the depths of the Great Depression.",
 "Осенью 1931 года, а именно 21 сентября, Банк Англии прекратил размен фунта стерлингов на золото.")
add(A,"year","sport",
 "В 1975 году Анатолий Карпов стал чемпионом мира по шахматам без игры, так как Роберт Фишер отказался защищать титул.",
 "Anatoly Karpov became world chess champion in 1975 without a match being played, after Bobby Fischer declined to defend his crown.")
add(A,"year","sport",
 "CSKA Moscow won the UEFA Cup in 2005, beating Sporting 3-1 in the final in Lisbon.",
 "Армейцы Москвы завоевали Кубок УЕФА в 2005 году, обыграв в финале лиссабонский «Спортинг» на его же стадионе.", ru_first=True)
add(A,"year","culture",
 "Ivan Turgenev's novel Fathers and Sons, with its nihilist hero Bazarov, first appeared in 1862.",
 "Роман И. С. Тургенева «Отцы и дети» был опубликован в 1862 г.")
add(A,"year","culture",
 "Премьера оперы Глинки «Жизнь за царя», известной также как «Иван Сусанин», состоялась в Петербурге в 1836 году.",
 "Mikhail Glinka's opera A Life for the Tsar was first staged in St Petersburg in 1836.")
add(A,"decade","culture",
 "Sergei Diaghilev's Ballets Russes gave its first ballet season in Paris in 1909.",
 "Первые балетные «Русские сезоны» Сергея Дягилева прошли в Париже в конце 1900-х годов.", ru_first=True)
add(A,"month","technology",
 "Samuel Morse sent the message 'What hath God wrought' over a telegraph line from Washington to Baltimore in May 1844.",
 "В мае 1844 года Сэмюэл Морзе передал по телеграфу из Вашингтона в Балтимор фразу «Чудны дела Твои, Господи!».")
add(A,"year","technology",
 "Полной эксплуатационной готовности американская спутниковая система навигации GPS достигла в 1995 году.",
 "The US Global Positioning System was declared fully operational in 1995.")
add(A,"year","medicine",
 "The first successful kidney transplant, between identical twins, was performed in Boston in 1954 by a team led by Joseph Murray.",
 "В 1954 году бостонский хирург Джозеф Мюррей впервые успешно пересадил почку; донором стал однояйцевый близнец больного.", ru_first=True)
add(A,"date","medicine",
 "The World Health Organization declared the spread of COVID-19 a pandemic on 11 March 2020.",
 "11.03.2020 Всемирная организация здравоохранения официально объявила вспышку новой коронавирусной инфекции пандемией.")
add(A,"person","medicine",
 "Нобелевскую премию по физиологии и медицине 1908 года за труды по иммунитету разделили Илья Мечников и Пауль Эрлих.",
 "Ilya Mechnikov shared the 1908 Nobel Prize in Physiology or Medicine with Paul Ehrlich for their work on immunity.")
add(A,"year","law",
 "In Miranda v. Arizona, decided in 1966, the US Supreme Court required police to inform suspects of their rights before questioning.",
 "Решение Верховного суда США по делу «Миранда против Аризоны» (1966) обязало полицию разъяснять задержанным их права.", ru_first=True)
add(A,"century","law",
 "The English Parliament passed the Habeas Corpus Act, protecting subjects against unlawful detention, in 1679.",
 "Акт о хабеас корпус, защищавший подданных от произвольного ареста, был принят английским парламентом в последней четверти XVII века.")
add(A,"date","transport",
 "Ленинградский метрополитен, второй в Советском Союзе, принял первых пассажиров 15 ноября 1955 года.",
 "The first line of the Leningrad Metro opened to passengers on 15 November 1955, twenty years after Moscow's.")
add(A,"month","transport",
 "Sapsan high-speed trains began carrying passengers between Moscow and St Petersburg in December 2009.",
 "Скоростные поезда «Сапсан» курсируют между Москвой и Санкт-Петербургом с 17 декабря 2009 года.", ru_first=True)
add(A,"number","food",
 "A standard bottle of wine, the size used by most producers around the world, holds 750 millilitres.",
 "Большинство виноделов разливает вино в стандартные бутылки объёмом 0,75 литра.")
add(A,"entity","food",
 "Характерный тёмно-красный цвет борщу придаёт свёкла, которую обычно тушат отдельно.",
 "Borscht, the soup widely eaten in Ukraine and Russia, owes its deep red colour to beetroot.")
# ---------------- contradict (30)
add(C,"year","history",
 "The volunteer militia of Kuzma Minin and Prince Dmitry Pozharsky drove the Polish garrison out of the Moscow Kremlin in 1612.",
 "Ополчение Минина и Пожарского освободило Москву от польских интервентов в 1621 году.", ru_first=True)
add(C,"century","history",
 "The fleet of the Holy League crushed the Ottoman navy at the Battle of Lepanto in 1571.",
 "Битва при Лепанто, где корабли Священной лиги разбили турецкий флот, произошла в XVII веке.")
add(C,"opposite","science",
 "Лёд плотнее жидкой воды, поэтому, оказавшись в ней, он сразу тонет.",
 "Because ice is less dense than liquid water, it floats on it.")
add(C,"person","science",
 "The electron was discovered in 1897 by the British physicist J. J. Thomson at the Cavendish Laboratory in Cambridge.",
 "Электрон открыл в 1897 году Эрнест Резерфорд, работавший тогда в Кавендишской лаборатории.", ru_first=True)
add(C,"percent","science",
 "Humans and chimpanzees share about 98.8 percent of their DNA, according to genome comparisons.",
 "ДНК человека и шимпанзе совпадает лишь примерно на шестьдесят процентов.")
add(C,"place","geography",
 "Пустыня Атакама, одно из самых засушливых мест на Земле, расположена на юге Аргентины.",
 "The Atacama Desert, one of the driest places on Earth, lies in northern Chile along the Pacific coast.")
add(C,"number","geography",
 "Iceland, one of Europe's most sparsely populated countries, has fewer than 400,000 inhabitants.",
 "Население Исландии, небольшой островной страны на севере Атлантики, составляет около 4 млн человек.", ru_first=True)
add(C,"polarity","history",
 "Norway has never joined the European Union; its voters rejected membership in referendums in 1972 and 1994.",
 "По итогам референдума 1994 года Норвегия вступила в Европейский союз.")
add(C,"opposite","history",
 "На референдуме 2016 года большинство британцев высказалось за сохранение членства страны в Евросоюзе.",
 "In the June 2016 referendum a majority of British voters chose to leave the European Union.")
add(C,"duration","history",
 "The Battle of Verdun lasted about ten months, from February to December 1916, and cost hundreds of thousands of lives.",
 "Битва под Верденом в 1916 году продолжалась около трёх месяцев.", ru_first=True)
add(C,"duration","transport",
 "Charles Lindbergh's solo non-stop flight from New York to Paris in May 1927 took about 33 and a half hours.",
 "Беспосадочный перелёт Чарльза Линдберга из Нью-Йорка в Париж в 1927 году занял около 13 часов.")
add(C,"year","economy",
 "Американская энергетическая компания Enron обанкротилась в 2003 году после громкого бухгалтерского скандала.",
 "The US energy giant Enron filed for bankruptcy in December 2001, weeks after admitting to years of accounting fraud.")
add(C,"money","economy",
 "Microsoft bought the internet telephony service Skype in 2011 for 8.5 billion dollars.",
 "В 2011 году Microsoft приобрела сервис интернет-телефонии Skype примерно за 3,5 млрд долларов.", ru_first=True)
add(C,"month","food",
 "The first McDonald's restaurant in the Soviet Union opened on Moscow's Pushkin Square on 31 January 1990.",
 "Первый в СССР ресторан «Макдоналдс» открылся на Пушкинской площади в Москве в июне 1990 года.")
add(C,"duration","food",
 "По правилам консорциума минимальный срок выдержки сыра пармиджано-реджано составляет всего три месяца.",
 "Under the consortium's rules, the minimum ageing period for Parmigiano Reggiano cheese is twelve months.")
add(C,"place","sport",
 "Ayrton Senna was killed in a crash at the San Marino Grand Prix at Imola in May 1994.",
 "Айртон Сенна разбился насмерть в мае 1994 года на трассе в Монце во время Гран-при Италии.", ru_first=True)
add(C,"person","sport",
 "Bobby Fischer won the world chess title in Reykjavík in 1972 by defeating Boris Spassky.",
 "В 1972 году в Рейкьявике Роберт Фишер завоевал шахматную корону, победив Михаила Таля.")
add(C,"polarity","sport",
 "На зимних Олимпийских играх 2018 года в Пхёнчхане российские спортсмены выступали под национальным флагом.",
 "At the 2018 Winter Olympics in Pyeongchang, Russian athletes could not compete under their national flag and took part as Olympic Athletes from Russia.")
add(C,"century","culture",
 "Rembrandt completed his group portrait known as The Night Watch in 1642.",
 "Знаменитый групповой портрет «Ночной дозор» кисти Рембрандта был написан в XVIII веке.", ru_first=True)
add(C,"place","culture",
 "Johannes Vermeer's Girl with a Pearl Earring hangs in the Mauritshuis in The Hague.",
 "Картина Яна Вермеера «Девушка с жемчужной серёжкой» хранится в Рейксмюсеуме в Амстердаме.")
add(C,"decade","culture",
 "Джаз как самостоятельный музыкальный жанр зародился в Новом Орлеане в 1950-х годах.",
 "Jazz took shape in New Orleans around the turn of the twentieth century, drawing on blues and ragtime.")
add(C,"organisation","technology",
 "The Java programming language was created in the early 1990s at Sun Microsystems.",
 "Язык программирования Java был разработан в начале 1990-х в компании IBM.", ru_first=True)
add(C,"opposite","technology",
 "In 2014 Nokia sold its mobile phone business to Microsoft.",
 "В 2014 году финская Nokia купила у корпорации Microsoft подразделение по выпуску мобильных телефонов.")
add(C,"entity","medicine",
 "Рахит у детей вызывается прежде всего нехваткой витамина C в организме.",
 "Rickets in children is caused mainly by a lack of vitamin D, which the body needs to absorb calcium.")
add(C,"entity","medicine",
 "Insulin, the hormone that lowers blood sugar, is produced by beta cells in the pancreas.",
 "Инсулин — гормон, снижающий уровень сахара в крови, — вырабатывается клетками печени.", ru_first=True)
add(C,"polarity","medicine",
 "Malaria is not passed from person to person through coughing or sneezing; it is spread by the bites of infected mosquitoes.",
 "Малярия передаётся от человека к человеку воздушно-капельным путём, например при кашле.")
add(C,"person","law",
 "Соборное уложение, свод законов Русского государства, было принято в 1649 году при царе Михаиле Фёдоровиче.",
 "The Sobornoye Ulozheniye, Russia's great law code, was adopted in 1649 under Tsar Alexei Mikhailovich.")
add(C,"number","law",
 "The 26th Amendment, ratified in 1971, lowered the voting age in US elections from 21 to 18.",
 "Двадцать шестая поправка к Конституции США, ратифицированная в 1971 году, снизила возраст избирателей с 21 года до 16 лет.", ru_first=True)
add(C,"year","transport",
 "San Francisco's Golden Gate Bridge was opened to traffic in 1937.",
 "Мост Золотые Ворота в Сан-Франциско открыли для движения в 1947 году.")
add(C,"month","transport",
 "Японские скоростные поезда синкансэн начали перевозить пассажиров между Токио и Осакой в апреле 1964 года.",
 "Japan's first Shinkansen bullet-train line, between Tokyo and Osaka, opened in October 1964, just before the Tokyo Olympics.")

rel = []
def radd(domain, x, y):
    assert {_lang(x), _lang(y)} == {E, R}, (x, y)
    rel.append(dict(a=x, b=y, lang_a=_lang(x), lang_b=_lang(y), label="related", slot="topic", domain=domain))

radd("geography", "Lake Ladoga, north-east of St Petersburg, is the largest lake entirely in Europe.",
 "Из Ладожского озера вытекает Нева, которая через 74 километра впадает в Финский залив.")
radd("science", "Николай Коперник поместил в центр мира Солнце, а не Землю, как считалось со времён Птолемея.",
 "Nicolaus Copernicus was born in the Prussian city of Toruń in 1473.")
radd("transport", "Japan's first Shinkansen line, opened in 1964, connected Tokyo and Osaka.",
 "На современных линиях синкансэн поезда развивают скорость до 320 км/ч.")
radd("sport", "Бельгийский велогонщик Эдди Меркс пять раз выигрывал «Тур де Франс».",
 "Eddy Merckx was born in 1945 and grew up in a suburb of Brussels.")
radd("culture", "Rembrandt's The Night Watch is the best-known painting in the Rijksmuseum in Amsterdam.",
 "Рембрандт Харменс ван Рейн родился в Лейдене в 1606 году в семье мельника.")
radd("medicine", "Витамин D вырабатывается в коже человека под действием солнечного ультрафиолета.",
 "Rickets mainly affects young children, whose bones become soft and may bend.")
radd("economy", "Before its collapse, the energy trader Enron was headquartered in Houston, Texas.",
 "Вслед за крахом Enron фактически прекратила существование её аудиторская фирма Arthur Andersen.")
radd("transport", "Мост Золотые Ворота выкрашен в оранжево-красный цвет, получивший название «международный оранжевый».",
 "The Golden Gate Bridge spans the strait linking San Francisco Bay with the Pacific Ocean.")
radd("food", "Parmigiano Reggiano is a hard cheese made from raw cow's milk.",
 "Пармиджано-реджано производят только в нескольких провинциях Северной Италии, включая Парму и Реджо-Эмилию.")
radd("technology", "Главным создателем языка программирования Java считается канадский программист Джеймс Гослинг.",
 "Sun Microsystems announced the Java language to the public in 1995.")

import json, collections, os
_k = 0
for _r in rows:
    if _r["lang_a"] == R:
        _k += 1
        if _k % 4 == 0:
            _r["a"], _r["b"], _r["lang_a"], _r["lang_b"] = _r["b"], _r["a"], _r["lang_b"], _r["lang_a"]
assert len(rows) == 60 and len(rel) == 10, (len(rows), len(rel))
HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, "comparable_heldout11.jsonl"), "w", encoding="utf-8") as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "related_heldout11.jsonl"), "w", encoding="utf-8") as f:
    for r in rel: f.write(json.dumps(r, ensure_ascii=False) + "\n")

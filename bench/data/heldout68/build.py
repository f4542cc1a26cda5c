#!/usr/bin/env python3
"""Build heldout68: independent EN/RU claim pairs (stdlib only).

Each comparable row: (en, ru, label, slot, domain, ru_first).
Each related row:    (en, ru, subject, ru_first, domain).
For every contradict row a comment names the FALSE side; the other side is true.
"""
import json
import os
import re

C, A = "contradict", "agree"

COMPARABLE = [
    # ---------------- history ----------------
    # FALSE: ru (the battle was fought on 10 September 1547, not in October)
    ("The Battle of Pinkie Cleugh, fought near Musselburgh on 10 September 1547, ended in a heavy defeat of the Scottish army by the English.",
     "Битва при Пинки близ Масселборо, в которой англичане наголову разбили шотландцев, произошла в октябре 1547 года.",
     C, "month", "history", True),
    # FALSE: ru (Stoke Field rebels backed Lambert Simnel; Perkin Warbeck came later, in the 1490s)
    ("At the Battle of Stoke Field on 16 June 1487, Henry VII defeated a rebel army fighting for the pretender Lambert Simnel.",
     "В битве при Стоуке 16 июня 1487 г. Генрих VII разгромил мятежников, поддерживавших самозванца Перкина Уорбека.",
     C, "person", "history", False),
    # FALSE: ru (the one-off payment was 200,000 florins)
    ("Under the Peace of Zsitvatorok of November 1606, the Habsburgs made a one-off payment of 200,000 florins and stopped paying annual tribute to the Sultan.",
     "По Житваторокскому миру 1606 г. Габсбурги единовременно выплатили султану 50 тыс. флоринов, после чего ежегодная дань прекратилась.",
     C, "money", "history", True),
    ("At Vaslui in January 1475, Stephen the Great of Moldavia routed a much larger Ottoman army led by Hadım Suleiman Pasha.",
     "10 января 1475 г. молдавский господарь Штефан III Великий наголову разбил под Васлуем, на реке Бырлад, многочисленное османское войско.",
     A, "date", "history", False),
    ("The Battle of Worringen, fought on 5 June 1288, settled the War of the Limburg Succession in favour of Duke John I of Brabant.",
     "Победа герцога Жана I Брабантского при Воррингене летом 1288 года решила затяжной спор о лимбургском наследстве.",
     A, "person", "history", False),
    # ---------------- science ----------------
    # FALSE: ru (Pregl's prize was for 1923)
    ("The Austrian chemist Fritz Pregl received the 1923 Nobel Prize in Chemistry for developing quantitative microanalysis of organic substances.",
     "Фриц Прегль, создатель метода количественного микроанализа органических веществ, получил Нобелевскую премию по химии в 1929 году.",
     C, "year", "science", True),
    # FALSE: ru (Virtanen's prize was in Chemistry)
    ("Finnish biochemist Artturi Ilmari Virtanen won the Nobel Prize in Chemistry in 1945 for his method of preserving fresh fodder.",
     "Финский биохимик Арттури Виртанен, придумавший способ консервации свежих кормов, был удостоен в 1945 г. Нобелевской премии по физиологии и медицине.",
     C, "entity", "science", False),
    ("Adolf Windaus was awarded the Nobel Prize in Chemistry in 1928 for his research on sterols and their connection with vitamins.",
     "Немецкий химик Адольф Виндаус, изучавший стерины и их связь с витаминами, стал нобелевским лауреатом 1928 года.",
     A, "year", "science", True),
    ("Alfred Werner, a professor at the University of Zurich, won the 1913 Nobel Prize in Chemistry for his work on the linkage of atoms in molecules.",
     "В 1913 г. Нобелевскую премию по химии получил создатель координационной теории Альфред Вернер, преподававший в Цюрихском университете.",
     A, "place", "science", False),
    ("Wilhelm Wien received the Nobel Prize in Physics in 1911 for his discoveries regarding the laws governing the radiation of heat.",
     "Нобелевская премия по физике за 1911 год была присуждена немецкому учёному Вильгельму Вину за открытия в области законов теплового излучения.",
     A, "year", "science", True),
    # ---------------- geography ----------------
    # FALSE: ru (the falls are about 580 m high)
    ("Sutherland Falls in New Zealand's Fiordland drop about 580 metres in three leaps, making them one of the highest waterfalls in the country.",
     "Водопад Сатерленд во Фьордленде на Южном острове Новой Зеландии низвергается тремя каскадами с высоты около 250 метров.",
     C, "number", "geography", True),
    # FALSE: ru (the Svir flows into Lake Ladoga, not the White Sea)
    ("The Svir River, about 224 km long, carries water from Lake Onega westward into Lake Ladoga.",
     "Река Свирь длиной 224 км вытекает из Онежского озера и несёт свои воды в Белое море.",
     C, "place", "geography", False),
    # FALSE: ru (Apo is the highest mountain of the Philippines)
    ("Mount Apo, a dormant volcano on Mindanao rising to about 2,954 metres, is the highest mountain in the Philippines.",
     "Вулкан Апо на острове Минданао высотой 2954 м — лишь третья по высоте вершина Филиппин.",
     C, "rank", "geography", True),
    ("Mount Pico, on the Azorean island of the same name, rises to 2,351 metres and is the highest point in Portugal.",
     "Высота вулкана Пику на Азорских островах — около 2,35 тыс. м; это высшая точка Португалии.",
     A, "number", "geography", False),
    ("Mount Yamantau in Bashkortostan, at roughly 1,640 metres, is the highest peak of the Southern Urals.",
     "Гора Ямантау высотой 1640 м, расположенная на территории Башкортостана, — высшая точка Южного Урала.",
     A, "rank", "geography", True),
    # ---------------- economy ----------------
    # FALSE: ru (the first charter dates from 1731)
    ("The Swedish East India Company, based in Gothenburg, was granted its first royal charter in 1731 and traded mainly with China.",
     "Шведская Ост-Индская компания со штаб-квартирой в Гётеборге получила первую королевскую привилегию только в 1751 году.",
     C, "year", "economy", False),
    # FALSE: ru (the charter was granted in 1722; Charles VI died in 1740)
    ("The Ostend Company, chartered by Emperor Charles VI in 1722, was suspended only five years later under pressure from Britain and the Dutch Republic.",
     "Остендская компания, торговавшая с Индией и Китаем, получила привилегию императора Карла VI в 1740-х годах.",
     C, "decade", "economy", True),
    ("The Mondragon cooperative group traces its origins to 1956, when five young engineers set up a small workshop making paraffin stoves in the Basque town of Mondragón.",
     "История корпорации «Мондрагон» началась в 1956 году с кооператива Ulgor, созданного в баскском городке по инициативе священника Хосе Марии Арисмендиарриеты.",
     A, "year", "economy", False),
    ("Germany's Reichsbank opened for business on 1 January 1876, taking over the role of the Prussian Bank.",
     "Рейхсбанк, центральный банк Германской империи, начал работу в начале 1876 г., сменив Прусский банк.",
     A, "year", "economy", True),
    ("Carl Zeiss opened his small workshop for precision mechanics and optics in the university town of Jena in 1846.",
     "Оптическое предприятие Карла Цейса ведёт начало от небольшой мастерской, открытой им в Йене в ноябре 1846 года.",
     A, "place", "economy", False),
    # ---------------- sport ----------------
    # FALSE: ru (she was 16 in Munich)
    ("Ulrike Meyfarth was only 16 when she won the high jump at the 1972 Munich Olympics, becoming the youngest champion in the event.",
     "Ульрике Мейфарт выиграла соревнования по прыжкам в высоту на Олимпиаде 1972 года в Мюнхене в возрасте 19 лет.",
     C, "number", "sport", True),
    # FALSE: ru (first played in 1923)
    ("The Wightman Cup, an annual women's team tennis contest between the United States and Great Britain, was first played in 1923.",
     "Кубок Уайтман — ежегодное командное соревнование теннисисток США и Великобритании — впервые был разыгран в 1930-х годах.",
     C, "decade", "sport", False),
    # FALSE: ru (Bottecchia won the Tour in 1924 and again in 1925)
    ("In 1924 Ottavio Bottecchia became the first Italian to win the Tour de France, wearing the yellow jersey from the first stage to the last.",
     "Итальянский велогонщик Оттавио Боттеккья так и не смог выиграть «Тур де Франс», хотя был близок к победе в 1924 г.",
     C, "polarity", "sport", True),
    ("Dutch speed skater Ard Schenk won three gold medals at the 1972 Winter Olympics in Sapporo.",
     "На Играх 1972 г. в Саппоро нидерландский конькобежец Ард Шенк стал чемпионом на дистанциях 1500, 5000 и 10 000 м.",
     A, "number", "sport", False),
    ("Philippe Thys of Belgium was the first rider to win the Tour de France three times.",
     "Бельгийский велогонщик Филипп Тис первым в истории трижды становился победителем «Тур де Франс» — в 1913, 1914 и 1920 годах.",
     A, "number", "sport", True),
    # ---------------- culture ----------------
    # FALSE: ru (founded in 1951)
    ("Wexford Festival Opera, known for reviving forgotten operas, was founded in the Irish town in 1951 by the local doctor Tom Walsh.",
     "Оперный фестиваль в ирландском Уэксфорде, возрождающий забытые оперы, был основан в 1970-х годах.",
     C, "decade", "culture", True),
    # FALSE: ru (the architect was Domènech i Montaner, not Gaudí)
    ("The Palau de la Música Catalana in Barcelona, completed in 1908, was designed by the modernista architect Lluís Domènech i Montaner.",
     "Здание Палау де ла Музика Каталана в Барселоне, завершённое в 1908 г., спроектировал архитектор Антонио Гауди.",
     C, "person", "culture", False),
    ("Palermo's Teatro Massimo, the largest opera house in Italy, opened in May 1897 with Verdi's Falstaff.",
     "Театр Массимо в Палермо, крупнейший оперный театр Италии, был открыт в 1897 году, через 22 года после закладки.",
     A, "year", "culture", True),
    ("Warsaw's Palace of Culture and Science, a Soviet gift completed in 1955, is about 237 metres tall including its spire.",
     "Высота варшавского Дворца культуры и науки вместе со шпилем — 237 м; здание построено по проекту Льва Руднева.",
     A, "number", "culture", False),
    ("Vienna's Giant Ferris Wheel in the Prater was built in 1897 to a design by the English engineer Walter Basset.",
     "Колесо обозрения Ризенрад в венском парке Пратер работает с 1897 года — его сооружение приурочили к юбилею императора Франца Иосифа.",
     A, "year", "culture", True),
    # ---------------- literature ----------------
    # FALSE: ru (Johnson wrote it in the evenings of a single week)
    ("Samuel Johnson wrote Rasselas in the evenings of a single week in 1759 to pay for his mother's funeral.",
     "Сэмюэл Джонсон работал над повестью «Расселас» почти три года, чтобы оплатить похороны матери.",
     C, "duration", "literature", False),
    # FALSE: ru (the novel is set on Mauritius, then Île de France)
    ("Bernardin de Saint-Pierre's novel Paul et Virginie, published in 1788, is set on the island of Mauritius, then called Île de France.",
     "Действие романа Бернардена де Сен-Пьера «Поль и Виргиния» (1788) разворачивается на острове Реюньон в Индийском океане.",
     C, "place", "literature", True),
    # FALSE: ru (published in 1820; Maturin died in 1824)
    ("Charles Maturin's Gothic novel Melmoth the Wanderer was published in Edinburgh in 1820.",
     "Готический роман ирландского писателя Чарлза Метьюрина «Мельмот Скиталец» впервые вышел в свет в 1830 году.",
     C, "year", "literature", False),
    ("Virgin Soil, published in 1877, was the last of Ivan Turgenev's six novels.",
     "«Новь» — шестой и последний роман Тургенева, появившийся в печати в 1877 году.",
     A, "rank", "literature", True),
    ("Voltaire's philosophical tale Zadig first appeared in 1747 under the title Memnon.",
     "Философская повесть Вольтера «Задиг, или Судьба» впервые была напечатана в 1747 г. под названием «Мемнон».",
     A, "year", "literature", False),
    # ---------------- music ----------------
    # FALSE: ru (the designs were by Picasso)
    ("Stravinsky's ballet Pulcinella, staged by the Ballets Russes in Paris in May 1920, had sets and costumes by Pablo Picasso.",
     "Декорации и костюмы к балету Стравинского «Пульчинелла», поставленному «Русским балетом» в 1920 г., создал Анри Матисс.",
     C, "person", "music", True),
    # FALSE: ru (Werther premiered in February 1892)
    ("Massenet's opera Werther received its premiere at the Vienna Court Opera in February 1892, sung in German.",
     "Опера Массне «Вертер» впервые прозвучала со сцены Венской придворной оперы в феврале 1897 года.",
     C, "year", "music", False),
    ("Rossini's Semiramide was first performed at La Fenice in Venice on 3 February 1823.",
     "Премьера оперы Россини «Семирамида» прошла в венецианском театре «Ла Фениче» в 1823 году.",
     A, "place", "music", True),
    ("Richard Strauss's Der Rosenkavalier had its premiere at the Dresden Court Opera on 26 January 1911.",
     "Первая постановка «Кавалера розы» Рихарда Штрауса состоялась в Дрездене в январе 1911 г.",
     A, "date", "music", False),
    ("Debussy's only completed opera, Pelléas et Mélisande, was first staged at the Opéra-Comique in Paris in April 1902.",
     "Премьера оперы Дебюсси «Пеллеас и Мелизанда» прошла 30 апреля 1902 г. в парижском театре «Опера-Комик».",
     A, "date", "music", True),
    # ---------------- art ----------------
    # FALSE: ru (painted in Nuenen, Netherlands; Arles came in 1888)
    ("Vincent van Gogh painted The Potato Eaters in 1885 while living in the Dutch village of Nuenen.",
     "«Едоки картофеля» Винсент Ван Гог написал в 1885 г., когда жил во французском Арле.",
     C, "place", "art", False),
    # FALSE: ru (made in 1619, i.e. the 17th century)
    ("The bronze Manneken Pis in Brussels was made by the sculptor Jérôme Duquesnoy the Elder in 1619.",
     "Бронзовая статуя «Писающий мальчик» в Брюсселе была создана скульптором Жеромом Дюкенуа Старшим в XVIII веке.",
     C, "century", "art", True),
    # FALSE: ru (painted around 1475; van der Goes died in 1482)
    ("Hugo van der Goes painted the Portinari Altarpiece for the Florentine banker Tommaso Portinari around 1475, while working in Ghent.",
     "Алтарь Портинари, заказанный флорентийским банкиром Томмазо Портинари, Гуго ван дер Гус написал в 1490-х годах.",
     C, "decade", "art", False),
    ("The Ship Grove, painted in 1898, was the last large canvas by Ivan Shishkin.",
     "«Корабельная роща» (1898) — последняя большая картина Ивана Шишкина, завершённая незадолго до смерти художника.",
     A, "year", "art", True),
    ("The Merode Altarpiece, a triptych of the Annunciation from Robert Campin's workshop, hangs in the Cloisters in New York.",
     "Триптих Мероде со сценой Благовещения, созданный в мастерской Робера Кампена около 1427–1432 гг., хранится в нью-йоркском музее Клойстерс.",
     A, "place", "art", False),
    # ---------------- law ----------------
    # FALSE: ru (the Oregon law set a ten-hour limit)
    ("In Muller v. Oregon (1908), the US Supreme Court upheld a state law limiting women's work in factories and laundries to ten hours a day.",
     "В деле «Маллер против Орегона» 1908 г. Верховный суд США признал законным ограничение рабочего дня женщин восемью часами.",
     C, "number", "law", True),
    # FALSE: ru (Hastings was acquitted)
    ("After an impeachment trial that dragged on from 1788 to 1795, Warren Hastings was acquitted by the House of Lords.",
     "Палата лордов по итогам длившегося с 1788 по 1795 г. процесса признала бывшего генерал-губернатора Индии Уоррена Гастингса виновным.",
     C, "opposite", "law", False),
    ("In United States v. Wong Kim Ark (1898), the Supreme Court held 6–2 that a man born in San Francisco to Chinese parents was a citizen by birth.",
     "Верховный суд США в 1898 г. шестью голосами против двух признал Вонг Ким Арка, родившегося в Сан-Франциско в семье китайских иммигрантов, гражданином по рождению.",
     A, "number", "law", True),
    ("In Woolmington v DPP (1935), the House of Lords held that it is for the prosecution to prove the guilt of the accused.",
     "Решение Палаты лордов по делу Вулмингтона 1935 г. закрепило принцип: бремя доказывания вины лежит на обвинении.",
     A, "organisation", "law", False),
    ("The Seven Bishops, prosecuted for seditious libel after petitioning James II against his Declaration of Indulgence, were acquitted on 30 June 1688.",
     "Суд присяжных в конце июня 1688 г. оправдал семерых епископов, выступивших против Декларации о веротерпимости Якова II.",
     A, "date", "law", True),
    # ---------------- technology ----------------
    # FALSE: ru (the Simon was sold through BellSouth)
    ("The IBM Simon, often called the first smartphone, went on sale in the United States in 1994 through the carrier BellSouth.",
     "Смартфон IBM Simon, который часто называют первым в мире, поступил в продажу в США в 1994 г. через оператора AT&T.",
     C, "organisation", "technology", False),
    # FALSE: ru (the 6502 was launched at 25 dollars)
    ("MOS Technology's 6502 microprocessor was launched in 1975 at a price of just 25 dollars.",
     "Микропроцессор 6502 фирмы MOS Technology появился в 1975 году и продавался по цене около 250 долларов.",
     C, "money", "technology", True),
    ("On 15 October 1997 Thrust SSC, driven by Andy Green, set a land speed record of 763 mph in Nevada's Black Rock Desert.",
     "Реактивный автомобиль Thrust SSC под управлением Энди Грина 15 октября 1997 г. разогнался до 1228 км/ч, впервые преодолев на суше звуковой барьер.",
     A, "date", "technology", False),
    ("The Morris Minor, designed by Alec Issigonis, was unveiled at the Earls Court Motor Show in London in 1948.",
     "Автомобиль Morris Minor, созданный конструктором Алеком Иссигонисом, впервые показали публике в 1948 году.",
     A, "person", "technology", True),
    ("On 12 November 1906 Alberto Santos-Dumont flew his 14-bis about 220 metres at Bagatelle in Paris.",
     "12 ноября 1906 г. в парижском парке Багатель Альберту Сантос-Дюмон пролетел на своём аэроплане «14-бис» около 220 м.",
     A, "date", "technology", False),
    # ---------------- disasters ----------------
    # FALSE: ru (136 of 262 dead, more than half, were Italians)
    ("Of the 262 miners killed in the Bois du Cazier fire at Marcinelle in August 1956, 136 were Italian immigrants.",
     "При пожаре на шахте Буа-дю-Казье в Марсинеле в августе 1956 г. итальянцы составили лишь около 15 % из 262 погибших горняков.",
     C, "percent", "disasters", False),
    # FALSE: ru (the derailment was on 12 December 1917)
    ("On 12 December 1917 a troop train carrying French soldiers home from Italy derailed near Saint-Michel-de-Maurienne, killing hundreds.",
     "Крушение воинского эшелона у Сен-Мишель-де-Морьен, перевозившего французских солдат из Италии, произошло в марте 1917 года.",
     C, "month", "disasters", True),
    # FALSE: ru (she sank off Brazil)
    ("The Italian liner Principessa Mafalda sank off the coast of Brazil in October 1927 after a propeller shaft broke and holed her hull.",
     "Итальянский лайнер «Принчипесса Мафальда» затонул в октябре 1927 г. у берегов Португалии после поломки гребного вала.",
     C, "place", "disasters", False),
    ("The explosion at the Pretoria Pit in Westhoughton, Lancashire, on 21 December 1910 killed 344 men and boys.",
     "Взрыв на шахте «Претория» в Ланкашире в декабре 1910 года унёс жизни более 340 горняков.",
     A, "number", "disasters", True),
    ("A coal-dust explosion at the Miike coal mine in the Japanese city of Ōmuta killed 458 miners on 9 November 1963.",
     "9 ноября 1963 г. взрыв угольной пыли на японской шахте Миикэ в городе Омута унёс 458 жизней.",
     A, "date", "disasters", False),
]

RELATED = [
    ("At Pinkie the English army was commanded by Edward Seymour, Duke of Somerset, Lord Protector for the boy king Edward VI.",
     "Сражение при Пинки произошло 10 сентября 1547 г. на берегу реки Эск неподалёку от Эдинбурга.",
     "Pinkie", True, "history"),
    ("Fritz Pregl spent most of his career at the University of Graz, where he headed the institute of medical chemistry.",
     "Фриц Прегль получил Нобелевскую премию по химии за 1923 год за разработку метода микроанализа органических веществ.",
     "Pregl", False, "science"),
    ("Sutherland Falls take their name from the Scottish-born prospector Donald Sutherland, who came across them in 1880.",
     "Водопад Сатерленд в Новой Зеландии падает с высоты около 580 м тремя уступами.",
     "Sutherland Falls", True, "geography"),
    ("Ulrike Meyfarth won her second Olympic high jump title at the 1984 Los Angeles Games, twelve years after her first.",
     "В 16 лет западногерманская спортсменка Ульрике Мейфарт выиграла олимпийское золото в прыжках в высоту в Мюнхене.",
     "Meyfarth", False, "sport"),
    ("Teatro Massimo in Palermo was designed by Giovan Battista Filippo Basile and finished after his death by his son Ernesto.",
     "Оперный театр Массимо в Палермо впервые принял зрителей в мае 1897 года.",
     "Teatro Massimo", True, "culture"),
    ("The libretto of Der Rosenkavalier was written by the Austrian poet Hugo von Hofmannsthal.",
     "Опера Рихарда Штрауса «Кавалер розы» впервые была исполнена на сцене Дрезденской придворной оперы в 1911 г.",
     "Rosenkavalier", False, "music"),
    ("The main version of The Potato Eaters now hangs in the Van Gogh Museum in Amsterdam.",
     "Картину «Едоки картофеля» Ван Гог написал в 1885 г. в голландском Нюэнене, где тогда жила его семья.",
     "Potato Eaters", True, "art"),
    ("The Bois du Cazier colliery at Marcinelle is now a museum and part of a UNESCO World Heritage site.",
     "Пожар на шахте Буа-дю-Казье в бельгийском Марсинеле вспыхнул утром 8 августа 1956 года.",
     "Marcinelle", False, "disasters"),
    ("Thrust SSC was powered by two Rolls-Royce Spey turbofan engines taken from Phantom fighter jets.",
     "Рекорд скорости на суше — 1228 км/ч — автомобиль Thrust SSC установил в октябре 1997 года в пустыне Блэк-Рок.",
     "Thrust SSC", True, "technology"),
    ("Warren Hastings served as the first Governor-General of Bengal until his resignation in 1785.",
     "Суд над Уорреном Гастингсом в Палате лордов завершился в 1795 году его полным оправданием.",
     "Warren Hastings", False, "law"),
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
        assert len(rows) == 30, (lab, len(rows))
        assert sum(r["lang_a"] == "ru" for r in rows) == 15, lab
        assert sum(r["lang_a"] == "en" for r in rows) == 15, lab
    cslots = {}
    for r in comp:
        if r["label"] == C:
            cslots[r["slot"]] = cslots.get(r["slot"], 0) + 1
    assert len(cslots) >= 12 and max(cslots.values()) <= 4, cslots
    doms = {}
    for r in comp:
        doms[r["domain"]] = doms.get(r["domain"], 0) + 1
    assert set(doms) == DOMAINS and all(v == 5 for v in doms.values()), doms
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"

    with open(os.path.join(here, "comparable_heldout68.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout68.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", dict(sorted(cslots.items())))
    aslots = {}
    for r in comp:
        if r["label"] == A:
            aslots[r["slot"]] = aslots.get(r["slot"], 0) + 1
    print("agree slots:", dict(sorted(aslots.items())))
    print("domains:", dict(sorted(doms.items())))
    rd = {}
    for r in rel:
        rd[r["domain"]] = rd.get(r["domain"], 0) + 1
    print("related domains:", dict(sorted(rd.items())))


if __name__ == "__main__":
    main()

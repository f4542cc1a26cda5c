#!/usr/bin/env python3
"""Held-out set 55: bilingual (en/ru) comparable and related sentence pairs.

Written by hand by a test writer who never ran, imported or read the
cross-checker under test. Run `python3 build.py` to write the jsonl files
next to this script. Stdlib only.
"""
import json
import os
import re

# Each agree row: (subject, slot, domain, english, russian, russian_first)
AGREE = [
    ("Siege of Albazin", "year", "history",
     "In 1685 Qing forces laid siege to Albazin, a Russian stockade on the upper Amur, and forced its small garrison to surrender.",
     "Летом 1685 г. цинская армия осадила Албазинский острог на Амуре, и его немногочисленный гарнизон был вынужден капитулировать.",
     False),
    ("Battle of Gross-Jägersdorf", "date", "history",
     "At Gross-Jägersdorf in East Prussia, on 30 August 1757, the Russian army of Stepan Apraksin defeated the Prussian corps of Field Marshal Lehwaldt.",
     "Сражение при Гросс-Егерсдорфе произошло 19 (30) августа 1757 г. и закончилось победой русских войск над пруссаками фельдмаршала Левальда.",
     True),
    ("Hermann Ebbinghaus", "year", "science",
     "Hermann Ebbinghaus published his pioneering study of memory, 'Über das Gedächtnis', in 1885, using lists of nonsense syllables that he learned himself.",
     "В 1885 году немецкий психолог Герман Эббингауз выпустил книгу «О памяти», где описал кривую забывания, полученную в опытах на самом себе.",
     False),
    ("Louis Agassiz", "year", "science",
     "In 1840 the Swiss naturalist Louis Agassiz published 'Études sur les glaciers', arguing that great ice sheets had once covered much of Europe.",
     "Луи Агассис изложил свою теорию ледникового периода в труде «Исследования о ледниках», вышедшем в 1840 г.",
     True),
    ("Great Aletsch Glacier", "rank", "geography",
     "The Great Aletsch Glacier in the Bernese Alps of Switzerland is the largest glacier in the Alps, stretching for more than 20 kilometres.",
     "Большой Алечский ледник в швейцарском кантоне Вале — крупнейший ледник Альп; его длина составляет около 23 км.",
     False),
    ("Lake Turkana", "place", "geography",
     "Lake Turkana lies mostly in northern Kenya, with its northern tip extending into Ethiopia, and is the world's largest permanent desert lake.",
     "Озеро Туркана, крупнейшее в мире постоянное пустынное озеро, расположено на севере Кении, а его северная оконечность заходит на территорию Эфиопии.",
     True),
    ("Lake Saimaa", "entity", "geography",
     "The Saimaa ringed seal, one of the rarest seals on Earth, lives only in Lake Saimaa in south-eastern Finland.",
     "Единственное место обитания сайменской кольчатой нерпы — озеро Сайма на юго-востоке Финляндии; это один из самых редких тюленей в мире.",
     False),
    ("Lake Eyre", "number", "geography",
     "Kati Thanda–Lake Eyre in South Australia marks the lowest point of the continent, at roughly 15 metres below sea level.",
     "Самая низкая точка Австралии — озеро Эйр (Кати-Танда) в штате Южная Австралия, лежащее примерно на 15 м ниже уровня моря.",
     True),
    ("Beretta", "year", "economy",
     "Beretta, the Italian arms maker from Gardone Val Trompia, traces its origins to 1526 and is among the oldest family firms still operating.",
     "Оружейная компания Beretta ведёт свою историю с 1526 года и до сих пор остаётся семейным предприятием в Ломбардии.",
     False),
    ("Danone", "place", "economy",
     "Danone began in Barcelona in 1919, when Isaac Carasso started making yogurt and selling it through local pharmacies.",
     "Компания Danone была основана в Барселоне: там в 1919 г. Исаак Карассо начал производить йогурт, названный в честь его сына Даниэля.",
     True),
    ("Betty Cuthbert", "number", "sport",
     "At the 1956 Melbourne Olympics the eighteen-year-old Betty Cuthbert won three gold medals: the 100 metres, the 200 metres and the sprint relay.",
     "Австралийская бегунья Бетти Катберт на домашней Олимпиаде 1956 г. стала трёхкратной олимпийской чемпионкой.",
     False),
    ("Ágnes Keleti", "date", "sport",
     "Ágnes Keleti, the Hungarian gymnast who won five Olympic titles, was born in Budapest on 9 January 1921.",
     "Венгерская гимнастка Агнеш Келети родилась 9 января 1921 г., а в январе 2021 г. ей исполнилось сто лет.",
     True),
    ("Alte Pinakothek", "person", "culture",
     "The Alte Pinakothek in Munich, commissioned by King Ludwig I of Bavaria, was designed by the architect Leo von Klenze and opened in 1836.",
     "Здание мюнхенской Старой пинакотеки построено по проекту Лео фон Кленце по заказу баварского короля Людвига I.",
     False),
    ("Kinotavr", "place", "culture",
     "Kinotavr, the main showcase of new Russian cinema, is held every summer in the Black Sea resort of Sochi.",
     "Открытый российский кинофестиваль «Кинотавр» ежегодно проходит в Сочи, обычно в начале лета.",
     True),
    ("Leonid Andreyev", "year", "literature",
     "Leonid Andreyev wrote 'The Seven Who Were Hanged' in 1908, a story about seven prisoners waiting for their execution.",
     "«Рассказ о семи повешенных» Леонида Андреева появился в 1908 году и описывал последние дни приговорённых к казни.",
     False),
]
AGREE += [
    ("Czesław Miłosz", "year", "literature",
     "The Polish poet Czesław Miłosz, then living in California, received the Nobel Prize in Literature in 1980.",
     "Нобелевская премия по литературе 1980 г. была присуждена польскому поэту Чеславу Милошу.",
     True),
    ("Alexander Alyabyev", "person", "music",
     "Alexander Alyabyev's famous romance 'The Nightingale', composed in the mid-1820s, sets a poem by Anton Delvig.",
     "Слова знаменитого романса Алябьева «Соловей» принадлежат поэту Антону Дельвигу, лицейскому другу Пушкина.",
     False),
    ("Heitor Villa-Lobos", "number", "music",
     "Between 1930 and 1945 Heitor Villa-Lobos composed nine suites called 'Bachianas Brasileiras', blending the style of Bach with Brazilian folk music.",
     "Цикл «Бразильские бахианы» Эйтора Вила-Лобоса состоит из девяти сюит для разных составов исполнителей.",
     True),
    ("Karl Bryullov", "place", "art",
     "Karl Bryullov's huge canvas 'The Last Day of Pompeii', finished in 1833, now hangs in the State Russian Museum in St Petersburg.",
     "Картина Брюллова «Последний день Помпеи» хранится в Русском музее в Санкт-Петербурге.",
     False),
    ("Albrecht Altdorfer", "person", "art",
     "Albrecht Altdorfer painted 'The Battle of Alexander at Issus' in 1529 for Duke William IV of Bavaria.",
     "Картину «Битва Александра Македонского с Дарием» Альбрехт Альтдорфер написал по заказу баварского герцога Вильгельма IV.",
     True),
    ("Edict of Fontainebleau", "month", "law",
     "In October 1685 Louis XIV signed the Edict of Fontainebleau, revoking the Edict of Nantes and outlawing Protestant worship in France.",
     "Эдикт Фонтенбло, отменивший Нантский эдикт, был подписан Людовиком XIV в октябре 1685 г.",
     False),
    ("In re Gault", "year", "law",
     "In re Gault, decided by the US Supreme Court in 1967, gave juveniles facing delinquency hearings the right to counsel and to notice of the charges.",
     "В 1967 г. Верховный суд США по делу Голта признал, что на несовершеннолетних распространяются гарантии надлежащей правовой процедуры.",
     True),
    ("Iron Bridge", "person", "technology",
     "The Iron Bridge over the Severn in Shropshire, the first major bridge made of cast iron, was cast by the ironmaster Abraham Darby III.",
     "Чугунные детали моста Айрон-Бридж через реку Северн были отлиты на заводе Абрахама Дарби III в Коулбрукдейле.",
     False),
    ("Great Eastern", "number", "technology",
     "Brunel's steamship Great Eastern, launched in 1858, was about 211 metres long, far larger than any other ship of its time.",
     "Длина парохода «Грейт Истерн» составляла 692 фута, и более сорока лет ни одно судно не превосходило его по размерам.",
     True),
    ("Bell Rock Lighthouse", "place", "technology",
     "The Bell Rock Lighthouse, completed by Robert Stevenson in 1810, stands on a reef about eleven miles off Arbroath on Scotland's east coast.",
     "Маяк Белл-Рок, построенный Робертом Стивенсоном, стоит на рифе в Северном море у побережья шотландского округа Ангус.",
     False),
    ("Le Joola", "number", "disasters",
     "When the Senegalese ferry Le Joola capsized off the Gambian coast in September 2002, more than 1,800 people were killed.",
     "Крушение сенегальского парома «Жоола» 26 сентября 2002 г. унесло жизни 1863 человек.",
     True),
    ("King's Cross fire", "number", "disasters",
     "Thirty-one people died in the fire that broke out under a wooden escalator at King's Cross St Pancras Underground station in November 1987.",
     "Пожар на станции лондонского метро «Кингс-Кросс» 18 ноября 1987 г. унёс 31 жизнь.",
     False),
    ("Frank Slide", "date", "disasters",
     "Early on 29 April 1903, a huge mass of limestone fell from Turtle Mountain onto the mining town of Frank in Alberta.",
     "Оползень Фрэнк произошёл 29 апреля 1903 г.: со склона горы Тертл на шахтёрский посёлок обрушились миллионы тонн известняка.",
     True),
    ("Buffalo Creek flood", "date", "disasters",
     "On 26 February 1972 a coal-slurry dam collapsed above Buffalo Creek in West Virginia, releasing a flood that killed 125 people.",
     "Катастрофа в долине Буффало-Крик в Западной Виргинии случилась 26 февраля 1972 г., когда прорвало плотину угольного шламохранилища.",
     False),
    ("Centralia mine fire", "year", "disasters",
     "The coal-seam fire beneath Centralia, Pennsylvania, began in 1962 and is still burning, having emptied the town of almost all its residents.",
     "Подземный пожар в угольных пластах под городком Сентрейлия в Пенсильвании начался в 1962 г. и не потушен до сих пор.",
     True),
]

# Each contradict row: (subject, slot, domain, english, russian, russian_first,
#                       which side is true: "en" or "ru")
CONTRADICT = [
    ("Jacquerie", "century", "history",
     "The Jacquerie, a peasant revolt in northern France, broke out in 1358, during the Hundred Years' War.",
     "Жакерия — крестьянское восстание на севере Франции — вспыхнула в XVI веке.",
     False, "en"),
    ("Defenestration of Prague (1618)", "polarity", "history",
     "In May 1618 Protestant nobles threw two imperial governors and their secretary from a window of Prague Castle, and none of them survived the fall.",
     "23 мая 1618 г. пражские протестанты выбросили из окна Пражского града двух имперских наместников и секретаря; все трое остались живы.",
     True, "ru"),
    ("Battle of Blenheim", "opposite", "history",
     "At Blenheim on 13 August 1704 the Duke of Marlborough and Prince Eugene defeated the Franco-Bavarian army and captured Marshal Tallard.",
     "В битве при Гохштедте (Бленхейме) в августе 1704 г. франко-баварская армия маршала Таллара разгромила войска Мальборо и принца Евгения.",
     False, "en"),
    ("August Kekulé", "number", "science",
     "In 1865 August Kekulé proposed that benzene is a ring of five carbon atoms with alternating single and double bonds.",
     "В 1865 г. Август Кекуле предложил для бензола формулу в виде кольца из шести атомов углерода.",
     True, "ru"),
    ("Clair Patterson", "scale", "science",
     "Using lead isotopes from the Canyon Diablo meteorite, Clair Patterson estimated in 1956 that the Earth is about 4.55 billion years old.",
     "В 1956 г. американский геохимик Клэр Паттерсон определил возраст Земли примерно в 4,55 млн лет.",
     False, "en"),
    ("Jan Ingenhousz", "opposite", "science",
     "In 1779 Jan Ingenhousz showed that the green parts of plants give off oxygen only in darkness.",
     "Ян Ингенхауз в 1779 г. показал, что зелёные части растений выделяют кислород только на свету.",
     True, "ru"),
    ("Lofoten", "opposite", "geography",
     "The Lofoten archipelago in Norway's Nordland county lies well north of the Arctic Circle, yet enjoys a mild climate thanks to the Gulf Stream.",
     "Архипелаг Лофотенские острова в норвежской губернии Нурланн расположен южнее Северного полярного круга.",
     False, "en"),
]
CONTRADICT += [
    ("Bank of Amsterdam", "year", "economy",
     "The Bank of Amsterdam, the city's public exchange bank, was founded by the municipal authorities in 1690.",
     "Амстердамский обменный банк (Wisselbank) был учреждён городскими властями в 1609 г.",
     True, "ru"),
    ("Kankrin monetary reform", "person", "economy",
     "The monetary reform of 1839–1843, which put the Russian ruble on a silver standard, was carried out by finance minister Yegor Kankrin.",
     "Денежную реформу 1839–1843 гг., установившую в России серебряный монометаллизм, провёл министр финансов Сергей Витте.",
     False, "en"),
    ("Bosch", "decade", "economy",
     "Robert Bosch opened his workshop for precision mechanics and electrical engineering in Stuttgart in the 1860s.",
     "Роберт Бош открыл свою мастерскую точной механики и электротехники в Штутгарте в 1886 г.",
     True, "ru"),
    ("Alfréd Hajós", "number", "sport",
     "At the 1896 Athens Olympics Alfréd Hajós won two swimming races in the cold open sea, becoming Hungary's first Olympic champion.",
     "Альфред Хайош на Играх 1896 г. в Афинах выиграл три заплыва и стал первым олимпийским чемпионом Венгрии.",
     False, "en"),
    ("Alain Mimoun", "rank", "sport",
     "France's Alain Mimoun finished second in the marathon at the 1956 Melbourne Olympics.",
     "Француз Ален Мимун выиграл марафонский забег на Олимпийских играх 1956 г. в Мельбурне.",
     True, "ru"),
    ("Kathrine Switzer", "year", "sport",
     "In 1967 Kathrine Switzer became the first woman to run the Boston Marathon as a registered entrant, wearing bib number 261.",
     "Кэтрин Свитцер стала первой женщиной, пробежавшей Бостонский марафон с официальным номером участника, в 1972 году.",
     False, "en"),
    ("Studio Ghibli", "decade", "culture",
     "Studio Ghibli was founded in the 1990s by Hayao Miyazaki, Isao Takahata and the producer Toshio Suzuki.",
     "Студия Гибли была основана в 1985 г. Хаяо Миядзаки, Исао Такахатой и продюсером Тосио Судзуки.",
     True, "ru"),
    ("Isabella Stewart Gardner Museum theft", "money", "culture",
     "The thirteen works stolen from Boston's Isabella Stewart Gardner Museum in March 1990 are valued at roughly 500 million dollars.",
     "Похищенные в марте 1990 г. из бостонского музея Изабеллы Стюарт Гарднер тринадцать произведений оцениваются примерно в 5 млн долларов.",
     False, "en"),
    ("Golden Mask", "organisation", "culture",
     "Russia's national theatre award, the Golden Mask, was established by the Union of Cinematographers of Russia.",
     "Национальная театральная премия «Золотая маска» была учреждена Союзом театральных деятелей России.",
     True, "ru"),
    ("Daniil Kharms", "month", "literature",
     "Daniil Kharms, arrested in August 1941, died in February 1942 in the psychiatric ward of a Leningrad prison during the siege.",
     "Даниил Хармс, арестованный в августе 1941 г., умер в блокадном Ленинграде в тюремной психиатрической больнице в мае 1942 г.",
     False, "en"),
    ("Ismail Kadare", "rank", "literature",
     "In 2005 the Albanian novelist Ismail Kadare became the third winner of the Man Booker International Prize.",
     "Албанский писатель Исмаил Кадаре в 2005 г. стал первым лауреатом Международной Букеровской премии.",
     True, "ru"),
    ("Elias Canetti", "place", "literature",
     "Elias Canetti, the Nobel laureate of 1981, was born in 1905 in Ruse, a Danube port in Bulgaria.",
     "Элиас Канетти, лауреат Нобелевской премии 1981 г., родился в 1905 г. в болгарском черноморском порту Варна.",
     False, "en"),
    ("César Cui", "polarity", "music",
     "César Cui, a member of the Mighty Handful, was a composer and critic who never served as a military engineer.",
     "Цезарь Кюи был не только композитором «Могучей кучки», но и военным инженером, профессором фортификации.",
     True, "ru"),
    ("Carl Nielsen", "number", "music",
     "The Danish composer Carl Nielsen wrote six symphonies, the fourth of which is known as 'The Inextinguishable'.",
     "Датский композитор Карл Нильсен написал девять симфоний, среди которых Четвёртая — «Неугасимая».",
     False, "en"),
    ("Enrique Granados", "day", "music",
     "Enrique Granados drowned on 14 March 1916 after a German submarine torpedoed the cross-Channel steamer Sussex.",
     "Энрике Гранадос погиб 24 марта 1916 г., когда немецкая подводная лодка торпедировала пароход «Суссекс» в Ла-Манше.",
     True, "ru"),
    ("Artemisia Gentileschi", "rank", "art",
     "In 1616 Artemisia Gentileschi became the first woman admitted to the Accademia delle Arti del Disegno in Florence.",
     "В 1616 г. Артемизия Джентилески стала второй женщиной, принятой во флорентийскую Академию рисовального искусства.",
     False, "en"),
    ("Egon Schiele", "duration", "art",
     "Egon Schiele died of Spanish flu in October 1918, three months after his pregnant wife Edith succumbed to the same disease.",
     "Эгон Шиле умер от испанского гриппа 31 октября 1918 г., через три дня после смерти своей беременной жены Эдит.",
     True, "ru"),
    ("Fyodor Reshetnikov, Low Marks Again", "decade", "art",
     "Fyodor Reshetnikov painted 'Low Marks Again', showing a schoolboy returning home with a bad grade, in 1952.",
     "Картина Фёдора Решетникова «Опять двойка» о школьнике, вернувшемся домой с плохой отметкой, была написана в 1960-е годы.",
     False, "en"),
    ("Lex Hortensia", "century", "law",
     "The Lex Hortensia, passed in the second century BC, made resolutions of the plebeian assembly binding on all Roman citizens.",
     "Закон Гортензия 287 г. до н. э. сделал решения плебейского собрания обязательными для всех римских граждан.",
     True, "ru"),
    ("Clayton Antitrust Act", "person", "law",
     "The Clayton Antitrust Act, which strengthened American competition law, was signed by President Woodrow Wilson in October 1914.",
     "Антимонопольный закон Клейтона, дополнивший конкурентное право США, подписал в октябре 1914 г. президент Теодор Рузвельт.",
     False, "en"),
    ("Amistad case", "opposite", "law",
     "In 1841 the US Supreme Court ruled in the Amistad case that the Africans who seized the Spanish schooner must be returned to slavery.",
     "В 1841 г. Верховный суд США по делу «Амистад» признал африканцев, поднявших мятеж на испанской шхуне, свободными людьми.",
     True, "ru"),
    ("ANT-25 transpolar flight", "duration", "technology",
     "In June 1937 Chkalov, Baidukov and Belyakov flew the ANT-25 nonstop from Moscow over the North Pole to Vancouver, Washington, in about 63 hours.",
     "Перелёт Чкалова, Байдукова и Белякова на АНТ-25 из Москвы через Северный полюс в американский Ванкувер в 1937 г. занял около 36 часов.",
     False, "en"),
    ("Haber–Bosch process", "organisation", "technology",
     "Fritz Haber's ammonia synthesis was scaled up to industrial production by the Siemens company under the direction of Carl Bosch.",
     "Процесс синтеза аммиака, открытый Фрицем Габером, довела до промышленного масштаба компания BASF под руководством Карла Боша.",
     True, "ru"),
]

# Related rows: same subject as a comparable pair above, two different true facts.
# (subject, domain, english, russian, russian_first)
RELATED = [
    ("Alfréd Hajós", "sport",
     "Alfréd Hajós won the 100 metres freestyle at the first modern Olympic Games in Athens in 1896.",
     "На олимпийском конкурсе искусств 1924 г. в Париже Альфред Хайош вместе с Дежё Лаубером получил серебро за проект стадиона.",
     False),
    ("Leonid Andreyev", "literature",
     "Leonid Andreyev's story 'The Seven Who Were Hanged' appeared in 1908 and follows seven prisoners sentenced to death.",
     "Леонид Андреев скончался в 1919 году в Финляндии, так и не вернувшись в Петроград после революции.",
     True),
    ("Daniil Kharms", "literature",
     "In the late 1920s Daniil Kharms was among the founders of OBERIU, an avant-garde group of Leningrad writers.",
     "Даниил Хармс умер в феврале 1942 г. в тюремной больнице блокадного Ленинграда.",
     False),
    ("Egon Schiele", "art",
     "Egon Schiele died in Vienna of the Spanish flu at the end of October 1918, aged only twenty-eight.",
     "В 1912 г. Эгон Шиле был арестован в австрийском городке Нойленгбах и провёл в заключении около трёх недель.",
     True),
    ("Czesław Miłosz", "literature",
     "Czesław Miłosz's essay collection 'The Captive Mind', an analysis of intellectuals under Stalinism, was published in 1953.",
     "Польский поэт Чеслав Милош получил Нобелевскую премию по литературе в 1980 году.",
     False),
    ("Great Eastern", "technology",
     "Brunel's giant iron steamship Great Eastern was launched on the Thames in 1858 after several failed attempts.",
     "В 1866 г. пароход «Грейт Истерн» проложил по дну Атлантики телеграфный кабель, соединивший Ирландию с Ньюфаундлендом.",
     True),
    ("Louis Agassiz", "science",
     "Louis Agassiz founded the Museum of Comparative Zoology at Harvard University in 1859.",
     "В 1840 г. Луи Агассис опубликовал «Исследования о ледниках», где доказывал существование ледникового периода.",
     False),
    ("August Kekulé", "science",
     "In 1865 August Kekulé proposed a cyclic structure for benzene, a ring of six carbon atoms.",
     "Ещё в 1857–1858 гг. Август Кекуле пришёл к выводу, что атом углерода четырёхвалентен.",
     True),
    ("Enrique Granados", "music",
     "Enrique Granados's opera 'Goyescas' had its world premiere at the Metropolitan Opera in New York in January 1916.",
     "Композитор Энрике Гранадос погиб в марте 1916 г., когда пароход «Суссекс» был торпедирован в Ла-Манше.",
     False),
    ("Artemisia Gentileschi", "art",
     "In 1616 Artemisia Gentileschi became the first woman accepted into Florence's Accademia delle Arti del Disegno.",
     "Одна из версий картины Артемизии Джентилески «Юдифь, обезглавливающая Олоферна» хранится в галерее Уффици во Флоренции.",
     True),
]

CYR = re.compile(r"[\u0400-\u04FF]")
LAT = re.compile(r"[A-Za-z\u00C0-\u024F]")


def lang_of(text):
    c, l = len(CYR.findall(text)), len(LAT.findall(text))
    return "ru" if c > l else "en"


def make_row(en, ru, ru_first, label, slot, domain):
    assert lang_of(en) == "en", en
    assert lang_of(ru) == "ru", ru
    for side in (en, ru):
        n = len(side.split())
        assert 10 <= n <= 30, (n, side)
    a, b = (ru, en) if ru_first else (en, ru)
    return {"a": a, "b": b, "lang_a": lang_of(a), "lang_b": lang_of(b),
            "label": label, "slot": slot, "domain": domain}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    comparable = []
    for subj, slot, dom, en, ru, rf in AGREE:
        comparable.append(make_row(en, ru, rf, "agree", slot, dom))
    for subj, slot, dom, en, ru, rf, true_side in CONTRADICT:
        assert true_side in ("en", "ru")
        comparable.append(make_row(en, ru, rf, "contradict", slot, dom))
    related = [make_row(en, ru, rf, "related", "topic", dom)
               for subj, dom, en, ru, rf in RELATED]

    # Shape assertions.
    assert len(comparable) == 60, len(comparable)
    assert len(related) == 10, len(related)
    for label in ("agree", "contradict"):
        rows = [r for r in comparable if r["label"] == label]
        assert len(rows) == 30, (label, len(rows))
        ru_first = sum(1 for r in rows if r["lang_a"] == "ru")
        assert ru_first == 15, (label, ru_first)
        assert sum(1 for r in rows if r["lang_a"] == "en") == 15
    for r in comparable + related:
        assert {r["lang_a"], r["lang_b"]} == {"en", "ru"}, r
    allowed = {"year", "date", "month", "day", "decade", "century", "number",
               "percent", "money", "scale", "duration", "place", "person",
               "organisation", "entity", "rank", "polarity", "opposite"}
    cslots = [r["slot"] for r in comparable if r["label"] == "contradict"]
    assert set(cslots) <= allowed, set(cslots) - allowed
    assert len(set(cslots)) >= 12, len(set(cslots))
    assert max(cslots.count(s) for s in set(cslots)) <= 5
    assert {r["slot"] for r in comparable} <= allowed
    domains = [r["domain"] for r in comparable]
    assert max(domains.count(d) for d in set(domains)) <= 8
    # One comparable pair per subject.
    subjects = [x[0] for x in AGREE] + [x[0] for x in CONTRADICT]
    assert len(subjects) == len(set(subjects)), "duplicate subject"
    comp_subjects = set(subjects)
    for x in RELATED:
        assert x[0] in comp_subjects, x[0]
    texts = [t for r in comparable + related for t in (r["a"], r["b"])]
    assert len(texts) == len(set(texts)), "duplicate sentence"

    with open(os.path.join(here, "comparable_heldout55.jsonl"), "w", encoding="utf-8") as f:
        for r in comparable:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout55.jsonl"), "w", encoding="utf-8") as f:
        for r in related:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    from collections import Counter
    print("comparable:", len(comparable), "related:", len(related))
    print("labels:", dict(Counter(r["label"] for r in comparable)))
    print("contradict slots:", dict(Counter(cslots)))
    print("agree slots:", dict(Counter(r["slot"] for r in comparable if r["label"] == "agree")))
    print("domains:", dict(Counter(domains)))


if __name__ == "__main__":
    main()

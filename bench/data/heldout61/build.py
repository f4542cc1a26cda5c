#!/usr/bin/env python3
"""Build heldout61: independent EN/RU claim pairs (stdlib only).

Writes comparable_heldout61.jsonl and related_heldout61.jsonl next to this file.
Each row tuple: (label, slot, domain, first, en, ru) where first = "ru" or "en"
says which language goes into field a.
In "contradict" rows exactly one side is false; the comment says which.
"""
import json
import os
import re
from collections import Counter

AGREE = [
    ("agree", "date", "history", "ru",
     "On 28 June 1675 the army of Frederick William, Elector of Brandenburg, defeated Swedish troops near the small town of Fehrbellin.",
     "Битва при Фербеллине, где бранденбургский курфюрст Фридрих Вильгельм разгромил шведов, состоялась в конце июня 1675 года."),
    ("agree", "person", "history", "en",
     "At Fraustadt in February 1706 a Swedish force led by General Carl Gustaf Rehnskiöld routed a much larger Saxon and Russian army.",
     "13 февраля 1706 г. шведский генерал Реншильд наголову разбил при Фрауштадте саксонско-русское войско, значительно превосходившее его по численности."),
    ("agree", "year", "history", "ru",
     "In July 1212 the allied kings of Castile, Aragon and Navarre crushed the army of the Almohad caliph at Las Navas de Tolosa.",
     "Сражение при Лас-Навас-де-Толосе 16 июля 1212 г. завершилось победой христианских королевств Пиренейского полуострова над Альмохадами."),
    ("agree", "year", "science", "en",
     "In 1891 the journal Nature printed a letter on surface tension by Agnes Pockels, a German woman with no university training.",
     "Самоучка Агнес Поккельс, изучавшая поверхностное натяжение на домашней кухне, опубликовала свою первую работу в журнале «Nature» в 1891 году."),
    ("agree", "place", "science", "ru",
     "The physicist Ludwig Boltzmann died in September 1906 while on a summer holiday at Duino, near Trieste.",
     "Людвиг Больцман скончался 5 сентября 1906 г. в Дуино — приморском местечке под Триестом, где он отдыхал с семьёй."),
    ("agree", "number", "geography", "en",
     "Lake Baskunchak, a salt lake in Russia's Astrakhan region, lies roughly 21 metres below sea level.",
     "Уровень солёного озера Баскунчак в Астраханской области — около минус 21 м относительно уровня Мирового океана."),
    ("agree", "organisation", "geography", "ru",
     "Norway's Geirangerfjord, together with the Nærøyfjord, was added to UNESCO's World Heritage List in 2005.",
     "В 2005 г. ЮНЕСКО включила Гейрангер-фьорд вместе с Нерёй-фьордом в список Всемирного наследия как часть «Западно-норвежских фьордов»."),
    ("agree", "number", "geography", "en",
     "The Avachinsky volcano, which towers over Petropavlovsk-Kamchatsky, is an active stratovolcano reaching 2,741 metres.",
     "Действующий Авачинский вулкан высотой около 2,7 тыс. м хорошо виден из Петропавловска-Камчатского."),
    ("agree", "year", "economy", "ru",
     "In 1879 the Bern chocolatier Rodolphe Lindt invented conching, a process that gives chocolate its smooth, melting texture.",
     "Конширование — способ, придающий шоколаду нежную текстуру, — изобрёл в Берне швейцарский кондитер Родольф Линдт в 1879 году."),
    ("agree", "number", "sport", "en",
     "Johann Olav Koss won three gold medals at the 1994 Winter Olympics in Lillehammer, setting a world record in every race.",
     "На домашней Олимпиаде 1994 г. норвежец Юхан Улав Косс выиграл забеги на 1500, 5000 и 10 000 м, каждый раз с мировым рекордом."),
    ("agree", "number", "sport", "ru",
     "Lester Piggott rode the winner of the Epsom Derby nine times, a record for any jockey.",
     "Английский жокей Лестер Пиггот девять раз побеждал в Эпсомском дерби, впервые — в 1954 г., когда ему было 18 лет."),
    ("agree", "place", "sport", "en",
     "Duke Kahanamoku of Hawaii won the 100 metres freestyle at the 1912 Olympic Games in Stockholm.",
     "Олимпийским чемпионом в плавании вольным стилем на 100 м гаваец Дьюк Каханамоку впервые стал на Играх в Стокгольме."),
    ("agree", "number", "sport", "ru",
     "Ken Rosewall reached the Wimbledon singles final four times, in 1954, 1956, 1970 and 1974, but never won the title.",
     "Австралиец Кен Розуолл так и не выиграл Уимблдон в одиночном разряде, хотя четырежды доходил до финала."),
    ("agree", "year", "culture", "en",
     "Since 1946 the Bregenz Festival in western Austria has staged opera on a huge floating stage on Lake Constance.",
     "Брегенцский фестиваль, основанный в 1946 г., прославился оперными постановками на плавучей сцене Боденского озера."),
    ("agree", "person", "culture", "ru",
     "The song Kalinka, often taken for a folk tune, was written in 1860 by the composer Ivan Larionov.",
     "Автором музыки и слов песни «Калинка», которую нередко считают народной, был композитор Иван Ларионов."),
    ("agree", "date", "music", "en",
     "Uzeyir Hajibeyov's Leyli and Majnun, regarded as the first opera of the Muslim East, premiered in Baku in January 1908.",
     "Премьера оперы Узеира Гаджибекова «Лейли и Меджнун» прошла в Баку 25 января 1908 г. по новому стилю."),
    ("agree", "rank", "music", "ru",
     "In 1938 the Soviet pianist Emil Gilels took first prize at the Ysaÿe International Competition in Brussels.",
     "Первую премию Международного конкурса имени Эжена Изаи в Брюсселе в 1938 г. завоевал советский пианист Эмиль Гилельс."),
    ("agree", "duration", "literature", "en",
     "Karen Blixen ran a coffee farm near Nairobi from 1914 until 1931, the experience behind her memoir Out of Africa.",
     "Датская писательница Карен Бликсен почти два десятилетия владела кофейной плантацией в Кении, пока не разорилась и не вернулась на родину."),
    ("agree", "year", "literature", "ru",
     "The Danish novelist Johannes V. Jensen was awarded the Nobel Prize in Literature in 1944.",
     "Нобелевскую премию по литературе за 1944 г. получил датчанин Йоханнес Вильгельм Йенсен, автор эпического цикла «Долгий путь»."),
    ("agree", "rank", "literature", "en",
     "Yasunari Kawabata became the first Japanese writer to receive the Nobel Prize in Literature, in 1968.",
     "В 1968 г. Ясунари Кавабата стал первым из японских писателей, удостоенных Нобелевской премии по литературе."),
    ("agree", "year", "literature", "ru",
     "The Spanish novelist Camilo José Cela, author of The Family of Pascual Duarte, won the Nobel Prize in Literature in 1989.",
     "Испанец Камило Хосе Села получил Нобелевскую премию по литературе в 1989 году."),
    ("agree", "year", "literature", "en",
     "Alexander Grin's romantic novella Scarlet Sails, begun during the First World War, first appeared as a book in 1923.",
     "Повесть-феерия Александра Грина «Алые паруса» вышла отдельной книгой в 1923 году."),
    ("agree", "rank", "art", "ru",
     "In 1919 Käthe Kollwitz became the first woman elected a member of the Prussian Academy of Arts.",
     "Кете Кольвиц стала первой женщиной, избранной в члены Прусской академии художеств; это произошло в 1919 году."),
    ("agree", "year", "art", "en",
     "Helene Schjerfbeck's painting The Convalescent won a bronze medal at the Paris World's Fair of 1889.",
     "Картина финской художницы Хелены Шерфбек «Выздоравливающая» получила бронзовую медаль на Всемирной выставке в Париже в 1889 году."),
    ("agree", "date", "law", "ru",
     "In its Francovich judgment of 19 November 1991, the European Court of Justice held that member states can be liable for failing to implement directives.",
     "Вынесенное Судом ЕС в ноябре 1991 г. решение по делу Франковича закрепило ответственность государств за неисполнение директив."),
    ("agree", "entity", "law", "en",
     "The Factortame litigation was brought by Spanish-owned fishing companies against the nationality rules of Britain's Merchant Shipping Act 1988.",
     "Поводом к делу «Фактортейм» стали нормы британского закона о торговом судоходстве 1988 г., ущемлявшие владельцев рыболовных судов из Испании."),
    ("agree", "number", "technology", "ru",
     "The Garabit viaduct, built by Gustave Eiffel's company, carries the railway over the Truyère on an iron arch spanning 165 metres.",
     "Пролёт главной арки виадука Гарабит, возведённого фирмой Эйфеля во Франции в 1884 г., составляет 165 м."),
    ("agree", "number", "disasters", "en",
     "The methane explosion at the Listvyazhnaya coal mine in Siberia's Kemerovo region in November 2021 killed 51 people.",
     "Авария на шахте «Листвяжная» 25 ноября 2021 г. унесла жизни 51 человека, в том числе пятерых горноспасателей."),
    ("agree", "date", "disasters", "ru",
     "The Chi-Chi earthquake struck central Taiwan in the early hours of 21 September 1999.",
     "Землетрясение Цзицзи магнитудой 7,6 произошло на Тайване глубокой ночью 21 сентября 1999 года."),
    ("agree", "number", "disasters", "en",
     "Thirty-four people died when floodwater from Exmoor swept through the Devon village of Lynmouth in August 1952.",
     "Наводнение в Линмуте (графство Девон) в ночь на 16 августа 1952 г. унесло жизни 34 человек."),
]

CONTRADICT = [
    # false: RU (Ushakov served in the Black Sea, Greig commanded at Hogland)
    ("contradict", "person", "history", "ru",
     "At the Battle of Hogland in July 1788 the Russian Baltic Fleet was commanded by the Scottish-born admiral Samuel Greig.",
     "В Гогландском сражении в июле 1788 г. русским Балтийским флотом командовал адмирал Фёдор Ушаков."),
    # false: RU (four frigates, not seven)
    ("contradict", "number", "history", "en",
     "At Grengam in the Åland Islands in 1720, Prince Mikhail Golitsyn's galleys captured four Swedish frigates.",
     "В сражении у острова Гренгам в 1720 г. галерный флот князя Михаила Голицына взял на абордаж семь шведских фрегатов."),
    # false: RU (1014 = XI century)
    ("contradict", "century", "history", "ru",
     "Brian Boru, High King of Ireland, was killed at the Battle of Clontarf, fought near Dublin on Good Friday 1014.",
     "Битва при Клонтарфе, в которой погиб верховный король Ирландии Брайан Бору, произошла в XII веке."),
    # false: RU (1e-10 m, not 1e-6 m)
    ("contradict", "scale", "science", "en",
     "The ångström, a unit of length equal to one ten-billionth of a metre, honours the Swedish physicist Anders Jonas Ångström.",
     "Ангстрем — единица длины, равная одной миллионной доле метра; она названа в честь шведского физика Андерса Ангстрема."),
    # false: RU (Nobel 1986)
    ("contradict", "year", "science", "ru",
     "Ernst Ruska, who built the first electron microscope with Max Knoll in 1931, received the Nobel Prize in Physics in 1986.",
     "Эрнст Руска, создавший вместе с Максом Кноллем первый электронный микроскоп, был удостоен Нобелевской премии по физике в 1966 году."),
    # false: RU (early 1770s; Scheele died 1786)
    ("contradict", "decade", "science", "en",
     "The Swedish chemist Carl Wilhelm Scheele first obtained oxygen in the early 1770s, although his book describing it appeared only in 1777.",
     "Шведский химик Карл Вильгельм Шееле впервые получил кислород в 1790-х годах, нагревая оксид ртути и селитру."),
    # false: RU (Sakhalin Oblast)
    ("contradict", "place", "geography", "ru",
     "Kunashir, the southernmost large island of the Kuril chain, is administered by Russia as part of Sakhalin Oblast.",
     "Остров Кунашир, самый южный из крупных Курильских островов, административно входит в состав Камчатского края."),
    # false: RU (Khibiny are north of the Arctic Circle)
    ("contradict", "polarity", "geography", "en",
     "The Khibiny mountains, whose highest summit rises to about 1,200 metres, lie on the Kola Peninsula north of the Arctic Circle.",
     "Хибины, высшая точка которых достигает примерно 1200 м, расположены на Кольском полуострове, но не за Полярным кругом."),
    # false: RU (Budapest)
    ("contradict", "place", "economy", "ru",
     "Ikarus, whose articulated buses were a familiar sight in Soviet cities, was headquartered in Budapest, Hungary.",
     "Завод «Икарус», чьи сочленённые автобусы колесили по улицам советских городов, находился в Праге."),
    # false: RU (1.5 billion, not million)
    ("contradict", "scale", "economy", "en",
     "In 2010 the London department store Harrods was sold to Qatar Holding for about £1.5 billion.",
     "В 2010 г. лондонский универмаг «Хэрродс» перешёл к катарскому фонду Qatar Holding примерно за 1,5 млн фунтов стерлингов."),
    # false: RU (1997)
    ("contradict", "year", "economy", "ru",
     "Kaspersky Lab, the antivirus company co-founded by Eugene Kaspersky, was established in Moscow in 1997.",
     "Антивирусная компания «Лаборатория Касперского», одним из основателей которой был Евгений Касперский, появилась в Москве в 2004 году."),
    # false: RU (second after Nizhny Novgorod)
    ("contradict", "rank", "economy", "en",
     "In the nineteenth century the Irbit Fair in the Urals was the second largest in the Russian Empire after Nizhny Novgorod.",
     "Ирбитская ярмарка на Урале в XIX веке была крупнейшей в Российской империи и превосходила по оборотам даже Нижегородскую."),
    # false: RU (Geesink won)
    ("contradict", "opposite", "sport", "ru",
     "At the 1964 Tokyo Olympics the Dutch judoka Anton Geesink won the open-category final against Akio Kaminaga.",
     "На Олимпиаде 1964 г. в Токио голландский дзюдоист Антон Гесинк проиграл финал абсолютной категории японцу Акио Каминаге."),
    # false: RU (1966)
    ("contradict", "decade", "sport", "en",
     "In 1966 Jack Brabham became the first driver to win the Formula One world title in a car bearing his own name.",
     "Австралиец Джек Брэбем выиграл чемпионат мира «Формулы-1» на машине собственной марки в начале 1980-х годов."),
    # false: EN (Nadezhda Nadezhdina founded Beryozka; Moiseyev had his own ensemble)
    ("contradict", "person", "culture", "ru",
     "The Beryozka dance ensemble, famous for its gliding step, was founded in 1948 by the choreographer Igor Moiseyev.",
     "Хореографический ансамбль «Берёзка», знаменитый своим «плывущим» шагом, создала в 1948 г. балетмейстер Надежда Надеждина."),
    # false: RU (April 1937)
    ("contradict", "month", "culture", "en",
     "The Cinecittà film studios on the outskirts of Rome were officially inaugurated in April 1937.",
     "Киностудия «Чинечитта» на окраине Рима была торжественно открыта в октябре 1937 года."),
    # false: RU (first woman)
    ("contradict", "rank", "music", "ru",
     "In 1913 Lili Boulanger became the first woman to win the Prix de Rome for composition, with her cantata Faust et Hélène.",
     "В 1913 г. Лили Буланже стала второй женщиной, получившей Римскую премию по композиции, — за кантату «Фауст и Елена»."),
    # false: RU (premiere 1919, XX century)
    ("contradict", "century", "music", "en",
     "Zakaria Paliashvili's opera Abesalom and Eteri was first staged in Tbilisi in February 1919.",
     "Опера Захария Палиашвили «Абесалом и Этери» впервые прозвучала на сцене в Тифлисе ещё в XIX веке."),
    # false: EN (poem 1915, music 1938)
    ("contradict", "duration", "music", "ru",
     "Norbert Schultze set Hans Leip's poem Lili Marleen to music only two years after it was written.",
     "Стихотворение Ханса Лейпа «Лили Марлен», написанное в 1915 г., Норберт Шульце положил на музыку лишь в 1938 году."),
    # false: EN (1769-1801, over 30 years)
    ("contradict", "duration", "technology", "en",
     "The self-taught mechanic Ivan Kulibin headed the workshops of the Academy of Sciences in St Petersburg for only about five years.",
     "Механик-самоучка Иван Кулибин более 30 лет, с 1769 по 1801 г., руководил механической мастерской Петербургской академии наук."),
    # false: RU (seven portraits)
    ("contradict", "number", "art", "ru",
     "Dmitry Levitzky's Smolyanki series consists of seven full-length portraits of pupils of the Smolny Institute, painted in 1772–1776.",
     "Цикл Дмитрия Левицкого «Смолянки» включает двенадцать парадных портретов воспитанниц Смольного института, написанных в 1772–1776 годах."),
    # false: RU (Chagall invited him)
    ("contradict", "person", "art", "en",
     "In 1919 Marc Chagall invited El Lissitzky to teach graphic art and architecture at the new art school in Vitebsk.",
     "В 1919 г. Эль Лисицкого пригласил преподавать графику и архитектуру в Витебском народном художественном училище Василий Кандинский."),
    # false: RU ($34.9 million)
    ("contradict", "money", "art", "ru",
     "In November 2021 Frida Kahlo's self-portrait Diego and I sold at Sotheby's in New York for $34.9 million.",
     "В ноябре 2021 г. автопортрет Фриды Кало «Диего и я» ушёл с молотка на аукционе Sotheby's в Нью-Йорке за 14,9 млн долларов."),
    # false: RU (the Court struck the commissions down)
    ("contradict", "opposite", "law", "en",
     "In Hamdan v. Rumsfeld in 2006 the US Supreme Court struck down the military commissions set up to try Guantanamo detainees.",
     "В 2006 г. Верховный суд США по делу «Хамдан против Рамсфелда» признал законными военные комиссии для узников Гуантанамо."),
    # false: RU (Sabena)
    ("contradict", "organisation", "law", "ru",
     "Gabrielle Defrenne, whose equal-pay case was decided by the European Court of Justice in 1976, was a flight attendant with the Belgian airline Sabena.",
     "Габриэль Дефренн, чьё дело о равной оплате труда рассматривал Суд Европейских сообществ в 1976 г., работала стюардессой авиакомпании «Эр Франс»."),
    # false: RU (no violation found)
    ("contradict", "polarity", "law", "en",
     "In Lawless v Ireland, its first judgment, delivered in 1961, the European Court of Human Rights found no violation of the Convention.",
     "В 1961 г. в своём первом решении — по делу «Лоулесс против Ирландии» — Европейский суд по правам человека признал нарушение Конвенции."),
    # false: RU (31 August 1947)
    ("contradict", "date", "technology", "ru",
     "The prototype of the Antonov An-2 utility biplane made its maiden flight on 31 August 1947.",
     "Опытный экземпляр многоцелевого биплана Ан-2 конструкции Олега Антонова впервые поднялся в воздух 7 ноября 1947 г."),
    # false: RU (FineReader is OCR software, not an antivirus)
    ("contradict", "entity", "technology", "en",
     "ABBYY, founded in Moscow in 1989 by David Yang, is best known for FineReader, its optical character recognition software.",
     "Компания ABBYY, основанная Давидом Яном в Москве в 1989 году, известна прежде всего своим антивирусом FineReader."),
    # false: RU (13 May 2000)
    ("contradict", "day", "disasters", "ru",
     "On 13 May 2000 a fireworks depot exploded in the Dutch city of Enschede, killing 23 people and destroying about 400 homes.",
     "Взрыв на складе фейерверков в нидерландском Энсхеде, унёсший 23 жизни, произошёл 20 мая 2000 года."),
    # false: RU (late October 1948)
    ("contradict", "month", "disasters", "en",
     "In late October 1948 a toxic smog trapped over the mill town of Donora, Pennsylvania, killed some twenty people.",
     "В конце июля 1948 г. ядовитый смог, накрывший промышленный городок Донора в Пенсильвании, погубил около двадцати человек."),
]

RELATED = [
    ("related", "topic", "history", "ru",
     "The Battle of Clontarf was fought on Good Friday, 23 April 1014, on the northern outskirts of Dublin.",
     "Брайан Бору, выходец из Манстера, носил титул верховного короля Ирландии с 1002 года."),
    ("related", "topic", "art", "en",
     "Frida Kahlo was born in July 1907 in Coyoacán, then a small town on the edge of Mexico City.",
     "В августе 1929 г. Фрида Кало вышла замуж за художника-монументалиста Диего Риверу."),
    ("related", "topic", "literature", "ru",
     "Kawabata's novel Snow Country tells of a love affair at a remote hot-spring resort in the snowy mountains.",
     "Ясунари Кавабата родился в 1899 году в японском городе Осака."),
    ("related", "topic", "economy", "en",
     "Harrods traces its history to 1849, when Charles Henry Harrod took over a small grocery shop in Knightsbridge.",
     "В 1985 г. лондонский универмаг «Хэрродс» приобрели египетские предприниматели братья аль-Файед."),
    ("related", "topic", "science", "ru",
     "The Austrian physicist Ludwig Boltzmann was born in Vienna in February 1844, the son of a tax official.",
     "На надгробии Людвига Больцмана на Центральном кладбище Вены высечена его знаменитая формула энтропии S = k log W."),
    ("related", "topic", "sport", "en",
     "In 1961 in Paris, Anton Geesink became the first non-Japanese judoka to win a world championship title.",
     "Будущий олимпийский чемпион, нидерландский дзюдоист Антон Гесинк, родился в 1934 году в Утрехте."),
    ("related", "topic", "technology", "ru",
     "In 1769 Ivan Kulibin presented Catherine the Great with an intricate clock shaped like a goose egg.",
     "Иван Кулибин разработал проект деревянного одноарочного моста через Неву пролётом почти 300 метров."),
    ("related", "topic", "music", "en",
     "Lili Boulanger was the younger sister of Nadia Boulanger, the celebrated teacher of composition.",
     "Лили Буланже умерла в марте 1918 г., не дожив до 25 лет."),
    ("related", "topic", "disasters", "ru",
     "The Chi-Chi earthquake takes its name from a township in Nantou County, near its epicentre in central Taiwan.",
     "Землетрясение Цзицзи 1999 г. на Тайване унесло жизни около 2400 человек."),
    ("related", "topic", "science", "en",
     "Anders Jonas Ångström spent nearly all of his scientific career at Uppsala University in Sweden.",
     "В 1862 г. Андерс Ангстрем обнаружил в спектре Солнца линии водорода."),
]

CONTRA_SLOTS = {"year", "date", "month", "day", "decade", "century", "number", "percent",
                "money", "scale", "duration", "place", "person", "organisation", "entity",
                "rank", "polarity", "opposite"}
DOMAINS = {"history", "science", "geography", "economy", "sport", "culture", "literature",
           "music", "art", "law", "technology", "disasters"}

CYR = re.compile(r"[\u0400-\u04FF]")
LAT = re.compile(r"[A-Za-z\u00C0-\u024F]")


def lang(s):
    c, l = len(CYR.findall(s)), len(LAT.findall(s))
    return "ru" if c > l else "en"


def make(rows):
    out = []
    for label, slot, domain, first, en, ru in rows:
        assert lang(en) == "en", en
        assert lang(ru) == "ru", ru
        for s in (en, ru):
            n = len(s.split())
            assert 10 <= n <= 30, (n, s)
        assert domain in DOMAINS, domain
        if first == "ru":
            a, b, la, lb = ru, en, "ru", "en"
        else:
            assert first == "en"
            a, b, la, lb = en, ru, "en", "ru"
        out.append({"a": a, "b": b, "lang_a": la, "lang_b": lb, "label": label,
                    "slot": slot, "domain": domain})
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    comp = make(AGREE + CONTRADICT)
    rel = make(RELATED)

    labels = Counter(r["label"] for r in comp)
    assert len(comp) == 60 and labels["agree"] == 30 and labels["contradict"] == 30, labels
    assert len(rel) == 10 and all(r["label"] == "related" and r["slot"] == "topic" for r in rel)
    for lab in ("agree", "contradict"):
        ru_first = sum(1 for r in comp if r["label"] == lab and r["lang_a"] == "ru")
        en_first = sum(1 for r in comp if r["label"] == lab and r["lang_a"] == "en")
        assert ru_first == 15 and en_first == 15, (lab, ru_first, en_first)
    cslots = Counter(r["slot"] for r in comp if r["label"] == "contradict")
    assert set(cslots) <= CONTRA_SLOTS, cslots
    assert len(cslots) >= 12, cslots
    assert max(cslots.values()) <= 5, cslots
    doms = Counter(r["domain"] for r in comp)
    assert max(doms.values()) <= 8, doms
    # every sentence unique
    sents = [r[k] for r in comp + rel for k in ("a", "b")]
    assert len(sents) == len(set(sents))

    with open(os.path.join(here, "comparable_heldout61.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout61.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    print("comparable:", len(comp), dict(labels))
    print("related:", len(rel))
    print("contradict slots:", dict(sorted(cslots.items())))
    print("agree slots:", dict(sorted(Counter(r["slot"] for r in comp if r["label"] == "agree").items())))
    print("domains:", dict(sorted(doms.items())))


if __name__ == "__main__":
    main()

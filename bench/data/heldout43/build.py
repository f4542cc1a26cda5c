#!/usr/bin/env python3
"""Build the heldout43 bilingual (en/ru) evaluation set. Stdlib only.

Each comparable row: (first_lang, label, slot, domain, en_sentence, ru_sentence).
first_lang says which sentence goes into field "a".
"""
import json
import os
import re
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

A, C = "agree", "contradict"

COMPARABLE = [
    # ---------------- history ----------------
    ("ru", A, "place", "history",
     "Afanasy Nikitin, a merchant from Tver, left a written account of his travels to India known as A Journey Beyond Three Seas.",
     "Записки о путешествии в Индию, вошедшие в историю как «Хождение за три моря», составил тверской купец Афанасий Никитин."),
    ("en", C, "year", "history",
     "The Russian-American Company founded Fort Ross on the coast of northern California in 1812 as a supply base for its Alaskan colonies.",
     "Форт-Росс на побережье Северной Калифорнии был основан Российско-американской компанией в 1821 г. для снабжения аляскинских поселений продовольствием."),
    ("ru", C, "day", "history",
     "At Bouvines on 27 July 1214, King Philip II of France defeated an army led by Emperor Otto IV and his allies.",
     "17 июля 1214 г. французский король Филипп II Август разбил при Бувине войско императора Оттона IV и его союзников."),
    ("en", A, "century", "history",
     "The Battle of Kadesh, fought on the Orontes River around 1274 BC, pitted Ramesses II of Egypt against the Hittite king Muwatalli II.",
     "Битва при Кадеше между египетским войском Рамсеса II и хеттами произошла в XIII веке до н. э. на реке Оронт."),
    ("ru", C, "opposite", "history",
     "In September 1260 the Mamluks of Egypt, led by Sultan Qutuz and Baybars, defeated a Mongol army at Ain Jalut in Galilee.",
     "В 1260 г. в битве при Айн-Джалуте в Палестине египетские мамлюки потерпели сокрушительное поражение от монгольского войска."),
    # ---------------- science ----------------
    ("en", C, "year", "science",
     "Christiaan Eijkman, whose work on beriberi in Java pointed the way to vitamins, shared the Nobel Prize in Physiology or Medicine in 1929.",
     "Голландский врач Христиан Эйкман, изучавший бери-бери на Яве, получил Нобелевскую премию по физиологии и медицине в 1919 году."),
    ("ru", A, "year", "science",
     "In 1936 the Danish seismologist Inge Lehmann proposed that the Earth has a solid inner core inside the liquid outer core.",
     "Существование твёрдого внутреннего ядра Земли предположила датский сейсмолог Инге Леман, опубликовавшая свою работу в 1936 г."),
    ("en", A, "rank", "science",
     "In 1945 the crystallographer Kathleen Lonsdale and the biochemist Marjory Stephenson became the first women elected Fellows of the Royal Society.",
     "Кэтлин Лонсдейл вместе с Марджори Стивенсон стала первой женщиной, избранной членом Лондонского королевского общества; это произошло в 1945 г."),
    ("ru", C, "entity", "science",
     "The Hershey–Chase experiment of 1952, using bacteriophage T2, showed that DNA rather than protein carries the genetic material of the virus.",
     "Эксперимент Херши и Чейз 1952 г. с бактериофагом T2 показал, что наследственную информацию вируса несёт белок, а не ДНК."),
    ("en", A, "person", "science",
     "Camillo Golgi shared the 1906 Nobel Prize in Physiology or Medicine with Santiago Ramón y Cajal for work on the structure of the nervous system.",
     "Нобелевскую премию 1906 г. за исследования строения нервной системы итальянец Камилло Гольджи разделил с испанцем Сантьяго Рамоном-и-Кахалем."),
    # ---------------- geography ----------------
    ("ru", C, "place", "geography",
     "Lake Khanka, the largest freshwater lake of the Russian Far East, straddles the border between Russia and Mongolia.",
     "Озеро Ханка, крупнейший пресный водоём Дальнего Востока, лежит на границе Приморского края России и китайской провинции Хэйлунцзян."),
    ("en", A, "number", "geography",
     "In Guyana, the Potaro River plunges roughly 741 feet over Kaieteur Falls in one uninterrupted drop.",
     "Высота свободного падения воды у водопада Кайетур на реке Потаро в Гайане составляет около 226 метров."),
    ("en", C, "rank", "geography",
     "Dhaulagiri in Nepal, rising to 8,167 metres, is the seventh-highest mountain in the world.",
     "Непальская вершина Дхаулагири высотой 8167 м занимает пятое место среди высочайших гор мира."),
    ("ru", A, "number", "geography",
     "The Curonian Spit, a narrow barrier of sand dunes about 98 kilometres long, is divided between Russia's Kaliningrad region and Lithuania.",
     "Длина Куршской косы — узкой песчаной полосы между Куршским заливом и Балтийским морем — составляет 98 км; коса поделена между Россией и Литвой."),
    ("ru", C, "polarity", "geography",
     "The Angara is not the only river flowing out of Lake Baikal; the lake drains through several outlets toward the Yenisei.",
     "Ангара — единственная река, которая вытекает из Байкала, а затем несёт свои воды в Енисей."),
    # ---------------- economy ----------------
    ("en", A, "year", "economy",
     "The Kosygin reform, launched in the Soviet Union in 1965, gave enterprises more autonomy and made profit a key indicator of performance.",
     "Хозяйственная реформа 1965 года, связанная с именем председателя Совмина СССР Алексея Косыгина, сделала прибыль одним из главных показателей работы предприятий."),
    ("en", C, "decade", "economy",
     "Thierry Hermès opened a workshop making harnesses and bridles for horses in Paris in 1837.",
     "Тьерри Эрмес основал в Париже мастерскую по изготовлению сбруи и упряжи для лошадей в 1850-х годах."),
    ("ru", A, "place", "economy",
     "Louis Vuitton opened his first shop selling luggage trunks in Paris in 1854.",
     "Свой первый магазин дорожных сундуков Луи Виттон открыл в 1854 году в Париже, неподалёку от Вандомской площади."),
    ("en", A, "person", "economy",
     "The South Korean conglomerate Daewoo was founded in 1967 by Kim Woo-choong, starting as a small textile trading firm.",
     "Основателем южнокорейского концерна «Дэу», созданного в 1967 г., был предприниматель Ким У Чжун."),
    ("ru", C, "percent", "economy",
     "In a March 2010 referendum, about 93 percent of Icelandic voters rejected the Icesave repayment deal with Britain and the Netherlands.",
     "На референдуме в марте 2010 г. соглашение Icesave о выплатах Великобритании и Нидерландам отвергли около 53 % проголосовавших исландцев."),
    # ---------------- sport ----------------
    ("en", C, "number", "sport",
     "At the 1912 Stockholm Olympics, Jim Thorpe won both the pentathlon and the decathlon, taking two gold medals.",
     "На Олимпиаде 1912 г. в Стокгольме американец Джим Торп выиграл три золотые медали, в том числе в пятиборье и десятиборье."),
    ("ru", A, "number", "sport",
     "Soviet skier Galina Kulakova won all three women's cross-country events at the 1972 Winter Olympics in Sapporo.",
     "На зимних Олимпийских играх 1972 года в Саппоро Галина Кулакова завоевала три золотые медали: в гонках на 5 и 10 км и в эстафете."),
    ("ru", C, "rank", "sport",
     "Frenchman Jacques Anquetil became the second rider to win the Tour de France five times, with victories in 1957 and 1961–64.",
     "Француз Жак Анкетиль первым в истории выиграл «Тур де Франс» пять раз — в 1957 и 1961–1964 годах."),
    ("en", A, "number", "sport",
     "East German swimmer Kornelia Ender won four gold medals at the 1976 Montreal Olympics.",
     "В Монреале в 1976 г. пловчиха из ГДР Корнелия Эндер завоевала четыре золотые медали, а также серебро в эстафете вольным стилем."),
    ("ru", A, "duration", "sport",
     "Pakistani squash player Jahangir Khan went unbeaten for about five and a half years, winning 555 consecutive matches between 1981 and 1986.",
     "Пакистанский сквошист Джахангир Хан более пяти лет не знал поражений, одержав 555 побед подряд."),
    # ---------------- culture ----------------
    ("en", A, "date", "culture",
     "Dublin's Abbey Theatre, founded by W. B. Yeats and Lady Gregory, opened its doors on 27 December 1904.",
     "Театр Аббатства в Дублине, у истоков которого стояли Уильям Батлер Йейтс и леди Грегори, впервые принял зрителей в конце декабря 1904 г."),
    ("ru", C, "person", "culture",
     "The Glyndebourne opera festival was founded in 1934 by the conductor Thomas Beecham on his estate in East Sussex.",
     "Оперный фестиваль в Глайндборне основал в 1934 году Джон Кристи в своём поместье в Восточном Суссексе."),
    ("en", C, "century", "culture",
     "Founded by a decree of Empress Elizabeth in 1756, the Alexandrinsky Theatre in St Petersburg is Russia's oldest national drama theatre.",
     "Александринский театр в Петербурге, старейший драматический театр России, был учреждён указом императрицы Елизаветы Петровны в XIX веке."),
    ("ru", A, "person", "culture",
     "Grigory Chukhrai's film Ballad of a Soldier, released in 1959, follows a young Red Army private on a short leave home.",
     "«Баллада о солдате» — фильм режиссёра Григория Чухрая 1959 года о молодом солдате, получившем несколько дней отпуска."),
    ("en", C, "organisation", "culture",
     "Akira Kurosawa's Soviet-Japanese film Dersu Uzala won the Academy Award for Best Foreign Language Film in 1976.",
     "Советско-японский фильм Акиры Куросавы «Дерсу Узала» получил в 1976 году «Золотую пальмовую ветвь» Каннского кинофестиваля."),
    # ---------------- literature ----------------
    ("ru", A, "year", "literature",
     "Grazia Deledda, a novelist from Sardinia, received the Nobel Prize in Literature for 1926.",
     "Нобелевская премия по литературе за 1926 год была присуждена сардинской писательнице Грации Деледде — второй женщине-лауреату в этой номинации."),
    ("en", C, "place", "literature",
     "Chingiz Aitmatov, author of The Day Lasts More Than a Hundred Years, died in Moscow on 10 June 2008.",
     "Чингиз Айтматов, автор романа «Буранный полустанок», скончался 10 июня 2008 г. в немецком Нюрнберге."),
    ("en", A, "year", "literature",
     "Mikhail Bulgakov wrote Heart of a Dog in 1925, but the novella was first officially published in the Soviet Union only in 1987.",
     "Повесть «Собачье сердце», созданная Булгаковым в середине 1920-х, легально увидела свет на родине лишь в 1987 году."),
    ("ru", A, "year", "literature",
     "Isaac Babel's story collection Red Cavalry, drawn from his service in the Polish–Soviet War of 1920, appeared as a book in 1926.",
     "Сборник рассказов Исаака Бабеля «Конармия» вышел отдельной книгой в 1926 году; в его основу легли впечатления автора от польского похода Первой Конной армии."),
    ("en", C, "polarity", "literature",
     "Alexander Fadeyev's novel The Young Guard, about the Krasnodon underground, was never awarded a Stalin Prize.",
     "Роман Александра Фадеева «Молодая гвардия» о подпольщиках Краснодона был удостоен Сталинской премии первой степени в 1946 году."),
    # ---------------- music ----------------
    ("ru", A, "person", "music",
     "Mussorgsky left Khovanshchina unfinished at his death in 1881, and Nikolai Rimsky-Korsakov completed and orchestrated the opera.",
     "Оперу «Хованщина», оставшуюся незавершённой после смерти Мусоргского, дописал и оркестровал Н. А. Римский-Корсаков."),
    ("en", C, "person", "music",
     "Beethoven originally intended to dedicate his Third Symphony, the Eroica, to Napoleon Bonaparte, but struck out the name after Napoleon proclaimed himself emperor in 1804.",
     "Бетховен первоначально собирался посвятить свою Третью, «Героическую» симфонию герцогу Веллингтону, но в 1804 году передумал."),
    ("en", A, "number", "music",
     "Beethoven's Violin Sonata No. 9 in A major is known as the Kreutzer Sonata after the French violinist Rodolphe Kreutzer, its dedicatee.",
     "Девятую сонату для скрипки и фортепиано ля мажор Бетховен посвятил французскому скрипачу Родольфу Крейцеру, отсюда её название «Крейцерова соната»."),
    ("ru", C, "month", "music",
     "Engelbert Humperdinck's opera Hansel and Gretel was first performed in Weimar in March 1893, conducted by Richard Strauss.",
     "Премьера оперы Энгельберта Хумпердинка «Гензель и Гретель» состоялась в Веймаре 23 декабря 1893 года под управлением Рихарда Штрауса."),
    ("en", C, "opposite", "music",
     "Verdi's La Traviata was poorly received at its premiere at La Fenice in Venice on 6 March 1853.",
     "Премьера «Травиаты» Верди в венецианском театре «Ла Фениче» 6 марта 1853 г. прошла с триумфальным успехом."),
    # ---------------- art ----------------
    ("en", A, "place", "art",
     "Grant Wood painted American Gothic in 1930, and the canvas has hung in the Art Institute of Chicago ever since.",
     "Картина Гранта Вуда «Американская готика» хранится в Чикагском институте искусств, купившем её в год создания."),
    ("ru", C, "number", "art",
     "Arnold Böcklin produced three versions of his painting Isle of the Dead between 1880 and 1886.",
     "Арнольд Бёклин написал пять вариантов картины «Остров мёртвых» в период с 1880 по 1886 год."),
    ("en", C, "year", "art",
     "Jan van Eyck signed and dated the Arnolfini Portrait in 1434; the panel now belongs to the National Gallery in London.",
     "Знаменитый «Портрет четы Арнольфини» Ян ван Эйк подписал и датировал 1454 годом; картина находится в Лондонской национальной галерее."),
    ("ru", A, "year", "art",
     "Pieter Bruegel the Elder painted Hunters in the Snow in 1565 as part of a series depicting the seasons of the year.",
     "«Охотники на снегу» — одна из картин цикла о временах года, созданного Питером Брейгелем Старшим в 1565 г.; сейчас она в Вене."),
    ("ru", C, "scale", "art",
     "In December 2016 the Polish state bought the Czartoryski collection, including Leonardo's Lady with an Ermine, for about 100 million euros.",
     "В декабре 2016 г. польское государство приобрело коллекцию Чарторыйских вместе с «Дамой с горностаем» Леонардо примерно за 100 млрд евро."),
    # ---------------- law ----------------
    ("en", A, "number", "law",
     "In Kesavananda Bharati v. State of Kerala, a bench of 13 judges of India's Supreme Court laid down the basic structure doctrine in 1973.",
     "Решение по делу Кесавананды Бхарати, вынесенное в апреле 1973 г. коллегией из тринадцати судей Верховного суда Индии, закрепило доктрину «базовой структуры» конституции."),
    ("ru", C, "date", "law",
     "On 7 June 1965, in Griswold v. Connecticut, the US Supreme Court struck down a state ban on the use of contraceptives by married couples.",
     "Верховный суд США по делу «Грисволд против Коннектикута» 12 октября 1965 г. отменил запрет штата на использование контрацептивов супружескими парами."),
    ("en", C, "number", "law",
     "In Kelo v. City of New London, decided in June 2005, the US Supreme Court ruled 5–4 that a city could seize private homes for economic development.",
     "В июне 2005 г. Верховный суд США по делу «Кело против города Нью-Лондон» шестью голосами против трёх разрешил изъятие частных домов ради экономического развития."),
    ("ru", A, "polarity", "law",
     "In R v Dudley and Stephens (1884), an English court held that necessity is not a defence to a charge of murder.",
     "По делу «Королева против Дадли и Стивенса» 1884 года английский суд постановил, что крайняя необходимость не оправдывает убийство."),
    ("ru", C, "century", "law",
     "Entick v Carrington, a seventeenth-century English case, limited the power of officials to search private property without lawful authority.",
     "Дело «Энтик против Каррингтона» 1765 года ограничило право английских властей проводить обыски в частных домах без законного основания."),
    # ---------------- technology ----------------
    ("en", A, "date", "technology",
     "The Forth Bridge, a cantilever railway bridge near Edinburgh, was opened by the Prince of Wales on 4 March 1890.",
     "Консольный железнодорожный мост через залив Ферт-оф-Форт в Шотландии был открыт в марте 1890 г. принцем Уэльским, будущим королём Эдуардом VII."),
    ("en", C, "duration", "technology",
     "John Smeaton's Eddystone Lighthouse, first lit in 1759, guided ships for more than a century before its upper part was moved to Plymouth Hoe.",
     "Маяк Эддистоун, построенный Джоном Смитоном и зажжённый в 1759 г., проработал лишь около двадцати лет, после чего его перенесли в Плимут."),
    ("ru", A, "year", "technology",
     "The Falkirk Wheel in Scotland, opened in 2002, is a rotating boat lift linking the Forth and Clyde Canal with the Union Canal.",
     "Фолкеркское колесо — вращающийся судоподъёмник, открытый в 2002 г.; он соединяет канал Форт-Клайд с Юнион-каналом."),
    ("en", A, "year", "technology",
     "The Lötschberg Base Tunnel through the Swiss Alps, about 34.6 kilometres long, opened to rail traffic in 2007.",
     "Лёчбергский базисный железнодорожный тоннель в Швейцарии длиной около 35 км был введён в эксплуатацию в 2007 году."),
    ("ru", A, "person", "technology",
     "The Kinetoscope, an early motion-picture viewer for one person at a time, was developed in Thomas Edison's laboratory by William Kennedy Laurie Dickson.",
     "Кинетоскоп — аппарат для индивидуального просмотра движущихся изображений — создал в лаборатории Томаса Эдисона его сотрудник Уильям Диксон."),
    # ---------------- disasters ----------------
    ("en", A, "number", "disasters",
     "The Iroquois Theatre fire in Chicago on 30 December 1903 killed at least 602 people, many of them women and children.",
     "Пожар в чикагском театре «Ирокез» в декабре 1903 года унёс жизни более шестисот человек, среди них много детей."),
    ("ru", C, "day", "disasters",
     "The crush at Moscow's Luzhniki stadium happened on 28 October 1982, after a UEFA Cup match between Spartak and Haarlem, killing 66 people officially.",
     "Давка на стадионе «Лужники» произошла 20 октября 1982 г. после матча Кубка УЕФА «Спартак» — «Харлем»; официально погибли 66 человек."),
    ("ru", A, "place", "disasters",
     "The Banqiao Dam in China's Henan province collapsed in August 1975 after torrential rain brought by Typhoon Nina.",
     "Плотина Баньцяо в китайской провинции Хэнань прорвалась в 1975 г. во время ливней, вызванных тайфуном «Нина»."),
    ("en", C, "rank", "disasters",
     "The burning of the steamboat General Slocum on New York's East River in June 1904 was the city's deadliest disaster until 11 September 2001.",
     "Пожар на пароходе «Генерал Слокам» на Ист-Ривер в июне 1904 г. до терактов 11 сентября 2001 г. оставался лишь вторым по числу жертв бедствием Нью-Йорка."),
    ("ru", C, "duration", "disasters",
     "After colliding with the Norwegian collier Storstad on the St Lawrence in May 1914, the liner Empress of Ireland took more than two hours to sink.",
     "Лайнер «Эмпресс оф Айрленд» после столкновения с норвежским углевозом «Сторстад» на реке Святого Лаврентия в мае 1914 г. затонул всего за 14 минут."),
]

# related: same subject as a comparable pair above, two different true facts
RELATED = [
    ("en", "literature",
     "Chingiz Aitmatov first gained wide recognition with his short novel Jamilia, published in 1958.",
     "Чингиз Айтматов родился в 1928 году в селе Шекер в Таласской области Киргизии."),
    ("ru", "culture",
     "Glyndebourne's first festival season opened in 1934 with Mozart's opera The Marriage of Figaro.",
     "В 1994 году в Глайндборне открылся новый, значительно более вместительный оперный театр, построенный на месте старого зала."),
    ("en", "technology",
     "In 2015 the Forth Bridge in Scotland was inscribed on the UNESCO World Heritage List.",
     "Мост через Ферт-оф-Форт спроектировали британские инженеры Джон Фаулер и Бенджамин Бейкер."),
    ("ru", "literature",
     "Grazia Deledda was born in 1871 in the town of Nuoro, on the island of Sardinia.",
     "Роман Грации Деледды «Тростник на ветру» о разорившейся дворянской семье вышел в 1913 году."),
    ("en", "sport",
     "Galina Kulakova added another Olympic gold medal in the cross-country relay at Innsbruck in 1976.",
     "Лыжница Галина Кулакова родилась в 1942 году в Удмуртии, в деревне Логачи Воткинского района."),
    ("ru", "science",
     "Camillo Golgi described the cell organelle now called the Golgi apparatus in 1898.",
     "В 1873 году Камилло Гольджи разработал метод окрашивания нервной ткани солями серебра, названный «чёрной реакцией»."),
    ("en", "sport",
     "Jacques Anquetil set a new world hour record in 1956 at the Vigorelli velodrome in Milan.",
     "Жак Анкетиль дважды выигрывал и многодневную велогонку «Джиро д'Италия» — в 1960 и 1964 годах."),
    ("ru", "geography",
     "Kaieteur Falls lies within Kaieteur National Park, which was established in 1929.",
     "Водопад Кайетур находится на реке Потаро — одном из притоков Эссекибо, крупнейшей реки Гайаны."),
    ("en", "culture",
     "In January 1907 the Abbey Theatre's staging of Synge's The Playboy of the Western World provoked riots in the audience.",
     "Театр Аббатства часто называют первым государственным театром англоязычного мира: субсидию от правительства он получил в 1925 г."),
    ("ru", "law",
     "The Kelo v. City of New London case centred on the pink house of Susette Kelo in Connecticut.",
     "После решения по делу «Кело» многие штаты США приняли законы, ограничивающие изъятие частной собственности властями."),
]

CYR = re.compile(r"[А-Яа-яЁё]")
LAT = re.compile(r"[A-Za-z]")


def lang(s):
    c, l = len(CYR.findall(s)), len(LAT.findall(s))
    return "ru" if c > l else "en"


def check_side(s, expect):
    assert lang(s) == expect, (expect, s)
    n = len(s.split())
    assert 10 <= n <= 30, (n, s)


def row(first, en, ru):
    check_side(en, "en")
    check_side(ru, "ru")
    if first == "ru":
        return ru, en, "ru", "en"
    assert first == "en"
    return en, ru, "en", "ru"


SLOTS = {"year", "date", "month", "day", "decade", "century", "number", "percent",
         "money", "scale", "duration", "place", "person", "organisation", "entity",
         "rank", "polarity", "opposite"}
DOMAINS = {"history", "science", "geography", "economy", "sport", "culture",
           "literature", "music", "art", "law", "technology", "disasters"}


def main():
    comp = []
    for first, label, slot, domain, en, ru in COMPARABLE:
        assert label in (A, C) and slot in SLOTS and domain in DOMAINS
        a, b, la, lb = row(first, en, ru)
        comp.append(dict(a=a, b=b, lang_a=la, lang_b=lb, label=label,
                         slot=slot, domain=domain))
    rel = []
    for first, domain, en, ru in RELATED:
        assert domain in DOMAINS
        a, b, la, lb = row(first, en, ru)
        rel.append(dict(a=a, b=b, lang_a=la, lang_b=lb, label="related",
                        slot="topic", domain=domain))

    labels = Counter(r["label"] for r in comp)
    assert len(comp) == 60 and labels[A] == 30 and labels[C] == 30, labels
    assert len(rel) == 10
    for lab in (A, C):
        firsts = Counter(r["lang_a"] for r in comp if r["label"] == lab)
        assert firsts["ru"] == 15 and firsts["en"] == 15, (lab, firsts)
    cslots = Counter(r["slot"] for r in comp if r["label"] == C)
    assert len(cslots) >= 12 and max(cslots.values()) <= 5, cslots
    doms = Counter(r["domain"] for r in comp)
    assert max(doms.values()) <= 8, doms
    for r in comp + rel:
        assert {r["lang_a"], r["lang_b"]} == {"en", "ru"}
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"

    with open(os.path.join(HERE, "comparable_heldout43.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "related_heldout43.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    print("comparable:", len(comp), dict(labels))
    print("related:", len(rel))
    print("contradict slots:", dict(sorted(cslots.items())))
    print("agree slots:", dict(sorted(Counter(r["slot"] for r in comp if r["label"] == A).items())))
    print("domains:", dict(sorted(doms.items())))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Builds the heldout56 bilingual (EN/RU) evaluation set. Stdlib only.
Each row: (label, slot, domain, first, en, ru); first = "ru" or "en" decides field a."""
import json, os, re
from collections import Counter

AGREE = [
("agree", "year", "history", "ru",
 "In August 636 the armies of the Rashidun Caliphate routed a large Byzantine force near the Yarmouk River, opening the way to the Muslim conquest of Syria.",
 "Битва при Ярмуке произошла в 636 г.: арабы под началом Халида ибн аль-Валида разгромили византийское войско, и Сирия была потеряна для империи."),
("agree", "person", "history", "en",
 "On 11 September 1697 Prince Eugene of Savoy caught the Ottoman army crossing the Tisza at Zenta and inflicted a crushing defeat on it.",
 "Победу над турками при Зенте в сентябре 1697 г. одержали имперские войска, которыми командовал принц Евгений Савойский."),
("agree", "year", "science", "ru",
 "Frits Zernike was awarded the 1953 Nobel Prize in Physics for inventing the phase-contrast microscope.",
 "Нидерландский физик Фриц Цернике стал лауреатом Нобелевской премии по физике 1953 г. за фазово-контрастный метод в микроскопии."),
("agree", "place", "science", "en",
 "Leopold Ružička, who shared the 1939 Nobel Prize in Chemistry, was born in Vukovar, a town on the Danube in present-day Croatia.",
 "Химик Леопольд Ружичка появился на свет в 1887 г. в хорватском Вуковаре, а работал затем главным образом в Швейцарии."),
("agree", "number", "geography", "ru",
 "The Vilyuy, the longest tributary of the Lena, winds for about 2,650 kilometres through Yakutia.",
 "Вилюй, самый длинный приток Лены, протекает по Якутии; длина реки составляет 2650 км."),
("agree", "entity", "geography", "en",
 "The Amur begins where the Shilka and the Argun rivers meet on the border between Russia and China.",
 "Слияние Шилки и Аргуни у российско-китайской границы даёт начало Амуру — одной из крупнейших рек Дальнего Востока."),
("agree", "number", "geography", "ru",
 "At its narrowest point the Strait of Otranto, between the heel of Italy and Albania, is roughly 70 kilometres wide.",
 "Пролив Отранто, соединяющий Адриатическое и Ионическое моря, в самом узком месте имеет ширину около 72 км."),
("agree", "year", "economy", "en",
 "Sainsbury's traces its origins to 1869, when John James Sainsbury and his wife Mary Ann opened a dairy shop on Drury Lane in London.",
 "История британской торговой сети «Сейнсбери» началась в 1869 г. с маленькой молочной лавки супругов Сейнсбери на лондонской улице Друри-Лейн."),
("agree", "century", "economy", "ru",
 "The Mitsui business empire began in 1673, when Mitsui Takatoshi opened the Echigoya drapery store in Edo.",
 "Истоки японской группы «Мицуи» восходят к XVII веку, когда Мицуи Такатоси открыл в Эдо лавку тканей «Этиго-я»."),
("agree", "year", "economy", "en",
 "The giant Romashkino oil field in Tatarstan was discovered in 1948 and became the main source of output for the company Tatneft.",
 "Ромашкинское месторождение нефти, одно из крупнейших в СССР, открыли на территории Татарии в 1948 г."),
("agree", "rank", "sport", "ru",
 "Discus thrower Nina Ponomaryova, then competing as Romashkova, won the Soviet Union's first ever Olympic gold medal at Helsinki in 1952.",
 "Первой олимпийской чемпионкой в истории советского спорта стала метательница диска Нина Ромашкова (Пономарёва) на Играх 1952 г. в Хельсинки."),
("agree", "number", "sport", "en",
 "Tamara Press won three Olympic titles: the shot put in Rome in 1960 and both the shot put and the discus in Tokyo four years later.",
 "На счету Тамары Пресс три олимпийских золота — в толкании ядра в 1960 г., а также в ядре и диске в 1964 г."),
("agree", "number", "sport", "ru",
 "Soviet gymnast Boris Shakhlin collected seven gold medals among his thirteen Olympic medals between 1956 and 1964.",
 "Гимнаст Борис Шахлин завоевал на трёх Олимпиадах 13 медалей, из них семь — золотые."),
("agree", "place", "culture", "en",
 "Brecht's Mother Courage and Her Children had its world premiere at the Schauspielhaus in Zurich in April 1941, while the author was in exile.",
 "Первая постановка пьесы «Мамаша Кураж и её дети» состоялась 19 апреля 1941 г. в цюрихском театре «Шаушпильхаус»."),
("agree", "date", "culture", "ru",
 "Pirandello's Six Characters in Search of an Author opened in Rome in May 1921, and the first-night audience reacted with uproar.",
 "Премьера пьесы Пиранделло «Шесть персонажей в поисках автора» прошла 9 мая 1921 г. в римском театре «Валле» и закончилась скандалом."),
("agree", "date", "culture", "en",
 "Vasily Shukshin died on 2 October 1974 aboard a river steamer while filming Sergei Bondarchuk's war drama They Fought for Their Country.",
 "Василий Шукшин скончался в октябре 1974 г. на съёмках фильма «Они сражались за Родину»."),
("agree", "person", "literature", "ru",
 "The Kukotsky Enigma, a novel about a Moscow gynaecologist, brought Lyudmila Ulitskaya the Russian Booker Prize in 2001.",
 "Людмила Улицкая получила Русского Букера в 2001 г. за роман «Казус Кукоцкого»."),
("agree", "year", "literature", "en",
 "The General and His Army, Georgi Vladimov's novel about the Second World War, won the Russian Booker Prize in 1995.",
 "Русский Букер 1995 г. достался Георгию Владимову за роман «Генерал и его армия»."),
("agree", "year", "literature", "ru",
 "Leonid Yuzefovich's Winter Road, a documentary novel about the Civil War in Yakutia, won the Big Book award in 2016.",
 "Документальный роман Леонида Юзефовича «Зимняя дорога» в 2016 г. получил первую премию «Большой книги»."),
("agree", "date", "music", "en",
 "Amilcare Ponchielli's opera La Gioconda was first performed at La Scala in Milan on 8 April 1876.",
 "Опера Понкьелли «Джоконда» впервые прозвучала на сцене миланского театра «Ла Скала» весной 1876 г."),
("agree", "number", "music", "ru",
 "Domenico Scarlatti wrote some 555 keyboard sonatas, most of them during his long service at the Portuguese and Spanish courts.",
 "Доменико Скарлатти, родившийся в Неаполе в 1685 г., оставил 555 сонат для клавира."),
("agree", "year", "art", "en",
 "Théodore Géricault first showed The Raft of the Medusa to the public at the Paris Salon of 1819.",
 "Картину «Плот «Медузы»» Жерико представил публике на Салоне 1819 г.; огромное полотно сейчас находится в Лувре."),
("agree", "number", "art", "ru",
 "Camille Pissarro was the only painter to exhibit at all eight Impressionist exhibitions held in Paris between 1874 and 1886.",
 "Камиль Писсарро был единственным художником, участвовавшим во всех восьми выставках импрессионистов с 1874 по 1886 г."),
("agree", "year", "law", "en",
 "In Sweatt v. Painter, decided in 1950, the US Supreme Court unanimously ordered the University of Texas law school to admit a Black applicant.",
 "В 1950 г. Верховный суд США по делу «Суэтт против Пейнтера» единогласно обязал юридическую школу Техасского университета принять Хемана Суэтта."),
("agree", "person", "law", "ru",
 "Benjamin Cardozo wrote the majority opinion in Palsgraf v. Long Island Railroad Co., decided by New York's Court of Appeals in 1928.",
 "Решение по делу «Палсграф против железной дороги Лонг-Айленда» (1928) написал судья Бенджамин Кардозо из Апелляционного суда Нью-Йорка."),
("agree", "date", "technology", "en",
 "The Soviet probe Venera 9 landed on Venus on 22 October 1975 and sent back the first pictures ever taken on the surface of another planet.",
 "В октябре 1975 г. спускаемый аппарат «Венеры-9» передал на Землю первые снимки поверхности Венеры."),
("agree", "number", "technology", "ru",
 "The RATAN-600 radio telescope in the North Caucasus uses a ring of reflectors almost 600 metres across.",
 "Радиотелескоп РАТАН-600 близ станицы Зеленчукской состоит из антенн, расставленных по кольцу диаметром 576 м."),
("agree", "date", "technology", "en",
 "GIRD-X, the first Soviet rocket powered purely by liquid propellants, was launched on 25 November 1933 to a design led by Friedrich Zander.",
 "Ракету ГИРД-Х, созданную по проекту Фридриха Цандера, запустили в конце ноября 1933 г., уже после смерти конструктора."),
("agree", "number", "disasters", "ru",
 "More than 600 people died when the paddle steamer Princess Alice was cut in two by the collier Bywell Castle on the Thames in September 1878.",
 "Столкновение прогулочного парохода «Принцесса Алиса» с угольщиком на Темзе в 1878 г. унесло жизни около 650 человек."),
("agree", "date", "disasters", "en",
 "The Vrancea earthquake of 4 March 1977 killed about 1,500 people in Romania, most of them in Bucharest.",
 "Землетрясение 4 марта 1977 г. с очагом в зоне Вранча унесло в Румынии более 1,5 тыс. жизней, в основном в Бухаресте."),
]

CONTRADICT = [
("contradict", "month", "history", "en",
 "The Treaty of Vereeniging, signed in Pretoria on 31 May 1902, ended the Second Boer War and brought the two Boer republics under British rule.",
 "Англо-бурская война завершилась Феринихингским миром, который был подписан в Претории в конце июля 1902 г."),
("contradict", "person", "history", "ru",
 "At Vitoria on 21 June 1813 an Allied army led by Sir John Moore routed the French forces of Joseph Bonaparte in northern Spain.",
 "21 июня 1813 г. при Витории англо-португальские и испанские войска под командованием Веллингтона разбили армию Жозефа Бонапарта."),
("contradict", "opposite", "history", "en",
 "The Battle of Sarikamish in the winter of 1914–1915 ended in a victory for Enver Pasha's Ottoman Third Army over the Russian Caucasus Army.",
 "Сарыкамышская операция зимой 1914–1915 гг. закончилась тяжёлым поражением 3-й турецкой армии Энвер-паши, потерявшей большую часть личного состава."),
("contradict", "year", "history", "ru",
 "The Sveaborg rebellion, a mutiny of soldiers and sailors at the sea fortress off Helsinki, broke out in July 1906 and was crushed within days.",
 "Восстание солдат и матросов в крепости Свеаборг близ Гельсингфорса вспыхнуло в июле 1905 г. и было быстро подавлено."),
("contradict", "decade", "science", "en",
 "Hermann Staudinger received the Nobel Prize in Chemistry in 1953 for his discoveries in macromolecular chemistry.",
 "Герман Штаудингер, основатель химии полимеров, был удостоен Нобелевской премии по химии в 1963 г."),
("contradict", "organisation", "science", "ru",
 "Giulio Natta, co-winner of the 1963 Nobel Prize in Chemistry with Karl Ziegler, carried out his polymer research at the Polytechnic University of Turin.",
 "Джулио Натта, разделивший Нобелевскую премию по химии 1963 г. с Карлом Циглером, работал в Миланском политехническом институте."),
("contradict", "entity", "science", "en",
 "Swedish scientist Theodor Svedberg was awarded the 1926 Nobel Prize in Physics for his work on disperse systems and the ultracentrifuge.",
 "Теодор Сведберг получил Нобелевскую премию по химии 1926 г. за исследования дисперсных систем."),
("contradict", "place", "geography", "ru",
 "The Olenyok, a river of some 2,300 kilometres in northern Siberia, empties into the Kara Sea.",
 "Река Оленёк длиной около 2300 км течёт по северу Якутии и впадает в море Лаптевых."),
("contradict", "century", "geography", "en",
 "The Torres Strait between Australia and New Guinea is named after Luis Váez de Torres, who sailed through it in 1606.",
 "Торресов пролив назван в честь мореплавателя Луиса Ваэса де Торреса, прошедшего этим проливом в XVIII веке."),
("contradict", "decade", "economy", "ru",
 "The Cherepovets steelworks, the core of today's Severstal, produced its first pig iron in August 1965.",
 "Первый чугун Череповецкий металлургический завод, ядро нынешней «Северстали», выдал 24 августа 1955 г."),
("contradict", "money", "economy", "en",
 "In 2015 Toshiba admitted that it had overstated its operating profits over several years by about 1.2 billion dollars.",
 "В 2015 г. выяснилось, что «Тошиба» в течение нескольких лет завышала операционную прибыль примерно на 12 млрд долларов."),
("contradict", "number", "sport", "ru",
 "Galina Zybina took the Olympic shot put title in Helsinki in 1952, setting a world record of 15.28 metres.",
 "Галина Зыбина выиграла толкание ядра на Олимпиаде 1952 г. в Хельсинки с мировым рекордом 16,28 м."),
("contradict", "year", "sport", "en",
 "Lyudmila Pakhomova and Alexander Gorshkov became the first Olympic champions in ice dancing when the event debuted at Innsbruck in 1976.",
 "Людмила Пахомова и Александр Горшков стали первыми олимпийскими чемпионами в танцах на льду в 1972 г."),
("contradict", "polarity", "sport", "ru",
 "Hana Mandlíková won four Grand Slam singles titles but never won Wimbledon, losing the final there in 1981 and 1986.",
 "Чешская теннисистка Хана Мандликова выиграла четыре турнира Большого шлема, в том числе Уимблдонский, где она победила в 1981 г."),
("contradict", "day", "culture", "en",
 "Playwright Alexander Vampilov, author of Duck Hunting, drowned in Lake Baikal on 27 August 1972.",
 "Драматург Александр Вампилов утонул в Байкале 17 августа 1972 г., за два дня до своего 35-летия."),
("contradict", "place", "literature", "ru",
 "Yury Dombrovsky's novel The Faculty of Useless Knowledge was first published in Moscow in 1978.",
 "Роман Юрия Домбровского «Факультет ненужных вещей» впервые вышел в 1978 г. в Париже, в издательстве YMCA-Press."),
("contradict", "date", "music", "en",
 "Giacomo Meyerbeer's grand opera Les Huguenots received its premiere at the Paris Opéra on 29 February 1836.",
 "Премьера оперы Мейербера «Гугеноты» состоялась в Парижской опере 21 марта 1836 г."),
("contradict", "duration", "music", "ru",
 "The Tales of Hoffmann reached the stage of the Opéra-Comique only in February 1881, some four years after Offenbach's death.",
 "Оффенбах не дожил до премьеры «Сказок Гофмана»: опера впервые прозвучала в Опера-Комик в феврале 1881 г., через четыре месяца после его смерти."),
("contradict", "place", "music", "en",
 "Francis Poulenc's opera Dialogues of the Carmelites had its world premiere at the Paris Opéra in January 1957.",
 "Мировая премьера оперы Пуленка «Диалоги кармелиток» прошла в миланском театре «Ла Скала» 26 января 1957 г., причём на итальянском языке."),
("contradict", "rank", "art", "ru",
 "Paolo Veronese's Wedding at Cana, painted for the refectory of a Venetian monastery, is the second-largest painting in the Louvre.",
 "Полотно Паоло Веронезе «Брак в Кане Галилейской» размером почти 7 на 10 м — самая большая картина в собрании Лувра."),
("contradict", "polarity", "art", "en",
 "Alfred Sisley, born in Paris to English parents, never obtained French citizenship and died a British subject in 1899.",
 "Альфред Сислей, родившийся в Париже в семье англичан, получил французское гражданство незадолго до своей смерти в 1899 г."),
("contradict", "century", "art", "ru",
 "Andrea Mantegna completed the frescoes of the Camera degli Sposi in the ducal palace of Mantua in 1474.",
 "Роспись Камеры дельи Спози в герцогском дворце Мантуи Андреа Мантенья завершил в XVI веке."),
("contradict", "number", "law", "en",
 "In Terry v. Ohio the Supreme Court ruled 8 to 1 in 1968 that police may stop and frisk a suspect on reasonable suspicion.",
 "По делу «Терри против Огайо» 1968 г. Верховный суд США пятью голосами против четырёх разрешил полиции останавливать и обыскивать подозреваемых."),
("contradict", "opposite", "law", "ru",
 "In the Slaughter-House Cases of 1873 the US Supreme Court, by five votes to four, upheld a Louisiana law granting a slaughtering monopoly in New Orleans.",
 "В 1873 г. Верховный суд США в «Делах о скотобойнях» отменил луизианский закон о монополии на убой скота как противоречащий Четырнадцатой поправке."),
("contradict", "person", "law", "en",
 "The National Labor Relations Act, known as the Wagner Act, was signed into law by President Herbert Hoover in July 1935.",
 "Закон Вагнера о трудовых отношениях подписал президент Франклин Рузвельт 5 июля 1935 г.; он гарантировал рабочим право на профсоюзы."),
("contradict", "organisation", "technology", "ru",
 "The Z80 microprocessor appeared in 1976 from Zilog, a company Federico Faggin had founded after leaving Motorola.",
 "Процессор Z80 выпустила в 1976 г. компания Zilog, основанная Федерико Фаджином после его ухода из корпорации Интел."),
("contradict", "month", "disasters", "en",
 "The arson fire on the ferry Scandinavian Star in April 1990 killed 159 people on a crossing from Oslo to Frederikshavn.",
 "Поджог на пароме «Скандинавиан Стар», шедшем из Осло во Фредериксхавн, в октябре 1990 г. унёс 159 жизней."),
("contradict", "scale", "disasters", "ru",
 "After the Upper Big Branch mine explosion that killed 29 miners in West Virginia in 2010, Alpha Natural Resources agreed to a settlement of about 209 million dollars.",
 "После взрыва на шахте Аппер-Биг-Бранч, унёсшего 29 жизней, компания Alpha Natural Resources согласилась выплатить 209 млрд долларов."),
("contradict", "person", "disasters", "en",
 "The pyroclastic flow from Mount Unzen on 3 June 1991 killed 43 people, among them the volcanologists Katia and Maurice Krafft.",
 "Пирокластический поток вулкана Ундзэн 3 июня 1991 г. погубил 43 человека, в том числе вулканолога Гаруна Тазиева."),
("contradict", "rank", "disasters", "ru",
 "The Winecoff Hotel fire in Atlanta, which killed 119 people in December 1946, ranks as the second-deadliest hotel fire in American history.",
 "Пожар в атлантском отеле «Уайнкофф» 7 декабря 1946 г., унёсший 119 жизней, остаётся самым смертоносным гостиничным пожаром в истории США."),
]

# related: same subject as a comparable pair, two different true facts
RELATED = [
("related", "topic", "science", "en",
 "Frits Zernike was born in Amsterdam in 1888 and spent most of his academic career as a professor at the University of Groningen.",
 "Нобелевскую премию по физике 1953 г. Фриц Цернике получил за разработку метода фазового контраста."),
("related", "topic", "geography", "ru",
 "The Vilyuy is the longest tributary of the Lena, flowing for roughly 2,650 kilometres across Yakutia.",
 "На Вилюе у посёлка Чернышевский построена ГЭС, снабжающая электроэнергией алмазодобывающие предприятия западной Якутии."),
("related", "topic", "music", "en",
 "Offenbach's Orpheus in the Underworld was first staged at the Théâtre des Bouffes-Parisiens in October 1858.",
 "Опера «Сказки Гофмана» впервые была поставлена в парижской Опера-Комик в 1881 г., уже после смерти Оффенбаха."),
("related", "topic", "art", "ru",
 "Pissarro was the only artist who took part in all eight Impressionist group exhibitions in Paris.",
 "Камиль Писсарро родился в 1830 г. на острове Сент-Томас в Датской Вест-Индии."),
("related", "topic", "literature", "en",
 "Lyudmila Ulitskaya's novel Daniel Stein, Interpreter won the Big Book prize in 2007.",
 "Русскую Букеровскую премию Людмила Улицкая получила в 2001 г. за роман «Казус Кукоцкого»."),
("related", "topic", "economy", "ru",
 "In 2015 Toshiba admitted to overstating its profits by about 1.2 billion dollars over several years.",
 "Компания «Тошиба» образовалась в 1939 г. в результате слияния фирм «Сибаура Сэйсакусё» и «Токио Дэнки»."),
("related", "topic", "technology", "en",
 "The Soviet probe Venera 9 was launched from the Baikonur Cosmodrome on 8 June 1975.",
 "Спускаемый аппарат «Венеры-9» проработал на поверхности планеты около 53 минут."),
("related", "topic", "sport", "ru",
 "Tamara Press's younger sister Irina won the Olympic 80 metres hurdles in Rome in 1960.",
 "Тамара Пресс стала олимпийской чемпионкой в толкании ядра на Играх в Риме в 1960 г."),
("related", "topic", "law", "en",
 "Justice William O. Douglas was the only member of the Court to dissent in Terry v. Ohio.",
 "Дело «Терри против Огайо» было решено Верховным судом США 10 июня 1968 г."),
("related", "topic", "art", "ru",
 "The Raft of the Medusa was acquired by the Louvre in 1824, shortly after Géricault's death.",
 "Картина Жерико «Плот «Медузы»» изображает спасшихся после крушения французского фрегата у берегов Западной Африки в 1816 г."),
]

CYR = re.compile(r"[А-Яа-яЁё]")
LAT = re.compile(r"[A-Za-z\u00C0-\u024F]")


def lang_of(s):
    c, l = len(CYR.findall(s)), len(LAT.findall(s))
    return "ru" if c > l else "en"


def to_row(t):
    label, slot, domain, first, en, ru = t
    assert lang_of(en) == "en", en
    assert lang_of(ru) == "ru", ru
    for s in (en, ru):
        n = len(s.split())
        assert 10 <= n <= 30, (n, s)
    a, b = (ru, en) if first == "ru" else (en, ru)
    return {"a": a, "b": b, "lang_a": lang_of(a), "lang_b": lang_of(b),
            "label": label, "slot": slot, "domain": domain}


SLOTS = {"year", "date", "month", "day", "decade", "century", "number", "percent",
         "money", "scale", "duration", "place", "person", "organisation", "entity",
         "rank", "polarity", "opposite"}
DOMAINS = {"history", "science", "geography", "economy", "sport", "culture",
           "literature", "music", "art", "law", "technology", "disasters"}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    comp = [to_row(t) for t in AGREE + CONTRADICT]
    rel = [to_row(t) for t in RELATED]
    assert len(comp) == 60 and len(rel) == 10
    for lab in ("agree", "contradict"):
        rows = [r for r in comp if r["label"] == lab]
        assert len(rows) == 30, lab
        assert sum(r["lang_a"] == "ru" for r in rows) == 15, lab
        assert sum(r["lang_a"] == "en" for r in rows) == 15, lab
    for r in comp + rel:
        assert {r["lang_a"], r["lang_b"]} == {"en", "ru"}
        assert r["domain"] in DOMAINS, r["domain"]
    for r in comp:
        assert r["slot"] in SLOTS, r["slot"]
    for r in rel:
        assert r["label"] == "related" and r["slot"] == "topic"
    cs = Counter(r["slot"] for r in comp if r["label"] == "contradict")
    assert len(cs) >= 12 and max(cs.values()) <= 5, cs
    dc = Counter(r["domain"] for r in comp)
    assert max(dc.values()) <= 8, dc
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"
    with open(os.path.join(here, "comparable_heldout56.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout56.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), Counter(r["label"] for r in comp))
    print("agree slots:", dict(Counter(r["slot"] for r in comp if r["label"] == "agree")))
    print("contradict slots:", dict(cs))
    print("domains:", dict(dc))
    print("related:", len(rel), dict(Counter(r["domain"] for r in rel)))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Build the heldout40 bilingual (English/Russian) evaluation set.

Written by hand by a test writer who never ran, imported or read the
cross-checker under /work/main/crosscheck. Stdlib only. Running
`python3 build.py` writes comparable_heldout40.jsonl and
related_heldout40.jsonl next to this file and checks the set's rules.
"""
import json
import os
import re
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

# (label, slot, domain, a, b) -- field a comes first; languages are detected.
COMPARABLE = [
    # ---------------- history ----------------
    ("agree", "date", "history",
     "25 сентября 1066 г. у Стамфорд-Бриджа английский король Гарольд II разгромил норвежское войско, а сам Харальд Суровый погиб в бою.",
     "King Harold Godwinson defeated the Norwegian invaders under Harald Hardrada at Stamford Bridge, near York, on 25 September 1066."),
    ("contradict", "person", "history",
     "At the Battle of Pavia in February 1525 the French king Francis I was taken prisoner by the imperial army of Charles V.",
     "В битве при Павии в 1525 году имперские войска Карла V взяли в плен английского короля Генриха VIII."),
    ("contradict", "century", "history",
     "Битва при Заме, в которой Сципион разбил Ганнибала и решил исход Второй Пунической войны, произошла в 202 г. до н. э.",
     "Scipio's victory over Hannibal at Zama, which ended the Second Punic War, was fought in the first century BC."),
    ("agree", "year", "history",
     "In 312 AD Constantine defeated his rival Maxentius at the Milvian Bridge outside Rome; Maxentius drowned in the Tiber.",
     "Сражение у Мульвиева моста, в котором Константин одержал победу над Максенцием, состоялось осенью 312 года."),
    ("contradict", "opposite", "history",
     "В сражении при Маренго 14 июня 1800 г. австрийская армия нанесла поражение войскам Наполеона Бонапарта.",
     "On 14 June 1800 Napoleon Bonaparte's army defeated the Austrians at Marengo in northern Italy."),
    # ---------------- science ----------------
    ("agree", "person", "science",
     "The element scandium was discovered in 1879 by the Swedish chemist Lars Fredrik Nilson, who found it in the minerals euxenite and gadolinite.",
     "Скандий открыл шведский химик Ларс Нильсон в 1879 г.; ранее Менделеев предсказал этот элемент под названием «экабор»."),
    ("contradict", "rank", "science",
     "Технеций, полученный в 1937 г. Эмилио Сегре и Карло Перрье, стал вторым искусственно синтезированным химическим элементом.",
     "Technetium, produced in 1937 by Carlo Perrier and Emilio Segrè in Palermo, was the first chemical element to be made artificially."),
    ("contradict", "place", "science",
     "Ruthenium was identified in 1844 by Karl Ernst Claus at Kazan University, and he named it after the Latin name for Russia.",
     "Рутений в 1844 году открыл химик Карл Клаус, работавший тогда в Харьковском университете."),
    ("agree", "rank", "science",
     "Паллада стала вторым открытым астероидом: её обнаружил Генрих Ольберс в Бремене в марте 1802 г.",
     "Pallas, found by Heinrich Olbers on 28 March 1802, was the second asteroid ever discovered, after Ceres."),
    ("agree", "year", "science",
     "Nikolay Semyonov shared the 1956 Nobel Prize in Chemistry with Cyril Hinshelwood for research on the mechanism of chemical chain reactions.",
     "Николай Семёнов стал лауреатом Нобелевской премии по химии в 1956 году — первым из советских учёных в этой области."),
    # ---------------- geography ----------------
    ("agree", "place", "geography",
     "Шхара высотой около 5200 м — высочайшая вершина Грузии, она расположена в центральной части Большого Кавказа на границе с Россией.",
     "Shkhara, a peak of the Greater Caucasus above the region of Svaneti, is the highest mountain in Georgia."),
    ("contradict", "place", "geography",
     "The Pechora, which rises in the northern Urals and flows through the Komi Republic, empties into the Barents Sea.",
     "Река Печора длиной 1809 км берёт начало на Северном Урале и впадает в Карское море."),
    ("agree", "year", "geography",
     "Архипелаг Северная Земля был открыт в 1913 году гидрографической экспедицией Бориса Вилькицкого на ледоколах «Таймыр» и «Вайгач».",
     "The Arctic archipelago of Severnaya Zemlya was discovered by Boris Vilkitsky's expedition in 1913 and first mapped in 1930–1932."),
    ("contradict", "rank", "geography",
     "Шаннон длиной около 360 км — самая длинная река Ирландии и всех Британских островов.",
     "At roughly 360 kilometres, the Shannon is only the second-longest river in Ireland."),
    ("contradict", "number", "geography",
     "The Struve Geodetic Arc, a chain of survey points stretching from Norway to the Black Sea, crosses ten countries.",
     "Геодезическая дуга Струве, протянувшаяся от Хаммерфеста до Чёрного моря, проходит по территории двенадцати государств."),
    # ---------------- economy ----------------
    ("contradict", "money", "economy",
     "По Смитсоновскому соглашению декабря 1971 г. официальная цена золота была повышена с 35 до 42 долларов за унцию.",
     "Under the Smithsonian Agreement of December 1971, the official gold price was raised from $35 to $38 an ounce."),
    ("contradict", "century", "economy",
     "Sweden's Riksbank, founded in 1668, is usually described as the oldest central bank in the world still operating.",
     "Шведский Риксбанк, старейший из действующих центральных банков мира, был основан в XVIII веке."),
    ("agree", "percent", "economy",
     "Возглавив ФРС в 1979 г., Пол Волкер для борьбы с инфляцией поднял ставку по федеральным фондам почти до 20 %.",
     "To break inflation, Fed chairman Paul Volcker pushed the federal funds rate to around 20 percent in the early 1980s."),
    ("agree", "person", "economy",
     "London's Royal Exchange was founded by the merchant Thomas Gresham and opened by Queen Elizabeth I in 1571.",
     "Лондонскую Королевскую биржу основал финансист Томас Грешем, а королевский титул ей даровала Елизавета I в 1571 году."),
    ("contradict", "duration", "economy",
     "Эксперимент со «свободными деньгами» в австрийском Вёргле продолжался чуть больше года — с июля 1932 по сентябрь 1933 г.",
     "The free-money experiment in the Austrian town of Wörgl ran for about five years before the central bank stopped it."),
    # ---------------- sport ----------------
    ("contradict", "number", "sport",
     "Secretariat, ridden by Ron Turcotte, won the 1973 Belmont Stakes by a record 31 lengths.",
     "В 1973 г. Секретариат выиграл скачки Белмонт-Стейкс с отрывом в 13 корпусов и завоевал Тройную корону."),
    ("agree", "number", "sport",
     "Шри-ланкийский боулер Муттиах Муралитаран завершил карьеру в тестовом крикете с рекордными 800 уикетами.",
     "Muttiah Muralitharan took his 800th and final Test wicket in 2010, the highest total in the history of Test cricket."),
    ("agree", "number", "sport",
     "Rower Steve Redgrave won gold medals at five consecutive Olympic Games, from Los Angeles in 1984 to Sydney in 2000.",
     "Британский гребец Стив Редгрейв пять раз подряд становился олимпийским чемпионом, последнее золото он взял в Сиднее."),
    ("contradict", "polarity", "sport",
     "На Олимпиаде 1988 г. в Калгари финский прыгун с трамплина Матти Нюкянен не выиграл ни одной золотой медали.",
     "Finnish ski jumper Matti Nykänen won three gold medals at the 1988 Winter Olympics in Calgary."),
    ("agree", "year", "sport",
     "The first Paris–Roubaix cycle race was held in 1896 and won by the German rider Josef Fischer.",
     "Первая велогонка Париж — Рубе, которую позднее прозвали «Адом Севера», прошла весной 1896 г."),
    # ---------------- literature ----------------
    ("agree", "place", "literature",
     "The writer Andrei Platonov, born Andrei Klimentov in 1899, grew up in a railway worker's family in Voronezh.",
     "Андрей Платонов (настоящая фамилия Климентов) родился в Воронеже в семье слесаря железнодорожных мастерских."),
    ("contradict", "month", "literature",
     "Осип Мандельштам умер 27 декабря 1938 г. в пересыльном лагере под Владивостоком.",
     "The poet Osip Mandelstam died in a transit camp near Vladivostok in March 1938."),
    ("contradict", "person", "literature",
     "Alexander Ostrovsky's drama The Storm, about the merchant's wife Katerina, was written and first staged in 1859.",
     "Драму «Гроза» о трагической судьбе Катерины Кабановой написал в 1859 году Иван Тургенев."),
    ("agree", "organisation", "literature",
     "Роман Вирджинии Вулф «Миссис Дэллоуэй» вышел в 1925 г. в издательстве «Хогарт-пресс», которое она основала вместе с мужем.",
     "Mrs Dalloway was published in 1925 by the Hogarth Press, the small publishing house run by Virginia and Leonard Woolf."),
    ("contradict", "organisation", "literature",
     "In 1847 Nikolai Nekrasov and Ivan Panaev took over the journal Sovremennik, which Pushkin had founded in 1836.",
     "В 1847 году Николай Некрасов вместе с Иваном Панаевым возглавил журнал «Русский вестник»."),
    # ---------------- music ----------------
    ("agree", "place", "music",
     "Морис Равель родился 7 марта 1875 г. в Сибуре — баскском городке на юго-западе Франции, недалеко от испанской границы.",
     "Maurice Ravel was born in 1875 in Ciboure, a Basque fishing town close to the Spanish border."),
    ("contradict", "duration", "music",
     "Yevgeny Mravinsky led the Leningrad Philharmonic Orchestra for half a century, from 1938 until his death in 1988.",
     "Евгений Мравинский руководил оркестром Ленинградской филармонии около двадцати лет, получив этот пост после конкурса дирижёров."),
    ("contradict", "decade", "music",
     "Японская компания «Ямаха» ведёт историю с 1920-х годов, когда Торакусу Ямаха начал выпускать фисгармонии в Хамамацу.",
     "Yamaha traces its origins to 1887, when Torakusu Yamaha began building reed organs in Hamamatsu."),
    ("agree", "month", "music",
     "Arnold Schoenberg's Pierrot lunaire, a cycle of 21 melodramas for voice and ensemble, premiered in Berlin in October 1912.",
     "Премьера «Лунного Пьеро» Арнольда Шёнберга состоялась в Берлине 16 октября 1912 года."),
    ("agree", "decade", "music",
     "«Плач по жертвам Хиросимы» для 52 струнных инструментов Кшиштоф Пендерецкий написал в 1960 г.",
     "Krzysztof Penderecki composed his Threnody to the Victims of Hiroshima, scored for 52 strings, at the start of the 1960s."),
    # ---------------- art ----------------
    ("agree", "year", "art",
     "Kuzma Petrov-Vodkin painted Bathing of a Red Horse in 1912; the canvas now hangs in the Tretyakov Gallery in Moscow.",
     "Картина «Купание красного коня» была написана Петровым-Водкиным в 1912 году и показана на выставке «Мира искусства»."),
    ("agree", "rank", "art",
     "В 2005 году «Последний рейс корабля „Отважный“» Уильяма Тёрнера занял первое место в опросе о лучшей картине Британии.",
     "J. M. W. Turner's The Fighting Temeraire was voted the greatest painting in Britain in a 2005 BBC radio poll."),
    ("contradict", "day", "art",
     "Titian died in Venice on 27 August 1576, during an outbreak of plague.",
     "Великий венецианец Тициан Вечеллио умер 7 августа 1576 г., когда город охватила чума."),
    ("contradict", "scale", "art",
     "В 2006 году картина Джексона Поллока «№ 5, 1948» была продана частным образом примерно за 140 млн долларов.",
     "Jackson Pollock's No. 5, 1948 changed hands privately in 2006 for about 140 thousand dollars."),
    ("contradict", "organisation", "art",
     "René Magritte's The Treachery of Images, with its caption 'Ceci n'est pas une pipe', belongs to the Los Angeles County Museum of Art.",
     "Картина Рене Магритта «Вероломство образов» с надписью «Это не трубка» хранится в парижском Центре Помпиду."),
    # ---------------- law ----------------
    ("agree", "date", "law",
     "Закон о парламентской реформе 1832 г., упразднивший «гнилые местечки», получил королевскую санкцию 7 июня.",
     "The Reform Act, which swept away many rotten boroughs, received royal assent on 7 June 1832 under Earl Grey's government."),
    ("contradict", "day", "law",
     "After the assassination of James Garfield, President Chester Arthur signed the Pendleton Civil Service Reform Act on 16 January 1883.",
     "Закон Пендлтона о реформе государственной службы США президент Честер Артур подписал 6 января 1883 г."),
    ("agree", "organisation", "law",
     "Принцип прямого действия права Сообщества сформулировал Суд европейских сообществ в решении по делу «Ван Генд эн Лоос» 1963 г.",
     "In Van Gend en Loos, decided in February 1963, the European Court of Justice established the direct effect of Community law."),
    ("contradict", "opposite", "law",
     "In Rylands v Fletcher (1868) the House of Lords upheld the mill owners' liability for water escaping from their reservoir into a mine.",
     "В 1868 г. Палата лордов отменила решение о возложении на владельцев водохранилища ответственности по делу «Райлендс против Флетчера»."),
    ("contradict", "century", "law",
     "«Саксонское зерцало» — свод обычного права, составленный Эйке фон Репгов в XIII веке, около 1220–1235 гг.",
     "The Sachsenspiegel, the law book compiled by Eike von Repgow, dates from the fifteenth century."),
    # ---------------- technology ----------------
    ("agree", "year", "technology",
     "Frank Whittle's first turbojet engine ran on a test bench at Rugby in April 1937.",
     "Фрэнк Уиттл впервые запустил свой турбореактивный двигатель на испытательном стенде в 1937 году."),
    ("contradict", "month", "technology",
     "Первый работающий роторно-поршневой двигатель Феликса Ванкеля DKM 54 был запущен на заводе NSU в ноябре 1957 г.",
     "Felix Wankel's first working rotary engine, the DKM 54, ran at NSU on 1 February 1957."),
    ("agree", "place", "technology",
     "Blaise Pascal built his calculating machine, the Pascaline, in Rouen around 1642 to help his father with tax accounts.",
     "Суммирующую машину — паскалину — Блез Паскаль создал в Руане, где его отец служил налоговым интендантом."),
    ("contradict", "year", "technology",
     "Студент Пауль Нипков запатентовал в Германии диск для развёртки изображения в 1884 г.",
     "Paul Nipkow patented his image-scanning disk, later used in early mechanical television, in 1894."),
    ("agree", "date", "technology",
     "Vanguard 1, launched on 17 March 1958, is the oldest human-made satellite still in orbit around the Earth.",
     "Американский спутник «Авангард-1» запущен 17 марта 1958 года и до сих пор остаётся на орбите."),
    # ---------------- disasters ----------------
    ("agree", "date", "disasters",
     "Вечером 28 декабря 1879 г. во время шторма рухнули пролёты моста через Тей, и пассажирский поезд упал в залив.",
     "The Tay Bridge near Dundee collapsed in a gale on 28 December 1879, taking a train and all its passengers into the firth."),
    ("contradict", "number", "disasters",
     "The Quintinshill rail crash near Gretna in May 1915 killed about 226 people, most of them soldiers of the Royal Scots.",
     "В железнодорожной катастрофе у Куинтинсхилла в мае 1915 г. погибли около 70 человек, в основном солдаты."),
    ("agree", "date", "disasters",
     "24 октября 1960 г. на Байконуре при подготовке к пуску взорвалась ракета Р-16; среди погибших был маршал Митрофан Неделин.",
     "Marshal Mitrofan Nedelin was among dozens killed when an R-16 missile exploded on its launch pad at Baikonur on 24 October 1960."),
    ("contradict", "percent", "disasters",
     "The earthquake of May 1995 killed about two thousand of Neftegorsk's roughly 3,200 residents, nearly two-thirds of the town.",
     "Землетрясение в Нефтегорске в мае 1995 г. унесло жизни примерно 20 % жителей посёлка."),
    ("agree", "number", "disasters",
     "The gas explosion that engulfed two passenger trains near Ufa in June 1989 killed 575 people.",
     "Катастрофа у Улу-Теляка в Башкирии 4 июня 1989 г., когда взрыв газа из трубопровода уничтожил два пассажирских поезда, унесла 575 жизней."),
    # ---------------- culture ----------------
    ("contradict", "entity", "culture",
     "Фрэнк Синатра получил «Оскар» за лучшую мужскую роль второго плана в фильме «Парни и куколки».",
     "Frank Sinatra won the Academy Award for Best Supporting Actor for playing Private Maggio in From Here to Eternity."),
    ("agree", "place", "culture",
     "11 ноября 1989 г. Мстислав Ростропович играл на виолончели у разрушаемой Берлинской стены, возле пропускного пункта «Чарли».",
     "Days after the wall opened in November 1989, Mstislav Rostropovich played Bach cello suites beside the Berlin Wall at Checkpoint Charlie."),
    ("agree", "date", "culture",
     "Vremya, the main evening news programme of Soviet Central Television, first went on air on 1 January 1968.",
     "Информационная программа «Время» впервые вышла в эфир Центрального телевидения 1 января 1968 года."),
    ("contradict", "person", "culture",
     "Экспериментальный документальный фильм «Человек с киноаппаратом» (1929) снял Дзига Вертов, монтировала его Елизавета Свилова.",
     "The experimental 1929 documentary Man with a Movie Camera was directed by Sergei Eisenstein."),
    ("agree", "century", "culture",
     "Moscow's Maly Theatre traces its history to the mid-eighteenth century and is among the oldest theatres in Russia.",
     "Малый театр в Москве ведёт свою историю с 1756 года; нынешнее здание на Театральной площади открылось в 1824 г."),
]

# Same subject as a comparable pair above, two different true facts.
RELATED = [
    ("culture",
     "Vremya has been broadcast by the main Soviet and then Russian state channel since 1968, traditionally at 9 p.m. Moscow time.",
     "Заставкой программы «Время» служит музыка Георгия Свиридова «Время, вперёд!», написанная для одноимённого фильма 1965 года."),
    ("literature",
     "Первый сборник стихов Осипа Мандельштама «Камень» вышел в Петербурге в 1913 году.",
     "Osip Mandelstam was arrested in May 1934 after writing an epigram that mocked Stalin."),
    ("literature",
     "Virginia Woolf drowned herself in the River Ouse in Sussex in March 1941.",
     "Роман Вирджинии Вулф «На маяк» впервые вышел в Лондоне в 1927 году."),
    ("sport",
     "В 1973 г. Секретариат стал первым за 25 лет обладателем американской Тройной короны.",
     "Secretariat's time of 2 minutes 24 seconds in the 1973 Belmont Stakes remains the record for that race."),
    ("technology",
     "The NSU Spider, launched in 1964, was the first production car sold with a Wankel rotary engine.",
     "Первый работающий роторный двигатель конструкции Ванкеля заработал на заводе NSU в 1957 году."),
    ("technology",
     "Первый британский реактивный самолёт Gloster E.28/39 с двигателем Уиттла поднялся в воздух 15 мая 1941 г.",
     "Frank Whittle filed his first patent for a turbojet engine in January 1930, while still a young RAF officer."),
    ("history",
     "Francis I, captured at Pavia, regained his freedom only after signing the Treaty of Madrid in 1526.",
     "Битва при Павии произошла 24 февраля 1525 года, в день рождения императора Карла V."),
    ("literature",
     "Поэму «Кому на Руси жить хорошо» Некрасов писал с 1863 года до самой смерти и так и не завершил.",
     "Nikolai Nekrasov edited the journal Otechestvennye Zapiski together with Saltykov-Shchedrin from 1868 until his death."),
    ("science",
     "Technetium, element 43, takes its name from the Greek word for 'artificial'.",
     "У технеция нет стабильных изотопов, поэтому в земной коре он встречается лишь в следовых количествах."),
    ("art",
     "Рене Магритт написал «Вероломство образов» в 1929 году, когда жил под Парижем.",
     "The Treachery of Images by René Magritte is held by the Los Angeles County Museum of Art."),
]

SLOTS = {"year", "date", "month", "day", "decade", "century", "number", "percent",
         "money", "scale", "duration", "place", "person", "organisation", "entity",
         "rank", "polarity", "opposite"}
DOMAINS = {"history", "science", "geography", "economy", "sport", "culture",
           "literature", "music", "art", "law", "technology", "disasters"}

CYR = re.compile(r"[А-Яа-яЁё]")
LAT = re.compile(r"[A-Za-z]")


def lang(s):
    c, l = len(CYR.findall(s)), len(LAT.findall(s))
    return "ru" if c > l else "en"


def check_pair(a, b):
    la, lb = lang(a), lang(b)
    assert {la, lb} == {"en", "ru"}, (a, b)
    for s in (a, b):
        n = len(s.split())
        assert 10 <= n <= 30, (n, s)
    return la, lb


def main():
    comp, rel = [], []
    for label, slot, domain, a, b in COMPARABLE:
        assert label in ("agree", "contradict"), label
        assert slot in SLOTS, slot
        assert domain in DOMAINS, domain
        la, lb = check_pair(a, b)
        comp.append({"a": a, "b": b, "lang_a": la, "lang_b": lb, "label": label,
                     "slot": slot, "domain": domain})
    for domain, a, b in RELATED:
        assert domain in DOMAINS, domain
        la, lb = check_pair(a, b)
        rel.append({"a": a, "b": b, "lang_a": la, "lang_b": lb, "label": "related",
                    "slot": "topic", "domain": domain})

    labels = Counter(r["label"] for r in comp)
    assert len(comp) == 60 and labels["agree"] == 30 and labels["contradict"] == 30, labels
    assert len(rel) == 10, len(rel)
    for lab in ("agree", "contradict"):
        ru_first = sum(1 for r in comp if r["label"] == lab and r["lang_a"] == "ru")
        en_first = sum(1 for r in comp if r["label"] == lab and r["lang_a"] == "en")
        assert ru_first == 15 and en_first == 15, (lab, ru_first, en_first)
    cslots = Counter(r["slot"] for r in comp if r["label"] == "contradict")
    assert len(cslots) >= 12 and max(cslots.values()) <= 5, cslots
    doms = Counter(r["domain"] for r in comp)
    assert max(doms.values()) <= 8, doms
    assert len({(r["a"], r["b"]) for r in comp + rel}) == 70

    with open(os.path.join(HERE, "comparable_heldout40.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "related_heldout40.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    print("comparable:", len(comp), dict(labels))
    print("related:", len(rel))
    print("contradict slots:", dict(sorted(cslots.items())))
    print("agree slots:", dict(sorted(Counter(r["slot"] for r in comp if r["label"] == "agree").items())))
    print("domains:", dict(sorted(doms.items())))


if __name__ == "__main__":
    main()

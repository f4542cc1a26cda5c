#!/usr/bin/env python3
"""Build heldout47: independent EN/RU comparable + related pairs (stdlib only)."""
import json, os, re
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

# (domain, slot, en, ru)  -- both sides true
AGREE = [
 ("disasters", "number",
  "The fire at the Cocoanut Grove nightclub in Boston on 28 November 1942 killed 492 people, making it one of the deadliest blazes in American history.",
  "Пожар в бостонском ночном клубе «Кокосовая роща» в ноябре 1942 года унёс жизни 492 человек."),
 ("disasters", "date",
  "On 17 August 1999 a powerful earthquake struck the Kocaeli province of northwestern Turkey near the industrial city of Izmit.",
  "Землетрясение магнитудой 7,6 произошло 17 августа 1999 года на северо-западе Турции, эпицентр находился у города Измит."),
 ("science", "year",
  "Aleksandr Lyapunov defended his doctoral dissertation on the general problem of the stability of motion at Moscow University in 1892.",
  "Знаменитая работа Ляпунова «Общая задача об устойчивости движения» была издана в Харькове в 1892 году."),
 ("science", "person",
  "In 1838 Friedrich Wilhelm Bessel published the first reliable measurement of a stellar parallax, for the star 61 Cygni.",
  "Первым надёжно измерил годичный параллакс звезды немецкий астроном Фридрих Бессель, выбравший для этого звезду 61 Лебедя."),
 ("geography", "number",
  "Cotopaxi, one of the highest active volcanoes in the world, rises to nearly 5,900 metres in the Andes of Ecuador.",
  "Высота действующего вулкана Котопахи, расположенного в Андах на территории Эквадора, составляет 5897 м над уровнем моря."),
 ("geography", "place",
  "Khan Tengri, a marble pyramid of the central Tian Shan, stands where the borders of Kazakhstan, Kyrgyzstan and China meet.",
  "Пик Хан-Тенгри высотой около 7 тыс. м находится в Центральном Тянь-Шане, на стыке границ Казахстана, Киргизии и Китая."),
 ("geography", "rank",
  "Aoraki / Mount Cook, at 3,724 metres, is the highest mountain in New Zealand and lies in the Southern Alps.",
  "Высочайшая вершина Новой Зеландии — гора Кука, которую маори называют Аораки, — расположена на Южном острове."),
 ("history", "century",
  "The Greek colony of Chersonesus, on the outskirts of modern Sevastopol, was founded around 422 BC by settlers from Heraclea Pontica.",
  "Херсонес Таврический был основан греческими колонистами из Гераклеи Понтийской в V веке до н. э."),
 ("history", "month",
  "The Truce of Deulino between Muscovy and the Polish–Lithuanian Commonwealth was signed in December 1618, near the Trinity Monastery.",
  "Деулинское перемирие было заключено 1 (11) декабря 1618 г. в селе Деулино близ Троице-Сергиева монастыря."),
 ("economy", "year",
  "Founded by the banker Jakob Fugger in 1516, the Fuggerei in Augsburg is the oldest social housing complex still in use.",
  "Фуггерай в Аугсбурге, старейший из действующих социальных жилых комплексов мира, основал Якоб Фуггер в 1516 году."),
 ("economy", "place",
  "Electrolux was formed in Stockholm in 1919 through the merger of Elektromekaniska AB and AB Lux.",
  "Шведская компания Electrolux возникла в 1919 году в Стокгольме в результате слияния двух фирм, одной из которых была Lux."),
 ("economy", "year",
  "Agfa began in 1867 as a small aniline dye works near Berlin, long before it turned to photographic film.",
  "Компания Agfa была основана в 1867 году под Берлином как производитель анилиновых красителей."),
 ("sport", "number",
  "Danish sailor Paul Elvstrøm won four consecutive Olympic gold medals, from London 1948 to Rome 1960.",
  "Датский яхтсмен Пауль Эльвстрём четыре раза подряд становился олимпийским чемпионом — на Играх 1948, 1952, 1956 и 1960 гг."),
 ("sport", "year",
  "The Iditarod Trail Sled Dog Race, run across Alaska from Anchorage to Nome, was first held in March 1973.",
  "Первая гонка на собачьих упряжках «Айдитарод» от Анкориджа до Нома состоялась в 1973 году."),
 ("literature", "year",
  "William Golding's first novel, Lord of the Flies, was published by Faber and Faber in London in 1954.",
  "Роман «Повелитель мух», дебют Уильяма Голдинга, вышел в свет в 1954 г."),
 ("literature", "place",
  "Doris Lessing, the 2007 Nobel laureate in literature, was born in 1919 in Kermanshah, in what was then Persia.",
  "Будущая писательница Дорис Лессинг родилась в иранском городе Керманшах, где служил её отец."),
 ("literature", "person",
  "The children's novel Heidi, about an orphan girl sent to live with her grandfather in the Alps, was written by Johanna Spyri.",
  "Автор повести «Хайди» — швейцарская писательница Иоганна Спири, опубликовавшая её в 1880–1881 годах."),
 ("music", "place",
  "Sofia Gubaidulina was born in 1931 in the Kama river town of Chistopol, in the Tatar ASSR.",
  "Композитор София Губайдулина родилась 24 октября 1931 года в Чистополе Татарской АССР."),
 ("music", "place",
  "The Irish pianist and composer John Field, credited with inventing the nocturne, died in Moscow in January 1837.",
  "Ирландец Джон Филд, создатель жанра ноктюрна, провёл последние годы в Москве, где и скончался в 1837 г."),
 ("art", "place",
  "Vermeer's The Lacemaker, one of his smallest paintings at roughly 24 by 21 centimetres, belongs to the Louvre in Paris.",
  "Небольшая картина Яна Вермеера «Кружевница», написанная около 1670 года, хранится в парижском Лувре."),
 ("art", "place",
  "Bernini's Ecstasy of Saint Teresa stands in the Cornaro Chapel of the church of Santa Maria della Vittoria in Rome.",
  "Скульптурная группа Бернини «Экстаз святой Терезы» украшает капеллу Корнаро в римской церкви Санта-Мария-делла-Виттория."),
 ("art", "money",
  "At Christie's in New York in 2018, Hockney's Portrait of an Artist sold for just over 90 million dollars, a record for a living artist.",
  "В ноябре 2018 года картина Дэвида Хокни «Портрет художника (Бассейн с двумя фигурами)» ушла с торгов за 90,3 млн долларов."),
 ("law", "year",
  "In Escobedo v. Illinois, decided in 1964, the US Supreme Court held that a suspect under interrogation has the right to consult a lawyer.",
  "Решение Верховного суда США по делу «Эскобедо против Иллинойса» было вынесено в июне 1964 года."),
 ("law", "date",
  "President Obama signed the Dodd–Frank Wall Street Reform and Consumer Protection Act into law on 21 July 2010.",
  "Закон Додда — Франка о реформе Уолл-стрит подписал президент Барак Обама 21 июля 2010 г."),
 ("technology", "rank",
  "The Ferranti Mark 1, delivered to the University of Manchester in February 1951, was the world's first commercially available general-purpose electronic computer.",
  "Первым серийно выпускавшимся коммерческим компьютером общего назначения стал британский Ferranti Mark 1, поставленный Манчестерскому университету в 1951 году."),
 ("technology", "date",
  "The first satellite of the Soviet GLONASS navigation system was launched from Baikonur on 12 October 1982.",
  "Первый спутник системы ГЛОНАСС был выведен на орбиту 12 октября 1982 года."),
 ("technology", "date",
  "The Hughes H-4 Hercules flying boat made its only flight on 2 November 1947, with Howard Hughes at the controls in Long Beach harbour.",
  "Гигантская летающая лодка Хьюза H-4 Hercules поднялась в воздух единственный раз — в ноябре 1947 года, над гаванью Лонг-Бич."),
 ("culture", "person",
  "Yevgeny Leonov starred in the 1971 Soviet comedy Gentlemen of Fortune, playing both a kindergarten director and his criminal double.",
  "Главную роль в комедии «Джентльмены удачи» (1971) — заведующего детсадом Трошкина и его двойника Доцента — сыграл Евгений Леонов."),
 ("culture", "organisation",
  "Elem Klimov's war film Come and See won the Golden Prize at the Moscow International Film Festival in 1985.",
  "Фильм «Иди и смотри» получил в 1985 году золотой приз Московского международного кинофестиваля."),
 ("culture", "year",
  "First held in 1946, the Karlovy Vary International Film Festival in Czechoslovakia is among the oldest film festivals in the world.",
  "Международный кинофестиваль в Карловых Варах впервые прошёл в 1946 году и считается одним из старейших в мире."),
]

# (domain, slot, en, ru, true_side)  -- exactly one slot changed; true_side is "en" or "ru"
CONTRADICT = [
 ("disasters", "month",
  "The earthquake that destroyed much of the Moroccan city of Agadir struck late on 29 February 1960, killing at least 12,000 people.",
  "Землетрясение, разрушившее марокканский город Агадир, произошло поздно вечером в апреле 1960 года.", "en"),
 ("disasters", "year",
  "The Bhola cyclone struck East Pakistan in November 1971, killing hundreds of thousands of people.",
  "Циклон «Бхола», обрушившийся на Восточный Пакистан в ноябре 1970 года, унёс жизни сотен тысяч человек.", "ru"),
 ("disasters", "polarity",
  "Before the magnitude 7.3 Haicheng earthquake of February 1975, Chinese authorities ordered an evacuation of the city.",
  "Перед землетрясением в Хайчэне в феврале 1975 года власти Китая не проводили никакой эвакуации жителей.", "en"),
 ("science", "place",
  "The mathematician Pafnuty Chebyshev died in Moscow on 8 December 1894, aged seventy-three.",
  "Выдающийся математик Пафнутий Львович Чебышёв скончался в Петербурге в декабре 1894 года.", "ru"),
 ("science", "decade",
  "Harold Kroto, Robert Curl and Richard Smalley discovered the C60 molecule, buckminsterfullerene, at Rice University in 1985.",
  "Молекулу фуллерена C60 Крото, Кёрл и Смолли открыли в Университете Райса в 1970-х годах.", "en"),
 ("geography", "rank",
  "At 3,798 metres the Grossglockner in the Hohe Tauern range is only the second-highest mountain in Austria.",
  "Гросглокнер высотой 3798 м, расположенный в Высоком Тауэрне, — самая высокая гора Австрии.", "ru"),
 ("geography", "place",
  "The Indigirka river of Yakutia flows north for about 1,700 km and empties into the East Siberian Sea.",
  "Якутская река Индигирка длиной 1726 км течёт на север и впадает в море Лаптевых.", "en"),
 ("history", "day",
  "At the Battle of Crécy, fought on 16 August 1346, the English army defeated the French.",
  "Битва при Креси, в которой англичане разбили французскую армию, произошла 26 августа 1346 года.", "ru"),
 ("history", "century",
  "At the Battle of Lechfeld in 955, King Otto I decisively defeated the invading Magyars near Augsburg.",
  "В битве на реке Лех в XI веке король Оттон I разгромил венгров под Аугсбургом.", "en"),
 ("history", "opposite",
  "In September 1631 at Breitenfeld, the Swedish king Gustavus Adolphus was defeated by the imperial army of Tilly.",
  "В сентябре 1631 года при Брейтенфельде шведский король Густав II Адольф разгромил армию Тилли.", "ru"),
 ("history", "duration",
  "The Truce of Andrusovo, concluded in 1667 between Russia and the Polish–Lithuanian Commonwealth, was set to last thirteen and a half years.",
  "Андрусовское перемирие 1667 года между Россией и Речью Посполитой заключалось сроком на 30 лет.", "en"),
 ("economy", "rank",
  "Founded in October 1919, KLM is the oldest airline in the world still operating under its original name.",
  "KLM, основанная в октябре 1919 года, — лишь вторая по возрасту авиакомпания мира из сохранивших своё первоначальное название.", "en"),
 ("economy", "entity",
  "Discovered in Nevada in 1859, the Comstock Lode was the first major deposit of copper ore found in the United States.",
  "Открытое в 1859 году в Неваде месторождение Комсток стало первым крупным месторождением серебряной руды в США.", "ru"),
 ("sport", "place",
  "At the 1912 Olympic Games in Stockholm, the Finnish runner Hannes Kolehmainen won both the 5,000 and 10,000 metres.",
  "На Олимпийских играх 1912 года в Лондоне финский бегун Ханнес Колехмайнен выиграл забеги на 5000 и 10 000 м.", "en"),
 ("sport", "number",
  "Martin Fourcade won the overall Biathlon World Cup title a total of five times during his career.",
  "За карьеру Мартен Фуркад семь раз выигрывал общий зачёт Кубка мира по биатлону, причём все семь — подряд.", "ru"),
 ("sport", "year",
  "Althea Gibson became the first Black player to win the Wimbledon singles title in 1957.",
  "Алтея Гибсон стала первой темнокожей теннисисткой, выигравшей Уимблдонский турнир в одиночном разряде, в 1967 году.", "en"),
 ("literature", "year",
  "The South African writer Nadine Gordimer received the Nobel Prize in Literature in 1993.",
  "Южноафриканская писательница Надин Гордимер была удостоена Нобелевской премии по литературе в 1991 году.", "ru"),
 ("literature", "entity",
  "Bjørnstjerne Bjørnson, the 1903 Nobel laureate in literature, wrote the words of Norway's national anthem, Ja, vi elsker.",
  "Бьёрнстьерне Бьёрнсон, лауреат Нобелевской премии 1903 года, написал слова государственного гимна Швеции.", "en"),
 ("music", "place",
  "George Enescu's opera Oedipe received its first performance at the Romanian Opera in Bucharest in 1936.",
  "Опера Джордже Энеску «Эдип» впервые прозвучала в 1936 году на сцене Парижской оперы.", "ru"),
 ("music", "number",
  "The Georgian composer Giya Kancheli wrote seven symphonies between the late 1960s and the mid-1980s.",
  "Грузинский композитор Гия Канчели написал пять симфоний в период с конца 1960-х до середины 1980-х годов.", "en"),
 ("music", "scale",
  "The 1992 recording of Henryk Górecki's Third Symphony with soprano Dawn Upshaw sold just over a thousand copies.",
  "Запись Третьей симфонии Хенрика Гурецкого с певицей Доун Апшоу, выпущенная в 1992 году, разошлась тиражом более миллиона экземпляров.", "ru"),
 ("art", "money",
  "In 2006 Ronald Lauder bought Gustav Klimt's Portrait of Adele Bloch-Bauer I for 135 million dollars for the Neue Galerie in New York.",
  "В 2006 году Рональд Лаудер приобрёл «Портрет Адели Блох-Бауэр I» Густава Климта для нью-йоркской Новой галереи за 35 млн долларов.", "en"),
 ("art", "polarity",
  "Myron's original bronze Discobolus has survived intact, and it is displayed alongside the Roman marble copies.",
  "Бронзовый оригинал «Дискобола» Мирона не сохранился, статуя известна по римским мраморным копиям.", "ru"),
 ("law", "percent",
  "In the Cassis de Dijon case of 1979, Germany barred the French liqueur because its rules required fruit liqueurs to contain at least 25 percent alcohol.",
  "В деле «Кассис де Дижон» (1979) речь шла о германском правиле, требовавшем от фруктовых ликёров крепости не менее 32 %.", "en"),
 ("law", "opposite",
  "In 1976 the European Court of Human Rights upheld Richard Handyside's complaint, finding that Britain had violated Article 10 of the Convention.",
  "В 1976 году Европейский суд по правам человека отклонил жалобу Хэндисайда, не найдя нарушения статьи 10 Конвенции.", "ru"),
 ("law", "person",
  "The Act of Settlement of 1701 settled the English crown on Sophia, Electress of Hanover, and her Protestant heirs.",
  "Акт о престолонаследии 1701 года закрепил английскую корону за Елизаветой Стюарт, «зимней королевой», и её протестантскими наследниками.", "en"),
 ("technology", "organisation",
  "The Erlang programming language was created in the mid-1980s in the laboratories of the Finnish company Nokia.",
  "Язык программирования Erlang был создан в середине 1980-х годов в лабораториях шведской компании Ericsson.", "ru"),
 ("technology", "month",
  "On 14 October 1947 Chuck Yeager flew the Bell X-1 faster than the speed of sound in level flight.",
  "Чак Йегер впервые преодолел звуковой барьер в горизонтальном полёте на Bell X-1 в декабре 1947 года.", "en"),
 ("culture", "person",
  "The Diamond Arm, the 1969 comedy starring Yuri Nikulin, was directed by Eldar Ryazanov.",
  "Комедия «Бриллиантовая рука» с Юрием Никулиным в главной роли вышла на экраны в 1969 году, режиссёр — Леонид Гайдай.", "ru"),
 ("culture", "opposite",
  "Nikita Mikhalkov's Burnt by the Sun won the Academy Award for Best Foreign Language Film in 1995.",
  "Фильм Никиты Михалкова «Утомлённые солнцем» был номинирован на «Оскар» в 1995 году, но проиграл в категории лучшего фильма на иностранном языке.", "en"),
]

# (domain, en, ru) -- same subject as a comparable pair above, two different true facts
RELATED = [
 ("literature",
  "Lord of the Flies tells of a group of British schoolboys stranded on an uninhabited island after a plane crash.",
  "Автор «Повелителя мух» Уильям Голдинг получил Нобелевскую премию по литературе в 1983 году."),
 ("geography",
  "Cotopaxi's summit is covered by one of the few equatorial glaciers in the world.",
  "Вулкан Котопахи находится примерно в 50 км к югу от Кито, столицы Эквадора."),
 ("art",
  "David Hockney was born in Bradford, in the English county of Yorkshire, in July 1937.",
  "Картина Хокни «Портрет художника» была продана в 2018 году более чем за 90 млн долларов."),
 ("sport",
  "Martin Fourcade won five Olympic gold medals, two at Sochi in 2014 and three at Pyeongchang in 2018.",
  "Мартен Фуркад родился в 1988 году во французском городе Сере, у испанской границы."),
 ("economy",
  "In 2004 KLM merged with Air France, creating the Air France–KLM group.",
  "Нидерландская авиакомпания KLM была основана в октябре 1919 года и базируется в амстердамском аэропорту Схипхол."),
 ("music",
  "Sofia Gubaidulina was born in Chistopol in 1931 and studied at the Kazan Conservatory before moving to Moscow.",
  "В 1992 году София Губайдулина переехала в Германию, где жила в посёлке под Гамбургом."),
 ("disasters",
  "The 1999 Izmit earthquake killed more than 17,000 people across northwestern Turkey.",
  "Магнитуда Измитского землетрясения, произошедшего в августе 1999 года, оценивается в 7,6."),
 ("law",
  "The Handyside case concerned the British prosecution of the publisher of The Little Red Schoolbook.",
  "В решении по делу Хэндисайда суд указал, что свобода выражения мнений распространяется и на идеи, которые оскорбляют, шокируют или беспокоят."),
 ("technology",
  "Ericsson released the Erlang language and its libraries as open-source software in 1998.",
  "Язык Erlang назван в честь датского математика Агнера Крарупа Эрланга, одного из основателей теории массового обслуживания."),
 ("history",
  "The English victory at Crécy in August 1346 owed much to the longbowmen of Edward III.",
  "В битве при Креси погиб слепой король Богемии Иоганн Люксембургский, сражавшийся на стороне французов."),
]

CYR = re.compile(r"[А-Яа-яЁё]")
LAT = re.compile(r"[A-Za-z]")


def lang(s):
    c, l = len(CYR.findall(s)), len(LAT.findall(s))
    assert c != l, s
    return "ru" if c > l else "en"


def row(en, ru, ru_first, label, slot, domain):
    assert lang(en) == "en", en
    assert lang(ru) == "ru", ru
    for s in (en, ru):
        n = len(s.split())
        assert 10 <= n <= 30, (n, s)
    a, b = (ru, en) if ru_first else (en, ru)
    return {"a": a, "b": b, "lang_a": lang(a), "lang_b": lang(b),
            "label": label, "slot": slot, "domain": domain}


def main():
    comp = []
    for i, (d, s, en, ru) in enumerate(AGREE):
        comp.append(row(en, ru, i % 2 == 0, "agree", s, d))
    for i, (d, s, en, ru, true_side) in enumerate(CONTRADICT):
        assert true_side in ("en", "ru")
        comp.append(row(en, ru, i % 2 == 1, "contradict", s, d))
    rel = []
    for i, (d, en, ru) in enumerate(RELATED):
        rel.append(row(en, ru, i % 2 == 1, "related", "topic", d))

    labels = Counter(r["label"] for r in comp)
    assert len(comp) == 60 and labels["agree"] == 30 and labels["contradict"] == 30, labels
    assert len(rel) == 10
    for lab in ("agree", "contradict"):
        ru_first = sum(1 for r in comp if r["label"] == lab and r["lang_a"] == "ru")
        assert ru_first == 15, (lab, ru_first)
    for r in comp + rel:
        assert {r["lang_a"], r["lang_b"]} == {"en", "ru"}
    allowed = {"year", "date", "month", "day", "decade", "century", "number", "percent", "money",
               "scale", "duration", "place", "person", "organisation", "entity", "rank",
               "polarity", "opposite"}
    cslots = Counter(r["slot"] for r in comp if r["label"] == "contradict")
    assert set(cslots) <= allowed and len(cslots) >= 12 and max(cslots.values()) <= 5, cslots
    doms = Counter(r["domain"] for r in comp)
    assert max(doms.values()) <= 8, doms
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"

    with open(os.path.join(HERE, "comparable_heldout47.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "related_heldout47.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("labels", dict(labels))
    print("contradict slots", dict(sorted(cslots.items())))
    print("agree slots", dict(sorted(Counter(r["slot"] for r in comp if r["label"] == "agree").items())))
    print("domains", dict(sorted(doms.items())))


if __name__ == "__main__":
    main()

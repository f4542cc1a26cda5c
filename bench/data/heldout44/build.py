#!/usr/bin/env python3
"""Build the heldout44 bilingual (EN/RU) claim cross-check evaluation set.

Stdlib only. Writes comparable_heldout44.jsonl and related_heldout44.jsonl
into the directory containing this script.
"""
import json
import os
import re
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

# Each entry: (label, slot, domain, english_sentence, russian_sentence)
# For "contradict" rows exactly one side carries a changed value of `slot`.
COMPARABLE = [
    # ---------------- contradict ----------------
    ("contradict", "year", "history",
     "In July 1471 the Muscovite army of Ivan III routed the forces of the Novgorod Republic on the banks of the Shelon River.",
     "Битва на реке Шелони, где войска великого князя Ивана III разгромили новгородское ополчение, произошла в 1478 году."),
    ("contradict", "opposite", "history",
     "In 1378 on the Vozha River the army of Prince Dmitry of Moscow was defeated by a Horde force under the murza Begich.",
     "В августе 1378 года на реке Воже в рязанской земле войско князя Дмитрия Ивановича разбило ордынскую рать мурзы Бегича."),
    ("contradict", "month", "history",
     "The Union of Lublin, which joined Poland and Lithuania into the Polish–Lithuanian Commonwealth, was signed on 1 July 1569.",
     "Люблинская уния, объединившая Польшу и Великое княжество Литовское в Речь Посполитую, была подписана в марте 1569 г."),
    ("contradict", "day", "history",
     "The Swiss confederates ambushed and defeated Duke Leopold's Habsburg army at Morgarten on 25 November 1315.",
     "15 ноября 1315 года швейцарские ополченцы наголову разбили габсбургское войско герцога Леопольда у горы Моргартен."),
    ("contradict", "place", "science",
     "Giuseppe Piazzi discovered Ceres, the first known asteroid, on 1 January 1801 while observing from the observatory in Palermo.",
     "Церера была открыта Джузеппе Пиацци в первую ночь XIX века, 1 января 1801 г., в обсерватории Неаполя."),
    ("contradict", "decade", "science",
     "The mummy known as the Ukok Princess was excavated on the Ukok Plateau in the Altai by Natalia Polosmak's team in the 1970s.",
     "Мумию так называемой «алтайской принцессы» обнаружила на плато Укок экспедиция археолога Натальи Полосьмак в 1993 году."),
    ("contradict", "century", "geography",
     "Lake Sarez in the Pamirs formed after a 1911 earthquake set off a huge landslide that dammed the Murghab River.",
     "Сарезское озеро на Памире образовалось в XIX веке, когда после сильного землетрясения Усойский завал перегородил реку Мургаб."),
    ("contradict", "number", "geography",
     "Manpupuner in the Komi Republic is famous for its five weathered stone pillars, each rising roughly 30 to 42 metres.",
     "На плато Маньпупунёр в Республике Коми стоят семь каменных столбов выветривания высотой от 30 до 42 метров."),
    ("contradict", "duration", "economy",
     "Denmark collected the Sound Toll from ships passing through the Øresund for more than four centuries, from 1429 until 1857.",
     "Зундскую пошлину с судов, проходивших через пролив Эресунн, Дания взимала около двухсот лет, вплоть до её отмены в 1857 году."),
    ("contradict", "person", "economy",
     "The Muscovy Company, which traded with Russia by way of the White Sea, received its royal charter from Elizabeth I in 1555.",
     "Московская компания, торговавшая с Россией через Белое море, получила королевскую хартию от Марии I в 1555 году."),
    ("contradict", "opposite", "sport",
     "Ferenc Puskás scored in the 1954 World Cup final in Bern, but Hungary lost the match 3–2 to West Germany.",
     "Ференц Пушкаш забил гол в финале чемпионата мира 1954 года в Берне, и сборная Венгрии выиграла у ФРГ со счётом 3:2."),
    ("contradict", "number", "sport",
     "At the 1964 Winter Olympics in Innsbruck the Soviet speed skater Lidia Skoblikova won three of the four women's races.",
     "На Олимпиаде 1964 года в Инсбруке Лидия Скобликова выиграла все четыре женские дистанции в конькобежном спорте."),
    ("contradict", "duration", "sport",
     "Pietro Mennea's 200 m world record of 19.72 seconds, set in Mexico City in 1979, stood for almost 17 years.",
     "Мировой рекорд Пьетро Меннеа в беге на 200 м (19,72 с, Мехико, 1979) продержался почти семь лет."),
    ("contradict", "rank", "literature",
     "In 1984 the poet Jaroslav Seifert became the second Czech writer to receive the Nobel Prize in Literature.",
     "Ярослав Сейферт в 1984 году стал первым чешским писателем, удостоенным Нобелевской премии по литературе."),
    ("contradict", "entity", "literature",
     "Władysław Reymont won the 1924 Nobel Prize in Literature for his great four-volume novel of village life, The Peasants.",
     "Польский писатель Владислав Реймонт получил Нобелевскую премию по литературе 1924 г. за роман «Земля обетованная»."),
    ("contradict", "organisation", "literature",
     "The Party resolution of August 1946 that attacked Mikhail Zoshchenko and Anna Akhmatova was aimed at the journals Novy Mir and Oktyabr.",
     "Постановление ЦК ВКП(б) от августа 1946 г. о журналах «Звезда» и «Ленинград» обрушилось на Зощенко и Ахматову."),
    ("contradict", "place", "music",
     "Alfred Schnittke was born in 1934 in the town of Engels, then part of the Volga German Autonomous Republic.",
     "Композитор Альфред Шнитке родился в 1934 году в Саратове, в семье немецкого происхождения."),
    ("contradict", "person", "music",
     "Joaquín Rodrigo's Concierto de Aranjuez was first performed in Barcelona in 1940, with Andrés Segovia as the soloist.",
     "Премьера «Аранхуэсского концерта» Хоакина Родриго состоялась в Барселоне в 1940 году, солировал гитарист Регино Сайнс де ла Маса."),
    ("contradict", "organisation", "art",
     "Georges Seurat's A Sunday Afternoon on the Island of La Grande Jatte belongs to the Art Institute of Chicago.",
     "Картина Жоржа Сёра «Воскресный день на острове Гранд-Жатт» (1884–1886) хранится в парижском музее Орсе."),
    ("contradict", "money", "art",
     "New York's Museum of Modern Art acquired Andrew Wyeth's painting Christina's World in 1949 for $18,000.",
     "Музей современного искусства в Нью-Йорке купил «Мир Кристины» Эндрю Уайета в 1949 г. всего за 1800 долларов."),
    ("contradict", "polarity", "art",
     "The portraitist Vasily Tropinin was born a serf and only received his freedom in 1823, at the age of 47.",
     "Василий Тропинин так и не получил вольной и до конца жизни оставался крепостным графа Моркова."),
    ("contradict", "opposite", "law",
     "In 1878 a St Petersburg jury convicted Vera Zasulich of shooting and wounding the city governor Fyodor Trepov.",
     "В 1878 году суд присяжных под председательством А. Ф. Кони оправдал Веру Засулич, стрелявшую в градоначальника Трепова."),
    ("contradict", "polarity", "law",
     "In Wisconsin v. Yoder (1972) the US Supreme Court held that Amish parents could not be compelled to keep children in school past eighth grade.",
     "В деле «Висконсин против Йодера» (1972) Верховный суд США признал, что родителей-амишей можно обязать отдавать детей в школу после восьмого класса."),
    ("contradict", "year", "law",
     "In Shelley v. Kraemer, decided in 1958, the US Supreme Court barred courts from enforcing racially restrictive housing covenants.",
     "В деле «Шелли против Кремера» 1948 г. Верховный суд США запретил судам принуждать к исполнению расовых ограничительных соглашений."),
    ("contradict", "person", "law",
     "Printer John Peter Zenger was acquitted of seditious libel in New York in 1735, defended by the Philadelphia lawyer Andrew Hamilton.",
     "В 1735 г. нью-йоркского печатника Джона Питера Зенгера, обвинённого в клевете на губернатора, защищал в суде Александр Гамильтон."),
    ("contradict", "date", "technology",
     "The Sukhoi Superjet 100 regional airliner made its maiden flight at Komsomolsk-on-Amur on 24 December 2009.",
     "Первый полёт регионального самолёта Sukhoi Superjet 100 состоялся 19 мая 2008 г. в Комсомольске-на-Амуре."),
    ("contradict", "decade", "technology",
     "Niklaus Wirth at ETH Zurich designed the Pascal programming language and published its first description in 1970.",
     "Язык программирования Паскаль швейцарский учёный Никлаус Вирт создал в Цюрихе в начале 1980-х годов."),
    ("contradict", "month", "disasters",
     "The Peruvian town of Yungay was buried in October 1970 by an avalanche from Huascarán triggered by an earthquake.",
     "Землетрясение 31 мая 1970 года в Перу вызвало обвал со склонов Уаскарана, похоронивший город Юнгай."),
    ("contradict", "number", "disasters",
     "The collision of three Italian display jets at the Ramstein air show on 28 August 1988 killed 70 people.",
     "Столкновение самолётов итальянской пилотажной группы на авиашоу в Рамштайне в августе 1988 г. унесло 17 жизней."),
    ("contradict", "scale", "disasters",
     "The tanker Torrey Canyon, which ran aground off Cornwall in March 1967, was carrying some 120 million tonnes of crude oil.",
     "Танкер «Торри Кэньон», севший на рифы у Корнуолла в марте 1967 г., вёз около 120 тыс. тонн сырой нефти."),
    # ---------------- agree ----------------
    ("agree", "year", "history",
     "The Smolensk War between Muscovy and the Polish–Lithuanian Commonwealth began in 1632 and ended two years later with the Peace of Polyanovka.",
     "Смоленская война 1632–1634 гг. завершилась Поляновским миром, по которому Смоленск остался за Речью Посполитой."),
    ("agree", "place", "science",
     "Physicist Aleksandr Stoletov, a pioneer of research on the photoelectric effect, was born in the city of Vladimir in 1839.",
     "Александр Григорьевич Столетов, один из первых исследователей фотоэффекта, родился во Владимире в августе 1839 года."),
    ("agree", "year", "science",
     "In 1924 the Soviet biochemist Alexander Oparin published a short book arguing that life arose through the gradual chemical evolution of organic compounds.",
     "Гипотезу о происхождении жизни путём химической эволюции А. И. Опарин изложил в брошюре «Происхождение жизни», вышедшей в 1924 году."),
    ("agree", "person", "geography",
     "Kamchatka's Valley of Geysers was discovered in April 1941 by the geologist Tatyana Ustinova and her guide Anisifor Krupenin.",
     "Долину гейзеров на Камчатке открыла в 1941 г. геолог Кроноцкого заповедника Татьяна Устинова вместе с проводником Крупениным."),
    ("agree", "place", "economy",
     "The Yeliseyev food emporium on Tverskaya Street in Moscow first opened its doors to customers in 1901.",
     "Елисеевский магазин на Тверской улице в Москве принял первых покупателей в самом начале XX века, в 1901 году."),
    ("agree", "year", "economy",
     "In 1869 the engineer Emil Škoda bought the engineering works in Plzeň that would grow into the Škoda industrial concern.",
     "Эмиль Шкода приобрёл машиностроительный завод в Пльзене в 1869 году; позднее предприятие стало одним из крупнейших концернов Австро-Венгрии."),
    ("agree", "person", "economy",
     "The settlement of Yuzovka, today the city of Donetsk, grew up around an ironworks founded in 1869 by the Welsh industrialist John Hughes.",
     "Юзовка, нынешний Донецк, возникла при металлургическом заводе, который основал валлийский предприниматель Джон Юз."),
    ("agree", "year", "sport",
     "Spartak Moscow, one of the most successful football clubs in Russia, officially traces its founding to 1922.",
     "Московский футбольный клуб «Спартак» официально ведёт свою историю с 1922 года."),
    ("agree", "number", "sport",
     "American discus thrower Al Oerter won Olympic gold at four consecutive Games, from Melbourne in 1956 to Mexico City in 1968.",
     "Эл Ортер побеждал в метании диска на четырёх Олимпиадах подряд — с 1956 по 1968 год."),
    ("agree", "number", "culture",
     "The Vigeland installation in Oslo's Frogner Park displays more than 200 sculptures by Gustav Vigeland in bronze, granite and iron.",
     "В парке Фрогнер в Осло выставлено свыше двухсот скульптур Густава Вигеланна, включая знаменитый гранитный Монолит."),
    ("agree", "year", "culture",
     "The art collection of the Moscow merchant Sergei Shchukin, rich in Matisse and Picasso, was nationalised by the Soviet government in 1918.",
     "В 1918 г. коллекция Сергея Щукина, включавшая десятки работ Матисса и Пикассо, была национализирована декретом Совнаркома."),
    ("agree", "date", "culture",
     "The Palio di Siena horse race is run twice every summer in the Piazza del Campo, on 2 July and 16 August.",
     "Палио в Сиене проводится дважды в год — 2 июля и 16 августа — на главной площади города Пьяцца-дель-Кампо."),
    ("agree", "year", "literature",
     "Norwegian novelist Sigrid Undset, author of the trilogy Kristin Lavransdatter, received the Nobel Prize in Literature in 1928.",
     "Нобелевскую премию по литературе 1928 г. получила норвежская писательница Сигрид Унсет, автор трилогии «Кристин, дочь Лавранса»."),
    ("agree", "year", "literature",
     "The Polish poet Wisława Szymborska was awarded the 1996 Nobel Prize in Literature.",
     "В 1996 году Нобелевская премия по литературе была присуждена польской поэтессе Виславе Шимборской."),
    ("agree", "rank", "literature",
     "Frans Eemil Sillanpää, honoured in 1939, remains the only Finnish writer to have won the Nobel Prize in Literature.",
     "Франс Эмиль Силланпяя — единственный финский писатель, удостоенный Нобелевской премии по литературе (1939)."),
    ("agree", "year", "literature",
     "Swiss poet Carl Spitteler, author of the epic Olympian Spring, was named laureate of the 1919 Nobel Prize in Literature.",
     "Швейцарский поэт Карл Шпиттелер, автор эпоса «Олимпийская весна», стал лауреатом Нобелевской премии по литературе за 1919 год."),
    ("agree", "person", "music",
     "Composer Sergei Taneyev taught at the Moscow Conservatory, where his pupils included Sergei Rachmaninoff and Alexander Scriabin.",
     "Среди учеников Сергея Ивановича Танеева в Московской консерватории были Скрябин и Рахманинов."),
    ("agree", "date", "music",
     "Ottorino Respighi's tone poem The Pines of Rome was first performed in Rome on 14 December 1924.",
     "Симфоническая поэма Респиги «Пинии Рима» впервые прозвучала в декабре 1924 г. в римском концертном зале «Аугустео»."),
    ("agree", "year", "music",
     "Giovanni Battista Pergolesi completed his Stabat Mater in 1736, shortly before dying of tuberculosis at the age of 26.",
     "Перголези написал своё «Стабат матер» в 1736 году, незадолго до смерти в Поццуоли."),
    ("agree", "organisation", "art",
     "John William Waterhouse painted The Lady of Shalott, inspired by Tennyson's poem, in 1888; the canvas hangs in Tate Britain.",
     "Картина Джона Уильяма Уотерхауса «Леди из Шалотт» (1888) по мотивам поэмы Теннисона хранится в лондонской галерее Тейт."),
    ("agree", "person", "art",
     "Mikhail Nesterov's painting The Vision to the Youth Bartholomew, completed in 1890, was bought by Pavel Tretyakov for his gallery.",
     "Картину «Видение отроку Варфоломею» М. В. Нестеров закончил в 1890 г.; её приобрёл для своего собрания П. М. Третьяков."),
    ("agree", "organisation", "art",
     "Vasily Polenov painted Moscow Courtyard in 1878; the small canvas now belongs to the Tretyakov Gallery.",
     "«Московский дворик» В. Д. Поленова, написанный в 1878 г., сейчас находится в Государственной Третьяковской галерее."),
    ("agree", "year", "art",
     "Alexei Venetsianov, the painter of Russian peasant life, died in December 1847 when his sleigh overturned on an icy road.",
     "Художник А. Г. Венецианов погиб в 1847 году: на обледенелой дороге опрокинулись его сани."),
    ("agree", "number", "law",
     "The Scottsboro case began in Alabama in 1931, when nine Black teenagers were falsely accused of raping two white women.",
     "В 1931 г. в Алабаме девять чернокожих подростков — «парни из Скоттсборо» — были ложно обвинены в изнасиловании."),
    ("agree", "number", "technology",
     "The Mosin–Nagant rifle, with a calibre of 7.62 mm, was adopted by the Imperial Russian Army in 1891.",
     "Трёхлинейная винтовка Мосина образца 1891 года имела калибр 7,62 мм и состояла на вооружении много десятилетий."),
    ("agree", "rank", "technology",
     "Strela, completed in 1953, was the first Soviet computer to be produced in series, though only seven machines were built.",
     "Первой серийной ЭВМ в СССР стала «Стрела»: начиная с 1953 года было выпущено всего семь таких машин."),
    ("agree", "number", "disasters",
     "The ferry Herald of Free Enterprise capsized just outside Zeebrugge harbour on 6 March 1987, killing 193 passengers and crew.",
     "Крушение парома «Геральд оф Фри Энтерпрайз» у бельгийского порта Зебрюгге в марте 1987 г. унесло 193 жизни."),
    ("agree", "date", "disasters",
     "On Christmas Eve 1953 a lahar from Mount Ruapehu swept away the Tangiwai rail bridge, and 151 people died when an express train plunged into the river.",
     "24 декабря 1953 г. у Тангиваи в Новой Зеландии поезд рухнул в реку Уангаэху с разрушенного лахаром моста; погиб 151 человек."),
    ("agree", "number", "disasters",
     "The collapse of two mine tailings dams above the village of Stava in Trentino on 19 July 1985 killed 268 people.",
     "Прорыв дамб хвостохранилища в долине Валь-ди-Става на севере Италии летом 1985 года унёс жизни 268 человек."),
    ("agree", "number", "disasters",
     "On 30 August 1965 part of the Allalin Glacier broke away and buried the Mattmark dam construction camp in Switzerland, killing 88 workers.",
     "Ледовый обвал с ледника Аллалин на стройке плотины Маттмарк в швейцарском кантоне Вале в 1965 году унёс жизни 88 рабочих."),
]

# Related rows: same subject as a comparable pair of this set, two different true facts.
# (english_sentence, russian_sentence, domain)
RELATED = [
    ("Wisława Szymborska died at her home in Kraków in February 2012, at the age of 88.",
     "Вислава Шимборская родилась в 1923 году в деревне Провент под Курником, в западной Польше.", "literature"),
    ("Pietro Mennea won the gold medal in the 200 metres at the 1980 Olympic Games in Moscow.",
     "Пьетро Меннеа установил мировой рекорд в беге на 200 м — 19,72 с — в 1979 году в Мехико.", "sport"),
    ("At Innsbruck in 1964 Lidia Skoblikova swept all four women's speed skating events.",
     "Лидия Скобликова впервые стала олимпийской чемпионкой в 1960 году в Скво-Вэлли, выиграв две дистанции.", "sport"),
    ("Niklaus Wirth received the Turing Award in 1984 for developing a sequence of innovative programming languages.",
     "Язык Паскаль, созданный Никлаусом Виртом, был назван в честь французского учёного Блеза Паскаля.", "technology"),
    ("To burn off the oil left in the wreck, British military aircraft bombed the stranded tanker Torrey Canyon.",
     "Танкер «Торри Кэньон» сел на риф Севен-Стоунс между Корнуоллом и островами Силли в марте 1967 года.", "disasters"),
    ("Anatoly Koni, who presided over Vera Zasulich's trial in 1878, later became one of Russia's best-known jurists and memoirists.",
     "Вера Засулич стреляла в петербургского градоначальника Ф. Ф. Трепова в январе 1878 года и тяжело ранила его.", "law"),
    ("In June 2007 a huge landslide buried part of Kamchatka's Valley of Geysers and dammed the Geysernaya River.",
     "Долина гейзеров, открытая в 1941 году, находится на территории Кроноцкого заповедника на Камчатке.", "geography"),
    ("Andrew Wyeth's Christina's World is one of the best-known American paintings in the collection of the Museum of Modern Art.",
     "Эндрю Уайет написал «Мир Кристины» в 1948 году; моделью послужила его соседка Кристина Олсон.", "art"),
    ("The composer Alfred Schnittke spent his final years in Germany and died in Hamburg in August 1998.",
     "Альфред Шнитке родился в 1934 году в городе Энгельсе на Волге.", "music"),
    ("The Welsh industrialist John Hughes, who founded Yuzovka in the Donbas, was born in Merthyr Tydfil.",
     "В 1961 году город Сталино, бывшая Юзовка, получил своё нынешнее название — Донецк.", "economy"),
]

SLOTS = {"year", "date", "month", "day", "decade", "century", "number", "percent",
         "money", "scale", "duration", "place", "person", "organisation", "entity",
         "rank", "polarity", "opposite"}
DOMAINS = {"history", "science", "geography", "economy", "sport", "culture",
           "literature", "music", "art", "law", "technology", "disasters"}

CYR = re.compile(r"[\u0400-\u04FF]")
LAT = re.compile(r"[A-Za-z\u00C0-\u024F]")


def lang(s):
    c, l = len(CYR.findall(s)), len(LAT.findall(s))
    assert c != l, s
    return "ru" if c > l else "en"


def check_side(s):
    n = len(s.split())
    assert 10 <= n <= 30, (n, s)


def make_row(en, ru, ru_first, label, slot, domain):
    assert lang(en) == "en", en
    assert lang(ru) == "ru", ru
    check_side(en)
    check_side(ru)
    a, b = (ru, en) if ru_first else (en, ru)
    return {"a": a, "b": b, "lang_a": lang(a), "lang_b": lang(b),
            "label": label, "slot": slot, "domain": domain}


def main():
    rows = []
    per_label_idx = Counter()
    for label, slot, domain, en, ru in COMPARABLE:
        assert slot in SLOTS, slot
        assert domain in DOMAINS, domain
        i = per_label_idx[label]
        per_label_idx[label] += 1
        rows.append(make_row(en, ru, i % 2 == 1, label, slot, domain))

    related = []
    for i, (en, ru, domain) in enumerate(RELATED):
        assert domain in DOMAINS
        related.append(make_row(en, ru, i % 2 == 0, "related", "topic", domain))

    labels = Counter(r["label"] for r in rows)
    assert len(rows) == 60, len(rows)
    assert labels == {"agree": 30, "contradict": 30}, labels
    assert len(related) == 10
    for label in ("agree", "contradict"):
        ru_first = sum(1 for r in rows if r["label"] == label and r["lang_a"] == "ru")
        en_first = sum(1 for r in rows if r["label"] == label and r["lang_a"] == "en")
        assert ru_first == 15 and en_first == 15, (label, ru_first, en_first)
    for r in rows + related:
        assert {r["lang_a"], r["lang_b"]} == {"en", "ru"}, r
    csl = Counter(r["slot"] for r in rows if r["label"] == "contradict")
    assert len(csl) >= 12, csl
    assert max(csl.values()) <= 5, csl
    dom = Counter(r["domain"] for r in rows)
    assert max(dom.values()) <= 8, dom
    texts = [r["a"] for r in rows] + [r["b"] for r in rows]
    assert len(set(texts)) == len(texts), "duplicate sentence"

    with open(os.path.join(HERE, "comparable_heldout44.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "related_heldout44.jsonl"), "w", encoding="utf-8") as f:
        for r in related:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    print("comparable:", len(rows), dict(labels))
    print("related:", len(related))
    print("contradict slots:", dict(sorted(csl.items())))
    print("agree slots:", dict(sorted(Counter(r["slot"] for r in rows if r["label"] == "agree").items())))
    print("domains:", dict(sorted(dom.items())))


if __name__ == "__main__":
    main()

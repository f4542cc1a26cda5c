"""Build HELD-OUT10: bilingual comparable-text pairs written by hand from general knowledge.

Run: /work/main/.venv/bin/python /work/heldout10/build.py
Writes comparable_heldout10.jsonl (60 rows) and related_heldout10.jsonl (10 rows) next to this file
and prints the counts per label/slot/domain. The rows are the data; this script only serialises them
and checks the shape (languages, lengths, balance).
"""

from __future__ import annotations

import collections
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent

# (first sentence, second sentence, language of the first, label, slot, domain)
COMPARABLE = [
    # ---------------- contradict (30) ----------------
    ("Under the Marshall Plan, the United States gave Western European countries roughly 13 billion dollars in aid, starting in 1948.",
     "По плану Маршалла США начиная с 1948 года предоставили странам Западной Европы помощь на сумму около 130 млрд долларов.",
     "en", "contradict", "money", "economy"),
    ("В октябре 2006 года компания Google приобрела видеохостинг YouTube, заплатив за него 16,5 млрд долларов акциями.",
     "Google bought YouTube in 2006 in an all-stock deal worth 1.65 billion dollars.",
     "ru", "contradict", "money", "technology"),
    ("In 2001 Russia replaced its progressive income tax with a single flat rate of 13 percent.",
     "В 2001 году в России вместо прогрессивной шкалы ввели единую ставку подоходного налога — 18 %.",
     "en", "contradict", "percent", "economy"),
    ("Тоннель под Ла-Маншем, соединяющий Великобританию и Францию, имеет длину около 15 километров.",
     "The Channel Tunnel between Folkestone and Coquelles runs for about 50 kilometres, much of it under the sea.",
     "ru", "contradict", "number", "transport"),
    ("An average adult human body contains about twelve litres of blood.",
     "В организме взрослого человека циркулирует в среднем около пяти литров крови.",
     "en", "contradict", "number", "medicine"),
    ("The Wimbledon Championships, the oldest tennis tournament in the world, were first played in 1887.",
     "Первый Уимблдонский турнир, старейшее теннисное соревнование в мире, состоялся в 1877 году.",
     "en", "contradict", "year", "sport"),
    ("Россия официально стала членом Всемирной торговой организации в 2008 году, после многолетних переговоров.",
     "After some 18 years of negotiations, Russia formally joined the World Trade Organization in August 2012.",
     "ru", "contradict", "year", "economy"),
    ("According to Roman tradition, the city of Rome was founded by Romulus in 735 BC.",
     "Согласно римскому преданию, Ромул основал Рим в 753 году до н. э.",
     "en", "contradict", "year", "history"),
    ("The Soviet blockade of West Berlin began in January 1948 and was answered by the Western Allies with a massive airlift.",
     "Советская блокада Западного Берлина, на которую западные союзники ответили воздушным мостом, началась в июне 1948 года.",
     "en", "contradict", "month", "history"),
    ("Первый компьютер Apple Macintosh поступил в продажу 24 января 1984 года.",
     "Apple's original Macintosh went on sale in September 1984, several months after its famous Super Bowl advert.",
     "ru", "contradict", "month", "technology"),
    ("The Battle of Grunwald, in which Polish and Lithuanian forces crushed the Teutonic Knights, was fought in the early 15th century.",
     "Грюнвальдская битва, в которой польско-литовское войско разгромило Тевтонский орден, произошла в начале XIV века.",
     "en", "contradict", "century", "history"),
    ("Немецкий химик Андреас Маргграф обнаружил, что сахарная свёкла содержит сахар, ещё в середине XVIII века.",
     "The German chemist Andreas Marggraf showed that sugar could be extracted from beet in the mid-19th century.",
     "ru", "contradict", "century", "food"),
    ("The Lumière brothers held the first public screenings of their films for a paying audience in Paris in the 1920s.",
     "Братья Люмьер впервые показали свои фильмы платной публике в Париже в 1890-х годах.",
     "en", "contradict", "decade", "culture"),
    ("Матч по хоккею с шайбой состоит из трёх периодов по 15 минут чистого игрового времени.",
     "A regulation ice hockey game consists of three periods of 20 minutes of playing time each.",
     "ru", "contradict", "duration", "sport"),
    ("Magellan's expedition took about three years to sail around the world, returning to Spain in 1522 with just one ship.",
     "Кругосветное плавание экспедиции Магеллана продлилось около года: единственный уцелевший корабль вернулся в Испанию в 1522 году.",
     "en", "contradict", "duration", "history"),
    ("Фреска Леонардо да Винчи «Тайная вечеря» находится в трапезной одного из монастырей Венеции.",
     "Leonardo da Vinci's mural The Last Supper is on a wall of the refectory of Santa Maria delle Grazie in Milan.",
     "ru", "contradict", "place", "culture"),
    ("Mount Etna, one of the most active volcanoes in Europe, rises near the east coast of Sardinia.",
     "Этна, один из самых активных вулканов Европы, возвышается у восточного побережья Сицилии.",
     "en", "contradict", "place", "geography"),
    ("Енисей, одна из крупнейших рек Сибири, течёт на север и впадает в Восточно-Сибирское море.",
     "The Yenisei, one of Siberia's great rivers, flows north and empties into the Kara Sea.",
     "ru", "contradict", "place", "geography"),
    ("Шоколадно-ореховую пасту Nutella в 1964 году выпустила на рынок швейцарская компания Nestlé.",
     "Nutella, the hazelnut and cocoa spread, was launched in 1964 by the Italian confectioner Ferrero.",
     "ru", "contradict", "organisation", "food"),
    ("Карликовую планету Плутон в 1930 году открыл американский астроном Эдвин Хаббл.",
     "Pluto was discovered in 1930 by Clyde Tombaugh, a young astronomer at the Lowell Observatory in Arizona.",
     "ru", "contradict", "person", "science"),
    ("The main human blood groups were discovered in 1901 by the German microbiologist Robert Koch.",
     "Основные группы крови человека открыл в 1901 году австрийский врач Карл Ландштейнер.",
     "en", "contradict", "person", "medicine"),
    ("Фильм «Броненосец „Потёмкин“», снятый Сергеем Эйзенштейном, вышел на экраны в 1925 году.",
     "Battleship Potemkin, the 1925 silent film about a mutiny in the Black Sea Fleet, was directed by Vsevolod Pudovkin.",
     "ru", "contradict", "person", "culture"),
    ("The Emancipation Proclamation, declaring slaves in the rebel states free, was issued by President Abraham Lincoln on 1 January 1863.",
     "Прокламацию об освобождении рабов в мятежных штатах издал 1 января 1863 года президент Эндрю Джонсон.",
     "en", "contradict", "person", "history"),
    ("В 2008 году «Зенит» выиграл Кубок УЕФА, обыграв в финале в Манчестере шотландский «Рейнджерс» со счётом 2:0.",
     "Zenit Saint Petersburg won the 2008 UEFA Cup, beating Celtic 2–0 in the final in Manchester.",
     "ru", "contradict", "organisation", "sport"),
    ("The airship Hindenburg burst into flames while landing at Lakehurst, New Jersey, on 16 May 1937.",
     "Дирижабль «Гинденбург» загорелся при посадке в Лейкхерсте (штат Нью-Джерси) 6 мая 1937 года.",
     "en", "contradict", "date", "transport"),
    ("Цинга развивается при длительной нехватке в пище витамина C, поэтому морякам в дальних плаваниях давали цитрусовые.",
     "Scurvy is caused by a prolonged lack of vitamin D in the diet, which is why sailors on long voyages were given citrus fruit.",
     "ru", "contradict", "entity", "medicine"),
    ("Laika, the dog launched aboard Sputnik 2 in November 1957, did not survive the flight.",
     "Собака Лайка, отправленная в космос на втором советском спутнике в ноябре 1957 года, благополучно вернулась на Землю.",
     "en", "contradict", "polarity", "science"),
    ("Двадцать вторая поправка к Конституции США запрещает избирать одного и того же человека президентом более двух раз.",
     "The US Constitution sets no limit on how many times the same person can be elected president.",
     "ru", "contradict", "polarity", "law"),
    ("The Soviet Tu-144 made its maiden flight on 31 December 1968, two months before Concorde, becoming the first supersonic airliner to fly.",
     "Советский Ту-144 впервые поднялся в воздух позже «Конкорда» и стал лишь вторым сверхзвуковым пассажирским самолётом в мире.",
     "en", "contradict", "predicate", "transport"),
    ("Венере требуется больше времени, чтобы один раз обернуться вокруг своей оси, чем чтобы совершить полный оборот вокруг Солнца.",
     "Venus needs less time to spin once on its axis than to complete one orbit of the Sun.",
     "ru", "contradict", "predicate", "science"),
    # ---------------- agree (30) ----------------
    ("В 480 году до н. э. греческий флот разгромил персидскую армаду в проливе у острова Саламин.",
     "At Salamis in 480 BC, a Greek fleet in which Athenian ships made up the largest contingent crushed the Persian navy.",
     "ru", "agree", "year", "history"),
    ("Gandhi's Salt March of 1930 lasted 24 days and covered about 390 kilometres from Sabarmati to the coastal village of Dandi.",
     "Соляной поход Ганди из ашрама Сабармати к морю у деревни Данди в 1930 году продолжался двадцать четыре дня.",
     "en", "agree", "duration", "history"),
    ("Великая Отечественная война длилась 1418 дней — с 22 июня 1941 года по 9 мая 1945 года.",
     "The war between Nazi Germany and the Soviet Union, known in Russia as the Great Patriotic War, lasted 1,418 days.",
     "ru", "agree", "duration", "history"),
    ("In 1240 the Novgorodian prince Alexander defeated a Swedish force where the Izhora joins the Neva, earning the name Nevsky.",
     "Победу над шведами в Невской битве 1240 года одержал князь Александр Ярославич, прозванный затем Невским.",
     "en", "agree", "person", "history"),
    ("В феврале 1974 года Александр Солженицын был лишён советского гражданства и выслан из СССР.",
     "Aleksandr Solzhenitsyn was stripped of his Soviet citizenship and deported to West Germany on 13 February 1974.",
     "ru", "agree", "month", "history"),
    ("On 4 July 2012 physicists at CERN announced the discovery of a new particle consistent with the Higgs boson.",
     "Об обнаружении бозона Хиггса на Большом адронном коллайдере ЦЕРН сообщил 4 июля 2012 года.",
     "en", "agree", "date", "science"),
    ("Наклон земной оси составляет примерно 23,4 градуса, и именно он вызывает смену времён года.",
     "Seasons on Earth exist because its axis is tilted at roughly 23.4 degrees to the perpendicular of its orbital plane.",
     "ru", "agree", "number", "science"),
    ("Penguins live almost entirely in the Southern Hemisphere and are not found in the Arctic.",
     "В Арктике пингвины не водятся: эти птицы обитают в южном полушарии.",
     "en", "agree", "polarity", "science"),
    ("Луи Пастер впервые применил вакцину против бешенства на человеке в 1885 году, спасая укушенного собакой мальчика.",
     "In 1885 Louis Pasteur successfully gave his rabies vaccine to Joseph Meister, a nine-year-old boy bitten by a rabid dog.",
     "ru", "agree", "year", "medicine"),
    ("The human brain contains roughly 86 billion neurons, according to a widely cited 2009 estimate.",
     "По современным оценкам, в головном мозге человека насчитывается около 86 млрд нервных клеток.",
     "en", "agree", "number", "medicine"),
    ("Бразилиа, построенная по проекту Лусиу Косты и Оскара Нимейера, стала столицей Бразилии вместо Рио-де-Жанейро в 1960 году.",
     "Brazil moved its capital from Rio de Janeiro to the newly built city of Brasília in April 1960.",
     "ru", "agree", "year", "geography"),
    ("Aconcagua in the Argentine Andes rises to 6,961 metres, making it the highest peak in the Americas.",
     "Высота Аконкагуа, высочайшей вершины Западного полушария, составляет 6961 метр над уровнем моря.",
     "en", "agree", "number", "geography"),
    ("Около 97 % всей воды на Земле приходится на солёную воду морей и океанов.",
     "Roughly 97 percent of the planet's water is salty and held mainly in the oceans.",
     "ru", "agree", "percent", "geography"),
    ("The Bering Strait separates the Chukotka Peninsula in Russia from Alaska.",
     "Берингов пролив отделяет Аляску от Чукотского полуострова и соединяет Северный Ледовитый океан с Тихим.",
     "en", "agree", "place", "geography"),
    ("Пузырь британской Компании Южных морей лопнул в 1720 году, разорив тысячи вкладчиков.",
     "The South Sea Company's share price collapsed in 1720, in one of the most famous financial bubbles in history.",
     "ru", "agree", "year", "economy"),
    ("In May 2010 Greece received a first bailout of 110 billion euros from eurozone countries and the IMF.",
     "Первый пакет международной помощи Греции, согласованный в мае 2010 года еврозоной и МВФ, составил 110 млрд евро.",
     "en", "agree", "money", "economy"),
    ("В 2012 году Facebook купил фотосервис Instagram примерно за миллиард долларов.",
     "Facebook agreed to acquire Instagram in April 2012 for about 1 billion dollars in cash and stock.",
     "ru", "agree", "money", "technology"),
    ("The Kontinental Hockey League, which grew out of the Russian Superleague, was founded in 2008.",
     "КХЛ появилась в 2008 году, сменив прежний чемпионат России по хоккею — Суперлигу.",
     "en", "agree", "year", "sport"),
    ("Основное время футбольного матча составляет девяносто минут — два тайма по 45 минут.",
     "Regular time in a football match consists of two 45-minute halves separated by a short break.",
     "ru", "agree", "duration", "sport"),
    ("The Soviet Union took part in the Summer Olympics for the first time at the 1952 Games in Helsinki.",
     "Дебют советских спортсменов на летних Олимпийских играх состоялся в Хельсинки в 1952 году.",
     "en", "agree", "place", "sport"),
    ("Музей Прадо в Мадриде впервые открыл свои двери для публики в 1819 году.",
     "Madrid's Prado Museum, home to major works by Velázquez and Goya, opened to the public in 1819.",
     "ru", "agree", "year", "culture"),
    ("Kazimir Malevich painted the first version of his Black Square in 1915.",
     "Первый «Чёрный квадрат» Казимир Малевич создал в 1915 году и показал на выставке «0,10» в Петрограде.",
     "en", "agree", "year", "culture"),
    ("Первая в мире подземная железная дорога — лондонское метро — открылась в 1863 году.",
     "The Metropolitan Railway, the first section of the London Underground, opened in January 1863.",
     "ru", "agree", "year", "transport"),
    ("Russia's first public railway, linking St Petersburg with Tsarskoye Selo, opened in 1837.",
     "Царскосельская железная дорога, первая общественная железная дорога в России, была открыта в конце 1830-х годов.",
     "en", "agree", "decade", "transport"),
    ("Сверхзвуковые лайнеры «Конкорд» эксплуатировались на регулярных пассажирских линиях авиакомпаниями British Airways и Air France.",
     "Air France and British Airways flew Concorde on scheduled transatlantic passenger services until 2003.",
     "ru", "agree", "organisation", "transport"),
    ("Spanish explorers brought the potato from South America to Europe in the 16th century.",
     "Картофель попал в Европу из Южной Америки в XVI веке вместе с испанскими конкистадорами.",
     "en", "agree", "century", "food"),
    ("Чай впервые попал в Россию в XVII веке: его прислал в подарок царю Михаилу Фёдоровичу монгольский хан.",
     "Tea first reached Russia in the 17th century, as a gift from a Mongol khan to the tsar.",
     "ru", "agree", "century", "food"),
    ("The current Russian Constitution was approved in a nationwide vote on 12 December 1993.",
     "Действующая Конституция Российской Федерации была принята на всенародном голосовании, состоявшемся 12.12.1993.",
     "en", "agree", "date", "law"),
    ("Нюрнбергский процесс над главными нацистскими военными преступниками открылся в ноябре 1945 года.",
     "The trial of the major Nazi war criminals before the International Military Tribunal at Nuremberg opened on 20 November 1945.",
     "ru", "agree", "month", "law"),
    ("Tetris was created in 1984 by Alexey Pajitnov, a software engineer at the Soviet Academy of Sciences in Moscow.",
     "Автор «Тетриса» — советский программист Алексей Пажитнов, написавший игру в 1984 году.",
     "en", "agree", "person", "technology"),
]

RELATED = [
    ("The Channel Tunnel between England and France was opened to traffic in 1994.",
     "Под Ла-Маншем проложены три тоннеля: два железнодорожных и один служебный между ними.",
     "en", "transport"),
    ("Казимир Малевич родился в Киеве в 1879 году в семье управляющего сахарными заводами.",
     "Black Square is one of the best-known works of the Russian avant-garde.",
     "ru", "culture"),
    ("Wimbledon is the only Grand Slam tennis tournament that is still played on grass.",
     "Уимблдонский турнир ежегодно проходит в лондонском районе Уимблдон в конце июня — начале июля.",
     "en", "sport"),
    ("На берегах Енисея стоит Красноярск, один из крупнейших городов Сибири.",
     "The Yenisei basin covers a vast area of central Siberia and reaches into northern Mongolia.",
     "ru", "geography"),
    ("Brazil has long been the world's largest producer and exporter of coffee beans.",
     "Арабика и робуста — два самых распространённых в мире вида кофе.",
     "en", "food"),
    ("Леонардо да Винчи умер во Франции, в замке Кло-Люсе близ Амбуаза, в 1519 году.",
     "Leonardo da Vinci painted The Last Supper for a Dominican convent in Milan in the 1490s.",
     "ru", "culture"),
    ("Alibaba was founded by Jack Ma and a group of partners in Hangzhou in 1999.",
     "В 2014 году Alibaba провела первичное размещение акций на Нью-Йоркской фондовой бирже.",
     "en", "economy"),
    ("Овечка Долли, первое млекопитающее, клонированное из клетки взрослого животного, прожила шесть с половиной лет.",
     "Dolly the sheep was born in July 1996 at the Roslin Institute near Edinburgh.",
     "ru", "science"),
    ("Pluto was discovered in 1930 and was counted as the ninth planet for the next 76 years.",
     "Крупнейший спутник Плутона, Харон, был открыт американскими астрономами в 1978 году.",
     "en", "science"),
    ("Экспедиция Магеллана вышла из Испании в 1519 году на пяти кораблях.",
     "Ferdinand Magellan himself was killed in the Philippines in 1521, before the voyage was completed.",
     "ru", "history"),
]

CYR = re.compile(r"[А-Яа-яЁё]")


def _row(a: str, b: str, lang_a: str, label: str, slot: str, domain: str) -> dict:
    lang_b = "ru" if lang_a == "en" else "en"
    for text, lang in ((a, lang_a), (b, lang_b)):
        has_cyr = bool(CYR.search(text))
        assert has_cyr == (lang == "ru"), (lang, text)
        words = len(text.split())
        assert 10 <= words <= 35, (words, text)
    return {"a": a, "b": b, "lang_a": lang_a, "lang_b": lang_b,
            "label": label, "slot": slot, "domain": domain}


def main() -> None:
    rows = [_row(*r) for r in COMPARABLE]
    random.Random(10).shuffle(rows)  # interleave labels; fixed seed keeps the file stable
    related = [_row(a, b, la, "related", "topic", dom) for a, b, la, dom in RELATED]
    labels = collections.Counter(r["label"] for r in rows)
    assert labels == {"agree": 30, "contradict": 30}, labels
    assert len(related) == 10
    firsts = {(r["a"], r["b"]) for r in rows}
    assert len(firsts) == len(rows), "duplicate pair"
    with open(HERE / "comparable_heldout10.jsonl", "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(HERE / "related_heldout10.jsonl", "w", encoding="utf-8") as fh:
        for r in related:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("labels", dict(labels))
    print("EN first", sum(r["lang_a"] == "en" for r in rows), "RU first", sum(r["lang_a"] == "ru" for r in rows))
    for key in ("slot", "domain"):
        table = collections.defaultdict(collections.Counter)
        for r in rows:
            table[r[key]][r["label"]] += 1
        print(key)
        for k in sorted(table):
            print(f"  {k:13s} agree={table[k]['agree']:2d} contradict={table[k]['contradict']:2d}")
    print("related domains", dict(collections.Counter(r["domain"] for r in related)))


if __name__ == "__main__":
    main()

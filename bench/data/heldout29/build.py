# HELD-OUT29 builder: writes comparable_heldout29.jsonl and related_heldout29.jsonl (sentences are literal strings).
import json, os, re as _re
E, R = "en", "ru"
rows, rel = [], []
def _lang(t):
    return R if len(_re.findall('[А-Яа-яЁё]', t)) > len(_re.findall('[A-Za-z]', t)) else E
def add(label, slot, domain, a, b):
    # a is written first in the file, b second (the order is chosen per row)
    assert {_lang(a), _lang(b)} == {E, R}, (a, b)
    rows.append(dict(a=a, b=b, lang_a=_lang(a), lang_b=_lang(b), label=label, slot=slot, domain=domain))
def radd(domain, a, b):
    assert {_lang(a), _lang(b)} == {E, R}, (a, b)
    rel.append(dict(a=a, b=b, lang_a=_lang(a), lang_b=_lang(b), label="related", slot="topic", domain=domain))
A, C = "agree", "contradict"

# ---------------- agree (20)
add(A,"date","history",
 "Заключительный протокол, подведший черту под Ихэтуаньским (Боксёрским) восстанием, был подписан в Пекине в сентябре 1901 года.",
 "The Boxer Protocol, which ended the Boxer Rebellion and imposed a huge indemnity on China, was signed on 7 September 1901.")
add(A,"decade","science",
 "Werner Heisenberg formulated the uncertainty principle in 1927, while working with Niels Bohr's group in Copenhagen.",
 "Принцип неопределённости, один из краеугольных камней квантовой механики, Вернер Гейзенберг сформулировал в 1920-х годах.")
add(A,"number","economy",
 "Червонец, который Госбанк начал выпускать в 1922 году и который был обеспечен золотом, равнялся десяти рублям.",
 "The gold-backed chervonets, issued by the Soviet State Bank from 1922, was worth 10 roubles.")
add(A,"year","economy",
 "Fannie Mae, the Federal National Mortgage Association, was created in 1938 as part of Franklin Roosevelt's New Deal.",
 "Федеральная национальная ипотечная ассоциация, известная как «Фанни Мэй», появилась в США в 1938 году.")
add(A,"number","sport",
 "В апреле 1974 года Хэнк Аарон выбил свой 715-й хоум-ран и превзошёл знаменитый рекорд Бейба Рута.",
 "Hank Aaron overtook Babe Ruth's career record of 714 home runs in 1974, while playing for the Atlanta Braves.")
add(A,"place","culture",
 "The Book of Kells, an illuminated Gospel manuscript made around 800, is kept in the library of Trinity College Dublin.",
 "Келлская книга — богато украшенное Евангелие, созданное ирландскими монахами, — хранится в библиотеке дублинского Тринити-колледжа.")
add(A,"date","music",
 "В декабре 1944 года над Ла-Маншем бесследно исчез самолёт, на котором летел американский джазовый бэнд-лидер Гленн Миллер.",
 "Bandleader Glenn Miller went missing on 15 December 1944, when his small plane disappeared over the English Channel.")
add(A,"century","literature",
 "Voltaire's satire Candide, which mocks the philosophical optimism of Leibniz, was first published in 1759.",
 "Философская повесть Вольтера «Кандид, или Оптимизм» была написана и издана в XVIII веке.")
add(A,"rank","geography",
 "Ни одна точка материковой Евразии не лежит севернее мыса Челюскин на полуострове Таймыр.",
 "Cape Chelyuskin, on the Taymyr Peninsula, is the northernmost point of the Eurasian mainland.")
add(A,"century","medicine",
 "The auscultatory method of measuring blood pressure, listening for sounds below an inflated cuff, was introduced by Nikolai Korotkov in the early twentieth century.",
 "Военный врач Николай Коротков в 1905 году предложил измерять артериальное давление, выслушивая тоны в артерии ниже манжеты.")
add(A,"month","law",
 "В июне 2003 года Верховный суд США в деле «Лоуренс против Техаса» признал неконституционными законы штатов, каравшие за содомию.",
 "In Lawrence v. Texas, decided on 26 June 2003, the US Supreme Court struck down state laws that criminalised sodomy.")
add(A,"year","technology",
 "Dennis Gabor invented holography in 1947 while trying to improve the resolution of the electron microscope.",
 "Принцип голографии венгерско-британский физик Деннис Габор открыл в 1947 году, за что позднее получил Нобелевскую премию.")
add(A,"rank","transport",
 "Самый протяжённый автомобильный тоннель планеты — Лердальский в Норвегии: его длина составляет 24,5 км.",
 "Norway's Lærdal Tunnel, 24.5 kilometres long and opened in 2000, is the longest road tunnel in the world.")
add(A,"date","astronomy",
 "In January 2019 China's Chang'e 4 became the first spacecraft to make a soft landing on the far side of the Moon, in the Von Kármán crater.",
 "3 января 2019 г. китайский аппарат «Чанъэ-4» впервые в истории совершил мягкую посадку на обратной стороне Луны.")
add(A,"entity","biology",
 "У птенцов гоацина, необычной птицы из лесов бассейнов Амазонки и Ориноко, на крыльях есть когти.",
 "Hoatzin chicks have two claws on each wing, which help them climb back up into the branches after dropping into the water.")
add(A,"month","energy",
 "Iran's first nuclear power plant, at Bushehr on the Persian Gulf coast, was connected to the national grid in early September 2011.",
 "Бушерская АЭС, первая атомная станция Ирана, построенная при участии России, дала ток в сеть в сентябре 2011 года.")
add(A,"year","environment",
 "В 2015 году боливийское озеро Поопо практически полностью высохло, и местным рыбакам пришлось искать другую работу.",
 "By December 2015 Lake Poopó, once the second-largest lake in Bolivia, had almost completely dried up.")
add(A,"number","architecture",
 "The Lakhta Center in St Petersburg rises to 462 metres, which makes it the tallest building in Europe.",
 "Высота небоскрёба «Лахта центр» на берегу Финского залива в Санкт-Петербурге составляет 462 м.")
add(A,"duration","news",
 "Контейнеровоз «Эвер Гивн», севший на мель в Суэцком канале 23 марта 2021 года, удалось снять с мели только 29 марта.",
 "In March 2021 the giant container ship Ever Given ran aground in the Suez Canal and blocked it for six days.")
add(A,"person","food",
 "The Chupa Chups lollipop, launched in Spain by Enric Bernat in 1958, carries a daisy logo designed by Salvador Dalí.",
 "Испанец Энрик Бернат придумал леденцы «Чупа-Чупс», а ромашку для их обёртки нарисовал Сальвадор Дали.")

# ---------------- contradict (20)
add(C,"date","sport",
 "Джеки Робинсон впервые вышел на поле за «Бруклин Доджерс» 25 апреля 1947 года, став первым чернокожим игроком высшей лиги в XX веке.",
 "Jackie Robinson broke baseball's colour line on 15 April 1947, when he played his first major league game for the Brooklyn Dodgers.")
add(C,"month","culture",
 "Hamburg's Elbphilharmonie, a concert hall built on top of an old warehouse by the Elbe, opened in May 2017 after years of delays.",
 "Гамбургская Эльбская филармония, строительство которой затянулось на много лет, открылась в январе 2017 года.")
add(C,"decade","economy",
 "John Maynard Keynes published The General Theory of Employment, Interest and Money in the 1950s.",
 "«Общая теория занятости, процента и денег» британского экономиста Джона Мейнарда Кейнса вышла в свет в 1936 году.")
add(C,"century","literature",
 "Джеффри Чосер работал над «Кентерберийскими рассказами» в конце XIV века.",
 "The Canterbury Tales, a cycle of stories told by pilgrims on their way to Canterbury, were written by Geoffrey Chaucer in the sixteenth century.")
add(C,"number","transport",
 "Длина Даньян-Куньшаньского виадука на высокоскоростной железной дороге Пекин — Шанхай составляет около 64,8 км.",
 "The Danyang–Kunshan Grand Bridge on the Beijing–Shanghai high-speed railway is about 164.8 kilometres long.")
add(C,"percent","news",
 "In Italy's constitutional referendum of December 2016, about 41 per cent of voters rejected Matteo Renzi's reform, and he resigned.",
 "На конституционном референдуме в Италии 4 декабря 2016 года почти 60 % избирателей проголосовали против реформы Маттео Ренци.")
add(C,"money","technology",
 "Первый плеер iPod, представленный компанией Apple осенью 2001 года, вмещал около тысячи песен и стоил 99 долларов.",
 "Apple's first iPod, unveiled in October 2001, held about 1,000 songs and cost 399 dollars.")
add(C,"duration","biology",
 "Radiocarbon dating of eye lenses, published in 2016, suggested that the Greenland shark lives for only about 40 years.",
 "Согласно исследованию 2016 года, основанному на радиоуглеродном анализе хрусталика глаза, гренландская акула может жить около 400 лет.")
add(C,"scale","astronomy",
 "On 1 January 2019 NASA's New Horizons probe flew past Arrokoth, a Kuiper belt object about 6.6 billion kilometres from Earth.",
 "1 января 2019 г. зонд «Новые горизонты» пролетел мимо объекта пояса Койпера Аррокот, удалённого от Земли примерно на 6,6 млн км.")
add(C,"rank","geography",
 "Юстедалсбреен в Западной Норвегии — лишь третий по площади ледник континентальной Европы.",
 "Jostedalsbreen in western Norway is the largest glacier in continental Europe.")
add(C,"place","food",
 "Компанию «Харибо» основал кондитер Ганс Ригель в 1920 году в Кёльне.",
 "Haribo was founded in 1920 in Bonn by the confectioner Hans Riegel, and its name combines the first letters of his name and home town.")
add(C,"organisation","technology",
 "Первой газетой, начавшей в 1886 году набирать текст на линотипе Оттмара Мергенталера, стала лондонская «Таймс».",
 "In 1886 the New-York Tribune became the first newspaper to set its type on Ottmar Mergenthaler's Linotype machine.")
add(C,"entity","science",
 "Emmanuelle Charpentier and Jennifer Doudna shared the 2020 Nobel Prize in Chemistry for the CRISPR-Cas9 gene-editing method.",
 "За метод редактирования генома CRISPR/Cas9 Эмманюэль Шарпантье и Дженнифер Дудна получили Нобелевскую премию по физиологии и медицине 2020 года.")
add(C,"polarity","law",
 "In Kitzmiller v. Dover (2005) a federal judge ruled that intelligent design is not science and may not be taught in public school biology classes.",
 "В 2005 году по делу «Кицмиллер против школьного округа Довер» федеральный судья разрешил преподавать теорию разумного замысла на уроках биологии в государственных школах.")
add(C,"opposite","energy",
 "В последний день 2009 года Литва окончательно остановила второй реактор Игналинской АЭС — этого требовали условия вступления в ЕС.",
 "At the end of 2009 Lithuania brought the second reactor of the Ignalina nuclear power plant back into service.")
add(C,"year","architecture",
 "Hallgrímskirkja, the Lutheran church that dominates the Reykjavík skyline, was completed in 1986 after some forty years of construction.",
 "Строительство лютеранской церкви Хадльгримскиркья, главной высотной доминанты Рейкьявика, завершилось в 1966 году.")
add(C,"place","music",
 "Фредди Меркьюри, солист группы «Куин», родился в 1946 году на острове Занзибар.",
 "Freddie Mercury, the lead singer of Queen, was born in Bombay in 1946.")
add(C,"person","medicine",
 "The first widely used iron lung, a respirator for polio patients, was built in 1928 by Philip Drinker and Louis Shaw at Harvard.",
 "Первое широко применявшееся «железное лёгкое» для больных полиомиелитом построил в 1928 году Джонас Солк.")
add(C,"year","environment",
 "Летом 1858 года Лондон накрыло «Великое зловоние»: жара усилила невыносимый запах нечистот в Темзе.",
 "The Great Stink, when the stench of sewage in the Thames became unbearable during a hot summer, struck London in 1878.")
add(C,"place","history",
 "HMS Dreadnought, whose all-big-gun design made earlier battleships obsolete, was launched at Portsmouth Dockyard in February 1906.",
 "Линкор «Дредноут», сделавший устаревшими все прежние броненосцы, был спущен на воду в Глазго в 1906 году.")

# ---------------- related (10): same subject, different true facts
radd("history",
 "Troops of the Eight-Nation Alliance relieved the besieged foreign legations in Beijing in August 1900.",
 "Восстание ихэтуаней началось в конце 1890-х годов в китайской провинции Шаньдун.")
radd("music",
 "Гленн Миллер родился в 1904 году в городке Кларинда в штате Айова.",
 "Glenn Miller and his orchestra recorded their best-known hit, \"In the Mood\", in 1939.")
radd("sport",
 "Hank Aaron finished his major league career in 1976 with a total of 755 home runs.",
 "Хэнк Аарон родился в 1934 году в городе Мобил в штате Алабама.")
radd("astronomy",
 "Китайский посадочный модуль «Чанъэ-4» доставил на поверхность Луны небольшой луноход «Юйту-2».",
 "Chang'e 4 relied on the Queqiao relay satellite, launched in May 2018, to communicate with Earth.")
radd("news",
 "The Ever Given is about 400 metres long, one of the largest container ships in the world.",
 "Контейнеровоз «Эвер Гивн» ходит под флагом Панамы, а эксплуатирует его тайваньская компания «Эвергрин».")
radd("food",
 "Знаменитые мармеладные мишки «Харибо» впервые появились в продаже в 1922 году.",
 "The confectionery company Haribo was founded in the German city of Bonn in 1920.")
radd("music",
 "Freddie Mercury died at his home in London on 24 November 1991.",
 "Фредди Меркьюри написал песню «Богемская рапсодия», вышедшую на сингле в 1975 году.")
radd("energy",
 "Игналинская АЭС была оснащена реакторами РБМК — того же типа, что и на Чернобыльской станции.",
 "The first reactor at Lithuania's Ignalina nuclear plant was shut down at the end of 2004.")
radd("architecture",
 "Hallgrímskirkja is named after the seventeenth-century Icelandic poet and clergyman Hallgrímur Pétursson.",
 "Высота башни лютеранской церкви Хадльгримскиркья в Рейкьявике составляет 74,5 м.")
radd("technology",
 "Деннис Габор получил Нобелевскую премию по физике в 1971 году.",
 "Dennis Gabor, the inventor of holography, was born in Budapest in 1900.")

import collections
assert len(rows) == 40 and len(rel) == 10, (len(rows), len(rel))
lab = collections.Counter(r["label"] for r in rows)
assert lab == {"agree": 20, "contradict": 20}, lab
for r in rows + rel:
    assert {r["lang_a"], r["lang_b"]} == {E, R}
    for s in (r["a"], r["b"]):
        assert 10 <= len(s.split()) <= 30, s
HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, "comparable_heldout29.jsonl"), "w", encoding="utf-8") as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "related_heldout29.jsonl"), "w", encoding="utf-8") as f:
    for r in rel: f.write(json.dumps(r, ensure_ascii=False) + "\n")
if __name__ == "__main__":
    print(len(rows), dict(lab), len(rel))
    for lbl in ("agree", "contradict"):
        print(lbl, dict(collections.Counter(r["slot"] for r in rows if r["label"] == lbl)))
        print(lbl, dict(collections.Counter(r["domain"] for r in rows if r["label"] == lbl)))
        print(lbl, "ru first:", sum(1 for r in rows if r["label"] == lbl and r["lang_a"] == R))
    print("related ru first:", sum(1 for r in rel if r["lang_a"] == R))
    print("lengths:", min(len(s.split()) for r in rows + rel for s in (r["a"], r["b"])), max(len(s.split()) for r in rows + rel for s in (r["a"], r["b"])))

#!/usr/bin/env python3
"""Build heldout58: independent EN/RU claim pairs (stdlib only). Run: python3 build.py"""
import json, os, re, collections

HERE = os.path.dirname(os.path.abspath(__file__))

# (label, slot, domain, first sentence, second sentence, unused flag); order is a,b unless the row index is in SWAP
C = [
 # ---------------- agree ----------------
 ("agree","year","history",
  "The first Vindolanda writing tablets, thin wooden leaves inked by Roman soldiers and their families, were unearthed near Hadrian's Wall in 1973.",
  "Знаменитые деревянные таблички с латинскими письмами обнаружил в римском форте Виндоланда на севере Англии археолог Робин Бирли в 1973 г.", True),
 ("agree","person","history",
  "At Zorndorf in August 1758 Frederick the Great fought a bloody, indecisive battle against a Russian army commanded by William Fermor.",
  "Русской армией в кровопролитном сражении при Цорндорфе 25 августа 1758 года против Фридриха II командовал генерал Виллим Фермор.", False),
 ("agree","place","history",
  "The Oseberg ship, a Viking burial vessel holding two women, was dug out of a mound on a farm near Tønsberg in Vestfold.",
  "Усебергский корабль эпохи викингов был извлечён из погребального кургана на хуторе Усеберг близ города Тёнсберг в норвежской провинции Вестфолл.", True),
 ("agree","year","science",
  "South African-born virologist Max Theiler received the 1951 Nobel Prize in Physiology or Medicine for developing a vaccine against yellow fever.",
  "Нобелевскую премию по физиологии и медицине 1951 года получил Макс Тейлер — создатель вакцины против жёлтой лихорадки.", False),
 ("agree","place","science",
  "Ilya Prigogine, the Belgian chemist honoured with the 1977 Nobel Prize for his work on dissipative structures, was born in Moscow in 1917.",
  "Илья Пригожин, бельгийский физикохимик и нобелевский лауреат, появился на свет в Москве в январе 1917 г.", True),
 ("agree","year","science",
  "Walther Nernst, author of the heat theorem now known as the third law of thermodynamics, received the Nobel Prize in Chemistry for 1920.",
  "Нобелевская премия по химии за 1920 год была присуждена Вальтеру Нернсту за работы по термохимии.", False),
 ("agree","rank","science",
  "При вручении Филдсовских премий в Сеуле в 2014 г. Мариам Мирзахани стала первой женщиной, удостоенной этой награды.",
  "Iranian mathematician Maryam Mirzakhani became the first woman ever to win the Fields Medal, receiving it at the 2014 congress in Seoul.", True),
 ("agree","person","science",
  "Thallium was discovered spectroscopically in 1861 by William Crookes, who named it after the Greek word for a green shoot because of its bright green line.",
  "Таллий открыл англичанин Уильям Крукс в 1861 году по яркой зелёной линии в спектре.", False),
 ("agree","number","geography",
  "Озеро Маракайбо в Венесуэле, соединённое проливом с Венесуэльским заливом, занимает площадь около 13 тыс. км².",
  "Lake Maracaibo in north-western Venezuela covers roughly 13,200 square kilometres and is often called the largest lake in South America.", True),
 ("agree","number","geography",
  "Lake Taupō, which fills a volcanic caldera in the centre of the North Island, is New Zealand's largest lake at over 600 square kilometres.",
  "Площадь озера Таупо, крупнейшего в Новой Зеландии, составляет 616 км²; оно лежит в кальдере вулкана.", False),
 ("agree","number","geography",
  "Высота пика Дюфур в массиве Монте-Роза — 4634 м, это высшая точка Швейцарии.",
  "The Dufourspitze of the Monte Rosa massif, rising to 4,634 metres on the Italian border, is the highest summit in Switzerland.", True),
 ("agree","year","geography",
  "Piz Bernina, the only four-thousander of the Eastern Alps, was first climbed in September 1850 by the surveyor Johann Coaz and two companions.",
  "Первое восхождение на Пиц-Бернину, единственный четырёхтысячник Восточных Альп, совершил в 1850 г. швейцарский топограф Иоганн Коац.", False),
 ("agree","year","culture",
  "Первый фестиваль итальянской песни в Санремо прошёл в январе 1951 года, и победу на нём одержала Нилла Пицци.",
  "The Sanremo Music Festival was first held in 1951, when Nilla Pizzi won with the song Grazie dei fiori.", True),
 ("agree","person","culture",
  "Moscow's Pushkin Museum of Fine Arts, opened in 1912 as the museum of Alexander III, was founded on the initiative of professor Ivan Tsvetaev.",
  "Инициатором создания Музея изящных искусств, ныне ГМИИ имени Пушкина, был профессор Иван Владимирович Цветаев, отец поэтессы Марины Цветаевой.", False),
 ("agree","year","culture",
  "Ньюпортский джазовый фестиваль впервые прошёл летом 1954 г. на Род-Айленде при поддержке четы Лорийяр.",
  "The Newport Jazz Festival, organised by George Wein and funded by Elaine and Louis Lorillard, was first staged in Rhode Island in 1954.", True),
 ("agree","year","culture",
  "The Van Gogh Museum in Amsterdam, built to a design by Gerrit Rietveld, opened to the public in June 1973.",
  "Музей Винсента Ван Гога в Амстердаме распахнул двери для посетителей в 1973 г.; проект здания разработал Геррит Ритвельд.", False),
 ("agree","year","literature",
  "В 1973 году Патрик Уайт стал первым австралийским писателем, получившим Нобелевскую премию по литературе.",
  "Patrick White was awarded the Nobel Prize in Literature in 1973, the first Australian author to be so honoured.", True),
 ("agree","place","literature",
  "Derek Walcott, the poet of Omeros and winner of the 1992 Nobel Prize in Literature, was born in Castries on the island of Saint Lucia.",
  "Нобелевский лауреат 1992 года поэт Дерек Уолкотт родился в 1930 г. в Кастри, столице Сент-Люсии.", False),
 ("agree","year","literature",
  "Мексиканский поэт и эссеист Октавио Пас стал лауреатом Нобелевской премии по литературе в 1990 году.",
  "The Mexican poet Octavio Paz won the 1990 Nobel Prize in Literature.", True),
 ("agree","year","literature",
  "Olga Tokarczuk received the postponed Nobel Prize in Literature for 2018, which the Swedish Academy announced only in October 2019.",
  "Нобелевскую премию по литературе за 2018 год польская писательница Ольга Токарчук получила с опозданием — её объявили осенью 2019-го.", False),
 ("agree","place","music",
  "Оперу Римского-Корсакова «Садко» впервые поставила в Москве Частная русская опера Саввы Мамонтова.",
  "Rimsky-Korsakov's opera Sadko had its premiere in Moscow, staged by Savva Mamontov's Private Russian Opera company.", True),
 ("agree","person","music",
  "The first violin contest named after Eugène Ysaÿe, held in Brussels in 1937 and later renamed the Queen Elisabeth Competition, was won by David Oistrakh.",
  "Победителем конкурса скрипачей имени Изаи в Брюсселе в 1937 г., предшественника конкурса королевы Елизаветы, стал Давид Ойстрах.", False),
 ("agree","year","music",
  "Всесоюзная фирма грамзаписи «Мелодия», монополист советского рынка пластинок, была создана в 1964 г.",
  "Melodiya, the state record label that dominated Soviet record production, was founded in 1964.", True),
 ("agree","place","art",
  "Titian's Venus of Urbino, painted in 1538 for Guidobaldo della Rovere, hangs in the Uffizi Gallery in Florence.",
  "Написанная Тицианом около 1538 года «Венера Урбинская» хранится во флорентийской галерее Уффици.", False),
 ("agree","place","art",
  "Александр Родченко, один из основоположников конструктивизма, родился в Санкт-Петербурге в 1891 году.",
  "The constructivist artist and photographer Alexander Rodchenko was born in St Petersburg in December 1891.", True),
 ("agree","number","law",
  "The Montevideo Convention of December 1933 set out four criteria of statehood, including a permanent population and a defined territory.",
  "Конвенция Монтевидео 1933 г. называет четыре признака государства: постоянное население, определённую территорию, правительство и способность вступать в отношения с другими государствами.", False),
 ("agree","organisation","technology",
  "Компьютер Xerox Alto с графическим интерфейсом и мышью был создан в 1973 году в исследовательском центре PARC в Пало-Альто.",
  "The Xerox Alto, an early computer with a mouse and a graphical screen, was built at the Xerox Palo Alto Research Center in 1973.", True),
 ("agree","year","technology",
  "Hong Kong's Tsing Ma Bridge, a suspension bridge with a main span of 1,377 metres, was opened in April 1997.",
  "Висячий мост Цинма в Гонконге с центральным пролётом 1377 м был открыт в 1997 г.", False),
 ("agree","year","technology",
  "Сеть «Релком», первая советская компьютерная сеть с выходом в международный интернет, заработала в 1990 году.",
  "Relcom, the network that first linked Soviet computer users to the global internet, began operating in 1990.", True),
 ("agree","date","disasters",
  "Mount Ontake in central Japan erupted without warning on 27 September 2014, killing 58 hikers and leaving five missing.",
  "Внезапное извержение вулкана Онтакэ 27.09.2014 застало на склонах сотни туристов; погибли или пропали без вести более 60 человек.", False),
 # ---------------- contradict ----------------
 ("contradict","person","history",
  "Under the walls of Nicopolis on the Danube in September 1396, Sultan Bayezid I crushed a crusader army led by King Sigismund of Hungary.",
  "В битве при Никополе в 1396 году крестоносцев короля Сигизмунда разгромил султан Мурад I.", True),
 ("contradict","month","history",
  "The Battle of Rakovor, in which Novgorod and Pskov troops fought Danish and Livonian knights, took place on 18 February 1268.",
  "Раковорская битва новгородцев и псковичей с датчанами и ливонскими рыцарями произошла в апреле 1268 года.", False),
 ("contradict","place","history",
  "Пожаревацкий мир между Австрией, Венецией и Османской империей был подписан в 1718 году в Сремских Карловцах.",
  "The Treaty of Passarowitz, which gave Belgrade and the Banat to the Habsburgs, was signed in July 1718 in the Serbian town of Požarevac.", True),
 ("contradict","century","economy",
  "Giovanni di Bicci de' Medici founded the Medici Bank in Florence in 1397.",
  "Банк Медичи был основан во Флоренции Джованни ди Биччи в XVI веке.", False),
 ("contradict","rank","economy",
  "Банк Монте-дей-Паски-ди-Сиена, основанный в 1472 г., считается вторым по старшинству из действующих банков мира.",
  "Founded in Siena in 1472, Banca Monte dei Paschi is regarded as the oldest bank in the world still in operation.", True),
 ("contradict","scale","economy",
  "When Thomas Cook collapsed in September 2019, about 150,000 British holidaymakers were stranded abroad and had to be flown home.",
  "После краха Thomas Cook в сентябре 2019 г. за границей застряли около 150 млн британских туристов.", False),
 ("contradict","day","economy",
  "Самолёты Swissair остались на земле 12 октября 2001 года, когда у авиакомпании кончились деньги на топливо.",
  "Swissair grounded its entire fleet on 2 October 2001 after running out of cash to pay for fuel.", True),
 ("contradict","decade","economy",
  "Tetra Pak was founded in the Swedish city of Lund by Ruben Rausing in 1951.",
  "Компания Tetra Pak была основана Рубеном Раусингом в шведском Лунде в 1960-х годах.", False),
 ("contradict","opposite","sport",
  "В финале Кубка УЕФА 2009 года в Стамбуле донецкий «Шахтёр» уступил бременскому «Вердеру».",
  "Shakhtar Donetsk won the 2009 UEFA Cup final in Istanbul, beating Werder Bremen 2–1 after extra time.", True),
 ("contradict","person","sport",
  "Anastasia Myskina won the 2004 French Open by beating her compatriot Elena Dementieva in the final.",
  "Анастасия Мыскина выиграла «Ролан Гаррос» в 2004 г., обыграв в финале Светлану Кузнецову.", False),
 ("contradict","number","sport",
  "Мировой рекорд Яна Железного в метании копья, установленный в Йене в 1996 году, составляет 93,48 м.",
  "Jan Železný set the javelin world record of 98.48 metres at Jena in May 1996.", True),
 ("contradict","year","sport",
  "Makalu, the fifth-highest mountain on Earth, was first climbed by the French climbers Lionel Terray and Jean Couzy in May 1955.",
  "Первое восхождение на Макалу совершили французы Лионель Терре и Жан Кузи в 1965 г.", False),
 ("contradict","number","sport",
  "На Олимпиаде 1980 года в Лейк-Плэсиде лыжник Николай Зимятов завоевал две золотые медали.",
  "Cross-country skier Nikolai Zimyatov won three gold medals at the 1980 Winter Olympics in Lake Placid.", True),
 ("contradict","month","disasters",
  "The Wenchuan earthquake, which killed almost 70,000 people, struck Sichuan province on 12 May 2008.",
  "Землетрясение в уезде Вэньчуань провинции Сычуань произошло в июле 2008 года.", False),
 ("contradict","decade","disasters",
  "Паром «Моби Принс» столкнулся с танкером на рейде Ливорно в 1980-х годах; погибли 140 человек.",
  "The ferry Moby Prince collided with the tanker Agip Abruzzo off Livorno in April 1991, killing 140 of the 141 people on board.", True),
 ("contradict","year","disasters",
  "At the Sknyliv airfield near Lviv, a Su-27 fighter crashed into spectators during an air show in July 2002, killing 77 people.",
  "Катастрофа Су-27 на авиашоу на аэродроме Скнилов под Львовом, унёсшая 77 жизней, случилась в 2004 г.", False),
 ("contradict","place","disasters",
  "Прогулочное судно Marchioness затонуло в августе 1989 г. на реке Мерси в Ливерпуле после столкновения с землечерпалкой.",
  "The pleasure boat Marchioness sank on the Thames in central London in August 1989 after a collision with the dredger Bowbelle.", True),
 ("contradict","date","disasters",
  "The Station nightclub fire in West Warwick, Rhode Island, started by stage pyrotechnics on 20 February 2003, killed 100 people.",
  "Пожар в ночном клубе The Station в Уэст-Уорике, унёсший 100 жизней, произошёл 3 ноября 2003 г.", False),
 ("contradict","duration","law",
  "Токийский процесс над главными японскими военными преступниками длился около полугода.",
  "The Tokyo Trial of the major Japanese war criminals ran for about two and a half years, from May 1946 to November 1948.", True),
 ("contradict","number","law",
  "In United States v. Nixon, decided on 24 July 1974, the Supreme Court ruled 8–0 that the president must hand over the tapes.",
  "По делу «США против Никсона» Верховный суд 24 июля 1974 г. обязал президента выдать записи большинством 5 голосов против 4.", False),
 ("contradict","entity","law",
  "Международный суд ООН в июне 1962 года признал, что храм Прэахвихеа расположен на территории Таиланда.",
  "In its 1962 judgment the International Court of Justice held that the temple of Preah Vihear lies on Cambodian territory.", True),
 ("contradict","opposite","law",
  "In the 1986 case Nicaragua v. United States, the International Court of Justice found that the US had violated international law by supporting the Contras.",
  "В 1986 г. Международный суд ООН отклонил иск Никарагуа против США о поддержке «контрас».", False),
 ("contradict","century","art",
  "«Сикстинская мадонна» Рафаэля, хранящаяся в Дрездене, написана в XVII веке.",
  "Raphael painted the Sistine Madonna, now in Dresden, around 1512, near the end of his time in Rome.", True),
 ("contradict","polarity","art",
  "Admission to the collection displays at Tate Modern, opened in 2000 in a former power station on the Thames, is free.",
  "Вход в постоянную экспозицию галереи Тейт Модерн, открытой в 2000 г. в здании бывшей электростанции, не бесплатный.", False),
 ("contradict","scale","culture",
  "Кубик Рубика, придуманный в 1974 г. венгерским архитектором Эрнё Рубиком, разошёлся тиражом в несколько сотен тысяч экземпляров.",
  "The Rubik's Cube, invented by the Hungarian architect Ernő Rubik in 1974, has sold hundreds of millions of units worldwide.", True),
 ("contradict","money","literature",
  "Mo Yan received 8 million Swedish kronor with the 2012 Nobel Prize in Literature, after the foundation had cut the award.",
  "Нобелевская премия по литературе, присуждённая Мо Яню в 2012 году, составила 10 млн шведских крон.", False),
 ("contradict","organisation","technology",
  "Региональный реактивный самолёт Як-40, впервые поднявшийся в воздух в октябре 1966 г., разработало ОКБ Туполева.",
  "The three-engined Yak-40 regional jet, which first flew in October 1966, was designed by the Yakovlev bureau.", True),
 ("contradict","year","technology",
  "Sony introduced its Trinitron colour television tube, with an aperture grille instead of a shadow mask, in 1968.",
  "Кинескоп Trinitron с апертурной решёткой вместо теневой маски Sony представила в 1978 году.", False),
 ("contradict","duration","geography",
  "Большое трещинное Толбачинское извержение на Камчатке продолжалось около двух недель.",
  "The Great Tolbachik Fissure Eruption in Kamchatka lasted about a year and a half, from July 1975 to December 1976.", True),
 ("contradict","rank","music",
  "Pianist Lev Oborin won first prize at the inaugural International Chopin Piano Competition in Warsaw in 1927.",
  "На первом Международном конкурсе пианистов имени Шопена в Варшаве в 1927 г. Лев Оборин занял третье место.", False),
]

R = [
 ("Mo Yan was awarded the Nobel Prize in Literature in 2012 for his hallucinatory realism.",
  "Фильм Чжан Имоу по роману Мо Яня «Красный гаолян» получил «Золотого медведя» Берлинского кинофестиваля в 1988 году.", False),
 ("Роман Патрика Уайта «Восс» в 1957 году получил первую премию Майлза Франклина.",
  "Patrick White was awarded the Nobel Prize in Literature in 1973, the first Australian author to be so honoured.", True),
 ("In 1897 Walther Nernst invented an electric lamp with a ceramic glowing rod, later sold as the Nernst lamp.",
  "Вальтер Нернст получил Нобелевскую премию по химии за 1920 год за работы по термохимии.", False),
 ("Висячий мост Цинма в Гонконге с центральным пролётом 1377 м был открыт в 1997 г.",
  "The Tsing Ma Bridge carries both a road deck and a railway line linking central Hong Kong with its airport on Lantau.", True),
 ("In December 1979 Steve Jobs visited Xerox PARC and saw the graphical interface of the Alto computer.",
  "Компьютер Xerox Alto с графическим интерфейсом и мышью был создан в 1973 году в исследовательском центре PARC.", False),
 ("После землетрясения 2008 г. разрушенный город Бэйчуань оставили как мемориал, а новый уездный центр построили на другом месте.",
  "The Wenchuan earthquake, which killed almost 70,000 people, struck Sichuan province on 12 May 2008.", True),
 ("Tate Modern occupies the former Bankside Power Station on the south bank of the Thames in London.",
  "Перестройку здания для галереи Тейт Модерн выполнило швейцарское архитектурное бюро Herzog & de Meuron.", False),
 ("В 2004 году сборная России впервые выиграла Кубок Федерации, и в её составе играла Анастасия Мыскина.",
  "Anastasia Myskina won the 2004 French Open, becoming the first Russian woman to win a Grand Slam singles title.", True),
 ("The Hungarian architecture professor Ernő Rubik built the first prototype of his cube in 1974.",
  "В 1980 году кубик Рубика начала продавать по всему миру американская компания Ideal Toy.", False),
 ("После Второй мировой войны «Сикстинскую мадонну» вывезли в Москву, а в 1955 году вернули в Дрезден.",
  "Raphael's Sistine Madonna was bought for the Dresden collection by Augustus III of Poland in 1754.", True),
]

CYR = re.compile(r"[А-Яа-яЁё]")
LAT = re.compile(r"[A-Za-z]")

def lang(s):
    c, l = len(CYR.findall(s)), len(LAT.findall(s))
    return "ru" if c > l else "en"

def row(x, y, _flag):
    # sentences are stored in the order they appear in the row (a first, b second)
    a, b = x, y
    return {"a": a, "b": b, "lang_a": lang(a), "lang_b": lang(b)}

SLOTS = {"year","date","month","day","decade","century","number","percent","money","scale",
         "duration","place","person","organisation","entity","rank","polarity","opposite"}

# rows whose two sentences are emitted in reverse order, to balance RU-first / EN-first
SWAP = {1, 3, 5, 31}
comp = []
for i, (label, slot, domain, x, y, rf) in enumerate(C):
    r = row(y, x, rf) if i in SWAP else row(x, y, rf)
    r.update(label=label, slot=slot, domain=domain)
    comp.append(r)
rel = []
for x, y, _ in R:
    r = {"a": x, "b": y, "lang_a": lang(x), "lang_b": lang(y), "label": "related", "slot": "topic", "domain": ""}
    rel.append(r)
# domains of related rows (same subject as a comparable pair)
for r, d in zip(rel, ["literature","literature","science","technology","technology","disasters","art","sport","culture","art"]):
    r["domain"] = d

# ---- assertions ----
labs = collections.Counter(r["label"] for r in comp)
assert len(comp) == 60 and labs["agree"] == 30 and labs["contradict"] == 30, labs
assert len(rel) == 10
for r in comp + rel:
    assert {r["lang_a"], r["lang_b"]} == {"en", "ru"}, r
    for side in ("a", "b"):
        n = len(r[side].split())
        assert 10 <= n <= 30, (n, r[side])
for lab in ("agree", "contradict"):
    rf = sum(1 for r in comp if r["label"] == lab and r["lang_a"] == "ru")
    assert rf == 15, (lab, rf)
for r in comp:
    assert r["slot"] in SLOTS, r["slot"]
cs = collections.Counter(r["slot"] for r in comp if r["label"] == "contradict")
assert len(cs) >= 12 and max(cs.values()) <= 5, cs
dc = collections.Counter(r["domain"] for r in comp)
assert max(dc.values()) <= 8, dc
assert len({r["a"] for r in comp} | {r["b"] for r in comp}) == 120

with open(os.path.join(HERE, "comparable_heldout58.jsonl"), "w", encoding="utf-8") as f:
    for r in comp:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "related_heldout58.jsonl"), "w", encoding="utf-8") as f:
    for r in rel:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    print("comparable:", dict(labs), "related:", len(rel))
    print("contradict slots:", dict(sorted(cs.items())))
    print("agree slots:", dict(sorted(collections.Counter(r["slot"] for r in comp if r["label"] == "agree").items())))
    print("domains:", dict(sorted(dc.items())))

#!/usr/bin/env python3
"""Build the heldout46 bilingual (en/ru) evaluation set. Stdlib only.

Each comparable entry: (english, russian, label, slot, domain, ru_first).
For "contradict" rows exactly one side carries a changed value in `slot`.
"""
import json, os, re
from collections import Counter

C = [
# ---------------- history ----------------
("The Tambov Rebellion, a peasant rising against Bolshevik grain requisitioning largely led by Alexander Antonov, broke out in August 1920.",
 "Крестьянское восстание в Тамбовской губернии, вошедшее в историю как «антоновщина», началось летом 1920 года и было подавлено в 1921 г.",
 "agree", "year", "history", True),
("The Stoglav Synod of 1551, convened in Moscow by Ivan IV and Metropolitan Macarius, set down its decisions in a hundred chapters.",
 "Стоглавый собор, созванный в Москве в 1551 г. Иваном IV и патриархом Никоном, изложил свои постановления в ста главах.",
 "contradict", "person", "history", False),
("To put down the Whiskey Rebellion in western Pennsylvania in 1794, President Washington called out a militia force of nearly 13,000 men.",
 "Для подавления «Восстания виски» в западной Пенсильвании в 1794 г. Джордж Вашингтон собрал ополчение численностью около 3 тыс. человек.",
 "contradict", "number", "history", True),
("In 1834 six farm labourers from the Dorset village of Tolpuddle were sentenced to seven years' transportation to Canada for swearing a secret union oath.",
 "Шестеро батраков из дорсетской деревни Толпаддл в 1834 г. получили по семь лет ссылки в Австралию за тайную клятву при вступлении в профсоюз.",
 "contradict", "place", "history", False),
("In January 1917 the German foreign office under Arthur Zimmermann sent a coded telegram offering Mexico an alliance against the United States.",
 "Телеграмма Циммермана с предложением Мексике союза против США была отправлена в январе 1917 г. и перехвачена британской разведкой.",
 "agree", "month", "history", True),
("Resisting the church reforms associated with Patriarch Nikon, the monks of the Solovetsky Monastery held out for about eight years, from 1668 until 1676.",
 "Восстание в Соловецком монастыре против никоновских церковных реформ продолжалось около трёх лет и было подавлено в 1676 году.",
 "contradict", "duration", "history", False),
# ---------------- science ----------------
("Studying sulphur bacteria in Strasbourg, the Russian microbiologist Sergei Winogradsky was the first to describe chemosynthesis, in the late 1880s.",
 "Явление хемосинтеза открыл в 1887 г. русский микробиолог Сергей Виноградский, исследовавший серобактерии.",
 "agree", "person", "science", False),
("The chemist Nikolay Zelinsky proposed a gas mask filled with activated charcoal in 1905, and it went on to save thousands of soldiers.",
 "Противогаз с фильтром из активированного угля химик Николай Зелинский предложил в 1915 году, в разгар Первой мировой войны.",
 "contradict", "year", "science", True),
("Wilhelm Ostwald received the 1909 Nobel Prize in Chemistry for his work on catalysis, chemical equilibria and the rates of reactions.",
 "Нобелевская премия по химии за 1909 г. досталась Вильгельму Оствальду — за исследования катализа и скоростей химических реакций.",
 "agree", "year", "science", True),
("NASA's Viking 1 lander touched down on the plain of Chryse Planitia on 20 July 1976, the first successful American landing on Mars.",
 "Посадочный модуль «Викинг-1» опустился на марсианскую равнину Хриса 20 июня 1976 г., совершив первую удачную американскую посадку на Марсе.",
 "contradict", "month", "science", False),
("Since 1998 the mummy of Ötzi the Iceman has been displayed at the South Tyrol Museum of Archaeology in Bolzano, Italy.",
 "С 1998 года мумия ледяного человека Эци, найденная в Эцтальских Альпах, выставлена в Естественно-историческом музее в Вене.",
 "contradict", "place", "science", True),
# ---------------- geography ----------------
("The Perito Moreno Glacier in Argentina's Los Glaciares National Park covers about 250 square kilometres and is some 30 km long.",
 "Площадь ледника Перито-Морено в аргентинской провинции Санта-Крус составляет примерно 250 км², а длина достигает 30 км.",
 "agree", "number", "geography", False),
("Mount Taranaki, a symmetrical stratovolcano on New Zealand's North Island, rises to about 2,815 metres above sea level.",
 "Вулкан Таранаки с почти идеальным конусом возвышается на Северном острове Новой Зеландии на 2518 м над уровнем моря.",
 "contradict", "number", "geography", True),
("Croatia's Plitvice Lakes National Park, founded in 1949, is famous for its sixteen terraced lakes linked by waterfalls.",
 "Шестнадцать озёр, ступенями перетекающих одно в другое через травертиновые пороги, — главная достопримечательность хорватского парка Плитвицкие озёра.",
 "agree", "number", "geography", True),
("Margherita Peak in the Rwenzori Mountains, on the border of Uganda and Congo, is the second-highest summit in Africa.",
 "Пик Маргерита в горах Рувензори на границе Уганды и ДР Конго высотой 5109 м — третья по высоте вершина Африки.",
 "contradict", "rank", "geography", False),
("Pico de Orizaba, a dormant volcano on the border of Puebla and Veracruz, is Mexico's highest mountain at about 5,636 metres.",
 "Высочайшая точка Мексики — спящий вулкан Орисаба, или Ситлальтепетль, высотой 5636 м.",
 "agree", "rank", "geography", False),
("The Selenga, which rises in Mongolia, supplies roughly half of all the water flowing into Lake Baikal.",
 "На долю Селенги, берущей начало в Монголии, приходится около 50 % речного притока в озеро Байкал.",
 "agree", "percent", "geography", True),
# ---------------- economy ----------------
("Tata Iron and Steel Company, today's Tata Steel, was founded in 1907, realising a plan of the late industrialist Jamsetji Tata.",
 "Компания TISCO, нынешняя Tata Steel, была учреждена в 1907 г.; свой завод она построила в посёлке Сакчи, позже переименованном в Джамшедпур.",
 "agree", "year", "economy", False),
("Under the 1907 alliance between Royal Dutch Petroleum and Shell Transport and Trading, the Dutch side took 60 percent and the British side 40 percent.",
 "По соглашению 1907 г. об объединении Royal Dutch Petroleum и британской Shell голландцам досталось 70 %, а британцам — 30 %.",
 "contradict", "percent", "economy", True),
("Henry Wells and William Fargo founded Wells Fargo in New York in 1862 to provide banking and express services in California.",
 "Компания Wells Fargo была основана Генри Уэллсом и Уильямом Фарго в Нью-Йорке в марте 1852 г. для банковских и экспресс-перевозок в Калифорнии.",
 "contradict", "year", "economy", False),
("Vodafone's takeover of the German group Mannesmann, agreed in February 2000, was valued at roughly 190 billion euros, a record at the time.",
 "Сделка по поглощению немецкого концерна Mannesmann британской Vodafone, согласованная в феврале 2000 г., оценивалась примерно в 190 млн евро.",
 "contradict", "scale", "economy", True),
("Tesco traces its origins to 1919, when Jack Cohen began selling surplus groceries from a market stall in London's East End.",
 "История сети Tesco началась с уличного лотка в лондонском Ист-Энде, который открыл после Первой мировой войны Джек Коэн.",
 "agree", "person", "economy", False),
# ---------------- sport ----------------
("Between 1927 and 1936 the Norwegian skater Sonja Henie won ten consecutive world figure skating championships.",
 "Норвежская фигуристка Соня Хени шесть раз подряд выигрывала чемпионат мира, а кроме того трижды становилась олимпийской чемпионкой.",
 "contradict", "number", "sport", True),
("Ulrich Salchow of Sweden won the first Olympic men's figure skating title, contested at the 1908 London Games.",
 "Первым олимпийским чемпионом по фигурному катанию среди мужчин стал швед Ульрих Сальхов — на Играх в Лондоне в 1908 г.",
 "agree", "rank", "sport", True),
("With his sixteenth goal, scored against Brazil in the 2014 semi-final, Miroslav Klose became the World Cup's all-time leading scorer.",
 "На счету немецкого нападающего Мирослава Клозе 16 мячей на чемпионатах мира — больше, чем у любого другого игрока в истории турнира.",
 "agree", "number", "sport", False),
("On 28 June 1994 Oleg Salenko scored five goals in Russia's 6–1 win over Cameroon, a single-match World Cup record.",
 "Пять мячей в ворота сборной Камеруна Олег Саленко забил 24 июня 1994 г., установив рекорд чемпионатов мира для одного матча.",
 "contradict", "day", "sport", False),
("In 1970 Australia's Margaret Court completed the calendar Grand Slam, winning the Australian, French, Wimbledon and US singles titles in one season.",
 "Австралийка Маргарет Корт, обладательница 24 титулов Большого шлема в одиночном разряде, ни разу не выиграла все четыре турнира за один сезон.",
 "contradict", "polarity", "sport", True),
# ---------------- culture ----------------
("The Vakhtangov Theatre counts its history from 13 November 1921, when Yevgeny Vakhtangov's studio opened its own stage on the Arbat in Moscow.",
 "Театр имени Вахтангова отсчитывает свою историю с ноября 1921 г., когда студия Евгения Вахтангова открыла собственную сцену на Арбате.",
 "agree", "date", "culture", False),
("Mosfilm celebrates its founding on 30 January 1924, although the Moscow studio received the name Mosfilm only in 1935.",
 "Днём рождения киностудии «Мосфильм» принято считать 30 января 1924 г.; нынешнее название она носит с середины 1930-х годов.",
 "agree", "date", "culture", True),
("The St Petersburg ballet school now known as the Vaganova Academy was founded in the nineteenth century by the French dancing master Jean-Baptiste Landé.",
 "Петербургское балетное училище, ныне Академия русского балета имени Вагановой, основал французский танцмейстер Жан-Батист Ланде в 1738 году.",
 "contradict", "century", "culture", False),
# ---------------- literature ----------------
("Nabokov's Pale Fire, published in 1962, is built around a 999-line poem by the fictional poet John Shade.",
 "Роман «Бледный огонь» состоит из поэмы вымышленного поэта Джона Шейда в 999 строк и пространного комментария к ней.",
 "agree", "number", "literature", True),
("Lermontov completed the narrative poem Mtsyri, about a young novice who flees a Georgian monastery, in 1839.",
 "Поэма «Мцыри», написанная М. Ю. Лермонтовым в 1839 г., рассказывает о юном послушнике, бежавшем из монастыря.",
 "agree", "year", "literature", False),
("The wartime poem Vasily Tyorkin, about a resourceful Red Army soldier, was written by Konstantin Simonov, who published its chapters in army newspapers.",
 "Поэму «Василий Тёркин» о бывалом солдате Александр Твардовский писал с 1941 по 1945 год, печатая главы во фронтовых газетах.",
 "contradict", "person", "literature", True),
("Hermann Hesse's novel Siddhartha, shaped by his long interest in Indian thought, first appeared in 1922.",
 "Повесть Германа Гессе «Сиддхартха» о духовных поисках молодого индийца вышла в свет в 1922 году.",
 "agree", "year", "literature", True),
("Juan Rulfo's short novel Pedro Páramo, set in the ghost town of Comala, was published in Mexico in the mid-1950s.",
 "Роман Хуана Рульфо «Педро Парамо», действие которого разворачивается в призрачном городке Комала, вышел в Мексике в середине 1970-х годов.",
 "contradict", "decade", "literature", False),
("Joseph Conrad's Nostromo, first published in 1904, is set in Costaguana, an imaginary South American republic enriched by a silver mine.",
 "Действие романа Конрада «Ностромо» разворачивается в вымышленной южноамериканской республике Костагуана.",
 "agree", "place", "literature", False),
("Hilary Mantel's Wolf Hall, a novel about the rise of Thomas Cromwell at the court of Henry VIII, won the Booker Prize in 2009.",
 "Роман Хилари Мантел «Волчий зал» о возвышении Томаса Кромвеля в 2009 г. проиграл борьбу за Букеровскую премию.",
 "contradict", "opposite", "literature", True),
# ---------------- music ----------------
("Rimsky-Korsakov's opera The Snow Maiden, based on Ostrovsky's play, was first staged at the Mariinsky Theatre in 1882.",
 "Премьера «Снегурочки» Римского-Корсакова по пьесе Островского состоялась на сцене петербургского Мариинского театра в 1882 г.",
 "agree", "place", "music", True),
("Tchaikovsky's opera Mazeppa, first performed at Moscow's Bolshoi Theatre in 1884, takes its libretto from Pushkin's poem Poltava.",
 "Либретто оперы Чайковского «Мазепа», впервые поставленной в Большом театре в 1884 г., основано на поэме Байрона «Мазепа».",
 "contradict", "entity", "music", False),
("Dvořák's Rusalka, with its famous Song to the Moon, had its premiere at the National Theatre in Prague on 13 May 1901.",
 "Опера Антонина Дворжака «Русалка» впервые прозвучала в пражском Национальном театре 31 марта 1901 года.",
 "contradict", "date", "music", True),
("Handel's Water Music was first played on 17 July 1717 for King George I during a royal barge trip up the Thames.",
 "Впервые «Музыка на воде» Генделя прозвучала 7 июля 1717 г. во время прогулки короля Георга I на барже по Темзе.",
 "contradict", "day", "music", False),
("Scorpions frontman Klaus Meine wrote the ballad Wind of Change, which appeared on the band's 1990 album Crazy World.",
 "Автор баллады «Ветер перемен» — вокалист западногерманской группы Scorpions Клаус Майне, написавший её под впечатлением от поездки в Москву.",
 "agree", "person", "music", False),
# ---------------- art ----------------
("Vasily Pukirev's painting The Unequal Marriage, completed in 1862, hangs in Moscow's Tretyakov Gallery.",
 "Картина «Неравный брак», написанная Василием Пукиревым, хранится в Государственной Третьяковской галерее.",
 "agree", "place", "art", True),
("Viktor Vasnetsov worked on his painting Bogatyrs for almost twenty years before finishing it in 1898.",
 "Над полотном «Богатыри» Виктор Васнецов работал около двух лет и завершил его в 1898 году.",
 "contradict", "duration", "art", True),
("Menshikov at Berezovo, Vasily Surikov's 1883 canvas, shows the disgraced prince sitting with his children in Siberian exile.",
 "На картине Сурикова «Меншиков в Берёзове» изображён опальный светлейший князь вместе с детьми в сибирской ссылке.",
 "agree", "person", "art", False),
("Vladimir Borovikovsky painted his celebrated portrait of the young Maria Lopukhina in 1797.",
 "Знаменитый портрет Марии Лопухиной Владимир Боровиковский написал в 1817 г., и сегодня он хранится в Третьяковской галерее.",
 "contradict", "year", "art", False),
("Emanuel Leutze's 1851 painting Washington Crossing the Delaware belongs to the National Gallery of Art in Washington.",
 "Огромное полотно Эмануэля Лойце «Вашингтон переправляется через Делавэр» (1851) хранится в нью-йоркском музее Метрополитен.",
 "contradict", "organisation", "art", True),
("The Venus of Willendorf, a limestone figurine found in Lower Austria in 1908, is only about 11 centimetres tall.",
 "Высота Венеры Виллендорфской, найденной в 1908 г. на берегу Дуная, составляет всего 11,1 см.",
 "agree", "number", "art", True),
# ---------------- law ----------------
("In Salomon v A Salomon & Co Ltd the House of Lords confirmed that a company is a legal person separate from its shareholders.",
 "Дело «Саломон против Саломона» вошло в историю права: Палата лордов признала компанию самостоятельным лицом, отдельным от её акционеров.",
 "agree", "organisation", "law", False),
("In Schenck v. United States (1919) the Supreme Court unanimously upheld the conviction of a socialist who had distributed leaflets opposing the draft.",
 "В деле «Шенк против США» (1919) Верховный суд единогласно отменил приговор социалисту, распространявшему листовки против призыва.",
 "contradict", "opposite", "law", False),
("Since Pepper v Hart, decided by the House of Lords in 1992, English courts may consult Hansard when a statute is ambiguous.",
 "Решение по делу «Пеппер против Харта» 1992 г. позволило британским судьям обращаться к стенограммам парламентских дебатов при толковании неясных законов.",
 "agree", "year", "law", False),
("In Youngstown Sheet & Tube Co. v. Sawyer the Supreme Court ruled 6–3 that President Truman's seizure of the steel mills was unconstitutional.",
 "В 1952 г. шестью голосами против трёх Верховный суд США признал неконституционным захват сталелитейных заводов по распоряжению Трумэна.",
 "agree", "number", "law", True),
("Congress enacted the War Powers Resolution in November 1973, overriding President Nixon's veto.",
 "Резолюция о военных полномочиях стала законом в марте 1973 г., когда Конгресс преодолел вето президента Никсона.",
 "contradict", "month", "law", True),
# ---------------- technology ----------------
("Sinclair Research launched the ZX Spectrum in 1982, with the 16K model priced at £225.",
 "Версия ZX Spectrum с 16 КБ памяти поступила в продажу в апреле 1982 г. по цене 125 фунтов стерлингов.",
 "contradict", "money", "technology", False),
("The Osborne 1, released in 1981 and often called the first commercially successful portable computer, sold for $1,795.",
 "Osborne 1, вышедший в 1981 году и считающийся первым коммерчески успешным портативным компьютером, продавался за 2795 долларов.",
 "contradict", "money", "technology", False),
("The first fully successful flight of the Soviet R-7, the world's first intercontinental ballistic missile, took place on 21 August 1957.",
 "21 августа 1957 г. межконтинентальная баллистическая ракета Р-7 впервые успешно пролетела всю трассу до полигона на Камчатке.",
 "agree", "date", "technology", False),
("The Scottish clergyman Robert Stirling patented his hot-air engine, now known as the Stirling engine, in 1816.",
 "Патент на тепловую машину с внешним подводом тепла получил в 1816 году шотландский пастор Роберт Стирлинг.",
 "agree", "person", "technology", True),
# ---------------- disasters ----------------
("The explosion of a ship loaded with ammonium nitrate at Texas City on 16 April 1947 killed at least 581 people.",
 "Взрыв судна с аммиачной селитрой в порту Техас-Сити в апреле 1947 г. унёс жизни почти 600 человек.",
 "agree", "number", "disasters", False),
("The eruption of Mount Tarawera in June 1886 buried the famous Pink and White Terraces of New Zealand's North Island.",
 "Извержение вулкана Таравера в XVIII веке похоронило знаменитые Розовые и Белые террасы на Северном острове Новой Зеландии.",
 "contradict", "century", "disasters", True),
("When the British airship R101 crashed near Beauvais in October 1930 on its way to India, 48 of the 54 people aboard died.",
 "Катастрофа британского дирижабля R101 под французским Бове в 1930 г. унесла 48 жизней; спастись удалось лишь шестерым.",
 "agree", "number", "disasters", True),
]

R = [
("Ötzi the Iceman was discovered by two German hikers in the Ötztal Alps in September 1991.",
 "Ледяной человек Эци жил в медном веке, около 3300 г. до н. э.; в его левом плече учёные обнаружили кремнёвый наконечник стрелы.", True),
("The narrator of Nabokov's Pale Fire, Charles Kinbote, claims to be the exiled king of the distant country of Zembla.",
 "Роман «Бледный огонь» Владимир Набоков написал по-английски, и впервые он вышел в США в 1962 году.", False),
("Hilary Mantel followed Wolf Hall with Bring Up the Bodies, which won the Booker Prize in 2012.",
 "Главный герой романа «Волчий зал» — Томас Кромвель, сын кузнеца из Патни, ставший советником Генриха VIII.", True),
("Miroslav Klose was born in the Polish city of Opole in 1978 and later moved to Germany with his family.",
 "В 2014 году Мирослав Клозе стал чемпионом мира в составе сборной Германии, обыграв в финале аргентинцев.", False),
("The salchow jump in figure skating is named after Ulrich Salchow, who first performed it in 1909.",
 "Швед Ульрих Сальхов десять раз становился чемпионом мира по фигурному катанию в мужском одиночном разряде.", True),
("The Texas City disaster began with a fire aboard the French-flagged freighter Grandcamp as it lay in the port.",
 "На борту судна, взорвавшегося в порту Техас-Сити, находилось около 2300 тонн аммиачной селитры.", False),
("George Frideric Handel, born in Halle in 1685, became a naturalised British subject in 1727.",
 "«Музыку на воде» Генделя исполняли около пятидесяти музыкантов, плывших на отдельной барже рядом с королевской.", True),
("Viking 1 was launched towards Mars from Cape Canaveral in August 1975.",
 "Посадочный модуль «Викинг-1» передавал данные с поверхности Марса до ноября 1982 года.", False),
("The ballet school now called the Vaganova Academy was founded in St Petersburg in 1738 by the dancing master Jean-Baptiste Landé.",
 "Имя выдающегося педагога Агриппины Вагановой петербургское хореографическое училище носит с 1957 года.", True),
("Tata Steel became one of Europe's largest steelmakers when it bought the Anglo-Dutch company Corus in 2007.",
 "Завод компании TISCO в Сакчи, нынешнем Джамшедпуре, выплавил свою первую сталь в 1912 году.", False),
]

CYR = re.compile(r"[А-Яа-яЁё]")
LAT = re.compile(r"[A-Za-z]")

def lang(s):
    c, l = len(CYR.findall(s)), len(LAT.findall(s))
    return "ru" if c > l else "en"

def ntok(s):
    return len(s.split())

def row(en, ru, label, slot, domain, ru_first):
    a, b = (ru, en) if ru_first else (en, ru)
    return {"a": a, "b": b, "lang_a": lang(a), "lang_b": lang(b),
            "label": label, "slot": slot, "domain": domain}

SLOTS = {"year", "date", "month", "day", "decade", "century", "number", "percent",
         "money", "scale", "duration", "place", "person", "organisation", "entity",
         "rank", "polarity", "opposite"}
DOMAINS = {"history", "science", "geography", "economy", "sport", "culture",
           "literature", "music", "art", "law", "technology", "disasters"}

comp = [row(*c) for c in C]
rel = [row(en, ru, "related", "topic", None, rf) for en, ru, rf in R]
for r in rel:
    del r["domain"]

def check_sides(r):
    assert {r["lang_a"], r["lang_b"]} == {"en", "ru"}, r
    for s in (r["a"], r["b"]):
        assert 10 <= ntok(s) <= 30, (ntok(s), s)

assert len(comp) == 60, len(comp)
assert len(rel) == 10, len(rel)
lab = Counter(r["label"] for r in comp)
assert lab == {"agree": 30, "contradict": 30}, lab
for r in comp + rel:
    check_sides(r)
for L in ("agree", "contradict"):
    rf = sum(1 for r in comp if r["label"] == L and r["lang_a"] == "ru")
    assert rf == 15, (L, rf)
for r in comp:
    assert r["slot"] in SLOTS and r["domain"] in DOMAINS, r
dom = Counter(r["domain"] for r in comp)
assert max(dom.values()) <= 8, dom
cs = Counter(r["slot"] for r in comp if r["label"] == "contradict")
assert len(cs) >= 12 and max(cs.values()) <= 5, cs
assert len({r["a"] for r in comp + rel} | {r["b"] for r in comp + rel}) == 140

here = os.path.dirname(os.path.abspath(__file__))
for name, rows in (("comparable_heldout46.jsonl", comp), ("related_heldout46.jsonl", rel)):
    with open(os.path.join(here, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    print("labels:", dict(lab))
    print("contradict slots:", dict(sorted(cs.items())))
    print("agree slots:", dict(sorted(Counter(r["slot"] for r in comp if r["label"] == "agree").items())))
    print("domains:", dict(sorted(dom.items())))
    print("related:", len(rel))

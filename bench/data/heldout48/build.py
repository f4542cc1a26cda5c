#!/usr/bin/env python3
"""Build heldout48: independent EN/RU claim pairs (stdlib only).
Writes comparable_heldout48.jsonl and related_heldout48.jsonl next to this file."""
import json, os, re
from collections import Counter

# (label, slot, domain, english, russian)  -- RU/EN order is assigned below
COMPARABLE = [
 # ---------------- agree ----------------
 ("agree", "year", "history",
  "The Treaty of Teusina, concluded in 1595, ended the Russo-Swedish War and gave Ivangorod, Yam and Koporye back to Muscovy.",
  "Тявзинский мир 1595 г. подвёл черту под русско-шведской войной 1590–1595 гг.: к России вернулись Ям, Копорье и Ивангород."),
 ("agree", "date", "history",
  "On 24 October 1812 Russian and French troops fought for Maloyaroslavets, and Napoleon afterwards abandoned his march towards Kaluga.",
  "Сражение за Малоярославец произошло 12 (24) октября 1812 года; после него Наполеон отказался от движения на Калугу."),
 ("agree", "entity", "history",
  "Under the Treaty of the Pruth, signed in July 1711 after Peter the Great's army was surrounded, Russia agreed to hand Azov back to the Ottomans.",
  "По Прутскому мирному договору 1711 года Россия обязалась вернуть Османской империи крепость Азов и срыть укрепления Таганрога."),
 ("agree", "person", "science",
  "Oberon, the outermost of the large moons of Uranus, was discovered by William Herschel in January 1787, on the same night as Titania.",
  "Спутник Урана Оберон открыл Уильям Гершель 11 января 1787 года."),
 ("agree", "person", "science",
  "Element 118, oganesson, honours the nuclear physicist Yuri Oganessian and was only the second element named after a living person.",
  "Оганесон, 118-й элемент периодической таблицы, назван в честь физика Юрия Оганесяна ещё при жизни учёного."),
 ("agree", "number", "geography",
  "Musala in Bulgaria's Rila range rises to 2,925 metres, making it the highest peak of the whole Balkan Peninsula.",
  "Высота Мусалы — около 2925 м; это высшая точка Рилы, Болгарии и всего Балканского полуострова."),
 ("agree", "entity", "geography",
  "Triglav, at 2,864 metres the highest mountain in Slovenia, appears in stylised form on the country's coat of arms and flag.",
  "Стилизованное изображение Триглава, высочайшей вершины Словении, помещено на государственный герб этой страны."),
 ("agree", "number", "geography",
  "The stratovolcano Nevado Sajama, roughly 6,540 metres high, is the tallest mountain in Bolivia.",
  "Высочайшая вершина Боливии — вулкан Сахама (6542 м) в департаменте Оруро."),
 ("agree", "place", "economy",
  "Suzuki traces its history to 1909, when Michio Suzuki set up a company building weaving looms in Hamamatsu.",
  "Компания Suzuki ведёт историю с 1909 г., когда Митио Судзуки основал в Хамамацу фирму по выпуску ткацких станков."),
 ("agree", "month", "economy",
  "In December 1969 Seiko put on sale the Astron, the world's first quartz wristwatch offered to the public.",
  "Первые в мире серийные кварцевые наручные часы, модель Astron, японская Seiko выпустила в продажу на Рождество 1969 года."),
 ("agree", "year", "economy",
  "Pyotr Smirnov founded his Moscow vodka distillery in 1864, laying the foundation of what later became the Smirnoff brand.",
  "Водочный завод Петра Смирнова, с которого начинается история марки Smirnoff, открылся в Москве в 1864 г."),
 ("agree", "number", "sport",
  "At the 1972 Munich Olympics the Soviet sprinter Valeri Borzov won both the 100 metres and the 200 metres.",
  "Валерий Борзов стал двукратным олимпийским чемпионом Мюнхена-1972, выиграв забеги на 100 и 200 м."),
 ("agree", "place", "sport",
  "Lyudmila Belousova and Oleg Protopopov took Olympic pairs gold at Innsbruck in 1964 and again at Grenoble four years later.",
  "Людмила Белоусова и Олег Протопопов дважды побеждали на Олимпийских играх в парном катании — в 1964 г. в Инсбруке и в 1968 г. в Гренобле."),
 ("agree", "organisation", "literature",
  "Rudin, Ivan Turgenev's first novel, appeared in 1856 in the journal Sovremennik.",
  "Первый роман Тургенева «Рудин» был напечатан в журнале «Современник» в 1856 году."),
 ("agree", "number", "literature",
  "George Eliot's Middlemarch was first issued in eight instalments in 1871 and 1872.",
  "Роман Джордж Элиот «Миддлмарч» выходил частями — восемью выпусками — начиная с декабря 1871 г."),
 ("agree", "entity", "literature",
  "Gogol first published Taras Bulba in 1835 as part of the collection Mirgorod, and issued an expanded version in 1842.",
  "Повесть «Тарас Бульба» вошла в сборник «Миргород» (1835), а в 1842 г. Гоголь напечатал её значительно переработанную редакцию."),
 ("agree", "date", "music",
  "Benjamin Britten's opera Peter Grimes opened at Sadler's Wells Theatre in London on 7 June 1945.",
  "Оперу «Питер Граймс» Бриттен представил публике в июне 1945 г., через месяц после окончания войны в Европе, на сцене лондонского театра «Сэдлерс-Уэллс»."),
 ("agree", "place", "music",
  "Parsifal, Wagner's last opera, received its first performance at the Bayreuth Festspielhaus in July 1882.",
  "Премьера «Парсифаля» состоялась 26 июля 1882 г. в Байройте, в Доме торжественных представлений, построенном по замыслу самого Вагнера."),
 ("agree", "year", "art",
  "Isaac Levitan painted Vladimirka, the road along which convicts were marched to Siberia, in 1892; it hangs in the Tretyakov Gallery.",
  "Картина Исаака Левитана «Владимирка» (1892) изображает дорогу, по которой гнали каторжан в Сибирь."),
 ("agree", "place", "art",
  "Pieter Bruegel the Elder's large Tower of Babel, dated 1563, belongs to the Kunsthistorisches Museum in Vienna.",
  "Большая «Вавилонская башня» Питера Брейгеля Старшего, написанная в 1563 г., хранится в венском Музее истории искусств."),
 ("agree", "person", "art",
  "Mikhail Vrubel's The Swan Princess of 1900 was inspired by his wife, the soprano Nadezhda Zabela, who sang the role in Rimsky-Korsakov's opera.",
  "В образе Царевны-Лебеди на полотне Врубеля 1900 года угадывается его жена, певица Надежда Забела-Врубель, исполнявшая эту партию у Римского-Корсакова."),
 ("agree", "date", "art",
  "On 10 March 1914 the suffragette Mary Richardson slashed Velázquez's Rokeby Venus in the National Gallery with a meat cleaver.",
  "Весной 1914 г. суфражистка Мэри Ричардсон изрубила тесаком «Венеру перед зеркалом» Веласкеса в Лондонской национальной галерее."),
 ("agree", "month", "law",
  "The Warsaw Confederation of 28 January 1573 guaranteed religious freedom to the nobility of the Polish–Lithuanian Commonwealth.",
  "Принятый в январе 1573 г. акт Варшавской конфедерации гарантировал шляхте Речи Посполитой свободу вероисповедания."),
 ("agree", "duration", "law",
  "The Septennial Act of 1716 extended the maximum life of a British Parliament from three years to seven.",
  "По принятому в 1716 году Септеннальному акту парламент Великобритании мог заседать без новых выборов до семи лет вместо прежних трёх."),
 ("agree", "year", "law",
  "The Pale of Settlement, created under Catherine the Great in 1791, was abolished by the Provisional Government in 1917.",
  "Черту оседлости для евреев ввели в Российской империи в 1791 г., а упразднило её Временное правительство весной 1917 года."),
 ("agree", "number", "technology",
  "The Turkestan–Siberian Railway, roughly 1,440 kilometres long, had its tracks joined in April 1930.",
  "Турксиб протяжённостью 1445 км связал Среднюю Азию с Сибирью; рельсы двух участков сомкнулись весной 1930 года."),
 ("agree", "number", "technology",
  "Charles Parsons's Turbinia, the first ship driven by steam turbines, raced through the Spithead naval review in June 1897 at over 34 knots.",
  "В 1897 г. на морском смотре в Спитхеде «Турбиния» Чарлза Парсонса развила невиданную скорость в 34,5 узла."),
 ("agree", "number", "disasters",
  "The Tri-State Tornado of 18 March 1925 killed 695 people in Missouri, Illinois and Indiana, the deadliest tornado in US history.",
  "Смерч Трёх штатов в марте 1925 г. унёс почти 700 жизней — ни один торнадо в истории США не был смертоноснее."),
 ("agree", "rank", "disasters",
  "The Moorgate crash of 28 February 1975, which killed 43 people, remains the deadliest peacetime accident on the London Underground.",
  "Крушение поезда на станции «Мургейт» 28 февраля 1975 г. стало самой тяжёлой катастрофой лондонского метро в мирное время."),
 ("agree", "organisation", "disasters",
  "More than 500 people died on 21 September 1921 when a store of fertiliser exploded at the BASF works in Oppau.",
  "Взрыв склада удобрений на заводе BASF в Оппау осенью 1921 года унёс более пятисот жизней."),
 # ---------------- contradict ----------------
 ("contradict", "opposite", "history",
  "At the Battle of Vedrosha in July 1500, Muscovite troops defeated the Lithuanian army and captured its commander Konstanty Ostrogski.",
  "В июле 1500 г. в сражении на реке Ведроше московская рать потерпела поражение от войска Великого княжества Литовского."),
 ("contradict", "person", "history",
  "The Russian squadron that beat the Ottoman fleet off Tendra Island in 1790 was commanded by Dmitry Senyavin.",
  "Сражение у острова Тендра в 1790 г. завершилось победой русской эскадры под командованием Фёдора Ушакова над турецким флотом."),
 ("contradict", "polarity", "history",
  "The Treaty of Värälä, signed in August 1790, ended the Russo-Swedish war of 1788–1790 and did not change the border at all.",
  "Верельский мирный договор, завершивший русско-шведскую войну 1788–1790 гг., изменил прежнюю границу между двумя государствами."),
 ("contradict", "month", "history",
  "The Treaty of Shimoda, the first Russo-Japanese treaty, was signed in February 1855 and drew the border between Iturup and Urup.",
  "Симодский трактат, подписанный в октябре 1855 г., провёл русско-японскую границу между островами Итуруп и Уруп."),
 ("contradict", "percent", "history",
  "In the Saar plebiscite of January 1935 about 90.7 per cent of voters chose reunion with Germany.",
  "На плебисците в Сааре в январе 1935 г. за воссоединение с Германией проголосовали около 60,7 % избирателей."),
 ("contradict", "number", "science",
  "Moscovium, the superheavy element with atomic number 115, was named in 2016 after the Moscow region, home of the Dubna institute.",
  "Московий — сверхтяжёлый элемент с порядковым номером 117, получивший в 2016 г. название в честь Московской области, где находится Дубна."),
 ("contradict", "century", "science",
  "Samarium was identified in 1879 by the French chemist Paul-Émile Lecoq de Boisbaudran in the mineral samarskite.",
  "Самарий открыл ещё в XVIII веке французский химик Лекок де Буабодран, исследуя минерал самарскит."),
 ("contradict", "decade", "science",
  "Rhenium was discovered in Germany in 1925 by Walter Noddack, Ida Tacke and Otto Berg.",
  "Элемент рений открыли в Германии в 1950-х годах Вальтер Ноддак, Ида Таке и Отто Берг."),
 ("contradict", "number", "geography",
  "Rysy, in the High Tatras, is Poland's highest point, its north-western summit reaching 2,655 metres.",
  "Гора Рысы в Высоких Татрах — высшая точка Польши: её северо-западная вершина поднимается на 2499 м."),
 ("contradict", "place", "geography",
  "The Qattara Depression in Egypt's Western Desert drops to about 133 metres below sea level.",
  "Впадина Каттара на северо-западе Судана опускается примерно на 133 м ниже уровня моря."),
 ("contradict", "rank", "geography",
  "Moldoveanu Peak in the Făgăraș Mountains, at 2,544 metres, is the highest summit in Romania.",
  "Пик Молдовяну в горах Фэгэраш высотой 2544 м — лишь вторая по высоте вершина Румынии."),
 ("contradict", "year", "economy",
  "Camillo Olivetti founded Italy's first typewriter factory in the Piedmontese town of Ivrea in 1908.",
  "Первую в Италии фабрику пишущих машинок Камилло Оливетти открыл в пьемонтском городке Ивреа в 1928 году."),
 ("contradict", "organisation", "sport",
  "Oleg Blokhin won the Ballon d'Or in 1975 as a forward of Dynamo Kyiv, which had just lifted the Cup Winners' Cup.",
  "Олег Блохин получил «Золотой мяч» в 1975 году, выступая за московский «Спартак»."),
 ("contradict", "year", "sport",
  "The New Zealand-bred racehorse Phar Lap, a national hero in Australia, won the Melbourne Cup in 1929.",
  "Знаменитый скакун Фар Лап, кумир Австралии, выиграл Кубок Мельбурна в 1930 году."),
 ("contradict", "number", "sport",
  "Red Rum remains the only horse to have won the Grand National three times, in 1973, 1974 and 1977.",
  "Ред Рам — единственная лошадь, которой удалось пять раз выиграть знаменитую британскую скачку Гранд Нэшнл."),
 ("contradict", "opposite", "sport",
  "In June 1936 at Yankee Stadium, Max Schmeling knocked out the previously unbeaten Joe Louis in the twelfth round.",
  "В июне 1936 г. на стадионе «Янки» Макс Шмелинг проиграл нокаутом ещё не знавшему поражений Джо Луису в двенадцатом раунде."),
 ("contradict", "year", "literature",
  "Gogol's story The Overcoat was first published in 1848, in the third volume of his collected works.",
  "Повесть Гоголя «Шинель» впервые увидела свет в 1842 году в третьем томе его собрания сочинений."),
 ("contradict", "duration", "literature",
  "Thoreau's Walden, published in 1854, draws on the two years and two months he spent in a cabin beside Walden Pond.",
  "Книга Торо «Уолден» (1854) основана на опыте жизни автора в хижине у Уолденского пруда, где он провёл около пяти лет."),
 ("contradict", "person", "literature",
  "Poor Folk, Dostoevsky's first novel, came out in 1846 in the Petersburg Collection published by Nikolai Nekrasov.",
  "Дебютный роман Достоевского «Бедные люди» появился в 1846 г. в «Петербургском сборнике», изданном Иваном Тургеневым."),
 ("contradict", "day", "music",
  "Alban Berg's Wozzeck had its premiere at the Berlin State Opera on 24 December 1925, conducted by Erich Kleiber.",
  "Премьера оперы Альбана Берга «Воццек» состоялась 14 декабря 1925 г. в Берлинской государственной опере под управлением Эриха Клайбера."),
 ("contradict", "place", "music",
  "Wagner's Tannhäuser was first staged at the Royal Court Theatre in Dresden on 19 October 1845.",
  "Первая постановка «Тангейзера» Вагнера прошла в Мюнхене в октябре 1845 года."),
 ("contradict", "duration", "music",
  "Tchaikovsky drafted The Queen of Spades in Florence in early 1890, finishing the sketch in about six weeks.",
  "Черновой вариант «Пиковой дамы» Чайковский писал во Флоренции, и работа над ним заняла около полутора лет."),
 ("contradict", "century", "art",
  "Caspar David Friedrich's Wanderer above the Sea of Fog, painted in the early seventeenth century, hangs in the Hamburger Kunsthalle.",
  "Картина Каспара Давида Фридриха «Странник над морем тумана», написанная около 1818 г., хранится в Гамбургском кунстхалле."),
 ("contradict", "scale", "art",
  "The Art Institute of Chicago bought Edward Hopper's Nighthawks in 1942, the year it was painted, for 3,000 dollars.",
  "Чикагский институт искусств приобрёл «Полуночников» Эдварда Хоппера в 1942 г., в год создания картины, за 3 млн долларов."),
 ("contradict", "place", "art",
  "Pieter Bruegel the Elder's Netherlandish Proverbs, painted in 1559, illustrates more than a hundred sayings and hangs in Berlin's Gemäldegalerie.",
  "Картина Питера Брейгеля Старшего «Нидерландские пословицы» (1559), иллюстрирующая более сотни поговорок, хранится в парижском Лувре."),
 ("contradict", "polarity", "law",
  "The boxer Jack Johnson, convicted under the Mann Act in 1913, received a posthumous presidential pardon in 2018.",
  "Осуждённый в 1913 г. по закону Манна боксёр Джек Джонсон так и не был помилован, даже посмертно."),
 ("contradict", "opposite", "law",
  "In Wickard v. Filburn (1942) the US Supreme Court upheld federal limits on wheat that a farmer grew for use on his own farm.",
  "В деле «Викард против Филберна» (1942) Верховный суд США отменил федеральные ограничения на пшеницу, выращенную фермером для собственного хозяйства."),
 ("contradict", "date", "technology",
  "On 21 June 1948 the Manchester Baby became the first electronic stored-program computer to run a program.",
  "Манчестерская машина «Бэби» стала первым электронным компьютером с хранимой программой, выполнив свою первую программу 15 сентября 1948 г."),
 ("contradict", "month", "disasters",
  "The giant Tupolev ANT-20 Maxim Gorky crashed over Moscow on 18 May 1935 after an escorting fighter collided with it.",
  "Гигантский самолёт АНТ-20 «Максим Горький» разбился над Москвой в августе 1935 г. после столкновения с самолётом сопровождения."),
 ("contradict", "rank", "disasters",
  "The Monongah mine explosion of 6 December 1907 in West Virginia, with 362 officially counted dead, is the worst coal-mining disaster in American history.",
  "Взрыв на шахте Мононга в Западной Виргинии в декабре 1907 г. — лишь вторая по числу жертв катастрофа в истории угледобычи США."),
]

# (domain, english, russian) -- same subject as a comparable pair, two different true facts
RELATED = [
 ("science", "Oberon was discovered by William Herschel in January 1787, together with Titania, another moon of Uranus.",
  "Единственным космическим аппаратом, пролетевшим мимо Оберона, до сих пор остаётся «Вояджер-2», посетивший систему Урана в январе 1986 года."),
 ("literature", "Henry David Thoreau published Walden, his account of simple living in the woods of Massachusetts, in 1854.",
  "Генри Дэвид Торо поселился в хижине на берегу Уолденского пруда 4 июля 1845 года."),
 ("sport", "Red Rum was trained by Ginger McCain, who exercised him on the sands at Southport.",
  "Ред Рам трижды выигрывал скачку Гранд Нэшнл — в 1973, 1974 и 1977 годах."),
 ("music", "Wagner called Parsifal a festival play for the consecration of the stage, and it was his final completed opera.",
  "Первым исполнением «Парсифаля» в Байройте 26 июля 1882 года дирижировал Герман Леви."),
 ("disasters", "After the Moorgate crash, London Underground fitted a train-stopping system at dead-end platforms that became known as Moorgate control.",
  "При крушении поезда на станции «Мургейт» в феврале 1975 г. погибли 43 человека."),
 ("art", "Edward Hopper finished Nighthawks in 1942, and the Art Institute of Chicago acquired it that same year.",
  "Сам Эдвард Хоппер говорил, что замысел «Полуночников» подсказала ему закусочная на Гринвич-авеню в Нью-Йорке."),
 ("science", "Samarium takes its name from samarskite, a mineral that honours the Russian mining engineer Vasili Samarsky-Bykhovets.",
  "Самарий-кобальтовые магниты, созданные в 1960-х годах, и сегодня входят в число самых сильных постоянных магнитов."),
 ("technology", "Turbinia is preserved today at the Discovery Museum in Newcastle upon Tyne.",
  "На морском смотре в Спитхеде в 1897 г. «Турбиния» Чарлза Парсонса развила скорость 34,5 узла."),
 ("geography", "Triglav lies within Triglav National Park, the only national park in Slovenia.",
  "Первое документально подтверждённое восхождение на Триглав, высочайшую гору Словении, совершили в 1778 году."),
 ("art", "The Rokeby Venus is the only surviving female nude painted by Diego Velázquez.",
  "Лондонская Национальная галерея приобрела «Венеру перед зеркалом» Веласкеса в 1906 году."),
]

CYR = re.compile(r"[А-Яа-яЁё]")
LAT = re.compile(r"[A-Za-z]")

def lang(s):
    c, l = len(CYR.findall(s)), len(LAT.findall(s))
    return "ru" if c > l else "en"

def ntok(s):
    return len(s.split())

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    rows = []
    pos = Counter()
    for label, slot, domain, en, ru in COMPARABLE:
        i = pos[label]; pos[label] += 1
        ru_first = (i % 2 == 0)
        a, b = (ru, en) if ru_first else (en, ru)
        rows.append({"a": a, "b": b, "lang_a": lang(a), "lang_b": lang(b),
                     "label": label, "slot": slot, "domain": domain})
    rel = []
    for i, (domain, en, ru) in enumerate(RELATED):
        a, b = (ru, en) if i % 2 == 0 else (en, ru)
        rel.append({"a": a, "b": b, "lang_a": lang(a), "lang_b": lang(b),
                    "label": "related", "slot": "topic", "domain": domain})

    # ---- assertions ----
    labels = Counter(r["label"] for r in rows)
    assert len(rows) == 60 and labels == {"agree": 30, "contradict": 30}, labels
    assert len(rel) == 10
    slots_ok = {"year", "date", "month", "day", "decade", "century", "number", "percent",
                "money", "scale", "duration", "place", "person", "organisation", "entity",
                "rank", "polarity", "opposite"}
    domains_ok = {"history", "science", "geography", "economy", "sport", "culture", "literature",
                  "music", "art", "law", "technology", "disasters"}
    for r in rows + rel:
        assert {r["lang_a"], r["lang_b"]} == {"en", "ru"}, r
        for side in ("a", "b"):
            n = ntok(r[side])
            assert 10 <= n <= 30, (n, r[side])
        assert r["domain"] in domains_ok, r
    for r in rows:
        assert r["slot"] in slots_ok, r
    for lab in ("agree", "contradict"):
        ru_first = sum(1 for r in rows if r["label"] == lab and r["lang_a"] == "ru")
        assert ru_first == 15, (lab, ru_first)
    cs = Counter(r["slot"] for r in rows if r["label"] == "contradict")
    assert len(cs) >= 12 and max(cs.values()) <= 5, cs
    dc = Counter(r["domain"] for r in rows)
    assert max(dc.values()) <= 8, dc
    texts = [r[s] for r in rows + rel for s in ("a", "b")]
    assert len(set(texts)) == len(texts), "duplicate sentence"

    with open(os.path.join(here, "comparable_heldout48.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout48.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("labels", dict(labels))
    print("contradict slots", dict(sorted(cs.items())))
    print("agree slots", dict(sorted(Counter(r["slot"] for r in rows if r["label"] == "agree").items())))
    print("domains", dict(sorted(dc.items())))
    print("related domains", dict(sorted(Counter(r["domain"] for r in rel).items())))

if __name__ == "__main__":
    main()

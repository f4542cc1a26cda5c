#!/usr/bin/env python3
"""Build the heldout57 bilingual (EN/RU) evaluation set. Stdlib only.
Writes comparable_heldout57.jsonl and related_heldout57.jsonl next to this file."""
import json, os, re
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

# (subject, domain, slot, english, russian)
AGREE = [
 ("Heligoland-Zanzibar Treaty", "history", "date",
  "On 1 July 1890 Britain and Germany signed a treaty under which the North Sea island of Heligoland passed to German control.",
  "Летом 1890 г. по англо-германскому договору остров Гельголанд отошёл к Германии, а Британия получила свободу действий на Занзибаре."),
 ("Battle of Eylau", "history", "month",
  "The Battle of Eylau, fought in East Prussia in February 1807, ended without a clear victor between Napoleon and the Russian army.",
  "Сражение при Прейсиш-Эйлау 7–8 февраля 1807 г. между французами и русской армией Беннигсена не принесло решительной победы ни одной из сторон."),
 ("Battles of Khalkhin Gol", "history", "year",
  "In the summer of 1939 Soviet and Mongolian forces defeated the Japanese Kwantung Army in the fighting along the Khalkhin Gol river.",
  "Бои на реке Халхин-Гол завершились в сентябре 1939 года разгромом японской группировки советско-монгольскими войсками."),
 ("George Gamow", "science", "place",
  "The physicist George Gamow, later known for his work on the Big Bang, was born in Odessa in 1904.",
  "Георгий Гамов, один из авторов теории горячей Вселенной, родился в Одессе в марте 1904 года."),
 ("Helen Sharman", "science", "date",
  "Helen Sharman became the first Briton in space when she flew to the Mir station aboard Soyuz TM-12 in May 1991.",
  "18 мая 1991 г. химик Хелен Шарман стартовала с Байконура к станции «Мир» и стала первым британским космонавтом."),
 ("Khone Falls", "geography", "number",
  "The Khone Falls on the Mekong in southern Laos are often called the widest waterfall on Earth, about 10.8 kilometres across.",
  "Ширина водопадов Кхон на Меконге, у границы Лаоса и Камбоджи, составляет почти 11 км — это самый широкий водопад мира."),
 ("Fedchenko Glacier", "geography", "number",
  "Stretching some 77 kilometres through the Pamirs of Tajikistan, the Fedchenko Glacier is the longest glacier outside the polar regions.",
  "Ледник Федченко на Памире имеет длину около 77 км и считается самым длинным ледником за пределами полярных областей."),
 ("Akosombo Dam", "economy", "year",
  "The Akosombo Dam on the Volta River in Ghana was completed in 1965, creating Lake Volta behind it.",
  "Строительство плотины Акосомбо на реке Вольта завершилось в 1965 г.; она обеспечивает Гану значительной частью электроэнергии."),
 ("Evonne Goolagong", "sport", "number",
  "Evonne Goolagong won the Wimbledon singles title twice, first in 1971 and again in 1980.",
  "Австралийская теннисистка Ивонн Гулагонг дважды побеждала в одиночном разряде на Уимблдоне — в 1971 и 1980 годах."),
 ("Eric Liddell", "sport", "place",
  "Scottish sprinter Eric Liddell won the 400 metres at the 1924 Olympic Games in Paris.",
  "На Олимпиаде в Париже шотландец Эрик Лидделл, отказавшийся бежать 100 м в воскресенье, выиграл дистанцию 400 м."),
 ("Judit Polgar", "sport", "number",
  "Judit Polgár earned the grandmaster title in December 1991 at the age of 15, breaking Bobby Fischer's record.",
  "Венгерская шахматистка Юдит Полгар стала гроссмейстером в 15 лет и 4 месяца, побив рекорд Фишера."),
 ("Igor Moiseyev", "culture", "year",
  "Choreographer Igor Moiseyev founded his folk dance ensemble in Moscow in 1937.",
  "Ансамбль народного танца под руководством Игоря Моисеева был создан в 1937 г. и вскоре получил мировую известность."),
 ("Fazil Iskander", "literature", "place",
  "The writer Fazil Iskander, author of the Sandro of Chegem cycle, was born in Sukhumi in 1929.",
  "Фазиль Искандер родился в Сухуме в 1929 году; широкую известность ему принёс роман «Сандро из Чегема»."),
 ("Herta Muller", "literature", "year",
  "Romanian-born German author Herta Müller received the Nobel Prize in Literature in 2009.",
  "Нобелевскую премию по литературе 2009 г. присудили Герте Мюллер, немецкой писательнице, выросшей в Румынии."),
 ("Gao Xingjian", "literature", "rank",
  "In 2000 Gao Xingjian, author of Soul Mountain, became the first Chinese-language writer awarded the Nobel Prize in Literature.",
  "Гао Синцзян, автор романа «Чудотворная гора», первым из писателей, пишущих по-китайски, получил Нобелевскую премию по литературе."),
 ("Isaak Dunayevsky", "music", "place",
  "Composer Isaak Dunayevsky was born in 1900 in the small Ukrainian town of Lokhvytsia, in the Poltava region.",
  "Исаак Дунаевский, автор музыки ко многим советским кинокомедиям, родился в Лохвице Полтавской губернии."),
 ("Gustave Courbet, The Origin of the World", "art", "organisation",
  "Gustave Courbet's 1866 painting The Origin of the World has been held by the Musée d'Orsay in Paris since 1995.",
  "Картина Курбе «Происхождение мира» хранится в парижском музее Орсе, куда она поступила в 1995 году."),
 ("Aleksandr Laktionov, Letter from the Front", "art", "year",
  "Aleksandr Laktionov painted Letter from the Front in 1947, and the canvas won him a Stalin Prize.",
  "Картина «Письмо с фронта» была написана Александром Лактионовым в 1947 г., через два года после окончания войны."),
 ("Diego Rivera, Detroit Industry", "art", "place",
  "Diego Rivera painted his Detroit Industry murals in 1932–33 on the walls of the Detroit Institute of Arts.",
  "Цикл фресок «Индустрия Детройта» Диего Ривера создал для Детройтского института искусств по заказу Эдсела Форда."),
 ("Gillick v West Norfolk", "law", "organisation",
  "In Gillick v West Norfolk and Wisbech AHA in 1985, the House of Lords ruled that doctors may sometimes advise under-16s on contraception without parental consent.",
  "Палата лордов в 1985 г. отклонила иск Виктории Гиллик, признав, что врач может назначать контрацепцию подростку младше 16 лет без согласия родителей."),
 ("Lingens v Austria", "law", "person",
  "In Lingens v Austria (1986) the European Court of Human Rights found that convicting a journalist for criticising Chancellor Bruno Kreisky violated free expression.",
  "Журналист Петер Михаэль Лингенс был осуждён в Австрии за статьи о Бруно Крайском, но Европейский суд по правам человека признал нарушение статьи 10 Конвенции."),
 ("Hawker Siddeley Harrier", "technology", "rank",
  "The Hawker Siddeley Harrier, which entered RAF service in 1969, was the first operational jet fighter capable of vertical take-off.",
  "Британский «Харриер» стал первым в мире серийным боевым самолётом вертикального взлёта и посадки, поступившим на вооружение ВВС."),
 ("Landwasser Viaduct", "technology", "number",
  "The curved Landwasser Viaduct near Filisur in Switzerland carries the Rhaetian Railway 65 metres above the river.",
  "Высота Ландвассерского виадука на Ретской железной дороге в швейцарском кантоне Граубюнден составляет 65 м."),
 ("LEO I computer", "technology", "year",
  "LEO I, built by the catering firm J. Lyons and Co., ran the world's first routine business computer job in 1951.",
  "В 1951 году компьютер LEO I британской компании Лайонс, владевшей сетью чайных, начал выполнять регулярные бухгалтерские задачи."),
 ("Kurenivka mudslide", "disasters", "date",
  "On 13 March 1961 a dam holding back pulp waste in Babi Yar burst, and a mudflow buried much of Kyiv's Kurenivka district.",
  "Куренёвская трагедия произошла в Киеве в марте 1961 г., когда прорвало дамбу с пульпой в Бабьем Яру."),
 ("Air France Flight 447", "disasters", "number",
  "All 228 people aboard Air France Flight 447 died when the Airbus A330 crashed into the Atlantic on 1 June 2009.",
  "Катастрофа самолёта «Эр Франс», следовавшего из Рио-де-Жанейро в Париж, унесла жизни 228 пассажиров и членов экипажа."),
 ("Charkhi Dadri mid-air collision", "disasters", "date",
  "The Charkhi Dadri mid-air collision near Delhi on 12 November 1996 killed all 349 people aboard two aircraft.",
  "12.11.1996 над индийским городом Чархи-Дадри столкнулись «Боинг-747» саудовской авиакомпании и казахстанский Ил-76."),
 ("Lambert Glacier", "geography", "rank",
  "The Lambert Glacier in East Antarctica, draining into the Amery Ice Shelf, is considered the largest glacier in the world.",
  "Крупнейшим ледником Земли считается ледник Ламберта в Восточной Антарктиде длиной около 400 км."),
 ("Dario Fo", "literature", "year",
  "Italian playwright Dario Fo, author of Accidental Death of an Anarchist, won the Nobel Prize in Literature in 1997.",
  "В 1997 г. Нобелевская премия по литературе досталась итальянскому драматургу и актёру Дарио Фо."),
 ("Ivar Kreuger", "economy", "date",
  "Ivar Kreuger, the Swedish 'Match King', was found shot dead in his Paris apartment on 12 March 1932.",
  "Шведский «спичечный король» Ивар Крюгер застрелился в Париже в марте 1932 г., после чего его империя рухнула."),
]

# (subject, domain, slot, english, russian, false_side)  false_side in {"en","ru"}
CONTRADICT = [
 ("Battle of Killiecrankie", "history", "opposite",
  "At Killiecrankie on 27 July 1689 the Jacobite Highlanders defeated a government army, though their leader Viscount Dundee was killed.",
  "В битве при Килликрэнки в июле 1689 г. якобиты потерпели поражение от правительственных войск, а их вождь виконт Данди погиб.", "ru"),
 ("Battle of Aspern-Essling", "history", "person",
  "At Aspern-Essling in May 1809 an Austrian army commanded by Archduke John inflicted a serious defeat on Napoleon.",
  "В сражении при Асперне и Эсслинге 21–22 мая 1809 г. австрийская армия эрцгерцога Карла нанесла Наполеону тяжёлое поражение.", "en"),
 ("Battle of Koniggratz", "history", "year",
  "Prussia crushed the Austrian army at the Battle of Königgrätz, also called Sadowa, on 3 July 1864.",
  "Битва при Кёниггреце (Садове) 3 июля 1866 г. закончилась решительной победой Пруссии над Австрией.", "en"),
 ("Appenzell Innerrhoden women's suffrage", "history", "rank",
  "Appenzell Innerrhoden was the first Swiss canton to give women the vote in cantonal matters, following a federal court ruling in 1990.",
  "Аппенцелль-Иннерроден стал последним швейцарским кантоном, где женщины получили право голоса: это произошло в 1990 г. по решению Федерального суда.", "en"),
 ("Alexander Friedmann", "science", "year",
  "In 1922 Alexander Friedmann published solutions of Einstein's equations describing a universe that expands or contracts.",
  "Александр Фридман опубликовал решения уравнений Эйнштейна для нестационарной Вселенной в 1927 году в немецком журнале.", "ru"),
 ("Gertrude Elion", "science", "organisation",
  "Gertrude Elion developed her drugs while working at Merck, and shared the 1988 Nobel Prize in Physiology or Medicine.",
  "Гертруда Элион, разработавшая ряд лекарств в компании Burroughs Wellcome, получила Нобелевскую премию 1988 г. вместе с Джорджем Хитчингсом.", "en"),
 ("Gherman Titov, Vostok 2", "science", "duration",
  "Gherman Titov's Vostok 2 flight in August 1961 lasted more than 25 hours, making him the first person to spend a full day in orbit.",
  "Полёт Германа Титова на «Востоке-2» в августе 1961 г. продолжался около пяти часов.", "ru"),
 ("Gaia space telescope", "science", "place",
  "The European Space Agency's Gaia astrometry telescope was launched from Baikonur in December 2013.",
  "Астрометрический телескоп Гайя Европейского космического агентства был запущен 19 декабря 2013 г. с космодрома Куру во Французской Гвиане.", "en"),
 ("Abuja", "geography", "decade",
  "Abuja officially replaced Lagos as the capital of Nigeria on 12 December 1991.",
  "Абуджа официально сменила Лагос в качестве столицы Нигерии в 1970-е годы.", "ru"),
 ("Kongo Gumi", "economy", "century",
  "Founded in the eighth century, the Japanese temple builder Kongo Gumi was long regarded as the oldest continuously operating company.",
  "Японская строительная компания «Конго Гуми», основанная в 578 году, считалась старейшим непрерывно действующим предприятием в мире.", "en"),
 ("Lithuanian litas", "economy", "year",
  "Lithuania replaced its national currency, the litas, with the euro on 1 January 2015.",
  "Литва отказалась от национальной валюты лит и перешла на евро 1 января 2014 года.", "ru"),
 ("Ilie Nastase", "sport", "rank",
  "Ilie Năstase became the second player to top the official ATP computer rankings, in August 1973.",
  "Румын Илие Настасе в августе 1973 г. стал первым лидером официального компьютерного рейтинга ATP.", "en"),
 ("Jarmila Kratochvilova", "sport", "month",
  "Jarmila Kratochvílová set the 800 metres world record of 1:53.28 in Munich in July 1983.",
  "Ярмила Кратохвилова установила мировой рекорд в беге на 800 м (1.53,28) в Мюнхене в июне 1983 года.", "ru"),
 ("Graham Hill", "sport", "number",
  "Graham Hill won the Formula One world championship twice, in 1962 and 1968.",
  "Британский гонщик Грэм Хилл трижды становился чемпионом мира «Формулы-1» — последний раз в 1968 году.", "ru"),
 ("Louvre Abu Dhabi", "culture", "person",
  "The Louvre Abu Dhabi, crowned by a vast latticed dome designed by Jean Nouvel, opened in November 2017.",
  "Лувр Абу-Даби, открытый в ноябре 2017 г., построен по проекту британского архитектора Нормана Фостера.", "ru"),
 ("Korney Chukovsky, Moydodyr", "literature", "decade",
  "Korney Chukovsky's children's poem Moydodyr, about a talking washbasin, was first published in the 1930s.",
  "Сказка Корнея Чуковского «Мойдодыр» впервые была издана отдельной книгой в 1923 году.", "en"),
 ("Alice Munro", "literature", "polarity",
  "Canadian short-story writer Alice Munro received the Nobel Prize in Literature in 2013.",
  "Канадская писательница Элис Манро, мастер короткого рассказа, так и не получила Нобелевскую премию по литературе.", "ru"),
 ("Anton Arensky, Piano Trio No. 1", "music", "person",
  "Anton Arensky's Piano Trio No. 1 in D minor, written in 1894, is dedicated to the memory of the pianist Anton Rubinstein.",
  "Первое фортепианное трио ре минор Антон Аренский написал в 1894 г. и посвятил памяти виолончелиста Карла Давыдова.", "en"),
 ("Concertgebouw", "music", "day",
  "Amsterdam's Concertgebouw concert hall was inaugurated with a festive concert on 11 April 1888.",
  "Амстердамский концертный зал Консертгебау, славящийся своей акустикой, открылся 21 апреля 1888 г.", "ru"),
 ("Alexander Deyneka, Defence of Petrograd", "art", "year",
  "Alexander Deyneka painted The Defence of Petrograd in 1938 for an exhibition marking the Red Army's anniversary.",
  "Картина Александра Дейнеки «Оборона Петрограда» была написана в 1928 году к десятилетию Красной армии.", "en"),
 ("Alberto Giacometti, Walking Man I", "art", "scale",
  "In February 2010 Giacometti's bronze Walking Man I sold at Sotheby's in London for about £65 million.",
  "Бронзовая скульптура Джакометти «Шагающий человек I» была продана на торгах «Сотбис» в Лондоне в 2010 г. за 65 тыс. фунтов.", "ru"),
 ("Georgia O'Keeffe, Jimson Weed/White Flower No. 1", "art", "money",
  "Georgia O'Keeffe's Jimson Weed/White Flower No. 1 sold at auction in 2014 for $14.4 million, a record for a woman artist.",
  "В 2014 г. картина Джорджии О’Кифф «Дурман / Белый цветок № 1» ушла с аукциона за 44,4 млн долларов — рекорд для художницы.", "en"),
 ("Edwards v Attorney General for Canada", "law", "opposite",
  "In the 1929 Persons Case, Edwards v Attorney General for Canada, the Privy Council overturned the Supreme Court of Canada and held that women were persons.",
  "В октябре 1929 г. Тайный совет по делу Эдвардс (так называемому «делу о личностях») подтвердил решение Верховного суда Канады о статусе женщин.", "ru"),
 ("Atkins v. Virginia", "law", "number",
  "In Atkins v. Virginia (2002) the US Supreme Court ruled 5–4 that executing intellectually disabled offenders is unconstitutional.",
  "В деле «Аткинс против Виргинии» 2002 г. Верховный суд США шестью голосами против трёх запретил казнить людей с умственной отсталостью.", "en"),
 ("Goltzsch Viaduct", "technology", "rank",
  "Completed in 1851, the Göltzsch Viaduct in Saxony is the largest brick-built bridge in the world.",
  "Гёльчский виадук в Саксонии, построенный в 1846–1851 гг., — второй по величине кирпичный мост в мире.", "ru"),
 ("H. L. Hunley submarine", "technology", "polarity",
  "The Confederate submarine H. L. Hunley never sank an enemy ship, although it attacked the USS Housatonic in 1864.",
  "В феврале 1864 г. подводная лодка южан «Ханли» потопила шлюп «Хаусатоник» и сама погибла вскоре после атаки.", "en"),
 ("IBM Personal Computer", "technology", "money",
  "The IBM Personal Computer, model 5150, went on sale in 1981 at a base price of $1,565.",
  "Персональный компьютер IBM 5150, представленный в 1981 г., стоил в базовой комплектации 1265 долларов.", "ru"),
 ("Goiania accident", "disasters", "entity",
  "The 1987 radiological accident in Goiânia, Brazil, began when scavengers removed a cobalt-60 source from an abandoned clinic.",
  "Радиационная авария в Гоянии в сентябре 1987 г. началась с того, что из заброшенной клиники вынесли источник цезия-137.", "en"),
 ("Flixborough disaster", "disasters", "number",
  "The explosion at the Nypro chemical plant in Flixborough, England, on 1 June 1974 killed 28 people.",
  "Взрыв циклогексана на химическом заводе во Фликсборо 1 июня 1974 г. унёс жизни 82 человек.", "ru"),
 ("Kegworth air disaster", "disasters", "place",
  "In January 1989 a British Midland Boeing 737 crashed near Kegworth while approaching Manchester Airport.",
  "8 января 1989 г. «Боинг-737» компании British Midland, заходя на посадку в аэропорту Ист-Мидлендс, рухнул на насыпь автострады M1 у Кегуорта.", "en"),
]

# Related: same subject as a comparable pair above, two different true facts.
RELATED = [
 ("George Gamow", "science",
  "In 1948 George Gamow co-wrote with Ralph Alpher the Alpher–Bethe–Gamow paper on the origin of the chemical elements.",
  "Георгий Гамов в 1928 г. объяснил альфа-распад квантовым туннелированием частиц через потенциальный барьер."),
 ("Alice Munro", "literature",
  "Alice Munro won the Man Booker International Prize in 2009 for her body of work.",
  "Элис Манро родилась в 1931 г. в городке Уингем в канадской провинции Онтарио."),
 ("Graham Hill", "sport",
  "Graham Hill won the Indianapolis 500 at his first attempt in 1966.",
  "Грэм Хилл пять раз выигрывал Гран-при Монако, за что его прозвали «мистером Монако»."),
 ("Kegworth air disaster", "disasters",
  "The Kegworth air disaster of January 1989 killed 47 of the 126 people on board.",
  "Расследование катастрофы у Кегуорта показало, что экипаж по ошибке выключил исправный двигатель вместо повреждённого."),
 ("Alberto Giacometti", "art",
  "Alberto Giacometti's sculpture L'Homme au doigt sold for $141.3 million at Christie's in New York in May 2015.",
  "Альберто Джакометти родился в 1901 г. в швейцарской деревне Боргоново в кантоне Граубюнден."),
 ("Akosombo Dam", "economy",
  "Lake Volta, formed behind the Akosombo Dam, is the largest artificial reservoir in the world by surface area.",
  "Электроэнергия ГЭС Акосомбо изначально предназначалась прежде всего для алюминиевого завода в городе Тема."),
 ("Gherman Titov", "science",
  "Gherman Titov was 25 years old during his flight and remains the youngest person ever to have flown in space.",
  "Герман Титов был дублёром Юрия Гагарина при первом пилотируемом полёте в космос 12 апреля 1961 г."),
 ("IBM Personal Computer", "technology",
  "IBM announced its Personal Computer at a press event in New York on 12 August 1981.",
  "Операционную систему PC DOS для компьютера IBM PC поставила тогда ещё молодая компания Microsoft."),
 ("Korney Chukovsky", "literature",
  "Korney Chukovsky received an honorary doctorate in literature from the University of Oxford in 1962.",
  "Корней Чуковский написал сказку «Доктор Айболит», героя которой придумал по мотивам книги Хью Лофтинга."),
 ("Judit Polgar", "sport",
  "Judit Polgár announced her retirement from competitive chess in August 2014.",
  "В 2002 г. Юдит Полгар обыграла Гарри Каспарова в партии матча «Россия — сборная мира»."),
]

CYR = re.compile(r"[А-Яа-яЁё]")
LAT = re.compile(r"[A-Za-z\u00C0-\u024F]")


def lang(s):
    c, l = len(CYR.findall(s)), len(LAT.findall(s))
    return "ru" if c > l else "en"


def ntok(s):
    return len(s.split())


def row(en, ru, ru_first, label, slot, domain):
    a, b = (ru, en) if ru_first else (en, ru)
    return {"a": a, "b": b, "lang_a": lang(a), "lang_b": lang(b),
            "label": label, "slot": slot, "domain": domain}


def main():
    comparable = []
    for i, (subj, dom, slot, en, ru) in enumerate(AGREE):
        comparable.append(row(en, ru, i % 2 == 0, "agree", slot, dom))
    for i, (subj, dom, slot, en, ru, false_side) in enumerate(CONTRADICT):
        assert false_side in ("en", "ru")
        comparable.append(row(en, ru, i % 2 == 1, "contradict", slot, dom))
    related = []
    for i, (subj, dom, en, ru) in enumerate(RELATED):
        related.append(row(en, ru, i % 2 == 0, "related", "topic", dom))

    # ---- assertions ----
    labels = Counter(r["label"] for r in comparable)
    assert len(comparable) == 60 and labels["agree"] == 30 and labels["contradict"] == 30, labels
    assert len(related) == 10
    for r in comparable + related:
        assert {r["lang_a"], r["lang_b"]} == {"en", "ru"}, r
        for side in ("a", "b"):
            n = ntok(r[side])
            assert 10 <= n <= 30, (n, r[side])
    for lab in ("agree", "contradict"):
        rf = sum(1 for r in comparable if r["label"] == lab and r["lang_a"] == "ru")
        ef = sum(1 for r in comparable if r["label"] == lab and r["lang_a"] == "en")
        assert rf == 15 and ef == 15, (lab, rf, ef)
    allowed = {"year", "date", "month", "day", "decade", "century", "number", "percent",
               "money", "scale", "duration", "place", "person", "organisation", "entity",
               "rank", "polarity", "opposite"}
    cslots = Counter(r["slot"] for r in comparable if r["label"] == "contradict")
    assert set(cslots) <= allowed and len(cslots) >= 12 and max(cslots.values()) <= 5, cslots
    assert all(r["slot"] in allowed for r in comparable)
    doms = Counter(r["domain"] for r in comparable)
    assert max(doms.values()) <= 8, doms
    subjects = [s[0] for s in AGREE] + [s[0] for s in CONTRADICT]
    assert len(set(subjects)) == 60
    texts = [r[k] for r in comparable + related for k in ("a", "b")]
    assert len(set(texts)) == len(texts), "duplicate sentence"

    with open(os.path.join(HERE, "comparable_heldout57.jsonl"), "w", encoding="utf-8") as f:
        for r in comparable:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "related_heldout57.jsonl"), "w", encoding="utf-8") as f:
        for r in related:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("labels", dict(labels))
    print("contradict slots", dict(sorted(cslots.items())))
    print("agree slots", dict(sorted(Counter(r["slot"] for r in comparable if r["label"] == "agree").items())))
    print("domains", dict(sorted(doms.items())))
    print("related domains", dict(sorted(Counter(r["domain"] for r in related).items())))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Build the heldout49 bilingual (EN/RU) claim cross-check evaluation set.

Stdlib only. Writes comparable_heldout49.jsonl and related_heldout49.jsonl
next to this script. Each tuple: (slot, domain, english_sentence, russian_sentence).
Order in the file (which side is field a) alternates: even index -> Russian first.
"""
import json
import os
import re
from collections import Counter

AGREE = [
    ("number", "history",
     "On 23 August 1989 about two million people joined hands in a human chain of roughly 675 kilometres across Estonia, Latvia and Lithuania.",
     "Около 2 млн жителей трёх прибалтийских республик 23 августа 1989 г. выстроились в живую цепь длиной почти 700 км — от Таллина до Вильнюса."),
    ("date", "history",
     "The Carnation Revolution began on 25 April 1974, when army officers in Lisbon toppled Portugal's authoritarian Estado Novo regime almost without bloodshed.",
     "Военный переворот 25 апреля 1974 года, почти бескровно покончивший с диктатурой «Нового государства» в Португалии, вошёл в историю как «революция гвоздик»."),
    ("year", "science",
     "Gabriel Lippmann received the 1908 Nobel Prize in Physics for his interference method of reproducing colours in photography.",
     "Нобелевскую премию по физике 1908 г. получил Габриэль Липпман — за метод цветной фотографии, основанный на явлении интерференции."),
    ("place", "science",
     "In 1654 Otto von Guericke demonstrated his air pump experiments before the Imperial Diet assembled at Regensburg.",
     "На заседании рейхстага в Регенсбурге Отто фон Герике показал опыты со своим воздушным насосом, наглядно доказав силу атмосферного давления."),
    ("date", "science",
     "On 7 November 1492 a stone weighing about 127 kilograms fell from the sky into a wheat field near Ensisheim in Alsace.",
     "Энсисхаймский метеорит массой около 127 кг упал близ небольшого эльзасского городка в ноябре 1492 года."),
    ("number", "geography",
     "The Giant's Causeway on the coast of County Antrim consists of about 40,000 interlocking basalt columns left by ancient volcanic activity.",
     "Дорога гигантов в Северной Ирландии — это около 40 тыс. базальтовых колонн, образовавшихся при излиянии лавы примерно 50–60 млн лет назад."),
    ("place", "geography",
     "The Kivach waterfall, which drops about 10.7 metres, lies on the Suna River in the Republic of Karelia.",
     "Водопад Кивач на реке Суне в Карелии, воспетый Державиным в оде «Водопад», имеет высоту около 11 м."),
    ("year", "economy",
     "The Abrau-Durso estate near Novorossiysk was established in 1870 as an imperial winery and later became famous for its sparkling wines.",
     "Имение Абрау-Дюрсо под Новороссийском основано в 1870 г. как удельное хозяйство императорской фамилии; позднее оно прославилось игристыми винами."),
    ("year", "sport",
     "Alberto Ascari won the Formula One world championship driving for Ferrari in both 1952 and 1953.",
     "Итальянец Альберто Аскари дважды подряд, в 1952 и 1953 гг., становился чемпионом мира «Формулы-1» за рулём «Феррари»."),
    ("number", "sport",
     "Dawn Fraser won the Olympic 100 metres freestyle three times in a row, at Melbourne, Rome and Tokyo.",
     "Австралийская пловчиха Дон Фрейзер — трёхкратная олимпийская чемпионка на дистанции 100 м вольным стилем (1956, 1960 и 1964 гг.)."),
    ("duration", "sport",
     "Nona Gaprindashvili held the women's world chess championship for sixteen years, from 1962 until 1978.",
     "Нона Гаприндашвили завоевала шахматную корону среди женщин в 1962 г. и удерживала её до 1978 г., когда уступила Майе Чибурданидзе."),
    ("number", "culture",
     "Antony Gormley's Angel of the North, erected near Gateshead in 1998, stands 20 metres tall and has wings 54 metres wide.",
     "Стальная скульптура Энтони Гормли «Ангел Севера» у Гейтсхеда имеет высоту 20 м, а размах её крыльев достигает 54 м."),
    ("place", "culture",
     "The Kelpies, two 30-metre steel horse heads by the sculptor Andy Scott, stand beside the Forth and Clyde Canal near Falkirk.",
     "Скульптуры «Келпи» Энди Скотта — две 30-метровые стальные конские головы — установлены в парке Хеликс близ шотландского Фолкерка."),
    ("person", "culture",
     "Grigori Aleksandrov's 1934 musical comedy Jolly Fellows starred Leonid Utyosov as a shepherd and Lyubov Orlova as a housemaid.",
     "Главные роли в музыкальной комедии «Весёлые ребята», снятой Григорием Александровым в 1934 г., исполнили Леонид Утёсов и Любовь Орлова."),
    ("year", "literature",
     "Friedrich Reinhold Kreutzwald's Kalevipoeg, the Estonian national epic, was published in instalments between 1857 and 1861.",
     "Эстонский национальный эпос «Калевипоэг», составленный Фридрихом Рейнгольдом Крейцвальдом, впервые издавался выпусками в 1857–1861 гг."),
    ("person", "literature",
     "Robert Louis Stevenson's Kidnapped, published in 1886, follows the young David Balfour across the Scottish Highlands.",
     "Главный герой романа Стивенсона «Похищенный» — юный Дэвид Бальфур, которого по сговору с дядей увозят на корабле."),
    ("person", "literature",
     "Ilya Ilf and Yevgeny Petrov brought back the conman Ostap Bender in their novel The Golden Calf, published in 1931.",
     "Роман «Золотой телёнок», написанный Ильфом и Петровым и вышедший отдельной книгой в 1931 г., вновь сделал Остапа Бендера главным героем."),
    ("person", "music",
     "The song Katyusha, written in 1938, has music by Matvey Blanter and lyrics by the poet Mikhail Isakovsky.",
     "Знаменитую «Катюшу» на стихи Михаила Исаковского композитор Матвей Блантер написал в 1938 году."),
    ("date", "music",
     "Puccini's La Bohème was first performed at the Teatro Regio in Turin on 1 February 1896, conducted by the young Arturo Toscanini.",
     "Премьера «Богемы» Пуччини состоялась в туринском театре «Реджо» в феврале 1896 года."),
    ("year", "art",
     "In June 1985 a visitor to the Hermitage threw sulphuric acid at Rembrandt's Danaë and slashed the canvas twice with a knife.",
     "В 1985 г. посетитель Эрмитажа облил «Данаю» Рембрандта серной кислотой и нанёс полотну два удара ножом; реставрация заняла более десяти лет."),
    ("place", "art",
     "Jean-François Millet's The Gleaners, shown at the Paris Salon of 1857, now hangs in the Musée d'Orsay.",
     "Картина Милле «Сборщицы колосьев», написанная в 1857 г., хранится в парижском музее Орсе."),
    ("person", "art",
     "Thomas Eakins's 1875 painting The Gross Clinic shows the surgeon Samuel D. Gross operating before students in Philadelphia.",
     "На полотне Томаса Икинса «Клиника Гросса» филадельфийский хирург Сэмюэл Гросс проводит операцию в присутствии студентов."),
    ("person", "law",
     "Defended by Clarence Darrow, Nathan Leopold and Richard Loeb escaped the death penalty in 1924 and were sentenced to life imprisonment.",
     "Благодаря защите Кларенса Дарроу Натан Леопольд и Ричард Лёб в 1924 г. избежали смертной казни и получили пожизненные сроки."),
    ("number", "law",
     "The Factory Act of 1833 banned the employment of children under nine in British textile mills and created a factory inspectorate.",
     "Британский фабричный закон 1833 г. запретил нанимать на текстильные фабрики детей младше девяти лет и ввёл должности фабричных инспекторов."),
    ("date", "technology",
     "EDSAC, built by Maurice Wilkes's team at the University of Cambridge, ran its first program on 6 May 1949.",
     "Кембриджская вычислительная машина EDSAC, созданная группой Мориса Уилкса, выполнила свою первую программу в мае 1949 г."),
    ("organisation", "technology",
     "The BBC Micro, designed and built by Acorn Computers for the BBC's computer literacy project, went on sale in December 1981.",
     "Компьютер BBC Micro для образовательного проекта Би-би-си разработала и выпускала британская фирма Acorn; продажи начались в конце 1981 г."),
    ("number", "technology",
     "The Effelsberg radio telescope in the Eifel hills, with a dish 100 metres across, began operating in 1972.",
     "Стометровый радиотелескоп в Эффельсберге, принадлежащий Институту радиоастрономии Макса Планка, вступил в строй в 1972 году."),
    ("number", "disasters",
     "The collapse of two suspended walkways at the Hyatt Regency hotel in Kansas City in July 1981 killed 114 people.",
     "17 июля 1981 г. в отеле «Хаятт Ридженси» в Канзас-Сити обрушились подвесные переходы над вестибюлем; погибли 114 человек."),
    ("date", "disasters",
     "Pan Am Flight 103 was destroyed by a bomb over the Scottish town of Lockerbie on 21 December 1988, killing 270 people.",
     "В декабре 1988 г. над шотландским Локерби взорвался «Боинг» рейса 103 компании «Пан Американ»; погибли все 259 человек на борту и 11 жителей городка."),
    ("month", "disasters",
     "The Eldfell eruption on the Icelandic island of Heimaey began in January 1973 and forced the evacuation of the entire town.",
     "Извержение вулкана Эльдфелл на острове Хеймаэй началось в ночь на 23 января 1973 г.; всё население острова пришлось эвакуировать."),
]

CONTRADICT = [
    ("year", "history",
     "In 1783 King Erekle II of Kartli-Kakheti placed his kingdom under Russian protection by the Treaty of Georgievsk, signed at a North Caucasus fortress.",
     "Георгиевский трактат, по которому Картли-Кахетинское царство Ираклия II перешло под покровительство России, был подписан в 1793 году."),
    ("month", "history",
     "In the early hours of 13 February 1692, government soldiers who had been lodging with the MacDonalds of Glencoe turned on their hosts and killed 38 of them.",
     "Резня в Гленко, когда солдаты Роберта Кэмпбелла перебили приютивших их Макдональдов, произошла в августе 1692 года."),
    ("person", "history",
     "At Klushino in July 1610 a Polish–Lithuanian army led by Jan Karol Chodkiewicz routed the larger Russian and Swedish force of Dmitry Shuisky.",
     "В битве при Клушине 24 июня (4 июля) 1610 г. польский гетман Станислав Жолкевский разгромил русско-шведское войско Дмитрия Шуйского."),
    ("place", "science",
     "Johann Balmer, who taught mathematics at a girls' school in Basel, published his empirical formula for the visible lines of hydrogen in 1885.",
     "Иоганн Бальмер, преподававший математику в женской школе Цюриха, в 1885 г. опубликовал формулу для видимых линий спектра водорода."),
    ("decade", "science",
     "John Cockcroft and Ernest Walton first split the atomic nucleus with artificially accelerated protons in the late 1940s at the Cavendish Laboratory.",
     "В 1932 году Кокрофт и Уолтон в Кавендишской лаборатории впервые расщепили ядро лития с помощью искусственно ускоренных протонов."),
    ("entity", "geography",
     "Gullfoss, the two-tiered waterfall of southwest Iceland, lies on the Thjorsa, the longest river in the country.",
     "Водопад Гюдльфосс на реке Хвитау в юго-западной Исландии низвергается двумя уступами в узкое ущелье."),
    ("rank", "geography",
     "With a total drop of about 380 metres over three stages, the Krimml Waterfalls in Salzburg state are the highest in Austria.",
     "Кримльские водопады в земле Зальцбург общей высотой около 380 м — второй по высоте водопад Австрии."),
    ("number", "geography",
     "In 2005 a NASA satellite instrument recorded a land surface temperature of 70.7 °C in the Lut Desert of Iran.",
     "В 2005 г. спутниковые приборы зафиксировали в иранской пустыне Деште-Лут температуру поверхности почвы 57,7 °C — рекордную для планеты."),
    ("entity", "economy",
     "The Lancashire Cotton Famine of 1861–1865 left thousands of mill workers idle after the American Civil War cut off supplies of raw cotton.",
     "Хлопковый голод в Ланкашире, оставивший без работы тысячи ткачей, был вызван прекращением поставок хлопка из-за Крымской войны."),
    ("year", "economy",
     "The collapse of Creditanstalt, Austria's largest bank, in May 1931 helped spread the banking crisis across Central Europe.",
     "Крах венского Кредитанштальта, крупнейшего банка Австрии, в мае 1929 года запустил цепь банковских кризисов в Центральной Европе."),
    ("rank", "economy",
     "In May 1984 federal regulators had to rescue Continental Illinois, then the seventh-largest bank in the United States, after a run on its deposits.",
     "В мае 1984 г. власти США спасали от краха чикагский банк «Континентал Иллинойс» — крупнейший на тот момент банк страны."),
    ("person", "culture",
     "Edvard Eriksen's bronze Little Mermaid has sat on a rock by the Langelinie promenade in Copenhagen since August 1913.",
     "Бронзовая «Русалочка» работы норвежца Густава Вигеланна установлена на камне у набережной Лангелинии в Копенгагене в 1913 году."),
    ("organisation", "technology",
     "Nintendo launched its Family Computer, better known as the Famicom, in Japan on 15 July 1983.",
     "Игровую приставку «Фамиком», поступившую в продажу в Японии летом 1983 г., выпустила компания Sega."),
    ("money", "technology",
     "Alcock and Brown won the Daily Mail's £10,000 prize after flying a Vickers Vimy non-stop from Newfoundland to Ireland in June 1919.",
     "За первый беспосадочный перелёт через Атлантику в июне 1919 г. Олкок и Браун получили от газеты «Дейли мейл» приз в 50 тыс. фунтов."),
    ("month", "music",
     "Prokofiev's opera The Love for Three Oranges received its world premiere in Chicago in May 1921.",
     "Мировая премьера оперы Прокофьева «Любовь к трём апельсинам» состоялась в Чикаго 30 декабря 1921 г."),
    ("place", "music",
     "Rimsky-Korsakov's opera The Legend of the Invisible City of Kitezh was first staged at the Mariinsky Theatre in St Petersburg in February 1907.",
     "Первая постановка «Сказания о невидимом граде Китеже» Римского-Корсакова прошла в 1907 году в московском Большом театре."),
    ("person", "music",
     "Ralph Vaughan Williams took the title and inspiration for The Lark Ascending from a poem by George Meredith.",
     "Ральф Воан-Уильямс назвал свой романс для скрипки с оркестром «Взлетающий жаворонок» по стихотворению Перси Биши Шелли."),
    ("year", "art",
     "Ilya Repin finished his painting of Ivan the Terrible cradling his dying son in 1885; it belongs to the Tretyakov Gallery.",
     "Картину «Иван Грозный и сын его Иван 16 ноября 1581 года» Илья Репин завершил в 1895 году; полотно хранится в Третьяковской галерее."),
    ("person", "art",
     "The Laughing Cavalier, painted by Rembrandt in 1624, hangs in the Wallace Collection in London.",
     "Знаменитый «Смеющийся кавалер» Франса Хальса датирован 1624 годом и хранится в лондонском собрании Уоллеса."),
    ("duration", "sport",
     "Hakan Sukur scored after just 11 seconds against South Korea in the 2002 third-place match, the fastest goal in World Cup history.",
     "Хакан Шюкюр забил южнокорейцам на 11-й минуте матча за третье место чемпионата мира 2002 года — это самый быстрый гол в истории турниров."),
    ("opposite", "sport",
     "Galatasaray beat Arsenal 4–1 on penalties in Copenhagen in May 2000 to become the first Turkish club to win the UEFA Cup.",
     "В мае 2000 года в Копенгагене «Галатасарай» проиграл «Арсеналу» финал Кубка УЕФА в серии пенальти."),
    ("rank", "sport",
     "Feyenoord's extra-time win over Celtic in Milan in May 1970 made them the second Dutch club to lift the European Cup.",
     "Победив «Селтик» 2:1 в дополнительное время в Милане в 1970 году, «Фейеноорд» стал первым нидерландским обладателем Кубка европейских чемпионов."),
    ("century", "literature",
     "Andrejs Pumpurs published Lāčplēsis, the Latvian national epic about a bear-slaying hero, in 1888.",
     "Латышский национальный эпос «Лачплесис» о богатыре, убившем медведя, Андрейс Пумпурс опубликовал в XVIII веке."),
    ("polarity", "literature",
     "Samuel Butler's satire Erewhon did not appear anonymously: the 1872 first edition carried his name on the title page.",
     "Сатирический роман Сэмюэла Батлера «Едгин» вышел в 1872 году анонимно."),
    ("century", "law",
     "The Lex Salica, the law code of the Salian Franks, was first written down in the ninth century.",
     "Салическая правда — свод обычного права салических франков — была записана в начале VI века, при короле Хлодвиге."),
    ("opposite", "law",
     "The Equal Rights Amendment was approved by the US Congress in March 1972 and sent to the states for ratification.",
     "В марте 1972 г. Конгресс США отверг предложенную поправку о равных правах мужчин и женщин."),
    ("duration", "law",
     "The Chinese Exclusion Act signed by President Chester Arthur in May 1882 suspended the immigration of Chinese labourers for ten years.",
     "Подписанный президентом Честером Артуром в мае 1882 г. закон об исключении китайцев запрещал въезд китайских рабочих на двадцать лет."),
    ("polarity", "disasters",
     "When a Texaco drill punctured a salt mine beneath Louisiana's Lake Peigneur in November 1980, the lake drained into it, yet nobody died.",
     "В ноябре 1980 г. буровая компании «Тексако» пробила соляную шахту под озером Пенье в Луизиане; вода хлынула в выработки, и погибли несколько горняков."),
    ("day", "disasters",
     "The Gujarat earthquake struck on the morning of 26 January 2001, India's Republic Day, devastating the town of Bhuj.",
     "Разрушительное землетрясение в индийском штате Гуджарат, почти стёршее с лица земли город Бхудж, произошло 16 января 2001 г."),
    ("scale", "disasters",
     "Hurricane Andrew, which struck south Florida in August 1992, caused roughly 26 billion dollars in damage.",
     "Ураган «Эндрю», обрушившийся на юг Флориды в августе 1992 г., причинил ущерб примерно в 26 млн долларов."),
]

RELATED = [
    ("science",
     "Gabriel Lippmann was born in 1845 in Bonnevoie, Luxembourg, to French parents.",
     "Липпман получил Нобелевскую премию по физике 1908 года за метод цветной фотографии."),
    ("sport",
     "Alberto Ascari was killed in May 1955 while testing a Ferrari sports car at Monza.",
     "Альберто Аскари впервые стал чемпионом мира «Формулы-1» в 1952 году, выступая за «Феррари»."),
    ("sport",
     "In 1978 Nona Gaprindashvili became the first woman to be awarded the title of International Grandmaster.",
     "Нона Гаприндашвили впервые стала чемпионкой мира среди женщин в 1962 году, победив Елизавету Быкову."),
    ("law",
     "The Equal Rights Amendment failed to win ratification by the required 38 states before its 1982 deadline.",
     "Поправку о равных правах Конгресс США одобрил в марте 1972 года и направил её штатам."),
    ("sport",
     "In August 2000 Galatasaray beat Real Madrid 2–1 in Monaco to win the UEFA Super Cup.",
     "В мае 2000 года «Галатасарай» выиграл Кубок УЕФА, обыграв «Арсенал» по пенальти в Копенгагене."),
    ("sport",
     "Feyenoord won the 1970 Intercontinental Cup by defeating Estudiantes of Argentina over two legs.",
     "В 1970 году «Фейеноорд» выиграл Кубок европейских чемпионов, обыграв «Селтик» в финале в Милане."),
    ("culture",
     "In April 1964 vandals sawed off the head of the Little Mermaid statue in Copenhagen.",
     "Бронзовая «Русалочка» работы Эдварда Эриксена установлена в Копенгагене в августе 1913 года."),
    ("music",
     "Prokofiev based his opera The Love for Three Oranges on a fairy-tale play by Carlo Gozzi.",
     "Опера «Любовь к трём апельсинам» впервые была поставлена в Чикаго в декабре 1921 года."),
    ("sport",
     "Hakan Sukur was elected to the Turkish parliament in 2011 as a deputy of the ruling AKP.",
     "Хакан Шюкюр забил самый быстрый гол в истории чемпионатов мира — на 11-й секунде матча с Южной Кореей в 2002 году."),
    ("music",
     "The violinist Marie Hall gave the first performance of The Lark Ascending and was its dedicatee.",
     "Пьеса Ральфа Воан-Уильямса для скрипки «Взлетающий жаворонок» навеяна одноимённым стихотворением Джорджа Мередита."),
]

CYR = re.compile(r"[\u0400-\u04FF]")
LAT = re.compile(r"[A-Za-z\u00C0-\u024F]")


def lang_of(s):
    c, l = len(CYR.findall(s)), len(LAT.findall(s))
    return "ru" if c > l else "en"


def make_row(i, en, ru, label, slot, domain):
    assert lang_of(en) == "en", en
    assert lang_of(ru) == "ru", ru
    for s in (en, ru):
        n = len(s.split())
        assert 10 <= n <= 30, (n, s)
    if i % 2 == 0:
        a, b, la, lb = ru, en, "ru", "en"
    else:
        a, b, la, lb = en, ru, "en", "ru"
    return {"a": a, "b": b, "lang_a": la, "lang_b": lb,
            "label": label, "slot": slot, "domain": domain}


SLOTS = {"year", "date", "month", "day", "decade", "century", "number", "percent",
         "money", "scale", "duration", "place", "person", "organisation", "entity",
         "rank", "polarity", "opposite"}
DOMAINS = {"history", "science", "geography", "economy", "sport", "culture",
           "literature", "music", "art", "law", "technology", "disasters"}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    comp = []
    for i, (slot, dom, en, ru) in enumerate(AGREE):
        comp.append(make_row(i, en, ru, "agree", slot, dom))
    for i, (slot, dom, en, ru) in enumerate(CONTRADICT):
        comp.append(make_row(i, en, ru, "contradict", slot, dom))
    rel = []
    for i, (dom, en, ru) in enumerate(RELATED):
        rel.append(make_row(i, en, ru, "related", "topic", dom))

    labels = Counter(r["label"] for r in comp)
    assert len(comp) == 60 and labels["agree"] == 30 and labels["contradict"] == 30, labels
    assert len(rel) == 10
    for lab in ("agree", "contradict"):
        ru_first = sum(1 for r in comp if r["label"] == lab and r["lang_a"] == "ru")
        assert ru_first == 15, (lab, ru_first)
    for r in comp + rel:
        assert {r["lang_a"], r["lang_b"]} == {"en", "ru"}
        assert r["domain"] in DOMAINS, r
    for r in comp:
        assert r["slot"] in SLOTS, r
    cslots = Counter(r["slot"] for r in comp if r["label"] == "contradict")
    assert len(cslots) >= 12, cslots
    assert max(cslots.values()) <= 5, cslots
    doms = Counter(r["domain"] for r in comp)
    assert max(doms.values()) <= 8, doms
    # no duplicated sentences
    sents = [s for r in comp for s in (r["a"], r["b"])]
    assert len(sents) == len(set(sents))

    with open(os.path.join(here, "comparable_heldout49.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout49.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("labels", dict(labels))
    print("agree slots", dict(Counter(r["slot"] for r in comp if r["label"] == "agree")))
    print("contradict slots", dict(cslots))
    print("domains", dict(doms))
    print("related domains", dict(Counter(r["domain"] for r in rel)))


if __name__ == "__main__":
    main()

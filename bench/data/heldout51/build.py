#!/usr/bin/env python3
"""Build heldout51: independent EN/RU claim pairs (agree / contradict / related).

Written by a test writer who never ran or read the cross-checker.
Stdlib only. Writes comparable_heldout51.jsonl and related_heldout51.jsonl
next to this script.
"""
import json
import os
import re
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

# (label, slot, domain, first, english, russian)
# first = "ru" -> Russian sentence goes to field a; "en" -> English goes to a.
COMPARABLE = [
    # ------------------------------------------------------------ agree
    ("agree", "date", "history", "en",
     "On 17 October 1855 an Anglo-French squadron bombarded the Russian fortress of Kinburn, where French ironclad floating batteries saw combat for the first time.",
     "Кинбурнская крепость в устье Днепро-Бугского лимана капитулировала в октябре 1855 г. после обстрела, в котором впервые участвовали французские броненосные плавучие батареи."),
    ("agree", "year", "history", "ru",
     "In 1097 the princes of Kievan Rus gathered at Lyubech and agreed that each of them should keep the lands inherited from his father.",
     "Любечский съезд князей, состоявшийся в 1097 г., закрепил принцип «каждый да держит отчину свою»."),
    ("agree", "date", "history", "en",
     "At Gumbinnen on 20 August 1914 the Russian First Army under Paul von Rennenkampf defeated the German Eighth Army in East Prussia.",
     "Гумбиннен-Гольдапское сражение 7 (20) августа 1914 г. закончилось поражением германской 8-й армии, противостоявшей армии Ренненкампфа в Восточной Пруссии."),
    ("agree", "year", "science", "ru",
     "While working for Bell Telephone Laboratories, the engineer Karl Jansky detected radio emission coming from the centre of the Milky Way in 1932.",
     "Инженер Карл Янский, изучавший помехи радиосвязи, в 1932 году обнаружил радиоизлучение, приходящее из области центра нашей Галактики."),
    ("agree", "year", "science", "en",
     "Klaus von Klitzing received the Nobel Prize in Physics in 1985 for discovering the quantized Hall effect.",
     "За открытие квантового эффекта Холла, сделанное в Гренобле в 1980 г., Клаус фон Клитцинг был удостоен Нобелевской премии по физике 1985 года."),
    ("agree", "number", "science", "ru",
     "The Hipparcos Catalogue, released by the European Space Agency in 1997, lists precise positions and parallaxes for about 118,000 stars.",
     "Основной каталог спутника «Гиппаркос», опубликованный ЕКА в 1997 г., содержит высокоточные координаты и параллаксы 118 218 звёзд."),
    ("agree", "number", "geography", "en",
     "The South Inylchek Glacier in the central Tian Shan of Kyrgyzstan is about 60 kilometres long.",
     "Длина Южного Иныльчека, крупнейшего ледника Тянь-Шаня, расположенного на востоке Киргизии, превышает 60 км."),
    ("agree", "place", "geography", "ru",
     "The Kungur Ice Cave lies on the right bank of the Sylva River near the town of Kungur in Perm Krai.",
     "Кунгурская ледяная пещера находится в Пермском крае, на окраине города Кунгура, у посёлка Филипповка на реке Сылве."),
    ("agree", "rank", "geography", "en",
     "Hoverla, on the Chornohora ridge of the Ukrainian Carpathians, is the highest mountain in Ukraine at 2,061 metres.",
     "Говерла высотой около 2060 м над уровнем моря — высочайшая вершина Украины."),
    ("agree", "century", "economy", "ru",
     "The Amsterdam exchange traces its origins to 1602, when shares of the Dutch East India Company began to be traded there.",
     "Амстердамская биржа, возникшая в начале XVII века для торговли акциями Голландской Ост-Индской компании, считается старейшей фондовой биржей мира."),
    ("agree", "person", "economy", "en",
     "The Great Gostiny Dvor on Nevsky Prospekt in Saint Petersburg was built between 1761 and 1785 to a design by Jean-Baptiste Vallin de la Mothe.",
     "Большой Гостиный двор на Невском проспекте возведён по проекту архитектора Валлен-Деламота; строительство растянулось почти на четверть века."),
    ("agree", "year", "law", "ru",
     "In Engel v. Vitale (1962) the US Supreme Court held that an official prayer recited in New York public schools violated the Establishment Clause.",
     "Решением по делу «Энгел против Витале» в июне 1962 г. Верховный суд США запретил чтение официально составленной молитвы в государственных школах."),
    ("agree", "year", "law", "en",
     "In April 1949 the International Court of Justice, ruling in its first contentious case, held Albania responsible for mine explosions that damaged British destroyers in the Corfu Channel.",
     "По делу о проливе Корфу, первому спору в истории Международного суда ООН, Албания в 1949 году была признана ответственной за подрыв британских эсминцев на минах."),
    ("agree", "number", "sport", "ru",
     "At the 2002 Salt Lake City Olympics the Croatian skier Janica Kostelić won three gold medals and one silver.",
     "Хорватская горнолыжница Яница Костелич на Играх 2002 года в Солт-Лейк-Сити завоевала четыре медали, три из которых золотые."),
    ("agree", "year", "sport", "en",
     "Jaromír Jágr was part of the Czech team that won the Olympic ice hockey tournament at Nagano in 1998, beating Russia 1-0 in the final.",
     "В 1998 году на Олимпиаде в Нагано Яромир Ягр в составе сборной Чехии стал олимпийским чемпионом по хоккею."),
    ("agree", "place", "sport", "ru",
     "Franz Klammer won the men's downhill at the 1976 Winter Olympics on the Patscherkofel course above Innsbruck, in front of a home crowd.",
     "Австриец Франц Кламмер стал олимпийским чемпионом в скоростном спуске на зимних Играх 1976 г. в Инсбруке."),
    ("agree", "date", "culture", "en",
     "Maxim Gorky's play The Lower Depths opened at the Moscow Art Theatre on 31 December 1902, staged by Stanislavski and Nemirovich-Danchenko.",
     "Пьеса Горького «На дне» впервые была поставлена Московским Художественным театром в декабре 1902 года; роль Сатина исполнял сам Станиславский."),
    ("agree", "person", "culture", "ru",
     "Aelita, a silent science-fiction film directed by Yakov Protazanov, was released in 1924 and based on a novel by Alexei Tolstoy.",
     "Немой фильм «Аэлита» (1924) Якова Протазанова, экранизация романа Алексея Толстого, стал одной из первых советских научно-фантастических картин."),
    ("agree", "place", "literature", "en",
     "Varlam Shalamov drew his Kolyma Tales from years in the Kolyma labour camps; the first collected Russian edition appeared in London in 1978.",
     "Первое собрание «Колымских рассказов» Варлама Шаламова вышло в 1978 г. в Лондоне, а на родине автора цикл напечатали лишь в годы перестройки."),
    ("agree", "year", "literature", "ru",
     "The Swedish poet Erik Axel Karlfeldt was awarded the 1931 Nobel Prize in Literature posthumously, several months after his death.",
     "Эрик Аксель Карлфельдт получил Нобелевскую премию по литературе 1931 г. посмертно: шведский поэт умер в апреле того же года."),
    ("agree", "date", "music", "en",
     "Jean Sibelius conducted the first performance of his Kullervo, based on the Kalevala, in Helsinki on 28 April 1892.",
     "Симфоническая поэма «Куллерво» для солистов, хора и оркестра впервые прозвучала весной 1892 г. в Гельсингфорсе под управлением автора."),
    ("agree", "person", "music", "ru",
     "Schoenberg's Gurre-Lieder, set to poems by the Danish writer Jens Peter Jacobsen, was first performed in Vienna on 23 February 1913 under Franz Schreker.",
     "Первое исполнение «Песен Гурре» Арнольда Шёнберга состоялось в Вене в феврале 1913 г.; дирижировал Франц Шрекер."),
    ("agree", "place", "music", "en",
     "Donizetti's comic opera L'elisir d'amore premiered at the Teatro della Canobbiana in Milan on 12 May 1832.",
     "Премьера «Любовного напитка» Гаэтано Доницетти прошла в мае 1832 года в Милане, на сцене театра Каноббиана."),
    ("agree", "year", "art", "ru",
     "Vasily Vereshchagin painted The Apotheosis of War, a pyramid of skulls in a desert landscape, in 1871.",
     "Картина Верещагина «Апофеоз войны» (1871), изображающая груду черепов под палящим солнцем, хранится в Третьяковской галерее."),
    ("agree", "organisation", "art", "en",
     "Pieter Bruegel the Elder's The Harvesters, painted in 1565, belongs to the Metropolitan Museum of Art in New York.",
     "«Жатва» Питера Брейгеля Старшего — одна из картин цикла о временах года; сейчас полотно хранится в нью-йоркском музее Метрополитен."),
    ("agree", "number", "disasters", "ru",
     "The coal-dust explosion at the Honkeiko (Benxihu) colliery in Japanese-occupied Manchuria on 26 April 1942 killed 1,549 miners.",
     "Взрыв угольной пыли на шахте Бэньсиху в Маньчжурии в апреле 1942 г., унёсший 1549 жизней, считается крупнейшей катастрофой в истории угледобычи."),
    ("agree", "date", "disasters", "en",
     "The magnitude 7.6 earthquake that struck Pakistani Kashmir on the morning of 8 October 2005 killed more than 86,000 people.",
     "Кашмирское землетрясение магнитудой 7,6, произошедшее 8 октября 2005 г., унесло свыше 80 тыс. жизней, главным образом в Пакистане."),
    ("agree", "number", "disasters", "ru",
     "The eruption of Mount Lamington in Papua on 21 January 1951 killed nearly 3,000 people.",
     "Извержение вулкана Ламингтон на Новой Гвинее в январе 1951 г. унесло около трёх тысяч жизней."),
    ("agree", "rank", "technology", "en",
     "The Green Bank Telescope in West Virginia, with a dish of 100 by 110 metres, is the largest fully steerable radio telescope in the world.",
     "Радиотелескоп в Грин-Бэнке (Западная Виргиния), введённый в строй в 2000 г., — крупнейший в мире полноповоротный инструмент такого рода."),
    ("agree", "date", "technology", "ru",
     "The Junkers J 1, the first practical all-metal aircraft, made its maiden flight in December 1915.",
     "Первый в мире цельнометаллический самолёт Junkers J 1 поднялся в воздух 12 декабря 1915 года на аэродроме Дёбериц."),
    # ------------------------------------------------------------ contradict
    ("contradict", "year", "history", "en",
     "The Russian fortress of Bomarsund in the Åland Islands surrendered to British and French forces in August 1854, during the Crimean War.",
     "Русская крепость Бомарзунд на Аландских островах сдалась англо-французскому десанту в августе 1855 года."),
    ("contradict", "century", "history", "ru",
     "The Treaty of Kyakhta, concluded between the Russian Empire and Qing China in the seventeenth century, fixed the Mongolian border and regulated trade.",
     "Кяхтинский договор между Российской империей и империей Цин, подписанный в 1727 г., определил границу в Монголии и порядок торговли."),
    ("contradict", "month", "history", "en",
     "The Ilinden Uprising in Ottoman Macedonia broke out in early May 1903 and was crushed by Ottoman troops within a few months.",
     "Илинденское восстание в Македонии вспыхнуло 2 августа 1903 г., в день святого Ильи, и было подавлено османскими войсками."),
    ("contradict", "year", "science", "ru",
     "Irène and Frédéric Joliot-Curie were awarded the 1938 Nobel Prize in Chemistry for their synthesis of new radioactive elements.",
     "Ирен и Фредерик Жолио-Кюри получили Нобелевскую премию по химии 1935 г. за синтез новых радиоактивных элементов."),
    ("contradict", "polarity", "science", "en",
     "Russell Hulse and Joseph Taylor received the 1993 Nobel Prize in Physics for discovering the first binary pulsar in 1974.",
     "Открытие первого двойного пульсара, сделанное Халсом и Тейлором в 1974 г., так и не было отмечено Нобелевской премией."),
    ("contradict", "number", "geography", "ru",
     "Ai-Petri, a peak of the Crimean Mountains famous for its jagged limestone teeth, rises to 1,534 metres above sea level.",
     "Вершина Ай-Петри в Крымских горах, знаменитая своими известняковыми зубцами, поднимается на 1234 м над уровнем моря."),
    ("contradict", "rank", "geography", "en",
     "In 2004 the Krubera Cave in the Arabika massif of Abkhazia became the first cave known to exceed 2,000 metres in depth.",
     "Пещера Крубера в массиве Арабика в Абхазии в 2004 г. стала второй в мире пещерой, глубина которой превысила 2000 м."),
    ("contradict", "person", "economy", "ru",
     "Friedrich Hayek shared the 1974 Nobel Memorial Prize in Economic Sciences with the American economist Milton Friedman.",
     "Фридрих фон Хайек разделил премию по экономике памяти Нобеля 1974 года со шведским экономистом Гуннаром Мюрдалем."),
    ("contradict", "decade", "economy", "en",
     "The Bank of Japan opened as the country's central bank in 1882, partly modelled on the National Bank of Belgium.",
     "Банк Японии, центральный банк страны, был учреждён в 1890-х годах по образцу Национального банка Бельгии."),
    ("contradict", "opposite", "law", "ru",
     "In Buck v. Bell in 1927 the US Supreme Court struck down Virginia's compulsory sterilization law by eight votes to one.",
     "В 1927 г. в деле «Бак против Белла» Верховный суд США восемью голосами против одного подтвердил конституционность закона Виргинии о принудительной стерилизации."),
    ("contradict", "polarity", "law", "en",
     "In March 2011 the Grand Chamber of the European Court of Human Rights ruled in Lautsi v Italy that crucifixes in Italian state classrooms did not breach the Convention.",
     "Большая палата Европейского суда по правам человека в марте 2011 г. в деле «Лаутси против Италии» признала, что распятия в классах итальянских государственных школ нарушают Конвенцию."),
    ("contradict", "money", "law", "ru",
     "After the nuclear-powered satellite Kosmos 954 scattered radioactive debris over northern Canada in 1978, the Soviet Union eventually paid Canada three million Canadian dollars.",
     "За загрязнение территории Канады обломками спутника «Космос-954» с ядерной установкой СССР в итоге выплатил Канаде 30 млн канадских долларов."),
    ("contradict", "number", "law", "en",
     "In Katz v. United States, decided in December 1967, the Supreme Court ruled 7-1 that warrantless eavesdropping on a public telephone booth violated the Fourth Amendment.",
     "В деле «Кац против США» (1967) Верховный суд пятью голосами против четырёх признал, что прослушивание телефонной будки без ордера нарушило Четвёртую поправку."),
    ("contradict", "number", "sport", "ru",
     "Soviet forward Anatoly Firsov became Olympic ice hockey champion with the USSR national team four times.",
     "Хоккеист Анатолий Фирсов трижды становился олимпийским чемпионом в составе сборной СССР — в 1964, 1968 и 1972 годах."),
    ("contradict", "rank", "sport", "en",
     "With his victory in 1985, Bernard Hinault became the third rider to win the Tour de France five times.",
     "Победив в 1985 г., француз Бернар Ино стал первым в истории гонщиком, выигравшим «Тур де Франс» пять раз."),
    ("contradict", "place", "sport", "ru",
     "Klavdiya Boyarskikh won all three women's cross-country skiing events at the 1964 Winter Olympics in Innsbruck.",
     "Клавдия Боярских выиграла все три женские лыжные гонки на зимней Олимпиаде 1964 г. в Гренобле."),
    ("contradict", "place", "culture", "en",
     "Gogol's comedy The Inspector General premiered in 1836 at the Maly Theatre in Moscow, with Emperor Nicholas I in the audience.",
     "Премьера комедии Гоголя «Ревизор» прошла 19 апреля 1836 г. в петербургском Александринском театре в присутствии Николая I."),
    ("contradict", "year", "literature", "ru",
     "Ilya Ehrenburg's short novel The Thaw, published in 1954, gave its name to the period of relaxation after Stalin's death.",
     "Повесть Ильи Эренбурга «Оттепель», давшая название эпохе после смерти Сталина, была опубликована в 1962 году."),
    ("contradict", "decade", "literature", "en",
     "The German dramatist Gerhart Hauptmann, author of The Weavers, received the Nobel Prize in Literature in the early 1920s.",
     "Немецкий драматург Герхарт Гауптман, автор пьесы «Ткачи», стал лауреатом Нобелевской премии по литературе в 1912 г."),
    ("contradict", "polarity", "literature", "ru",
     "Elfriede Jelinek, the 2004 Nobel laureate in literature, did not travel to Stockholm and delivered her Nobel lecture by video.",
     "Лауреат Нобелевской премии по литературе 2004 г. Эльфрида Елинек лично приехала в Стокгольм и прочла там свою нобелевскую лекцию."),
    ("contradict", "place", "music", "en",
     "Zoltán Kodály's folk opera Háry János was first staged at the Royal Hungarian Opera House in Budapest in October 1926.",
     "Зингшпиль Золтана Кодая «Хари Янош» впервые поставили в октябре 1926 г. на сцене Венской государственной оперы."),
    ("contradict", "day", "music", "ru",
     "Léo Delibes's opera Lakmé was first performed at the Opéra-Comique in Paris on 24 April 1883.",
     "Опера Лео Делиба «Лакме» впервые была представлена в парижской Опера-Комик 14 апреля 1883 г."),
    ("contradict", "organisation", "art", "en",
     "Isaac Levitan painted Above Eternal Peace in 1894, and the canvas now belongs to the State Russian Museum in Saint Petersburg.",
     "Картину «Над вечным покоем» Исаак Левитан написал в 1894 г.; сейчас она находится в Третьяковской галерее."),
    ("contradict", "year", "art", "ru",
     "Rembrandt painted The Anatomy Lesson of Dr Nicolaes Tulp in 1632, and the group portrait now hangs in the Mauritshuis in The Hague.",
     "Рембрандт написал «Урок анатомии доктора Николаса Тульпа» в 1642 году; полотно хранится в гаагском музее Маурицхёйс."),
    ("contradict", "month", "disasters", "en",
     "On 4 October 2010 a reservoir of red mud burst at an alumina plant near Ajka in western Hungary, flooding Kolontár and Devecser.",
     "4 августа 2010 г. у глинозёмного завода близ Айки в Венгрии прорвало дамбу шламохранилища, и красный шлам затопил Колонтар и Девечер."),
    ("contradict", "number", "disasters", "ru",
     "The triple-train collision at Harrow and Wealdstone station on 8 October 1952 killed 212 people.",
     "Крушение на станции Харроу-энд-Уилдстон 8 октября 1952 г., где столкнулись три поезда, унесло жизни 112 человек."),
    ("contradict", "day", "disasters", "en",
     "The Irpinia earthquake that hit southern Italy on the evening of 23 November 1980 killed about 2,900 people.",
     "Землетрясение в Ирпинии на юге Италии вечером 13 ноября 1980 г. унесло жизни около 2900 человек."),
    ("contradict", "duration", "technology", "ru",
     "Construction of the Jungfrau Railway took about six years before trains finally reached the Jungfraujoch saddle in 1912.",
     "Строительство железной дороги на Юнгфрау началось в 1896 г. и растянулось на 16 лет: до седловины Юнгфрауйох поезда дошли лишь в 1912 г."),
    ("contradict", "entity", "technology", "en",
     "In July 1928 the Soviet icebreaker Krassin rescued survivors of Umberto Nobile's crashed airship Italia in the Arctic.",
     "В июле 1928 г. советский ледокол «Красин» спас в Арктике уцелевших участников экспедиции Умберто Нобиле на дирижабле «Норвегия»."),
    ("contradict", "scale", "technology", "ru",
     "In September 1970 the Soviet probe Luna 16 brought back about 101 kilograms of lunar soil, the first robotic sample return.",
     "Советская станция «Луна-16» в сентябре 1970 г. впервые в автоматическом режиме доставила на Землю образцы лунного грунта — около 101 г."),
]

# Related: same subject as a comparable pair above, two different true facts.
RELATED = [
    ("literature", "en",
     "Gerhart Hauptmann's drama The Weavers, about the Silesian weavers' revolt of 1844, was written in 1892.",
     "Немецкий драматург Герхарт Гауптман был удостоен Нобелевской премии по литературе в 1912 году."),
    ("economy", "ru",
     "Friedrich Hayek's book The Road to Serfdom was first published in London in March 1944.",
     "В 1974 г. Фридрих фон Хайек вместе с Гуннаром Мюрдалем получил премию памяти Нобеля по экономике."),
    ("science", "en",
     "Klaus von Klitzing made his discovery of the quantum Hall effect at the high-magnetic-field laboratory in Grenoble in February 1980.",
     "Именем Клауса фон Клитцинга названа постоянная фон Клитцинга — квант холловского сопротивления, равный примерно 25 812,8 Ом."),
    ("sport", "ru",
     "Jaromír Jágr won the Stanley Cup twice with the Pittsburgh Penguins, in 1991 and 1992.",
     "На Олимпиаде 1998 года в Нагано сборная Чехии с Яромиром Ягром выиграла золото хоккейного турнира."),
    ("technology", "en",
     "The Green Bank Telescope replaced an older 300-foot radio telescope at the same site, which collapsed in November 1988.",
     "Радиотелескоп в Грин-Бэнке носит имя сенатора Роберта Бэрда и был введён в строй в 2000 году."),
    ("disasters", "ru",
     "The 2005 Kashmir earthquake had its epicentre near the city of Muzaffarabad.",
     "Кашмирское землетрясение 2005 г. оставило без крова более трёх миллионов человек."),
    ("history", "en",
     "Lyubech, one of the oldest towns of Kievan Rus, is first mentioned in the Primary Chronicle under the year 882.",
     "На Любечском съезде 1097 г. русские князья договорились, что каждый будет владеть отчиной своего отца."),
    ("music", "ru",
     "Sibelius withdrew Kullervo after its first performances, and the complete work was not heard again until after his death.",
     "Симфоническую поэму «Куллерво» Ян Сибелиус написал по мотивам карело-финского эпоса «Калевала»."),
    ("technology", "en",
     "The Soviet automatic station Luna 16 was launched from Baikonur on 12 September 1970.",
     "Станция «Луна-16» доставила на Землю около 101 г лунного грунта, взятого в районе Моря Изобилия."),
    ("culture", "ru",
     "According to Gogol's own account, it was Pushkin who gave him the plot idea for The Inspector General.",
     "Премьера «Ревизора» прошла в апреле 1836 г. на сцене Александринского театра в Петербурге."),
]

CYR = re.compile(r"[А-Яа-яЁё]")
LAT = re.compile(r"[A-Za-z\u00C0-\u024F]")


def lang(s):
    c, l = len(CYR.findall(s)), len(LAT.findall(s))
    return "ru" if c > l else "en"


def make_row(en, ru, first, label, slot, domain):
    assert lang(en) == "en", en
    assert lang(ru) == "ru", ru
    for s in (en, ru):
        n = len(s.split())
        assert 10 <= n <= 30, (n, s)
    a, b = (ru, en) if first == "ru" else (en, ru)
    return {"a": a, "b": b, "lang_a": lang(a), "lang_b": lang(b),
            "label": label, "slot": slot, "domain": domain}


SLOTS = {"year", "date", "month", "day", "decade", "century", "number", "percent",
         "money", "scale", "duration", "place", "person", "organisation", "entity",
         "rank", "polarity", "opposite"}


def main():
    comp = [make_row(en, ru, first, label, slot, dom)
            for (label, slot, dom, first, en, ru) in COMPARABLE]
    rel = [make_row(en, ru, first, "related", "topic", dom)
           for (dom, first, en, ru) in RELATED]

    assert len(comp) == 60, len(comp)
    labels = Counter(r["label"] for r in comp)
    assert labels == {"agree": 30, "contradict": 30}, labels
    assert len(rel) == 10
    for lab in ("agree", "contradict"):
        ru_first = sum(1 for r in comp if r["label"] == lab and r["lang_a"] == "ru")
        assert ru_first == 15, (lab, ru_first)
    for r in comp + rel:
        assert {r["lang_a"], r["lang_b"]} == {"en", "ru"}, r
    for r in comp:
        assert r["slot"] in SLOTS, r["slot"]
    cslots = Counter(r["slot"] for r in comp if r["label"] == "contradict")
    assert len(cslots) >= 12, cslots
    assert max(cslots.values()) <= 5, cslots
    doms = Counter(r["domain"] for r in comp)
    assert max(doms.values()) <= 8, doms
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"

    with open(os.path.join(HERE, "comparable_heldout51.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "related_heldout51.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    print("comparable:", dict(labels))
    print("contradict slots:", dict(sorted(cslots.items())))
    print("agree slots:", dict(sorted(Counter(r["slot"] for r in comp if r["label"] == "agree").items())))
    print("domains:", dict(sorted(doms.items())))
    print("related:", len(rel))


if __name__ == "__main__":
    main()

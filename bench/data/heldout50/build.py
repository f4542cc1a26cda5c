#!/usr/bin/env python3
"""Build the heldout50 EN/RU evaluation set (stdlib only).

Each entry: (label, slot, domain, subject, english_sentence, russian_sentence).
For "contradict" rows exactly one side carries a changed value in `slot`.
Sentences were written by hand, independently per language (not translations).
"""
import json
import os
import re
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

AGREE = [
    ("place", "history", "Mangazeya",
     "Mangazeya, an Arctic fur-trading town founded by Russian settlers around 1601, stood on the Taz River in north-western Siberia.",
     "Мангазея — торговый город XVII века на реке Таз, через который шла пушная торговля; в 1672 г. жители его покинули."),
    ("month", "history", "Shipka Pass",
     "In August 1877 Russian troops and Bulgarian volunteers held the Shipka Pass against repeated assaults by Suleiman Pasha's army.",
     "В августе 1877 года защитники Шипкинского перевала — русские солдаты и болгарские ополченцы — несколько дней отбивали штурм турецких войск."),
    ("person", "science", "Pyotr Lebedev",
     "Around 1900 the Moscow physicist Pyotr Lebedev measured the pressure of light on solid bodies, confirming a prediction of Maxwell's electromagnetic theory.",
     "Пётр Лебедев в Московском университете впервые экспериментально измерил давление света на твёрдые тела, подтвердив вывод теории Максвелла."),
    ("year", "science", "Patom crater",
     "The Patom crater, a strange cone of broken limestone in the Irkutsk region, was discovered in 1949 by the geologist Vadim Kolpakov.",
     "Патомский кратер в Иркутской области обнаружил в 1949 г. геолог Вадим Колпаков; происхождение этого конуса до сих пор обсуждается."),
    ("place", "geography", "Seliger",
     "Lake Seliger, in the Valdai Hills of Tver Oblast, drains into the Volga through the short Selizharovka River.",
     "Из озера Селигер в Тверской области вытекает река Селижаровка, которая впадает в Волгу."),
    ("number", "geography", "Sevan",
     "Lake Sevan in Armenia, lying roughly 1,900 metres above sea level, is the largest lake of the Caucasus.",
     "Севан — крупнейшее озеро Кавказа; его водное зеркало расположено на высоте около 1900 м над уровнем моря."),
    ("rank", "geography", "Mulhacén",
     "At 3,479 metres, Mulhacén in the Sierra Nevada is the highest mountain on the Iberian Peninsula.",
     "Высочайшая вершина Пиренейского полуострова — Муласен в андалусской Сьерра-Неваде, почти 3,5 тыс. м над уровнем моря."),
    ("year", "economy", "Norsk Hydro",
     "Norsk Hydro was founded in 1905 by the industrialist Sam Eyde to make nitrogen fertiliser with cheap hydroelectric power.",
     "Норвежская компания Norsk Hydro основана в 1905 г. и начинала с выпуска азотных удобрений, используя энергию водопадов."),
    ("month", "economy", "Overend, Gurney and Company",
     "The collapse of the London discount house Overend, Gurney and Company in May 1866 set off a banking panic in the City.",
     "В мае 1866 года лондонский банкирский дом Overend, Gurney & Co. прекратил платежи, что вызвало в Сити настоящую финансовую панику."),
    ("person", "economy", "Ryanair",
     "Ryanair takes its name from the Irish businessman Tony Ryan, who set up the airline in the mid-1980s.",
     "Авиакомпанию Ryanair основал в 1984 г. ирландский предприниматель Тони Райан, чья фамилия и вошла в её название."),
    ("date", "economy", "PDVSA",
     "Venezuela's state oil company PDVSA began operating on 1 January 1976, the day the country's oil industry was nationalised.",
     "Государственная нефтяная компания Венесуэлы PDVSA начала работу 1 января 1976 г., когда отрасль была национализирована."),
    ("place", "sport", "Vladimir Kuts",
     "At the 1956 Olympic Games in Melbourne, Vladimir Kuts won both the 5,000 and the 10,000 metres.",
     "Двукратным олимпийским чемпионом Владимир Куц стал в Мельбурне, где выиграл забеги на 5 и 10 км."),
    ("number", "sport", "Natalya Lisovskaya",
     "Natalya Lisovskaya put the shot 22.63 metres in Moscow in June 1987, and that world record still stands.",
     "Мировой рекорд в толкании ядра — 22,63 м — Наталья Лисовская установила в 1987 году в Москве, и он до сих пор не побит."),
    ("number", "sport", "Věra Čáslavská",
     "Gymnast Věra Čáslavská of Czechoslovakia won four gold medals at the 1968 Olympic Games in Mexico City.",
     "На Олимпиаде 1968 г. в Мехико чехословацкая гимнастка Вера Чаславская завоевала четыре золотые и две серебряные медали."),
    ("year", "literature", "Yury Olesha",
     "Yury Olesha's novel Envy, about the bitter dreamer Nikolai Kavalerov, first appeared in print in 1927.",
     "Роман Юрия Олеши «Зависть» был опубликован в 1927 году в журнале «Красная новь»."),
    ("year", "literature", "Multatuli",
     "Max Havelaar, the 1860 novel by Multatuli, exposed the abuses of Dutch colonial rule on Java.",
     "Роман «Макс Хавелар» Мультатули (Эдуарда Доуэса Деккера), обличавший колониальные порядки на Яве, вышел в свет в 1860 г."),
    ("number", "music", "Nikolai Myaskovsky",
     "Nikolai Myaskovsky composed twenty-seven symphonies, an unusually large number for a twentieth-century composer.",
     "Наследие Николая Мясковского включает 27 симфоний, а также квартеты и фортепианные сонаты."),
    ("place", "music", "Metastaseis",
     "Iannis Xenakis's orchestral piece Metastaseis, built on massed string glissandi, was first performed at the Donaueschingen festival in 1955.",
     "«Метастазис» Янниса Ксенакиса впервые прозвучал на фестивале новой музыки в Донауэшингене."),
    ("year", "art", "Zinaida Serebriakova",
     "Zinaida Serebriakova painted her self-portrait At the Dressing Table in 1909; it now hangs in the Tretyakov Gallery.",
     "Автопортрет «За туалетом», принёсший известность Зинаиде Серебряковой, написан в 1909 году."),
    ("person", "art", "Orest Kiprensky",
     "Orest Kiprensky's 1827 portrait of Alexander Pushkin was commissioned by the poet's friend Anton Delvig.",
     "Заказчиком знаменитого портрета Пушкина работы Ореста Кипренского был друг поэта барон Антон Дельвиг."),
    ("place", "art", "Rain, Steam and Speed",
     "Turner's Rain, Steam and Speed shows a Great Western Railway train crossing the Maidenhead bridge over the Thames.",
     "На картине Тёрнера «Дождь, пар и скорость» (1844) поезд мчится по железнодорожному мосту через Темзу у Мейденхеда."),
    ("year", "law", "Wednesbury",
     "The Wednesbury case of 1948, brought by a cinema over Sunday conditions, gave English law its test of unreasonable decisions.",
     "Дело «Уэнсбери» 1948 г. о запрете пускать детей в кинотеатр по воскресеньям дало английскому праву критерий неразумности решений властей."),
    ("number", "law", "Texas v. Johnson",
     "In Texas v. Johnson (1989) the Supreme Court ruled 5–4 that burning the American flag in protest is protected speech.",
     "Пятью голосами против четырёх Верховный суд США в 1989 г. признал сожжение флага формой высказывания, защищённой Первой поправкой."),
    ("year", "law", "Mikhail Speransky",
     "Compiled under Mikhail Speransky, the fifteen-volume Code of Laws of the Russian Empire was published in 1832.",
     "Свод законов Российской империи в 15 томах, подготовленный под руководством М. М. Сперанского, издан в 1832 г. и вступил в силу в 1835 г."),
    ("rank", "technology", "Russky Vityaz",
     "Igor Sikorsky's Russky Vityaz, which flew in 1913, was the first aeroplane in the world with four engines.",
     "«Русский витязь», поднявшийся в воздух в мае 1913 года, стал первым в мире четырёхмоторным самолётом."),
    ("number", "technology", "Moscow Canal",
     "Opened in July 1937, the Moscow Canal linking the Moskva River with the Volga is about 128 kilometres long.",
     "Канал имени Москвы, соединивший Москву-реку с Волгой, имеет длину 128 км; его открыли в 1937 году."),
    ("date", "disasters", "Toya Maru",
     "The train ferry Toya Maru capsized in the Tsugaru Strait during a typhoon on 26 September 1954, killing over 1,100 people.",
     "26 сентября 1954 г. во время тайфуна в Сангарском проливе перевернулся паром «Тоя-мару»; погибли более 1150 человек."),
    ("number", "disasters", "Silver Bridge",
     "The Silver Bridge over the Ohio River collapsed during rush-hour traffic in December 1967, and 46 people died.",
     "Обрушение Серебряного моста через Огайо 15 декабря 1967 г. унесло жизни 46 человек."),
    ("year", "culture", "Valaam Monastery",
     "In 1940 the monks of Valaam left their island on Lake Ladoga and founded the New Valaam Monastery in Finland.",
     "Братия Валаамского монастыря в 1940 г. эвакуировалась вглубь Финляндии, где основала Ново-Валаамский монастырь в Хейнявеси."),
    ("person", "culture", "Nevyansk Tower",
     "The leaning tower of Nevyansk in the Urals was built in the first half of the eighteenth century for the ironmaster Akinfiy Demidov.",
     "Наклонную Невьянскую башню возвели в 1720–1730-х годах по заказу уральского заводчика Акинфия Демидова."),
]

# For contradictions: (slot, domain, subject, en, ru, false_side)
CONTRADICT = [
    ("year", "history", "Sviyazhsk",
     "Sviyazhsk was founded in 1551 on a hill at the mouth of the Sviyaga as a base for Ivan the Terrible's campaign against Kazan.",
     "Крепость Свияжск заложили в 1555 году на Круглой горе у устья Свияги как опорный пункт для похода Ивана Грозного на Казань.",
     "ru"),
    ("rank", "history", "Tyumen",
     "Tyumen, founded in 1586 on the banks of the Tura, is usually described as the third Russian town in Siberia.",
     "Тюмень, заложенная в 1586 г. на реке Туре, считается первым русским городом в Сибири.",
     "en"),
    ("entity", "history", "Yam-Zapolsky truce",
     "The ten-year truce signed at Yam-Zapolsky in January 1582 ended Russia's war with the Polish–Lithuanian Commonwealth, and Ivan IV gave up Livonia.",
     "Ям-Запольский мир, заключённый в январе 1582 года, положил конец войне Русского государства со Швецией, и Иван Грозный отказался от Ливонии.",
     "ru"),
    ("place", "history", "Nikolai Rezanov",
     "Nikolai Rezanov, the chamberlain who had led a Russian embassy to Japan, died in Irkutsk in March 1807 while travelling back to the capital.",
     "Камергер Николай Резанов, возглавлявший посольство в Японию, скончался в Красноярске 1 марта 1807 г., возвращаясь в Петербург.",
     "en"),
    ("month", "science", "Nikolai Miklukho-Maklai",
     "In September 1871 the corvette Vityaz put Nikolai Miklukho-Maklai ashore on the north-east coast of New Guinea, where he spent over a year among the Papuans.",
     "Корвет «Витязь» высадил Николая Миклухо-Маклая на северо-восточном побережье Новой Гвинеи в мае 1871 года.",
     "ru"),
    ("scale", "science", "Popigai crater",
     "The Popigai impact structure in northern Siberia, roughly 100 km in diameter, was created by an asteroid strike about 35 thousand years ago.",
     "Попигайская астроблема на севере Сибири диаметром около 100 км возникла при падении астероида примерно 35 млн лет назад.",
     "en"),
    ("opposite", "science", "Vesto Slipher",
     "In 1912 Vesto Slipher at Lowell Observatory found that the Andromeda nebula is approaching the Sun at about 300 kilometres per second.",
     "Весто Слайфер в 1912 г. установил по спектрам, что туманность Андромеды удаляется от Солнца со скоростью около 300 км/с.",
     "ru"),
    ("number", "geography", "Rybinsk Reservoir",
     "Filled between 1941 and 1947, the Rybinsk Reservoir on the upper Volga covers roughly 4,580 square kilometres.",
     "Рыбинское водохранилище на верхней Волге, заполнявшееся в 1941–1947 гг., занимает площадь около 1580 км².",
     "ru"),
    ("person", "geography", "Pleshcheyevo Lake",
     "In the late 1680s the young Tsar Ivan V built his 'amusing flotilla' of small ships on Lake Pleshcheyevo near Pereslavl-Zalessky.",
     "На Плещеевом озере у Переславля-Залесского в конце 1680-х годов юный Пётр I строил свою «потешную флотилию».",
     "en"),
    ("year", "geography", "Yugyd Va National Park",
     "Yugyd Va National Park in the Komi Republic, created in 1994, forms part of the Virgin Komi Forests World Heritage Site.",
     "Национальный парк «Югыд ва» в Республике Коми создан в 2004 году и входит в объект всемирного наследия «Девственные леса Коми».",
     "ru"),
    ("number", "economy", "Schlumberger",
     "The oilfield services giant Schlumberger grew out of a firm founded in 1926 by three Schlumberger brothers from Alsace.",
     "Компания Schlumberger ведёт историю с 1926 года, когда двое братьев — Конрад и Марсель Шлюмберже — основали фирму по электроразведке.",
     "en"),
    ("number", "sport", "Valeriy Brumel",
     "In July 1963, at a USSR–USA athletics match in Moscow, Valeriy Brumel raised the high jump world record to 2.28 metres.",
     "В июле 1963 г. в Москве на матче СССР — США Валерий Брумель поднял мировой рекорд в прыжках в высоту до 2 м 38 см.",
     "ru"),
    ("polarity", "sport", "Marita Koch",
     "Marita Koch's 400 metres world record of 47.60 seconds, set in Canberra in 1985, no longer stands today.",
     "Рекорд мира Мариты Кох в беге на 400 м — 47,60 с, установленный в Канберре в 1985 году, до сих пор никем не побит.",
     "en"),
    ("date", "sport", "Stefka Kostadinova",
     "Stefka Kostadinova cleared 2.09 metres at the World Championships in Rome on 3 September 1987, a women's high jump record that still stands.",
     "Болгарка Стефка Костадинова прыгнула на 2,09 м 30 августа 1987 г. на чемпионате мира в Риме; этот рекорд не побит до сих пор.",
     "en"),
    ("entity", "literature", "Veniamin Kaverin",
     "Veniamin Kaverin received the Stalin Prize in 1946 for The Two Captains, his adventure novel about Arctic exploration.",
     "В 1946 году Вениамин Каверин получил Ленинскую премию за приключенческий роман «Два капитана».",
     "ru"),
    ("organisation", "literature", "The Moonstone",
     "Wilkie Collins's The Moonstone first appeared in instalments in 1868 in Household Words, the weekly edited by Charles Dickens.",
     "Роман Уилки Коллинза «Лунный камень» в 1868 г. печатался по частям в диккенсовском журнале All the Year Round («Круглый год»).",
     "en"),
    ("decade", "literature", "Mika Waltari",
     "Mika Waltari's historical novel The Egyptian, narrated by the royal physician Sinuhe, was first published in the 1960s.",
     "Роман Мики Валтари «Синухе-египтянин», написанный от лица придворного врача Синухе, вышел в 1945 году.",
     "en"),
    ("polarity", "literature", "Verner von Heidenstam",
     "The Swedish poet and novelist Verner von Heidenstam was awarded the Nobel Prize in Literature in 1916.",
     "Шведский поэт и прозаик Вернер фон Хейденстам так и не был удостоен Нобелевской премии по литературе.",
     "ru"),
    ("organisation", "music", "Poème électronique",
     "Edgard Varèse's Poème électronique was played through hundreds of loudspeakers inside the Philips Pavilion at the 1958 Brussels World's Fair.",
     "«Электронную поэму» Вареза на Всемирной выставке 1958 г. в Брюсселе транслировали сотни громкоговорителей павильона компании Siemens.",
     "ru"),
    ("person", "music", "Petrushka",
     "Stravinsky's ballet Petrushka had its premiere in Paris in June 1911, with Mikhail Fokine dancing the title role of the puppet.",
     "Балет Стравинского «Петрушка» впервые показали в Париже в июне 1911 года; партию Петрушки исполнил Вацлав Нижинский.",
     "en"),
    ("person", "art", "Nikolai Ge",
     "Nikolai Ge's 1890 painting What Is Truth? shows Christ standing silently before Pontius Pilate.",
     "На картине Николая Ге «Что есть истина?» (1890) Христос изображён перед царём Иродом.",
     "ru"),
    ("opposite", "law", "Yick Wo v. Hopkins",
     "In Yick Wo v. Hopkins (1886) the US Supreme Court upheld San Francisco's discriminatory enforcement of its laundry ordinance against Chinese owners.",
     "В 1886 г. Верховный суд США по делу «Йик Во против Хопкинса» признал неконституционным дискриминационное применение постановления Сан-Франциско о прачечных.",
     "en"),
    ("duration", "law", "West Virginia v. Barnette",
     "West Virginia v. Barnette, decided on 14 June 1943, overruled the Gobitis flag-salute decision of only three years earlier.",
     "Решение по делу «Западная Виргиния против Барнетта» от 14 июня 1943 г. отменило прецедент «Гобитис», принятый всего десятью годами ранее.",
     "ru"),
    ("opposite", "law", "Mendel Beilis",
     "In October 1913 a Kiev jury acquitted Mendel Beilis, who had been accused of the ritual murder of a Christian boy.",
     "В октябре 1913 г. киевские присяжные признали Менделя Бейлиса виновным в ритуальном убийстве мальчика.",
     "ru"),
    ("organisation", "technology", "Unimate",
     "The first Unimate industrial robot went to work in 1961 on a Ford die-casting line in New Jersey.",
     "Первый промышленный робот Unimate начал работать в 1961 году на литейной линии завода General Motors в Нью-Джерси.",
     "en"),
    ("century", "technology", "Thomas Newcomen",
     "Thomas Newcomen's first working atmospheric steam engine was erected in 1712 near Dudley Castle to pump water from coal mines.",
     "Первую действующую атмосферную паровую машину Томас Ньюкомен установил ещё в XVII веке близ замка Дадли, чтобы откачивать воду из шахт.",
     "ru"),
    ("date", "technology", "Penydarren locomotive",
     "Richard Trevithick's steam locomotive made its first run on the Penydarren tramroad in South Wales on 21 October 1804.",
     "21 февраля 1804 г. паровоз Ричарда Тревитика впервые прошёл по рельсовому пути Пенидаррен в Уэльсе, везя вагоны с железом и людьми.",
     "en"),
    ("rank", "disasters", "Novarupta",
     "The June 1912 eruption of Novarupta in Alaska was only the third-largest volcanic eruption of the twentieth century by volume.",
     "Извержение Новарупты на Аляске в июне 1912 г. стало крупнейшим по объёму извержением вулкана в XX веке.",
     "en"),
    ("day", "disasters", "Peshtigo fire",
     "The Peshtigo fire in Wisconsin broke out on 8 October 1871, the same night as the Great Chicago Fire.",
     "Лесной пожар у городка Пештиго в Висконсине, самый смертоносный в истории США, начался 18 октября 1871 года.",
     "ru"),
    ("percent", "disasters", "Skopje earthquake",
     "The earthquake of 26 July 1963 destroyed only about 20 per cent of Skopje but killed more than a thousand people.",
     "Землетрясение 26 июля 1963 г. разрушило около 80 % застройки Скопье и унесло жизни более тысячи человек.",
     "en"),
]

# Related: same subject as a comparable pair, two different true facts.
RELATED = [
    ("economy", "Norsk Hydro",
     "Norsk Hydro was founded in 1905 to produce nitrogen fertiliser using Norway's abundant hydroelectric power.",
     "Вместе с физиком Кристианом Биркеландом Сэм Эйде разработал электродуговой способ связывания атмосферного азота."),
    ("literature", "Veniamin Kaverin",
     "Veniamin Kaverin wrote The Two Captains between 1938 and 1944, following the pilot Sanya Grigoryev in search of a lost Arctic expedition.",
     "В 1946 году Вениамин Каверин был удостоен Сталинской премии за роман «Два капитана»."),
    ("sport", "Valeriy Brumel",
     "Valeriy Brumel won the Olympic high jump title at the 1964 Games in Tokyo.",
     "В 1965 году Валерий Брумель попал в тяжёлую мотоциклетную аварию и сильно повредил ногу."),
    ("literature", "Yury Olesha",
     "Yury Olesha's fairy-tale novel Three Fat Men, written in 1924, was published only in 1928.",
     "Роман Юрия Олеши «Зависть» был напечатан в 1927 году в журнале «Красная новь»."),
    ("geography", "Sevan",
     "The level of Lake Sevan fell by almost 20 metres after its water was drawn off for irrigation and hydropower in Soviet times.",
     "Севан — крупнейшее озеро Кавказа; оно лежит на высоте около 1900 м над уровнем моря."),
    ("law", "Mikhail Speransky",
     "In March 1812 Mikhail Speransky was dismissed by Alexander I and sent into exile, first to Nizhny Novgorod and then to Perm.",
     "Под руководством М. М. Сперанского был подготовлен Свод законов Российской империи в 15 томах, изданный в 1832 г."),
    ("science", "Nikolai Miklukho-Maklai",
     "In September 1871 Nikolai Miklukho-Maklai landed on the north-east coast of New Guinea from the corvette Vityaz.",
     "В 1884 году Николай Миклухо-Маклай женился в Сиднее на Маргарет Робертсон, дочери премьера Нового Южного Уэльса."),
    ("disasters", "Toya Maru",
     "The ferry Toya Maru sank in the Tsugaru Strait during a typhoon on 26 September 1954, with more than a thousand deaths.",
     "«Тоя-мару» был железнодорожным паромом Японских национальных железных дорог и ходил между Аомори и Хакодате."),
    ("disasters", "Skopje earthquake",
     "After the 1963 earthquake, the Japanese architect Kenzo Tange drew up the master plan for rebuilding the centre of Skopje.",
     "Землетрясение 26 июля 1963 г. разрушило большую часть Скопье и унесло жизни более тысячи человек."),
    ("technology", "Unimate",
     "Unimate was invented by George Devol, who applied for his patent in 1954 and later teamed up with Joseph Engelberger.",
     "Первый промышленный робот Unimate заработал в 1961 году на заводе General Motors в Нью-Джерси."),
]

CYR = re.compile(r"[А-Яа-яЁё]")
LAT = re.compile(r"[A-Za-z]")


def lang(s):
    c, l = len(CYR.findall(s)), len(LAT.findall(s))
    return "ru" if c > l else "en"


def make(en, ru, ru_first, label, slot, domain):
    a, b = (ru, en) if ru_first else (en, ru)
    return {"a": a, "b": b, "lang_a": lang(a), "lang_b": lang(b),
            "label": label, "slot": slot, "domain": domain}


def main():
    comparable = []
    for i, (slot, dom, _subj, en, ru) in enumerate(AGREE):
        comparable.append(make(en, ru, i % 2 == 0, "agree", slot, dom))
    for i, (slot, dom, _subj, en, ru, _false) in enumerate(CONTRADICT):
        comparable.append(make(en, ru, i % 2 == 1, "contradict", slot, dom))
    related = []
    for i, (dom, _subj, en, ru) in enumerate(RELATED):
        related.append(make(en, ru, i % 2 == 0, "related", "topic", dom))

    # ---- assertions ----
    labels = Counter(r["label"] for r in comparable)
    assert len(comparable) == 60 and labels == {"agree": 30, "contradict": 30}, labels
    assert len(related) == 10
    for r in comparable + related:
        assert {r["lang_a"], r["lang_b"]} == {"en", "ru"}, r
        for side in ("a", "b"):
            n = len(r[side].split())
            assert 10 <= n <= 30, (n, r[side])
    for lab in ("agree", "contradict"):
        ru_first = sum(1 for r in comparable if r["label"] == lab and r["lang_a"] == "ru")
        assert ru_first == 15, (lab, ru_first)
    slots_c = Counter(r["slot"] for r in comparable if r["label"] == "contradict")
    allowed = {"year", "date", "month", "day", "decade", "century", "number", "percent",
               "money", "scale", "duration", "place", "person", "organisation", "entity",
               "rank", "polarity", "opposite"}
    assert set(slots_c) <= allowed and len(slots_c) >= 12 and max(slots_c.values()) <= 5, slots_c
    doms = Counter(r["domain"] for r in comparable)
    assert max(doms.values()) <= 8, doms
    subjects = [s[2] for s in AGREE] + [s[2] for s in CONTRADICT]
    assert len(set(subjects)) == 60, "subject reused"
    assert all(s[1] in set(subjects) for s in RELATED)
    for s in subjects:
        name = s[4:] if s.startswith("The ") else s
        assert "M" <= name[0].upper() <= "Z", s

    with open(os.path.join(HERE, "comparable_heldout50.jsonl"), "w", encoding="utf-8") as f:
        for r in comparable:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "related_heldout50.jsonl"), "w", encoding="utf-8") as f:
        for r in related:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("labels", dict(labels))
    print("contradict slots", dict(sorted(slots_c.items())))
    print("agree slots", dict(sorted(Counter(r["slot"] for r in comparable if r["label"] == "agree").items())))
    print("domains", dict(sorted(doms.items())))


if __name__ == "__main__":
    main()

import json
E, R = "en", "ru"
rows = []
rel = []
import re as _re
def _lang(t):
    return R if len(_re.findall('[А-Яа-яЁё]', t)) > len(_re.findall('[A-Za-z]', t)) else E
def add(label, slot, domain, a, b, out=None):
    # a is written first in the file, b second (the order is chosen per row)
    assert {_lang(a), _lang(b)} == {E, R}, (a, b)
    (rows if out is None else out).append(dict(a=a, b=b, lang_a=_lang(a), lang_b=_lang(b), label=label, slot=slot, domain=domain))
A, C, T = "agree", "contradict", "related"
# ---------------- agree (30)
add(A,"date","history",
 "Летом 1819 года кавалерия врезалась в многотысячную толпу сторонников парламентской реформы, собравшуюся на поле Святого Петра в Манчестере.",
 "On 16 August 1819 mounted yeomanry charged a huge crowd that had gathered at St Peter's Field, Manchester, to demand the reform of Parliament.")
add(A,"year","history",
 "The Treaty of Stolbovo, concluded with Sweden in 1617, returned Novgorod to Russia but cut the country off from the Baltic Sea.",
 "По Столбовскому миру 1617 г. Россия лишилась выхода к Балтийскому морю, хотя шведы и вернули ей Новгород.")
add(A,"decade","science",
 "Правило Марковникова, описывающее присоединение галогеноводородов к несимметричным алкенам, было сформулировано русским химиком Владимиром Марковниковым в 1869 году.",
 "In the late 1860s the Russian chemist Vladimir Markovnikov stated his rule on how hydrogen halides add across an unsymmetrical double bond.")
add(A,"year","economy",
 "Компания, которую сегодня знают как Nike, была основана в 1964 году Филом Найтом и тренером Биллом Бауэрманом под названием Blue Ribbon Sports.",
 "Nike began life in 1964 as Blue Ribbon Sports, a small firm set up by the runner Phil Knight and his coach Bill Bowerman to import Japanese shoes.")
add(A,"duration","economy",
 "In November 2022 Theranos founder Elizabeth Holmes was sentenced to more than eleven years in prison for defrauding the company's investors.",
 "Основательница Theranos Элизабет Холмс приговорена к 11 годам и 3 месяцам заключения за мошенничество в отношении инвесторов.")
add(A,"number","sport",
 "На Олимпиаде 1980 года в Лейк-Плэсиде сборная американских студентов сенсационно обыграла хоккеистов СССР со счётом 4:3.",
 "The Miracle on Ice: a team of US college players beat the Soviet Union 4–3 at the Lake Placid Winter Olympics in February 1980.")
add(A,"year","sport",
 "The first Boat Race between Oxford and Cambridge was rowed at Henley-on-Thames in 1829, and Oxford won it.",
 "Первая лодочная гонка между Оксфордом и Кембриджем прошла в 1829 году; победу тогда одержали гребцы Оксфорда.")
add(A,"place","culture",
 "Бюст Нефертити, найденный немецкой экспедицией Людвига Борхардта в Амарне в 1912 году, хранится в Новом музее Берлина.",
 "The painted bust of Nefertiti is one of the best-known exhibits of Berlin's Neues Museum.")
add(A,"year","culture",
 "The first episode of the Soviet cartoon Nu, Pogodi!, with Anatoli Papanov as the voice of the Wolf, was released in 1969.",
 "Первый выпуск мультфильма «Ну, погоди!» режиссёра Вячеслава Котёночкина вышел на «Союзмультфильме» в 1969 г.")
add(A,"place","music",
 "Премьера оперы Верди «Риголетто» состоялась в марте 1851 года в венецианском театре «Ла Фениче».",
 "Verdi's Rigoletto was first performed at La Fenice in Venice on 11 March 1851.")
add(A,"person","music",
 "The music of the song Moscow Nights was written by Vasily Solovyov-Sedoi, the words by the poet Mikhail Matusovsky.",
 "Автор музыки «Подмосковных вечеров» — композитор Василий Соловьёв-Седой, а слова песни написал Михаил Матусовский.")
add(A,"decade","literature",
 "Роман Джерома Сэлинджера «Над пропастью во ржи» о подростке Холдене Колфилде впервые вышел в начале 1950-х годов.",
 "J. D. Salinger's The Catcher in the Rye, narrated by the teenager Holden Caulfield, was published in 1951.")
add(A,"rank","literature",
 "In 1988 the Egyptian novelist Naguib Mahfouz became the first writer in the Arabic language to receive the Nobel Prize in Literature.",
 "Нагиб Махфуз, получивший Нобелевскую премию в 1988 году, стал первым арабоязычным лауреатом этой премии по литературе.")
add(A,"place","geography",
 "Патагония — обширный край на самом юге Южной Америки, разделённый между Аргентиной и Чили.",
 "Patagonia, the thinly populated southern tip of South America, is shared between Chile and Argentina.")
add(A,"number","geography",
 "Pik Pobedy, or Victory Peak, on the border between Kyrgyzstan and China, rises to 7,439 metres and is the highest summit of the Tian Shan.",
 "Высочайшая вершина Тянь-Шаня, пик Победы, поднимается почти на 7,44 км над уровнем моря.")
add(A,"year","medicine",
 "Первую в мире пересадку печени человеку выполнил в 1963 году в Денвере американский хирург Томас Старзл.",
 "Thomas Starzl performed the first human liver transplant in 1963 at the University of Colorado in Denver.")
add(A,"duration","medicine",
 "Nikolai Semashko headed the Soviet Russian health commissariat for about twelve years and built the state health system that later bore his name.",
 "Николай Семашко возглавлял Народный комиссариат здравоохранения РСФСР с 1918 по 1930 год.")
add(A,"year","law",
 "Закон Сарбейнса — Оксли, ужесточивший требования к финансовой отчётности компаний, был принят в США в 2002 году после скандалов с Enron и WorldCom.",
 "After the Enron and WorldCom scandals, the US Congress passed the Sarbanes–Oxley Act in 2002 to tighten rules on corporate accounts.")
add(A,"place","technology",
 "Vladimir Zworykin, a pioneer of electronic television who developed the iconoscope camera tube in America, was born in the Russian town of Murom.",
 "Уроженец Мурома Владимир Зворыкин, эмигрировавший в США, стал одним из создателей электронного телевидения.")
add(A,"place","technology",
 "Компания Zippo, выпускающая знаменитые бензиновые зажигалки, была основана Джорджем Блейсделлом в городке Брэдфорд в Пенсильвании.",
 "Zippo lighters have been made since the early 1930s in Bradford, Pennsylvania, where George Blaisdell founded the company.")
add(A,"date","transport",
 "The Paris Métro opened on 19 July 1900 with its first line, from Porte de Vincennes to Porte Maillot, during the Exposition Universelle.",
 "Первая линия парижского метро начала перевозить пассажиров летом 1900 года, когда в городе проходила Всемирная выставка.")
add(A,"rank","transport",
 "Цинхай-Тибетская железная дорога, открытая в 2006 году, — самая высокогорная в мире: на перевале Тангла она поднимается выше 5 тыс. м.",
 "No railway in the world climbs higher than the Qinghai–Tibet line to Lhasa, which crosses the Tanggula Pass at about 5,070 metres.")
add(A,"date","astronomy",
 "Базовый модуль «Тяньхэ» китайской орбитальной станции «Тяньгун» был выведен на орбиту ракетой «Чанчжэн-5B» 29 апреля 2021 г.",
 "China launched Tianhe, the core module of its Tiangong space station, from Wenchang in April 2021.")
add(A,"entity","biology",
 "The resplendent quetzal, a bird with long green tail feathers, is the national bird of Guatemala and gave its name to the country's currency.",
 "Денежная единица Гватемалы названа в честь кетсаля — яркой птицы, которая считается национальным символом страны.")
add(A,"entity","food",
 "Просекко — игристое вино северо-востока Италии, которое делают главным образом из винограда сорта глера.",
 "Prosecco, the sparkling wine of the Veneto and Friuli, is made mostly from the Glera grape.")
add(A,"place","energy",
 "The Palo Verde nuclear power station stands in the Arizona desert west of Phoenix and is cooled with treated sewage water from nearby cities.",
 "Атомная электростанция Пало-Верде расположена в пустыне штата Аризона, вдали от крупных водоёмов, и охлаждается очищенными городскими стоками.")
add(A,"year","environment",
 "Об озоновой дыре над Антарктидой мир узнал в 1985 году из статьи Фармана, Гардинера и Шанклина в журнале Nature.",
 "Scientists of the British Antarctic Survey, Joseph Farman among them, reported the Antarctic ozone hole in a 1985 paper in Nature.")
add(A,"polarity","architecture",
 "When German troops retreated from Florence in August 1944, they blew up every bridge over the Arno except the Ponte Vecchio.",
 "Понте-Веккьо остался единственным мостом Флоренции, который немцы не взорвали при отступлении летом 1944 года.")
add(A,"date","news",
 "Землетрясение магнитудой 6,8, случившееся в сентябре 2023 г. в горах Высокого Атласа, унесло жизни почти 3 тыс. человек в Марокко.",
 "Late on 8 September 2023 a magnitude 6.8 earthquake struck the High Atlas south-west of Marrakesh, killing nearly three thousand people.")
add(A,"rank","news",
 "Sanna Marin took office as Finland's prime minister in December 2019 at the age of 34, the youngest serving head of government in the world.",
 "Став в 34 года премьер-министром Финляндии, Санна Марин оказалась самым молодым действующим главой правительства на планете.")
# ---------------- contradict (30)
add(C,"year","history",
 "Бойня на ручье Вундед-Ни, где солдаты 7-го кавалерийского полка убили сотни лакота, произошла 29 декабря 1890 года.",
 "The Wounded Knee Massacre, in which the US 7th Cavalry killed hundreds of Lakota in South Dakota, took place in 1876.")
add(C,"place","history",
 "In 1877 Russian and Romanian troops besieged Osman Pasha's army at Plevna in Serbia for almost five months.",
 "Осада Плевны в Северной Болгарии, где русские и румынские войска почти пять месяцев держали в кольце армию Осман-паши, завершилась в декабре 1877 г.")
add(C,"person","science",
 "Первое точное решение уравнений общей теории относительности опубликовал в 1916 году Карл Шварцшильд, служивший тогда на русском фронте.",
 "The first exact solution of Einstein's field equations was published in 1916 by Max Planck, who described the gravity of a single spherical mass.")
add(C,"decade","science",
 "Hans Christian Ørsted showed in Copenhagen only in the 1850s that an electric current deflects a compass needle.",
 "Ханс Кристиан Эрстед обнаружил, что электрический ток отклоняет магнитную стрелку, в 1820 году.")
add(C,"percent","economy",
 "Закят, одна из пяти основ ислама, составляет 25 % от сбережений мусульманина, превышающих нисаб.",
 "Zakat, one of the five pillars of Islam, is usually set at 2.5 percent of a Muslim's savings above the nisab threshold.")
add(C,"scale","economy",
 "On 9 March 2023 depositors tried to pull about $42 billion out of Silicon Valley Bank, and regulators shut it the next day.",
 "9 марта 2023 года клиенты Silicon Valley Bank попытались забрать около 42 млн долларов, а на следующий день банк закрыли регуляторы.")
add(C,"organisation","sport",
 "Себастьян Феттель выиграл четыре чемпионских титула «Формулы-1» подряд, с 2010 по 2013 год, выступая за Ferrari.",
 "Sebastian Vettel won four Formula One world titles in a row, from 2010 to 2013, all of them driving for Red Bull.")
add(C,"number","sport",
 "The Nordschleife of the Nürburgring, winding through the Eifel hills, is only about 5 kilometres long.",
 "Северная петля Нюрбургринга в горах Айфель имеет длину около 20,8 км.")
add(C,"month","culture",
 "Кинофестиваль «Сандэнс» ежегодно проходит в июле в горнолыжном городке Парк-Сити в штате Юта.",
 "Each January the Sundance Film Festival, founded with Robert Redford's support, brings independent cinema to the ski town of Park City, Utah.")
add(C,"entity","culture",
 "Akira Kurosawa's Rashomon won the Golden Lion at the Venice Film Festival in 1951 and opened Japanese cinema to the West.",
 "В 1951 году «Расёмон» Акиры Куросавы получил Золотую пальмовую ветвь Каннского кинофестиваля.")
add(C,"opposite","music",
 "Премьера «Мадам Баттерфляй» Пуччини в миланском «Ла Скала» 17 февраля 1904 года прошла с триумфом.",
 "The first night of Madama Butterfly at La Scala on 17 February 1904 was a fiasco, and Puccini withdrew the opera to revise it.")
add(C,"rank","literature",
 "Французский поэт Сюлли-Прюдом в 1901 году стал самым первым лауреатом Нобелевской премии по литературе.",
 "The French poet Sully Prudhomme was only the third writer to receive the Nobel Prize in Literature.")
add(C,"century","literature",
 "Stendhal's novel The Red and the Black, the story of the ambitious Julien Sorel, was published in 1830.",
 "Роман Стендаля «Красное и чёрное» о честолюбивом Жюльене Сореле вышел в XVIII веке.")
add(C,"number","geography",
 "Дрейфующую станцию «Северный полюс-1» в 1937–1938 годах обслуживали семь полярников во главе с Иваном Папаниным.",
 "The drifting station North Pole-1 was manned in 1937–38 by four men: Ivan Papanin, Ernst Krenkel, Pyotr Shirshov and Yevgeny Fyodorov.")
add(C,"place","medicine",
 "In 1930 the surgeon Sergei Yudin carried out the first transfusion of blood taken from a dead donor, at the Sklifosovsky Institute in Moscow.",
 "Первое переливание трупной крови живому человеку хирург Сергей Юдин выполнил в 1930 году в Ленинграде.")
add(C,"month","medicine",
 "ВОЗ рекомендовала первую вакцину от малярии RTS,S (Mosquirix) для массового применения у детей в октябре 2021 года.",
 "In March 2021 the World Health Organization recommended RTS,S, or Mosquirix, the first malaria vaccine, for wide use among African children.")
add(C,"polarity","law",
 "Russia has not joined the Ottawa Treaty of 1997, which bans anti-personnel landmines.",
 "Россия подписала и ратифицировала Оттавскую конвенцию 1997 года о запрете противопехотных мин.")
add(C,"date","law",
 "Нюрнбергские расовые законы были приняты 5 сентября 1935 года на съезде нацистской партии.",
 "The Nuremberg Laws were proclaimed on 15 September 1935, at the annual Nazi Party rally in Nuremberg.")
add(C,"duration","technology",
 "In 1975 Gordon Moore revised his forecast: the number of transistors on a chip would double roughly every two years.",
 "Пересмотрев в 1975 году свой прогноз, Гордон Мур предсказал удвоение числа транзисторов на кристалле примерно раз в десять лет.")
add(C,"organisation","transport",
 "Первый мотороллер Vespa выпустила в 1946 году миланская компания Innocenti.",
 "Piaggio launched the Vespa scooter in 1946, building it at its factory in Pontedera.")
add(C,"rank","astronomy",
 "Салли Райд, полетевшая на шаттле «Челленджер» в июне 1983 года, стала первой американкой и третьей женщиной в космосе.",
 "In June 1983 Sally Ride flew on the shuttle Challenger and became the first woman ever to travel into space.")
add(C,"century","astronomy",
 "After the transits of Venus across the Sun in 2004 and 2012, the next pair will not come until the 22nd century.",
 "Следующее прохождение Венеры по диску Солнца после 2012 года земляне увидят ещё в XXI веке.")
add(C,"place","biology",
 "Знаменитый рентгеновский «снимок 51» молекулы ДНК Розалинд Франклин получила в 1952 году в Кембриджском университете.",
 "Rosalind Franklin took Photo 51, the famous X-ray image of DNA, at King's College London in 1952.")
add(C,"decade","food",
 "The Michelin tyre company published its first guide in 1900 and began awarding stars to restaurants in the 1920s.",
 "Звёзды ресторанам «Красный гид» Michelin начал присуждать только в 1960-х годах, хотя сам путеводитель издаётся с 1900 года.")
add(C,"percent","food",
 "Крепость японского рисового вина саке обычно составляет около 15 % — чуть больше, чем у большинства виноградных вин.",
 "Japanese sake is usually about 40 percent alcohol, as strong as vodka.")
add(C,"money","energy",
 "The thirty-year deal signed in May 2014 to send Russian gas to China through the Power of Siberia pipeline was valued at about $400 billion.",
 "Тридцатилетний контракт на поставку газа в Китай по трубопроводу «Сила Сибири», подписанный в мае 2014 г., оценивался примерно в 40 млрд долларов.")
add(C,"entity","environment",
 "Баргузинский заповедник на северо-восточном берегу Байкала был создан в 1916 году для спасения соболя.",
 "The Barguzin reserve, founded in 1916 on Lake Baikal's north-eastern shore, was set up to save the Baikal seal.")
add(C,"person","architecture",
 "The Centre Pompidou in Paris, opened in 1977, was designed by Renzo Piano and Richard Rogers.",
 "Центр Помпиду в Париже, открытый в 1977 году, построен по проекту Нормана Фостера.")
add(C,"money","news",
 "Editor Dmitry Muratov auctioned his Nobel Peace Prize medal in June 2022 for $10.35 million, giving the money to UNICEF for Ukrainian children.",
 "Нобелевскую медаль главного редактора «Новой газеты» Дмитрия Муратова в июне 2022 года продали на аукционе за 103,5 млн долларов; деньги ушли в ЮНИСЕФ.")
add(C,"opposite","news",
 "Первый полный испытательный полёт Starship 20 апреля 2023 г. завершился успешно: корабль вышел на расчётную траекторию.",
 "SpaceX's first full Starship test flight on 20 April 2023 failed: the rocket tumbled out of control and was blown up minutes after launch.")
# ---------------- related (10)
add(T,"topic","history",
 "The name Peterloo mocked the Battle of Waterloo, fought four years earlier.",
 "На поле Святого Петра в Манчестере в 1819 году собралось около 60 тысяч человек.", rel)
add(T,"topic","medicine",
 "Томас Старзл родился в 1926 году в городке Ле-Марс в штате Айова.",
 "Thomas Starzl carried out the first liver transplant with long-term survival in 1967.", rel)
add(T,"topic","architecture",
 "The Centre Pompidou is named after Georges Pompidou, the French president who died in 1974.",
 "Центр Помпиду открылся в 1977 году; в нём размещается Национальный музей современного искусства.", rel)
add(T,"topic","culture",
 "Нефертити была главной супругой египетского фараона Эхнатона.",
 "The bust of Nefertiti was found by a German team at Amarna in December 1912.", rel)
add(T,"topic","sport",
 "Sebastian Vettel was born in 1987 in Heppenheim, Germany.",
 "В 2010 году Себастьян Феттель стал самым молодым чемпионом мира «Формулы-1».", rel)
add(T,"topic","literature",
 "Стендаль, настоящее имя которого Мари-Анри Бейль, родился в 1783 году в Гренобле.",
 "Stendhal's novel The Charterhouse of Parma came out in 1839.", rel)
add(T,"topic","astronomy",
 "Sally Ride died of pancreatic cancer in 2012.",
 "Салли Райд полетела в космос на шаттле «Челленджер» в 1983 году.", rel)
add(T,"topic","news",
 "В мае 2022 года правительство Санны Марин подало заявку на вступление Финляндии в НАТО.",
 "Sanna Marin became prime minister of Finland in December 2019, aged 34.", rel)
add(T,"topic","astronomy",
 "China's Tiangong space station is normally occupied by a crew of three astronauts.",
 "Модуль «Тяньхэ» станции «Тяньгун» был запущен с космодрома Вэньчан в 2021 году.", rel)
add(T,"topic","literature",
 "Нагиб Махфуз родился в Каире в 1911 году.",
 "Naguib Mahfouz won the Nobel Prize in Literature in 1988.", rel)

assert len(rows) == 60 and len(rel) == 10, (len(rows), len(rel))
from collections import Counter
assert Counter(r["label"] for r in rows) == {"agree": 30, "contradict": 30}
for r in rows + rel:
    assert {r["lang_a"], r["lang_b"]} == {E, R}
for r in rows:
    for s in (r["a"], r["b"]):
        assert 8 <= len(s.split()) <= 30, s
with open("comparable_heldout36.jsonl", "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open("related_heldout36.jsonl", "w", encoding="utf-8") as f:
    for r in rel:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print("comparable", len(rows), Counter(r["label"] for r in rows))
print("related", len(rel))

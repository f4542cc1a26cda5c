import json, os
import re as _re
E, R = "en", "ru"
rows, rel = [], []
def _lang(t):
    return R if len(_re.findall('[А-Яа-яЁё]', t)) > len(_re.findall('[A-Za-z]', t)) else E
def add(label, slot, domain, a, b):
    # a is written first in the file, b second (the order is chosen per row)
    assert {_lang(a), _lang(b)} == {E, R}, (a, b)
    for t in (a, b):
        assert 10 <= len(t.split()) <= 30, (len(t.split()), t)
    rows.append(dict(a=a, b=b, lang_a=_lang(a), lang_b=_lang(b), label=label, slot=slot, domain=domain))
def addr(domain, a, b):
    assert {_lang(a), _lang(b)} == {E, R}, (a, b)
    for t in (a, b):
        assert 10 <= len(t.split()) <= 30, (len(t.split()), t)
    rel.append(dict(a=a, b=b, lang_a=_lang(a), lang_b=_lang(b), label="related", slot="topic", domain=domain))
A, C = "agree", "contradict"
# ---------------- agree (30)
add(A,"date","history",
 "On 26 April 1478 the Pazzi conspirators attacked the Medici brothers during Mass in Florence Cathedral, killing Giuliano and wounding Lorenzo.",
 "Заговор Пацци против Медичи вылился в нападение во флорентийском соборе в апреле 1478 года, где погиб Джулиано Медичи.")
add(A,"month","history",
 "Турецкую крепость Очаков войска Потёмкина взяли штурмом в декабре 1788 г., после долгой осады.",
 "After a siege of several months, Potemkin's army stormed the Ottoman fortress of Ochakov on 17 December 1788.")
add(A,"date","history",
 "The Indian Rebellion began on 10 May 1857, when sepoys at Meerut mutinied and set off for Delhi.",
 "Восстание сипаев вспыхнуло в мае 1857 г. в военном городке Мирут, откуда повстанцы двинулись на Дели.")
add(A,"year","history",
 "В 1066 году Вильгельм Завоеватель был коронован в Вестминстерском аббатстве, и с тех пор там короновались почти все английские монархи.",
 "William the Conqueror was crowned in Westminster Abbey on Christmas Day 1066.")
add(A,"century","history",
 "Pskov is first mentioned in the Russian chronicles at the very beginning of the tenth century.",
 "Впервые Псков упоминается в летописи под 903 годом — в связи с женитьбой князя Игоря на Ольге.")
add(A,"number","geography",
 "Общая высота падения воды водопада Тугела в Драконовых горах ЮАР составляет 948 м.",
 "South Africa's Tugela Falls in the Drakensberg drop a total of nearly 950 metres in five free-leaping stages.")
add(A,"month","geography",
 "The volcanic island of Surtsey began to rise from the sea off the south coast of Iceland on 14 November 1963.",
 "Остров Сюртсей у южного побережья Исландии начал формироваться в результате подводного извержения в ноябре 1963 года.")
add(A,"year","medicine",
 "В 1853 г. французский хирург Шарль Праваз предложил шприц с полой иглой для введения лекарств.",
 "The French surgeon Charles Pravaz described a syringe fitted with a hollow needle in 1853, the year of his death.")
add(A,"year","law",
 "The Pragmatic Sanction of 1713, issued by Emperor Charles VI, allowed his daughter Maria Theresa to inherit the Habsburg lands.",
 "Император Карл VI издал Прагматическую санкцию в 1713 году, чтобы наследовать габсбургские владения могла и дочь.")
add(A,"number","architecture",
 "Башня «Спейс-Нидл» высотой 184 м была построена в Сиэтле к Всемирной выставке 1962 года.",
 "Seattle's Space Needle, 605 feet tall, was put up for the 1962 World's Fair.")
add(A,"decade","architecture",
 "Ilya Golosov's Zuev Workers' Club in Moscow, with its glass cylinder corner, was built in 1927–1929.",
 "Клуб имени Зуева на Лесной улице в Москве, шедевр конструктивизма Ильи Голосова, построен в конце 1920-х годов.")
add(A,"month","astronomy",
 "В сентябре 1968 г. советский аппарат «Зонд-5» облетел Луну и вернулся на Землю, доставив живых черепах.",
 "Zond 5, launched in September 1968, carried two tortoises around the Moon and splashed down in the Indian Ocean.")
add(A,"year","science",
 "Thomas Johann Seebeck discovered in 1821 that a circuit of two different metals with junctions at different temperatures deflects a compass needle.",
 "Термоэлектрический эффект, названный его именем, Томас Иоганн Зеебек открыл в Берлине в 1821 году.")
add(A,"year","biology",
 "Вирус миксомы был намеренно выпущен в Австралии в 1950 году, чтобы сократить численность диких кроликов.",
 "Myxomatosis was deliberately released in Australia in 1950 to bring down the plague of wild rabbits.")
add(A,"place","food",
 "The Waldorf salad of apples, celery and walnuts was created at New York's Waldorf Hotel in the 1890s.",
 "Салат «Уолдорф» придумали в нью-йоркском отеле «Уолдорф» в конце XIX века; его автором считается метрдотель Оскар Чирки.")
add(A,"place","food",
 "Утка по-пекински, которую подают с тонкими блинчиками и сладким соусом, — фирменное блюдо китайской столицы.",
 "Peking duck, the Beijing speciality, has been roasted by the restaurant Quanjude in the capital since 1864.")
add(A,"year","transport",
 "The Verrazzano-Narrows Bridge, linking Staten Island and Brooklyn, opened to traffic in November 1964.",
 "Мост Верраццано-Нэрроуз между Статен-Айлендом и Бруклином был открыт в 1964 г. и до 1981 года имел самый длинный пролёт в мире.")
add(A,"year","energy",
 "Приливная электростанция в устье реки Ранс в Бретани была открыта в ноябре 1966 г.",
 "France's tidal power station on the Rance estuary in Brittany was inaugurated by Charles de Gaulle in 1966.")
add(A,"month","economy",
 "The Panic of 1873 began in May of that year, when the Vienna stock exchange crashed.",
 "Крах Венской фондовой биржи 9 мая 1873 года положил начало долгому экономическому кризису в Европе и Америке.")
add(A,"year","culture",
 "Портрет матери, известный как «Аранжировка в сером и чёрном», американский художник Джеймс Уистлер написал в 1871 г.",
 "James McNeill Whistler painted his mother in 1871, calling the picture Arrangement in Grey and Black No. 1.")
add(A,"year","culture",
 "Mikhail Vrubel painted his Demon Seated in 1890, while illustrating an edition of Lermontov.",
 "Картина Михаила Врубеля «Демон сидящий», одна из самых известных его работ, написана в 1890 году.")
add(A,"place","culture",
 "«Девочку с персиками», портрет двенадцатилетней Веры Мамонтовой, Валентин Серов написал в 1887 г. в усадьбе Абрамцево.",
 "Valentin Serov's Girl with Peaches was painted at Abramtsevo, the estate of the patron Savva Mamontov near Moscow.")
add(A,"year","literature",
 "Henryk Sienkiewicz, the author of Quo Vadis, received the Nobel Prize in Literature in 1905.",
 "Польский писатель Генрик Сенкевич стал лауреатом Нобелевской премии по литературе в 1905 году.")
add(A,"rank","literature",
 "Жозе Сарамаго, получивший Нобелевскую премию в 1998 г., стал первым лауреатом, писавшим на португальском языке.",
 "No writer in Portuguese had won the Nobel Prize in Literature before José Saramago in 1998.")
add(A,"date","music",
 "Carl Maria von Weber's opera Der Freischütz was first performed in Berlin on 18 June 1821.",
 "Премьера оперы Вебера «Вольный стрелок» прошла в берлинском Шаушпильхаусе в июне 1821 года.")
add(A,"date","music",
 "Неоконченная опера Пуччини «Турандот» впервые прозвучала в Ла Скала 25 апреля 1926 года под управлением Тосканини.",
 "Turandot, left unfinished at Puccini's death, had its premiere at La Scala in April 1926.")
add(A,"number","news",
 "The collapse of the Sampoong department store in Seoul in June 1995 killed 502 people.",
 "Обрушение универмага «Сампун» в Сеуле в 1995 году унесло жизни более пятисот человек.")
add(A,"number","geography",
 "Высшая точка Татр находится в Словакии и поднимается примерно на 2,7 тыс. м над уровнем моря.",
 "The highest summit of the Tatra Mountains, in Slovakia, reaches 2,655 metres.")
add(A,"date","news",
 "The British fashion designer Vivienne Westwood, who dressed the punk scene of the 1970s, died in London in December 2022.",
 "Вивьен Вествуд, британский модельер и одна из создательниц стиля панк, умерла 29 декабря 2022 г. в возрасте 81 года.")
add(A,"year","culture",
 "Памятник ботанику Клименту Тимирязеву у Никитских ворот в Москве, работы скульптора Сергея Меркурова, открыли в 1923 г.",
 "Sergei Merkurov's statue of the plant physiologist Kliment Timiryazev was unveiled at Moscow's Nikitsky Gates in 1923.")
# ---------------- contradict (30)
add(C,"year","history",
 "The Battle of Solferino, whose carnage inspired Henry Dunant to found the Red Cross, was fought in 1869.",
 "Битва при Сольферино, потрясшая Анри Дюнана и подтолкнувшая его к созданию Красного Креста, произошла в 1859 году.")
add(C,"year","energy",
 "Строительство подземного хранилища отработанного ядерного топлива «Онкало» в финской коммуне Эурайоки началось в 2004 году.",
 "Work on Onkalo, Finland's deep underground repository for spent nuclear fuel near Eurajoki, began in 1994.")
add(C,"date","transport",
 "Sydney Harbour Bridge, the steel arch linking the city centre with the North Shore, was officially opened on 19 March 1932.",
 "Арочный мост Харбор-Бридж через Сиднейскую гавань торжественно открыли 29 марта 1932 года.")
add(C,"date","history",
 "Восстание «Сицилийская вечерня» против французов Карла Анжуйского началось в Палермо 13 марта 1282 года.",
 "The Sicilian Vespers, the Palermo rising against Charles of Anjou's French, broke out on Easter Monday, 30 March 1282.")
add(C,"century","history",
 "The St Bartholomew's Day massacre of Huguenots in Paris took place in the seventeenth century.",
 "Варфоломеевская ночь — массовое убийство гугенотов в Париже — случилась 24 августа 1572 года.")
add(C,"month","history",
 "Norwegian commandos blew up the heavy-water plant at Vemork in February 1943.",
 "Норвежские диверсанты взорвали цех тяжёлой воды на заводе Веморк в августе 1943 года.")
add(C,"month","news",
 "Шторм «Ксинтия», затопивший побережье Вандеи и унёсший десятки жизней во Франции, обрушился на страну в конце февраля 2010 г.",
 "Storm Xynthia, which flooded the Vendée coast and killed dozens in France, struck in October 2010.")
add(C,"decade","science",
 "Жан Пельтье открыл выделение или поглощение тепла на контакте двух проводников при пропускании тока в 1880-х годах.",
 "Jean Peltier described the heating or cooling at a junction of two conductors carrying a current in 1834.")
add(C,"decade","culture",
 "Vasily Surikov painted his huge canvas Boyarynya Morozova in the 1880s; it was shown in 1887.",
 "Огромное полотно «Боярыня Морозова» Василий Суриков написал в 1850-х годах.")
add(C,"century","architecture",
 "Храм Неба в Пекине, где императоры молились об урожае, был построен в XVII веке.",
 "Beijing's Temple of Heaven was built between 1406 and 1420, under the Ming Yongle Emperor.")
add(C,"number","transport",
 "The Trans-Australian Railway crosses the Nullarbor Plain on a dead-straight stretch of 478 km, the longest in the world.",
 "Трансавстралийская железная дорога пересекает равнину Налларбор по идеально прямому участку длиной всего 78 км.")
add(C,"number","news",
 "При освобождении заложников «Норд-Оста» в Москве в октябре 2002 года погибли 13 заложников.",
 "About 130 hostages died when Russian forces ended the Moscow theatre siege in October 2002.")
add(C,"percent","astronomy",
 "Mariner 4's close-up pictures of Mars in July 1965 covered roughly 40 percent of the planet's surface.",
 "Снимки Марса, переданные «Маринером-4» в июле 1965 г., охватили лишь около 1 % поверхности планеты.")
add(C,"money","culture",
 "«Лежащая обнажённая» Амедео Модильяни ушла на аукционе Christie's в ноябре 2015 г. за 170 млн долларов.",
 "Amedeo Modigliani's Reclining Nude fetched about 17 million dollars at Christie's in November 2015.")
add(C,"duration","geography",
 "The Parícutin volcano, which grew out of a Mexican cornfield in 1943, kept erupting for just nine months.",
 "Вулкан Парикутин, выросший в 1943 г. на кукурузном поле в Мексике, извергался девять лет, до 1952 года.")
add(C,"duration","music",
 "Английский композитор Генри Пёрселл, автор оперы «Дидона и Эней», прожил 66 лет.",
 "Henry Purcell, the composer of Dido and Aeneas, died in 1695 at the age of about 36.")
add(C,"scale","economy",
 "Singapore's Marina Bay Sands resort, opened in 2010, cost around 8 billion Singapore dollars to build.",
 "Строительство сингапурского комплекса Marina Bay Sands, открытого в 2010 году, обошлось примерно в 8 млн сингапурских долларов.")
add(C,"rank","transport",
 "Лайнер «Куин Мэри 2», совершивший первый рейс в январе 2004 года, был тогда крупнейшим пассажирским судном в мире.",
 "When the Queen Mary 2 made her maiden voyage in January 2004, she was only the second-largest passenger ship afloat.")
add(C,"rank","literature",
 "In 1945 the Chilean poet Gabriela Mistral became the first Latin American to win the Nobel Prize in Literature.",
 "Чилийская поэтесса Габриэла Мистраль стала вторым латиноамериканцем, получившим Нобелевскую премию по литературе.")
add(C,"place","energy",
 "Плотина Тарбела, одна из крупнейших земляных плотин мира, построена на реке Ганг в Индии.",
 "The Tarbela Dam, one of the largest earth-filled dams in the world, stands on the Indus in Pakistan.")
add(C,"place","sport",
 "Swedish table tennis great Jan-Ove Waldner won his Olympic gold medal in singles at Barcelona in 1992.",
 "Олимпийским чемпионом в одиночном разряде шведский теннисист Ян-Уве Вальднер стал на Играх в Атланте.")
add(C,"person","history",
 "Победу над турками при Рымнике в 1789 году одержал Михаил Кутузов, получивший за неё титул графа Рымникского.",
 "At Rymnik in 1789 Alexander Suvorov routed a much larger Ottoman army and was made Count Rymniksky.")
add(C,"person","architecture",
 "It was John Calvin who, hiding in Wartburg Castle in 1521–1522, translated the New Testament into German.",
 "В замке Вартбург в 1521–1522 гг. Мартин Лютер перевёл Новый Завет на немецкий язык.")
add(C,"organisation","technology",
 "Гордон Мур, сформулировавший в 1965 году закон Мура, был одним из основателей компании Intel.",
 "Gordon Moore, whose 1965 observation became known as Moore's law, was a co-founder of AMD.")
add(C,"entity","medicine",
 "The Wassermann reaction, introduced by August von Wassermann in 1906, was a blood test for tuberculosis.",
 "Реакция Вассермана, предложенная Августом фон Вассерманом в 1906 г., служила для диагностики сифилиса.")
add(C,"entity","food",
 "Тирамису, десерт из Венето, готовят из савоярди, пропитанных кофе, и крема на основе сыра маскарпоне.",
 "Tiramisu, the dessert from the Veneto, layers coffee-soaked ladyfingers with a cream made from ricotta cheese.")
add(C,"polarity","history",
 "After the battle at Chemulpo in February 1904 the crew of the cruiser Varyag refused to scuttle her and handed the ship to the Japanese.",
 "После боя у Чемульпо в феврале 1904 года команда крейсера «Варяг» затопила корабль, чтобы он не достался японцам.")
add(C,"polarity","science",
 "Эффект Мейснера, открытый в 1933 году, состоит в том, что сверхпроводник вытесняет магнитное поле из своего объёма.",
 "The Meissner effect, found in 1933, shows that a superconductor does not expel a magnetic field from its interior.")
add(C,"opposite","law",
 "President Woodrow Wilson signed the Volstead Act, which enforced Prohibition, in October 1919.",
 "Закон Волстеда о сухом законе Конгресс принял в октябре 1919 года, преодолев вето президента Вудро Вильсона.")
add(C,"opposite","history",
 "В Мукденском сражении в феврале–марте 1905 года русская армия одержала победу над японцами.",
 "The Battle of Mukden in February and March 1905 ended in a Japanese victory and a Russian retreat.")
# ---------------- related (10)
addr("history",
 "Henry Dunant published his book A Memory of Solferino in 1862.",
 "Сражение при Сольферино между франко-сардинскими и австрийскими войсками состоялось 24 июня 1859 года.")
addr("history",
 "Русскими армиями в Мукденском сражении командовал главнокомандующий генерал Алексей Николаевич Куропаткин.",
 "The Japanese forces at Mukden were led by Field Marshal Ōyama Iwao.")
addr("music",
 "Puccini died in Brussels in November 1924, leaving Turandot unfinished.",
 "Оперу «Турандот» впервые поставили в миланском театре Ла Скала в 1926 году.")
addr("transport",
 "Мост Верраццано-Нэрроуз назван в честь Джованни да Верраццано, вошедшего в Нью-Йоркскую гавань в 1524 г.",
 "The main span of the Verrazzano-Narrows Bridge, opened in 1964, is 1,298 metres long.")
addr("literature",
 "Henryk Sienkiewicz's novel Quo Vadis came out as a book in 1896.",
 "Генрик Сенкевич получил Нобелевскую премию по литературе в 1905 году.")
addr("architecture",
 "Вестминстерское аббатство перестраивали в готическом стиле при Генрихе III начиная с 1245 года.",
 "William the Conqueror was crowned in Westminster Abbey on Christmas Day 1066.")
addr("energy",
 "The Vemork power station near Rjukan was completed in 1911 as a hydroelectric plant.",
 "Норвежские диверсанты вывели из строя цех тяжёлой воды в Веморке в феврале 1943 года.")
addr("technology",
 "Гордон Мур и Роберт Нойс основали компанию Intel в 1968 году.",
 "Gordon Moore's article predicting the growth of transistor counts appeared in Electronics magazine in 1965.")
addr("energy",
 "The Tarbela Dam, built across the Indus with World Bank help, was completed in 1976.",
 "Плотина Тарбела находится в пакистанской провинции Хайбер-Пахтунхва, к северо-западу от столицы страны Исламабада.")
addr("music",
 "Henry Purcell's Dido and Aeneas was probably first performed at a girls' school in Chelsea around 1689.",
 "Генри Пёрселл умер в 1695 году и был похоронен в Вестминстерском аббатстве.")

assert len(rows) == 60 and len(rel) == 10, (len(rows), len(rel))
assert sum(r["label"] == A for r in rows) == 30 and sum(r["label"] == C for r in rows) == 30
for lab in (A, C):
    assert sum(r["label"] == lab and r["lang_a"] == R for r in rows) == 15, lab
HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, "comparable_heldout38.jsonl"), "w", encoding="utf-8") as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "related_heldout38.jsonl"), "w", encoding="utf-8") as f:
    for r in rel: f.write(json.dumps(r, ensure_ascii=False) + "\n")
print("ok", len(rows), len(rel))

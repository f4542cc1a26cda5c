import json
E, R = "en", "ru"
rows = []
import re as _re
def _lang(t):
    return R if len(_re.findall('[А-Яа-яЁё]', t)) > len(_re.findall('[A-Za-z]', t)) else E
def add(label, slot, domain, a, b):
    # a is written first in the file, b second (the order is chosen per row)
    assert {_lang(a), _lang(b)} == {E, R}, (a, b)
    rows.append(dict(a=a, b=b, lang_a=_lang(a), lang_b=_lang(b), label=label, slot=slot, domain=domain))
A, C = "agree", "contradict"
# ---------------- agree (30)
add(A,"duration","history",
 "Marco Polo came home to Venice in 1295, roughly twenty-four years after he had set out for the court of Kublai Khan.",
 "Венецианский купец Марко Поло вернулся на родину из Китая в 1295 г., проведя в странствиях почти четверть века.")
add(A,"decade","science",
 "Свою динамическую теорию электромагнитного поля, объединившую электричество, магнетизм и свет, Джеймс Клерк Максвелл опубликовал в 1865 году.",
 "James Clerk Maxwell set out his equations of the electromagnetic field in a paper published in the mid-1860s.")
add(A,"person","science",
 "The first physical explanation of nuclear fission was given by Lise Meitner and her nephew Otto Frisch in a short note in Nature in 1939.",
 "Австрийский физик Лиза Мейтнер вместе с племянником Отто Фришем первой объяснила, почему ядро урана раскалывается на две части.")
add(A,"year","biology",
 "В 1953 г. американский химик Стэнли Миллер сообщил, что в колбе с водой, метаном, аммиаком и водородом под действием электрических разрядов образуются аминокислоты.",
 "The Miller–Urey experiment, which produced amino acids from a mixture of simple gases and electric sparks, was published in May 1953.")
add(A,"century","geography",
 "Gerardus Mercator published his famous world map, drawn in the projection that now bears his name, in Duisburg in 1569.",
 "Картографическую проекцию, названную позднее его именем, фламандец Герард Меркатор впервые применил для карты мира во второй половине XVI века.")
add(A,"number","literature",
 "Гомеровская «Одиссея», рассказывающая о десятилетнем возвращении Одиссея на Итаку, традиционно делится на 24 песни.",
 "Homer's Odyssey is traditionally divided into twenty-four books, the same number as the Iliad.")
add(A,"month","economy",
 "The MMM pyramid scheme run by Sergei Mavrodi collapsed in July 1994, wiping out the savings of millions of Russians.",
 "Финансовая пирамида «МММ» Сергея Мавроди рухнула летом 1994 г., а в августе её основателя задержали.")
add(A,"number","sport",
 "На Олимпиаде 1992 года в Барселоне белорусский гимнаст Виталий Щербо выиграл шесть золотых медалей из восьми возможных.",
 "Vitaly Scherbo, competing for the Unified Team, took 6 gold medals in gymnastics at the Barcelona Games in 1992, four of them on a single day.")
add(A,"year","technology",
 "VKontakte, the social network that later became Russia's most popular website, was launched by Pavel Durov in 2006.",
 "Социальную сеть «ВКонтакте» петербургский программист Павел Дуров запустил в 2006 г., вскоре после окончания университета.")
add(A,"year","technology",
 "Компания Rolls-Royce Limited, основанная инженером Генри Ройсом и аристократом Чарльзом Роллсом, была официально зарегистрирована в 1906 году.",
 "Charles Rolls and Henry Royce formally registered their joint firm, Rolls-Royce Limited, in March 1906.")
add(A,"year","medicine",
 "The Sklifosovsky Institute of Emergency Medicine, housed in the old Sheremetev hospice in Moscow, was established in 1923.",
 "Научно-исследовательский институт скорой помощи имени Н. В. Склифосовского был основан в Москве в 1923 г.")
add(A,"year","law",
 "Петицию о праве, ограничившую произвольные налоги и аресты, английский парламент принял, а король Карл I утвердил в 1628 году.",
 "In June 1628 King Charles I gave his assent to the Petition of Right, which forbade taxation without the consent of Parliament.")
add(A,"year","transport",
 "The Semmering railway across the Austrian Alps, often called the first true mountain railway, was opened in 1854.",
 "Земмерингская железная дорога через Альпы, включённая в 1998 г. в список ЮНЕСКО, была открыта в 1854 году.")
add(A,"date","food",
 "Первое светлое пиво пильзнерского типа сварил баварский пивовар Йозеф Гролл в Пльзене 5 октября 1842 г.",
 "The first pale lager of the Pilsner style was brewed in the Bohemian town of Plzeň on 5 October 1842 by Josef Groll.")
add(A,"decade","food",
 "Nestlé launched Nescafé, its first instant coffee, in Switzerland in 1938, after several years of research into preserving Brazil's coffee surplus.",
 "Растворимый кофе Nescafé компания Nestlé впервые выпустила в Швейцарии в конце 1930-х годов.")
add(A,"month","music",
 "В феврале 1867 г. в Вене впервые прозвучал вальс Иоганна Штрауса-сына «На прекрасном голубом Дунае».",
 "Johann Strauss II's waltz The Blue Danube was first performed in Vienna on 15 February 1867, originally with a men's choir.")
add(A,"person","astronomy",
 "The first pulsar was noticed in 1967 by Jocelyn Bell, then a postgraduate student at Cambridge, in the data of a new radio telescope.",
 "Первый пульсар обнаружила в 1967 г. аспирантка Кембриджского университета Джоселин Белл.")
add(A,"number","architecture",
 "Ансамбль площади Регистан в Самарканде образуют три медресе — Улугбека, Шердор и Тилля-Кари.",
 "Samarkand's Registan square is framed by three madrasas, the oldest of which was built by Ulugh Beg in the fifteenth century.")
add(A,"century","architecture",
 "Moscow's Novodevichy Convent was founded in 1524 by Grand Prince Vasily III to celebrate the capture of Smolensk.",
 "Новодевичий монастырь в Москве был основан великим князем Василием III в первой половине XVI века.")
add(A,"year","culture",
 "Первый учебник эсперанто Людвик Заменгоф издал в Варшаве в 1887 г. под псевдонимом «Доктор Эсперанто».",
 "Ludwik Zamenhof presented his international language to the world in 1887, in a booklet signed Doktoro Esperanto.")
add(A,"century","culture",
 "The Meissen manufactory in Saxony, the first in Europe to make true hard-paste porcelain, was founded in 1710 by Augustus the Strong.",
 "Мейсенская мануфактура, первой в Европе освоившая производство настоящего фарфора, появилась в Саксонии в начале XVIII века.")
add(A,"rank","news",
 "В марте 1969 года Голда Меир возглавила правительство Израиля, став первой женщиной на этом посту.",
 "Golda Meir, who took office in 1969, remains the only woman ever to have served as prime minister of Israel.")
add(A,"date","law",
 "On 9 May 1950 French foreign minister Robert Schuman proposed pooling French and German coal and steel production under a common authority.",
 "Декларация Шумана, предложившая объединить угольную и сталелитейную промышленность Франции и ФРГ, была обнародована 09.05.1950.")
add(A,"place","environment",
 "Конвенция о водно-болотных угодьях была подписана 2 февраля 1971 г. в иранском городе Рамсар на берегу Каспия.",
 "The wetlands treaty known as the Ramsar Convention takes its name from the Iranian town where it was signed in 1971.")
add(A,"year","geography",
 "The Wieliczka salt mine near Kraków was among the first twelve sites inscribed on the UNESCO World Heritage List in 1978.",
 "Соляная шахта Величка под Краковом вошла в список Всемирного наследия ЮНЕСКО в 1978 году, одной из первых в мире.")
add(A,"entity","biology",
 "Вомбат — единственное известное животное, чей помёт имеет почти кубическую форму.",
 "Wombats are famous for producing cube-shaped droppings, which they pile on rocks and logs to mark their territory.")
add(A,"number","biology",
 "Rafflesia arnoldii, a parasitic plant of the Sumatran rainforest, has the largest single flower on Earth, up to about a metre across.",
 "Цветок раффлезии Арнольди достигает в диаметре 100 см и считается самым крупным одиночным цветком в мире.")
add(A,"place","environment",
 "Каждую осень миллионы бабочек-монархов из США и Канады улетают зимовать в горные пихтовые леса центральной Мексики.",
 "Eastern monarch butterflies spend the winter in the fir forests of central Mexico, some travelling more than 4,000 kilometres to get there.")
add(A,"decade","literature",
 "Rudyard Kipling's The Jungle Book, published in 1894, tells how Mowgli, a boy raised by wolves, grows up among the animals.",
 "Маугли, мальчик, воспитанный волками в индийских джунглях, появился в рассказах Редьярда Киплинга в 1890-х годах.")
add(A,"year","energy",
 "Волховская ГЭС, первая крупная гидроэлектростанция, построенная по плану ГОЭЛРО, дала ток в 1926 г.",
 "The Volkhov hydroelectric station, the first large Soviet hydro plant under the GOELRO electrification plan, was switched on in December 1926.")
# ---------------- contradict (30); the false side is noted per row
add(C,"year","literature",  # false: second (RU)
 "A. A. Milne's Winnie-the-Pooh was first published in London in October 1926, with drawings by E. H. Shepard.",
 "Первая книга Алана Милна о плюшевом медвежонке Винни-Пухе вышла в Лондоне в 1966 году.")
add(C,"place","history",  # false: first (RU)
 "Руины Мохенджо-Даро, одного из крупнейших городов Хараппской цивилизации, находятся в индийском штате Гуджарат.",
 "Mohenjo-daro, a great city of the Indus Valley Civilisation, lies in the Sindh province of Pakistan, on the right bank of the Indus.")
add(C,"decade","science",  # false: first (EN)
 "Wolfgang Pauli formulated his exclusion principle in the 1950s, long after the foundations of quantum mechanics had been laid.",
 "Принцип запрета Вольфганг Паули сформулировал в 1925 г., за двадцать лет до получения Нобелевской премии.")
add(C,"polarity","sport",  # false: second (EN)
 "На зимних Олимпийских играх 2006 г. в Турине Евгений Плющенко стал олимпийским чемпионом в мужском одиночном катании.",
 "Yevgeni Plushenko did not win a medal in the men's singles at the 2006 Winter Olympics in Turin.")
add(C,"place","food",  # false: second (RU)
 "By law, tequila may only be made from blue agave in Mexico, chiefly in the state of Jalisco.",
 "Текилу по закону производят из голубой агавы только в Перу, главным образом в окрестностях Лимы.")
add(C,"year","technology",  # false: first (RU)
 "Прорезиненную ткань для непромокаемых плащей шотландский химик Чарльз Макинтош запатентовал в 1923 году.",
 "The Glasgow chemist Charles Macintosh patented his waterproof rubberised fabric in 1823, giving his name to the raincoat.")
add(C,"organisation","transport",  # false: first (EN)
 "The Soviet Pobeda passenger car was built from 1946 at the ZIS plant in Moscow.",
 "Легковой автомобиль «Победа» (ГАЗ-М20) выпускался на Горьковском автозаводе с 1946 по 1958 г.")
add(C,"opposite","music",  # false: second (EN)
 "Цикл симфонических поэм «Моя родина», включающий знаменитую «Влтаву», Бедржих Сметана написал, уже полностью потеряв слух.",
 "Bedřich Smetana composed his cycle Má vlast, which includes Vltava, several years before he began to lose his hearing.")
add(C,"entity","law",  # false: second (RU)
 "The Montreux Convention of 1936 gave Turkey control over the Bosporus and the Dardanelles and still regulates the passage of warships.",
 "Конвенция Монтрё 1936 г. передала контроль над проливами Босфор и Дарданеллы Греции.")
add(C,"organisation","transport",  # false: first (RU)
 "Лайнер «Вильгельм Густлофф» с беженцами был потоплен 30 января 1945 г. британской подводной лодкой.",
 "The Wilhelm Gustloff was torpedoed in the Baltic on 30 January 1945 by the Soviet submarine S-13 under Alexander Marinesko.")
add(C,"entity","architecture",  # false: second (RU)
 "Vyborg Castle was founded in 1293 by the Swedes under the marshal Torkel Knutsson, on a small island in Vyborg Bay.",
 "Выборгский замок заложили в 1293 г. новгородцы, чтобы защитить свои земли от шведов.")
add(C,"polarity","energy",  # false: second (EN), paraphrased negation
 "Пожар на нефтяной платформе Piper Alpha в Северном море 6 июля 1988 г. унёс жизни 167 человек.",
 "When the Piper Alpha platform in the North Sea caught fire in July 1988, its entire crew was evacuated unharmed.")
add(C,"century","culture",  # false: first (EN)
 "Venice ordered its glassmakers to move to the island of Murano in the early twentieth century to protect the city from fire.",
 "Стеклодувов Венецианская республика переселила на остров Мурано в конце XIII века, опасаясь пожаров.")
add(C,"date","history",  # false: second (EN)
 "Первую берестяную грамоту нашла в Новгороде археологическая экспедиция Артемия Арциховского 26 июля 1951 г.",
 "The first Novgorod birch bark letter was dug up by Artemy Artsikhovsky's expedition on 16 July 1951.")
add(C,"duration","geography",  # false: second (RU)
 "Fridtjof Nansen's ship Fram drifted with the Arctic pack ice for about three years, from 1893 to 1896.",
 "Дрейф «Фрама» Фритьофа Нансена во льдах Северного Ледовитого океана продолжался всего около трёх месяцев.")
add(C,"polarity","history",  # false: first (RU), paraphrased
 "После гибели «Эндьюранса» во льдах моря Уэдделла почти половина из 28 участников экспедиции Шеклтона погибла.",
 "Although the Endurance was crushed by the ice of the Weddell Sea, all 28 men of Shackleton's Endurance party survived.")
add(C,"year","news",  # false: first (EN)
 "Juan Perón won his first presidential election in Argentina in 1936, backed by the trade unions.",
 "Хуан Доминго Перон впервые победил на президентских выборах в Аргентине в феврале 1946 года.")
add(C,"number","geography",  # false: second (EN)
 "На островах Питкэрн, британской заморской территории в Тихом океане, постоянно живёт лишь несколько десятков человек.",
 "The Pitcairn Islands, a British overseas territory in the South Pacific, have a population of roughly five thousand.")
add(C,"place","environment",  # false: first (EN)
 "In August 1986 a cloud of carbon dioxide released from Lake Nyos in Nigeria suffocated about 1,700 people.",
 "Выброс углекислого газа из озера Ньос в Камеруне в августе 1986 г. погубил около 1,7 тыс. человек.")
add(C,"year","economy",  # false: first (RU)
 "Глава нефтяной компании ЮКОС Михаил Ходорковский был арестован в аэропорту Новосибирска в октябре 2013 г.",
 "Mikhail Khodorkovsky, head of the oil company Yukos, was arrested at Novosibirsk airport in October 2003.")
add(C,"percent","environment",  # false: second (RU)
 "In May 2015 a bacterial outbreak in Kazakhstan killed more than half of the world's saiga antelopes within a few weeks.",
 "Массовый падёж сайгаков в Казахстане весной 2015 г. унёс около 5 % мировой популяции этих антилоп.")
add(C,"scale","biology",  # false: first (RU)
 "Тираннозавр, один из крупнейших хищных динозавров, жил в Северной Америке около 66 тыс. лет назад.",
 "Tyrannosaurus rex roamed western North America at the very end of the Cretaceous, some 66 million years ago.")
add(C,"polarity","biology",  # false: second (RU)
 "Pangolins are the only mammals whose bodies are almost entirely covered in large protective scales made of keratin.",
 "Панголины — млекопитающие, у которых нет чешуи: их тело покрыто густой мягкой шерстью.")
add(C,"entity","medicine",  # false: second (EN)
 "Мазок по Папаниколау, предложенный греческим врачом Георгиосом Папаниколау, применяют для раннего выявления рака шейки матки.",
 "The Pap smear, devised by the Greek doctor George Papanicolaou, is a screening test for early lung cancer.")
add(C,"rank","science",  # false: first (EN)
 "Vladimir Vernadsky was only the third president of the Ukrainian Academy of Sciences.",
 "Владимир Вернадский стал первым президентом Украинской академии наук, основанной в 1918 г.")
add(C,"month","history",  # false: second (EN)
 "Танцовщицу Мату Хари, обвинённую в шпионаже в пользу Германии, расстреляли в Венсене 15 октября 1917 г.",
 "Mata Hari, convicted of spying for Germany, was executed by a French firing squad at Vincennes in April 1917.")
add(C,"money","news",  # false: second (RU)
 "In 2006 Disney agreed to buy the animation studio Pixar in an all-stock deal worth about 7.4 billion dollars.",
 "Анимационную студию Pixar компания Disney приобрела в 2006 г. примерно за 740 млн долларов.")
add(C,"opposite","science",  # false: first (RU)
 "Эффект Мпембы, названный в честь танзанийского школьника, состоит в том, что горячая вода всегда замерзает медленнее холодной.",
 "The Mpemba effect, named after a Tanzanian schoolboy, is the observation that hot water can sometimes freeze faster than cold water.")
add(C,"person","music",  # false: second (RU)
 "Maya Plisetskaya first danced Carmen Suite at the Bolshoi in 1967, to music arranged by her husband Rodion Shchedrin.",
 "Музыку к балету «Кармен-сюита», поставленному для Майи Плисецкой в 1967 г., написал Дмитрий Шостакович.")
add(C,"number","astronomy",  # false: second (EN)
 "Современный вариант каталога Мессье включает 110 объектов — туманностей, звёздных скоплений и галактик.",
 "Charles Messier's catalogue, compiled so that comet hunters would not mistake fixed objects for comets, lists about 1,100 objects.")

# ---------------- related (10): same subject as a comparable row, different true facts
rel = []
def radd(domain, x, y):
    assert {_lang(x), _lang(y)} == {E, R}, (x, y)
    rel.append(dict(a=x, b=y, lang_a=_lang(x), lang_b=_lang(y), label="related", slot="topic", domain=domain))

radd("history", "Marco Polo dictated the story of his travels while a prisoner of war in Genoa, to the writer Rustichello of Pisa.",
 "Марко Поло провёл при дворе хана Хубилая около семнадцати лет, выполняя его поручения в разных областях империи.")
radd("geography", "В 1922 г. Фритьоф Нансен получил Нобелевскую премию мира за помощь беженцам и военнопленным.",
 "In 1888 Fridtjof Nansen led the first crossing of the Greenland ice sheet, travelling on skis.")
radd("history", "Ernest Shackleton died of a heart attack on South Georgia in January 1922, at the start of his last expedition.",
 "Обломки «Эндьюранса» Шеклтона нашли на дне моря Уэдделла в 2022 году, на глубине около трёх километров.")
radd("environment", "Озеро Ньос — кратерное озеро на склоне неактивного вулкана на северо-западе Камеруна.",
 "Since 2001 pipes have been pumping carbon dioxide up from the bottom of Lake Nyos to make another disaster less likely.")
radd("biology", "Pangolins feed almost entirely on ants and termites, which they pick up with a very long sticky tongue.",
 "Панголинов называют самыми часто вывозимыми контрабандой млекопитающими в мире: их чешую ценят в традиционной медицине.")
radd("history", "Мохенджо-Даро был построен около 2500 г. до н. э. и считается одним из древнейших городов с продуманной канализацией.",
 "The ruins of Mohenjo-daro were first excavated in the 1920s and became a UNESCO World Heritage Site in 1980.")
radd("news", "Golda Meir was born in Kiev in 1898 and grew up in Milwaukee in the United States.",
 "Голда Меир ушла в отставку с поста премьер-министра Израиля в 1974 году, вскоре после войны Судного дня.")
radd("news", "Первый полнометражный мультфильм студии Pixar, «История игрушек», вышел на экраны в 1995 году.",
 "Steve Jobs bought the computer graphics division of Lucasfilm that became Pixar in 1986.")
radd("environment", "The saiga antelope is easily recognised by its oversized, drooping nose, which filters out dust and warms cold air.",
 "Численность сайгаков в Казахстане к 2022 г. восстановилась и превысила миллион особей.")
radd("literature", "Советский мультфильм о Винни-Пухе, которого озвучил Евгений Леонов, вышел на экраны в 1969 году.",
 "Winnie-the-Pooh was named after Winnipeg, a black bear that Christopher Robin Milne used to visit at London Zoo.")

import json, collections, os
assert len(rows) == 60 and len(rel) == 10, (len(rows), len(rel))
HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, "comparable_heldout25.jsonl"), "w", encoding="utf-8") as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "related_heldout25.jsonl"), "w", encoding="utf-8") as f:
    for r in rel: f.write(json.dumps(r, ensure_ascii=False) + "\n")

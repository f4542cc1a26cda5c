#!/usr/bin/env python3
"""Build heldout115: independent EN/RU claim pairs (stdlib only).

Each comparable row: (en, ru, label, slot, domain, ru_first).
Each related row:    (en, ru, subject, ru_first, domain).
For contradict rows a comment names the FALSE side (EN or RU); the other side
is true to the best of the writer's knowledge.
"""
import json
import os
import re

C, A = "contradict", "agree"

COMPARABLE = [
    # ---------------- history ----------------
    # FALSE: RU (Bunker Hill was fought on 17 June 1775, not in July)
    ("The battle named after Bunker Hill was fought mostly on neighbouring Breed's Hill, above Charlestown, on 17 June 1775; the British took the heights at heavy cost.",
     "Сражение при Банкер-Хилле произошло 17 июля 1775 г.: британцы генерала Уильяма Хау взяли высоты над Чарлстауном, потеряв свыше тысячи человек убитыми и ранеными.",
     C, "month", "history", True),
    # FALSE: RU (the Roman commander defeated at Carrhae was Marcus Licinius Crassus)
    ("At Carrhae in 53 BC the Parthian general Surena, relying on horse archers and armoured cataphracts, annihilated the legions of Marcus Licinius Crassus.",
     "В 53 г. до н. э. при Каррах парфянская конница — конные лучники и катафрактарии — наголову разбила римские легионы Гнея Помпея.",
     C, "person", "history", False),
    ("In 326 BC Alexander the Great defeated the Indian king Porus on the Hydaspes, the river known today as the Jhelum.",
     "Битва на реке Гидасп (ныне Джелам), где войско царя Пора с боевыми слонами уступило Александру Македонскому, состоялась в 326 г. до н. э.",
     A, "year", "history", True),
    # FALSE: EN (the siege of Khe Sanh lasted 77 days, January-April 1968)
    ("The North Vietnamese siege of the US Marine base at Khe Sanh, which began in January 1968, lasted barely two weeks.",
     "Осада базы морской пехоты США Кхешань длилась 77 дней: начавшись в январе 1968 г., она закончилась лишь в апреле, с подходом сил операции «Пегас».",
     C, "duration", "history", False),
    ("Lysander's surprise attack at Aegospotami on the Hellespont in 405 BC destroyed almost the whole Athenian fleet; Athens surrendered the following spring.",
     "У Эгоспотам в 405 г. до н. э. спартанский флотоводец Лисандр захватил врасплох и уничтожил афинский флот; спастись удалось лишь немногим кораблям Конона.",
     A, "person", "history", False),
    # ---------------- science ----------------
    # FALSE: RU (Dehmelt worked at the University of Washington, Seattle)
    ("Hans Dehmelt, who worked at the University of Washington in Seattle from 1955, shared the 1989 Nobel Prize in Physics for developing the ion trap technique.",
     "Ганс Демельт, многие годы проработавший в Калифорнийском технологическом институте, получил долю Нобелевской премии по физике 1989 г. за разработку метода ионных ловушек.",
     C, "organisation", "science", True),
    # FALSE: EN (norethindrone was synthesised at Syntex in Mexico City)
    ("In 1951 Carl Djerassi's team at Syntex in Buenos Aires synthesised norethindrone, one of the first progestins that worked when taken by mouth.",
     "Норэтистерон — один из первых гестагенов, действующих при приёме внутрь, — синтезировала в 1951 г. группа Карла Джерасси в мексиканской фирме «Синтекс» (Мехико).",
     C, "place", "science", False),
    # FALSE: RU (Guillemin's Nobel Prize was awarded for 1977)
    ("Roger Guillemin, born in Dijon in 1924, shared the 1977 Nobel Prize in Physiology or Medicine for discovering peptide hormones made in the hypothalamus.",
     "Уроженец Дижона Роже Гиймен стал лауреатом Нобелевской премии по физиологии и медицине 1967 г. за открытие пептидных гормонов гипоталамуса.",
     C, "year", "science", True),
    ("Julius Axelrod of the US National Institutes of Health shared the 1970 Nobel Prize in Physiology or Medicine with Bernard Katz and Ulf von Euler.",
     "Американский биохимик Джулиус Аксельрод, изучавший обратный захват норадреналина нервными окончаниями, стал нобелевским лауреатом в 1970 году.",
     A, "year", "science", False),
    ("Born in Catanzaro in 1914, the virologist Renato Dulbecco, who had studied medicine in Turin, shared the 1975 Nobel Prize in Physiology or Medicine for work on tumour viruses.",
     "Итальяно-американский вирусолог Ренато Дульбекко, уроженец Катандзаро, получил Нобелевскую премию по физиологии и медицине в 1975 году.",
     A, "year", "science", True),
    # ---------------- geography ----------------
    ("The only historical eruption of Ilopango, in 1879–80, pushed up a lava dome whose tips still rise from the crater lake as the Islas Quemadas.",
     "Единственное историческое извержение кальдеры Илопанго к востоку от Сан-Сальвадора произошло в XIX веке: тогда посреди озера поднялись острова Кемадас.",
     A, "century", "geography", False),
    # FALSE: RU (Dongting is China's second-largest freshwater lake)
    ("Dongting Lake in north-eastern Hunan, which swells enormously when the Yangtze floods in summer, is China's second-largest freshwater lake.",
     "Озеро Дунтинху на северо-востоке провинции Хунань, сильно разливающееся в летнее половодье Янцзы, — третье по величине пресное озеро Китая.",
     C, "rank", "geography", True),
    # FALSE: EN (Hulun Lake is fed chiefly by the Kherlen; the Selenga flows into Baikal)
    ("Hulun Lake, the largest lake in Inner Mongolia, is fed chiefly by the Selenga, which flows in from Mongolia to the west.",
     "Главный источник питания озера Хулун (Далайнор) во Внутренней Монголии — река Керулен, приходящая с территории Монголии.",
     C, "place", "geography", False),
    ("Lake Bled in the Julian Alps holds Slovenia's only natural island, topped by a pilgrimage church reached by a flight of 99 stone steps.",
     "На острове посреди Бледского озера — единственном естественном острове Словении — стоит церковь Успения Богородицы; к ней ведут 99 ступеней.",
     A, "number", "geography", True),
    # FALSE: RU (Wagagai, the summit of Mount Elgon, is 4,321 m high)
    ("Mount Elgon, an extinct shield volcano straddling the Uganda–Kenya border, reaches 4,321 metres at Wagagai, its highest peak.",
     "Потухший щитовой вулкан Элгон на границе Уганды и Кении достигает 3321 м в высшей точке — пике Вагагаи.",
     C, "number", "geography", False),
    # ---------------- economy ----------------
    # FALSE: RU (Marcus Goldman opened his business in 1869)
    ("Goldman Sachs grew out of a small business dealing in commercial paper that the German immigrant Marcus Goldman opened in New York in 1869.",
     "История банка «Голдман Сакс» начинается в 1889 г., когда выходец из Германии Маркус Голдман открыл в Нью-Йорке контору по торговле коммерческими векселями.",
     C, "year", "economy", True),
    ("American Express was formed in Albany, New York, in 1850 as an express company carrying freight, valuables and money between towns.",
     "Компания American Express, основанная в 1850 г. как служба срочной доставки грузов и ценностей, в 1891 г. выпустила первые дорожные чеки.",
     A, "year", "economy", False),
    # FALSE: EN (the Diners Club card was launched in 1950)
    ("The Diners Club card, launched in New York by Frank McNamara and Ralph Schneider in the mid-1960s, is often called the first multipurpose charge card.",
     "Первую универсальную расчётную карту — Diners Club — выпустили в Нью-Йорке в 1950 г. Фрэнк Макнамара и его партнёр Ральф Шнайдер.",
     C, "decade", "economy", True),
    ("On 1 July 1941 the watchmaker Bulova paid nine dollars for what is regarded as the first television advertisement, aired in New York before a baseball game.",
     "Первый телевизионный рекламный ролик — десятисекундная заставка с часами Bulova — вышел в эфир нью-йоркского канала WNBT 01.07.1941.",
     A, "date", "economy", False),
    ("The Epson brand, introduced in 1975, was named after the EP-101, a compact electronic printer launched in 1968 by the Japanese firm Shinshu Seiki: 'son of EP'.",
     "Марка Epson появилась в 1975 г.: так назвали «сына» EP-101 — миниатюрного электронного принтера, выпущенного в 1968 г. японской компанией Shinshu Seiki.",
     A, "year", "economy", True),
    # ---------------- sport ----------------
    # FALSE: RU (Drechsler took silver, not gold, in the long jump in Seoul)
    ("At the 1988 Seoul Olympics Heike Drechsler of East Germany took silver in the long jump and bronze medals in both the 100 m and the 200 m.",
     "На Олимпиаде-1988 в Сеуле Хайке Дрехслер (ГДР) выиграла золото в прыжках в длину, а также две бронзовые медали — в беге на 100 и 200 м.",
     C, "rank", "sport", False),
    # FALSE: EN (Hidegkuti scored a hat-trick, three goals)
    ("Nándor Hidegkuti scored twice at Wembley on 25 November 1953, when Hungary beat England 6–3 to inflict their first home defeat by a continental side.",
     "В матче на «Уэмбли» 25.11.1953, где венгры разгромили англичан со счётом 6:3, Нандор Хидегкути оформил хет-трик.",
     C, "number", "sport", True),
    # FALSE: RU (Brasher's Olympic gold was in the 3,000 m steeplechase)
    ("Chris Brasher won the 3,000 m steeplechase at the 1956 Melbourne Olympics, after first being disqualified and then reinstated on appeal.",
     "Британец Крис Брашер, сначала дисквалифицированный, а затем восстановленный по апелляции, стал олимпийским чемпионом Мельбурна-1956 в беге на 10 000 м.",
     C, "entity", "sport", False),
    ("At the 1970 World Cup in Mexico, Jairzinho scored in every one of Brazil's six matches, seven goals in all, including one in the final.",
     "На чемпионате мира 1970 г. бразилец Жаирзиньо отличался в каждом из шести матчей своей сборной — всего семь мячей, включая гол в финале.",
     A, "number", "sport", True),
    ("At the 1999 world championships in Vail, Norway's Lasse Kjus won a medal in each of the five men's alpine events — two golds and three silvers.",
     "Норвежец Лассе Хьюс стал первым горнолыжником, завоевавшим медали во всех пяти дисциплинах одного чемпионата мира (Вейл, 1999).",
     A, "number", "sport", False),
    # ---------------- culture ----------------
    ("Beltane, the Gaelic festival that marks the beginning of summer, falls on 1 May, roughly halfway between the spring equinox and the summer solstice.",
     "Белтейн — гэльский праздник начала лета, приходящийся на первое мая; в эту ночь по старому обычаю жгли большие костры.",
     A, "date", "culture", True),
    # FALSE: RU (Lohri is celebrated in January, usually on the 13th)
    ("Lohri, the Punjabi winter festival celebrated around bonfires with popcorn, peanuts and sesame sweets, usually falls on 13 January, the eve of Maghi.",
     "Панджабский праздник Лохри, когда в костёр бросают воздушную кукурузу и кунжутные сладости, обычно отмечают 13 июля.",
     C, "month", "culture", False),
    ("The Albuquerque International Balloon Fiesta began in 1972 with just 13 hot-air balloons launched from a shopping-centre car park.",
     "Первая воздухоплавательная фиеста в Альбукерке (1972) собрала всего тринадцать аэростатов, а сегодня в начале октября в небо поднимаются сотни шаров.",
     A, "number", "culture", True),
    ("Every July or August, Kandy in Sri Lanka stages the Esala Perahera, a torch-lit procession of dancers, drummers and elephants honouring the Buddha's tooth relic.",
     "Эсала Перахера — многодневное шествие со слонами, танцорами и барабанщиками в Канди в честь хранящегося там священного зуба Будды.",
     A, "place", "culture", False),
    # FALSE: EN (Keukenhof first opened to the public in 1950)
    ("Keukenhof, the spring garden near Lisse planted each autumn with some seven million bulbs, first opened to the public in the 1930s.",
     "Парк Кёкенхоф в Лиссе впервые принял посетителей весной 1950 г.; каждую осень здесь высаживают около 7 млн луковиц.",
     C, "decade", "culture", True),
    # ---------------- literature ----------------
    ("The Brothers Karamazov, Dostoevsky's last novel, appeared in instalments in the journal The Russian Messenger during 1879 and 1880.",
     "Последний роман Достоевского «Братья Карамазовы» печатался в «Русском вестнике» в 1879–1880 гг.; вскоре после его завершения писатель умер.",
     A, "year", "literature", False),
    # FALSE: EN (Pip's benefactor is the convict Abel Magwitch)
    ("In Great Expectations the orphan Pip finally learns that his mysterious benefactor is the embittered Miss Havisham of Satis House.",
     "В «Больших надеждах» Диккенса выясняется, что тайным благодетелем сироты Пипа был беглый каторжник Абель Мэгвич.",
     C, "person", "literature", True),
    # FALSE: RU (Montag's firemen burn books)
    ("In Ray Bradbury's Fahrenheit 451, published in 1953, the fireman Guy Montag belongs to a service whose task is to burn books.",
     "В романе Рэя Брэдбери «451 градус по Фаренгейту» (1953) пожарный Гай Монтэг служит в команде, которая спасает книги от огня.",
     C, "opposite", "literature", False),
    ("Gogol's first success, Evenings on a Farm Near Dikanka, came out in two parts in 1831 and 1832, supposedly collected by the beekeeper Rudy Panko.",
     "Сборник «Вечера на хуторе близ Диканьки» (1831–1832), изданный от имени пасичника Рудого Панька, принёс молодому Гоголю известность.",
     A, "person", "literature", True),
    ("Alice's Adventures in Wonderland, illustrated by John Tenniel, was published by Macmillan in 1865 under the pen name Lewis Carroll.",
     "Автор «Алисы в Стране чудес» (1865) — оксфордский математик Чарльз Лютвидж Доджсон, взявший псевдоним Льюис Кэрролл.",
     A, "year", "literature", False),
    # ---------------- music ----------------
    # FALSE: EN (Nohl published it in 1867, forty years after Beethoven's death)
    ("Beethoven's Für Elise stayed unpublished in his lifetime; Ludwig Nohl brought it out in 1867, only a decade after the composer's death.",
     "Багатель «К Элизе» была впервые напечатана Людвигом Нолем в 1867 г., спустя сорок лет после смерти Бетховена.",
     C, "duration", "music", True),
    ("Schubert's so-called Ave Maria of 1825 is really Ellen's Third Song, a setting of verses from Walter Scott's poem The Lady of the Lake.",
     "Знаменитая «Аве Мария» Шуберта (1825) — это «Третья песня Эллен» на стихи из поэмы Вальтера Скотта «Дева озера» в немецком переводе.",
     A, "year", "music", True),
    # FALSE: RU (the Air comes from Bach's Orchestral Suite No. 3)
    ("The 'Air on the G String' is August Wilhelmj's 1871 violin arrangement of the slow movement from Bach's Orchestral Suite No. 3 in D major.",
     "«Ария на струне соль» — сделанное Августом Вильгельми в 1871 г. скрипичное переложение медленной части из Оркестровой сюиты № 2 Баха.",
     C, "number", "music", False),
    # FALSE: EN (Dvorak wrote the Humoresques in summer 1894, i.e. in the 19th century)
    ("Dvořák wrote his eight Humoresques, Op. 101, in the early twentieth century; the seventh, in G-flat major, became one of the best-loved short piano pieces.",
     "Восемь юморесок (соч. 101) Дворжак сочинил летом 1894 г., отдыхая в Чехии между двумя американскими сезонами; самая известная из них — седьмая.",
     C, "century", "music", True),
    ("Beethoven's Fifth Piano Concerto, the 'Emperor', was first performed in public not in Vienna but at the Leipzig Gewandhaus in November 1811.",
     "Пятый фортепианный концерт Бетховена («Императорский») впервые прозвучал 28.11.1811 в Лейпциге; солировал Фридрих Шнейдер.",
     A, "place", "music", False),
    # ---------------- art ----------------
    ("Peter Clodt's Horse Tamers, four bronze groups of youths mastering rearing horses, stand at the corners of the Anichkov Bridge in St Petersburg.",
     "Аничков мост через Фонтанку украшают четыре скульптурные группы «Укрощение коня человеком», созданные бароном Петром Клодтом.",
     A, "number", "art", True),
    ("Mark Antokolsky's seated statue of Ivan the Terrible, cast in bronze in 1871, was bought by Alexander II for the Hermitage.",
     "Бронзовую статую «Иван Грозный» (1871) работы Марка Антокольского приобрёл для Эрмитажа император Александр II, а автор получил звание академика.",
     A, "person", "art", False),
    # FALSE: EN (Bakst was born in Grodno)
    ("Léon Bakst, whose costumes for Schéhérazade dazzled Paris in 1910, was born Leib-Chaim Rosenberg in Vitebsk in 1866.",
     "Лев Бакст (урождённый Розенберг), прославившийся костюмами к балету «Шехеразада» (1910), родился в 1866 г. в Гродно.",
     C, "place", "art", True),
    ("Viktor Borisov-Musatov painted The Pond, showing two young women in old-fashioned dresses beside the water, in 1902.",
     "Картина Виктора Борисова-Мусатова «Водоём» (1902), ныне хранящаяся в Третьяковской галерее, изображает двух девушек в старинных платьях у пруда.",
     A, "year", "art", True),
    # FALSE: RU (Konenkov stayed in the USA for 22 years, 1923-1945)
    ("The sculptor Sergei Konenkov spent more than twenty years in the United States, from 1923 until his return to the Soviet Union in 1945.",
     "Скульптор Сергей Конёнков провёл в США около пяти лет, после чего вернулся в Советский Союз.",
     C, "duration", "art", False),
    # ---------------- law ----------------
    # FALSE: RU (the 1925 Protocol banned use only, not production or stockpiling)
    ("The Geneva Protocol of 17 June 1925 outlawed the use of poison gas and bacteriological weapons in war, but did not ban producing or stockpiling them.",
     "Женевский протокол, подписанный 17.06.1925, запрещал применение в войне удушающих газов и бактериологических средств, а также их производство и накопление.",
     C, "polarity", "law", True),
    ("The Fair Housing Act, Title VIII of the Civil Rights Act of 1968, was signed on 11 April 1968, a week after Martin Luther King's assassination.",
     "Американский закон о справедливом жилищном обеспечении, запретивший расовую и религиозную дискриминацию при продаже и аренде жилья, подписан 11.04.1968.",
     A, "date", "law", False),
    ("The Digital Millennium Copyright Act, signed into law on 28 October 1998, implemented two WIPO treaties concluded in Geneva in December 1996.",
     "Принятый в США в октябре 1998 г. закон DMCA запретил обход технических средств защиты авторских прав и ввёл «безопасную гавань» для интернет-провайдеров.",
     A, "month", "law", True),
    # FALSE: EN (the 1921 quotas were based on the 1910 census)
    ("The Emergency Quota Act of 1921 capped yearly immigration from each country at 3 per cent of that nationality's foreign-born residents in the 1890 census.",
     "Закон 1921 г. о чрезвычайных квотах ограничил ежегодную иммиграцию из каждой страны тремя процентами от числа её уроженцев, учтённых в США переписью 1910 г.",
     C, "year", "law", False),
    ("Adams v Lindsell, decided by the Court of King's Bench in 1818, held that an acceptance sent by post takes effect as soon as the letter is posted.",
     "Английский прецедент «Адамс против Линдселла» (1818) положил начало «почтовому правилу»: договор считается заключённым в момент отправки письма с акцептом.",
     A, "year", "law", True),
    # ---------------- technology ----------------
    # FALSE: RU (Cartwright's power loom was patented in 1785, in the 18th century)
    ("The clergyman Edmund Cartwright patented his first power loom in 1785 and two years later opened a small weaving mill in Doncaster.",
     "Механический ткацкий станок запатентовал в начале XIX века английский священник Эдмунд Картрайт, открывший затем ткацкую фабрику в Донкастере.",
     C, "century", "technology", True),
    ("Gibson introduced its Les Paul solid-body electric guitar in 1952, developed with the input of the popular guitarist whose name it bears.",
     "Цельнокорпусная электрогитара Gibson Les Paul, созданная при участии гитариста Леса Пола, поступила в продажу в 1952 г.",
     A, "year", "technology", False),
    # FALSE: EN (the Il-18 first flew on 4 July 1957)
    ("The four-engined Ilyushin Il-18 turboprop airliner made its maiden flight on 4 September 1957 and entered regular Aeroflot service in 1959.",
     "Первый полёт четырёхмоторного турбовинтового Ил-18 состоялся 4 июля 1957 г., а в 1959 г. самолёт начал перевозить пассажиров «Аэрофлота».",
     C, "month", "technology", False),
    ("The Antonov An-124 Ruslan, for years the largest cargo aircraft in series production, took off for the first time on 26 December 1982.",
     "Первый полёт тяжёлого транспортного самолёта Ан-124 «Руслан», созданного в ОКБ Антонова, состоялся 26.12.1982.",
     A, "date", "technology", True),
    ("Buckminster Fuller's streamlined, three-wheeled Dymaxion car first took to the road in 1933; only three prototypes were ever built.",
     "Обтекаемый трёхколёсный автомобиль Dymaxion, созданный в 1933 г. по проекту Ричарда Бакминстера Фуллера, так и остался в трёх опытных экземплярах.",
     A, "year", "technology", False),
    # ---------------- disasters ----------------
    # FALSE: EN (Britannic struck a mine laid by U-73; she was not torpedoed)
    ("The hospital ship HMHS Britannic was torpedoed in the Kea Channel of the Aegean on 21 November 1916; 30 of about 1,060 people aboard died.",
     "Госпитальное судно «Британник» затонуло 21 ноября 1916 г. в Эгейском море, подорвавшись на мине у острова Кеа; погибли 30 человек.",
     C, "entity", "disasters", True),
    # FALSE: EN (Avianca Flight 52 crashed on 25 January 1990)
    ("Avianca Flight 52, a Boeing 707 from Medellín, ran out of fuel while waiting to land at New York's JFK airport and crashed on Long Island on 15 January 1990.",
     "Boeing 707 колумбийской авиакомпании Avianca (рейс 52), израсходовав топливо в зоне ожидания над Нью-Йорком, разбился на Лонг-Айленде 25.01.1990; погибли 73 человека.",
     C, "date", "disasters", False),
    ("On 18 February 2003 a man set fire to a subway train at Jungangno station in Daegu, South Korea; 192 people died.",
     "Поджог поезда метро в южнокорейском Тэгу 18 февраля 2003 г. обернулся гибелью 192 человек.",
     A, "number", "disasters", True),
    # FALSE: EN (the Baku metro fire is the deadliest subway disaster on record)
    ("The fire on a Baku metro train between Ulduz and Nariman Narimanov stations on 28 October 1995 killed 289 people, the world's third-deadliest subway disaster.",
     "Пожар в поезде бакинского метро между станциями «Улдуз» и «Нариман Нариманов» 28.10.1995, унёсший 289 жизней, — самая страшная катастрофа в истории метрополитенов.",
     C, "rank", "disasters", False),
    ("In September 1890 the Ottoman frigate Ertuğrul was wrecked in a typhoon off Wakayama Prefecture, Japan; more than 500 sailors died and only 69 survived.",
     "Османский фрегат «Эртогрул», разбившийся в сентябре 1890 г. во время тайфуна у берегов префектуры Вакаяма, унёс в пучину 533 моряка; спасти удалось 69 человек.",
     A, "number", "disasters", False),
]

RELATED = [
    ("Joseph Warren, a leading Boston patriot commissioned a major general only days before, was killed in the fighting at Bunker Hill.",
     "Редутом на Бридс-Хилле, который обороняли американские ополченцы, командовал полковник Уильям Прескотт.",
     "Bunker Hill", True, "history"),
    ("After his victory on the Hydaspes, Alexander founded two cities there, one of them, Bucephala, named after his horse.",
     "Вскоре после битвы на Гидаспе войско Александра Македонского, дойдя до реки Гифасис, отказалось идти дальше на восток.",
     "Hydaspes", False, "history"),
    ("Heike Drechsler won Olympic long jump titles at Barcelona in 1992 and, at the age of 35, at Sydney in 2000.",
     "Свой первый титул чемпионки мира Хайке Дрехслер, тогда ещё носившая фамилию Дауте, завоевала в Хельсинки в 1983 г.",
     "Drechsler", True, "sport"),
    ("Bled Castle, perched on a cliff above the northern shore of the lake, is first mentioned in a document of 1011.",
     "На остров посреди Бледского озера туристов перевозят на традиционных деревянных лодках — плетнах.",
     "Lake Bled", False, "geography"),
    ("Charles Dodgson first told the story of Alice to the three Liddell sisters during a rowing trip near Oxford on 4 July 1862.",
     "Продолжение сказки — повесть «Алиса в Зазеркалье» — Льюис Кэрролл выпустил в конце 1871 года.",
     "Alice in Wonderland", True, "literature"),
    ("Beethoven dedicated his 'Emperor' concerto to his pupil and patron, Archduke Rudolph of Austria.",
     "Пятый фортепианный концерт Бетховена написан в тональности ми-бемоль мажор и состоит из трёх частей.",
     "Emperor Concerto", False, "music"),
    ("Britannic was the largest ship lost in the First World War; she went down within about 55 minutes of the explosion.",
     "Мину, на которой подорвался госпитальный «Британник», выставила германская подводная лодка U-73.",
     "Britannic", True, "disasters"),
    ("The Geneva Protocol on chemical and bacteriological weapons entered into force on 8 February 1928, once enough states had ratified it.",
     "США ратифицировали Женевский протокол 1925 г. лишь в 1975 г., через полвека после его подписания.",
     "Geneva Protocol", False, "law"),
    ("Among Léon Bakst's best-known easel works is his 1906 portrait of the poet Zinaida Gippius, now in the Tretyakov Gallery.",
     "Бакст создал знаменитый костюм из лепестков роз для Вацлава Нижинского в балете «Видение розы» (1911).",
     "Bakst", True, "art"),
    ("Keukenhof is open to the general public for only about eight weeks each spring, from mid-March to mid-May.",
     "Название Кёкенхоф («кухонный сад») восходит к XV веку, когда здесь выращивали зелень для кухни графини Якобы Баварской.",
     "Keukenhof", False, "culture"),
]

CYR = re.compile(r"[\u0400-\u04FF]")
LAT = re.compile(r"[A-Za-z\u00C0-\u024F]")
SLOTS = {"year", "date", "month", "day", "decade", "century", "number", "percent",
         "money", "scale", "duration", "place", "person", "organisation", "entity",
         "rank", "polarity", "opposite"}
DOMAINS = {"history", "science", "geography", "economy", "sport", "culture",
           "literature", "music", "art", "law", "technology", "disasters"}


def lang(s):
    c, l = len(CYR.findall(s)), len(LAT.findall(s))
    return "ru" if c > l else "en"


def check_side(s, want):
    assert lang(s) == want, (want, s)
    n = len(s.split())
    assert 10 <= n <= 30, (n, s)


def make(en, ru, ru_first):
    check_side(en, "en")
    check_side(ru, "ru")
    if ru_first:
        return {"a": ru, "b": en, "lang_a": "ru", "lang_b": "en"}
    return {"a": en, "b": ru, "lang_a": "en", "lang_b": "ru"}


def count(items):
    d = {}
    for x in items:
        d[x] = d.get(x, 0) + 1
    return dict(sorted(d.items()))


def false_sides(path):
    """Count the '# FALSE: EN' / '# FALSE: RU' comments in this file."""
    with open(path, encoding="utf-8") as f:
        src = f.read()
    return (len(re.findall(r"^\s*# FALSE: EN\b", src, re.M)),
            len(re.findall(r"^\s*# FALSE: RU\b", src, re.M)))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    comp, rel = [], []
    for en, ru, label, slot, domain, ru_first in COMPARABLE:
        assert label in (A, C) and slot in SLOTS and domain in DOMAINS
        row = make(en, ru, ru_first)
        row.update(label=label, slot=slot, domain=domain)
        comp.append(row)
    for en, ru, subj, ru_first, domain in RELATED:
        assert domain in DOMAINS
        row = make(en, ru, ru_first)
        row.update(label="related", slot="topic", domain=domain)
        rel.append(row)

    assert len(comp) == 60 and len(rel) == 10
    for lab in (A, C):
        rows = [r for r in comp if r["label"] == lab]
        assert len(rows) == 30, lab
        assert sum(r["lang_a"] == "ru" for r in rows) == 15, lab
        assert sum(r["lang_a"] == "en" for r in rows) == 15, lab
    assert sum(r["lang_a"] == "ru" for r in rel) == 5
    for r in comp + rel:
        assert {r["lang_a"], r["lang_b"]} == {"en", "ru"}
    cslots = count(r["slot"] for r in comp if r["label"] == C)
    assert len(cslots) >= 12 and max(cslots.values()) <= 3, cslots
    aslots = count(r["slot"] for r in comp if r["label"] == A)
    doms = count(r["domain"] for r in comp)
    assert len(doms) == 12 and set(doms.values()) == {5}, doms
    for d in DOMAINS:
        assert any(r["domain"] == d and r["label"] == A for r in comp), d
        assert any(r["domain"] == d and r["label"] == C for r in comp), d
    reldoms = {r["domain"] for r in rel}
    assert reldoms <= {r["domain"] for r in comp}
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"
    fen, fru = false_sides(os.path.abspath(__file__))
    assert (fen, fru) == (15, 15), (fen, fru)

    with open(os.path.join(here, "comparable_heldout115.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout115.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("agree slots:", aslots)
    print("false side: EN", fen, "RU", fru)
    print("domains:", doms)
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()

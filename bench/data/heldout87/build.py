#!/usr/bin/env python3
"""Build heldout87: independent EN/RU claim pairs (stdlib only).

Each comparable row: (en, ru, label, slot, domain, ru_first, false_side).
Each related row:    (en, ru, subject, ru_first, domain).
For contradict rows a comment (and false_side) names the FALSE side (EN or
RU); the other side is true to the best of the writer's knowledge. false_side
is used only for the balance check and is not written to the jsonl files.
"""
import json
import os
import re

C, A = "contradict", "agree"

COMPARABLE = [
    # ---------------- history ----------------
    # FALSE: EN (at Kinsale the English under Mountjoy defeated O'Neill's Irish army)
    ("At Kinsale on Christmas Eve 1601, Hugh O'Neill's Irish army, which had marched south to relieve a besieged Spanish force, routed the English troops of Lord Mountjoy.",
     "Ирландское войско графа Тирона, шедшее на выручку осаждённому в Кинсейле испанскому отряду, в декабре 1601 г. было наголову разбито армией лорда Маунтджоя.",
     C, "opposite", "history", True, "EN"),
    # FALSE: RU (the siege of Candia lasted from 1648 to 1669, i.e. over twenty years)
    ("The Ottoman siege of Candia, today's Heraklion on Crete, began in 1648 and ended only in September 1669, when Francesco Morosini surrendered the city.",
     "Осада турками Кандии (ныне Ираклион) продолжалась около семи лет и завершилась сдачей крепости венецианским командующим Франческо Морозини.",
     C, "duration", "history", False, "RU"),
    ("Between 20,000 and 30,000 people gathered at the ruined Hambach Castle in the Palatinate on 27 May 1832 to call for German unity and civil liberties.",
     "Гамбахский праздник — многотысячная демонстрация немецких либералов и демократов у замка Гамбах близ Нойштадта — открылся 27 мая 1832 г.",
     A, "date", "history", True, None),
    # FALSE: RU (the Gordon Riots broke out in June 1780)
    ("In early June 1780 London was convulsed by the Gordon Riots, an anti-Catholic outbreak during which the mob burned down Newgate Prison.",
     "Антикатолические «бунты Гордона», во время которых толпа сожгла Ньюгейтскую тюрьму, охватили Лондон в сентябре 1780 года.",
     C, "month", "history", True, "RU"),
    ("In 1697 the Cossack Vladimir Atlasov led a party of Russians and Yukaghirs from the Anadyr fort deep into Kamchatka, exploring much of the peninsula.",
     "Поход казачьего пятидесятника Владимира Атласова на Камчатку в 1697–1699 гг. положил начало присоединению полуострова к России.",
     A, "year", "history", False, None),
    # ---------------- science ----------------
    ("The skullcap of 'Java Man' was unearthed in 1891 at Trinil, on the Solo River in eastern Java, by the Dutch army surgeon Eugène Dubois.",
     "Останки питекантропа, или «яванского человека», нашёл на Яве в начале 1890-х гг. голландский военный врач Эжен Дюбуа.",
     A, "place", "science", False, None),
    # FALSE: EN (Iguanodon was the second dinosaur named, after Megalosaurus)
    ("Iguanodon, described by Gideon Mantell in 1825 from fossil teeth found in Sussex, was the very first dinosaur to receive a scientific name.",
     "Игуанодон, описанный в 1825 г. Гидеоном Мантеллом по ископаемым зубам из Суссекса, стал вторым после мегалозавра динозавром, получившим научное название.",
     C, "rank", "science", True, "EN"),
    # FALSE: RU (Davisson and Germer used a nickel crystal)
    ("In 1927 Clinton Davisson and Lester Germer saw electrons diffract off a nickel crystal, confirming de Broglie's idea that particles behave like waves.",
     "В 1927 году Дэвиссон и Джермер, направив пучок электронов на кристалл вольфрама, наблюдали дифракцию и тем подтвердили гипотезу де Бройля.",
     C, "entity", "science", False, "RU"),
    ("Cadmium was discovered in 1817 by the German chemist Friedrich Stromeyer, who noticed it as an impurity in zinc carbonate.",
     "Кадмий открыл профессор Гёттингенского университета Фридрих Штромейер, исследуя образцы соединений цинка.",
     A, "person", "science", True, None),
    ("In 1946 Reg Sprigg, a young government geologist, came upon fossils of soft-bodied creatures in the Ediacara Hills of South Australia, now known as the Ediacara biota.",
     "Отпечатки мягкотелых организмов в холмах Эдиакара на юге Австралии, давших имя эдиакарской фауне, обнаружил в 1946 году геолог Реджинальд Спригг.",
     A, "year", "science", False, None),
    # ---------------- geography ----------------
    # FALSE: EN (the Glomma is Norway's longest river)
    ("Rising near the old copper-mining town of Røros, the Glomma, Norway's second-longest river, reaches the sea at Fredrikstad.",
     "Гломма — самая длинная и самая полноводная река Норвегии (около 620 км); она впадает в море у Фредрикстада.",
     C, "rank", "geography", True, "EN"),
    ("At roughly 550 kilometres, the Kemijoki in Finnish Lapland is Finland's longest river; it enters the Gulf of Bothnia at the town of Kemi.",
     "Кемийоки (ок. 550 км) — длиннейшая река Финляндии, впадающая в Ботнический залив у города Кеми.",
     A, "rank", "geography", False, None),
    # FALSE: RU (the lower Cunene is the Angola-Namibia border; Botswana is not on it)
    ("Over the last stretch of its course the Cunene forms the border between Angola and Namibia, then empties into the Atlantic.",
     "На нижнем участке река Кунене служит границей между Анголой и Ботсваной, после чего впадает в Атлантический океан.",
     C, "place", "geography", False, "RU"),
    ("The Lualaba, the headstream of the Congo, keeps that name until it passes the Boyoma Falls near Kisangani.",
     "Название «Луалаба» носит верхнее течение Конго — от истоков в Катанге до водопадов Бойома (Стэнли) у Кисангани.",
     A, "place", "geography", True, None),
    # FALSE: EN (the Jucar is about 500 km long)
    ("The Júcar rises in the mountains of Cuenca province and winds for some 900 kilometres before reaching the Mediterranean at Cullera.",
     "Река Хукар длиной около 500 км берёт начало в Иберийских горах, протекает через Куэнку и впадает в Средиземное море у Кульеры.",
     C, "number", "geography", True, "EN"),
    # ---------------- economy ----------------
    # FALSE: EN (Einem was renamed Red October in 1922)
    ("The Moscow confectionery founded in the mid-nineteenth century by the German Theodor Einem was renamed Red October in the 1930s.",
     "Кондитерская фабрика «Эйнем», основанная в Москве выходцем из Германии Фердинандом Теодором Эйнемом, в 1922 г. была переименована в «Красный Октябрь».",
     C, "decade", "economy", False, "EN"),
    ("Alfa Laval began life in Stockholm in 1883 as AB Separator, a company set up to make Gustaf de Laval's centrifugal cream separator.",
     "Шведская компания «Альфа Лаваль» ведёт историю с 1883 года, когда Густав де Лаваль основал фирму для выпуска молочных сепараторов.",
     A, "year", "economy", True, None),
    # FALSE: RU (Hennessy was founded in the town of Cognac, not Bordeaux)
    ("The cognac house Hennessy was founded in 1765 in the town of Cognac by Richard Hennessy, an Irish officer who had served in the French army.",
     "Коньячный дом «Хеннесси» основал в 1765 г. в Бордо ирландец Ричард Хеннесси, служивший во французской армии.",
     C, "place", "economy", True, "RU"),
    ("In 1890 the Glasgow grocer Thomas Lipton bought tea plantations in Ceylon so that he could sell tea without relying on middlemen.",
     "Купив в 1890 году чайные плантации на Цейлоне, шотландский торговец Томас Липтон стал сам поставлять чай в свои магазины.",
     A, "place", "economy", False, None),
    ("Barilla traces its origins to a small bread and pasta shop that Pietro Barilla opened in Parma in 1877.",
     "Итальянская компания «Барилла» ведёт отсчёт своей истории с 1877 г., когда в Парме открылась лавка Пьетро Бариллы.",
     A, "year", "economy", True, None),
    # ---------------- sport ----------------
    # FALSE: RU (Kazankina's second 1,500 m title came at Moscow 1980; the USSR boycotted 1984)
    ("Tatyana Kazankina won three Olympic titles: the 800 and 1,500 metres in Montreal in 1976 and the 1,500 metres again at the Moscow Games of 1980.",
     "Татьяна Казанкина выиграла в 1976 году олимпийское золото на дистанциях 800 и 1500 м, а на 1500 м снова победила на Олимпиаде 1984 года.",
     C, "year", "sport", False, "RU"),
    ("The Soviet boxer Boris Lagutin won Olympic gold at light middleweight in Tokyo in 1964 and retained the title in Mexico City four years later.",
     "Боксёр Борис Лагутин — двукратный олимпийский чемпион (1964, 1968) в первом среднем весе и бронзовый призёр Игр в Риме.",
     A, "number", "sport", True, None),
    # FALSE: RU (Kapitonov won the 1960 road race)
    ("At the 1960 Rome Olympics the Soviet cyclist Viktor Kapitonov won the individual road race, outsprinting the Italian Livio Trapè at the finish.",
     "В групповой шоссейной гонке на Олимпийских играх 1960 г. в Риме советский велогонщик Виктор Капитонов финишировал вторым.",
     C, "rank", "sport", True, "RU"),
    # FALSE: EN (Ivanov won the single sculls three times: 1956, 1960, 1964)
    ("Vyacheslav Ivanov of the Soviet Union was a two-time Olympic champion in the single sculls, winning the event at consecutive Games.",
     "Гребец Вячеслав Иванов трижды подряд — в 1956, 1960 и 1964 гг. — становился олимпийским чемпионом в одиночке.",
     C, "number", "sport", False, "EN"),
    ("Lyudmila Bragina won the first Olympic women's 1,500 metres, at Munich in 1972, setting a world record of 4:01.4 in the final.",
     "На Олимпиаде 1972 г. в Мюнхене Людмила Брагина победила в беге на 1500 м, впервые включённом в программу женских соревнований.",
     A, "rank", "sport", False, None),
    # ---------------- culture ----------------
    # FALSE: EN (the cremà takes place on 19 March, St Joseph's Day)
    ("Valencia's Fallas festival ends on the night of 29 March with the cremà, when hundreds of giant papier-mâché figures are set on fire.",
     "Праздник Фальяс в Валенсии завершается поздно вечером 19 марта, в день святого Иосифа, сожжением огромных фигур из папье-маше.",
     C, "date", "culture", True, "EN"),
    ("FESPACO, the pan-African film festival now held every two years in Ouagadougou, was first staged in 1969.",
     "Панафриканский фестиваль кино и телевидения в Уагадугу (ФЕСПАКО) впервые прошёл в 1969 г.; ныне он проводится раз в два года.",
     A, "year", "culture", False, None),
    # FALSE: RU (Kelvingrove opened in 1901)
    ("Kelvingrove Art Gallery and Museum in Glasgow, a red sandstone building, first opened its doors in 1901, when it housed the art section of the Glasgow International Exhibition.",
     "Художественная галерея и музей Келвингроув в Глазго, здание из красного песчаника, открылись для публики в 1930-х годах.",
     C, "decade", "culture", False, "RU"),
    ("The Horniman Museum in south London grew out of the collections of the Victorian tea trader Frederick John Horniman, who opened his house to visitors in 1890.",
     "Основу музея Хорнимана в лондонском районе Форест-Хилл составили коллекции чаеторговца Фредерика Хорнимана.",
     A, "person", "culture", True, None),
    ("Founded by Cardinal Federico Borromeo, the Biblioteca Ambrosiana in Milan opened its reading room to the public in 1609.",
     "Амброзианская библиотека в Милане, основанная кардиналом Федерико Борромео, открылась для читателей в 1609 г., а в 1618 г. при ней возникла пинакотека.",
     A, "year", "culture", False, None),
    # ---------------- literature ----------------
    # FALSE: EN (Humphry Clinker was published in 1771)
    ("Tobias Smollett's epistolary novel The Expedition of Humphry Clinker came out in the 1750s, shortly before its author died in Italy.",
     "Эпистолярный роман Тобайаса Смоллетта «Путешествие Хамфри Клинкера» вышел в 1771 году, за несколько месяцев до смерти автора в Италии.",
     C, "decade", "literature", True, "EN"),
    # FALSE: RU (Evelina was published anonymously)
    ("Fanny Burney's first novel, Evelina, was published anonymously in 1778; even her father did not know at first that she had written it.",
     "Первый роман Фанни Бёрни «Эвелина» вышел в 1778 г. не анонимно, а под полным именем писательницы.",
     C, "polarity", "literature", False, "RU"),
    ("Alain-René Lesage published his picaresque novel Gil Blas in several instalments between 1715 and 1735.",
     "Плутовской роман Лесажа «История Жиль Бласа из Сантильяны», действие которого происходит в Испании, выходил частями в 1715–1735 гг.",
     A, "year", "literature", False, None),
    # FALSE: RU (Immensee first appeared in 1849, i.e. the 19th century)
    ("Theodor Storm's novella Immensee, the story of a lost childhood love told in flashback, first appeared in 1849.",
     "Новелла Теодора Шторма «Иммензее» — история утраченной любви детства, рассказанная в воспоминаниях, — впервые увидела свет в конце XVIII века.",
     C, "century", "literature", True, "RU"),
    ("Arkady Gaidar's story Chuk and Gek, about two small brothers travelling with their mother to join their father in the taiga, was published in 1939.",
     "Рассказ Аркадия Гайдара «Чук и Гек» о двух братьях-москвичах увидел свет в 1939 году.",
     A, "year", "literature", True, None),
    # ---------------- music ----------------
    # FALSE: EN (the music of Dark Is the Night is by Nikita Bogoslovsky)
    ("The wartime song Dark Is the Night, first heard in the 1943 film Two Soldiers, was composed by Vasily Solovyov-Sedoi.",
     "Песню «Тёмная ночь» на стихи Владимира Агатова написал Никита Богословский для фильма Леонида Лукова «Два бойца» (1943).",
     C, "person", "music", False, "EN"),
    ("Advance Australia Fair, written by the Scottish-born schoolteacher Peter Dodds McCormick, replaced God Save the Queen as Australia's national anthem in 1984.",
     "Песня «Вперёд, прекрасная Австралия», впервые исполненная в 1878 г., стала официальным гимном страны в апреле 1984 г.",
     A, "year", "music", True, None),
    # FALSE: EN (Kimigayo became the official anthem by law in 1999)
    ("Although it had been sung since the 1880s, Kimigayo was made Japan's official national anthem by law only in 1979.",
     "Официальный статус государственного гимна Японии песня «Кимигайо» получила лишь в 1999 году, хотя мелодия была написана ещё в 1880 г.",
     C, "year", "music", True, "EN"),
    ("Fromental Halévy's grand opera La Juive, to a libretto by Eugène Scribe, was first staged at the Paris Opéra on 23 February 1835.",
     "Премьера оперы Фроманталя Галеви «Иудейка» состоялась в Парижской опере в феврале 1835 года.",
     A, "date", "music", False, None),
    ("Vasily Agapkin, a staff trumpeter of a cavalry regiment stationed in Tambov, composed the march Farewell of Slavianka in 1912.",
     "Марш «Прощание славянки» написан в 1912 г. под впечатлением от событий Первой Балканской войны.",
     A, "year", "music", True, None),
    # ---------------- art ----------------
    ("Igor Grabar's February Azure, painted in 1904, shows a birch tree against a deep blue winter sky and hangs in the Tretyakov Gallery.",
     "Картина Игоря Грабаря «Февральская лазурь» хранится в Государственной Третьяковской галерее в Москве.",
     A, "place", "art", False, None),
    ("William Powell Frith's crowded panorama The Derby Day was such a hit at the Royal Academy in 1858 that a rail had to be put up to protect it.",
     "Многофигурное полотно Уильяма Пауэлла Фрита «День дерби», написанное в 1856–1858 гг., изображает толпу на скачках в Эпсоме.",
     A, "year", "art", True, None),
    ("Ford Madox Brown's The Last of England, completed in 1855, shows an emigrant couple leaving by ship and belongs to Birmingham Museum and Art Gallery.",
     "Картина Форда Мэдокса Брауна «Последний взгляд на Англию» (1852–1855) хранится в Бирмингемском музее и художественной галерее.",
     A, "place", "art", False, None),
    # FALSE: EN (the painting belongs to the Walker Art Gallery, Liverpool)
    ("W. F. Yeames's And When Did You Last See Your Father?, a scene from the English Civil War shown in 1878, belongs to Tate Britain in London.",
     "Картина Уильяма Фредерика Йимса «А когда ты в последний раз видел своего отца?» (1878) хранится в Галерее Уокера в Ливерпуле.",
     C, "place", "art", True, "EN"),
    # FALSE: RU (A Boyar Wedding Feast is by Konstantin Makovsky, not Surikov)
    ("Konstantin Makovsky's huge canvas A Boyar Wedding Feast in the 17th Century, painted in 1883, now hangs at Hillwood in Washington.",
     "Огромное полотно «Боярский свадебный пир в XVII веке», написанное Василием Суриковым в 1883 г., находится в музее Хиллвуд в Вашингтоне.",
     C, "person", "art", False, "RU"),
    # ---------------- law ----------------
    # FALSE: EN (the Code Noir was issued in March 1685, i.e. the 17th century)
    ("Drawn up in the sixteenth century, the Code Noir set out rules governing slavery and the treatment of enslaved people in France's Caribbean colonies.",
     "Эдикт Людовика XIV, известный как «Чёрный кодекс» и регулировавший положение рабов во французских колониях, был издан в марте 1685 г.",
     C, "century", "law", True, "EN"),
    ("Signed by Theodore Roosevelt on 8 June 1906, the Antiquities Act allows US presidents to proclaim national monuments on federal land.",
     "Закон о древностях, подписанный в июне 1906 г., дал президенту США право объявлять национальными памятниками объекты на федеральных землях.",
     A, "date", "law", True, None),
    # FALSE: RU (the Interstate Commerce Act was aimed at the railroads)
    ("Aimed chiefly at the railroads, the Interstate Commerce Act of 1887 set up the Interstate Commerce Commission, often called the first US federal regulatory agency.",
     "Закон о торговле между штатами 1887 г., направленный прежде всего против злоупотреблений страховых компаний, учредил Комиссию по торговле между штатами.",
     C, "entity", "law", False, "RU"),
    # FALSE: EN (the Lacey Act was passed in 1900)
    ("Sponsored by the Iowa congressman John F. Lacey, the Lacey Act of 1920 was the first US federal law to protect wild animals and birds.",
     "Закон Лейси, принятый Конгрессом США в 1900 г., стал первым федеральным законом об охране диких животных.",
     C, "year", "law", False, "EN"),
    ("The Five Mile Act of 1665 barred nonconformist ministers from coming within five miles of any town or parish where they had once preached.",
     "Принятый в 1665 г. «Пятимильный акт» запрещал священникам-нонконформистам приближаться к прежним приходам ближе чем на пять миль.",
     A, "number", "law", False, None),
    # ---------------- technology ----------------
    ("Juan de la Cierva's C.4 autogiro, flown at an airfield near Madrid in January 1923, was the first rotary-wing aircraft of its kind to fly successfully.",
     "Первый удачный полёт автожира, созданного испанским инженером Хуаном де ла Сьервой, состоялся в январе 1923 года.",
     A, "month", "technology", True, None),
    # FALSE: RU (the first cyclotrons were built at Berkeley, not Caltech)
    ("Ernest Lawrence and his students built the first cyclotrons at the University of California, Berkeley, in the early 1930s.",
     "Первые циклотроны Эрнест Лоуренс построил в начале 1930-х гг. в Калифорнийском технологическом институте.",
     C, "organisation", "technology", True, "RU"),
    ("The Francis turbine, still the most widely used type of water turbine, was developed by James B. Francis at Lowell, Massachusetts, in 1848.",
     "Радиально-осевую гидротурбину, которую и сегодня применяют чаще всего, создал в 1848 г. инженер Джеймс Фрэнсис.",
     A, "year", "technology", False, None),
    # FALSE: EN (the Lebel was the first military rifle to use smokeless powder)
    ("The French Lebel rifle, adopted by the army in 1886, fired cartridges loaded with traditional black powder.",
     "Французская винтовка Лебеля образца 1886 г. первой в мире стала использовать патроны с бездымным порохом.",
     C, "entity", "technology", False, "EN"),
    ("In 1836 the British chemist John Frederic Daniell invented a zinc-copper cell that supplied a far steadier current than the voltaic pile.",
     "Медно-цинковый гальванический элемент Даниэля, дающий напряжение около 1,1 В, был изобретён в 1836 году.",
     A, "year", "technology", True, None),
    # ---------------- disasters ----------------
    # FALSE: RU (HMS Birkenhead was wrecked on 26 February 1852)
    ("HMS Birkenhead, a troopship taking soldiers to the frontier war in the Cape Colony, struck a rock off Danger Point on 26 February 1852.",
     "Британский военный транспорт «Биркенхед» разбился о скалу у мыса Дейнджер-Пойнт в Южной Африке в августе 1852 г.",
     C, "month", "disasters", False, "RU"),
    # FALSE: EN (95 people were aboard the Hans Hedtoft)
    ("On her maiden voyage in January 1959 the Danish ship Hans Hedtoft hit an iceberg off Cape Farewell, and all 195 people aboard were lost.",
     "30.01.1959 датское судно «Ханс Хедтофт», совершавшее первый рейс, столкнулось с айсбергом у мыса Фарвель; погибли все 95 человек на борту.",
     C, "number", "disasters", True, "EN"),
    # FALSE: RU (the eleven were rescued fourteen days after the flooding)
    ("On 7 November 1963, fourteen days after the iron ore mine at Lengede in Lower Saxony flooded, eleven trapped miners were brought up alive.",
     "Одиннадцать горняков, оказавшихся в ловушке после затопления рудника в Ленгеде (Нижняя Саксония), подняли на поверхность живыми через четыре дня после аварии.",
     C, "duration", "disasters", False, "RU"),
    ("The fire that destroyed the Bazar de la Charité in Paris on 4 May 1897, started by the lamp of a film projector, killed about 126 people.",
     "Пожар на Благотворительном базаре в Париже в мае 1897 г. унёс жизни более 120 человек, в основном женщин из аристократических семей.",
     A, "number", "disasters", True, None),
    ("The República Cromañón nightclub fire in Buenos Aires on 30 December 2004, started by a flare during a rock concert, killed 194 people.",
     "В результате пожара в ночном клубе «Република Кроманьон» в Буэнос-Айресе в конце 2004 года погибли почти 200 человек.",
     A, "number", "disasters", False, None),
]

RELATED = [
    ("The discipline of the soldiers on HMS Birkenhead, who stood in ranks while the women and children were put into the boats, gave rise to the phrase 'Birkenhead drill'.",
     "Военный транспорт «Биркенхед» затонул у побережья Южной Африки 26 февраля 1852 года.",
     "Birkenhead", True, "disasters"),
    ("After winning the single sculls at the 1956 Olympics, Vyacheslav Ivanov dropped his gold medal into the lake while celebrating and never found it.",
     "В 1964 году в Токио Вячеслав Иванов в третий раз подряд выиграл олимпийское золото в академической гребле на одиночке.",
     "Ivanov", False, "sport"),
    ("In 1871 David Livingstone reached the Lualaba at Nyangwe and wondered whether it might be the upper course of the Nile.",
     "Река Луалаба берёт начало в Катанге, на юго-востоке Демократической Республики Конго.",
     "Lualaba", True, "geography"),
    ("Evelina, subtitled The History of a Young Lady's Entrance into the World, is told entirely in letters.",
     "Роман Фанни Бёрни «Эвелина» впервые вышел в Лондоне в 1778 году без имени автора.",
     "Evelina", False, "literature"),
    ("Among other provisions, the Code Noir required enslaved people in the French colonies to be baptised and instructed in the Catholic faith.",
     "Подготовку «Чёрного кодекса» начал ещё Кольбер, скончавшийся в 1683 г., за два года до обнародования эдикта.",
     "Code Noir", True, "law"),
    ("Halévy's La Juive is set in the city of Constance in 1414, during the church council held there.",
     "Премьера «Иудейки» Фроманталя Галеви прошла в Парижской опере 23 февраля 1835 г.",
     "La Juive", False, "music"),
    ("The black, red and gold banners carried at Hambach in 1832 later became the colours of the German national flag.",
     "Гамбахский праздник, собравший от 20 до 30 тыс. человек, проходил у развалин замка Гамбах в мае 1832 года.",
     "Hambach", True, "history"),
    ("Lawrence's first working cyclotron, built with his student M. Stanley Livingston, was only a few inches across.",
     "За создание циклотрона Эрнест Лоуренс был удостоен Нобелевской премии по физике 1939 года.",
     "Cyclotron", False, "technology"),
    ("Kelvingrove closed in 2003 for a major refurbishment and reopened to the public in July 2006.",
     "Художественная галерея и музей Келвингроув в Глазго открылась в 1901 году, во время Международной выставки.",
     "Kelvingrove", True, "culture"),
    ("Grabar painted February Azure in the open air, standing in a trench he had dug in the snow so that he could look up at the birch.",
     "Свою «Февральскую лазурь» Игорь Грабарь написал в 1904 году в подмосковной усадьбе Дугино.",
     "February Azure", False, "art"),
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


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    comp, rel, false_sides = [], [], []
    for en, ru, label, slot, domain, ru_first, false_side in COMPARABLE:
        assert label in (A, C) and slot in SLOTS and domain in DOMAINS
        if label == C:
            assert false_side in ("EN", "RU"), en
            false_sides.append(false_side)
        else:
            assert false_side is None, en
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
    fs = count(false_sides)
    assert fs == {"EN": 15, "RU": 15}, fs
    cslots = count(r["slot"] for r in comp if r["label"] == C)
    assert len(cslots) >= 12 and max(cslots.values()) <= 4, cslots
    aslots = count(r["slot"] for r in comp if r["label"] == A)
    doms = count(r["domain"] for r in comp)
    assert len(doms) == 12 and set(doms.values()) == {5}, doms
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"

    with open(os.path.join(here, "comparable_heldout87.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout87.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("false side:", fs)
    print("agree slots:", aslots)
    print("domains:", doms)
    print("contradict per domain:", count(r["domain"] for r in comp if r["label"] == C))
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()

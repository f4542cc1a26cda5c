#!/usr/bin/env python3
"""Build heldout140: independent EN/RU claim pairs (stdlib only).

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
    # FALSE: RU (Maurice of Saxony, the victor, was the one mortally wounded; Albert Alcibiades survived until 1557)
    ("At Sievershausen in Lower Saxony, on 9 July 1553, Maurice of Saxony defeated Margrave Albert Alcibiades of Brandenburg-Kulmbach but was mortally wounded and died two days later.",
     "В битве при Зиверсхаузене (09.07.1553) курфюрст Мориц Саксонский разбил маркграфа Альбрехта Алкивиада, а смертельную рану в бою получил сам Альбрехт Алкивиад.",
     C, "person", "history", True),
    ("The Battle of Wimpfen, fought on 6 May 1622, saw Tilly and the Spanish general Córdoba rout the army of Margrave George Frederick of Baden-Durlach.",
     "У Вимпфена в мае 1622 г. войска Католической лиги под началом Тилли разгромили маркграфа Георга Фридриха Баден-Дурлахского — эпизод пфальцского этапа Тридцатилетней войны.",
     A, "year", "history", False),
    # FALSE: EN (the surprise attack at Tuttlingen took place on 24 November 1643)
    ("In late March 1643 Bavarian troops under Franz von Mercy and Johann von Werth surprised the French army in its quarters around Tuttlingen and captured its commander Josias Rantzau.",
     "24 ноября 1643 г. баварцы Франца фон Мерси внезапно атаковали французов, вставших на зимние квартиры у Тутлингена; в плен попал и их командующий Йозиас Ранцау.",
     C, "month", "history", False),
    # FALSE: RU (Turenne was killed at Sasbach in 1675)
    ("Marshal Turenne was killed by a cannonball at Sasbach, in Baden, on 27 July 1675, while reconnoitring the positions of Montecuccoli's Imperial army.",
     "Маршал Тюренн погиб при Засбахе летом 1674 г.: ядро сразило его во время рекогносцировки перед сражением с имперцами Монтекукколи.",
     C, "year", "history", True),
    ("At Novi in Piedmont on 15 August 1799, Suvorov's Austro-Russian army defeated the French, whose commander Barthélemy Joubert was killed early in the fighting.",
     "Сражение при Нови (15.08.1799) выиграл Суворов; французский главнокомандующий генерал Жубер погиб в самом начале боя.",
     A, "date", "history", True),
    # ---------------- science ----------------
    # FALSE: EN (the animal was described by Evgeny Maleev, not Ivan Yefremov)
    ("The Mongolian tyrannosaur now called Tarbosaurus bataar was first described in 1955 by the palaeontologist Ivan Yefremov, who placed it in the genus Tyrannosaurus.",
     "Тарбозавр, найденный советско-монгольскими экспедициями в пустыне Гоби, был описан Евгением Малеевым в 1955 г. под названием Tyrannosaurus bataar.",
     C, "person", "science", False),
    ("Georges Cuvier named the giant ground sloth Megatherium in 1796, working from drawings of a skeleton found near Luján in Argentina and mounted in Madrid.",
     "Гигантский ленивец мегатерий получил название в конце XVIII в.: Жорж Кювье описал его по рисункам скелета, найденного у реки Лухан и собранного в Мадриде.",
     A, "year", "science", True),
    # FALSE: RU (Opabinia had five stalked eyes)
    ("Opabinia, a Cambrian animal from the Burgess Shale described by Charles Walcott in 1912, had five stalked eyes and a long flexible proboscis ending in a claw.",
     "У опабинии — обитательницы кембрийских морей, известной по канадским сланцам Бёрджес, — было три глаза на стебельках и длинный гибкий хобот с клешнёй на конце.",
     C, "number", "science", True),
    # FALSE: EN (Reformatsky reported the reaction in 1887)
    ("The Reformatsky reaction, reported by Sergei Reformatsky in the 1860s, couples an aldehyde or ketone with an alpha-halo ester in the presence of zinc metal.",
     "Реакцию Реформатского — конденсацию α-галогенэфиров с альдегидами или кетонами под действием цинка — Сергей Реформатский описал в 1887 г.",
     C, "decade", "science", False),
    ("Adolph Strecker's amino acid synthesis, first reported in 1850, produced alanine from acetaldehyde, ammonia and hydrogen cyanide.",
     "Синтез Штрекера (1850 г.) — первый лабораторный путь к аминокислотам: немецкий химик получил аланин из ацетальдегида, аммиака и синильной кислоты.",
     A, "year", "science", False),
    # ---------------- geography ----------------
    # FALSE: EN (the Pinega is a right tributary of the Northern Dvina)
    ("The Pinega, a river of about 780 km in Arkhangelsk Oblast known for the karst caves along its banks, is a right tributary of the Mezen.",
     "Пинега (779 км) — правый приток Северной Двины; её берега в Архангельской области славятся карстовыми пещерами.",
     C, "entity", "geography", True),
    ("The Sakmara rises in the southern Urals of Bashkortostan, flows through Orenburg Oblast and joins the Ural River close to the city of Orenburg.",
     "Сакмара, правый приток Урала, берёт начало на Южном Урале в Башкирии и впадает в Урал у Оренбурга.",
     A, "place", "geography", False),
    # FALSE: RU (Moneron lies in the Tatar Strait / Sea of Japan, not in the Sea of Okhotsk)
    ("Moneron, a small island of some 30 km² in the Tatar Strait south-west of Sakhalin, was named after a member of La Pérouse's 1787 expedition.",
     "Остров Монерон площадью около 30 км², лежащий в Охотском море у берегов Сахалина, назван в честь участника экспедиции Лаперуза.",
     C, "place", "geography", False),
    # FALSE: EN (Krenitsyn Peak stands in the Tao-Rusyr caldera in the south of Onekotan)
    ("Krenitsyn Peak, the volcano rising out of a caldera lake in the northern part of Onekotan in the Kuril Islands, last erupted in 1952.",
     "Вулкан Креницына (1324 м) вырос посреди Кольцевого озера в кальдере Тао-Русыр на юге острова Онекотан; его единственное известное извержение произошло в 1952 г.",
     C, "opposite", "geography", True),
    ("Lake Markakol, high in the Kazakh Altai at roughly 1,450 metres above sea level, has been protected by a state nature reserve since 1976.",
     "Маркаколь (Восточно-Казахстанская обл.) — горное озеро на высоте 1449 м; Маркакольский заповедник основан в 1976 г.",
     A, "year", "geography", True),
    # ---------------- economy ----------------
    ("Johann Vaillant founded his heating business in Remscheid in 1874, and the company is still headquartered in the same town.",
     "Концерн Vaillant, выпускающий газовые котлы и колонки, ведёт историю с 1874 г., когда мастер Иоганн Вайлант открыл мастерскую в Ремшайде.",
     A, "year", "economy", False),
    # FALSE: RU (the buyer was the American group Carrier Global)
    ("In 2024 the family-owned heating firm Viessmann completed the sale of its climate solutions business to the American group Carrier for about 12 billion euros.",
     "Подразделение климатических решений семейной компании Viessmann из Аллендорфа в 2024 г. перешло к концерну Daikin примерно за 12 млрд евро.",
     C, "organisation", "economy", True),
    # FALSE: EN (Surgutneftegas has been headed by Vladimir Bogdanov since 1984)
    ("Surgutneftegas, the oil producer headquartered in Surgut in western Siberia, has been run since 1984 by Vagit Alekperov.",
     "Бессменный руководитель «Сургутнефтегаза» Владимир Богданов возглавляет нефтяную компанию из Сургута с 1984 г.",
     C, "person", "economy", False),
    ("The Stabilo Boss, one of the first fluorescent highlighters, was launched in 1971 by Schwan-Stabilo of Heroldsberg near Nuremberg.",
     "Текстовыделитель Stabilo Boss фирма Schwan-Stabilo из Херольдсберга под Нюрнбергом выпустила в начале 1970-х гг.; он стал одним из первых флуоресцентных маркеров.",
     A, "decade", "economy", True),
    ("Uralkali, the potash miner based in Berezniki, walked out of its export venture with Belaruskali in July 2013, shaking world fertiliser prices.",
     "В июле 2013 г. «Уралкалий» (Березники, Пермский край) вышел из Белорусской калийной компании — совместного сбытового предприятия с «Беларуськалием».",
     A, "month", "economy", False),
    # ---------------- sport ----------------
    # FALSE: RU (Paklin's world record set at the Kobe Universiade was 2.41 m)
    ("At the Universiade in Kobe on 4 September 1985, the Kyrgyz-born Soviet jumper Igor Paklin raised the high jump world record to 2.41 metres.",
     "Уроженец Фрунзе Игорь Паклин установил мировой рекорд на Универсиаде в японском Кобе осенью 1985 г. — 2,39 м.",
     C, "number", "sport", False),
    # FALSE: EN (Protasov scored his 35 goals in 1985 for Dnipro Dnipropetrovsk; he joined Dynamo Kyiv only in 1988)
    ("Playing for Dynamo Kyiv, Oleg Protasov scored 35 goals in the 1985 Soviet Top League, a record for the championship.",
     "Олег Протасов, выступая за днепропетровский «Днепр», забил в чемпионате СССР 1985 г. 35 мячей — рекорд союзных первенств.",
     C, "organisation", "sport", True),
    ("In the 1988 French Open final, 17-year-old Natasha Zvereva of Minsk lost to Steffi Graf 6–0, 6–0 in little more than half an hour.",
     "Финал «Ролан Гаррос» 1988 г. Наталья Зверева проиграла Штеффи Граф со счётом 0:6, 0:6, не взяв ни одного гейма.",
     A, "number", "sport", True),
    # FALSE: EN (the 2.40 m world record was set on 11 August 1985)
    ("In June 1985 in Donetsk, the Soviet high jumper Rudolf Povarnitsyn became the first man to clear 2.40 metres.",
     "11 августа 1985 г. в Донецке Рудольф Поварницын установил мировой рекорд в прыжках в высоту — 2,40 м.",
     C, "month", "sport", False),
    ("Faina Melnik, the Soviet discus thrower who won Olympic gold at Munich in 1972, set eleven world records during her career.",
     "Фаина Мельник — олимпийская чемпионка 1972 г. в метании диска и автор 11 мировых рекордов.",
     A, "number", "sport", False),
    # ---------------- culture ----------------
    # FALSE: RU (Trivial Pursuit was devised in Montreal)
    ("Trivial Pursuit was dreamed up in Montreal in December 1979 by two Canadian journalists, Chris Haney and Scott Abbott, over a game of Scrabble.",
     "Настольную викторину Trivial Pursuit придумали в 1979 г. в Торонто двое канадских журналистов — Крис Хейни и Скотт Эбботт.",
     C, "place", "culture", True),
    ("Mastermind, the code-breaking game of coloured pegs, was invented around 1970 by Mordecai Meirowitz, an Israeli postmaster and telecommunications expert.",
     "Автор «Мастермайнда» — израильский почтмейстер Мордехай Мейровиц; игру с разноцветными фишками затем выпустила британская фирма Invicta Plastics.",
     A, "person", "culture", False),
    # FALSE: EN (Rummikub won the Spiel des Jahres in 1980)
    ("Rummikub, the tile game devised by Romanian-born Ephraim Hertzano, won Germany's Spiel des Jahres prize in 1985.",
     "Руммикуб, придуманный Эфраимом Герцано, в 1980 г. получил немецкую премию «Игра года» (Spiel des Jahres).",
     C, "year", "culture", False),
    ("Pingu, the Swiss stop-motion series about a young penguin created by Otmar Gutmann, first aired in 1990, and its characters speak an invented gibberish.",
     "Пластилиновый мультсериал «Пингу» швейцарца Отмара Гутмана впервые показали в 1990 г.; персонажи говорят на выдуманном «пингвиньем» языке.",
     A, "year", "culture", True),
    ("Nick Park's clay duo Wallace and Gromit made their debut in A Grand Day Out, finished in 1989 at Aardman Animations in Bristol.",
     "Уоллес и его пёс Громит впервые появились в короткометражке Ника Парка «Великий выходной» (1989), снятой студией Aardman.",
     A, "year", "culture", False),
    # ---------------- literature ----------------
    # FALSE: RU (Mario and the Magician was written and published in 1930)
    ("Thomas Mann's novella Mario and the Magician, published in 1930, ends when a waiter shoots the hypnotist Cipolla at the Italian resort of Torre di Venere.",
     "Действие новеллы Томаса Манна «Марио и фокусник», написанной в 1910-е гг., разворачивается на итальянском курорте, где гипнотизёра Чиполлу застреливает официант Марио.",
     C, "decade", "literature", True),
    ("Prosper Mérimée's 1829 story Tamango follows an African warrior who sells captives to Captain Ledoux and then ends up in chains aboard the slave ship himself.",
     "В новелле Мериме «Таманго» (1829 г.) вождь, продавший невольников капитану Леду, сам оказывается в трюме его судна «Надежда».",
     A, "person", "literature", True),
    # FALSE: EN (Vanya Solntsev is taken in by artillery scouts, not a tank crew)
    ("Valentin Kataev's 1945 novella Son of the Regiment tells of Vanya Solntsev, an orphaned shepherd boy taken in by the crew of a tank brigade.",
     "Повесть Валентина Катаева «Сын полка» (1945), удостоенная Сталинской премии, рассказывает о сироте Ване Солнцеве, которого подобрали в лесу разведчики-артиллеристы.",
     C, "entity", "literature", False),
    ("Gavriil Troyepolsky published White Bim Black Ear in 1971; Stanislav Rostotsky's film of it was later nominated for an Oscar.",
     "По повести Г. Троепольского «Белый Бим Чёрное ухо» (1971 г.) С. Ростоцкий снял в 1977 г. фильм, номинированный на «Оскар».",
     A, "year", "literature", False),
    ("The Republic of ShKID, a 1927 book by Grigory Belykh and Leonid Panteleyev, draws on their years at a Petrograd school for street children.",
     "Повесть Г. Белых и Л. Пантелеева «Республика ШКИД» (1927) описывает школу им. Достоевского для беспризорников, которой руководил Викниксор.",
     A, "year", "literature", True),
    # ---------------- music ----------------
    ("Pesnyary, the Belarusian folk-rock band led by Vladimir Mulyavin, was formed in Minsk in 1969 and toured the United States in 1976.",
     "Ансамбль «Песняры» Владимира Мулявина появился в Минске в конце 1960-х (1969 г.), а в 1976 г. песняры гастролировали в США.",
     A, "year", "music", False),
    # FALSE: EN (Yalla was formed in Tashkent)
    ("Yalla, the Uzbek band led by Farrukh Zakirov, grew out of a student ensemble in Samarkand and became famous across the USSR with the song Uchkuduk.",
     "ВИА «Ялла» из Ташкента, которым руководит Фаррух Закиров, прославился на весь Союз песней «Учкудук — три колодца».",
     C, "place", "music", True),
    # FALSE: RU (Yuri Khoy died on 4 July 2000)
    ("Sektor Gaza, the punk-rock band from Voronezh, ceased to exist when its founder Yuri Khoy died on 4 July 2000.",
     "Воронежская группа «Сектор Газа» прекратила существование после смерти её основателя Юрия Клинских (Хоя) 14.07.2000.",
     C, "date", "music", False),
    # FALSE: RU (the operetta premiered at the Moscow Operetta Theatre, not the Bolshoi)
    ("Shostakovich's only operetta, Moscow, Cheryomushki, a comedy about a new housing estate, premiered at the Moscow Operetta Theatre in January 1959.",
     "Премьера оперетты Шостаковича «Москва, Черёмушки» о новоселах панельного квартала состоялась в январе 1959 г. в Большом театре.",
     C, "organisation", "music", True),
    ("The Yekaterinburg band Smyslovye Gallyutsinatsii, founded by Sergey Bobunets in 1989, reached a mass audience when Vechno molodoy featured in Brother 2 in 2000.",
     "Песня «Вечно молодой» группы «Смысловые галлюцинации» (Екатеринбург) прозвучала в фильме Алексея Балабанова «Брат 2» (2000 г.) и сделала её знаменитой.",
     A, "year", "music", True),
    # ---------------- art ----------------
    ("Vasily Perov's Tea-Drinking in Mytishchi, painted in 1862, shows a plump monk at a samovar while a servant shoos away a crippled old soldier begging for alms.",
     "В «Чаепитии в Мытищах, близ Москвы» (1862 г., ГТГ) В. Г. Перов противопоставил сытого монаха за самоваром нищему инвалиду-ветерану с медалью.",
     A, "year", "art", False),
    # FALSE: RU (Builders of Bratsk was painted in 1960-61)
    ("Viktor Popkov's Builders of Bratsk, painted in 1960–61 and now in the Tretyakov Gallery, became an emblem of the Soviet severe style.",
     "Полотно Виктора Попкова «Строители Братска», написанное в 1970-х гг., хранится в Третьяковке и считается манифестом «сурового стиля».",
     C, "decade", "art", True),
    # FALSE: RU (the Veiled Christ was carved in 1753, i.e. in the 18th century)
    ("Giuseppe Sanmartino carved the Veiled Christ in 1753 for the Sansevero Chapel in Naples, where the marble figure still lies.",
     "Мраморный «Христос под плащаницей» Джузеппе Санмартино, созданный в XVII в., хранится в неаполитанской капелле Сансеверо.",
     C, "century", "art", False),
    ("Winslow Homer painted Snap the Whip, with schoolboys playing a game outside a red schoolhouse, in 1872.",
     "Картина Уинслоу Хомера «Игра в хлыст» (1872) хранится в Институте американского искусства Батлера в Янгстауне (Огайо).",
     A, "year", "art", True),
    ("Thomas Cole's The Oxbow (1836) shows a bend of the Connecticut River seen from Mount Holyoke after a thunderstorm.",
     "На полотне Томаса Коула «Излучина» (1836), принадлежащем музею Метрополитен, изображён вид с горы Холиок в Массачусетсе после грозы.",
     A, "year", "art", False),
    # ---------------- law ----------------
    # FALSE: EN (the High Court upheld Thoburn's conviction)
    ("In February 2002 the High Court quashed the conviction of Steve Thoburn, the Sunderland greengrocer who had sold bananas by the pound.",
     "В 2002 г. Высокий суд оставил в силе приговор сандерлендскому торговцу Стиву Тоберну — «метрическому мученику», продававшему бананы на фунты.",
     C, "opposite", "law", True),
    ("In its Simmenthal judgment of 9 March 1978, the European Court of Justice told Italian courts to disapply national laws that conflict with Community law.",
     "Решение Суда ЕС по делу Simmenthal (1978 г.) обязало национальных судей не применять противоречащие праву Сообществ нормы, не дожидаясь их отмены.",
     A, "date", "law", False),
    # FALSE: EN (the Solange I order is dated 29 May 1974)
    ("In its Solange I order of 19 May 1974, Germany's Federal Constitutional Court reserved the right to review Community law against fundamental rights.",
     "В решении «Solange I» от 29.05.1974 Федеральный конституционный суд ФРГ оставил за собой право проверять нормы Сообществ на соответствие основным правам.",
     C, "date", "law", False),
    ("Sweden's Freedom of the Press Act of 1766, championed by the Finnish-born priest Anders Chydenius, abolished censorship and opened official documents to the public.",
     "Шведский закон о свободе печати, принятый в 1766 г. при активном участии Андерса Чидениуса, отменил цензуру и открыл публике доступ к официальным документам.",
     A, "year", "law", True),
    ("Zivotofsky v. Kerry, decided on 8 June 2015, struck down a law letting Americans born in Jerusalem list Israel as their birthplace in passports.",
     "В деле «Зивотофски против Керри» (2015 г.) Верховный суд США 6 голосами против 3 признал исключительное право президента на признание иностранных государств.",
     A, "year", "law", True),
    # ---------------- technology ----------------
    # FALSE: RU (the Virtual Boy was dropped within about a year, in 1996)
    ("Nintendo's Virtual Boy, a red-on-black 3D console designed by Gunpei Yokoi, went on sale in July 1995 and was dropped within about a year.",
     "Приставка Nintendo Virtual Boy (1995) с красным монохромным изображением, созданная Гумпэем Ёкои, продержалась на рынке почти пять лет.",
     C, "duration", "technology", True),
    ("The Peel P50, a three-wheeled microcar built on the Isle of Man between 1962 and 1965, had a 49 cc engine and no reverse gear.",
     "Трёхколёсный Peel P50 с острова Мэн (выпускался в 1962–1965 гг.) вошёл в Книгу рекордов Гиннесса как самый маленький серийный автомобиль.",
     A, "year", "technology", False),
    ("Microsoft launched its Zune music player in the United States in November 2006 as a rival to Apple's iPod.",
     "Плеер Zune корпорация Microsoft вывела на американский рынок 14.11.2006, пытаясь потеснить iPod.",
     A, "month", "technology", True),
    # FALSE: RU (the N-Gage went on sale on 7 October 2003)
    ("Nokia's N-Gage, a mobile phone doubling as a handheld games console, went on sale in October 2003 and was mocked as the taco phone.",
     "Телефон-приставку Nokia N-Gage, прозванный за форму «тако», начали продавать в апреле 2003 г.",
     C, "month", "technology", False),
    ("The YotaPhone, a Russian smartphone with a second, e-ink screen on its back, first went on sale in December 2013.",
     "Первый YotaPhone компании Yota Devices — смартфон с дополнительным экраном на электронных чернилах на задней панели — поступил в продажу в конце 2013 г.",
     A, "year", "technology", True),
    # ---------------- disasters ----------------
    # FALSE: EN (158 of the 166 people aboard were killed; eight survived)
    ("On 22 May 2010 an Air India Express Boeing 737 from Dubai overshot the tabletop runway at Mangalore, killing 148 of the 166 people aboard.",
     "Катастрофа Boeing 737 авиакомпании Air India Express в Мангалоре 22.05.2010: самолёт выкатился за пределы взлётной полосы, погибли 158 человек, выжили восемь.",
     C, "number", "disasters", True),
    # FALSE: EN (Partnair Flight 394 crashed on 8 September 1989)
    ("Partnair Flight 394, a Convair 580 chartered to carry shipping company staff, broke up off Hirtshals, Denmark, on 8 September 1987, killing all 55 aboard.",
     "Convair 580 норвежской авиакомпании Partnair разрушился в воздухе у датского Хиртсхальса в сентябре 1989 г.: погибли все 55 человек, виной оказались поддельные болты.",
     C, "year", "disasters", False),
    ("A methane explosion at the Zyryanovskaya coal mine in Novokuznetsk on 2 December 1997 killed 67 miners.",
     "67 горняков погибли в декабре 1997 г., когда на новокузнецкой шахте «Зыряновская» взорвались метан и угольная пыль.",
     A, "number", "disasters", True),
    # FALSE: RU (the Pedrógão Grande fire was the deadliest wildfire in Portugal's history)
    ("The Pedrógão Grande fire of June 2017, which killed 66 people in central Portugal, was the deadliest wildfire in the country's history.",
     "Лесной пожар в Педроган-Гранди (июнь 2017 г., 66 погибших) стал лишь вторым по числу жертв в истории Португалии.",
     C, "rank", "disasters", False),
    ("Fourteen firefighters died on 6 July 1994 when the South Canyon fire on Storm King Mountain near Glenwood Springs, Colorado, blew up.",
     "Пожар South Canyon на горе Сторм-Кинг в Колорадо 06.07.1994 унёс жизни 14 пожарных, в том числе девяти «хотшотов» из Орегона.",
     A, "date", "disasters", False),
]

RELATED = [
    ("After Joubert's death at Novi, command of the French army passed to General Jean Moreau, who led it in retreat.",
     "Город Нови-Лигуре, давший имя сражению 1799 г., находится в провинции Алессандрия в Пьемонте.",
     "Novi", True, "history"),
    ("Megatherium americanum could reach about six metres in length and weighed several tonnes.",
     "Мегатерий вымер около 10 тыс. лет назад, в конце плейстоцена.",
     "Megatherium", False, "science"),
    ("Since 2006 Moneron Island and the waters around it have formed Russia's first marine nature park.",
     "Остров Монерон получил название в честь инженера Поля Монерона, участника экспедиции Лаперуза 1787 г.",
     "Moneron", True, "geography"),
    ("Uralkali mines potash from the Verkhnekamskoye deposit around Berezniki and Solikamsk in Perm Krai.",
     "В 2011 г. «Уралкалий» объединился с другим пермским производителем калийных удобрений — «Сильвинитом».",
     "Uralkali", False, "economy"),
    ("Natasha Zvereva went on to become one of the leading doubles players of the 1990s, often partnering Gigi Fernández.",
     "Теннисистка Наталья Зверева родилась в белорусской столице, Минске, в апреле 1971 г.",
     "Zvereva", True, "sport"),
    ("The toy company Hasbro acquired the full rights to Trivial Pursuit in 2008.",
     "Первые комплекты Trivial Pursuit поступили в продажу в 1981 г. — всего около тысячи штук.",
     "Trivial Pursuit", False, "culture"),
    ("At the end of Son of the Regiment, Vanya Solntsev is sent off to study at a Suvorov military school.",
     "В 1946 г. повесть «Сын полка» экранизировал режиссёр Василий Пронин.",
     "Son of the Regiment", True, "literature"),
    ("Vladimir Mulyavin, the leader of Pesnyary, was born in 1941 in Sverdlovsk, far from Belarus.",
     "Одна из самых известных песен «Песняров» — «Беловежская пуща» на музыку Александры Пахмутовой.",
     "Pesnyary", False, "music"),
    ("The Veiled Christ was first commissioned from the Venetian sculptor Antonio Corradini, who died in 1752 before he could carve it.",
     "Капелла Сансеверо в Неаполе служила семейной усыпальницей князей ди Сангро.",
     "Veiled Christ", True, "art"),
    ("Dozens of the Pedrógão Grande victims died in their cars on a road while trying to flee the flames.",
     "Пожар у Педроган-Гранди вспыхнул 17 июня 2017 г. в округе Лейрия.",
     "Pedrogao Grande", False, "disasters"),
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
    with open(os.path.abspath(__file__), encoding="utf-8") as f:
        src = f.read()
    false_en = len(re.findall(r"^\s*# FALSE: EN ", src, re.M))
    false_ru = len(re.findall(r"^\s*# FALSE: RU ", src, re.M))
    assert false_en == 15 and false_ru == 15, (false_en, false_ru)
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"

    with open(os.path.join(here, "comparable_heldout140.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout140.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("agree slots:", aslots)
    print("domains:", doms)
    print("false side: EN", false_en, "RU", false_ru)
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()

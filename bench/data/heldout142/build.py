#!/usr/bin/env python3
"""Build heldout142: independent EN/RU claim pairs (stdlib only).

Each comparable row: (en, ru, label, slot, domain, ru_first, false_side).
  false_side is "EN" or "RU" for contradict rows, None for agree rows.
Each related row:    (en, ru, subject, ru_first, domain).
For contradict rows a comment names the FALSE side (EN or RU) and the true
value; the other side is true to the best of the writer's knowledge.
"""
import json
import os
import re

C, A = "contradict", "agree"

COMPARABLE = [
    # ---------------- history (3 contradict + 2 agree) ----------------
    # FALSE: RU (the emperor killed near Pliska in July 811 was Nikephoros I, not Michael I)
    ("In late July 811 the Bulgar khan Krum trapped the Byzantine army in a mountain pass after it had sacked his capital Pliska; Emperor Nikephoros I was killed.",
     "26.07.811 в горных теснинах близ Плиски войско хана Крума уничтожило армию византийского императора Михаила I; из черепа императора Крум велел сделать чашу.",
     C, "person", "history", True, "RU"),
    # FALSE: RU (the battle of Tagliacozzo was fought on 23 August 1268)
    ("At Tagliacozzo in the Abruzzi, on 23 August 1268, Charles of Anjou used a hidden reserve to defeat the young Hohenstaufen claimant Conradin.",
     "Битва при Тальякоццо (август 1266 г.) завершилась победой Карла Анжуйского над Конрадином, последним из Гогенштауфенов; спустя два месяца юношу казнили в Неаполе.",
     C, "year", "history", False, "RU"),
    # FALSE: EN (the battle of Riade was fought on 15 March 933)
    ("In October 933, having refused to pay further tribute, the East Frankish king Henry the Fowler routed a Magyar army at Riade.",
     "15 марта 933 г. при Риаде король Генрих I Птицелов, незадолго до того отказавшийся платить венграм дань, разбил их конное войско.",
     C, "month", "history", True, "EN"),
    ("The Arab victory at Nahavand in 642, remembered as the 'victory of victories', broke the last great Sasanian army and left Yazdegerd III a fugitive.",
     "Битва при Нехавенде (VII в.) стала решающим поражением Сасанидов в войне с арабами: шаханшах Йездегерд III так и не смог собрать новое большое войско.",
     A, "century", "history", False, None),
    ("In September 1648, at Pilyavtsi in Podolia, the Cossack army of Bohdan Khmelnytsky put a much larger Polish force to flight.",
     "Под Пилявцами 21–23 сентября 1648 г. войско Богдана Хмельницкого обратило в бегство польскую армию трёх региментариев — Заславского, Конецпольского и Остророга.",
     A, "person", "history", True, None),
    # ---------------- science (3 contradict + 2 agree) ----------------
    # FALSE: EN (Pakicetus was named in 1981)
    ("Pakicetus, a land-dwelling whale relative roughly 50 million years old, was named by Philip Gingerich and colleagues in the early 1970s from fossils found in Pakistan.",
     "Пакицет, один из древнейших предков китов, описан Ф. Гингеричем и Д. Расселом в 1981 г. по остаткам из эоценовых отложений Пакистана.",
     C, "decade", "science", False, "EN"),
    # FALSE: RU (Sinosauropteryx was found with a covering of simple feather-like filaments)
    ("Sinosauropteryx, described in 1996 from Liaoning province in China, was the first dinosaur outside the bird lineage found with a coat of simple feather-like filaments.",
     "Синозавроптерикс, описанный в 1996 г. по находке из китайской провинции Ляонин, не сохранил никаких следов покровов — ни перьев, ни нитевидных волокон.",
     C, "polarity", "science", True, "RU"),
    # FALSE: EN (the process was developed at Wacker Chemie, not BASF)
    ("The Wacker process, which oxidises ethylene to acetaldehyde over palladium and copper chlorides, was developed by chemists at BASF in the late 1950s.",
     "Вакер-процесс — окисление этилена в ацетальдегид в присутствии хлоридов палладия и меди — разработали в 1956–1959 гг. химики концерна Wacker Chemie.",
     C, "organisation", "science", False, "EN"),
    ("Reducing aldehydes and ketones to hydrocarbons through their hydrazones was first reported by Nikolai Kizhner in 1911 and, independently, by Ludwig Wolff a year later.",
     "Восстановление по Кижнеру — Вольфу превращает карбонильное соединение через гидразон в углеводород; реакцию открыли Н. М. Кижнер (1911) и Л. Вольф (1912).",
     A, "year", "science", True, None),
    ("The trans-Neptunian object 20000 Varuna was discovered on 28 November 2000 by Robert McMillan of the Spacewatch survey.",
     "Транснептуновый объект (20000) Варуна открыт 28.11.2000 в рамках программы Spacewatch на обсерватории Китт-Пик в Аризоне.",
     A, "date", "science", False, None),
    # ---------------- geography (3 contradict + 2 agree) ----------------
    # FALSE: RU (the Mzymta is about 89 km long)
    ("The Mzymta, about 89 km long, rises in the Caucasus, flows past Krasnaya Polyana and reaches the Black Sea at Adler.",
     "Мзымта длиной около 150 км берёт начало на Главном Кавказском хребте, протекает через Красную Поляну и впадает в Чёрное море в Адлере.",
     C, "number", "geography", False, "RU"),
    # FALSE: EN (the Western Manych flows into the Don)
    ("The Manych, whose valley is often taken as a boundary between Europe and Asia, drains westward into the lower Volga.",
     "Западный Маныч, текущий по Кумо-Манычской впадине — одной из условных границ Европы и Азии, — впадает слева в Дон.",
     C, "entity", "geography", True, "EN"),
    # FALSE: EN (Morskie Oko lies on the Polish side of the Tatras)
    ("Morskie Oko, the largest lake of the Tatras, lies at about 1,395 metres on the Slovak side of the range, below the peak of Rysy.",
     "Морское Око (1395 м над уровнем моря, площадь ок. 35 га) — крупнейшее озеро Татр, находящееся в польском Татранском национальном парке.",
     C, "place", "geography", False, "EN"),
    ("The summit of Pop Ivan, just over 2,000 metres high in the Chornohora range of the Ukrainian Carpathians, carries the ruins of an observatory that Poland opened in 1938.",
     "На вершине Поп Иван Черногорский (2028 м) стоят руины обсерватории, построенной поляками в 1936–1938 гг. и прозванной местными «Белым слоном».",
     A, "year", "geography", True, None),
    ("Lake Paravani on the Javakheti plateau, the largest lake in Georgia, covers about 37.5 square kilometres.",
     "Паравани — крупнейшее озеро Грузии (37,5 км²), лежащее на Джавахетском нагорье на высоте более 2 тыс. м.",
     A, "number", "geography", False, None),
    # ---------------- economy (2 contradict + 3 agree) ----------------
    # FALSE: RU (Panini was founded in Modena, not Bologna)
    ("The Panini brothers, who ran a newsagent's business in Modena, launched their first football sticker album in 1961.",
     "Болонская фирма Panini, основанная братьями Панини, выпустила свой первый альбом футбольных наклеек в 1961 г.",
     C, "place", "economy", True, "RU"),
    # FALSE: EN (Wizz Air was founded in 2003 and first flew in May 2004)
    ("Wizz Air, the Budapest-based low-cost airline set up by József Váradi in 2007, now flies across Europe and the Middle East.",
     "Венгерский лоукостер Wizz Air основан Йожефом Варади в 2003 г.; первый рейс компания выполнила в мае 2004 г. из польских Катовице.",
     C, "year", "economy", False, "EN"),
    ("Oleg Tinkov launched Tinkoff Credit Systems in 2006 as a bank without a single branch, selling credit cards by post and online.",
     "Банк «Тинькофф Кредитные Системы» основан Олегом Тиньковым в 2006 г. и с самого начала обслуживал клиентов дистанционно, без отделений.",
     A, "year", "economy", True, None),
    ("Trader Joe's opened its first store in Pasadena, California, in 1967 and has belonged since 1979 to the Albrecht family of Aldi Nord.",
     "Сеть Trader Joe's, основанную Джо Куломбом в калифорнийской Пасадене, в 1979 г. купил Тео Альбрехт — совладелец немецкой Aldi Nord.",
     A, "organisation", "economy", False, None),
    ("Vueling, the Barcelona-based low-cost airline, flew its first commercial service in July 2004.",
     "Первый рейс барселонского лоукостера Vueling состоялся 01.07.2004; с 2013 г. компания входит в авиационную группу IAG.",
     A, "date", "economy", True, None),
    # ---------------- sport (3 contradict + 2 agree) ----------------
    # FALSE: RU (Simonyan scored 34 goals in the 1950 season)
    ("Nikita Simonyan scored 34 league goals for Spartak Moscow in 1950, a Soviet season record that lasted until 1985.",
     "В чемпионате 1950 г. Никита Симонян забил за «Спартак» 41 мяч, установив рекорд, продержавшийся 35 лет.",
     C, "number", "sport", False, "RU"),
    # FALSE: EN (the Soviet team, with Starshinov, won Olympic gold in 1964 and 1968)
    ("Spartak Moscow centre Vyacheslav Starshinov took Olympic silver with the Soviet hockey team at both Innsbruck in 1964 and Grenoble in 1968.",
     "Вячеслав Старшинов, центрфорвард московского «Спартака», дважды становился олимпийским чемпионом по хоккею — в Инсбруке-1964 и Гренобле-1968.",
     C, "rank", "sport", True, "EN"),
    # FALSE: EN (Streltsov resumed his career with Torpedo Moscow)
    ("After his release from prison, Eduard Streltsov resumed his career in 1965 with Dynamo Moscow and won the Soviet title that same season.",
     "Эдуард Стрельцов вернулся в московское «Торпедо» в 1965 г. и в первом же сезоне после заключения стал с командой чемпионом СССР.",
     C, "organisation", "sport", False, "EN"),
    ("In 1954 AC Milan signed the Uruguayan playmaker Juan Alberto Schiaffino from Peñarol for what was then a world-record fee.",
     "Хуан Альберто Скьяффино перешёл из «Пеньяроля» в «Милан» в 1954 г. за рекордную по тем временам сумму; в Италии он трижды выиграл чемпионат.",
     A, "year", "sport", True, None),
    ("On 2 July 1950 in Rio de Janeiro, Athletic Bilbao striker Telmo Zarra scored the only goal as Spain beat England at the World Cup.",
     "Единственный мяч в матче чемпионата мира 1950 г. Испания — Англия (1:0) забил нападающий «Атлетика» Тельмо Сарра.",
     A, "person", "sport", False, None),
    # ---------------- culture (2 contradict + 3 agree) ----------------
    # FALSE: RU (the first host was Vlad Listyev; Yakubovich took over in 1991)
    ("Pole Chudes, the Russian version of Wheel of Fortune, first aired in October 1990 with Vlad Listyev as host; Leonid Yakubovich took over in 1991.",
     "Первым ведущим «Поля чудес», вышедшего в эфир осенью 1990 г., был Леонид Якубович, с тех пор бессменно ведущий передачу.",
     C, "person", "culture", True, "RU"),
    # FALSE: EN (the programme was first broadcast on 1 September 1964)
    ("Good Night, Little Ones!, the Soviet bedtime programme for young children, was first broadcast in December 1964.",
     "Передача «Спокойной ночи, малыши!» впервые вышла в эфир Центрального телевидения 01.09.1964 и до сих пор остаётся в сетке вещания.",
     C, "month", "culture", False, "EN"),
    ("Yeralash, a film magazine of short comic sketches about schoolchildren, first reached Soviet cinemas in 1974.",
     "Детский юмористический киножурнал «Ералаш», многие годы возглавлявшийся Борисом Грачевским, выходит с 1974 г.",
     A, "year", "culture", True, None),
    ("Smeshariki, an animated series about round animal characters such as the rabbit Krosh and the elk Losyash, premiered in 2004.",
     "Мультсериал «Смешарики», героев которого — кролика Кроша, лося Лосяша и других — рисуют в виде шаров, выходит с 2004 г.",
     A, "year", "culture", False, None),
    ("The British engineer Denys Fisher introduced the Spirograph, a drawing toy of plastic gears and rings, in 1965.",
     "Спирограф — набор зубчатых колёс и колец для рисования узоров — придумал английский инженер Денис Фишер; игрушка поступила в продажу в середине 1960-х.",
     A, "person", "culture", True, None),
    # ---------------- literature (2 contradict + 3 agree) ----------------
    # FALSE: EN (the heroine Zuleikha is a Tatar peasant woman)
    ("Guzel Yakhina's 2015 novel Zuleikha Opens Her Eyes follows a Bashkir peasant woman deported to Siberia during collectivisation.",
     "Героиня романа Гузели Яхиной «Зулейха открывает глаза» (2015) — татарская крестьянка, раскулаченная в 1930 г. и сосланная на Ангару.",
     C, "entity", "literature", False, "EN"),
    # FALSE: RU (Dunno on the Moon was serialised in 1964-65)
    ("Nikolai Nosov's Dunno on the Moon, the last book of his Dunno trilogy, was serialised in 1964–65.",
     "Повесть Николая Носова «Незнайка на Луне», завершающая трилогию о Незнайке и его друзьях-коротышках, публиковалась в 1974–1975 гг.",
     C, "decade", "literature", True, "RU"),
    ("Alexander Volkov's The Wizard of the Emerald City, a free reworking of L. Frank Baum's Oz story, came out in 1939.",
     "«Волшебник Изумрудного города» А. М. Волкова — вольная переработка сказки Баума — вышел в 1939 г.; девочку Элли сопровождает пёсик Тотошка.",
     A, "year", "literature", False, None),
    ("Anton Makarenko's Pedagogical Poem, published in three parts between 1933 and 1935, describes the Gorky colony for young offenders near Poltava.",
     "В «Педагогической поэме» (1933–1935) А. С. Макаренко рассказал о колонии им. Горького для несовершеннолетних правонарушителей, созданной в 1920 г. под Полтавой.",
     A, "place", "literature", True, None),
    ("In Henry James's The Turn of the Screw, first serialised in 1898, a young governess at Bly believes ghosts are haunting her charges, Miles and Flora.",
     "Гувернантка из повести Генри Джеймса «Поворот винта» убеждена, что её воспитанников Майлса и Флору преследуют призраки.",
     A, "person", "literature", False, None),
    # ---------------- music (3 contradict + 2 agree) ----------------
    # FALSE: EN (the single came out in autumn 1984 and topped the West German chart in early 1985)
    ("Modern Talking, the duo of Dieter Bohlen and Thomas Anders, broke through in 1987 with 'You're My Heart, You're My Soul'.",
     "Первый хит дуэта Modern Talking — «You're My Heart, You're My Soul» — вышел осенью 1984 г. и в начале 1985-го возглавил чарт ФРГ.",
     C, "year", "music", True, "EN"),
    # FALSE: RU ('The Look' reached number one on the Billboard Hot 100)
    ("Roxette's 'The Look' reached number one on the US Billboard Hot 100 in April 1989.",
     "Песня «The Look» шведского дуэта Roxette весной 1989 г. поднялась до второго места в американском чарте Billboard Hot 100.",
     C, "rank", "music", False, "RU"),
    # FALSE: RU (Uriah Heep is a character in David Copperfield)
    ("Uriah Heep, formed in London in 1969, took its name from the scheming clerk in Charles Dickens's David Copperfield.",
     "Лондонская группа Uriah Heep (1969) названа в честь персонажа романа Чарльза Диккенса «Оливер Твист».",
     C, "entity", "music", True, "RU"),
    ("The St Petersburg rock band Splean, fronted by Alexander Vasiliev, has performed under that name since 1994.",
     "Петербургская группа «Сплин» Александра Васильева носит это название с 1994 г., а до того выступала как «Митра».",
     A, "year", "music", False, None),
    ("Tears for Fears was formed in Bath by Roland Orzabal and Curt Smith, who took the name from Arthur Janov's primal therapy.",
     "Дуэт Tears for Fears из английского Бата — Роланд Орзабал и Курт Смит — назван по выражению из книги психотерапевта Артура Янова.",
     A, "person", "music", True, None),
    # ---------------- art (2 contradict + 3 agree) ----------------
    # FALSE: RU (the scene is the Sejm of 1773, i.e. the 18th century)
    ("Jan Matejko's Rejtan (1866) shows the deputy Tadeusz Rejtan barring the door of the 1773 Sejm in protest at the First Partition of Poland.",
     "Картина Яна Матейко «Рейтан» (1866) изображает сцену на сейме XVII века: посол Тадеуш Рейтан ложится у дверей, преграждая депутатам выход.",
     C, "century", "art", False, "RU"),
    # FALSE: RU (the figure is thought to be about 3,000 years old, from the late Bronze Age)
    ("The Uffington White Horse, a stylised chalk figure about 110 metres long on an Oxfordshire hillside, is thought to be some 3,000 years old.",
     "Возраст Уффингтонской белой лошади — стилизованной меловой фигуры длиной около 110 м на склоне холма в Оксфордшире — оценивают примерно в тысячу лет.",
     C, "duration", "art", True, "RU"),
    ("The Trundholm sun chariot, a bronze horse drawing a gilded disc, was ploughed up from a bog on Zealand in 1902.",
     "Солнечная колесница из Трундхольма (ок. XIV в. до н. э.) найдена в торфянике в 1902 г. и хранится в Национальном музее Дании.",
     A, "year", "art", False, None),
    ("The Tabula Peutingeriana, a thirteenth-century copy of a Roman road map, is named after the Augsburg humanist Konrad Peutinger.",
     "Пейтингерова таблица — копия XIII в. с древнеримской дорожной карты; ныне хранится в Австрийской национальной библиотеке в Вене.",
     A, "century", "art", True, None),
    ("The bronze Vix krater, found in 1953 in a Celtic princely grave in Burgundy, stands 1.64 metres high.",
     "Бронзовый кратер из Викса высотой 164 см и ёмкостью около 1100 л обнаружен в 1953 г. в Бургундии.",
     A, "number", "art", False, None),
    # ---------------- law (2 contradict + 3 agree) ----------------
    # FALSE: RU (the Ryan White CARE Act was signed in August 1990)
    ("The Ryan White CARE Act, named after an Indiana teenager who had died of AIDS that April, was signed into law in August 1990.",
     "Закон Райана Уайта о помощи больным ВИЧ/СПИДом подписан президентом Джорджем Бушем-старшим в мае 1990 г.",
     C, "month", "law", True, "RU"),
    # FALSE: RU (the 1959 Act introduced a 'public good' defence based on literary merit)
    ("The Obscene Publications Act 1959, steered through Parliament by Roy Jenkins, let defendants argue that a work was justified as being for the public good.",
     "Британский закон о непристойных публикациях 1959 г. не допускал ссылок на литературную или научную ценность произведения как довода защиты.",
     C, "polarity", "law", False, "RU"),
    ("The Truth in Lending Act, passed in 1968 as part of the Consumer Credit Protection Act, made lenders disclose the annual percentage rate.",
     "Закон о достоверности кредитования (Truth in Lending Act) 1968 г. обязал американских кредиторов сообщать заёмщикам полную стоимость кредита в виде годовой ставки.",
     A, "year", "law", True, None),
    ("The Webb–Pomerene Act of 1918 exempted American export associations from parts of the antitrust laws.",
     "Закон Уэбба — Померина (1918) разрешил американским экспортёрам объединяться в ассоциации, не опасаясь антимонопольного преследования.",
     A, "year", "law", False, None),
    ("The privilege neminem captivabimus, granted by Władysław II Jagiełło at Jedlnia in 1430 and confirmed in Kraków in 1433, forbade arresting nobles without a court verdict.",
     "Привилей «неминем каптивабимус» (Едльня, 1430; Краков, 1433) запрещал заключать шляхтича под стражу без судебного приговора.",
     A, "person", "law", True, None),
    # ---------------- technology (2 contradict + 3 agree) ----------------
    # FALSE: EN (the FM synthesis patent was licensed from Stanford University)
    ("Yamaha's DX7 synthesizer, launched in 1983, used frequency-modulation synthesis licensed from MIT.",
     "Синтезатор Yamaha DX7 (1983) основан на FM-синтезе, запатентованном Стэнфордским университетом по работам Джона Чоунинга.",
     C, "organisation", "technology", False, "EN"),
    # FALSE: RU (the Tatra 603 had a rear-mounted engine)
    ("The Tatra 603, built in Kopřivnice from 1956 to 1975, was a large saloon with a rear-mounted, air-cooled V8.",
     "Tatra 603 (1956–1975) — представительский седан из Копршивнице с передним расположением двигателя V8 воздушного охлаждения.",
     C, "opposite", "technology", True, "RU"),
    ("The Radio-86RK, a home computer built around a Soviet clone of the Intel 8080, was published as a do-it-yourself design in the magazine Radio in 1986.",
     "Схемы любительского компьютера «Радио-86РК» на процессоре КР580ВМ80А журнал «Радио» напечатал в 1986 г.",
     A, "year", "technology", False, None),
    ("The VAZ-2121 Niva, an off-roader with a unitary body, went into series production at Tolyatti in 1977.",
     "Серийный выпуск внедорожника ВАЗ-2121 «Нива» с несущим кузовом начался на Волжском автозаводе в Тольятти в 1977 г.",
     A, "place", "technology", True, None),
    ("Razdan, one of the first Soviet computers built on transistors, was developed in Yerevan in the late 1950s.",
     "Полупроводниковая ЭВМ «Раздан» — одна из первых в СССР — создана в Ереванском НИИ математических машин в 1958–1961 гг.",
     A, "decade", "technology", False, None),
    # ---------------- disasters (3 contradict + 2 agree) ----------------
    # FALSE: EN (the Reichsbrücke collapsed on 1 August 1976)
    ("Vienna's Reichsbrücke over the Danube collapsed early on the morning of 10 August 1976, killing one person.",
     "Имперский мост (Райхсбрюкке) в Вене обрушился в Дунай ранним утром 01.08.1976; погиб один человек.",
     C, "date", "disasters", True, "EN"),
    # FALSE: EN (Flight 703 took off from Domodedovo)
    ("Saratov Airlines Flight 703, an Antonov An-148 bound for Orsk, crashed minutes after take-off from Sheremetyevo on 11 February 2018, killing all 71 aboard.",
     "11.02.2018 Ан-148 «Саратовских авиалиний», следовавший в Орск, разбился у деревни Аргуново вскоре после вылета из Домодедова; погиб 71 человек.",
     C, "place", "disasters", False, "EN"),
    # FALSE: EN (33 of the 43 people aboard were killed)
    ("UTair Flight 120, an ATR 72 that crashed shortly after take-off from Tyumen on 2 April 2012, killed 13 of the 43 people aboard.",
     "2 апреля 2012 г. ATR 72 авиакомпании «ЮТэйр» разбился после взлёта из тюменского аэропорта Рощино; из 43 человек на борту погибли 33.",
     C, "number", "disasters", True, "EN"),
    ("On 17 November 2013 a Tatarstan Airlines Boeing 737 crashed while trying to land at Kazan, killing all 50 people on board.",
     "Катастрофа рейса 363 «Татарстана» в казанском аэропорту 17.11.2013 унесла жизни всех 50 человек, находившихся на борту.",
     A, "date", "disasters", False, None),
    ("On 24 May 2004 a lorry carrying ammonium nitrate overturned and exploded near Mihăilești in Romania's Buzău county, killing 18 people.",
     "Взрыв опрокинувшегося грузовика с аммиачной селитрой у румынского села Михэилешть 24.05.2004 унёс жизни 18 человек.",
     A, "date", "disasters", True, None),
]

RELATED = [
    ("The battle of 1268 takes its name from Tagliacozzo, a small town in the Abruzzo region of central Italy.",
     "После поражения при Тальякоццо Конрадин был выдан Карлу Анжуйскому и обезглавлен в Неаполе.",
     "Tagliacozzo", True, "history"),
    ("A 2010 study of preserved pigment structures suggested that Sinosauropteryx had a reddish-brown tail with paler stripes.",
     "Название синозавроптерикса переводится как «китайский ящер с крыльями», хотя летать это животное не умело.",
     "Sinosauropteryx", False, "science"),
    ("Several venues of the 2014 Winter Olympics, including the Rosa Khutor ski resort, lie in the upper Mzymta valley.",
     "Истоки Мзымты находятся в высокогорье Кавказа, где река вытекает из небольшого озера Кардывач.",
     "Mzymta", True, "geography"),
    ("Wizz Air Holdings floated its shares on the London Stock Exchange in February 2015.",
     "Основатель Wizz Air Йожеф Варади прежде возглавлял венгерскую национальную авиакомпанию Malév.",
     "Wizz Air", False, "economy"),
    ("Nikita Simonyan won Olympic gold with the Soviet football team at Melbourne in 1956.",
     "Как тренер Никита Симонян привёл ереванский «Арарат» к победе в чемпионате и Кубке СССР 1973 г.",
     "Simonyan", True, "sport"),
    ("In Pole Chudes, contestants guess a hidden word letter by letter after spinning a large wheel.",
     "Телеигра «Поле чудес», которую показывает Первый канал, — российская версия американского шоу «Колесо фортуны».",
     "Pole Chudes", False, "culture"),
    ("Zuleikha Opens Her Eyes was the first novel published by the Kazan-born writer Guzel Yakhina.",
     "В 2020 г. по роману «Зулейха открывает глаза» сняли телесериал с Чулпан Хаматовой в главной роли.",
     "Zuleikha", True, "literature"),
    ("Roxette's 'It Must Have Been Love' became a worldwide hit after it was used in the 1990 film Pretty Woman.",
     "Вокалистка Roxette Мари Фредрикссон скончалась в декабре 2019 г. после долгой болезни.",
     "Roxette", False, "music"),
    ("The Vix krater came from the grave of a Celtic woman, known as the Lady of Vix, at the foot of Mont Lassois.",
     "Кратер из Викса, по мнению большинства исследователей, изготовлен греческими мастерами около 500 г. до н. э.",
     "Vix krater", True, "art"),
    ("The Tatarstan Airlines jet that crashed at Kazan in November 2013 was a Boeing 737-500 arriving from Moscow Domodedovo.",
     "Самолёт, выполнявший рейс 363, разбился при попытке уйти на второй круг после неудачного захода на посадку.",
     "Tatarstan Airlines Flight 363", False, "disasters"),
]

CYR = re.compile(r"[\u0400-\u04FF]")
LAT = re.compile(r"[A-Za-z\u00C0-\u024F]")
SLOTS = {"year", "date", "month", "day", "decade", "century", "number", "percent",
         "money", "scale", "duration", "place", "person", "organisation", "entity",
         "rank", "polarity", "opposite"}
DOMAINS = ["history", "science", "geography", "economy", "sport", "culture",
           "literature", "music", "art", "law", "technology", "disasters"]
THREE_CONTRA = {"history", "science", "geography", "sport", "music", "disasters"}


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
    assert false_sides.count("EN") == 15 and false_sides.count("RU") == 15, count(false_sides)
    cslots = count(r["slot"] for r in comp if r["label"] == C)
    assert len(cslots) >= 12 and max(cslots.values()) <= 3, cslots
    aslots = count(r["slot"] for r in comp if r["label"] == A)
    doms = count(r["domain"] for r in comp)
    assert len(doms) == 12 and set(doms.values()) == {5}, doms
    for d in DOMAINS:
        nc = sum(r["domain"] == d and r["label"] == C for r in comp)
        assert nc == (3 if d in THREE_CONTRA else 2), (d, nc)
    subjects = [s for _, _, s, _, _ in RELATED]
    assert len(set(subjects)) == len(subjects)
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"

    with open(os.path.join(here, "comparable_heldout142.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout142.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("false side:", count(false_sides))
    print("agree slots:", aslots)
    print("domains:", doms)
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()

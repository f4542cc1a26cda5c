#!/usr/bin/env python3
"""Build heldout116: independent EN/RU claim pairs (stdlib only).

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
    # FALSE: RU (Pharsalus was fought in August 48 BC, i.e. in the 1st century BC)
    ("In August 48 BC, on the plain of Pharsalus in Thessaly, Julius Caesar's veterans routed the larger army of Pompey the Great, who fled to Egypt.",
     "Сражение при Фарсале, где Гай Юлий Цезарь наголову разбил превосходившее его числом войско Гнея Помпея, произошло в Фессалии во II веке до н. э.",
     C, "century", "history", True),
    # FALSE: EN (the crusaders at Montgisard were led by Baldwin IV; Amalric I had died in 1174)
    ("At Montgisard near Ramla, on 25 November 1177, a small crusader army led by King Amalric I of Jerusalem routed the forces of Saladin.",
     "В битве при Монжизаре (25.11.1177) шестнадцатилетний король Иерусалима Балдуин IV, больной проказой, наголову разбил армию Салах ад-Дина.",
     C, "person", "history", False),
    # FALSE: RU (the battle lasted four days, 16-19 April 1945)
    ("Soviet troops of the 1st Belorussian Front needed four days of costly assaults, 16–19 April 1945, to break through the German defences on the Seelow Heights.",
     "Бои за Зееловские высоты, прикрывавшие путь на Берлин, начались 16 апреля 1945 г. и продолжались около трёх недель.",
     C, "duration", "history", True),
    ("In the Surigao Strait on the night of 24–25 October 1944, American battleships fought the last battleship-against-battleship action in naval history.",
     "Ночной бой в проливе Суригао 25.10.1944 стал последним в истории сражением, где линкоры стреляли по линкорам; японские «Фусо» и «Ямасиро» пошли ко дну.",
     A, "rank", "history", True),
    ("On 27 February 1776 North Carolina Patriot militia under Richard Caswell and John Lillington routed a Loyalist force of Scottish Highlanders at Moore's Creek Bridge.",
     "27.02.1776 у моста через ручей Мурс-Крик (Северная Каролина) ополченцы-патриоты разгромили отряд лоялистов из шотландских горцев; возглавивший атаку Дональд Маклауд погиб.",
     A, "date", "history", True),
    # ---------------- science ----------------
    # FALSE: RU (Ting's Nobel Prize was the 1976 physics prize)
    ("Samuel Ting shared the 1976 Nobel Prize in Physics with Burton Richter for the discovery of a heavy new particle, which Ting's group had named J.",
     "Нобелевскую премию по физике Сэмюэл Тинг получил в 1986 г. — за открытие J/ψ-мезона, сделанное его группой в Брукхейвене.",
     C, "year", "science", False),
    # FALSE: EN (Nereid is a moon of Neptune, not of Uranus)
    ("Nereid, a small irregular moon of Uranus with an unusually eccentric orbit, was discovered by Gerard Kuiper in 1949.",
     "Нереиду, второй по счёту из открытых спутников Нептуна, Джерард Койпер обнаружил на фотопластинках 1 мая 1949 г.",
     C, "entity", "science", True),
    ("Henry Taube, a chemist born in Saskatchewan who taught at Stanford from 1962, won the 1983 Nobel Prize in Chemistry for studies of electron transfer in metal complexes.",
     "Нобелевскую премию по химии за 1983 год получил Генри Таубе, исследовавший механизмы переноса электрона в реакциях комплексных соединений металлов.",
     A, "year", "science", False),
    ("The 1977 Nobel Prize in Physics went to Nevill Mott, Philip Anderson and John Van Vleck for theoretical work on magnetic and disordered systems.",
     "Британец сэр Невилл Мотт, много лет руководивший Кавендишской лабораторией, разделил Нобелевскую премию по физике 1977 г. с американцами Ф. Андерсоном и Дж. ван Флеком.",
     A, "person", "science", True),
    ("The Orgueil meteorite, a carbonaceous chondrite, fell near the village of Orgueil in south-western France on 14 May 1864.",
     "Углистый метеорит Оргей упал на юге Франции весной 1864 г.; спустя столетие в одном из его обломков нашли следы давней мистификации — вклеенные семена.",
     A, "year", "science", False),
    # ---------------- geography ----------------
    # FALSE: EN (Sněžka is 1,603 m high)
    ("Sněžka, the highest mountain in the Czech Republic, rises to 2,603 metres on the main ridge of the Krkonoše along the Polish border.",
     "Высота Снежки (польск. Śnieżka), высшей точки Чехии и Исполинских гор (Крконоше), — 1603 м.",
     C, "number", "geography", False),
    # FALSE: EN (the Narew is a tributary of the Vistula, not of the Oder)
    ("The Narew, which rises in western Belarus and crosses north-eastern Poland, ends its course as a right-bank tributary of the Oder.",
     "Река Нарев берёт начало в Белоруссии и, приняв у Сероцка воды Западного Буга, впадает в Вислу у Новы-Двур-Мазовецки.",
     C, "place", "geography", False),
    # FALSE: EN (Nipigon is the largest lake lying entirely within Ontario)
    ("Lake Nipigon, which drains through the Nipigon River into Lake Superior, ranks only fifth among the lakes lying wholly inside Ontario.",
     "Нипигон, площадь которого около 4,8 тыс. км², — крупнейшее озеро, целиком находящееся в пределах канадской провинции Онтарио.",
     C, "rank", "geography", True),
    ("The Siret rises on the eastern slopes of the Carpathians in Ukraine and flows south through Romania to join the Danube near Galați.",
     "Сирет длиной свыше 700 км, начинающийся в украинских Карпатах, пересекает восток Румынии и впадает в Дунай близ Галаца.",
     A, "place", "geography", False),
    ("The Vetluga, a left-bank tributary of the Volga nearly 900 km long, runs south through the Kostroma and Nizhny Novgorod regions.",
     "Ветлуга — левый приток Волги длиной 889 км; её устье находится на Чебоксарском водохранилище.",
     A, "number", "geography", True),
    # ---------------- economy ----------------
    # FALSE: EN (Rakuten Ichiba was launched in 1997)
    ("Rakuten grew out of an online shopping mall that the former banker Hiroshi Mikitani opened in Tokyo in the late 1980s with only a handful of merchants.",
     "Японская интернет-компания «Ракутен» ведёт отсчёт с 1997 г., когда Хироси Микитани, бывший сотрудник Промышленного банка Японии, запустил торговую площадку «Ракутен Итиба».",
     C, "decade", "economy", False),
    # FALSE: RU (the Penrose glassworks was founded in 1783, i.e. in the 18th century)
    ("The first glassworks in the Irish port of Waterford, forerunner of Waterford Crystal, was opened in 1783 by the brothers George and William Penrose.",
     "Стекольную мануфактуру в ирландском Уотерфорде, давшую начало знаменитому хрусталю, братья Джордж и Уильям Пенроуз основали в середине XIX века.",
     C, "century", "economy", True),
    # FALSE: RU (Horace Smith's partner was Daniel B. Wesson)
    ("In 1856 Horace Smith and Daniel B. Wesson set up a partnership in Springfield, Massachusetts, to make a revolver firing self-contained metallic cartridges.",
     "Фирму «Смит и Вессон» в 1856 г. в Спрингфилде (Массачусетс) основали Хорас Смит и Оливер Винчестер.",
     C, "person", "economy", False),
    ("Ovomaltine, a powdered drink of malt extract, eggs and cocoa, was launched in Bern in 1904 by the chemist Albert Wander; English speakers know it as Ovaltine.",
     "Швейцарский напиток «Овомальтин» появился в 1904 г.: его создал бернский химик Альберт Вандер.",
     A, "year", "economy", True),
    ("The Rudolph Wurlitzer Company was started in Cincinnati in 1853 by a young immigrant from Saxony who at first imported musical instruments from Germany.",
     "Фирма «Вурлитцер», основанная в 1853 г. в Цинциннати Рудольфом Вурлитцером, позднее прославилась театральными органами и музыкальными автоматами.",
     A, "year", "economy", False),
    # ---------------- sport ----------------
    # FALSE: RU (in Berlin in 1936 Walasiewicz took silver, behind Helen Stephens)
    ("Stanisława Walasiewicz, a Polish sprinter raised in Cleveland, won the 100 metres at the 1932 Los Angeles Olympics and took silver in Berlin four years later.",
     "Станислава Валасевич, выступавшая за Польшу, выигрывала олимпийскую стометровку дважды — в Лос-Анджелесе (1932) и в Берлине (1936).",
     C, "rank", "sport", True),
    # FALSE: EN (Newcombe won the Wimbledon singles three times: 1967, 1970, 1971)
    ("The Australian John Newcombe won the Wimbledon men's singles title twice, and in 1974 he was also ranked world number one.",
     "Австралиец Джон Ньюкомб трижды побеждал на Уимблдоне в одиночном разряде: в 1967, 1970 и 1971 годах.",
     C, "number", "sport", False),
    # FALSE: RU (Ríos first became No. 1 on 30 March 1998)
    ("On 30 March 1998 Chile's Marcelo Ríos became the first Latin American man to reach No. 1 in the ATP rankings, though he never won a Grand Slam title.",
     "Чилиец Марсело Риос впервые возглавил рейтинг ATP в октябре 1998 г., став первым латиноамериканцем на первой строчке.",
     C, "month", "sport", True),
    ("Portugal's Rosa Mota, bronze medallist in Los Angeles in 1984, won the Olympic marathon in Seoul four years later.",
     "Олимпийской чемпионкой 1988 г. в марафоне стала португалка Роза Мота, годом ранее выигравшая чемпионат мира в Риме.",
     A, "year", "sport", False),
    ("Manuel Orantes of Spain took the 1975 US Open title on the clay at Forest Hills, beating Jimmy Connors 6–4, 6–3, 6–3 in the final.",
     "В финале Открытого чемпионата США 1975 г. испанец Мануэль Орантес в трёх сетах переиграл американца Джимми Коннорса.",
     A, "person", "sport", True),
    # ---------------- culture ----------------
    # FALSE: EN (the mărțișor is given on 1 March)
    ("In Romania and Moldova people give each other the mărțișor, a small token on a red-and-white string, on the first day of April.",
     "Мэрцишор — украшение на бело-красном шнурке — в Румынии и Молдавии принято дарить 1 марта, в первый день весны.",
     C, "month", "culture", False),
    # FALSE: EN (washoku was inscribed in December 2013)
    ("Washoku, the traditional dietary culture of the Japanese, was added to UNESCO's list of intangible cultural heritage in 2003.",
     "В декабре 2013 г. ЮНЕСКО внесла васёку — традиционную японскую кухню, особенно новогоднюю, — в список нематериального культурного наследия человечества.",
     C, "year", "culture", True),
    ("Las Posadas, a Mexican Christmas custom, runs for nine nights from 16 to 24 December and re-enacts Joseph and Mary's search for shelter in Bethlehem.",
     "С 16 по 24 декабря в Мексике проходят «посадас»: участники шествий изображают Марию и Иосифа, ищущих ночлега в Вифлееме.",
     A, "date", "culture", False),
    ("A pansori performance needs only two people: a singer who tells the story in song and speech, and a drummer playing the barrel-shaped buk.",
     "Корейский жанр пансори, признанный ЮНЕСКО шедевром в 2003 г., исполняют певец-сказитель и аккомпанирующий ему барабанщик.",
     A, "number", "culture", True),
    ("Indonesia's wayang puppet theatre was proclaimed a Masterpiece of the Oral and Intangible Heritage of Humanity by UNESCO in 2003.",
     "С 2003 г. в списке шедевров ЮНЕСКО значится индонезийский ваянг — театр кукол и теней, где даланг один ведёт всё ночное представление.",
     A, "year", "culture", False),
    # ---------------- literature ----------------
    # FALSE: RU (O Pioneers! was published in 1913)
    ("Willa Cather's O Pioneers!, published in 1913, follows Alexandra Bergson, daughter of Swedish immigrants, as she makes the family's Nebraska farm prosper.",
     "Роман Уиллы Кэсер «О пионеры!», изданный в 1920-х гг., посвящён дочери шведских переселенцев Александре Бергсон и её ферме в Небраске.",
     C, "decade", "literature", True),
    # FALSE: RU (the Laphams seek acceptance in Boston society)
    ("William Dean Howells's The Rise of Silas Lapham (1885) follows a Vermont-born paint manufacturer and his family as they struggle for acceptance in Boston society.",
     "Герой романа Уильяма Дина Хоуэллса «Возвышение Сайласа Лэфема» (1885) — разбогатевший фабрикант красок, пытающийся войти в высшее общество Филадельфии.",
     C, "place", "literature", False),
    # FALSE: EN (the novel follows two sisters, Constance and Sophia Baines)
    ("Arnold Bennett's The Old Wives' Tale (1908) traces the lives of three sisters, daughters of a draper in the Potteries town of Bursley.",
     "В «Повести о старых женщинах» Арнольда Беннетта (1908) прослежены судьбы двух сестёр Бейнс — Констанции и Софьи, дочерей торговца тканями из Бёрсли.",
     C, "number", "literature", True),
    ("Manhattan Transfer (1925), John Dos Passos's collage novel of New York, follows dozens of characters, among them the journalist Jimmy Herf and the actress Ellen Thatcher.",
     "Роман Джона Дос Пассоса «Манхэттен» (Manhattan Transfer), вышедший в 1925 г., складывается из десятков переплетённых нью-йоркских судеб.",
     A, "year", "literature", False),
    ("Andrei Bitov's Pushkin House, a novel about the Leningrad literary scholar Lev Odoevtsev, was published in full in the United States in 1978.",
     "Роман Андрея Битова «Пушкинский дом» увидел свет целиком в 1978 г. в американском издательстве, а на родине, в «Новом мире», — лишь в 1987-м.",
     A, "year", "literature", True),
    # ---------------- music ----------------
    # FALSE: RU (the Bayside Boys remix spent 14 weeks at No. 1)
    ("The Bayside Boys remix of Macarena by Los del Río stayed at number one on the US Billboard Hot 100 for 14 weeks in 1996.",
     "Ремикс «Макарены» испанского дуэта «Лос-дель-Рио» продержался на первой строчке американского хит-парада Billboard Hot 100 лишь две недели летом 1996 г.",
     C, "duration", "music", False),
    # FALSE: EN (The Melodians recorded the song in 1970)
    ("Rivers of Babylon, whose words come from Psalm 137, was first recorded by the Jamaican vocal group The Melodians in 1980.",
     "Песню Rivers of Babylon на слова 136-го псалма (в западной нумерации — 137-го) впервые записала ямайская группа The Melodians в 1970 г., за восемь лет до версии Boney M.",
     C, "year", "music", True),
    ("Unchained Melody, with music by Alex North and lyrics by Hy Zaret, was written for Unchained, a prison film released in 1955.",
     "Песню Unchained Melody Алекс Норт и Хай Зарет написали для тюремной драмы 1955 года; самой знаменитой стала запись дуэта The Righteous Brothers (1965).",
     A, "year", "music", False),
    ("Lou Bega's version of Mambo No. 5, built on a sample of Pérez Prado's 1949 original, topped the British and German charts in 1999.",
     "В 1999 г. «Мамбо № 5» кубинского композитора Переса Прадо в исполнении Лу Беги возглавило хит-парад Великобритании.",
     A, "year", "music", True),
    ("Popcorn, one of the first hits played on a Moog synthesizer, was composed in 1969 by Gershon Kingsley; Hot Butter's cover went global in 1972.",
     "Инструментальную пьесу «Попкорн» Гершон Кингсли, уроженец Германии, сочинил и записал в 1969 г. для альбома Music to Moog By.",
     A, "year", "music", False),
    # ---------------- art ----------------
    # FALSE: RU (her 1906 self-portraits include the first known nude self-portrait by a woman)
    ("Paula Modersohn-Becker, who died at Worpswede in 1907 aged 31, painted what is considered the first nude self-portrait by a woman artist.",
     "Паула Модерзон-Беккер, скончавшаяся в 1907 г. в Ворпсведе в возрасте 31 года, ни разу не изобразила себя обнажённой.",
     C, "polarity", "art", True),
    # FALSE: RU (Vallotton was born in Lausanne)
    ("Félix Vallotton, born in Lausanne in 1865, settled in Paris at sixteen, joined the Nabis and made his name with stark black-and-white woodcuts.",
     "Уроженец Женевы Феликс Валлотон (1865–1925) с 16 лет жил в Париже, входил в группу «Наби» и прославился чёрно-белыми гравюрами на дереве.",
     C, "place", "art", False),
    ("Andy Warhol's Marilyn Diptych (1962), now at Tate, repeats a publicity photograph of Marilyn Monroe fifty times across two panels.",
     "На двух панелях «Диптиха Мэрилин» Энди Уорхола — 50 изображений актрисы: 25 цветных слева и 25 чёрно-белых справа.",
     A, "number", "art", True),
    ("Henri Matisse's Woman with a Hat, a portrait of his wife Amélie, caused a sensation at the 1905 Salon d'Automne.",
     "Портрет жены художника, Амели, — «Женщина в шляпе» Анри Матисса (1905) — купили Лео и Гертруда Стайн; ныне он в музее Сан-Франциско.",
     A, "person", "art", False),
    ("Édouard Vuillard, one of the Nabis, was born in 1868 and often painted his mother, a corset-maker, at work in their Paris apartment.",
     "Эдуар Вюйар (1868–1940), участник группы «Наби», — мастер камерных интерьеров; умер в Ла-Боле в июне 1940 г.",
     A, "year", "art", True),
    # ---------------- law ----------------
    # FALSE: EN (the Court held the denationalisation unconstitutional)
    ("In Trop v. Dulles (1958) the US Supreme Court upheld the law under which Albert Trop had lost his citizenship for deserting the army in 1944.",
     "В деле «Троп против Даллеса» (1958) Верховный суд США признал лишение гражданства за дезертирство жестоким и необычным наказанием, недопустимым по Восьмой поправке.",
     C, "opposite", "law", False),
    # FALSE: EN (Tulk v Moxhay was decided in 1848, i.e. in the 19th century)
    ("Tulk v Moxhay, decided by the Court of Chancery in the eighteenth century, held that a covenant to keep the Leicester Square garden unbuilt bound a later purchaser.",
     "Решение по делу «Талк против Моксхея» (1848) о саде на Лестер-сквер сделало ограничительные соглашения обязательными для последующих покупателей, знавших о них.",
     C, "century", "law", True),
    ("In Robinson v. California (1962) the Supreme Court struck down a state law that made it a crime simply to be addicted to narcotics.",
     "По делу «Робинсон против Калифорнии» Верховный суд США в 1962 г. шестью голосами против двух запретил наказывать человека за сам факт наркозависимости.",
     A, "year", "law", False),
    ("Roth v. United States (1957) held that obscene material is not protected by the First Amendment, upholding the conviction of the New York publisher Samuel Roth.",
     "В 1957 г., рассмотрев дело «Рот против США», Верховный суд шестью голосами против трёх постановил, что непристойность не защищена Первой поправкой.",
     A, "year", "law", True),
    ("In Street v Mountford (1985) the House of Lords ruled that exclusive possession for a term at a rent creates a tenancy, whatever the document calls it.",
     "Палата лордов по делу «Стрит против Маунтфорд» (1985) признала: исключительное владение жильём за плату на определённый срок — это аренда, а не лицензия.",
     A, "year", "law", False),
    # ---------------- technology ----------------
    # FALSE: EN (the Le Gras heliograph dates from about 1826-27)
    ("Nicéphore Niépce's View from the Window at Le Gras, the oldest surviving photograph taken with a camera, was made in the late 1830s on a pewter plate.",
     "Старейшую из сохранившихся фотографий, снятых камерой, — «Вид из окна в Ле Гра» — Нисефор Ньепс получил около 1826–1827 гг. на оловянной пластине, покрытой битумом.",
     C, "decade", "technology", False),
    # FALSE: RU (the first big user of WD-40 was Convair)
    ("WD-40, developed in San Diego in 1953, was first used by the aerospace firm Convair to protect the outer skin of Atlas missiles from corrosion.",
     "Первым крупным потребителем WD-40, созданного в Сан-Диего в 1953 г., стала компания «Локхид», защищавшая им от коррозии обшивку ракет «Атлас».",
     C, "organisation", "technology", False),
    # FALSE: RU (the Admiralty rejected Ronalds's telegraph as "wholly unnecessary")
    ("In 1816 Francis Ronalds strung eight miles of wire in his Hammersmith garden to demonstrate an electric telegraph, but the Admiralty declined it as wholly unnecessary.",
     "Электрический телеграф, который Фрэнсис Роналдс в 1816 г. испытал на восьми милях провода в своём саду в Хаммерсмите, Адмиралтейство сразу же одобрило и приняло.",
     C, "opposite", "technology", True),
    ("The Brooklyn chemist Robert Chesebrough patented his purified petroleum jelly in 1872 and sold it under the brand name Vaseline.",
     "Вазелин запатентовал в 1872 г. Роберт Чезбро, подметивший, что нефтяники лечат ссадины парафинистой массой, налипающей на штанги насосов.",
     A, "year", "technology", False),
    ("In 1896 the Italian physician Scipione Riva-Rocci described a mercury sphygmomanometer with an inflatable cuff wrapped around the upper arm.",
     "Ртутный сфигмоманометр с надувной манжетой — прообраз современного тонометра — итальянский врач Шипионе Рива-Роччи предложил в Турине в 1896 г.",
     A, "year", "technology", True),
    # ---------------- disasters ----------------
    # FALSE: EN (the Nemiga crush happened on 30 May 1999)
    ("On 30 July 1999 a crush in the underpass of Nemiga metro station in Minsk, where crowds had fled a sudden hailstorm, killed 53 people.",
     "30 мая 1999 г. толпа, спасавшаяся от внезапного ливня с градом, ринулась в подземный переход у станции метро «Немига» в Минске; погибли 53 человека.",
     C, "month", "disasters", False),
    # FALSE: RU (William Adelin was the son of Henry I)
    ("When the White Ship struck a rock off Barfleur on 25 November 1120, William Adelin, the only legitimate son of Henry I of England, was among the drowned.",
     "Крушение «Белого корабля» у Барфлёра в ноябре 1120 г. стоило жизни Вильгельму Аделину — единственному законному сыну английского короля Стефана.",
     C, "person", "disasters", True),
    ("HMS Royal George, a 100-gun first-rate, heeled over and sank at Spithead on 29 August 1782, taking Rear-Admiral Richard Kempenfelt down with her.",
     "29.08.1782 на рейде Спитхед опрокинулся и затонул стопушечный «Ройял Джордж»; среди погибших был контр-адмирал Ричард Кемпенфельт.",
     A, "date", "disasters", False),
    ("On the night of 22 October 1707 Sir Cloudesley Shovell's fleet ran onto the rocks of the Isles of Scilly; four ships were lost and roughly 1,400–2,000 men drowned.",
     "Катастрофа эскадры адмирала Клаудсли Шовела у островов Силли (1707) унесла от 1,4 до 2 тыс. жизней; погиб и сам адмирал.",
     A, "number", "disasters", True),
    ("On 10 February 1970 an avalanche crashed into a youth holiday chalet at Val d'Isère in the French Alps, killing 39 young people.",
     "Сошедшая 10.02.1970 лавина разрушила турбазу в Валь-д'Изере, погребя 39 человек, — одна из самых тяжёлых лавинных катастроф во Франции.",
     A, "number", "disasters", True),
]

RELATED = [
    ("After his defeat at Pharsalus, Pompey sailed to Egypt, where he was murdered as he landed near Pelusium in September 48 BC.",
     "Ход битвы при Фарсале подробно описал сам Цезарь в третьей книге «Записок о гражданской войне».",
     "Pharsalus", True, "history"),
    ("The Battle of Surigao Strait formed part of the wider Battle of Leyte Gulf, often called the largest naval battle of the Second World War.",
     "Американскими линкорами и крейсерами в бою в проливе Суригао командовал контр-адмирал Джесси Олдендорф.",
     "Surigao Strait", False, "history"),
    ("Stanisława Walasiewicz was shot dead in December 1980, caught up in a robbery in a store car park in Cleveland.",
     "Станислава Валасевич выросла в американском Кливленде, куда её родители эмигрировали из Польши, когда она была младенцем.",
     "Walasiewicz", True, "sport"),
    ("A small round chapel of St Lawrence, built in the second half of the seventeenth century, stands on the summit of Sněžka.",
     "На вершину Снежки с чешской стороны поднимается канатная дорога из курортного городка Пец-под-Снежкой.",
     "Sněžka", False, "geography"),
    ("Arnold Bennett said the idea for The Old Wives' Tale came to him after watching an ungainly old woman in a Paris restaurant.",
     "Часть действия «Повести о старых женщинах» Беннетта происходит в Париже, где Софья Бейнс переживает осаду города в 1870–1871 гг.",
     "The Old Wives' Tale", True, "literature"),
    ("Los del Río, the duo behind Macarena, are Antonio Romero and Rafael Ruiz from Dos Hermanas near Seville.",
     "Первую версию «Макарены» испанский дуэт «Лос-дель-Рио» записал ещё в 1993 году.",
     "Macarena", False, "music"),
    ("The Paula Modersohn-Becker Museum in Bremen's Böttcherstraße, opened in 1927, was the first museum devoted to a woman painter.",
     "В 1901 г. Паула Беккер вышла замуж за художника Отто Модерзона, одного из основателей колонии живописцев в Ворпсведе.",
     "Paula Modersohn-Becker", True, "art"),
    ("The judgment in Tulk v Moxhay was given by the Lord Chancellor, Lord Cottenham.",
     "Дело «Талк против Моксхея» возникло из-за намерения нового владельца застроить сад в центре Лестер-сквер.",
     "Tulk v Moxhay", False, "law"),
    ("According to the chronicler Orderic Vitalis, the only survivor of the White Ship was a butcher from Rouen named Berold.",
     "Гибель «Белого корабля» оставила Генриха I без законного наследника мужского пола, что в итоге привело к междоусобице при Стефане.",
     "White Ship", True, "disasters"),
    ("The flat shadow puppets of wayang kulit are cut from buffalo hide, perforated and painted by hand.",
     "Сюжеты представлений ваянга чаще всего берутся из индийских эпосов «Рамаяна» и «Махабхарата».",
     "Wayang", False, "culture"),
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
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"

    with open(os.path.join(here, "comparable_heldout116.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout116.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("agree slots:", aslots)
    print("domains:", doms)
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()

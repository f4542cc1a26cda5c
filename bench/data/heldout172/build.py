#!/usr/bin/env python3
"""Build heldout172: independent EN/RU claim pairs (stdlib only).

Each comparable row: (subject, en, ru, label, slot, domain, ru_first, false_side).
Each related row:    (subject, en, ru, ru_first, domain).
For contradict rows a comment names the FALSE side (EN or RU) and the true value;
the other side is true to the best of the writer's knowledge. `false_side` repeats
it in machine-checkable form (it is not written to the jsonl files).
The main name of every subject begins with a letter from M to Z.
"""
import json
import os
import re

C, A = "contradict", "agree"
EN, RU = "EN", "RU"

COMPARABLE = [
    # ---------------- history ----------------
    # FALSE: RU (Venner's rising lasted about four days, 6-9 January 1661, not two months)
    ("Venner's Rising",
     "In January 1661 the wine-cooper Thomas Venner led some fifty Fifth Monarchy Men in an armed rising in London that was crushed after about four days of street fighting.",
     "Восстание «людей Пятой монархии» под началом бочара Томаса Веннера вспыхнуло в Лондоне в январе 1661 г. и продолжалось почти два месяца.",
     C, "duration", "history", True, RU),
    # FALSE: EN (the British at Mudki were commanded by Sir Hugh Gough, not Sir Charles Napier)
    ("Mudki",
     "The Battle of Mudki on 18 December 1845, the first clash of the First Anglo-Sikh War, was won by a British army under Sir Charles Napier.",
     "18.12.1845 у Мудки британские войска под командованием Хью Гофа нанесли поражение сикхской армии — так началась Первая англо-сикхская война.",
     C, "person", "history", False, EN),
    # FALSE: RU (the Shevardino fight was on 5 September 1812 N.S., two days before Borodino)
    ("Shevardino Redoubt",
     "On 5 September 1812, two days before Borodino, Russian troops under Prince Andrei Gorchakov fought to hold the Shevardino redoubt against Napoleon's advancing army.",
     "Бой за Шевардинский редут, который оборонял отряд князя А. И. Горчакова, разыгрался 07.09.1812; ночью русские оставили укрепление.",
     C, "date", "history", True, RU),
    ("Toba–Fushimi",
     "The Battle of Toba–Fushimi, fought south of Kyoto at the end of January 1868, opened the Boshin War between the shogunate and the pro-imperial domains.",
     "Сражение при Тоба-Фусими (27–31 января 1868 г.), в котором войска княжеств Сацума и Тёсю разбили силы сёгуната, стало первым в войне Босин.",
     A, "date", "history", False, None),
    ("Rebecca Riots",
     "Between 1839 and 1843 farmers in west Wales, often dressed in women's clothes and calling their leader 'Rebecca', smashed the tollgates on local roads.",
     "Бунты Ребекки (1839–1843 гг.) — выступления валлийских фермеров против дорожных пошлин; переодетые в женское платье участники громили заставы.",
     A, "year", "history", True, None),
    # ---------------- science ----------------
    # FALSE: EN (Muttaburra and the find site are in central Queensland, not New South Wales)
    ("Muttaburrasaurus",
     "Muttaburrasaurus, a large plant-eater named in 1981, is known from a skeleton found in 1963 near the small town of Muttaburra in New South Wales.",
     "Скелет муттабурразавра нашли в 1963 г. близ городка Муттабурра в центральном Квинсленде; описание динозавра Бартоломаи и Молнар опубликовали в 1981 г.",
     C, "place", "science", False, EN),
    # FALSE: RU (Scelidosaurus was named by Owen in 1859, i.e. in the XIX century)
    ("Scelidosaurus",
     "Scelidosaurus, an armoured plant-eater from the Early Jurassic cliffs near Charmouth in Dorset, was named by Richard Owen in 1859.",
     "Сцелидозавра — покрытого костными щитками растительноядного динозавра из дорсетского Чармута — Ричард Оуэн описал лишь в начале XX века.",
     C, "century", "science", True, RU),
    ("Saltasaurus",
     "Saltasaurus, described by José Bonaparte and Jaime Powell in 1980, was the first sauropod found to have bony armour plates in its skin.",
     "Сальтазавр из аргентинской провинции Сальта (описан в 1980 г.) — первый зауропод, у которого обнаружили кожный панцирь из костных пластин.",
     A, "year", "science", False, None),
    ("Tsintaosaurus",
     "Tsintaosaurus, a duck-billed dinosaur from Shandong province, was described in 1958 by Yang Zhongjian and long pictured with a unicorn-like spike on its forehead.",
     "Шаньдунского гадрозавра цинтаозавра (описан в 1958 г.) из-за торчащего над черепом гребня-шипа долго сравнивали с единорогом.",
     A, "year", "science", True, None),
    ("Mu Cephei",
     "Mu Cephei, a red supergiant in the constellation Cepheus, owes its nickname 'the Garnet Star' to William Herschel, who noted its deep red colour.",
     "Красный сверхгигант мю Цефея за густо-красный цвет Уильям Гершель прозвал «гранатовой звездой».",
     A, "person", "science", False, None),
    # ---------------- geography ----------------
    # FALSE: EN (Lake Rotorua is the second-largest lake of the North Island, after Taupo)
    ("Rotorua",
     "Lake Rotorua, a roughly circular crater lake of about 80 square kilometres, is the largest lake in New Zealand's North Island.",
     "Озеро Роторуа (ок. 80 км²), заполнившее вулканическую кальдеру, — второе по площади на Северном острове Новой Зеландии после Таупо.",
     C, "rank", "geography", False, EN),
    # FALSE: RU (Mount Moreiz, the highest point of Pai-Khoi, is 467 m high)
    ("Pai-Khoi",
     "The low Pai-Khoi ridge, stretching from the Polar Urals towards Vaygach Island, reaches only 467 metres at its highest point, Mount Moreiz.",
     "Высшая точка хребта Пай-Хой, протянувшегося от Полярного Урала к острову Вайгач, — гора Морэиз высотой 894 м.",
     C, "number", "geography", False, RU),
    # FALSE: RU (Uchan-Su is the highest waterfall in Crimea)
    ("Uchan-Su",
     "Uchan-Su, falling about 98 metres down the slopes of Ai-Petri west of Yalta, is the highest waterfall in Crimea.",
     "Учан-Су на склоне Ай-Петри близ Ялты (высота падения около 98 м) — лишь второй по высоте водопад Крыма.",
     C, "rank", "geography", True, RU),
    ("Southern Bug",
     "The Southern Bug runs for 806 kilometres across Ukraine, from the Podolian Upland to the Dnieper–Bug estuary on the Black Sea.",
     "Южный Буг (около 800 км) берёт начало на Подольской возвышенности и впадает в Бугский лиман Чёрного моря у Николаева.",
     A, "number", "geography", False, None),
    ("Mangup",
     "Perched on a flat-topped mountain in south-western Crimea, Mangup was the capital of the Principality of Theodoro until the Ottomans captured it in 1475.",
     "Мангуп, столица княжества Феодоро на столовой горе в юго-западном Крыму, был взят турками-османами в 1475 г. после долгой осады.",
     A, "year", "geography", True, None),
    # ---------------- economy ----------------
    # FALSE: RU (Raisio launched Benecol in 1995)
    ("Raisio",
     "The Finnish company Raisio brought Benecol, a cholesterol-lowering margarine based on plant stanol ester, to Finnish shops in 1995.",
     "Маргарин «Бенекол» со станоловым эфиром, снижающим уровень холестерина, финская компания Райсио вывела на рынок в середине 1970-х гг.",
     C, "decade", "economy", False, RU),
    # FALSE: EN (Werther's Original was launched in 1969)
    ("Storck",
     "Storck, the confectioner founded by August Storck in the Westphalian town of Werther in 1903, launched its Werther's Original butter candies in 1959.",
     "Сливочные леденцы Werther's Original кондитерская фирма Шторк (осн. в 1903 г. в вестфальском Вертере) выпустила в 1969 г.",
     C, "year", "economy", True, EN),
    ("Vaisala",
     "Vaisala was founded in 1936 by the Finnish meteorologist Vilho Väisälä to manufacture the radiosondes he had designed.",
     "Финская компания Вайсала, выпускающая радиозонды и метеооборудование, основана в 1936 г. метеорологом Вилхо Вяйсяля.",
     A, "person", "economy", False, None),
    ("Pentel",
     "In 1963 the Japanese stationery maker Pentel introduced its Sign Pen, one of the first fibre-tip pens on the market.",
     "Фломастер Sign Pen, выпущенный в 1963 г., принёс японской фирме Пентел мировую известность.",
     A, "year", "economy", True, None),
    ("Walkers",
     "Walkers, the Leicester crisp maker, began making crisps in 1948, when butcher Henry Walker's firm was short of meat because of rationing.",
     "Компания Уокерс из Лестера занялась чипсами в 1948 г.: мясной лавке Генри Уокера не хватало мяса из-за карточной системы.",
     A, "place", "economy", False, None),
    # ---------------- sport ----------------
    # FALSE: EN (Quax took silver in the 1976 Olympic 5,000 m)
    ("Quax",
     "New Zealand's Dick Quax, who was born in the Netherlands, took bronze in the 5,000 metres at the 1976 Montreal Olympics behind Lasse Virén.",
     "Новозеландец голландского происхождения Дик Квакс завоевал серебро на дистанции 5000 м на Олимпиаде-1976, уступив лишь Лассе Вирену.",
     C, "rank", "sport", False, EN),
    # FALSE: RU (Mastenbroek won three gold medals and one silver in Berlin)
    ("Mastenbroek",
     "At the 1936 Berlin Olympics the 17-year-old Dutch swimmer Rie Mastenbroek won three gold medals and a silver.",
     "Голландская пловчиха Рие Мастенбрук привезла с Олимпиады-1936 в Берлине две золотые и одну серебряную медаль.",
     C, "number", "sport", False, RU),
    # FALSE: EN (Mauresmo's 2006 Grand Slam titles were the Australian Open and Wimbledon)
    ("Mauresmo",
     "In 2006 Amélie Mauresmo won her only two Grand Slam singles titles, at the French Open and at Wimbledon.",
     "Оба своих титула на турнирах Большого шлема Амели Моресмо выиграла в 2006 г. — на Australian Open и Уимблдоне.",
     C, "entity", "sport", True, EN),
    ("Wenden",
     "Australian Michael Wenden won both the 100 m and 200 m freestyle titles at the 1968 Mexico City Olympics.",
     "На Играх-1968 в Мехико австралиец Майкл Венден стал двукратным олимпийским чемпионом — на 100 и 200 м вольным стилем.",
     A, "number", "sport", False, None),
    ("Rigert",
     "Soviet weightlifter David Rigert won the Olympic title in the 90 kg class at Montreal in 1976.",
     "Давид Ригерт — олимпийский чемпион Монреаля (1976 г.) по тяжёлой атлетике в категории до 90 кг.",
     A, "year", "sport", True, None),
    # ---------------- culture ----------------
    # FALSE: RU (Three Plus Two was based on Sergei Mikhalkov's play Savages)
    ("Three Plus Two",
     "Genrikh Oganesyan's seaside comedy Three Plus Two (1963), with Andrei Mironov and Natalya Fateyeva, was adapted from Sergei Mikhalkov's play Savages.",
     "Комедия «Три плюс два» (1963 г.) о «дикарях», отдыхающих на крымском берегу, снята по пьесе Виктора Розова.",
     C, "person", "culture", False, RU),
    # FALSE: RU (The Umbrellas of Cherbourg won the top prize at Cannes in 1964, not the Golden Lion in Venice)
    ("Umbrellas of Cherbourg",
     "Jacques Demy's The Umbrellas of Cherbourg, in which every line of dialogue is sung, took the top prize at the 1964 Cannes Film Festival.",
     "Мюзикл Жака Деми «Шербурские зонтики» в 1964 г. получил «Золотого льва» Венецианского кинофестиваля.",
     C, "entity", "culture", True, RU),
    ("Tale of Tales",
     "Yuri Norstein's animated film Tale of Tales, released in 1979, was voted the best animated film of all time in a 1984 Los Angeles poll.",
     "«Сказку сказок» Норштейна (1979 г.) международное жюри в Лос-Анджелесе в 1984 г. назвало лучшим мультфильмом всех времён и народов.",
     A, "year", "culture", False, None),
    ("Picnic at Hanging Rock",
     "Peter Weir's Picnic at Hanging Rock (1975) follows schoolgirls who vanish during an outing on Valentine's Day 1900.",
     "В фильме Питера Уира «Пикник у Висячей скалы» (1975) воспитанницы пансиона бесследно исчезают 14.02.1900 во время пикника.",
     A, "date", "culture", True, None),
    ("Mon Oncle",
     "Jacques Tati's Mon Oncle (1958), with Monsieur Hulot adrift in an ultra-modern villa, won the Oscar for best foreign-language film.",
     "Комедия Жака Тати «Мой дядюшка» (1958 г.) удостоена «Оскара» как лучший фильм на иностранном языке.",
     A, "entity", "culture", False, None),
    # ---------------- literature ----------------
    # FALSE: EN (White Nights is divided into four nights and a morning)
    ("White Nights",
     "Dostoevsky's White Nights (1848) is divided into five nights, during which a lonely dreamer falls for Nastenka on the St Petersburg embankments.",
     "Сентиментальный роман Достоевского «Белые ночи» (1848 г.) состоит из четырёх ночей и утра, проведённых Мечтателем с Настенькой.",
     C, "number", "literature", True, EN),
    # FALSE: RU (Ambrose marries Rachel in Florence)
    ("My Cousin Rachel",
     "In Daphne du Maurier's My Cousin Rachel (1951), Philip Ashley's guardian Ambrose travels to Florence, marries his cousin Rachel there and soon dies.",
     "В романе Дафны Дюморье «Моя кузина Рейчел» (1951 г.) опекун Филипа, Эмброз Эшли, женится на Рейчел в Венеции и вскоре умирает.",
     C, "place", "literature", False, RU),
    # FALSE: RU (The Secret Garden was published in 1911)
    ("Secret Garden",
     "Frances Hodgson Burnett's The Secret Garden, published in book form in 1911, sends the orphaned Mary Lennox from India to a Yorkshire manor.",
     "Повесть Фрэнсис Бёрнетт «Таинственный сад», вышедшая в начале 1890-х гг., рассказывает о сироте Мэри Леннокс, привезённой из Индии в Йоркшир.",
     C, "decade", "literature", True, RU),
    ("Sea-Hawk",
     "Rafael Sabatini's The Sea-Hawk (1915) turns the Cornish gentleman Sir Oliver Tressilian, sold into galley slavery, into the Barbary corsair Sakr-el-Bahr.",
     "В «Морском ястребе» Сабатини, вышедшем в 1915 г., преданный сводным братом сэр Оливер Трессилиан становится корсаром Сакр-эль-Бахром.",
     A, "year", "literature", True, None),
    ("Puck of Pook's Hill",
     "In Kipling's Puck of Pook's Hill (1906) the children Dan and Una meet Puck in Sussex, and he summons figures from England's past to tell them stories.",
     "В книге Киплинга «Пак с Волшебных холмов» (1906 г.) эльф Пак знакомит Дэна и Уну с римским центурионом, норманнским рыцарем и другими героями английской истории.",
     A, "year", "literature", True, None),
    # ---------------- music ----------------
    # FALSE: RU (Semele was first performed on 10 February 1744)
    ("Semele",
     "Handel's Semele, set to an adapted libretto by William Congreve, was first performed at Covent Garden on 10 February 1744.",
     "Премьера «Семелы» Генделя на либретто по Конгриву прошла в лондонском Ковент-Гардене в мае 1744 г.",
     C, "month", "music", False, RU),
    # FALSE: EN (the libretto of Zoroastre is by Louis de Cahusac, not Voltaire)
    ("Zoroastre",
     "Rameau's tragédie en musique Zoroastre, with a libretto by Voltaire, was first staged at the Paris Opéra in December 1749.",
     "Лирическая трагедия Рамо «Зороастр» на либретто Луи де Каюзака впервые поставлена в Парижской опере 05.12.1749.",
     C, "person", "music", True, EN),
    ("Wellerman",
     "The New Zealand whaling song Wellerman went viral on TikTok at the start of 2021, sung by the Scottish postman Nathan Evans.",
     "В начале 2021 г. новозеландскую китобойную песню «Веллерман» в TikTok прославил Натан Эванс — почтальон из Шотландии.",
     A, "person", "music", False, None),
    ("Shalandy",
     "The song 'Shalandy, full of mullet', by Nikita Bogoslovsky and Vladimir Agatov, was sung by Mark Bernes in the 1943 film Two Soldiers.",
     "Песню «Шаланды, полные кефали» (муз. Н. Богословского, сл. В. Агатова) исполнил Марк Бернес в фильме «Два бойца» (1943 г.).",
     A, "person", "music", True, None),
    ("Sapho",
     "Gounod's first opera, Sapho, opened at the Paris Opéra in April 1851, with Pauline Viardot in the title role.",
     "В заглавной партии «Сафо» (1851 г.) — первой оперы Гуно — на сцене Парижской оперы выступила Полина Виардо.",
     A, "year", "music", False, None),
    # ---------------- art ----------------
    # FALSE: RU (the picture was first shown at the first Peredvizhniki exhibition, not an Academy show)
    ("Peter the Great Interrogating the Tsarevich Alexei",
     "Nikolai Ge's Peter the Great Interrogating the Tsarevich Alexei at Peterhof was the centrepiece of the first Peredvizhniki exhibition in 1871.",
     "Картина Н. Н. Ге «Пётр I допрашивает царевича Алексея Петровича в Петергофе» впервые показана в 1871 г. на выставке Императорской академии художеств.",
     C, "organisation", "art", True, RU),
    # FALSE: EN (Ulysses and the Sirens is in the National Gallery of Victoria, Melbourne)
    ("Ulysses and the Sirens",
     "John William Waterhouse's Ulysses and the Sirens (1891), showing the sirens as birds with women's heads, hangs in the Art Gallery of New South Wales in Sydney.",
     "Полотно Уотерхауса «Улисс и сирены» (1891 г.), где сирены изображены птицами с женскими головами, хранится в Национальной галерее Виктории в Мельбурне.",
     C, "place", "art", False, EN),
    # FALSE: RU (Max Schmitt in a Single Scull was painted in 1871)
    ("Max Schmitt in a Single Scull",
     "Thomas Eakins painted Max Schmitt in a Single Scull in 1871, showing his friend resting on his oars on the Schuylkill River in Philadelphia.",
     "Картина Томаса Икинса «Макс Шмитт в одиночке» (1881 г.) изображает его друга-гребца на реке Скулкилл; ныне она в Метрополитен-музее.",
     C, "year", "art", True, RU),
    ("Zuccone",
     "Donatello carved the marble prophet nicknamed Zuccone between 1423 and 1425; the original is now kept in Florence's Museo dell'Opera del Duomo.",
     "Мраморный пророк «Дзукконе» (1423–1425 гг.) работы Донателло хранится ныне во флорентийском Музее Опера-дель-Дуомо.",
     A, "year", "art", True, None),
    ("Spinario",
     "The bronze Spinario, a boy pulling a thorn from his foot, was among the ancient statues Pope Sixtus IV gave to the people of Rome in 1471.",
     "«Мальчик, вынимающий занозу» (Спинарио) попал в Капитолийские музеи после дара папы Сикста IV римлянам в 1471 г.",
     A, "person", "art", True, None),
    # ---------------- law ----------------
    # FALSE: EN (the Smith-Lever Act was signed on 8 May 1914)
    ("Smith–Lever Act",
     "President Woodrow Wilson signed the Smith–Lever Act, creating the cooperative extension service of the land-grant colleges, in March 1914.",
     "Закон Смита — Левера, учредивший при земельных колледжах службу распространения сельскохозяйственных знаний, подписан 08.05.1914.",
     C, "month", "law", False, EN),
    # FALSE: EN (the Indian Reorganization Act ended the allotment of tribal lands)
    ("Wheeler–Howard Act",
     "The Wheeler–Howard Act of 1934, also called the Indian Reorganization Act, extended the division of tribal reservations into individual allotments.",
     "Закон Уилера — Говарда (1934 г., закон о реорганизации индейцев) положил конец разделу резерваций на индивидуальные наделы.",
     C, "opposite", "law", True, EN),
    ("Marine Mammal Protection Act",
     "The Marine Mammal Protection Act, signed by Richard Nixon in October 1972, largely banned the hunting of whales, dolphins, seals and other marine mammals in US waters.",
     "Закон США о защите морских млекопитающих 1972 г. ввёл мораторий на их добычу и ввоз в страну.",
     A, "year", "law", False, None),
    ("National Trails System Act",
     "The National Trails System Act of 1968 made the Appalachian Trail and the Pacific Crest Trail the first two national scenic trails in the United States.",
     "По закону о национальной системе троп (02.10.1968) первыми национальными живописными тропами США стали Аппалачская тропа и Тихоокеанская горная тропа.",
     A, "entity", "law", True, None),
    ("Order No. 1",
     "Order No. 1, issued by the Petrograd Soviet on 14 March 1917, told soldiers to elect committees and put unit weapons under their control.",
     "Приказ № 1 Петроградского совета от 1 марта 1917 г. (по старому стилю) передавал оружие частей под контроль выборных солдатских комитетов.",
     A, "date", "law", False, None),
    # ---------------- technology ----------------
    # FALSE: EN (the ZIS-110 was modelled on the 1942 Packard Super Eight, not a Cadillac)
    ("ZIS-110",
     "The ZIS-110, the Soviet state limousine built in Moscow from 1946, was closely modelled on the pre-war Cadillac Series 75.",
     "Представительский ЗИС-110 (1946–1958 гг.) создавался по образцу американского Packard Super Eight 1942 модельного года.",
     C, "organisation", "technology", True, EN),
    # FALSE: EN (the Reliant Robin was launched in 1973)
    ("Reliant Robin",
     "The three-wheeled Reliant Robin, with its glass-fibre body, was launched by the Tamworth carmaker Reliant in the early 1960s.",
     "Трёхколёсный «Релайант Робин» со стеклопластиковым кузовом фирма из Тамуэрта начала выпускать в 1973 г.",
     C, "decade", "technology", False, EN),
    ("Mi-6",
     "The Mi-6, for years the largest helicopter in the world, first flew in June 1957.",
     "Тяжёлый вертолёт Ми-6 конструкции М. Л. Миля впервые поднялся в воздух 05.06.1957.",
     A, "date", "technology", True, None),
    ("Zolotoy Bridge",
     "Vladivostok's cable-stayed Zolotoy Bridge, spanning the Golden Horn Bay with a main span of 737 metres, opened in August 2012.",
     "Вантовый Золотой мост через бухту Золотой Рог во Владивостоке открыли для движения 11.08.2012.",
     A, "date", "technology", False, None),
    ("Mariner 2",
     "NASA's Mariner 2 passed Venus on 14 December 1962, becoming the first spacecraft to fly by another planet successfully.",
     "Американский зонд «Маринер-2», запущенный в августе 1962 г., 14.12.1962 пролетел мимо Венеры — первый успешный пролёт другой планеты.",
     A, "date", "technology", True, None),
    # ---------------- disasters ----------------
    # FALSE: RU (the Millfield mine explosion happened on 5 November 1930)
    ("Millfield mine disaster",
     "On 5 November 1930 an explosion in the Sunday Creek Coal Company's No. 6 mine at Millfield killed 82 men, the worst mining disaster in Ohio's history.",
     "Взрыв на шахте № 6 в посёлке Миллфилд (Огайо) в ноябре 1936 г. унёс 82 жизни — крупнейшая горная катастрофа в истории штата.",
     C, "year", "disasters", False, RU),
    # FALSE: EN (the Richmond Theatre fire was on 26 December 1811, in the XIX century)
    ("Richmond Theatre fire",
     "A fire that broke out during a crowded performance at the Richmond Theatre in Virginia in the late eighteenth century killed 72 people.",
     "Пожар в Ричмондском театре (Виргиния) 26.12.1811 унёс 72 жизни — погибли зрители, заполнившие зал на вечернем спектакле.",
     C, "century", "disasters", True, EN),
    # FALSE: EN (the Worcester tornado struck on 9 June 1953)
    ("Worcester tornado",
     "The Worcester tornado of 19 June 1953 tore through central Massachusetts and killed 94 people.",
     "Смерч, обрушившийся на Вустер (Массачусетс) 09.06.1953, унёс 94 жизни и стал одним из самых разрушительных в Новой Англии.",
     C, "date", "disasters", False, EN),
    ("Regina Cyclone",
     "The Regina Cyclone of 30 June 1912 killed 28 people and remains the deadliest tornado in Canadian history.",
     "Торнадо, прошедший через Реджайну 30 июня 1912 г., унёс 28 жизней — больше, чем любой другой смерч в Канаде.",
     A, "number", "disasters", True, None),
    ("Wilberg Mine fire",
     "Twenty-seven miners died when fire broke out in the Wilberg coal mine in Emery County, Utah, on 19 December 1984.",
     "Пожар на угольной шахте Уилберг в штате Юта 19.12.1984 унёс 27 жизней.",
     A, "number", "disasters", False, None),
]

RELATED = [
    ("Rotorua",
     "Mokoia Island, a wooded volcanic dome, rises from the middle of Lake Rotorua.",
     "На южном берегу озера Роторуа стоит одноимённый город, известный гейзерами и горячими источниками.",
     True, "geography"),
    ("Walkers",
     "Walkers crisps have been owned by the American food and drinks group PepsiCo since 1989.",
     "Лицом рекламы чипсов Уокерс много лет был футболист Гари Линекер, уроженец Лестера.",
     False, "economy"),
    ("Mauresmo",
     "Amélie Mauresmo first rose to number one in the women's world rankings in September 2004.",
     "В 2014–2016 гг. Амели Моресмо тренировала британского теннисиста Энди Маррея.",
     True, "sport"),
    ("Umbrellas of Cherbourg",
     "Michel Legrand wrote the score for The Umbrellas of Cherbourg.",
     "Роль юной продавщицы зонтиков Женевьевы в «Шербурских зонтиках» сыграла Катрин Денёв.",
     False, "culture"),
    ("Secret Garden",
     "Before it appeared as a book, The Secret Garden was serialised in The American Magazine.",
     "Хозяин мрачного йоркширского поместья Мисселтуэйт в «Таинственном саде» — дядя Мэри, горбун Арчибальд Крейвен.",
     True, "literature"),
    ("Wellerman",
     "The song takes its name from the supply ships of the Weller brothers, who ran a whaling station in Otago.",
     "Песня «Веллерман» рассказывает о китобойном судне «Билли о'Ти», долго сражавшемся с китом.",
     False, "music"),
    ("Zuccone",
     "Zuccone, Italian for 'big pumpkin', is a nickname inspired by the statue's bald head.",
     "Статую «Дзукконе» Донателло изваял для ниши колокольни Джотто во Флоренции.",
     True, "art"),
    ("Smith–Lever Act",
     "The act was named after Senator Hoke Smith of Georgia and Representative Asbury F. Lever of South Carolina.",
     "Работу сельских консультантов по закону Смита — Левера федеральное правительство оплачивало вместе со штатами на паритетной основе.",
     False, "law"),
    ("Mi-6",
     "The Mi-6 was powered by two Soloviev D-25V turboshaft engines.",
     "Всего за годы серийного производства было построено свыше 900 вертолётов Ми-6.",
     True, "technology"),
    ("Richmond Theatre fire",
     "Governor George William Smith of Virginia was among those killed in the Richmond Theatre fire.",
     "На месте сгоревшего Ричмондского театра позже возвели Монументальную церковь в память о жертвах.",
     False, "disasters"),
]

CYR = re.compile(r"[\u0400-\u04FF]")
LAT = re.compile(r"[A-Za-z\u00C0-\u024F]")
SLOTS = {"year", "date", "month", "day", "decade", "century", "number", "percent",
         "money", "scale", "duration", "place", "person", "organisation", "entity",
         "rank", "polarity", "opposite", "quantity", "unit"}
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
    comp, rel, false_sides, subjects = [], [], [], []
    for subj, en, ru, label, slot, domain, ru_first, false_side in COMPARABLE:
        assert label in (A, C) and slot in SLOTS and domain in DOMAINS, subj
        assert "M" <= subj[0].upper() <= "Z", subj
        if label == C:
            assert false_side in (EN, RU), subj
            false_sides.append(false_side)
        else:
            assert false_side is None, subj
        subjects.append(subj)
        row = make(en, ru, ru_first)
        row.update(label=label, slot=slot, domain=domain)
        comp.append(row)
    assert len(set(subjects)) == len(subjects), "subject reused in comparable"
    rel_subjects = []
    for subj, en, ru, ru_first, domain in RELATED:
        assert domain in DOMAINS
        assert subj in subjects, ("related subject not in comparable", subj)
        rel_subjects.append(subj)
        row = make(en, ru, ru_first)
        row.update(label="related", slot="topic", domain=domain)
        rel.append(row)
    assert len(set(rel_subjects)) == len(rel_subjects)

    assert len(comp) == 60 and len(rel) == 10
    for lab in (A, C):
        rows = [r for r in comp if r["label"] == lab]
        assert len(rows) == 30, lab
        assert sum(r["lang_a"] == "ru" for r in rows) == 15, lab
        assert sum(r["lang_a"] == "en" for r in rows) == 15, lab
    assert sum(r["lang_a"] == "ru" for r in rel) == 5
    assert sum(r["lang_a"] == "en" for r in rel) == 5
    for r in comp + rel:
        assert {r["lang_a"], r["lang_b"]} == {"en", "ru"}
    assert false_sides.count(EN) == 15 and false_sides.count(RU) == 15, count(false_sides)
    cslots = count(r["slot"] for r in comp if r["label"] == C)
    assert len(cslots) >= 12 and max(cslots.values()) <= 3, cslots
    aslots = count(r["slot"] for r in comp if r["label"] == A)
    doms = count(r["domain"] for r in comp)
    assert len(doms) == 12 and set(doms.values()) == {5}, doms
    mix = {}
    for r in comp:
        mix.setdefault(r["domain"], [0, 0])[r["label"] == A] += 1
    assert sorted(tuple(v) for v in mix.values()) == [(2, 3)] * 6 + [(3, 2)] * 6, mix
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"

    with open(os.path.join(here, "comparable_heldout172.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout172.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("false side:", count(false_sides))
    print("agree slots:", aslots)
    print("domains:", doms)
    print("domain mix (contradict, agree):", {k: tuple(v) for k, v in sorted(mix.items())})
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Build heldout125: independent EN/RU claim pairs (stdlib only).

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
    # FALSE: RU (18 Australians were killed at Long Tan, not 28)
    ("Fought in a rain-soaked rubber plantation in Phuoc Tuy province on 18 August 1966, the Battle of Long Tan cost the lives of 18 Australian soldiers.",
     "18.08.1966 в бою у Лонгтана (провинция Фуоктуй) австралийцы, под тропическим ливнем отбивавшие атаки вьетконговцев, потеряли 28 человек убитыми.",
     C, "number", "history", True),
    # FALSE: EN (the Khasan fighting took place in July-August 1938)
    ("The border clashes at Lake Khasan, where Soviet troops fought the Japanese for Zaozyornaya hill near the Korean frontier, took place in the summer of 1939.",
     "Бои у озера Хасан, в ходе которых Красная армия отбила у японцев сопку Заозёрную, продолжались с конца июля по 11 августа 1938 года.",
     C, "year", "history", False),
    # FALSE: RU (the imperial-Spanish army won at Bicocca; the French and Swiss lost)
    ("At Bicocca near Milan on 27 April 1522, Prospero Colonna's imperial-Spanish army routed the French and their Swiss pikemen, who were mown down by arquebus fire.",
     "Сражение при Бикокке (1522) под Миланом завершилось победой французов и их швейцарских пикинёров над имперско-испанской армией Просперо Колонны.",
     C, "opposite", "history", True),
    ("On 30 April 1863 at the Camarón hacienda in Mexico, 65 legionnaires under Captain Jean Danjou held off about 2,000 Mexican troops for most of a day.",
     "30.04.1863 у мексиканской деревни Камерон 65 легионеров капитана Жана Данжу почти целый день отбивались от примерно двух тысяч мексиканцев; деревянную руку Данжу легион хранит как реликвию.",
     A, "date", "history", False),
    ("At Castelfidardo, near Ancona, the Piedmontese under General Enrico Cialdini defeated the papal army of General Lamoricière on 18 September 1860.",
     "18 сентября 1860 г. при Кастельфидардо (область Марке) пьемонтские войска Энрико Чальдини разгромили армию папы римского, которой командовал французский генерал Ламорисьер.",
     A, "person", "history", True),
    # ---------------- science ----------------
    # FALSE: RU (Kohn shared the 1998 prize with John Pople; Zewail won alone in 1999)
    ("Walter Kohn, the Vienna-born physicist who developed density functional theory, shared the 1998 Nobel Prize in Chemistry with the British chemist John Pople.",
     "Нобелевскую премию по химии за 1998 год создатель теории функционала плотности Вальтер Кон разделил с египетско-американским химиком Ахмедом Зевейлом.",
     C, "person", "science", False),
    # FALSE: EN (Tanaka worked for Shimadzu in Kyoto, not Toshiba)
    ("Koichi Tanaka, an engineer at Toshiba with no doctoral degree, shared the 2002 Nobel Prize in Chemistry for a soft laser method of ionising large protein molecules.",
     "Нобелевским лауреатом по химии 2002 г. стал инженер киотской компании «Симадзу» Коити Танака, не имевший учёной степени: он предложил мягкую лазерную десорбцию белков.",
     C, "organisation", "science", True),
    ("Aaron Ciechanover and Avram Hershko of the Technion in Haifa shared the 2004 Nobel Prize in Chemistry with Irwin Rose for discovering ubiquitin-mediated protein degradation.",
     "Израильские биохимики Авраам Хершко и Аарон Чехановер вместе с американцем Ирвином Роузом получили Нобелевскую премию по химии 2004 г. за открытие убиквитинового механизма расщепления белков.",
     A, "year", "science", False),
    ("Eric Betzig, Stefan Hell and William E. Moerner were awarded the 2014 Nobel Prize in Chemistry for the development of super-resolved fluorescence microscopy.",
     "Нобелевскую премию по химии за 2014 г. поделили Эрик Бетциг, Штефан Хелль и Уильям Мёрнер, сумевшие преодолеть дифракционный предел разрешения светового микроскопа.",
     A, "person", "science", True),
    ("Robert Lefkowitz and Brian Kobilka, once a postdoctoral fellow in his Duke University laboratory, won the 2012 Nobel Prize in Chemistry for studies of G-protein-coupled receptors.",
     "Нобелевская премия по химии 2012 г. присуждена американцам Брайану Кобилке и Роберту Лефковицу за исследования рецепторов, сопряжённых с G-белками.",
     A, "entity", "science", False),
    # ---------------- geography ----------------
    # FALSE: EN (Hornavan is the deepest lake in Sweden)
    ("Hornavan, a long mountain-fringed lake in Arjeplog Municipality in Swedish Lapland, is only the third-deepest lake in Sweden.",
     "Самое глубокое озеро Швеции — Хорнаван, вытянутое среди гор коммуны Арьеплуг в шведской Лапландии (лен Норрботтен).",
     C, "rank", "geography", True),
    # FALSE: RU (Lake Izabal drains via the Rio Dulce into the Caribbean)
    ("Lake Izabal, the largest lake in Guatemala, drains through the Río Dulce gorge into the Caribbean, past the old Spanish fort of San Felipe de Lara.",
     "Изабаль, крупнейшее озеро Гватемалы (около 590 км²), через реку Рио-Дульсе сбрасывает свои воды в Тихий океан.",
     C, "place", "geography", False),
    # FALSE: RU (the Ionian earthquakes struck in August 1953)
    ("In August 1953 a series of powerful earthquakes levelled almost every town on Kefalonia, the largest of the Ionian Islands; only Fiscardo in the north was largely spared.",
     "Крупнейший из Ионических островов, Кефалиния, был почти целиком разрушен серией мощных землетрясений в апреле 1953 г.",
     C, "month", "geography", False),
    ("The Stari Grad Plain on the Croatian island of Hvar, farmland laid out by Greek colonists in the fourth century BC, became a UNESCO World Heritage Site in 2008.",
     "Староградское поле на острове Хвар — сельскохозяйственный ландшафт, размеченный древнегреческими колонистами, — в 2008 г. внесено в список Всемирного наследия ЮНЕСКО.",
     A, "year", "geography", False),
    ("In October 2011 a submarine eruption began a few kilometres off La Restinga, a fishing village at the southern tip of El Hierro, the westernmost Canary Island.",
     "Осенью 2011 г. у южной оконечности канарского острова Иерро, близ рыбацкого посёлка Ла-Рестинга, началось подводное извержение вулкана.",
     A, "place", "geography", True),
    # ---------------- economy ----------------
    # FALSE: EN (Richard 'Stoney' Smith patented the Hovis flour in 1886)
    ("Hovis bread goes back to a wheatgerm-rich flour patented in the 1920s by Richard 'Stoney' Smith; its name comes from the Latin hominis vis.",
     "Муку с повышенным содержанием пшеничных зародышей, ставшую основой хлеба «Ховис», Ричард Смит запатентовал в 1886 г.; название образовано от латинского hominis vis — «сила человека».",
     C, "decade", "economy", False),
    # FALSE: RU (Cointreau was founded in 1849, in the 19th century)
    ("The Cointreau company was founded in Angers in 1849 by the brothers Adolphe and Édouard-Jean Cointreau, who began as confectioners.",
     "Фирму «Куантро» основали в Анже ещё в XVIII веке братья-кондитеры Адольф и Эдуар-Жан Куантро.",
     C, "century", "economy", True),
    ("Augustiner-Bräu, first mentioned in 1328 as the brewery of an Augustinian monastery, is the oldest brewery in Munich still in business.",
     "Мюнхенская пивоварня «Августинер», основанная при монастыре августинцев в 1328 г., — старейшая из ныне действующих в городе.",
     A, "year", "economy", False),
    ("Fernet-Branca, the bitter herbal liqueur, was created in Milan in 1845 by Bernardino Branca and is still made by the family firm Fratelli Branca.",
     "Горький травяной ликёр «Фернет-Бранка» выпускается с 1845 г.: его рецепт предложил миланец Бернардино Бранка.",
     A, "person", "economy", True),
    ("In 1608 King James I granted Sir Thomas Phillips a licence to distil whiskey in County Antrim, a date Bushmills still prints on its labels.",
     "Ирландский виски «Бушмилс» ведёт отсчёт от 1608 года, когда король Яков I выдал сэру Томасу Филлипсу лицензию на винокурение в графстве Антрим.",
     A, "year", "economy", False),
    # ---------------- sport ----------------
    # FALSE: EN (Bican was born in Vienna)
    ("Josef Bican, one of the most prolific goalscorers in history, was born in Prague in 1913 and played for Austria at the 1934 World Cup.",
     "Йозеф Бицан, один из самых результативных бомбардиров в истории футбола, родился в 1913 г. в Вене, а на чемпионате мира 1934 г. выступал за сборную Австрии.",
     C, "place", "sport", False),
    # FALSE: RU (Johnson won the decathlon in Rome in 1960; in 1956 he took silver)
    ("Rafer Johnson beat his UCLA team-mate C. K. Yang to win the Olympic decathlon in Rome in 1960, and in 1984 he lit the cauldron in Los Angeles.",
     "Десятиборец Рейфер Джонсон стал олимпийским чемпионом в 1956 г., опередив своего товарища по Калифорнийскому университету тайваньца Ян Чуаньгуана.",
     C, "year", "sport", True),
    # FALSE: EN (Gordeeva and Grinkov won the 1994 Olympic pairs title)
    ("Ekaterina Gordeeva and Sergei Grinkov, Olympic pairs champions at Calgary in 1988, returned as reinstated professionals for Lillehammer in 1994 but lost the gold to a Russian rival pair.",
     "Екатерина Гордеева и Сергей Гриньков дважды становились олимпийскими чемпионами в парном катании — в Калгари-1988 и, вернувшись из профессионалов, в Лиллехаммере-1994.",
     C, "opposite", "sport", False),
    ("Defenceman Viacheslav Fetisov, twice an Olympic champion with the Soviet Union, won the Stanley Cup with the Detroit Red Wings in 1997 and 1998.",
     "Вячеслав Фетисов, двукратный олимпийский чемпион (1984, 1988), дважды подряд — в 1997 и 1998 гг. — выигрывал Кубок Стэнли в составе «Детройта».",
     A, "year", "sport", True),
    ("Spyridon Louis, a water-carrier from Marousi near Athens, won the marathon at the first modern Olympic Games in 1896.",
     "Победителем марафона на I Олимпийских играх (Афины, 1896) стал грек Спиридон Луис, развозивший воду из пригорода Маруси; его имя носит Олимпийский стадион Афин.",
     A, "person", "sport", True),
    # ---------------- culture ----------------
    # FALSE: RU (the Lajkonik is dressed as a Tatar horseman)
    ("Kraków's Lajkonik, a rider dressed as a Tatar on a hobby horse, dances through the city every year on the Thursday after Corpus Christi.",
     "Краковский Лайконик — всадник в костюме турецкого янычара на деревянной лошадке — каждый год в четверг после праздника Тела Господня проходит по городу.",
     C, "entity", "culture", True),
    # FALSE: EN (Kiel Week is held in the last full week of June)
    ("Kiel Week, first held as a regatta in 1882 and now one of the world's largest sailing events, takes place every August on the Kiel Fjord.",
     "Кильская неделя — крупнейший парусный праздник мира — ежегодно проходит на Кильском фьорде в последнюю неделю июня; первая регата состоялась в 1882 г.",
     C, "month", "culture", False),
    ("The Cirque d'Hiver in Paris, a polygonal building designed by Jacques Ignace Hittorff, opened in December 1852 as the Cirque Napoléon.",
     "Парижский «Зимний цирк» по проекту архитектора Якоба Игнаца Гитторфа открылся в 1852 г. и первоначально назывался «Цирком Наполеона».",
     A, "year", "culture", False),
    ("Dublin's Gate Theatre was founded in 1928 by Hilton Edwards and Micheál Mac Liammóir, and it was there that a sixteen-year-old Orson Welles made his stage debut in 1931.",
     "Театр «Гейт» в Дублине основали в 1928 г. Хилтон Эдвардс и Михал Мак Лиамойр; в 1931 г. на его сцене дебютировал 16-летний Орсон Уэллс.",
     A, "person", "culture", True),
    ("The Royal Horticultural Society first staged its great spring flower show in the grounds of the Royal Hospital Chelsea in 1913.",
     "Выставка цветов в Челси проводится Королевским садоводческим обществом на территории лондонского Королевского госпиталя с 1913 года, обычно в мае.",
     A, "place", "culture", False),
    # ---------------- literature ----------------
    # FALSE: RU (Bento suspects Capitu of an affair with his friend Escobar, not with José Dias)
    ("In Machado de Assis's Dom Casmurro (1899) the narrator, Bento Santiago, comes to suspect that his wife Capitu had an affair with his best friend Escobar.",
     "Рассказчик романа Машаду де Ассиса «Дон Касмурро» (1899) Бенту Сантьягу подозревает свою жену Капиту в измене с приживалом их семьи Жозе Диасом.",
     C, "person", "literature", True),
    # FALSE: EN (Gallegos became president of Venezuela in 1948)
    ("Rómulo Gallegos, author of Doña Bárbara (1929), a novel of civilisation against barbarism on the Venezuelan llanos, never served as his country's president.",
     "Автор романа «Донья Барбара» (1929) о противостоянии цивилизации и варварства в венесуэльских льяносах Ромуло Гальегос в 1948 г. стал президентом Венесуэлы.",
     C, "polarity", "literature", False),
    # FALSE: EN (Carmilla is set in Styria)
    ("Sheridan Le Fanu's novella Carmilla, serialised in 1871–72 and published a quarter of a century before Dracula, is set in a remote castle in Transylvania.",
     "Действие повести Шеридана Ле Фаню «Кармилла» (1872) о женщине-вампире разворачивается в уединённом замке в Штирии.",
     C, "place", "literature", True),
    ("James Hilton's short novel Goodbye, Mr. Chips (1934) follows the long career of a shy classics master at Brookfield, a fictional English boarding school.",
     "Повесть Джеймса Хилтона «Прощайте, мистер Чипс!» (1934) рассказывает о скромном учителе латыни по прозвищу Чипс из вымышленной школы-пансиона Брукфилд.",
     A, "year", "literature", False),
    ("In Kuprin's story The Garnet Bracelet (1911) a poor clerk named Zheltkov sends Princess Vera Sheina a bracelet as a token of his hopeless love.",
     "Повесть Александра Куприна «Гранатовый браслет», опубликованная в 1911 г., — история безответной любви мелкого чиновника Желткова к княгине Вере Николаевне Шеиной.",
     A, "person", "literature", True),
    # ---------------- music ----------------
    # FALSE: RU (the opera premiered at the Metropolitan Opera, New York)
    ("The opera version of Humperdinck's Königskinder had its world premiere at the Metropolitan Opera in New York on 28 December 1910, with Geraldine Farrar as the Goose Girl.",
     "Оперная редакция «Королевских детей» Хумпердинка впервые прозвучала 28 декабря 1910 г. на сцене Венской придворной оперы.",
     C, "organisation", "music", False),
    # FALSE: EN (Linda di Chamounix premiered on 19 May 1842)
    ("Donizetti's opera Linda di Chamounix, set partly in the Savoy Alps and partly in Paris, was first staged at Vienna's Kärntnertortheater on 19 May 1844.",
     "Премьера оперы Доницетти «Линда ди Шамуни» состоялась 19.05.1842 в венском театре «Кернтнертор».",
     C, "year", "music", True),
    ("Boris Asafyev's ballet The Fountain of Bakhchisarai, based on Pushkin's poem and choreographed by Rostislav Zakharov, was first staged at the Kirov Theatre in Leningrad in 1934.",
     "Балет «Бахчисарайский фонтан» на музыку Бориса Асафьева по поэме Пушкина впервые показан 28 сентября 1934 г. в Ленинграде, постановщик — Ростислав Захаров.",
     A, "year", "music", False),
    ("Alexander Krein's ballet Laurencia, adapted from Lope de Vega's Fuenteovejuna, was premiered at the Kirov in 1939 with choreography by Vakhtang Chabukiani.",
     "«Лауренсия» Александра Крейна — балет по пьесе Лопе де Веги «Овечий источник», поставленный Вахтангом Чабукиани в Ленинграде в 1939 г.",
     A, "person", "music", True),
    ("Adolphe Adam's ballet Le Corsaire, loosely based on Byron's poem, was first performed at the Paris Opéra in January 1856, only months before the composer's death.",
     "«Корсар» Адольфа Адана по мотивам поэмы Байрона впервые поставлен в Парижской опере 23.01.1856 хореографом Жозефом Мазилье.",
     A, "month", "music", False),
    # ---------------- art ----------------
    # FALSE: EN (The Kiss was painted in 1859, in the 19th century)
    ("Francesco Hayez painted The Kiss, an embrace later read as an emblem of the Risorgimento, in the late eighteenth century; it now hangs in Milan's Brera gallery.",
     "Картину «Поцелуй» Франческо Айец написал в 1859 г.; сегодня это полотно, ставшее символом Рисорджименто, хранится в миланской пинакотеке Брера.",
     C, "century", "art", True),
    # FALSE: RU (Boznanska lived in Paris from 1898 until her death in 1940)
    ("The Kraków-born portraitist Olga Boznańska, known for her muted Girl with Chrysanthemums (1894), settled in Paris in 1898 and lived there for the remaining 42 years of her life.",
     "Краковская художница Ольга Бознаньская, автор сумрачной «Девочки с хризантемами» (1894), прожила в Париже лишь около десяти лет, после чего вернулась в Польшу.",
     C, "duration", "art", False),
    ("Tamara de Lempicka's Self-Portrait in the Green Bugatti (1929), painted for the cover of the German magazine Die Dame, became an icon of Art Deco.",
     "«Автопортрет в зелёном „Бугатти“» Тамары Лемпицкой, написанный в 1929 г. для обложки немецкого журнала Die Dame, стал символом стиля ар-деко.",
     A, "year", "art", True),
    ("Tivadar Csontváry Kosztka, a Hungarian pharmacist who took up painting after a vision in 1880, painted The Solitary Cedar in 1907.",
     "Венгерский аптекарь Тивадар Костка Чонтвари, взявшийся за кисть после видения 1880 г., написал «Одинокий кедр» в 1907 году; его музей находится в Пече.",
     A, "year", "art", False),
    ("John Atkinson Grimshaw, a Leeds-born painter who had worked as a railway clerk, became known for moonlit views of wet streets and docks.",
     "Джон Аткинсон Гримшо, уроженец Лидса, прославился ночными пейзажами: залитыми лунным светом улицами и доками викторианских городов.",
     A, "place", "art", True),
    # ---------------- law ----------------
    # FALSE: RU (Afroyim v. Rusk was decided 5-4)
    ("In Afroyim v. Rusk (1967) the US Supreme Court ruled 5–4 that Congress cannot strip an American of citizenship without his consent.",
     "По делу «Афройим против Раска» (1967) Верховный суд США семью голосами против двух постановил, что гражданина нельзя лишить гражданства без его согласия.",
     C, "number", "law", False),
    # FALSE: EN (the Cremieux Decree is dated 24 October 1870)
    ("The Crémieux Decree, issued on 4 September 1870 by the French Government of National Defence, made some 35,000 Algerian Jews French citizens.",
     "Декрет Кремьё от 24 октября 1870 г. предоставил французское гражданство примерно 35 тыс. евреев Алжира.",
     C, "date", "law", True),
    ("Eisenstadt v. Baird (1972) extended the right to obtain contraceptives to unmarried people; William Baird had handed out contraceptive foam at Boston University.",
     "В 1972 г. по делу «Айзенштадт против Бэрда» Верховный суд США признал за неженатыми людьми то же право на контрацепцию, что и за супругами.",
     A, "year", "law", False),
    ("In Goss v. Lopez (1975), a case from Columbus, Ohio, the Supreme Court held 5–4 that pupils facing suspension from public school are entitled to due process.",
     "Решением по делу «Госс против Лопеса» (1975) Верховный суд США пятью голосами против четырёх признал право школьников на надлежащую правовую процедуру при отстранении от занятий.",
     A, "number", "law", True),
    ("The Equal Franchise Act of 1928 lowered the voting age for British women from 30 to 21, putting them on the same footing as men.",
     "Закон о равном избирательном праве 1928 г. уравнял британских женщин с мужчинами, снизив для них возрастной ценз с 30 до 21 года.",
     A, "number", "law", True),
    # ---------------- technology ----------------
    # FALSE: RU (the NC-4's crossing took 19 days, 8-27 May 1919)
    ("The US Navy flying boat NC-4 left Rockaway, New York, on 8 May 1919 and reached Lisbon 19 days later, completing the first flight across the Atlantic.",
     "Перелёт американской летающей лодки NC-4 через Атлантику с остановками на Ньюфаундленде и Азорских островах занял около двух месяцев.",
     C, "duration", "technology", True),
    # FALSE: EN (the Isetta was built under licence by BMW)
    ("The Isetta bubble car, designed by the Italian firm Iso, with a single door that formed its whole front, was built under licence in Germany by Volkswagen from 1955.",
     "Микроавтомобиль «Изетта» итальянской фирмы Iso, у которого дверью служила вся передняя стенка кузова, с 1955 г. по лицензии выпускал баварский концерн BMW.",
     C, "organisation", "technology", False),
    # FALSE: RU (CinemaScope was launched in 1953)
    ("CinemaScope, the anamorphic widescreen process launched by 20th Century Fox with The Robe in 1953, used a lens invented by Henri Chrétien.",
     "Широкоэкранная система «Синемаскоп» с анаморфотной оптикой Анри Кретьена была представлена студией «XX век Фокс» ещё в 1930-е годы.",
     C, "decade", "technology", True),
    ("The Fieseler Fi 156 Storch, a German liaison aircraft able to take off in a few dozen metres, was used in September 1943 to fly Mussolini off the Gran Sasso.",
     "Лёгкий самолёт «Физелер Fi 156 Шторьх», которому для взлёта хватало нескольких десятков метров, в сентябре 1943 г. вывез освобождённого Муссолини с Гран-Сассо.",
     A, "month", "technology", False),
    ("Vasily Degtyaryov's DP light machine gun, adopted by the Red Army in the late 1920s, was fed from a flat 47-round pan magazine mounted on top.",
     "Ручной пулемёт Дегтярёва (ДП) питался из плоского дискового магазина на 47 патронов и был принят на вооружение РККА в 1927–1928 гг.",
     A, "decade", "technology", True),
    # ---------------- disasters ----------------
    # FALSE: EN (the Abergele crash killed 33 people)
    ("On 20 August 1868 the Irish Mail ran into runaway wagons loaded with paraffin near Abergele in North Wales; the blaze killed 53 people.",
     "Крушение под Абергелом (Северный Уэльс) 20.08.1868: почтовый поезд «Айриш мейл» врезался в сорвавшиеся вагоны с керосином, погибли 33 человека.",
     C, "number", "disasters", True),
    # FALSE: RU (the Hither Green derailment was on 5 November 1967)
    ("On the evening of 5 November 1967 a broken rail derailed a crowded Hastings–Charing Cross express near Hither Green in south-east London, killing 49 people.",
     "Сход экспресса Гастингс — Чаринг-Кросс у станции Хизер-Грин на юго-востоке Лондона 24 декабря 1967 г. из-за лопнувшего рельса унёс 49 жизней.",
     C, "date", "disasters", False),
    # FALSE: EN (Hattie struck at the end of October 1961)
    ("Hurricane Hattie struck British Honduras at the end of August 1961, wrecking Belize City and prompting the decision to build a new inland capital, Belmopan.",
     "Ураган «Хэтти», обрушившийся на Британский Гондурас в конце октября 1961 г., разрушил Белиз-Сити; после этого столицу решили перенести вглубь страны, в Бельмопан.",
     C, "month", "disasters", False),
    ("When the lake freighter Daniel J. Morrell broke in two in a Lake Huron storm on 29 November 1966, Dennis Hale was the only one of 29 crewmen to survive.",
     "Из 29 членов экипажа рудовоза «Дэниел Дж. Моррелл», переломившегося в шторм на озере Гурон в ноябре 1966 г., выжил лишь матрос Деннис Хейл.",
     A, "number", "disasters", False),
    ("A fire at the Kinross gold mine near Evander, South Africa, on 16 September 1986 filled the tunnels with toxic smoke and killed 177 miners.",
     "16.09.1986 на золотом руднике Кинросс (ЮАР) от сварочных работ загорелась полиуретановая изоляция; ядовитый дым погубил 177 горняков.",
     A, "date", "disasters", True),
]

RELATED = [
    ("Every year on 18 August Australians mark Vietnam Veterans Day, which was originally known as Long Tan Day.",
     "Исход боя у Лонгтана во многом решили массированный огонь артиллерии и подоспевшее подкрепление на бронетранспортёрах.",
     "Long Tan", True, "history"),
    ("Captain Danjou's wooden hand, recovered after the fight at Camarón, is kept in the Foreign Legion's museum at Aubagne.",
     "День Камерона, 30 апреля, отмечается как главный праздник Французского иностранного легиона.",
     "Camarón", False, "history"),
    ("Fetisov was among the first Soviet players allowed to join the NHL, signing with the New Jersey Devils in 1989.",
     "После завершения карьеры Вячеслав Фетисов в 2002–2008 гг. возглавлял государственное ведомство по физкультуре и спорту России.",
     "Fetisov", True, "sport"),
    ("The town of Hvar has a theatre founded in 1612, one of the oldest public theatres in Europe.",
     "Остров Хвар в Адриатическом море славится лавандовыми полями и считается одним из самых солнечных мест Хорватии.",
     "Hvar", False, "geography"),
    ("Carmilla first appeared as a serial in the magazine The Dark Blue before Le Fanu included it in his collection In a Glass Darkly (1872).",
     "Имя Кармилла — анаграмма настоящего имени героини повести, графини Миркаллы Карнштейн.",
     "Carmilla", True, "literature"),
    ("Machado de Assis, the author of Dom Casmurro, was a founder and the first president of the Brazilian Academy of Letters.",
     "Прозвище «Дон Касмурро», давшее название роману, означает примерно «угрюмый, замкнутый господин».",
     "Dom Casmurro", False, "literature"),
    ("Marius Petipa revived Le Corsaire several times in St Petersburg, and his 1899 version became the basis of later productions.",
     "Сюжет балета «Корсар» заимствован из одноимённой поэмы Джорджа Байрона, вышедшей в 1814 году.",
     "Le Corsaire", True, "music"),
    ("The Kinross fire is remembered as the worst disaster in the history of South African gold mining.",
     "Пожар на руднике Кинросс начался, когда искры от сварочного аппарата подожгли полиуретановое покрытие стен выработки.",
     "Kinross", False, "disasters"),
    ("The Vichy regime abolished the Crémieux Decree in October 1940; it was restored in 1943.",
     "Декрет получил имя министра юстиции Адольфа Кремьё, который сам происходил из еврейской семьи.",
     "Crémieux Decree", True, "law"),
    ("In her last years Tamara de Lempicka moved to Mexico, and she died in Cuernavaca in 1980.",
     "В Париже Тамара Лемпицка училась живописи у Мориса Дени и Андре Лота.",
     "Lempicka", False, "art"),
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
    for r in comp + rel:
        assert {r["lang_a"], r["lang_b"]} == {"en", "ru"}
    cslots = count(r["slot"] for r in comp if r["label"] == C)
    assert len(cslots) >= 12 and max(cslots.values()) <= 3, cslots
    aslots = count(r["slot"] for r in comp if r["label"] == A)
    doms = count(r["domain"] for r in comp)
    assert len(doms) == 12 and set(doms.values()) == {5}, doms
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"

    with open(os.path.join(here, "comparable_heldout125.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout125.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("agree slots:", aslots)
    print("domains:", doms)
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Build heldout85: independent EN/RU claim pairs (stdlib only).

Each comparable row: (en, ru, label, slot, domain, ru_first, false_side, subject).
Each related row:    (en, ru, subject, ru_first, domain).
For contradict rows a comment names the FALSE side (EN or RU), and the same
side is recorded in false_side; the other side is true to the best of the
writer's knowledge. Agree rows have false_side None. Subjects' main names
begin with A-L.
"""
import json
import os
import re

C, A = "contradict", "agree"
EN, RU = "EN", "RU"

COMPARABLE = [
    # ---------------- history ----------------
    # FALSE: RU (the Babington Plot was uncovered in 1586, i.e. the sixteenth century)
    ("The Babington Plot of 1586, which aimed to murder Elizabeth I and put Mary, Queen of Scots, on the throne, was exposed by Francis Walsingham's spies.",
     "Заговор Энтони Бабингтона, ставивший целью убийство Елизаветы I и возведение на престол Марии Стюарт, был раскрыт в XVII веке.",
     C, "century", "history", True, RU, "Babington Plot"),
    ("Leander Starr Jameson's raid into the Transvaal began on 29 December 1895 and ended with his surrender at Doornkop on 2 January 1896.",
     "Отряд Джеймсона, вторгшийся в Трансвааль из Бечуаналенда в самом конце 1895 г., сложил оружие у Дорнкопа 2 января 1896 года.",
     A, "date", "history", False, None, "Jameson Raid"),
    # FALSE: EN (Campo Formio was signed on 17 October 1797; April 1797 was the preliminary peace of Leoben)
    ("The Treaty of Campo Formio, which ended the War of the First Coalition and handed Venice to Austria, was signed in April 1797.",
     "Кампо-Формийский мир между Францией и Австрией, по которому Венеция отошла к Габсбургам, был подписан 17 октября 1797 г.",
     C, "month", "history", True, EN, "Campo Formio"),
    ("The Don Cossack rising led by Kondraty Bulavin against the policies of Peter the Great lasted from 1707 until its suppression in 1708.",
     "Восстание К. А. Булавина (1707–1708 гг.) охватило Дон и было жестоко подавлено правительственными войсками Петра I.",
     A, "year", "history", True, None, "Bulavin Rebellion"),
    ("The Treaty of Kars, concluded on 13 October 1921 between Turkey and the three Soviet republics of Transcaucasia, left Kars and Ardahan in Turkish hands.",
     "Карсский договор 1921 г. между Турцией и закавказскими советскими республиками закрепил за Турцией Карс и Ардаган.",
     A, "place", "history", False, None, "Kars (Treaty of)"),
    # ---------------- science ----------------
    # FALSE: EN (Arrhenius published his calculation in 1896)
    ("In the 1920s the Swedish chemist Svante Arrhenius published the first estimate of how much a rise in atmospheric carbon dioxide would warm the Earth.",
     "Ещё в 1896 году Сванте Аррениус рассчитал, насколько повысится температура Земли при увеличении содержания углекислого газа в атмосфере.",
     C, "decade", "science", False, EN, "Arrhenius"),
    ("Patrick Blackett received the 1948 Nobel Prize in Physics for improving the Wilson cloud chamber and for his discoveries in cosmic radiation.",
     "Англичанин Патрик Блэкетт, усовершенствовавший камеру Вильсона, стал лауреатом Нобелевской премии по физике за 1948 год.",
     A, "year", "science", True, None, "Blackett"),
    # FALSE: RU (Bridgman spent his whole career at Harvard, not Princeton)
    ("Percy Bridgman, who spent his entire career at Harvard, won the 1946 Nobel Prize in Physics for his work on extremely high pressures.",
     "Физик Перси Бриджмен, всю жизнь проработавший в Принстонском университете, получил Нобелевскую премию 1946 г. за исследования сверхвысоких давлений.",
     C, "organisation", "science", True, RU, "Bridgman"),
    ("Bernardo Houssay, who shared the 1947 medicine prize with Carl and Gerty Cori, was the first Latin American to win a Nobel Prize in science.",
     "Аргентинский физиолог Бернардо Усай (Нобелевская премия 1947 г.) — первый уроженец Латинской Америки, удостоенный этой награды в области естественных наук.",
     A, "rank", "science", False, None, "Houssay"),
    ("The Danish physiologist August Krogh won the Nobel Prize in Physiology or Medicine in 1920 for explaining how the capillaries in muscle are regulated.",
     "За открытие механизма регуляции просвета капилляров датчанин Август Крог был удостоен Нобелевской премии 1920 года.",
     A, "year", "science", False, None, "Krogh"),
    # ---------------- geography ----------------
    ("The Daugava rises in the Valdai Hills of Russia, crosses Belarus and Latvia, and enters the Gulf of Riga just below the Latvian capital.",
     "Западная Двина (латыш. Даугава) длиной более 1 тыс. км берёт начало на Валдайской возвышенности и впадает в Рижский залив.",
     A, "place", "geography", True, None, "Daugava"),
    # FALSE: EN (the Garonne rises in the Val d'Aran, in Spain, not in Andorra)
    ("The Garonne, which flows past Toulouse and Bordeaux, has its source high in the Pyrenees of Andorra.",
     "Гаронна берёт начало в испанской долине Валь-д'Аран в Пиренеях, затем протекает через Тулузу и Бордо.",
     C, "place", "geography", False, EN, "Garonne"),
    # FALSE: EN (Carrauntoohil is 1,038 m high)
    ("Carrauntoohil in County Kerry, the highest mountain in Ireland, rises to about 1,340 metres above sea level.",
     "Высшая точка Ирландии — гора Каррантуил (1038 м) в хребте Макгилликаддис-Рикс, графство Керри.",
     C, "number", "geography", True, EN, "Carrauntoohil"),
    ("David Livingstone died in 1873 at Chief Chitambo's village, near the swamps on the southern side of Lake Bangweulu in present-day Zambia.",
     "Путешественник Давид Ливингстон скончался в 1873 г. неподалёку от южного берега озера Бангвеулу (ныне Замбия).",
     A, "place", "geography", False, None, "Lake Bangweulu"),
    # FALSE: RU (the great eruption of Bezymianny was on 30 March 1956)
    ("Bezymianny in Kamchatka, long regarded as extinct, tore itself open in a huge sideways blast on 30 March 1956.",
     "Камчатский вулкан Безымянный, считавшийся потухшим, пережил катастрофическое извержение 30 марта 1965 г.",
     C, "year", "geography", True, RU, "Bezymianny"),
    # ---------------- economy ----------------
    ("The Scottish industrialist James Finlayson set up a cotton mill beside the Tammerkoski rapids in Tampere in 1820.",
     "Основанная шотландцем Джеймсом Финлейсоном в 1820 г. текстильная фабрика дала толчок превращению Тампере в промышленный центр Финляндии.",
     A, "year", "economy", False, None, "Finlayson"),
    # FALSE: EN (KaDeWe was opened by Adolf Jandorf; the Hermann Tietz firm took it over only in 1927)
    ("Berlin's Kaufhaus des Westens, or KaDeWe, was opened in 1907 by the department-store magnate Hermann Tietz.",
     "Универмаг KaDeWe на берлинской Тауэнцинштрассе открыл в 1907 году коммерсант Адольф Яндорф.",
     C, "person", "economy", True, EN, "KaDeWe"),
    # FALSE: RU (Schueller founded the firm in 1909)
    ("L'Oréal grew out of a small hair-dye company that the young chemist Eugène Schueller founded in Paris in 1909.",
     "Фирму по производству безопасных красок для волос, ставшую затем концерном L'Oréal, химик Эжен Шуэллер основал в 1930-х годах.",
     C, "decade", "economy", False, RU, "L'Oréal"),
    ("William Hamley opened his toy shop, Noah's Ark, in High Holborn, London, in 1760; it moved to Regent Street in 1881.",
     "Лондонский магазин игрушек «Хэмлис», основанный в 1760 г., считается одним из старейших в мире.",
     A, "year", "economy", True, None, "Hamleys"),
    ("The glassworks from which the town of Gus-Khrustalny grew was founded in 1756 by the merchant Akim Maltsov.",
     "Город Гусь-Хрустальный вырос вокруг стекольной фабрики, которую купец Аким Мальцов основал на реке Гусь в середине XVIII века.",
     A, "person", "economy", False, None, "Gus-Khrustalny"),
    # ---------------- sport ----------------
    # FALSE: RU (Landy set the record in Turku, Finland)
    ("On 21 June 1954, in the Finnish city of Turku, John Landy ran the mile in 3 minutes 58.0 seconds, a new world record.",
     "Австралиец Джон Лэнди установил мировой рекорд в беге на милю (3.58,0) 21.06.1954 на стадионе в Стокгольме.",
     C, "place", "sport", False, RU, "Landy"),
    ("Vsevolod Bobrov scored a hat-trick as the Soviet team fought back from 1–5 to draw 5–5 with Yugoslavia at the 1952 Olympic football tournament.",
     "В матче с Югославией на Олимпиаде 1952 г., завершившемся вничью 5:5, Всеволод Бобров забил три гола.",
     A, "number", "sport", True, None, "Bobrov"),
    # FALSE: EN (Connolly was the first woman to win the calendar-year Grand Slam)
    ("In 1953 the American Maureen Connolly became the second woman to win all four Grand Slam singles titles in a single calendar year.",
     "Американка Морин Коннолли в 1953 г. первой среди женщин выиграла за один сезон все четыре турнира Большого шлема.",
     C, "rank", "sport", True, EN, "Connolly (Maureen)"),
    ("Norway's Knut Johannesen took the 10,000 metres at the 1960 Winter Olympics in Squaw Valley in a world-record time.",
     "Олимпийское золото на дистанции 10 000 м в Скво-Вэлли досталось норвежцу Кнуту Йоханнесену, побившему мировой рекорд.",
     A, "place", "sport", False, None, "Johannesen"),
    # FALSE: RU (the 1951 match was drawn 12-12 and Botvinnik kept the title)
    ("David Bronstein drew his 1951 world championship match against Mikhail Botvinnik 12–12, which meant that Botvinnik kept his title.",
     "В 1951 году Давид Бронштейн выиграл матч на первенство мира у Михаила Ботвинника.",
     C, "opposite", "sport", False, RU, "Bronstein"),
    # ---------------- culture ----------------
    ("The Lady Lever Art Gallery in Port Sunlight, opened in 1922, was founded by the soap manufacturer William Hesketh Lever in memory of his wife.",
     "Художественную галерею леди Левер в Порт-Санлайте основал мыловаренный фабрикант Уильям Хескет Левер (лорд Леверхалм).",
     A, "person", "culture", True, None, "Lady Lever Art Gallery"),
    ("In 1913 the Frans Hals Museum moved into the old men's almshouse in Haarlem, a building dating from the early 17th century.",
     "С 1913 г. Музей Франса Халса располагается в бывшем харлемском приюте для престарелых мужчин.",
     A, "year", "culture", True, None, "Frans Hals Museum"),
    # FALSE: EN (the Dying Gaul is in Rome's Capitoline Museums; the Glyptothek has the Barberini Faun)
    ("Munich's Glyptothek, opened in 1830 to house Ludwig I's ancient sculptures, is home to the Dying Gaul, a famous Hellenistic marble.",
     "Среди сокровищ мюнхенской Глиптотеки, построенной Лео фон Кленце для античного собрания Людвига I, — «Фавн Барберини», эллинистическая статуя спящего сатира.",
     C, "entity", "culture", True, EN, "Glyptothek"),
    ("UNESCO added the Kırkpınar oil-wrestling festival, held every summer near Edirne, to its intangible cultural heritage list in 2010.",
     "С 2010 г. турнир по борьбе на масле Кыркпынар в окрестностях Эдирне входит в список нематериального наследия ЮНЕСКО.",
     A, "year", "culture", False, None, "Kirkpinar"),
    # FALSE: RU (the final is played on 24 June, the feast of St John the Baptist)
    ("The final of Florence's calcio storico is played every year on 24 June, the feast of the city's patron saint, in Piazza Santa Croce.",
     "Финальный матч флорентийского «исторического кальчо» ежегодно проходит на площади Санта-Кроче 24 июля.",
     C, "date", "culture", True, RU, "Calcio storico"),
    # ---------------- literature ----------------
    ("Madame de Staël's novel Corinne, or Italy, whose heroine is a poet crowned on the Capitol in Rome, came out in 1807.",
     "Роман Жермены де Сталь «Коринна, или Италия» был издан в 1807 г.",
     A, "year", "literature", True, None, "Corinne"),
    # FALSE: RU (Germinal is the 13th of the 20 novels; the last is Le Docteur Pascal)
    ("Published in 1885, Germinal is the thirteenth of the twenty novels that make up Émile Zola's Rougon-Macquart cycle.",
     "Роман «Жерминаль», вышедший в 1885 г., — двадцатый, заключительный в эпопее Эмиля Золя «Ругон-Маккары».",
     C, "rank", "literature", False, RU, "Germinal"),
    # FALSE: EN (The Gambler was dictated in 26 days in October 1866)
    ("Dostoevsky dictated The Gambler to the stenographer Anna Snitkina over roughly six months of 1866 to meet a punishing contract deadline.",
     "Роман «Игрок» Ф. М. Достоевский продиктовал стенографистке Анне Сниткиной всего за 26 дней осенью 1866 г., чтобы не нарушить кабальный договор со Стелловским.",
     C, "duration", "literature", True, EN, "Gambler (The)"),
    ("Nikolai Leskov's chronicle Cathedral Folk, centred on the archpriest Savely Tuberozov, was serialised in the Russian Messenger in 1872.",
     "Хроника Н. С. Лескова «Соборяне» о протопопе Савелии Туберозове печаталась в журнале «Русский вестник» в 1872 году.",
     A, "organisation", "literature", False, None, "Cathedral Folk"),
    ("E. M. Forster's Howards End, the novel built around the motto 'Only connect', was published in 1910.",
     "Роман Э. М. Форстера «Говардс-Энд», повествующий о сёстрах Шлегель и семействе Уилкоксов, вышел в 1910 г.",
     A, "year", "literature", True, None, "Howards End"),
    # ---------------- music ----------------
    # FALSE: RU (the premiere was conducted by Toscanini, not Stokowski)
    ("Samuel Barber's Adagio for Strings was first performed on 5 November 1938 by the NBC Symphony Orchestra under Arturo Toscanini.",
     "Первым исполнителем «Адажио для струнных» Сэмюэла Барбера в ноябре 1938 г. стал оркестр под управлением Леопольда Стоковского.",
     C, "person", "music", False, RU, "Adagio for Strings"),
    # FALSE: RU (Kata Kabanova is based on Ostrovsky's The Storm, not The Forest)
    ("Janáček's Káťa Kabanová, an opera drawn from Ostrovsky's play The Storm, was first staged in Brno in November 1921.",
     "Опера Леоша Яначека «Катя Кабанова», впервые поставленная в Брно в ноябре 1921 г., написана по пьесе Островского «Лес».",
     C, "entity", "music", False, RU, "Káťa Kabanová"),
    # FALSE: EN (Lind's American tour began in September 1850)
    ("Promoted by P. T. Barnum, the Swedish soprano Jenny Lind began her triumphant concert tour of the United States in 1860.",
     "Дженни Линд, «шведский соловей», начала гастроли по США, организованные Финеасом Барнумом, в сентябре 1850 года.",
     C, "year", "music", True, EN, "Jenny Lind"),
    ("Smetana's comic opera The Bartered Bride was first performed at the Provisional Theatre in Prague on 30 May 1866.",
     "Премьера комической оперы Бедржиха Сметаны «Проданная невеста» прошла в пражском Временном театре в 1866 году.",
     A, "year", "music", False, None, "Bartered Bride (The)"),
    ("Bizet's incidental music for Alphonse Daudet's play L'Arlésienne was first heard at the Théâtre du Vaudeville in Paris on 1 October 1872.",
     "Музыка Жоржа Бизе к драме Альфонса Доде «Арлезианка» впервые прозвучала в парижском театре «Водевиль» осенью 1872 г.",
     A, "date", "music", True, None, "L'Arlésienne"),
    # ---------------- art ----------------
    ("Hans Holbein the Younger painted The Ambassadors, with its famous distorted skull across the foreground, in London in 1533.",
     "Картина Ганса Гольбейна Младшего «Послы» (1533) с анаморфным черепом на переднем плане хранится в Национальной галерее в Лондоне.",
     A, "year", "art", True, None, "Ambassadors (The)"),
    # FALSE: RU (the first version is at Keble College, Oxford)
    ("The first version of William Holman Hunt's The Light of the World hangs in the chapel of Keble College, Oxford.",
     "Первый вариант картины Уильяма Холмана Ханта «Светоч мира» находится в часовне одного из колледжей Кембриджа.",
     C, "place", "art", False, RU, "Light of the World"),
    # FALSE: EN (the Hermitage acquired the Benois Madonna in 1914)
    ("Leonardo's Benois Madonna entered the Hermitage in 1884, when the Benois family sold it to the museum.",
     "«Мадонна Бенуа» Леонардо да Винчи поступила в Эрмитаж в 1914 г., её продала семья архитектора Леонтия Бенуа.",
     C, "year", "art", True, EN, "Benois Madonna"),
    ("Verrocchio's bronze equestrian statue of the condottiere Bartolomeo Colleoni stands in Venice, in the Campo Santi Giovanni e Paolo.",
     "Конная статуя кондотьера Бартоломео Коллеони работы Андреа Верроккьо установлена на одной из площадей Венеции.",
     A, "place", "art", False, None, "Colleoni"),
    ("The Church of the Intercession on the Nerl, near Bogolyubovo, is traditionally dated to 1165, in the reign of Prince Andrei Bogolyubsky.",
     "Белокаменная церковь Покрова на Нерли близ Боголюбова — шедевр владимиро-суздальского зодчества XII века.",
     A, "century", "art", True, None, "Intercession on the Nerl"),
    # ---------------- law ----------------
    # FALSE: RU (the Act asserted, rather than denied, Parliament's power over the colonies)
    ("The Declaratory Act, passed in March 1766 together with the repeal of the Stamp Act, asserted Parliament's full power to legislate for the American colonies.",
     "Декларативный акт 1766 г., принятый одновременно с отменой гербового сбора, признал, что парламент не вправе издавать законы для американских колоний.",
     C, "polarity", "law", False, RU, "Declaratory Act"),
    ("The Ballot Act of 1872 brought in the secret ballot for parliamentary and local elections in the United Kingdom.",
     "Тайное голосование на британских выборах ввёл закон о баллотировании, принятый при правительстве Гладстона в 1872 году.",
     A, "year", "law", True, None, "Ballot Act"),
    # FALSE: EN (the switch came in September 1752: 2 September was followed by 14 September)
    ("Under the Calendar Act of 1750, Britain and its colonies dropped eleven days and moved to the Gregorian calendar in March 1752.",
     "По британскому закону о календаре 1750 г. сразу после 2 сентября 1752 года наступило 14 сентября.",
     C, "month", "law", True, EN, "Calendar Act"),
    # FALSE: RU (the Code was replaced by the ratings system in 1968)
    ("Hollywood's Production Code, better known as the Hays Code, was strictly enforced from 1934 until the film industry replaced it with age ratings in 1968.",
     "Кодекс Хейса, жёстко применявшийся в Голливуде с 1934 г., уступил место системе возрастных рейтингов в 1950-х годах.",
     C, "decade", "law", False, RU, "Hays Code"),
    ("Britain's Equal Pay Act, passed in 1970, did not come into force until 29 December 1975.",
     "Британский закон о равной оплате труда мужчин и женщин, принятый в 1970 г., вступил в силу в конце декабря 1975 г.",
     A, "date", "law", False, None, "Equal Pay Act"),
    # ---------------- technology ----------------
    ("London's Science Museum finished building a working Difference Engine No. 2 to Charles Babbage's designs of the late 1840s in 1991.",
     "Разностная машина № 2 Чарльза Бэббиджа была собрана по его чертежам в Лондонском музее науки в 1991 г., к 200-летию изобретателя.",
     A, "organisation", "technology", True, None, "Difference Engine No. 2"),
    # FALSE: RU (the klystron was invented at Stanford, not MIT)
    ("The klystron, a vacuum tube for amplifying microwaves, was invented at Stanford University in 1937 by the brothers Russell and Sigurd Varian.",
     "Клистрон — электровакуумный прибор для усиления СВЧ-колебаний — братья Рассел и Сигурд Вариан создали в 1937 г. в Массачусетском технологическом институте.",
     C, "organisation", "technology", False, RU, "Klystron"),
    # FALSE: EN (cellophane was invented in 1908)
    ("Cellophane was invented in the 1930s by the Swiss chemist Jacques Brandenberger, who had set out to make a tablecloth that would repel stains.",
     "Целлофан изобрёл в 1908 году швейцарский химик Жак Эдвин Бранденбергер, пытавшийся сделать скатерть, которую не пачкали бы пролитые напитки.",
     C, "decade", "technology", True, EN, "Cellophane"),
    ("The Soviet Army adopted the SVD sniper rifle, designed by Yevgeny Dragunov, in 1963.",
     "Снайперская винтовка Драгунова (СВД) принята на вооружение Советской армии в 1963 г.",
     A, "year", "technology", False, None, "Dragunov rifle"),
    # FALSE: EN (the US Army at first turned the Lewis gun down; it was mass-produced in Europe)
    ("Designed in 1911 by the American officer Isaac Newton Lewis, the Lewis gun was promptly adopted by the US Army as its standard light machine gun.",
     "Ручной пулемёт, созданный в 1911 г. американским офицером Айзеком Ньютоном Льюисом, армия США поначалу отвергла, и его массовый выпуск наладили в Европе.",
     C, "opposite", "technology", False, EN, "Lewis gun"),
    # ---------------- disasters ----------------
    ("Lassen Peak in northern California erupted explosively on 22 May 1915, throwing an ash column several miles into the sky.",
     "Мощное извержение вулкана Лассен-Пик в Калифорнии произошло в мае 1915 г.; через год здесь был создан национальный парк.",
     A, "year", "disasters", False, None, "Lassen Peak"),
    # FALSE: RU (435 miners died at Coalbrook)
    ("The collapse of the Coalbrook colliery in South Africa on 21 January 1960 killed 435 miners, the country's worst mining disaster.",
     "21.01.1960 обрушение выработок на шахте Коулбрук в ЮАР погубило 135 горняков.",
     C, "number", "disasters", False, RU, "Coalbrook"),
    # FALSE: EN (55 people died in the Jan Heweliusz disaster)
    ("When the Polish ferry Jan Heweliusz capsized in a storm off Rügen in January 1993, 155 of those on board lost their lives.",
     "Паром «Ян Гевелиуш» опрокинулся у острова Рюген 14 января 1993 г.; погибли 55 человек, спасти удалось лишь девятерых.",
     C, "number", "disasters", True, EN, "Jan Heweliusz"),
    ("Three of the 136 people on board died when an Air France Airbus A320 flew into trees during a low pass at the Habsheim air show in June 1988.",
     "Катастрофа A320 авиакомпании Air France на авиашоу в Абсхайме 26 июня 1988 г. унесла жизни трёх человек.",
     A, "number", "disasters", True, None, "Habsheim"),
    # FALSE: EN (the Luisenthal explosion happened on 7 February 1962)
    ("The firedamp explosion at the Luisenthal colliery in the Saarland, in which 299 miners died, happened on 22 February 1962.",
     "7 февраля 1962 г. взрыв на шахте Луизенталь в Фёльклингене (Саар) унёс жизни 299 горняков — крупнейшая катастрофа в послевоенной горной промышленности ФРГ.",
     C, "date", "disasters", False, EN, "Luisenthal"),
]

RELATED = [
    ("John Landy served as Governor of the Australian state of Victoria from 2001 to 2006.",
     "На Олимпийских играх 1956 г. в Мельбурне Джон Лэнди завоевал бронзовую медаль в беге на 1500 м.",
     "Landy", True, "sport"),
    ("The failure of the Jameson Raid forced Cecil Rhodes to resign as prime minister of the Cape Colony in January 1896.",
     "Леандр Старр Джеймсон, возглавивший рейд на Трансвааль, был врачом по образованию и близким соратником Сесила Родса.",
     "Jameson Raid", False, "history"),
    ("Bezymianny belongs to the Klyuchevskaya group, a cluster of volcanoes in central Kamchatka.",
     "До пробуждения осенью 1955 года камчатский вулкан Безымянный считался давно потухшим.",
     "Bezymianny", True, "geography"),
    ("Before appearing as a book, Germinal was serialised in the Paris daily Gil Blas from November 1884 to February 1885.",
     "Главный герой «Жерминаля» — механик Этьен Лантье, приехавший на шахту в Монсу.",
     "Germinal", False, "literature"),
    ("Jenny Lind, born in Stockholm in 1820, was known across Europe as 'the Swedish Nightingale'.",
     "Первый американский концерт Дженни Линд состоялся в нью-йоркском Касл-Гардене 11 сентября 1850 г.",
     "Jenny Lind", True, "music"),
    ("The ferry Jan Heweliusz, named after the 17th-century Gdańsk astronomer, ran between Świnoujście and Ystad.",
     "Гибель парома «Ян Гевелиуш» в январе 1993 г. стала крупнейшей морской катастрофой Польши в мирное время.",
     "Jan Heweliusz", False, "disasters"),
    ("The Calendar Act also moved the start of England's legal year from 25 March to 1 January.",
     "Законопроект о переходе Британии на григорианский календарь внёс в палату лордов граф Честерфилд.",
     "Calendar Act", True, "law"),
    ("Yevgeny Dragunov, the designer of the SVD, was born in Izhevsk in 1920.",
     "Снайперская винтовка СВД рассчитана под штатный винтовочный патрон 7,62×54 мм R.",
     "Dragunov rifle", False, "technology"),
    ("Port Sunlight, where the gallery stands, was built as a model village for workers at the Lever Brothers soap works.",
     "Галерея названа в честь жены основателя, Элизабет Левер, умершей в 1913 году.",
     "Lady Lever Art Gallery", True, "culture"),
    ("As a young naval officer, Patrick Blackett fought at the Battle of Jutland in 1916.",
     "С 1937 по 1953 г. Патрик Блэкетт руководил кафедрой физики в Манчестерском университете.",
     "Blackett", False, "science"),
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
    comp, rel, falses, subjects = [], [], [], []
    for en, ru, label, slot, domain, ru_first, false_side, subj in COMPARABLE:
        assert label in (A, C) and slot in SLOTS and domain in DOMAINS
        if label == C:
            assert false_side in (EN, RU), subj
            falses.append(false_side)
        else:
            assert false_side is None, subj
        assert "A" <= subj[0].upper() <= "L", subj
        subjects.append(subj)
        row = make(en, ru, ru_first)
        row.update(label=label, slot=slot, domain=domain)
        comp.append(row)
    assert len(set(subjects)) == len(subjects), "subject reused"
    for en, ru, subj, ru_first, domain in RELATED:
        assert domain in DOMAINS
        assert subj in subjects, subj
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
    assert falses.count(EN) == 15 and falses.count(RU) == 15, count(falses)
    cslots = count(r["slot"] for r in comp if r["label"] == C)
    assert len(cslots) >= 12 and max(cslots.values()) <= 4, cslots
    aslots = count(r["slot"] for r in comp if r["label"] == A)
    doms = count(r["domain"] for r in comp)
    assert len(doms) == 12 and set(doms.values()) == {5}, doms
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"

    with open(os.path.join(here, "comparable_heldout85.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout85.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("false side:", count(falses))
    print("agree slots:", aslots)
    print("domains:", doms)
    print("domain x label:", count((r["domain"], r["label"]) for r in comp))
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()

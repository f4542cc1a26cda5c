#!/usr/bin/env python3
"""Build heldout99: independent EN/RU claim pairs (stdlib only).

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
    # FALSE: RU (Howe's British army defeated Washington at Brandywine)
    ("On 11 September 1777, at Brandywine Creek in Chester County, Pennsylvania, General William Howe's British army outflanked and defeated George Washington's Continental Army.",
     "В сражении на реке Брендивайн (11.IX.1777) Континентальная армия Джорджа Вашингтона одержала победу над британскими войсками генерала Уильяма Хау, наступавшими на Филадельфию.",
     C, "opposite", "history", True),
    # FALSE: RU (the offensive began on 24 October 1917, not in June)
    ("The Austro-German offensive at Caporetto, launched on 24 October 1917, broke the Italian front on the Isonzo and drove Cadorna's armies back to the Piave.",
     "Прорыв у Капоретто (ныне Кобарид), начатый австро-германскими войсками в июне 1917 г., отбросил итальянскую армию за реку Пьяве.",
     C, "month", "history", False),
    # FALSE: EN (the Berezina bridges were built by General Jean-Baptiste Eblé's pontonniers)
    ("In late November 1812 the remnants of Napoleon's Grande Armée escaped across the Berezina near Studzianka on two trestle bridges built by pontonniers under Marshal Davout.",
     "Переправа через Березину у деревни Студёнка 26–29 ноября 1812 г. стала возможной благодаря понтонёрам генерала Жана-Батиста Эбле, наведшим два моста.",
     C, "person", "history", True),
    ("Lieutenant-Colonel H. Jones, commanding the 2nd Battalion of the Parachute Regiment, was killed leading an attack at Goose Green on 28 May 1982 and received a posthumous Victoria Cross.",
     "Командир 2-го парашютного батальона подполковник Герберт Джонс погиб в бою за Гуз-Грин на Фолклендах; посмертно он был удостоен Креста Виктории.",
     A, "person", "history", False),
    ("Anthony Wayne's Legion of the United States routed the warriors of the Western Confederacy at Fallen Timbers, on the Maumee River, on 20 August 1794.",
     "Битва у Фоллен-Тимберс (1794) закончилась разгромом индейской конфедерации войсками генерала Энтони Уэйна; её итогом стал Гринвиллский договор 1795 г.",
     A, "year", "history", True),
    # ---------------- science ----------------
    # FALSE: RU (Binnig and Rohrer worked at the IBM Zurich Research Laboratory)
    ("The scanning tunnelling microscope was built in 1981 by Gerd Binnig and Heinrich Rohrer at IBM's research laboratory in Rüschlikon, near Zurich.",
     "Сканирующий туннельный микроскоп создали в 1981 г. Герд Бинниг и Генрих Рорер, работавшие тогда в лабораториях Белла (США).",
     C, "organisation", "science", True),
    # FALSE: EN (Erlanger and Gasser received the prize for 1944)
    ("Joseph Erlanger and Herbert Gasser, who recorded the electrical signals of single nerve fibres with a cathode-ray oscilloscope, received the Nobel Prize in Physiology or Medicine in 1934.",
     "Нобелевская премия по физиологии и медицине за 1944 год досталась американцам Джозефу Эрлангеру и Герберту Гассеру — за исследования функций отдельных нервных волокон.",
     C, "year", "science", False),
    # FALSE: RU (Fischer was the second Chemistry laureate; the first was van 't Hoff in 1901)
    ("Emil Fischer, honoured for his syntheses of sugars and purines, became in 1902 the second person to receive the Nobel Prize in Chemistry.",
     "Немецкий химик Эмиль Фишер, изучавший сахара и пурины, в 1902 г. стал самым первым лауреатом Нобелевской премии по химии.",
     C, "rank", "science", True),
    ("Rita Levi-Montalcini and Stanley Cohen shared the 1986 Nobel Prize in Physiology or Medicine for their discovery of growth factors.",
     "Итальянка Рита Леви-Монтальчини, открывшая фактор роста нервов (NGF), получила Нобелевскую премию 1986 г. вместе с американским биохимиком Стэнли Коэном.",
     A, "year", "science", False),
    ("The 1964 Nobel Prize in Physiology or Medicine went to Konrad Bloch and Feodor Lynen for work on the regulation of cholesterol and fatty-acid metabolism.",
     "Биосинтез холестерина изучал биохимик Конрад Блох, уроженец силезского города Нейсе; в 1964 г. он разделил Нобелевскую премию с немцем Феодором Линеном.",
     A, "person", "science", True),
    # ---------------- geography ----------------
    # FALSE: EN (Djerba is the largest island of North Africa)
    ("Djerba, in the Gulf of Gabès off south-eastern Tunisia, is only the second-largest island off the coast of North Africa.",
     "Джерба площадью около 514 км² — крупнейший остров Северной Африки; она лежит в заливе Габес у юго-восточного побережья Туниса.",
     C, "rank", "geography", False),
    # FALSE: RU (the Drava flows into the Danube, not the Sava)
    ("The Drava rises near Dobbiaco in the Italian Alps, flows through Villach and Maribor, and joins the Danube east of Osijek in Croatia.",
     "Драва, берущая начало в итальянском Южном Тироле, протекает через Филлах и Марибор и у хорватского Осиека впадает в Саву.",
     C, "place", "geography", True),
    ("The Bay of Fundy, between New Brunswick and Nova Scotia, has the highest tides in the world, with a range of up to about 16 metres.",
     "В заливе Фанди на атлантическом побережье Канады наблюдаются самые высокие приливы на планете: в бассейне Минас вода поднимается более чем на 15 м.",
     A, "number", "geography", False),
    ("Between 1730 and 1736 a long series of eruptions on Lanzarote buried several villages and much farmland, creating the landscape of today's Timanfaya National Park.",
     "Извержения на острове Лансароте продолжались почти шесть лет; на месте застывших лавовых полей теперь находится национальный парк Тиманфая.",
     A, "duration", "geography", True),
    ("Cerro Chirripó, at roughly 3,820 m the highest peak in Costa Rica, rises in the Talamanca range; on clear days both oceans are visible from its summit.",
     "Высочайшая точка Коста-Рики — гора Чиррипо (3821 м) в Кордильере-де-Таламанка, в одноимённом национальном парке.",
     A, "rank", "geography", False),
    # ---------------- economy ----------------
    # FALSE: RU (William Colgate opened his business in 1806, i.e. in the 19th century)
    ("Colgate began in 1806, when William Colgate opened a starch, soap and candle business on Dutch Street in New York City.",
     "История Colgate восходит к концу XVIII века, когда Уильям Колгейт открыл в Нью-Йорке лавку, торговавшую мылом, свечами и крахмалом.",
     C, "century", "economy", False),
    # FALSE: EN (Kärcher was founded in 1935)
    ("Alfred Kärcher set up the firm that bears his name in Stuttgart-Bad Cannstatt in the mid-1920s; it later became famous for its high-pressure cleaners.",
     "Фирму Kärcher Альфред Кёрхер основал в 1935 г. в Штутгарте (район Бад-Канштатт); ныне её штаб-квартира находится в Виннендене.",
     C, "decade", "economy", True),
    ("Hermann Bahlsen founded his biscuit company in Hanover in 1889, and two years later it launched the Leibniz butter biscuit, named after the city's famous philosopher.",
     "Компанию Bahlsen основал в Ганновере в 1889 году Герман Бальзен; в 1891-м появилось её знаменитое печенье «Лейбниц».",
     A, "person", "economy", False),
    ("Grundfos, now the world's largest maker of pumps, was founded in 1945 by the engineer Poul Due Jensen in Bjerringbro, Denmark.",
     "Датский производитель насосов Grundfos ведёт историю с 1945 г.: его основатель Поуль Дуэ Йенсен начинал в небольшом городке Бьеррингбро.",
     A, "year", "economy", True),
    ("Hugo Boss opened his clothing workshop in 1924 in Metzingen, a small Swabian town that is still the company's headquarters.",
     "Швейное предприятие Хуго Босс основал в 1924 г. в вюртембергском городке Мецинген, где компания базируется по сей день.",
     A, "place", "economy", False),
    # ---------------- sport ----------------
    # FALSE: EN (Beckenbauer won the World Cup as coach in 1990; West Germany lost the 1986 final)
    ("Franz Beckenbauer captained West Germany to the World Cup in 1974 and later, as national coach, won the trophy again in 1986.",
     "Франц Беккенбауэр стал чемпионом мира и как игрок (капитан сборной ФРГ, 1974), и как главный тренер — на чемпионате 1990 г. в Италии.",
     C, "year", "sport", True),
    # FALSE: RU (Real Madrid won five consecutive European Cup finals, 1956-1960, and Di Stéfano scored in each)
    ("Alfredo Di Stéfano scored in each of Real Madrid's five consecutive European Cup final victories, from 1956 to 1960.",
     "Мадридский «Реал» с Альфредо Ди Стефано выиграл три финала Кубка европейских чемпионов подряд, и в каждом из них аргентинец забивал.",
     C, "number", "sport", False),
    # FALSE: EN (Hull scored 54 goals in 1965-66, the first NHL season above 50)
    ("Bobby Hull of the Chicago Black Hawks, although he reached 50 goals more than once, never exceeded that total in a single NHL season.",
     "В сезоне 1965/66 Бобби Халл из «Чикаго Блэк Хокс» первым в истории НХЛ забросил за регулярный чемпионат больше 50 шайб — 54.",
     C, "polarity", "sport", True),
    ("In 1930 the amateur golfer Bobby Jones won the US Open, the US Amateur, the Open Championship and the British Amateur, then retired from competition at 28.",
     "Американский гольфист-любитель Бобби Джонс в 1930 г. выиграл все четыре главных турнира того времени — так называемый «Большой шлем».",
     A, "year", "sport", False),
    ("Stephen Kiprotich won the marathon at the London 2012 Olympics, giving Uganda its first Olympic gold medal since 1972.",
     "Олимпийским чемпионом Лондона-2012 в марафоне стал угандиец Стивен Кипротич; спустя год он выиграл и чемпионат мира в Москве.",
     A, "place", "sport", True),
    # ---------------- culture ----------------
    # FALSE: RU (WSM is a Nashville station; the Opry has always been a Nashville show)
    ("The Grand Ole Opry, the country-music radio show first broadcast by Nashville's WSM in November 1925, is the longest-running radio broadcast in US history.",
     "Радиошоу «Гранд Ол Опри», впервые вышедшее в эфир в 1925 году на радиостанции WSM в Мемфисе, стало символом музыки кантри.",
     C, "place", "culture", False),
    # FALSE: EN (Diwali falls in October or November)
    ("Diwali, the Hindu festival of lights, when homes are lit with oil lamps and prayers are offered to the goddess Lakshmi, usually falls in March.",
     "Дивали — индуистский праздник огней, который приходится на октябрь или ноябрь: в эти дни зажигают масляные светильники и почитают богиню Лакшми.",
     C, "month", "culture", True),
    ("Hanami, the Japanese custom of picnicking beneath flowering cherry trees, reaches its peak in Tokyo in late March or early April.",
     "Ханами — японская традиция любования цветущей сакурой; в Токио пик цветения обычно приходится на конец марта — начало апреля.",
     A, "month", "culture", False),
    ("China's Dragon Boat Festival falls on the fifth day of the fifth lunar month and commemorates the poet Qu Yuan, who drowned himself in the Miluo River.",
     "Праздник драконьих лодок (Дуаньу) отмечают 5-го числа 5-го месяца по лунному календарю в память о поэте Цюй Юане; традиционное угощение — цзунцзы.",
     A, "date", "culture", True),
    ("Burning Man began in 1986 with a wooden effigy burned on San Francisco's Baker Beach and moved to Nevada's Black Rock Desert in 1990.",
     "Фестиваль Burning Man, с 1990 года проходящий в пустыне Блэк-Рок в Неваде, зародился в Сан-Франциско: первое сожжение деревянной фигуры устроили на пляже Бейкер-Бич.",
     A, "place", "culture", False),
    # ---------------- literature ----------------
    # FALSE: RU (King Solomon's Mines was published in 1885)
    ("H. Rider Haggard's King Solomon's Mines, published in 1885, sends the elephant hunter Allan Quatermain in search of a legendary treasure in southern Africa.",
     "Роман Генри Райдера Хаггарда «Копи царя Соломона», где впервые появляется охотник Аллан Квотермейн, вышел в свет в 1895 году.",
     C, "year", "literature", True),
    # FALSE: EN (Colomba is set in Corsica)
    ("Prosper Mérimée's novella Colomba (1840) follows a young woman who urges her brother to carry out a blood vendetta in their native Sardinia.",
     "Новелла Проспера Мериме «Коломба» (1840) посвящена корсиканскому обычаю кровной мести: героиня подталкивает брата отомстить за убитого отца.",
     C, "place", "literature", False),
    ("Dickens's Bleak House, issued in monthly numbers from March 1852 to September 1853, satirises the Court of Chancery through the endless case of Jarndyce and Jarndyce.",
     "В центре «Холодного дома» (1852–1853) Чарльза Диккенса — бесконечная тяжба «Джарндисы против Джарндисов» в Канцлерском суде.",
     A, "entity", "literature", True),
    ("Flaubert left Bouvard et Pécuchet, his satirical novel about two copy-clerks who try their hand at every branch of knowledge, unfinished; it appeared in 1881.",
     "Незаконченный роман Флобера «Бувар и Пекюше» о двух переписчиках, увлекающихся то одной наукой, то другой, был издан посмертно, в 1881 г.",
     A, "year", "literature", False),
    ("The Cantar de mio Cid survives in a single manuscript, copied by a scribe who signed himself Per Abbat and now kept in the National Library of Spain in Madrid.",
     "Единственная дошедшая до нас рукопись «Песни о моём Сиде» (около 3700 стихов) хранится в Национальной библиотеке Испании, в Мадриде.",
     A, "organisation", "literature", True),
    # ---------------- music ----------------
    # FALSE: RU (Don Carlos was first performed on 11 March 1867)
    ("Verdi's Don Carlos, a five-act grand opera after Schiller, was first performed in French at the Paris Opéra on 11 March 1867.",
     "Первое представление «Дона Карлоса» Верди — французской пятиактной версии по Шиллеру — состоялось в Парижской опере 24 декабря 1867 г.",
     C, "date", "music", False),
    # FALSE: EN (Caesar was sung by Senesino; Farinelli never sang the role at the premiere)
    ("Handel's Giulio Cesare in Egitto opened at the King's Theatre in London on 20 February 1724, with the castrato Farinelli singing Caesar.",
     "Партию Цезаря на премьере оперы Генделя «Юлий Цезарь в Египте» (Лондон, 1724) исполнял знаменитый кастрат Сенезино, а Клеопатру — Франческа Куццони.",
     C, "person", "music", True),
    # FALSE: EN (Amazing Grace was first published in 1779, i.e. in the 18th century)
    ("Amazing Grace, written by the former slave-ship captain John Newton, first appeared in print in the nineteenth century, in the collection Olney Hymns.",
     "Гимн «Amazing Grace» написал бывший капитан невольничьего судна, священник Джон Ньютон; впервые он опубликован в 1779 г. в сборнике «Олнейские гимны».",
     C, "century", "music", False),
    ("Edelweiss, often mistaken for an Austrian folk song, was written by Richard Rodgers and Oscar Hammerstein II for The Sound of Music (1959).",
     "Песню «Эдельвейс» из мюзикла «Звуки музыки» сочинили американцы Ричард Роджерс и Оскар Хаммерстайн; это последняя песня, написанная Хаммерстайном.",
     A, "person", "music", True),
    ("The melody of Hava Nagila, taken from a Hasidic tune, was arranged in Jerusalem in 1918 by the musicologist Abraham Zvi Idelsohn.",
     "Песня «Хава нагила» появилась в 1918 г.: её мелодию, восходящую к хасидскому напеву, обработал Авраам Цви Идельсон.",
     A, "year", "music", False),
    # ---------------- art ----------------
    # FALSE: EN (Corot's first Italian stay lasted about three years, 1825-1828)
    ("Camille Corot's first stay in Italy lasted barely six months, from late 1825, yet it produced dozens of open-air oil sketches of Rome and the Campagna.",
     "Первое итальянское путешествие Камиля Коро длилось около трёх лет (1825–1828); в Риме и его окрестностях он писал этюды на пленэре.",
     C, "duration", "art", True),
    # FALSE: RU (Liebermann was president of the Prussian Academy of Arts in Berlin)
    ("Max Liebermann, the leading German Impressionist, presided over the Prussian Academy of Arts from 1920 to 1932 and resigned from it in 1933.",
     "С 1920 по 1932 г. Макс Либерман, крупнейший немецкий импрессионист, занимал пост президента Мюнхенской академии художеств.",
     C, "organisation", "art", False),
    ("In April 1914 Paul Klee travelled to Tunisia with August Macke and Louis Moilliet, a journey after which he wrote that colour and he were one.",
     "Весной 1914 г. (в апреле) Пауль Клее вместе с Августом Маке и Луи Муайе совершил поездку в Тунис, открывшую ему цвет.",
     A, "month", "art", True),
    ("Claude Gellée, called Claude Lorrain after his native duchy, spent nearly all his working life in Rome and recorded his paintings in the Liber Veritatis.",
     "Клод Лоррен (настоящая фамилия Желле), уроженец Лотарингии, большую часть жизни провёл в Риме; его «Книга истины» содержит рисунки с большинства его картин.",
     A, "place", "art", False),
    ("The Venetian Lorenzo Lotto, whose most productive years were spent in Bergamo, ended his life as a lay oblate at the Holy House of Loreto, where he died around 1556.",
     "Лоренцо Лотто умер в Лорето (около 1556–1557 гг.), где в последние годы жизни был облатом при святилище Санта-Каза.",
     A, "place", "art", True),
    # ---------------- law ----------------
    # FALSE: RU (Barron held that the Bill of Rights did NOT bind the states)
    ("In Barron v. Baltimore (1833) the Supreme Court under John Marshall held that the Bill of Rights restrained only the federal government, not the states.",
     "В деле «Бэррон против Балтимора» (1833) Верховный суд под председательством Джона Маршалла признал, что Билль о правах связывает не только федеральную власть, но и штаты.",
     C, "polarity", "law", False),
    # FALSE: EN (FOIA was signed on 4 July 1966)
    ("The Freedom of Information Act, which gives the public a right of access to records of US federal agencies, was signed by Lyndon Johnson on 11 November 1966.",
     "Закон о свободе информации (FOIA), открывший гражданам доступ к документам федеральных ведомств США, президент Линдон Джонсон подписал 4.07.1966, в День независимости.",
     C, "date", "law", True),
    # FALSE: RU (the Hepburn Act gave the ICC the power to set maximum rates)
    ("The Hepburn Act of 1906, backed by Theodore Roosevelt, gave the Interstate Commerce Commission the power to set maximum railroad rates.",
     "Закон Хепбёрна (1906), поддержанный Теодором Рузвельтом, лишил Межштатную торговую комиссию права устанавливать предельные железнодорожные тарифы.",
     C, "opposite", "law", False),
    ("Cesare Beccaria's treatise On Crimes and Punishments, which condemned torture and the death penalty, was first published anonymously in Livorno in 1764.",
     "Трактат Чезаре Беккариа «О преступлениях и наказаниях» (1764), осуждавший пытки и смертную казнь, повлиял на «Наказ» Екатерины II.",
     A, "year", "law", True),
    ("Hugo Grotius published De jure belli ac pacis, a founding text of international law, in Paris in 1625, while living there in exile.",
     "Главный труд Гуго Гроция «О праве войны и мира» вышел в 1625 г. в Париже, куда голландский юрист бежал из заключения в замке Лёвестейн.",
     A, "place", "law", False),
    # ---------------- technology ----------------
    # FALSE: RU (Bubble Wrap was invented in 1957)
    ("Bubble Wrap was invented by accident in 1957, when the engineers Alfred Fielding and Marc Chavannes tried to make a textured plastic wallpaper in New Jersey.",
     "Пузырчатую плёнку изобрели в 1930-х годах американцы Альфред Филдинг и Марк Шаванн, пытавшиеся создать рельефные пластиковые обои.",
     C, "decade", "technology", True),
    # FALSE: EN (Lycra was invented by Joseph Shivers; Carothers died in 1937)
    ("Lycra, DuPont's elastic spandex fibre, was invented in 1958 by the chemist Wallace Carothers at the company's laboratory in Waynesboro, Virginia.",
     "Эластичное волокно лайкра (спандекс) создал в 1958 г. химик компании DuPont Джозеф Шиверс, работавший в Уэйнсборо (штат Виргиния).",
     C, "person", "technology", False),
    ("In 1969 Bob Gore found that rapidly stretching heated PTFE produced a strong microporous material, later sold as the waterproof, breathable fabric Gore-Tex.",
     "Мембранная ткань Gore-Tex обязана своим появлением открытию Роберта Гора: в 1969 г. он обнаружил, что резко растянутый нагретый политетрафторэтилен становится пористым.",
     A, "person", "technology", True),
    ("The lava lamp was launched in 1963 by the British accountant Edward Craven Walker, whose company Crestworth made it in Poole, Dorset.",
     "Лава-лампу под названием «Астро» выпустил в 1963 г. англичанин Эдвард Крейвен Уокер — бухгалтер по профессии.",
     A, "person", "technology", False),
    ("Robert Borkenstein of the Indiana State Police invented the Breathalyzer in 1954, a compact device for estimating blood alcohol from a breath sample.",
     "Алкотестер «Брефолайзер», определяющий содержание алкоголя в крови по выдыхаемому воздуху, создал в 1954 г. сотрудник полиции штата Индиана Роберт Боркенстайн.",
     A, "year", "technology", True),
    # ---------------- disasters ----------------
    # FALSE: RU (the Farmington explosion killed 78 miners)
    ("The explosion at Consol No. 9 mine near Farmington, West Virginia, on 20 November 1968 killed 78 miners and prompted the federal Coal Mine Health and Safety Act of 1969.",
     "Взрыв на шахте № 9 компании Consol близ Фармингтона (Западная Виргиния) 20 ноября 1968 г. унёс жизни 48 горняков.",
     C, "number", "disasters", True),
    # FALSE: EN (the Colectiv fire was started by stage pyrotechnics)
    ("The fire at the Colectiv nightclub in Bucharest on 30 October 2015 began when a short circuit in the sound system ignited foam on a pillar; 64 people died.",
     "Пожар в бухарестском клубе «Колектив» 30.10.2015 начался из-за пиротехнического шоу во время концерта: загорелась звукоизоляция на колонне; погибли 64 человека.",
     C, "entity", "disasters", False),
    # FALSE: EN (the Avondale fire killed 110 people)
    ("On 6 September 1869 a fire in the wooden breaker above the only shaft of the Avondale mine in Pennsylvania trapped and killed 210 men.",
     "Пожар на шахте Авондейл (Пенсильвания) 6 сентября 1869 г. унёс 110 жизней; после этой катастрофы законодатели штата потребовали, чтобы у каждой шахты был второй выход.",
     C, "number", "disasters", False),
    ("On 6 January 1968 an express train smashed into a 120-ton electrical transformer on a road transporter at an automatic level crossing at Hixon, Staffordshire, killing eleven people.",
     "Крушение у Хиксона (Стаффордшир) 6.01.1968: скорый поезд врезался в трейлер с трансформатором на автоматическом переезде; 11 погибших.",
     A, "date", "disasters", True),
    ("A flash flood that roared down Colorado's Big Thompson Canyon on the night of 31 July 1976 killed more than 140 people, many of them campers and tourists.",
     "Внезапный паводок в каньоне Биг-Томпсон (штат Колорадо) 31.07.1976 унёс жизни свыше 140 человек.",
     A, "number", "disasters", False),
]

RELATED = [
    ("Among the German troops at Caporetto was the young Oberleutnant Erwin Rommel, whose mountain detachment captured Monte Matajur.",
     "После катастрофы при Капоретто генерал Луиджи Кадорна был смещён с поста начальника итальянского генштаба; его сменил Армандо Диас.",
     "Caporetto", True, "history"),
    ("The Treaty of Greenville, signed in August 1795 after Fallen Timbers, forced the defeated nations to cede most of present-day Ohio.",
     "Одним из предводителей индейцев в битве у Фоллен-Тимберс был вождь шауни Синяя Куртка.",
     "Fallen Timbers", False, "history"),
    ("Alfredo Di Stéfano played international football for both Argentina and Spain but never took part in a World Cup finals tournament.",
     "Альфредо Ди Стефано родился в 1926 г. в Буэнос-Айресе, в семье с итальянскими корнями.",
     "Di Stéfano", True, "sport"),
    ("The El Ghriba synagogue on Djerba is one of the oldest Jewish places of worship in North Africa.",
     "Главный город острова Джерба — Хумт-Сук, расположенный на его северном побережье.",
     "Djerba", True, "geography"),
    ("Haggard is said to have written King Solomon's Mines after betting his brother that he could produce a book as good as Treasure Island.",
     "Продолжением «Копей царя Соломона» стал роман Хаггарда «Аллан Квотермейн», вышедший в 1887 г.",
     "King Solomon's Mines", False, "literature"),
    ("In the musical, Edelweiss is sung by Captain von Trapp as a quiet gesture of Austrian patriotism.",
     "Мюзикл «Звуки музыки» с песней «Эдельвейс» впервые был поставлен на Бродвее в ноябре 1959 г.",
     "Edelweiss", True, "music"),
    ("Within days of the Colectiv fire, mass street protests in Bucharest forced Prime Minister Victor Ponta to resign.",
     "Пожар в клубе «Колектив» вспыхнул во время концерта рок-группы Goodbye to Gravity, представлявшей новый альбом.",
     "Colectiv", False, "disasters"),
    ("John Barron's wharf in Baltimore had become useless after the city's street works diverted streams that deposited silt around it.",
     "Большинство гарантий Билля о правах было распространено на штаты лишь в XX веке — через Четырнадцатую поправку.",
     "Barron v. Baltimore", True, "law"),
    ("The Zentrum Paul Klee in Bern, a museum designed by Renzo Piano, opened in 2005.",
     "С 1921 по 1931 год Пауль Клее преподавал в Баухаузе — сначала в Веймаре, затем в Дессау.",
     "Klee", False, "art"),
    ("At the climax of Burning Man a giant wooden figure of a man is set on fire.",
     "Фестиваль Burning Man проходит в конце августа — начале сентября и завершается в День труда.",
     "Burning Man", False, "culture"),
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

    with open(os.path.join(here, "comparable_heldout99.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout99.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("agree slots:", aslots)
    print("domains:", doms)
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()

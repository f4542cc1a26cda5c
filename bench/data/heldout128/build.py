#!/usr/bin/env python3
"""Build heldout128: independent EN/RU claim pairs (stdlib only).

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
    # FALSE: RU (Nurhaci's Later Jin routed the Ming expedition at Sarhu)
    ("In April 1619, near Sarhu in what is now Liaoning, Nurhaci's Later Jin army destroyed a larger Ming force that had advanced in four separate columns.",
     "Сражение при Сарху весной 1619 г. завершилось полным разгромом чжурчжэней Нурхаци: победу одержала минская армия, наступавшая под общим командованием Ян Хао.",
     C, "opposite", "history", True),
    # FALSE: EN (the raid defeated at Westport was led by Sterling Price, not John Bell Hood)
    ("The Battle of Westport, fought on 23 October 1864 near Kansas City, ended the Missouri raid of the Confederate general John Bell Hood.",
     "Сражение при Вестпорте (23 октября 1864 г.), прозванное «Геттисбергом Запада», закончилось поражением конфедератов Стерлинга Прайса и крахом его рейда в Миссури.",
     C, "person", "history", False),
    # FALSE: RU (Mons Graupius is dated AD 83 or 84, i.e. the 80s, not the 60s)
    ("Tacitus records that his father-in-law Agricola defeated the Caledonians under Calgacus at Mons Graupius in AD 83 or 84, though the site remains unidentified.",
     "Битва у горы Граупий, в которой римский наместник Агрикола разбил каледонцев, произошла в 60-х гг. I в. н. э.; её место до сих пор не найдено.",
     C, "decade", "history", True),
    ("On 17 June 1876, along Rosebud Creek in Montana Territory, Lakota and Cheyenne warriors led by Crazy Horse fought General George Crook's column to a standstill.",
     "Бой на реке Роузбад 17.06.1876 вынудил генерала Джорджа Крука отойти к базовому лагерю; всего через восемь дней произошла битва при Литл-Бигхорне.",
     A, "date", "history", False),
    ("In February 1922, in bitter frost, troops of the Far Eastern Republic stormed the White positions on June-Koran hill at Volochayevka, west of Khabarovsk.",
     "10–12 февраля 1922 г. части Народно-революционной армии ДВР штурмом взяли укреплённую белыми сопку Июнь-Корань у станции Волочаевка.",
     A, "month", "history", True),
    # ---------------- science ----------------
    # FALSE: EN (Shirakawa's 2000 prize was in Chemistry)
    ("Hideki Shirakawa shared the 2000 Nobel Prize in Physics with Alan Heeger and Alan MacDiarmid for showing that plastics can conduct electricity.",
     "Нобелевскую премию по химии за 2000 год японец Хидэки Сиракава разделил с Аланом Хигером и Аланом Макдиармидом — за открытие электропроводящих полимеров.",
     C, "entity", "science", False),
    # FALSE: RU (Rainwater worked at Columbia University)
    ("James Rainwater of Columbia University shared the 1975 Nobel Prize in Physics for work showing that many atomic nuclei are not spherical.",
     "Джеймс Рейнуотер, сотрудник Чикагского университета, стал лауреатом Нобелевской премии по физике 1975 г. за теорию несферических атомных ядер.",
     C, "organisation", "science", True),
    # FALSE: EN (the tau is roughly 3,500 times heavier than the electron)
    ("At SLAC in the mid-1970s Martin Perl's team discovered the tau lepton, a particle only about 35 times heavier than the electron.",
     "Открытый группой Мартина Перла в 1975 г. тау-лептон примерно в 3500 раз тяжелее электрона; Нобелевскую премию Перл получил в 1995-м.",
     C, "number", "science", False),
    ("The Swiss chemist Kurt Wüthrich received half of the 2002 Nobel Prize in Chemistry for using NMR spectroscopy to determine protein structures in solution.",
     "Курт Вютрих из Швейцарской высшей технической школы Цюриха удостоен Нобелевской премии 2002 г. за развитие метода ядерного магнитного резонанса для изучения трёхмерной структуры биомакромолекул в растворе.",
     A, "entity", "science", False),
    ("Romanian-born cell biologist George Palade, who first described ribosomes with the electron microscope, shared the Nobel Prize in Physiology or Medicine in 1974.",
     "В 1974 г. Джордж Паладе вместе с Альбером Клодом и Кристианом де Дювом получил Нобелевскую премию за исследования структурной и функциональной организации клетки.",
     A, "year", "science", True),
    # ---------------- geography ----------------
    # FALSE: EN (Siachen is the longest glacier of the Karakoram)
    ("The Siachen Glacier in the eastern Karakoram, about 76 km long, is only the third-longest glacier of that range.",
     "Ледник Сиачен (около 76 км) — самый длинный в Каракоруме; с его языка берёт начало река Нубра.",
     C, "rank", "geography", True),
    # FALSE: RU (Paramushir is in the northern Kurils, not the Lesser Kuril Chain in the south)
    ("Paramushir, one of the largest of the Kuril Islands, lies in the northern part of the chain, separated from Shumshu by a narrow strait.",
     "Остров Парамушир относится к Малой Курильской гряде на юге архипелага; его высшая точка — вулкан Чикурачки (1816 м).",
     C, "place", "geography", False),
    # FALSE: RU (Skógafoss is about 60 m high)
    ("Skógafoss, on the Skógá river in southern Iceland, drops some 60 metres over a former sea cliff and is about 25 metres wide.",
     "Водопад Скоугафосс на реке Скоугау на юге Исландии низвергается с уступа высотой около 160 м.",
     C, "number", "geography", True),
    ("The Mer de Glace, which descends from the northern side of the Mont Blanc massif towards Chamonix, is France's longest glacier, at about 7.5 km.",
     "Мер-де-Глас («Ледяное море») длиной около 7 км считается самым длинным ледником Франции; к нему с 1908 г. ходит зубчатая железная дорога Монтенвер.",
     A, "rank", "geography", False),
    ("The Mangyshlak Peninsula on the eastern shore of the Caspian holds the Karagiye Depression, whose floor lies about 132 m below sea level.",
     "На полуострове Мангышлак (Казахстан) находится впадина Карагие — её дно опускается до −132 м, это самая низкая точка страны.",
     A, "number", "geography", True),
    # ---------------- economy ----------------
    # FALSE: EN (Trekhgornaya was founded in 1799, i.e. the late eighteenth century)
    ("Moscow's Trekhgornaya textile mill on the Presnya was founded in the late seventeenth century by the merchant Vasily Prokhorov and a partner.",
     "Трёхгорная мануфактура была основана купцом Василием Прохоровым с компаньоном в 1799 г.; её рабочие активно участвовали в Декабрьском восстании 1905 г. на Пресне.",
     C, "century", "economy", False),
    # FALSE: RU (Quaker Oats was bought by PepsiCo, not Coca-Cola)
    ("PepsiCo completed its takeover of the Quaker Oats Company, owner of the Gatorade brand, in 2001 in a stock deal worth about $13 billion.",
     "Компанию «Квакер Оутс», владевшую маркой «Гаторейд», в 2001 г. поглотила корпорация «Кока-Кола», заплатив около 13 млрд долларов акциями.",
     C, "organisation", "economy", True),
    ("Rabobank was created in 1972, when two Dutch cooperative banking federations, one based in Utrecht and the other in Eindhoven, merged.",
     "Нидерландский кооперативный «Рабобанк» со штаб-квартирой в Утрехте возник в 1972 г. в результате слияния двух объединений сельских кредитных кооперативов.",
     A, "year", "economy", False),
    ("Sharp Corporation was founded in Tokyo in 1912 by Tokuji Hayakawa, whose Ever-Sharp mechanical pencil of 1915 later gave the company its name.",
     "Основатель японской корпорации «Шарп» Токудзи Хаякава начинал в 1912 г. с маленькой токийской мастерской, изготовлявшей пряжки для ремней.",
     A, "person", "economy", True),
    ("The Orrefors glassworks in the Swedish province of Småland, founded in 1898, became famous for its art glass after 1916.",
     "Стекольный завод Оррефорс в шведской провинции Смоланд работает с 1898 г.; в 1910-х гг. туда пришли художники Симон Гате и Эдвард Хальд.",
     A, "year", "economy", False),
    # ---------------- sport ----------------
    # FALSE: RU (Peterson won ten Grands Prix)
    ("Ronnie Peterson, the Swedish driver who won ten Formula One Grands Prix, died in September 1978 after a crash at the start of the Italian Grand Prix.",
     "Шведский гонщик Ронни Петерсон, так и не выигравший ни одного Гран-при «Формулы-1», погиб после аварии на старте Гран-при Италии 1978 г.",
     C, "polarity", "sport", False),
    # FALSE: EN (Rafter's two Grand Slam titles were the US Open)
    ("Australian Pat Rafter won the Australian Open twice, in 1997 and 1998, and later lost two Wimbledon finals in a row.",
     "Патрик Рафтер выиграл Открытый чемпионат США в 1997 и 1998 гг., а в 2000 и 2001 гг. дважды уступал в финалах Уимблдона.",
     C, "entity", "sport", True),
    # FALSE: RU (Yurchenko's world all-around title was won in 1983)
    ("Natalia Yurchenko, who gave her name to a round-off entry vault, became world all-around champion at Budapest in 1983.",
     "Наталья Юрченко, автор названного её именем опорного прыжка, стала абсолютной чемпионкой мира по спортивной гимнастике в 1987 г. в Будапеште.",
     C, "year", "sport", False),
    ("William Renshaw won the Wimbledon singles title seven times, including six in a row from 1881 to 1886.",
     "Англичанин Уильям Реншоу — семикратный победитель Уимблдонского турнира в одиночном разряде (1881–1886, 1889).",
     A, "number", "sport", True),
    ("Igor Ter-Ovanesyan equalled the long-jump world record of 8.35 m in Mexico City in October 1967, a year before the Olympics there.",
     "В 1967 г. в Мехико советский прыгун в длину Игорь Тер-Ованесян повторил мировой рекорд — 8 м 35 см.",
     A, "place", "sport", True),
    # ---------------- culture ----------------
    # FALSE: RU (the Verona Arena opera festival dates from 1913)
    ("The opera festival in the Roman amphitheatre of Verona dates from 1913, when the Arena first staged a full opera season.",
     "Оперные фестивали на Арене ди Верона — древнеримском амфитеатре — проводятся с 1930-х годов.",
     C, "decade", "culture", True),
    # FALSE: EN (Castorf led the Volksbühne for 25 years, 1992-2017)
    ("Frank Castorf, appointed in 1992, led the Volksbühne on Berlin's Rosa-Luxemburg-Platz for only about ten seasons.",
     "Франк Касторф руководил берлинским театром «Фольксбюне» четверть века — с 1992 по 2017 год.",
     C, "duration", "culture", False),
    ("Pinewood Studios at Iver Heath, Buckinghamshire, opened in 1936 and has been the home of the James Bond series since Dr. No.",
     "Британская киностудия «Пайнвуд» открылась в 1936 году; с начала 1960-х там снимают фильмы о Джеймсе Бонде.",
     A, "year", "culture", True),
    ("The Satirikon theatre descends from the Leningrad Theatre of Miniatures, founded by Arkady Raikin in 1939, which moved to Moscow in the early 1980s.",
     "Московский театр «Сатирикон» носит имя Аркадия Райкина, а с 1988 г. им руководит его сын Константин Райкин.",
     A, "person", "culture", False),
    ("Universal Pictures, founded in 1912 by Carl Laemmle and partners, opened its Universal City studio lot in California in March 1915.",
     "Киностудия «Юниверсал Пикчерс», созданная Карлом Леммле с компаньонами в 1912 г., — одна из старейших в Голливуде.",
     A, "year", "culture", True),
    # ---------------- literature ----------------
    # FALSE: EN (Perfume is set in eighteenth-century France)
    ("Patrick Süskind's novel Perfume (1985) follows Jean-Baptiste Grenouille, a murderer with a monstrous sense of smell, in nineteenth-century France.",
     "Действие романа Патрика Зюскинда «Парфюмер», вышедшего в 1985 г., разворачивается во Франции XVIII века.",
     C, "century", "literature", True),
    # FALSE: RU (the 1992 Booker was shared with Barry Unsworth)
    ("Michael Ondaatje's The English Patient shared the 1992 Booker Prize with Barry Unsworth's novel Sacred Hunger.",
     "Букеровскую премию 1992 г. роман Майкла Ондатже «Английский пациент» разделил с книгой Джулиана Барнса.",
     C, "person", "literature", False),
    ("Raymond Radiguet's novel The Devil in the Flesh appeared in 1923; later that year its author died of typhoid at the age of twenty.",
     "Роман «Дьявол во плоти» вышел в 1923 г., а в декабре того же года двадцатилетний Реймон Радиге умер от брюшного тифа.",
     A, "year", "literature", False),
    ("In 1980 Marguerite Yourcenar, author of Memoirs of Hadrian, became the first woman elected to the Académie française.",
     "Маргерит Юрсенар стала первой женщиной — членом Французской академии: её избрали в марте 1980 г.",
     A, "rank", "literature", True),
    ("Tom Stoppard's Rosencrantz and Guildenstern Are Dead was first staged on the Edinburgh Fringe in 1966 before reaching the National Theatre.",
     "Пьеса Тома Стоппарда «Розенкранц и Гильденстерн мертвы» впервые была поставлена в 1966 г. на фестивале «Фриндж» в Эдинбурге.",
     A, "year", "literature", False),
    # ---------------- music ----------------
    # FALSE: EN (Monk was born in Rocky Mount, North Carolina)
    ("Jazz pianist Thelonious Monk was born in October 1917 in New Orleans, Louisiana, and grew up in Manhattan.",
     "Пианист Телониус Монк, один из создателей бибопа, родился 10 октября 1917 г. в городе Роки-Маунт (Северная Каролина).",
     C, "place", "music", True),
    # FALSE: RU (Mingus Ah Um was released by Columbia)
    ("Charles Mingus recorded Mingus Ah Um for Columbia in 1959; the album includes Goodbye Pork Pie Hat, an elegy for Lester Young.",
     "Альбом «Mingus Ah Um», записанный Чарлзом Мингусом в 1959 г., вышел на лейбле Blue Note; в него вошла пьеса-реквием по Лестеру Янгу.",
     C, "organisation", "music", False),
    # FALSE: EN (Petit Papa Noel was first sung by Rossi in 1946)
    ("Corsican singer Tino Rossi first recorded Petit Papa Noël in the 1960s; it went on to become one of France's best-selling singles.",
     "Песня «Пти папа Ноэль», впервые исполненная Тино Росси в 1946 г. в фильме «Судьбы», стала одним из самых продаваемых синглов во Франции.",
     C, "decade", "music", True),
    ("Lyudmila Zykina, the Soviet folk singer best known for The Volga Flows, was named People's Artist of the USSR in 1973.",
     "Людмила Зыкина, прославившаяся песней «Течёт Волга», получила звание народной артистки СССР в 1973 году.",
     A, "year", "music", False),
    ("Hector Berlioz orchestrated the Rákóczi March in 1846 and placed it in The Damnation of Faust, moving the opening scene to Hungary for its sake.",
     "Ракоци-марш в обработке Берлиоза, впервые прозвучавшей в Пеште в 1846 г., вошёл в «Осуждение Фауста».",
     A, "person", "music", True),
    # ---------------- art ----------------
    # FALSE: EN (Maillol died in 1944)
    ("Aristide Maillol, the sculptor of La Méditerranée, was born at Banyuls-sur-Mer in 1861 and died after a car accident in 1954.",
     "Французский скульптор Аристид Майоль (1861–1944), автор «Средиземноморья», погиб в результате автомобильной аварии.",
     C, "year", "art", False),
    # FALSE: RU (the monument is about 98 m high)
    ("Zurab Tsereteli's monument to Peter the Great, erected on the Moskva River in 1997, stands about 98 metres high.",
     "Памятник Петру I работы Зураба Церетели, установленный в Москве в 1997 г., имеет высоту около 48 м.",
     C, "number", "art", True),
    ("Giovanni Battista Piranesi reworked his Carceri d'invenzione etchings for a second edition of 1761, darkening the plates and adding two new ones.",
     "Второе издание «Воображаемых темниц» Пиранези (1761) включало 16 листов — на два больше, чем первое.",
     A, "year", "art", False),
    ("In 1889 Ernest Meissonier became the first artist to receive the Grand Cross of the Legion of Honour.",
     "Жан-Луи-Эрнест Мейссонье, мастер миниатюрных батальных сцен, был первым художником, удостоенным большого креста ордена Почётного легиона.",
     A, "rank", "art", True),
    ("Jean-Baptiste Oudry's The White Duck, painted in 1753, was stolen from Houghton Hall in Norfolk in 1990 and has never been recovered.",
     "Картина Жан-Батиста Удри «Белая утка» (1753) была похищена в 1990 г. из английской усадьбы Хоутон-холл и до сих пор не найдена.",
     A, "year", "art", False),
    # ---------------- law ----------------
    # FALSE: EN (the Paris Convention was signed on 20 March 1883)
    ("The Paris Convention for the Protection of Industrial Property, one of the first international treaties on intellectual property, was signed in October 1883.",
     "Парижская конвенция по охране промышленной собственности была подписана 20.03.1883 одиннадцатью государствами.",
     C, "month", "law", True),
    # FALSE: RU (the Universal Copyright Convention was adopted in Geneva)
    ("The Universal Copyright Convention, drawn up under UNESCO and adopted in Geneva in 1952, was revised at Paris in 1971.",
     "Всемирная конвенция об авторском праве была принята в 1952 г. в Берне на конференции, созванной ЮНЕСКО.",
     C, "place", "law", False),
    ("The Madrid Agreement Concerning the International Registration of Marks was concluded on 14 April 1891.",
     "Мадридское соглашение о международной регистрации знаков (14.04.1891) положило начало так называемой Мадридской системе.",
     A, "date", "law", True),
    ("The Nuremberg Code, ten principles for human experimentation, came out of the 1947 judgment in the Doctors' Trial; its first principle demands voluntary consent.",
     "Нюрнбергский кодекс (1947) состоит из десяти пунктов; первый из них гласит, что добровольное согласие испытуемого абсолютно необходимо.",
     A, "number", "law", False),
    ("The jurist Papinian, praetorian prefect under Septimius Severus, was put to death in 212 on the orders of Caracalla.",
     "Выдающийся римский юрист Эмилий Папиниан был казнён в 212 г. по приказу императора Каракаллы.",
     A, "year", "law", True),
    # ---------------- technology ----------------
    # FALSE: RU (Sturgeon demonstrated his electromagnet in 1825)
    ("In 1825 William Sturgeon showed the Society of Arts his electromagnet, a varnished horseshoe of iron wound with copper wire.",
     "Первый электромагнит — подковообразный железный сердечник, обмотанный медной проволокой, — англичанин Уильям Стерджен продемонстрировал в 1852 году.",
     C, "year", "technology", False),
    # FALSE: EN (on opening it was the longest suspension bridge in the world)
    ("When it opened over the East River in December 1903, the Williamsburg Bridge was only the second-longest suspension bridge in the world.",
     "Уильямсбургский мост через Ист-Ривер, открытый в 1903 г., тогда стал самым длинным висячим мостом мира, обойдя Бруклинский.",
     C, "rank", "technology", True),
    ("Nikolay Slavyanov, an engineer at the Perm cannon works, developed arc welding with a consumable metal electrode in the late 1880s.",
     "Николай Славянов, работавший на Пермских пушечных заводах, в 1888 г. впервые применил дуговую сварку металлическим плавящимся электродом.",
     A, "place", "technology", False),
    ("Bernhard Schmidt, who had lost his right hand in a youthful experiment, built the first wide-field Schmidt camera at the Hamburg Observatory in 1930.",
     "Оптик Бернхард Шмидт, уроженец Эстонии, создал в 1930 г. светосильный широкоугольный телескоп, получивший название камеры Шмидта.",
     A, "year", "technology", True),
    ("Kodak launched the Super 8 home-movie format in 1965, with film supplied in easy-loading cartridges and a larger frame than regular 8 mm.",
     "Формат любительского кино «Супер-8», представленный компанией «Кодак» в 1965 г., использовал плёнку в кассетах.",
     A, "year", "technology", False),
    # ---------------- disasters ----------------
    # FALSE: RU (the Niobe capsized on 26 July 1932)
    ("The German navy's sail training ship Niobe capsized in a sudden squall off Fehmarn on 26 July 1932, killing 69 people.",
     "Учебный парусник германского флота «Ниобе» опрокинулся от внезапного шквала у острова Фемарн в июне 1932 г.",
     C, "month", "disasters", False),
    # FALSE: EN (the Urquiola's captain was killed)
    ("The Spanish tanker Urquiola ran aground and exploded at the entrance to A Coruña harbour in May 1976, but no one aboard was killed.",
     "12 мая 1976 г. испанский танкер «Уркиола» сел на мель у входа в порт Ла-Корунья и взорвался; погиб капитан судна.",
     C, "polarity", "disasters", True),
    # FALSE: EN (the Novedades fire broke out on 23 September 1928)
    ("Fire broke out at Madrid's Teatro Novedades during a zarzuela performance on the night of 25 September 1928.",
     "Пожар в мадридском театре «Новедадес» вспыхнул вечером 23 сентября 1928 г., во время представления сарсуэлы.",
     C, "date", "disasters", False),
    ("On 13 June 1997 a fire at the Uphaar cinema in Delhi, during a screening of the film Border, killed 59 people.",
     "Пожар в делийском кинотеатре «Упхаар» 13.06.1997, начавшийся с возгорания трансформатора, унёс жизни 59 зрителей.",
     A, "date", "disasters", True),
    ("The earthquake that struck Orléansville in French Algeria on 9 September 1954 killed more than 1,200 people.",
     "Землетрясение 1954 г. в Орлеанвиле (ныне Шлеф, Алжир) унесло свыше 1200 жизней.",
     A, "year", "disasters", False),
]

RELATED = [
    ("George Crook's column at the Rosebud included several hundred Crow and Shoshone scouts allied with the US Army.",
     "После боя на Роузбаде генерал Крук отвёл свои войска к ручью Гус-Крик и несколько недель ждал там подкреплений.",
     "Rosebud", True, "history"),
    ("After his victory at Sarhu, Nurhaci went on to capture the Ming towns of Kaiyuan and Tieling later in 1619.",
     "В 1616 г. Нурхаци провозгласил себя ханом государства Поздняя Цзинь, а в 1618 г. начал открытую войну с Минской империей.",
     "Sarhu", False, "history"),
    ("Since the mid-nineteenth century the Mer de Glace has thinned and retreated, so visitors now descend hundreds of steps to reach the ice.",
     "Ледник Мер-де-Глас образуется при слиянии нескольких ледников, главные из которых — Дю-Такюль и Лешо.",
     "Mer de Glace", True, "geography"),
    ("William Renshaw's twin brother Ernest won the Wimbledon singles title in 1888.",
     "Вместе с братом-близнецом Эрнестом Уильям Реншоу несколько раз выигрывал Уимблдонский турнир в парном разряде.",
     "Renshaw", False, "sport"),
    ("Tom Stoppard shared the Academy Award for best original screenplay for Shakespeare in Love with Marc Norman.",
     "Трилогия Тома Стоппарда «Берег утопии» посвящена Герцену, Бакунину и другим русским мыслителям XIX века.",
     "Stoppard", True, "literature"),
    ("Charles Mingus was born in 1922 in Nogales, Arizona, and grew up in the Watts district of Los Angeles.",
     "В 1971 г. вышла автобиографическая книга джазового контрабасиста Чарлза Мингуса «Beneath the Underdog».",
     "Mingus", False, "music"),
    ("Zurab Tsereteli was elected president of the Russian Academy of Arts in 1997.",
     "Скульптор и живописец Зураб Церетели родился в Тбилиси 4 января 1934 г.",
     "Tsereteli", True, "art"),
    ("The German navy replaced the lost Niobe with a new sail training ship, the Gorch Fock, launched in 1933.",
     "Парусник «Ниобе» был перестроен для германского флота из датского грузового судна.",
     "Niobe", False, "disasters"),
    ("The Nuremberg Code grew out of the Doctors' Trial, which opened in December 1946 with 23 defendants facing American judges.",
     "Нюрнбергский кодекс требует, чтобы испытуемый мог в любой момент прекратить своё участие в эксперименте.",
     "Nuremberg Code", True, "law"),
    ("Pinewood Studios was set up on the Heatherden Hall estate by the builder Charles Boot and the flour magnate J. Arthur Rank.",
     "Павильон «007» на киностудии «Пайнвуд» дважды сгорал — в 1984 и в 2006 году.",
     "Pinewood", False, "culture"),
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
        # the related subject must be the subject of one of this set's comparable pairs
        hits = [c for c in COMPARABLE if subj in c[0]]
        assert len(hits) == 1 and hits[0][4] == domain, subj
        assert subj in en, subj
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

    with open(os.path.join(here, "comparable_heldout128.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout128.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("agree slots:", aslots)
    print("domains:", doms)
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Build heldout70: independent EN/RU claim pairs (stdlib only).

Each comparable row: (en, ru, label, slot, domain, ru_first).
Each related row:    (en, ru, subject, ru_first, domain).
For every contradict row a comment names the FALSE side.
"""
import json
import os
import re

C, A = "contradict", "agree"

COMPARABLE = [
    # ---------------- history ----------------
    # FALSE: EN (the English fleet won at Sluys)
    ("The naval battle of Sluys, fought off the Flemish coast on 24 June 1340, ended in a heavy defeat for the English fleet of Edward III.",
     "В морском сражении при Слёйсе 24 июня 1340 года английский флот под командованием Эдуарда III разгромил французскую эскадру.",
     C, "opposite", "history", False),
    ("At Poitiers in September 1356 the Black Prince's outnumbered army routed the French and took King John II prisoner.",
     "Битва при Пуатье 19 сентября 1356 г. закончилась пленением французского короля Иоанна II Доброго.",
     A, "person", "history", True),
    # FALSE: RU (Mollwitz is in Silesia, not Saxony)
    ("The first big battle of Frederick II's reign was fought at Mollwitz in Silesia on 10 April 1741 and ended in a Prussian victory over Austria.",
     "Первое крупное сражение Фридриха II — при Мольвице в Саксонии 10 апреля 1741 года — завершилось победой пруссаков над австрийцами.",
     C, "place", "history", True),
    ("The battle of Rossbach on 5 November 1757 lasted only about an hour and a half, yet Frederick the Great routed a Franco-Imperial army almost twice his size.",
     "5 ноября 1757 г. при Россбахе Фридрих II менее чем за два часа разгромил почти вдвое превосходившую его франко-имперскую армию.",
     A, "duration", "history", False),
    ("Francis I of France defeated the Swiss pikemen defending the Duchy of Milan at Marignano on 13 and 14 September 1515.",
     "Двухдневная битва при Мариньяно в сентябре 1515 года принесла Франциску I победу над швейцарскими наёмниками, защищавшими Милан.",
     A, "date", "history", True),
    # ---------------- science ----------------
    # FALSE: EN (the prize was for 1934, i.e. the 1930s)
    ("George Whipple, George Minot and William Murphy shared a Nobel Prize in Physiology or Medicine in the 1920s for treating anaemia with liver.",
     "Джордж Уиппл, Джордж Майнот и Уильям Мёрфи разделили Нобелевскую премию по физиологии и медицине 1934 года за лечение анемии печёночной диетой.",
     C, "decade", "science", False),
    ("In 1958 Matthew Meselson and Franklin Stahl used heavy nitrogen to show that DNA copies itself semi-conservatively.",
     "Опыт Мезельсона и Сталя, поставленный в Калифорнийском технологическом институте и опубликованный в 1958 г., подтвердил полуконсервативный механизм репликации ДНК.",
     A, "year", "science", True),
    # FALSE: EN (water boils at 80 degrees Réaumur)
    ("On the temperature scale proposed by René-Antoine Réaumur in 1730, water freezes at zero and boils at 100 degrees.",
     "По шкале Реомюра, предложенной в 1730 году, вода замерзает при нуле градусов, а кипит при 80 градусах.",
     C, "number", "science", True),
    # FALSE: RU (Strontian is in Scotland, not Wales)
    ("Strontium takes its name from Strontian, a village in the Scottish Highlands where the mineral strontianite was found in lead mines.",
     "Стронций получил название от деревни Стронциан в Уэльсе, в свинцовых рудниках которой был найден минерал стронцианит.",
     C, "place", "science", False),
    ("Vanadium was rediscovered in 1830 by the Swedish chemist Nils Gabriel Sefström, who named it after the Norse goddess Vanadís.",
     "Ванадий, ранее найденный в Мексике Андресом Мануэлем дель Рио, в 1830 г. заново открыл швед Нильс Сефстрём, назвав элемент в честь богини Ванадис.",
     A, "person", "science", False),
    # ---------------- geography ----------------
    # FALSE: EN (the Tonle Sap river reverses its flow in the wet season)
    ("Cambodia's great lake, Tonle Sap, is drained by a river that never changes direction, carrying water out of the lake all year round.",
     "В сезон дождей река Тонлесап поворачивает вспять, и площадь одноимённого озера в Камбодже увеличивается в несколько раз.",
     C, "polarity", "geography", True),
    ("The Northern Dvina empties into the White Sea just below the port city of Arkhangelsk after a course of some 740 kilometres.",
     "Северная Двина, образуемая слиянием Сухоны и Юга у Великого Устюга, впадает в Двинскую губу Белого моря у Архангельска.",
     A, "place", "geography", True),
    ("Munku-Sardyk, the highest summit of the Eastern Sayan range, rises to 3,491 metres on the border between Russia and Mongolia.",
     "Высота Мунку-Сардыка — высшей точки Восточного Саяна, через которую проходит российско-монгольская граница, — составляет почти 3,5 км.",
     A, "number", "geography", False),
    # FALSE: RU (Prespa is shared by three countries, including Greece)
    ("Lake Prespa is shared by three countries, Albania, Greece and North Macedonia, whose borders meet in the middle of its waters.",
     "Озеро Преспа делят между собой только две страны — Албания и Северная Македония, граница которых проходит по его акватории.",
     C, "number", "geography", False),
    ("The Vitim, about 1,840 km long, is one of the largest right-bank tributaries of the Lena in eastern Siberia.",
     "Витим — правый приток Лены длиной 1837 км, берущий начало на Витимском плоскогорье в Забайкалье.",
     A, "number", "geography", False),
    # ---------------- economy ----------------
    # FALSE: EN (the first Joachimsthalers were struck in 1518-1519, 16th century)
    ("The first Joachimsthaler coins were struck in Bohemia in the 17th century, and their name eventually gave rise to the words thaler and dollar.",
     "Первые иоахимсталеры были отчеканены в Богемии в 1518–1519 гг.; от их названия происходят слова «талер» и «доллар».",
     C, "century", "economy", False),
    ("Branobel, the oil company of the brothers Ludvig and Robert Nobel, was set up in 1879 to develop the Baku oil fields.",
     "Товарищество нефтяного производства братьев Нобель было учреждено в 1879 году и вело добычу нефти на Апшеронском полуострове.",
     A, "organisation", "economy", True),
    # FALSE: RU (the Peasant Land Bank was Bunge's initiative; Witte became finance minister only in 1892)
    ("Russia's Peasant Land Bank, set up in 1882 on the initiative of finance minister Nikolai Bunge, lent peasants money to buy land.",
     "Крестьянский поземельный банк, учреждённый в 1882 г. по инициативе министра финансов Сергея Витте, выдавал крестьянам ссуды на покупку земли.",
     C, "person", "economy", True),
    # FALSE: EN (the grant dates from 1528; Charles V died in 1558)
    ("In 1582 Emperor Charles V granted the Augsburg merchant house of the Welsers the right to colonise and govern Venezuela.",
     "В 1528 году император Карл V передал аугсбургскому торговому дому Вельзеров право на освоение Венесуэлы.",
     C, "year", "economy", False),
    ("Saab began life in 1937 as a maker of military aircraft, more than a decade before its first car, the Saab 92, went into production.",
     "Шведская компания Saab была основана в 1937 году в Тролльхеттане как производитель военных самолётов.",
     A, "year", "economy", False),
    # ---------------- sport ----------------
    # FALSE: RU (the final was played on 4 July 1954)
    ("West Germany came back from two goals down to beat Hungary 3–2 in the World Cup final in Bern on 4 July 1954.",
     "Финал чемпионата мира в Берне, в котором сборная ФРГ отыгралась со счёта 0:2 и обыграла венгров, состоялся в июне 1954 года.",
     C, "month", "sport", True),
    ("East Germany's Ulrich Wehling won the Olympic Nordic combined title three times in a row, in 1972, 1976 and 1980.",
     "Ульрих Велинг из ГДР — трёхкратный олимпийский чемпион в лыжном двоеборье: он побеждал в Саппоро, Инсбруке и Лейк-Плэсиде.",
     A, "number", "sport", True),
    # FALSE: EN (van Gennip won three golds: 1500, 3000 and 5000 m)
    ("At the 1988 Winter Olympics in Calgary the Dutch skater Yvonne van Gennip won two gold medals, in the 3,000 and 5,000 metres.",
     "Нидерландская конькобежка Ивонн ван Геннип на Олимпиаде-1988 в Калгари завоевала три золотые медали — на дистанциях 1500, 3000 и 5000 м.",
     C, "number", "sport", False),
    ("Thomas Wassberg of Sweden won the 15 km cross-country race at Lake Placid in 1980 by a hundredth of a second over Juha Mieto.",
     "На Олимпиаде 1980 года в Лейк-Плэсиде швед Томас Вассберг опередил финна Юху Миэто в гонке на 15 км всего на 0,01 секунды.",
     A, "number", "sport", False),
    ("The Soviet freestyle wrestler Ivan Yarygin won Olympic gold twice, at Munich in 1972 and at Montreal four years later.",
     "Иван Ярыгин дважды становился олимпийским чемпионом по вольной борьбе — в 1972 и 1976 годах.",
     A, "year", "sport", True),
    # ---------------- culture ----------------
    # FALSE: RU (Neveu won the first Wieniawski competition; Oistrakh was second)
    ("The first Wieniawski violin competition, held in Warsaw in 1935, was won by the fifteen-year-old French violinist Ginette Neveu.",
     "На первом конкурсе скрипачей имени Венявского, прошедшем в Варшаве в 1935 г., юная француженка Жинетт Невё заняла второе место.",
     C, "rank", "culture", True),
    ("St Petersburg's Mikhailovsky Theatre, which stands on what is now Arts Square, first opened its doors to the public in 1833.",
     "Михайловский театр на площади Искусств (тогда она называлась Михайловской) открылся в Петербурге в 1833 году.",
     A, "place", "culture", True),
    # FALSE: RU (Tarkhany is in Penza province, not Tula)
    ("Tarkhany, the estate in Penza province where Mikhail Lermontov spent his childhood, is also the place where the poet is buried.",
     "Тарханы — имение в Тульской губернии, где прошло детство Михаила Лермонтова и где поэт похоронен.",
     C, "place", "culture", False),
    ("The Tyutchev museum at the Muranovo estate near Moscow was founded in 1920 by the poet's grandson, Nikolai Tyutchev.",
     "Музей-усадьба «Мураново» имени Ф. И. Тютчева открылся в Подмосковье в 1920 году; его первым директором стал внук поэта.",
     A, "year", "culture", False),
    # FALSE: RU (Spasskoye-Lutovinovo was Turgenev's estate, not Leskov's)
    ("Spasskoye-Lutovinovo in the Oryol region, the family estate of Ivan Turgenev, is now a museum-reserve devoted to the writer.",
     "Спасское-Лутовиново в Орловской области — родовое имение Николая Лескова, ныне музей-заповедник, посвящённый писателю.",
     C, "person", "culture", True),
    # ---------------- literature ----------------
    ("John Bunyan's allegory The Pilgrim's Progress first appeared in 1678, much of it written while he was imprisoned in Bedford.",
     "Первая часть аллегории Джона Беньяна «Путь паломника» вышла в Лондоне в 1678 году, вторая — лишь в 1684-м.",
     A, "year", "literature", True),
    # FALSE: RU (Tartarin de Tarascon appeared in 1872)
    ("Alphonse Daudet's comic novel about the boastful Tartarin of Tarascon, who sets off to hunt lions in Algeria, appeared in 1872.",
     "Юмористический роман Альфонса Доде о хвастливом Тартарене из Тараскона, отправившемся охотиться на львов в Алжир, вышел в 1890-х годах.",
     C, "decade", "literature", False),
    ("Friedrich de la Motte Fouqué's novella Undine, about a water spirit who marries a knight to gain a soul, was published in 1811.",
     "Повесть Фридриха де ла Мотт Фуке «Ундина» о духе вод, обретающем душу через брак с рыцарем Хульдбрандом, увидела свет в 1811 году.",
     A, "year", "literature", False),
    # FALSE: EN (Schlemihl sells his shadow, not his reflection)
    ("In Chamisso's 1814 tale, Peter Schlemihl sells his reflection to a mysterious man in grey in exchange for a bottomless purse.",
     "Герой повести Шамиссо (1814) Петер Шлемиль продаёт свою тень таинственному человеку в сером за неиссякаемый кошелёк.",
     C, "entity", "literature", True),
    ("William Beckford wrote his Oriental Gothic tale Vathek in French, but an English translation came out first, in 1786.",
     "Повесть «Ватек» о халифе-вероотступнике англичанин Уильям Бекфорд написал по-французски; английский перевод вышел раньше оригинала — в 1786 г.",
     A, "year", "literature", False),
    # ---------------- music ----------------
    # FALSE: RU (The Mikado opened on 14 March 1885)
    ("The Mikado by Gilbert and Sullivan opened in London on 14 March 1885 and ran for 672 performances.",
     "Оперетта Гилберта и Салливана «Микадо» впервые была сыграна в Лондоне 24 марта 1885 года и выдержала 672 представления.",
     C, "day", "music", False),
    ("Beethoven's three string quartets Op. 59, composed in 1806, are dedicated to Count Andrey Razumovsky, Russia's ambassador in Vienna.",
     "Три «Разумовских» квартета Бетховена (соч. 59) посвящены русскому послу в Вене графу Андрею Кирилловичу Разумовскому.",
     A, "person", "music", False),
    # FALSE: EN (the Weimar premiere was sung in German)
    ("Saint-Saëns's biblical opera Samson and Delilah was first staged in Weimar in 1877, sung in the original French.",
     "Первая постановка оперы Сен-Санса «Самсон и Далила» состоялась в 1877 году в Веймаре, причём на немецком языке.",
     C, "entity", "music", True),
    ("Pablo de Sarasate composed Zigeunerweisen, Op. 20, his showpiece for violin and orchestra on Hungarian Romani tunes, in 1878.",
     "«Цыганские напевы» (соч. 20) для скрипки с оркестром испанский скрипач Пабло де Сарасате написал в 1878 году.",
     A, "year", "music", True),
    # FALSE: RU (Tzigane was premiered in London in 1924)
    ("Maurice Ravel's virtuoso rhapsody Tzigane for violin was first performed in London in 1924.",
     "Виртуозная рапсодия Мориса Равеля «Цыганка» для скрипки впервые прозвучала в Лондоне в 1934 году.",
     C, "year", "music", True),
    # ---------------- art ----------------
    ("Goya painted The Third of May 1808, showing French soldiers executing Madrid civilians, in 1814; it hangs in the Prado.",
     "Картина Гойи «Третье мая 1808 года в Мадриде», изображающая расстрел повстанцев французскими солдатами, написана в 1814 году.",
     A, "year", "art", False),
    # FALSE: EN (the French state bought the picture after the 1824 Salon)
    ("Delacroix's The Massacre at Chios was shown at the Salon of 1824, but the French state refused to buy it.",
     "Картина Делакруа «Резня на Хиосе», показанная на Салоне 1824 года, была приобретена государством.",
     C, "opposite", "art", False),
    # FALSE: EN (The Yellow Christ is in Buffalo, not Chicago)
    ("Gauguin's The Yellow Christ, painted at Pont-Aven in 1889, belongs to the Art Institute of Chicago.",
     "Картина Гогена «Жёлтый Христос», написанная в 1889 году в Понт-Авене, хранится в художественном музее Олбрайт-Нокс в Буффало.",
     C, "place", "art", True),
    ("Henryk Siemiradzki's vast canvas Phryne at the Festival of Poseidon in Eleusis, completed in 1889, is in the State Russian Museum.",
     "Огромное полотно Генрика Семирадского «Фрина на празднике Посейдона в Элевсине» (1889) находится в петербургском Русском музее.",
     A, "place", "art", True),
    # FALSE: RU (The Slave Ship was exhibited at the Royal Academy in 1840)
    ("J. M. W. Turner exhibited The Slave Ship at the Royal Academy in 1840; the painting is now in Boston's Museum of Fine Arts.",
     "Картину «Невольничий корабль» Уильям Тёрнер выставил в Королевской академии художеств в 1850 году; теперь она хранится в Бостоне.",
     C, "year", "art", False),
    # ---------------- law ----------------
    # FALSE: EN (Tarasoff was decided by the California Supreme Court)
    ("Tarasoff v. Regents of the University of California was decided in 1976 by the US Supreme Court, which held that therapists may owe a duty to protect threatened people.",
     "В 1976 году Верховный суд Калифорнии по делу Тарасофф постановил, что психотерапевт обязан принять меры для защиты человека, которому угрожает пациент.",
     C, "organisation", "law", True),
    ("The Poor Law Amendment Act of 1834 made the workhouse the centre of relief for the able-bodied poor in England and Wales.",
     "Принятый в 1834 году «Новый закон о бедных» сделал работные дома основой помощи трудоспособным беднякам Англии и Уэльса.",
     A, "year", "law", True),
    # FALSE: RU (the Court struck the Nebraska law down)
    ("In Meyer v. Nebraska (1923) the US Supreme Court struck down a state law that banned teaching young children in foreign languages.",
     "В деле «Мейер против штата Небраска» (1923) Верховный суд США оставил в силе закон, запрещавший обучать младших школьников на иностранных языках.",
     C, "opposite", "law", False),
    # FALSE: EN (the manifesto was signed by Peter III)
    ("Catherine II's Manifesto on the Freedom of the Nobility, issued in February 1762, released Russian nobles from compulsory state service.",
     "Манифест о вольности дворянства, подписанный Петром III в феврале 1762 года, освободил дворян от обязательной службы.",
     C, "person", "law", True),
    ("Edward I's Statute of Mortmain of 1279 forbade the granting of land to religious houses, which would otherwise escape feudal dues.",
     "Статут «о мёртвой руке», изданный Эдуардом I в 1279 году, запретил передавать земли церковным корпорациям.",
     A, "year", "law", False),
    # ---------------- technology ----------------
    ("TIROS-1, the first successful weather satellite, was launched from Cape Canaveral on 1 April 1960.",
     "Первый удачный метеорологический спутник TIROS-1 был выведен на орбиту в апреле 1960 года и передавал снимки облачности 78 дней.",
     A, "date", "technology", True),
    # FALSE: EN (the Magnetophon was built by AEG)
    ("The Magnetophon tape recorder, built by Siemens, was first shown to the public at the 1935 Berlin Radio Exhibition.",
     "Магнитофон K1 фирмы AEG был впервые показан публике на Берлинской радиовыставке 1935 года.",
     C, "organisation", "technology", True),
    ("In 1880 Alexander Graham Bell and Charles Sumner Tainter transmitted speech over a beam of sunlight with their photophone.",
     "Фотофон, передававший речь с помощью солнечного луча, Белл и его помощник Чарльз Тейнтер испытали в 1880 году.",
     A, "person", "technology", False),
    # FALSE: EN (the Paris-Lyon service opened in 1865)
    ("Giovanni Caselli's pantelegraph carried the first commercial fax service, between Paris and Lyon, from the 1880s.",
     "Пантелеграф Джованни Казелли с 1865 года обеспечивал первую коммерческую линию передачи изображений между Парижем и Лионом.",
     C, "decade", "technology", False),
    ("The phonautograph, patented in 1857 by Édouard-Léon Scott de Martinville, traced sound waves on soot-blackened paper but could not play them back.",
     "Фоноавтограф, первый прибор для записи звука, запатентовал француз Эдуар-Леон Скотт де Мартенвиль в 1857 году.",
     A, "year", "technology", True),
    # ---------------- disasters ----------------
    ("The US Navy airship Shenandoah broke apart in a squall over Ohio on 3 September 1925, killing 14 of the 43 men aboard.",
     "Американский дирижабль «Шенандоа» — первый жёсткий дирижабль, наполненный гелием, — потерпел крушение над Огайо осенью 1925 г.; погибли 14 человек.",
     A, "number", "disasters", False),
    # FALSE: RU (146 people died)
    ("The Triangle Shirtwaist Factory fire in New York City on 25 March 1911 killed 146 garment workers, most of them young immigrant women.",
     "Пожар на швейной фабрике «Трайангл» в Нью-Йорке 25 марта 1911 года унёс жизни 246 работников, в основном молодых иммигранток.",
     C, "number", "disasters", False),
    ("The Meiji Sanriku tsunami of 15 June 1896 struck Japan's northeastern coast and killed about 22,000 people.",
     "Цунами Мэйдзи-Санрику, обрушившееся на северо-восточное побережье Японии 15 июня 1896 г., унесло жизни около 22 тыс. человек.",
     A, "date", "disasters", True),
    ("With 361 dead, the explosion at the Oaks Colliery near Barnsley in December 1866 remains the worst mining disaster in England.",
     "Взрыв на шахте «Окс» близ Барнсли 12 декабря 1866 года, унёсший 361 жизнь, остаётся крупнейшей горной катастрофой в истории Англии.",
     A, "rank", "disasters", False),
    # FALSE: RU (four men escaped from Thetis)
    ("Only four men escaped when the new British submarine Thetis sank during trials in Liverpool Bay on 1 June 1939; 99 died.",
     "Когда 1 июня 1939 года новая британская подводная лодка «Тетис» затонула на испытаниях в Ливерпульском заливе, не спасся никто из находившихся на борту.",
     C, "polarity", "disasters", True),
]

RELATED = [
    ("The Battle of Poitiers in 1356 was one of the great English victories of the Hundred Years' War.",
     "Английскую армию при Пуатье возглавлял Эдуард Чёрный принц, старший сын короля Эдуарда III.",
     "Poitiers", True, "history"),
    ("Vanadium is widely added to steel to make it tougher, especially in tools, springs and axles.",
     "Ванадий впервые обнаружил в мексиканской свинцовой руде минералог Андрес Мануэль дель Рио в 1801 году.",
     "Vanadium", False, "science"),
    ("The Northern Dvina is formed by the confluence of the Sukhona and the Yug rivers near Veliky Ustyug.",
     "Архангельск, стоящий в устье Северной Двины, был основан в 1584 году как торговый порт.",
     "Northern Dvina", True, "geography"),
    ("In 1878 the Nobel brothers put into service the Zoroaster, one of the first successful oil tankers, on the Caspian Sea.",
     "Товарищество нефтяного производства братьев Нобель было учреждено в 1879 году.",
     "Branobel", False, "economy"),
    ("The 1954 World Cup final in Bern was played at the Wankdorf Stadium in heavy rain.",
     "Победный гол сборной ФРГ в финале чемпионата мира 1954 года забил Хельмут Ран за шесть минут до конца матча.",
     "Miracle of Bern", True, "sport"),
    ("The main house at Muranovo was built in the early 1840s by the poet Yevgeny Baratynsky.",
     "Музей-усадьба «Мураново» имени Тютчева открылся для посетителей в 1920 году.",
     "Muranovo", False, "culture"),
    ("The second part of The Pilgrim's Progress, which follows Christian's wife Christiana, was published in 1684.",
     "Значительную часть «Пути паломника» Джон Беньян, по преданию, написал в бедфордской тюрьме.",
     "Pilgrim's Progress", True, "literature"),
    ("The Mikado is set in Titipu, an imaginary Japanese town invented by W. S. Gilbert.",
     "Премьера «Микадо» прошла в лондонском театре «Савой» в марте 1885 года.",
     "Mikado", False, "music"),
    ("Tatiana Tarasoff was killed in 1969 by Prosenjit Poddar, who had earlier told a university psychologist that he intended to kill her.",
     "Окончательное решение по делу Тарасофф Верховный суд Калифорнии вынес в 1976 году.",
     "Tarasoff", True, "law"),
    ("After the Triangle Shirtwaist fire, New York State passed a series of new factory safety laws.",
     "Пожар на фабрике «Трайангл» вспыхнул 25 марта 1911 года в здании на Манхэттене.",
     "Triangle Shirtwaist", False, "disasters"),
]

CYR = re.compile(r"[\u0400-\u04FF]")
LAT = re.compile(r"[A-Za-z\u00C0-\u024F]")
SLOTS = {"year", "date", "month", "day", "decade", "century", "number", "percent",
         "money", "scale", "duration", "place", "person", "organisation", "entity",
         "rank", "polarity", "opposite"}
DOMAINS = ["history", "science", "geography", "economy", "sport", "culture",
           "literature", "music", "art", "law", "technology", "disasters"]


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


def count(rows, key):
    d = {}
    for r in rows:
        d[r[key]] = d.get(r[key], 0) + 1
    return dict(sorted(d.items()))


def check_false_sides():
    """Every contradict row carries a '# FALSE: EN|RU' comment; the split is 15/15."""
    src = open(os.path.abspath(__file__), encoding="utf-8").read()
    sides = re.findall(r"^ {4}# FALSE: (EN|RU) \(", src, re.M)
    en, ru = sides.count("EN"), sides.count("RU")
    assert (en, ru) == (15, 15), (en, ru)
    return en, ru


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    comp, rel = [], []
    for en, ru, label, slot, domain, ru_first in COMPARABLE:
        assert label in (A, C) and slot in SLOTS and domain in DOMAINS, (label, slot, domain)
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
        assert len(rows) == 30, (lab, len(rows))
        assert sum(r["lang_a"] == "ru" for r in rows) == 15, lab
        assert sum(r["lang_a"] == "en" for r in rows) == 15, lab
    cslots = count([r for r in comp if r["label"] == C], "slot")
    assert len(cslots) >= 12 and max(cslots.values()) <= 4, cslots
    doms = count(comp, "domain")
    assert set(doms) == set(DOMAINS) and all(v == 5 for v in doms.values()), doms
    for r in comp + rel:
        assert {r["lang_a"], r["lang_b"]} == {"en", "ru"}
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"

    with open(os.path.join(here, "comparable_heldout70.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout70.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("false sides (EN, RU):", check_false_sides())
    print("comparable:", len(comp), "related:", len(rel))
    print("labels:", count(comp, "label"))
    print("contradict slots (%d types):" % len(cslots), cslots)
    print("agree slots:", count([r for r in comp if r["label"] == A], "slot"))
    print("domains:", doms)
    print("contradict domains:", count([r for r in comp if r["label"] == C], "domain"))
    print("related domains:", count(rel, "domain"))


if __name__ == "__main__":
    main()

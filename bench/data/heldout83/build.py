#!/usr/bin/env python3
"""Build heldout83: independent EN/RU claim pairs (stdlib only).

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
    # FALSE: EN (Formigny was fought on 15 April 1450)
    ("At Formigny in Normandy, in April 1453, a French army under the Count of Clermont crushed an English force led by Sir Thomas Kyriell.",
     "Битва при Форминьи 15 апреля 1450 г., в которой французы разбили отряд Томаса Кириелла, открыла им путь к полному отвоеванию Нормандии.",
     C, "year", "history", True),
    # FALSE: RU (Richard I commanded at Arsuf; Philip II had already sailed home in August 1191)
    ("On 7 September 1191, during the Third Crusade, the army of Richard the Lionheart beat off Saladin's attack near Arsuf, on the march to Jaffa.",
     "В сентябре 1191 г. у Арсуфа крестоносцы под командованием французского короля Филиппа II Августа отразили натиск войск Саладина.",
     C, "person", "history", False),
    ("Simon de Montfort was killed on 4 August 1265 at Evesham, where the royalist army of the future Edward I destroyed the baronial forces.",
     "4.08.1265 в битве при Ившеме войска принца Эдуарда разгромили мятежных баронов; их вождь Симон де Монфор пал на поле боя.",
     A, "date", "history", True),
    ("In August 1332 Edward Balliol's small invading army, backed by the English 'Disinherited' lords, routed a much larger Scottish force at Dupplin Moor.",
     "При Дапплин-Муре в 1332 году погиб регент Шотландии граф Мар, чья многочисленная армия была разбита войском Эдуарда Баллиола.",
     A, "year", "history", False),
    # FALSE: EN (Jourdan's French army won at Fleurus)
    ("At Fleurus on 26 June 1794 Jourdan's French army was defeated by the Austrians under the Prince of Saxe-Coburg, despite using an observation balloon.",
     "Сражение при Флерюсе (26 июня 1794 г.) выиграла французская армия Журдана; для наблюдения за противником в нём применялся привязной аэростат.",
     C, "opposite", "history", True),
    # ---------------- science ----------------
    # FALSE: RU (Bergius's 1931 prize was in Chemistry)
    ("Friedrich Bergius, who developed a way of turning coal into liquid fuel by high-pressure hydrogenation, shared the 1931 Nobel Prize in Chemistry with Carl Bosch.",
     "Разработчик метода гидрогенизации угля Фридрих Бергиус в 1931 г. разделил с Карлом Бошем Нобелевскую премию по физике.",
     C, "entity", "science", False),
    ("William Giauque of the University of California, Berkeley, won the 1949 Nobel Prize in Chemistry for his research on substances at extremely low temperatures.",
     "Американский химик Уильям Джиок, уроженец канадского города Ниагара-Фолс, был удостоен Нобелевской премии 1949 г. за исследования в области химической термодинамики.",
     A, "year", "science", True),
    # FALSE: EN (Kornberg and Ochoa shared the 1959 prize)
    ("Arthur Kornberg, who isolated the first known DNA polymerase, received the Nobel Prize in Physiology or Medicine in the 1940s, sharing it with Severo Ochoa.",
     "В 1959 году Нобелевскую премию по физиологии и медицине разделили Северо Очоа и Артур Корнберг — за открытие механизмов синтеза РНК и ДНК.",
     C, "decade", "science", True),
    ("The German-born biochemist Fritz Lipmann received a share of the 1953 Nobel Prize in Physiology or Medicine for discovering coenzyme A.",
     "Фриц Липман, уроженец Кёнигсберга, открыл кофермент А, за что в 1953 г. был удостоен Нобелевской премии по физиологии и медицине.",
     A, "entity", "science", True),
    ("Because of a Nazi decree, the Austrian-born chemist Richard Kuhn was unable to accept the 1938 Nobel Prize in Chemistry, awarded for his work on carotenoids and vitamins.",
     "Рихард Кун, получивший Нобелевскую премию по химии за 1938 год за исследования каротиноидов и витаминов, смог принять её лишь после войны.",
     A, "year", "science", False),
    # ---------------- geography ----------------
    # FALSE: EN (the Kasai is the largest left-bank tributary of the Congo)
    ("Rising in the highlands of central Angola, the Kasai is only the second-largest left-bank tributary of the Congo and marks part of the Angola–DR Congo border.",
     "Касаи — крупнейший левый приток Конго; на протяжении нескольких сотен километров река служит границей между Анголой и ДР Конго.",
     C, "rank", "geography", True),
    # FALSE: RU (the Araks rises in eastern Turkey, not in Iran)
    ("The Aras, or Araks, rises in the mountains of eastern Turkey and, after forming long stretches of the Armenian and Azerbaijani borders with Iran, joins the Kura.",
     "Река Аракс берёт начало в горах северо-западного Ирана и впадает в Куру на территории Азербайджана.",
     C, "place", "geography", False),
    ("The Khatanga, formed by the confluence of the Kotuy and the Kheta in Krasnoyarsk Krai, empties into the Laptev Sea.",
     "Хатанга, протекающая по северу Красноярского края, впадает в Хатангский залив моря Лаптевых.",
     A, "place", "geography", True),
    # FALSE: EN (Illimani is about 6,438 m high)
    ("Illimani, the highest peak of Bolivia's Cordillera Real, rises to about 5,440 metres above the city of La Paz.",
     "Иллимани (6438 м), высшая точка хребта Кордильера-Реаль, возвышается над Ла-Пасом и хорошо видна из города.",
     C, "number", "geography", False),
    ("Lake Kyoga, a large, shallow lake in central Uganda, lies on the course of the Victoria Nile between Lake Victoria and Lake Albert.",
     "Через мелководное озеро Кьога в центральной Уганде протекает Виктория-Нил, несущий воды из озера Виктория.",
     A, "place", "geography", False),
    # ---------------- economy ----------------
    # FALSE: RU (HAPAG was founded in 1847, i.e. the nineteenth century)
    ("The Hamburg America Line, known by its German initials HAPAG, was founded in Hamburg in May 1847 and much later merged with Norddeutscher Lloyd.",
     "Гамбург-Американская пароходная компания (HAPAG) была учреждена в Гамбурге в XVIII веке и при Альберте Баллине стала крупнейшей судоходной компанией мира.",
     C, "century", "economy", True),
    # FALSE: EN (the Dubai World standstill request came in November 2009)
    ("In March 2009 the state-owned conglomerate Dubai World shocked markets by asking creditors for a six-month standstill on about $26 billion of debt.",
     "25 ноября 2009 г. госхолдинг Dubai World попросил кредиторов об отсрочке выплат по долгам на сумму около 26 млрд долларов.",
     C, "month", "economy", False),
    ("Fordlândia, Henry Ford's rubber-plantation town on the Tapajós River in the Brazilian Amazon, was founded in 1928 and proved a costly failure.",
     "В конце 1920-х гг. компания Форда заложила на берегу Тапажоса город Фордландия, чтобы выращивать каучуконосы; в 1945 г. земли продали бразильскому правительству.",
     A, "year", "economy", True),
    ("HSBC traces its origins to the Hongkong and Shanghai Banking Corporation, which opened in Hong Kong in 1865 on the initiative of the Scottish shipping executive Thomas Sutherland.",
     "Гонконгско-Шанхайская банковская корпорация, предшественница HSBC, была основана в 1865 г.; в 1993 г. штаб-квартира группы переехала в Лондон.",
     A, "year", "economy", False),
    ("On the evening of 8 November 2016 Prime Minister Narendra Modi announced that 500- and 1,000-rupee notes would cease to be legal tender at midnight.",
     "Объявленная 08.11.2016 демонетизация лишила статуса законного платёжного средства индийские банкноты номиналом 500 и 1000 рупий.",
     A, "date", "economy", True),
    # ---------------- sport ----------------
    ("Harrison Dillard, a hurdler who had failed to qualify in his own event, won the 100 metres at the 1948 London Olympics.",
     "Американец Харрисон Диллард стал олимпийским чемпионом в беге на 100 м в Лондоне в 1948 г., а через четыре года в Хельсинки выиграл барьерный бег на 110 м.",
     A, "year", "sport", False),
    # FALSE: RU (Agostini won 15 world titles)
    ("Giacomo Agostini, who rode mostly for MV Agusta, won 15 motorcycle Grand Prix world championships in the 350cc and 500cc classes.",
     "Итальянский мотогонщик Джакомо Агостини 12 раз становился чемпионом мира в классах 350 и 500 куб. см.",
     C, "number", "sport", True),
    # FALSE: EN (Cerdan held the title for about nine months, Sept 1948 - June 1949)
    ("Marcel Cerdan, who took the world middleweight title from Tony Zale in September 1948, held it for more than three years before losing to Jake LaMotta.",
     "Марсель Сердан владел титулом чемпиона мира в среднем весе около девяти месяцев — с сентября 1948 г. по июнь 1949 г.",
     C, "duration", "sport", False),
    # FALSE: RU (Hoad beat Rosewall in the 1956 Wimbledon final)
    ("The Australian Lew Hoad won the Wimbledon singles title in 1956 and again in 1957, shortly before turning professional.",
     "В финале Уимблдонского турнира 1956 г. австралиец Лью Хоад проиграл своему соотечественнику Кену Розуоллу.",
     C, "opposite", "sport", True),
    ("Jean Borotra, the 'Bounding Basque' of France's Four Musketeers, won the Wimbledon singles title in 1924 and 1926.",
     "Дважды — в 1924 и 1926 гг. — Уимблдонский турнир в одиночном разряде выигрывал француз Жан Боротра, один из «четырёх мушкетёров».",
     A, "year", "sport", True),
    # ---------------- culture ----------------
    # FALSE: RU (the Fete des Vignerons is held in Vevey, not Montreux)
    ("The Fête des Vignerons, a winegrowers' festival staged only a few times a century, is held in the Swiss lakeside town of Vevey.",
     "Праздник виноградарей, который проводится раз в 20–25 лет, проходит в швейцарском городе Монтрё на берегу Женевского озера.",
     C, "place", "culture", False),
    ("Crufts, first staged by the dog-biscuit salesman Charles Cruft in London in 1891, has been held at the NEC in Birmingham since 1991.",
     "Выставка собак «Крафтс», названная по имени её основателя Чарльза Крафта, впервые прошла в Лондоне в 1891 г.",
     A, "year", "culture", True),
    # FALSE: EN (the Harbin festival officially opens on 5 January)
    ("The Harbin International Ice and Snow Sculpture Festival in north-eastern China officially opens each year in early March and runs for about a month.",
     "Международный фестиваль ледовых и снежных скульптур в Харбине официально открывается 5 января и длится около месяца.",
     C, "month", "culture", True),
    ("The winter market in Jokkmokk, a Sami town just north of the Arctic Circle, has been held every February since 1605.",
     "Ярмарка в Йокмокке, проводимая с начала XVII в. (с 1605 г.), собирает в первую неделю февраля тысячи гостей.",
     A, "year", "culture", False),
    ("In 2003 UNESCO proclaimed the Carnival of Binche, with its orange-throwing Gilles in ostrich-feather hats, a masterpiece of intangible heritage.",
     "Карнавал в бельгийском городе Бенш, кульминация которого приходится на Жирный вторник, был включён ЮНЕСКО в список шедевров нематериального наследия в 2003 г.",
     A, "year", "culture", True),
    # ---------------- literature ----------------
    # FALSE: EN (Daniel Deronda was George Eliot's last completed novel)
    ("Daniel Deronda, published in eight monthly parts in 1876, was George Eliot's first novel.",
     "Последний завершённый роман Джордж Элиот, «Даниэль Деронда», вышел в 1876 году отдельными выпусками.",
     C, "rank", "literature", False),
    ("Elizabeth Barrett Browning's verse novel Aurora Leigh, written in nine books of blank verse, appeared in 1856.",
     "Роман в стихах «Аврора Ли» Элизабет Барретт Браунинг вышел в свет в конце 1856 г.",
     A, "year", "literature", False),
    # FALSE: RU (Ethan Frome was published in 1911)
    ("Edith Wharton's short novel Ethan Frome, set in the bleak fictional village of Starkfield, Massachusetts, was published in 1911.",
     "Повесть Эдит Уортон «Итан Фром» о трагической любви фермера из Новой Англии была опубликована в 1921 году.",
     C, "year", "literature", True),
    # FALSE: EN (Lewis declined the Pulitzer Prize for Arrowsmith)
    ("Sinclair Lewis did not refuse the 1926 Pulitzer Prize for Arrowsmith, his novel about an idealistic medical researcher.",
     "Синклер Льюис отказался от Пулитцеровской премии 1926 г., присуждённой ему за роман «Эрроусмит».",
     C, "polarity", "literature", False),
    ("Gorky worked on The Life of Klim Samgin, a vast chronicle of the Russian intelligentsia, from 1925 until his death in 1936, leaving it unfinished.",
     "Четырёхтомная «Жизнь Клима Самгина» с подзаголовком «Сорок лет» осталась незавершённой: Максим Горький умер, не дописав её.",
     A, "person", "literature", True),
    # ---------------- music ----------------
    ("Brahms's German Requiem, which sets passages from Luther's Bible rather than the Latin Mass, was first heard in Bremen Cathedral on Good Friday 1868.",
     "10 апреля 1868 г. в Бременском соборе впервые прозвучал «Немецкий реквием» Брамса — пока ещё без пятой части.",
     A, "date", "music", False),
    # FALSE: RU (Elijah was first performed in 1846)
    ("Mendelssohn conducted the first performance of his oratorio Elijah at the Birmingham Festival in August 1846.",
     "Оратория Мендельсона «Илия» впервые была исполнена на музыкальном фестивале в Бирмингеме в 1856 году.",
     C, "year", "music", True),
    # FALSE: EN (Ein Heldenleben is dedicated to Mengelberg and the Concertgebouw Orchestra)
    ("Richard Strauss dedicated his tone poem Ein Heldenleben, first performed in Frankfurt in 1899, to Willem Mengelberg and the Vienna Philharmonic.",
     "Симфоническая поэма «Жизнь героя» (1898) посвящена Виллему Менгельбергу и оркестру амстердамского Концертгебау.",
     C, "organisation", "music", False),
    ("Schubert set Goethe's ballad Erlkönig in 1815, when he was only eighteen; it was published in 1821 as his Opus 1.",
     "Песня «Лесной царь» на стихи Гёте, написанная Шубертом в 1815 г., в 1821 г. была издана как его первый опус.",
     A, "year", "music", True),
    ("Leonard Bernstein's Chichester Psalms, commissioned for the cathedral's summer festival, sets Hebrew texts and was completed in 1965.",
     "Написанные в 1965 г. «Чичестерские псалмы» Бернстайна исполняются на иврите; заказ поступил от Чичестерского собора.",
     A, "year", "music", False),
    # ---------------- art ----------------
    ("Landscape with the Fall of Icarus, long attributed to Pieter Bruegel the Elder, hangs in the Royal Museums of Fine Arts of Belgium in Brussels.",
     "В брюссельском Королевском музее изящных искусств хранится «Пейзаж с падением Икара», где от тонущего героя видны лишь ноги.",
     A, "place", "art", True),
    # FALSE: EN (the triptych dates from c. 1490-1510; Bosch died in 1516)
    ("Hieronymus Bosch's triptych The Garden of Earthly Delights, now in the Prado, was painted in the early seventeenth century.",
     "Триптих Иеронима Босха «Сад земных наслаждений» был создан на рубеже XV–XVI вв. и сейчас находится в мадридском Прадо.",
     C, "century", "art", False),
    # FALSE: RU (the Flagellation is by Piero della Francesca, not Uccello)
    ("The Flagellation of Christ, a small panel famed for its rigorous perspective, was painted by Piero della Francesca and is kept in Urbino.",
     "«Бичевание Христа» — небольшая доска Паоло Уччелло, прославленная выверенной перспективой, хранится в Национальной галерее Марке в Урбино.",
     C, "person", "art", True),
    # FALSE: EN (Corday killed Marat on 13 July 1793)
    ("Jacques-Louis David's The Death of Marat shows the journalist dead in his bath after Charlotte Corday stabbed him on 23 July 1793.",
     "Картина Давида «Смерть Марата» написана вскоре после убийства Марата Шарлоттой Корде 13 июля 1793 г.",
     C, "date", "art", False),
    ("Ambrogio Lorenzetti painted his frescoes of Good and Bad Government in Siena's Palazzo Pubblico in 1338–1339.",
     "Цикл «Аллегория доброго и дурного правления», созданный Амброджо Лоренцетти в конце 1330-х гг., украшает зал Совета девяти в сиенском Палаццо Пубблико.",
     A, "year", "art", False),
    # ---------------- law ----------------
    # FALSE: RU (the Combination Acts were repealed in 1824)
    ("The Combination Acts of 1799 and 1800, which outlawed trade unions in Britain, were repealed in 1824 after a campaign led by Francis Place.",
     "Законы о союзах 1799–1800 гг., запрещавшие рабочим объединяться, были отменены британским парламентом лишь в 1840-х гг.",
     C, "decade", "law", False),
    # FALSE: RU (DORA was passed four days after Britain entered the war)
    ("The Defence of the Realm Act was passed on 8 August 1914, only four days after Britain entered the First World War.",
     "Закон о защите королевства, давший британскому правительству широкие полномочия, включая цензуру, был принят через четыре месяца после вступления страны в войну.",
     C, "duration", "law", True),
    ("Passed by the National Convention on 17 September 1793, the Law of Suspects allowed the arrest of anyone deemed an enemy of the Revolution.",
     "Принятый Конвентом 17.09.1793 «закон о подозрительных» дал революционным комитетам право арестовывать всех «подозрительных» лиц.",
     A, "date", "law", False),
    # FALSE: RU (the Act gave the monopoly to the Bank of England)
    ("Sir Robert Peel's Bank Charter Act of 1844 gave the Bank of England a monopoly on issuing new banknotes in England and Wales.",
     "Закон о банковских привилегиях 1844 г., принятый при Роберте Пиле, предоставил Банку Шотландии монополию на выпуск новых банкнот.",
     C, "organisation", "law", True),
    ("The Espionage Act became law in June 1917, about two months after the United States declared war on Germany.",
     "Закон о шпионаже, подписанный президентом Вильсоном 15 июня 1917 г., впоследствии применялся против Дэниела Эллсберга и Эдварда Сноудена.",
     A, "month", "law", True),
    # ---------------- technology ----------------
    # FALSE: EN (the first practical gyrocompass was Anschuetz-Kaempfe's; Sperry's came later)
    ("The first practical gyrocompass was developed in the early 1900s by the American engineer Elmer Sperry.",
     "Первый пригодный для практического применения гирокомпас создал немецкий изобретатель Герман Аншюц-Кемпфе, основавший для его производства фирму в Киле.",
     C, "person", "technology", False),
    ("Claude Chappe's optical telegraph went into service in 1794 on a line of semaphore towers linking Paris and Lille.",
     "Первая линия семафорного телеграфа братьев Шапп, между Парижем и Лиллем, заработала летом 1794 г.",
     A, "year", "technology", False),
    ("The baud, the unit of signalling rate, is named after Émile Baudot, whose five-unit telegraph code was patented in 1874.",
     "Французский инженер Эмиль Бодо запатентовал в 1874 г. пятибитный телеграфный код; его именем названа единица «бод».",
     A, "entity", "technology", True),
    # FALSE: RU (Congreve rockets were used at Copenhagen in 1807)
    ("William Congreve's rockets, developed at Woolwich from 1804, were used by the British during the bombardment of Copenhagen in 1807.",
     "Ракеты Конгрива, созданные в Вулидже на основе майсурских образцов, при бомбардировке Копенгагена в 1807 г. не применялись.",
     C, "polarity", "technology", True),
    ("The safety fuse, which made blasting in mines far less dangerous, was invented by William Bickford in Cornwall in 1831.",
     "В 1831 г. корнуоллский предприниматель Уильям Бикфорд запатентовал безопасный огнепроводный шнур для горных работ.",
     A, "year", "technology", False),
    # ---------------- disasters ----------------
    ("On 11 September 1881 a landslide triggered by slate quarrying buried part of the village of Elm in the Swiss canton of Glarus, killing 114 people.",
     "Оползень, сошедший в сентябре 1881 г. на деревню Эльм (кантон Гларус), унёс более ста жизней.",
     A, "number", "disasters", False),
    # FALSE: RU (the Collinwood school fire was on 4 March 1908)
    ("The Lake View School fire in Collinwood, Ohio, on 4 March 1908 killed 172 children, two teachers and a rescuer.",
     "14 марта 1908 г. при пожаре в школе в Коллинвуде близ Кливленда погибли 172 ребёнка.",
     C, "date", "disasters", False),
    ("The French naval airship Dixmude, a former German Zeppelin, vanished off Sicily in December 1923 with all 50 men aboard.",
     "Дирижабль «Диксмюд», полученный Францией от Германии по репарациям, погиб у берегов Сицилии в декабре 1923 г.; никто из 50 членов экипажа не выжил.",
     A, "number", "disasters", True),
    # FALSE: EN (the Hatfield crash happened on 17 October 2000)
    ("In December 2000 a London-to-Leeds express derailed at Hatfield, Hertfordshire, when a cracked rail shattered beneath it, killing four people.",
     "Крушение скорого поезда у Хатфилда 17 октября 2000 г., вызванное разрушением рельса, унесло жизни четырёх человек.",
     C, "month", "disasters", True),
    ("On 24 May 1847 a cast-iron girder bridge over the River Dee at Chester, designed by Robert Stephenson, gave way beneath a passenger train.",
     "Обрушение железнодорожного моста через Ди в Честере в мае 1847 г. унесло жизни пяти человек.",
     A, "date", "disasters", False),
]

RELATED = [
    ("Simon de Montfort had defeated and captured King Henry III at the Battle of Lewes in May 1264, fifteen months before Evesham.",
     "После битвы при Ившеме тело Симона де Монфора было изувечено победителями.",
     "Evesham", True, "history"),
    ("Marcel Cerdan was killed in October 1949 when the Air France plane taking him to New York crashed in the Azores.",
     "Марсель Сердан завоевал титул чемпиона мира в среднем весе, победив Тони Зейла в сентябре 1948 г.",
     "Cerdan", False, "sport"),
    ("Illimani was first climbed in 1898 by a party led by the British mountaineer Martin Conway.",
     "Заснеженная вершина Иллимани, видная почти из любой точки Ла-Паса, давно стала символом города.",
     "Illimani", True, "geography"),
    ("Crufts has been organised by the Kennel Club since the late 1940s, some years after Charles Cruft's death in 1938.",
     "С 1991 г. выставка «Крафтс» проходит в Национальном выставочном центре в Бирмингеме.",
     "Crufts", False, "culture"),
    ("Ethan Frome is framed by an unnamed narrator who pieces the story together while stranded in Starkfield one winter.",
     "Эдит Уортон в 1921 г. первой из женщин получила Пулитцеровскую премию — за роман «Эпоха невинности».",
     "Ethan Frome", True, "literature"),
    ("Mendelssohn died in November 1847, little more than a year after the premiere of Elijah.",
     "На премьере в Бирмингеме оратория «Илия» исполнялась на английском языке.",
     "Elijah", False, "music"),
    ("W. H. Auden's 1938 poem Musée des Beaux Arts was inspired by the Brussels painting of the fall of Icarus.",
     "На первом плане «Пейзажа с падением Икара» изображён пахарь, не замечающий гибели героя.",
     "Fall of Icarus", True, "art"),
    ("In 1918 the socialist leader Eugene Debs was sentenced to ten years in prison under the Espionage Act for an anti-war speech.",
     "Закон о шпионаже был принят Конгрессом США вскоре после вступления страны в Первую мировую войну.",
     "Espionage Act", False, "law"),
    ("Congreve rockets were fired at Fort McHenry in 1814, inspiring the line about 'the rockets' red glare' in the American national anthem.",
     "Уильям Конгрив разрабатывал свои ракеты в Королевском арсенале в Вулидже, опираясь на опыт войн с Майсуром.",
     "Congreve", True, "technology"),
    ("Years of unregulated slate quarrying had undermined the mountainside above Elm before the 1881 landslide.",
     "Деревня Эльм расположена в долине Зернфталь в швейцарском кантоне Гларус.",
     "Elm", False, "disasters"),
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
    assert len(cslots) >= 12 and max(cslots.values()) <= 4, cslots
    aslots = count(r["slot"] for r in comp if r["label"] == A)
    doms = count(r["domain"] for r in comp)
    assert len(doms) == 12 and set(doms.values()) == {5}, doms
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"
    with open(os.path.abspath(__file__), encoding="utf-8") as f:
        src = f.read()
    assert src.count("# FALSE: " + "EN") == 15 and src.count("# FALSE: " + "RU") == 15

    with open(os.path.join(here, "comparable_heldout83.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout83.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("agree slots:", aslots)
    print("domains:", doms)
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()

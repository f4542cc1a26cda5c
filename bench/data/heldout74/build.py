#!/usr/bin/env python3
"""Build heldout74: independent EN/RU claim pairs (stdlib only).

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
    ("Napoleon defeated the Austrian army of Archduke Charles at Wagram, north-east of Vienna, in a battle fought on 5–6 July 1809.",
     "Двухдневное сражение при Ваграме летом 1809 года завершилось победой французов над австрийцами эрцгерцога Карла.",
     A, "date", "history", True),
    ("At Ramillies, in the Spanish Netherlands, allied troops routed the French army of Marshal Villeroi on 23 May 1706.",
     "23 мая 1706 г. при Рамийи союзная армия нанесла тяжёлое поражение французам маршала Вильруа, после чего заняла большую часть Испанских Нидерландов.",
     A, "date", "history", False),
    ("On the Marchfeld near Vienna in August 1278 Rudolf of Habsburg defeated King Ottokar II of Bohemia, who died on the battlefield.",
     "В битве на Моравском поле 26 августа 1278 г. Рудольф I Габсбург разгромил чешского короля Пржемысла Отакара II, павшего в сражении.",
     A, "year", "history", False),
    # FALSE: ru (the Trebia was fought in December 218 BC, i.e. the 3rd century BC)
    ("In December 218 BC Hannibal routed the Roman army of the consul Tiberius Sempronius Longus on the banks of the Trebia in northern Italy.",
     "Битва на реке Треббии, в которой Ганнибал разгромил войско консула Тиберия Семпрония Лонга, произошла во II веке до н. э.",
     C, "century", "history", False),
    # FALSE: en (the duke killed at Sempach was Leopold III, not his brother Albert III)
    ("The Swiss victory at Sempach in July 1386 cost the life of the Austrian duke Albert III, who fell together with many of his knights.",
     "В битве при Земпахе 9 июля 1386 года швейцарцы разгромили австрийское рыцарское войско; в бою погиб герцог Леопольд III Габсбург.",
     C, "person", "history", True),
    # ---------------- science ----------------
    ("William Shockley and two of his Bell Labs colleagues received the 1956 Nobel Prize in Physics for their work on semiconductors and the transistor.",
     "Уильям Шокли стал лауреатом Нобелевской премии по физике 1956 года, которую разделил с двумя коллегами, — за открытие транзисторного эффекта.",
     A, "year", "science", False),
    ("The element now called niobium was discovered by Charles Hatchett in London, who named it columbium after the mineral's American origin.",
     "Ниобий открыл в 1801 году английский химик Чарльз Хатчет, назвавший новый элемент колумбием.",
     A, "person", "science", True),
    # FALSE: en (Laue's prize was the 1914 physics prize; 1921 went to Einstein)
    ("Max von Laue received the 1921 Nobel Prize in Physics for discovering the diffraction of X-rays by crystals.",
     "Макс фон Лауэ стал лауреатом Нобелевской премии по физике за 1914 год — за открытие дифракции рентгеновских лучей на кристаллах.",
     C, "year", "science", False),
    # FALSE: ru (Lamb shared the 1955 prize with Polykarp Kusch; Hofstadter won in 1961)
    ("Willis Lamb shared the 1955 Nobel Prize in Physics with Polykarp Kusch; Lamb was honoured for his discoveries on the fine structure of the hydrogen spectrum.",
     "Уиллис Лэмб, открывший сдвиг энергетических уровней атома водорода, разделил Нобелевскую премию по физике 1955 г. с Робертом Хофштадтером.",
     C, "person", "science", True),
    # FALSE: ru (du Vigneaud's synthesis was of oxytocin, not insulin)
    ("Vincent du Vigneaud won the 1955 Nobel Prize in Chemistry, chiefly for the first synthesis of a polypeptide hormone, oxytocin.",
     "Винсент дю Виньо получил Нобелевскую премию по химии 1955 года прежде всего за первый синтез полипептидного гормона инсулина.",
     C, "entity", "science", True),
    # ---------------- geography ----------------
    ("Uvs Lake, a shallow salt lake in north-western Mongolia covering some 3,350 square kilometres, is the largest lake in the country by area.",
     "Убсу-Нур — крупнейшее по площади озеро Монголии: этот солёный водоём на северо-западе страны занимает около 3,3 тыс. км².",
     A, "rank", "geography", True),
    ("Veryovkina Cave in Abkhazia's Arabika Massif is the deepest known cave in the world, explored to a depth of more than 2,200 metres.",
     "Глубина пещеры Верёвкина на массиве Арабика в Абхазии превышает 2,2 км — это самая глубокая из известных пещер планеты.",
     A, "number", "geography", False),
    ("Rising to 5,959 metres in the Saint Elias Mountains of Yukon, Mount Logan is the highest peak in Canada and the second highest in North America.",
     "Гора Логан (5959 м) на юго-западе территории Юкон — высочайшая вершина Канады.",
     A, "rank", "geography", True),
    # FALSE: ru (the Sava joins the Danube at Belgrade, not at Novi Sad)
    ("The Sava, which rises in the Julian Alps of Slovenia, joins the Danube at Belgrade after a course of more than 900 kilometres.",
     "Река Сава, берущая начало в Юльских Альпах на территории Словении, впадает в Дунай у Нови-Сада.",
     C, "place", "geography", False),
    # FALSE: en (Tilman and Odell reached the summit in 1936)
    ("No climbers reached the 7,816-metre summit of Nanda Devi in the Indian Himalaya before the Second World War.",
     "Вершину Нанда-Деви (7816 м) впервые покорили участники британско-американской экспедиции Билл Тилман и Ноэль Оделл в 1936 году.",
     C, "polarity", "geography", True),
    # ---------------- economy ----------------
    ("Thomas Twining founded the tea business that still bears his name in 1706, when he bought a coffee house off the Strand in London.",
     "История чайной фирмы Twinings начинается в 1706 году: тогда Томас Твайнинг приобрёл кофейню у лондонской улицы Стрэнд.",
     A, "year", "economy", False),
    ("The Panic of 1837 broke out on 10 May, when banks in New York City suspended payments in specie.",
     "Финансовая паника 1837 года в США разразилась в мае, когда нью-йоркские банки прекратили размен бумажных денег на золото и серебро.",
     A, "month", "economy", True),
    # FALSE: en (Novartis was formed from Ciba-Geigy and Sandoz, not Roche)
    ("Novartis was created in 1996 through the merger of two Basel companies, Ciba-Geigy and Hoffmann-La Roche.",
     "Фармацевтический концерн «Новартис» возник в 1996 году в результате слияния базельских компаний «Циба-Гейги» и «Сандоз».",
     C, "organisation", "economy", False),
    # FALSE: en (the Railway Mania peaked in 1846, i.e. the 1840s)
    ("Britain's Railway Mania, a speculative frenzy in the shares of new railway companies, reached its peak in the 1860s.",
     "Пик «железнодорожной лихорадки» в Великобритании пришёлся на 1846 год, когда парламент одобрил 272 закона о создании новых железнодорожных компаний.",
     C, "decade", "economy", True),
    # FALSE: en (the trigger was the failure of the Ohio Life Insurance and Trust Company)
    ("The Panic of 1857 was set off in August of that year by the collapse of the Second Bank of the United States.",
     "Паника 1857 года началась в августе с краха нью-йоркского отделения страховой и трастовой компании Ohio Life.",
     C, "organisation", "economy", False),
    # ---------------- sport ----------------
    ("Rod Laver is the only player to have completed the calendar-year Grand Slam twice, first as an amateur in 1962 and then in the Open era in 1969.",
     "Австралиец Род Лейвер дважды выиграл все четыре турнира Большого шлема за один сезон — в 1962 и 1969 годах.",
     A, "year", "sport", True),
    ("Marco van Basten's volley from a tight angle sealed the Netherlands' 2–0 win over the Soviet Union in the Euro 1988 final in Munich.",
     "Финал чемпионата Европы 1988 года в Мюнхене сборная Нидерландов выиграла у команды СССР со счётом 2:0; второй гол забил Марко ван Бастен.",
     A, "number", "sport", False),
    ("Between 1961 and 1967 Roy Emerson collected twelve Grand Slam singles titles, a men's record that stood until Pete Sampras broke it in 2000.",
     "Австралиец Рой Эмерсон выиграл 12 турниров Большого шлема в одиночном разряде — мужской рекорд, который продержался более трёх десятилетий.",
     A, "number", "sport", True),
    # FALSE: en (Wade won the 1977 final against Stöve)
    ("In the 1977 Wimbledon final, played in the Queen's Silver Jubilee year, Virginia Wade lost to the Dutch player Betty Stöve.",
     "В 1977 году, когда Великобритания отмечала серебряный юбилей Елизаветы II, Вирджиния Уэйд выиграла Уимблдонский турнир, победив в финале Бетти Стёве.",
     C, "opposite", "sport", False),
    # FALSE: en (Gullit's Ballon d'Or was 1987; 1989 went to van Basten)
    ("Ruud Gullit, the Dutch midfielder, was voted European Footballer of the Year and received the Ballon d'Or in 1989.",
     "Нидерландский полузащитник Рууд Гуллит был признан лучшим футболистом Европы и получил «Золотой мяч» в 1987 году.",
     C, "year", "sport", True),
    # ---------------- culture ----------------
    ("The château of Vaux-le-Vicomte was designed by Louis Le Vau, while André Le Nôtre laid out its gardens and Charles Le Brun decorated the interiors.",
     "Замок Во-ле-Виконт возвёл архитектор Луи Лево, а регулярный парк вокруг него разбил Андре Ленотр.",
     A, "person", "culture", False),
    ("Strawberry Hill, Horace Walpole's villa at Twickenham, was remodelled from 1749 onwards and became a landmark of the Gothic Revival.",
     "Виллу Строберри-Хилл в Туикенеме писатель Хорас Уолпол с 1749 года перестраивал в «готическом» вкусе, и она стала образцом неоготики.",
     A, "person", "culture", True),
    ("The trulli of Alberobello, whitewashed dry-stone houses with conical roofs in Apulia, were added to the UNESCO World Heritage List in 1996.",
     "С 1996 года под охраной ЮНЕСКО находятся трулли — апулийские домики с коническими кровлями, из которых почти целиком состоит старый Альберобелло.",
     A, "year", "culture", False),
    # FALSE: en (14 of the 72 towers survive, not four)
    ("Of the 72 tower houses that once rose over the Tuscan hill town of San Gimignano, only four still stand today.",
     "Из 72 башен, некогда возвышавшихся над тосканским городком Сан-Джиминьяно, до наших дней сохранилось 14.",
     C, "number", "culture", True),
    # FALSE: ru (Matera was European Capital of Culture in 2019)
    ("Matera, the southern Italian city famous for its cave dwellings known as the Sassi, was a European Capital of Culture in 2019.",
     "Итальянская Матера, знаменитая пещерными кварталами Сасси, носила титул культурной столицы Европы в 2009 году.",
     C, "year", "culture", False),
    # ---------------- literature ----------------
    ("Tolstoy drew on his own service during the siege for Sevastopol Sketches, a set of three stories published in the Sovremennik journal in 1855 and 1856.",
     "«Севастопольские рассказы» Толстого — цикл из трёх очерков, напечатанных в «Современнике» в 1855–1856 гг.; автор сам служил в осаждённом городе.",
     A, "number", "literature", True),
    ("Fyodor Sologub's novel The Petty Demon, whose anti-hero is the paranoid provincial schoolteacher Peredonov, came out in book form in 1907.",
     "Отдельным изданием роман Фёдора Сологуба «Мелкий бес» о гимназическом учителе Передонове вышел в 1907 году.",
     A, "year", "literature", False),
    ("When the Moscow Art Theatre staged Chekhov's Uncle Vanya in October 1899, Konstantin Stanislavski played the country doctor Astrov.",
     "В МХТ премьера «Дяди Вани» состоялась 26 октября 1899 года; роль доктора Астрова исполнял Станиславский.",
     A, "person", "literature", True),
    # FALSE: en (Ward No. 6 appeared in Russkaya Mysl, not Severny Vestnik)
    ("Chekhov's story Ward No. 6, set in a provincial psychiatric ward, first appeared in 1892 in the journal Severny Vestnik.",
     "Повесть Чехова «Палата № 6» впервые была напечатана в журнале «Русская мысль» в 1892 году.",
     C, "organisation", "literature", False),
    # FALSE: ru (Three Sisters premiered on 31 January 1901, not in October)
    ("Chekhov's Three Sisters was first performed at the Moscow Art Theatre on 31 January 1901.",
     "Премьера чеховских «Трёх сестёр» в Московском Художественном театре состоялась в октябре 1901 года.",
     C, "month", "literature", True),
    # ---------------- music ----------------
    ("Symphonic Dances, completed in 1940, was Rachmaninoff's last major work; Eugene Ormandy and the Philadelphia Orchestra gave its first performance.",
     "Впервые «Симфонические танцы» Рахманинова исполнил Филадельфийский оркестр под управлением Юджина Орманди в январе 1941 г.",
     A, "organisation", "music", False),
    ("Bizet's The Pearl Fishers premiered at the Théâtre Lyrique in Paris in the autumn of 1863, when the composer was only 24.",
     "Опера Бизе «Искатели жемчуга», действие которой происходит на Цейлоне, впервые прозвучала в парижском Театре-Лирик 30 сентября 1863 года.",
     A, "date", "music", True),
    # FALSE: ru (the Rhapsody has 24 variations, not 18)
    ("Rachmaninoff's Rhapsody on a Theme of Paganini, written in the summer of 1934, consists of 24 variations on the last of Paganini's solo violin caprices.",
     "Рапсодия на тему Паганини, сочинённая Рахманиновым в 1934 г., состоит из 18 вариаций на тему 24-го каприса.",
     C, "number", "music", False),
    # FALSE: ru (the premiere was at La Fenice in Venice, not La Scala)
    ("Stravinsky's opera The Rake's Progress, inspired by Hogarth's engravings, was first performed at La Fenice in Venice on 11 September 1951.",
     "Премьера оперы Стравинского «Похождения повесы», навеянной гравюрами Хогарта, состоялась в сентябре 1951 г. в миланском театре «Ла Скала».",
     C, "place", "music", True),
    # FALSE: en (The Stone Guest was completed by César Cui, not Balakirev)
    ("After Dargomyzhsky's death his unfinished opera The Stone Guest was completed by Mily Balakirev and orchestrated by Nikolai Rimsky-Korsakov.",
     "Неоконченную оперу Даргомыжского «Каменный гость» по его завещанию дописал Цезарь Кюи, а оркестровал Николай Римский-Корсаков.",
     C, "person", "music", False),
    # ---------------- art ----------------
    ("Raphael's School of Athens is painted on a wall of the Stanza della Segnatura, one of the rooms he decorated in the Vatican Palace.",
     "Фреска Рафаэля «Афинская школа», написанная в 1509–1511 гг., украшает Станцу делла Сеньятура в Апостольском дворце Ватикана.",
     A, "place", "art", True),
    ("Giambologna's marble Rape of the Sabine Women, finished in 1583, stands under the Loggia dei Lanzi on Florence's Piazza della Signoria.",
     "Мраморная группа Джамболоньи «Похищение сабинянок» установлена во флорентийской Лоджии деи Ланци.",
     A, "place", "art", False),
    # FALSE: ru (The Surrender of Breda was painted c. 1634-35, not in the 1650s)
    ("Velázquez painted The Surrender of Breda around 1635 for the Hall of Realms in Madrid's Buen Retiro Palace.",
     "Картина Веласкеса «Сдача Бреды», посвящённая капитуляции голландской крепости в 1625 году, была написана в 1650-х годах.",
     C, "decade", "art", True),
    # FALSE: en (the Riace bronzes are in Reggio Calabria, not Naples)
    ("The Riace bronzes, two Greek warrior statues found in the sea off Calabria in 1972, are displayed in the National Archaeological Museum of Naples.",
     "Бронзовые воины из Риаче, поднятые со дна моря у побережья Калабрии в 1972 году, хранятся в Национальном музее Великой Греции в Реджо-Калабрии.",
     C, "place", "art", False),
    # FALSE: en (21 May 1972 was a Sunday, Pentecost)
    ("On Tuesday, 21 May 1972, a hammer-wielding man attacked Michelangelo's Pietà in St Peter's Basilica.",
     "В воскресенье 21 мая 1972 года, в день Пятидесятницы, Ласло Тот нанёс молотком несколько ударов по «Пьете» Микеланджело в соборе Святого Петра.",
     C, "day", "art", True),
    # ---------------- law ----------------
    ("Nineteen people convicted of witchcraft were hanged during the Salem trials of 1692, and one man was pressed to death with heavy stones.",
     "Жертвами салемского процесса над «ведьмами» в 1692 г. стали 19 повешенных; ещё одного обвиняемого, Джайлза Кори, задавили камнями.",
     A, "number", "law", False),
    ("Passed in the reign of Edward I in 1290, the statute Quia Emptores stopped English tenants from creating new feudal tenures by subinfeudation.",
     "Статут Quia Emptores, изданный в 1290 году при Эдуарде I, запретил в Англии субинфеодацию — дальнейшую раздачу феодов вассалами.",
     A, "year", "law", True),
    # FALSE: en (the judges found for the King, seven to five)
    ("In the Ship Money case of 1637–38 the judges ruled in John Hampden's favour, by seven votes to five.",
     "По делу Джона Хэмпдена о «корабельных деньгах» судьи казначейской палаты в 1638 г. семью голосами против пяти поддержали короля.",
     C, "opposite", "law", False),
    # FALSE: ru (the 1918 Act enfranchised women over 30, not over 25)
    ("The Representation of the People Act 1918 gave the parliamentary vote to women over 30 who met a property qualification.",
     "Британский закон о народном представительстве 1918 года предоставил право голоса на парламентских выборах женщинам старше 25 лет.",
     C, "number", "law", True),
    # FALSE: ru (Ellis was the last woman executed in the UK, not the last but one)
    ("Ruth Ellis, hanged at Holloway Prison on 13 July 1955 for shooting her lover, was the last woman executed in the United Kingdom.",
     "Рут Эллис, повешенная в лондонской тюрьме Холлоуэй 13 июля 1955 г. за убийство любовника, стала предпоследней женщиной, казнённой в Великобритании.",
     C, "rank", "law", False),
    # ---------------- technology ----------------
    ("Designed by Hiram Maxim in 1884, the Maxim gun was the first machine gun to use the force of recoil to load and fire automatically.",
     "Хайрем Максим, американский изобретатель, обосновавшийся в Англии, создал свой пулемёт в 1884 году — первый, где перезарядку обеспечивала энергия отдачи.",
     A, "year", "technology", True),
    ("The Minié ball, a conical lead bullet with a hollow base, was developed around 1849 by the French army captain Claude-Étienne Minié.",
     "Пулю с полостью в основании, позволившую быстро заряжать нарезные ружья, изобрёл французский офицер Клод-Этьен Минье.",
     A, "person", "technology", False),
    ("Ground controllers lost contact with the Soviet probe Phobos 2 in late March 1989, shortly before it was due to drop landers onto the Martian moon.",
     "Связь с советской станцией «Фобос-2» прервалась 27 марта 1989 года, незадолго до запланированной высадки зондов на спутник Марса.",
     A, "date", "technology", False),
    # FALSE: ru (Morgan invested about $150,000, not $150 million)
    ("J. P. Morgan put about $150,000 into Nikola Tesla's Wardenclyffe Tower, the wireless transmission station Tesla began building on Long Island in 1901.",
     "Джон Пирпонт Морган вложил в строительство башни Уорденклиф, которую Никола Тесла возводил на Лонг-Айленде, около 150 млн долларов.",
     C, "scale", "technology", False),
    # FALSE: ru (the T-34's chief designer was Mikhail Koshkin; Zhozef Kotin led the KV tank)
    ("The T-34 medium tank was developed at the Kharkov Locomotive Factory under chief designer Mikhail Koshkin.",
     "Средний танк Т-34 был создан на Харьковском паровозостроительном заводе под руководством главного конструктора Жозефа Котина.",
     C, "person", "technology", True),
    # ---------------- disasters ----------------
    ("The US Navy airship Akron went down in a storm off the New Jersey coast on 4 April 1933; 73 of the 76 men aboard died.",
     "При крушении американского дирижабля «Акрон» у берегов Нью-Джерси весной 1933 г. погибли 73 человека — спастись удалось лишь троим.",
     A, "number", "disasters", False),
    ("On the morning of 19 November 1984 a liquefied petroleum gas terminal at San Juan Ixhuatepec, on the northern edge of Mexico City, exploded.",
     "Серия взрывов на хранилище сжиженного газа в Сан-Хуан-Иштепеке под Мехико произошла 19 ноября 1984 года; погибли более 500 человек.",
     A, "date", "disasters", True),
    # FALSE: en (the Tianjin explosions happened on 12 August 2015)
    ("The explosions at a hazardous-chemicals warehouse in the port of Tianjin on 21 August 2015 killed 173 people.",
     "Взрывы на складе опасных химикатов в порту Тяньцзиня 12 августа 2015 г. унесли жизни 173 человек.",
     C, "date", "disasters", False),
    # FALSE: ru (the West explosion killed 15 people, not about 50)
    ("The ammonium nitrate explosion at a fertilizer plant in West, Texas, on 17 April 2013 killed 15 people, most of them first responders.",
     "Взрыв аммиачной селитры на заводе удобрений в техасском городке Уэст 17 апреля 2013 г. унёс жизни около 50 человек.",
     C, "number", "disasters", True),
    # FALSE: ru (the Wankie explosion was on 6 June 1972, not in the early 1980s)
    ("An underground explosion at the Wankie colliery in Rhodesia on 6 June 1972 killed more than 400 miners.",
     "Подземный взрыв на угольной шахте Ванки в Родезии, унёсший жизни более 400 горняков, произошёл в начале 1980-х годов.",
     C, "decade", "disasters", True),
]

RELATED = [
    ("Swiss tradition credits Arnold von Winkelried with breaking the Austrian line of pikes at Sempach by throwing himself onto the spears.",
     "Сражение при Земпахе, в котором швейцарцы одолели австрийцев, произошло летом 1386 года.",
     "Sempach", False, "history"),
    ("Rudolf's victory over Ottokar on the Marchfeld opened the way for Habsburg rule in Austria, which lasted until 1918.",
     "Битва на Моравском поле к северо-востоку от Вены произошла 26 августа 1278 года.",
     "Marchfeld", True, "history"),
    ("In 1956 William Shockley founded the Shockley Semiconductor Laboratory in Mountain View, California.",
     "В 1956 году физик Уильям Шокли был удостоен Нобелевской премии за исследования полупроводников.",
     "Shockley", False, "science"),
    ("The Uvs Nuur Basin, shared by Mongolia and Russia's Republic of Tuva, was inscribed on the UNESCO World Heritage List in 2003.",
     "Озеро Убсу-Нур, самое большое по площади в Монголии, солёное и довольно мелководное.",
     "Uvs Lake", True, "geography"),
    ("Rod Laver was born in Rockhampton, Queensland, in August 1938.",
     "Род Лейвер — единственный теннисист, которому удалось дважды собрать календарный Большой шлем.",
     "Rod Laver", False, "sport"),
    ("W. H. Auden and Chester Kallman wrote the English libretto of Stravinsky's The Rake's Progress.",
     "Опера «Похождения повесы» впервые была поставлена в венецианском театре «Ла Фениче» в 1951 году.",
     "The Rake's Progress", True, "music"),
    ("Michelangelo's Pietà in St Peter's Basilica is the only work the sculptor ever signed.",
     "Микеланджело высек «Пьету» в 1498–1499 годах по заказу французского кардинала Жана де Бильера.",
     "Pietà", False, "art"),
    ("Ruth Ellis shot her lover, the racing driver David Blakely, outside a pub in Hampstead on Easter Sunday 1955.",
     "Рут Эллис была повешена в лондонской тюрьме Холлоуэй 13 июля 1955 года.",
     "Ruth Ellis", True, "law"),
    ("The Tianjin blasts started at a warehouse operated by the company Ruihai International Logistics.",
     "Взрывы в Тяньцзине в августе 2015 года унесли жизни 173 человек.",
     "Tianjin explosions", False, "disasters"),
    ("Series production of the T-34 began in 1940 at the Kharkov Locomotive Factory.",
     "Главный конструктор Т-34 Михаил Кошкин умер в сентябре 1940 года, вскоре после начала серийного выпуска танка.",
     "T-34", True, "technology"),
]

SLOTS = {"year", "decade", "century", "month", "date", "day", "number", "percent",
         "money", "scale", "duration", "person", "place", "organisation", "entity",
         "rank", "polarity", "opposite"}
DOMAINS = {"history", "science", "geography", "economy", "sport", "culture",
           "literature", "music", "art", "law", "technology", "disasters"}

CYR = re.compile(r"[А-Яа-яЁё]")
LAT = re.compile(r"[A-Za-zÀ-ÿ]")


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
    cslots = {}
    for r in comp:
        if r["label"] == C:
            cslots[r["slot"]] = cslots.get(r["slot"], 0) + 1
    assert len(cslots) >= 12 and max(cslots.values()) <= 4, cslots
    doms = {}
    for r in comp:
        doms[r["domain"]] = doms.get(r["domain"], 0) + 1
    assert len(doms) == 12 and set(doms.values()) == {5}, doms
    # false side balance (from the FALSE: comments in this file)
    src = open(os.path.abspath(__file__), encoding="utf-8").read()
    fen = len(re.findall(r"^    # FALSE: en ", src, re.M))
    fru = len(re.findall(r"^    # FALSE: ru ", src, re.M))
    assert fen + fru == 30 and abs(fen - fru) <= 2, (fen, fru)
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"

    with open(os.path.join(here, "comparable_heldout74.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout74.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("false side: en", fen, "ru", fru)
    print("contradict slots:", dict(sorted(cslots.items())))
    aslots = {}
    for r in comp:
        if r["label"] == A:
            aslots[r["slot"]] = aslots.get(r["slot"], 0) + 1
    print("agree slots:", dict(sorted(aslots.items())))
    print("domains:", dict(sorted(doms.items())))
    rd = {}
    for r in rel:
        rd[r["domain"]] = rd.get(r["domain"], 0) + 1
    print("related domains:", dict(sorted(rd.items())))


if __name__ == "__main__":
    main()

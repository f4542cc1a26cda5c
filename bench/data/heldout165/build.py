#!/usr/bin/env python3
"""Build heldout165: independent EN/RU claim pairs (stdlib only).

Each comparable row: (subject, en, ru, label, slot, domain, ru_first, false_side).
Each related row:    (subject, en, ru, ru_first, domain).
For contradict rows a comment names the FALSE side (EN or RU) and the true value;
the other side is true to the best of the writer's knowledge. `false_side` repeats
it in machine-checkable form (it is not written to the jsonl files).
The main name of every subject begins with a letter from A to L.
"""
import json
import os
import re

C, A = "contradict", "agree"
EN, RU = "EN", "RU"

COMPARABLE = [
    # ---------------- history ----------------
    # FALSE: RU (La Voisin was burned on 22 February 1680, i.e. in the XVII century)
    ("Affair of the Poisons",
     "Catherine Monvoisin, the fortune-teller known as La Voisin and the central figure of the Affair of the Poisons, was burned at the stake in Paris on 22 February 1680.",
     "Гадалку Катрин Монвуазен по прозвищу Ла Вуазен, главную обвиняемую по «делу о ядах», сожгли на костре в Париже в начале XVIII века.",
     C, "century", "history", True, RU),
    # FALSE: RU (the Kengir uprising lasted about forty days, 16 May - 26 June 1954)
    ("Kengir uprising",
     "The Kengir uprising in the Steplag camp in Kazakhstan broke out in May 1954 and held out for about forty days until troops and tanks stormed the camp.",
     "Кенгирское восстание заключённых Степлага началось 16 мая 1954 г. и продолжалось всего четыре дня, после чего было подавлено войсками с танками.",
     C, "duration", "history", False, RU),
    # FALSE: EN (the Danish army at Lyndanisse was led by King Valdemar II, not Canute VI, who died in 1202)
    ("Lyndanisse",
     "Legend says the Dannebrog fell from the sky on 15 June 1219 at Lyndanisse, where the crusading army of the Danish king Canute VI defeated the Estonians.",
     "По преданию, красно-белый Даннеброг спустился с неба в разгар битвы при Линданисе (1219 г., на месте нынешнего Таллина), принёсшей победу датскому войску Вальдемара II.",
     C, "person", "history", True, EN),
    ("Cabanagem",
     "The Cabanagem, a revolt of poor mestizos, Indigenous people and freed slaves, broke out in the Brazilian province of Grão-Pará in January 1835.",
     "Кабанажен — восстание бедноты провинции Гран Пара, начавшееся со взятия Белена в 1835 г., — было окончательно подавлено лишь к 1840 г.",
     A, "year", "history", False, None),
    ("Göllheim",
     "At Göllheim in the Palatinate, on 2 July 1298, King Adolf of Nassau was killed fighting the army of his rival Albert of Habsburg.",
     "Битва при Гёльхайме 02.07.1298 стоила жизни королю Адольфу Нассаускому; победитель, Альбрехт Габсбург, вскоре был избран германским королём.",
     A, "date", "history", True, None),
    # ---------------- science ----------------
    # FALSE: RU (Amargasaurus was described in 1991)
    ("Amargasaurus",
     "Amargasaurus cazaui, a sauropod with two rows of tall spines along its neck, was described in 1991 by Leonardo Salgado and José Bonaparte.",
     "Амаргазавр — зауропод с двойным рядом высоких шипов на шее — был описан Сальгадо и Бонапартом в начале 1970-х гг. по находке из Патагонии.",
     C, "decade", "science", True, RU),
    # FALSE: EN (Kulindadromeus was found at Kulinda in Zabaykalsky Krai, not in Yakutia)
    ("Kulindadromeus",
     "Kulindadromeus, a small plant-eating dinosaur covered with scales and feather-like filaments, was described in 2014 from bones found in Yakutia.",
     "Кулиндадромеус, описанный в 2014 г. по костям из местонахождения Кулинда в Забайкальском крае, был покрыт чешуёй и нитевидными перьеподобными структурами.",
     C, "place", "science", False, EN),
    # FALSE: RU (in 1843 Eta Carinae became the second-brightest star, after Sirius)
    ("Eta Carinae",
     "During its Great Eruption, which peaked in 1843, Eta Carinae briefly became the second-brightest star in the night sky after Sirius.",
     "На пике Великой вспышки, в 1843 г., Эта Киля ненадолго стала самой яркой звездой ночного неба, затмив даже Сириус.",
     C, "rank", "science", True, RU),
    ("Europasaurus",
     "Europasaurus, a dwarf sauropod only about six metres long, was described in 2006 from fossils found in a quarry near Goslar in Lower Saxony.",
     "Европазавр из Нижней Саксонии (описан в 2006 г.) — карликовый зауропод длиной около 6 м, измельчавший, по-видимому, из-за жизни на острове.",
     A, "number", "science", False, None),
    ("Great Comet of 1811",
     "The Great Comet of 1811, first spotted by Honoré Flaugergues in March of that year, stayed visible to the naked eye for some 260 days.",
     "Большую комету 1811 г., открытую Оноре Флогергом 25.03.1811, видели невооружённым глазом около 260 сут.; её же видит Пьер Безухов в «Войне и мире».",
     A, "person", "science", True, None),
    # ---------------- geography ----------------
    # FALSE: EN (Ayu-Dag is about 577 m high)
    ("Ayu-Dag",
     "Ayu-Dag, the 'Bear Mountain' on the southern coast of Crimea between Gurzuf and Partenit, rises to roughly 1,100 metres above the Black Sea.",
     "Гора Аю-Даг высотой 577 м, похожая на припавшего к воде медведя, возвышается над морем между Гурзуфом и Партенитом.",
     C, "number", "geography", False, EN),
    # FALSE: RU (the Dyoma flows into the Belaya, at Ufa)
    ("Dyoma",
     "The Dyoma, about 535 kilometres long, flows across Bashkortostan and joins the Belaya within the city limits of Ufa.",
     "Дёма — река длиной 535 км, текущая по Башкирии; в черте Уфы она впадает в Каму.",
     C, "entity", "geography", True, RU),
    # FALSE: RU (Devils Tower was proclaimed by Theodore Roosevelt)
    ("Devils Tower",
     "Devils Tower in north-eastern Wyoming became the first national monument of the United States, proclaimed by Theodore Roosevelt in September 1906.",
     "Башня Дьявола в Вайоминге стала первым национальным памятником США: соответствующую прокламацию подписал в 1906 г. президент Уильям Тафт.",
     C, "person", "geography", False, RU),
    ("Chatyr-Dag",
     "Chatyr-Dag, a limestone massif near Alushta in Crimea, reaches 1,527 metres at its highest point, Eklizi-Burun.",
     "Чатыр-Даг (высшая точка — вершина Эклизи-Бурун, 1527 м) славится карстовыми пещерами, в том числе Мраморной, открытой в 1987 г.",
     A, "number", "geography", True, None),
    ("Ilovlya",
     "The Ilovlya, a left-bank tributary of the Don some 358 kilometres long, flows south through Saratov and Volgograd oblasts.",
     "Иловля (около 360 км) — левый приток Дона; река течёт по Саратовской и Волгоградской областям.",
     A, "number", "geography", False, None),
    # ---------------- economy ----------------
    # FALSE: EN (Korkunov was bought by Wrigley, not Nestlé)
    ("Korkunov",
     "In 2007 Andrei Korkunov sold his premium chocolate company, whose factory stands in Odintsovo near Moscow, to the Swiss food giant Nestlé.",
     "Фабрику «А. Коркунов» в подмосковном Одинцове в 2007 г. купила американская компания Wrigley.",
     C, "organisation", "economy", True, EN),
    # FALSE: RU (the Stressless chair was launched in 1971)
    ("Ekornes",
     "The Norwegian furniture maker Ekornes, founded by Jens Ekornes in 1934, launched its reclining Stressless chair in 1971.",
     "Норвежская мебельная фабрика Экорнес (осн. в 1934 г.) выпустила первое кресло Stressless в середине 1950-х гг.",
     C, "decade", "economy", False, RU),
    ("Hurtigruten",
     "Hurtigruten's coastal service began on 2 July 1893, when Richard With's steamer Vesteraalen left Trondheim for Hammerfest.",
     "Первый рейс Хуртигрутен состоялся 02.07.1893: пароход «Вестеролен» Рихарда Вита вышел из Тронхейма на север.",
     A, "date", "economy", True, None),
    ("Karhu",
     "The three stripes on Adidas shoes first belonged to the Finnish firm Karhu, which sold the trademark in the early 1950s for a modest sum and two bottles of whisky.",
     "Знаменитые три полоски Adidas выкупила у финской компании Карху в начале 1950-х гг. — по легенде, за скромную сумму и две бутылки виски.",
     A, "organisation", "economy", False, None),
    ("Hartwall",
     "Hartwall, the Finnish drinks maker founded in 1836 by Victor Hartwall, created its gin-and-grapefruit long drink for the 1952 Helsinki Olympics.",
     "Лонг-дринк «Лонкеро» из джина и грейпфрутового сока фирма Хартвалл (осн. в 1836 г.) придумала к Олимпиаде-1952 в Хельсинки.",
     A, "year", "economy", True, None),
    # ---------------- sport ----------------
    # FALSE: RU (Boulmerka won the 1,500 m, not the 800 m)
    ("Boulmerka",
     "Hassiba Boulmerka won the 1,500 metres at the 1992 Barcelona Olympics, becoming the first Algerian Olympic champion.",
     "Хассиба Булмерка стала первой в истории Алжира олимпийской чемпионкой, выиграв в Барселоне-1992 бег на 800 м.",
     C, "number", "sport", True, RU),
    # FALSE: EN (Aimar won the 1966 Tour de France)
    ("Aimar",
     "Frenchman Lucien Aimar, a team-mate of Jacques Anquetil, won the Tour de France in 1967.",
     "Француз Люсьен Эмар, выступавший в одной команде с Жаком Анкетилем, выиграл «Тур де Франс» 1966 г.",
     C, "year", "sport", False, EN),
    # FALSE: RU (Hwang Young-cho beat Japan's Koichi Morishita; Toshihiko Seko did not run in 1992)
    ("Hwang Young-cho",
     "On the final day of the 1992 Barcelona Olympics, South Korea's Hwang Young-cho won the marathon, pulling away from Japan's Koichi Morishita in the closing kilometres.",
     "Кореец Хван Ён Джо выиграл олимпийский марафон 09.08.1992 в Барселоне, опередив на финише японца Тосихико Сэко.",
     C, "person", "sport", True, RU),
    ("Karin Janz",
     "East German gymnast Karin Janz won two Olympic titles at Munich in 1972, on the vault and the uneven bars.",
     "На Играх-1972 в Мюнхене гимнастка из ГДР Карин Янц завоевала золото в опорном прыжке и на брусьях разной высоты.",
     A, "number", "sport", False, None),
    ("Ivar Johansson",
     "At the 1932 Los Angeles Games the Swede Ivar Johansson won Olympic titles in both freestyle and Greco-Roman wrestling.",
     "Швед Ивар Юханссон в 1932 г. стал олимпийским чемпионом сразу в двух стилях борьбы — вольной и греко-римской.",
     A, "year", "sport", True, None),
    # ---------------- culture ----------------
    # FALSE: EN (Autumn Marathon won the Golden Shell at the San Sebastián festival, not in Berlin)
    ("Autumn Marathon",
     "Georgy Daneliya's Autumn Marathon, starring Oleg Basilashvili as a translator torn between wife and mistress, won the top prize at the 1979 Berlin festival.",
     "«Осенний марафон» Данелии (1979) с Олегом Басилашвили в роли переводчика Бузыкина получил «Золотую раковину» кинофестиваля в Сан-Себастьяне.",
     C, "entity", "culture", False, EN),
    # FALSE: RU (the plastic hula hoop was launched by Wham-O, not Mattel)
    ("Hula hoop",
     "In 1958 the Californian toy company Wham-O launched its plastic hula hoop, setting off a nationwide craze.",
     "Пластиковый хулахуп в 1958 г. выпустила калифорнийская компания Mattel, и Америку охватило повальное увлечение обручем.",
     C, "organisation", "culture", True, RU),
    ("Beware of the Car",
     "In Eldar Ryazanov's 1966 comedy Beware of the Car, Innokenty Smoktunovsky plays Yuri Detochkin, an insurance agent who steals cars from crooks.",
     "Юрий Деточкин — страховой агент, угоняющий машины у жуликов, — главный герой комедии «Берегись автомобиля» (1966) со Смоктуновским.",
     A, "person", "culture", False, None),
    ("Kidnapping, Caucasian Style",
     "Leonid Gaidai's 1967 comedy Kidnapping, Caucasian Style, with Natalya Varley as the student Nina, topped the Soviet box office that year.",
     "«Кавказскую пленницу» Гайдая в 1967 г. посмотрели свыше 76 млн зрителей — рекорд года; Нину сыграла Наталья Варлей.",
     A, "year", "culture", True, None),
    ("Carrom",
     "Carrom, the Indian tabletop game, uses nine white and nine black pieces plus a red queen, all flicked with a heavier striker.",
     "В карром играют 19 фишками: по девять белых и чёрных и одна красная «королева», которую сбивают битой-страйкером.",
     A, "number", "culture", False, None),
    # ---------------- literature ----------------
    # FALSE: EN (Korotkov is dismissed, not promoted)
    ("Diaboliad",
     "In Mikhail Bulgakov's 1924 novella Diaboliad, the clerk Korotkov is unexpectedly promoted after a nightmarish mix-up with his new boss Kalsoner.",
     "Повесть Михаила Булгакова «Дьяволиада» (1924) — о делопроизводителе Короткове, уволенном из-за путаницы с начальником по фамилии Кальсонер.",
     C, "opposite", "literature", True, EN),
    # FALSE: RU (Tony Last ends his days in the South American jungle, in Brazil)
    ("A Handful of Dust",
     "Evelyn Waugh's A Handful of Dust (1934) ends with Tony Last held captive in the South American jungle, forced to read Dickens aloud to Mr Todd.",
     "Роман Ивлина Во «Пригоршня праха» (1934) заканчивается тем, что Тони Ласт навсегда остаётся пленником мистера Тодда в дебрях Конго и читает ему Диккенса.",
     C, "place", "literature", False, RU),
    ("Catriona",
     "Robert Louis Stevenson's Catriona (1893), published in the United States as David Balfour, continues the adventures begun in Kidnapped.",
     "«Катриона» (1893) — продолжение «Похищенного»; в США роман Стивенсона вышел под названием «Дэвид Бальфур».",
     A, "year", "literature", True, None),
    ("Jamaica Inn",
     "Daphne du Maurier's Jamaica Inn (1936) sends the orphaned Mary Yellan to live with her aunt at a sinister inn on Bodmin Moor.",
     "В романе Дафны Дюморье «Трактир «Ямайка»» (1936) осиротевшая Мэри Йеллан приезжает к тётке в мрачную гостиницу на Бодминских болотах.",
     A, "place", "literature", False, None),
    ("I Capture the Castle",
     "Dodie Smith's I Capture the Castle (1948), narrated by the teenage Cassandra Mortmain, follows her eccentric family in a crumbling English castle.",
     "Роман Доди Смит «Я захватываю замок» вышел в 1948 г.; рассказчица — 17-летняя Кассандра Мортмейн, живущая с семьёй в полуразрушенном замке.",
     A, "year", "literature", True, None),
    # ---------------- music ----------------
    # FALSE: EN (The Fiery Angel was first heard complete in a Paris concert performance in 1954)
    ("Fiery Angel",
     "Prokofiev's opera The Fiery Angel, based on Valery Bryusov's novel, was first heard complete only in 1958, in a concert performance in Paris.",
     "Полностью «Огненный ангел» Прокофьева по роману Брюсова впервые прозвучал лишь в 1954 г. в Париже — в концертном исполнении, уже после смерти композитора.",
     C, "year", "music", False, EN),
    # FALSE: EN (Flames of Paris premiered on 7 November 1932)
    ("Flames of Paris",
     "Boris Asafyev's ballet The Flames of Paris, choreographed by Vasily Vainonen, premiered at Leningrad's opera and ballet theatre on 1 May 1932.",
     "Балет Асафьева «Пламя Парижа» в постановке Василия Вайнонена впервые показали в Ленинграде 7 ноября 1932 г., к 15-летию Октябрьской революции.",
     C, "date", "music", True, EN),
    ("Legend of Love",
     "Arif Melikov's ballet Legend of Love, choreographed by Yuri Grigorovich to a libretto by Nazim Hikmet, premiered at Leningrad's Kirov Theatre in 1961.",
     "Премьера балета «Легенда о любви» (музыка Арифа Меликова, хореография Юрия Григоровича) прошла в 1961 г. в ленинградском Театре им. Кирова.",
     A, "organisation", "music", False, None),
    ("Diabelli Variations",
     "Beethoven's Diabelli Variations, Op. 120, consist of 33 variations on a simple waltz by the Viennese publisher Anton Diabelli.",
     "«Вариации на тему Диабелли» (соч. 120, 1819–1823 гг.) — тридцать три вариации Бетховена на незатейливый вальс издателя Антона Диабелли.",
     A, "number", "music", True, None),
    ("Estampes",
     "Debussy's piano set Estampes, completed in 1903, comprises three pieces: Pagodes, La soirée dans Grenade and Jardins sous la pluie.",
     "В цикл «Эстампы» (1903) Дебюсси включил три пьесы — «Пагоды», «Вечер в Гранаде» и «Сады под дождём»; первым их сыграл Рикардо Виньес.",
     A, "number", "music", False, None),
    # ---------------- art ----------------
    # FALSE: EN (the Conestabile Madonna was painted c. 1502-1504, in the early XVI century)
    ("Conestabile Madonna",
     "Raphael's tiny tondo the Conestabile Madonna, painted in the late fifteenth century, was bought in 1870 by Alexander II as a gift for his empress.",
     "«Мадонну Конестабиле», написанную Рафаэлем в начале XVI века, Александр II купил в 1870 г. для императрицы Марии Александровны; картина хранится в Эрмитаже.",
     C, "century", "art", True, EN),
    # FALSE: RU (the Gallehus horns were stolen and melted down in 1802)
    ("Gallehus horns",
     "The two golden horns of Gallehus, found in Denmark in 1639 and 1734, were stolen from the royal collection in 1802 and melted down by the thief.",
     "Золотые рога из Галлехуса, найденные в 1639 и 1734 гг., в 1832 г. похитил из королевской кунсткамеры ювелир Нильс Хейденрейх и переплавил их.",
     C, "year", "art", False, RU),
    ("Apollo and Daphne",
     "Bernini carved Apollo and Daphne between 1622 and 1625 for Cardinal Scipione Borghese, and the marble still stands in the Galleria Borghese in Rome.",
     "Мраморная группа «Аполлон и Дафна» (1622–1625 гг.) создана молодым Бернини по заказу кардинала Шипионе Боргезе и хранится в римской галерее Боргезе.",
     A, "person", "art", True, None),
    ("House by the Railroad",
     "Edward Hopper's House by the Railroad (1925) became the first painting acquired by the Museum of Modern Art in New York, in 1930.",
     "Картина Эдварда Хоппера «Дом у железной дороги» (1925) — первое живописное полотно, поступившее в собрание нью-йоркского МоМА (1930 г.).",
     A, "year", "art", False, None),
    ("Land of Cockaigne",
     "Pieter Bruegel the Elder painted The Land of Cockaigne in 1567; it shows a soldier, a peasant and a clerk sprawled asleep after feasting.",
     "«Страна лентяев» Брейгеля Старшего (1567 г., Старая пинакотека, Мюнхен) изображает трёх обжор — воина, крестьянина и писаря, — уснувших после пира.",
     A, "year", "art", True, None),
    # ---------------- law ----------------
    # FALSE: RU (the Guano Islands Act was signed on 18 August 1856)
    ("Guano Islands Act",
     "The Guano Islands Act, signed on 18 August 1856, let American citizens take possession of unclaimed islands holding deposits of bird droppings used as fertiliser.",
     "Принятый в марте 1856 г. закон США о гуановых островах позволял американцам объявлять владениями США ничейные острова с залежами гуано.",
     C, "month", "law", True, RU),
    # FALSE: EN (the Dominion Lands Act offered 160 acres)
    ("Dominion Lands Act",
     "Canada's Dominion Lands Act of 1872 offered settlers 320 acres of western land for a registration fee of ten dollars.",
     "Закон о землях доминиона (1872 г.) давал поселенцу 160 акров на канадском Западе за регистрационный сбор в $10.",
     C, "number", "law", False, EN),
    # FALSE: RU (Bill Clinton signed DOMA on 21 September 1996)
    ("Defense of Marriage Act",
     "The Defense of Marriage Act, signed by Bill Clinton in September 1996, defined marriage for federal purposes as a union of one man and one woman.",
     "Закон о защите брака 1996 г., определивший брак как союз мужчины и женщины, Билл Клинтон так и не подписал — он вступил в силу без подписи президента.",
     C, "polarity", "law", True, RU),
    ("Bayh–Dole Act",
     "The Bayh–Dole Act of 1980, named after senators Birch Bayh and Bob Dole, let American universities patent inventions made with federal research money.",
     "Закон Бэя — Доула (декабрь 1980 г.) разрешил университетам США оставлять за собой патенты на изобретения, созданные на федеральные гранты.",
     A, "year", "law", False, None),
    ("Jones–Shafroth Act",
     "Signed by Woodrow Wilson on 2 March 1917, the Jones–Shafroth Act granted United States citizenship to the people of Puerto Rico.",
     "Закон Джонса — Шафрота от 02.03.1917 сделал пуэрториканцев гражданами США и учредил на острове выборный двухпалатный парламент.",
     A, "date", "law", True, None),
    # ---------------- technology ----------------
    # FALSE: EN (the first public Bioscop show was on 1 November 1895)
    ("Bioscop",
     "Max and Emil Skladanowsky showed films with their Bioscop projector to a paying audience at Berlin's Wintergarten on 1 December 1895.",
     "Братья Макс и Эмиль Складановские впервые показали публике фильмы на своём «Биоскопе» 01.11.1895 в берлинском варьете «Винтергартен».",
     C, "month", "technology", False, EN),
    # FALSE: EN (the Caproni Campini N.1 first flew on 27 August 1940)
    ("Caproni Campini N.1",
     "The Caproni Campini N.1, powered by a piston-driven compressor rather than a true turbojet, first flew near Milan on 27 November 1940.",
     "Первый полёт «Капрони-Кампини N.1» — самолёта с мотокомпрессорным, а не турбореактивным двигателем — состоялся под Миланом 27 августа 1940 г.",
     C, "date", "technology", False, EN),
    ("Graphophone",
     "The graphophone, patented in 1886 by Chichester Bell and Charles Sumner Tainter, improved on Edison's phonograph by cutting sound into wax-coated cylinders.",
     "Графофон Чичестера Белла и Чарльза Тейнтера (патент 1886 г.) записывал звук не на фольгу, как фонограф Эдисона, а на вощёные цилиндры.",
     A, "person", "technology", False, None),
    ("DeLorean DMC-12",
     "The stainless-steel DeLorean DMC-12, with gull-wing doors, was built at Dunmurry near Belfast in 1981 and 1982, and only about 9,000 were made.",
     "Около 9 тыс. автомобилей «Делориан» DMC-12 с кузовом из нержавеющей стали и дверями «крыло чайки» собрали в 1981–1982 гг. в Северной Ирландии.",
     A, "number", "technology", True, None),
    ("Glenfinnan Viaduct",
     "Built of mass concrete by Robert McAlpine's firm, the Glenfinnan Viaduct carries the Mallaig line across 21 arches and opened in 1901.",
     "Виадук Гленфиннан (1901 г.) на линии в Маллейг — 21 бетонная арка; по нему в фильмах о Гарри Поттере идёт «Хогвартс-экспресс».",
     A, "number", "technology", False, None),
    # ---------------- disasters ----------------
    # FALSE: EN (al-Salam Boccaccio 98 sank in the Red Sea)
    ("al-Salam Boccaccio 98",
     "On 3 February 2006 the Egyptian ferry al-Salam Boccaccio 98 caught fire and sank in the Mediterranean, and more than a thousand people drowned.",
     "Египетский паром «Аль-Салам Боккаччо 98», шедший из саудовского порта Дуба в Сафагу, затонул в Красном море в ночь на 03.02.2006; погибло свыше 1000 человек.",
     C, "place", "disasters", False, EN),
    # FALSE: EN (the Joyita was found on 10 November 1955, more than five weeks after leaving Apia)
    ("Joyita",
     "The MV Joyita left Apia on 3 October 1955 and was found drifting and half-swamped only two days later, with all 25 people on board missing.",
     "Моторное судно «Джойта» вышло из Апиа 03.10.1955, а через пять с лишним недель его нашли полузатопленным у Фиджи; 25 человек бесследно исчезли.",
     C, "duration", "disasters", False, EN),
    # FALSE: RU (the Leopoldville was torpedoed on Christmas Eve, 24 December 1944)
    ("Leopoldville",
     "On Christmas Eve 1944 the Belgian troopship Leopoldville was torpedoed by U-486 about five miles from Cherbourg; some 760 American soldiers died.",
     "Транспорт «Леопольдвиль» с американскими солдатами торпедировала у Шербура подлодка U-486 31.12.1944; погибли около 760 человек.",
     C, "date", "disasters", True, RU),
    ("Gran Circus Norte-Americano fire",
     "About 500 people, most of them children, died when the tent of the Gran Circus Norte-Americano caught fire in Niterói, Brazil, on 17 December 1961.",
     "Пожар в шапито «Гран Сирку Норте-Американо» в бразильском Нитерое 17.12.1961 унёс около 500 жизней, в основном детских.",
     A, "date", "disasters", False, None),
    ("Boumerdès earthquake",
     "The magnitude 6.8 earthquake that struck Boumerdès province, east of Algiers, on 21 May 2003 killed about 2,300 people.",
     "Землетрясение 21.05.2003 в алжирском вилайете Бумердес (магнитуда 6,8) унесло свыше 2,2 тыс. жизней.",
     A, "number", "disasters", True, None),
]

RELATED = [
    ("Kengir uprising",
     "Aleksandr Solzhenitsyn told the story of the Kengir uprising in a chapter of The Gulag Archipelago titled 'Forty Days of Kengir'.",
     "Кенгир — лагерное отделение Степлага, располагавшееся у посёлка Кенгир неподалёку от Джезказгана.",
     True, "history"),
    ("Eta Carinae",
     "Eta Carinae lies roughly 7,500 light-years from the Sun, in the southern constellation of Carina.",
     "Вокруг Эты Киля расширяется двойная туманность «Гомункул» — вещество, выброшенное звездой во время Великой вспышки XIX века.",
     False, "science"),
    ("Ayu-Dag",
     "At the foot of Ayu-Dag lies Artek, the famous children's camp founded in 1925.",
     "Аю-Даг — лакколит: магма застыла в толще пород, не излившись на поверхность, и лишь позже была обнажена эрозией.",
     True, "geography"),
    ("Hurtigruten",
     "Hurtigruten ships call at 34 ports along the Norwegian coast.",
     "Прибрежный экспресс Хуртигрутен круглый год курсирует между Бергеном на юге и Киркенесом на крайнем севере Норвегии.",
     False, "economy"),
    ("Boulmerka",
     "A year before her Olympic win, Hassiba Boulmerka took the world 1,500 metres title in Tokyo in 1991.",
     "Хассиба Булмерка родилась в 1968 г. в алжирском городе Константина.",
     True, "sport"),
    ("Jamaica Inn",
     "Alfred Hitchcock filmed Jamaica Inn in 1939, with Charles Laughton and Maureen O'Hara in the leading roles.",
     "Настоящий трактир «Ямайка» в деревушке Болвентор на Бодминских болотах принимает гостей до сих пор.",
     False, "literature"),
    ("Diabelli Variations",
     "For Diabelli's collective volume, some fifty composers, among them Schubert and an eleven-year-old Liszt, each wrote a single variation on the same waltz.",
     "Свои «Вариации на тему Диабелли», законченные в 1823 г., Бетховен посвятил Антонии Брентано.",
     True, "music"),
    ("Apollo and Daphne",
     "Bernini's Apollo and Daphne captures the moment from Ovid's Metamorphoses when the fleeing nymph begins to turn into a laurel tree.",
     "Латинское нравоучительное двустишие на постаменте «Аполлона и Дафны» сочинил кардинал Маффео Барберини, будущий папа Урбан VIII.",
     False, "art"),
    ("Bayh–Dole Act",
     "President Jimmy Carter signed the Bayh–Dole Act into law in December 1980, shortly before leaving office.",
     "Официальное название закона Бэя — Доула — «Поправки к закону о патентах и товарных знаках».",
     True, "law"),
    ("Leopoldville",
     "The Leopoldville was a Belgian passenger liner that had been converted into a troopship during the Second World War.",
     "В роковой рейс «Леопольдвиль» вёз через Ла-Манш солдат 66-й пехотной дивизии США.",
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
        assert "A" <= subj[0].upper() <= "L", subj
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

    with open(os.path.join(here, "comparable_heldout165.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout165.jsonl"), "w", encoding="utf-8") as f:
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

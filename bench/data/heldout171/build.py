#!/usr/bin/env python3
"""Build heldout171: independent EN/RU claim pairs (stdlib only).

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
    # FALSE: RU (the Aroostook boundary was settled by the Webster–Ashburton Treaty of 1842)
    ("Aroostook War",
     "The bloodless Aroostook War of 1838–1839 between Maine and New Brunswick was finally laid to rest by the Webster–Ashburton Treaty of 1842.",
     "Спор о границе между Мэном и Нью-Брансуиком, вошедший в историю как «Арустукская война» (1838–1839 гг.), окончательно разрешил лишь договор Вебстера — Ашбёртона 1846 г.",
     C, "year", "history", True, RU),
    # FALSE: EN (the battle of Heilsberg was fought on 10 June 1807)
    ("Heilsberg",
     "At Heilsberg in East Prussia, on 10 July 1807, Bennigsen's Russians beat off repeated French assaults before falling back towards Friedland.",
     "Сражение при Гейльсберге 10.06.1807: русская армия Беннигсена отразила атаки французов, но затем отступила, а через четыре дня последовал Фридланд.",
     C, "month", "history", False, EN),
    # FALSE: RU (in 1677 the Ottoman siege of Chyhyryn failed; the town fell only in August 1678)
    ("Chigirin campaigns",
     "In 1677 an Ottoman army laid siege to Chyhyryn but withdrew after Russian and Cossack relief forces arrived; the town fell only a year later.",
     "Первый Чигиринский поход турок (1677 г.) завершился взятием крепости Чигирин, которую османы сумели удержать за собой.",
     C, "opposite", "history", True, RU),
    ("Honey War",
     "The so-called Honey War of 1839 began when a Missouri tax collector cut down bee trees in a strip of land also claimed by Iowa Territory.",
     "«Медовая война» 1839 г. — пограничный спор Миссури и территории Айова, начавшийся с того, что сборщик налогов из Миссури срубил три дерева с пчелиными ульями.",
     A, "year", "history", True, None),
    ("Conquest of Ceuta",
     "Portuguese forces led by King John I, whose sons included the future Henry the Navigator, captured the Moroccan port of Ceuta on 21 August 1415.",
     "Захват Сеуты португальцами 21.08.1415 принято считать началом португальской заморской экспансии.",
     A, "date", "history", False, None),
    # ---------------- science ----------------
    # FALSE: EN (Kronosaurus was named by Heber Longman in 1924)
    ("Kronosaurus",
     "Kronosaurus queenslandicus, a giant short-necked marine reptile from Queensland, was named by the Australian palaeontologist Heber Longman in the 1950s.",
     "Кронозавр — гигантский короткошеий плиозавр раннего мела — был описан Хебером Лонгманом в 1924 г. по находкам из австралийского штата Квинсленд.",
     C, "decade", "science", False, EN),
    # FALSE: EN (Elasmotherium sibiricum was described by Fischer von Waldheim in 1809, i.e. in the XIX century)
    ("Elasmotherium",
     "The giant rhinoceros Elasmotherium sibiricum was described by Gotthelf Fischer von Waldheim in the early twentieth century from a lower jaw.",
     "Эласмотерия, гигантского носорога из степей Евразии, описал Готхельф Фишер фон Вальдгейм в начале XIX века — по нижней челюсти из коллекции Московского университета.",
     C, "century", "science", True, EN),
    # FALSE: RU (Hatzegopteryx was found in the Hateg Basin of Romania)
    ("Hatzegopteryx",
     "Hatzegopteryx, a huge azhdarchid pterosaur with an estimated wingspan of 10 to 12 metres, was named in 2002 from Late Cretaceous bones found in Romania.",
     "Хацегоптерикс — огромный аждархид с размахом крыльев около 10–12 м — описан в 2002 г. по позднемеловым костям, найденным в Болгарии.",
     C, "place", "science", False, RU),
    ("Dunkleosteus",
     "Dunkleosteus, an armoured Late Devonian fish known from the Cleveland Shale of Ohio, was named after the museum curator David Dunkle.",
     "Род панцирных рыб Dunkleosteus (дунклеостей), живших около 360 млн лет назад, получил название в честь палеонтолога Дэвида Данкла из Кливлендского музея.",
     A, "person", "science", True, None),
    ("Ambulocetus",
     "Ambulocetus natans, the 'walking and swimming whale', was described in 1994 by Hans Thewissen and colleagues from roughly 49-million-year-old rocks in Pakistan.",
     "Амбулоцет — «ходящий кит» эоцена — был описан в 1994 г. группой Тьюиссена по скелету, найденному в Пакистане.",
     A, "year", "science", False, None),
    # ---------------- geography ----------------
    # FALSE: EN (Kriváň is 2,494 m high)
    ("Kriváň",
     "Kriváň, the sharply bent peak in the High Tatras that Slovaks regard as a national symbol, rises to 2,694 metres.",
     "Криван (2494 м) — вершина Высоких Татр с характерным загнутым пиком, один из национальных символов Словакии.",
     C, "number", "geography", True, EN),
    # FALSE: RU (Lomnicky stit is the second-highest peak of Slovakia, after Gerlachovsky stit)
    ("Lomnický štít",
     "Lomnický štít, at 2,634 metres the second-highest summit in Slovakia, is topped by an observatory and can be reached by cable car.",
     "На вершину Ломницкий штит (2634 м) — высочайшую точку Словакии и всех Татр — можно подняться по канатной дороге; там же работает обсерватория.",
     C, "rank", "geography", False, RU),
    # FALSE: RU (the mausoleum on Lovćen holds Petar II Petrović-Njegoš, not King Nikola)
    ("Lovćen",
     "The mausoleum of the prince-bishop and poet Petar II Petrović-Njegoš crowns Jezerski vrh, one of the two main summits of Mount Lovćen in Montenegro.",
     "На Езерском верхе горы Ловчен в Черногории стоит мавзолей короля Николы I Петровича, построенный в 1970–1974 гг.",
     C, "person", "geography", True, RU),
    ("Arabat Spit",
     "The Arabat Spit, a sandy strip some 112 kilometres long, separates the shallow Sivash lagoon from the Sea of Azov.",
     "Арабатская стрелка длиной около 112 км отделяет Сиваш от Азовского моря; в самом узком месте её ширина — лишь несколько сотен метров.",
     A, "number", "geography", False, None),
    ("Big Bogdo",
     "Big Bogdo, a lone hill of about 150 metres in Astrakhan Oblast, is the highest point of the Caspian Lowland.",
     "Гора Большое Богдо (149,6 м) в Астраханской области — высшая точка Прикаспийской низменности, почитаемая калмыками как священная.",
     A, "number", "geography", True, None),
    # ---------------- economy ----------------
    # FALSE: EN (Laurin & Klement merged with the Skoda Works in 1925)
    ("Laurin & Klement",
     "Laurin & Klement, founded in Mladá Boleslav in 1895 as a bicycle workshop, merged with the Škoda engineering works in the mid-1930s.",
     "Фирма «Лаурин и Клемент» (осн. в 1895 г. в Младе-Болеславе) начинала с велосипедов, а в середине 1920-х гг. влилась в концерн «Шкода».",
     C, "decade", "economy", False, EN),
    # FALSE: RU (Kaffee HAG was founded in Bremen)
    ("Kaffee HAG",
     "Kaffee HAG, the first company to sell decaffeinated coffee commercially, was founded by Ludwig Roselius in Bremen in 1906.",
     "Компанию Kaffee HAG, первой начавшую продавать кофе без кофеина, основал в 1906 г. в Гамбурге торговец Людвиг Розелиус.",
     C, "place", "economy", True, RU),
    ("Halloren",
     "Halloren of Halle an der Saale, whose history goes back to 1804, claims to be the oldest chocolate factory still operating in Germany.",
     "Старейшая из действующих шоколадных фабрик Германии — «Халлорен» в городе Галле — ведёт свою историю с 1804 г.",
     A, "year", "economy", True, None),
    ("Cloetta",
     "The confectioner Cloetta was started in Copenhagen in 1862 by three brothers who had come from Switzerland.",
     "Кондитерскую фирму Cloetta основали в Копенгагене в 1862 г. трое братьев-швейцарцев; позже её производство переехало в Швецию.",
     A, "place", "economy", False, None),
    ("Lurpak",
     "Lurpak butter was launched by a group of Danish dairies in 1901 under a trademark showing the bronze-age lur horns.",
     "Марку масла Lurpak с изображением старинных духовых рогов-луров датские молочные кооперативы ввели в 1901 г.",
     A, "year", "economy", True, None),
    # ---------------- sport ----------------
    # FALSE: EN (Flack won the 800 m and the 1500 m, not the 400 m)
    ("Edwin Flack",
     "At the first modern Olympics in Athens in 1896 the Australian Edwin Flack won the 400 and 1,500 metres.",
     "Австралиец Эдвин Флэк стал двукратным чемпионом Игр 1896 г. в Афинах, выиграв забеги на 800 и 1500 м.",
     C, "number", "sport", False, EN),
    # FALSE: RU (Hahn won his three sprint titles at the 1904 St Louis Games)
    ("Archie Hahn",
     "Archie Hahn, nicknamed the Milwaukee Meteor, swept the 60, 100 and 200 metres at the 1904 Olympic Games in St Louis.",
     "Американский спринтер Арчи Хан по прозвищу «Милуокский метеор» выиграл 60, 100 и 200 м на Олимпиаде 1908 г.",
     C, "year", "sport", True, RU),
    # FALSE: EN (Harbig set his 800 m world record of 1:46.6 in Milan)
    ("Harbig",
     "Rudolf Harbig of Dresden set an 800 metres world record of 1:46.6 in Berlin in July 1939, a mark that lasted sixteen years.",
     "Рудольф Харбиг установил мировой рекорд в беге на 800 м (1.46,6) 15.07.1939 в Милане; рекорд продержался до 1955 г.",
     C, "place", "sport", False, EN),
    ("Bilozerchev",
     "Dmitry Bilozerchev was only sixteen when he became world all-around champion in gymnastics at Budapest in 1983.",
     "Дмитрий Билозерчев выиграл абсолютное первенство мира по спортивной гимнастике в 1983 г. в Будапеште в 16 лет.",
     A, "number", "sport", False, None),
    ("Jean Bouin",
     "In the 1912 Stockholm Olympic 5,000 metres the Frenchman Jean Bouin lost to Hannes Kolehmainen by about a tenth of a second.",
     "Француз Жан Буэн завоевал серебро на дистанции 5000 м на Играх-1912, уступив Ханнесу Колехмайнену лишь 0,1 с.",
     A, "person", "sport", False, None),
    # ---------------- culture ----------------
    # FALSE: RU (Kuban Cossacks was directed by Ivan Pyryev)
    ("Kuban Cossacks",
     "Ivan Pyryev directed the collective-farm musical Kuban Cossacks, with Marina Ladynina in the lead and songs by Isaak Dunayevsky.",
     "Музыкальную комедию «Кубанские казаки» с Мариной Ладыниной и песнями Исаака Дунаевского поставил Григорий Александров.",
     C, "person", "culture", True, RU),
    # FALSE: EN (Dead Season was made at Lenfilm)
    ("Dead Season",
     "Savva Kulish's spy thriller Dead Season (1968), starring Donatas Banionis as a Soviet agent in the West, was produced by Mosfilm.",
     "Шпионский фильм Саввы Кулиша «Мёртвый сезон» с Донатасом Банионисом в главной роли снят в 1968 г. на киностудии «Ленфильм».",
     C, "organisation", "culture", False, EN),
    ("Devchata",
     "In Yuri Chulyukin's comedy Devchata, Nadezhda Rumyantseva plays Tosya, a young cook newly arrived at a logging settlement, and Nikolai Rybnikov plays Ilya.",
     "В «Девчатах» Юрия Чулюкина повариха Тося Кислицына (Надежда Румянцева) приезжает в таёжный посёлок лесорубов, где встречает лесоруба Илью (Николай Рыбников).",
     A, "person", "culture", True, None),
    ("Girl without an Address",
     "Eldar Ryazanov's 1957 comedy Girl without an Address has Nikolai Rybnikov searching Moscow for Katya, played by Svetlana Karpinskaya.",
     "В комедии Эльдара Рязанова «Девушка без адреса» (1957 г.) герой Николая Рыбникова ищет по всей Москве Катю, которую сыграла Светлана Карпинская.",
     A, "year", "culture", False, None),
    ("Kendama",
     "A kendama consists of a wooden handle with a spike and three cups of different sizes, plus a ball tied to it by a string.",
     "Кендама — японская игрушка: деревянная рукоять с тремя чашечками и остриём, к которой на шнурке привязан шарик.",
     A, "number", "culture", True, None),
    # ---------------- literature ----------------
    # FALSE: EN (the gentleman sets out for two whole years)
    ("Gentleman from San Francisco",
     "In Bunin's 1915 story The Gentleman from San Francisco, a fifty-eight-year-old millionaire sets off with his wife and daughter for half a year in the Old World.",
     "Герой рассказа Бунина «Господин из Сан-Франциско» (1915 г.), 58-летний богач, отправляется с женой и дочерью в Старый Свет на целых два года.",
     C, "duration", "literature", True, EN),
    # FALSE: RU (Laura Willowes makes a pact with the Devil and becomes a witch)
    ("Lolly Willowes",
     "Sylvia Townsend Warner's Lolly Willowes (1926) follows a spinster who leaves her family for the village of Great Mop and becomes a witch in league with Satan.",
     "В романе Сильвии Таунсенд Уорнер «Лолли Уиллоус» (1926 г.) старая дева переезжает в деревню Грейт-Моп и отвергает предложение Сатаны стать ведьмой.",
     C, "opposite", "literature", False, RU),
    ("Clayhanger",
     "Arnold Bennett's Clayhanger (1910), the story of the printer's son Edwin Clayhanger, is set in the Potteries town he called Bursley.",
     "«Клейхэнгер» (1910 г.) — первый роман трилогии Арнольда Беннета о жизни Эдвина Клейхэнгера в городке Берсли.",
     A, "year", "literature", True, None),
    ("Death of Vazir-Mukhtar",
     "Yury Tynyanov's novel The Death of Vazir-Mukhtar follows Alexander Griboyedov through his final year until his killing in Tehran in 1829.",
     "Роман Юрия Тынянова «Смерть Вазир-Мухтара» посвящён последнему году жизни Грибоедова, растерзанного толпой в Тегеране.",
     A, "place", "literature", False, None),
    ("Dodsworth",
     "Sinclair Lewis's Dodsworth (1929) sends Sam Dodsworth, a retired car manufacturer from the Midwestern city of Zenith, to Europe with his wife Fran.",
     "Главный герой романа Синклера Льюиса «Додсворт» (1929 г.) — автопромышленник, отошедший от дел и уехавший с женой Фрэн в Европу.",
     A, "year", "literature", True, None),
    # ---------------- music ----------------
    # FALSE: EN (Alborada del gracioso is the fourth of the five pieces of Miroirs)
    ("Alborada del gracioso",
     "Alborada del gracioso, which Ravel later orchestrated, is the second of the five pieces in his piano cycle Miroirs of 1905.",
     "«Альборада, или Утренняя серенада шута» — четвёртая из пяти пьес фортепианного цикла Равеля «Отражения» (1905 г.); в 1918 г. он её оркестровал.",
     C, "rank", "music", True, EN),
    # FALSE: RU (the Coriolan Overture was written for Heinrich Joseph von Collin's tragedy)
    ("Coriolan Overture",
     "Beethoven wrote his Coriolan Overture, Op. 62, in 1807 for Heinrich Joseph von Collin's tragedy Coriolan, not for Shakespeare's play.",
     "Увертюру «Кориолан» (соч. 62, 1807 г.) Бетховен написал к трагедии Шекспира «Кориолан».",
     C, "person", "music", False, RU),
    ("Kashchey the Deathless",
     "Rimsky-Korsakov's one-act opera Kashchey the Deathless was first staged in Moscow in December 1902.",
     "Одноактная опера Римского-Корсакова «Кащей Бессмертный» впервые прозвучала в Москве в 1902 г. на сцене Частной оперы.",
     A, "year", "music", False, None),
    ("Anyuta",
     "Vladimir Vasiliev's ballet Anyuta, set to music by Valery Gavrilin and based on Chekhov's Anna on the Neck, gave Ekaterina Maximova the title role.",
     "Заглавную партию в балете «Анюта» на музыку Валерия Гаврилина по чеховской «Анне на шее» исполнила Екатерина Максимова; хореограф — Владимир Васильев.",
     A, "person", "music", False, None),
    ("Cipollino",
     "The ballet Cipollino, after Gianni Rodari's tale about an onion boy, was composed by Karen Khachaturian and premiered in Kiev in 1974.",
     "Балет Карена Хачатуряна «Чиполлино» по сказке Джанни Родари впервые поставил в Киеве в 1974 г. хореограф Генрих Майоров.",
     A, "person", "music", True, None),
    # ---------------- art ----------------
    # FALSE: RU (Cabanel's Fallen Angel is in the Musée Fabre, Montpellier)
    ("Fallen Angel",
     "Alexandre Cabanel painted The Fallen Angel in 1847, when he was only 24, and the canvas hangs in the Musée Fabre in Montpellier.",
     "«Падший ангел» (1847 г.) — картина 24-летнего Александра Кабанеля, которая хранится в парижском музее Орсе.",
     C, "organisation", "art", True, RU),
    # FALSE: RU (the Hermitage acquired The Lute Player in 1808, i.e. in the XIX century)
    ("Lute Player",
     "Caravaggio's Lute Player, painted around 1596 for the banker Vincenzo Giustiniani, was bought for the Hermitage in 1808.",
     "«Лютнист» Караваджо (ок. 1596 г.), написанный для Винченцо Джустиниани, поступил в Эрмитаж лишь в начале XX века.",
     C, "century", "art", False, RU),
    ("Crouching Boy",
     "The Hermitage's marble Crouching Boy by Michelangelo, probably intended for the Medici Chapel in Florence, is only about 54 centimetres high.",
     "«Скорчившийся мальчик» Микеланджело — небольшая мраморная статуя высотой 54 см, по-видимому предназначавшаяся для капеллы Медичи; ныне — в Эрмитаже.",
     A, "number", "art", True, None),
    ("Flatford Mill",
     "John Constable's Flatford Mill, finished in 1817 and now in Tate Britain, shows a mill that belonged to his father on the River Stour.",
     "Картина Джона Констебла «Флэтфордская мельница» (1816–1817 гг., галерея Тейт) изображает мельницу его отца на реке Стур.",
     A, "year", "art", False, None),
    ("Agris Helmet",
     "The Agris Helmet, a Celtic parade helmet of about 350 BC covered in gold leaf and coral, was found in a cave in Charente in 1981.",
     "Кельтский церемониальный шлем из Агриса (IV в. до н. э.), найденный в 1981 г. в пещере в департаменте Шаранта, хранится в музее Ангулема.",
     A, "year", "art", True, None),
    # ---------------- law ----------------
    # FALSE: EN (the Law of 22 Prairial was passed on 10 June 1794)
    ("Law of 22 Prairial",
     "The Law of 22 Prairial, passed by the Convention on 10 July 1794, stripped defendants before the Revolutionary Tribunal of counsel and witnesses.",
     "Закон 22 прериаля II года (10.06.1794), проведённый Кутоном, лишил обвиняемых Революционного трибунала права на защитника и опрос свидетелей.",
     C, "date", "law", True, EN),
    # FALSE: RU (the Court held that a commercial parody can be fair use)
    ("Campbell v. Acuff-Rose",
     "In Campbell v. Acuff-Rose Music (1994) the US Supreme Court unanimously held that a commercial parody can qualify as fair use.",
     "В деле «Кэмпбелл против Acuff-Rose Music» (1994 г.) Верховный суд США постановил, что коммерческая пародия не может считаться добросовестным использованием.",
     C, "polarity", "law", False, RU),
    # FALSE: EN (the Casati Law made a two-year lower elementary course compulsory and free)
    ("Casati Law",
     "The Casati Law, issued in the Kingdom of Sardinia in November 1859, made the first four years of elementary schooling free and compulsory.",
     "Закон Казати (1859 г.), распространённый затем на всё объединённое королевство Италия, сделал бесплатным и обязательным двухлетний начальный курс школы.",
     C, "duration", "law", True, EN),
    ("Haitōrei",
     "Japan's Haitōrei edict of March 1876 banned former samurai from wearing swords in public, leaving the privilege to soldiers and police.",
     "Указ Хайторэй 1876 г. запретил ношение мечей на людях всем, кроме военных и полицейских, что особенно задело бывших самураев.",
     A, "year", "law", False, None),
    ("Cruelty to Animals Act 1876",
     "Britain's Cruelty to Animals Act of 1876 required anyone carrying out painful experiments on living animals to hold a licence from the Home Secretary.",
     "Британский закон 1876 г. о жестоком обращении с животными разрешил опыты на живых животных только по лицензии министра внутренних дел.",
     A, "organisation", "law", True, None),
    # ---------------- technology ----------------
    # FALSE: EN (the Fairey Rotodyne first flew on 6 November 1957)
    ("Fairey Rotodyne",
     "The Fairey Rotodyne, a compound gyroplane whose rotor was driven by tip jets, made its first flight on 6 September 1957.",
     "Винтокрыл Fairey Rotodyne с реактивными соплами на концах лопастей несущего винта впервые поднялся в воздух 06.11.1957; в 1962 г. программу закрыли.",
     C, "month", "technology", False, EN),
    # FALSE: RU (LEO I was built by the catering firm J. Lyons & Co.)
    ("Lyons Electronic Office",
     "Britain's catering company J. Lyons and Co. built its own computer, LEO I, which ran its first routine office job in November 1951.",
     "Компьютер LEO I, первым в мире взявший на себя рутинные конторские расчёты (ноябрь 1951 г.), построила для себя торговая сеть Marks & Spencer.",
     C, "organisation", "technology", True, RU),
    ("Goggomobil",
     "Hans Glas's Goggomobil microcar was built at Dingolfing in Bavaria from 1955 to 1969, and roughly 280,000 were made.",
     "Микролитражку Goggomobil фирмы Hans Glas выпускали в баварском Дингольфинге в 1955–1969 гг.; всего сделано около 280 тыс. машин.",
     A, "number", "technology", False, None),
    ("Facel Vega",
     "The French writer Albert Camus was killed in January 1960 in the crash of a Facel Vega sports car driven by Michel Gallimard.",
     "Альбер Камю погиб 04.01.1960 в машине Facel Vega FV3B, за рулём которой сидел Мишель Галлимар, племянник его издателя.",
     A, "date", "technology", True, None),
    ("Borgward Isabella",
     "The Borgward Isabella, launched in 1954, stayed in production until the Bremen carmaker Borgward collapsed in the early 1960s.",
     "Седан Borgward Isabella выпускался с 1954 г. вплоть до банкротства бременской группы Боргварда в 1961 г.",
     A, "year", "technology", False, None),
    # ---------------- disasters ----------------
    # FALSE: RU (the Halemba explosion killed 23 miners)
    ("Halemba mine",
     "A methane explosion at the Halemba coal mine in Ruda Śląska, Poland, killed 23 miners on 21 November 2006.",
     "При взрыве метана на шахте «Халемба» в польской Руде-Слёнской 21.11.2006 погибли 43 горняка.",
     C, "number", "disasters", True, RU),
    # FALSE: EN (the Larchmont sank on 11 February 1907)
    ("Larchmont",
     "The steamer Larchmont sank in Block Island Sound after colliding with a schooner on an icy night in August 1907, and about 150 people died.",
     "Пароход «Ларчмонт» затонул 11.02.1907 после столкновения со шхуной; около 150 человек утонули или замёрзли в ледяной воде.",
     C, "month", "disasters", False, EN),
    # FALSE: EN (the Lorain-Sandusky tornado struck on 28 June 1924)
    ("Lorain–Sandusky tornado",
     "The deadliest tornado in Ohio's history tore through Sandusky and Lorain on 18 June 1924, killing 85 people.",
     "Торнадо 28.06.1924, прошедшее через Сандаски и Лорейн, унесло 85 жизней — больше любого другого смерча в истории Огайо.",
     C, "date", "disasters", False, EN),
    ("Cleveland East Ohio Gas explosion",
     "On 20 October 1944 leaking liquefied natural gas from an East Ohio Gas Company tank exploded in Cleveland, killing 130 people.",
     "Взрыв сжиженного газа из хранилища компании East Ohio Gas в Кливленде 20.10.1944 унёс 130 жизней.",
     A, "number", "disasters", False, None),
    ("Isle Dernière hurricane",
     "A hurricane on 10 August 1856 swept over Isle Dernière, a Louisiana resort island, killing about 200 people.",
     "Ураган 10.08.1856 уничтожил курорт на луизианском острове Иль-Дерньер; погибли около 200 человек.",
     A, "date", "disasters", True, None),
]

RELATED = [
    ("Aroostook War",
     "No soldier was killed in combat in the Aroostook War, which is also remembered as the Pork and Beans War.",
     "В ходе «Арустукской войны» власти штата Мэн направили в долину реки Арустук ополчение.",
     True, "history"),
    ("Elasmotherium",
     "Elasmotherium is often reconstructed with a single enormous horn on its forehead, which has earned it the nickname 'Siberian unicorn'.",
     "По данным радиоуглеродного датирования, эласмотерий дожил примерно до 39 тыс. лет назад.",
     False, "science"),
    ("Kriváň",
     "Kriváň appears on the Slovak one-, two- and five-cent euro coins.",
     "Криван расположен в западной части Высоких Татр, на территории Татранского национального парка.",
     True, "geography"),
    ("Lurpak",
     "Today the Lurpak brand belongs to the Danish-Swedish dairy cooperative Arla Foods.",
     "Название Lurpak происходит от лура — бронзового духового рога, найденного в датской земле.",
     False, "economy"),
    ("Edwin Flack",
     "Edwin Flack, an accountant by profession, was born in London and grew up in Melbourne.",
     "Помимо бега, Эдвин Флэк выступал в Афинах и в теннисном турнире.",
     True, "sport"),
    ("Dodsworth",
     "William Wyler filmed Dodsworth in 1936, with Walter Huston in the title role.",
     "Синклер Льюис выпустил «Додсворта» спустя год после того, как опубликовал роман «Человек, который знал Кулиджа».",
     False, "literature"),
    ("Kashchey the Deathless",
     "In 1905 a St Petersburg performance of Kashchey the Deathless turned into a demonstration in support of Rimsky-Korsakov, who had just been dismissed from the conservatory.",
     "Либретто «Кащея Бессмертного» Римский-Корсаков написал сам, переработав текст Евгения Петровского.",
     True, "music"),
    ("Crouching Boy",
     "Catherine the Great acquired the Crouching Boy in 1785 together with the collection of the English banker Lyde Browne.",
     "«Скорчившийся мальчик» — единственная работа Микеланджело, хранящаяся в музейных собраниях России.",
     False, "art"),
    ("Haitōrei",
     "The Haitōrei edict was one of the Meiji reforms that dismantled the privileges of the samurai class.",
     "Годом позже указа Хайторэй недовольство бывших самураев вылилось в Сацумское восстание под руководством Сайго Такамори.",
     True, "law"),
    ("Halemba mine",
     "The Halemba mine lies in Ruda Śląska, in the Upper Silesian coal basin of southern Poland.",
     "Катастрофа на шахте «Халемба» стала одной из самых тяжёлых в польской угольной отрасли за последние десятилетия.",
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

    with open(os.path.join(here, "comparable_heldout171.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout171.jsonl"), "w", encoding="utf-8") as f:
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

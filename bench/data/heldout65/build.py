#!/usr/bin/env python3
"""Build heldout65: independent EN/RU claim pairs (stdlib only).

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
    # FALSE: ru (Villars died in 1734; Maurice de Saxe commanded at Fontenoy)
    ("At Fontenoy, near Tournai, on 11 May 1745, the French army under Marshal Maurice de Saxe defeated the allied force led by the Duke of Cumberland.",
     "В битве при Фонтенуа 11 мая 1745 г. французскими войсками командовал маршал Виллар, разбивший союзную армию герцога Камберлендского.",
     C, "person", "history", True),
    # FALSE: en (Frederick lost at Kolin)
    ("At Kolin in Bohemia on 18 June 1757, Frederick the Great won a decisive victory over the Austrian army of Field Marshal Daun.",
     "18 июня 1757 г. под Колином австрийская армия фельдмаршала Дауна нанесла поражение Фридриху II, вынудив его снять осаду Праги.",
     C, "opposite", "history", False),
    # FALSE: ru (St Ruth was killed by a cannonball at Aughrim)
    ("The Battle of Aughrim in County Galway, fought on 12 July 1691, ended in a heavy Jacobite defeat, and their French commander St Ruth was killed.",
     "В сражении при Огриме (графство Голуэй) 12 июля 1691 г. якобиты потерпели поражение, однако их французский командующий маркиз де Сен-Рут не погиб.",
     C, "polarity", "history", False),
    ("The Battle of Largs, fought on the Ayrshire coast in October 1263, pitted Scottish troops against the Norwegian expedition of King Haakon IV.",
     "Сражение при Ларгсе между шотландцами и норвежцами короля Хакона IV произошло 2 октября 1263 года на западном побережье Шотландии.",
     A, "date", "history", True),
    ("George II personally led the Pragmatic Army at Dettingen in June 1743, the last time a reigning British monarch commanded troops in battle.",
     "Сражение при Деттингене (27 июня 1743 г.) вошло в историю как последнее, в котором британский король — Георг II — лично командовал войсками.",
     A, "person", "history", False),
    # ---------------- science ----------------
    # FALSE: en (Kossel's prize was for 1910)
    ("The German biochemist Albrecht Kossel was awarded the Nobel Prize in Physiology or Medicine in the 1920s for his studies of proteins and nucleic acids.",
     "Альбрехт Коссель получил Нобелевскую премию по физиологии и медицине 1910 года за исследования химии клетки, в том числе белков и нуклеиновых кислот.",
     C, "decade", "science", True),
    # FALSE: ru (Barkla's prize was in Physics)
    ("Charles Glover Barkla received the 1917 Nobel Prize in Physics for discovering the characteristic X-radiation of the elements.",
     "Англичанин Чарлз Баркла был удостоен Нобелевской премии по химии за 1917 г. — за открытие характеристического рентгеновского излучения элементов.",
     C, "entity", "science", False),
    ("Niels Ryberg Finsen, born in the Faroe Islands, received the 1903 Nobel Prize in Physiology or Medicine for treating lupus vulgaris with concentrated light.",
     "Датский врач Нильс Финсен стал нобелевским лауреатом по медицине в 1903 г. — за лечение кожного туберкулёза концентрированным световым излучением.",
     A, "year", "science", True),
    ("Allvar Gullstrand, professor of ophthalmology at Uppsala, won the 1911 Nobel Prize in Physiology or Medicine for his work on the dioptrics of the eye.",
     "Шведский офтальмолог Альвар Гульстранд, изучавший преломление света в глазу, получил Нобелевскую премию по медицине в 1911 году.",
     A, "year", "science", False),
    ("The Swedish chemist Anders Gustaf Ekeberg discovered tantalum in 1802 and named it after Tantalus of Greek mythology.",
     "Тантал открыл в 1802 г. шведский химик Андерс Экеберг, давший элементу имя мифологического царя Тантала.",
     A, "person", "science", True),
    # ---------------- geography ----------------
    # FALSE: ru (Inari is Finland's third-largest lake; Saimaa is the largest)
    ("Lake Inari in Finnish Lapland is the third-largest lake in Finland, covering just over 1,000 square kilometres.",
     "Озеро Инари в финской Лапландии площадью около 1040 км² — крупнейшее озеро Финляндии.",
     C, "rank", "geography", False),
    # FALSE: en (the Volkhov flows into Lake Ladoga)
    ("The Volkhov River, which flows out of Lake Ilmen in the Novgorod region, carries its waters north into Lake Onega.",
     "Вытекающая из озера Ильмень река Волхов несёт свои воды на север, в Ладожское озеро.",
     C, "place", "geography", True),
    # FALSE: en (Chany is in Novosibirsk Oblast)
    ("Lake Chany, the largest lake in Western Siberia, lies in the south of the Omsk region, on the Baraba plain.",
     "Чаны — крупнейшее озеро Западной Сибири; оно расположено на юге Новосибирской области, в Барабинской низменности.",
     C, "place", "geography", True),
    ("The Charyn Canyon, carved by the Charyn River east of Almaty in Kazakhstan, stretches for roughly 154 kilometres.",
     "Длина Чарынского каньона в Алматинской области Казахстана составляет около 150 км.",
     A, "number", "geography", False),
    ("Kezenoyam, the largest lake of the North Caucasus, lies high in the mountains on the border between Chechnya and Dagestan.",
     "Кезеной-Ам — самое большое озеро Северного Кавказа; оно находится на границе Чечни и Дагестана на высоте почти 1,9 тыс. м.",
     A, "rank", "geography", True),
    # ---------------- economy ----------------
    # FALSE: ru (United States v. Butler struck the processing tax down)
    ("In January 1936 the Supreme Court, ruling in United States v. Butler, struck down the processing tax of the 1933 Agricultural Adjustment Act.",
     "В январе 1936 г. Верховный суд США по делу «США против Батлера» подтвердил конституционность налога, введённого Законом о регулировании сельского хозяйства 1933 года.",
     C, "opposite", "economy", True),
    # FALSE: en (the Bank of Finland was founded in 1811, i.e. the 19th century)
    ("Founded in the eighteenth century, the Bank of Finland is one of the oldest central banks still operating anywhere in the world.",
     "Банк Финляндии, основанный в 1811 г. в Турку и лишь позднее переехавший в Гельсингфорс, — один из старейших центральных банков мира.",
     C, "century", "economy", False),
    ("Regulators in several countries shut down the Bank of Credit and Commerce International on 5 July 1991 after uncovering fraud on a vast scale.",
     "Деятельность банка BCCI, основанного пакистанским финансистом Агой Хасаном Абеди, была пресечена регуляторами сразу нескольких стран в июле 1991 г.",
     A, "date", "economy", False),
    ("Crédit Lyonnais was founded in 1863 by the businessman Henri Germain in the city whose name it bears.",
     "Банк «Креди Лионне» основал в Лионе в 1863 году предприниматель Анри Жермен.",
     A, "place", "economy", True),
    ("Latvia replaced the lats with the euro on 1 January 2014, becoming the eighteenth member of the eurozone.",
     "С 1 января 2014 г. вместо национальной валюты — лата — в Латвии в обращение вошёл евро.",
     A, "date", "economy", False),
    # ---------------- sport ----------------
    # FALSE: ru (Elliott won the 1500 m, not the 5000 m)
    ("Herb Elliott won the 1500 metres at the 1960 Rome Olympics in a world record time of 3:35.6, finishing some 20 metres clear.",
     "На Олимпиаде 1960 года в Риме австралиец Херб Эллиотт выиграл забег на 5000 м, установив мировой рекорд.",
     C, "number", "sport", True),
    # FALSE: en (Balas won two Olympic golds, 1960 and 1964; she was fifth in 1956)
    ("The Romanian high jumper Iolanda Balaș won Olympic gold three times, in 1956, 1960 and 1964.",
     "Румынская прыгунья в высоту Иоланда Балаш дважды становилась олимпийской чемпионкой — в Риме в 1960 г. и в Токио в 1964 г.",
     C, "number", "sport", False),
    # FALSE: ru (Ruud took silver in 1948; his golds were 1932 and 1936)
    ("Norway's Birger Ruud won Olympic ski jumping gold at Lake Placid in 1932 and again at Garmisch-Partenkirchen in 1936.",
     "Норвежец Биргер Руд выигрывал олимпийское золото в прыжках с трамплина дважды: в 1932 году в Лейк-Плэсиде и в 1948 году в Санкт-Морице.",
     C, "year", "sport", True),
    ("New Zealander Jack Lovelock took the 1936 Olympic 1500 m title in Berlin, setting a world record of 3:47.8.",
     "Новозеландец Джек Лавлок победил в беге на 1500 м на берлинской Олимпиаде, показав мировой рекорд — 3 мин 47,8 с.",
     A, "number", "sport", True),
    ("Finnish speed skater Clas Thunberg won five Olympic gold medals, three at Chamonix in 1924 and two at St. Moritz in 1928.",
     "Финский конькобежец Клас Тунберг — пятикратный олимпийский чемпион, побеждавший на Играх 1924 и 1928 годов.",
     A, "number", "sport", False),
    # ---------------- culture ----------------
    # FALSE: ru (the Ateneum was designed by Theodor Hoijer; Saarinen was a teenager in 1887)
    ("The Ateneum building in Helsinki, designed by the architect Theodor Höijer, was completed in 1887.",
     "Здание художественного музея Атенеум в Хельсинки было построено в 1887 г. по проекту архитектора Элиэля Сааринена.",
     C, "person", "culture", True),
    # FALSE: en (the Folger opened in Washington, D.C.)
    ("The Folger Shakespeare Library, founded by Henry Clay Folger and his wife Emily, opened in New York in 1932.",
     "Шекспировская библиотека Фолджера, основанная Генри Клеем Фолджером и его женой Эмили, открылась в Вашингтоне в 1932 г.",
     C, "place", "culture", False),
    ("The Drottningholm Palace Theatre near Stockholm, completed in 1766, still works with its original eighteenth-century stage machinery.",
     "Придворный театр во дворце Дроттнингхольм был построен в 1766 г. по проекту архитектора Карла Фредрика Аделькранца.",
     A, "year", "culture", True),
    ("The Calouste Gulbenkian Museum in Lisbon, which houses the oil magnate's art collection, opened to the public in 1969.",
     "Музей Галуста Гюльбенкяна в Лиссабоне, где хранится собрание нефтяного магната, принял первых посетителей в 1969 году.",
     A, "year", "culture", False),
    ("Paris's Jardin des Plantes, created as a royal garden of medicinal plants, opened its gates to the public in 1640.",
     "Парижский Сад растений, задуманный как королевский сад лекарственных трав, стал доступен для публики в 1640 г.",
     A, "year", "culture", True),
    # ---------------- literature ----------------
    # FALSE: ru (Kashtanka is a dog)
    ("In Chekhov's story Kashtanka, first published in 1887, a lost dog is taken in by a circus clown who trains animals.",
     "В рассказе Чехова «Каштанка» (1887) потерявшуюся на улице кошку подбирает цирковой клоун.",
     C, "entity", "literature", False),
    # FALSE: ru (Lorna Doone is set on Exmoor)
    ("R. D. Blackmore's romance Lorna Doone, published in 1869, is set on Exmoor in the seventeenth century.",
     "Действие романа Ричарда Блэкмора «Лорна Дун» (1869) разворачивается в XVII веке на пустошах Дартмура.",
     C, "place", "literature", True),
    # FALSE: ru (Flatland appeared in 1884)
    ("Flatland, Edwin Abbott Abbott's satire about a world of two dimensions, first appeared in 1884 under the pen name A Square.",
     "Сатирическая повесть Эдвина Эббота «Флатландия» о двумерном мире вышла в 1890-х годах под псевдонимом «Квадрат».",
     C, "decade", "literature", False),
    ("Jude the Obscure, published in book form in 1895, was the last novel Thomas Hardy completed before turning to poetry.",
     "«Джуд Незаметный» (1895) стал последним романом Томаса Гарди: после него писатель посвятил себя поэзии.",
     A, "rank", "literature", True),
    ("Ivan Goncharov's travel book The Frigate Pallada, based on his voyage to Japan in the 1850s, came out as a book in 1858.",
     "Книга очерков «Фрегат „Паллада“» вышла отдельным изданием в 1858 г.; в её основу легло плавание Гончарова в 1852–1855 гг.",
     A, "year", "literature", False),
    # ---------------- music ----------------
    # FALSE: ru (the overture thanked the University of Breslau)
    ("Brahms wrote the Academic Festival Overture as a thank-you to the University of Breslau, which had given him an honorary doctorate.",
     "Свою «Академическую торжественную увертюру» Брамс написал в благодарность Лейпцигскому университету, присвоившему ему почётную докторскую степень.",
     C, "organisation", "music", False),
    # FALSE: en (Francesca da Rimini was written in 1876)
    ("Tchaikovsky composed his symphonic fantasia Francesca da Rimini in 1886, drawing on the fifth canto of Dante's Inferno.",
     "Симфоническая фантазия «Франческа да Римини» по мотивам пятой песни «Ада» Данте была написана Чайковским в 1876 г.",
     C, "year", "music", True),
    ("Rimsky-Korsakov completed his Capriccio espagnol in 1887, and it was first performed in St Petersburg that autumn under his own baton.",
     "«Испанское каприччио» Римского-Корсакова впервые прозвучало в Петербурге осенью 1887 года под управлением автора.",
     A, "place", "music", False),
    ("Saint-Saëns's tone poem Danse macabre, composed in 1874, famously uses the xylophone to imitate rattling bones.",
     "В симфонической поэме Сен-Санса «Пляска смерти» (1874) стук костей изображает ксилофон.",
     A, "entity", "music", True),
    ("Vaughan Williams's Fantasia on a Theme by Thomas Tallis was first performed in Gloucester Cathedral in September 1910.",
     "Премьера «Фантазии на тему Томаса Таллиса» Воан-Уильямса состоялась 6 сентября 1910 г. в Глостерском соборе.",
     A, "date", "music", False),
    # ---------------- art ----------------
    # FALSE: ru (Knight at the Crossroads is by Viktor Vasnetsov)
    ("Viktor Vasnetsov's painting Knight at the Crossroads shows a lone rider reading an inscription carved on a stone.",
     "На картине Ивана Шишкина «Витязь на распутье» одинокий всадник читает надпись на придорожном камне.",
     C, "person", "art", True),
    # FALSE: en (the 1863 Salon jury rejected it)
    ("The jury of the 1863 Paris Salon accepted Manet's Le Déjeuner sur l'herbe for the official exhibition.",
     "Картина Мане «Завтрак на траве» была отвергнута жюри Парижского салона 1863 г. и показана в «Салоне отверженных».",
     C, "opposite", "art", False),
    # FALSE: ru (Bathers at Asnieres dates from 1884; Seurat died in 1891)
    ("Bathers at Asnières, the first large canvas by Georges Seurat, was painted in 1884 and turned down by the Paris Salon.",
     "Большое полотно Жоржа Сёра «Купание в Аньере», отвергнутое жюри Салона, было написано в 1890-х годах.",
     C, "decade", "art", False),
    ("Rembrandt's late painting known as The Jewish Bride hangs in the Rijksmuseum in Amsterdam.",
     "Картина Рембрандта «Еврейская невеста», написанная около 1665–1669 гг., хранится в амстердамском Рейксмюсеуме.",
     A, "place", "art", True),
    ("Degas first showed his wax sculpture Little Dancer Aged Fourteen, dressed in a real tutu and hair ribbon, at the Impressionist exhibition of 1881.",
     "Восковая «Маленькая четырнадцатилетняя танцовщица» Дега была представлена публике на шестой выставке импрессионистов в 1881 году.",
     A, "year", "art", False),
    # ---------------- law ----------------
    # FALSE: ru (Milligan held that military tribunals could NOT try civilians where civil courts were open)
    ("In Ex parte Milligan (1866) the Supreme Court held that military tribunals could not try civilians where civilian courts were still operating.",
     "По делу Миллигана (1866) Верховный суд США признал, что военные трибуналы вправе судить гражданских лиц даже там, где продолжают работать обычные суды.",
     C, "polarity", "law", True),
    # FALSE: en (Bowers was overruled in 2003, seventeen years later)
    ("Bowers v. Hardwick, the 1986 Supreme Court decision upholding Georgia's sodomy law, was overruled only seven years later.",
     "Решение Верховного суда США по делу «Бауэрс против Хардвика» (1986) было пересмотрено лишь спустя 17 лет, в 2003 году.",
     C, "duration", "law", False),
    ("Chisholm v. Georgia, decided in 1793, allowed citizens to sue states in federal court and was overturned by the Eleventh Amendment.",
     "Решение Верховного суда США по делу «Чисхолм против Джорджии» (1793) было фактически отменено Одиннадцатой поправкой к Конституции.",
     A, "entity", "law", True),
    ("In Fisher v Bell (1960) the court held that a flick knife displayed in a shop window was an invitation to treat, not an offer for sale.",
     "По делу «Фишер против Белла» английский суд решил, что выставленный в витрине выкидной нож — не оферта, а лишь приглашение делать оферты.",
     A, "entity", "law", False),
    ("The Judicature Acts of 1873 and 1875 merged the common-law courts and the Court of Chancery into a single Supreme Court of Judicature for England.",
     "Реформа судоустройства Англии, проведённая в 1873–1875 гг., объединила суды общего права и Канцлерский суд в единый Верховный суд.",
     A, "organisation", "law", True),
    # ---------------- technology ----------------
    # FALSE: ru (Lilienthal died on 10 August 1896)
    ("Otto Lilienthal died in Berlin on 10 August 1896, a day after his glider stalled and crashed near Stölln.",
     "Пионер планеризма Отто Лилиенталь скончался в октябре 1896 г., на следующий день после падения своего планера.",
     C, "month", "technology", True),
    # FALSE: en (Gatling's patent dates from November 1862)
    ("Richard Gatling patented his rapid-fire, multi-barrel gun in November 1872, several years after the American Civil War had ended.",
     "Ричард Гатлинг получил патент на своё многоствольное скорострельное оружие в ноябре 1862 г., в разгар Гражданской войны в США.",
     C, "year", "technology", True),
    # FALSE: ru (the Arlberg railway tunnel is about 10.6 km long)
    ("The Arlberg railway tunnel in western Austria, opened in 1884, is about 10.6 kilometres long.",
     "Длина Арльбергского железнодорожного тоннеля на западе Австрии, открытого в 1884 г., составляет около 16 км.",
     C, "number", "technology", False),
    ("William Henry Fox Talbot patented his calotype process, which produced negatives on paper, in 1841.",
     "Калотипия — способ получения негативов на бумаге — была запатентована Уильямом Генри Фоксом Тальботом в 1841 году.",
     A, "year", "technology", False),
    ("Landsat 1, originally called ERTS-1, was launched on 23 July 1972 as the first satellite dedicated to observing Earth's land surface.",
     "Первый спутник программы «Лэндсат» был выведен на орбиту в июле 1972 г.; изначально он назывался ERTS-1.",
     A, "date", "technology", True),
    # ---------------- disasters ----------------
    # FALSE: ru (the jet was a US Marine Corps EA-6B Prowler)
    ("In February 1998 a low-flying US Marine Corps jet severed a cable-car line at Cavalese in the Dolomites, killing all 20 people in the cabin.",
     "В феврале 1998 г. в Кавалезе в Доломитовых Альпах самолёт ВВС Великобритании на малой высоте перерезал трос канатной дороги; погибли 20 человек.",
     C, "organisation", "disasters", True),
    # FALSE: en (12 December 1988 was a Monday)
    ("The Clapham Junction rail crash, caused by faulty signal wiring, happened on a Saturday morning in December 1988 and killed 35 people.",
     "Катастрофа у станции Клапем-Джанкшен, вызванная неисправностью проводки сигнала, произошла утром в понедельник, 12 декабря 1988 г.; погибли 35 человек.",
     C, "day", "disasters", False),
    ("Ninety people were killed when two trains collided in thick fog near St Johns station in Lewisham on 4 December 1957.",
     "В железнодорожной катастрофе у станции Сент-Джонс в лондонском районе Льюишем в декабре 1957 г. погибли 90 человек.",
     A, "number", "disasters", True),
    ("In the Honda Point disaster of September 1923, seven US Navy destroyers ran aground off the California coast and 23 sailors died.",
     "8 сентября 1923 г. у мыса Хонда в Калифорнии сели на скалы семь эсминцев ВМС США; погибли 23 моряка.",
     A, "number", "disasters", False),
    ("A fire that broke out in the coal mine at Cherry, Illinois, on 13 November 1909 killed 259 men and boys.",
     "Пожар на угольной шахте в городке Черри (штат Иллинойс) в ноябре 1909 г. унёс жизни 259 горняков.",
     A, "date", "disasters", False),
]

RELATED = [
    ("Louis XV and the Dauphin were present on the field at Fontenoy, watching the French army fight the allies.",
     "Битва при Фонтенуа произошла во время Войны за австрийское наследство близ Турне, на территории нынешней Бельгии.",
     "Fontenoy", True, "history"),
    ("In 1896 Finsen founded a light institute in Copenhagen to treat skin diseases with ultraviolet radiation.",
     "Нильс Финсен родился в 1860 году в Торсхавне на Фарерских островах.",
     "Finsen", False, "science"),
    ("Jack Lovelock studied medicine at Oxford as a Rhodes Scholar and later worked as a doctor in New York.",
     "Джек Лавлок погиб в декабре 1949 г., упав под поезд метро на одной из станций Нью-Йорка.",
     "Lovelock", True, "sport"),
    ("Edwin Abbott Abbott, the author of Flatland, served for many years as headmaster of the City of London School.",
     "Повествование во «Флатландии» ведётся от лица Квадрата — жителя двумерного мира.",
     "Flatland", False, "literature"),
    ("Danse macabre began life in 1872 as a song for voice and piano set to verses by the poet Henri Cazalis.",
     "Франц Лист сделал переложение оркестровой «Пляски смерти» Сен-Санса для фортепиано соло.",
     "Danse macabre", True, "music"),
    ("The Royal Domain of Drottningholm, including its palace theatre, was added to the UNESCO World Heritage List in 1991.",
     "Дроттнингхольмский придворный театр сохранил подлинную сценическую машинерию XVIII века, которая действует до сих пор.",
     "Drottningholm", False, "culture"),
    ("The EA-6B Prowler that cut the cable at Cavalese had taken off from Aviano Air Base in north-eastern Italy.",
     "Кавалезе — небольшой городок в долине Фьемме в итальянской провинции Тренто.",
     "Cavalese", True, "disasters"),
    ("Lambdin P. Milligan had been sentenced to death by a military commission in Indiana in 1864.",
     "Решение по делу Миллигана Верховный суд США вынес в 1866 году, уже после окончания Гражданской войны.",
     "Ex parte Milligan", False, "law"),
    ("The Landsat programme of Earth-observation satellites is run jointly by NASA and the US Geological Survey.",
     "Спутник «Лэндсат-1» проработал на орбите до января 1978 года, когда его вывели из эксплуатации.",
     "Landsat", True, "technology"),
    ("Vasnetsov painted the best-known version of Knight at the Crossroads in 1882; it hangs in the Russian Museum in St Petersburg.",
     "На картине «Витязь на распутье» у камня, перед которым остановился всадник, лежат человеческий череп и кости.",
     "Knight at the Crossroads", False, "art"),
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
    if want == "en":
        assert len(CYR.findall(s)) == 0, ("cyrillic in en side", s)
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
        assert len(rows) == 30, lab
        assert sum(r["lang_a"] == "ru" for r in rows) == 15, (lab, sum(r["lang_a"] == "ru" for r in rows))
        assert sum(r["lang_a"] == "en" for r in rows) == 15, lab
    for r in comp + rel:
        assert {r["lang_a"], r["lang_b"]} == {"en", "ru"}
    cslots = count([r for r in comp if r["label"] == C], "slot")
    assert len(cslots) >= 12 and max(cslots.values()) <= 4, cslots
    doms = count(comp, "domain")
    assert len(doms) == 12 and all(v == 5 for v in doms.values()), doms
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"

    with open(os.path.join(here, "comparable_heldout65.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout65.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("labels:", count(comp, "label"))
    print("contradict slots (%d types):" % len(cslots), cslots)
    print("agree slots:", count([r for r in comp if r["label"] == A], "slot"))
    print("domains:", doms)
    print("related domains:", count(rel, "domain"))
    for lab in (A, C):
        print(lab, "ru-first:", sum(r["lang_a"] == "ru" for r in comp if r["label"] == lab))


if __name__ == "__main__":
    main()

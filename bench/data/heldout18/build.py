import json
E, R = "en", "ru"
rows = []
import re as _re
def _lang(t):
    return R if len(_re.findall('[А-Яа-яЁё]', t)) > len(_re.findall('[A-Za-z]', t)) else E
def add(label, slot, domain, a, b):
    # a is written first in the file, b second (the order is chosen per row)
    assert {_lang(a), _lang(b)} == {E, R}, (a, b)
    rows.append(dict(a=a, b=b, lang_a=_lang(a), lang_b=_lang(b), label=label, slot=slot, domain=domain))
A, C = "agree", "contradict"
# ---------------- agree (30)
add(A,"date","history",
 "The Battle of Gettysburg in Pennsylvania was fought over three days, from 1 to 3 July 1863, and ended in a Union victory.",
 "Трёхдневное сражение под Геттисбергом, одно из самых кровопролитных в Гражданской войне в США, произошло в начале июля 1863 г.")
add(A,"month","history",
 "Соглашение Страстной пятницы, положившее конец многолетнему конфликту в Северной Ирландии, было подписано в Белфасте в апреле 1998 года.",
 "The Good Friday Agreement was reached in Belfast on 10 April 1998 after nearly two years of multi-party talks.")
add(A,"decade","science",
 "Austrian physicist Christian Doppler described in 1842 how the observed frequency of a wave depends on the motion of its source.",
 "Эффект, названный впоследствии именем Кристиана Доплера, был теоретически описан австрийским учёным в 1840-х годах.")
add(A,"person","science",
 "Цезий открыли в 1860 году в Гейдельберге Роберт Бунзен и Густав Кирхгоф, обнаружив новые синие линии в спектре минеральной воды.",
 "Caesium was the first element found by spectral analysis, identified in 1860 by Bunsen and Kirchhoff from two bright blue lines.")
add(A,"number","geography",
 "Mount Ararat, a dormant volcano in eastern Turkey, rises to 5,137 metres and is the highest peak in the country.",
 "Высота горы Арарат, расположенной на востоке Турции недалеко от границы с Арменией, составляет около 5,1 км.")
add(A,"place","geography",
 "Вулкан Гекла на юге Исландии в Средние века считали входом в преисподнюю.",
 "In medieval Europe, Hekla, one of Iceland's most active volcanoes in the south of the island, was known as the gateway to hell.")
add(A,"rank","economy",
 "The worst hyperinflation ever recorded hit Hungary in 1946, when prices of goods in pengő roughly doubled every fifteen hours.",
 "Венгерская гиперинфляция 1946 г., когда цены в пенгё удваивались примерно каждые 15 часов, считается самой сильной в мировой истории.")
add(A,"place","economy",
 "Неофициальной столицей Ганзейского союза, торгового объединения северогерманских городов, на протяжении столетий был Любек.",
 "For centuries the Baltic port of Lübeck served as the leading city and chief meeting place of the Hanseatic League.")
add(A,"place","sport",
 "Ethiopian runner Abebe Bikila won the Olympic marathon in Rome in 1960, running the whole distance barefoot.",
 "На Олимпийских играх 1960 г. в Риме эфиоп Абебе Бикила выиграл марафон, пробежав его босиком.")
add(A,"number","sport",
 "На лондонской Олимпиаде 1948 года нидерландская легкоатлетка Фанни Бланкерс-Кун, мать двоих детей, выиграла четыре золотые медали.",
 "Fanny Blankers-Koen of the Netherlands took four gold medals in athletics at the 1948 London Games.")
add(A,"year","technology",
 "The AK-47 assault rifle designed by Mikhail Kalashnikov was formally adopted by the Soviet Army in 1949.",
 "Автомат Калашникова АК-47 был официально принят на вооружение Советской армии в 1949 г., через два года после создания первого образца.")
add(A,"organisation","technology",
 "Первое сканирование пациента на компьютерном томографе, созданном инженером компании EMI Годфри Хаунсфилдом, провели в Лондоне в 1971 году.",
 "The CT scanner built at EMI by Godfrey Hounsfield examined its first patient, a woman with a suspected brain tumour, at a London hospital in October 1971.")
add(A,"year","medicine",
 "Scottish obstetrician James Young Simpson first used chloroform as an anaesthetic in Edinburgh in November 1847.",
 "Хлороформ в качестве средства для наркоза впервые применил эдинбургский врач-акушер Джеймс Симпсон в 1847 г.")
add(A,"place","medicine",
 "Первый работающий аппарат «искусственная почка» для диализа нидерландский врач Виллем Кольф построил в годы Второй мировой войны в Нидерландах.",
 "Willem Kolff built the first practical artificial kidney for dialysis in the Dutch town of Kampen during the German occupation, treating his first patients in 1943.")
add(A,"century","law",
 "King Henry IV of France signed the Edict of Nantes, granting the Huguenots substantial religious rights, in April 1598.",
 "Нантский эдикт, даровавший гугенотам свободу вероисповедания, король Генрих IV издал в конце XVI века.")
add(A,"century","law",
 "Книга Страшного суда — перепись земель и имущества Англии — была составлена по приказу Вильгельма Завоевателя в XI веке.",
 "The Domesday Book, the great survey of land and property in England ordered by William the Conqueror, was completed in 1086.")
add(A,"number","transport",
 "The Akashi Kaikyō Bridge in Japan, opened in 1998, has a central span of 1,991 metres.",
 "Центральный пролёт японского моста Акаси-Кайкё, соединяющего остров Хонсю с островом Авадзи, имеет длину почти 2 км.")
add(A,"date","transport",
 "Первое судно на воздушной подушке SR.N1 пересекло пролив Ла-Манш 25.07.1959, ровно через полвека после перелёта Блерио.",
 "The hovercraft SR.N1 crossed the English Channel on 25 July 1959, fifty years to the day after Blériot's flight.")
add(A,"place","food",
 "Emmental, the Swiss cheese known for its large holes, takes its name from the Emme valley in the canton of Bern.",
 "Сыр эмменталь с крупными дырками получил название от долины реки Эмме в швейцарском кантоне Берн.")
add(A,"year","food",
 "Первую паровую кофемашину для приготовления эспрессо запатентовал в Турине Анджело Мориондо в 1884 г.",
 "In 1884 Angelo Moriondo of Turin patented a steam-driven machine for brewing coffee, a forerunner of the espresso machine.")
add(A,"month","music",
 "Igor Stravinsky's ballet The Firebird was first staged by Diaghilev's company at the Paris Opéra on 25 June 1910.",
 "Премьера балета «Жар-птица» на музыку Игоря Стравинского прошла в Париже в июне 1910 г.")
add(A,"month","astronomy",
 "Комета Хейла — Боппа прошла перигелий весной 1997 года и была видна невооружённым глазом около полутора лет.",
 "Comet Hale–Bopp reached perihelion on 1 April 1997 and stayed visible to the naked eye for about eighteen months.")
add(A,"month","astronomy",
 "In September 1959 the Soviet probe Luna 2 became the first human-made object to reach the surface of the Moon.",
 "Советская станция «Луна-2» 14.09.1959 первой в истории достигла поверхности Луны.")
add(A,"year","architecture",
 "Атомиум — гигантская модель кристаллической решётки железа высотой 102 м — был построен в Брюсселе к Всемирной выставке 1958 г.",
 "The Atomium, a steel model of an iron crystal, was built in Brussels for the 1958 World's Fair, known as Expo 58.")
add(A,"number","architecture",
 "Toronto's CN Tower, completed in 1976, stands 553 metres tall.",
 "Телебашня Си-Эн-Тауэр в Торонто, достроенная в 1976 году, имеет высоту 553,3 м и долгое время была самым высоким отдельно стоящим сооружением мира.")
add(A,"year","literature",
 "Роман ирландского писателя Брэма Стокера «Дракула» вышел в Лондоне в 1897 году.",
 "Bram Stoker's Dracula, an epistolary novel told through letters and diary entries, was first published in 1897.")
add(A,"person","literature",
 "Charlotte Brontë published Jane Eyre in 1847 under the male pseudonym Currer Bell.",
 "«Джейн Эйр» Шарлотта Бронте выпустила в 1847 г. под мужским псевдонимом Каррер Белл.")
add(A,"duration","energy",
 "Асуанская плотина на Ниле, создавшая водохранилище Насер, строилась десять лет — с 1960 по 1970 год.",
 "Built with Soviet technical and financial help, the Aswan High Dam on the Nile took a decade to complete and was finished in 1970.")
add(A,"rank","biology",
 "The capybara of South America is the largest living rodent, weighing up to about 65 kilograms.",
 "Капибара, обитающая в Южной Америке, — самый крупный из ныне живущих грызунов.")
add(A,"number","environment",
 "В 2002 году за несколько недель развалился шельфовый ледник Ларсена B площадью около 3250 км² у Антарктического полуострова.",
 "The Larsen B ice shelf on the Antarctic Peninsula disintegrated in early 2002, losing some 1,250 square miles of ice within a few weeks.")

# ---------------- contradict (30)
add(C,"year","history",
 "The Battle of Jutland, the largest naval battle of the First World War, was fought in the North Sea in 1918.",
 "Ютландское сражение между британским и германским флотами произошло в Северном море 31 мая — 1 июня 1916 года.")
add(C,"person","history",
 "Штурмом турецкой крепости Измаил в декабре 1790 года командовал Пётр Румянцев.",
 "In December 1790 Russian troops under Alexander Suvorov stormed the Ottoman fortress of Izmail on the Danube.")
add(C,"place","science",
 "The SI unit of energy, the joule, is named after the English physicist James Prescott Joule, a brewer's son from Salford.",
 "Единица энергии джоуль названа в честь французского физика Джеймса Джоуля.")
add(C,"entity","geography",
 "Большой каньон в Аризоне глубиной до 1,8 км был прорезан рекой Миссисипи.",
 "The Grand Canyon in Arizona, up to 1.8 kilometres deep, was carved over millions of years by the Colorado River.")
add(C,"decade","transport",
 "Aeroflot, the Russian national airline, was founded in the 1950s, some years after the end of the Second World War.",
 "«Аэрофлот», одна из старейших авиакомпаний мира, ведёт свою историю с 1923 года.")
add(C,"number","sport",
 "Аргентинский гонщик Хуан Мануэль Фанхио за свою карьеру стал чемпионом мира «Формулы-1» лишь дважды.",
 "Juan Manuel Fangio of Argentina won the Formula One world championship five times in the 1950s.")
add(C,"opposite","sport",
 "In August 1851 the New York schooner America beat a fleet of British yachts in a race off the English coast, and the trophy was later named after her.",
 "В первой гонке 1851 года, давшей начало Кубку Америки, американская шхуна «Америка» уступила британским яхтам.")
add(C,"month","sport",
 "Первая гонка «24 часа Ле-Мана» состоялась в сентябре 1923 г.",
 "The first 24 Hours of Le Mans endurance race was held on 26–27 May 1923.")
add(C,"rank","technology",
 "The Antonov An-225 Mriya was only the third heaviest aircraft in the world by take-off weight.",
 "Ан-225 «Мрия» с максимальной взлётной массой 640 т был самым тяжёлым самолётом из когда-либо построенных.")
add(C,"duration","technology",
 "«Луноход-1», доставленный на Луну станцией «Луна-17» в ноябре 1970 г., проработал на её поверхности всего три дня.",
 "The Soviet rover Lunokhod 1 landed in November 1970 and kept working on the Moon for about ten months, covering over ten kilometres.")
add(C,"percent","medicine",
 "Бактерией Helicobacter pylori, вызывающей язву желудка, заражено около половины населения Земли.",
 "Fewer than 5 percent of people worldwide carry Helicobacter pylori, the stomach bacterium linked to ulcers.")
add(C,"organisation","medicine",
 "Ibuprofen was developed in the 1960s by researchers at the British pharmacy company Boots in Nottingham.",
 "Ибупрофен был разработан в 1960-х годах в лабораториях немецкой компании Bayer.")
add(C,"place","law",
 "Международный уголовный суд, начавший работу в 2002 г., находится в Страсбурге.",
 "The International Criminal Court, which began work in 2002, has its seat in The Hague.")
add(C,"number","law",
 "The US Bill of Rights, ratified in 1791, consists of the first five amendments to the Constitution.",
 "Билль о правах США, вступивший в силу в 1791 году, включает десять первых поправок к Конституции.")
add(C,"person","law",
 "Закон о доступном здравоохранении, известный как «Обамакэр», подписал в марте 2010 года президент Барак Обама.",
 "The Affordable Care Act, often called Obamacare, was signed into law in March 2010 by President George W. Bush.")
add(C,"money","culture",
 "Leonardo da Vinci's Codex Leicester was sold at auction in 1994 for only about three million dollars.",
 "Кодекс Лестера Леонардо да Винчи в 1994 г. на аукционе Christie's купил Билл Гейтс, заплатив 30,8 млн долларов.")
add(C,"polarity","transport",
 "На значительной части немецких автобанов общего ограничения скорости нет, действует лишь рекомендуемая скорость 130 км/ч.",
 "A strict general speed limit of 130 km/h applies on every stretch of Germany's autobahns.")
add(C,"opposite","food",
 "Gazpacho, a tomato and vegetable soup from Andalusia, is always served piping hot.",
 "Андалусский суп гаспачо из томатов, огурцов и перца принято подавать холодным, нередко даже со льдом.")
add(C,"place","food",
 "Кешью — растение родом из Индии, откуда его завезли в Бразилию португальцы.",
 "The cashew tree is native to north-eastern Brazil and was carried by Portuguese traders to India and Africa in the 16th century.")
add(C,"person","music",
 "The opera Faust, based on Goethe's drama, was composed by Giuseppe Verdi and premiered in Paris in 1859.",
 "Оперу «Фауст» по трагедии Гёте, впервые поставленную в Париже в 1859 году, написал Шарль Гуно.")
add(C,"entity","astronomy",
 "Энцелад, на котором зонд «Кассини» обнаружил гейзеры водяного пара, — спутник Юпитера.",
 "Enceladus, the icy moon whose water geysers were found by the Cassini probe, orbits Saturn.")
add(C,"scale","astronomy",
 "The Crab Nebula in Taurus, the remnant of a supernova recorded by Chinese astronomers in 1054, lies roughly 6.5 billion light-years from Earth.",
 "Крабовидная туманность в созвездии Тельца — остаток вспышки сверхновой 1054 г. — находится на расстоянии около 6500 световых лет от Земли.")
add(C,"century","architecture",
 "Карлов мост через Влтаву в Праге начали строить в XVII веке.",
 "Construction of Prague's Charles Bridge over the Vltava began in 1357 under Emperor Charles IV.")
add(C,"person","architecture",
 "The Guggenheim Museum in Bilbao, opened in 1997, was designed by the architect Frank Gehry.",
 "Здание музея Гуггенхайма в Бильбао, открытое в 1997 г., спроектировала Заха Хадид.")
add(C,"duration","literature",
 "В «Декамероне» Боккаччо семь девушек и трое юношей, бежавших от чумы из Флоренции, рассказывают новеллы на протяжении трёх дней.",
 "In Boccaccio's Decameron ten young people fleeing the plague in Florence tell one hundred stories over ten days.")
add(C,"place","energy",
 "The Bratsk hydroelectric power station, completed in the 1960s, lies in Krasnoyarsk Krai in Siberia.",
 "Братская ГЭС, построенная в 1960-х годах, расположена в Иркутской области.")
add(C,"opposite","biology",
 "Гинкго двулопастный — листопадное дерево: осенью его веерообразные листья желтеют и опадают.",
 "The ginkgo is an evergreen tree that keeps its fan-shaped leaves all year round.")
add(C,"opposite","environment",
 "El Niño is a periodic warming of the surface waters of the central and eastern tropical Pacific Ocean.",
 "Явление Эль-Ниньо — периодическое охлаждение поверхностных вод в экваториальной части Тихого океана.")
add(C,"polarity","culture",
 "Альфред Хичкок ни разу не получил «Оскар» за лучшую режиссуру, хотя номинировался пять раз.",
 "Alfred Hitchcock won the Academy Award for Best Director for Rebecca in 1941.")
add(C,"date","transport",
 "The cruise ship Costa Concordia struck rocks and capsized off the Italian island of Giglio on 23 January 2012.",
 "Круизный лайнер Costa Concordia сел на мель и опрокинулся у острова Джильо 13.01.2012, погибли 32 человека.")

# ---------------- related (10): same subject as a comparable row, different true facts
rel = []
def radd(domain, x, y):
    assert {_lang(x), _lang(y)} == {E, R}, (x, y)
    rel.append(dict(a=x, b=y, lang_a=_lang(x), lang_b=_lang(y), label="related", slot="topic", domain=domain))

radd("history", "Abraham Lincoln delivered the Gettysburg Address at the dedication of a military cemetery in November 1863.",
 "Потери обеих армий в битве при Геттисберге составили около 50 тыс. человек убитыми, ранеными и пропавшими без вести.")
radd("geography", "Гора Арарат изображена на гербе Армении, хотя сама вершина находится на территории Турции.",
 "According to the Book of Genesis, Noah's Ark came to rest on the mountains of Ararat.")
radd("sport", "Four years after Rome, Abebe Bikila won the Olympic marathon again in Tokyo, this time wearing shoes.",
 "Абебе Бикила стал первым чернокожим африканцем, завоевавшим золотую олимпийскую медаль.")
radd("architecture", "Атомиум состоит из девяти стальных сфер, соединённых трубами с эскалаторами и лифтом.",
 "The Atomium was closed for a thorough renovation and reopened to visitors in 2006.")
radd("literature", "Bram Stoker was born in Dublin in 1847 and worked for years as manager of London's Lyceum Theatre.",
 "Считается, что прообразом графа Дракулы отчасти послужил валашский князь XV века Влад Цепеш.")
radd("biology", "Капибара — полуводное животное: у неё есть перепонки между пальцами, и она хорошо плавает и ныряет.",
 "Capybaras live in groups of ten to twenty animals along rivers, lakes and marshes.")
radd("technology", "Mikhail Kalashnikov died in Izhevsk in December 2013 at the age of 94.",
 "Цифра 47 в названии автомата АК-47 указывает на 1947 год, когда был создан его образец.")
radd("energy", "При строительстве Асуанской плотины древний храмовый комплекс Абу-Симбел разрезали на блоки и перенесли выше по склону.",
 "Lake Nasser, formed behind the Aswan High Dam, is about 550 kilometres long and extends into Sudan.")
radd("astronomy", "Comet Hale–Bopp was discovered independently by Alan Hale and Thomas Bopp on 23 July 1995.",
 "Ядро кометы Хейла — Боппа оказалось необычайно крупным: по оценкам, его диаметр составляет от 40 до 60 км.")
radd("law", "Оригинал Книги Страшного суда хранится в Национальном архиве Великобритании в лондонском районе Кью.",
 "The Domesday Book owes its name to the Day of Judgement, because its entries could not be appealed.")

import json, collections, os
assert len(rows) == 60 and len(rel) == 10, (len(rows), len(rel))
HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, "comparable_heldout18.jsonl"), "w", encoding="utf-8") as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "related_heldout18.jsonl"), "w", encoding="utf-8") as f:
    for r in rel: f.write(json.dumps(r, ensure_ascii=False) + "\n")

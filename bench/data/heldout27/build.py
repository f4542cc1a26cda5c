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
add(A,"decade","history",
 "The Great Famine in Ireland, caused by potato blight, lasted from 1845 to 1849 and killed about one million people.",
 "В 1840-х годах Ирландию поразил картофельный голод: фитофтороз уничтожал урожай, и около миллиона человек умерли.")
add(A,"century","history",
 "Астраханское ханство было присоединено к Русскому государству при Иване Грозном в XVI веке.",
 "In 1556 the troops of Ivan the Terrible took Astrakhan, bringing the whole lower Volga down to the Caspian under Moscow's rule.")
add(A,"duration","science",
 "Почти двадцать лет Николай Лобачевский, один из создателей неевклидовой геометрии, возглавлял Казанский университет в качестве ректора.",
 "Nikolai Lobachevsky served as rector of Kazan University from 1827 to 1846.")
add(A,"number","science",
 "Euclid's Elements, compiled in Alexandria around 300 BC, is divided into thirteen books.",
 "«Начала» Евклида состоят из 13 книг, охватывающих планиметрию, теорию чисел и стереометрию.")
add(A,"year","geography",
 "Природный парк «Ленские столбы» в Якутии был включён в список Всемирного наследия ЮНЕСКО в 2012 г.",
 "UNESCO added the Lena Pillars, a line of rock columns along the banks of the Lena River, to its World Heritage List in 2012.")
add(A,"rank","geography",
 "Cape Dezhnev on the Chukchi Peninsula is the easternmost point of mainland Asia, facing Alaska across the Bering Strait.",
 "Самая восточная материковая точка Евразии — мыс Дежнёва, названный в честь казака-землепроходца Семёна Дежнёва.")
add(A,"year","economy",
 "Госплан, ведавший планированием всего советского народного хозяйства, был учреждён в феврале 1921 года.",
 "The Soviet State Planning Committee, known as Gosplan, was established in 1921 and from 1928 drew up the five-year plans.")
add(A,"year","economy",
 "The customs convention that created Benelux was signed in London in 1944 by the exiled governments of Belgium, the Netherlands and Luxembourg.",
 "Таможенный союз Бельгии, Нидерландов и Люксембурга, известный как Бенилюкс, был согласован в 1944 году.")
add(A,"date","sport",
 "28 сентября 2008 г. в Берлине эфиопский бегун Хайле Гебреселассие установил мировой рекорд в марафоне — 2:03:59.",
 "In September 2008 Haile Gebrselassie became the first man to run a marathon in under two hours and four minutes, clocking 2:03:59 in Berlin.")
add(A,"place","sport",
 "The first Davis Cup tie was played in 1900 at the Longwood Cricket Club near Boston, where the United States beat the British Isles.",
 "Первый матч Кубка Дэвиса прошёл в США, в Бруклайне под Бостоном: американцы обыграли команду Британских островов.")
add(A,"decade","technology",
 "Русский электротехник Александр Лодыгин получил привилегию на изобретённую им лампу накаливания в 1874 году.",
 "Alexander Lodygin patented an incandescent lamp with a carbon rod in the 1870s, several years before Edison's version appeared.")
add(A,"year","technology",
 "Henry Bessemer patented his process for turning molten pig iron into steel by blowing air through it in 1856.",
 "Бессемеровский способ производства стали, запатентованный Генри Бессемером в 1856 г., сделал сталь дешёвой и массовой.")
add(A,"year","medicine",
 "Вакцину БЦЖ против туберкулёза, созданную Альбером Кальметом и Камилем Гереном, впервые ввели человеку в 1921 г.",
 "The BCG vaccine against tuberculosis was first given to a human, a newborn baby in Paris, in 1921.")
add(A,"decade","medicine",
 "The American surgeon Henry Heimlich described his abdominal thrust technique for saving choking victims in 1974.",
 "Приём Геймлиха — резкие толчки в живот при попадании инородного тела в дыхательные пути — был предложен в середине 1970-х годов.")
add(A,"year","law",
 "Закон Гласса — Стиголла 1933 года, разделивший коммерческие и инвестиционные банки, был в основном отменён в 1999 г.",
 "Most of the Glass–Steagall wall between commercial and investment banking was repealed by Congress in 1999, under President Bill Clinton.")
add(A,"date","transport",
 "Регулярные пассажирские перевозки поездами Eurostar через тоннель под Ла-Маншем начались 14.11.1994.",
 "Eurostar trains began carrying fare-paying passengers between London, Paris and Brussels in November 1994.")
add(A,"year","food",
 "Официальная классификация вин Бордо была составлена в 1855 г. к Всемирной выставке в Париже.",
 "The Bordeaux wine classification, which ranked the red wines of the Médoc into five growths, was drawn up for the Paris Exposition Universelle of 1855.")
add(A,"place","food",
 "Dijon mustard takes its name from Dijon, the historic capital of Burgundy in eastern France.",
 "Дижонская горчица названа по городу Дижону — исторической столице Бургундии.")
add(A,"year","music",
 "Emile Berliner patented the gramophone, which played flat discs instead of cylinders, in 1887.",
 "Граммофон, воспроизводивший звук с плоской пластинки, а не с валика, запатентовал в 1887 г. Эмиль Берлинер.")
add(A,"date","music",
 "Симфонические эскизы Клода Дебюсси «Море» впервые прозвучали в Париже в октябре 1905 года.",
 "Debussy's La Mer was premiered in Paris on 15 October 1905 by the Lamoureux Orchestra under Camille Chevillard.")
add(A,"century","astronomy",
 "The Greek astronomer Hipparchus, who discovered the precession of the equinoxes, worked in the second century BC.",
 "Гиппарх, составивший один из первых звёздных каталогов, жил и работал во II веке до н. э.")
add(A,"place","architecture",
 "Fallingwater, the house Frank Lloyd Wright built over a waterfall on Bear Run, stands in south-western Pennsylvania.",
 "Знаменитый «Дом над водопадом» Фрэнка Ллойда Райта, построенный для семьи Кауфман, находится в штате Пенсильвания.")
add(A,"year","literature",
 "Первый том «Детских и домашних сказок» братьев Гримм вышел в свет в декабре 1812 г.",
 "Jacob and Wilhelm Grimm published the first volume of their Children's and Household Tales in 1812.")
add(A,"number","energy",
 "Rising more than 270 metres, the arch dam of the Inguri hydroelectric plant in Georgia is among the tallest concrete dams on Earth.",
 "Плотина Ингурской ГЭС в Грузии высотой 271,5 м — одна из самых высоких арочных плотин в мире.")
add(A,"rank","biology",
 "Императорский пингвин — самый крупный и самый тяжёлый из ныне живущих пингвинов.",
 "No living penguin is taller or heavier than the emperor penguin, which breeds on the Antarctic sea ice in the middle of winter.")
add(A,"date","environment",
 "On 22 June 1969 an oil slick on the Cuyahoga River in Cleveland, Ohio, caught fire, helping to spur the Clean Water Act.",
 "Летом 1969 года в Кливленде загорелась покрытая нефтяной плёнкой и мусором река Кайахога.")
add(A,"rank","culture",
 "«Летят журавли» Михаила Калатозова — единственный советский фильм, удостоенный «Золотой пальмовой ветви» Каннского фестиваля.",
 "In 1958 Mikhail Kalatozov's The Cranes Are Flying won the Palme d'Or, a prize no other Soviet film ever received.")
add(A,"year","news",
 "In 1988 Benazir Bhutto became prime minister of Pakistan, the first woman elected to lead a Muslim-majority country.",
 "Беназир Бхутто заняла пост премьер-министра Пакистана в декабре 1988 г. после победы её партии на парламентских выборах.")
add(A,"date","news",
 "Землетрясение в японском портовом городе Кобе 17.01.1995 унесло жизни более 6 тыс. человек.",
 "The Great Hanshin earthquake struck Kobe before dawn on 17 January 1995, killing about 6,400 people.")
add(A,"date","news",
 "The Treaty of Gulistan, signed on 24 October 1813, ended the Russo-Persian War and confirmed Russian control over much of the eastern Caucasus.",
 "Гюлистанский мирный договор, завершивший русско-персидскую войну 1804–1813 гг., был подписан осенью 1813 г.")
# ---------------- contradict (30)
add(C,"date","history",
 "Соглашение между польскими властями и бастующими рабочими Гданьской судоверфи, открывшее путь «Солидарности», подписали 13 августа 1980 г.",
 "The Gdańsk Agreement, signed on 31 August 1980 after strikes at the Lenin Shipyard, allowed the creation of the independent trade union Solidarity.")
add(C,"opposite","history",
 "Under the Treaty of Aigun of 1858, the Qing empire recognised the left bank of the Amur as Russian territory.",
 "По Айгунскому договору 1858 г. Россия уступила Цинской империи весь левый берег Амура.")
add(C,"century","architecture",
 "Hadrian's Wall, which marked the northern frontier of Roman Britain, was begun in the fourth century AD.",
 "Строительство вала Адриана на севере римской Британии началось около 122 г. н. э., вскоре после визита императора на остров.")
add(C,"person","science",
 "В 1928 году Ганс Гейгер и его аспирант Вальтер Мюллер создали счётчик ионизирующих частиц, названный их именами.",
 "In 1928 Hans Geiger developed his improved radiation counter together with his student Otto Hahn.")
add(C,"number","science",
 "In 1736 Leonhard Euler proved that no walk through Königsberg could cross each of its seven bridges exactly once.",
 "Задача о пяти кёнигсбергских мостах, которую Леонард Эйлер решил в 1736 году, положила начало теории графов.")
add(C,"place","geography",
 "Toubkal, the highest peak of the Atlas Mountains at 4,167 metres, rises in northern Tunisia.",
 "Высочайшая вершина Атласских гор — гора Тубкаль (4167 м) на юго-западе Марокко.")
add(C,"number","geography",
 "Волна, поднятая оползнем в заливе Литуя на Аляске 9 июля 1958 г., взметнулась по склону на высоту 524 м.",
 "The giant wave that swept Lituya Bay in Alaska in July 1958 after a rockslide reached only about 52 metres up the slopes.")
add(C,"duration","economy",
 "Экономист Николай Кондратьев в 1920-х годах описал «длинные волны» экономической конъюнктуры продолжительностью около полувека.",
 "The long waves described by the Soviet economist Nikolai Kondratiev are business cycles that last only about five years.")
add(C,"year","economy",
 "Генеральное соглашение по тарифам и торговле (ГАТТ), подписанное в 1947 г., уступило место Всемирной торговой организации в 1985 году.",
 "GATT, signed by 23 countries in Geneva in 1947, was replaced by the World Trade Organization on 1 January 1995.")
add(C,"duration","sport",
 "American yachts held the America's Cup for 132 years, from 1851 until Australia II won it in 1983.",
 "Американцы удерживали Кубок «Америки» всего около тридцати лет, пока в 1983 г. его не выиграла австралийская яхта.")
add(C,"polarity","sport",
 "Ben Johnson kept the 100 metres gold medal he had won at the 1988 Olympic Games in Seoul.",
 "Канадского спринтера Бена Джонсона лишили золотой медали Олимпиады 1988 года в Сеуле в беге на 100 м из-за допинга.")
add(C,"decade","technology",
 "В 1860 году Этьен Ленуар запатентовал газовый двигатель внутреннего сгорания, ставший первым коммерчески успешным.",
 "Étienne Lenoir's gas-fired internal combustion engine, the first to be sold commercially, was patented in the 1890s.")
add(C,"rank","medicine",
 "Элизабет Блэкуэлл, получившая диплом врача в 1849 году, была лишь третьей женщиной в США с медицинским дипломом.",
 "In 1849 Elizabeth Blackwell became the first woman in the United States to receive a medical degree, from Geneva Medical College in New York.")
add(C,"place","medicine",
 "Gavriil Ilizarov developed his external fixator for healing and lengthening bones in the 1950s in the Kurgan region of the Soviet Union.",
 "Аппарат Илизарова для сращивания и удлинения костей был создан в Одессе, где хирург проработал всю жизнь.")
add(C,"organisation","law",
 "Первая Гаагская мирная конференция, собравшаяся в 1899 г., учредила Лигу Наций.",
 "The first Hague Peace Conference of 1899 adopted conventions on the laws of war and set up the Permanent Court of Arbitration.")
add(C,"polarity","law",
 "In the Locarno treaties of 1925 Germany accepted its western borders with France and Belgium as final.",
 "По Локарнским договорам 1925 года Германия так и не признала своих западных границ с Францией и Бельгией.")
add(C,"place","transport",
 "Компания Harley-Davidson основана в 1903 году в Милуоки, штат Висконсин, где и сегодня находится её штаб-квартира.",
 "Harley-Davidson, the motorcycle maker founded in 1903, started out in a small wooden shed in Detroit, Michigan.")
add(C,"year","food",
 "J. C. Jacobsen founded the Carlsberg brewery in Copenhagen in 1847 and named it after his son Carl.",
 "Пивоварню Carlsberg в Копенгагене основал Якоб Кристиан Якобсен в 1947 году.")
add(C,"decade","music",
 "Первый фестиваль в Гластонбери на ферме Майкла Ивиса в графстве Сомерсет прошёл в 1990-х годах.",
 "The first Glastonbury Festival was held at Michael Eavis's Worthy Farm in September 1970, the day after Jimi Hendrix died.")
add(C,"scale","astronomy",
 "The gravitational waves LIGO detected on 14 September 2015 came from two black holes merging about 1.3 billion light years away.",
 "Гравитационные волны, впервые зарегистрированные обсерваторией LIGO в 2015 г., пришли от слияния двух чёрных дыр на расстоянии около 1,3 млн световых лет.")
add(C,"number","astronomy",
 "Согласно расчётам Субраманьяна Чандрасекара, масса белого карлика не может превышать примерно 14 масс Солнца.",
 "Subrahmanyan Chandrasekhar showed that a white dwarf cannot be more massive than about 1.4 times the Sun.")
add(C,"year","literature",
 "Ilya Ilf and Yevgeny Petrov published The Twelve Chairs, the first novel about the conman Ostap Bender, in 1938.",
 "Роман Ильфа и Петрова «Двенадцать стульев», где впервые появился Остап Бендер, был опубликован в 1928 г.")
add(C,"organisation","literature",
 "Ivan Krylov, Russia's best-known writer of fables, worked for almost thirty years at the Imperial Public Library in St Petersburg.",
 "Баснописец Иван Крылов почти три десятилетия прослужил в Императорской академии художеств.")
add(C,"percent","energy",
 "На Демократическую Республику Конго приходится около 70 % мировой добычи кобальта, нужного для литий-ионных аккумуляторов.",
 "The Democratic Republic of the Congo mines only about 7 percent of the world's cobalt.")
add(C,"polarity","biology",
 "Электрический угорь — настоящий угорь, близкий родственник европейского речного угря.",
 "Despite its name, the electric eel is not a true eel at all but a South American knifefish.")
add(C,"month","biology",
 "Lonesome George, the last known Pinta Island giant tortoise, died at the Charles Darwin Research Station in June 2012.",
 "Одинокий Джордж, последняя гигантская черепаха с острова Пинта, умер в декабре 2012 года.")
add(C,"number","environment",
 "When the tanker Amoco Cadiz ran aground off Brittany in March 1978, it spilled only about 2,000 tonnes of crude oil.",
 "В марте 1978 г. у берегов Бретани разбился танкер «Амоко Кадис», и в море вылилось около 220 тыс. т нефти.")
add(C,"organisation","culture",
 "«Иваново детство» Андрея Тарковского в 1962 году получило «Золотого медведя» Берлинского кинофестиваля.",
 "Andrei Tarkovsky's first feature film, Ivan's Childhood, won the Golden Lion at the Venice Film Festival in 1962.")
add(C,"person","news",
 "Кэмп-Дэвидские соглашения между Египтом и Израилем были заключены в сентябре 1978 г. при посредничестве президента США Джимми Картера.",
 "The Camp David Accords between Egypt and Israel were brokered in 1978 by US President Richard Nixon.")
add(C,"money","economy",
 "After Nick Leeson's unauthorised trading in Singapore brought it down in 1995, Barings Bank was bought by the Dutch group ING for one pound.",
 "Рухнувший в 1995 г. из-за махинаций трейдера Ника Лисона банк Barings голландская группа ING купила за 1 млрд фунтов стерлингов.")

# ---------------- related (10): same subject as a comparable row, different true facts
rel = []
def radd(domain, x, y):
    assert {_lang(x), _lang(y)} == {E, R}, (x, y)
    rel.append(dict(a=x, b=y, lang_a=_lang(x), lang_b=_lang(y), label="related", slot="topic", domain=domain))

radd("science",
 "Nikolai Lobachevsky was born in the Volga city of Nizhny Novgorod in 1792.",
 "В 1827 году Николай Лобачевский был избран ректором Казанского университета.")
radd("sport",
 "Хайле Гебреселассие дважды выигрывал олимпийское золото на дистанции 10 000 м — в Атланте и Сиднее.",
 "Haile Gebrselassie set a marathon world record of 2:03:59 in Berlin in 2008.")
radd("literature",
 "Ivan Krylov's first book of fables came out in 1809.",
 "Иван Андреевич Крылов родился в Москве в 1769 году, в семье бедного армейского офицера.")
radd("medicine",
 "Элизабет Блэкуэлл родилась в 1821 году в английском Бристоле и в детстве переехала с семьёй в США.",
 "Elizabeth Blackwell received her medical degree in 1849 in the state of New York.")
radd("food",
 "The Carlsberg Foundation, set up by J. C. Jacobsen in 1876, still holds a controlling stake in the brewery.",
 "Пивоварня Carlsberg была основана в датской столице Копенгагене в 1847 году.")
radd("music",
 "Фестиваль в Гластонбери ежегодно проходит на ферме Уэрти-Фарм в английском графстве Сомерсет.",
 "Tickets for the first Glastonbury Festival in 1970 cost one pound and came with free milk from the farm.")
radd("biology",
 "Lonesome George was found on Pinta Island in the Galápagos in 1971.",
 "Гигантская черепаха по прозвищу Одинокий Джордж умерла в 2012 году.")
radd("environment",
 "Танкер «Амоко Кадис» сел на скалы у деревни Портсаль в Бретани.",
 "The Amoco Cadiz was a supertanker sailing under the Liberian flag.")
radd("architecture",
 "Hadrian's Wall runs for about 117 kilometres, from the River Tyne to the Solway Firth.",
 "В 1987 году вал Адриана был включён в список объектов Всемирного наследия ЮНЕСКО.")
radd("environment",
 "Река Кайахога, протекающая через город Кливленд в штате Огайо, впадает в озеро Эри.",
 "The Cuyahoga had caught fire more than a dozen times before 1969, the first time in 1868.")

import json, collections, os
assert len(rows) == 60 and len(rel) == 10, (len(rows), len(rel))
HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, "comparable_heldout27.jsonl"), "w", encoding="utf-8") as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "related_heldout27.jsonl"), "w", encoding="utf-8") as f:
    for r in rel: f.write(json.dumps(r, ensure_ascii=False) + "\n")

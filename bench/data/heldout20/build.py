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
 "The Jacobite army of Charles Edward Stuart was crushed by the Duke of Cumberland's troops on Culloden Moor, near Inverness, on 16 April 1746.",
 "Сражение при Каллодене 16.04.1746 стало последней крупной битвой, произошедшей на территории Великобритании.")
add(A,"month","history",
 "Летом 1960 г. Сиримаво Бандаранаике, возглавившая правительство Цейлона, стала первой в мире женщиной на посту премьер-министра.",
 "Sirimavo Bandaranaike became the world's first female prime minister in July 1960, after her party won a general election in Ceylon.")
add(A,"number","science",
 "On the absolute temperature scale proposed in 1848 by William Thomson, later Lord Kelvin, zero corresponds to −273.15 degrees Celsius.",
 "Абсолютный нуль температуры, то есть 0 К, примерно равен минус 273 градусам по шкале Цельсия.")
add(A,"year","science",
 "Антуан Лоран Лавуазье, один из основоположников современной химии, был казнён на гильотине в Париже весной 1794 года.",
 "Antoine Lavoisier, the chemist who gave oxygen and hydrogen their modern names, was guillotined during the Reign of Terror in 1794.")
add(A,"number","geography",
 "Lhotse, which rises to 8,516 metres on the border of Nepal and Tibet, is the fourth-highest mountain on Earth.",
 "Соседняя с Эверестом вершина Лхоцзе высотой около 8,5 км занимает четвёртое место среди высочайших гор мира.")
add(A,"place","geography",
 "Девять вулканических островов Азорского архипелага посреди Атлантики входят в состав Португалии на правах автономного региона.",
 "The Azores, a group of nine volcanic islands in the North Atlantic, are an autonomous region of Portugal.")
add(A,"month","economy",
 "In June 1948 the Deutsche Mark replaced the Reichsmark as the currency of the three western occupation zones of Germany.",
 "Денежная реформа, проведённая летом 1948 г. в западных зонах оккупации, ввела в обращение немецкую марку вместо рейхсмарки.")
add(A,"year","economy",
 "Компанию LEGO основал в 1932 г. столяр Оле Кирк Кристиансен в небольшом датском городке Биллунн.",
 "The Danish toymaker LEGO traces its history to 1932, when the carpenter Ole Kirk Christiansen started making wooden toys in Billund.")
add(A,"year","sport",
 "The Norwegian town of Lillehammer staged the Winter Olympics in 1994, only two years after the Games in Albertville.",
 "Зимние Олимпийские игры 1994 г. в Лиллехаммере стали первыми, которые прошли не в один год с летними.")
add(A,"number","sport",
 "На Олимпиаде 1972 г. в Мюнхене семнадцатилетняя Ольга Корбут завоевала три золотые медали и одну серебряную.",
 "Soviet gymnast Olga Korbut won three gold medals and a silver at the 1972 Munich Games, becoming the darling of the crowd.")
add(A,"year","technology",
 "John Logie Baird gave the first demonstration of television with moving, shaded images to scientists in London in January 1926.",
 "Шотландский изобретатель Джон Логи Бэрд впервые публично показал действующее телевидение в 1926 году в Лондоне.")
add(A,"decade","technology",
 "Кевлар — сверхпрочное арамидное волокно — создала в середине 1960-х гг. химик компании DuPont Стефани Кволек.",
 "Stephanie Kwolek, a DuPont chemist, discovered in 1965 the aramid fibre that the company later sold as Kevlar.")
add(A,"year","medicine",
 "Gerhard Domagk, who showed that the red dye Prontosil cured streptococcal infections, was awarded the 1939 Nobel Prize but the Nazi government forced him to decline it.",
 "Нобелевскую премию 1939 г. за открытие антибактериального действия пронтозила Герхард Домагк по требованию властей Третьего рейха был вынужден отклонить.")
add(A,"place","medicine",
 "В 1929 г. молодой врач Вернер Форсман в больнице немецкого городка Эберсвальде ввёл катетер в собственное сердце.",
 "Werner Forssmann performed the first cardiac catheterisation on himself in 1929 at a small hospital in Eberswalde, near Berlin.")
add(A,"century","law",
 "The Peace of Augsburg, concluded in 1555, allowed each prince of the Holy Roman Empire to choose between Lutheranism and Catholicism for his lands.",
 "Аугсбургский религиозный мир середины XVI века закрепил в Священной Римской империи принцип «чья власть, того и вера».")
add(A,"date","law",
 "С 2021 г. федеральным праздником США стал Джунтинс — 19 июня, день, когда в 1865 году весть об освобождении дошла до рабов Техаса.",
 "Juneteenth commemorates 19 June 1865, when Union troops arriving in Galveston announced that all enslaved people in Texas were free.")
add(A,"year","transport",
 "Built for the China tea trade, the clipper Cutty Sark was launched at Dumbarton in Scotland in 1869.",
 "Знаменитый чайный клипер «Катти Сарк», спущенный на воду в 1869 г., ныне стоит в сухом доке в лондонском Гринвиче.")
add(A,"decade","food",
 "Чай «Эрл Грей» с маслом бергамота назван в честь графа Чарльза Грея, возглавлявшего британское правительство в 1830-х годах.",
 "Earl Grey tea, flavoured with oil of bergamot, takes its name from Charles Grey, 2nd Earl Grey, British prime minister from 1830 to 1834.")
add(A,"year","music",
 "Hector Berlioz's Symphonie fantastique was first performed at the Paris Conservatoire in December 1830.",
 "«Фантастическая симфония» Гектора Берлиоза впервые прозвучала в Париже в 1830 г., всего через три года после смерти Бетховена.")
add(A,"date","music",
 "Дэвид Боуи скончался 10 января 2016 г. — через два дня после своего 69-летия и выхода альбома Blackstar.",
 "David Bowie died of cancer in New York in January 2016, just after releasing his final album, Blackstar.")
add(A,"number","astronomy",
 "Alpha Centauri, the star system closest to the Sun, lies about 4.4 light-years away.",
 "До ближайшей к Солнцу звёздной системы Альфа Центавра около 41 трлн км.")
add(A,"date","astronomy",
 "Весной 2019 г. международный проект Event Horizon Telescope представил первое изображение чёрной дыры — в центре галактики M87.",
 "On 10 April 2019 astronomers of the Event Horizon Telescope collaboration released the first image of a black hole, the giant one in the galaxy M87.")
add(A,"year","architecture",
 "In 2012 the clock tower of the Palace of Westminster, which houses Big Ben, was renamed Elizabeth Tower for the Queen's Diamond Jubilee.",
 "Башню с колоколом Биг-Бен переименовали в башню Елизаветы в год бриллиантового юбилея королевы Елизаветы II, то есть в 2012 г.")
add(A,"year","literature",
 "Первое издание «Калевалы», собранной из карельских и финских рун Элиасом Лённротом, вышло в 1835 г.",
 "Elias Lönnrot published the first version of the Kalevala, the Finnish national epic, in 1835; Finland celebrates Kalevala Day on 28 February.")
add(A,"polarity","literature",
 "Jaroslav Hašek died in 1923 before he could finish The Good Soldier Švejk, which breaks off in the middle of its fourth part.",
 "Роман «Похождения бравого солдата Швейка» остался незаконченным: Ярослав Гашек умер в 1923 году, не дописав его.")
add(A,"century","energy",
 "В итальянском Лардерелло в 1904 г. впервые в мире получили электричество из геотермального пара — его хватило на несколько лампочек.",
 "The world's first electricity from geothermal steam was produced at Larderello in Tuscany at the start of the twentieth century.")
add(A,"decade","biology",
 "In 1676 the Delft draper Antonie van Leeuwenhoek reported to the Royal Society that he had seen tiny living 'animalcules' in water.",
 "Микроорганизмы впервые увидел в 1670-х гг. голландец Антони ван Левенгук, сам шлифовавший линзы для своих микроскопов.")
add(A,"polarity","biology",
 "Обыкновенная кукушка не строит собственного гнезда и не высиживает птенцов, подкладывая яйца другим птицам.",
 "The common cuckoo is a brood parasite: it lays its eggs in the nests of other birds, which then raise its chicks.")
add(A,"year","environment",
 "South Africa's Kruger National Park was proclaimed in 1926, absorbing the Sabie Game Reserve that had been set up in 1898.",
 "Национальный парк Крюгер в ЮАР, один из крупнейших заповедников Африки, получил статус национального парка в 1926 г.")
add(A,"decade","culture",
 "Наскальные росписи пещеры Альтамира на севере Испании обнаружили в конце 1870-х гг. археолог-любитель Марселино Санс де Саутуола и его дочь.",
 "The painted bison on the ceiling of the Altamira cave in Cantabria were first noticed in 1879 by María, the young daughter of Marcelino Sanz de Sautuola.")
# ---------------- contradict (30)
add(C,"opposite predicate","history",
 "At Cannae in 216 BC the Roman legions under the consuls Paullus and Varro decisively defeated Hannibal's army.",
 "В битве при Каннах в 216 г. до н. э. Ганнибал окружил и почти полностью уничтожил превосходившую его численностью римскую армию.")
add(C,"century","history",
 "Битва на реке Калке, в которой монгольское войско разбило объединённые силы русских князей и половцев, произошла в 1223 году.",
 "The battle on the Kalka River, in which Mongol troops crushed the allied Rus' princes and the Cumans, was fought in the fifteenth century.")
add(C,"person","history",
 "In the 1990 Peruvian presidential election the little-known agronomist Alberto Fujimori beat the novelist Mario Vargas Llosa in the run-off.",
 "Второй тур президентских выборов в Перу в 1990 г. выиграл писатель Марио Варгас Льоса, опередив Альберто Фухимори.")
add(C,"year","science",
 "Нобелевскую премию по физике за открытие излучения, носящего его имя, Павел Черенков получил в 1978 году.",
 "Pavel Cherenkov shared the 1958 Nobel Prize in Physics with Igor Tamm and Ilya Frank for the discovery of the radiation named after him.")
add(C,"percent","science",
 "Argon, a noble gas, makes up a little under one percent of the air we breathe, which makes it the third most common gas in the atmosphere.",
 "По объёму на долю инертного газа аргона приходится около 9 % земной атмосферы.")
add(C,"place","geography",
 "Белуха, высочайшая вершина Алтая, возвышается на границе России и Монголии.",
 "Belukha, the highest peak of the Altai Mountains at about 4,500 metres, stands on the border between Russia and Kazakhstan.")
add(C,"rank","geography",
 "Luzon, home to the capital Manila, is the largest and most populous island of the Philippines.",
 "Остров Лусон, на котором расположена Манила, — лишь третий по площади в Филиппинском архипелаге.")
add(C,"scale word","economy",
 "В 1917 г. Дания продала свои Вест-Индские острова Соединённым Штатам за 25 млрд долларов золотом.",
 "The United States bought the Danish West Indies, now the US Virgin Islands, from Denmark for $25 million in gold in 1917.")
add(C,"person","economy",
 "The Swedish telecoms company Ericsson grew out of a Stockholm telegraph repair shop opened in 1876 by Alfred Nobel.",
 "Компания Ericsson ведёт историю с 1876 г., когда Ларс Магнус Эрикссон открыл в Стокгольме мастерскую по ремонту телеграфных аппаратов.")
add(C,"polarity","sport",
 "6 августа 1926 г. американская пловчиха Гертруда Эдерле первой из женщин переплыла Ла-Манш, установив к тому же рекорд времени.",
 "Gertrude Ederle, the American Olympic swimmer, attempted to cross the English Channel in 1926 but did not reach the English coast.")
add(C,"organisation","technology",
 "Jack Kilby built the first working integrated circuit in 1958 while he was an engineer at Texas Instruments.",
 "Первую интегральную схему собрал в 1958 г. инженер корпорации IBM Джек Килби.")
add(C,"century","medicine",
 "Уроженец Пергама Гален, лечивший императора Марка Аврелия, жил и работал во II веке н. э.",
 "The Greek physician Galen of Pergamon, who treated gladiators before serving at the imperial court, lived in the fifth century BC.")
add(C,"month","law",
 "The first Geneva Convention, on the care of wounded soldiers in the field, was signed by twelve states in March 1864.",
 "Первая Женевская конвенция об улучшении участи раненых была подписана 22 августа 1864 г. представителями 12 государств.")
add(C,"polarity (paraphrased)","transport",
 "Изамбард Кингдом Брюнель дожил до торжественного открытия своего Клифтонского висячего моста в Бристоле в 1864 г.",
 "Isambard Kingdom Brunel died in 1859, five years before his Clifton Suspension Bridge over the Avon Gorge was finally opened.")
add(C,"decade","transport",
 "Karl Drais first rode his running machine, a pedal-less wooden two-wheeler and forerunner of the bicycle, in Mannheim in 1817.",
 "Беговую машину — деревянный двухколёсный самокат без педалей, предок велосипеда, — Карл фон Драйс придумал в 1840-х годах.")
add(C,"money","food",
 "В 1810 г. Николя Аппер, придумавший хранить продукты в герметично закупоренных бутылках, получил от французского правительства премию в 12 000 франков.",
 "Nicolas Appert, who preserved food by sealing it in glass bottles and heating them, received a government prize of just 120 francs in 1810.")
add(C,"entity","food",
 "Gorgonzola, the blue-veined cheese of Lombardy and Piedmont, is made from sheep's milk.",
 "Итальянский голубой сыр горгонзолу, производимый в Ломбардии и Пьемонте, делают из цельного коровьего молока.")
add(C,"place","music",
 "Жан-Батист Люлли, придворный композитор Людовика XIV, родился во Флоренции и приехал во Францию подростком.",
 "Jean-Baptiste Lully, who led the music at the court of Louis XIV, was born in Paris in 1632.")
add(C,"duration","astronomy",
 "Comet Encke has the shortest orbital period of any well-known comet, returning to perihelion roughly every 3.3 years.",
 "Короткопериодическая комета Энке возвращается к Солнцу примерно раз в 33 года.")
add(C,"place","architecture",
 "Дворцово-крепостной ансамбль Альгамбра, резиденция эмиров из династии Насридов, возвышается над Севильей.",
 "The Alhambra, the palace and fortress of the Nasrid emirs, stands on a hill above Granada in southern Spain.")
add(C,"date","architecture",
 "Florence Cathedral, crowned by Brunelleschi's great dome, was consecrated by Pope Eugene IV on 25 March 1436.",
 "Собор Санта-Мария-дель-Фьоре с куполом Брунеллески папа Евгений IV освятил 25 мая 1436 г.")
add(C,"organisation","literature",
 "Рукопись «Пеппи Длинныйчулок» Астрид Линдгрен сначала отвергло издательство Bonniers, а в 1945 г. книгу выпустило издательство Rabén & Sjögren.",
 "Astrid Lindgren's Pippi Longstocking was first published in 1945 by the Stockholm house Bonniers.")
add(C,"number","energy",
 "The Kashiwazaki-Kariwa nuclear power plant in Niigata Prefecture, Japan, has only two reactors.",
 "На японской АЭС Касивадзаки-Карива, крупнейшей в мире по установленной мощности, семь энергоблоков общей мощностью около 8 ГВт.")
add(C,"rank","energy",
 "Гавар в Саудовской Аравии — крупнейшее в мире обычное нефтяное месторождение.",
 "Ghawar, in the Eastern Province of Saudi Arabia, is only a modest oil field, far smaller than dozens of others in the Gulf.")
add(C,"duration","biology",
 "The nymphs of North America's periodical cicadas live underground for no more than a year before they emerge.",
 "Периодические цикады рода Magicicada проводят под землёй 13 или 17 лет, а затем массово выходят на поверхность.")
add(C,"decade","environment",
 "Организация Greenpeace была основана в Ванкувере в конце 1980-х годов.",
 "Greenpeace grew out of a small group of activists who sailed from Vancouver in 1971 to protest against US nuclear tests on Amchitka Island.")
add(C,"month","environment",
 "Ash from the eruption of Iceland's Eyjafjallajökull volcano shut down much of European airspace for several days in April 2010.",
 "Извержение исландского вулкана Эйяфьядлайёкюдль, из-за которого на несколько дней закрылось небо над Европой, произошло осенью 2010 г.")
add(C,"number","environment",
 "При катастрофе в валлийском посёлке Аберфан 21 октября 1966 г. отвал угольной шахты накрыл школу; погибли 144 человека, из них 116 детей.",
 "The Aberfan disaster of October 1966, when a colliery spoil tip slid onto a village school in Wales, killed 14 people.")
add(C,"year","culture",
 "Ivan Aivazovsky painted The Ninth Wave, his most famous seascape, in 1890, a decade before his death.",
 "Картина «Девятый вал», самое известное полотно мариниста Ивана Айвазовского, написана в 1850 г.")
add(C,"polarity","culture",
 "Пещеру Ласко с её палеолитическими росписями закрыли для посетителей ещё в 1963 г., и туристы видят лишь её копии.",
 "The original Lascaux cave in the Dordogne has never been closed to visitors since its discovery in 1940.")

# ---------------- related (10): same subject as a comparable row, different true facts
rel = []
def radd(domain, x, y):
    assert {_lang(x), _lang(y)} == {E, R}, (x, y)
    rel.append(dict(a=x, b=y, lang_a=_lang(x), lang_b=_lang(y), label="related", slot="topic", domain=domain))

radd("history", "The Battle of Culloden, the last stand of the Jacobite rising, lasted less than an hour.",
 "Карл Эдуард Стюарт, проигравший битву при Каллодене, в сентябре 1746 г. бежал из Шотландии во Францию.")
radd("geography", "Первыми на вершину Лхоцзе 18 мая 1956 г. поднялись швейцарские альпинисты Эрнст Райс и Фриц Лухзингер.",
 "Lhotse is joined to Everest by the South Col, a windswept saddle at almost 8,000 metres.")
radd("science", "Cherenkov radiation is what makes the water around a working nuclear reactor core glow blue.",
 "Свечение, позже названное его именем, Павел Черенков обнаружил в 1934 г., будучи аспирантом Сергея Вавилова.")
radd("economy", "Датские Вест-Индские острова перешли к США 31 марта 1917 г. и с тех пор называются Виргинскими островами США.",
 "Before the sale, the Danish West Indies had been a Danish colony for about two and a half centuries.")
radd("medicine", "Galen learned much of his anatomy by dissecting Barbary apes and pigs, because human dissection was forbidden in Rome.",
 "Знаменитый врач древности Гален родился в Пергаме около 129 г. н. э.")
radd("transport", "С 1954 г. клипер «Катти Сарк» стоит в сухом доке в Гринвиче как корабль-музей.",
 "Cutty Sark was one of the last tea clippers to be built and one of the fastest sailing ships of her time.")
radd("energy", "After the Fukushima accident of 2011, all seven reactors at Kashiwazaki-Kariwa stood idle for more than a decade.",
 "АЭС Касивадзаки-Карива серьёзно пострадала от землетрясения в префектуре Ниигата в июле 2007 г.")
radd("architecture", "В XVI веке император Карл V построил на территории Альгамбры дворец в стиле Ренессанса.",
 "The Alhambra passed to the Catholic Monarchs when the Emirate of Granada surrendered in 1492.")
radd("literature", "Astrid Lindgren was born in 1907 on a farm near Vimmerby in the Swedish province of Småland.",
 "В 1958 г. Астрид Линдгрен получила Международную премию имени Ханса Кристиана Андерсена.")
radd("environment", "Официальное расследование возложило вину за трагедию в Аберфане на Национальное управление угольной промышленности.",
 "Most of the children killed at Aberfan were pupils of Pantglas Junior School, where lessons had just begun for the day.")

import json, collections, os
assert len(rows) == 60 and len(rel) == 10, (len(rows), len(rel))
HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, "comparable_heldout20.jsonl"), "w", encoding="utf-8") as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "related_heldout20.jsonl"), "w", encoding="utf-8") as f:
    for r in rel: f.write(json.dumps(r, ensure_ascii=False) + "\n")

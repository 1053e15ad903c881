// Place names of the period that the modern gazetteer (GeoNames cities of
// 50,000 people and more, today's countries) lacks: the names cities bore
// before renaming ("Tiflis", "Tsaritsyn", "Reval", "Lemberg"), the older English
// and postal spellings ("Cracow", "Archangel", "Nanking", "Hankow"), regions,
// provinces and states that no longer exist ("Bessarabia", "Courland",
// "Manchukuo"), and the rivers, seas and ranges that texts of any period name.
// Written by hand from general knowledge of 1850–1950 geography, not from any
// text Clio is tested on. Folded as the gazetteer is (lower case, no marks, words
// separated by one space). Left out on purpose: names that are also surnames or
// given names in the same period ("Gorky", "Kirov", "Frunze", "Kuibyshev",
// "Molotov", "Lena", "Don", "Paul").

export const HISTORICAL_PLACES: readonly string[] = [
  // The Russian Empire and the USSR: old names, renamed cities, period spellings.
  'petrograd', 'st petersburg', 'saint petersburg', 'petersburg', 'leningrad', 'tsaritsyn', 'tsaritsin', 'stalingrad',
  'ekaterinburg', 'yekaterinburg', 'sverdlovsk', 'ekaterinodar', 'yekaterinodar', 'ekaterinoslav', 'yekaterinoslav',
  'dnepropetrovsk', 'nizhni novgorod', 'nizhny novgorod', 'kharkov', 'kharkoff', 'kieff', 'odessa', 'nikolaev',
  'nikolayev', 'nikolaiev', 'nicolaieff', 'kherson', 'elisavetgrad', 'yelisavetgrad', 'zinovievsk', 'kirovograd',
  'yuzovka', 'hughesovka', 'stalino', 'lugansk', 'voroshilovgrad', 'simbirsk', 'ulyanovsk', 'tiflis', 'batum', 'batoum',
  'erivan', 'vladikavkaz', 'sukhum', 'archangel', 'helsingfors', 'abo', 'viborg', 'vyborg', 'reval', 'dorpat', 'yuriev',
  'libau', 'windau', 'mitau', 'kovno', 'vilna', 'wilno', 'vilno', 'dvinsk', 'dunaburg', 'mohilev', 'mogilev', 'bobruisk',
  'kishinev', 'kishineff', 'akkerman', 'czernowitz', 'tammerfors', 'hango', 'kronstadt', 'cronstadt', 'oranienbaum',
  'tsarskoe selo', 'tsarskoye selo', 'gatchina', 'peterhof', 'shlisselburg', 'schlusselburg', 'vyatka', 'viatka',
  'perm', 'ufa', 'orenburg', 'uralsk', 'verkhne uralsk', 'verkhneuralsk', 'zlatoust', 'chelyabinsk', 'omsk', 'tomsk',
  'novonikolaevsk', 'barnaul', 'semipalatinsk', 'akmolinsk', 'irkutsk', 'chita', 'verkhneudinsk', 'khabarovsk',
  'blagoveshchensk', 'nikolsk ussuriisk', 'vladivostok', 'tobolsk', 'berezov', 'beryozovo', 'turukhansk', 'narym',
  'yakutsk', 'kolyma', 'magadan', 'vorkuta', 'solovki', 'solovetsky', 'ashkhabad', 'askhabad', 'poltoratsk', 'merv',
  'khiva', 'bokhara', 'bukhara', 'samarkand', 'tashkent', 'kokand', 'alma ata', 'verny', 'vernyi', 'pishpek', 'krasnovodsk',
  // Central Europe and the Balkans under their German, Polish or period names.
  'lemberg', 'lwow', 'lvov', 'cracow', 'krakau', 'posen', 'danzig', 'konigsberg', 'memel', 'breslau', 'stettin',
  'pressburg', 'agram', 'laibach', 'fiume', 'brest litovsk', 'brest litovski', 'constantinople', 'stamboul', 'smyrna',
  'adrianople', 'salonica', 'salonika', 'angora', 'trebizond', 'erzerum', 'scutari', 'uskub',
  // Persia, China and the Far East in the period's romanisations.
  'teheran', 'tabriz', 'meshed', 'resht', 'enzeli', 'port arthur', 'dalny', 'dairen', 'mukden', 'harbin', 'kharbin',
  'tsitsihar', 'peking', 'peiping', 'nanking', 'hankow', 'hankou', 'canton', 'amoy', 'foochow', 'swatow', 'tientsin',
  'tsingtao', 'chungking', 'chengtu', 'wuchang', 'hanyang', 'changsha', 'kiukiang', 'kalgan', 'urga', 'kiakhta', 'yenan',
  'sian', 'whampoa', 'shanghai', 'wuhan', 'batavia', 'rangoon', 'bombay', 'calcutta', 'madras',
  // Countries, provinces and regions of the period.
  'russia', 'soviet russia', 'soviet union', 'ussr', 'persia', 'siam', 'abyssinia', 'ceylon', 'formosa', 'manchukuo',
  'mesopotamia', 'transjordan', 'rhodesia', 'gold coast', 'dutch east indies', 'indochina', 'tonkin', 'annam',
  'cochinchina', 'esthonia', 'courland', 'livonia', 'estland', 'bessarabia', 'galicia', 'bukovina', 'volhynia', 'podolia',
  'ruthenia', 'transcaucasia', 'turkestan', 'turkmenia', 'kirghizia', 'belorussia', 'byelorussia', 'white russia',
  'little russia', 'crimea', 'kuban', 'donbass', 'donbas', 'caucasus', 'urals', 'siberia', 'western siberia',
  'eastern siberia', 'kamchatka', 'sakhalin', 'yakutia', 'karelia', 'ingria', 'lapland', 'bohemia', 'moravia', 'silesia',
  'upper silesia', 'sudetenland', 'ruhr', 'rhineland', 'saar', 'alsace', 'lorraine', 'transylvania', 'dobruja',
  'dobrudja', 'macedonia', 'montenegro', 'serbia', 'croatia', 'bosnia', 'herzegovina', 'dalmatia', 'manchuria',
  'mongolia', 'outer mongolia', 'inner mongolia', 'tibet', 'sinkiang', 'xinjiang', 'turkistan', 'austria hungary',
  'ottoman empire', 'prussia', 'east prussia', 'bavaria', 'saxony', 'catalonia', 'andalusia', 'aragon', 'castile',
  'asturias', 'navarre', 'flanders', 'wallonia', 'ulster', 'far east', 'near east', 'middle east', 'central asia',
  'eastern europe', 'western europe', 'central europe', 'balkans', 'scandinavia', 'levant',
  // Rivers, seas, lakes and ranges.
  'volga', 'dnieper', 'dniepr', 'dniester', 'neva', 'dvina', 'vistula', 'oder', 'danube', 'rhine', 'elbe', 'seine', 'thames',
  'ural', 'kama', 'obi', 'irtysh', 'yenisei', 'yenisey', 'amur', 'ussuri', 'yangtze', 'yangtse', 'black sea', 'caspian',
  'caspian sea', 'baltic', 'baltic sea', 'white sea', 'sea of azov', 'sea of marmara', 'sea of marmora', 'lake baikal',
  'lake ladoga', 'pacific', 'atlantic', 'arctic', 'mediterranean', 'bosphorus', 'bosporus', 'dardanelles', 'carpathians',
  'alps', 'pyrenees', 'pamirs', 'altai', 'tian shan',
];

/** Nationality and regional adjectives of the period that today's list of countries lacks. */
export const HISTORICAL_DEMONYMS: readonly string[] = ['persian', 'prussian', 'yugoslav', 'czechoslovak', 'ottoman', 'bohemian', 'bavarian', 'siamese', 'abyssinian', 'manchurian', 'galician', 'bessarabian', 'tatar', 'tartar',
  'lettish', 'esthonian', 'livonian', 'ruthenian', 'byelorussian', 'belorussian', 'kazakh', 'kirghiz', 'uzbek', 'tajik', 'turkmen',
  'bashkir', 'chuvash', 'buryat', 'yakut', 'circassian', 'chechen', 'ingush', 'ossetian', 'abkhaz', 'mingrelian', 'manchu'];

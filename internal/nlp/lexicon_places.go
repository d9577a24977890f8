package nlp

// countryTable lists countries: ISO 3166-1 alpha-2 code | names | the
// nationality adjectives and plurals. Built from the ISO 3166 English short
// names and their common demonyms.
const countryTable = `
AF|Afghanistan|Afghan;Afghans
AL|Albania|Albanian;Albanians
DZ|Algeria|Algerian;Algerians
AO|Angola|Angolan;Angolans
AR|Argentina|Argentine;Argentinian;Argentinians
AM|Armenia|Armenian;Armenians
AU|Australia|Australian;Australians
AT|Austria|Austrian;Austrians
AZ|Azerbaijan|Azerbaijani;Azeri;Azerbaijanis;Azeris
BH|Bahrain|Bahraini;Bahrainis
BD|Bangladesh|Bangladeshi;Bangladeshis
BY|Belarus|Belarusian;Belarusians;Belarussian
BE|Belgium|Belgian;Belgians
BA|Bosnia and Herzegovina;Bosnia|Bosnian;Bosnians
BR|Brazil|Brazilian;Brazilians
BG|Bulgaria|Bulgarian;Bulgarians
BF|Burkina Faso|Burkinabe
MM|Myanmar;Burma|Burmese;Myanmarese
KH|Cambodia|Cambodian;Cambodians
CM|Cameroon|Cameroonian;Cameroonians
CA|Canada|Canadian;Canadians
CF|Central African Republic|Central African
TD|Chad|Chadian;Chadians
CL|Chile|Chilean;Chileans
CN|China;People's Republic of China;PRC|Chinese
CO|Colombia|Colombian;Colombians
CD|Democratic Republic of the Congo;DR Congo;DRC|Congolese
HR|Croatia|Croatian;Croatians;Croat;Croats
CU|Cuba|Cuban;Cubans
CY|Cyprus|Cypriot;Cypriots
CZ|Czech Republic;Czechia|Czech;Czechs
DK|Denmark|Danish;Danes
EG|Egypt|Egyptian;Egyptians
ER|Eritrea|Eritrean;Eritreans
EE|Estonia|Estonian;Estonians
ET|Ethiopia|Ethiopian;Ethiopians
FI|Finland|Finnish;Finns
FR|France|French
GE|Georgia|Georgian;Georgians
DE|Germany|German;Germans
GH|Ghana|Ghanaian;Ghanaians
GR|Greece|Greek;Greeks
HU|Hungary|Hungarian;Hungarians
IN|India|Indian;Indians
ID|Indonesia|Indonesian;Indonesians
IR|Iran|Iranian;Iranians
IQ|Iraq|Iraqi;Iraqis
IE|Ireland|Irish
IL|Israel|Israeli;Israelis
IT|Italy|Italian;Italians
JP|Japan|Japanese
JO|Jordan|Jordanian;Jordanians
KZ|Kazakhstan|Kazakh;Kazakhstani;Kazakhs
KE|Kenya|Kenyan;Kenyans
KP|North Korea;DPRK|North Korean;North Koreans
KR|South Korea;Republic of Korea|South Korean;South Koreans;Korean;Koreans
XK|Kosovo|Kosovar;Kosovan
KW|Kuwait|Kuwaiti;Kuwaitis
KG|Kyrgyzstan|Kyrgyz
LV|Latvia|Latvian;Latvians
LB|Lebanon|Lebanese
LY|Libya|Libyan;Libyans
LT|Lithuania|Lithuanian;Lithuanians
ML|Mali|Malian;Malians
MY|Malaysia|Malaysian;Malaysians
MX|Mexico|Mexican;Mexicans
MD|Moldova|Moldovan;Moldovans
MN|Mongolia|Mongolian;Mongolians;Mongol
ME|Montenegro|Montenegrin;Montenegrins
MA|Morocco|Moroccan;Moroccans
MZ|Mozambique|Mozambican;Mozambicans
NL|Netherlands;Holland|Dutch
NZ|New Zealand|New Zealander;New Zealanders
NE|Niger|Nigerien
NG|Nigeria|Nigerian;Nigerians
MK|North Macedonia;Macedonia|Macedonian;Macedonians
NO|Norway|Norwegian;Norwegians
OM|Oman|Omani;Omanis
PK|Pakistan|Pakistani;Pakistanis
PS|Palestine;State of Palestine|Palestinian;Palestinians
PH|Philippines|Filipino;Filipinos;Philippine
PL|Poland|Polish;Poles
PT|Portugal|Portuguese
QA|Qatar|Qatari;Qataris
RO|Romania|Romanian;Romanians
RU|Russia;Russian Federation|Russian;Russians
RW|Rwanda|Rwandan;Rwandans
SA|Saudi Arabia|Saudi;Saudis
RS|Serbia|Serbian;Serbians;Serb;Serbs
SG|Singapore|Singaporean;Singaporeans
SK|Slovakia|Slovak;Slovakian;Slovaks
SI|Slovenia|Slovenian;Slovene;Slovenians
SO|Somalia|Somali;Somalis
ZA|South Africa|South African;South Africans
SS|South Sudan|South Sudanese
ES|Spain|Spanish;Spaniards
LK|Sri Lanka|Sri Lankan;Sri Lankans
SD|Sudan|Sudanese
SE|Sweden|Swedish;Swedes
CH|Switzerland|Swiss
SY|Syria|Syrian;Syrians
TW|Taiwan|Taiwanese
TJ|Tajikistan|Tajik;Tajiks
TH|Thailand|Thai;Thais
TN|Tunisia|Tunisian;Tunisians
TR|Turkey;Türkiye|Turkish;Turks
TM|Turkmenistan|Turkmen
UG|Uganda|Ugandan;Ugandans
UA|Ukraine|Ukrainian;Ukrainians
AE|United Arab Emirates;UAE|Emirati;Emiratis
GB|United Kingdom;UK;Britain;Great Britain|British;Britons
US|United States;United States of America;US;U.S.;USA;America|American;Americans
UZ|Uzbekistan|Uzbek;Uzbeks
VE|Venezuela|Venezuelan;Venezuelans
VN|Vietnam;Viet Nam|Vietnamese
YE|Yemen|Yemeni;Yemenis
ZM|Zambia|Zambian;Zambians
ZW|Zimbabwe|Zimbabwean;Zimbabweans
SU|Soviet Union;USSR|Soviet;Soviets
`

// placeTable lists other places a news text often names: cities, regions,
// seas, with their country (empty for regions across countries).
const placeTable = `
Kyiv;Kiev|UA
Kharkiv;Kharkov|UA
Odesa;Odessa|UA
Lviv|UA
Dnipro|UA
Zaporizhzhia|UA
Kherson|UA
Mariupol|UA
Donetsk|UA
Luhansk|UA
Bakhmut|UA
Avdiivka|UA
Pokrovsk|UA
Sumy|UA
Chernihiv|UA
Crimea|UA
Donbas;Donbass|UA
Sevastopol|UA
Moscow|RU
Saint Petersburg;St. Petersburg;St Petersburg|RU
Kursk|RU
Belgorod|RU
Bryansk|RU
Rostov-on-Don|RU
Irkutsk|RU
Murmansk|RU
Olenya|RU
Engels|RU
Novosibirsk|RU
Vladivostok|RU
Kaliningrad|RU
Siberia|RU
Chechnya|RU
Minsk|BY
Beijing|CN
Shanghai|CN
Hong Kong|CN
Xinjiang|CN
Tibet|CN
Taipei|TW
Tokyo|JP
Seoul|KR
Pyongyang|KP
Vilnius|LT
Riga|LV
Tallinn|EE
Warsaw|PL
Berlin|DE
Paris|FR
London|GB
Brussels|BE
The Hague|NL
Washington|US
New York|US
Ankara|TR
Istanbul|TR
Tehran|IR
Baghdad|IQ
Damascus|SY
Aleppo|SY
Beirut|LB
Jerusalem|IL
Tel Aviv|IL
Gaza;Gaza Strip|PS
West Bank|PS
Cairo|EG
Riyadh|SA
Doha|QA
Sanaa|YE
Kabul|AF
Islamabad|PK
New Delhi;Delhi|IN
Kashmir|
Khartoum|SD
Darfur|SD
Tripoli|LY
Addis Ababa|ET
Tigray|ET
Mogadishu|SO
Nairobi|KE
Bamako|ML
Caracas|VE
Manila|PH
Hanoi|VN
Bangkok|TH
Yangon|MM
Canberra|AU
Ottawa|CA
Tbilisi|GE
Yerevan|AM
Baku|AZ
Nagorno-Karabakh|AZ
Chisinau|MD
Transnistria|MD
Budapest|HU
Bucharest|RO
Sofia|BG
Belgrade|RS
Helsinki|FI
Stockholm|SE
Oslo|NO
Copenhagen|DK
Rome|IT
Madrid|ES
Lisbon|PT
Athens|GR
Vienna|AT
Prague|CZ
Bratislava|SK
Geneva|CH
Europe|
Asia|
Africa|
Middle East|
Indo-Pacific|
Asia-Pacific|
Pacific|
Arctic|
Baltic|
Baltics|
Balkans|
Caucasus|
Black Sea|
Sea of Azov|
Baltic Sea|
Mediterranean|
Red Sea|
South China Sea|
Taiwan Strait|
Persian Gulf|
Gulf of Aden|
Strait of Hormuz|
Sahel|
Horn of Africa|
Central Asia|
Eastern Europe|
Western Europe|
Far East|RU
Kamchatka|RU
Ural Mountains;Urals|RU
`

// nationalityPrefixes combine into compound adjectives: "Sino-Russian".
var nationalityPrefixes = map[string]string{
	"sino": "CN", "russo": "RU", "franco": "FR", "anglo": "GB", "indo": "IN", "german": "DE", "soviet": "SU",
	"american": "US", "ukrainian": "UA", "turko": "TR", "irano": "IR", "israeli": "IL", "polish": "PL",
}

// placeSuffixes make a capitalised name a place: "Irkutsk Oblast",
// "Belaya Air Base". Two-word suffixes are written with a space.
var placeSuffixes = setOf("oblast", "region", "province", "krai", "kray", "district", "county", "republic",
	"island", "islands", "sea", "ocean", "river", "mountains", "strait", "peninsula", "airbase", "airfield",
	"airport", "base", "port", "bay", "gulf", "city", "village", "valley", "lake", "desert", "raion", "okrug",
	"governorate", "state", "territory", "coast", "heights", "square", "street", "bridge", "dam", "plant",
	"station", "refinery", "harbour", "harbor", "canal", "corridor", "border", "crossing", "highway")

package nlp

// orgTable lists organisations that news on armed conflict names often:
// acronym | full name; other names | country | official social accounts.
// Built from the organisations' own public sites and accounts.
const orgTable = `
SBU|Security Service of Ukraine|UA|@ServiceSsu;@SBUkr
GUR;HUR|Main Directorate of Intelligence;Defence Intelligence of Ukraine|UA|@DI_Ukraine
|Ministry of Defence of Ukraine;Defense of Ukraine;Ukrainian Ministry of Defence|UA|@DefenceU
AFU|Armed Forces of Ukraine;Ukrainian Armed Forces|UA|@GeneralStaffUA
|General Staff of the Armed Forces of Ukraine;Ukraine's General Staff|UA|
SSU|State Security Service|UA|
FSB|Federal Security Service|RU|
GRU|Main Intelligence Directorate|RU|
SVR|Foreign Intelligence Service|RU|
|Russian Ministry of Defence;Russian Defence Ministry;Russian Defense Ministry;Ministry of Defence of the Russian Federation|RU|@mod_russia
|Kremlin|RU|@KremlinRussia_E
|Wagner Group;Wagner|RU|
|Rosatom|RU|
|Gazprom|RU|
PLA|People's Liberation Army|CN|
CCP;CPC|Chinese Communist Party;Communist Party of China|CN|
NATO|North Atlantic Treaty Organization;North Atlantic Alliance||@NATO
UN|United Nations||@UN
UNSC|United Nations Security Council;UN Security Council||
UNHCR|UN Refugee Agency;United Nations High Commissioner for Refugees||@Refugees
IAEA|International Atomic Energy Agency||@iaeaorg
ICC|International Criminal Court||@IntlCrimCourt
ICRC|International Committee of the Red Cross||@ICRC
EU|European Union||@EU_Commission
|European Commission||@EU_Commission
OSCE|Organization for Security and Co-operation in Europe||@OSCE
WHO|World Health Organization||@WHO
IMF|International Monetary Fund||@IMFNews
|World Bank||@WorldBank
G7|Group of Seven||
ASEAN|Association of Southeast Asian Nations||@ASEAN
AU|African Union||@_AfricanUnion
SCO|Shanghai Cooperation Organisation;Shanghai Cooperation Organization||
BRICS|BRICS||
ISW|Institute for the Study of War|US|@TheStudyofWar
IISS|International Institute for Strategic Studies|GB|@IISS_org
RUSI|Royal United Services Institute|GB|@RUSI_org
SIPRI|Stockholm International Peace Research Institute|SE|@SIPRIorg
CSIS|Center for Strategic and International Studies|US|@CSIS
|RAND Corporation;RAND|US|@RANDCorporation
ACLED|Armed Conflict Location & Event Data Project||@ACLEDINFO
DoD|Department of Defense;Pentagon;US Department of Defense|US|@DeptofDefense
CIA|Central Intelligence Agency|US|@CIA
FBI|Federal Bureau of Investigation|US|@FBI
|White House|US|@WhiteHouse
|State Department;US State Department;Department of State|US|@StateDept
|Congress|US|
MoD|Ministry of Defence|GB|@DefenceHQ
IDF|Israel Defense Forces|IL|@IDF
|Hamas|PS|
|Hezbollah|LB|
IRGC|Islamic Revolutionary Guard Corps;Revolutionary Guards|IR|
ISIS;ISIL|Islamic State||
|Houthis;Ansar Allah|YE|
|Taliban|AF|
|Reuters||@Reuters
AP|Associated Press||@AP
AFP|Agence France-Presse||@AFP
BBC|British Broadcasting Corporation|GB|@BBCWorld
CNN|CNN|US|@CNN
|TASS|RU|@tassagency_en
|RIA Novosti|RU|
|Xinhua|CN|@XHNews
|Ukrinform|UA|@UKRINFORM
|Kyiv Independent|UA|@KyivIndependent
|The Defense Post;Defense Post||@TheDefensePost

`

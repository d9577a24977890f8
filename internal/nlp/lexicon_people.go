package nlp

// titleWords are the head words of a person's title or role: the name
// follows them ("Defense Minister Dovilė Šakalienė") or they follow the
// name in an apposition ("James Horncastle, Assistant Professor").
var titleWords = setOf(
	"minister", "president", "vice", "prime", "premier", "chancellor", "secretary", "general", "gen", "gen.",
	"lieutenant", "lt", "lt.", "colonel", "col", "col.", "major", "maj", "maj.", "captain", "capt", "capt.",
	"sergeant", "sgt", "sgt.", "admiral", "adm", "adm.", "commander", "commander-in-chief", "marshal",
	"brigadier", "corporal", "private", "officer", "chief", "head", "director", "deputy", "spokesman",
	"spokeswoman", "spokesperson", "spokespeople", "ambassador", "envoy", "governor", "mayor", "senator",
	"sen", "sen.", "representative", "rep", "rep.", "congressman", "congresswoman", "lawmaker", "mp", "mep",
	"king", "queen", "prince", "princess", "pope", "sheikh", "emir", "sultan", "ayatollah", "imam", "bishop",
	"patriarch", "professor", "prof", "prof.", "dr", "dr.", "doctor", "mr", "mr.", "mrs", "mrs.", "ms", "ms.",
	"analyst", "expert", "researcher", "fellow", "adviser", "advisor", "aide", "chairman", "chairwoman",
	"chairperson", "chair", "ceo", "founder", "editor", "correspondent", "reporter", "journalist", "lecturer",
	"dean", "rector", "judge", "justice", "prosecutor", "attorney", "lawyer", "leader", "commissioner",
	"inspector", "superintendent", "councillor", "councilor", "speaker", "mufti", "rabbi", "cardinal",
	"colonel-general", "lieutenant-general", "major-general", "rear", "field", "staff", "assistant",
	"associate", "senior", "junior", "executive", "principal", "coordinator", "delegate", "consul",
	"attaché", "attache", "official", "officials", "negotiator", "militant", "commander-general",
)

// roleDomains qualify a title: "Defense Minister", "Foreign Affairs
// Secretary".
var roleDomains = setOf(
	"defense", "defence", "foreign", "interior", "finance", "justice", "health", "economy", "economic",
	"energy", "trade", "security", "intelligence", "military", "national", "state", "home", "affairs",
	"armed", "forces", "army", "navy", "naval", "air", "force", "deputy", "first", "acting", "former", "ex",
	"chief", "top", "senior", "general", "joint", "staff", "international", "relations", "political",
	"science", "history", "studies", "strategic", "emeritus", "regional", "local", "public", "press",
	"presidential", "ministry", "office", "department", "council", "committee", "parliamentary", "opposition",
	"federal", "provincial", "legal", "policy", "research", "war", "crimes", "human", "rights", "culture",
	"education", "agriculture", "transport", "infrastructure", "digital", "technology", "veterans", "labour",
	"labor", "environment", "climate", "european", "nato", "un", "us", "eu", "deputy-minister", "vice-president",
)

// givenNames are common first names across the languages of the news a
// geowire installation reads; a capitalised pair that starts with one is a
// person. Drawn from public lists of frequent given names.
var givenNames = setOf(
	"james", "john", "robert", "michael", "william", "david", "richard", "joseph", "thomas", "charles",
	"christopher", "daniel", "matthew", "anthony", "mark", "donald", "steven", "paul", "andrew", "joshua",
	"kenneth", "kevin", "brian", "george", "timothy", "ronald", "edward", "jason", "jeffrey", "ryan", "jacob",
	"gary", "nicholas", "eric", "jonathan", "stephen", "larry", "justin", "scott", "brandon", "benjamin",
	"samuel", "gregory", "alexander", "frank", "patrick", "raymond", "jack", "dennis", "jerry", "tyler",
	"aaron", "jose", "adam", "nathan", "henry", "douglas", "zachary", "peter", "kyle", "ethan", "walter",
	"noah", "jeremy", "christian", "keith", "roger", "terry", "gerald", "harold", "sean", "austin", "carl",
	"arthur", "lawrence", "dylan", "jesse", "jordan", "bryan", "billy", "joe", "bruce", "gabriel", "logan",
	"albert", "willie", "alan", "juan", "wayne", "elijah", "randy", "roy", "vincent", "ralph", "eugene",
	"russell", "bobby", "mason", "philip", "louis", "lloyd", "antony", "boris", "rishi", "keir", "emmanuel",
	"olaf", "friedrich", "mette", "ursula", "kaja", "jens", "mark", "lloyd", "pete", "marco", "jd",
	"mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah", "karen",
	"nancy", "lisa", "betty", "margaret", "sandra", "ashley", "kimberly", "emily", "donna", "michelle",
	"dorothy", "carol", "amanda", "melissa", "deborah", "stephanie", "rebecca", "sharon", "laura", "cynthia",
	"kathleen", "amy", "shirley", "angela", "helen", "anna", "brenda", "pamela", "nicole", "emma", "samantha",
	"katherine", "christine", "debra", "rachel", "catherine", "carolyn", "janet", "ruth", "maria", "heather",
	"diane", "virginia", "julie", "joyce", "victoria", "olivia", "kelly", "christina", "lauren", "joan",
	"evelyn", "judith", "megan", "cheryl", "andrea", "hannah", "martha", "jacqueline", "frances", "gloria",
	"ann", "teresa", "kathryn", "sara", "janice", "jean", "alice", "madison", "doris", "abigail", "julia",
	"judy", "grace", "denise", "amber", "marilyn", "beverly", "danielle", "theresa", "sophia", "marie",
	"diana", "brittany", "natalie", "isabella", "charlotte", "rose", "alexis", "kayla", "kamala", "hillary",
	"nikki", "annalena", "giorgia", "liz", "theresa", "angela", "kristi", "tulsi",
	"vladimir", "volodymyr", "dmitry", "dmitri", "dmytro", "sergei", "sergey", "serhiy", "andriy", "andrii",
	"andrei", "andrey", "oleksandr", "olexander", "alexei", "alexey", "oleksiy", "oleksii", "mykhailo",
	"mikhail", "yuri", "yuriy", "yury", "ivan", "ihor", "igor", "valery", "valeriy", "viktor", "victor",
	"petro", "pyotr", "denys", "denis", "kyrylo", "kirill", "rustem", "ruslan", "yevgeny", "yevgeniy",
	"evgeny", "yevhen", "maksym", "maxim", "mykola", "nikolai", "nikolay", "vitali", "vitaliy", "vitaly",
	"anatoly", "anatoliy", "gennady", "leonid", "oleg", "oleh", "roman", "ramzan", "alexander", "aleksandr",
	"olena", "elena", "yelena", "olga", "olha", "iryna", "irina", "tetiana", "tatiana", "tatyana", "yulia",
	"yuliia", "natalia", "natalya", "svetlana", "ekaterina", "kateryna", "maria", "mariia", "anastasia",
	"valentina", "lyudmila", "liudmyla", "oksana", "hanna", "ganna", "daria", "darya", "vadym", "vadim",
	"herman", "arsen", "arseniy", "taras", "bohdan", "stepan", "vasyl", "vasily", "kostiantyn", "konstantin",
	"gabrielius", "gitanas", "ingrida", "edgars", "evika", "kaja", "alar", "andrzej",
	"donald", "radosław", "radoslaw", "władysław", "wladyslaw", "mateusz", "lech", "jarosław", "jaroslaw",
	"viktor", "petr", "robert", "klaus", "heinz", "wolfgang", "jürgen", "jurgen", "hans", "karl", "josep",
	"pedro", "luis", "carlos", "javier", "jorge", "miguel", "alberto", "antonio", "giuseppe", "francesco",
	"luca", "matteo", "sergio", "mario", "emmanuel", "jean-yves", "jean", "pierre", "françois", "francois",
	"xi", "li", "wang", "zhang", "liu", "chen", "yang", "zhao", "huang", "zhou", "wu", "dong", "lai", "tsai",
	"ching-te", "ing-wen", "shinzo", "fumio", "shigeru", "yoon", "lee", "kim", "moon", "narendra", "rahul",
	"imran", "shehbaz", "asim", "recep", "hakan", "ebrahim", "masoud", "abbas", "ali", "mohammed", "muhammad",
	"mohammad", "ahmed", "ahmad", "hassan", "hussein", "omar", "khalid", "abdullah", "abdel", "abdul",
	"mahmoud", "yahya", "ismail", "benjamin", "yoav", "isaac", "bashar", "hamad", "tamim", "bin", "salman",
	"abiy", "paul", "william", "cyril", "jacob", "bola", "emmerson", "yoweri", "felix", "tedros", "antonio",
	"rafael", "ursula", "charles", "kaja", "josep", "jens", "mark", "rob", "keir", "lindsey", "marco",
)

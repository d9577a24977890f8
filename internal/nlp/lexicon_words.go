package nlp

// stopWords are function words, auxiliaries and common verbs: they end a
// noun phrase and never start a name.
var stopWords = setOf(
	"a", "an", "the", "and", "or", "but", "nor", "so", "yet", "of", "in", "on", "at", "to", "for", "from", "by",
	"with", "without", "into", "onto", "over", "under", "about", "above", "below", "across", "after", "before",
	"since", "until", "during", "through", "throughout", "against", "among", "between", "beyond", "near",
	"toward", "towards", "upon", "via", "per", "as", "than", "like", "off", "out", "up", "down", "around",
	"is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having", "do", "does", "did",
	"will", "would", "shall", "should", "can", "could", "may", "might", "must", "not", "no", "also", "only",
	"that", "which", "who", "whom", "whose", "what", "when", "where", "why", "how", "this", "these", "those",
	"it", "its", "he", "she", "they", "them", "their", "his", "her", "we", "our", "us", "you", "your", "i", "me",
	"my", "there", "here", "then", "now", "if", "while", "although", "though", "because", "whether", "each",
	"every", "all", "both", "some", "any", "many", "much", "more", "most", "few", "fewer", "less", "other",
	"such", "own", "same", "very", "too", "just", "even", "still", "already", "again", "ago", "earlier", "later",
	"said", "says", "say", "told", "tell", "tells", "according", "began", "begun", "hit", "hits", "struck", "fell",
	"flew", "shot", "took", "made", "went", "came", "left", "lost", "won", "saw", "became", "become", "remain",
	"remains", "fled", "ran", "sent", "kept", "held", "brought", "built", "fought", "caught", "led", "met", "paid",
	"put", "set", "stood", "spent", "sold", "thought", "wrote", "got", "gave", "found", "include", "includes",
	"including", "reached", "reach", "reaches", "belong", "belonged", "were", "get", "make", "take", "give",
	"went", "go", "goes", "see", "seen", "known", "show", "shows", "appear", "appears", "seem", "seems",
	"across", "within", "amid", "despite", "inside", "outside", "behind", "beside", "besides", "next",
	"last", "first", "second", "third", "ever", "never", "however", "therefore", "thus", "hence", "whereas",
	"whom", "whose", "nearly", "almost", "approximately", "roughly", "around", "least", "or", "either", "neither",
	"overnight", "daily", "annually", "each", "apiece", "along", "alongside", "onboard", "aboard", "because", "due", "unlike",
)

// speechVerbs introduce or close a quote.
var speechVerbs = setOf(
	"said", "says", "say", "saying", "told", "tells", "wrote", "writes", "write", "warned", "warns", "warning",
	"added", "adds", "noted", "notes", "stated", "states", "argued", "argues", "explained", "explains",
	"claimed", "claims", "insisted", "insists", "stressed", "stresses", "emphasised", "emphasized",
	"emphasises", "emphasizes", "asked", "asks", "replied", "replies", "declared", "declares", "announced",
	"announces", "continued", "continues", "commented", "comments", "remarked", "remarks", "observed",
	"observes", "cautioned", "cautions", "acknowledged", "acknowledges", "admitted", "admits", "confirmed",
	"confirms", "tweeted", "tweets", "posted", "posts", "told", "recalled", "recalls", "predicted", "predicts",
	"suggested", "suggests", "urged", "urges", "vowed", "vows", "pledged", "pledges", "promised", "promises",
	"responded", "responds", "answered", "answers", "concluded", "concludes", "complained", "complains",
	"agreed", "agrees", "countered", "counters", "maintained", "maintains", "believes", "believed", "thinks",
	"thought", "described", "describes", "called", "calls", "quipped", "joked", "shouted", "yelled",
	"whispered", "alleged", "alleges", "charged", "reported", "reports", "reiterated", "reiterates",
	"wrote", "added", "conceded", "concedes", "boasted", "boasts", "proclaimed", "proclaims", "assured",
	"assures", "threatened", "threatens", "demanded", "demands", "accused", "accuses",
)

// pronouns that can stand for a speaker.
var speakerPronouns = setOf("he", "she", "they", "it", "we", "i")

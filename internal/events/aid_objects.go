package events

// The weak giving verbs of AID with an object that is no aid, aid named
// only as the trade of its workers, and modal promises of aid, written
// from the PLOVER and ACLED documentation and tested on sentences of our
// own (aid_objects_test.go).

// notAid are objects of "gave", "sent", "provided" that are no aid:
// words, documents, people sent to talk, a chase.
var notAid = setOf(`message messages letter letters condolence condolences greeting greetings speech speeches chase
evidence testimony details detail statement statements interview interviews signal signals warning warnings order
orders birth way notice notices invitation invitations delegation delegations envoy envoys emissary emissaries
assurance assurances lecture lectures account accounts briefing briefings reply replies response responses answer
answers approval go-ahead nod blessing backing ultimatum green light up in rise credit thanks praise mandate verdict
ruling sentence sentences deadline indication indications impression information figures figure toll update
updates note notes report reports documents document list lists names`)

// nonAidObject reports a weak AID verb whose object (within four tokens
// of its clause) is no aid: "sent a message", "gave chase".
func nonAidObject(ts []tok, h hit) bool {
	for k := h.j; k < len(ts) && k < h.j+4; k++ {
		if clauseBreak(&ts[k]) || ts[k].punct {
			return false
		}
		if notAid[ts[k].low] {
			return true
		}
	}
	return false
}

// aidTrade are nouns "aid" or "relief" modifies when it names people,
// bodies or places of the trade, not aid given: "aid workers", "a relief
// agency", "an aid convoy".
var aidTrade = setOf(`worker workers agency agencies group groups organisation organisations organization organizations
official officials staff staffer staffers employee employees volunteer volunteers charity charities ngo ngos chief
chiefs director directors convoy convoys truck trucks vehicle vehicles camp camps centre centres center centers
station stations compound compounds office offices community sector`)

// givingVerbs carry aid as their object.
var givingVerbs = setOf(`send give provide deliver supply donate offer grant ship extend airlift`)

// modalGiving reports "will", "would" or "shall" right before a giving
// verb within ten tokens before aid trigger h: the aid is promised, not
// given. It returns the modal's index.
func modalGiving(ts []tok, h hit, from int) (int, bool) {
	for k := h.i - 2; k >= from && k >= h.i-10; k-- {
		switch ts[k].low {
		case "will", "would", "shall", "'ll":
			if !ts[k].upper && givingVerbs[ts[k+1].low] {
				return k, true
			}
		}
	}
	return 0, false
}

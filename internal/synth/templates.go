package synth

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// Paragraph templates. Verbs in braces are filled by words.fill from the
// article's event and from random pools; every kind has several wordings.
var (
	titles = []string{
		"%s %s %s near %s", "%s %s %s outside %s, officials say", "Deadly attack: %s %s %s in %s",
		"%s %s %s close to %s as violence spreads", "Update: %s %s %s near %s",
	}
	leads = []string{
		"{Actor} {verb} {target} on the outskirts of {town} in {region} on {day}, killing {killed} people and wounding {injured} others, {src} {say}.",
		"At least {killed} people were killed and {injured} injured when {actor} {verb} {target} near {town} on {day}, according to {src}.",
		"{Src} {say} that {actor} {verb} {target} in {town}, {region}, early on {day}. The attack left {killed} dead and {injured} wounded.",
		"{Killed} people died on {day} after {actor} {verb} {target} in the {region} town of {town}, {src} {say}.",
		"In {town} on {day}, {actor} {verb} {target}. {Src} put the toll at {killed} dead and {injured} hurt.",
		"{Actor} {verb} {target} near {town} late on {day}, {src} {say}, in an attack that killed {killed} and injured {injured}.",
	}
	responses = []string{
		"The attack was the latest in a series of incidents in {region} this month. {Adj} officials said {n} {crews} had been sent to the area, about {km} kilometres ({mi} miles) from the regional capital.",
		"Emergency services in {region} dispatched {n} {crews} to the scene, which lies roughly {km} km from the provincial capital, {official}, a spokesperson for the regional administration, said.",
		"{Adj} authorities sent {n} {crews} to {town} and closed the main road for several hours while they searched the debris.",
		"By nightfall {n} {crews} were still at work in {town}. The site is about {mi} miles from the nearest hospital, officials said.",
		"Rescue work went on through the night. {Official}, who heads the local emergency service, said {n} {crews} were involved.",
	}
	quotes = []string{
		"“We heard {n} explosions and then the roof collapsed,” one resident told {site}.",
		"“There was no warning at all,” said {official}, a shopkeeper who lives two streets away. “My children are still shaking.”",
		"“This was a deliberate attack on people who had nothing to do with the fighting,” {official} told reporters at the scene.",
		"A witness who gave only her first name said she saw {n} vehicles burning after the {hour} blast.",
		"“We are counting the dead, and the count keeps rising,” a doctor at the {town} hospital told {site} by phone.",
	}
	backgrounds = []string{
		"{Country} has seen repeated fighting since {year}. Aid groups say more than {k},000 people have fled their homes in {region}.",
		"The conflict in {country} began in {year} and has displaced hundreds of thousands. {Region} has been among the worst-hit areas.",
		"Violence in {region} has surged since {year}, when a ceasefire collapsed. The United Nations estimates {k},000 people are displaced.",
		"{Town} had been relatively calm for several weeks before the attack, residents said, although clashes were reported nearby in {year}.",
		"Analysts say the area around {town} has changed hands several times since {year}.",
	}
	reactions = []string{
		"The {adj} foreign ministry condemned the {day} attack on {town} and called for an independent investigation.",
		"{Official}, a senior government adviser, described the attack as a war crime and promised a response.",
		"Opposition politicians in {country} demanded that the defence minister explain why {town} had no air defence.",
		"Neighbouring governments urged restraint after the {town} attack, and the European Union said it was following events in {region} closely.",
		"No group has claimed responsibility for the attack on {target}. A spokesman for the {adj} armed forces declined to comment.",
	}
	details = []string{
		"Photographs shared on social media showed a column of black smoke over {town} and several damaged buildings.",
		"Satellite images taken the next morning showed at least {n} destroyed structures near the {target2}.",
		"Power was cut to {n} districts of {town} and water supplies were interrupted until {weekday}, {official} of the city council said.",
		"Schools in the district will stay closed until {weekday}, the local education office announced.",
		"The {hour} strike damaged a nearby {target2} as well, according to footage verified by {site}.",
	}
	aid = []string{
		"The Red Cross said its teams had delivered medical supplies to {n} hospitals in {region} by {weekday}.",
		"Humanitarian agencies warned that fuel shortages were hampering ambulances across {region}.",
		"A United Nations convoy carrying food reached {town} on {weekday} after a delay of {n} days.",
		"Volunteers in {town} set up a shelter in a school gym for {k} families whose homes were destroyed, {official} said.",
	}
	claims = []string{
		"The other side denied involvement in the {town} attack and accused its opponents of staging the incident, a claim {src} rejected.",
		"A military statement said {target} in {town} had been used to store weapons, a claim residents disputed.",
		"Officials said {n} suspects had been detained in connection with the attack.",
		"The army said it had shot down {n} drones over {region} overnight, without giving details.",
	}
	firstNames = []string{"Olena", "Ahmed", "Maria", "Ibrahim", "Serhiy", "Fatima", "Hassan", "Aisha", "Daniel", "Nadia", "Omar", "Yusuf", "Grace", "Samuel", "Leila", "Viktor"}
	lastNames  = []string{"Kovalenko", "Hassan", "Mensah", "Petrenko", "Abdi", "Okafor", "Haddad", "Rahimi", "Shevchenko", "Diallo", "Nasser", "Tesfaye", "Ali", "Moreno", "Bakr", "Ivanova"}
	crews      = []string{"ambulances", "rescue teams", "army units", "fire crews", "police patrols", "medical teams", "bomb disposal units"}
	hours      = []string{"early-morning", "midday", "afternoon", "evening", "overnight", "pre-dawn"}
)

// words fills the braces of a template with one article's values; a
// capitalised key capitalises the value.
type words struct {
	rng                                                *rand.Rand
	p                                                  place
	actor, verb, target, day, src, say, site, official string
	killed, injured                                    int
}

func (w words) fill(t string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(t, '{')
		if i < 0 {
			b.WriteString(t)
			return b.String()
		}
		j := strings.IndexByte(t[i:], '}')
		if j < 0 {
			b.WriteString(t)
			return b.String()
		}
		b.WriteString(t[:i])
		key := t[i+1 : i+j]
		v := w.value(strings.ToLower(key))
		if key != "" && key[0] >= 'A' && key[0] <= 'Z' {
			v = upper(v)
		}
		b.WriteString(v)
		t = t[i+j+1:]
	}
}

func (w words) value(key string) string {
	r := w.rng
	switch key {
	case "actor":
		return w.actor
	case "verb":
		return w.verb
	case "target":
		return w.target
	case "target2":
		return strings.TrimPrefix(strings.TrimPrefix(pick(r, targets), "a "), "an ")
	case "town":
		return w.p.town
	case "region":
		return w.p.region
	case "country":
		return w.p.country
	case "adj":
		return w.p.adj
	case "day":
		return w.day
	case "weekday":
		return pick(r, days)
	case "src":
		return w.src
	case "say":
		return w.say
	case "site":
		return w.site
	case "official":
		return w.official
	case "killed":
		return fmt.Sprint(w.killed)
	case "injured":
		return fmt.Sprint(w.injured)
	case "n":
		return pick(r, numbers)
	case "crews":
		return pick(r, crews)
	case "hour":
		return pick(r, hours)
	case "km":
		return fmt.Sprint(10 + r.IntN(90))
	case "mi":
		return fmt.Sprint(6 + r.IntN(55))
	case "k":
		return fmt.Sprint(2 + r.IntN(80))
	case "year":
		return fmt.Sprint(2011 + r.IntN(13))
	}
	return "{" + key + "}"
}

func upper(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

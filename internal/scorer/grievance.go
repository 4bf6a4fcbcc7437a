package scorer

import (
	"strings"
	"unicode/utf8"
)

// A complaint is told less by its phrases than by what its sentences do
// together: its writer says what went wrong for them ("my deposit has
// still not been returned"), asks the reader to put it right ("please
// send me a corrected bill") and often says what they will do if not
// ("otherwise I will open a dispute"). The acts of kinds.txt list the
// phrases a complaint is often made with; people write their own, so a
// complaint that uses none of them is still found by the three moves,
// wherever they are worded in ways no list foresaw.
//
// The moves are read sentence by sentence, in the writer's own words
// (ownWords), in English and, for the commonest words (trouble, the
// asks, a first-person future), in the other languages of kinds.txt;
// a threat in another language is found only where it says "I will"
// in so many words ("ich werde", "je vais"), not in a verb's future
// ("je saisirai"). Asking for something to be put right is what
// makes a complaint: a grievance with no remedy asked is a story or a
// resignation, and a remedy asked with no grievance an order or an
// enquiry. A creditor's demand ("please pay your balance, or we will
// pass it to our solicitors") and a council's notice ("please remove
// your bins") ask the reader to act for the writer's sake on the
// reader's things; a complaint asks for the writer's ("return my
// deposit"), which is why a remedy asked counts only in a sentence that
// speaks of the writer, or opens in the writer's voice. A reply to a
// complaint offers ("I would like to offer a refund"; "if it cannot be
// mended, we will pay for a new pair") and tells the customer where they
// may take it ("you may refer your complaint to the ombudsman"), and
// neither is an ask or a threat.
//
// Measured on the dev split of the corpus: the moves are found in 28 of
// its 69 complaints, and in 2 of its 2,638 other documents (29 of the 69
// when the fiftieth blind round was read; taking work elsewhere as a
// threat, added then, moved none of them).

// grievanceMoves is how many of the three moves a complaint must make
// when it asks for a remedy; asking for anything else, it must make all
// three.
const grievanceMoves = 2

// grievanceText is how much of a text, in bytes, grievance reads: about
// eight pages of a letter.
const grievanceText = 24 << 10

// remedyReach is how many words after "I would ask you to", and
// pleaReach after "please", the remedy may come, in the same sentence;
// listReach is how many sentences after an ask that opens a list ("I ask
// that you:") it may come in.
const (
	remedyReach = 30
	pleaReach   = 12
	listReach   = 3
)

// grievance returns how many of a complaint's three moves text makes (0
// unless enough of them), and the words that ask: from the ask to the
// remedy, or the ask's first words when what it asks is no remedy
// (folded, short forms written out, punctuation dropped). The grievance
// is told in two sentences, or in one beside a threat: a single sentence
// of trouble is as often a query ("the quantity on your invoice does not
// agree with our receipt").
func grievance(ft string) (int, string) {
	if len(ft) > grievanceText {
		// A complaint is a letter: its moves are in its first pages.
		cut := strings.LastIndexAny(ft[:grievanceText], " \n")
		ft = ft[:max(cut, 0)]
	}
	troubles, threat := 0, false
	var ws []string
	var sent []int // the sentence of each word of ws
	var selfIn []bool
	for i, words := range sentenceWords(ft) {
		sw := expandContractions(words)
		// "Je vous demande", "solicito": asking speaks of the writer.
		self := hasAny(sw, selfWords) || remedyOpeners.in(sw)
		if troubled(sw) {
			troubles++
		}
		if !threat && threatens(sw, self) {
			threat = true
		}
		ws = append(ws, sw...)
		for range sw {
			sent = append(sent, i)
		}
		selfIn = append(selfIn, self)
	}
	ask, remedy := asksRemedy(ws, sent, selfIn)
	if ask == "" {
		return 0, ""
	}
	n := 1
	if troubles >= 2 || (troubles == 1 && threat) {
		n++
	}
	if threat {
		n++
	}
	if n < grievanceMoves || (!remedy && n < 3) {
		return 0, ""
	}
	return n, ask
}

// sentenceWords splits folded text into sentences of words: at a full
// stop that ends a word (not the point of "£312.00"), a question or
// exclamation mark, a semicolon or a blank line. Words keep their
// apostrophes ("i'm", a typographic one made plain); other punctuation
// parts words. A stretch between two such ends that holds no word is a
// sentence of none. The words are cut from one string of the text as
// read so, made once.
func sentenceWords(ft string) [][]string {
	buf := make([]byte, 0, len(ft))
	var spans [][2]int // the words' places in buf
	var ends []int     // the number of words before each sentence's end
	start := -1        // where the word being read starts in buf, or -1
	written := false   // whether the sentence being read has a character
	endWord := func() {
		if start >= 0 {
			spans = append(spans, [2]int{start, len(buf)})
			start = -1
		}
	}
	flush := func() {
		endWord()
		if written {
			ends = append(ends, len(spans))
			written = false
		}
	}
	space := func() {
		endWord()
		written = true
	}
	inWord := func() {
		if start < 0 {
			start = len(buf)
		}
		written = true
	}
	newlines := 0
	for i, r := range ft {
		switch {
		case r == '\n':
			newlines++
			if newlines == 2 {
				flush()
			}
			space()
			continue
		case r == '.' && i+1 < len(ft) && ft[i+1] != ' ' && ft[i+1] != '\n' && ft[i+1] != '\r' && ft[i+1] != '\t':
			// "£312.00", "3.5": a point inside a number or a word.
			space()
		case r == '.' || r == '!' || r == '?' || r == ';':
			flush()
		case r == '\'' || r == '’':
			inWord()
			buf = append(buf, '\'')
		case isWordRune(r):
			inWord()
			buf = utf8.AppendRune(buf, r)
		default:
			space()
		}
		if r != ' ' && r != '\t' && r != '\r' {
			newlines = 0
		}
	}
	flush()
	text := string(buf)
	words := make([]string, len(spans))
	for i, s := range spans {
		words[i] = text[s[0]:s[1]]
	}
	out := make([][]string, len(ends))
	from := 0
	for i, e := range ends {
		out[i] = words[from:e:e]
		from = e
	}
	return out
}

func hasAny(ws []string, set map[string]bool) bool {
	for _, w := range ws {
		if set[w] {
			return true
		}
	}
	return false
}

// prefixSet holds the starts of words: a word is in it when one of its
// first 2 to maxPrefix bytes is, and it is not one of the words that
// start so and mean something else (falseStarts: "issued", "stainless",
// "fixed"). A lookup is a few map reads, however many starts there are,
// and one for a word whose first three bytes start none of them, most
// words.
type prefixSet struct {
	starts map[string]bool
	heads  map[[3]byte]bool // the first three bytes of the starts longer than two
	pairs  map[[2]byte]bool // the starts of two bytes
}

const maxPrefix = 14

func newPrefixSet(starts ...string) prefixSet {
	ps := prefixSet{starts: map[string]bool{}, heads: map[[3]byte]bool{}, pairs: map[[2]byte]bool{}}
	for _, p := range starts {
		if len(p) < 2 || len(p) > maxPrefix {
			panic("scorer: a start of 2 to 14 bytes: " + p)
		}
		ps.starts[p] = true
		if len(p) == 2 {
			ps.pairs[[2]byte{p[0], p[1]}] = true
		} else {
			ps.heads[[3]byte{p[0], p[1], p[2]}] = true
		}
	}
	return ps
}

func (ps prefixSet) has(w string) bool {
	if len(w) < 2 {
		return false
	}
	found := len(ps.pairs) > 0 && ps.pairs[[2]byte{w[0], w[1]}]
	if !found && len(w) >= 3 && ps.heads[[3]byte{w[0], w[1], w[2]}] {
		for n := 3; n <= min(len(w), maxPrefix); n++ {
			if ps.starts[w[:n]] {
				found = true
				break
			}
		}
	}
	return found && !falseStarts[w]
}

// hasPrefixed reports whether a word of ws is in ps.
func hasPrefixed(ws []string, ps prefixSet) bool {
	for _, w := range ws {
		if ps.has(w) {
			return true
		}
	}
	return false
}

// phrases are short phrases of words, indexed by their first word.
type phrases map[string][][]string

func newPhrases(ps ...string) phrases {
	idx := phrases{}
	for _, p := range ps {
		ws := strings.Fields(p)
		idx[ws[0]] = append(idx[ws[0]], ws)
	}
	return idx
}

// at returns the longest of the phrases that starts at ws[i], or nil.
func (idx phrases) at(ws []string, i int) []string {
	var found []string
	for _, p := range idx[ws[i]] {
		if len(p) > len(found) && hasAt(ws, i, p) {
			found = p
		}
	}
	return found
}

// in says whether one of the phrases is in ws.
func (idx phrases) in(ws []string) bool {
	for i := range ws {
		if idx.at(ws, i) != nil {
			return true
		}
	}
	return false
}

// selfWords are the writer speaking of themselves, in the languages of
// kinds.txt.
var selfWords = wordSet0("i me my mine myself we us our ours je j moi mon ma mes nous notre nos ich mich mir mein meine meinen meinem meiner wir uns unser unsere unseren unserem yo mi mis nosotros nuestro nuestra nuestros nuestras io mio mia miei mie noi nostro nostra ik mij mijn wij onze eu meu minha meus minhas nosso nossa moj moja moje mnie nasz nasza")

// falseStarts start as a word of trouble or of a remedy does, and are
// neither.
var falseStarts = wordSet0("issued issuer issuing issuance stainless fixed fixture fixtures collection collections collective returns storno")

// troubleWords start the words with which a writer says what went wrong.
var troubleWords = newPrefixSet(
	"broke", "faulty", "damag", "defect", "wrong", "incorrect", "mistake", "error", "delay", "missing",
	"leak", "damp", "mould", "mold", "noise", "noisy", "smell", "stink", "dirty", "filthy", "rude",
	"unacceptabl", "disappoint", "unhappy", "dissatisf", "overcharg", "crack", "stain", "scratch",
	"ignored", "nobody", "problem", "issue", "poor", "worse", "worst", "terribl", "awful", "horribl",
	"appall", "disgust", "frustrat", "upset", "annoy", "angry", "complain", "stolen",
	"flood", "unsafe", "danger", "hazard", "injur", "waited", "chased", "chasing",
	"kaputt", "defekt", "schaden", "mangel", "fehler", "falsch", "verspat", "enttausch", "beschwer",
	"raye", "rayure", "defaut", "fissur", "panne", "fuite", "moisissure", "bruit",
	"zerkratzt", "undicht", "schimmel", "larm", "rayad", "averi", "fuga", "humedad", "moho", "ruido",
	"graffi", "perdita", "muffa", "rumor", "gekrast", "lekkage", "lawaai", "porysow", "przeciek", "plesn", "halas",
	"casse", "abime", "endommag", "erreur", "retard", "decu", "mecontent", "plainte", "reclamation",
	"roto", "rota", "danad", "equivocad", "retras", "decepcion", "queja",
	"guast", "rott", "danneggi", "difettos", "sbagliat", "ritard", "delus", "reclamo", "lamentel",
	"kapot", "beschadig", "fout", "vertraag", "teleurgesteld", "ontevreden", "klacht",
	"avariad", "danific", "errad", "atras", "desapont", "insatisfeit", "reclamac", "queixa",
	"uszkodz", "zepsut", "bled", "opozni", "niezadowol", "reklamac", "skarg",
)

// troubled says whether a sentence says something went wrong: a word of
// trouble, or something that did not happen ("has not arrived", "nobody
// is answering").
func troubled(ws []string) bool {
	if hasPrefixed(ws, troubleWords) {
		return true
	}
	for i, w := range ws {
		if w != "not" && w != "never" && w != "no" && w != "still" {
			continue
		}
		for _, x := range ws[i+1 : min(len(ws), i+4)] {
			if notDone[x] {
				return true
			}
		}
	}
	return false
}

// notDone are what a writer says did not happen.
var notDone = wordSet0("received receive arrived arrive working work works fixed repaired returned refunded answered replied reply response answer acceptable happy satisfied agree done finished completed delivered collected resolved sorted told informed came come turned shown heard called contacted")

// remedyOpeners open a sentence that asks for something in the writer's
// voice ("I would like", "I expect"); pleas ("please", "could you") ask
// in the reader's.
var (
	remedyOpeners = newPhrases(
		"i would like", "we would like", "i want", "we want", "i expect",
		"we expect", "i ask", "we ask", "i am asking", "we are asking",
		"i request", "we request", "i insist", "i demand", "i need you",
		"i would be grateful", "i would appreciate", "we would be grateful",
		"i am requesting", "i must ask", "i would ask",
		"je vous demande", "nous vous demandons", "je souhaite", "je voudrais",
		"ich bitte", "ich fordere", "wir bitten", "wir fordern", "ich erwarte",
		"le pido", "les pido", "solicito", "exijo", "pedimos",
		"vi chiedo", "chiedo", "vi chiediamo", "pretendo",
		"ik verzoek", "ik vraag", "ik eis", "wij verzoeken",
		"peco",
		"prosze", "zadam",
	)
	pleaWords = wordSet0("please kindly pls plz veuillez bitte prego alstublieft")
	pleas     = newPhrases("can you", "could you", "would you", "you must",
		"you need to", "you should", "por favor", "per favore",
		"se faz favor")
)

// remedyWords start what a complaint asks for.
var remedyWords = newPrefixSet(
	"refund", "reimburs", "replac", "repair", "fix", "return", "collect", "corrected", "correction", "compensat", "remov",
	"stop", "resolv", "cancel", "explanation", "apology", "apologise", "apologize", "deduct", "reduc", "waiv",
	"rectif", "amend", "investigat", "ensure",
	"rembours", "remplac", "repar", "corrig", "annul", "restitu",
	"erstatt", "ersatz", "ruckzahl", "korrigier", "storn",
	"reembols", "devolv", "sustitu", "arregl", "corrij",
	"rimbors", "sostitu", "ripar", "corregg",
	"terugbetal", "vervang", "herstel",
	"substitu", "devolu",
	"zwrot", "wymian", "napraw",
)

// asksRemedy finds where ws (words, with their sentences and whether
// each sentence speaks of the writer) ask for something to be put right
// for the writer: in the writer's voice ("I would like you to", "I am
// asking for") with a remedy within remedyReach words, or as a plea
// ("please", "could you") with one within pleaReach words, in a
// sentence that speaks of the writer. The remedy is in the same
// sentence, or in one of the few after an ask that opens a list. "I
// would like to" says what the writer will do ("I would like to offer a
// refund"), not what they ask. It returns the words from the ask to the
// remedy, and true; or, when nothing asked in the writer's voice is a
// remedy, the first thing so asked (its first words) and false; or "".
func asksRemedy(ws []string, sent []int, selfIn []bool) (string, bool) {
	first := ""
	for i := range ws {
		reach := 0
		var open []string
		if p := remedyOpeners.at(ws, i); p != nil && !offers(ws, i, p) {
			reach, open = remedyReach, p
		}
		if reach == 0 {
			if pleaWords[ws[i]] {
				reach, open = pleaReach, ws[i:i+1]
			}
			if p := pleas.at(ws, i); p != nil {
				reach, open = pleaReach, p
			}
			if !selfIn[sent[i]] {
				reach = 0
			}
		}
		if reach == 0 {
			continue
		}
		last := sent[i]
		if opensList(ws, i+len(open), sent) {
			last += listReach
		}
		for j := i + len(open); j < min(len(ws), i+len(open)+reach) && sent[j] <= last; j++ {
			if remedyWords.has(ws[j]) && !formReturned(ws, j) {
				return strings.Join(ws[i:j+1], " "), true
			}
		}
		if first == "" && reach == remedyReach {
			first = strings.Join(ws[i:min(len(ws), i+len(open)+6)], " ")
		}
	}
	return first, false
}

// opensList says whether the ask whose opening words end at ws[j] ends
// its sentence as one that opens a list of what is asked does: "I ask
// that you:", "Please:", "I am asking for:".
func opensList(ws []string, j int, sent []int) bool {
	for ; j < len(ws) && sent[j] == sent[j-1]; j++ {
		if !listLead[ws[j]] {
			return false
		}
	}
	return true
}

// listLead are the words between an ask and the list it opens.
var listLead = wordSet0("that you to for the following us me these things")

// offers says whether the opener p at ws[i] says what the writer will do
// rather than what they ask: "I would like to offer a refund", "I want to
// thank you"; but "I would like to request a refund", "I want to make a
// complaint" and "I need you to repair it" ask.
func offers(ws []string, i int, p []string) bool {
	j := i + len(p)
	if !wishes[p[len(p)-1]] || j+1 >= len(ws) || ws[j] != "to" {
		return false
	}
	return !askVerbs[ws[j+1]]
}

// wishes end the openers that "to" can make the writer's own doing, and
// askVerbs are what the writer would like to do that asks all the same.
var (
	wishes   = wordSet0("like want souhaite voudrais")
	askVerbs = wordSet0("request ask have receive get see know complain make raise lodge claim be")
)

// formReturned says whether ws[j] is a form's "sign and return" or
// "return the signed form": what an offer or a form asks, not a remedy.
func formReturned(ws []string, j int) bool {
	if j >= 2 && ws[j-1] == "and" && (ws[j-2] == "sign" || ws[j-2] == "complete" || ws[j-2] == "date") {
		return true
	}
	// "Return the signed form", "return the enclosed copy".
	for _, w := range ws[j+1 : min(len(ws), j+4)] {
		if formWords[w] {
			return true
		}
	}
	return false
}

// formWords, after "return", make it a form's.
var formWords = wordSet0("form forms signed completed enclosed copy slip coupon")

func hasAt(ws []string, i int, p []string) bool {
	if i+len(p) > len(ws) {
		return false
	}
	for j, w := range p {
		if ws[i+j] != w {
			return false
		}
	}
	return true
}

// escalations are where a complaint goes next, in the writer's hands.
var escalations = newPhrases(
	"ombudsman", "trading standards", "small claims", "solicitor",
	"environmental health", "consumer rights", "dispute",
	"chargeback", "a review", "take my business",
	"report this", "report you", "go to the council",
	// A trade customer's: "we will send our work elsewhere", "we will
	// have to look at other labs".
	"elsewhere", "look at other", "look for another", "find another",
	"use another", "use other",
	"schlichtungsstelle", "verbraucherzentrale", "anwalt", "mediateur",
	"avocat", "consumidor", "consumatori", "geschillencommissie",
	"rzecznik",
)

// escalationReach is how many words after "I will" the escalation may
// come: "I will have no choice but to contact the ombudsman".
const escalationReach = 8

// conditionals open what the writer will do if nothing is done.
var conditionals = wordSet0("if otherwise unless failing else sinon sonst andernfalls falls si altrimenti se anders indien caso jesli inaczej")

// willWords are the writer saying what they will do, and harms what
// they will do that the reader would rather they did not ("we will pay"
// is an offer, "I will stop paying" a threat).
var (
	willWords = newPhrases("i will", "we will", "i shall", "we shall",
		"i have to", "i would have to", "i have no choice",
		"we have no choice", "i may", "i might",
		"ich werde", "werde ich", "wir werden", "werden wir", "je vais", "nous allons",
		"je serai oblige", "je serai obligee", "voy a", "vamos a", "me vere obligado",
		"me vere obligada", "saro costretto", "saro costretta", "ik zal", "zal ik",
		"wij zullen", "zullen wij", "vou", "vamos", "bede", "bedziemy")
	harms = newPrefixSet(
		"take", "contact", "report", "complain", "go", "speak", "leave", "cancel", "stop", "withhold",
		"refuse", "not", "dispute", "seek", "pursue", "claim", "involve", "escalate", "post", "share", "refer",
		"raise", "reclaim", "open",
	)
)

// threatens says whether a sentence says what the writer will do if the
// matter is not put right: take it somewhere (an escalation), or do the
// reader some harm, if nothing is done.
func threatens(ws []string, self bool) bool {
	if !self {
		return false
	}
	escalates, conditional := escalations.in(ws), hasAny(ws, conditionals)
	if !escalates && !conditional {
		return false
	}
	for i := range ws {
		if p := willWords.at(ws, i); p != nil {
			// "I will take this to the ombudsman": the escalation is
			// what the writer will do, a few words on; not "you may
			// refer your complaint to the ombudsman, and we will send
			// you our final response", a firm's notice of rights.
			if escalates && escalations.in(ws[i+len(p):min(len(ws), i+len(p)+escalationReach)]) {
				return true
			}
			// If nothing is done, some harm: it may come after "have
			// to", "then" or "also".
			if conditional && hasPrefixed(ws[i+len(p):min(len(ws), i+len(p)+3)], harms) {
				return true
			}
		}
	}
	return false
}

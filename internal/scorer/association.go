package scorer

import (
	_ "embed"
	"encoding/binary"
	"fmt"
	"math"
	"slices"
	"sync"
)

// The association table is what the blind rounds of the corpus taught
// about which words of a document go with which words of a rule: that a
// rule for "letters and notices from HMRC" takes a tax code notice, that
// one for "hospital or GP letters" takes a health centre's letter, that a
// phone company's "you're eligible for an upgrade" goes to no rule for
// its bills. The lexicon and the model's fifteen weights say what a kind
// is; they know nothing of the words rules and documents share without
// sharing a kind's name, and each round written apart from the scorer
// brought such words by the dozen. The table learns them from the
// documents themselves.
//
// Each pair of a rule's word and a document's word (their stems, hashed
// together into one of 2^associationBits cells) holds a weight. A rule's
// association with a document is the sum of the weights of all its
// pairs, divided by the square roots of the two counts of words, and
// moves the model's odds for that rule by its exponential; the odds that
// no rule applies move by a weight of their own. The weights were fitted
// (TestFitAssociations) to make the right answer likelier, given the
// model's probabilities, on the blind rounds written before the
// sixty-seventh, whose documents are named up to but not including
// heldOutFrom: the dev and test splits and the later rounds are
// measured on, never fitted on. They are stored as a byte each, times
// one scale.
const associationBits = 18

// How many of a document's and a rule's distinct stems the table is
// read for: the first ones, which hold the title, the letterhead and
// the description's start.
const (
	maxDocAssociationStems  = 400
	maxRuleAssociationStems = 60
)

// heldOutFrom is the name prefix from which the corpus's blind documents
// are kept out of the association table's fit: the sixty-seventh round
// and every later one start there (see the corpus's README).
const heldOutFrom = "ot"

// AssociationsFittedOn says whether the association table was fitted on
// a document of the corpus in testdata/corpus, by its split and file
// name: the blind rounds before the sixty-seventh. Figures on those say
// how well the table learnt them, not how well it does on documents it
// has not seen.
func AssociationsFittedOn(split, file string) bool {
	return split == "blind" && !heldOut(file)
}

// heldOut says whether a blind document of the corpus is kept out of the
// association table's fit: one of the rounds from the sixty-seventh on.
func heldOut(file string) bool {
	return len(file) >= 2 && file[1] >= 'a' && file[1] <= 'z' && file[:2] >= heldOutFrom
}

//go:embed associations.bin
var associationsBin []byte

// associationTable is the association table, read.
type associationTable struct {
	scale    float64 // a cell's weight is scale times its byte
	nullBias float64 // moves the log odds that no rule applies
	cells    []int8
	// known are the stems the table is read for, by the top 32 bits of
	// their hashes, sorted: those of at least minAssociationDocs of the
	// documents it was fitted on. A word it never saw often enough
	// ("zorblax", a name, a slip of OCR) moves nothing, so rules of words
	// it does not know tie as the model has them; read, its pairs would
	// fall in cells other pairs filled, and move a rule at random. Two
	// known words that never met in the fit read such cells too (some 27
	// pairs share one): the fit saw that noise, and it averages out over
	// the hundreds of pairs of a rule and a document.
	known []uint32
}

// minAssociationDocs is how many of the documents the table is fitted on
// must hold a stem for the table to know it.
const minAssociationDocs = 20

// associationMagic starts associations.bin, before the table's bits
// (uint32), scale and null bias (float64), its cells (a byte each), the
// number of stems it knows (uint32) and their hashes' top halves
// (uint32 each), all little-endian.
const associationMagic = "LCA2"

var associations = sync.OnceValue(func() *associationTable {
	t, err := parseAssociations(associationsBin)
	if err != nil {
		panic(err)
	}
	return t
})

// parseAssociations reads an association table written by
// (*associationTable).encode.
func parseAssociations(b []byte) (*associationTable, error) {
	const head = len(associationMagic) + 4 + 8 + 8
	if len(b) < head+1<<associationBits+4 || string(b[:len(associationMagic)]) != associationMagic {
		return nil, fmt.Errorf("association table: not one (%d bytes)", len(b))
	}
	b = b[len(associationMagic):]
	if bits := binary.LittleEndian.Uint32(b); bits != associationBits {
		return nil, fmt.Errorf("association table: %d bits, want %d", bits, associationBits)
	}
	t := &associationTable{
		scale:    math.Float64frombits(binary.LittleEndian.Uint64(b[4:])),
		nullBias: math.Float64frombits(binary.LittleEndian.Uint64(b[12:])),
		cells:    make([]int8, 1<<associationBits),
	}
	b = b[20:]
	for i := range t.cells {
		t.cells[i] = int8(b[i])
	}
	b = b[len(t.cells):]
	n := int(binary.LittleEndian.Uint32(b))
	b = b[4:]
	if len(b) != 4*n {
		return nil, fmt.Errorf("association table: %d bytes for %d known stems", len(b), n)
	}
	t.known = make([]uint32, n)
	for i := range t.known {
		t.known[i] = binary.LittleEndian.Uint32(b[4*i:])
		if i > 0 && t.known[i] <= t.known[i-1] {
			return nil, fmt.Errorf("association table: known stems out of order at %d", i)
		}
	}
	return t, nil
}

// encode writes the table as parseAssociations reads it.
func (t *associationTable) encode() []byte {
	out := make([]byte, 0, len(associationMagic)+24+len(t.cells)+4*len(t.known))
	out = append(out, associationMagic...)
	out = binary.LittleEndian.AppendUint32(out, associationBits)
	out = binary.LittleEndian.AppendUint64(out, math.Float64bits(t.scale))
	out = binary.LittleEndian.AppendUint64(out, math.Float64bits(t.nullBias))
	for _, c := range t.cells {
		out = append(out, byte(c))
	}
	out = binary.LittleEndian.AppendUint32(out, uint32(len(t.known)))
	for _, k := range t.known {
		out = binary.LittleEndian.AppendUint32(out, k)
	}
	return out
}

// knows says whether the table is read for a stem of this hash.
func (t *associationTable) knows(h uint64) bool {
	_, ok := slices.BinarySearch(t.known, uint32(h>>32))
	return ok
}

// stemHash hashes a stem for the association table: 64-bit FNV-1a.
func stemHash(stem string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(stem); i++ {
		h ^= uint64(stem[i])
		h *= 1099511628211
	}
	return h
}

// cell is the table's cell for a rule's stem and a document's.
func cell(rule, doc uint64) uint64 {
	return (rule*0x9E3779B97F4A7C15 ^ doc) & (1<<associationBits - 1)
}

// stemHashes returns the hashes of the distinct stems, in order, that
// may be read in the table: words of two letters or more that do not
// start with a digit.
func stemHashes(stems func(yield func(string) bool)) []uint64 {
	seen := map[string]bool{}
	var out []uint64
	for s := range stems {
		if len(s) < 2 || s[0] >= '0' && s[0] <= '9' || seen[s] {
			continue
		}
		seen[s] = true
		out = append(out, stemHash(s))
	}
	return out
}

// read keeps of the hashes the first limit the table knows.
func (t *associationTable) read(hashes []uint64, limit int) []uint64 {
	var out []uint64
	for _, h := range hashes {
		if len(out) == limit {
			break
		}
		if t.knows(h) {
			out = append(out, h)
		}
	}
	return out
}

// docStemHashes are the document's stems for the table, its English
// meanings of foreign words among them.
func docStemHashes(d *document) []uint64 {
	return stemHashes(func(yield func(string) bool) {
		for _, t := range d.toks {
			if !yield(t.stem) {
				return
			}
		}
	})
}

// ruleStemHashes are the rule's stems for the table: its type's, then
// its description's.
func ruleStemHashes(p *profile) []uint64 {
	return stemHashes(func(yield func(string) bool) {
		for _, s := range p.typeStems {
			if !yield(s) {
				return
			}
		}
		for _, t := range p.desc.terms {
			if !yield(t.stem) {
				return
			}
		}
	})
}

// associationSum is the sum of the cells of every pair of a rule's
// stems and a document's, and the divisor that makes it an association:
// whole numbers, so that every machine adds them alike.
func (t *associationTable) associationSum(rule, doc []uint64) (int64, float64) {
	var sum int64
	for _, r := range rule {
		for _, d := range doc {
			sum += int64(t.cells[cell(r, d)])
		}
	}
	return sum, math.Sqrt(float64(len(doc))+1) * math.Sqrt(float64(len(rule))+1)
}

// association is how much the table moves a rule's log odds for a
// document.
func (t *associationTable) association(rule, doc []uint64) float64 {
	sum, div := t.associationSum(rule, doc)
	return max(-maxAssociation, min(t.scale*float64(sum)/div, maxAssociation))
}

// maxAssociation bounds an association, so that no document's words
// make odds no other evidence can move, and exp of it stays finite.
const maxAssociation = 30

// associate moves the model's probabilities of each rule and of none by
// the table (see associationBits), and orders the rules again; modelBest
// and modelTop keep the model's answer and likeliest rule.
func (c *ranking) associate(t *associationTable) {
	doc := t.read(docStemHashes(c.doc), maxDocAssociationStems)
	odds := make([]float64, len(c.evs))
	total := c.pNull * math.Exp(t.nullBias)
	for i := range c.evs {
		c.evs[i].association = t.association(t.read(c.profiles[i].assoc, maxRuleAssociationStems), doc)
		odds[i] = c.evs[i].prob * math.Exp(c.evs[i].association)
		total += odds[i]
	}
	if total == 0 || math.IsInf(total, 0) || math.IsNaN(total) {
		return
	}
	c.pNull = c.pNull * math.Exp(t.nullBias) / total
	for i := range c.evs {
		c.evs[i].prob = odds[i] / total
	}
	c.order()
}

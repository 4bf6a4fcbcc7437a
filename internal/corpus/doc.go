// Package corpus loads the labelled development corpus in testdata/corpus:
// documents, rule sets written the way users write rules, and for each rule
// set the type every document should be classified as, or none.
//
// A corpus directory holds
//
//	docs/              the documents, flat
//	rules-SET.yaml     a YAML list of {type, description}, as the classify APIs take
//	labels-SET.tsv     file<TAB>expected<TAB>split, with that header line
//
// for each rule set SET. An empty expected cell means that no rule of the
// set fits the document; split is dev (for tuning), test (for the figure
// that is reported) or blind (a set kept apart from the people who tune).
// A document may be listed under several sets.
//
// Load reads one set and checks it; the package's test checks the whole
// corpus: every document is labelled, every kind has enough documents, and
// the share of documents that no rule fits stays near one in five.
package corpus

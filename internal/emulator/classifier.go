package emulator

import (
	"context"
	"fmt"

	"github.com/llamaclassify/llamaclassify-go/gen"
	"github.com/llamaclassify/llamaclassify-go/internal/llmclassifier"
	"github.com/llamaclassify/llamaclassify-go/internal/pages"
	"github.com/llamaclassify/llamaclassify-go/internal/scorer"
)

// rule is one classification rule as the classifier sees it.
type rule struct{ Type, Description string }

// verdict is the classification of one document; Type is nil when no rule
// matched.
type verdict struct {
	Type       *string
	Confidence float64
	Reasoning  string
	// By is the ID of the classifier that gave the answer when it is not
	// the one asked: a model's fallback answers by the scorer's ID, so
	// that the model is asked again rather than the stand-in kept.
	By string
}

// classifier reads a document's text and classifies it. The emulator's
// behaviour around it (statuses, errors, webhooks) does not depend on how
// it scores, so tests can give a fake.
type classifier interface {
	// Extract returns the text of the selected pages of the named document,
	// or an error saying why it cannot be read (unsupported type, no text).
	Extract(name string, data []byte, sel pages.Selection) (string, error)
	// Classify picks the rule that best fits text.
	Classify(ctx context.Context, text string, rules []rule) verdict
	// ID names the classifier's answers: two classifiers with one ID
	// answer alike. A job's outcome records the ID of the classifier that
	// computed it (see answeredByAnother).
	ID() string
}

func toRules(rs []gen.ClassifierRule) []rule {
	out := make([]rule, len(rs))
	for i, r := range rs {
		out[i] = rule{Type: r.Type, Description: r.Description}
	}
	return out
}

func (v verdict) result() *gen.ClassificationResult {
	c := min(max(v.Confidence, 0), 1)
	return &gen.ClassificationResult{Type: v.Type, Confidence: c, Reasoning: v.Reasoning}
}

// defaultClassifier is the deterministic scorer of internal/scorer.
func defaultClassifier() classifier { return scorerClassifier{} }

type scorerClassifier struct{}

func (scorerClassifier) Extract(name string, data []byte, sel pages.Selection) (string, error) {
	return scorer.Extract(name, data, sel)
}

func (scorerClassifier) ID() string { return "scorer " + scorer.Fingerprint() }

func (scorerClassifier) Classify(_ context.Context, text string, rules []rule) verdict {
	rs := make([]scorer.Rule, len(rules))
	for i, r := range rules {
		rs[i] = scorer.Rule{Type: r.Type, Description: r.Description}
	}
	res := scorer.Classify(text, rs)
	return verdict{Type: res.Type, Confidence: res.Confidence, Reasoning: res.Reasoning}
}

// modelClassifier asks a language model which rule fits; the scorer still
// extracts the text, and decides when the model gives no usable answer.
type modelClassifier struct {
	scorerClassifier
	model *llmclassifier.Classifier
}

// ID names the model and where it is asked, and the scorer that reads
// the text and answers when the model does not.
func (m modelClassifier) ID() string {
	return fmt.Sprintf("model %s at %s, scorer %s", m.model.Model(), m.model.Endpoint(), scorer.Fingerprint())
}

func (m modelClassifier) Classify(ctx context.Context, text string, rules []rule) verdict {
	rs := make([]scorer.Rule, len(rules))
	for i, r := range rules {
		rs[i] = scorer.Rule{Type: r.Type, Description: r.Description}
	}
	// The model's own timeout bounds the call, and the server's closing.
	res, fellBack := m.model.Answer(ctx, text, rs)
	v := verdict{Type: res.Type, Confidence: res.Confidence, Reasoning: res.Reasoning}
	if fellBack {
		v.By = m.scorerClassifier.ID()
	}
	return v
}

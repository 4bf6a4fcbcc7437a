package client

import (
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/llamaclassify/llamaclassify-go/gen"
	"github.com/llamaclassify/llamaclassify-go/internal/pages"
	"github.com/llamaclassify/llamaclassify-go/openapi"
)

type violation = openapi.Violation

// sharedValidator builds the contract's validator once for every client.
var sharedValidator = sync.OnceValues(openapi.NewValidator)

// checkBody validates the body of operation op against its schema in the
// contract and returns a *RequestInvalidError listing every violation,
// extra ones included, or nil.
func checkBody(op string, body any, extra ...violation) error {
	return check(op, (*openapi.Validator).ValidateBody, body, extra)
}

// checkParams validates the query parameters of operation op (a generated
// Params value) against the contract and returns a *RequestInvalidError
// listing every violation, or nil: a page_size the service would refuse
// with a 422 is refused before it is sent.
func checkParams(op string, params any) error {
	return check(op, (*openapi.Validator).ValidateParams, params, nil)
}

// check is checkBody and checkParams: validate checks value for op, and
// what it finds, with extra, sorted by path, is the error.
func check(op string, validate func(*openapi.Validator, string, any) ([]violation, error), value any, extra []violation) error {
	v, err := sharedValidator()
	if err != nil {
		return err
	}
	found, err := validate(v, op, value)
	if err != nil {
		return err
	}
	found = append(found, extra...)
	slices.SortStableFunc(found, func(a, b violation) int { return strings.Compare(a.Path, b.Path) })
	if len(found) > 0 {
		return &RequestInvalidError{Operation: op, Violations: found}
	}
	return nil
}

// checkV2Create validates a v2 create: the schema, and the target_pages
// syntax the schema cannot express.
func checkV2Create(req gen.ClassifyV2JobCreateRequest) error {
	var extra []violation
	if cfg := req.Configuration; cfg != nil && cfg.ParsingConfiguration != nil && cfg.ParsingConfiguration.TargetPages != nil {
		if _, err := pages.Parse(*cfg.ParsingConfiguration.TargetPages); err != nil {
			extra = append(extra, violation{
				Path:    "configuration.parsing_configuration.target_pages",
				Message: strings.TrimPrefix(err.Error(), "target_pages: "),
			})
		}
	}
	if cfg := req.Configuration; cfg != nil {
		extra = append(extra, repeatedTypes("configuration.rules", cfg.Rules)...)
	}
	// An empty id names no document; the service answers it "Field
	// required", as if it were not there.
	for _, in := range []struct {
		path string
		id   *string
	}{{"file_input", req.FileInput}, {"file_id", req.FileId}, {"parse_job_id", req.ParseJobId}} {
		if in.id != nil && strings.TrimSpace(*in.id) == "" {
			extra = append(extra, violation{Path: in.path, Message: "must not be empty: give the id of an uploaded file (dfl-...) or of a parse job (pjb-...)"})
		}
	}
	return checkBody("CreateClassifyJob", req, extra...)
}

// repeatedTypes finds the rules of a set (at path) whose type an earlier
// rule has already. The service would take them, but a type given twice is
// a mistake: its two descriptions compete with each other, and one of them
// decides the confidence.
func repeatedTypes(path string, rules []gen.ClassifierRule) []violation {
	var out []violation
	first := map[string]int{}
	for i, r := range rules {
		j, seen := first[r.Type]
		if !seen {
			first[r.Type] = i
			continue
		}
		if r.Type == "" {
			continue // refused for being empty already
		}
		out = append(out, violation{
			Path:    fmt.Sprintf("%s[%d].type", path, i),
			Message: fmt.Sprintf("%q is the type of %s[%d] already: give each type once, with one description", r.Type, path, j),
		})
	}
	return out
}

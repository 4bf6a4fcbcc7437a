package emulator

import (
	"encoding/json"
	"fmt"

	"github.com/google/uuid"

	"github.com/llamaclassify/llamaclassify-go/gen"
	"github.com/llamaclassify/llamaclassify-go/testdata/seeds"
)

// ReferenceFileID is the file the service's reference example of a v1
// create names (as its bare uuid); WithReferenceExamples stores it.
const ReferenceFileID = "dfl-182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e"

// WithReferenceExamples stores, when the emulator starts, what the example
// commands of the service's CLI reference pages name, so that each runs
// unchanged against the emulator and answers with the page's example:
// the file of the v1 create, the v1 job 182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e
// with its results, and the v2 job "job_id". They are fixtures (see
// PutClassifyJob): they keep the example's status, and live in the
// emulator's project.
func WithReferenceExamples() Option {
	return func(c *config) { c.referenceExamples = true }
}

// referenceInvoice is the content of the reference file: it reads as an
// invoice, so a job over it classifies.
const referenceInvoice = "INVOICE\nInvoice number: INV-0001\nLine items: 1 x consulting day 900.00\nTotal amount due: 900.00\n"

func (s *Server) putReferenceExamples() error {
	var (
		v1      gen.ClassifyJob
		results gen.ClassifyJobResults
		v2      gen.ClassifyV2JobResponse
	)
	for name, into := range map[string]any{
		"GetClassifierJob.json":        &v1,
		"GetClassifierJobResults.json": &results,
		"GetClassifyJob.json":          &v2,
	} {
		data, err := seeds.FS.ReadFile(name)
		if err != nil {
			return fmt.Errorf("emulator: reference example %s: %w", name, err)
		}
		if err := json.Unmarshal(data, into); err != nil {
			return fmt.Errorf("emulator: reference example %s: %w", name, err)
		}
	}
	// The examples' project ids are placeholders: the objects live in the
	// emulator's project, where requests naming no project find them.
	v1.ProjectId, v2.ProjectId = uuid.Nil, ""
	// The page's command asks for "job_id"; its example answer says "id".
	v2.Id = "job_id"
	s.PutFile(gen.FileV2{Id: ReferenceFileID, Name: "invoice.txt"}, []byte(referenceInvoice))
	s.PutClassifierJob(v1, results.Items)
	s.PutClassifyJob(v2)
	return nil
}

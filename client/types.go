package client

import (
	openapi_types "github.com/oapi-codegen/runtime/types"

	"github.com/llamaclassify/llamaclassify-go/gen"
)

// The types a caller writes most often, under names of this package, so
// that a program using the client need not import gen. Each is an alias:
// a value converts freely to and from the generated type of the same
// shape, and the generated methods and constants still apply.

// Rule is one classification rule: a document type and, in plain language,
// what a document of that type contains, e.g.
//
//	client.Rule{Type: "invoice", Description: "contains invoice number, line items, and total amount"}
//
// The service allows types of 1 to 50 characters and descriptions of 10 to
// 2000; the client refuses others before sending, and refuses a type given
// twice in one set of rules.
type Rule = gen.ClassifierRule

// Configuration is how a v2 job classifies its document: the rules, and
// optionally the mode and which pages to read.
type Configuration = gen.ClassifyV2Configuration

// CreateJobRequest is the body of CreateJob: the document (FileInput) and
// its Configuration (or a saved ConfigurationId).
type CreateJobRequest = gen.ClassifyV2JobCreateRequest

// Job is a v2 classify job: its status and, once COMPLETED, its Result.
type Job = gen.ClassifyV2JobResponse

// Result is the classification of one document. Type is the matched rule's
// type, or nil when no rule applies. Confidence, from 0 to 1, is how sure
// the classification is: for a type, that the document is of that type;
// for a nil type, that no rule applies. Reasoning says why, in a sentence.
type Result = gen.ClassificationResult

// JobStatus is the status of a v2 job.
type JobStatus = gen.ClassifyV2JobStatus

// The statuses of a v2 job. COMPLETED, FAILED and CANCELLED are final.
const (
	StatusPending   = gen.ClassifyV2JobStatusPENDING
	StatusRunning   = gen.ClassifyV2JobStatusRUNNING
	StatusCompleted = gen.ClassifyV2JobStatusCOMPLETED
	StatusFailed    = gen.ClassifyV2JobStatusFAILED
	StatusCancelled = gen.ClassifyV2JobStatusCANCELLED
)

// ListJobsParams filters and pages ListJobs and Jobs; every field is
// optional (set it with Ptr).
type ListJobsParams = gen.ListClassifyJobsParams

// ListClassifierJobsParams filters and pages ListClassifierJobs and
// ClassifierJobs; every field is optional.
type ListClassifierJobsParams = gen.ListClassifierJobsParams

// ListFilesParams filters and pages ListFiles and Files; every field is
// optional.
type ListFilesParams = gen.ListFilesParams

// ParsingConfiguration says which pages of a v2 job's document are read:
// TargetPages ("1,3,5-7", 1-based) and MaxPages.
type ParsingConfiguration = gen.ClassifyV2ParsingConfiguration

// ClassifierJobRequest is the body of CreateClassifierJob, a v1 job: the
// files (FileIds, each the uuid of a file id, see ClassifierFileID) and
// the Rules.
type ClassifierJobRequest = gen.ClassifyJobCreate

// ClassifierJob is a v1 classifier job: its status, files and rules.
type ClassifierJob = gen.ClassifyJob

// UUID is a uuid, as a v1 job's FileIds hold them.
type UUID = openapi_types.UUID

// File is a stored file: its Id ("dfl-<uuid>"), Name and, when asked for,
// a DownloadUrl.
type File = gen.FileV2

// GetFileParams are the optional parameters of GetFile: Expand
// (&[]string{"download_url"} adds a presigned URL to the file's content)
// and the project and organization.
type GetFileParams = gen.GetFileParams

// Ptr returns a pointer to a copy of v, for the optional fields of requests
// and list parameters:
//
//	c.Jobs(ctx, &client.ListJobsParams{Status: client.Ptr(client.StatusCompleted), PageSize: client.Ptr[int32](50)})
func Ptr[T any](v T) *T { return &v }

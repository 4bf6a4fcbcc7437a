// Package downstream is a compile-time check of the Go client that ogen
// generates from the contract into api/: it has a method for each of the
// contract's twelve operations, so an operation that ogen skipped fails the
// build even if ogen's log format changes.
package downstream

import "llamaclassify-downstream/ogen/api"

var _ = []any{
	(*api.Client).CreateClassifierJob,
	(*api.Client).ListClassifierJobs,
	(*api.Client).GetClassifierJob,
	(*api.Client).GetClassifierJobResults,
	(*api.Client).CreateClassifyJob,
	(*api.Client).ListClassifyJobs,
	(*api.Client).GetClassifyJob,
	(*api.Client).CancelClassifyJob,
	(*api.Client).UploadFile,
	(*api.Client).ListFiles,
	(*api.Client).GetFile,
	(*api.Client).DeleteFile,
}

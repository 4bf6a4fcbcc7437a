// Package gen holds the types, client and server interface that oapi-codegen
// generates from openapi/openapi.yaml. Do not edit the *.gen.go files: change
// the contract and run `go generate ./...` (or `make generate`).
package gen

// Package llamaclassify is the root of the llamaclassify-go module: a Go
// client, CLI and local emulator for the LlamaCloud classify API.
//
// The importable packages are client (the SDK), openapi (the embedded
// contract and its validator) and gen (code generated from the contract).
// This file holds the go:generate lines that regenerate gen/ from
// openapi/openapi.yaml with the oapi-codegen version pinned in go.mod.
package llamaclassify

//go:generate go run github.com/oapi-codegen/oapi-codegen/v2/cmd/oapi-codegen -config gen/types.cfg.yaml openapi/openapi.yaml
//go:generate go run github.com/oapi-codegen/oapi-codegen/v2/cmd/oapi-codegen -config gen/client.cfg.yaml openapi/openapi.yaml
//go:generate go run github.com/oapi-codegen/oapi-codegen/v2/cmd/oapi-codegen -config gen/server.cfg.yaml openapi/openapi.yaml

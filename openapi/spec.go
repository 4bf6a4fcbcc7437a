// Package openapi embeds the LlamaCloud classify contract (openapi.yaml) and
// checks HTTP traffic against it.
//
// The same document drives code generation (package gen), client-side
// validation of request bodies before they are sent, the emulator's request
// validation, and contract checking of any server's responses.
package openapi

import (
	"context"
	_ "embed"
	"fmt"
	"sync"

	"github.com/getkin/kin-openapi/openapi3"
)

// YAML is the contract, exactly as committed in openapi/openapi.yaml.
//
//go:embed openapi.yaml
var YAML []byte

var (
	loadOnce sync.Once
	loaded   *openapi3.T
	loadErr  error
)

// Load parses and validates the embedded contract. The document is parsed
// once and shared: callers must treat it as read-only.
func Load() (*openapi3.T, error) {
	loadOnce.Do(func() {
		loaded, loadErr = parse()
	})
	return loaded, loadErr
}

// MustLoad is Load for package initialisation: it panics if the embedded
// contract does not parse, which a test of this package rules out.
func MustLoad() *openapi3.T {
	doc, err := Load()
	if err != nil {
		panic(err)
	}
	return doc
}

func parse() (*openapi3.T, error) {
	loader := openapi3.NewLoader()
	doc, err := loader.LoadFromData(YAML)
	if err != nil {
		return nil, fmt.Errorf("openapi: parse contract: %w", err)
	}
	if err := doc.Validate(context.Background()); err != nil {
		return nil, fmt.Errorf("openapi: invalid contract: %w", err)
	}
	return doc, nil
}

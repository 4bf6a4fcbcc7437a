package main

import (
	"fmt"

	"github.com/llamaclassify/llamaclassify-go/internal/emulator"
	"github.com/llamaclassify/llamaclassify-go/internal/llmclassifier"
)

// modelOptions reads the LLAMACLASSIFY_EMULATOR_LLM_* variables: with a
// URL set, the emulator classifies with that model (the built-in scorer
// deciding whenever the model fails), and says so on stderr.
func (a *app) modelOptions() ([]emulator.Option, error) {
	m, err := llmclassifier.FromEnv(a.getenv)
	if err != nil {
		return nil, usageErrorf("%v", err)
	}
	if m == nil {
		return nil, nil
	}
	fmt.Fprintf(a.stderr, "the emulator classifies with the model %s at %s, falling back to its built-in scorer\n", a.getenv(llmclassifier.EnvModel), m.Endpoint())
	return []emulator.Option{emulator.WithModel(m)}, nil
}

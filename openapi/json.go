package openapi

import (
	"bytes"
	"encoding/json"
	"fmt"
)

// toJSONValue turns a Go value into the generic form kin-openapi validates
// (maps, slices, float64, string, bool, nil) by a JSON round trip, so the
// check sees exactly what would go on the wire.
func toJSONValue(v any) (any, error) {
	raw, err := json.Marshal(v)
	if err != nil {
		return nil, fmt.Errorf("openapi: encode the value to check: %w", err)
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	var out any
	if err := dec.Decode(&out); err != nil {
		return nil, fmt.Errorf("openapi: decode the value to check: %w", err)
	}
	return out, nil
}

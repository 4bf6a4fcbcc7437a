//go:build tools

package llamaclassify

// The generator is pinned in go.mod through this import, so that
// `go generate ./...` needs nothing installed by hand.
import (
	_ "github.com/oapi-codegen/oapi-codegen/v2/cmd/oapi-codegen"
)

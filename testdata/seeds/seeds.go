// Package seeds holds the example commands of the service's CLI reference
// pages (commands.txt) and their example responses (<operationId>.json),
// embedded so that the emulator can serve the objects the commands name.
package seeds

import "embed"

// FS holds commands.txt and the example responses, <operationId>.json.
//
//go:embed *.json commands.txt
var FS embed.FS

package scorer

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// sourcesDigest is the digest sourceDigest must hold: the SHA-256 of the
// scorer's data and code (tests aside, and fingerprint.go, which holds
// the digest) and of internal/pages's code, each file as its path, a
// NUL, its content and a NUL, in the order of their paths.
func sourcesDigest(t *testing.T) string {
	t.Helper()
	var paths []string
	for _, pattern := range []string{"*.go", "*.txt", "*.bin", "../pages/*.go"} {
		m, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range m {
			if strings.HasSuffix(p, "_test.go") || filepath.Base(p) == "fingerprint.go" {
				continue
			}
			paths = append(paths, filepath.ToSlash(p))
		}
	}
	slices.Sort(paths)
	if len(paths) < 10 {
		t.Fatalf("only %d source files found: %v", len(paths), paths)
	}
	h := sha256.New()
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		h.Write([]byte(p))
		h.Write([]byte{0})
		h.Write(b)
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// The fingerprint changes with the scorer: any change to its code or data
// must come with a new sourceDigest, or the emulator would answer with
// the jobs of a scorer that answers otherwise.
func TestFingerprintNamesTheSources(t *testing.T) {
	if got := sourcesDigest(t); got != sourceDigest {
		t.Fatalf("the scorer's sources changed: set sourceDigest in fingerprint.go to %q", got)
	}
	f := Fingerprint()
	if len(f) != 16 || f != Fingerprint() {
		t.Fatalf("Fingerprint() = %q, then %q; want 16 hex digits, the same each time", f, Fingerprint())
	}
}

package emulator

import "fmt"

// checkFile refuses a file of n bytes when the store, holding c, would go
// past a limit.
func (l limits) checkFile(c counts, n int64) error {
	if l.Files > 0 && c.Files >= l.Files {
		return &limitError{fmt.Sprintf("The emulator holds its limit of %s: delete some (DELETE /api/v1/beta/files/{id}), or raise the limit", counted(l.Files, "file"))}
	}
	if l.Bytes > 0 && c.Bytes+n > l.Bytes {
		return &limitError{fmt.Sprintf("The emulator's storage limit of %d bytes would be exceeded (%d bytes held, %d more sent): delete some files, or raise the limit", l.Bytes, c.Bytes, n)}
	}
	return nil
}

func (l limits) jobsError() error {
	return &limitError{fmt.Sprintf("The emulator holds its limit of %s: reset its state, or raise the limit", counted(l.Jobs, "job"))}
}

// counted is "1 file" or "n files".
func counted(n int, one string) string {
	return fmt.Sprintf("%d %s", n, plural(uint64(n), one))
}

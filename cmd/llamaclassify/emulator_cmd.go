package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/llamaclassify/llamaclassify-go/internal/emulator"
)

// envEmulatorDir names the directory where the built-in emulator keeps its
// state between commands.
const envEmulatorDir = "LLAMACLASSIFY_EMULATOR_DIR"

// defaultLimits cap what the built-in emulator and serve hold unless told
// otherwise: far more than a person's documents, less than fills a disk.
var defaultLimits = emulator.Limits{Files: 100_000, Bytes: 10 << 30, Jobs: 1_000_000}

// emulatorDir is where the built-in emulator keeps its state:
// $LLAMACLASSIFY_EMULATOR_DIR, else llamaclassify/emulator in the user's
// cache directory (os.UserCacheDir), else, when there is no home to find
// one in (as on some CI machines), llamaclassify-<uid>/emulator in the
// system's temporary directory.
func (a *app) emulatorDir() (string, error) {
	if d := strings.TrimSpace(a.getenv(envEmulatorDir)); d != "" {
		abs, err := filepath.Abs(d)
		if err != nil {
			return "", usageErrorf("%s=%q: %v", envEmulatorDir, d, err)
		}
		return abs, nil
	}
	if cache, err := os.UserCacheDir(); err == nil {
		return filepath.Join(cache, "llamaclassify", "emulator"), nil
	}
	return filepath.Join(os.TempDir(), fmt.Sprintf("llamaclassify-%d", os.Getuid()), "emulator"), nil
}

func (a *app) emulatorCommand() *cobra.Command {
	cmd := group(&cobra.Command{
		Use:   "emulator",
		Short: "Locate or clear the built-in emulator's state",
		Long: `With no API key and no base URL, commands run against a built-in emulator of the
service that keeps its files, jobs and results between commands, in
$` + envEmulatorDir + `, else llamaclassify/emulator in your cache directory.

  llamaclassify emulator path    prints where the state is
  llamaclassify emulator reset   deletes it (the next command starts empty)`,
	})
	path := &cobra.Command{
		Use:   "path",
		Short: "Print the directory where the built-in emulator keeps its state",
		Args:  noArgs,
		RunE: func(*cobra.Command, []string) error {
			dir, err := a.emulatorDir()
			if err != nil {
				return err
			}
			fmt.Fprintln(a.stdout, dir)
			return nil
		},
	}
	reset := &cobra.Command{
		Use:   "reset",
		Short: "Delete the built-in emulator's files, jobs and results",
		Long: `Delete the built-in emulator's state: every file, job and result it keeps. Only
what the emulator wrote is removed; the directory goes too when nothing
else is in it. Run it when no other llamaclassify command is running.`,
		Args: noArgs,
		RunE: func(*cobra.Command, []string) error {
			dir, err := a.emulatorDir()
			if err != nil {
				return err
			}
			removed, err := emulator.ResetDataDir(dir)
			if err != nil {
				return err
			}
			if !removed.Found {
				fmt.Fprintf(a.stdout, "nothing to reset: no emulator state in %s\n", dir)
				return nil
			}
			what := fmt.Sprintf("%s (%s), %s, %s", plural(removed.Files, "file"), plural(int(removed.Bytes), "byte"),
				plural(removed.ClassifyJobs, "classify job"), plural(removed.ClassifierJobs, "classifier job"))
			if !removed.Counted {
				what = "a store this version cannot read"
			}
			fmt.Fprintf(a.stdout, "removed the emulator's state in %s: %s\n", dir, what)
			return nil
		},
	}
	cmd.AddCommand(path, reset)
	return cmd
}

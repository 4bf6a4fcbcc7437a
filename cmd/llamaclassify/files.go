package main

import (
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"

	openapi_types "github.com/oapi-codegen/runtime/types"
	"github.com/spf13/cobra"

	"github.com/llamaclassify/llamaclassify-go/client"
	"github.com/llamaclassify/llamaclassify-go/gen"
)

// Table columns of files.
var fileColumns = []column{
	{"ID", "id"}, {"NAME", "name"}, {"TYPE", "file_type"}, {"PURPOSE", "purpose"}, {"MODIFIED", "last_modified_at"},
}

// filePurposes lists the purposes the service names for an upload, for
// completion and help. The contract types the purpose as a plain string, so
// another value is sent as it is.
var filePurposes = []string{client.PurposeUserData, client.PurposeParse, client.PurposeExtract, client.PurposeClassify,
	client.PurposeSplit, client.PurposeSheet, client.PurposeAgentApp}

func (a *app) filesCommand() *cobra.Command {
	cmd := group(&cobra.Command{
		Use:   "files",
		Short: "Upload, look up, list and delete the files classification jobs read",
	})
	cmd.AddCommand(a.filesUploadCommand(), a.filesListCommand(), a.filesGetCommand(), a.filesDeleteCommand())
	return cmd
}

func (a *app) filesUploadCommand() *cobra.Command {
	var purpose, externalID string
	cmd := &cobra.Command{
		Use:     "upload PATH",
		Short:   "Upload a file; prints it with the id (dfl-...) to classify it by",
		Example: `  llamaclassify files upload invoice.pdf --transform id --format raw`,
		Args:    exactArgs(1, "PATH"),
		RunE: func(cmd *cobra.Command, args []string) error {
			path := args[0]
			if err := checkReadableFile(path); err != nil {
				return err
			}
			if strings.TrimSpace(purpose) == "" {
				return usageErrorf("--purpose is empty: want what the file is for, e.g. one of %s", strings.Join(filePurposes, ", "))
			}
			if purpose == client.PurposeClassify && empty(path) {
				return usageErrorf("%s: the file is empty: a classify job would fail on it", path)
			}
			if !slices.Contains(filePurposes, purpose) {
				// The contract leaves purpose open, so it is sent; but a
				// slip ("clasify") is more likely than a new purpose.
				fmt.Fprintf(a.stderr, "llamaclassify: warning: --purpose %q is none of %s; sent as given\n", purpose, strings.Join(filePurposes, ", "))
			}
			c, err := a.connect()
			if err != nil {
				return err
			}
			file, err := c.UploadFile(cmd.Context(), client.Upload{Path: path, Purpose: purpose, ExternalFileID: externalID})
			if err != nil {
				return err
			}
			return a.printer().print(file, nil)
		},
	}
	f := cmd.Flags()
	f.StringVar(&purpose, "purpose", client.PurposeClassify, "what the file is for: "+strings.Join(filePurposes, ", "))
	_ = cmd.RegisterFlagCompletionFunc("purpose", cobra.FixedCompletions(filePurposes, cobra.ShellCompDirectiveNoFileComp))
	f.StringVar(&externalID, "external-file-id", "", "a key of your own to find the file by later (default: a random one)")
	return cmd
}

func (a *app) filesListCommand() *cobra.Command {
	var (
		pageSize                               int32
		pageToken, fileName, externalID, order string
		fileIDs                                []string
		all                                    bool
	)
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List the project's files",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			params := &gen.ListFilesParams{}
			if cmd.Flags().Changed("page-size") {
				if pageSize < 1 || pageSize > 1000 {
					return usageErrorf("--page-size %d: want 1 to 1000", pageSize)
				}
				params.PageSize = &pageSize
			}
			setString(&params.PageToken, pageToken)
			setString(&params.FileName, fileName)
			setString(&params.ExternalFileId, externalID)
			setString(&params.OrderBy, order)
			if len(fileIDs) > 0 {
				ids := make([]openapi_types.UUID, len(fileIDs))
				for i, id := range fileIDs {
					u, err := client.ClassifierFileID(id)
					if err != nil {
						return usageErrorf("--file-id %q: want a file id (dfl-<uuid>) or its uuid", id)
					}
					ids[i] = u
				}
				params.FileIds = &ids
			}
			c, err := a.connect()
			if err != nil {
				return err
			}
			if all {
				items, err := collectAll(c.Files(cmd.Context(), params))
				if err != nil {
					return err
				}
				total := int64(len(items))
				return a.printer().print(gen.FileQueryResponse{Items: items, TotalSize: &total}, fileColumns)
			}
			page, err := c.ListFiles(cmd.Context(), params)
			if err != nil {
				return err
			}
			return a.printer().print(page, fileColumns)
		},
	}
	f := cmd.Flags()
	f.StringSliceVar(&fileIDs, "file-id", nil, "list only these files (repeat, or separate with commas)")
	f.StringVar(&fileName, "file-name", "", "list only the files with exactly this name")
	f.StringVar(&externalID, "external-file-id", "", "list only the files uploaded with this external id")
	f.StringVar(&order, "order-by", "", "comma-separated fields to sort by; append ' desc' for descending")
	f.Int32Var(&pageSize, "page-size", 0, "largest number of files in one page (1 to 1000)")
	f.StringVar(&pageToken, "page-token", "", "next_page_token of the previous page")
	f.BoolVar(&all, "all", false, "follow every page and print all files")
	return cmd
}

func (a *app) filesGetCommand() *cobra.Command {
	var downloadURL bool
	cmd := &cobra.Command{
		Use:   "get FILE_ID",
		Short: "Show an uploaded file (dfl-... or its uuid)",
		Example: `  llamaclassify files get dfl-182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e
  llamaclassify files get dfl-182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e --download-url --transform download_url.url --format raw`,
		Args: exactArgs(1, "FILE_ID"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if _, err := client.ClassifierFileID(args[0]); err != nil {
				return usageErrorf("%q: want a file id (dfl-<uuid>) or its uuid", args[0])
			}
			params := &gen.GetFileParams{}
			if downloadURL {
				params.Expand = &[]string{"download_url"}
			}
			c, err := a.connect()
			if err != nil {
				return err
			}
			file, err := c.GetFile(cmd.Context(), args[0], params)
			if err != nil {
				return err
			}
			return a.printer().print(file, fileColumns)
		},
	}
	cmd.Flags().BoolVar(&downloadURL, "download-url", false, "include a presigned URL to the file's content (download_url)")
	return cmd
}

func (a *app) filesDeleteCommand() *cobra.Command {
	return &cobra.Command{
		Use:     "delete FILE_ID...",
		Short:   "Delete uploaded files (dfl-... or their uuids); every id is tried, once all are well formed",
		Example: `  llamaclassify files delete dfl-182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e`,
		Args: func(c *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageErrorf("%s takes one or more FILE_IDs\nrun '%s --help' for usage", c.CommandPath(), c.CommandPath())
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			// A file named twice (as dfl-<uuid> and as its uuid, or in
			// another case) is deleted once, under the first name given.
			seen := map[openapi_types.UUID]bool{}
			var ids []string
			for _, id := range args {
				u, err := client.ClassifierFileID(id)
				if err != nil {
					return usageErrorf("%q: want a file id (dfl-<uuid>) or its uuid", id)
				}
				if !seen[u] {
					seen[u] = true
					ids = append(ids, id)
				}
			}
			args = ids
			c, err := a.connect()
			if err != nil {
				return err
			}
			// Every id is tried, as rm tries every path, and each failure
			// is said as any command's error is; a refused key or an ended
			// command stops the rest, which would fail alike (exit 1, or
			// the signal's or --timeout's code).
			notDeleted := func(n int) string {
				return fmt.Sprintf("files delete: %d of %s not deleted", n, plural(len(args), "file"))
			}
			failed := 0
			for i, id := range args {
				err := c.DeleteFile(cmd.Context(), id)
				if err == nil {
					fmt.Fprintf(a.stderr, "deleted %s\n", id)
					continue
				}
				failed++
				fmt.Fprintf(a.stderr, "llamaclassify: %s: %s\n", id, client.Redact(a.describeError(err), a.secret))
				if errors.Is(err, client.ErrUnauthorized) || errors.Is(err, client.ErrForbidden) || cmd.Context().Err() != nil {
					rest := args[i+1:]
					if len(rest) == 0 {
						return errors.New(notDeleted(failed))
					}
					return fmt.Errorf("%s (%d not tried: %s)", notDeleted(failed+len(rest)), len(rest), strings.Join(rest, " "))
				}
			}
			switch {
			case failed == 0:
				return nil
			case len(args) == 1:
				return errors.New("files delete: the file was not deleted")
			}
			return &failedError{msg: notDeleted(failed)}
		},
	}
}

// exactArgs wants n positional arguments, named in the message.
func exactArgs(n int, names string) cobra.PositionalArgs {
	return func(c *cobra.Command, args []string) error {
		if len(args) != n {
			return usageErrorf("%s takes %s (got %d arguments)\nrun '%s --help' for usage", c.CommandPath(), names, len(args), c.CommandPath())
		}
		return nil
	}
}

// checkReadableFile refuses a path that is missing, a directory, not a
// regular file or unreadable, before anything is sent. A named pipe, a
// process substitution's /dev/fd/N or a device is refused before it is
// opened: opening a pipe waits for a writer, and what it holds can be read
// only once, while a file is read for its id and again to upload it.
func checkReadableFile(path string) error {
	if info, err := os.Stat(path); err == nil && !info.IsDir() && !info.Mode().IsRegular() {
		return usageErrorf("%s: is %s, not a regular file: save what it holds to a file first", path, fileKind(info.Mode()))
	}
	f, err := os.Open(path)
	if err != nil {
		return usageErrorf("%s: %v", path, pathErrorReason(err))
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return usageErrorf("%s: %v", path, pathErrorReason(err))
	}
	if info.IsDir() {
		return usageErrorf("%s: is a directory, not a file", path)
	}
	return nil
}

// fileKind words what a file that is not a regular file is.
func fileKind(m os.FileMode) string {
	switch {
	case m&os.ModeNamedPipe != 0:
		return "a pipe"
	case m&os.ModeSocket != 0:
		return "a socket"
	case m&os.ModeCharDevice != 0:
		return "a character device"
	case m&os.ModeDevice != 0:
		return "a device"
	}
	return "a special file"
}

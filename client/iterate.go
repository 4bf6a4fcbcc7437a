package client

import (
	"fmt"
	"iter"
)

// maxEmptyPages is how many empty pages in a row, each with a next token,
// an iteration follows before it takes the server to be looping.
const maxEmptyPages = 100

// paginate iterates over the items of successive pages. fetch returns the
// page of a token (nil for the first) and the next token. The iteration
// ends when the next token is absent or empty, after yielding an error
// once, or when the caller stops; a token seen twice, or maxEmptyPages
// empty pages in a row that each say there is more, is an error rather
// than a loop.
func paginate[T any](first *string, fetch func(token *string) ([]T, *string, error)) iter.Seq2[T, error] {
	return func(yield func(T, error) bool) {
		var zero T
		seen := map[string]bool{}
		token := first
		if token != nil && *token == "" {
			token = nil
		}
		if token != nil {
			seen[*token] = true
		}
		empty := 0
		for {
			items, next, err := fetch(token)
			if err != nil {
				yield(zero, err)
				return
			}
			if len(items) == 0 {
				empty++
			} else {
				empty = 0
			}
			for _, it := range items {
				if !yield(it, nil) {
					return
				}
			}
			if next == nil || *next == "" {
				return
			}
			if seen[*next] {
				yield(zero, fmt.Errorf("llamaclassify: the server returned page token %q twice; stopping instead of looping", *next))
				return
			}
			if empty >= maxEmptyPages {
				yield(zero, fmt.Errorf("llamaclassify: the server returned %d empty pages in a row, each with a next page token; stopping instead of looping", empty))
				return
			}
			seen[*next] = true
			token = next
		}
	}
}

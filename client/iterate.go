package client

import (
	"fmt"
	"iter"
)

// paginate iterates over the items of successive pages. fetch returns the
// page of a token (nil for the first) and the next token. The iteration
// ends when the next token is absent or empty, after yielding an error
// once, or when the caller stops; a token seen twice is an error rather
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
		for {
			items, next, err := fetch(token)
			if err != nil {
				yield(zero, err)
				return
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
			seen[*next] = true
			token = next
		}
	}
}

package emulator

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"

	"github.com/llamaclassify/llamaclassify-go/gen"
	"github.com/llamaclassify/llamaclassify-go/openapi"
)

// This file turns what the contract validator (kin-openapi) refuses into the
// service's 422 body: {"detail": [{"loc": [...], "msg": "...", "type": "..."}]},
// where loc starts with the request part ("body", "query", "path") and
// continues with field names and integer array indexes, and type is the
// service's machine-readable kind (string_too_short, missing, enum, ...).

// newDetail builds one ValidationError; loc holds strings and ints.
func newDetail(loc []any, typ, msg string, ctx map[string]any) gen.ValidationError {
	d := gen.ValidationError{Loc: make([]gen.ValidationErrorLocation, 0, len(loc)), Msg: msg, Type: typ}
	for _, step := range loc {
		var l gen.ValidationErrorLocation
		switch v := step.(type) {
		case int:
			_ = l.FromValidationErrorLocation1(int32(v))
		default:
			_ = l.FromValidationErrorLocation0(fmt.Sprint(v))
		}
		d.Loc = append(d.Loc, l)
	}
	if len(ctx) > 0 {
		c := make(map[string]gen.JSONValue, len(ctx))
		for k, v := range ctx {
			c[k] = jsonValue(v)
		}
		d.Ctx = &c
	}
	return d
}

// jsonValue gives v as the contract's JSONValue: the plain JSON value
// encoding/json reads back from v.
func jsonValue(v any) gen.JSONValue {
	b, err := json.Marshal(v)
	if err != nil {
		return nil
	}
	var out gen.JSONValue
	if json.Unmarshal(b, &out) != nil {
		return nil
	}
	return out
}

// requestErrorDetails flattens the errors of openapi3filter.ValidateRequest.
func requestErrorDetails(err error) []gen.ValidationError {
	if err == nil {
		return nil
	}
	// Only a MultiError at this level lists separate request errors; one
	// inside a RequestError lists the schema errors of that part.
	if multi, ok := err.(openapi3.MultiError); ok {
		var out []gen.ValidationError
		for _, e := range multi {
			out = append(out, requestErrorDetails(e)...)
		}
		return out
	}
	var re *openapi3filter.RequestError
	if !errors.As(err, &re) {
		return nil
	}
	prefix := []any{"body"}
	var paramSchema *openapi3.Schema
	if re.Parameter != nil {
		prefix = []any{re.Parameter.In, re.Parameter.Name}
		if re.Parameter.Schema != nil {
			paramSchema = re.Parameter.Schema.Value
		}
	}
	if inner := schemaDetails(re.Err, prefix); len(inner) > 0 {
		return inner
	}
	switch {
	case errors.Is(re.Err, openapi3filter.ErrInvalidRequired):
		return []gen.ValidationError{newDetail(prefix, "missing", "Field required", nil)}
	case errors.Is(re.Err, openapi3filter.ErrInvalidEmptyValue):
		return []gen.ValidationError{newDetail(prefix, "missing", "Field required", nil)}
	case tooLarge(re.Err):
		return []gen.ValidationError{newDetail(prefix, "too_long",
			fmt.Sprintf("Request body is larger than %d bytes", maxJSONBody), map[string]any{"max_length": maxJSONBody})}
	}
	var pe *openapi3filter.ParseError
	if errors.As(re.Err, &pe) {
		if re.Parameter != nil {
			typ, msg := typeMismatch(paramSchema)
			return []gen.ValidationError{newDetail(prefix, strings.TrimSuffix(typ, "_type")+"_parsing", msg, nil)}
		}
		return []gen.ValidationError{newDetail(prefix, "json_invalid", "JSON decode error: "+firstLine(pe.Error()), nil)}
	}
	if strings.Contains(re.Reason, "Content-Type") {
		return []gen.ValidationError{newDetail([]any{"header", "Content-Type"}, "value_error", re.Reason, nil)}
	}
	msg := re.Reason
	if msg == "" && re.Err != nil {
		msg = re.Err.Error()
	}
	return []gen.ValidationError{newDetail(prefix, "value_error", firstLine(msg), nil)}
}

// schemaDetails turns schema errors into details located under prefix.
func schemaDetails(err error, prefix []any) []gen.ValidationError {
	if err == nil {
		return nil
	}
	var multi openapi3.MultiError
	if errors.As(err, &multi) {
		var out []gen.ValidationError
		for _, e := range multi {
			out = append(out, schemaDetails(e, prefix)...)
		}
		return out
	}
	var se *openapi3.SchemaError
	if !errors.As(err, &se) {
		return nil
	}
	if se.Origin != nil {
		if inner := schemaDetails(se.Origin, prefix); len(inner) > 0 {
			return inner
		}
	}
	loc := append([]any(nil), prefix...)
	for _, step := range se.JSONPointer() {
		if i, err := strconv.Atoi(step); err == nil {
			loc = append(loc, i)
		} else {
			loc = append(loc, step)
		}
	}
	if matches := openapi.NotMatches(se); len(matches) > 0 {
		// A field of the wrong type is that, not missing.
		out := schemaDetails(openapi.RestOfNot(se), loc)
		for _, m := range matches {
			l := append([]any(nil), prefix...)
			for _, step := range m.Pointer {
				l = append(l, step)
			}
			if !slices.ContainsFunc(out, func(d gen.ValidationError) bool { return sameLoc(d.Loc, l) }) {
				out = append(out, newDetail(l, "missing", "Field required: "+strings.TrimPrefix(m.Description, "required: "), nil))
			}
		}
		return out
	}
	if se.SchemaField == "properties" {
		// An unknown property of an object that allows none: kin-openapi
		// names it only in the reason.
		var name string
		if _, err := fmt.Sscanf(se.Reason, "property %q is unsupported", &name); err == nil {
			return []gen.ValidationError{newDetail(append(loc, name), "extra_forbidden", "Extra inputs are not permitted", nil)}
		}
	}
	typ, msg, ctx := describeSchemaError(se)
	return []gen.ValidationError{newDetail(loc, typ, msg, ctx)}
}

// sameLoc says whether a detail's location is loc.
func sameLoc(got []gen.ValidationErrorLocation, loc []any) bool {
	want := newDetail(loc, "", "", nil).Loc
	if len(got) != len(want) {
		return false
	}
	for i := range got {
		a, _ := got[i].MarshalJSON()
		b, _ := want[i].MarshalJSON()
		if string(a) != string(b) {
			return false
		}
	}
	return true
}

// describeSchemaError names a schema error the way the service does.
func describeSchemaError(se *openapi3.SchemaError) (typ, msg string, ctx map[string]any) {
	s := se.Schema
	if s == nil {
		return "value_error", se.Reason, nil
	}
	switch se.SchemaField {
	case "required":
		return "missing", "Field required", nil
	case "minLength":
		return "string_too_short", fmt.Sprintf("String should have at least %d %s", s.MinLength, plural(s.MinLength, "character")),
			map[string]any{"min_length": s.MinLength}
	case "maxLength":
		if s.MaxLength != nil {
			return "string_too_long", fmt.Sprintf("String should have at most %d %s", *s.MaxLength, plural(*s.MaxLength, "character")),
				map[string]any{"max_length": *s.MaxLength}
		}
	case "minItems":
		return "too_short", fmt.Sprintf("List should have at least %d %s", s.MinItems, plural(s.MinItems, "item")),
			map[string]any{"min_length": s.MinItems}
	case "maxItems":
		if s.MaxItems != nil {
			return "too_long", fmt.Sprintf("List should have at most %d %s", *s.MaxItems, plural(*s.MaxItems, "item")),
				map[string]any{"max_length": *s.MaxItems}
		}
	case "minimum":
		if s.Min != nil {
			return "greater_than_equal", "Input should be greater than or equal to " + number(*s.Min), map[string]any{"ge": *s.Min}
		}
	case "maximum":
		if s.Max != nil {
			return "less_than_equal", "Input should be less than or equal to " + number(*s.Max), map[string]any{"le": *s.Max}
		}
	case "enum":
		vals := make([]string, len(s.Enum))
		for i, v := range s.Enum {
			vals[i] = fmt.Sprintf("'%v'", v)
		}
		return "enum", "Input should be " + orList(vals), map[string]any{"expected": orList(vals)}
	case "pattern":
		return "string_pattern_mismatch", fmt.Sprintf("String should match pattern '%s'", s.Pattern),
			map[string]any{"pattern": s.Pattern}
	case "format":
		switch s.Format {
		case "uuid":
			return "uuid_parsing", "Input should be a valid UUID", nil
		case "date-time":
			return "datetime_parsing", "Input should be a valid datetime", nil
		}
		return "value_error", fmt.Sprintf("Input should be a valid %s", s.Format), nil
	case "additionalProperties":
		return "extra_forbidden", "Extra inputs are not permitted", nil
	case "type", "nullable":
		typ, msg := typeMismatch(s)
		return typ, msg, nil
	}
	return "value_error", se.Reason, nil
}

// typeMismatch names the type error for a value that is not of s's type.
func typeMismatch(s *openapi3.Schema) (typ, msg string) {
	if s == nil || s.Type == nil {
		return "value_error", "Input is not valid"
	}
	switch {
	case s.Type.Is("string"):
		return "string_type", "Input should be a valid string"
	case s.Type.Is("integer"):
		return "int_type", "Input should be a valid integer"
	case s.Type.Is("number"):
		return "float_type", "Input should be a valid number"
	case s.Type.Is("boolean"):
		return "bool_type", "Input should be a valid boolean"
	case s.Type.Is("array"):
		return "list_type", "Input should be a valid list"
	case s.Type.Is("object"):
		return "dict_type", "Input should be a valid dictionary"
	}
	return "value_error", "Input is not valid"
}

func plural(n uint64, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}

func number(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

func orList(vals []string) string {
	switch len(vals) {
	case 0:
		return ""
	case 1:
		return vals[0]
	}
	return strings.Join(vals[:len(vals)-1], ", ") + " or " + vals[len(vals)-1]
}

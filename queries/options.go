package queries

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"

	"lexgraph"
)

// Option is one settable field of a query's options struct, as the
// command line (a flag, or a positional argument) and the HTTP API (a
// query-string parameter) both set it: one description of the options
// serves both, and the API's OpenAPI document.
type Option struct {
	// Name is the json tag: the API's parameter ("part", "max_depth"); the
	// command line's flag is the same with dashes ("max-depth").
	Name string
	// Arg names a positional argument of the command line ("INSTRUMENT");
	// empty for a flag. Arguments are required.
	Arg  string
	Help string
	// Type is "string", "integer" or "boolean".
	Type string
	// Enum lists the values a string option takes, where they are a closed
	// set (parts, kinds, groupings).
	Enum []string
	v    reflect.Value
}

// Options lists the settable fields of opts, a pointer to an options
// struct, with the fields of the structs it embeds, in declaration order.
func Options(opts any) []Option {
	return optionsOf(reflect.ValueOf(opts).Elem())
}

func optionsOf(v reflect.Value) []Option {
	var out []Option
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		f, fv := t.Field(i), v.Field(i)
		if f.Anonymous && f.Type.Kind() == reflect.Struct {
			out = append(out, optionsOf(fv)...)
			continue
		}
		name := strings.Split(f.Tag.Get("json"), ",")[0]
		if name == "" || name == "-" || !f.IsExported() {
			continue
		}
		o := Option{Name: name, Arg: f.Tag.Get("arg"), Help: f.Tag.Get("help"), v: fv}
		switch fv.Kind() {
		case reflect.Int:
			o.Type = "integer"
		case reflect.Bool:
			o.Type = "boolean"
		default:
			o.Type = "string"
		}
		switch f.Type {
		case reflect.TypeOf(lexgraph.Part("")):
			o.Enum = partNames()
		case reflect.TypeOf(lexgraph.Kind("")):
			for _, k := range lexgraph.Kinds {
				o.Enum = append(o.Enum, string(k))
			}
		}
		if e := f.Tag.Get("enum"); e != "" {
			o.Enum = strings.Split(e, ",")
		}
		if o.Help == "" && o.Arg != "" {
			o.Help = "the " + strings.ToLower(o.Arg) + " (a name, matched forgivingly, or an id)"
		}
		out = append(out, o)
	}
	return out
}

// partNames lists the parts an option may name.
func partNames() []string {
	return []string{string(lexgraph.PartQuestion), string(lexgraph.PartAnswer), string(lexgraph.PartTitle),
		string(lexgraph.PartIndex), string(lexgraph.PartText)}
}

// Set sets the option from its text; a value of the wrong type is an
// EINVALID error naming the option.
func (o Option) Set(s string) error {
	switch o.v.Kind() {
	case reflect.Int:
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil {
			return lexgraph.Errorf(lexgraph.EINVALID, "option %s: %q is not a whole number", o.Name, s)
		}
		o.v.SetInt(int64(n))
	case reflect.Bool:
		b, err := strconv.ParseBool(strings.TrimSpace(s))
		if err != nil {
			return lexgraph.Errorf(lexgraph.EINVALID, "option %s: %q is not true or false", o.Name, s)
		}
		o.v.SetBool(b)
	default:
		o.v.SetString(s)
	}
	return nil
}

// String returns the option's value as text; "" for a zero number.
func (o Option) String() string {
	if !o.v.IsValid() {
		return ""
	}
	switch o.v.Kind() {
	case reflect.Int:
		if o.v.Int() == 0 {
			return ""
		}
		return strconv.FormatInt(o.v.Int(), 10)
	case reflect.Bool:
		return strconv.FormatBool(o.v.Bool())
	}
	return o.v.String()
}

// IsSet reports whether the option holds anything but its zero value.
func (o Option) IsSet() bool { return o.v.IsValid() && !o.v.IsZero() }

// SetOptions fills opts (a pointer to an options struct) from named
// values, as a query string gives them: every name must be an option's,
// and every positional argument must be given. It checks the options
// (Checker) when it can.
func SetOptions(opts any, values map[string][]string) error {
	byName := map[string]Option{}
	for _, o := range Options(opts) {
		byName[o.Name] = o
	}
	for name, vs := range values {
		o, ok := byName[name]
		if !ok {
			return lexgraph.Errorf(lexgraph.EINVALID, "unknown option %q (want one of %s)", name, strings.Join(optionNames(opts), ", "))
		}
		if len(vs) != 1 {
			return lexgraph.Errorf(lexgraph.EINVALID, "option %s given %d times: give it once", name, len(vs))
		}
		if err := o.Set(vs[0]); err != nil {
			return err
		}
	}
	for _, o := range Options(opts) {
		if o.Arg != "" && strings.TrimSpace(o.String()) == "" {
			return lexgraph.Errorf(lexgraph.EINVALID, "option %s is required: %s", o.Name, o.Help)
		}
	}
	if ch, ok := opts.(Checker); ok {
		return ch.Check()
	}
	return nil
}

func optionNames(opts any) []string {
	var names []string
	for _, o := range Options(opts) {
		names = append(names, o.Name)
	}
	return names
}

// Describe returns the options of a query for help texts: "part (one of
// question, answer…)".
func (o Option) Describe() string {
	if len(o.Enum) > 0 {
		return fmt.Sprintf("%s (one of %s)", o.Help, strings.Join(o.Enum, ", "))
	}
	return o.Help
}

package server

import (
	"net/http"
	"reflect"
	"strings"
	"sync"

	"lexgraph/queries"
)

// The OpenAPI document is made from the queries' registry at the first
// request, never written by hand: a query added to the registry is
// described with its options and its rows' fields.

var openAPIDoc struct {
	once sync.Once
	doc  map[string]any
}

func (s *Server) serveOpenAPI(w http.ResponseWriter, r *http.Request) {
	openAPIDoc.once.Do(func() { openAPIDoc.doc = openAPI() })
	writeJSON(w, http.StatusOK, openAPIDoc.doc)
}

// obj is a JSON object.
type obj = map[string]any

// schemas gathers the component schemas of the row types met.
type schemas map[string]any

// ref returns the schema of a Go type, adding the structs it meets to the
// components.
func (sc schemas) ref(t reflect.Type) obj {
	switch t.Kind() {
	case reflect.Pointer:
		return sc.ref(t.Elem())
	case reflect.Slice:
		if t.Elem().Kind() == reflect.Uint8 {
			return obj{"type": "string"}
		}
		return obj{"type": "array", "items": sc.ref(t.Elem())}
	case reflect.String:
		return obj{"type": "string"}
	case reflect.Bool:
		return obj{"type": "boolean"}
	case reflect.Int, reflect.Int32, reflect.Int64, reflect.Uint, reflect.Uint32, reflect.Uint64:
		return obj{"type": "integer"}
	case reflect.Float32, reflect.Float64:
		return obj{"type": "number"}
	case reflect.Map, reflect.Interface:
		return obj{}
	case reflect.Struct:
		name := t.Name()
		if name == "" {
			return sc.object(t)
		}
		if _, ok := sc[name]; !ok {
			sc[name] = obj{} // placeholder: a type that holds itself
			sc[name] = sc.object(t)
		}
		return obj{"$ref": "#/components/schemas/" + name}
	}
	return obj{}
}

// object describes a struct by its json fields; embedded structs add
// theirs.
func (sc schemas) object(t reflect.Type) obj {
	props := obj{}
	var fields func(t reflect.Type)
	fields = func(t reflect.Type) {
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			if f.Anonymous && f.Type.Kind() == reflect.Struct {
				fields(f.Type)
				continue
			}
			name := strings.Split(f.Tag.Get("json"), ",")[0]
			if name == "-" || !f.IsExported() {
				continue
			}
			if name == "" {
				name = f.Name
			}
			props[name] = sc.ref(f.Type)
		}
	}
	fields(t)
	return obj{"type": "object", "properties": props}
}

// errorResponses are the errors every endpoint may answer.
func errorResponses(sc schemas) obj {
	e := obj{"content": obj{"application/json": obj{"schema": sc.ref(reflect.TypeFor[apiError]())}}}
	with := func(desc string) obj {
		out := obj{}
		for k, v := range e {
			out[k] = v
		}
		out["description"] = desc
		return out
	}
	return obj{
		"400": with("a bad option, named in the error"),
		"404": with("a name that matches nothing"),
		"409": with("an ambiguous name: the candidates and their ids are listed"),
		"422": with("the work passed a bound (time, memory, output) and was stopped"),
		"503": with("the store cannot be read yet, or every raw query slot is taken: try again"),
	}
}

func merge(a, b obj) obj {
	out := obj{}
	for k, v := range a {
		out[k] = v
	}
	for k, v := range b {
		out[k] = v
	}
	return out
}

func param(name, desc string, schema obj, required bool) obj {
	return obj{"name": name, "in": "query", "description": desc, "required": required, "schema": schema}
}

// openAPI builds the document.
func openAPI() obj {
	sc := schemas{}
	errs := errorResponses(sc)
	paths := obj{}
	for _, q := range queries.Queries {
		var params []obj
		for _, o := range queries.Options(q.Options()) {
			schema := obj{"type": o.Type}
			if len(o.Enum) > 0 {
				schema["enum"] = o.Enum
			}
			params = append(params, param(o.Name, o.Help, schema, o.Arg != ""))
		}
		params = append(params, param("format", "json (the default) or csv (a download; a report's tables one after the other)", obj{"type": "string", "enum": []string{"json", "csv"}}, false))
		var body obj
		if len(q.Results) == 1 {
			body = sc.ref(q.Results[0])
		} else {
			var alts []obj
			for _, t := range q.Results {
				alts = append(alts, sc.ref(t))
			}
			body = obj{"oneOf": alts}
		}
		paths["/api/v1/query/"+q.Name] = obj{"get": obj{
			"operationId": "query_" + q.Name,
			"summary":     q.Short,
			"description": strings.ReplaceAll(q.Long, "\n", " ") + " The same rows as `lexgraph query " + q.Name + " --format json`.",
			"parameters":  params,
			"responses": merge(errs, obj{"200": obj{
				"description": "the rows (at most serve.max_rows; the header X-Lexgraph-Rows-Cut says when the bound was reached)",
				"content":     obj{"application/json": obj{"schema": body}, "text/csv": obj{"schema": obj{"type": "string"}}},
			}}),
		}}
	}
	paths["/api/v1/stats"] = obj{"get": obj{"operationId": "stats", "summary": "What the store holds, counted (as lexgraph stats --format json)",
		"responses": merge(errs, obj{"200": obj{"description": "the counts", "content": obj{"application/json": obj{"schema": sc.ref(reflect.TypeFor[queries.Stats]())}}}})}}
	paths["/api/v1/status"] = obj{"get": obj{"operationId": "status", "summary": "What the server serves: the store's generation, when it was loaded, the raw queries running",
		"responses": obj{"200": obj{"description": "the status", "content": obj{"application/json": obj{"schema": sc.ref(reflect.TypeFor[status]())}}}}}}
	paths["/api/v1/export"] = obj{"get": obj{"operationId": "export", "summary": "The graph, or a node's neighbourhood, as N-Quads, JSON-LD, GraphML or DOT (as lexgraph export)",
		"parameters": []obj{
			param("format", "the format", obj{"type": "string", "enum": []string{"nquads", "jsonld", "graphml", "dot"}}, false),
			param("node", "a node's name or IRI: export its neighbourhood only", obj{"type": "string"}, false),
			param("depth", "with node: the links to walk from it (default 1)", obj{"type": "integer"}, false),
			param("max_nodes", "with node: fail rather than export more nodes (default 10000)", obj{"type": "integer"}, false),
			param("base", "prefix every IRI with this base", obj{"type": "string"}, false),
		},
		"responses": merge(errs, obj{"200": obj{"description": "the graph, streamed (stopped at serve.export_timeout)", "content": obj{
			"application/n-quads": obj{}, "application/ld+json": obj{}, "application/graphml+xml": obj{}, "text/vnd.graphviz": obj{}}}}),
	}}
	rawAnswerSchema := sc.ref(reflect.TypeFor[rawAnswer]())
	rawParams := []obj{
		param("limit", "at most this many results (at most query.limit)", obj{"type": "integer"}, false),
		param("timeout", "stop the query after this long, e.g. 2s (at most serve.query_timeout)", obj{"type": "string"}, false),
	}
	for _, lang := range []string{"gizmo", "graphql"} {
		paths["/api/v1/"+lang] = obj{"post": obj{"operationId": lang, "summary": "A raw " + lang + " query, read-only, bounded in time, memory and results",
			"parameters":  rawParams,
			"requestBody": obj{"required": true, "content": obj{"text/plain": obj{"schema": obj{"type": "string"}}}},
			"responses":   merge(errs, obj{"200": obj{"description": "the results", "content": obj{"application/json": obj{"schema": rawAnswerSchema}}}}),
		}}
	}
	cayleyParams := append([]obj{
		param("lang", "the query language", obj{"type": "string", "enum": []string{"gizmo", "graphql"}}, true),
		param("qu", "the query (GET; POST sends it as the body)", obj{"type": "string"}, false),
	}, rawParams...)
	cayleyQuery := obj{"summary": "Cayley's HTTP API v2 query endpoint, bounded like /api/v1/gizmo; JSON-LD results when the client accepts application/ld+json",
		"parameters": cayleyParams,
		"responses":  merge(errs, obj{"200": obj{"description": "the results", "content": obj{"application/json": obj{"schema": rawAnswerSchema}}}})}
	paths["/api/v2/query"] = obj{"get": merge(cayleyQuery, obj{"operationId": "cayley_query_get"}), "post": merge(cayleyQuery, obj{"operationId": "cayley_query_post"})}
	paths["/api/v2/read"] = obj{"get": obj{"operationId": "cayley_read", "summary": "Cayley's HTTP API v2: the quads matching sub, pred, obj, label, in a format (format=nquads, jsonld…)",
		"responses": obj{"200": obj{"description": "the quads"}}}}
	paths["/api/v2/formats"] = obj{"get": obj{"operationId": "cayley_formats", "summary": "Cayley's HTTP API v2: the quad formats it reads and writes",
		"responses": obj{"200": obj{"description": "the formats"}}}}
	return obj{
		"openapi": "3.0.3",
		"info": obj{"title": "lexgraph", "version": "1",
			"description": "Legal citations in French parliamentary questions: the named queries of lexgraph, its exports, and raw Gizmo and GraphQL queries over its graph. Read-only."},
		"servers":    []obj{{"url": "/"}},
		"paths":      paths,
		"components": obj{"schemas": sc},
	}
}

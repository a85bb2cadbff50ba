package server

import (
	"encoding/json"
	"errors"
	"log"
	"net/http"
	"strings"

	"lexgraph"
	"lexgraph/queries"
)

// statusOf maps an error code to its HTTP status, in one place.
func statusOf(code string) int {
	switch code {
	case lexgraph.EINVALID:
		return http.StatusBadRequest
	case lexgraph.ENOTFOUND:
		return http.StatusNotFound
	case lexgraph.EAMBIG, lexgraph.ECONFLICT:
		return http.StatusConflict
	case lexgraph.ETIMEOUT, lexgraph.ELIMIT:
		// the request was fine; the work passed the server's bounds
		return http.StatusUnprocessableEntity
	case lexgraph.ETOOLARGE:
		return http.StatusRequestEntityTooLarge
	case lexgraph.EUNAVAILABLE:
		return http.StatusServiceUnavailable
	}
	return http.StatusInternalServerError
}

// apiError is the body of every error the API answers.
type apiError struct {
	Error string `json:"error"`
	Code  string `json:"code"`
	// Candidates are the nodes an ambiguous name matches, to pick one by
	// its id.
	Candidates queries.Candidates `json:"candidates,omitempty"`
}

// describe returns the status and body of an error. Errors that are not
// lexgraph's own (a bug, a disk failing) are logged and worded
// generically: their text is for the operator, not the client.
func describe(err error, logger *log.Logger) (int, apiError) {
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		err = lexgraph.Errorf(lexgraph.ETOOLARGE, "the request's body is larger than %d bytes (serve.max_body)", mbe.Limit)
	}
	code := lexgraph.ErrorCode(err)
	body := apiError{Error: err.Error(), Code: code}
	var le *lexgraph.Error
	if !errors.As(err, &le) {
		if logger != nil {
			logger.Printf("internal error: %v", err)
		}
		body.Error = "internal error (logged by the server)"
	}
	var cands queries.Candidates
	if errors.As(err, &cands) {
		body.Candidates = cands
		body.Error = le.Message // the candidates are listed apart
	}
	return statusOf(code), body
}

func writeAPIError(w http.ResponseWriter, err error, logger *log.Logger) {
	status, body := describe(err, logger)
	if status == http.StatusServiceUnavailable {
		w.Header().Set("Retry-After", "2")
	}
	writeJSON(w, status, body)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.Encode(v)
}

// isAPI reports whether a request is for the API (JSON answers) rather
// than for a page of the explorer.
func isAPI(r *http.Request) bool { return strings.HasPrefix(r.URL.Path, "/api/") }

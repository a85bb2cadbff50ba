package legi

import (
	"compress/flate"
	"compress/gzip"
	"errors"
	"io"
)

// newGzip returns the decompressor of an archive; several gzip members in a
// row read as one stream, as gzip(1) reads them.
func newGzip(r io.Reader) (io.ReadCloser, error) { return gzip.NewReader(r) }

// isFlateError tells damaged compressed data.
func isFlateError(err error) bool {
	var c flate.CorruptInputError
	return errors.As(err, &c)
}

package legi

import (
	"compress/flate"
	"compress/gzip"
	"errors"
	"io"

	kflate "github.com/klauspost/compress/flate"
	kgzip "github.com/klauspost/compress/gzip"
)

// stdGzip chooses the standard library's decompressor instead of
// klauspost/compress's (the benchmark compares them).
var stdGzip = false

// newGzip returns the decompressor of an archive; several gzip members in a
// row read as one stream, as gzip(1) reads them.
func newGzip(r io.Reader) (io.ReadCloser, error) {
	if stdGzip {
		return gzip.NewReader(r)
	}
	return kgzip.NewReader(r)
}

// isGzipError tells damaged compressed data, from either decompressor.
func isGzipError(err error) bool {
	var c flate.CorruptInputError
	var kc kflate.CorruptInputError
	return errors.As(err, &c) || errors.As(err, &kc) || errors.Is(err, gzip.ErrChecksum) || errors.Is(err, gzip.ErrHeader) ||
		errors.Is(err, kgzip.ErrChecksum) || errors.Is(err, kgzip.ErrHeader)
}

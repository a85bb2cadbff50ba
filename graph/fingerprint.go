package graph

import (
	"context"
	"encoding/binary"
	"fmt"

	bolt "go.etcd.io/bbolt"
)

// Fingerprint says what a document's quads were derived from: the
// record's content (with its source), and the version of the extractor
// (patterns, code and catalogues) its quads depend on. An ingest that meets
// the same content again, with the same extractor, skips the record
// without decoding it, extracting it or reading its quads. It is stored
// with the document's label, in the transaction that writes its quads.
type Fingerprint struct {
	Content [16]byte
	// Extractor is the extractor version the document was derived with;
	// "" when its quads do not depend on one (acteur, organe and mandat
	// records, which cite nothing).
	Extractor string
	// Question and Mentions are what the document counts for in an
	// ingest's summary when it is skipped.
	Question bool
	Mentions int
}

func (f Fingerprint) encode() []byte {
	b := append([]byte{}, f.Content[:]...)
	flags := byte(0)
	if f.Question {
		flags = 1
	}
	b = append(b, flags)
	b = binary.AppendUvarint(b, uint64(f.Mentions))
	return append(b, f.Extractor...)
}

func decodeFingerprint(b []byte) (Fingerprint, error) {
	var f Fingerprint
	if len(b) < 17 {
		return f, fmt.Errorf("a fingerprint of %d bytes", len(b))
	}
	copy(f.Content[:], b)
	f.Question = b[16]&1 != 0
	n, k := binary.Uvarint(b[17:])
	if k <= 0 {
		return f, fmt.Errorf("a damaged fingerprint")
	}
	f.Mentions = int(n)
	f.Extractor = string(b[17+k:])
	return f, nil
}

// fingerprintBucket is lexgraph's bucket of fingerprints in a bolt store
// file, beside cayley's: label → Fingerprint.
var fingerprintBucket = []byte("lexgraph.fingerprints")

// Fingerprints returns the fingerprint of every document that has one, by
// label.
func (s *Store) Fingerprints(ctx context.Context) (map[string]Fingerprint, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	out := map[string]Fingerprint{}
	switch {
	case s.bulk != nil:
		for l, f := range s.bulk.fps {
			out[l] = f
		}
		return out, nil
	case s.bolt != nil:
		err := s.bolt.View(func(tx *bolt.Tx) error {
			b := tx.Bucket(fingerprintBucket)
			if b == nil {
				return nil
			}
			return b.ForEach(func(k, v []byte) error {
				f, err := decodeFingerprint(v)
				if err != nil {
					return fmt.Errorf("fingerprint of %q: %w", k, err)
				}
				out[string(k)] = f
				return nil
			})
		})
		return out, err
	case s.sql != nil:
		return s.sql.fingerprints(ctx)
	}
	for l, f := range s.fps {
		out[l] = f
	}
	return out, nil
}

// putFingerprints stores fingerprints in a bolt write transaction.
func putFingerprints(tx *bolt.Tx, fps map[string]Fingerprint) error {
	if len(fps) == 0 {
		return nil
	}
	b, err := tx.CreateBucketIfNotExists(fingerprintBucket)
	if err != nil {
		return err
	}
	for l, f := range fps {
		if err := b.Put([]byte(l), f.encode()); err != nil {
			return err
		}
	}
	return nil
}

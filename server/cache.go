package server

import (
	"bytes"
	"container/list"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"net/url"
	"sync"
)

// A snapshot never changes, so the answer to a GET of a named query or of
// a page is the same until the next snapshot: each snapshot keeps the
// answers it gave, up to serve.cache_mb, the least recently used
// forgotten first, and a newer snapshot starts with none. Answers carry an
// ETag (the snapshot's generation and the request), so that a browser's
// second visit costs a 304. Raw queries and exports are not kept.

// responseCache keeps answers by request, least recently used first out.
type responseCache struct {
	mu    sync.Mutex
	max   int64
	size  int64
	items map[string]*list.Element
	order *list.List // front: most recently used
}

type cachedAnswer struct {
	key    string
	status int
	header http.Header
	body   []byte
}

func newResponseCache(maxBytes int64) *responseCache {
	return &responseCache{max: maxBytes, items: map[string]*list.Element{}, order: list.New()}
}

func (c *responseCache) get(key string) *cachedAnswer {
	if c == nil || c.max <= 0 {
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.items[key]
	if !ok {
		return nil
	}
	c.order.MoveToFront(e)
	return e.Value.(*cachedAnswer)
}

func (c *responseCache) put(a *cachedAnswer) {
	if c == nil || int64(len(a.body)) > c.max/8 {
		return // an answer larger than an eighth of the cache is not kept
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.items[a.key]; ok {
		return
	}
	c.items[a.key] = c.order.PushFront(a)
	c.size += int64(len(a.body))
	for c.size > c.max {
		last := c.order.Back()
		old := last.Value.(*cachedAnswer)
		c.order.Remove(last)
		delete(c.items, old.key)
		c.size -= int64(len(old.body))
	}
}

// cacheKey is a request's key: its path and its parameters in a fixed
// order.
func cacheKey(r *http.Request) string {
	return r.URL.Path + "?" + url.Values(r.URL.Query()).Encode()
}

// recorder holds an answer while it is written, to keep it.
type recorder struct {
	header http.Header
	status int
	body   bytes.Buffer
}

func (r *recorder) Header() http.Header { return r.header }
func (r *recorder) Write(p []byte) (int, error) {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	return r.body.Write(p)
}
func (r *recorder) WriteHeader(status int) {
	if r.status == 0 {
		r.status = status
	}
}

// cached answers a GET from the snapshot's kept answers, or runs serve
// and keeps its answer when it succeeded.
func (s *Server) cached(w http.ResponseWriter, r *http.Request, snap *snapshot, serve func(http.ResponseWriter)) {
	key := cacheKey(r)
	sum := sha256.Sum256([]byte(snap.gen + "\x00" + key))
	etag := `"` + hex.EncodeToString(sum[:12]) + `"`
	if r.Header.Get("If-None-Match") == etag {
		w.Header().Set("ETag", etag)
		w.WriteHeader(http.StatusNotModified)
		return
	}
	a := snap.cache.get(key)
	if a == nil {
		rec := &recorder{header: http.Header{}}
		serve(rec)
		a = &cachedAnswer{key: key, status: rec.status, header: rec.header, body: rec.body.Bytes()}
		if a.status == 0 {
			a.status = http.StatusOK
		}
		if a.status == http.StatusOK {
			snap.cache.put(a)
		}
	}
	h := w.Header()
	for k, v := range a.header {
		h[k] = v
	}
	if a.status == http.StatusOK {
		h.Set("ETag", etag)
	}
	w.WriteHeader(a.status)
	w.Write(a.body)
}

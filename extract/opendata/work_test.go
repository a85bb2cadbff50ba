package opendata_test

import (
	"bytes"
	"runtime"
	"strings"
	"testing"

	"lexgraph/extract/opendata"
)

// adversarial are record shapes that stress the readers, each about n
// bytes: deep nesting, long keys and names, many keys, attributes and
// siblings, records opened and never closed, HTML texts whose cleaning
// could rescan them (comments never closed, many style elements), text
// elements nested in text elements.
var adversarial = map[string]func(n int) string{
	"json deep objects": func(n int) string {
		return `{"question":` + strings.Repeat(`{"a":`, n/5) + "1" + strings.Repeat("}", n/5) + "}"
	},
	"json deep lists": func(n int) string {
		return `{"question":{"uid":"Q","x":` + strings.Repeat(`[`, n/2) + strings.Repeat("]", n/2) + "}}"
	},
	"json long key":  func(n int) string { return `{"question":{"` + strings.Repeat("k", n) + `":1,"uid":"Q"}}` },
	"json many keys": func(n int) string { return `{"question":{"uid":"Q"` + strings.Repeat(`,"k":1`, n/6) + "}}" },
	"json containers": func(n int) string {
		return strings.Repeat(`{"export":`, n/10) + `{"question":{"uid":"Q"}}` + strings.Repeat("}", n/10)
	},
	"json records": func(n int) string {
		return `{"questionsEcrites":{"question":[` + strings.Repeat(`{"uid":"Q"},`, n/12) + `{}]}}`
	},
	"json unclosed": func(n int) string { return `{"questionsEcrites":{"question":[` + strings.Repeat(`{"uid":"Q",`, n/11) },
	"json comments": func(n int) string {
		return `{"question":{"uid":"Q","textesQuestion":{"texteQuestion":{"texte":"` + strings.Repeat("<!--", n/4) + `"}}}}`
	},
	"json styles": func(n int) string {
		return `{"question":{"uid":"Q","textesQuestion":{"texteQuestion":{"texte":"` + strings.Repeat("<style></style>", n/15) + `"}}}}`
	},
	"xml deep": func(n int) string {
		return "<question>" + strings.Repeat("<a>", n/7) + strings.Repeat("</a>", n/7) + "</question>"
	},
	"xml attributes": func(n int) string { return "<question" + strings.Repeat(` a="1"`, n/6) + "><uid>Q</uid></question>" },
	"xml long name": func(n int) string {
		return "<question><" + strings.Repeat("k", n/2) + ">1</" + strings.Repeat("k", n/2) + "><uid>Q</uid></question>"
	},
	"xml siblings": func(n int) string { return "<question><uid>Q</uid>" + strings.Repeat("<k>1</k>", n/8) + "</question>" },
	"xml unclosed": func(n int) string { return "<questionsEcrites>" + strings.Repeat("<question>", n/10) },
	"xml text nesting": func(n int) string {
		return "<question><uid>Q</uid>" + strings.Repeat("<texte>", n/15) + strings.Repeat("</texte>", n/15) + "</question>"
	},
	"xml namespaces": func(n int) string {
		return "<question>" + strings.Repeat(`<a xmlns:p="u">`, n/19) + strings.Repeat("</a>", n/19) + "</question>"
	},
	"xml comments": func(n int) string {
		return "<question><uid>Q</uid><texte>" + strings.Repeat("&lt;!--", n/7) + "</texte></question>"
	},
	"xml cdata": func(n int) string { return "<question><uid>Q</uid><texte><![CDATA[" + strings.Repeat("]]", n/2) },
}

// splitDecode splits and decodes data as the ingest does.
func splitDecode(data []byte) {
	opendata.Split("adversarial", bytes.NewReader(data), opendata.Sniff(data), func(r opendata.Record) error {
		r.Decode()
		return nil
	})
}

// TestWorkPerByte holds Split and Decode to a bounded work per input
// byte, counted in bytes allocated (the decoders' work shows in what they
// build and copy), not timed: on every adversarial shape, at 20 and 80 KB,
// at most 300 bytes allocated per input byte (tiny records cost most: a decoder each), and four times the input
// costs at most five times the allocations. Before the fix, a text element
// nested in text elements copied the inner markup once per level (80 KB:
// 300 MB allocated), and many style elements in an answer lowered the rest
// of the text at each (the cleaning's own scans are counted by
// htmltext's TestWorkPerByte).
func TestWorkPerByte(t *testing.T) {
	for name, shape := range adversarial {
		var alloc [2]uint64
		var size [2]int
		for k, n := range []int{20_000, 80_000} {
			data := []byte(shape(n))
			if opendata.Sniff(data) == "" {
				t.Fatalf("%s: not recognised as open data", name)
			}
			size[k] = len(data)
			alloc[k] = allocated(func() { splitDecode(data) })
			if per := float64(alloc[k]) / float64(len(data)); testing.Verbose() || per > 300 {
				t.Errorf("%s, %d bytes: %d bytes allocated, %.0f per input byte", name, len(data), alloc[k], per)
			}
		}
		growth := (float64(alloc[1]) / float64(size[1])) / (float64(alloc[0]) / float64(size[0]))
		if growth > 1.25 && alloc[1] > 1<<20 {
			t.Errorf("%s: %d → %d bytes allocated for %d → %d input bytes: super-linear", name, alloc[0], alloc[1], size[0], size[1])
		}
	}
}

// allocated returns the bytes fn allocates.
func allocated(fn func()) uint64 {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	fn()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// TestTooDeep checks that a record nested deeper than the readers accept
// is rejected with its position, in JSON and XML, and that the others of
// its file are read.
func TestTooDeep(t *testing.T) {
	deepJSON := `{"questionsEcrites":{"question":[{"uid":"QANR5L14QE1"},` + "\n" + `{"uid":"QANR5L14QE2","x":` + strings.Repeat("[", 200) + strings.Repeat("]", 200) + `}]}}`
	docs, errs := readBytes(t, "deep.json", []byte(deepJSON))
	if len(docs) != 1 || len(errs) != 1 || !strings.Contains(errs[0].Error(), "deep.json:2:") || !strings.Contains(errs[0].Error(), "nested deeper than 100") {
		t.Errorf("JSON: %d docs, errors %v", len(docs), errs)
	}
	deepXML := "<questionsEcrites><question><uid>QANR5L14QE1</uid></question>\n<question><uid>QANR5L14QE2</uid>" + strings.Repeat("<a>", 200) + strings.Repeat("</a>", 200) + "</question></questionsEcrites>"
	docs, errs = readBytes(t, "deep.xml", []byte(deepXML))
	if len(docs) != 1 || len(errs) != 1 || !strings.Contains(errs[0].Error(), "deep.xml:2:") || !strings.Contains(errs[0].Error(), "nested deeper than 100") {
		t.Errorf("XML: %d docs, errors %v", len(docs), errs)
	}
}

// BenchmarkAdversarial splits and decodes each adversarial shape of 80 KB.
func BenchmarkAdversarial(b *testing.B) {
	for name, shape := range adversarial {
		data := []byte(shape(80_000))
		b.Run(strings.ReplaceAll(name, " ", "-"), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				splitDecode(data)
			}
		})
	}
}

package generate_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"lexgraph/generate"
)

// TestDeterministic checks that a seed writes the same dump, another seed
// another, and that the dump is the official shape with what Expect says.
func TestDeterministic(t *testing.T) {
	write := func(seed uint64) ([]byte, generate.Expect) {
		var b bytes.Buffer
		exp, err := generate.Questions(&b, generate.Options{Questions: 50, Seed: seed, Deputies: 5})
		if err != nil {
			t.Fatal(err)
		}
		return b.Bytes(), exp
	}
	a, exp := write(1)
	b, _ := write(1)
	c, _ := write(2)
	if !bytes.Equal(a, b) || bytes.Equal(a, c) {
		t.Error("the seed does not decide the dump")
	}
	var dump struct {
		QuestionsEcrites struct {
			Question []struct {
				UID           any `json:"uid"`
				TextesReponse any `json:"textesReponse"`
			} `json:"question"`
		} `json:"questionsEcrites"`
	}
	if err := json.Unmarshal(a, &dump); err != nil {
		t.Fatal(err)
	}
	answered := 0
	for _, q := range dump.QuestionsEcrites.Question {
		if q.TextesReponse != nil {
			answered++
		}
	}
	if len(dump.QuestionsEcrites.Question) != 50 || exp.Questions != 50 || answered != exp.Answers || exp.Deputies != 5 {
		t.Errorf("%d questions, %d answered; expect %+v", len(dump.QuestionsEcrites.Question), answered, exp)
	}
}

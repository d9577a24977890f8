package claims_test

import (
	"context"
	"fmt"

	"github.com/geowire/geowire/internal/claims"
	"github.com/geowire/geowire/internal/model"
	"github.com/geowire/geowire/internal/nlp"
)

// A stated conversion is checked by arithmetic alone; claims that need
// geometry stay unverifiable without a gazetteer (pass the opened one).
func ExampleCheck() {
	text := "The base lies more than 4,000 kilometers (2,485 miles) from the border."
	doc := &model.Document{Text: text}
	cs, err := claims.Check(context.Background(), nil, doc, nlp.ReadText(text, nil), nil)
	if err != nil {
		panic(err)
	}
	for _, c := range cs {
		fmt.Printf("%s %q: %s\n", c.Kind, c.Text, c.Verdict)
	}
	// Output:
	// distance "more than 4,000 kilometers (2,485 miles) from the border": unverifiable
	// conversion "4,000 kilometers (2,485 miles)": supported
}

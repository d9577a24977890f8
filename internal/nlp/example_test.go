package nlp_test

import (
	"fmt"
	"time"

	"github.com/geowire/geowire/internal/nlp"
)

func ExampleReadText() {
	pub := time.Date(2025, 6, 4, 0, 0, 0, 0, time.UTC)
	r := nlp.ReadText("“Every drone reached its target,” said Defense Minister Rustem Umerov on Sunday. "+
		"The base lies more than 4,000 kilometers (2,485 miles) away.", &pub)
	for _, q := range r.Quotes {
		fmt.Printf("quote: %s — %s (%s)\n", q.Text, q.Speaker, q.Role)
	}
	for _, q := range r.Quantities {
		fmt.Printf("quantity: %g %s %s, stated %g %s\n", q.Value, q.Unit, q.Qualifier, q.Stated.Value, q.Stated.Unit)
	}
	for _, d := range r.Dates {
		fmt.Printf("date: %q = %s (%s, %s)\n", d.Text, d.Value, d.Granularity, d.Basis)
	}
	// Output:
	// quote: Every drone reached its target — Rustem Umerov (Defense Minister)
	// quantity: 4000 km more_than, stated 2485 mi
	// date: "Sunday" = 2025-06-01 (day, relative)
}

package extract_test

import (
	"context"
	"fmt"

	"github.com/geowire/geowire/internal/extract"
)

// A scraped text dump: glued sentences, a glued heading, a flattened tweet,
// an interstitial line and a feed footer.
func ExampleExtract_text() {
	dump := "Ferry Service Resumes Between Split and Hvar\n\n" +
		"Wait 5 sec.\n\n" +
		"Ferries sailed again on Monday.Winds had dropped overnight, the port authority said.New TimetableBoats leave Split every two hours until October.Crews were back at work. pic.twitter.com/Ab12— Port of Split (@PortSplit) May 5, 2025\n\n" +
		"The post Ferry Service Resumes Between Split and Hvar appeared first on Adriatic Wire."
	doc, err := extract.Extract(context.Background(), []byte(dump), extract.Options{Format: extract.FormatText})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("title:", doc.Title)
	fmt.Println("source:", doc.Source)
	fmt.Printf("text: %q\n", doc.Text)
	fmt.Println("heading:", doc.Headings[0].Text, doc.Headings[0].Span)
	e := doc.Embeds[0]
	fmt.Println("post:", e.Author, e.Handle, e.Date, e.URL, e.Text)
	// Output:
	// title: Ferry Service Resumes Between Split and Hvar
	// source: Adriatic Wire
	// text: "Ferries sailed again on Monday. Winds had dropped overnight, the port authority said.\n\nNew Timetable\n\nBoats leave Split every two hours until October."
	// heading: New Timetable {87 100}
	// post: Port of Split @PortSplit 2025-05-05 pic.twitter.com/Ab12 Crews were back at work.
}

package ingest_test

import (
	"fmt"

	"github.com/geowire/geowire/internal/ingest"
)

func ExampleCanonicalURL() {
	for _, u := range []string{
		"HTTPS://Example.com:443/news/story/amp/?utm_source=tw&id=7&fbclid=x#comments",
		"https://amp.example.com/news/story?id=7&amp=1",
	} {
		c, _ := ingest.CanonicalURL(u)
		fmt.Println(c)
	}
	// Output:
	// https://example.com/news/story?id=7
	// https://example.com/news/story?id=7
}

func ExampleParseFeed() {
	body := []byte(`<?xml version="1.0"?>
<rss version="2.0"><channel><title>Wire</title><link>https://wire.example/</link>
<item><title>Port reopened</title><link>/2024/port</link><guid>p1</guid>
<pubDate>Fri, 03 May 2024 08:00:00 GMT</pubDate></item>
</channel></rss>`)
	feed, items, err := ingest.ParseFeed(body, "https://wire.example/rss")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(feed.Kind, feed.Title)
	for _, it := range items {
		fmt.Println(it.URL, it.Title, it.Published.Format("2006-01-02"))
	}
	// Output:
	// rss Wire
	// https://wire.example/2024/port Port reopened 2024-05-03
}

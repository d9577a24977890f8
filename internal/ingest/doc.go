// Package ingest turns source specs into raw documents.
//
// In: source specs — RSS 2.0, RSS 1.0, Atom and JSON Feed URLs, single page
// URLs, sitemaps (including Google news sitemaps and sitemap indexes), local
// files and folders (HTML, text, .jsonl of articles) and WARC files.
//
// Out: RawDocument values, handed one at a time to a Sink, and per-item
// errors handed to the same Sink, so one bad source or item never stops the
// rest.
//
// Network access goes through a Fetcher: per-host rate limit and
// concurrency, robots.txt, conditional GET, backoff with jitter on 429/5xx
// honouring Retry-After, timeouts, body and decompression caps, and an SSRF
// guard that checks every resolved address at connect time.
//
// ingest never extracts article text (package extract does), never calls the
// store, and never calls a later stage. Conditional-GET validators come in
// and go out through the Validators interface the caller supplies.
package ingest

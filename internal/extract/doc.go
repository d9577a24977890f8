// Package extract turns a fetched page (HTML) or a scraped text dump into a
// clean article: title, byline, publication date, source, language, body
// text with headings, and embedded social posts kept apart from the body.
//
// In: raw bytes in any common charset, with optional URL and Content-Type.
// Out: a *model.Document. It never fetches, stores, or calls a later stage.
//
// Input is hostile: sizes, nesting depth and time are bounded (Options), and
// bad input gives an error wrapping one of the Err… sentinels, never a panic.
package extract

// Package synth generates a synthetic news corpus for benchmarks and load
// tests: articles that look like conflict reporting (real place names,
// actors, casualty figures, dates, quotes, scraped-text faults, HTML
// boilerplate), deterministic for a seed. It is test input, never data.
package synth

// Package nlp reads an article: it splits the clean text into sentences and
// finds named entities (people with their roles, organisations, places,
// nationalities, operations, equipment), direct quotes with their speakers,
// quantities with their units and qualifiers, and dates resolved against
// the publication date.
//
// In: a *model.Document from extract (its Text and the Text of each embedded
// post). Out: a *model.Reading whose spans are code-point offsets into the
// text they came from; an annotation from an embed carries the embed's index.
//
// Everything rests on one tokenisation pass shared by all annotators, and on
// lexicons compiled into maps and token tries at start-up: no regular
// expressions, no model files, no I/O. It never calls a later stage, never
// fails on odd input (empty, huge, mixed scripts, NUL bytes, invalid UTF-8)
// and never panics.
package nlp

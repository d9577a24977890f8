// Package eval scores geowire against public evaluation sets with the sets'
// own metrics, reimplemented exactly so that `geowire eval …` prints the
// same figures as each set's score.py.
//
// In: gold files from an evaluation folder and geowire's predictions.
// Out: figures. It never writes into the evaluation folder.
package eval

// Package progress draws a one-line progress bar on a terminal for long
// jobs, and stays silent when its writer is not a terminal.
package progress

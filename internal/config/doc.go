// Package config resolves geowire's settings from flags and GEOWIRE_*
// environment variables into one explicit Config that callers pass down.
// Nothing in geowire reads the environment anywhere else.
package config

// Package pipeline is the only package that wires geowire's stages
// together: raw documents from ingest go through extract (and, as they
// land, the reading, geoparsing, event-coding and claim-checking stages)
// into the store. Stages never call each other or the store; this package
// does.
package pipeline

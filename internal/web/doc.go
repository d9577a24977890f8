// Package web is geowire's map UI: static/index.html and the bundle that
// `make web` builds into static/dist/ (Leaflet and leaflet.markercluster
// from npm, bundled with esbuild from src/, and the offline Natural Earth
// basemap from cmd/basemap), embedded into the binary. The bundle is never
// committed; without it the UI serves a page saying to run `make web`.
// In dev mode the files are read from disk, so edits show on reload.
//
// In: HTTP GETs outside /api/. Out: files. It never talks to the store:
// the UI reads everything from the API.
package web

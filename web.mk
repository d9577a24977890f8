# web.mk — the map UI bundle, included by the Makefile.
#
# `make web` installs the pinned front-end packages (internal/web/package-lock.json:
# leaflet, leaflet.markercluster, esbuild, playwright-core) with npm ci, bundles
# internal/web/src into internal/web/static/dist/ with esbuild, and writes the
# offline Natural Earth basemap there. The output is git-ignored and embedded by
# go build; `go build` without it still works (the UI then says to run make web).
GO       ?= go
WEB_DIR  := internal/web
WEB_DIST := $(WEB_DIR)/static/dist

.PHONY: web web-clean

web: $(WEB_DIST)/app.js $(WEB_DIST)/basemap/admin1.geojson

$(WEB_DIR)/node_modules/.package-lock.json: $(WEB_DIR)/package.json $(WEB_DIR)/package-lock.json
	@command -v npm >/dev/null || { echo "make web: npm is not installed (apt-get install npm)"; exit 1; }
	cd $(WEB_DIR) && npm ci --no-audit --no-fund
	@touch $@

$(WEB_DIST)/app.js: $(WEB_DIR)/node_modules/.package-lock.json $(WEB_DIR)/build.mjs $(wildcard $(WEB_DIR)/src/*)
	cd $(WEB_DIR) && node build.mjs

$(WEB_DIST)/basemap/admin1.geojson: $(WEB_DIR)/basemap/basemap.go $(WEB_DIR)/cmd/basemap/main.go
	$(GO) run ./$(WEB_DIR)/cmd/basemap -out $(WEB_DIST)/basemap

web-clean:
	rm -rf $(WEB_DIST) $(WEB_DIR)/node_modules

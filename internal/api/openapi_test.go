package api

import (
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// A small validator for the subset of JSON Schema the OpenAPI document
// uses: type (one or a list), properties, required, items,
// additionalProperties (a schema), enum and $ref to components.

type spec struct {
	Paths      map[string]map[string]operation `json:"paths"`
	Components struct {
		Schemas map[string]*schema `json:"schemas"`
	} `json:"components"`
}

type operation struct {
	Responses map[string]struct {
		Content map[string]struct {
			Schema *schema `json:"schema"`
		} `json:"content"`
	} `json:"responses"`
}

type schema struct {
	Ref                  string             `json:"$ref"`
	Type                 any                `json:"type"`
	Properties           map[string]*schema `json:"properties"`
	Required             []string           `json:"required"`
	Items                *schema            `json:"items"`
	AdditionalProperties *schema            `json:"additionalProperties"`
	Enum                 []any              `json:"enum"`
}

func loadSpec(t testing.TB) *spec {
	t.Helper()
	var s spec
	if err := json.Unmarshal(OpenAPI, &s); err != nil {
		t.Fatalf("openapi.json: %v", err)
	}
	return &s
}

// responseSchema finds the schema of a response: path is the request
// path, matched against the templates.
func (s *spec) responseSchema(method, path string, status int) (*schema, error) {
	for tmpl, ops := range s.Paths {
		re := regexp.MustCompile("^" + regexp.MustCompile(`\\\{[^}]+\\\}`).ReplaceAllString(regexp.QuoteMeta(tmpl), `[^/]+`) + "$")
		if !re.MatchString(path) {
			continue
		}
		op, ok := ops[strings.ToLower(method)]
		if !ok {
			return nil, fmt.Errorf("%s %s: method not documented", method, tmpl)
		}
		r, ok := op.Responses[strconv.Itoa(status)]
		if !ok {
			return nil, fmt.Errorf("%s %s: status %d not documented", method, tmpl, status)
		}
		c, ok := r.Content["application/json"]
		if !ok {
			return nil, nil // no JSON body documented
		}
		return c.Schema, nil
	}
	return nil, fmt.Errorf("path %s not documented", path)
}

func (s *spec) validate(sc *schema, v any, at string) error {
	if sc == nil {
		return nil
	}
	if sc.Ref != "" {
		name := strings.TrimPrefix(sc.Ref, "#/components/schemas/")
		target, ok := s.Components.Schemas[name]
		if !ok {
			return fmt.Errorf("%s: unknown $ref %s", at, sc.Ref)
		}
		return s.validate(target, v, at)
	}
	if sc.Type != nil {
		var types []string
		switch t := sc.Type.(type) {
		case string:
			types = []string{t}
		case []any:
			for _, x := range t {
				types = append(types, x.(string))
			}
		}
		if !slices.Contains(types, jsonType(v)) && !(jsonType(v) == "integer" && slices.Contains(types, "number")) {
			return fmt.Errorf("%s: %s, want %v", at, jsonType(v), types)
		}
	}
	if len(sc.Enum) > 0 && !slices.ContainsFunc(sc.Enum, func(e any) bool { return fmt.Sprint(e) == fmt.Sprint(v) }) {
		return fmt.Errorf("%s: %v not in %v", at, v, sc.Enum)
	}
	switch x := v.(type) {
	case map[string]any:
		for _, r := range sc.Required {
			if _, ok := x[r]; !ok {
				return fmt.Errorf("%s: required %q missing", at, r)
			}
		}
		for k, val := range x {
			if p, ok := sc.Properties[k]; ok {
				if err := s.validate(p, val, at+"."+k); err != nil {
					return err
				}
			} else if sc.AdditionalProperties != nil {
				if err := s.validate(sc.AdditionalProperties, val, at+"."+k); err != nil {
					return err
				}
			}
		}
	case []any:
		for i, val := range x {
			if err := s.validate(sc.Items, val, fmt.Sprintf("%s[%d]", at, i)); err != nil {
				return err
			}
		}
	}
	return nil
}

func jsonType(v any) string {
	switch x := v.(type) {
	case nil:
		return "null"
	case bool:
		return "boolean"
	case float64:
		if x == float64(int64(x)) {
			return "integer"
		}
		return "number"
	case string:
		return "string"
	case []any:
		return "array"
	case map[string]any:
		return "object"
	}
	return "unknown"
}

func TestOpenAPIDocument(t *testing.T) {
	s := loadSpec(t)
	var raw map[string]any
	json.Unmarshal(OpenAPI, &raw)
	if raw["openapi"] != "3.1.0" {
		t.Fatalf("openapi version %v", raw["openapi"])
	}
	// Every $ref resolves.
	for _, m := range regexp.MustCompile(`"\$ref": "#/components/schemas/([A-Za-z]+)"`).FindAllStringSubmatch(string(OpenAPI), -1) {
		if _, ok := s.Components.Schemas[m[1]]; !ok {
			t.Errorf("unresolved $ref %s", m[1])
		}
	}
	// Every route of routes.go is documented, and every documented path is routed.
	for _, p := range []string{"/api/v1/health", "/api/v1/openapi.json", "/api/v1/events", "/api/v1/events/{id}", "/api/v1/documents",
		"/api/v1/documents/{id}", "/api/v1/places", "/api/v1/sources", "/api/v1/sources/{id}", "/api/v1/stats"} {
		if _, ok := s.Paths[p]; !ok {
			t.Errorf("%s not documented", p)
		}
	}
	if len(s.Paths) != 10 {
		t.Errorf("%d documented paths, want 10", len(s.Paths))
	}
}

package api

import (
	"encoding/json"
	"fmt"
	"sync"
)

var (
	specMu  sync.Once
	theSpec *spec
)

// ValidateResponse checks a decoded JSON body against the OpenAPI
// document; the black-box tests (package api_test) call it.
func ValidateResponse(method, path string, status int, v any) error {
	specMu.Do(func() {
		theSpec = &spec{}
		if err := json.Unmarshal(OpenAPI, theSpec); err != nil {
			panic(err)
		}
	})
	sc, err := theSpec.responseSchema(method, path, status)
	if err != nil {
		return err
	}
	if sc == nil {
		return fmt.Errorf("no JSON schema documented")
	}
	return theSpec.validate(sc, v, "$")
}

package library

import (
	"encoding/json"
	"fmt"

	"annotator/app/store"
)

// RecordSchema is the version of the small records this package writes
// (preferences, exercises made, exercise work), in their "schema" member.
// Values written before it existed have no "schema" and are still read.
const RecordSchema = 1

// decodeRecord reads a small record into v: raw without "schema" is a
// legacy value, read as is; a schema above RecordSchema is an error
// wrapping store.ErrNewerSchema, bad JSON or a schema below 1 one wrapping
// store.ErrUnreadable. Either way the stored value must not be written over.
func decodeRecord(raw, what string, v any) error {
	var head struct {
		Schema *int `json:"schema"`
	}
	if err := json.Unmarshal([]byte(raw), &head); err != nil {
		return fmt.Errorf("%w: %s: %v", store.ErrUnreadable, what, err)
	}
	switch {
	case head.Schema == nil:
	case *head.Schema > RecordSchema:
		return fmt.Errorf("%w (%s schema %d, this version reads up to %d)", store.ErrNewerSchema, what, *head.Schema, RecordSchema)
	case *head.Schema < 1:
		return fmt.Errorf("%w: %s schema %d", store.ErrUnreadable, what, *head.Schema)
	}
	if err := json.Unmarshal([]byte(raw), v); err != nil {
		return fmt.Errorf("%w: %s: %v", store.ErrUnreadable, what, err)
	}
	return nil
}

// writeRecord stores v under key, unless the value stored there cannot be
// read by check (then it is left as it is and the error says why).
func writeRecord(kv store.KV, key string, v any, check func(raw string) error) error {
	if raw, ok, err := kv.Get(key); err != nil {
		return err
	} else if ok {
		if err := check(raw); err != nil {
			return fmt.Errorf("not written over: %w", err)
		}
	}
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return kv.Set(key, string(b))
}

// Prefs are the reader's preferences.
type Prefs struct {
	// Theme is "light", "dark", or "" to follow the system.
	Theme string
	// Creator is the name exports give as the annotations' author.
	Creator string
	// Lang is the interface language the reader chose (a language tag
	// such as "fr"), or "" to follow the browser's languages.
	Lang string
}

// storedPrefs is the stored shape of Prefs.
type storedPrefs struct {
	Schema  int    `json:"schema"`
	Theme   string `json:"theme,omitempty"`
	Creator string `json:"creator,omitempty"`
	Lang    string `json:"lang,omitempty"`
}

// decodePrefs reads stored preferences; a theme it does not know is "".
func decodePrefs(raw string) (Prefs, error) {
	var s storedPrefs
	if err := decodeRecord(raw, "preferences", &s); err != nil {
		return Prefs{}, err
	}
	p := Prefs{Theme: s.Theme, Creator: s.Creator, Lang: s.Lang}
	if p.Theme != "light" && p.Theme != "dark" {
		p.Theme = ""
	}
	return p, nil
}

// LoadPrefs reads the preferences (zero when none are stored). An error
// (see RecordSchema) leaves the zero Prefs, and SavePrefs will not write
// over the stored value.
func LoadPrefs(kv store.KV) (Prefs, error) {
	raw, ok, err := kv.Get(store.PrefsKey)
	if err != nil || !ok {
		return Prefs{}, err
	}
	return decodePrefs(raw)
}

// SavePrefs stores the preferences, unless the stored ones cannot be read.
func SavePrefs(kv store.KV, p Prefs) error {
	return writeRecord(kv, store.PrefsKey, storedPrefs{Schema: RecordSchema, Theme: p.Theme, Creator: p.Creator, Lang: p.Lang},
		func(raw string) error { _, err := decodePrefs(raw); return err })
}

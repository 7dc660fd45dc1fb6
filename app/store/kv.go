// Package store keeps annotations in a small key-value store (the browser's
// localStorage, or a map in tests) under the "annotator/" key prefix, with a
// schema version in every value and no silent loss of unreadable data.
package store

import (
	"sort"
	"strings"
	"sync"
)

// Prefix starts every key the app writes: an origin may be shared by many apps.
const Prefix = "annotator/"

// KV is the little the repository needs from a key-value store. The browser
// implementation wraps localStorage; Set must report a full quota as an error.
type KV interface {
	// Get returns the value of key and whether it exists.
	Get(key string) (value string, ok bool, err error)
	// Set stores value under key.
	Set(key, value string) error
	// Del removes key; removing an absent key is no error.
	Del(key string) error
	// Keys lists the keys that start with prefix.
	Keys(prefix string) ([]string, error)
}

// MapKV is an in-memory KV for tests and the command line. It is safe for
// concurrent use. Limit, when above zero, caps the total bytes of keys and
// values so that tests can imitate a full quota.
type MapKV struct {
	mu    sync.Mutex
	m     map[string]string
	Limit int
}

// ErrQuota is returned by MapKV.Set when Limit would be exceeded.
var ErrQuota = quotaError{}

type quotaError struct{}

func (quotaError) Error() string { return "storage quota exceeded" }

// Get implements KV.
func (k *MapKV) Get(key string) (string, bool, error) {
	k.mu.Lock()
	defer k.mu.Unlock()
	v, ok := k.m[key]
	return v, ok, nil
}

// Set implements KV.
func (k *MapKV) Set(key, value string) error {
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.m == nil {
		k.m = map[string]string{}
	}
	if k.Limit > 0 {
		size := len(key) + len(value)
		for kk, vv := range k.m {
			if kk != key {
				size += len(kk) + len(vv)
			}
		}
		if size > k.Limit {
			return ErrQuota
		}
	}
	k.m[key] = value
	return nil
}

// Del implements KV.
func (k *MapKV) Del(key string) error {
	k.mu.Lock()
	defer k.mu.Unlock()
	delete(k.m, key)
	return nil
}

// Keys implements KV, in sorted order.
func (k *MapKV) Keys(prefix string) ([]string, error) {
	k.mu.Lock()
	defer k.mu.Unlock()
	keys := make([]string, 0, len(k.m))
	for key := range k.m {
		if strings.HasPrefix(key, prefix) {
			keys = append(keys, key)
		}
	}
	sort.Strings(keys)
	return keys, nil
}

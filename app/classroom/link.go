package classroom

import (
	"bytes"
	"compress/flate"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"annotator/app/jsonstrict"
)

// MaxLinkBytes caps the compressed exercise a link carries; a larger
// exercise is handed out as a file.
const MaxLinkBytes = 2 << 10

// linkPrefix starts the URL fragment of an exercise link.
const linkPrefix = "exercise="

// EncodeLink returns the URL fragment (without "#") that carries ex:
// "exercise=" + the base64url (unpadded) of the raw DEFLATE of the
// exercise file in compact JSON. The fragment is never sent to a server.
// ok is false when the compressed exercise exceeds MaxLinkBytes.
func EncodeLink(ex Exercise) (fragment string, ok bool) {
	if _, err := ex.Encode(); err != nil {
		return "", false
	}
	raw, err := json.Marshal(ex)
	if err != nil {
		return "", false
	}
	var buf bytes.Buffer
	zw, _ := flate.NewWriter(&buf, flate.BestCompression)
	zw.Write(raw)
	zw.Close()
	if buf.Len() > MaxLinkBytes {
		return "", false
	}
	return linkPrefix + base64.RawURLEncoding.EncodeToString(buf.Bytes()), true
}

// DecodeLink reads an exercise from a link's fragment (with or without the
// leading "#"; a whole URL is accepted too) and checks it as
// DecodeExercise does. It refuses a fragment that does not start with
// "exercise=", is not base64url, holds more than MaxLinkBytes compressed
// or unpacks to more than MaxExerciseSize.
func DecodeLink(fragment string) (Exercise, error) {
	if _, after, found := strings.Cut(fragment, "#"); found {
		fragment = after
	}
	payload, found := strings.CutPrefix(fragment, linkPrefix)
	switch {
	case !found:
		return Exercise{}, errors.New("the link holds no exercise (its fragment does not start with \"exercise=\")")
	case base64.RawURLEncoding.DecodedLen(len(payload)) > MaxLinkBytes:
		return Exercise{}, fmt.Errorf("the link's exercise is longer than %s compressed", jsonstrict.HumanBytes(MaxLinkBytes))
	}
	z, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(payload, "="))
	if err != nil {
		return Exercise{}, errors.New("the link is damaged (not base64url); copy the whole link again")
	}
	raw, err := io.ReadAll(io.LimitReader(flate.NewReader(bytes.NewReader(z)), MaxExerciseSize+1))
	if err != nil {
		return Exercise{}, errors.New("the link is damaged (its data does not unpack); copy the whole link again")
	}
	return DecodeExercise(raw)
}

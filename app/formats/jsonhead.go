package formats

import (
	"encoding/json"
	"errors"
)

// readHead reads what Detect needs of a JSON file's top level (fileHead):
// the same as json.Unmarshal into a fileHead, error included, but in one
// pass over the bytes that keeps nothing of the values it skips. A
// json.Unmarshal of a large file is two passes that keep the browser's
// main thread for seconds before any decoder can report progress.
func readHead(data []byte) (fileHead, error) {
	var h fileHead
	i := skipWS(data, 0)
	if i >= len(data) || data[i] != '{' {
		return h, errHead
	}
	i = skipWS(data, i+1)
	if i < len(data) && data[i] == '}' {
		return h, trailing(data, i+1)
	}
	var typeErr error
	for {
		if i >= len(data) || data[i] != '"' {
			return h, errHead
		}
		end, err := skipValue(data, i)
		if err != nil {
			return h, err
		}
		var key string
		if err := json.Unmarshal(data[i:end], &key); err != nil {
			return h, err
		}
		i = skipWS(data, end)
		if i >= len(data) || data[i] != ':' {
			return h, errHead
		}
		v := skipWS(data, i+1)
		if i, err = skipValue(data, v); err != nil {
			return h, err
		}
		val := data[v:i]
		p := presence{set: true, array: val[0] == '['}
		switch key {
		case "format":
			if val[0] == '"' {
				h.Format = ""
				if err := json.Unmarshal(val, &h.Format); err != nil {
					return h, err
				}
			} else if string(val) != "null" && typeErr == nil {
				typeErr = errors.New("format is not a string")
			}
		case "@context":
			h.Context = p
		case "total":
			h.Total = p
		case "rows":
			h.Rows = p
		case "annotations":
			h.Annotations = p
		case "export_date":
			h.ExportDate = p
		case "client_version":
			h.ClientVersion = p
		}
		i = skipWS(data, i)
		switch {
		case i < len(data) && data[i] == ',':
			i = skipWS(data, i+1)
		case i < len(data) && data[i] == '}':
			if err := trailing(data, i+1); err != nil {
				return h, err
			}
			return h, typeErr
		default:
			return h, errHead
		}
	}
}

// errHead is readHead's error for anything but a well-formed object.
var errHead = errors.New("not a JSON object")

// trailing checks that only white space follows byte i.
func trailing(data []byte, i int) error {
	if skipWS(data, i) != len(data) {
		return errHead
	}
	return nil
}

// skipWS returns the index of the first byte at or after i that is not
// JSON white space.
func skipWS(data []byte, i int) int {
	for i < len(data) && (data[i] == ' ' || data[i] == '\t' || data[i] == '\n' || data[i] == '\r') {
		i++
	}
	return i
}

// skipValue returns the index just past the JSON value that starts at i.
// Nested values are matched by bracket, strings by their closing quote,
// and literals (numbers, true, false, null) by their characters.
func skipValue(data []byte, i int) (int, error) {
	if i >= len(data) {
		return i, errHead
	}
	switch c := data[i]; {
	case c == '"':
		for j := i + 1; j < len(data); j++ {
			switch data[j] {
			case '\\':
				j++
			case '"':
				return j + 1, nil
			}
		}
		return len(data), errHead
	case c == '{' || c == '[':
		var stack []byte
		for j := i; j < len(data); j++ {
			switch data[j] {
			case '"':
				end, err := skipValue(data, j)
				if err != nil {
					return end, err
				}
				j = end - 1
			case '{', '[':
				stack = append(stack, data[j])
			case '}', ']':
				open := byte('{')
				if data[j] == ']' {
					open = '['
				}
				if len(stack) == 0 || stack[len(stack)-1] != open {
					return j, errHead
				}
				if stack = stack[:len(stack)-1]; len(stack) == 0 {
					return j + 1, nil
				}
			}
		}
		return len(data), errHead
	default:
		j := i
		for j < len(data) && (data[j] >= 'a' && data[j] <= 'z' || data[j] >= '0' && data[j] <= '9' || data[j] == '-' || data[j] == '+' || data[j] == '.' || data[j] == 'E') {
			j++
		}
		if lit := string(data[i:j]); lit == "true" || lit == "false" || lit == "null" || j > i && json.Valid(data[i:j]) {
			return j, nil
		}
		return j, errHead
	}
}

package server

import (
	"net/http"
	"strings"
)

// dirResolver serves a directory under /web/ and puts the site's URL
// prefix in front of every absolute path go-app resolves, like
// app.PrefixedLocation does, but serving another directory than the
// current one (app.LocalDir only works for "": it turns a directory name
// into a URL prefix).
type dirResolver struct {
	http.Handler
	prefix string
}

// newDirResolver serves webDir under /web/ for a site living under prefix
// ("" or a path such as "/annotator").
func newDirResolver(webDir, prefix string) dirResolver {
	return dirResolver{
		Handler: http.StripPrefix("/web/", http.FileServer(http.Dir(webDir))),
		prefix:  prefix,
	}
}

// Resolve implements app.ResourceResolver. "/" resolves to the prefix
// itself (go-app reads it as GOAPP_ROOT_PREFIX and strips it from paths
// before routing), absolute paths get the prefix, "web/x" is read as
// "/web/x", and everything else (fragments, other origins, data: URLs)
// is left alone.
func (d dirResolver) Resolve(location string) string {
	switch {
	case location == "" || location == "/":
		if d.prefix == "" {
			return "/"
		}
		return d.prefix
	case strings.HasPrefix(location, "//") || strings.Contains(location, "://"):
		return location
	case strings.HasPrefix(location, "/"):
		return d.prefix + location
	case location == "web" || strings.HasPrefix(location, "web/"):
		return d.prefix + "/" + location
	}
	return location
}

// cleanPrefix turns "annotator", "/annotator/" or "/" into "/annotator" or "".
func cleanPrefix(p string) string {
	p = strings.Trim(p, "/")
	if p == "" {
		return ""
	}
	return "/" + p
}

package server

import (
	"net/http"
	"strings"
)

// policy is the Content-Security-Policy of the app, one directive a line.
//
//   - 'wasm-unsafe-eval' lets app.js compile app.wasm, nothing else: there
//     is no inline script and no eval in go-app's page, app.js or wasm_exec.js.
//   - style attributes need 'unsafe-inline' (go-app's Style() sets the
//     style attribute, and tag colours are per tag set); style-src-elem
//     'self' keeps <style> elements and foreign stylesheets out in every
//     browser that knows CSP level 3.
//   - frame-ancestors only works as a header: metaPolicy drops it.
var policy = []string{
	"default-src 'self'",
	"script-src 'self' 'wasm-unsafe-eval'",
	"style-src 'self' 'unsafe-inline'",
	"style-src-elem 'self'",
	"img-src 'self' data:",
	"font-src 'self'",
	"connect-src 'self'",
	"manifest-src 'self'",
	"worker-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'none'",
	"frame-ancestors 'none'",
}

// headerPolicy is the policy sent as an HTTP header.
func headerPolicy() string { return strings.Join(policy, "; ") }

// metaPolicy is the policy for <meta http-equiv="Content-Security-Policy">
// in the static site, without the directives browsers ignore (and warn
// about) in a meta element.
func metaPolicy() string {
	var out []string
	for _, d := range policy {
		if !strings.HasPrefix(d, "frame-ancestors ") {
			out = append(out, d)
		}
	}
	return strings.Join(out, "; ")
}

// setSecurityHeaders adds the headers every response carries.
func setSecurityHeaders(h http.Header) {
	h.Set("Content-Security-Policy", headerPolicy())
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
}

// metaTag is the CSP meta element inserted into each static page.
func metaTag() string {
	return `<meta http-equiv="Content-Security-Policy" content="` + metaPolicy() + `">`
}

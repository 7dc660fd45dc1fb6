package server

import (
	"encoding/json"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// manifestIcon is one entry of the manifest's icons.
type manifestIcon struct {
	Src     string `json:"src"`
	Sizes   string `json:"sizes"`
	Type    string `json:"type"`
	Purpose string `json:"purpose"`
}

// manifest is the web app manifest, replacing go-app's: that one gives
// every icon but the maskable one an empty purpose and always uses scope
// "/", which is wrong for a site under a sub-path.
type manifest struct {
	ID              string         `json:"id"`
	Name            string         `json:"name"`
	ShortName       string         `json:"short_name"`
	Description     string         `json:"description"`
	Lang            string         `json:"lang"`
	StartURL        string         `json:"start_url"`
	Scope           string         `json:"scope"`
	Display         string         `json:"display"`
	BackgroundColor string         `json:"background_color"`
	ThemeColor      string         `json:"theme_color"`
	Icons           []manifestIcon `json:"icons"`
}

// manifestJSON builds the manifest of h for a site under prefix.
func manifestJSON(h *app.Handler, prefix string) []byte {
	root := prefix + "/"
	m := manifest{
		ID:              root,
		Name:            h.Name,
		ShortName:       h.ShortName,
		Description:     h.Description,
		Lang:            h.Lang,
		StartURL:        root,
		Scope:           root,
		Display:         "standalone",
		BackgroundColor: h.BackgroundColor,
		ThemeColor:      h.ThemeColor,
		Icons: []manifestIcon{
			{Src: prefix + h.Icon.Default, Sizes: "192x192", Type: "image/png", Purpose: "any"},
			{Src: prefix + h.Icon.Large, Sizes: "512x512", Type: "image/png", Purpose: "any"},
			{Src: prefix + h.Icon.Maskable, Sizes: "512x512", Type: "image/png", Purpose: "maskable"},
			{Src: prefix + h.Icon.SVG, Sizes: "any", Type: "image/svg+xml", Purpose: "any"},
		},
	}
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		panic(err) // a struct of strings always encodes
	}
	return b
}

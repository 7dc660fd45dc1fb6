package i18n

// The progress line of a large import (app/ui/importprogress.go), merged
// into each catalogue as imports.go does.
var importProgressMsgs = map[Lang]map[string]string{
	French:  {"Reading %s… %d %%": "Lecture de %s… %d %%"},
	German:  {"Reading %s… %d %%": "%s wird gelesen… %d %%"},
	Spanish: {"Reading %s… %d %%": "Leyendo %s… %d %%"},
	Arabic:  {"Reading %s… %d %%": "جارٍ قراءة %s… %d %%"},
}

func init() {
	for l, msgs := range importProgressMsgs {
		c := catalogs[l]
		for k, v := range msgs {
			c.msgs[k] = v
		}
	}
}

package i18n

// The import preview's texts (app/ui/importing.go) for issue 19: stale
// previews, tag names with their colours, files made by Hypothesis. They
// are merged into each catalogue before the package's other init
// (typography.go) gives French its spaces.

// importMsgs are the messages, by language.
var importMsgs = map[Lang]map[string]string{
	French: {
		"Hypothesis annotations": "annotations Hypothesis",
		"%s changed in another tab since this preview, so nothing was imported. Open the file again to see the new preview.":                  "%s a changé dans un autre onglet depuis cet aperçu : rien n’a donc été importé. Ouvrez de nouveau le fichier pour voir le nouvel aperçu.",
		"These documents changed in another tab since this preview, so nothing was imported: %s. Open the file again to see the new preview.": "Ces documents ont changé dans un autre onglet depuis cet aperçu, donc rien n’a été importé : %s. Ouvrez de nouveau le fichier pour voir le nouvel aperçu.",
		"New tags will be added to the tag set:": "De nouvelles étiquettes seront ajoutées au jeu :",
	},
	German: {
		"Hypothesis annotations": "Hypothesis-Annotationen",
		"%s changed in another tab since this preview, so nothing was imported. Open the file again to see the new preview.":                  "%s wurde seit dieser Vorschau in einem anderen Tab geändert, daher wurde nichts importiert. Öffnen Sie die Datei erneut, um die neue Vorschau zu sehen.",
		"These documents changed in another tab since this preview, so nothing was imported: %s. Open the file again to see the new preview.": "Diese Dokumente wurden seit dieser Vorschau in einem anderen Tab geändert, daher wurde nichts importiert: %s. Öffnen Sie die Datei erneut, um die neue Vorschau zu sehen.",
		"New tags will be added to the tag set:": "Neue Tags werden zum Tag-Set hinzugefügt:",
	},
	Spanish: {
		"Hypothesis annotations": "anotaciones de Hypothesis",
		"%s changed in another tab since this preview, so nothing was imported. Open the file again to see the new preview.":                  "%s cambió en otra pestaña desde esta vista previa, así que no se importó nada. Abre el archivo de nuevo para ver la nueva vista previa.",
		"These documents changed in another tab since this preview, so nothing was imported: %s. Open the file again to see the new preview.": "Estos documentos cambiaron en otra pestaña desde esta vista previa, así que no se importó nada: %s. Abre el archivo de nuevo para ver la nueva vista previa.",
		"New tags will be added to the tag set:": "Se añadirán etiquetas nuevas al conjunto:",
	},
	Arabic: {
		"Hypothesis annotations": "تعليقات Hypothesis",
		"%s changed in another tab since this preview, so nothing was imported. Open the file again to see the new preview.":                  "تغيّر %s في علامة تبويب أخرى منذ هذه المعاينة، فلم يُستورد شيء. افتح الملف مجددًا لترى المعاينة الجديدة.",
		"These documents changed in another tab since this preview, so nothing was imported: %s. Open the file again to see the new preview.": "تغيّرت هذه المستندات في علامة تبويب أخرى منذ هذه المعاينة، فلم يُستورد شيء: %s. افتح الملف مجددًا لترى المعاينة الجديدة.",
		"New tags will be added to the tag set:": "ستُضاف وسوم جديدة إلى المجموعة:",
	},
}

func init() {
	for l, msgs := range importMsgs {
		c := catalogs[l]
		for k, v := range msgs {
			c.msgs[k] = v
		}
	}
}

package i18n

// The texts of dismissible banners (app/ui/banners.go, app/ui/update.go),
// merged into each catalogue as imports.go does.
var bannerMsgs = map[Lang]map[string]string{
	French: {
		"This message stays until your changes are saved.":     "Ce message reste affiché jusqu’à ce que vos modifications soient enregistrées.",
		"This message stays while this document is read-only.": "Ce message reste affiché tant que ce document est en lecture seule.",
		"Dismiss": "Fermer",
		"Later":   "Plus tard",
		"The update is offered again when you next open the app.": "La mise à jour vous sera de nouveau proposée à la prochaine ouverture de l’application.",
	},
	German: {
		"This message stays until your changes are saved.":     "Diese Meldung bleibt, bis Ihre Änderungen gespeichert sind.",
		"This message stays while this document is read-only.": "Diese Meldung bleibt, solange dieses Dokument schreibgeschützt ist.",
		"Dismiss": "Schließen",
		"Later":   "Später",
		"The update is offered again when you next open the app.": "Das Update wird beim nächsten Öffnen der App wieder angeboten.",
	},
	Spanish: {
		"This message stays until your changes are saved.":     "Este mensaje se mantiene hasta que se guarden sus cambios.",
		"This message stays while this document is read-only.": "Este mensaje se mantiene mientras este documento sea de solo lectura.",
		"Dismiss": "Cerrar",
		"Later":   "Más tarde",
		"The update is offered again when you next open the app.": "La actualización se le ofrecerá de nuevo la próxima vez que abra la aplicación.",
	},
	Arabic: {
		"This message stays until your changes are saved.":     "تبقى هذه الرسالة حتى تُحفظ تغييراتك.",
		"This message stays while this document is read-only.": "تبقى هذه الرسالة ما دام هذا المستند للقراءة فقط.",
		"Dismiss": "إغلاق",
		"Later":   "لاحقًا",
		"The update is offered again when you next open the app.": "سيُعرض التحديث مرة أخرى عند فتح التطبيق في المرة القادمة.",
	},
}

func init() {
	for l, msgs := range bannerMsgs {
		c := catalogs[l]
		for k, v := range msgs {
			c.msgs[k] = v
		}
	}
}

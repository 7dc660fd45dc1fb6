package i18n

// The texts of saving and crash durability (app/session/saver.go,
// app/ui/wal.go, app/ui/reliability.go), kept apart from the main
// catalogues so that they are added in one place. init runs before
// typography.go's, so French spacing applies to them too.
func init() {
	add(&fr, durabilityFR, map[string]Forms{
		recoveredOther: {One: "%d modification qui n’était pas encore dans le stockage de ce navigateur à sa dernière fermeture a été récupérée.",
			Other: "%d modifications qui n’étaient pas encore dans le stockage de ce navigateur à sa dernière fermeture ont été récupérées."},
	})
	add(&de, durabilityDE, map[string]Forms{
		recoveredOther: {One: "%d Änderung wiederhergestellt, die beim letzten Schließen noch nicht im Speicher dieses Browsers war.",
			Other: "%d Änderungen wiederhergestellt, die beim letzten Schließen noch nicht im Speicher dieses Browsers waren."},
	})
	add(&es, durabilityES, map[string]Forms{
		recoveredOther: {One: "Se recuperó %d cambio que aún no estaba en el almacenamiento de este navegador cuando se cerró por última vez.",
			Other: "Se recuperaron %d cambios que aún no estaban en el almacenamiento de este navegador cuando se cerró por última vez."},
	})
	add(&ar, durabilityAR, map[string]Forms{
		recoveredOther: {
			Zero:  "لا تغييرات مستعادة.",
			One:   "استُعيد تغيير واحد لم يكن قد وصل إلى تخزين هذا المتصفح عند إغلاقه آخر مرة.",
			Two:   "استُعيد تغييران لم يكونا قد وصلا إلى تخزين هذا المتصفح عند إغلاقه آخر مرة.",
			Few:   "استُعيدت %d تغييرات لم تكن قد وصلت إلى تخزين هذا المتصفح عند إغلاقه آخر مرة.",
			Many:  "استُعيد %d تغييرًا لم تكن قد وصلت إلى تخزين هذا المتصفح عند إغلاقه آخر مرة.",
			Other: "استُعيد %d تغيير لم تكن قد وصلت إلى تخزين هذا المتصفح عند إغلاقه آخر مرة.",
		},
	})
}

// recoveredOther is the plural of the message that says how many changes
// a journal replay brought back.
const recoveredOther = "Recovered %d changes that had not reached this browser's storage when it last closed."

// add puts msgs and plurals into c.
func add(c *catalog, msgs map[string]string, plurals map[string]Forms) {
	for k, v := range msgs {
		c.msgs[k] = v
	}
	for k, v := range plurals {
		c.plurals[k] = v
	}
}

const (
	msgDeleted  = "This document was deleted in another tab. Your changes here are not saved; choose Keep a copy to put it back in your library with them."
	msgKeep     = "Keep a copy"
	msgKept     = "Kept: the document is back in your library, with your changes."
	msgKeepFail = "The copy could not be kept: %v"
)

var durabilityFR = map[string]string{
	msgDeleted:  "Ce document a été supprimé dans un autre onglet. Vos modifications ici ne sont pas enregistrées ; choisissez Garder une copie pour le remettre dans votre bibliothèque avec elles.",
	msgKeep:     "Garder une copie",
	msgKept:     "Gardé : le document est de retour dans votre bibliothèque, avec vos modifications.",
	msgKeepFail: "La copie n’a pas pu être gardée : %v",
}

var durabilityDE = map[string]string{
	msgDeleted:  "Dieses Dokument wurde in einem anderen Tab gelöscht. Ihre Änderungen hier werden nicht gespeichert; wählen Sie Kopie behalten, um es mit ihnen wieder in Ihre Bibliothek zu legen.",
	msgKeep:     "Kopie behalten",
	msgKept:     "Behalten: Das Dokument ist wieder in Ihrer Bibliothek, mit Ihren Änderungen.",
	msgKeepFail: "Die Kopie konnte nicht behalten werden: %v",
}

var durabilityES = map[string]string{
	msgDeleted:  "Este documento se eliminó en otra pestaña. Tus cambios aquí no se guardan; elige Conservar una copia para devolverlo a tu biblioteca con ellos.",
	msgKeep:     "Conservar una copia",
	msgKept:     "Conservado: el documento vuelve a estar en tu biblioteca, con tus cambios.",
	msgKeepFail: "No se pudo conservar la copia: %v",
}

var durabilityAR = map[string]string{
	msgDeleted:  "حُذف هذا المستند في تبويب آخر. تغييراتك هنا لا تُحفظ؛ اختر الاحتفاظ بنسخة لإعادته إلى مكتبتك مع تغييراتك.",
	msgKeep:     "الاحتفاظ بنسخة",
	msgKept:     "تم الاحتفاظ به: عاد المستند إلى مكتبتك مع تغييراتك.",
	msgKeepFail: "تعذّر الاحتفاظ بالنسخة: %v",
}

package i18n

// The texts of a refused import (app/ui/importing.go refusedImport) for
// issue 19: what the file was read as, which part is not as expected and
// what to do, the place in the file under Details, and the tag cap with
// its plurals. Added to each catalogue before typography.go's init gives
// French its spaces (files initialise in name order).

const (
	refusedWhole = "%[1]s was not imported, and nothing was changed. It was read as %[2]s: %[3]s."
	refusedPart  = "%[1]s was not imported, and nothing was changed. It was read as %[2]s, but %[3]s is not as expected: %[4]s. Export it again from the program that made it (or correct that part), then import it again."
	tooManyTags  = "it names %[1]d tags that “%[2]s” does not have, and a tag set holds at most %[3]d tags (it has %[4]d): remove tags from the file, or import it into a document with fewer tags"
)

func init() {
	addBackupStorage(&fr, map[string]string{
		refusedWhole:     "%[1]s n’a pas été importé, et rien n’a été modifié. Il a été lu comme %[2]s : %[3]s.",
		refusedPart:      "%[1]s n’a pas été importé, et rien n’a été modifié. Il a été lu comme %[2]s, mais %[3]s n’est pas comme prévu : %[4]s. Exportez-le de nouveau depuis le programme qui l’a créé (ou corrigez cette partie), puis importez-le de nouveau.",
		"document %d":    "le document %d",
		"annotation %d":  "l’annotation %d",
		"one part of it": "une partie du fichier",
		"Details":        "Détails",
	}, map[string]Forms{
		tooManyTags: {One: "il nomme %[1]d étiquette que « %[2]s » n’a pas, et un jeu contient au plus %[3]d étiquettes (il en a %[4]d) : retirez des étiquettes du fichier, ou importez-le dans un document qui en a moins",
			Other: "il nomme %[1]d étiquettes que « %[2]s » n’a pas, et un jeu contient au plus %[3]d étiquettes (il en a %[4]d) : retirez des étiquettes du fichier, ou importez-le dans un document qui en a moins"},
	})
	addBackupStorage(&de, map[string]string{
		refusedWhole:     "%[1]s wurde nicht importiert, und nichts wurde geändert. Die Datei wurde als %[2]s gelesen: %[3]s.",
		refusedPart:      "%[1]s wurde nicht importiert, und nichts wurde geändert. Die Datei wurde als %[2]s gelesen, aber %[3]s ist nicht wie erwartet: %[4]s. Exportieren Sie sie erneut aus dem Programm, das sie erstellt hat (oder korrigieren Sie diesen Teil), und importieren Sie sie dann erneut.",
		"document %d":    "Dokument %d",
		"annotation %d":  "Annotation %d",
		"one part of it": "ein Teil davon",
		"Details":        "Details",
	}, map[string]Forms{
		tooManyTags: {One: "sie nennt %[1]d Tag, das „%[2]s“ nicht hat, und ein Tag-Set fasst höchstens %[3]d Tags (es hat %[4]d): Entfernen Sie Tags aus der Datei oder importieren Sie sie in ein Dokument mit weniger Tags",
			Other: "sie nennt %[1]d Tags, die „%[2]s“ nicht hat, und ein Tag-Set fasst höchstens %[3]d Tags (es hat %[4]d): Entfernen Sie Tags aus der Datei oder importieren Sie sie in ein Dokument mit weniger Tags"},
	})
	addBackupStorage(&es, map[string]string{
		refusedWhole:     "%[1]s no se importó y no se cambió nada. Se leyó como %[2]s: %[3]s.",
		refusedPart:      "%[1]s no se importó y no se cambió nada. Se leyó como %[2]s, pero %[3]s no es como se esperaba: %[4]s. Expórtalo de nuevo desde el programa que lo creó (o corrige esa parte) y vuelve a importarlo.",
		"document %d":    "el documento %d",
		"annotation %d":  "la anotación %d",
		"one part of it": "una parte del archivo",
		"Details":        "Detalles",
	}, map[string]Forms{
		tooManyTags: {One: "nombra %[1]d etiqueta que «%[2]s» no tiene, y un conjunto tiene como máximo %[3]d etiquetas (tiene %[4]d): quita etiquetas del archivo o impórtalo en un documento con menos etiquetas",
			Other: "nombra %[1]d etiquetas que «%[2]s» no tiene, y un conjunto tiene como máximo %[3]d etiquetas (tiene %[4]d): quita etiquetas del archivo o impórtalo en un documento con menos etiquetas"},
	})
	addBackupStorage(&ar, map[string]string{
		refusedWhole:     "لم يُستورد %[1]s ولم يتغيّر شيء. قُرئ على أنه %[2]s: %[3]s.",
		refusedPart:      "لم يُستورد %[1]s ولم يتغيّر شيء. قُرئ على أنه %[2]s، لكن %[3]s ليس كما هو متوقَّع: %[4]s. صدّره مجددًا من البرنامج الذي أنشأه (أو صحّح ذلك الجزء)، ثم استورده مرة أخرى.",
		"document %d":    "المستند %d",
		"annotation %d":  "التعليق %d",
		"one part of it": "جزء منه",
		"Details":        "التفاصيل",
	}, map[string]Forms{
		tooManyTags: {Zero: "لا يذكر وسومًا (%[1]d) ليست في «%[2]s»، والمجموعة تتسع لـ%[3]d وسمًا على الأكثر (فيها %[4]d)",
			One:   "يذكر وسمًا واحدًا (%[1]d) ليس في «%[2]s»، والمجموعة تتسع لـ%[3]d وسمًا على الأكثر (فيها %[4]d): احذف وسومًا من الملف، أو استورده في مستند فيه وسوم أقل",
			Two:   "يذكر وسمين (%[1]d) ليسا في «%[2]s»، والمجموعة تتسع لـ%[3]d وسمًا على الأكثر (فيها %[4]d): احذف وسومًا من الملف، أو استورده في مستند فيه وسوم أقل",
			Few:   "يذكر %[1]d وسوم ليست في «%[2]s»، والمجموعة تتسع لـ%[3]d وسمًا على الأكثر (فيها %[4]d): احذف وسومًا من الملف، أو استورده في مستند فيه وسوم أقل",
			Many:  "يذكر %[1]d وسمًا ليست في «%[2]s»، والمجموعة تتسع لـ%[3]d وسمًا على الأكثر (فيها %[4]d): احذف وسومًا من الملف، أو استورده في مستند فيه وسوم أقل",
			Other: "يذكر %[1]d وسم ليست في «%[2]s»، والمجموعة تتسع لـ%[3]d وسمًا على الأكثر (فيها %[4]d): احذف وسومًا من الملف، أو استورده في مستند فيه وسوم أقل"},
	})
}

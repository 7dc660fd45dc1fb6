package i18n

// The texts of the class view's integrity and scale (app/ui/classpage_scale.go:
// files that claim one student, pages of students, Cohen's kappa of a large
// class), of exercise links opened in the same tab (app/ui/exercisepage.go)
// and the grade table's file and conflict columns (app/classroom
// GradeColumns), kept apart from the main catalogues so that they are
// added in one place. init runs before typography.go's, so French spacing
// applies to them too.
func init() {
	add(&fr, integrityFR, map[string]Forms{
		msgClaimsName: {One: " ⚠ %d fichier revendique ce nom", Other: " ⚠ %d fichiers revendiquent ce nom"},
		msgClaims:     {One: "%[1]d fichier revendique %[2]s : %[3]s", Other: "%[1]d fichiers revendiquent %[2]s : %[3]s"},
		msgMoreNotes:  {One: "et %d autre note (Afficher tous les élèves plus haut)", Other: "et %d autres notes (Afficher tous les élèves plus haut)"},
	})
	add(&de, integrityDE, map[string]Forms{
		msgClaimsName: {One: " ⚠ %d Datei beansprucht diesen Namen", Other: " ⚠ %d Dateien beanspruchen diesen Namen"},
		msgClaims:     {One: "%[1]d Datei beansprucht %[2]s: %[3]s", Other: "%[1]d Dateien beanspruchen %[2]s: %[3]s"},
		msgMoreNotes:  {One: "und %d weitere Notiz (oben: Alle Lernenden zeigen)", Other: "und %d weitere Notizen (oben: Alle Lernenden zeigen)"},
	})
	add(&es, integrityES, map[string]Forms{
		msgClaimsName: {One: " ⚠ %d archivo reclama este nombre", Other: " ⚠ %d archivos reclaman este nombre"},
		msgClaims:     {One: "%[1]d archivo reclama %[2]s: %[3]s", Other: "%[1]d archivos reclaman %[2]s: %[3]s"},
		msgMoreNotes:  {One: "y %d nota más (Mostrar a todos los estudiantes, arriba)", Other: "y %d notas más (Mostrar a todos los estudiantes, arriba)"},
	})
	add(&ar, integrityAR, map[string]Forms{
		msgClaimsName: {Zero: " ⚠ لا ملف يدّعي هذا الاسم", One: " ⚠ ملف واحد يدّعي هذا الاسم", Two: " ⚠ ملفان يدّعيان هذا الاسم",
			Few: " ⚠ %d ملفات تدّعي هذا الاسم", Many: " ⚠ %d ملفًا تدّعي هذا الاسم", Other: " ⚠ %d ملف يدّعي هذا الاسم"},
		msgClaims: {Zero: "لا ملف يدّعي %[2]s", One: "ملف واحد يدّعي %[2]s: %[3]s", Two: "ملفان يدّعيان %[2]s: %[3]s",
			Few: "%[1]d ملفات تدّعي %[2]s: %[3]s", Many: "%[1]d ملفًا تدّعي %[2]s: %[3]s", Other: "%[1]d ملف يدّعي %[2]s: %[3]s"},
		msgMoreNotes: {Zero: "لا ملاحظات أخرى", One: "وملاحظة أخرى (اعرض كل الطلاب في الأعلى)", Two: "وملاحظتان أخريان (اعرض كل الطلاب في الأعلى)",
			Few: "و%d ملاحظات أخرى (اعرض كل الطلاب في الأعلى)", Many: "و%d ملاحظة أخرى (اعرض كل الطلاب في الأعلى)", Other: "و%d ملاحظة أخرى (اعرض كل الطلاب في الأعلى)"},
	})
}

// The plural messages, by their English plural (the catalogue's key).
const (
	msgClaimsName = " ⚠ %d files claim this name"
	msgClaims     = "%[1]d files claim %[2]s: %[3]s"
	msgMoreNotes  = "and %d more notes (Show every student above)"
)

const (
	msgKappaHint   = "%d students: open a student's work to see their kappa with each classmate."
	msgLeftOut     = "%s is left out of the view."
	msgKappaWith   = "Cohen's kappa with %s"
	msgConflicts   = "Different files claim the same student. Each is kept and graded on its own row, with its file (an LMS zip names the account's folder): check which one the student handed in, and leave the other out."
	msgFile        = "File"
	msgLeaveOutOf  = "Leave out %s"
	msgLeaveOut    = "Leave out"
	msgLeftOutList = "Left out of the view:"
	msgPutBack     = "Put back"
	msgShowAll     = "Show every student (%d)"
	msgShowFirst   = "Show the first %d students"
	msgBadLink     = "This link is not a complete exercise link (%v). Ask your teacher for the link again, or for the exercise file."
	msgDecoding    = "Reading the submissions: %d read, %d to go…"
	colFile        = "file"
	colConflict    = "conflict"
)

var integrityFR = map[string]string{
	msgDecoding:    "Lecture des travaux : %d lus, %d restants…",
	msgKappaHint:   "%d élèves : ouvrez le travail d’un élève pour voir son kappa avec chaque camarade.",
	msgLeftOut:     "%s est laissé hors de la vue.",
	msgKappaWith:   "Kappa de Cohen avec %s",
	msgConflicts:   "Des fichiers différents revendiquent le même élève. Chacun est gardé et noté sur sa propre ligne, avec son fichier (un zip de l’ENT nomme le dossier du compte) : vérifiez lequel l’élève a rendu, et laissez l’autre de côté.",
	msgFile:        "Fichier",
	msgLeaveOutOf:  "Laisser de côté %s",
	msgLeaveOut:    "Laisser de côté",
	msgLeftOutList: "Laissés hors de la vue :",
	msgPutBack:     "Remettre",
	msgShowAll:     "Afficher tous les élèves (%d)",
	msgShowFirst:   "Afficher les %d premiers élèves",
	msgBadLink:     "Ce lien n’est pas un lien d’exercice complet (%v). Demandez de nouveau le lien à votre enseignant, ou le fichier de l’exercice.",
	colFile:        "Fichier",
	colConflict:    "Conflit",
}

var integrityDE = map[string]string{
	msgDecoding:    "Abgaben werden gelesen: %d gelesen, %d übrig …",
	msgKappaHint:   "%d Lernende: Öffnen Sie die Arbeit einer Person, um ihr Kappa mit allen anderen zu sehen.",
	msgLeftOut:     "%s ist aus der Ansicht genommen.",
	msgKappaWith:   "Cohens Kappa mit %s",
	msgConflicts:   "Verschiedene Dateien beanspruchen dieselbe Person. Jede bleibt erhalten und wird in einer eigenen Zeile bewertet, mit ihrer Datei (ein LMS-Zip nennt den Ordner des Kontos): Prüfen Sie, welche die Person abgegeben hat, und nehmen Sie die andere heraus.",
	msgFile:        "Datei",
	msgLeaveOutOf:  "%s herausnehmen",
	msgLeaveOut:    "Herausnehmen",
	msgLeftOutList: "Aus der Ansicht genommen:",
	msgPutBack:     "Zurücknehmen",
	msgShowAll:     "Alle Lernenden zeigen (%d)",
	msgShowFirst:   "Die ersten %d Lernenden zeigen",
	msgBadLink:     "Dieser Link ist kein vollständiger Übungslink (%v). Bitten Sie Ihre Lehrkraft erneut um den Link oder um die Übungsdatei.",
	colFile:        "Datei",
	colConflict:    "Konflikt",
}

var integrityES = map[string]string{
	msgDecoding:    "Leyendo las entregas: %d leídas, faltan %d…",
	msgKappaHint:   "%d estudiantes: abre el trabajo de un estudiante para ver su kappa con cada compañero.",
	msgLeftOut:     "%s queda fuera de la vista.",
	msgKappaWith:   "Kappa de Cohen con %s",
	msgConflicts:   "Archivos distintos reclaman al mismo estudiante. Cada uno se conserva y se califica en su propia fila, con su archivo (un zip del LMS nombra la carpeta de la cuenta): comprueba cuál entregó el estudiante y deja fuera el otro.",
	msgFile:        "Archivo",
	msgLeaveOutOf:  "Dejar fuera %s",
	msgLeaveOut:    "Dejar fuera",
	msgLeftOutList: "Fuera de la vista:",
	msgPutBack:     "Volver a incluir",
	msgShowAll:     "Mostrar a todos los estudiantes (%d)",
	msgShowFirst:   "Mostrar los primeros %d estudiantes",
	msgBadLink:     "Este enlace no es un enlace de ejercicio completo (%v). Pide de nuevo el enlace a tu docente, o el archivo del ejercicio.",
	colFile:        "Archivo",
	colConflict:    "Conflicto",
}

var integrityAR = map[string]string{
	msgDecoding:    "قراءة الأعمال المسلّمة: قُرئ %d، وبقي %d…",
	msgKappaHint:   "%d طالبًا: افتح عمل طالب لترى معامل كابا بينه وبين كل زميل.",
	msgLeftOut:     "استُبعد %s من العرض.",
	msgKappaWith:   "كابا كوهين مع %s",
	msgConflicts:   "ملفات مختلفة تدّعي الطالب نفسه. يُحتفظ بكل منها ويُقيَّم في صف خاص به مع اسم ملفه (يذكر ملف zip من نظام إدارة التعلم مجلد الحساب): تحقّق أيّها سلّمه الطالب واستبعد الآخر.",
	msgFile:        "الملف",
	msgLeaveOutOf:  "استبعاد %s",
	msgLeaveOut:    "استبعاد",
	msgLeftOutList: "مستبعد من العرض:",
	msgPutBack:     "إعادة",
	msgShowAll:     "اعرض كل الطلاب (%d)",
	msgShowFirst:   "اعرض أول %d طالبًا",
	msgBadLink:     "هذا الرابط ليس رابط تمرين كاملًا (%v). اطلب الرابط من معلمك مرة أخرى، أو ملف التمرين.",
	colFile:        "الملف",
	colConflict:    "تعارض",
}

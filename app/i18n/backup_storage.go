package i18n

// The texts of the backup, Clear my data, unreadable stored data and the
// storage meter (app/ui/library.go, library_backup.go, storage_meter.go,
// documents.go), added to each catalogue before typography.go's init gives
// the French ones their spaces (files initialise in name order).
func init() {
	addBackupStorage(&fr, map[string]string{
		" This app's data: %s (keys and values, counted as UTF-16: 2 bytes a character).":           " Données de l’application : %s (clés et valeurs, comptées en UTF-16 : 2 octets par caractère).",
		" Other apps of this site use %s of it.":                                                    " D’autres applications de ce site en utilisent %s.",
		" The browser reports %s used of %s for the whole site (offline copy of the app included).": " Le navigateur indique %s utilisés sur %s pour tout le site (copie hors ligne de l’application comprise).",
		" It also holds %s.": " Il contient aussi %s.",
		"Some stored data cannot be read. It is left as it is, byte for byte, and nothing is saved over it; Back up everything puts its raw data in the backup file:": "Certaines données enregistrées sont illisibles. Elles restent telles quelles, octet pour octet, et rien n’est enregistré par-dessus ; Tout sauvegarder met leurs données brutes dans le fichier de sauvegarde :",
		"Your settings (theme, name in exports, language) cannot be read":                                                                                             "Vos réglages (thème, nom dans les exports, langue) sont illisibles",
		"When documents were last opened cannot be read":                                                                                                              "Les dates de dernière ouverture des documents sont illisibles",
		"An exercise made on this device (%s) or its answer key cannot be read":                                                                                       "Un exercice créé sur cet appareil (%s) ou son corrigé est illisible",
		"A student's exercise work (%s) cannot be read":                                                                                                               "Le travail d’un élève sur un exercice (%s) est illisible",
		"The undo history of “%s” cannot be read":                                                                                                                     "L’historique d’annulation de « %s » est illisible",
		"When documents were last opened could not be read: it is left as it is, and the library shows it.":                                                           "Les dates de dernière ouverture des documents sont illisibles : elles restent telles quelles, et la bibliothèque le signale.",
	}, map[string]Forms{
		"Deleted %d stored items that your backup holds.":                                                                    {One: "%d élément enregistré que contient votre sauvegarde a été supprimé.", Other: "%d éléments enregistrés que contient votre sauvegarde ont été supprimés."},
		"%d items were kept because the backup does not hold them (stored or changed since): back up again to include them.": {One: "%d élément a été gardé car la sauvegarde ne le contient pas (enregistré ou modifié depuis) : sauvegardez à nouveau pour l’inclure.", Other: "%d éléments ont été gardés car la sauvegarde ne les contient pas (enregistrés ou modifiés depuis) : sauvegardez à nouveau pour les inclure."},
		"Your backup holds %d stored items: Delete everything deletes those, and keeps anything stored or changed since.":    {One: "Votre sauvegarde contient %d élément enregistré : Tout supprimer le supprime, et garde ce qui a été enregistré ou modifié depuis.", Other: "Votre sauvegarde contient %d éléments enregistrés : Tout supprimer les supprime, et garde ce qui a été enregistré ou modifié depuis."},
		"%d exercises with their answer keys":                                                                                {One: "%d exercice avec son corrigé", Other: "%d exercices avec leurs corrigés"},
		"%d students' work":                                                                                                  {One: "le travail de %d élève", Other: "le travail de %d élèves"},
		"%d other stored items (settings, dates)":                                                                            {One: "%d autre élément enregistré (réglages, dates)", Other: "%d autres éléments enregistrés (réglages, dates)"},
		"%[1]d documents could not be read: %[2]s — their raw data is in the file.":                                          {One: "%[1]d document est illisible : %[2]s — ses données brutes sont dans le fichier.", Other: "%[1]d documents sont illisibles : %[2]s — leurs données brutes sont dans le fichier."},
	})
	addBackupStorage(&de, map[string]string{
		" This app's data: %s (keys and values, counted as UTF-16: 2 bytes a character).":           " Daten dieser App: %s (Schlüssel und Werte, gezählt als UTF-16: 2 Byte pro Zeichen).",
		" Other apps of this site use %s of it.":                                                    " Andere Apps dieser Website belegen davon %s.",
		" The browser reports %s used of %s for the whole site (offline copy of the app included).": " Der Browser meldet %s von %s für die ganze Website belegt (Offline-Kopie der App inbegriffen).",
		" It also holds %s.": " Sie enthält auch %s.",
		"Some stored data cannot be read. It is left as it is, byte for byte, and nothing is saved over it; Back up everything puts its raw data in the backup file:": "Einige gespeicherte Daten sind nicht lesbar. Sie bleiben Byte für Byte, wie sie sind, und nichts wird darüber gespeichert; Alles sichern legt ihre Rohdaten in die Sicherungsdatei:",
		"Your settings (theme, name in exports, language) cannot be read":                                                                                             "Ihre Einstellungen (Design, Name in Exporten, Sprache) sind nicht lesbar",
		"When documents were last opened cannot be read":                                                                                                              "Wann Dokumente zuletzt geöffnet wurden, ist nicht lesbar",
		"An exercise made on this device (%s) or its answer key cannot be read":                                                                                       "Eine auf diesem Gerät erstellte Übung (%s) oder ihre Lösung ist nicht lesbar",
		"A student's exercise work (%s) cannot be read":                                                                                                               "Die Arbeit eines Schülers an einer Übung (%s) ist nicht lesbar",
		"The undo history of “%s” cannot be read":                                                                                                                     "Der Rückgängig-Verlauf von „%s“ ist nicht lesbar",
		"When documents were last opened could not be read: it is left as it is, and the library shows it.":                                                           "Wann Dokumente zuletzt geöffnet wurden, ist nicht lesbar: Es bleibt, wie es ist, und die Bibliothek zeigt es an.",
	}, map[string]Forms{
		"Deleted %d stored items that your backup holds.":                                                                    {One: "%d gespeichertes Element gelöscht, das Ihre Sicherung enthält.", Other: "%d gespeicherte Elemente gelöscht, die Ihre Sicherung enthält."},
		"%d items were kept because the backup does not hold them (stored or changed since): back up again to include them.": {One: "%d Element wurde behalten, weil die Sicherung es nicht enthält (seitdem gespeichert oder geändert): Sichern Sie erneut, um es aufzunehmen.", Other: "%d Elemente wurden behalten, weil die Sicherung sie nicht enthält (seitdem gespeichert oder geändert): Sichern Sie erneut, um sie aufzunehmen."},
		"Your backup holds %d stored items: Delete everything deletes those, and keeps anything stored or changed since.":    {One: "Ihre Sicherung enthält %d gespeichertes Element: Alles löschen löscht es und behält, was seitdem gespeichert oder geändert wurde.", Other: "Ihre Sicherung enthält %d gespeicherte Elemente: Alles löschen löscht diese und behält, was seitdem gespeichert oder geändert wurde."},
		"%d exercises with their answer keys":                                                                                {One: "%d Übung mit Lösung", Other: "%d Übungen mit Lösungen"},
		"%d students' work":                                                                                                  {One: "die Arbeit von %d Schüler", Other: "die Arbeit von %d Schülern"},
		"%d other stored items (settings, dates)":                                                                            {One: "%d weiteres gespeichertes Element (Einstellungen, Daten)", Other: "%d weitere gespeicherte Elemente (Einstellungen, Daten)"},
		"%[1]d documents could not be read: %[2]s — their raw data is in the file.":                                          {One: "%[1]d Dokument ist nicht lesbar: %[2]s — seine Rohdaten sind in der Datei.", Other: "%[1]d Dokumente sind nicht lesbar: %[2]s — ihre Rohdaten sind in der Datei."},
	})
	addBackupStorage(&es, map[string]string{
		" This app's data: %s (keys and values, counted as UTF-16: 2 bytes a character).":           " Datos de esta aplicación: %s (claves y valores, contados en UTF-16: 2 bytes por carácter).",
		" Other apps of this site use %s of it.":                                                    " Otras aplicaciones de este sitio usan %s.",
		" The browser reports %s used of %s for the whole site (offline copy of the app included).": " El navegador indica %s usados de %s para todo el sitio (copia sin conexión de la aplicación incluida).",
		" It also holds %s.": " También contiene %s.",
		"Some stored data cannot be read. It is left as it is, byte for byte, and nothing is saved over it; Back up everything puts its raw data in the backup file:": "Algunos datos guardados no se pueden leer. Se dejan tal cual, byte a byte, y no se guarda nada encima; Copia de seguridad de todo pone sus datos en bruto en el archivo:",
		"Your settings (theme, name in exports, language) cannot be read":                                                                                             "Sus ajustes (tema, nombre en las exportaciones, idioma) no se pueden leer",
		"When documents were last opened cannot be read":                                                                                                              "Las fechas en que se abrieron los documentos no se pueden leer",
		"An exercise made on this device (%s) or its answer key cannot be read":                                                                                       "Un ejercicio creado en este dispositivo (%s) o su clave de respuestas no se puede leer",
		"A student's exercise work (%s) cannot be read":                                                                                                               "El trabajo de un estudiante en un ejercicio (%s) no se puede leer",
		"The undo history of “%s” cannot be read":                                                                                                                     "El historial para deshacer de «%s» no se puede leer",
		"When documents were last opened could not be read: it is left as it is, and the library shows it.":                                                           "Las fechas en que se abrieron los documentos no se pudieron leer: se dejan tal cual, y la biblioteca lo indica.",
	}, map[string]Forms{
		"Deleted %d stored items that your backup holds.":                                                                    {One: "Se eliminó %d elemento guardado que contiene su copia.", Other: "Se eliminaron %d elementos guardados que contiene su copia."},
		"%d items were kept because the backup does not hold them (stored or changed since): back up again to include them.": {One: "Se conservó %d elemento porque la copia no lo contiene (guardado o cambiado después): haga otra copia para incluirlo.", Other: "Se conservaron %d elementos porque la copia no los contiene (guardados o cambiados después): haga otra copia para incluirlos."},
		"Your backup holds %d stored items: Delete everything deletes those, and keeps anything stored or changed since.":    {One: "Su copia contiene %d elemento guardado: Eliminar todo lo elimina y conserva lo guardado o cambiado después.", Other: "Su copia contiene %d elementos guardados: Eliminar todo los elimina y conserva lo guardado o cambiado después."},
		"%d exercises with their answer keys":                                                                                {One: "%d ejercicio con su clave", Other: "%d ejercicios con sus claves"},
		"%d students' work":                                                                                                  {One: "el trabajo de %d estudiante", Other: "el trabajo de %d estudiantes"},
		"%d other stored items (settings, dates)":                                                                            {One: "%d otro elemento guardado (ajustes, fechas)", Other: "%d otros elementos guardados (ajustes, fechas)"},
		"%[1]d documents could not be read: %[2]s — their raw data is in the file.":                                          {One: "%[1]d documento no se pudo leer: %[2]s — sus datos en bruto están en el archivo.", Other: "%[1]d documentos no se pudieron leer: %[2]s — sus datos en bruto están en el archivo."},
	})
	addBackupStorage(&ar, map[string]string{
		" This app's data: %s (keys and values, counted as UTF-16: 2 bytes a character).":           " بيانات هذا التطبيق: %s (المفاتيح والقيم، محسوبة بترميز UTF-16: بايتان لكل حرف).",
		" Other apps of this site use %s of it.":                                                    " تستخدم تطبيقات أخرى لهذا الموقع %s منها.",
		" The browser reports %s used of %s for the whole site (offline copy of the app included).": " يفيد المتصفح بأن %s مستخدمة من %s للموقع كله (بما فيها نسخة التطبيق دون اتصال).",
		" It also holds %s.": " ويحتوي أيضًا %s.",
		"Some stored data cannot be read. It is left as it is, byte for byte, and nothing is saved over it; Back up everything puts its raw data in the backup file:": "تتعذر قراءة بعض البيانات المحفوظة. تُترك كما هي، بايتًا ببايت، ولا يُحفظ شيء فوقها؛ ويضع «نسخ احتياطي لكل شيء» بياناتها الخام في ملف النسخة:",
		"Your settings (theme, name in exports, language) cannot be read":                                                                                             "تتعذر قراءة إعداداتك (المظهر، الاسم في الملفات المصدّرة، اللغة)",
		"When documents were last opened cannot be read":                                                                                                              "تتعذر قراءة مواعيد آخر فتح للمستندات",
		"An exercise made on this device (%s) or its answer key cannot be read":                                                                                       "تتعذر قراءة تمرين أُنشئ على هذا الجهاز (%s) أو مفتاح إجابته",
		"A student's exercise work (%s) cannot be read":                                                                                                               "تتعذر قراءة عمل طالب على تمرين (%s)",
		"The undo history of “%s” cannot be read":                                                                                                                     "تتعذر قراءة سجل التراجع لـ«%s»",
		"When documents were last opened could not be read: it is left as it is, and the library shows it.":                                                           "تعذرت قراءة مواعيد آخر فتح للمستندات: تُركت كما هي، وتُظهر المكتبة ذلك.",
	}, map[string]Forms{
		"Deleted %d stored items that your backup holds.":                                                                    {Zero: "لم يُحذف أي عنصر (%d).", One: "حُذف عنصر محفوظ واحد (%d) تحتويه نسختك.", Two: "حُذف عنصران محفوظان (%d) تحتويهما نسختك.", Few: "حُذفت %d عناصر محفوظة تحتويها نسختك.", Many: "حُذف %d عنصرًا محفوظًا تحتويه نسختك.", Other: "حُذف %d عنصر محفوظ تحتويه نسختك."},
		"%d items were kept because the backup does not hold them (stored or changed since): back up again to include them.": {Zero: "لم يُحتفظ بأي عنصر (%d).", One: "احتُفظ بعنصر واحد (%d) لأن النسخة لا تحتويه (حُفظ أو تغيّر بعدها): انسخ احتياطيًا مرة أخرى لتضمينه.", Two: "احتُفظ بعنصرين (%d) لأن النسخة لا تحتويهما: انسخ احتياطيًا مرة أخرى لتضمينهما.", Few: "احتُفظ بـ%d عناصر لأن النسخة لا تحتويها: انسخ احتياطيًا مرة أخرى لتضمينها.", Many: "احتُفظ بـ%d عنصرًا لأن النسخة لا تحتويها: انسخ احتياطيًا مرة أخرى لتضمينها.", Other: "احتُفظ بـ%d عنصر لأن النسخة لا تحتويها: انسخ احتياطيًا مرة أخرى لتضمينها."},
		"Your backup holds %d stored items: Delete everything deletes those, and keeps anything stored or changed since.":    {Zero: "لا تحتوي نسختك أي عنصر (%d).", One: "تحتوي نسختك عنصرًا محفوظًا واحدًا (%d): «حذف كل شيء» يحذفه ويُبقي ما حُفظ أو تغيّر بعدها.", Two: "تحتوي نسختك عنصرين محفوظين (%d): «حذف كل شيء» يحذفهما ويُبقي ما حُفظ أو تغيّر بعدها.", Few: "تحتوي نسختك %d عناصر محفوظة: «حذف كل شيء» يحذفها ويُبقي ما حُفظ أو تغيّر بعدها.", Many: "تحتوي نسختك %d عنصرًا محفوظًا: «حذف كل شيء» يحذفها ويُبقي ما حُفظ أو تغيّر بعدها.", Other: "تحتوي نسختك %d عنصر محفوظ: «حذف كل شيء» يحذفها ويُبقي ما حُفظ أو تغيّر بعدها."},
		"%d exercises with their answer keys":                                                                                {Zero: "لا تمارين (%d)", One: "تمرين واحد (%d) مع مفتاح إجابته", Two: "تمرينان (%d) مع مفتاحي إجابتهما", Few: "%d تمارين مع مفاتيح إجاباتها", Many: "%d تمرينًا مع مفاتيح إجاباتها", Other: "%d تمرين مع مفاتيح إجاباتها"},
		"%d students' work":                                                                                                  {Zero: "لا أعمال طلاب (%d)", One: "عمل طالب واحد (%d)", Two: "عمل طالبين (%d)", Few: "عمل %d طلاب", Many: "عمل %d طالبًا", Other: "عمل %d طالب"},
		"%d other stored items (settings, dates)":                                                                            {Zero: "لا عناصر أخرى (%d)", One: "عنصر محفوظ آخر واحد (%d) (إعدادات، مواعيد)", Two: "عنصران محفوظان آخران (%d) (إعدادات، مواعيد)", Few: "%d عناصر محفوظة أخرى (إعدادات، مواعيد)", Many: "%d عنصرًا محفوظًا آخر (إعدادات، مواعيد)", Other: "%d عنصر محفوظ آخر (إعدادات، مواعيد)"},
		"%[1]d documents could not be read: %[2]s — their raw data is in the file.":                                          {Zero: "لا مستندات تعذرت قراءتها (%[1]d): %[2]s.", One: "تعذرت قراءة مستند واحد (%[1]d): %[2]s — بياناته الخام في الملف.", Two: "تعذرت قراءة مستندين (%[1]d): %[2]s — بياناتهما الخام في الملف.", Few: "تعذرت قراءة %[1]d مستندات: %[2]s — بياناتها الخام في الملف.", Many: "تعذرت قراءة %[1]d مستندًا: %[2]s — بياناتها الخام في الملف.", Other: "تعذرت قراءة %[1]d مستند: %[2]s — بياناتها الخام في الملف."},
	})
}

// addBackupStorage puts msgs and plurals into catalogue c (entries already there win:
// this file only adds).
func addBackupStorage(c *catalog, msgs map[string]string, plurals map[string]Forms) {
	if c.msgs == nil {
		c.msgs = map[string]string{}
	}
	if c.plurals == nil {
		c.plurals = map[string]Forms{}
	}
	for k, v := range msgs {
		if _, ok := c.msgs[k]; !ok {
			c.msgs[k] = v
		}
	}
	for k, v := range plurals {
		if _, ok := c.plurals[k]; !ok {
			c.plurals[k] = v
		}
	}
}

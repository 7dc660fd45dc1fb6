package i18n

// de is the German catalogue (the reader is addressed with Sie; the
// neutral „Lernende“ names students).
var de = catalog{
	msgs: map[string]string{
		// The reading view: header, panels, status line and live region (app/ui/view.go, app/session).
		"Skip to the article":         "Zum Artikel springen",
		"Library":                     "Bibliothek",
		"Open file":                   "Datei öffnen",
		"Paste text":                  "Text einfügen",
		"Edit tags":                   "Tags bearbeiten",
		"Dark mode":                   "Dunkelmodus",
		"Keyboard shortcuts":          "Tastenkürzel",
		"Interface language":          "Sprache der Oberfläche",
		"The interface is now in %s.": "Die Oberfläche ist jetzt auf Deutsch.",

		"The interface is in %s, but the choice could not be remembered: %v": "Die Oberfläche ist auf Deutsch, aber die Wahl konnte nicht gespeichert werden: %[2]v",

		"Current sentence, progress and annotations":   "Aktueller Satz, Fortschritt und Annotationen",
		"Tags for the current sentence":                "Tags für den aktuellen Satz",
		"This document has no sentences.":              "Dieses Dokument enthält keine Sätze.",
		"Note (n or Enter to write, Escape to leave)":  "Notiz (n oder Eingabe zum Schreiben, Escape zum Verlassen)",
		"Sentence %d of %d":                            "Satz %d von %d",
		", tagged %s":                                  ", getaggt mit %s",
		", has a note":                                 ", mit Notiz",
		"No tags yet: press a tag key or click a tag.": "Noch keine Tags: Drücken Sie die Taste eines Tags oder klicken Sie auf ein Tag.",
		"Tags: %s": "Tags: %s",
		"A highlight must stay inside one sentence.": "Eine Hervorhebung muss innerhalb eines Satzes bleiben.",

		"Theme changed, but it could not be remembered: %v": "Design gewechselt, aber es konnte nicht gespeichert werden: %v",

		"Switched to light mode.": "Heller Modus aktiviert.",
		"Switched to dark mode.":  "Dunkelmodus aktiviert.",

		// Commands and their help lines (app/session).
		"Next sentence":              "Nächster Satz",
		"Previous sentence":          "Vorheriger Satz",
		"First sentence":             "Erster Satz",
		"Last sentence":              "Letzter Satz",
		"Next sentence without tags": "Nächster Satz ohne Tags",

		"Write a note on the current sentence (Escape leaves the editor)": "Eine Notiz zum aktuellen Satz schreiben (Escape verlässt den Editor)",

		"Select words in the current sentence: one more (then a tag key highlights them)": "Wörter im aktuellen Satz auswählen: eines mehr (eine Tag-Taste hebt sie dann hervor)",

		"Select words: one fewer":                          "Wörter auswählen: eines weniger",
		"Filter the annotation list":                       "Die Liste der Annotationen filtern",
		"Edit the tag set":                                 "Das Tag-Set bearbeiten",
		"Switch between light and dark mode":               "Zwischen hellem und dunklem Modus wechseln",
		"Undo":                                             "Rückgängig",
		"Redo":                                             "Wiederholen",
		"Show or hide this list of shortcuts":              "Diese Liste der Tastenkürzel ein- oder ausblenden",
		"Close a dialog, or drop the word selection":       "Einen Dialog schließen oder die Wortauswahl aufheben",
		"Toggle tag %s (on the selected words if any)":     "Tag %s setzen oder entfernen (auf den ausgewählten Wörtern, falls vorhanden)",
		"Toggle tag %s (on the selected words if any): %s": "Tag %s setzen oder entfernen (auf den ausgewählten Wörtern, falls vorhanden): %s",

		"With the mouse: click a sentence to make it current, select words in it and click a tag to highlight them.": "Mit der Maus: Klicken Sie auf einen Satz, um ihn zum aktuellen zu machen, wählen Sie darin Wörter aus und klicken Sie auf ein Tag, um sie hervorzuheben.",

		"Close":                     "Schließen",
		"Every sentence has a tag.": "Jeder Satz hat ein Tag.",
		"Jumped to sentence %d.":    "Zu Satz %d gesprungen.",

		"Selected “%s”: press a tag key to highlight it, Escape to cancel.": "„%s“ ausgewählt: Drücken Sie eine Tag-Taste zum Hervorheben, Escape zum Abbrechen.",

		"Selected “%s”: press a tag key or click a tag to highlight it, Escape to cancel.": "„%s“ ausgewählt: Drücken Sie eine Tag-Taste oder klicken Sie auf ein Tag zum Hervorheben, Escape zum Abbrechen.",

		"Selection dropped.":                        "Auswahl aufgehoben.",
		"That selection cannot be highlighted: %v.": "Diese Auswahl kann nicht hervorgehoben werden: %v.",
		"Highlight %s on “%s” toggled.":             "Hervorhebung %s auf „%s“ umgeschaltet.",
		"%s added to sentence %d.":                  "%s zu Satz %d hinzugefügt.",
		"%s removed from sentence %d.":              "%s von Satz %d entfernt.",
		"Tag set saved.":                            "Tag-Set gespeichert.",
		"Note saved.":                               "Notiz gespeichert.",
		"Nothing to undo.":                          "Nichts rückgängig zu machen.",
		"Nothing to redo.":                          "Nichts zu wiederholen.",
		"Undone.":                                   "Rückgängig gemacht.",
		"Redone.":                                   "Wiederholt.",
		"Undone: tag set change.":                   "Rückgängig gemacht: Änderung des Tag-Sets.",
		"Redone: tag set change.":                   "Wiederholt: Änderung des Tag-Sets.",
		"Undone: sentence %d.":                      "Rückgängig gemacht: Satz %d.",
		"Redone: sentence %d.":                      "Wiederholt: Satz %d.",

		"This document is read-only in this tab: its saved data could not be read.": "Dieses Dokument ist in diesem Tab schreibgeschützt: Seine gespeicherten Daten konnten nicht gelesen werden.",

		"The tag set of this exercise is fixed by your teacher.": "Das Tag-Set dieser Übung ist von Ihrer Lehrkraft festgelegt.",

		"Your changes could not be saved in this browser (%v). They are kept in this tab, and the app retries every few seconds. Export a backup now, or free space by deleting documents in the library.": "Ihre Änderungen konnten in diesem Browser nicht gespeichert werden (%v). Sie bleiben in diesem Tab erhalten, und die App versucht es alle paar Sekunden erneut. Exportieren Sie jetzt eine Sicherung oder schaffen Sie Platz, indem Sie Dokumente in der Bibliothek löschen.",

		"Saved: all your changes are stored in this browser again.": "Gespeichert: Alle Ihre Änderungen sind wieder in diesem Browser abgelegt.",

		"Saved, but the undo history could not be kept for the next visit.": "Gespeichert, aber der Rückgängig-Verlauf konnte für den nächsten Besuch nicht aufbewahrt werden.",

		// Opening, pasting and carrying documents (documents.go, paste.go, carry.go).
		"OK": "OK",

		"This document is not in this browser's library. Open it again from a file, or pick another in the library.": "Dieses Dokument ist nicht in der Bibliothek dieses Browsers. Öffnen Sie es erneut aus einer Datei oder wählen Sie ein anderes in der Bibliothek.",

		"This document's stored text could not be read (%v); it is left untouched. Open another from the library.": "Der gespeicherte Text dieses Dokuments konnte nicht gelesen werden (%v); er bleibt unverändert. Öffnen Sie ein anderes aus der Bibliothek.",

		"Your saved annotations for this document could not be read (%v). They are left untouched, and this tab will not save changes over them.": "Ihre gespeicherten Annotationen zu diesem Dokument konnten nicht gelesen werden (%v). Sie bleiben unverändert, und dieser Tab speichert keine Änderungen darüber.",

		"The saved undo history could not be read: it is left as it is, and undo starts afresh.": "Der gespeicherte Rückgängig-Verlauf konnte nicht gelesen werden: Er bleibt, wie er ist, und Rückgängig beginnt neu.",

		"This document's exercise could not be read (%v); it is left as it is.": "Die Übung dieses Dokuments konnte nicht gelesen werden (%v); sie bleibt, wie sie ist.",

		"%s is %s MB: the limit is %d MB. Split it or save a shorter part.": "%s ist %s MB groß: Die Grenze liegt bei %d MB. Teilen Sie die Datei oder speichern Sie einen kürzeren Teil.",

		"Could not read %s: %v":                   "%s konnte nicht gelesen werden: %v",
		"The pasted text was not opened: %v":      "Der eingefügte Text wurde nicht geöffnet: %v",
		"%s was not opened: %v":                   "%s wurde nicht geöffnet: %v",
		"That text has no sentences to annotate.": "Dieser Text enthält keine Sätze zum Annotieren.",

		"“%s” could not be stored in this browser (%v). Free some space (delete documents in the library) and try again.": "„%s“ konnte in diesem Browser nicht gespeichert werden (%v). Schaffen Sie Platz (löschen Sie Dokumente in der Bibliothek) und versuchen Sie es erneut.",

		"That text is a shipped article: it is open.":  "Dieser Text ist ein mitgelieferter Artikel: Er ist geöffnet.",
		"“%s” is already in your library: it is open.": "„%s“ ist bereits in Ihrer Bibliothek: Es ist geöffnet.",
		"Paste a text": "Einen Text einfügen",

		"Text (the first line becomes the title; HTML is read as text, never run)": "Text (die erste Zeile wird zum Titel; HTML wird als Text gelesen, nie ausgeführt)",

		"Open":   "Öffnen",
		"Cancel": "Abbrechen",

		"The pasted text is larger than 5 MB: paste a shorter part.": "Der eingefügte Text ist größer als 5 MB: Fügen Sie einen kürzeren Teil ein.",

		"Earlier version":        "Frühere Fassung",
		"Bring annotations over": "Annotationen übernehmen",
		"Keep them apart":        "Getrennt lassen",

		"The annotations of “%s” could not be read: nothing was changed.": "Die Annotationen von „%s“ konnten nicht gelesen werden: Nichts wurde geändert.",

		// Import and export (importing.go, exporting.go, reliability.go).
		"Only the first file is imported; import the others one at a time.": "Nur die erste Datei wird importiert; importieren Sie die anderen einzeln.",

		"%s is %s: imports are limited to %d MB. Nothing was changed.": "%s ist %s groß: Importe sind auf %d MB begrenzt. Nichts wurde geändert.",

		"%s was not imported, and nothing was changed: %v": "%s wurde nicht importiert, und nichts wurde geändert: %v",
		"Import cancelled: nothing was changed.":           "Import abgebrochen: Nichts wurde geändert.",

		"this document: %s": "dieses Dokument: %s",
		"Imported %s: %s.":  "%s importiert: %s.",
		"This document":     "Dieses Dokument",
		"“%s”":              "„%s“",

		"“%s” is left as it is: its copy on this device cannot be read (%v).": "„%s“ bleibt, wie es ist: Seine Kopie auf diesem Gerät kann nicht gelesen werden (%v).",

		"The file holds nothing to import.": "Die Datei enthält nichts zum Importieren.",
		"Import %s (%s)":                    "%s importieren (%s)",
		"Import":                            "Importieren",
		"%s: %s":                            "%s: %s",
		"; %s":                              "; %s",
		"Sentence %d differs: kept both, result %s.": "Satz %d weicht ab: Beides behalten, Ergebnis %s.",
		"Cannot be placed (%s): “%s”":                "Nicht zuzuordnen (%s): „%s“",
		"tags %s":                                    "Tags %s",
		"note “%s”":                                  "Notiz „%s“",
		"nothing":                                    "nichts",
		"%s and %s":                                  "%s und %s",
		"Export and import":                          "Export und Import",
		"Your name in exports (optional)":            "Ihr Name in Exporten (optional)",
		"Classroom: make an exercise":                "Unterricht: eine Übung erstellen",
		"Class view":                                 "Klassenansicht",
		"Open an exercise":                           "Eine Übung öffnen",
		"Import a file…":                             "Eine Datei importieren…",

		"Your name is used in this tab's exports, but it could not be remembered: %v": "Ihr Name wird in den Exporten dieses Tabs verwendet, konnte aber nicht gespeichert werden: %v",

		"The export failed: %v":                           "Der Export ist fehlgeschlagen: %v",
		"The file could not be handed to the browser: %v": "Die Datei konnte nicht an den Browser übergeben werden: %v",
		"Exported %s (%s).":                               "%s exportiert (%s).",
		"Install the app":                                 "App installieren",

		"To install on iPhone or iPad: Share → Add to Home Screen. Safari tabs and the installed app keep separate storage: move your work between them with Export → Backup and Import.": "Installation auf iPhone oder iPad: Teilen → Zum Home-Bildschirm. Safari-Tabs und die installierte App haben getrennte Speicher: Übertragen Sie Ihre Arbeit mit Export → Sicherung und Import.",

		"%s MB":                        "%s MB",
		"%s kB":                        "%s kB",
		"W3C Web Annotation (JSON-LD)": "W3C Web Annotation (JSON-LD)",
		"CSV (spreadsheet)":            "CSV (Tabellenkalkulation)",
		"JSON Lines (doccano)":         "JSON Lines (doccano)",
		"Backup (annotator JSON)":      "Sicherung (Annotator-JSON)",
		"annotator backup":             "Annotator-Sicherung",
		"W3C Web Annotation JSON-LD":   "W3C Web Annotation JSON-LD",
		"annotator CSV":                "Annotator-CSV",

		"Import only adds; it never deletes. Tags and highlights from both sides are kept. A note on one side only is kept. When both notes differ, both are kept: the current note first, then a line “---”, then the imported note (a note already there is not added again).": "Der Import fügt nur hinzu; er löscht nie. Tags und Hervorhebungen beider Seiten bleiben erhalten. Eine Notiz, die nur auf einer Seite steht, bleibt erhalten. Unterscheiden sich beide Notizen, bleiben beide erhalten: zuerst die aktuelle Notiz, dann eine Zeile „---“, dann die importierte Notiz (eine schon vorhandene Notiz wird nicht noch einmal hinzugefügt).",

		"Export backup now":                "Jetzt Sicherung exportieren",
		"Download raw data":                "Rohdaten herunterladen",
		"The backup could not be made: %v": "Die Sicherung konnte nicht erstellt werden: %v",

		"Backup downloaded: your work is safe in that file.": "Sicherung heruntergeladen: Ihre Arbeit ist in dieser Datei sicher.",

		"The raw data could not be read: %v":              "Die Rohdaten konnten nicht gelesen werden: %v",
		"The raw data could not be downloaded: %v":        "Die Rohdaten konnten nicht heruntergeladen werden: %v",
		"Raw data downloaded, exactly as stored.":         "Rohdaten heruntergeladen, genau so, wie sie gespeichert sind.",
		"Browser storage: %s of about 5 MB used (%d %%).": "Browser-Speicher: %s von etwa 5 MB belegt (%d %%).",

		" Storage is nearly full: export a backup and delete documents you no longer need.": " Der Speicher ist fast voll: Exportieren Sie eine Sicherung und löschen Sie Dokumente, die Sie nicht mehr brauchen.",

		"A new version is ready.": "Eine neue Version ist bereit.",

		"A new version is ready, but your last change is not saved yet: free some space, then try again.": "Eine neue Version ist bereit, aber Ihre letzte Änderung ist noch nicht gespeichert: Schaffen Sie Platz und versuchen Sie es dann erneut.",

		"Reload to update": "Neu laden zum Aktualisieren",
		"Updating…":        "Wird aktualisiert…",

		// The document's language (doclang.go).
		"not known": "unbekannt",
		"Language:": "Sprache:",

		"The text's language decides where its sentences end": "Die Sprache des Textes bestimmt, wo seine Sätze enden",

		"The language could not be changed: %v": "Die Sprache konnte nicht geändert werden: %v",

		// The tag-set editor (tageditor.go, tageditor_view.go).
		"A tag set can have at most %d tags, so that every tag has a key.": "Ein Tag-Set kann höchstens %d Tags haben, damit jedes Tag eine Taste hat.",

		"A tag set can have at most %d tags.":              "Ein Tag-Set kann höchstens %d Tags haben.",
		"Tag %d":                                           "Tag %d",
		"Keep at least one tag.":                           "Behalten Sie mindestens ein Tag.",
		"Tag %d has no name: give it one.":                 "Tag %d hat keinen Namen: Geben Sie ihm einen.",
		"The name of tag %d is longer than 40 characters.": "Der Name von Tag %d ist länger als 40 Zeichen.",
		"Two tags are called %q: names must differ.":       "Zwei Tags heißen „%s“: Die Namen müssen sich unterscheiden.",
		"Custom":                             "Eigenes",
		"Key of tag %s (a spare letter: %s)": "Taste von Tag %s (ein freier Buchstabe: %s)",
		"Colour of tag %s":                   "Farbe von Tag %s",
		"Description of tag %s":              "Beschreibung von Tag %s",
		"Move tag %s up":                     "Tag %s nach oben verschieben",
		"Move tag %s down":                   "Tag %s nach unten verschieben",
		"Delete tag %s":                      "Tag %s löschen",
		"Name of tag %d":                     "Name von Tag %d",
		"Replace with a preset…":             "Durch eine Vorlage ersetzen…",
		"Save":                               "Speichern",
		"Delete and save":                    "Löschen und speichern",
		"Tag set":                            "Tag-Set",

		"The first nine tags take keys 1–9 in this order; move a tag to change its key. Later tags take a spare letter.": "Die ersten neun Tags erhalten die Tasten 1–9 in dieser Reihenfolge; verschieben Sie ein Tag, um seine Taste zu ändern. Weitere Tags erhalten einen freien Buchstaben.",

		"Key":             "Taste",
		"Name":            "Name",
		"Colour":          "Farbe",
		"Description":     "Beschreibung",
		"Actions":         "Aktionen",
		"Add a tag":       "Ein Tag hinzufügen",
		"Preset tag sets": "Tag-Set-Vorlagen",

		// Preset tag sets (app/model/presets.go): names and descriptions; the ids stay the same in every language.
		"News analysis": "Nachrichtenanalyse",
		"Claim":         "Behauptung",

		"A statement the author wants the reader to accept.": "Eine Aussage, die der Autor den Lesenden nahebringen will.",

		"Evidence": "Beleg",

		"Data, facts or sources offered in support of a claim.": "Daten, Fakten oder Quellen, die eine Behauptung stützen sollen.",

		"Quote": "Zitat",
		"Words attributed to a person or organisation.": "Worte, die einer Person oder Organisation zugeschrieben werden.",
		"Opinion": "Meinung",
		"A judgement or feeling, not a checkable fact.": "Ein Urteil oder Gefühl, keine überprüfbare Tatsache.",
		"Fact": "Fakt",

		"A statement that can be checked against a source.": "Eine Aussage, die sich an einer Quelle überprüfen lässt.",

		"Question": "Frage",

		"Something unclear, doubtful or worth asking about.": "Etwas Unklares, Zweifelhaftes oder Fragwürdiges.",

		"Argument structure":                       "Argumentationsstruktur",
		"The position being argued for.":           "Die Position, für die argumentiert wird.",
		"Premise":                                  "Prämisse",
		"A reason given for the claim.":            "Ein Grund, der für die Behauptung angeführt wird.",
		"Counter-argument":                         "Gegenargument",
		"A reason against the claim.":              "Ein Grund gegen die Behauptung.",
		"Rebuttal":                                 "Widerlegung",
		"An answer to a counter-argument.":         "Eine Antwort auf ein Gegenargument.",
		"Source evaluation":                        "Quellenbewertung",
		"Named source":                             "Benannte Quelle",
		"A person or document identified by name.": "Eine Person oder ein Dokument, namentlich genannt.",
		"Anonymous source":                         "Anonyme Quelle",
		"A source that is not identified.":         "Eine Quelle, die nicht genannt wird.",
		"Data":                                     "Daten",
		"Numbers, statistics or measurements.":     "Zahlen, Statistiken oder Messwerte.",
		"Unsupported":                              "Unbelegt",
		"A statement with no source at all.":       "Eine Aussage ganz ohne Quelle.",
		"To verify":                                "Zu prüfen",
		"Worth checking elsewhere.":                "Sollte anderswo überprüft werden.",
		"Rhetorical devices":                       "Rhetorische Mittel",
		"Ethos":                                    "Ethos",
		"Appeal to credibility or authority.":      "Appell an Glaubwürdigkeit oder Autorität.",
		"Pathos":                                   "Pathos",
		"Appeal to emotion.":                       "Appell an das Gefühl.",
		"Logos":                                    "Logos",
		"Appeal to logic or evidence.":             "Appell an Logik oder Belege.",
		"Loaded language":                          "Wertende Sprache",
		"Words chosen for their emotional charge.": "Wörter, die wegen ihrer emotionalen Wirkung gewählt werden.",
		"Hedge": "Abschwächung",
		"Softening or qualifying words (may, reportedly).": "Abschwächende oder einschränkende Wörter (vielleicht, angeblich).",
		"Generalisation":                "Verallgemeinerung",
		"A broad claim from few cases.": "Eine weitreichende Behauptung aus wenigen Fällen.",

		// Progress and the annotation list (stats.go, summary.go).
		"Sentences per tag": "Sätze pro Tag",
		"Progress":          "Fortschritt",
		"Sentence %d":       "Satz %d",
		"Note: %s":          "Notiz: %s",
		"All tags":          "Alle Tags",

		"Showing %d of %d: narrow the filter to see the rest": "%d von %d angezeigt: Grenzen Sie den Filter ein, um den Rest zu sehen",

		"Annotations":                "Annotationen",
		"Filter annotations by text": "Annotationen nach Text filtern",
		"Filter by text (/)":         "Nach Text filtern (/)",
		"Filter annotations by tag":  "Annotationen nach Tag filtern",
		"highlight %s":               "Hervorhebung %s",
		"Orphaned (%d)":              "Verwaist (%d)",

		"These annotations belong to sentences that are no longer in the text. They are kept, with their text, tags and notes.": "Diese Annotationen gehören zu Sätzen, die nicht mehr im Text stehen. Sie bleiben mit ihrem Text, ihren Tags und Notizen erhalten.",

		// The library (library.go).
		"The library could not be read: %v": "Die Bibliothek konnte nicht gelesen werden: %v",
		"Back to reading":                   "Zurück zum Lesen",
		"Back up everything":                "Alles sichern",
		"Clear my data on this device":      "Meine Daten auf diesem Gerät löschen",

		"Every document on this device. Open a file, drop one on the reading view or paste a text there to add more; they stay in this browser only.": "Alle Dokumente auf diesem Gerät. Öffnen Sie eine Datei, ziehen Sie eine in die Leseansicht oder fügen Sie dort einen Text ein, um weitere hinzuzufügen; sie bleiben nur in diesem Browser.",

		"Title":                          "Titel",
		"Sentences":                      "Sätze",
		"Annotated":                      "Annotiert",
		"Last opened":                    "Zuletzt geöffnet",
		"New title":                      "Neuer Titel",
		"Cannot be read: %s":             "Nicht lesbar: %s",
		"Duplicate %s":                   "%s duplizieren",
		"Duplicate":                      "Duplizieren",
		"Rename %s":                      "%s umbenennen",
		"Rename":                         "Umbenennen",
		"Delete it and its annotations?": "Dokument und seine Annotationen löschen?",
		"Delete":                         "Löschen",
		"Keep":                           "Behalten",
		"Delete %s":                      "%s löschen",
		"Shipped with the app":           "Mit der App geliefert",
		"A title cannot be empty: the old one is kept.": "Ein Titel darf nicht leer sein: Der alte bleibt.",

		"That document could not be read, so it was not renamed.": "Dieses Dokument konnte nicht gelesen werden und wurde daher nicht umbenannt.",

		"Renamed to “%s”.":                     "Umbenannt in „%s“.",
		"That document was not duplicated: %v": "Dieses Dokument wurde nicht dupliziert: %v",
		"Made “%s”.":                           "„%s“ erstellt.",
		"Could not delete: %v":                 "Löschen nicht möglich: %v",
		"Deleted “%s”.":                        "„%s“ gelöscht.",
		"Could not restore: %v":                "Wiederherstellen nicht möglich: %v",
		"Restored “%s”.":                       "„%s“ wiederhergestellt.",
		"The backup failed: %v":                "Die Sicherung ist fehlgeschlagen: %v",
		"Clear my data":                        "Meine Daten löschen",

		"This deletes every document, annotation and setting of this app in this browser — for a shared computer. It cannot be undone: download a backup first if you may want your work again.": "Dies löscht alle Dokumente, Annotationen und Einstellungen dieser App in diesem Browser – für einen gemeinsam genutzten Computer. Es lässt sich nicht rückgängig machen: Laden Sie zuerst eine Sicherung herunter, falls Sie Ihre Arbeit noch brauchen könnten.",

		"Download a backup first":            "Zuerst eine Sicherung herunterladen",
		"Delete everything":                  "Alles löschen",
		"Could not list the stored data: %v": "Die gespeicherten Daten konnten nicht aufgelistet werden: %v",
		"Could not delete everything: %v":    "Nicht alles konnte gelöscht werden: %v",

		// The class view (classpage*.go).
		"Some exercises made on this device could not be read and are left as they are: %s": "Einige auf diesem Gerät erstellte Übungen konnten nicht gelesen werden und bleiben, wie sie sind: %s",

		"The class view could not be computed: %v":  "Die Klassenansicht konnte nicht berechnet werden: %v",
		"%s: larger than 64 MB":                     "%s: größer als 64 MB",
		"%s is not an exercise: %v":                 "%s ist keine Übung: %v",
		"%s is not an answer key: %v":               "%s ist kein Lösungsschlüssel: %v",
		"%s is the key of another exercise (“%s”).": "%s ist der Lösungsschlüssel einer anderen Übung („%s“).",

		"%s is version %d of the key; version %d is already loaded, so it was not taken.": "%s ist Version %d des Lösungsschlüssels; Version %d ist bereits geladen, daher wurde er nicht übernommen.",

		"Answer key version %d loaded.":                "Lösungsschlüssel Version %d geladen.",
		"Some files could not be read: %s":             "Einige Dateien konnten nicht gelesen werden: %s",
		"The grade table could not be made: %v":        "Die Notentabelle konnte nicht erstellt werden: %v",
		"Grade table downloaded.":                      "Notentabelle heruntergeladen.",
		"Key corrected for sentence %d.":               "Lösungsschlüssel für Satz %d korrigiert.",
		"Accepted %s for sentence %d as also correct.": "%s für Satz %d ebenfalls als richtig anerkannt.",
		"The key was not changed: %v":                  "Der Lösungsschlüssel wurde nicht geändert: %v",

		"%s It could not be kept in this browser (%v): download the corrected key.": "%s Er konnte in diesem Browser nicht aufbewahrt werden (%v): Laden Sie den korrigierten Lösungsschlüssel herunter.",

		"The key could not be downloaded: %v": "Der Lösungsschlüssel konnte nicht heruntergeladen werden: %v",
		"Key:":                                "Schlüssel:",
		"%s in the key of sentence %d":        "%s im Lösungsschlüssel von Satz %d",
		"no tag":                              "kein Tag",
		"Student %d":                          "Lernende %d",
		"✗ differs from the key":              "✗ weicht vom Lösungsschlüssel ab",
		"✓ matches the key":                   "✓ stimmt mit dem Lösungsschlüssel überein",
		"not graded":                          "nicht bewertet",
		"Student: %s":                         "Lernende: %s",
		"Key: %s":                             "Schlüssel: %s",
		"missed: %s":                          "verpasst: %s",
		"extra: %s":                           "zusätzlich: %s",
		"highlight %s “%s”":                   "Hervorhebung %s „%s“",
		"Accept this answer as also correct":  "Diese Antwort ebenfalls als richtig anerkennen",
		"Work of %s":                          "Arbeit von %s",
		"Print this feedback sheet":           "Diesen Rückmeldebogen drucken",
		"Key tag × %s's tag":                  "Tag des Lösungsschlüssels × Tag von %s",
		"%s: ":                                "%s: ",
		"No student wrote a note.":            "Keine lernende Person hat eine Notiz geschrieben.",
		"Students' notes":                     "Notizen der Lernenden",
		"Key tag":                             "Tag des Lösungsschlüssels",

		"%s (rows: the key; columns: the student; over the graded sentences)": "%s (Zeilen: Lösungsschlüssel; Spalten: Lernende; über die bewerteten Sätze)",

		"Choose an exercise…": "Eine Übung wählen…",

		"Make an exercise from the reading view (Classroom → Make an exercise). Then import the files your students handed in — several at once, or the .zip your LMS gives you. Nothing of theirs is stored: the view lives in this tab.": "Erstellen Sie eine Übung in der Leseansicht (Unterricht → Eine Übung erstellen). Importieren Sie dann die Dateien, die Ihre Lernenden abgegeben haben – mehrere auf einmal oder die .zip-Datei Ihrer Lernplattform. Nichts davon wird gespeichert: Die Ansicht lebt nur in diesem Tab.",

		"Exercise":                        "Übung",
		"Open an exercise file…":          "Eine Übungsdatei öffnen…",
		"No answer key: grades need one.": "Kein Lösungsschlüssel: Für Noten wird einer gebraucht.",

		"Answer key version %d loaded; correct it sentence by sentence below.": "Lösungsschlüssel Version %d geladen; korrigieren Sie ihn unten Satz für Satz.",

		"Import submissions…":                       "Abgaben importieren…",
		"Open an answer key…":                       "Einen Lösungsschlüssel öffnen…",
		"Confusion between tags":                    "Verwechslungen zwischen Tags",
		"Key tag × students' tags, the whole class": "Tag des Lösungsschlüssels × Tags der Lernenden, die ganze Klasse",
		"Student":                        "Lernende",
		"Agreement":                      "Übereinstimmung",
		"Percent agreement":              "Prozentuale Übereinstimmung",
		"Fleiss' kappa":                  "Fleiss' Kappa",
		"Krippendorff's alpha (nominal)": "Krippendorffs Alpha (nominal)",

		"Krippendorff's alpha (MASI, partial credit for overlapping tag sets)": "Krippendorffs Alpha (MASI, Teilpunkte für sich überschneidende Tag-Mengen)",

		"Cohen's kappa for each pair of students":  "Cohens Kappa für jedes Paar von Lernenden",
		" Anonymise (Student 1…n), for projecting": " Anonymisieren (Lernende 1…n), zum Projizieren",
		"Print the class report":                   "Den Klassenbericht drucken",
		"Download the key (version %s)":            "Den Lösungsschlüssel herunterladen (Version %s)",
		"Submitted":                                "Abgegeben",
		"Graded sentences annotated":               "Bewertete Sätze annotiert",
		"Accuracy":                                 "Genauigkeit",
		"Macro-F1":                                 "Makro-F1",
		"%s F1":                                    "F1 %s",
		"%s highlight F1":                          "F1 Hervorhebung %s",
		" (late)":                                  " (verspätet)",
		" (after opening the key)":                 " (nach Öffnen des Lösungsschlüssels)",
		"%d / %d (%.0f %%)":                        "%d / %d (%.0f %%)",
		"Open the work of %s":                      "Die Arbeit von %s öffnen",
		"Students (%d)":                            "Lernende (%d)",
		"Download the grade table (CSV)":           "Die Notentabelle herunterladen (CSV)",
		"no tag %d":                                "kein Tag %d",
		"Agreement %s":                             "Übereinstimmung %s",
		"Not graded · %s":                          "Nicht bewertet · %s",
		"Sentence by sentence":                     "Satz für Satz",

		"The stronger the colour, the more the students disagree on that sentence.": "Je kräftiger die Farbe, desto weniger sind sich die Lernenden bei diesem Satz einig.",

		// The grade table's columns (app/classroom GradeColumns; %s is a tag id).
		"student":      "Lernende",
		"submitted":    "Abgegeben",
		"late":         "Verspätet",
		"saw_key":      "Schlüssel gesehen",
		"key_version":  "Schlüsselversion",
		"graded":       "Bewertete Sätze",
		"annotated":    "Annotiert",
		"total":        "Gesamt",
		"completeness": "Vollständigkeit",
		"accuracy":     "Genauigkeit",
		"macro_f1":     "Makro-F1",
		"%s_f1":        "F1 %s",
		"hl_%s_f1":     "F1 Hervorhebung %s",

		// A student opens an exercise (exercisepage.go, exercise_student.go).

		"Your work was removed from this device. The next student can start: type a name.": "Ihre Arbeit wurde von diesem Gerät entfernt. Die nächste Person kann beginnen: Geben Sie einen Namen ein.",

		"Open the exercise file your teacher gave you. Everything stays in this browser until you submit.": "Öffnen Sie die Übungsdatei, die Sie von Ihrer Lehrkraft bekommen haben. Alles bleibt in diesem Browser, bis Sie abgeben.",

		"Your name or a pseudonym (it goes into the file you hand in)": "Ihr Name oder ein Pseudonym (er steht in der Datei, die Sie abgeben)",

		"On a shared computer: each name keeps its own work in this browser, and anyone using it can open a name's work by typing it. Remove your work from this device once you have handed it in.": "Auf einem gemeinsam genutzten Computer: Jeder Name behält seine eigene Arbeit in diesem Browser, und alle, die ihn benutzen, können die Arbeit eines Namens öffnen, indem sie ihn eingeben. Entfernen Sie Ihre Arbeit von diesem Gerät, sobald Sie sie abgegeben haben.",

		"%s is not an exercise this app can open: %v": "%s ist keine Übung, die diese App öffnen kann: %v",

		"A name with no work on this device starts with no tags and no notes.": "Ein Name ohne Arbeit auf diesem Gerät beginnt ohne Tags und ohne Notizen.",

		"Continue my work": "Meine Arbeit fortsetzen",
		"Start":            "Beginnen",

		"Enter your name or a pseudonym first: your teacher needs it to tell the files apart.": "Geben Sie zuerst Ihren Namen oder ein Pseudonym ein: Ihre Lehrkraft braucht ihn, um die Dateien auseinanderzuhalten.",

		"The exercise could not be started in this browser: %v": "Die Übung konnte in diesem Browser nicht begonnen werden: %v",

		"You are %s.":                     "Sie sind %s.",
		" Due %s.":                        " Abgabe bis %s.",
		"Overdue: hand it in now.":        "Überfällig: Geben Sie jetzt ab.",
		"Exercise: %s":                    "Übung: %s",
		"Instructions":                    "Arbeitsauftrag",
		"Submit my work":                  "Meine Arbeit abgeben",
		"Open the released answer key…":   "Den freigegebenen Lösungsschlüssel öffnen…",
		"Remove my work from this device": "Meine Arbeit von diesem Gerät entfernen",

		"Your work stays in this browser until you remove it: anyone using this browser can open it by typing your name on the exercise page. Your teacher sees only the file you hand in.": "Ihre Arbeit bleibt in diesem Browser, bis Sie sie entfernen: Alle, die diesen Browser benutzen, können sie öffnen, indem sie Ihren Namen auf der Übungsseite eingeben. Ihre Lehrkraft sieht nur die Datei, die Sie abgeben.",

		"This browser could not note it (%v); your work itself is saved.": "Dieser Browser konnte es nicht vermerken (%v); Ihre Arbeit selbst ist gespeichert.",

		"Your work could not be removed: %v":               "Ihre Arbeit konnte nicht entfernt werden: %v",
		"Your work on “%s” was removed from this device.":  "Ihre Arbeit an „%s“ wurde von diesem Gerät entfernt.",
		"Your work could not be packed for submission: %v": "Ihre Arbeit konnte nicht zur Abgabe verpackt werden: %v",
		"The submission could not be handed over: %v":      "Die Abgabe konnte nicht übergeben werden: %v",

		"Submission downloaded: hand in %s through your class's usual channel.": "Abgabe heruntergeladen: Reichen Sie %s auf dem üblichen Weg Ihrer Klasse ein.",

		"Submission %s passed to the share sheet: send it through your class's usual channel.": "Abgabe %s an das Teilen-Menü übergeben: Senden Sie sie auf dem üblichen Weg Ihrer Klasse.",

		"%s gave no feedback: %v":                     "%s lieferte keine Rückmeldung: %v",
		"it is the key of “%s”, not of this exercise": "es ist der Lösungsschlüssel von „%s“, nicht von dieser Übung",
		"both: %s":           "beide: %s",
		"not in the key: %s": "nicht im Lösungsschlüssel: %s",
		"teacher: %s":        "Lehrkraft: %s",
		"Feedback":           "Rückmeldung",

		// A teacher makes an exercise (exercise_teacher.go).
		"Students get the text, the tag set and your instructions; your own annotations of this document become the answer key, a separate file you keep (or release later as feedback).": "Die Lernenden erhalten den Text, das Tag-Set und Ihren Arbeitsauftrag; Ihre eigenen Annotationen dieses Dokuments werden zum Lösungsschlüssel, einer eigenen Datei, die Sie behalten (oder später als Rückmeldung freigeben).",

		"Instructions for the students":       "Arbeitsauftrag für die Lernenden",
		"Due date (optional)":                 "Abgabetermin (optional)",
		" Students may add tags of their own": " Die Lernenden dürfen eigene Tags hinzufügen",

		"Graded sentences (numbers as in the reader, e.g. 2-10, 14; empty for all)": "Bewertete Sätze (Nummern wie in der Leseansicht, z. B. 2-10, 14; leer für alle)",

		" Update “%s”, made earlier from this text (same exercise: work already handed in stays valid; the answer key gets a new version)": " „%s“ aktualisieren, früher aus diesem Text erstellt (dieselbe Übung: Bereits abgegebene Arbeiten bleiben gültig; der Lösungsschlüssel erhält eine neue Version)",

		"Create the exercise":        "Übung erstellen",
		"Hand it out":                "Austeilen",
		"Download the exercise file": "Die Übungsdatei herunterladen",
		"Download the answer key":    "Den Lösungsschlüssel herunterladen",
		"Open the class view":        "Die Klassenansicht öffnen",

		"Or share this link (the exercise travels in the part after #, which is never sent to a server):": "Oder teilen Sie diesen Link (die Übung steckt im Teil nach #, der nie an einen Server gesendet wird):",

		"The exercise is too large for a link: hand out the file.": "Die Übung ist zu groß für einen Link: Teilen Sie die Datei aus.",

		"Make an exercise from this document":  "Eine Übung aus diesem Dokument erstellen",
		"The graded sentences: %v":             "Die bewerteten Sätze: %v",
		"The exercise could not be made: %v":   "Die Übung konnte nicht erstellt werden: %v",
		"The answer key could not be made: %v": "Der Lösungsschlüssel konnte nicht erstellt werden: %v",

		"Made, but not kept in this browser (%v): download the files now.": "Erstellt, aber nicht in diesem Browser aufbewahrt (%v): Laden Sie die Dateien jetzt herunter.",

		"Exercise “%s” created.": "Übung „%s“ erstellt.",
		"Exercise “%s” updated.": "Übung „%s“ aktualisiert.",

		"The link is too long for a QR code; share the link or the file.": "Der Link ist zu lang für einen QR-Code; teilen Sie den Link oder die Datei.",

		"QR code of the exercise link": "QR-Code des Übungslinks",
	},
	plurals: map[string]Forms{
		", %d highlights": {One: ", %d Hervorhebung", Other: ", %d Hervorhebungen"},
		"Tag set saved; tags removed from %d sentences. Press u to undo.":      {One: "Tag-Set gespeichert; Tags von %d Satz entfernt. Drücken Sie u zum Rückgängigmachen.", Other: "Tag-Set gespeichert; Tags von %d Sätzen entfernt. Drücken Sie u zum Rückgängigmachen."},
		"%d changes since your last export: keep a copy with Export → Backup.": {One: "%d Änderung seit Ihrem letzten Export: Behalten Sie eine Kopie mit Export → Sicherung.", Other: "%d Änderungen seit Ihrem letzten Export: Behalten Sie eine Kopie mit Export → Sicherung."},
		"Updated from another tab: %d sentences.":                              {One: "Aus einem anderen Tab aktualisiert: %d Satz.", Other: "Aus einem anderen Tab aktualisiert: %d Sätze."},
		"%d saved annotations no longer match a sentence; they are kept.":      {One: "%d gespeicherte Annotation passt zu keinem Satz mehr; sie bleibt erhalten.", Other: "%d gespeicherte Annotationen passen zu keinem Satz mehr; sie bleiben erhalten."},
		"Opened “%[2]s”: %[1]d sentences.":                                     {One: "„%[2]s“ geöffnet: %[1]d Satz.", Other: "„%[2]s“ geöffnet: %[1]d Sätze."},
		"Saved %[2]s: %[1]d documents, %[3]s.":                                 {One: "%[2]s gespeichert: %[1]d Dokument, %[3]s.", Other: "%[2]s gespeichert: %[1]d Dokumente, %[3]s."},
		"Deleted all data of this app on this device (%d stored items).":       {One: "Alle Daten dieser App auf diesem Gerät gelöscht (%d gespeichertes Element).", Other: "Alle Daten dieser App auf diesem Gerät gelöscht (%d gespeicherte Elemente)."},
		"Add “%[2]s” to the library, with %[1]d annotated sentences.":          {One: "„%[2]s“ zur Bibliothek hinzufügen, mit %[1]d annotiertem Satz.", Other: "„%[2]s“ zur Bibliothek hinzufügen, mit %[1]d annotierten Sätzen."},
		"…and %d more that cannot be placed.":                                  {One: "…und %d weitere, die nicht zugeordnet werden kann.", Other: "…und %d weitere, die nicht zugeordnet werden können."},
		"%d added":                                                             {One: "%d hinzugefügt", Other: "%d hinzugefügt"},
		"%d updated":                                                           {One: "%d aktualisiert", Other: "%d aktualisiert"},
		"%d conflicts (both kept)":                                             {One: "%d Konflikt (beides behalten)", Other: "%d Konflikte (beides behalten)"},
		"%d unchanged":                                                         {One: "%d unverändert", Other: "%d unverändert"},
		"%d not placed":                                                        {One: "%d nicht zugeordnet", Other: "%d nicht zugeordnet"},
		"%d unknown tags":                                                      {One: "%d unbekanntes Tag", Other: "%d unbekannte Tags"},
		"%d bytes":                                                             {One: "%d Byte", Other: "%d Byte"},
		"Read %d files.":                                                       {One: "%d Datei gelesen.", Other: "%d Dateien gelesen."},
		"%d files were not taken:":                                             {One: "%d Datei wurde nicht übernommen:", Other: "%d Dateien wurden nicht übernommen:"},
		"Accuracy %[3]s · macro-F1 %[4]s · %[1]d of %[2]d graded sentences annotated.":    {One: "Genauigkeit %[3]s · Makro-F1 %[4]s · %[1]d von %[2]d bewerteten Sätzen annotiert.", Other: "Genauigkeit %[3]s · Makro-F1 %[4]s · %[1]d von %[2]d bewerteten Sätzen annotiert."},
		"%d of %d sentences are graded.":                                                  {One: "%d von %d Satz wird bewertet.", Other: "%d von %d Sätzen werden bewertet."},
		" · key: %[2]s (%[1]d right)":                                                     {One: " · Schlüssel: %[2]s (%[1]d richtig)", Other: " · Schlüssel: %[2]s (%[1]d richtig)"},
		"%d of %d sentences annotated":                                                    {One: "%d von %d Satz annotiert", Other: "%d von %d Sätzen annotiert"},
		"%d of %d graded sentences annotated":                                             {One: "%d von %d bewertetem Satz annotiert", Other: "%d von %d bewerteten Sätzen annotiert"},
		"%d annotated sentences":                                                          {One: "%d annotierter Satz", Other: "%d annotierte Sätze"},
		"%s are in use. Saving removes them from every sentence; you can undo it with u.": {One: "%s wird verwendet. Beim Speichern wird es von allen Sätzen entfernt; mit u können Sie das rückgängig machen.", Other: "%s werden verwendet. Beim Speichern werden sie von allen Sätzen entfernt; mit u können Sie das rückgängig machen."},
		"Feedback: %d of %d sentences match the key.":                                     {One: "Rückmeldung: %d von %d Sätzen stimmt mit dem Lösungsschlüssel überein.", Other: "Rückmeldung: %d von %d Sätzen stimmen mit dem Lösungsschlüssel überein."},
		"Brought over %d annotated sentences from “%s” (%d re-attached to edited sentences); %d could not be placed and are listed as orphaned.":                                                                                        {One: "%d annotierter Satz aus „%s“ übernommen (%d davon an bearbeitete Sätze angehängt); %d konnten nicht zugeordnet werden und stehen bei den verwaisten.", Other: "%d annotierte Sätze aus „%s“ übernommen (%d davon an bearbeitete Sätze angehängt); %d konnten nicht zugeordnet werden und stehen bei den verwaisten."},
		"This looks like an edited version of “%[2]s”, which has %[1]d annotated sentences. Bring its annotations over? Sentences that changed are matched by their words; what cannot be placed is listed as orphaned, never dropped.": {One: "Das sieht nach einer bearbeiteten Fassung von „%[2]s“ aus, die %[1]d annotierten Satz hat. Ihre Annotationen übernehmen? Geänderte Sätze werden über ihre Wörter zugeordnet; was sich nicht zuordnen lässt, wird als verwaist aufgeführt, nie verworfen.", Other: "Das sieht nach einer bearbeiteten Fassung von „%[2]s“ aus, die %[1]d annotierte Sätze hat. Ihre Annotationen übernehmen? Geänderte Sätze werden über ihre Wörter zugeordnet; was sich nicht zuordnen lässt, wird als verwaist aufgeführt, nie verworfen."},
		"%[2]s has work on this device (%[1]d annotated sentences, started %[3]s): Start continues it.":                                                                                                                                 {One: "%[2]s hat Arbeit auf diesem Gerät (%[1]d annotierter Satz, begonnen am %[3]s): Beginnen setzt sie fort.", Other: "%[2]s hat Arbeit auf diesem Gerät (%[1]d annotierte Sätze, begonnen am %[3]s): Beginnen setzt sie fort."},
		"All %d sentences are graded.": {One: "Der einzige Satz wird bewertet.", Other: "Alle %d Sätze werden bewertet."},
		"%d of %d sentences are graded: headings are left out by default. Students see the others dimmed; grades, completeness and agreement count only graded sentences.": {One: "%d von %d Satz wird bewertet: Überschriften sind standardmäßig ausgenommen. Die Lernenden sehen die übrigen abgeblendet; Noten, Vollständigkeit und Übereinstimmung zählen nur bewertete Sätze.", Other: "%d von %d Sätzen werden bewertet: Überschriften sind standardmäßig ausgenommen. Die Lernenden sehen die übrigen abgeblendet; Noten, Vollständigkeit und Übereinstimmung zählen nur bewertete Sätze."},
	},
}

package i18n

// es is the Spanish catalogue (the reader is addressed with tú).
var es = catalog{
	msgs: map[string]string{
		// The reading view: header, panels, status line and live region (app/ui/view.go, app/session).
		"Skip to the article":         "Ir al artículo",
		"Library":                     "Biblioteca",
		"Open file":                   "Abrir archivo",
		"Paste text":                  "Pegar texto",
		"Edit tags":                   "Editar etiquetas",
		"Dark mode":                   "Modo oscuro",
		"Keyboard shortcuts":          "Atajos de teclado",
		"Interface language":          "Idioma de la interfaz",
		"The interface is now in %s.": "La interfaz está ahora en español.",

		"The interface is in %s, but the choice could not be remembered: %v": "La interfaz está en español, pero la elección no se pudo guardar: %[2]v",

		"Current sentence, progress and annotations":   "Oración actual, progreso y anotaciones",
		"Tags for the current sentence":                "Etiquetas de la oración actual",
		"This document has no sentences.":              "Este documento no tiene oraciones.",
		"Note (n or Enter to write, Escape to leave)":  "Nota (n o Intro para escribir, Escape para salir)",
		"Sentence %d of %d":                            "Oración %d de %d",
		", tagged %s":                                  ", etiquetada %s",
		", has a note":                                 ", con una nota",
		"No tags yet: press a tag key or click a tag.": "Aún no hay etiquetas: pulsa la tecla de una etiqueta o haz clic en una etiqueta.",
		"Tags: %s": "Etiquetas: %s",
		"A highlight must stay inside one sentence.": "Un resaltado debe quedar dentro de una sola oración.",

		"Theme changed, but it could not be remembered: %v": "Tema cambiado, pero no se pudo guardar: %v",

		"Switched to light mode.": "Modo claro activado.",
		"Switched to dark mode.":  "Modo oscuro activado.",

		// Commands and their help lines (app/session).
		"Next sentence":              "Oración siguiente",
		"Previous sentence":          "Oración anterior",
		"First sentence":             "Primera oración",
		"Last sentence":              "Última oración",
		"Next sentence without tags": "Siguiente oración sin etiquetas",

		"Write a note on the current sentence (Escape leaves the editor)": "Escribir una nota sobre la oración actual (Escape sale del editor)",

		"Select words in the current sentence: one more (then a tag key highlights them)": "Seleccionar palabras de la oración actual: una más (luego la tecla de una etiqueta las resalta)",

		"Select words: one fewer":                          "Seleccionar palabras: una menos",
		"Filter the annotation list":                       "Filtrar la lista de anotaciones",
		"Edit the tag set":                                 "Editar el conjunto de etiquetas",
		"Switch between light and dark mode":               "Cambiar entre modo claro y oscuro",
		"Undo":                                             "Deshacer",
		"Redo":                                             "Rehacer",
		"Show or hide this list of shortcuts":              "Mostrar u ocultar esta lista de atajos",
		"Close a dialog, or drop the word selection":       "Cerrar un cuadro de diálogo o descartar la selección de palabras",
		"Toggle tag %s (on the selected words if any)":     "Poner o quitar la etiqueta %s (en las palabras seleccionadas, si las hay)",
		"Toggle tag %s (on the selected words if any): %s": "Poner o quitar la etiqueta %s (en las palabras seleccionadas, si las hay): %s",

		"With the mouse: click a sentence to make it current, select words in it and click a tag to highlight them.": "Con el ratón: haz clic en una oración para que sea la actual, selecciona palabras en ella y haz clic en una etiqueta para resaltarlas.",

		"Close":                     "Cerrar",
		"Every sentence has a tag.": "Todas las oraciones tienen una etiqueta.",
		"Jumped to sentence %d.":    "Saltaste a la oración %d.",

		"Selected “%s”: press a tag key to highlight it, Escape to cancel.": "«%s» seleccionado: pulsa la tecla de una etiqueta para resaltarlo, Escape para cancelar.",

		"Selected “%s”: press a tag key or click a tag to highlight it, Escape to cancel.": "«%s» seleccionado: pulsa la tecla de una etiqueta o haz clic en una etiqueta para resaltarlo, Escape para cancelar.",

		"Selection dropped.":                        "Selección descartada.",
		"That selection cannot be highlighted: %v.": "Esa selección no se puede resaltar: %v.",
		"Highlight %s on “%s” toggled.":             "Resaltado %s en «%s» cambiado.",
		"%s added to sentence %d.":                  "Etiqueta %s añadida a la oración %d.",
		"%s removed from sentence %d.":              "Etiqueta %s quitada de la oración %d.",
		"Tag set saved.":                            "Conjunto de etiquetas guardado.",
		"Note saved.":                               "Nota guardada.",
		"Nothing to undo.":                          "Nada que deshacer.",
		"Nothing to redo.":                          "Nada que rehacer.",
		"Undone.":                                   "Deshecho.",
		"Redone.":                                   "Rehecho.",
		"Undone: tag set change.":                   "Deshecho: cambio del conjunto de etiquetas.",
		"Redone: tag set change.":                   "Rehecho: cambio del conjunto de etiquetas.",
		"Undone: sentence %d.":                      "Deshecho: oración %d.",
		"Redone: sentence %d.":                      "Rehecho: oración %d.",

		"This document is read-only in this tab: its saved data could not be read.": "Este documento es de solo lectura en esta pestaña: no se pudieron leer sus datos guardados.",

		"The tag set of this exercise is fixed by your teacher.": "El conjunto de etiquetas de este ejercicio lo fija tu docente.",

		"Your changes could not be saved in this browser (%v). They are kept in this tab, and the app retries every few seconds. Export a backup now, or free space by deleting documents in the library.": "Tus cambios no se pudieron guardar en este navegador (%v). Se conservan en esta pestaña y la aplicación lo reintenta cada pocos segundos. Exporta ahora una copia de seguridad o libera espacio eliminando documentos de la biblioteca.",

		"Saved: all your changes are stored in this browser again.": "Guardado: todos tus cambios vuelven a estar almacenados en este navegador.",

		"Saved, but the undo history could not be kept for the next visit.": "Guardado, pero el historial para deshacer no se pudo conservar para la próxima visita.",

		// Opening, pasting and carrying documents (documents.go, paste.go, carry.go).
		"OK": "Aceptar",

		"This document is not in this browser's library. Open it again from a file, or pick another in the library.": "Este documento no está en la biblioteca de este navegador. Vuelve a abrirlo desde un archivo o elige otro en la biblioteca.",

		"This document's stored text could not be read (%v); it is left untouched. Open another from the library.": "No se pudo leer el texto guardado de este documento (%v); se deja intacto. Abre otro desde la biblioteca.",

		"Your saved annotations for this document could not be read (%v). They are left untouched, and this tab will not save changes over them.": "No se pudieron leer tus anotaciones guardadas de este documento (%v). Se dejan intactas y esta pestaña no guardará cambios encima de ellas.",

		"The saved undo history could not be read: it is left as it is, and undo starts afresh.": "No se pudo leer el historial para deshacer guardado: se deja como está y deshacer empieza de cero.",

		"This document's exercise could not be read (%v); it is left as it is.": "No se pudo leer el ejercicio de este documento (%v); se deja como está.",

		"%s is %s MB: the limit is %d MB. Split it or save a shorter part.": "%s ocupa %s MB: el límite es %d MB. Divídelo o guarda una parte más corta.",

		"Could not read %s: %v":                   "No se pudo leer %s: %v",
		"The pasted text was not opened: %v":      "El texto pegado no se abrió: %v",
		"%s was not opened: %v":                   "%s no se abrió: %v",
		"That text has no sentences to annotate.": "Ese texto no tiene oraciones que anotar.",

		"“%s” could not be stored in this browser (%v). Free some space (delete documents in the library) and try again.": "«%s» no se pudo guardar en este navegador (%v). Libera espacio (elimina documentos de la biblioteca) y vuelve a intentarlo.",

		"That text is a shipped article: it is open.":  "Ese texto es un artículo incluido en la aplicación: está abierto.",
		"“%s” is already in your library: it is open.": "«%s» ya está en tu biblioteca: está abierto.",
		"Paste a text": "Pegar un texto",

		"Text (the first line becomes the title; HTML is read as text, never run)": "Texto (la primera línea pasa a ser el título; el HTML se lee como texto, nunca se ejecuta)",

		"Open":   "Abrir",
		"Cancel": "Cancelar",

		"The pasted text is larger than 5 MB: paste a shorter part.": "El texto pegado supera los 5 MB: pega una parte más corta.",

		"Earlier version":        "Versión anterior",
		"Bring annotations over": "Traer las anotaciones",
		"Keep them apart":        "Mantenerlos separados",

		"The annotations of “%s” could not be read: nothing was changed.": "No se pudieron leer las anotaciones de «%s»: no se cambió nada.",

		// Import and export (importing.go, exporting.go, reliability.go).
		"Only the first file is imported; import the others one at a time.": "Solo se importa el primer archivo; importa los demás de uno en uno.",

		"%s is %s: imports are limited to %d MB. Nothing was changed.": "%s ocupa %s: las importaciones están limitadas a %d MB. No se cambió nada.",

		"%s was not imported, and nothing was changed: %v": "%s no se importó y no se cambió nada: %v",
		"Import cancelled: nothing was changed.":           "Importación cancelada: no se cambió nada.",

		"this document: %s": "este documento: %s",
		"Imported %s: %s.":  "%s importado: %s.",
		"This document":     "Este documento",
		"“%s”":              "«%s»",

		"“%s” is left as it is: its copy on this device cannot be read (%v).": "«%s» se deja como está: su copia en este dispositivo no se puede leer (%v).",

		"The file holds nothing to import.": "El archivo no contiene nada que importar.",
		"Import %s (%s)":                    "Importar %s (%s)",
		"Import":                            "Importar",
		"%s: %s":                            "%s: %s",
		"; %s":                              "; %s",
		"Sentence %d differs: kept both, result %s.": "La oración %d es distinta: se conservan ambas, resultado %s.",
		"Cannot be placed (%s): “%s”":                "No se puede colocar (%s): «%s»",
		"tags %s":                                    "etiquetas %s",
		"note “%s”":                                  "nota «%s»",
		"nothing":                                    "nada",
		"%s and %s":                                  "%s y %s",
		"Export and import":                          "Exportar e importar",
		"Your name in exports (optional)":            "Tu nombre en las exportaciones (opcional)",
		"Classroom: make an exercise":                "Aula: crear un ejercicio",
		"Class view":                                 "Vista de la clase",
		"Open an exercise":                           "Abrir un ejercicio",
		"Import a file…":                             "Importar un archivo…",

		"Your name is used in this tab's exports, but it could not be remembered: %v": "Tu nombre se usa en las exportaciones de esta pestaña, pero no se pudo guardar: %v",

		"The export failed: %v":                           "La exportación falló: %v",
		"The file could not be handed to the browser: %v": "No se pudo pasar el archivo al navegador: %v",
		"Exported %s (%s).":                               "%s exportado (%s).",
		"Install the app":                                 "Instalar la aplicación",

		"To install on iPhone or iPad: Share → Add to Home Screen. Safari tabs and the installed app keep separate storage: move your work between them with Export → Backup and Import.": "Para instalar en iPhone o iPad: Compartir → Añadir a pantalla de inicio. Las pestañas de Safari y la aplicación instalada tienen almacenamientos separados: pasa tu trabajo entre ellas con Exportar → Copia de seguridad e Importar.",

		"%s MB":                        "%s MB",
		"%s kB":                        "%s kB",
		"W3C Web Annotation (JSON-LD)": "W3C Web Annotation (JSON-LD)",
		"CSV (spreadsheet)":            "CSV (hoja de cálculo)",
		"JSON Lines (doccano)":         "JSON Lines (doccano)",
		"Backup (annotator JSON)":      "Copia de seguridad (JSON del anotador)",
		"annotator backup":             "copia de seguridad del anotador",
		"W3C Web Annotation JSON-LD":   "W3C Web Annotation JSON-LD",
		"annotator CSV":                "CSV del anotador",

		"Import only adds; it never deletes. Tags and highlights from both sides are kept. A note on one side only is kept. When both notes differ, both are kept: the current note first, then a line “---”, then the imported note (a note already there is not added again).": "La importación solo añade; nunca elimina. Se conservan las etiquetas y los resaltados de ambos lados. Una nota que solo está en un lado se conserva. Si las dos notas difieren, se conservan ambas: primero la nota actual, luego una línea «---» y después la nota importada (una nota que ya está no se vuelve a añadir).",

		"Export backup now":                "Exportar copia de seguridad ahora",
		"Download raw data":                "Descargar los datos sin procesar",
		"The backup could not be made: %v": "No se pudo crear la copia de seguridad: %v",

		"Backup downloaded: your work is safe in that file.": "Copia de seguridad descargada: tu trabajo está a salvo en ese archivo.",

		"The raw data could not be read: %v":              "No se pudieron leer los datos sin procesar: %v",
		"The raw data could not be downloaded: %v":        "No se pudieron descargar los datos sin procesar: %v",
		"Raw data downloaded, exactly as stored.":         "Datos sin procesar descargados, tal como están guardados.",
		"Browser storage: %s of about 5 MB used (%d %%).": "Almacenamiento del navegador: %s usados de unos 5 MB (%d %%).",

		" Storage is nearly full: export a backup and delete documents you no longer need.": " El almacenamiento está casi lleno: exporta una copia de seguridad y elimina los documentos que ya no necesites.",

		"A new version is ready.": "Hay una versión nueva lista.",

		"A new version is ready, but your last change is not saved yet: free some space, then try again.": "Hay una versión nueva lista, pero tu último cambio aún no está guardado: libera espacio y vuelve a intentarlo.",

		"Reload to update": "Recargar para actualizar",
		"Updating…":        "Actualizando…",

		// The document's language (doclang.go).
		"not known": "desconocido",
		"Language:": "Idioma:",

		"The text's language decides where its sentences end": "El idioma del texto decide dónde terminan sus oraciones",

		"The language could not be changed: %v": "No se pudo cambiar el idioma: %v",

		// The tag-set editor (tageditor.go, tageditor_view.go).
		"A tag set can have at most %d tags, so that every tag has a key.": "Un conjunto puede tener como máximo %d etiquetas, para que cada una tenga una tecla.",

		"A tag set can have at most %d tags.":              "Un conjunto puede tener como máximo %d etiquetas.",
		"Tag %d":                                           "Etiqueta %d",
		"Keep at least one tag.":                           "Conserva al menos una etiqueta.",
		"Tag %d has no name: give it one.":                 "La etiqueta %d no tiene nombre: dale uno.",
		"The name of tag %d is longer than 40 characters.": "El nombre de la etiqueta %d tiene más de 40 caracteres.",
		"Two tags are called %q: names must differ.":       "Dos etiquetas se llaman «%s»: los nombres deben ser distintos.",
		"Custom":                             "Personalizado",
		"Key of tag %s (a spare letter: %s)": "Tecla de la etiqueta %s (una letra libre: %s)",
		"Colour of tag %s":                   "Color de la etiqueta %s",
		"Description of tag %s":              "Descripción de la etiqueta %s",
		"Move tag %s up":                     "Subir la etiqueta %s",
		"Move tag %s down":                   "Bajar la etiqueta %s",
		"Delete tag %s":                      "Eliminar la etiqueta %s",
		"Name of tag %d":                     "Nombre de la etiqueta %d",
		"Replace with a preset…":             "Sustituir por un conjunto predefinido…",
		"Save":                               "Guardar",
		"Delete and save":                    "Eliminar y guardar",
		"Tag set":                            "Conjunto de etiquetas",

		"The first nine tags take keys 1–9 in this order; move a tag to change its key. Later tags take a spare letter.": "Las nueve primeras etiquetas usan las teclas 1–9 en este orden; mueve una etiqueta para cambiar su tecla. Las siguientes usan una letra libre.",

		"Key":             "Tecla",
		"Name":            "Nombre",
		"Colour":          "Color",
		"Description":     "Descripción",
		"Actions":         "Acciones",
		"Add a tag":       "Añadir una etiqueta",
		"Preset tag sets": "Conjuntos de etiquetas predefinidos",

		// Preset tag sets (app/model/presets.go): names and descriptions; the ids stay the same in every language.
		"News analysis": "Análisis de noticias",
		"Claim":         "Afirmación",

		"A statement the author wants the reader to accept.": "Un enunciado que el autor quiere que el lector acepte.",

		"Evidence": "Evidencia",

		"Data, facts or sources offered in support of a claim.": "Datos, hechos o fuentes que se ofrecen para apoyar una afirmación.",

		"Quote": "Cita",
		"Words attributed to a person or organisation.": "Palabras atribuidas a una persona o a una organización.",
		"Opinion": "Opinión",
		"A judgement or feeling, not a checkable fact.": "Un juicio o un sentimiento, no un hecho comprobable.",
		"Fact": "Hecho",

		"A statement that can be checked against a source.": "Un enunciado que se puede contrastar con una fuente.",

		"Question": "Pregunta",

		"Something unclear, doubtful or worth asking about.": "Algo poco claro, dudoso o sobre lo que vale la pena preguntar.",

		"Argument structure":                       "Estructura argumentativa",
		"The position being argued for.":           "La postura que se defiende.",
		"Premise":                                  "Premisa",
		"A reason given for the claim.":            "Una razón que se da a favor de la afirmación.",
		"Counter-argument":                         "Contraargumento",
		"A reason against the claim.":              "Una razón en contra de la afirmación.",
		"Rebuttal":                                 "Refutación",
		"An answer to a counter-argument.":         "Una respuesta a un contraargumento.",
		"Source evaluation":                        "Evaluación de fuentes",
		"Named source":                             "Fuente identificada",
		"A person or document identified by name.": "Una persona o un documento identificado por su nombre.",
		"Anonymous source":                         "Fuente anónima",
		"A source that is not identified.":         "Una fuente que no se identifica.",
		"Data":                                     "Datos",
		"Numbers, statistics or measurements.":     "Cifras, estadísticas o mediciones.",
		"Unsupported":                              "Sin respaldo",
		"A statement with no source at all.":       "Un enunciado sin ninguna fuente.",
		"To verify":                                "Por verificar",
		"Worth checking elsewhere.":                "Conviene comprobarlo en otra parte.",
		"Rhetorical devices":                       "Recursos retóricos",
		"Ethos":                                    "Ethos",
		"Appeal to credibility or authority.":      "Apelación a la credibilidad o a la autoridad.",
		"Pathos":                                   "Pathos",
		"Appeal to emotion.":                       "Apelación a la emoción.",
		"Logos":                                    "Logos",
		"Appeal to logic or evidence.":             "Apelación a la lógica o a las pruebas.",
		"Loaded language":                          "Lenguaje cargado",
		"Words chosen for their emotional charge.": "Palabras elegidas por su carga emocional.",
		"Hedge": "Atenuación",
		"Softening or qualifying words (may, reportedly).": "Palabras que suavizan o matizan (quizá, al parecer).",
		"Generalisation":                "Generalización",
		"A broad claim from few cases.": "Una afirmación amplia a partir de pocos casos.",

		// Progress and the annotation list (stats.go, summary.go).
		"Sentences per tag": "Oraciones por etiqueta",
		"Progress":          "Progreso",
		"Sentence %d":       "Oración %d",
		"Note: %s":          "Nota: %s",
		"All tags":          "Todas las etiquetas",

		"Showing %d of %d: narrow the filter to see the rest": "Se muestran %d de %d: afina el filtro para ver el resto",

		"Annotations":                "Anotaciones",
		"Filter annotations by text": "Filtrar anotaciones por texto",
		"Filter by text (/)":         "Filtrar por texto (/)",
		"Filter annotations by tag":  "Filtrar anotaciones por etiqueta",
		"highlight %s":               "resaltado %s",
		"Orphaned (%d)":              "Huérfanas (%d)",

		"These annotations belong to sentences that are no longer in the text. They are kept, with their text, tags and notes.": "Estas anotaciones pertenecen a oraciones que ya no están en el texto. Se conservan, con su texto, sus etiquetas y sus notas.",

		// The library (library.go).
		"The library could not be read: %v": "No se pudo leer la biblioteca: %v",
		"Back to reading":                   "Volver a la lectura",
		"Back up everything":                "Hacer una copia de todo",
		"Clear my data on this device":      "Borrar mis datos en este dispositivo",

		"Every document on this device. Open a file, drop one on the reading view or paste a text there to add more; they stay in this browser only.": "Todos los documentos de este dispositivo. Abre un archivo, suelta uno en la vista de lectura o pega allí un texto para añadir más; se quedan solo en este navegador.",

		"Title":                          "Título",
		"Sentences":                      "Oraciones",
		"Annotated":                      "Anotadas",
		"Last opened":                    "Última apertura",
		"New title":                      "Título nuevo",
		"Cannot be read: %s":             "No se puede leer: %s",
		"Duplicate %s":                   "Duplicar %s",
		"Duplicate":                      "Duplicar",
		"Rename %s":                      "Cambiar el nombre de %s",
		"Rename":                         "Cambiar nombre",
		"Delete it and its annotations?": "¿Eliminarlo junto con sus anotaciones?",
		"Delete":                         "Eliminar",
		"Keep":                           "Conservar",
		"Delete %s":                      "Eliminar %s",
		"Shipped with the app":           "Incluido en la aplicación",
		"A title cannot be empty: the old one is kept.": "Un título no puede estar vacío: se conserva el anterior.",

		"That document could not be read, so it was not renamed.": "No se pudo leer ese documento, así que no se le cambió el nombre.",

		"Renamed to “%s”.":                     "Nombre cambiado a «%s».",
		"That document was not duplicated: %v": "Ese documento no se duplicó: %v",
		"Made “%s”.":                           "«%s» creado.",
		"Could not delete: %v":                 "No se pudo eliminar: %v",
		"Deleted “%s”.":                        "«%s» eliminado.",
		"Could not restore: %v":                "No se pudo restaurar: %v",
		"Restored “%s”.":                       "«%s» restaurado.",
		"The backup failed: %v":                "La copia de seguridad falló: %v",
		"Clear my data":                        "Borrar mis datos",

		"This deletes every document, annotation and setting of this app in this browser — for a shared computer. It cannot be undone: download a backup first if you may want your work again.": "Esto elimina todos los documentos, anotaciones y ajustes de esta aplicación en este navegador, pensado para un ordenador compartido. No se puede deshacer: descarga antes una copia de seguridad si quizá quieras recuperar tu trabajo.",

		"Download a backup first":            "Descargar antes una copia de seguridad",
		"Delete everything":                  "Eliminar todo",
		"Could not list the stored data: %v": "No se pudieron enumerar los datos guardados: %v",
		"Could not delete everything: %v":    "No se pudo eliminar todo: %v",

		// The class view (classpage*.go).
		"Some exercises made on this device could not be read and are left as they are: %s": "Algunos ejercicios creados en este dispositivo no se pudieron leer y se dejan como están: %s",

		"The class view could not be computed: %v":  "No se pudo calcular la vista de la clase: %v",
		"%s: larger than 64 MB":                     "%s: más de 64 MB",
		"%s is not an exercise: %v":                 "%s no es un ejercicio: %v",
		"%s is not an answer key: %v":               "%s no es una clave de respuestas: %v",
		"%s is the key of another exercise (“%s”).": "%s es la clave de otro ejercicio («%s»).",

		"%s is version %d of the key; version %d is already loaded, so it was not taken.": "%s es la versión %d de la clave; la versión %d ya está cargada, así que no se tomó.",

		"Answer key version %d loaded.":                "Clave de respuestas, versión %d, cargada.",
		"Some files could not be read: %s":             "Algunos archivos no se pudieron leer: %s",
		"The grade table could not be made: %v":        "No se pudo crear la tabla de calificaciones: %v",
		"Grade table downloaded.":                      "Tabla de calificaciones descargada.",
		"Key corrected for sentence %d.":               "Clave corregida para la oración %d.",
		"Accepted %s for sentence %d as also correct.": "Se acepta también %s como correcto para la oración %d.",
		"The key was not changed: %v":                  "La clave no se cambió: %v",

		"%s It could not be kept in this browser (%v): download the corrected key.": "%s No se pudo conservar en este navegador (%v): descarga la clave corregida.",

		"The key could not be downloaded: %v": "No se pudo descargar la clave: %v",
		"Key:":                                "Clave:",
		"%s in the key of sentence %d":        "%s en la clave de la oración %d",
		"no tag":                              "sin etiqueta",
		"Student %d":                          "Estudiante %d",
		"✗ differs from the key":              "✗ difiere de la clave",
		"✓ matches the key":                   "✓ coincide con la clave",
		"not graded":                          "no calificada",
		"Student: %s":                         "Estudiante: %s",
		"Key: %s":                             "Clave: %s",
		"missed: %s":                          "omitidas: %s",
		"extra: %s":                           "de más: %s",
		"highlight %s “%s”":                   "resaltado %s «%s»",
		"Accept this answer as also correct":  "Aceptar también esta respuesta como correcta",
		"Work of %s":                          "Trabajo de %s",
		"Print this feedback sheet":           "Imprimir esta hoja de comentarios",
		"Key tag × %s's tag":                  "Etiqueta de la clave × etiqueta de %s",
		"%s: ":                                "%s: ",
		"No student wrote a note.":            "Ningún estudiante escribió una nota.",
		"Students' notes":                     "Notas de los estudiantes",
		"Key tag":                             "Etiqueta de la clave",

		"%s (rows: the key; columns: the student; over the graded sentences)": "%s (filas: la clave; columnas: el estudiante; sobre las oraciones calificadas)",

		"Choose an exercise…": "Elige un ejercicio…",

		"Make an exercise from the reading view (Classroom → Make an exercise). Then import the files your students handed in — several at once, or the .zip your LMS gives you. Nothing of theirs is stored: the view lives in this tab.": "Crea un ejercicio desde la vista de lectura (Aula → Crear un ejercicio). Después importa los archivos que entregaron tus estudiantes: varios a la vez o el .zip que te da tu plataforma educativa. No se guarda nada suyo: la vista existe solo en esta pestaña.",

		"Exercise":                        "Ejercicio",
		"Open an exercise file…":          "Abrir un archivo de ejercicio…",
		"No answer key: grades need one.": "No hay clave de respuestas: las calificaciones la necesitan.",

		"Answer key version %d loaded; correct it sentence by sentence below.": "Clave de respuestas, versión %d, cargada; corrígela oración por oración más abajo.",

		"Import submissions…":                       "Importar entregas…",
		"Open an answer key…":                       "Abrir una clave de respuestas…",
		"Confusion between tags":                    "Confusión entre etiquetas",
		"Key tag × students' tags, the whole class": "Etiqueta de la clave × etiquetas de los estudiantes, toda la clase",
		"Student":                        "Estudiante",
		"Agreement":                      "Acuerdo",
		"Percent agreement":              "Porcentaje de acuerdo",
		"Fleiss' kappa":                  "Kappa de Fleiss",
		"Krippendorff's alpha (nominal)": "Alfa de Krippendorff (nominal)",

		"Krippendorff's alpha (MASI, partial credit for overlapping tag sets)": "Alfa de Krippendorff (MASI, crédito parcial para conjuntos de etiquetas que se solapan)",

		"Cohen's kappa for each pair of students":  "Kappa de Cohen para cada par de estudiantes",
		" Anonymise (Student 1…n), for projecting": " Anonimizar (Estudiante 1…n), para proyectar",
		"Print the class report":                   "Imprimir el informe de la clase",
		"Download the key (version %s)":            "Descargar la clave (versión %s)",
		"Submitted":                                "Entregado",
		"Graded sentences annotated":               "Oraciones calificadas anotadas",
		"Accuracy":                                 "Exactitud",
		"Macro-F1":                                 "Macro-F1",
		"%s F1":                                    "F1 %s",
		"%s highlight F1":                          "F1 resaltado %s",
		" (late)":                                  " (con retraso)",
		" (after opening the key)":                 " (después de abrir la clave)",
		"%d / %d (%.0f %%)":                        "%d / %d (%.0f %%)",
		"Open the work of %s":                      "Abrir el trabajo de %s",
		"Students (%d)":                            "Estudiantes (%d)",
		"Download the grade table (CSV)":           "Descargar la tabla de calificaciones (CSV)",
		"no tag %d":                                "sin etiqueta %d",
		"Agreement %s":                             "Acuerdo %s",
		"Not graded · %s":                          "No calificada · %s",
		"Sentence by sentence":                     "Oración por oración",

		"The stronger the colour, the more the students disagree on that sentence.": "Cuanto más intenso es el color, más discrepan los estudiantes en esa oración.",

		// The grade table's columns (app/classroom GradeColumns; %s is a tag id).
		"student":      "Estudiante",
		"submitted":    "Entregado",
		"late":         "Con retraso",
		"saw_key":      "Vio la clave",
		"key_version":  "Versión de la clave",
		"graded":       "Oraciones calificadas",
		"annotated":    "Anotadas",
		"total":        "Total",
		"completeness": "Completitud",
		"accuracy":     "Exactitud",
		"macro_f1":     "Macro-F1",
		"%s_f1":        "F1 %s",
		"hl_%s_f1":     "F1 resaltado %s",

		// A student opens an exercise (exercisepage.go, exercise_student.go).

		"Your work was removed from this device. The next student can start: type a name.": "Tu trabajo se quitó de este dispositivo. El siguiente estudiante puede empezar: escribe un nombre.",

		"Open the exercise file your teacher gave you. Everything stays in this browser until you submit.": "Abre el archivo del ejercicio que te dio tu docente. Todo se queda en este navegador hasta que lo entregues.",

		"Your name or a pseudonym (it goes into the file you hand in)": "Tu nombre o un seudónimo (va en el archivo que entregas)",

		"On a shared computer: each name keeps its own work in this browser, and anyone using it can open a name's work by typing it. Remove your work from this device once you have handed it in.": "En un ordenador compartido: cada nombre guarda su propio trabajo en este navegador, y cualquiera que lo use puede abrir el trabajo de un nombre escribiéndolo. Quita tu trabajo de este dispositivo en cuanto lo hayas entregado.",

		"%s is not an exercise this app can open: %v": "%s no es un ejercicio que esta aplicación pueda abrir: %v",

		"A name with no work on this device starts with no tags and no notes.": "Un nombre sin trabajo en este dispositivo empieza sin etiquetas ni notas.",

		"Continue my work": "Continuar mi trabajo",
		"Start":            "Empezar",

		"Enter your name or a pseudonym first: your teacher needs it to tell the files apart.": "Escribe primero tu nombre o un seudónimo: tu docente lo necesita para distinguir los archivos.",

		"The exercise could not be started in this browser: %v": "No se pudo empezar el ejercicio en este navegador: %v",

		"You are %s.":                     "Eres %s.",
		" Due %s.":                        " Entrega: %s.",
		"Overdue: hand it in now.":        "Fuera de plazo: entrégalo ya.",
		"Exercise: %s":                    "Ejercicio: %s",
		"Instructions":                    "Instrucciones",
		"Submit my work":                  "Entregar mi trabajo",
		"Open the released answer key…":   "Abrir la clave de respuestas publicada…",
		"Remove my work from this device": "Quitar mi trabajo de este dispositivo",

		"Your work stays in this browser until you remove it: anyone using this browser can open it by typing your name on the exercise page. Your teacher sees only the file you hand in.": "Tu trabajo se queda en este navegador hasta que lo quites: cualquiera que use este navegador puede abrirlo escribiendo tu nombre en la página del ejercicio. Tu docente solo ve el archivo que entregas.",

		"This browser could not note it (%v); your work itself is saved.": "Este navegador no pudo anotarlo (%v); tu trabajo en sí está guardado.",

		"Your work could not be removed: %v":               "No se pudo quitar tu trabajo: %v",
		"Your work on “%s” was removed from this device.":  "Tu trabajo en «%s» se quitó de este dispositivo.",
		"Your work could not be packed for submission: %v": "No se pudo preparar tu trabajo para entregarlo: %v",
		"The submission could not be handed over: %v":      "No se pudo pasar la entrega: %v",

		"Submission downloaded: hand in %s through your class's usual channel.": "Entrega descargada: entrega %s por el canal habitual de tu clase.",

		"Submission %s passed to the share sheet: send it through your class's usual channel.": "Entrega %s pasada al menú de compartir: envíala por el canal habitual de tu clase.",

		"%s gave no feedback: %v":                     "%s no dio ningún comentario: %v",
		"it is the key of “%s”, not of this exercise": "es la clave de «%s», no de este ejercicio",
		"both: %s":           "ambos: %s",
		"not in the key: %s": "no están en la clave: %s",
		"teacher: %s":        "docente: %s",
		"Feedback":           "Comentarios",

		// A teacher makes an exercise (exercise_teacher.go).
		"Students get the text, the tag set and your instructions; your own annotations of this document become the answer key, a separate file you keep (or release later as feedback).": "Los estudiantes reciben el texto, el conjunto de etiquetas y tus instrucciones; tus propias anotaciones de este documento se convierten en la clave de respuestas, un archivo aparte que conservas (o publicas después como comentarios).",

		"Instructions for the students":       "Instrucciones para los estudiantes",
		"Due date (optional)":                 "Fecha de entrega (opcional)",
		" Students may add tags of their own": " Los estudiantes pueden añadir sus propias etiquetas",

		"Graded sentences (numbers as in the reader, e.g. 2-10, 14; empty for all)": "Oraciones calificadas (números como en la lectura, p. ej. 2-10, 14; vacío para todas)",

		" Update “%s”, made earlier from this text (same exercise: work already handed in stays valid; the answer key gets a new version)": " Actualizar «%s», creado antes a partir de este texto (mismo ejercicio: el trabajo ya entregado sigue siendo válido; la clave de respuestas recibe una versión nueva)",

		"Create the exercise":        "Crear el ejercicio",
		"Hand it out":                "Repartirlo",
		"Download the exercise file": "Descargar el archivo del ejercicio",
		"Download the answer key":    "Descargar la clave de respuestas",
		"Open the class view":        "Abrir la vista de la clase",

		"Or share this link (the exercise travels in the part after #, which is never sent to a server):": "O comparte este enlace (el ejercicio viaja en la parte que sigue a #, que nunca se envía a un servidor):",

		"The exercise is too large for a link: hand out the file.": "El ejercicio es demasiado grande para un enlace: reparte el archivo.",

		"Make an exercise from this document":  "Crear un ejercicio a partir de este documento",
		"The graded sentences: %v":             "Las oraciones calificadas: %v",
		"The exercise could not be made: %v":   "No se pudo crear el ejercicio: %v",
		"The answer key could not be made: %v": "No se pudo crear la clave de respuestas: %v",

		"Made, but not kept in this browser (%v): download the files now.": "Creado, pero no guardado en este navegador (%v): descarga los archivos ahora.",

		"Exercise “%s” created.": "Ejercicio «%s» creado.",
		"Exercise “%s” updated.": "Ejercicio «%s» actualizado.",

		"The link is too long for a QR code; share the link or the file.": "El enlace es demasiado largo para un código QR; comparte el enlace o el archivo.",

		"QR code of the exercise link": "Código QR del enlace del ejercicio",
	},
	plurals: map[string]Forms{
		", %d highlights": {One: ", %d resaltado", Other: ", %d resaltados"},
		"Tag set saved; tags removed from %d sentences. Press u to undo.":      {One: "Conjunto de etiquetas guardado; se quitaron etiquetas de %d oración. Pulsa u para deshacer.", Other: "Conjunto de etiquetas guardado; se quitaron etiquetas de %d oraciones. Pulsa u para deshacer."},
		"%d changes since your last export: keep a copy with Export → Backup.": {One: "%d cambio desde tu última exportación: guarda una copia con Exportar → Copia de seguridad.", Other: "%d cambios desde tu última exportación: guarda una copia con Exportar → Copia de seguridad."},
		"Updated from another tab: %d sentences.":                              {One: "Actualizado desde otra pestaña: %d oración.", Other: "Actualizado desde otra pestaña: %d oraciones."},
		"%d saved annotations no longer match a sentence; they are kept.":      {One: "%d anotación guardada ya no corresponde a ninguna oración; se conserva.", Other: "%d anotaciones guardadas ya no corresponden a ninguna oración; se conservan."},
		"Opened “%[2]s”: %[1]d sentences.":                                     {One: "«%[2]s» abierto: %[1]d oración.", Other: "«%[2]s» abierto: %[1]d oraciones."},
		"Saved %[2]s: %[1]d documents, %[3]s.":                                 {One: "%[2]s guardado: %[1]d documento, %[3]s.", Other: "%[2]s guardado: %[1]d documentos, %[3]s."},
		"Deleted all data of this app on this device (%d stored items).":       {One: "Se eliminaron todos los datos de esta aplicación en este dispositivo (%d elemento guardado).", Other: "Se eliminaron todos los datos de esta aplicación en este dispositivo (%d elementos guardados)."},
		"Add “%[2]s” to the library, with %[1]d annotated sentences.":          {One: "Añadir «%[2]s» a la biblioteca, con %[1]d oración anotada.", Other: "Añadir «%[2]s» a la biblioteca, con %[1]d oraciones anotadas."},
		"…and %d more that cannot be placed.":                                  {One: "…y %d más que no se puede colocar.", Other: "…y %d más que no se pueden colocar."},
		"%d added":                                                             {One: "%d añadida", Other: "%d añadidas"},
		"%d updated":                                                           {One: "%d actualizada", Other: "%d actualizadas"},
		"%d conflicts (both kept)":                                             {One: "%d conflicto (se conservan ambos)", Other: "%d conflictos (se conservan ambos)"},
		"%d unchanged":                                                         {One: "%d sin cambios", Other: "%d sin cambios"},
		"%d not placed":                                                        {One: "%d sin colocar", Other: "%d sin colocar"},
		"%d unknown tags":                                                      {One: "%d etiqueta desconocida", Other: "%d etiquetas desconocidas"},
		"%d bytes":                                                             {One: "%d byte", Other: "%d bytes"},
		"Read %d files.":                                                       {One: "Se leyó %d archivo.", Other: "Se leyeron %d archivos."},
		"%d files were not taken:":                                             {One: "%d archivo no se tomó:", Other: "%d archivos no se tomaron:"},
		"Accuracy %[3]s · macro-F1 %[4]s · %[1]d of %[2]d graded sentences annotated.":    {One: "Exactitud %[3]s · macro-F1 %[4]s · %[1]d de %[2]d oración calificada anotada.", Other: "Exactitud %[3]s · macro-F1 %[4]s · %[1]d de %[2]d oraciones calificadas anotadas."},
		"%d of %d sentences are graded.":                                                  {One: "Se califica %d de %d oración.", Other: "Se califican %d de %d oraciones."},
		" · key: %[2]s (%[1]d right)":                                                     {One: " · clave: %[2]s (%[1]d acierto)", Other: " · clave: %[2]s (%[1]d aciertos)"},
		"%d of %d sentences annotated":                                                    {One: "%d de %d oración anotada", Other: "%d de %d oraciones anotadas"},
		"%d of %d graded sentences annotated":                                             {One: "%d de %d oración calificada anotada", Other: "%d de %d oraciones calificadas anotadas"},
		"%d annotated sentences":                                                          {One: "%d oración anotada", Other: "%d oraciones anotadas"},
		"%s are in use. Saving removes them from every sentence; you can undo it with u.": {One: "%s está en uso. Al guardar se quita de todas las oraciones; puedes deshacerlo con u.", Other: "%s están en uso. Al guardar se quitan de todas las oraciones; puedes deshacerlo con u."},
		"Feedback: %d of %d sentences match the key.":                                     {One: "Comentarios: %d de %d oraciones coincide con la clave.", Other: "Comentarios: %d de %d oraciones coinciden con la clave."},
		"Brought over %d annotated sentences from “%s” (%d re-attached to edited sentences); %d could not be placed and are listed as orphaned.":                                                                                        {One: "Se trajo %d oración anotada de «%s» (%d vinculadas de nuevo a oraciones editadas); %d no se pudieron colocar y figuran como huérfanas.", Other: "Se trajeron %d oraciones anotadas de «%s» (%d vinculadas de nuevo a oraciones editadas); %d no se pudieron colocar y figuran como huérfanas."},
		"This looks like an edited version of “%[2]s”, which has %[1]d annotated sentences. Bring its annotations over? Sentences that changed are matched by their words; what cannot be placed is listed as orphaned, never dropped.": {One: "Parece una versión editada de «%[2]s», que tiene %[1]d oración anotada. ¿Traer sus anotaciones? Las oraciones que cambiaron se emparejan por sus palabras; lo que no se pueda colocar figura como huérfano, nunca se pierde.", Other: "Parece una versión editada de «%[2]s», que tiene %[1]d oraciones anotadas. ¿Traer sus anotaciones? Las oraciones que cambiaron se emparejan por sus palabras; lo que no se pueda colocar figura como huérfano, nunca se pierde."},
		"%[2]s has work on this device (%[1]d annotated sentences, started %[3]s): Start continues it.":                                                                                                                                 {One: "%[2]s tiene trabajo en este dispositivo (%[1]d oración anotada, empezado el %[3]s): Empezar lo continúa.", Other: "%[2]s tiene trabajo en este dispositivo (%[1]d oraciones anotadas, empezado el %[3]s): Empezar lo continúa."},
		"All %d sentences are graded.": {One: "Se califica la única oración.", Other: "Se califican las %d oraciones."},
		"%d of %d sentences are graded: headings are left out by default. Students see the others dimmed; grades, completeness and agreement count only graded sentences.": {One: "Se califica %d de %d oración: los títulos quedan fuera por defecto. Los estudiantes ven las demás atenuadas; las calificaciones, la completitud y el acuerdo solo cuentan las oraciones calificadas.", Other: "Se califican %d de %d oraciones: los títulos quedan fuera por defecto. Los estudiantes ven las demás atenuadas; las calificaciones, la completitud y el acuerdo solo cuentan las oraciones calificadas."},
	},
}

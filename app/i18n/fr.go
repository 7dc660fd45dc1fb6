package i18n

// fr is the French catalogue. The texts are written with plain spaces:
// frenchSpacing puts the non-breaking spaces French typography wants before
// : ; ? ! % and inside « » when the package starts.
var fr = catalog{
	msgs: map[string]string{
		// The reading view: header, panels, status line and live region (app/ui/view.go, app/session).
		"Skip to the article":         "Aller à l’article",
		"Library":                     "Bibliothèque",
		"Open file":                   "Ouvrir un fichier",
		"Paste text":                  "Coller un texte",
		"Edit tags":                   "Modifier les étiquettes",
		"Dark mode":                   "Mode sombre",
		"Keyboard shortcuts":          "Raccourcis clavier",
		"Interface language":          "Langue de l’interface",
		"The interface is now in %s.": "L’interface est maintenant en français.",

		"The interface is in %s, but the choice could not be remembered: %v": "L’interface est en français, mais ce choix n’a pas pu être enregistré : %[2]v",

		"Current sentence, progress and annotations":   "Phrase courante, progression et annotations",
		"Tags for the current sentence":                "Étiquettes de la phrase courante",
		"This document has no sentences.":              "Ce document ne contient aucune phrase.",
		"Note (n or Enter to write, Escape to leave)":  "Note (n ou Entrée pour écrire, Échap pour quitter)",
		"Sentence %d of %d":                            "Phrase %d sur %d",
		", tagged %s":                                  ", étiquetée %s",
		", has a note":                                 ", avec une note",
		"No tags yet: press a tag key or click a tag.": "Pas encore d’étiquette : appuyez sur la touche d’une étiquette ou cliquez sur une étiquette.",
		"Tags: %s": "Étiquettes : %s",
		"A highlight must stay inside one sentence.": "Un surlignage doit rester à l’intérieur d’une seule phrase.",

		"Theme changed, but it could not be remembered: %v": "Thème changé, mais il n’a pas pu être enregistré : %v",

		"Switched to light mode.": "Mode clair activé.",
		"Switched to dark mode.":  "Mode sombre activé.",

		// Commands and their help lines (app/session).
		"Next sentence":              "Phrase suivante",
		"Previous sentence":          "Phrase précédente",
		"First sentence":             "Première phrase",
		"Last sentence":              "Dernière phrase",
		"Next sentence without tags": "Phrase suivante sans étiquette",

		"Write a note on the current sentence (Escape leaves the editor)": "Écrire une note sur la phrase courante (Échap quitte l’éditeur)",

		"Select words in the current sentence: one more (then a tag key highlights them)": "Sélectionner des mots dans la phrase courante : un de plus (la touche d’une étiquette les surligne ensuite)",

		"Select words: one fewer":                          "Sélectionner des mots : un de moins",
		"Filter the annotation list":                       "Filtrer la liste des annotations",
		"Edit the tag set":                                 "Modifier le jeu d’étiquettes",
		"Switch between light and dark mode":               "Basculer entre mode clair et mode sombre",
		"Undo":                                             "Annuler",
		"Redo":                                             "Rétablir",
		"Show or hide this list of shortcuts":              "Afficher ou masquer cette liste de raccourcis",
		"Close a dialog, or drop the word selection":       "Fermer une boîte de dialogue, ou abandonner la sélection de mots",
		"Toggle tag %s (on the selected words if any)":     "Poser ou retirer l’étiquette %s (sur les mots sélectionnés, s’il y en a)",
		"Toggle tag %s (on the selected words if any): %s": "Poser ou retirer l’étiquette %s (sur les mots sélectionnés, s’il y en a) : %s",

		"With the mouse: click a sentence to make it current, select words in it and click a tag to highlight them.": "À la souris : cliquez sur une phrase pour la rendre courante, sélectionnez-y des mots et cliquez sur une étiquette pour les surligner.",

		"Close":                     "Fermer",
		"Every sentence has a tag.": "Chaque phrase a une étiquette.",
		"Jumped to sentence %d.":    "Passage à la phrase %d.",

		"Selected “%s”: press a tag key to highlight it, Escape to cancel.": "« %s » sélectionné : appuyez sur la touche d’une étiquette pour le surligner, Échap pour annuler.",

		"Selected “%s”: press a tag key or click a tag to highlight it, Escape to cancel.": "« %s » sélectionné : appuyez sur la touche d’une étiquette ou cliquez sur une étiquette pour le surligner, Échap pour annuler.",

		"Selection dropped.":                        "Sélection abandonnée.",
		"That selection cannot be highlighted: %v.": "Cette sélection ne peut pas être surlignée : %v.",
		"Highlight %s on “%s” toggled.":             "Surlignage %s posé ou retiré sur « %s ».",
		"%s added to sentence %d.":                  "Étiquette %s ajoutée à la phrase %d.",
		"%s removed from sentence %d.":              "Étiquette %s retirée de la phrase %d.",
		"Tag set saved.":                            "Jeu d’étiquettes enregistré.",
		"Note saved.":                               "Note enregistrée.",
		"Nothing to undo.":                          "Rien à annuler.",
		"Nothing to redo.":                          "Rien à rétablir.",
		"Undone.":                                   "Annulé.",
		"Redone.":                                   "Rétabli.",
		"Undone: tag set change.":                   "Annulé : modification du jeu d’étiquettes.",
		"Redone: tag set change.":                   "Rétabli : modification du jeu d’étiquettes.",
		"Undone: sentence %d.":                      "Annulé : phrase %d.",
		"Redone: sentence %d.":                      "Rétabli : phrase %d.",

		"This document is read-only in this tab: its saved data could not be read.": "Ce document est en lecture seule dans cet onglet : ses données enregistrées n’ont pas pu être lues.",

		"The tag set of this exercise is fixed by your teacher.": "Le jeu d’étiquettes de cet exercice est fixé par votre enseignant ou enseignante.",

		"Your changes could not be saved in this browser (%v). They are kept in this tab, and the app retries every few seconds. Export a backup now, or free space by deleting documents in the library.": "Vos modifications n’ont pas pu être enregistrées dans ce navigateur (%v). Elles sont conservées dans cet onglet, et l’application réessaie toutes les quelques secondes. Exportez une sauvegarde maintenant, ou libérez de l’espace en supprimant des documents dans la bibliothèque.",

		"Saved: all your changes are stored in this browser again.": "Enregistré : toutes vos modifications sont de nouveau stockées dans ce navigateur.",

		"Saved, but the undo history could not be kept for the next visit.": "Enregistré, mais l’historique d’annulation n’a pas pu être conservé pour la prochaine visite.",

		// Opening, pasting and carrying documents (documents.go, paste.go, carry.go).
		"OK": "OK",

		"This document is not in this browser's library. Open it again from a file, or pick another in the library.": "Ce document n’est pas dans la bibliothèque de ce navigateur. Rouvrez-le depuis un fichier, ou choisissez-en un autre dans la bibliothèque.",

		"This document's stored text could not be read (%v); it is left untouched. Open another from the library.": "Le texte enregistré de ce document n’a pas pu être lu (%v) ; il reste intact. Ouvrez-en un autre depuis la bibliothèque.",

		"Your saved annotations for this document could not be read (%v). They are left untouched, and this tab will not save changes over them.": "Vos annotations enregistrées pour ce document n’ont pas pu être lues (%v). Elles restent intactes, et cet onglet n’enregistrera pas de modifications par-dessus.",

		"The saved undo history could not be read: it is left as it is, and undo starts afresh.": "L’historique d’annulation enregistré n’a pas pu être lu : il reste tel quel, et l’annulation repart de zéro.",

		"This document's exercise could not be read (%v); it is left as it is.": "L’exercice de ce document n’a pas pu être lu (%v) ; il reste tel quel.",

		"%s is %s MB: the limit is %d MB. Split it or save a shorter part.": "%s fait %s Mo : la limite est de %d Mo. Découpez-le ou enregistrez une partie plus courte.",

		"Could not read %s: %v":                   "Impossible de lire %s : %v",
		"The pasted text was not opened: %v":      "Le texte collé n’a pas été ouvert : %v",
		"%s was not opened: %v":                   "%s n’a pas été ouvert : %v",
		"That text has no sentences to annotate.": "Ce texte ne contient aucune phrase à annoter.",

		"“%s” could not be stored in this browser (%v). Free some space (delete documents in the library) and try again.": "« %s » n’a pas pu être enregistré dans ce navigateur (%v). Libérez de l’espace (supprimez des documents dans la bibliothèque) et réessayez.",

		"That text is a shipped article: it is open.":  "Ce texte est un article fourni avec l’application : il est ouvert.",
		"“%s” is already in your library: it is open.": "« %s » est déjà dans votre bibliothèque : il est ouvert.",
		"Paste a text": "Coller un texte",

		"Text (the first line becomes the title; HTML is read as text, never run)": "Texte (la première ligne devient le titre ; le HTML est lu comme du texte, jamais exécuté)",

		"Open":   "Ouvrir",
		"Cancel": "Annuler",

		"The pasted text is larger than 5 MB: paste a shorter part.": "Le texte collé dépasse 5 Mo : collez une partie plus courte.",

		"Earlier version":        "Version antérieure",
		"Bring annotations over": "Reprendre les annotations",
		"Keep them apart":        "Les garder séparés",

		"The annotations of “%s” could not be read: nothing was changed.": "Les annotations de « %s » n’ont pas pu être lues : rien n’a été modifié.",

		// Import and export (importing.go, exporting.go, reliability.go).
		"Only the first file is imported; import the others one at a time.": "Seul le premier fichier est importé ; importez les autres un par un.",

		"%s is %s: imports are limited to %d MB. Nothing was changed.": "%s fait %s : les importations sont limitées à %d Mo. Rien n’a été modifié.",

		"%s was not imported, and nothing was changed: %v": "%s n’a pas été importé, et rien n’a été modifié : %v",
		"Import cancelled: nothing was changed.":           "Importation annulée : rien n’a été modifié.",

		"this document: %s": "ce document : %s",
		"Imported %s: %s.":  "%s importé : %s.",
		"This document":     "Ce document",
		"“%s”":              "« %s »",

		"“%s” is left as it is: its copy on this device cannot be read (%v).": "« %s » reste tel quel : sa copie sur cet appareil ne peut pas être lue (%v).",

		"The file holds nothing to import.": "Le fichier ne contient rien à importer.",
		"Import %s (%s)":                    "Importer %s (%s)",
		"Import":                            "Importer",
		"%s: %s":                            "%s : %s",
		"; %s":                              " ; %s",
		"Sentence %d differs: kept both, result %s.": "La phrase %d diffère : les deux sont gardées, résultat %s.",
		"Cannot be placed (%s): “%s”":                "Impossible à placer (%s) : « %s »",
		"tags %s":                                    "étiquettes %s",
		"note “%s”":                                  "note « %s »",
		"nothing":                                    "rien",
		"%s and %s":                                  "%s et %s",
		"Export and import":                          "Exporter et importer",
		"Your name in exports (optional)":            "Votre nom dans les exports (facultatif)",
		"Classroom: make an exercise":                "Classe : créer un exercice",
		"Class view":                                 "Vue de la classe",
		"Open an exercise":                           "Ouvrir un exercice",
		"Import a file…":                             "Importer un fichier…",

		"Your name is used in this tab's exports, but it could not be remembered: %v": "Votre nom est utilisé dans les exports de cet onglet, mais il n’a pas pu être enregistré : %v",

		"The export failed: %v":                           "L’export a échoué : %v",
		"The file could not be handed to the browser: %v": "Le fichier n’a pas pu être transmis au navigateur : %v",
		"Exported %s (%s).":                               "%s exporté (%s).",
		"Install the app":                                 "Installer l’application",

		"To install on iPhone or iPad: Share → Add to Home Screen. Safari tabs and the installed app keep separate storage: move your work between them with Export → Backup and Import.": "Pour installer sur iPhone ou iPad : Partager → Sur l’écran d’accueil. Les onglets de Safari et l’application installée ont des stockages séparés : passez votre travail de l’un à l’autre avec Export → Sauvegarde et Importer.",

		"%s MB":                        "%s Mo",
		"%s kB":                        "%s ko",
		"W3C Web Annotation (JSON-LD)": "W3C Web Annotation (JSON-LD)",
		"CSV (spreadsheet)":            "CSV (tableur)",
		"JSON Lines (doccano)":         "JSON Lines (doccano)",
		"Backup (annotator JSON)":      "Sauvegarde (JSON de l’annotateur)",
		"annotator backup":             "sauvegarde de l’annotateur",
		"W3C Web Annotation JSON-LD":   "W3C Web Annotation JSON-LD",
		"annotator CSV":                "CSV de l’annotateur",

		"Import only adds; it never deletes. Tags and highlights from both sides are kept. A note on one side only is kept. When both notes differ, both are kept: the current note first, then a line “---”, then the imported note (a note already there is not added again).": "L’importation ne fait qu’ajouter ; elle ne supprime jamais rien. Les étiquettes et les surlignages des deux côtés sont gardés. Une note présente d’un seul côté est gardée. Quand les deux notes diffèrent, les deux sont gardées : la note actuelle d’abord, puis une ligne « --- », puis la note importée (une note déjà présente n’est pas ajoutée une seconde fois).",

		"Export backup now":                "Exporter une sauvegarde maintenant",
		"Download raw data":                "Télécharger les données brutes",
		"The backup could not be made: %v": "La sauvegarde n’a pas pu être créée : %v",

		"Backup downloaded: your work is safe in that file.": "Sauvegarde téléchargée : votre travail est en sécurité dans ce fichier.",

		"The raw data could not be read: %v":              "Les données brutes n’ont pas pu être lues : %v",
		"The raw data could not be downloaded: %v":        "Les données brutes n’ont pas pu être téléchargées : %v",
		"Raw data downloaded, exactly as stored.":         "Données brutes téléchargées, exactement telles qu’elles sont stockées.",
		"Browser storage: %s of about 5 MB used (%d %%).": "Stockage du navigateur : %s utilisés sur environ 5 Mo (%d %%).",

		" Storage is nearly full: export a backup and delete documents you no longer need.": " Le stockage est presque plein : exportez une sauvegarde et supprimez les documents dont vous n’avez plus besoin.",

		"A new version is ready.": "Une nouvelle version est prête.",

		"A new version is ready, but your last change is not saved yet: free some space, then try again.": "Une nouvelle version est prête, mais votre dernière modification n’est pas encore enregistrée : libérez de l’espace, puis réessayez.",

		"Reload to update": "Recharger pour mettre à jour",
		"Updating…":        "Mise à jour…",

		// The document's language (doclang.go).
		"not known": "inconnue",
		"Language:": "Langue :",

		"The text's language decides where its sentences end": "La langue du texte détermine où finissent ses phrases",

		"The language could not be changed: %v": "La langue n’a pas pu être changée : %v",

		// The tag-set editor (tageditor.go, tageditor_view.go).
		"A tag set can have at most %d tags, so that every tag has a key.": "Un jeu peut compter au plus %d étiquettes, pour que chacune ait une touche.",

		"A tag set can have at most %d tags.":              "Un jeu peut compter au plus %d étiquettes.",
		"Tag %d":                                           "Étiquette %d",
		"Keep at least one tag.":                           "Gardez au moins une étiquette.",
		"Tag %d has no name: give it one.":                 "L’étiquette %d n’a pas de nom : donnez-lui-en un.",
		"The name of tag %d is longer than 40 characters.": "Le nom de l’étiquette %d dépasse 40 caractères.",
		"Two tags are called %q: names must differ.":       "Deux étiquettes s’appellent « %s » : les noms doivent être différents.",
		"Custom":                             "Personnalisé",
		"Key of tag %s (a spare letter: %s)": "Touche de l’étiquette %s (une lettre libre : %s)",
		"Colour of tag %s":                   "Couleur de l’étiquette %s",
		"Description of tag %s":              "Description de l’étiquette %s",
		"Move tag %s up":                     "Monter l’étiquette %s",
		"Move tag %s down":                   "Descendre l’étiquette %s",
		"Delete tag %s":                      "Supprimer l’étiquette %s",
		"Name of tag %d":                     "Nom de l’étiquette %d",
		"Replace with a preset…":             "Remplacer par un jeu prédéfini…",
		"Save":                               "Enregistrer",
		"Delete and save":                    "Supprimer et enregistrer",
		"Tag set":                            "Jeu d’étiquettes",

		"The first nine tags take keys 1–9 in this order; move a tag to change its key. Later tags take a spare letter.": "Les neuf premières étiquettes prennent les touches 1 à 9 dans cet ordre ; déplacez une étiquette pour changer sa touche. Les suivantes prennent une lettre libre.",

		"Key":             "Touche",
		"Name":            "Nom",
		"Colour":          "Couleur",
		"Description":     "Description",
		"Actions":         "Actions",
		"Add a tag":       "Ajouter une étiquette",
		"Preset tag sets": "Jeux d’étiquettes prédéfinis",

		// Preset tag sets (app/model/presets.go): names and descriptions; the ids stay the same in every language.
		"News analysis": "Analyse de presse",
		"Claim":         "Affirmation",

		"A statement the author wants the reader to accept.": "Un énoncé que l’auteur veut faire accepter au lecteur.",

		"Evidence": "Preuve",

		"Data, facts or sources offered in support of a claim.": "Données, faits ou sources avancés à l’appui d’une affirmation.",

		"Quote": "Citation",
		"Words attributed to a person or organisation.": "Paroles attribuées à une personne ou à une organisation.",
		"Opinion": "Opinion",
		"A judgement or feeling, not a checkable fact.": "Un jugement ou un sentiment, pas un fait vérifiable.",
		"Fact": "Fait",

		"A statement that can be checked against a source.": "Un énoncé qu’on peut vérifier auprès d’une source.",

		"Question": "Question",

		"Something unclear, doubtful or worth asking about.": "Quelque chose d’obscur, de douteux ou qui mérite d’être interrogé.",

		"Argument structure":                       "Structure de l’argumentation",
		"The position being argued for.":           "La position défendue.",
		"Premise":                                  "Prémisse",
		"A reason given for the claim.":            "Une raison avancée en faveur de l’affirmation.",
		"Counter-argument":                         "Contre-argument",
		"A reason against the claim.":              "Une raison contre l’affirmation.",
		"Rebuttal":                                 "Réfutation",
		"An answer to a counter-argument.":         "Une réponse à un contre-argument.",
		"Source evaluation":                        "Évaluation des sources",
		"Named source":                             "Source nommée",
		"A person or document identified by name.": "Une personne ou un document désigné par son nom.",
		"Anonymous source":                         "Source anonyme",
		"A source that is not identified.":         "Une source qui n’est pas identifiée.",
		"Data":                                     "Données",
		"Numbers, statistics or measurements.":     "Chiffres, statistiques ou mesures.",
		"Unsupported":                              "Sans source",
		"A statement with no source at all.":       "Un énoncé sans aucune source.",
		"To verify":                                "À vérifier",
		"Worth checking elsewhere.":                "À vérifier ailleurs.",
		"Rhetorical devices":                       "Procédés rhétoriques",
		"Ethos":                                    "Ethos",
		"Appeal to credibility or authority.":      "Appel à la crédibilité ou à l’autorité.",
		"Pathos":                                   "Pathos",
		"Appeal to emotion.":                       "Appel à l’émotion.",
		"Logos":                                    "Logos",
		"Appeal to logic or evidence.":             "Appel à la logique ou aux preuves.",
		"Loaded language":                          "Langage connoté",
		"Words chosen for their emotional charge.": "Des mots choisis pour leur charge émotionnelle.",
		"Hedge": "Atténuation",
		"Softening or qualifying words (may, reportedly).": "Des mots qui adoucissent ou nuancent (peut-être, selon certaines sources).",
		"Generalisation":                "Généralisation",
		"A broad claim from few cases.": "Une affirmation générale tirée de peu de cas.",

		// Progress and the annotation list (stats.go, summary.go).
		"Sentences per tag": "Phrases par étiquette",
		"Progress":          "Progression",
		"Sentence %d":       "Phrase %d",
		"Note: %s":          "Note : %s",
		"All tags":          "Toutes les étiquettes",

		"Showing %d of %d: narrow the filter to see the rest": "%d affichées sur %d : affinez le filtre pour voir les autres",

		"Annotations":                "Annotations",
		"Filter annotations by text": "Filtrer les annotations par texte",
		"Filter by text (/)":         "Filtrer par texte (/)",
		"Filter annotations by tag":  "Filtrer les annotations par étiquette",
		"highlight %s":               "surlignage %s",
		"Orphaned (%d)":              "Orphelines (%d)",

		"These annotations belong to sentences that are no longer in the text. They are kept, with their text, tags and notes.": "Ces annotations appartiennent à des phrases qui ne sont plus dans le texte. Elles sont gardées, avec leur texte, leurs étiquettes et leurs notes.",

		// The library (library.go).
		"The library could not be read: %v": "La bibliothèque n’a pas pu être lue : %v",
		"Back to reading":                   "Retour à la lecture",
		"Back up everything":                "Tout sauvegarder",
		"Clear my data on this device":      "Effacer mes données sur cet appareil",

		"Every document on this device. Open a file, drop one on the reading view or paste a text there to add more; they stay in this browser only.": "Tous les documents de cet appareil. Ouvrez un fichier, déposez-en un sur la vue de lecture ou collez-y un texte pour en ajouter ; ils restent uniquement dans ce navigateur.",

		"Title":                          "Titre",
		"Sentences":                      "Phrases",
		"Annotated":                      "Annotées",
		"Last opened":                    "Dernière ouverture",
		"New title":                      "Nouveau titre",
		"Cannot be read: %s":             "Illisible : %s",
		"Duplicate %s":                   "Dupliquer %s",
		"Duplicate":                      "Dupliquer",
		"Rename %s":                      "Renommer %s",
		"Rename":                         "Renommer",
		"Delete it and its annotations?": "Le supprimer avec ses annotations ?",
		"Delete":                         "Supprimer",
		"Keep":                           "Garder",
		"Delete %s":                      "Supprimer %s",
		"Shipped with the app":           "Fourni avec l’application",
		"A title cannot be empty: the old one is kept.": "Un titre ne peut pas être vide : l’ancien est gardé.",

		"That document could not be read, so it was not renamed.": "Ce document n’a pas pu être lu ; il n’a donc pas été renommé.",

		"Renamed to “%s”.":                     "Renommé en « %s ».",
		"That document was not duplicated: %v": "Ce document n’a pas été dupliqué : %v",
		"Made “%s”.":                           "« %s » créé.",
		"Could not delete: %v":                 "Suppression impossible : %v",
		"Deleted “%s”.":                        "« %s » supprimé.",
		"Could not restore: %v":                "Restauration impossible : %v",
		"Restored “%s”.":                       "« %s » restauré.",
		"The backup failed: %v":                "La sauvegarde a échoué : %v",
		"Clear my data":                        "Effacer mes données",

		"This deletes every document, annotation and setting of this app in this browser — for a shared computer. It cannot be undone: download a backup first if you may want your work again.": "Cela supprime tous les documents, annotations et réglages de cette application dans ce navigateur — pour un ordinateur partagé. C’est irréversible : téléchargez d’abord une sauvegarde si vous pourriez vouloir retrouver votre travail.",

		"Download a backup first":            "Télécharger d’abord une sauvegarde",
		"Delete everything":                  "Tout supprimer",
		"Could not list the stored data: %v": "Impossible de lister les données stockées : %v",
		"Could not delete everything: %v":    "Impossible de tout supprimer : %v",

		// The class view (classpage*.go).
		"Some exercises made on this device could not be read and are left as they are: %s": "Certains exercices créés sur cet appareil n’ont pas pu être lus et restent tels quels : %s",

		"The class view could not be computed: %v":  "La vue de la classe n’a pas pu être calculée : %v",
		"%s: larger than 64 MB":                     "%s : plus de 64 Mo",
		"%s is not an exercise: %v":                 "%s n’est pas un exercice : %v",
		"%s is not an answer key: %v":               "%s n’est pas un corrigé : %v",
		"%s is the key of another exercise (“%s”).": "%s est le corrigé d’un autre exercice (« %s »).",

		"%s is version %d of the key; version %d is already loaded, so it was not taken.": "%s est la version %d du corrigé ; la version %d est déjà chargée, il n’a donc pas été pris.",

		"Answer key version %d loaded.":                "Corrigé, version %d, chargé.",
		"Some files could not be read: %s":             "Certains fichiers n’ont pas pu être lus : %s",
		"The grade table could not be made: %v":        "Le tableau des notes n’a pas pu être créé : %v",
		"Grade table downloaded.":                      "Tableau des notes téléchargé.",
		"Key corrected for sentence %d.":               "Corrigé rectifié pour la phrase %d.",
		"Accepted %s for sentence %d as also correct.": "%s accepté aussi comme correct pour la phrase %d.",
		"The key was not changed: %v":                  "Le corrigé n’a pas été modifié : %v",

		"%s It could not be kept in this browser (%v): download the corrected key.": "%s Il n’a pas pu être conservé dans ce navigateur (%v) : téléchargez le corrigé rectifié.",

		"The key could not be downloaded: %v": "Le corrigé n’a pas pu être téléchargé : %v",
		"Key:":                                "Corrigé :",
		"%s in the key of sentence %d":        "%s dans le corrigé de la phrase %d",
		"no tag":                              "aucune étiquette",
		"Student %d":                          "Élève %d",
		"✗ differs from the key":              "✗ diffère du corrigé",
		"✓ matches the key":                   "✓ conforme au corrigé",
		"not graded":                          "non notée",
		"Student: %s":                         "Élève : %s",
		"Key: %s":                             "Corrigé : %s",
		"missed: %s":                          "manquées : %s",
		"extra: %s":                           "en trop : %s",
		"highlight %s “%s”":                   "surlignage %s « %s »",
		"Accept this answer as also correct":  "Accepter aussi cette réponse comme correcte",
		"Work of %s":                          "Travail de %s",
		"Print this feedback sheet":           "Imprimer cette fiche de retour",
		"Key tag × %s's tag":                  "Étiquette du corrigé × étiquette de %s",
		"%s: ":                                "%s : ",
		"No student wrote a note.":            "Aucun élève n’a écrit de note.",
		"Students' notes":                     "Notes des élèves",
		"Key tag":                             "Étiquette du corrigé",

		"%s (rows: the key; columns: the student; over the graded sentences)": "%s (lignes : le corrigé ; colonnes : l’élève ; sur les phrases notées)",

		"Choose an exercise…": "Choisir un exercice…",

		"Make an exercise from the reading view (Classroom → Make an exercise). Then import the files your students handed in — several at once, or the .zip your LMS gives you. Nothing of theirs is stored: the view lives in this tab.": "Créez un exercice depuis la vue de lecture (Classe → Créer un exercice). Importez ensuite les fichiers rendus par vos élèves — plusieurs à la fois, ou le .zip fourni par votre ENT. Rien de leurs données n’est stocké : la vue n’existe que dans cet onglet.",

		"Exercise":                        "Exercice",
		"Open an exercise file…":          "Ouvrir un fichier d’exercice…",
		"No answer key: grades need one.": "Pas de corrigé : il en faut un pour noter.",

		"Answer key version %d loaded; correct it sentence by sentence below.": "Corrigé, version %d, chargé ; rectifiez-le phrase par phrase ci-dessous.",

		"Import submissions…":                       "Importer les copies…",
		"Open an answer key…":                       "Ouvrir un corrigé…",
		"Confusion between tags":                    "Confusions entre étiquettes",
		"Key tag × students' tags, the whole class": "Étiquette du corrigé × étiquettes des élèves, toute la classe",
		"Student":                        "Élève",
		"Agreement":                      "Accord",
		"Percent agreement":              "Pourcentage d’accord",
		"Fleiss' kappa":                  "Kappa de Fleiss",
		"Krippendorff's alpha (nominal)": "Alpha de Krippendorff (nominal)",

		"Krippendorff's alpha (MASI, partial credit for overlapping tag sets)": "Alpha de Krippendorff (MASI, crédit partiel pour les ensembles d’étiquettes qui se recouvrent)",

		"Cohen's kappa for each pair of students":  "Kappa de Cohen pour chaque paire d’élèves",
		" Anonymise (Student 1…n), for projecting": " Anonymiser (Élève 1…n), pour projeter",
		"Print the class report":                   "Imprimer le bilan de la classe",
		"Download the key (version %s)":            "Télécharger le corrigé (version %s)",
		"Submitted":                                "Rendu",
		"Graded sentences annotated":               "Phrases notées annotées",
		"Accuracy":                                 "Exactitude",
		"Macro-F1":                                 "Macro-F1",
		"%s F1":                                    "F1 %s",
		"%s highlight F1":                          "F1 surlignage %s",
		" (late)":                                  " (en retard)",
		" (after opening the key)":                 " (après avoir ouvert le corrigé)",
		"%d / %d (%.0f %%)":                        "%d / %d (%.0f %%)",
		"Open the work of %s":                      "Ouvrir le travail de %s",
		"Students (%d)":                            "Élèves (%d)",
		"Download the grade table (CSV)":           "Télécharger le tableau des notes (CSV)",
		"no tag %d":                                "aucune étiquette %d",
		"Agreement %s":                             "Accord %s",
		"Not graded · %s":                          "Non notée · %s",
		"Sentence by sentence":                     "Phrase par phrase",

		"The stronger the colour, the more the students disagree on that sentence.": "Plus la couleur est forte, plus les élèves sont en désaccord sur cette phrase.",

		// The grade table's columns (app/classroom GradeColumns; %s is a tag id).
		"student":      "Élève",
		"submitted":    "Rendu le",
		"late":         "En retard",
		"saw_key":      "A vu le corrigé",
		"key_version":  "Version du corrigé",
		"graded":       "Phrases notées",
		"annotated":    "Annotées",
		"total":        "Total",
		"completeness": "Complétude",
		"accuracy":     "Exactitude",
		"macro_f1":     "Macro-F1",
		"%s_f1":        "F1 %s",
		"hl_%s_f1":     "F1 surlignage %s",

		// A student opens an exercise (exercisepage.go, exercise_student.go).

		"Your work was removed from this device. The next student can start: type a name.": "Votre travail a été retiré de cet appareil. L’élève suivant peut commencer : tapez un nom.",

		"Open the exercise file your teacher gave you. Everything stays in this browser until you submit.": "Ouvrez le fichier d’exercice donné par votre enseignant ou enseignante. Tout reste dans ce navigateur jusqu’à ce que vous rendiez votre travail.",

		"Your name or a pseudonym (it goes into the file you hand in)": "Votre nom ou un pseudonyme (il figure dans le fichier que vous rendez)",

		"On a shared computer: each name keeps its own work in this browser, and anyone using it can open a name's work by typing it. Remove your work from this device once you have handed it in.": "Sur un ordinateur partagé : chaque nom garde son propre travail dans ce navigateur, et toute personne qui l’utilise peut ouvrir le travail d’un nom en le tapant. Retirez votre travail de cet appareil une fois rendu.",

		"%s is not an exercise this app can open: %v": "%s n’est pas un exercice que cette application peut ouvrir : %v",

		"A name with no work on this device starts with no tags and no notes.": "Un nom sans travail sur cet appareil commence sans étiquette ni note.",

		"Continue my work": "Continuer mon travail",
		"Start":            "Commencer",

		"Enter your name or a pseudonym first: your teacher needs it to tell the files apart.": "Saisissez d’abord votre nom ou un pseudonyme : votre enseignant ou enseignante en a besoin pour distinguer les fichiers.",

		"The exercise could not be started in this browser: %v": "L’exercice n’a pas pu être commencé dans ce navigateur : %v",

		"You are %s.":                     "Vous êtes %s.",
		" Due %s.":                        " À rendre le %s.",
		"Overdue: hand it in now.":        "En retard : rendez-le maintenant.",
		"Exercise: %s":                    "Exercice : %s",
		"Instructions":                    "Consignes",
		"Submit my work":                  "Rendre mon travail",
		"Open the released answer key…":   "Ouvrir le corrigé publié…",
		"Remove my work from this device": "Retirer mon travail de cet appareil",

		"Your work stays in this browser until you remove it: anyone using this browser can open it by typing your name on the exercise page. Your teacher sees only the file you hand in.": "Votre travail reste dans ce navigateur jusqu’à ce que vous le retiriez : toute personne qui utilise ce navigateur peut l’ouvrir en tapant votre nom sur la page de l’exercice. Votre enseignant ou enseignante ne voit que le fichier que vous rendez.",

		"This browser could not note it (%v); your work itself is saved.": "Ce navigateur n’a pas pu le noter (%v) ; votre travail lui-même est enregistré.",

		"Your work could not be removed: %v":               "Votre travail n’a pas pu être retiré : %v",
		"Your work on “%s” was removed from this device.":  "Votre travail sur « %s » a été retiré de cet appareil.",
		"Your work could not be packed for submission: %v": "Votre travail n’a pas pu être préparé pour être rendu : %v",
		"The submission could not be handed over: %v":      "La copie n’a pas pu être transmise : %v",

		"Submission downloaded: hand in %s through your class's usual channel.": "Copie téléchargée : rendez %s par le moyen habituel de votre classe.",

		"Submission %s passed to the share sheet: send it through your class's usual channel.": "Copie %s transmise au menu de partage : envoyez-la par le moyen habituel de votre classe.",

		"%s gave no feedback: %v":                     "%s n’a donné aucun retour : %v",
		"it is the key of “%s”, not of this exercise": "c’est le corrigé de « %s », pas de cet exercice",
		"both: %s":           "en commun : %s",
		"not in the key: %s": "absentes du corrigé : %s",
		"teacher: %s":        "enseignant : %s",
		"Feedback":           "Retour",

		// A teacher makes an exercise (exercise_teacher.go).
		"Students get the text, the tag set and your instructions; your own annotations of this document become the answer key, a separate file you keep (or release later as feedback).": "Les élèves reçoivent le texte, le jeu d’étiquettes et vos consignes ; vos propres annotations de ce document deviennent le corrigé, un fichier à part que vous gardez (ou publiez plus tard comme retour).",

		"Instructions for the students":       "Consignes pour les élèves",
		"Due date (optional)":                 "Date limite (facultative)",
		" Students may add tags of their own": " Les élèves peuvent ajouter leurs propres étiquettes",

		"Graded sentences (numbers as in the reader, e.g. 2-10, 14; empty for all)": "Phrases notées (numéros comme dans la lecture, par ex. 2-10, 14 ; vide pour toutes)",

		" Update “%s”, made earlier from this text (same exercise: work already handed in stays valid; the answer key gets a new version)": " Mettre à jour « %s », créé auparavant à partir de ce texte (même exercice : le travail déjà rendu reste valable ; le corrigé reçoit une nouvelle version)",

		"Create the exercise":        "Créer l’exercice",
		"Hand it out":                "Le distribuer",
		"Download the exercise file": "Télécharger le fichier de l’exercice",
		"Download the answer key":    "Télécharger le corrigé",
		"Open the class view":        "Ouvrir la vue de la classe",

		"Or share this link (the exercise travels in the part after #, which is never sent to a server):": "Ou partagez ce lien (l’exercice voyage dans la partie après #, qui n’est jamais envoyée à un serveur) :",

		"The exercise is too large for a link: hand out the file.": "L’exercice est trop volumineux pour un lien : distribuez le fichier.",

		"Make an exercise from this document":  "Créer un exercice à partir de ce document",
		"The graded sentences: %v":             "Les phrases notées : %v",
		"The exercise could not be made: %v":   "L’exercice n’a pas pu être créé : %v",
		"The answer key could not be made: %v": "Le corrigé n’a pas pu être créé : %v",

		"Made, but not kept in this browser (%v): download the files now.": "Créé, mais pas conservé dans ce navigateur (%v) : téléchargez les fichiers maintenant.",

		"Exercise “%s” created.": "Exercice « %s » créé.",
		"Exercise “%s” updated.": "Exercice « %s » mis à jour.",

		"The link is too long for a QR code; share the link or the file.": "Le lien est trop long pour un code QR ; partagez le lien ou le fichier.",

		"QR code of the exercise link": "Code QR du lien de l’exercice",
	},
	plurals: map[string]Forms{
		", %d highlights": {One: ", %d surlignage", Other: ", %d surlignages"},
		"Tag set saved; tags removed from %d sentences. Press u to undo.":      {One: "Jeu d’étiquettes enregistré ; étiquettes retirées de %d phrase. Appuyez sur u pour annuler.", Other: "Jeu d’étiquettes enregistré ; étiquettes retirées de %d phrases. Appuyez sur u pour annuler."},
		"%d changes since your last export: keep a copy with Export → Backup.": {One: "%d modification depuis votre dernier export : gardez une copie avec Export → Sauvegarde.", Other: "%d modifications depuis votre dernier export : gardez une copie avec Export → Sauvegarde."},
		"Updated from another tab: %d sentences.":                              {One: "Mis à jour depuis un autre onglet : %d phrase.", Other: "Mis à jour depuis un autre onglet : %d phrases."},
		"%d saved annotations no longer match a sentence; they are kept.":      {One: "%d annotation enregistrée ne correspond plus à aucune phrase ; elle est gardée.", Other: "%d annotations enregistrées ne correspondent plus à aucune phrase ; elles sont gardées."},
		"Opened “%[2]s”: %[1]d sentences.":                                     {One: "« %[2]s » ouvert : %[1]d phrase.", Other: "« %[2]s » ouvert : %[1]d phrases."},
		"Saved %[2]s: %[1]d documents, %[3]s.":                                 {One: "%[2]s enregistré : %[1]d document, %[3]s.", Other: "%[2]s enregistré : %[1]d documents, %[3]s."},
		"Deleted all data of this app on this device (%d stored items).":       {One: "Toutes les données de cette application sur cet appareil ont été supprimées (%d élément stocké).", Other: "Toutes les données de cette application sur cet appareil ont été supprimées (%d éléments stockés)."},
		"Add “%[2]s” to the library, with %[1]d annotated sentences.":          {One: "Ajouter « %[2]s » à la bibliothèque, avec %[1]d phrase annotée.", Other: "Ajouter « %[2]s » à la bibliothèque, avec %[1]d phrases annotées."},
		"…and %d more that cannot be placed.":                                  {One: "…et %d autre qui ne peut pas être placée.", Other: "…et %d autres qui ne peuvent pas être placées."},
		"%d added":                                                             {One: "%d ajoutée", Other: "%d ajoutées"},
		"%d updated":                                                           {One: "%d mise à jour", Other: "%d mises à jour"},
		"%d conflicts (both kept)":                                             {One: "%d conflit (les deux gardés)", Other: "%d conflits (les deux gardés)"},
		"%d unchanged":                                                         {One: "%d inchangée", Other: "%d inchangées"},
		"%d not placed":                                                        {One: "%d non placée", Other: "%d non placées"},
		"%d unknown tags":                                                      {One: "%d étiquette inconnue", Other: "%d étiquettes inconnues"},
		"%d bytes":                                                             {One: "%d octet", Other: "%d octets"},
		"Read %d files.":                                                       {One: "%d fichier lu.", Other: "%d fichiers lus."},
		"%d files were not taken:":                                             {One: "%d fichier n’a pas été pris :", Other: "%d fichiers n’ont pas été pris :"},
		"Accuracy %[3]s · macro-F1 %[4]s · %[1]d of %[2]d graded sentences annotated.":    {One: "Exactitude %[3]s · macro-F1 %[4]s · %[1]d sur %[2]d phrase notée annotée.", Other: "Exactitude %[3]s · macro-F1 %[4]s · %[1]d sur %[2]d phrases notées annotées."},
		"%d of %d sentences are graded.":                                                  {One: "%d phrase sur %d est notée.", Other: "%d phrases sur %d sont notées."},
		" · key: %[2]s (%[1]d right)":                                                     {One: " · corrigé : %[2]s (%[1]d juste)", Other: " · corrigé : %[2]s (%[1]d justes)"},
		"%d of %d sentences annotated":                                                    {One: "%d phrase sur %d annotée", Other: "%d phrases sur %d annotées"},
		"%d of %d graded sentences annotated":                                             {One: "%d phrase notée sur %d annotée", Other: "%d phrases notées sur %d annotées"},
		"%d annotated sentences":                                                          {One: "%d phrase annotée", Other: "%d phrases annotées"},
		"%s are in use. Saving removes them from every sentence; you can undo it with u.": {One: "%s est utilisée. L’enregistrement la retire de toutes les phrases ; vous pouvez l’annuler avec u.", Other: "%s sont utilisées. L’enregistrement les retire de toutes les phrases ; vous pouvez l’annuler avec u."},
		"Feedback: %d of %d sentences match the key.":                                     {One: "Retour : %d phrase sur %d est conforme au corrigé.", Other: "Retour : %d phrases sur %d sont conformes au corrigé."},
		"Brought over %d annotated sentences from “%s” (%d re-attached to edited sentences); %d could not be placed and are listed as orphaned.":                                                                                        {One: "%d phrase annotée reprise de « %s » (dont %d rattachée(s) à des phrases modifiées) ; %d n’ont pas pu être placées et figurent parmi les orphelines.", Other: "%d phrases annotées reprises de « %s » (dont %d rattachée(s) à des phrases modifiées) ; %d n’ont pas pu être placées et figurent parmi les orphelines."},
		"This looks like an edited version of “%[2]s”, which has %[1]d annotated sentences. Bring its annotations over? Sentences that changed are matched by their words; what cannot be placed is listed as orphaned, never dropped.": {One: "Ceci ressemble à une version modifiée de « %[2]s », qui compte %[1]d phrase annotée. Reprendre ses annotations ? Les phrases modifiées sont retrouvées par leurs mots ; ce qui ne peut pas être placé figure parmi les orphelines, jamais perdu.", Other: "Ceci ressemble à une version modifiée de « %[2]s », qui compte %[1]d phrases annotées. Reprendre ses annotations ? Les phrases modifiées sont retrouvées par leurs mots ; ce qui ne peut pas être placé figure parmi les orphelines, jamais perdu."},
		"%[2]s has work on this device (%[1]d annotated sentences, started %[3]s): Start continues it.":                                                                                                                                 {One: "%[2]s a du travail sur cet appareil (%[1]d phrase annotée, commencé le %[3]s) : Commencer le reprend.", Other: "%[2]s a du travail sur cet appareil (%[1]d phrases annotées, commencé le %[3]s) : Commencer le reprend."},
		"All %d sentences are graded.": {One: "La seule phrase est notée.", Other: "Les %d phrases sont toutes notées."},
		"%d of %d sentences are graded: headings are left out by default. Students see the others dimmed; grades, completeness and agreement count only graded sentences.": {One: "%d phrase sur %d est notée : les titres sont exclus par défaut. Les élèves voient les autres en grisé ; les notes, la complétude et l’accord ne comptent que les phrases notées.", Other: "%d phrases sur %d sont notées : les titres sont exclus par défaut. Les élèves voient les autres en grisé ; les notes, la complétude et l’accord ne comptent que les phrases notées."},
	},
}

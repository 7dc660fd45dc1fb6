package i18n

// ar is the Arabic catalogue (written right to left; digits stay Western,
// as in the rest of the interface). Counted messages give all six CLDR
// forms; many avoid number agreement with a label ("الجمل المُعلَّمة: %d").
var ar = catalog{
	msgs: map[string]string{
		// The reading view: header, panels, status line and live region (app/ui/view.go, app/session).
		"Skip to the article":         "انتقل إلى المقال",
		"Library":                     "المكتبة",
		"Open file":                   "فتح ملف",
		"Paste text":                  "لصق نص",
		"Edit tags":                   "تعديل الوسوم",
		"Dark mode":                   "الوضع الداكن",
		"Keyboard shortcuts":          "اختصارات لوحة المفاتيح",
		"Interface language":          "لغة الواجهة",
		"The interface is now in %s.": "الواجهة الآن بالعربية.",

		"The interface is in %s, but the choice could not be remembered: %v": "الواجهة بالعربية، لكن تعذّر حفظ هذا الاختيار: %[2]v",

		"Current sentence, progress and annotations":   "الجملة الحالية والتقدّم والتعليقات",
		"Tags for the current sentence":                "وسوم الجملة الحالية",
		"This document has no sentences.":              "لا يحتوي هذا المستند على أي جملة.",
		"Note (n or Enter to write, Escape to leave)":  "ملاحظة (n أو Enter للكتابة، وEscape للخروج)",
		"Sentence %d of %d":                            "الجملة %d من %d",
		", tagged %s":                                  "، موسومة بـ%s",
		", has a note":                                 "، عليها ملاحظة",
		"No tags yet: press a tag key or click a tag.": "لا وسوم بعد: اضغط مفتاح وسم أو انقر على وسم.",
		"Tags: %s": "الوسوم: %s",
		"A highlight must stay inside one sentence.": "يجب أن يبقى التظليل داخل جملة واحدة.",

		"Theme changed, but it could not be remembered: %v": "تغيّر المظهر، لكن تعذّر حفظه: %v",

		"Switched to light mode.": "تم التبديل إلى الوضع الفاتح.",
		"Switched to dark mode.":  "تم التبديل إلى الوضع الداكن.",

		// Commands and their help lines (app/session).
		"Next sentence":              "الجملة التالية",
		"Previous sentence":          "الجملة السابقة",
		"First sentence":             "الجملة الأولى",
		"Last sentence":              "الجملة الأخيرة",
		"Next sentence without tags": "الجملة التالية بلا وسوم",

		"Write a note on the current sentence (Escape leaves the editor)": "اكتب ملاحظة على الجملة الحالية (يُغلق Escape المحرّر)",

		"Select words in the current sentence: one more (then a tag key highlights them)": "حدّد كلمات في الجملة الحالية: كلمة إضافية (ثم يظلّلها مفتاح وسم)",

		"Select words: one fewer":                          "تحديد الكلمات: كلمة أقل",
		"Filter the annotation list":                       "تصفية قائمة التعليقات",
		"Edit the tag set":                                 "تعديل مجموعة الوسوم",
		"Switch between light and dark mode":               "التبديل بين الوضع الفاتح والداكن",
		"Undo":                                             "تراجع",
		"Redo":                                             "إعادة",
		"Show or hide this list of shortcuts":              "إظهار قائمة الاختصارات هذه أو إخفاؤها",
		"Close a dialog, or drop the word selection":       "إغلاق نافذة حوار، أو إلغاء تحديد الكلمات",
		"Toggle tag %s (on the selected words if any)":     "تبديل الوسم %s (على الكلمات المحدّدة إن وُجدت)",
		"Toggle tag %s (on the selected words if any): %s": "تبديل الوسم %s (على الكلمات المحدّدة إن وُجدت): %s",

		"With the mouse: click a sentence to make it current, select words in it and click a tag to highlight them.": "بالفأرة: انقر على جملة لتصبح الحالية، وحدّد كلمات فيها ثم انقر على وسم لتظليلها.",

		"Close":                     "إغلاق",
		"Every sentence has a tag.": "كل جملة تحمل وسمًا.",
		"Jumped to sentence %d.":    "انتقلت إلى الجملة %d.",

		"Selected “%s”: press a tag key to highlight it, Escape to cancel.": "تم تحديد «%s»: اضغط مفتاح وسم لتظليله، أو Escape للإلغاء.",

		"Selected “%s”: press a tag key or click a tag to highlight it, Escape to cancel.": "تم تحديد «%s»: اضغط مفتاح وسم أو انقر على وسم لتظليله، أو Escape للإلغاء.",

		"Selection dropped.":                        "أُلغي التحديد.",
		"That selection cannot be highlighted: %v.": "لا يمكن تظليل هذا التحديد: %v.",
		"Highlight %s on “%s” toggled.":             "تم تبديل التظليل %s على «%s».",
		"%s added to sentence %d.":                  "أُضيف الوسم %s إلى الجملة %d.",
		"%s removed from sentence %d.":              "أُزيل الوسم %s من الجملة %d.",
		"Tag set saved.":                            "حُفظت مجموعة الوسوم.",
		"Note saved.":                               "حُفظت الملاحظة.",
		"Nothing to undo.":                          "لا شيء للتراجع عنه.",
		"Nothing to redo.":                          "لا شيء لإعادته.",
		"Undone.":                                   "تم التراجع.",
		"Redone.":                                   "تمت الإعادة.",
		"Undone: tag set change.":                   "تم التراجع: تغيير مجموعة الوسوم.",
		"Redone: tag set change.":                   "تمت الإعادة: تغيير مجموعة الوسوم.",
		"Undone: sentence %d.":                      "تم التراجع: الجملة %d.",
		"Redone: sentence %d.":                      "تمت الإعادة: الجملة %d.",

		"This document is read-only in this tab: its saved data could not be read.": "هذا المستند للقراءة فقط في هذا التبويب: تعذّرت قراءة بياناته المحفوظة.",

		"The tag set of this exercise is fixed by your teacher.": "مجموعة وسوم هذا التمرين محدّدة من معلّمك.",

		"Your changes could not be saved in this browser (%v). They are kept in this tab, and the app retries every few seconds. Export a backup now, or free space by deleting documents in the library.": "تعذّر حفظ تغييراتك في هذا المتصفح (%v). إنها محفوظة في هذا التبويب، ويعيد التطبيق المحاولة كل بضع ثوانٍ. صدّر نسخة احتياطية الآن، أو أفرغ مساحة بحذف مستندات من المكتبة.",

		"Saved: all your changes are stored in this browser again.": "تم الحفظ: كل تغييراتك مخزّنة في هذا المتصفح من جديد.",

		"Saved, but the undo history could not be kept for the next visit.": "تم الحفظ، لكن تعذّر الاحتفاظ بسجل التراجع للزيارة القادمة.",

		// Opening, pasting and carrying documents (documents.go, paste.go, carry.go).
		"OK": "حسنًا",

		"This document is not in this browser's library. Open it again from a file, or pick another in the library.": "هذا المستند ليس في مكتبة هذا المتصفح. افتحه من ملف مجددًا، أو اختر مستندًا آخر من المكتبة.",

		"This document's stored text could not be read (%v); it is left untouched. Open another from the library.": "تعذّرت قراءة النص المحفوظ لهذا المستند (%v)؛ تُرك كما هو. افتح مستندًا آخر من المكتبة.",

		"Your saved annotations for this document could not be read (%v). They are left untouched, and this tab will not save changes over them.": "تعذّرت قراءة تعليقاتك المحفوظة لهذا المستند (%v). تُركت كما هي، ولن يحفظ هذا التبويب أي تغييرات فوقها.",

		"The saved undo history could not be read: it is left as it is, and undo starts afresh.": "تعذّرت قراءة سجل التراجع المحفوظ: تُرك كما هو، ويبدأ التراجع من جديد.",

		"This document's exercise could not be read (%v); it is left as it is.": "تعذّرت قراءة تمرين هذا المستند (%v)؛ تُرك كما هو.",

		"%s is %s MB: the limit is %d MB. Split it or save a shorter part.": "حجم %s هو %s ميغابايت: الحد الأقصى %d ميغابايت. قسّمه أو احفظ جزءًا أقصر.",

		"Could not read %s: %v":                   "تعذّرت قراءة %s: %v",
		"The pasted text was not opened: %v":      "لم يُفتح النص الملصق: %v",
		"%s was not opened: %v":                   "لم يُفتح %s: %v",
		"That text has no sentences to annotate.": "لا يحتوي هذا النص على جمل للتعليق عليها.",

		"“%s” could not be stored in this browser (%v). Free some space (delete documents in the library) and try again.": "تعذّر حفظ «%s» في هذا المتصفح (%v). أفرغ بعض المساحة (احذف مستندات من المكتبة) وحاول مجددًا.",

		"That text is a shipped article: it is open.":  "هذا النص مقال مرفق بالتطبيق: إنه مفتوح.",
		"“%s” is already in your library: it is open.": "«%s» موجود في مكتبتك: إنه مفتوح.",
		"Paste a text": "لصق نص",

		"Text (the first line becomes the title; HTML is read as text, never run)": "النص (يصبح السطر الأول عنوانًا؛ ويُقرأ HTML نصًّا ولا يُنفَّذ أبدًا)",

		"Open":   "فتح",
		"Cancel": "إلغاء",

		"The pasted text is larger than 5 MB: paste a shorter part.": "النص الملصق أكبر من 5 ميغابايت: الصق جزءًا أقصر.",

		"Earlier version":        "نسخة سابقة",
		"Bring annotations over": "نقل التعليقات",
		"Keep them apart":        "إبقاؤهما منفصلين",

		"The annotations of “%s” could not be read: nothing was changed.": "تعذّرت قراءة تعليقات «%s»: لم يتغيّر شيء.",

		// Import and export (importing.go, exporting.go, reliability.go).
		"Only the first file is imported; import the others one at a time.": "يُستورد الملف الأول فقط؛ استورد الملفات الأخرى واحدًا تلو الآخر.",

		"%s is %s: imports are limited to %d MB. Nothing was changed.": "حجم %s هو %s: الاستيراد محدود بـ%d ميغابايت. لم يتغيّر شيء.",

		"%s was not imported, and nothing was changed: %v": "لم يُستورد %s، ولم يتغيّر شيء: %v",
		"Import cancelled: nothing was changed.":           "أُلغي الاستيراد: لم يتغيّر شيء.",

		"this document: %s": "هذا المستند: %s",
		"Imported %s: %s.":  "تم استيراد %s: %s.",
		"This document":     "هذا المستند",
		"“%s”":              "«%s»",

		"“%s” is left as it is: its copy on this device cannot be read (%v).": "تُرك «%s» كما هو: تتعذّر قراءة نسخته على هذا الجهاز (%v).",

		"The file holds nothing to import.": "لا يحتوي الملف على شيء لاستيراده.",
		"Import %s (%s)":                    "استيراد %s (%s)",
		"Import":                            "استيراد",
		"%s: %s":                            "%s: %s",
		"; %s":                              "؛ %s",
		"Sentence %d differs: kept both, result %s.": "الجملة %d مختلفة: احتُفظ بالاثنين، والنتيجة %s.",
		"Cannot be placed (%s): “%s”":                "يتعذّر وضعه (%s): «%s»",
		"tags %s":                                    "الوسوم %s",
		"note “%s”":                                  "الملاحظة «%s»",
		"nothing":                                    "لا شيء",
		"%s and %s":                                  "%s و%s",
		"Export and import":                          "التصدير والاستيراد",
		"Your name in exports (optional)":            "اسمك في الملفات المصدَّرة (اختياري)",
		"Classroom: make an exercise":                "الصف: إنشاء تمرين",
		"Class view":                                 "عرض الصف",
		"Open an exercise":                           "فتح تمرين",
		"Import a file…":                             "استيراد ملف…",

		"Your name is used in this tab's exports, but it could not be remembered: %v": "يُستخدم اسمك في صادرات هذا التبويب، لكن تعذّر حفظه: %v",

		"The export failed: %v":                           "فشل التصدير: %v",
		"The file could not be handed to the browser: %v": "تعذّر تسليم الملف إلى المتصفح: %v",
		"Exported %s (%s).":                               "تم تصدير %s (%s).",
		"Install the app":                                 "تثبيت التطبيق",

		"To install on iPhone or iPad: Share → Add to Home Screen. Safari tabs and the installed app keep separate storage: move your work between them with Export → Backup and Import.": "للتثبيت على iPhone أو iPad: مشاركة ← إضافة إلى الشاشة الرئيسية. تحتفظ علامات تبويب Safari والتطبيق المثبّت بتخزين منفصل: انقل عملك بينهما عبر التصدير ← نسخة احتياطية ثم الاستيراد.",

		"%s MB":                        "%s ميغابايت",
		"%s kB":                        "%s كيلوبايت",
		"W3C Web Annotation (JSON-LD)": "W3C Web Annotation (JSON-LD)\u200e",
		"CSV (spreadsheet)":            "CSV (جدول بيانات)",
		"JSON Lines (doccano)":         "JSON Lines (doccano)\u200e",
		"Backup (annotator JSON)":      "نسخة احتياطية (بصيغة JSON الخاصة بالمُعلِّق)",
		"annotator backup":             "نسخة احتياطية من المُعلِّق",
		"W3C Web Annotation JSON-LD":   "W3C Web Annotation JSON-LD",
		"annotator CSV":                "CSV الخاص بالمُعلِّق",

		"Import only adds; it never deletes. Tags and highlights from both sides are kept. A note on one side only is kept. When both notes differ, both are kept: the current note first, then a line “---”, then the imported note (a note already there is not added again).": "الاستيراد يضيف فقط ولا يحذف أبدًا. تُحفظ الوسوم والتظليلات من الجانبين. وتُحفظ الملاحظة الموجودة في جانب واحد فقط. وإذا اختلفت الملاحظتان حُفظتا معًا: الملاحظة الحالية أولًا، ثم سطر «---»، ثم الملاحظة المستوردة (ولا تُضاف ملاحظة موجودة مرة أخرى).",

		"Export backup now":                "تصدير نسخة احتياطية الآن",
		"Download raw data":                "تنزيل البيانات الخام",
		"The backup could not be made: %v": "تعذّر إنشاء النسخة الاحتياطية: %v",

		"Backup downloaded: your work is safe in that file.": "نُزّلت النسخة الاحتياطية: عملك في أمان داخل ذلك الملف.",

		"The raw data could not be read: %v":              "تعذّرت قراءة البيانات الخام: %v",
		"The raw data could not be downloaded: %v":        "تعذّر تنزيل البيانات الخام: %v",
		"Raw data downloaded, exactly as stored.":         "نُزّلت البيانات الخام كما خُزّنت تمامًا.",
		"Browser storage: %s of about 5 MB used (%d %%).": "تخزين المتصفح: %s مستخدمة من نحو 5 ميغابايت (%d%%).",

		" Storage is nearly full: export a backup and delete documents you no longer need.": " التخزين ممتلئ تقريبًا: صدّر نسخة احتياطية واحذف المستندات التي لم تعد تحتاج إليها.",

		"A new version is ready.": "إصدار جديد جاهز.",

		"A new version is ready, but your last change is not saved yet: free some space, then try again.": "إصدار جديد جاهز، لكن آخر تغيير لك لم يُحفظ بعد: أفرغ بعض المساحة ثم حاول مجددًا.",

		"Reload to update": "أعد التحميل للتحديث",
		"Updating…":        "جارٍ التحديث…",

		// The document's language (doclang.go).
		"not known": "غير معروفة",
		"Language:": "اللغة:",

		"The text's language decides where its sentences end": "لغة النص تحدّد أين تنتهي جمله",

		"The language could not be changed: %v": "تعذّر تغيير اللغة: %v",

		// The tag-set editor (tageditor.go, tageditor_view.go).
		"A tag set can have at most %d tags, so that every tag has a key.": "يمكن أن تضم المجموعة %d وسمًا على الأكثر، ليكون لكل وسم مفتاح.",

		"A tag set can have at most %d tags.":              "يمكن أن تضم المجموعة %d وسمًا على الأكثر.",
		"Tag %d":                                           "وسم %d",
		"Keep at least one tag.":                           "أبقِ وسمًا واحدًا على الأقل.",
		"Tag %d has no name: give it one.":                 "الوسم %d بلا اسم: امنحه اسمًا.",
		"The name of tag %d is longer than 40 characters.": "اسم الوسم %d أطول من 40 حرفًا.",
		"Two tags are called %q: names must differ.":       "يحمل وسمان الاسم «%s»: يجب أن تختلف الأسماء.",
		"Custom":                             "مخصّص",
		"Key of tag %s (a spare letter: %s)": "مفتاح الوسم %s (حرف متاح: %s)",
		"Colour of tag %s":                   "لون الوسم %s",
		"Description of tag %s":              "وصف الوسم %s",
		"Move tag %s up":                     "نقل الوسم %s إلى الأعلى",
		"Move tag %s down":                   "نقل الوسم %s إلى الأسفل",
		"Delete tag %s":                      "حذف الوسم %s",
		"Name of tag %d":                     "اسم الوسم %d",
		"Replace with a preset…":             "الاستبدال بمجموعة جاهزة…",
		"Save":                               "حفظ",
		"Delete and save":                    "حذف وحفظ",
		"Tag set":                            "مجموعة الوسوم",

		"The first nine tags take keys 1–9 in this order; move a tag to change its key. Later tags take a spare letter.": "تأخذ الوسوم التسعة الأولى المفاتيح من 1 إلى 9 بهذا الترتيب؛ انقل وسمًا لتغيير مفتاحه. وتأخذ الوسوم التالية حرفًا متاحًا.",

		"Key":             "المفتاح",
		"Name":            "الاسم",
		"Colour":          "اللون",
		"Description":     "الوصف",
		"Actions":         "الإجراءات",
		"Add a tag":       "إضافة وسم",
		"Preset tag sets": "مجموعات وسوم جاهزة",

		// Preset tag sets (app/model/presets.go): names and descriptions; the ids stay the same in every language.
		"News analysis": "تحليل الأخبار",
		"Claim":         "ادعاء",

		"A statement the author wants the reader to accept.": "عبارة يريد الكاتب أن يقبلها القارئ.",

		"Evidence": "دليل",

		"Data, facts or sources offered in support of a claim.": "بيانات أو حقائق أو مصادر تُقدَّم لدعم ادعاء.",

		"Quote": "اقتباس",
		"Words attributed to a person or organisation.": "كلام منسوب إلى شخص أو منظمة.",
		"Opinion": "رأي",
		"A judgement or feeling, not a checkable fact.": "حكم أو شعور، لا حقيقة يمكن التحقق منها.",
		"Fact": "حقيقة",

		"A statement that can be checked against a source.": "عبارة يمكن التحقق منها بالرجوع إلى مصدر.",

		"Question": "سؤال",

		"Something unclear, doubtful or worth asking about.": "أمر غامض أو مشكوك فيه أو يستحق السؤال عنه.",

		"Argument structure":                       "بنية الحجة",
		"The position being argued for.":           "الموقف الذي يُدافَع عنه.",
		"Premise":                                  "مقدّمة",
		"A reason given for the claim.":            "سبب يُقدَّم تأييدًا للادعاء.",
		"Counter-argument":                         "حجة مضادة",
		"A reason against the claim.":              "سبب يعارض الادعاء.",
		"Rebuttal":                                 "تفنيد",
		"An answer to a counter-argument.":         "ردّ على حجة مضادة.",
		"Source evaluation":                        "تقييم المصادر",
		"Named source":                             "مصدر مُسمّى",
		"A person or document identified by name.": "شخص أو وثيقة معرَّفان بالاسم.",
		"Anonymous source":                         "مصدر مجهول",
		"A source that is not identified.":         "مصدر غير معرَّف.",
		"Data":                                     "بيانات",
		"Numbers, statistics or measurements.":     "أرقام أو إحصاءات أو قياسات.",
		"Unsupported":                              "بلا سند",
		"A statement with no source at all.":       "عبارة بلا أي مصدر.",
		"To verify":                                "للتحقق",
		"Worth checking elsewhere.":                "يستحق التحقق منه في مصدر آخر.",
		"Rhetorical devices":                       "الأساليب البلاغية",
		"Ethos":                                    "الإيتوس",
		"Appeal to credibility or authority.":      "الاحتكام إلى المصداقية أو السلطة.",
		"Pathos":                                   "الباثوس",
		"Appeal to emotion.":                       "الاحتكام إلى العاطفة.",
		"Logos":                                    "اللوغوس",
		"Appeal to logic or evidence.":             "الاحتكام إلى المنطق أو الأدلة.",
		"Loaded language":                          "لغة مشحونة",
		"Words chosen for their emotional charge.": "كلمات مختارة لشحنتها العاطفية.",
		"Hedge": "تحوّط",
		"Softening or qualifying words (may, reportedly).": "كلمات تليّن القول أو تقيّده (ربما، بحسب ما يُقال).",
		"Generalisation":                "تعميم",
		"A broad claim from few cases.": "ادعاء واسع مبني على حالات قليلة.",

		// Progress and the annotation list (stats.go, summary.go).
		"Sentences per tag": "الجمل لكل وسم",
		"Progress":          "التقدّم",
		"Sentence %d":       "الجملة %d",
		"Note: %s":          "ملاحظة: %s",
		"All tags":          "كل الوسوم",

		"Showing %d of %d: narrow the filter to see the rest": "يُعرض %d من %d: ضيّق التصفية لرؤية البقية",

		"Annotations":                "التعليقات",
		"Filter annotations by text": "تصفية التعليقات حسب النص",
		"Filter by text (/)":         "التصفية حسب النص (/)",
		"Filter annotations by tag":  "تصفية التعليقات حسب الوسم",
		"highlight %s":               "تظليل %s",
		"Orphaned (%d)":              "يتيمة (%d)",

		"These annotations belong to sentences that are no longer in the text. They are kept, with their text, tags and notes.": "تعود هذه التعليقات إلى جمل لم تعد في النص. وهي محفوظة بنصها ووسومها وملاحظاتها.",

		// The library (library.go).
		"The library could not be read: %v": "تعذّرت قراءة المكتبة: %v",
		"Back to reading":                   "العودة إلى القراءة",
		"Back up everything":                "نسخ كل شيء احتياطيًا",
		"Clear my data on this device":      "مسح بياناتي على هذا الجهاز",

		"Every document on this device. Open a file, drop one on the reading view or paste a text there to add more; they stay in this browser only.": "كل المستندات على هذا الجهاز. افتح ملفًا، أو أسقطه على واجهة القراءة، أو الصق نصًّا فيها لإضافة المزيد؛ تبقى في هذا المتصفح فقط.",

		"Title":                          "العنوان",
		"Sentences":                      "الجمل",
		"Annotated":                      "المُعلَّمة",
		"Last opened":                    "آخر فتح",
		"New title":                      "العنوان الجديد",
		"Cannot be read: %s":             "تتعذّر قراءته: %s",
		"Duplicate %s":                   "تكرار %s",
		"Duplicate":                      "تكرار",
		"Rename %s":                      "إعادة تسمية %s",
		"Rename":                         "إعادة تسمية",
		"Delete it and its annotations?": "أتحذفه مع تعليقاته؟",
		"Delete":                         "حذف",
		"Keep":                           "إبقاء",
		"Delete %s":                      "حذف %s",
		"Shipped with the app":           "مرفق بالتطبيق",
		"A title cannot be empty: the old one is kept.": "لا يمكن أن يكون العنوان فارغًا: أُبقي العنوان القديم.",

		"That document could not be read, so it was not renamed.": "تعذّرت قراءة هذا المستند، فلم تُغيَّر تسميته.",

		"Renamed to “%s”.":                     "أُعيدت التسمية إلى «%s».",
		"That document was not duplicated: %v": "لم يُكرَّر هذا المستند: %v",
		"Made “%s”.":                           "أُنشئ «%s».",
		"Could not delete: %v":                 "تعذّر الحذف: %v",
		"Deleted “%s”.":                        "حُذف «%s».",
		"Could not restore: %v":                "تعذّرت الاستعادة: %v",
		"Restored “%s”.":                       "استُعيد «%s».",
		"The backup failed: %v":                "فشل النسخ الاحتياطي: %v",
		"Clear my data":                        "مسح بياناتي",

		"This deletes every document, annotation and setting of this app in this browser — for a shared computer. It cannot be undone: download a backup first if you may want your work again.": "يحذف هذا كل مستندات هذا التطبيق وتعليقاته وإعداداته في هذا المتصفح — لحاسوب مشترك. لا يمكن التراجع عنه: نزّل نسخة احتياطية أولًا إن كنت قد تحتاج إلى عملك لاحقًا.",

		"Download a backup first":            "تنزيل نسخة احتياطية أولًا",
		"Delete everything":                  "حذف كل شيء",
		"Could not list the stored data: %v": "تعذّر سرد البيانات المخزّنة: %v",
		"Could not delete everything: %v":    "تعذّر حذف كل شيء: %v",

		// The class view (classpage*.go).
		"Some exercises made on this device could not be read and are left as they are: %s": "تعذّرت قراءة بعض التمارين المُنشأة على هذا الجهاز، وتُركت كما هي: %s",

		"The class view could not be computed: %v":  "تعذّر حساب عرض الصف: %v",
		"%s: larger than 64 MB":                     "%s: أكبر من 64 ميغابايت",
		"%s is not an exercise: %v":                 "%s ليس تمرينًا: %v",
		"%s is not an answer key: %v":               "%s ليس مفتاح إجابة: %v",
		"%s is the key of another exercise (“%s”).": "%s مفتاح تمرين آخر («%s»).",

		"%s is version %d of the key; version %d is already loaded, so it was not taken.": "%s هو الإصدار %d من المفتاح؛ والإصدار %d محمَّل بالفعل، فلم يُؤخذ.",

		"Answer key version %d loaded.":                "حُمّل مفتاح الإجابة، الإصدار %d.",
		"Some files could not be read: %s":             "تعذّرت قراءة بعض الملفات: %s",
		"The grade table could not be made: %v":        "تعذّر إنشاء جدول الدرجات: %v",
		"Grade table downloaded.":                      "نُزّل جدول الدرجات.",
		"Key corrected for sentence %d.":               "صُحّح المفتاح للجملة %d.",
		"Accepted %s for sentence %d as also correct.": "قُبل %s للجملة %d بوصفه صحيحًا أيضًا.",
		"The key was not changed: %v":                  "لم يتغيّر المفتاح: %v",

		"%s It could not be kept in this browser (%v): download the corrected key.": "%s تعذّر الاحتفاظ به في هذا المتصفح (%v): نزّل المفتاح المصحَّح.",

		"The key could not be downloaded: %v": "تعذّر تنزيل المفتاح: %v",
		"Key:":                                "المفتاح:",
		"%s in the key of sentence %d":        "%s في مفتاح الجملة %d",
		"no tag":                              "بلا وسم",
		"Student %d":                          "الطالب %d",
		"✗ differs from the key":              "✗ يخالف المفتاح",
		"✓ matches the key":                   "✓ يطابق المفتاح",
		"not graded":                          "غير مُقيَّمة",
		"Student: %s":                         "الطالب: %s",
		"Key: %s":                             "المفتاح: %s",
		"missed: %s":                          "فائتة: %s",
		"extra: %s":                           "زائدة: %s",
		"highlight %s “%s”":                   "تظليل %s «%s»",
		"Accept this answer as also correct":  "قبول هذه الإجابة بوصفها صحيحة أيضًا",
		"Work of %s":                          "عمل %s",
		"Print this feedback sheet":           "طباعة ورقة الملاحظات هذه",
		"Key tag × %s's tag":                  "وسم المفتاح × وسم %s",
		"%s: ":                                "%s: ",
		"No student wrote a note.":            "لم يكتب أي طالب ملاحظة.",
		"Students' notes":                     "ملاحظات الطلاب",
		"Key tag":                             "وسم المفتاح",

		"%s (rows: the key; columns: the student; over the graded sentences)": "%s (الصفوف: المفتاح؛ الأعمدة: الطالب؛ على الجمل المُقيَّمة)",

		"Choose an exercise…": "اختر تمرينًا…",

		"Make an exercise from the reading view (Classroom → Make an exercise). Then import the files your students handed in — several at once, or the .zip your LMS gives you. Nothing of theirs is stored: the view lives in this tab.": "أنشئ تمرينًا من واجهة القراءة (الصف ← إنشاء تمرين). ثم استورد الملفات التي سلّمها طلابك — عدة ملفات معًا، أو ملف \u200e.zip\u200e الذي تعطيك إياه منصة التعلّم. لا يُخزَّن شيء من بياناتهم: يعيش العرض في هذا التبويب فقط.",

		"Exercise":                        "التمرين",
		"Open an exercise file…":          "فتح ملف تمرين…",
		"No answer key: grades need one.": "لا مفتاح إجابة: التقييم يحتاج إليه.",

		"Answer key version %d loaded; correct it sentence by sentence below.": "حُمّل مفتاح الإجابة، الإصدار %d؛ صحّحه جملةً جملةً أدناه.",

		"Import submissions…":                       "استيراد التسليمات…",
		"Open an answer key…":                       "فتح مفتاح إجابة…",
		"Confusion between tags":                    "الالتباس بين الوسوم",
		"Key tag × students' tags, the whole class": "وسم المفتاح × وسوم الطلاب، الصف كله",
		"Student":                        "الطالب",
		"Agreement":                      "الاتفاق",
		"Percent agreement":              "نسبة الاتفاق",
		"Fleiss' kappa":                  "كابا فلايس",
		"Krippendorff's alpha (nominal)": "ألفا كريبندورف (اسمي)",

		"Krippendorff's alpha (MASI, partial credit for overlapping tag sets)": "ألفا كريبندورف (MASI، رصيد جزئي لمجموعات الوسوم المتداخلة)",

		"Cohen's kappa for each pair of students":  "كابا كوهين لكل زوج من الطلاب",
		" Anonymise (Student 1…n), for projecting": " إخفاء الأسماء (الطالب 1…n)، للعرض على الشاشة",
		"Print the class report":                   "طباعة تقرير الصف",
		"Download the key (version %s)":            "تنزيل المفتاح (الإصدار %s)",
		"Submitted":                                "التسليم",
		"Graded sentences annotated":               "الجمل المُقيَّمة المُعلَّمة",
		"Accuracy":                                 "الدقة",
		"Macro-F1":                                 "F1 الكلي",
		"%s F1":                                    "F1 %s",
		"%s highlight F1":                          "F1 تظليل %s",
		" (late)":                                  " (متأخر)",
		" (after opening the key)":                 " (بعد فتح المفتاح)",
		"%d / %d (%.0f %%)":                        "%d / %d (%.0f%%)",
		"Open the work of %s":                      "فتح عمل %s",
		"Students (%d)":                            "الطلاب (%d)",
		"Download the grade table (CSV)":           "تنزيل جدول الدرجات (CSV)",
		"no tag %d":                                "بلا وسم %d",
		"Agreement %s":                             "الاتفاق %s",
		"Not graded · %s":                          "غير مُقيَّمة · %s",
		"Sentence by sentence":                     "جملةً جملةً",

		"The stronger the colour, the more the students disagree on that sentence.": "كلما اشتد اللون، زاد اختلاف الطلاب على تلك الجملة.",

		// The grade table's columns (app/classroom GradeColumns; %s is a tag id).
		"student":      "الطالب",
		"submitted":    "وقت التسليم",
		"late":         "متأخر",
		"saw_key":      "اطّلع على المفتاح",
		"key_version":  "إصدار المفتاح",
		"graded":       "الجمل المُقيَّمة",
		"annotated":    "المُعلَّمة",
		"total":        "المجموع",
		"completeness": "الاكتمال",
		"accuracy":     "الدقة",
		"macro_f1":     "F1 الكلي",
		"%s_f1":        "F1 %s",
		"hl_%s_f1":     "F1 تظليل %s",

		// A student opens an exercise (exercisepage.go, exercise_student.go).

		"Your work was removed from this device. The next student can start: type a name.": "أُزيل عملك من هذا الجهاز. يمكن للطالب التالي أن يبدأ: اكتب اسمًا.",

		"Open the exercise file your teacher gave you. Everything stays in this browser until you submit.": "افتح ملف التمرين الذي أعطاك إياه معلّمك. يبقى كل شيء في هذا المتصفح حتى تسلّم عملك.",

		"Your name or a pseudonym (it goes into the file you hand in)": "اسمك أو اسم مستعار (يُكتب في الملف الذي تسلّمه)",

		"On a shared computer: each name keeps its own work in this browser, and anyone using it can open a name's work by typing it. Remove your work from this device once you have handed it in.": "على حاسوب مشترك: يحتفظ كل اسم بعمله الخاص في هذا المتصفح، ويمكن لأي مستخدم له أن يفتح عمل اسم ما بكتابته. أزل عملك من هذا الجهاز بعد تسليمه.",

		"%s is not an exercise this app can open: %v": "%s ليس تمرينًا يستطيع هذا التطبيق فتحه: %v",

		"A name with no work on this device starts with no tags and no notes.": "يبدأ الاسم الذي لا عمل له على هذا الجهاز بلا وسوم ولا ملاحظات.",

		"Continue my work": "متابعة عملي",
		"Start":            "ابدأ",

		"Enter your name or a pseudonym first: your teacher needs it to tell the files apart.": "أدخل اسمك أو اسمًا مستعارًا أولًا: يحتاج إليه معلّمك للتمييز بين الملفات.",

		"The exercise could not be started in this browser: %v": "تعذّر بدء التمرين في هذا المتصفح: %v",

		"You are %s.":                     "أنت %s.",
		" Due %s.":                        " موعد التسليم: %s.",
		"Overdue: hand it in now.":        "تأخّر الموعد: سلّمه الآن.",
		"Exercise: %s":                    "التمرين: %s",
		"Instructions":                    "التعليمات",
		"Submit my work":                  "تسليم عملي",
		"Open the released answer key…":   "فتح مفتاح الإجابة المنشور…",
		"Remove my work from this device": "إزالة عملي من هذا الجهاز",

		"Your work stays in this browser until you remove it: anyone using this browser can open it by typing your name on the exercise page. Your teacher sees only the file you hand in.": "يبقى عملك في هذا المتصفح حتى تزيله: يمكن لأي مستخدم لهذا المتصفح فتحه بكتابة اسمك في صفحة التمرين. ولا يرى معلّمك إلا الملف الذي تسلّمه.",

		"This browser could not note it (%v); your work itself is saved.": "تعذّر على هذا المتصفح تسجيل ذلك (%v)؛ أما عملك نفسه فمحفوظ.",

		"Your work could not be removed: %v":               "تعذّرت إزالة عملك: %v",
		"Your work on “%s” was removed from this device.":  "أُزيل عملك على «%s» من هذا الجهاز.",
		"Your work could not be packed for submission: %v": "تعذّر تجهيز عملك للتسليم: %v",
		"The submission could not be handed over: %v":      "تعذّر تسليم الملف: %v",

		"Submission downloaded: hand in %s through your class's usual channel.": "نُزّل ملف التسليم: سلّم %s عبر القناة المعتادة لصفّك.",

		"Submission %s passed to the share sheet: send it through your class's usual channel.": "مُرّر ملف التسليم %s إلى قائمة المشاركة: أرسله عبر القناة المعتادة لصفّك.",

		"%s gave no feedback: %v":                     "لم يقدّم %s أي ملاحظات: %v",
		"it is the key of “%s”, not of this exercise": "إنه مفتاح «%s»، لا مفتاح هذا التمرين",
		"both: %s":           "مشترك: %s",
		"not in the key: %s": "ليست في المفتاح: %s",
		"teacher: %s":        "المعلّم: %s",
		"Feedback":           "الملاحظات",

		// A teacher makes an exercise (exercise_teacher.go).
		"Students get the text, the tag set and your instructions; your own annotations of this document become the answer key, a separate file you keep (or release later as feedback).": "يحصل الطلاب على النص ومجموعة الوسوم وتعليماتك؛ وتصبح تعليقاتك أنت على هذا المستند مفتاح الإجابة، وهو ملف منفصل تحتفظ به (أو تنشره لاحقًا ملاحظاتٍ).",

		"Instructions for the students":       "تعليمات للطلاب",
		"Due date (optional)":                 "موعد التسليم (اختياري)",
		" Students may add tags of their own": " يمكن للطلاب إضافة وسوم خاصة بهم",

		"Graded sentences (numbers as in the reader, e.g. 2-10, 14; empty for all)": "الجمل المُقيَّمة (أرقام كما في القراءة، مثل 2-10، 14؛ اتركه فارغًا للكل)",

		" Update “%s”, made earlier from this text (same exercise: work already handed in stays valid; the answer key gets a new version)": " تحديث «%s» الذي أُنشئ سابقًا من هذا النص (التمرين نفسه: يبقى العمل المسلَّم صالحًا؛ ويحصل مفتاح الإجابة على إصدار جديد)",

		"Create the exercise":        "إنشاء التمرين",
		"Hand it out":                "توزيعه",
		"Download the exercise file": "تنزيل ملف التمرين",
		"Download the answer key":    "تنزيل مفتاح الإجابة",
		"Open the class view":        "فتح عرض الصف",

		"Or share this link (the exercise travels in the part after #, which is never sent to a server):": "أو شارك هذا الرابط (ينتقل التمرين في الجزء الذي يلي #، وهو لا يُرسَل إلى أي خادم أبدًا):",

		"The exercise is too large for a link: hand out the file.": "التمرين أكبر من أن يُرسل برابط: وزّع الملف.",

		"Make an exercise from this document":  "إنشاء تمرين من هذا المستند",
		"The graded sentences: %v":             "الجمل المُقيَّمة: %v",
		"The exercise could not be made: %v":   "تعذّر إنشاء التمرين: %v",
		"The answer key could not be made: %v": "تعذّر إنشاء مفتاح الإجابة: %v",

		"Made, but not kept in this browser (%v): download the files now.": "أُنشئ، لكن لم يُحفظ في هذا المتصفح (%v): نزّل الملفات الآن.",

		"Exercise “%s” created.": "أُنشئ التمرين «%s».",
		"Exercise “%s” updated.": "حُدّث التمرين «%s».",

		"The link is too long for a QR code; share the link or the file.": "الرابط أطول من أن يُحوَّل إلى رمز QR؛ شارك الرابط أو الملف.",

		"QR code of the exercise link": "رمز QR لرابط التمرين",
	},
	plurals: map[string]Forms{
		", %d highlights": {
			Zero:  "، بلا تظليل",
			One:   "، تظليل واحد",
			Two:   "، تظليلان",
			Few:   "، %d تظليلات",
			Many:  "، %d تظليلًا",
			Other: "، %d تظليل",
		},
		"Tag set saved; tags removed from %d sentences. Press u to undo.": all("حُفظت مجموعة الوسوم؛ الجمل التي أُزيلت منها وسوم: %d. اضغط u للتراجع."),
		"%d changes since your last export: keep a copy with Export → Backup.": {
			Zero:  "لا تغييرات منذ آخر تصدير.",
			One:   "تغيير واحد منذ آخر تصدير لك: احتفظ بنسخة عبر التصدير ← نسخة احتياطية.",
			Two:   "تغييران منذ آخر تصدير لك: احتفظ بنسخة عبر التصدير ← نسخة احتياطية.",
			Few:   "%d تغييرات منذ آخر تصدير لك: احتفظ بنسخة عبر التصدير ← نسخة احتياطية.",
			Many:  "%d تغييرًا منذ آخر تصدير لك: احتفظ بنسخة عبر التصدير ← نسخة احتياطية.",
			Other: "%d تغيير منذ آخر تصدير لك: احتفظ بنسخة عبر التصدير ← نسخة احتياطية.",
		},
		"Updated from another tab: %d sentences.": {
			Zero:  "حُدّث من تبويب آخر: لا جمل.",
			One:   "حُدّث من تبويب آخر: جملة واحدة.",
			Two:   "حُدّث من تبويب آخر: جملتان.",
			Few:   "حُدّث من تبويب آخر: %d جمل.",
			Many:  "حُدّث من تبويب آخر: %d جملةً.",
			Other: "حُدّث من تبويب آخر: %d جملة.",
		},
		"%d saved annotations no longer match a sentence; they are kept.": {
			Zero:  "لا تعليقات محفوظة خارج الجمل.",
			One:   "تعليق محفوظ واحد لم يعد يطابق أي جملة؛ وهو محفوظ.",
			Two:   "تعليقان محفوظان لم يعودا يطابقان أي جملة؛ وهما محفوظان.",
			Few:   "%d تعليقات محفوظة لم تعد تطابق أي جملة؛ وهي محفوظة.",
			Many:  "%d تعليقًا محفوظًا لم يعد يطابق أي جملة؛ وهي محفوظة.",
			Other: "%d تعليق محفوظ لم يعد يطابق أي جملة؛ وهي محفوظة.",
		},
		"Opened “%[2]s”: %[1]d sentences.": {
			Zero:  "فُتح «%[2]s»: لا جمل.",
			One:   "فُتح «%[2]s»: جملة واحدة.",
			Two:   "فُتح «%[2]s»: جملتان.",
			Few:   "فُتح «%[2]s»: %[1]d جمل.",
			Many:  "فُتح «%[2]s»: %[1]d جملةً.",
			Other: "فُتح «%[2]s»: %[1]d جملة.",
		},
		"Saved %[2]s: %[1]d documents, %[3]s.": {
			Zero:  "حُفظ %[2]s: لا مستندات، %[3]s.",
			One:   "حُفظ %[2]s: مستند واحد، %[3]s.",
			Two:   "حُفظ %[2]s: مستندان، %[3]s.",
			Few:   "حُفظ %[2]s: %[1]d مستندات، %[3]s.",
			Many:  "حُفظ %[2]s: %[1]d مستندًا، %[3]s.",
			Other: "حُفظ %[2]s: %[1]d مستند، %[3]s.",
		},
		"Deleted all data of this app on this device (%d stored items).": {
			Zero:  "حُذفت كل بيانات هذا التطبيق على هذا الجهاز (لا عناصر مخزّنة).",
			One:   "حُذفت كل بيانات هذا التطبيق على هذا الجهاز (عنصر مخزّن واحد).",
			Two:   "حُذفت كل بيانات هذا التطبيق على هذا الجهاز (عنصران مخزّنان).",
			Few:   "حُذفت كل بيانات هذا التطبيق على هذا الجهاز (%d عناصر مخزّنة).",
			Many:  "حُذفت كل بيانات هذا التطبيق على هذا الجهاز (%d عنصرًا مخزّنًا).",
			Other: "حُذفت كل بيانات هذا التطبيق على هذا الجهاز (%d عنصر مخزّن).",
		},
		"Add “%[2]s” to the library, with %[1]d annotated sentences.": {
			Zero:  "إضافة «%[2]s» إلى المكتبة، بلا جمل مُعلَّمة.",
			One:   "إضافة «%[2]s» إلى المكتبة، مع جملة واحدة مُعلَّمة.",
			Two:   "إضافة «%[2]s» إلى المكتبة، مع جملتين مُعلَّمتين.",
			Few:   "إضافة «%[2]s» إلى المكتبة، مع %[1]d جمل مُعلَّمة.",
			Many:  "إضافة «%[2]s» إلى المكتبة، مع %[1]d جملةً مُعلَّمةً.",
			Other: "إضافة «%[2]s» إلى المكتبة، مع %[1]d جملة مُعلَّمة.",
		},
		"…and %d more that cannot be placed.": all("…و%d أخرى يتعذّر وضعها."),
		"%d added":                            all("مُضاف: %d"),
		"%d updated":                          all("مُحدَّث: %d"),
		"%d conflicts (both kept)":            all("تعارضات: %d (احتُفظ بالطرفين)"),
		"%d unchanged":                        all("بلا تغيير: %d"),
		"%d not placed":                       all("غير موضوع: %d"),
		"%d unknown tags":                     all("وسوم غير معروفة: %d"),
		"%d bytes": {
			Zero:  "0 بايت",
			One:   "بايت واحد",
			Two:   "بايتان",
			Few:   "%d بايتات",
			Many:  "%d بايتًا",
			Other: "%d بايت",
		},
		"Read %d files.": {
			Zero:  "لم يُقرأ أي ملف.",
			One:   "قُرئ ملف واحد.",
			Two:   "قُرئ ملفان.",
			Few:   "قُرئت %d ملفات.",
			Many:  "قُرئ %d ملفًا.",
			Other: "قُرئ %d ملف.",
		},
		"%d files were not taken:": all("ملفات لم تُؤخذ: %d"),
		"Accuracy %[3]s · macro-F1 %[4]s · %[1]d of %[2]d graded sentences annotated.": all("الدقة %[3]s · F1 الكلي %[4]s · الجمل المُقيَّمة المُعلَّمة: %[1]d من %[2]d."),
		"%d of %d sentences are graded.":                                               all("الجمل المُقيَّمة: %d من %d."),
		" · key: %[2]s (%[1]d right)":                                                  all(" · المفتاح: %[2]s (إجابات صحيحة: %[1]d)"),
		"%d of %d sentences annotated":                                                 all("الجمل المُعلَّمة: %d من %d"),
		"%d of %d graded sentences annotated":                                          all("الجمل المُقيَّمة المُعلَّمة: %d من %d"),
		"%d annotated sentences": {
			Zero:  "لا جمل مُعلَّمة",
			One:   "جملة واحدة مُعلَّمة",
			Two:   "جملتان مُعلَّمتان",
			Few:   "%d جمل مُعلَّمة",
			Many:  "%d جملةً مُعلَّمةً",
			Other: "%d جملة مُعلَّمة",
		},
		"%s are in use. Saving removes them from every sentence; you can undo it with u.": {
			Zero:  "%s قيد الاستخدام. يزيلها الحفظ من كل الجمل؛ ويمكنك التراجع بالضغط على u.",
			One:   "%s قيد الاستخدام. يزيله الحفظ من كل الجمل؛ ويمكنك التراجع بالضغط على u.",
			Two:   "%s قيد الاستخدام. يزيلهما الحفظ من كل الجمل؛ ويمكنك التراجع بالضغط على u.",
			Few:   "%s قيد الاستخدام. يزيلها الحفظ من كل الجمل؛ ويمكنك التراجع بالضغط على u.",
			Many:  "%s قيد الاستخدام. يزيلها الحفظ من كل الجمل؛ ويمكنك التراجع بالضغط على u.",
			Other: "%s قيد الاستخدام. يزيلها الحفظ من كل الجمل؛ ويمكنك التراجع بالضغط على u.",
		},
		"Feedback: %d of %d sentences match the key.": all("الملاحظات: الجمل المطابقة للمفتاح %d من %d."),
		"Brought over %d annotated sentences from “%s” (%d re-attached to edited sentences); %d could not be placed and are listed as orphaned.": all("نُقلت جمل مُعلَّمة من «%[2]s»: %[1]d (منها %[3]d أُعيد ربطها بجمل معدَّلة)؛ وتعذّر وضع %[4]d فأُدرجت يتيمةً."),
		"This looks like an edited version of “%[2]s”, which has %[1]d annotated sentences. Bring its annotations over? Sentences that changed are matched by their words; what cannot be placed is listed as orphaned, never dropped.": {
			Zero:  "يبدو هذا نسخة معدَّلة من «%[2]s»، التي لا جمل مُعلَّمة فيها. أتنقل تعليقاتها؟ تُطابَق الجمل المتغيّرة بكلماتها؛ وما يتعذّر وضعه يُدرج يتيمًا ولا يُحذف أبدًا.",
			One:   "يبدو هذا نسخة معدَّلة من «%[2]s»، وفيها جملة واحدة مُعلَّمة. أتنقل تعليقاتها؟ تُطابَق الجمل المتغيّرة بكلماتها؛ وما يتعذّر وضعه يُدرج يتيمًا ولا يُحذف أبدًا.",
			Two:   "يبدو هذا نسخة معدَّلة من «%[2]s»، وفيها جملتان مُعلَّمتان. أتنقل تعليقاتها؟ تُطابَق الجمل المتغيّرة بكلماتها؛ وما يتعذّر وضعه يُدرج يتيمًا ولا يُحذف أبدًا.",
			Few:   "يبدو هذا نسخة معدَّلة من «%[2]s»، وفيها %[1]d جمل مُعلَّمة. أتنقل تعليقاتها؟ تُطابَق الجمل المتغيّرة بكلماتها؛ وما يتعذّر وضعه يُدرج يتيمًا ولا يُحذف أبدًا.",
			Many:  "يبدو هذا نسخة معدَّلة من «%[2]s»، وفيها %[1]d جملةً مُعلَّمةً. أتنقل تعليقاتها؟ تُطابَق الجمل المتغيّرة بكلماتها؛ وما يتعذّر وضعه يُدرج يتيمًا ولا يُحذف أبدًا.",
			Other: "يبدو هذا نسخة معدَّلة من «%[2]s»، وفيها %[1]d جملة مُعلَّمة. أتنقل تعليقاتها؟ تُطابَق الجمل المتغيّرة بكلماتها؛ وما يتعذّر وضعه يُدرج يتيمًا ولا يُحذف أبدًا.",
		},
		"%[2]s has work on this device (%[1]d annotated sentences, started %[3]s): Start continues it.": {
			Zero:  "لـ%[2]s عمل على هذا الجهاز (بلا جمل مُعلَّمة، بدأ في %[3]s): زر «ابدأ» يتابعه.",
			One:   "لـ%[2]s عمل على هذا الجهاز (جملة واحدة مُعلَّمة، بدأ في %[3]s): زر «ابدأ» يتابعه.",
			Two:   "لـ%[2]s عمل على هذا الجهاز (جملتان مُعلَّمتان، بدأ في %[3]s): زر «ابدأ» يتابعه.",
			Few:   "لـ%[2]s عمل على هذا الجهاز (%[1]d جمل مُعلَّمة، بدأ في %[3]s): زر «ابدأ» يتابعه.",
			Many:  "لـ%[2]s عمل على هذا الجهاز (%[1]d جملةً مُعلَّمةً، بدأ في %[3]s): زر «ابدأ» يتابعه.",
			Other: "لـ%[2]s عمل على هذا الجهاز (%[1]d جملة مُعلَّمة، بدأ في %[3]s): زر «ابدأ» يتابعه.",
		},
		"All %d sentences are graded.": {
			Zero:  "لا جمل للتقييم.",
			One:   "الجملة الوحيدة مُقيَّمة.",
			Two:   "الجملتان كلتاهما مُقيَّمتان.",
			Few:   "الجمل الـ%d كلها مُقيَّمة.",
			Many:  "الجمل الـ%d كلها مُقيَّمة.",
			Other: "الجمل الـ%d كلها مُقيَّمة.",
		},
		"%d of %d sentences are graded: headings are left out by default. Students see the others dimmed; grades, completeness and agreement count only graded sentences.": all("الجمل المُقيَّمة: %d من %d؛ العناوين مستثناة افتراضيًا. يرى الطلاب الجمل الأخرى باهتة؛ ولا تُحتسب في الدرجات والاكتمال والاتفاق إلا الجمل المُقيَّمة."),
	},
}

// Package classroom hands out annotation exercises and collects the work,
// with no server: a teacher makes an Exercise (a text, a tag set,
// instructions, an optional due date) and, in a separate file, an answer
// Key; students open the exercise (a file or a link), annotate and save a
// Submission; the teacher imports the submissions (files or the .zip a
// learning management system gives) into a ClassView of agreement
// statistics and scores against the key, and a grade table as CSV. The
// released key gives each student Feedback sentence by sentence. It is
// pure Go (no go-app): the browser and the command line share it.
//
// An exercise grades its Scope, ranges of sentences (DefaultScope leaves
// out the headings; ParseScope and FormatScope read and write "1-5, 8");
// the other sentences are shown but count for nothing. Revise edits an
// exercise and keeps its id. A key can be fixed after the fact: SetTags
// corrects a sentence, Accept adds an alternative answer, Bump or NextKey
// make the next version; any version of the key grades work done on any
// version of the exercise (the same id and text).
//
// # Files
//
// All three are JSON objects with "format", "schema" (1) and a
// "checksum": "sha256:" + the hex SHA-256 of the object without its
// "checksum" member in canonical JSON (object keys sorted, no white space,
// numbers as written, strings as encoding/json writes them without HTML
// escaping). Dates are RFC 3339; offsets are code points over the text,
// highlight offsets bytes of the sentence, as in backups (package
// formats).
//
//	exercise   {"format": "annotator-exercise", "schema": 1,
//	            "id": 32 hex digits (random), "title", "instructions" (plain text),
//	            "tagSet": {"name", "tags": [{"id", "name", "color", "description"?, "key"?}]},
//	            "allowNewTags": bool, "due"?: date,
//	            "scope"?: [{"from", "to"}] (graded sentences [from, to), 0-based; absent: all),
//	            "textHash": hex SHA-256 of text, "text", "checksum"}
//	key        {"format": "annotator-key", "schema": 1,
//	            "exercise": the whole exercise object (with its own checksum),
//	            "newTags": [tag], "marks": [mark], "version"?: n (absent: 1),
//	            "alternatives"?: [{"sentence", "quote": the sentence text, "tags": [tag id]}],
//	            "checksum"}
//	submission {"format": "annotator-submission", "schema": 1,
//	            "exercise": exercise id, "textHash", "student": name or pseudonym,
//	            "started": date, "submitted": date, "keyOpened"?: date,
//	            "newTags": [tag], "marks": [mark], "checksum"}
//	mark       {"i": sentence index, "start", "end": code points,
//	            "quote": the sentence text, "prefix", "suffix": up to 32 code points around it,
//	            "tags"?: [tag id], "note"?, "highlights"?: [{"start", "end", "tag"}]}
//
// Marks are the store's StoredMark: they are anchored by their quote, so
// a text split differently by another version of the app still gets
// them; so are alternatives. The members marked "?" are left out when
// empty, so files written before they existed keep their checksums. newTags are the tags used beyond the exercise's closed tag set;
// they must be empty unless the exercise allows new tags. The key holds
// the exercise, so grading needs only the key and the submissions; the
// exercise file holds no answers, so the key can stay with the teacher
// until it is released.
//
// The decoders (DecodeExercise, DecodeKey, DecodeSubmission, DecodeLink)
// refuse anything doubtful with a *formats.Error naming the problem and its
// JSON path: size caps, invalid JSON, duplicate keys and keys that differ
// only in case, unknown keys, another format, a missing or newer schema
// (wrapping store.ErrNewerSchema), a checksum that does not match, a
// submission for another exercise or made on another text, quotes that are
// not the text, and tags outside a closed tag set. They never panic.
//
// # Links
//
// EncodeLink puts an exercise of at most MaxLinkBytes compressed (raw
// DEFLATE, base64url) into a URL fragment, "#exercise=…", which browsers
// never send to the server.
//
// # QR codes
//
// QR draws a QR code (byte mode, level L or M, versions 1–10) as a matrix
// of modules. Version 10 holds at most 271 bytes at level L, so only the
// link of a very short exercise fits; a longer one is handed out as the
// link itself or as a file.
//
// # Statistics
//
// Each graded sentence is an item, each student a rater, and a student's
// label for a sentence is the SET of tag ids given to the whole sentence.
// Notes are not scored (the teacher reads them all, per sentence). A
// sentence a student left
// untagged counts as the empty set (handing in means having read every
// sentence), so every sentence has every student's judgement. The
// figures come from package agreement: percent agreement, Fleiss' kappa,
// nominal Krippendorff's alpha (each distinct set is one category, so
// {claim, evidence} and {claim} simply differ), Krippendorff's alpha with
// the MASI distance (partial credit for overlapping sets: distance
// 1 - J·M, J the Jaccard similarity, M 1 for equal sets, 0.67 for a
// subset, 0.33 for other overlap, 0 for disjoint sets) and Cohen's kappa
// for every pair of students. A statistic that is undefined for the data
// (one student, every answer the same) is a Figure that is not OK, with
// the reason.
//
// Against a key, each graded sentence's tag set is compared with the
// key's: accuracy is the share of sentences with exactly the key's set or
// an accepted alternative (no tag in both counts as a match); each tag is
// scored as a yes/no decision per sentence (precision, recall, F1),
// against the alternative where the student gave one, and macro-F1 is the
// mean F1 over the tags the key or the student used, an undefined
// precision or recall counting as 0. A Confusion table pairs the key's
// tags with the student's. Highlights are scored word by word, per tag: a
// word (a run of non-space characters) counts as highlighted with a tag
// when a highlight of that tag overlaps it.
//
// # Grade table
//
// GradeCSV writes student,submitted,late,saw_key,key_version,graded,
// annotated,total,completeness,accuracy,macro_f1, one <tag id>_f1 column
// per tag and one hl_<tag id>_f1 (highlights) per tag; numbers with three
// decimals, empty where undefined.
package classroom

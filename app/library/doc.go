// Package library is the one implementation of what the app does with the
// documents of this device, below the user interface: opening a shipped
// or stored document with its annotations and undo history, adding,
// duplicating and backing up documents, planning and applying imports,
// carrying annotations over to an edited version of a text, and the small
// records the app keeps besides documents (preferences, exercises a
// teacher made, a student's exercise work).
//
// It is pure Go over store.KV (no browser, no go-app), so that every rule
// runs in native tests against store.MapKV. The rules it keeps are the
// store's: data that cannot be read is reported and left as it is, never
// overwritten; a full quota is an error, never a silent loss.
package library

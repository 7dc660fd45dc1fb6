package ui

import (
	"encoding/json"
	"strconv"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"annotator/app/store"
)

// The write-ahead journal: every change also goes to IndexedDB, in a
// transaction with durability "strict" that the browser commits to disk
// before it completes, because Chromium writes localStorage to disk only
// a minute or more after a write (a killed browser lost up to 90 s of
// work). localStorage stays the store of record; the journal is read back
// at the next start (see pending.go) and its entries leave it once the
// store has held them for store.JournalKeep.

// journalDB and journalStore name the IndexedDB database and its object
// store, whose keys are store.JournalEntry.Key and values the entries'
// JSON.
const (
	journalDB    = "annotator/journal"
	journalStore = "entries"
)

// idbJournal is the journal in IndexedDB; it implements store.Journal.
// Writes issued before the database is open wait for it, in order.
type idbJournal struct {
	db     app.Value
	open   bool
	failed bool
	queue  []func(db app.Value)
	tab    string            // tells this tab's writes from other tabs'
	n      int               // writes this tab made
	seqs   map[string]string // key → the Seq of the entry this tab last wrote or read there
}

// openJournal opens the journal and calls loaded with every entry in it
// (nil when IndexedDB is not available: the app then works without
// journal, as before).
func openJournal(loaded func([]store.JournalEntry)) (j *idbJournal) {
	j = &idbJournal{seqs: map[string]string{}, tab: strconv.FormatInt(time.Now().UnixNano(), 36)}
	fail := func() {
		if !j.failed {
			j.failed, j.queue = true, nil
			loaded(nil)
		}
	}
	defer func() {
		if recover() != nil { // IndexedDB is blocked (a private window, a policy)
			fail()
		}
	}()
	idb := app.Window().Get("indexedDB")
	if !idb.Truthy() {
		fail()
		return j
	}
	req := idb.Call("open", journalDB, 1)
	once(req, "upgradeneeded", func(app.Value) { req.Get("result").Call("createObjectStore", journalStore) })
	once(req, "error", func(app.Value) { fail() })
	once(req, "blocked", func(app.Value) { fail() })
	once(req, "success", func(app.Value) {
		j.db, j.open = req.Get("result"), true
		var entries []store.JournalEntry
		err := j.tx(func(st app.Value) {
			all := st.Call("getAll")
			once(all, "success", func(app.Value) {
				vals := all.Get("result")
				for i := 0; i < vals.Length(); i++ {
					var e store.JournalEntry
					if v := vals.Index(i); v.Type() == app.TypeString && json.Unmarshal([]byte(v.String()), &e) == nil {
						if _, ok := j.seqs[e.Key()]; !ok { // this tab's own write since is newer
							j.seqs[e.Key()] = e.Seq
						}
						entries = append(entries, e)
					}
				}
				loaded(entries)
				for _, f := range j.queue {
					f(j.db)
				}
				j.queue = nil
			})
		}, "readonly")
		if err != nil {
			fail()
		}
	})
	return j
}

// wroteHere reports whether this tab journaled key.
func (j *idbJournal) wroteHere(key string) bool {
	seq, ok := j.seqs[key]
	return ok && len(seq) > len(j.tab) && seq[:len(j.tab)+1] == j.tab+"."
}

// once calls f on target's first event of type typ.
func once(target app.Value, typ string, f func(app.Value)) {
	var fn app.Func
	fn = app.FuncOf(func(this app.Value, args []app.Value) any {
		fn.Release()
		f(args[0])
		return nil
	})
	target.Call("addEventListener", typ, fn, map[string]any{"once": true})
}

// tx runs f on the object store in one transaction (mode "readwrite"
// commits with durability "strict").
func (j *idbJournal) tx(f func(st app.Value), mode string) (err error) {
	defer guard(&err, "writing the journal")
	opts := map[string]any{}
	if mode == "readwrite" {
		opts["durability"] = "strict"
	}
	f(j.db.Call("transaction", journalStore, mode, opts).Call("objectStore", journalStore))
	return nil
}

// run runs f on the store once the database is open.
func (j *idbJournal) run(f func(st app.Value)) {
	switch {
	case j.failed:
	case !j.open:
		j.queue = append(j.queue, func(app.Value) { j.tx(f, "readwrite") })
	default:
		j.tx(f, "readwrite")
	}
}

// Put implements store.Journal.
func (j *idbJournal) Put(entries []store.JournalEntry) {
	if j.failed || len(entries) == 0 {
		return
	}
	vals := make(map[string]string, len(entries))
	keys := make([]string, 0, len(entries))
	for _, e := range entries {
		j.n++
		e.Seq = j.tab + "." + strconv.Itoa(j.n)
		b, err := json.Marshal(e)
		if err != nil {
			continue
		}
		j.seqs[e.Key()] = e.Seq
		if _, ok := vals[e.Key()]; !ok {
			keys = append(keys, e.Key())
		}
		vals[e.Key()] = string(b)
	}
	j.run(func(st app.Value) {
		for _, k := range keys {
			st.Call("put", vals[k], k)
		}
	})
}

// Saved implements store.Journal: each entry is rewritten with its
// revision only when the journal still holds the write this tab knows of
// (another tab may have journaled a newer change of the same sentence).
func (j *idbJournal) Saved(entries []store.JournalEntry) {
	j.update(entries, false)
}

// forget removes entries that are done, under the same condition.
func (j *idbJournal) forget(entries []store.JournalEntry) {
	j.update(entries, true)
}

// update rewrites (or, with del, deletes) each entry whose stored Seq is
// the one this tab last wrote or read for its key.
func (j *idbJournal) update(entries []store.JournalEntry, del bool) {
	if j.failed || len(entries) == 0 {
		return
	}
	type op struct{ key, seq, val string }
	ops := make([]op, 0, len(entries))
	for _, e := range entries {
		seq, ok := j.seqs[e.Key()]
		if !ok {
			continue
		}
		e.Seq = seq
		b, err := json.Marshal(e)
		if err != nil {
			continue
		}
		ops = append(ops, op{e.Key(), seq, string(b)})
		if del {
			delete(j.seqs, e.Key())
		}
	}
	j.run(func(st app.Value) {
		for _, o := range ops {
			req := st.Call("get", o.key)
			once(req, "success", func(app.Value) {
				var cur store.JournalEntry
				if v := req.Get("result"); v.Type() != app.TypeString || json.Unmarshal([]byte(v.String()), &cur) != nil || cur.Seq != o.seq {
					return // gone, or a newer change: leave it
				}
				if del {
					st.Call("delete", o.key)
				} else {
					st.Call("put", o.val, o.key)
				}
			})
		}
	})
}

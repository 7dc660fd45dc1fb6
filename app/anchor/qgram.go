package anchor

// gramBuckets is the size of the hashed bigram table.
const gramBuckets = 1 << 12

// qgrams counts the bigrams (pairs of adjacent code points) of a quote in
// hashed buckets, to rule out candidates cheaply.
//
// An edit changes at most two bigrams, so strings within distance k share
// at least max(len(a), len(b)) - 1 - 2k bigrams (counted with
// multiplicity). Hashing only merges bigrams, which can raise the shared
// count but never lower it, so no string within the bound is ruled out.
type qgrams struct {
	count [gramBuckets]int32
	used  [gramBuckets]int32
	n     int // code points of the quote
	keys  []uint32
	touch []uint32
}

// load counts the bigrams of q, forgetting the previous quote.
func (g *qgrams) load(q []rune) {
	for _, k := range g.keys {
		g.count[k] = 0
	}
	g.keys = g.keys[:0]
	g.n = len(q)
	for i := 1; i < len(q); i++ {
		k := gramKey(q[i-1], q[i])
		g.count[k]++
		g.keys = append(g.keys, k)
	}
}

// mayBeWithin reports whether r may be within edit distance k of the
// loaded quote.
func (g *qgrams) mayBeWithin(r []rune, k int) bool {
	need := max(g.n, len(r)) - 1 - 2*k
	if need <= 0 {
		return true
	}
	shared := 0
	for i := 1; i < len(r); i++ {
		key := gramKey(r[i-1], r[i])
		if g.used[key] < g.count[key] {
			g.used[key]++
			g.touch = append(g.touch, key)
			shared++
		}
	}
	for _, key := range g.touch {
		g.used[key] = 0
	}
	g.touch = g.touch[:0]
	return shared >= need
}

// gramKey hashes a bigram to a bucket.
func gramKey(a, b rune) uint32 {
	h := uint32(a)*0x9E3779B1 ^ uint32(b)*0x85EBCA77
	return (h ^ h>>15) % gramBuckets
}

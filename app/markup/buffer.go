package markup

import (
	"io"
	"unsafe"
)

// Writer is what this package writes HTML to: a *strings.Builder, or a
// *Buffer when the same memory is to be used again.
type Writer interface {
	io.Writer
	io.StringWriter
	io.ByteWriter
}

// Buffer is a builder whose memory is used again after Reset: a book's
// article goes to the browser in runs of chunks of about the same size,
// and a fresh builder for each run would leave each run's markup as
// garbage (WebAssembly memory, which never shrinks, then holds several of
// them). The zero value is empty and ready to use.
type Buffer struct{ b []byte }

// Write appends p.
func (b *Buffer) Write(p []byte) (int, error) { b.b = append(b.b, p...); return len(p), nil }

// WriteString appends s.
func (b *Buffer) WriteString(s string) (int, error) { b.b = append(b.b, s...); return len(s), nil }

// WriteByte appends c.
func (b *Buffer) WriteByte(c byte) error { b.b = append(b.b, c); return nil }

// Grow makes room for n more bytes without another allocation, and an
// eighth more, so that the next run of about the same size fits too.
func (b *Buffer) Grow(n int) {
	if cap(b.b)-len(b.b) < n {
		nb := make([]byte, len(b.b), len(b.b)+n+n/8)
		copy(nb, b.b)
		b.b = nb
	}
}

// Len returns the bytes written since the last Reset.
func (b *Buffer) Len() int { return len(b.b) }

// Cap returns the bytes the buffer holds room for.
func (b *Buffer) Cap() int { return cap(b.b) }

// Reset empties the buffer and keeps its memory for the next writes.
func (b *Buffer) Reset() { b.b = b.b[:0] }

// View returns what was written as a string that shares the buffer's
// memory: it is valid only until the next write or Reset, so hand it
// straight to the browser (which copies it) and keep nothing of it.
func (b *Buffer) View() string { return unsafe.String(unsafe.SliceData(b.b), len(b.b)) }

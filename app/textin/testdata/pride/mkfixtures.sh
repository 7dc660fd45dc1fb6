#!/bin/sh
# Makes pride.md, pride.html, pride.docx, pride.odt and pride.epub from
# pg1342-excerpt.txt (see README.md), and the structure fixtures
# structure.docx and structure.odt from structure.md. Needs pandoc
# (Debian's pandoc 2.17.1.1 made the committed files).
set -e
cd "$(dirname "$0")"
export SOURCE_DATE_EPOCH=1700000000

# The text from "Chapter 1" up to the "End of the Project Gutenberg EBook"
# line, CRs dropped, hard-wrapped lines joined into one line a paragraph,
# "Chapter N" lines made level-1 headings.
{
	printf -- '---\ntitle: Pride and Prejudice\nauthor: Jane Austen\nlang: en-GB\nidentifier: pg1342-excerpt\n---\n\n'
	awk '{ sub(/\r$/, "") }
	/^Chapter 1$/ { on = 1 }
	/^End of the Project Gutenberg EBook/ { on = 0 }
	!on { next }
	/^Chapter [0-9]+$/ { flush(); print "# " $0; print ""; next }
	/^[ \t]*$/ { flush(); next }
	{ p = p == "" ? $0 : p " " $0 }
	END { flush() }
	function flush() { if (p != "") { print p; print "" }; p = "" }' pg1342-excerpt.txt
} >pride.md

pandoc -f markdown-smart -s pride.md -o pride.html
pandoc -f markdown-smart pride.md -o pride.docx
pandoc -f markdown-smart pride.md -o pride.odt
pandoc -f markdown-smart pride.md -o pride.epub
pandoc -f markdown-smart structure.md -o structure.docx
pandoc -f markdown-smart structure.md -o structure.odt

#!/usr/bin/env python3
"""Generate the PDF attachments of the sample notice board (úřední deska).

Uses only the Python standard library. For every entry in
content/notice-board.json and every media id in its "attachments", the PDF
named by that media id in recipe.json (Media step) is written. The document
contains the town letterhead, the reference number, the title and the body
text of the entry, with full Czech diacritics.

The PDFs are PDF 1.4 with a text layer: the standard Type 1 fonts Helvetica and
Helvetica-Bold (never embedded; every viewer has them) with a custom
/Differences encoding for the Czech letters, compressed content streams, a
cross-reference table, trailer and %%EOF. No dates are written, so the output
is byte-for-byte reproducible.

Usage:  python3 App_Data.sample/tools/make-pdfs.py
"""
import html
import json
import os
import sys
import zlib
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))

# --------------------------------------------------------------------------- fonts
# Advance widths (1/1000 em) of the standard Helvetica fonts, from the metrics
# of the URW Nimbus Sans clones, which are metric-compatible with Helvetica.
_GLYPHS = (
    "space exclam quotedbl numbersign dollar percent ampersand quotesingle parenleft parenright asterisk plus comma "
    "hyphen period slash zero one two three four five six seven eight nine colon semicolon less equal greater question "
    "at A B C D E F G H I J K L M N O P Q R S T U V W X Y Z bracketleft backslash bracketright asciicircum underscore "
    "grave a b c d e f g h i j k l m n o p q r s t u v w x y z braceleft bar braceright asciitilde"
).split()
_REG_ASCII = [278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556,
              556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778,
              722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278,
              278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
              556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584]
_BOLD_ASCII = [278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556,
               556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667, 611, 778,
               722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333,
               278, 333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
               611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584]
# Non-ASCII characters: unicode -> (glyph name, regular width, bold width)
_EXTRA = {
    "Á": ("Aacute", 667, 722), "á": ("aacute", 556, 556), "Č": ("Ccaron", 722, 722), "č": ("ccaron", 500, 556),
    "Ď": ("Dcaron", 722, 722), "ď": ("dcaron", 643, 743), "É": ("Eacute", 667, 667), "é": ("eacute", 556, 556),
    "Ě": ("Ecaron", 667, 667), "ě": ("ecaron", 556, 556), "Í": ("Iacute", 278, 278), "í": ("iacute", 278, 278),
    "Ň": ("Ncaron", 722, 722), "ň": ("ncaron", 556, 611), "Ó": ("Oacute", 778, 778), "ó": ("oacute", 556, 611),
    "Ř": ("Rcaron", 722, 722), "ř": ("rcaron", 333, 389), "Š": ("Scaron", 667, 667), "š": ("scaron", 500, 556),
    "Ť": ("Tcaron", 611, 611), "ť": ("tcaron", 317, 389), "Ú": ("Uacute", 722, 722), "ú": ("uacute", 556, 611),
    "Ů": ("Uring", 722, 722), "ů": ("uring", 556, 611), "Ý": ("Yacute", 667, 667), "ý": ("yacute", 500, 556),
    "Ž": ("Zcaron", 611, 611), "ž": ("zcaron", 500, 500), "–": ("endash", 556, 556), "—": ("emdash", 1000, 1000),
    "„": ("quotedblbase", 333, 500), "“": ("quotedblleft", 333, 500), "”": ("quotedblright", 333, 500),
    "§": ("section", 556, 556), "°": ("degree", 400, 400), "×": ("multiply", 584, 584), "ö": ("odieresis", 556, 611),
    "ü": ("udieresis", 556, 611), "ä": ("adieresis", 556, 556), "•": ("bullet", 350, 350),
    "…": ("ellipsis", 1000, 1000), "’": ("quoteright", 222, 278), "²": ("twosuperior", 333, 333),
}
_CODE = {}          # unicode char -> byte value
_WIDTH = ({}, {})   # regular, bold: unicode char -> width
for i, (r, b) in enumerate(zip(_REG_ASCII, _BOLD_ASCII)):
    ch = chr(32 + i)
    _CODE[ch] = 32 + i
    _WIDTH[0][ch], _WIDTH[1][ch] = r, b
_DIFFERENCES = []
for i, (ch, (name, r, b)) in enumerate(_EXTRA.items()):
    _CODE[ch] = 128 + i
    _WIDTH[0][ch], _WIDTH[1][ch] = r, b
    _DIFFERENCES.append("/" + name)


def _norm(text):
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def width(text, bold, size):
    return sum(_WIDTH[bold].get(c, 556) for c in _norm(text)) * size / 1000.0


def pdf_string(text):
    out = bytearray(b"(")
    for ch in _norm(text):
        code = _CODE.get(ch)
        if code is None:
            raise ValueError(f"character {ch!r} (U+{ord(ch):04X}) has no glyph in the PDF encoding")
        if ch in "()\\":
            out += b"\\"
        out.append(code)
    out += b")"
    return bytes(out)


# --------------------------------------------------------------------------- HTML to blocks
class _Blocks(HTMLParser):
    """Turns the limited rich-text HTML into paragraphs of (text, bold) runs."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks = []          # (kind, prefix, runs)
        self.runs = None
        self.kind = "p"
        self.bold = 0
        self.lists = []           # stack of [type, counter]

    def _start(self, kind, prefix=""):
        self._flush()
        self.runs = []
        self.kind = kind
        self.prefix = prefix

    def _flush(self):
        if self.runs is not None:
            runs = [(t, b) for t, b in self.runs if t]
            if any(t.strip() for t, _ in runs):
                self.blocks.append((self.kind, self.prefix, runs))
        self.runs = None

    def handle_starttag(self, tag, attrs):
        if tag in ("p", "h2", "h3", "h4", "blockquote", "td", "th"):
            self._start("h" if tag in ("h2", "h3", "h4") else "p")
        elif tag in ("ul", "ol"):
            self._flush()
            self.lists.append([tag, 0])
        elif tag == "li":
            kind, n = self.lists[-1] if self.lists else ("ul", 0)
            if self.lists:
                self.lists[-1][1] += 1
            self._start("li", f"{n + 1}." if kind == "ol" else "•")
        elif tag == "strong":
            self.bold += 1
        elif tag == "br":
            if self.runs is not None:
                self.runs.append(("\n", False))

    def handle_endtag(self, tag):
        if tag in ("p", "h2", "h3", "h4", "li", "blockquote", "td", "th"):
            self._flush()
        elif tag in ("ul", "ol"):
            self._flush()
            if self.lists:
                self.lists.pop()
        elif tag == "strong":
            self.bold -= 1

    def handle_data(self, data):
        if self.runs is None:
            if not data.strip():
                return
            self._start("p")
        text = " ".join(data.split())
        if text:
            text = (" " if data[:1].isspace() else "") + text + (" " if data[-1:].isspace() else "")
        else:
            text = " "
        self.runs.append((text, self.bold > 0 or self.kind == "h"))

    def close(self):
        super().close()
        self._flush()
        return self.blocks


def html_blocks(fragment):
    parser = _Blocks()
    parser.feed(fragment)
    return parser.close()


# --------------------------------------------------------------------------- layout
PAGE_W, PAGE_H = 595.28, 841.89
MARGIN_L, MARGIN_R, MARGIN_T, MARGIN_B = 62, 62, 60, 70
TEXT_W = PAGE_W - MARGIN_L - MARGIN_R


def wrap(runs, size, max_w):
    """Greedy word wrap of (text, bold) runs; returns a list of lines (lists of runs)."""
    words = []  # (word, bold, space_before)
    space = False
    for text, bold in runs:
        if text == "\n":
            words.append(("\n", bold, False))
            space = False
            continue
        if text[:1].isspace():
            space = True
        parts = text.split()
        for i, w in enumerate(parts):
            words.append((w, bold, space and bool(words)))
            space = True
        space = text[-1:].isspace() if text else space
    lines, line, line_w = [], [], 0.0
    for w, bold, sp in words:
        if w == "\n":
            lines.append(line)
            line, line_w = [], 0.0
            continue
        gap = width(" ", bold, size) if (sp and line) else 0.0
        ww = width(w, bold, size)
        if line and line_w + gap + ww > max_w:
            lines.append(line)
            line, line_w, gap = [], 0.0, 0.0
        line.append((" " + w if gap else w, bold))
        line_w += gap + ww
    if line:
        lines.append(line)
    return lines


class Doc:
    def __init__(self):
        self.pages = []
        self.new_page()

    def new_page(self):
        self.ops = []
        self.pages.append(self.ops)
        self.y = PAGE_H - MARGIN_T

    def ensure(self, h):
        if self.y - h < MARGIN_B:
            self.new_page()

    def text_line(self, x, runs, size, color="0 0 0"):
        ops = [f"BT {color} rg {x:.2f} {self.y:.2f} Td".encode()]
        for text, bold in runs:
            ops.append(f"/F{2 if bold else 1} {size} Tf ".encode() + pdf_string(text) + b" Tj")
        ops.append(b"ET")
        self.ops.append(b" ".join(ops))

    def paragraph(self, runs, size=10.5, leading=14.5, indent=0.0, prefix=None, space_after=6.0, color="0 0 0"):
        lines = wrap(runs, size, TEXT_W - indent)
        for i, line in enumerate(lines):
            self.ensure(leading)
            self.y -= leading
            if i == 0 and prefix:
                self.text_line(MARGIN_L + indent - 14, [(prefix, False)], size, color)
            self.text_line(MARGIN_L + indent, line, size, color)
        self.y -= space_after

    def rule(self, color="0.608 0.106 0.188", w=1.2):
        self.y -= 6
        self.ops.append(f"{color} RG {w} w {MARGIN_L} {self.y:.2f} m {PAGE_W - MARGIN_R} {self.y:.2f} l S".encode())
        self.y -= 10


def render(entry, media_title):
    f = entry["fields"]
    d = Doc()
    red = "0.608 0.106 0.188"
    grey = "0.33 0.33 0.33"
    d.paragraph([("MĚSTO PELHŘIMOV", True)], size=15, leading=18, space_after=0, color=red)
    d.paragraph([("Městský úřad Pelhřimov, Masarykovo náměstí 1, 393 01 Pelhřimov", False)], size=9, leading=13,
                space_after=0, color=grey)
    d.paragraph([(f"{f['department']}  |  tel. +420 565 351 111  |  podatelna@mupe.cz  |  ID datové schránky 6fbbs2y",
                  False)], size=9, leading=12, space_after=0, color=grey)
    d.rule()
    d.paragraph([("Č. j.: ", True), (f["referenceNumber"], False)], size=10, leading=13, space_after=0)
    d.paragraph([("Vyřizuje: ", True), (f["department"], False)], size=10, leading=13, space_after=14)
    d.paragraph([(entry["title"], True)], size=15, leading=19, space_after=10)
    for kind, prefix, runs in html_blocks(f["body"]):
        if kind == "h":
            d.paragraph(runs, size=12, leading=16, space_after=4)
        elif kind == "li":
            d.paragraph(runs, indent=18, prefix=prefix, space_after=3)
        else:
            d.paragraph(runs)
    d.y -= 16
    d.ensure(60)
    d.paragraph([("Vyvěšeno dne: ", True), ("..............................", False), ("      Sejmuto dne: ", True),
                 ("..............................", False)], size=10, space_after=2)
    d.paragraph([("Razítko a podpis orgánu, který potvrzuje vyvěšení a sejmutí.", False)], size=8.5, leading=12,
                color=grey)
    d.paragraph([("Tento dokument je současně zveřejněn způsobem umožňujícím dálkový přístup na elektronické úřední "
                  "desce města Pelhřimov (www.pelhrimov.cz/uredni-deska).", False)], size=8.5, leading=12, color=grey)
    total = len(d.pages)
    for n, ops in enumerate(d.pages, 1):
        footer = f"{media_title} – strana {n} z {total}"
        x = PAGE_W - MARGIN_R - width(footer, False, 8)
        ops.append(f"BT {grey} rg {x:.2f} 36 Td /F1 8 Tf ".encode() + pdf_string(footer) + b" Tj ET")
    return d.pages


def utf16_hex(text):
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode() + b">"


def write_pdf(path, pages, title, subject):
    objs = {}
    n_pages = len(pages)
    # 1 catalog, 2 pages, 3 encoding, 4 F1, 5 F2, 6 info, then page/content pairs
    encoding = b"<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [128 " + " ".join(_DIFFERENCES).encode() + b"] >>"
    objs[3] = encoding
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding 3 0 R >>"
    objs[5] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding 3 0 R >>"
    objs[6] = (b"<< /Title " + utf16_hex(title) + b" /Subject " + utf16_hex(subject) + b" /Author "
               + utf16_hex("Město Pelhřimov") + b" /Producer (Pelhrimov sample make-pdfs.py) >>")
    kids = []
    for i, ops in enumerate(pages):
        page_id, content_id = 7 + 2 * i, 8 + 2 * i
        kids.append(f"{page_id} 0 R".encode())
        data = zlib.compress(b"\n".join(ops), 9)
        objs[content_id] = (f"<< /Length {len(data)} /Filter /FlateDecode >>\nstream\n".encode() + data
                            + b"\nendstream")
        objs[page_id] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_W} {PAGE_H}] "
                         f"/Resources << /Font << /F1 4 0 R /F2 5 0 R >> /ProcSet [/PDF /Text] >> "
                         f"/Contents {content_id} 0 R >>").encode()
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R /Lang (cs-CZ) /ViewerPreferences << /DisplayDocTitle true >> >>"
    objs[2] = b"<< /Type /Pages /Kids [" + b" ".join(kids) + f"] /Count {n_pages} >>".encode()
    size = max(objs) + 1
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = [0] * size
    for num in range(1, size):
        offsets[num] = len(out)
        out += f"{num} 0 obj\n".encode() + objs[num] + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {size}\n".encode() + b"0000000000 65535 f \n"
    for num in range(1, size):
        out += f"{offsets[num]:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {size} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as fh:
        fh.write(out)
    return len(out)


def main():
    with open(os.path.join(ROOT, "recipe.json"), encoding="utf-8") as fh:
        recipe = json.load(fh)
    media = {}
    for step in recipe["steps"]:
        if step["name"] == "Media":
            media = {m["id"]: m for m in step["files"]}
    with open(os.path.join(ROOT, "content", "notice-board.json"), encoding="utf-8") as fh:
        entries = json.load(fh)
    count = 0
    for entry in entries:
        for att in entry["fields"].get("attachments", []):
            m = media.get(att)
            if m is None or not m["path"].endswith(".pdf"):
                sys.exit(f"attachment {att!r} of {entry['id']} is not a PDF in the Media step of recipe.json")
            title = m.get("title", entry["title"])
            short = title.split(", č. j.")[0]
            pages = render(entry, short)
            size = write_pdf(os.path.join(ROOT, m["path"]), pages, entry["title"],
                             f"{entry['fields']['department']}, č. j. {entry['fields']['referenceNumber']}")
            print(f"{m['path']:<70} {len(pages)} page(s) {size:>6} bytes")
            count += 1
    print(f"{count} PDF files written.")


if __name__ == "__main__":
    main()

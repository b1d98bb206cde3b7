"""A tiny PDF writer for demo eBooks, so `seed_demo` needs no download and no PDF library."""


def _escape(text):
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def simple_pdf(title, paragraphs):
    """One A5-ish page: a title and wrapped paragraphs in Helvetica. Returns the PDF as bytes."""
    lines = [("F2", 16, title), ("F1", 11, "")]
    for paragraph in paragraphs:
        words, current = paragraph.split(), ""
        for word in words:
            if len(current) + len(word) + 1 > 70:
                lines.append(("F1", 11, current))
                current = word
            else:
                current = f"{current} {word}".strip()
        lines += [("F1", 11, current), ("F1", 11, "")]

    content = ["BT", "50 780 Td", "16 TL"]
    for font, size, text in lines:
        content.append(f"/{font} {size} Tf ({_escape(text)}) Tj T*")
    content.append("ET")
    stream = "\n".join(content).encode("latin-1", "replace")

    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold >>",
    ]
    output = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(output))
        output += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref_at = len(output)
    output += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        output += b"%010d 00000 n \n" % offset
    output += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref_at)
    return bytes(output)

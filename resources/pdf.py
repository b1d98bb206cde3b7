"""The card as a PDF, drawn with ReportLab (a pure-Python wheel: no system libraries to install).

Text is drawn as plain strings, never parsed as markup, so whatever a family typed appears exactly as typed.
Layout matches the print stylesheet: a US Letter sheet holding two 3 × 5 in cards or four wallet cards, each with
a dashed cutting line.
"""

import io
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.lib.units import inch
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from .phone import dial_string

# DejaVu covers far more alphabets than the built-in Helvetica; use it where the system has it.
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
MARGIN = 0.5 * inch
GAP = 0.25 * inch


def fonts():
    """(regular, bold) font names."""
    regular, bold = DEJAVU / "DejaVuSans.ttf", DEJAVU / "DejaVuSans-Bold.ttf"
    if regular.exists() and bold.exists():
        if "CardSans" not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont("CardSans", str(regular)))
            pdfmetrics.registerFont(TTFont("CardSans-Bold", str(bold)))
        return "CardSans", "CardSans-Bold"
    return "Helvetica", "Helvetica-Bold"


def card_origins(size):
    """Bottom-left corners of the cards on one Letter sheet, top to bottom, left to right."""
    width, height = size.width_in * inch, size.height_in * inch
    page_width, page_height = letter
    columns = 1 if size.per_page <= 2 else 2
    rows = size.per_page // columns
    left = (page_width - columns * width - (columns - 1) * GAP) / 2
    origins = []
    for row in range(rows):
        for column in range(columns):
            x = left + column * (width + GAP)
            y = page_height - MARGIN - (row + 1) * height - row * GAP
            origins.append((x, y))
    return origins


def draw_card(pdf, card, x, y):
    width, height = card.size.width_in * inch, card.size.height_in * inch
    regular, bold = fonts()
    small = card.size.key == "wallet"
    name_size, detail_size = (7, 6) if small else (11, 9.5)
    pad = 0.12 * inch if small else 0.2 * inch

    pdf.saveState()
    pdf.setDash(3, 3)
    pdf.setStrokeGray(0.6)
    pdf.rect(x, y, width, height)
    pdf.restoreState()

    cursor = y + height - pad
    text_width = width - 2 * pad
    if card.personal_line:
        for line in simpleSplit(card.personal_line, bold, name_size, text_width):
            cursor -= name_size * 1.25
            pdf.setFont(bold, name_size)
            pdf.drawString(x + pad, cursor, line)
        cursor -= detail_size * 0.5
    for entry in card.entries:
        numbers = []
        if entry.phone:
            numbers.append(f"Call {entry.phone}")
        if entry.text_number:
            numbers.append(f"Text {entry.text_number}")
        detail = " · ".join(numbers + ([entry.note] if entry.note else []))
        cursor -= name_size * 1.2
        pdf.setFont(bold, name_size)
        pdf.drawString(x + pad, cursor, simpleSplit(entry.name, bold, name_size, text_width)[0])
        if entry.phone:
            link_top = cursor + name_size
        for line in simpleSplit(detail, regular, detail_size, text_width)[: 1 if small else 2] if detail else []:
            cursor -= detail_size * 1.2
            pdf.setFont(regular, detail_size)
            pdf.drawString(x + pad, cursor, line)
        if entry.phone:
            # Tap-to-call on phones that open the PDF.
            pdf.linkURL(f"tel:{dial_string(entry.phone)}", (x + pad, cursor, x + width - pad, link_top), relative=0)
        cursor -= detail_size * 0.35


def card_pdf(card):
    """The PDF as bytes: one Letter page with the card repeated as many times as fit."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=letter, pageCompression=1)
    pdf.setTitle("Card")
    pdf.setAuthor("")
    pdf.setSubject("")
    pdf.setCreator("")
    for x, y in card_origins(card.size):
        draw_card(pdf, card, x, y)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()

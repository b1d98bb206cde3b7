"""A horizontal bar chart as PNG, drawn with Pillow (already a dependency) rather than adding a plotting library."""

from PIL import Image, ImageDraw, ImageFont

WIDTH, ROW, LEFT, RIGHT, TOP = 1000, 34, 300, 90, 60


def _font(size):
    for path in ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",):
        try:
            return ImageFont.truetype(path, size)
        except OSError:
            continue
    return ImageFont.load_default()


def bar_chart(path, title, bars, targets=()):
    """`bars`: (label, value between 0 and 1) pairs; `targets`: (value, label) vertical guide lines."""
    height = TOP + ROW * len(bars) + 40
    image = Image.new("RGB", (WIDTH, height), "white")
    draw = ImageDraw.Draw(image)
    font, small = _font(15), _font(12)
    draw.text((20, 18), title, fill="#1d3b4f", font=_font(18))
    span = WIDTH - LEFT - RIGHT
    scale = max([1.0, *(value for _, value in bars)])
    for tick in (0, 0.25, 0.5, 0.75, 1.0):
        x = LEFT + span * tick / scale
        draw.line([(x, TOP - 6), (x, height - 36)], fill="#dddddd")
        draw.text((x - 10, height - 30), f"{tick:.2f}", fill="#555555", font=small)
    for value, label in targets:
        x = LEFT + span * value / scale
        draw.line([(x, TOP - 6), (x, height - 36)], fill="#c0392b", width=2)
        draw.text((x + 4, TOP - 20), label, fill="#c0392b", font=small)
    for n, (label, value) in enumerate(bars):
        y = TOP + n * ROW
        draw.text((20, y + 7), label, fill="#222222", font=font)
        draw.rectangle([(LEFT, y + 6), (LEFT + max(2, span * value / scale), y + ROW - 6)], fill="#2e7d8c")
        draw.text((LEFT + span * value / scale + 6, y + 8), f"{value:.3f}", fill="#222222", font=small)
    image.save(path, optimize=True)

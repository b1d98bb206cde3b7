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


COLOURS = ("#2e7d8c", "#c0392b", "#8e44ad", "#d68910", "#1e8449", "#34495e", "#a04000", "#5d6d7e", "#117a65", "#6c3483")


def line_chart(path, title, sizes, series, unit="ms"):
    """`series`: (label, [value at each of `sizes`]) pairs, drawn as lines against the sizes (evenly spaced)."""
    width, height, left, right, top, bottom = 1000, 520, 70, 260, 60, 50
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    small = _font(12)
    draw.text((20, 18), title, fill="#1d3b4f", font=_font(18))
    span_x, span_y = width - left - right, height - top - bottom
    peak = max([1.0, *(value for _, values in series for value in values)])
    for tick in range(5):
        value = peak * tick / 4
        y = top + span_y * (1 - tick / 4)
        draw.line([(left, y), (width - right, y)], fill="#dddddd")
        draw.text((10, y - 7), f"{value:.0f} {unit}", fill="#555555", font=small)

    def x_of(index):
        return left + (span_x * index / (len(sizes) - 1) if len(sizes) > 1 else span_x / 2)

    for index, size in enumerate(sizes):
        draw.text((x_of(index) - 20, height - bottom + 10), f"{size:,}", fill="#555555", font=small)
    for n, (label, values) in enumerate(series):
        colour = COLOURS[n % len(COLOURS)]
        points = [(x_of(index), top + span_y * (1 - value / peak)) for index, value in enumerate(values)]
        if len(points) > 1:
            draw.line(points, fill=colour, width=3)
        for x, y in points:
            draw.ellipse([(x - 4, y - 4), (x + 4, y + 4)], fill=colour)
        draw.text((width - right + 12, points[-1][1] - 7), label, fill=colour, font=small)
    image.save(path, optimize=True)

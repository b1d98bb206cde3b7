"""A resource card: up to six names and numbers and an optional personal line, in two print sizes.

Nothing here touches the database except reading the Resource rows a family picked; what they type lives only in
the request that renders, downloads or emails the card.
"""

from dataclasses import dataclass, field

MAX_ENTRIES = 6


@dataclass(frozen=True)
class CardSize:
    key: str
    label: str
    width_in: float
    height_in: float
    per_page: int


SIZES = {
    "index": CardSize("index", "Index card (3 × 5 in), two to a page", 5.0, 3.0, 2),
    "wallet": CardSize("wallet", "Wallet size (3.5 × 2 in), four to a page", 3.5, 2.0, 4),
}
DEFAULT_SIZE = "index"


@dataclass(frozen=True)
class CardEntry:
    name: str
    phone: str = ""
    text_number: str = ""
    note: str = ""

    @classmethod
    def from_resource(cls, resource):
        return cls(name=resource.name, phone=resource.phone, text_number=resource.text_number, note=resource.hours)


@dataclass(frozen=True)
class Card:
    entries: list = field(default_factory=list)
    personal_line: str = ""
    size: CardSize = SIZES[DEFAULT_SIZE]

    def copies(self):
        """The same card as many times as fit on one sheet (one to give, the others to keep or leave about)."""
        return range(self.size.per_page)

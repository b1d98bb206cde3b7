"""What an import did, per kind of thing: created / updated / unchanged / skipped, and why things were skipped."""

from collections import Counter, defaultdict

OUTCOMES = ("created", "updated", "unchanged", "skipped")
KINDS = {
    "author": "authors",
    "category": "categories",
    "tag": "tags",
    "image": "pictures",
    "post": "posts",
    "redirect": "redirects",
}


class Summary:
    def __init__(self):
        self.counts = defaultdict(Counter)
        self.reasons = []  # (kind, reason)
        self.notes = []  # lines about content that could not be mapped exactly

    def count(self, kind, outcome, reason=None, times=1):
        self.counts[kind][outcome] += times
        if reason:
            self.reasons.append((kind, reason))

    def note(self, line):
        self.notes.append(line)

    def checkpoint(self):
        """What has been counted so far, to go back to when the posts counted since are rolled back."""
        return {kind: Counter(counts) for kind, counts in self.counts.items()}, len(self.reasons), len(self.notes)

    def restore(self, checkpoint):
        counts, reasons, notes = checkpoint
        self.counts = defaultdict(Counter, {kind: Counter(kind_counts) for kind, kind_counts in counts.items()})
        del self.reasons[reasons:]
        del self.notes[notes:]

    def changed_anything(self):
        return any(counts["created"] or counts["updated"] for counts in self.counts.values())

    def lines(self):
        lines = []
        for kind, plural in KINDS.items():
            counts = self.counts.get(kind, Counter())
            figures = ", ".join(f"{counts[outcome]} {outcome}" for outcome in OUTCOMES)
            lines.append(f"{plural:<11}{figures}")
        lines += [f"skipped {kind}: {reason}" for kind, reason in self.reasons]
        return lines

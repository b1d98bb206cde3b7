"""Undo steps for what the importer keeps in memory while the database rolls a post back.

The importer remembers across posts what it has created or read (authors, tags, pictures, redirects, slugs in use,
a picture's credit) so that it does not ask the database again for every post. When a post fails, its savepoint
rolls its rows back; without undoing the memory as well, the next post would point at an author or picture that no
longer exists, and the whole batch would fail when it commits. Every change to that memory goes through a
`Journal`; `rollback_to(mark)` undoes the changes made since `mark()`.
"""

_MISSING = object()


class Journal:
    def __init__(self):
        self.steps = []

    def mark(self):
        return len(self.steps)

    def set(self, mapping, key, value):
        """`mapping[key] = value`, undone by restoring the previous value (or removing the key)."""
        previous = mapping.get(key, _MISSING)
        mapping[key] = value
        self.steps.append((mapping.__setitem__, (key, previous)) if previous is not _MISSING else (mapping.pop, (key,)))

    def setattr(self, instance, name, value):
        """`setattr(instance, name, value)`, undone by setting the previous value again."""
        self.steps.append((setattr, (instance, name, getattr(instance, name))))
        setattr(instance, name, value)

    def rollback_to(self, mark):
        while len(self.steps) > mark:
            undo, arguments = self.steps.pop()
            undo(*arguments)

    def forget(self):
        """The database committed: nothing before this point is undone any more."""
        self.steps.clear()

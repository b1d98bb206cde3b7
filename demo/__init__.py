"""Demo content as data: the files under `demo/data/` and the `seed_demo` command that loads them.

Nothing in the site imports this package; it imports the apps openly. See demo/README.md for the file formats.
"""

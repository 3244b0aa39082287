"""Migration scripts; file names start with the revision id so they sort in order."""

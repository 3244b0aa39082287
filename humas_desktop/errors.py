"""The base of every error that is the user's to fix rather than a bug.

The CLI prints such an error as one line and exits with status 2; the GUI shows it in a message
box. Anything else is a bug and is reported as one.
"""


class HumasError(Exception):
    """An error whose message is already written for the user, in the user's language."""

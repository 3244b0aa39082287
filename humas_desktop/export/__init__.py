"""Ways a release leaves the program: Word, PDF, e-mail text, WhatsApp, social media captions;
and the way old Word files come in. Qt-free: the CLI, the GUI dialogs and tests call the same
functions.
"""

"""Quotations written the Indonesian news way: `“Kalimat,” kata Jabatan Nama.`

The rules (PUEBI and newsroom practice): the quotation opens with a capital letter; a comma, or
the sentence's own `?` or `!`, sits inside the closing mark; one space follows the closing mark;
the attribution verb is lower case; the position comes before the name.
"""

from __future__ import annotations

from humas_desktop.model.release import Quote

# Verbs that take the speaker after them (`kata Bupati Andi`).
ATTRIBUTION_VERBS = ("kata", "ujar", "jelas", "tutur", "tegas", "ungkap", "terang", "imbau")
# Verbs that already point back to a speaker named earlier (`ujarnya.`).
PRONOUN_VERBS = ("ujarnya", "katanya", "jelasnya", "tuturnya", "tegasnya", "ungkapnya",
                 "tandasnya", "pungkasnya", "imbuhnya", "terangnya")

_OPENING = "\"“”„«‘'`"
_CLOSING = "\"“”»’'`"


def clean_quote_text(text: str) -> str:
    """The spoken words without surrounding quotation marks, first letter in capitals."""
    text = " ".join(text.split())
    while text and text[0] in _OPENING:
        text = text[1:].lstrip()
    while text and text[-1] in _CLOSING:
        text = text[:-1].rstrip()
    # A quotation inside the quotation takes single marks.
    inner_open = True
    chars = []
    for ch in text:
        if ch in "\"“”":
            chars.append("‘" if inner_open else "’")
            inner_open = not inner_open
        else:
            chars.append(ch)
    text = "".join(chars)
    return text[:1].upper() + text[1:]


def attribution(quote: Quote, verb: str = "kata") -> str:
    verb = verb.strip().lower() or "kata"
    if verb in PRONOUN_VERBS:
        return f"{verb}."
    who = " ".join(part for part in (quote.position.strip(), quote.speaker.strip()) if part)
    if not who:
        return f"{verb}."
    return f"{verb} {who}" if who.endswith(".") else f"{verb} {who}."


def format_quote(quote: Quote, verb: str = "kata") -> str:
    """The paragraph to insert in the body for `quote`."""
    text = clean_quote_text(quote.text)
    if text.endswith("…") or text.endswith("..."):
        pass  # a trailing-off sentence keeps its ellipsis and takes no comma
    elif text.endswith((".", ";", ":")):
        text = text[:-1].rstrip() + ","
    elif not text.endswith((",", "?", "!")):
        text += ","
    return f"“{text}” {attribution(quote, verb)}"

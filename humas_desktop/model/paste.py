"""Clean text pasted from Word, web pages and WhatsApp down to what a release holds.

Officers assemble releases from a colleague's Word file, a web page and a WhatsApp message.
Pasted as is, that brings fonts, colours, tables and hidden Word markup that later break the
Word export and the website. Only paragraphs, bullet items, bold and italic survive here;
WhatsApp's `*tebal*` and `_miring_` become real bold and italic.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from humas_desktop.model.release import Block, BlockKind, Run

# Characters that look like nothing but trip up spell checking and search.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_SPACES = re.compile(r"[ \t\r\n\f\v\u00a0\u2007\u202f\u3000]+")

_SKIP = {"head", "style", "script", "title", "meta", "noscript", "template", "svg", "button",
         "iframe", "object", "select", "textarea", "xml", "math", "canvas"}
_BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "section",
           "article", "header", "footer", "aside", "main", "nav", "figure", "figcaption",
           "dd", "dt", "address", "tr", "table", "ul", "ol", "dl", "pre", "hr", "center",
           "form", "fieldset", "caption", "tbody", "thead", "tfoot", "body", "html"}
_BOLD_TAGS = {"b", "strong", "h1", "h2", "h3", "h4", "h5", "h6", "th"}
_ITALIC_TAGS = {"i", "em", "cite", "var", "dfn"}
_VOID = {"br", "img", "hr", "meta", "link", "input", "wbr", "col", "area", "base", "source"}


def _style(attrs: dict[str, str]) -> dict[str, str]:
    found = {}
    for part in attrs.get("style", "").split(";"):
        if ":" in part:
            key, value = part.split(":", 1)
            found[key.strip().lower()] = value.strip().strip("'\"").lower()
    return found


def _weight_bold(value: str) -> bool | None:
    if value in ("bold", "bolder"):
        return True
    if value in ("normal", "lighter"):
        return False
    return int(value) >= 600 if value.isdigit() else None


@dataclass
class _Frame:
    tag: str
    bold: bool
    italic: bool
    skip: bool
    word_list_marker: bool = False


@dataclass
class _Builder:
    blocks: list[Block] = field(default_factory=list)
    runs: list[Run] = field(default_factory=list)
    kind: BlockKind = BlockKind.PARAGRAPH
    prefix: str = ""

    def text(self, text: str, bold: bool, italic: bool) -> None:
        if not text:
            return
        if self.runs and self.runs[-1].bold == bold and self.runs[-1].italic == italic:
            last = self.runs.pop()
            text = last.text + text
        self.runs.append(Run(text, bold, italic))

    def rstrip(self) -> None:
        while self.runs:
            last = self.runs.pop()
            text = _SPACES.sub(" ", last.text).rstrip(" ")
            if text:
                self.runs.append(Run(text, last.bold, last.italic))
                return

    def end_block(self) -> None:
        block = _finish(self.runs, self.kind, self.prefix)
        if block is not None:
            self.blocks.append(block)
        self.runs = []
        self.kind = BlockKind.PARAGRAPH
        self.prefix = ""


def _finish(runs: list[Run], kind: BlockKind, prefix: str = "") -> Block | None:
    """Collapse whitespace across runs, trim the ends, drop empty runs and empty blocks."""
    out: list[Run] = []
    previous_space = True  # trims leading space
    for run in runs:
        text = _SPACES.sub(" ", run.text.translate(_INVISIBLE))
        if previous_space:
            text = text.lstrip(" ")
        if not text:
            continue
        previous_space = text.endswith(" ")
        if out and out[-1].bold == run.bold and out[-1].italic == run.italic:
            out[-1] = Run(out[-1].text + text, run.bold, run.italic)
        else:
            out.append(Run(text, run.bold, run.italic))
    while out and not out[-1].text.rstrip(" "):
        out.pop()
    if out:
        last = out[-1]
        out[-1] = Run(last.text.rstrip(" "), last.bold, last.italic)
    if prefix and out:
        first = out[0]
        out[0] = Run(prefix + first.text, first.bold, first.italic)
    if not out:
        return None
    # Bold or italic on bare spaces is invisible noise; fold such runs into their neighbours.
    cleaned: list[Run] = []
    for run in out:
        if not run.text.strip() and (run.bold or run.italic):
            run = Run(run.text)
        if cleaned and cleaned[-1].bold == run.bold and cleaned[-1].italic == run.italic:
            cleaned[-1] = Run(cleaned[-1].text + run.text, run.bold, run.italic)
        else:
            cleaned.append(run)
    return Block(runs=tuple(cleaned), kind=kind)


class _HtmlCleaner(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out = _Builder()
        self.stack: list[_Frame] = []
        self.lists: list[tuple[str, int]] = []  # (ul|ol, items so far)
        self.cells: int = 0  # cells in the current table row
        self.marker = ""  # text of Word's list bullet/number for the current paragraph
        self.pre = 0
        self.in_cell = 0  # paragraphs inside a table cell stay within the row

    # formatting state from the open elements
    def _state(self) -> tuple[bool, bool, bool, bool]:
        frame = self.stack[-1] if self.stack else None
        if frame is None:
            return False, False, False, False
        return frame.bold, frame.italic, frame.skip, frame.word_list_marker

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        tag = tag.lower()
        attr = {k.lower(): (v or "") for k, v in attrs}
        if tag == "br":
            self._line_break()
            return
        if tag in _VOID:
            return
        bold, italic, skip, marker = self._state()
        style = _style(attr)
        if tag in _SKIP or style.get("display") == "none" or "hidden" in attr:
            skip = True
        if tag in _BOLD_TAGS:
            bold = True
        if tag in _ITALIC_TAGS:
            italic = True
        weight = _weight_bold(style.get("font-weight", ""))
        if weight is not None:
            bold = weight
        font_style = style.get("font-style", "")
        if font_style in ("italic", "oblique"):
            italic = True
        elif font_style == "normal":
            italic = False
        mso_list = style.get("mso-list", "")
        if mso_list == "ignore":
            marker = True
        if tag in _BLOCKS and self.in_cell and tag not in ("table", "tr"):
            self.out.text(" ", False, False)
        elif tag in _BLOCKS:
            self._block_start(tag, mso_list)
        elif tag in ("td", "th"):
            if self.cells:
                self.out.rstrip()
                self.out.text(", ", False, False)
            self.cells += 1
            self.in_cell += 1
        self.stack.append(_Frame(tag, bold, italic, skip, marker))

    def _block_start(self, tag: str, mso_list: str) -> None:
        self.out.end_block()
        if tag in ("ul", "ol"):
            self.lists.append((tag, 0))
        elif tag == "li":
            if self.lists and self.lists[-1][0] == "ol":
                kind, count = self.lists[-1]
                self.lists[-1] = (kind, count + 1)
                self.out.prefix = f"{count + 1}. "
            else:
                self.out.kind = BlockKind.BULLET
        elif tag == "tr":
            self.cells = 0
        elif tag == "pre":
            self.pre += 1
        if mso_list and mso_list != "ignore":
            self.out.kind = BlockKind.BULLET  # Word list paragraph; the marker decides below
            self.marker = ""

    def handle_endtag(self, tag: str) -> None:
        tag = tag.lower()
        if tag in _VOID:
            return
        # Close up to the matching open tag; browsers tolerate unclosed inline tags.
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                break
        else:
            return
        if tag in ("td", "th"):
            self.in_cell = max(0, self.in_cell - 1)
        elif tag in _BLOCKS and self.in_cell and tag not in ("table", "tr"):
            self.out.text(" ", False, False)
        elif tag in _BLOCKS:
            if tag == "tr" and self.cells == 1 and self.out.kind == BlockKind.PARAGRAPH:
                pass  # a one-cell row is layout, not data
            elif tag == "tr" and self.cells > 1:
                self.out.kind = BlockKind.BULLET
            self._apply_word_marker()
            self.out.end_block()
            if tag in ("ul", "ol") and self.lists:
                self.lists.pop()
            if tag == "pre":
                self.pre = max(0, self.pre - 1)

    def _apply_word_marker(self) -> None:
        marker = self.marker.strip()
        if self.out.kind == BlockKind.BULLET and marker and re.match(r"^[\w]{1,4}[.)]$", marker):
            self.out.kind = BlockKind.PARAGRAPH  # Word numbered list: keep the number
            self.out.prefix = marker + " "
        self.marker = ""

    def _line_break(self) -> None:
        if self.in_cell:
            self.out.text(" ", False, False)
            return
        kind = self.out.kind
        self._apply_word_marker()
        self.out.end_block()
        if kind == BlockKind.BULLET and self.lists:
            self.out.kind = kind

    def handle_data(self, data: str) -> None:
        bold, italic, skip, marker = self._state()
        if skip:
            return
        if marker:
            self.marker += data
            return
        if self.pre and "\n" in data:
            lines = data.split("\n")
            for i, line in enumerate(lines):
                if i:
                    self.out.end_block()
                self.out.text(line, bold, italic)
            return
        self.out.text(data, bold, italic)

    def close(self) -> None:
        super().close()
        self._apply_word_marker()
        self.out.end_block()


def blocks_from_html(html: str) -> list[Block]:
    """Paragraphs and bullet items with bold/italic from any HTML (Word, browsers, e-mail)."""
    start = html.find("<")
    if html.startswith("Version:") and start > 0:
        html = html[start:]  # Windows CF_HTML header
    parser = _HtmlCleaner()
    parser.feed(html)
    parser.close()
    return parser.out.blocks


_BULLET_LINE = re.compile(r"^\s*(?:[-•·▪●◦‣∙]|\*(?=\s))\s+")
# *tebal*, _miring_, ~coret~ — a marker opens after a non-word char and closes before one.
_WA_SPAN = re.compile(r"(?<![\w*_~])([*_~])(?=\S)(.+?)(?<=\S)\1(?![\w*_~])")


def _whatsapp_runs(text: str, bold: bool = False, italic: bool = False) -> list[Run]:
    runs: list[Run] = []
    pos = 0
    for match in _WA_SPAN.finditer(text):
        if match.start() > pos:
            runs.append(Run(text[pos:match.start()], bold, italic))
        mark, inner = match.group(1), match.group(2)
        runs += _whatsapp_runs(inner, bold or mark == "*", italic or mark == "_")
        pos = match.end()
    if pos < len(text):
        runs.append(Run(text[pos:], bold, italic))
    return runs


def blocks_from_text(text: str, whatsapp: bool = True) -> list[Block]:
    """One block per non-empty line; `- ` / `• ` lines become bullets; WhatsApp marks applied."""
    text = text.replace("```", "")
    blocks = []
    for line in text.splitlines():
        kind = BlockKind.PARAGRAPH
        bullet = _BULLET_LINE.match(line)
        if bullet:
            kind = BlockKind.BULLET
            line = line[bullet.end():]
        runs = _whatsapp_runs(line) if whatsapp else [Run(line)]
        block = _finish(runs, kind)
        if block is not None:
            blocks.append(block)
    return blocks


def flatten(blocks: list[Block]) -> list[Run]:
    """All blocks as the runs of one paragraph (for the lead and one-line fields)."""
    runs: list[Run] = []
    for block in blocks:
        if runs:
            runs.append(Run(" "))
        runs += block.runs
    merged = _finish(runs, BlockKind.PARAGRAPH)
    return list(merged.runs) if merged else []


# `MAKASSAR – `, `SUKABUMI, bipol.co – `, `Benteng - ` at the start of a pasted first paragraph.
_DATELINE = re.compile(
    r"^\s*(?P<city>[A-Z][A-Za-z'.]*(?:[ -][A-Z][A-Za-z'.]*){0,3})"
    r"(?:\s*,\s*[\w.-]{2,40})?\s*[–—-]{1,2}\s+(?=\S)"
)


def split_dateline(text: str) -> tuple[str, str]:
    """(city, rest) when `text` opens with a dateline, else ("", text).

    Only a city written in capitals counts (`MAKASSAR – `); `Rapat - ...` is an ordinary
    sentence with a dash.
    """
    match = _DATELINE.match(text)
    if not match or not match.group("city").isupper():
        return "", text
    return match.group("city").strip(), text[match.end():]


@dataclass(frozen=True)
class PastedRelease:
    """A whole release pasted into an empty editor, taken apart."""

    title: str
    subtitle: str
    city: str
    lead: Block | None
    body: list[Block]


def _headline_like(block: Block) -> bool:
    text = block.text.strip()
    return (block.kind is BlockKind.PARAGRAPH and 0 < len(text) <= 150
            and len(text.split()) <= 20 and not text.endswith((".", ",", ":", ";")))


def split_pasted_release(blocks: list[Block]) -> PastedRelease:
    """Headline, subheadline, dateline city, lead and body of a release pasted at once.

    The lead is the paragraph that opens with a dateline (`MAKASSAR – `), else the first
    paragraph that reads like a sentence; short lines above it without a full stop are the
    headline and the subheadline. The dateline is taken out (the editor writes it).
    """
    start = next((i for i, b in enumerate(blocks)
                  if b.kind is BlockKind.PARAGRAPH and split_dateline(b.text)[0]), None)
    if start is None:
        start = next((i for i, b in enumerate(blocks)
                      if b.kind is BlockKind.PARAGRAPH and b.text.strip()
                      and not _headline_like(b)), None)
    if start is None:
        return PastedRelease("", "", "", None, list(blocks))
    heads = [b for b in blocks[:start] if _headline_like(b)]
    others = [b for b in blocks[:start] if not _headline_like(b)]
    block = blocks[start]
    city, rest = split_dateline(block.text)
    lead = Block(_drop_prefix(block.runs, len(block.text) - len(rest)), block.kind)
    title = heads[0].text.strip() if heads else ""
    subtitle = heads[1].text.strip() if len(heads) > 1 else ""
    return PastedRelease(title, subtitle, city, lead, others + heads[2:] + blocks[start + 1:])


def _drop_prefix(runs: tuple[Run, ...], count: int) -> tuple[Run, ...]:
    out: list[Run] = []
    for run in runs:
        if count >= len(run.text):
            count -= len(run.text)
            continue
        out.append(Run(run.text[count:], run.bold, run.italic) if count else run)
        count = 0
    return tuple(out)

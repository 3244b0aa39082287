"""Build blind-NNN.txt and gold.jsonl from the marked-up sources in this folder.

Markup: {{wrong|right|category|note}} marks one planted error; the text keeps `wrong`.
Offsets are computed here so they are always exact Python string indices.
Run: python3 tests/corpus/blind2/source/build.py
"""

from __future__ import annotations

import datetime
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
CATEGORIES = "typo|nonstandard|di_ke|compound|capital|punct|foreign|style"
MARK = re.compile(r"\{\{(.*?)\|(.*?)\|(" + CATEGORIES + r")\|(.*?)\}\}")
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
NEWS_DATE = re.compile(r"\b(" + "|".join(DAYS) + r")\b,? \((\d{1,2})/(\d{1,2})\)", re.IGNORECASE)


def build() -> None:
    gold = []
    for src in sorted(HERE.glob("blind-*.src")):
        raw = src.read_text(encoding="utf-8")
        doc = src.stem
        out, pos = [], 0
        length = 0
        for m in MARK.finditer(raw):
            chunk = raw[pos : m.start()]
            out.append(chunk)
            length += len(chunk)
            wrong, right, cat, note = m.groups()
            gold.append(
                {
                    "doc": doc,
                    "start": length,
                    "end": length + len(wrong),
                    "wrong": wrong,
                    "right": right,
                    "category": cat,
                    "note": note,
                }
            )
            out.append(wrong)
            length += len(wrong)
            pos = m.end()
        out.append(raw[pos:])
        text = "".join(out)
        assert "{{" not in text and "}}" not in text, doc
        year = int(re.search(r"/(\d{4})\n", text).group(1))
        for d in NEWS_DATE.finditer(text):
            day = datetime.date(year, int(d.group(3)), int(d.group(2)))
            assert DAYS[day.weekday()].lower() == d.group(1).lower(), (doc, d.group(0), year)
        (OUT / f"{doc}.txt").write_text(text, encoding="utf-8")
    texts = {p.stem: p.read_text(encoding="utf-8") for p in OUT.glob("blind-*.txt")}
    for g in gold:
        assert texts[g["doc"]][g["start"] : g["end"]] == g["wrong"], g
    with (OUT / "gold.jsonl").open("w", encoding="utf-8") as fh:
        for g in gold:
            fh.write(json.dumps(g, ensure_ascii=False) + "\n")
    accept = []
    for line in (HERE / "must_accept.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        doc, token, kind = line.split()
        text = texts[doc]
        pattern = re.compile(r"(?<![\w-])" + re.escape(token) + r"(?![\w-])")
        spans = [m.span() for m in pattern.finditer(text)]
        assert spans, (doc, token)
        for g in gold:
            if g["doc"] == doc:
                assert not any(g["start"] < e and s < g["end"] for s, e in spans), (doc, token)
        accept.append({"doc": doc, "token": token, "kind": kind})
    with (OUT / "must_accept.jsonl").open("w", encoding="utf-8") as fh:
        for a in accept:
            fh.write(json.dumps(a, ensure_ascii=False) + "\n")
    print(len(gold), "gold errors,", len(accept), "must-accept tokens,", len(texts), "documents")


if __name__ == "__main__":
    build()

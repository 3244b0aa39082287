"""Speed of the checker, with `hunspell -l` on the same text as the baseline.

Figures printed (targets from issue 3):
  load        import of the engine + dictionaries + lexicon + rule packs, in a fresh process
              (<= 200 ms)
  full        check of a 1,000-word release, warm (<= 30 ms): once with the paragraph cache
              emptied but the speller's word memory warm (an editor session), once with every
              cache emptied (a new text)
  edit        re-check after a one-character edit of one paragraph (<= 5 ms)
  10k         a 10,000-word text of distinct paragraphs, all caches empty, against
              `hunspell -d id_ID -l` on the same text (ratio <= 3x)
Texts are made from the corpus (default ../shared/corpus/dev). Usage:
  python benchmarks/checker_speed.py [CORPUS] [--repeat N]
"""

from __future__ import annotations

import argparse
import compileall
import statistics
import subprocess
import sys
import time
from pathlib import Path

from humas_desktop.resources import resource_path

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"
LOAD_SNIPPET = """
import time
t0 = time.perf_counter()
from humas_desktop.checks.engine import Checker
Checker()
print((time.perf_counter() - t0) * 1000)
"""


def corpus_paragraphs(folder: Path) -> list[str]:
    paragraphs = []
    for path in sorted(folder.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                paragraphs.append(line.strip())
    return paragraphs


def text_of(paragraphs: list[str], words: int, tag: bool) -> str:
    """About `words` words of corpus paragraphs; `tag` makes every paragraph distinct."""
    out: list[str] = []
    count = 0
    i = 0
    while count < words:
        para = paragraphs[i % len(paragraphs)]
        if tag and i >= len(paragraphs):
            para = f"{para} (bagian {i // len(paragraphs) + 1})"
        out.append(para)
        count += len(para.split())
        i += 1
    return "\n\n".join(out)


def ms(seconds: float) -> float:
    return seconds * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="checker speed")
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args(argv)
    if not (args.corpus / "gold.jsonl").exists() and not list(args.corpus.glob("*.txt")):
        print(f"no corpus at {args.corpus} (DOC.txt files, gold.jsonl): nothing measured")
        return 0 if args.corpus == DEFAULT_CORPUS else 2
    paragraphs = corpus_paragraphs(args.corpus)

    # The installed program ships compiled bytecode; a fresh checkout (or one run with
    # PYTHONDONTWRITEBYTECODE=1) would otherwise compile every module in each fresh process.
    compileall.compile_dir(str(Path(__file__).resolve().parents[1] / "humas_desktop"), quiet=1)
    loads = []
    for _ in range(5):
        out = subprocess.run(
            [sys.executable, "-c", LOAD_SNIPPET], capture_output=True, text=True, check=True
        ).stdout
        loads.append(float(out.strip().splitlines()[-1]))
    load = statistics.median(loads)

    from humas_desktop.checks.engine import Checker

    checker = Checker()
    text = text_of(paragraphs, 1000, tag=False)
    n_words = len(text.split())
    checker.check(text_of(paragraphs, 3000, tag=True))  # warm the code paths

    warm = []
    cold = []
    for _ in range(args.repeat):
        checker.clear_cache()
        t = time.perf_counter()
        checker.check(text)
        warm.append(time.perf_counter() - t)
        checker.clear_cache(words=True)
        t = time.perf_counter()
        checker.check(text)
        cold.append(time.perf_counter() - t)

    edits = []
    checker.check(text)
    base = text
    for k in range(args.repeat):
        pos = base.index(" ", (k * 997) % (len(base) - 200)) + 1
        edited = base[:pos] + "x" + base[pos:]  # a one-character slip at a word start
        t = time.perf_counter()
        checker.check(edited)
        edits.append(time.perf_counter() - t)
        base = edited

    big = text_of(paragraphs, 10_000, tag=True)
    big_words = len(big.split())
    ours = []
    theirs = []
    dictionary = str(resource_path("dictionaries", "id_ID"))
    for _ in range(5):
        checker.clear_cache(words=True)
        t = time.perf_counter()
        checker.check(big)
        ours.append(time.perf_counter() - t)
        t = time.perf_counter()
        subprocess.run(
            ["hunspell", "-d", dictionary, "-l", "-i", "utf-8"],
            input=big.encode("utf-8"), capture_output=True, check=True,
        )
        theirs.append(time.perf_counter() - t)
    ours_ms, theirs_ms = ms(statistics.median(ours)), ms(statistics.median(theirs))

    print(f"corpus {args.corpus}")
    print(f"load (fresh process, engine + dictionaries + lexicon + rules): {load:7.1f} ms"
          "   target <= 200 ms")
    print(f"full check, {n_words} words, paragraph cache empty, words warm: "
          f"{ms(statistics.median(warm)):7.1f} ms   target <= 30 ms per 1,000 words")
    print(f"full check, {n_words} words, all caches empty:                 "
          f"{ms(statistics.median(cold)):7.1f} ms")
    print(f"re-check after a one-character edit (median of {len(edits)}):      "
          f"{ms(statistics.median(edits)):7.2f} ms   target <= 5 ms")
    print(f"{big_words} words, all caches empty: ours {ours_ms:.0f} ms, "
          f"hunspell -l {theirs_ms:.0f} ms, ratio {ours_ms / theirs_ms:.2f}x   target <= 3x")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Print start-up figures of the frozen bundle against `python -m humas_desktop` (median of N).

Run by packaging/build_bundle.sh; a figure to read, not a pass/fail test (team rule: speed is
measured by scripts that print figures and ratios against a baseline in the same run).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 5


def median_seconds(cmd: list[str], env: dict[str, str]) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    bundle = Path(sys.argv[1])
    python = sys.argv[2] if len(sys.argv) > 2 else sys.executable
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        cases = [
            ("GUI --exit-after-start",
             [str(bundle / "HumasDesktop"), "--data-dir", f"{tmp}/a", "--exit-after-start"],
             [python, "-m", "humas_desktop", "--data-dir", f"{tmp}/b", "--exit-after-start"]),
            ("CLI --version",
             [str(bundle / "humas-desktop"), "--version"],
             [python, "-m", "humas_desktop", "--version"]),
        ]
        # One untimed run each fills the archive folders and the OS file cache.
        for _, frozen, source in cases:
            subprocess.run(frozen, env=env, check=True, stdout=subprocess.DEVNULL)
            subprocess.run(source, env=env, check=True, stdout=subprocess.DEVNULL)
        print(f"start-up, median of {RUNS}:")
        for label, frozen, source in cases:
            f = median_seconds(frozen, env)
            s = median_seconds(source, env)
            print(f"  {label:24} bundle {f:.3f} s   python -m {s:.3f} s   ratio {f / s:.2f}")


if __name__ == "__main__":
    main()

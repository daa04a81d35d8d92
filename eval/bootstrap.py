#!/usr/bin/env python3
"""Events F1 of one gold set with a 95% bootstrap interval over its documents.

usage: eval/bootstrap.py GOLD_DIR PRED [N]

PRED is what score.py reads (a JSON Lines file of analysed documents). Events are matched per
document exactly as ../shared/tools/score.py matches them (same type, overlapping evidence); the
documents are then resampled with replacement N times (default 10000) and F1 recomputed each time.
A gold set of a dozen articles moves by several points from one sample of articles to another, and
this says how many: compare two systems on the same set by their matched counts, not by an F1 gap
inside the interval.
"""
import glob
import importlib.util
import json
import random
import sys
from pathlib import Path

SCORE = Path(__file__).resolve().parent.parent.parent / "shared" / "tools" / "score.py"


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    spec = importlib.util.spec_from_file_location("score", SCORE)
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    n = int(argv[3]) if len(argv) > 3 else 10000
    pred = score.load_pred(argv[2])
    rows = []
    for gf in sorted(glob.glob(f"{argv[1]}/*.gold.json")):
        gold = json.load(open(gf, encoding="utf-8"))
        gev = gold.get("events", [])
        pev = (pred.get(gold["doc"]) or {}).get("events", []) or []
        same = lambda a, b: a.get("type") == b.get("type") and score.overlaps(a.get("evidence", ""), b.get("evidence", ""))
        rows.append((len(score.greedy(gev, pev, same, lambda a, b: 0)), len(pev), len(gev)))

    def f1(sample):
        tp, p, g = (sum(r[i] for r in sample) for i in range(3))
        return 2 * tp / (p + g) if p + g else 0.0

    random.seed(6)
    fs = sorted(f1(random.choices(rows, k=len(rows))) for _ in range(n))
    tp, p, g = (sum(r[i] for r in rows) for i in range(3))
    print(f"docs {len(rows)} tp {tp} pred {p} gold {g} F1 {f1(rows):.3f} "
          f"95% interval {fs[int(0.025 * n)]:.3f}-{fs[int(0.975 * n)]:.3f}")


if __name__ == "__main__":
    main(sys.argv)

#!/usr/bin/env python3
"""Score a marsad binary on the four tuning sets (dev, dev2, holdout, holdout2) in one go.

usage: eval/tuning.py MARSAD_BIN OUT_DIR [--knowledge DATA_DIR] [--sets dev,dev2,...]

For each set it writes the set's articles as JSON Lines (eval/articles.py, from the
gold file names), runs `MARSAD_BIN analyze` on them, scores the output with
../shared/tools/score.py and prints the set's events line. Then it prints the sets
summed: events tp / pred / gold and F1, the matched events whose source, target,
place and date are right, the full-event tp, and the actors and places F1.
OUT_DIR keeps every set's articles, analysis and score (`<set>.score.json`), so two
builds can be compared event by event afterwards.

`--knowledge` gives the binary another data directory: a binary reads ./data by
default, so an older build run from this checkout would read today's data.

holdout2 is scored but never read (README, "Measuring quality"): print its line, never its errors.
dev3 (24 real/bulk/ articles, session 37) is scored only when named in `--sets`, so the default summed
line stays comparable with earlier sessions'; a change is judged on all five:
`--sets dev,dev2,holdout,holdout2,dev3`.
"""
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SHARED = REPO.parent / "shared"
SETS = ["dev", "dev2", "holdout", "holdout2"]
# Sets scored on request (`--sets`) and not in the summed line sessions compare by:
# dev3 (eval/dev3-gold/, 24 real/bulk/ articles, session 37).
EXTRA_SETS = ["dev3"]


def run_set(binary, out, name, knowledge):
    gold_dir = HERE / f"{name}-gold"
    docs = sorted(json.loads(f.read_text(encoding="utf-8"))["doc"] for f in gold_dir.glob("*.gold.json"))
    articles = out / f"{name}.articles.jsonl"
    with open(articles, "w", encoding="utf-8") as f:
        subprocess.run([sys.executable, str(HERE / "articles.py"), str(SHARED / "corpus" / "real"), *docs],
                       stdout=f, check=True)
    pred = out / f"{name}.jsonl"
    cmd = [binary, "analyze", str(articles), "--jsonl"] + (["--knowledge", knowledge] if knowledge else [])
    with open(pred, "w", encoding="utf-8") as f:
        subprocess.run(cmd, stdout=f, stderr=subprocess.DEVNULL, check=True, cwd=REPO)
    scored = subprocess.run([sys.executable, str(SHARED / "tools" / "score.py"), str(gold_dir), str(pred), "--json"],
                            capture_output=True, text=True, check=True)
    (out / f"{name}.score.json").write_text(scored.stdout, encoding="utf-8")
    return json.loads(scored.stdout)


def f1(tp, pred, gold):
    return 2 * tp / (pred + gold) if pred + gold else 0.0


def main(argv):
    args = argv[1:]
    knowledge = None
    sets = SETS
    if "--knowledge" in args:
        i = args.index("--knowledge")
        knowledge = args[i + 1]
        del args[i:i + 2]
    if "--sets" in args:
        i = args.index("--sets")
        sets = args[i + 1].split(",")
        del args[i:i + 2]
    if len(args) != 2 or any(s not in SETS + EXTRA_SETS for s in sets):
        sys.exit(__doc__)
    binary, out = str(Path(args[0]).resolve()), Path(args[1])
    out.mkdir(parents=True, exist_ok=True)
    t = dict.fromkeys(["tp", "pred", "gold", "src", "tgt", "place", "date", "full",
                       "a_tp", "a_pred", "a_gold", "p_tp", "p_pred", "p_gold"], 0)
    for name in sets:
        d = run_set(binary, out, name, knowledge)
        e, acc = d["events"], d["event_attr_acc"]
        print(f"{name:9} events F1 {e['f1']:.3f} (p {e['p']:.3f} r {e['r']:.3f}, tp {e['tp']} pred {e['pred']} gold {e['gold']})")
        t["tp"] += e["tp"]
        t["pred"] += e["pred"]
        t["gold"] += e["gold"]
        # score.py gives each attribute as a share of the matched events.
        for k in ("src", "tgt", "place", "date"):
            t[k] += round(acc[k] * e["tp"])
        t["full"] += d["events_full"]["tp"]
        for stage, key in (("actors", "a"), ("places", "p")):
            for n in ("tp", "pred", "gold"):
                t[f"{key}_{n}"] += d[stage][n]
    print(f"{'summed':9} events {t['tp']}/{t['pred']}/{t['gold']} F1 {f1(t['tp'], t['pred'], t['gold']):.4f}; "
          f"matched: source {t['src']} target {t['tgt']} place {t['place']} date {t['date']}, full {t['full']}; "
          f"actors F1 {f1(t['a_tp'], t['a_pred'], t['a_gold']):.4f}, places F1 {f1(t['p_tp'], t['p_pred'], t['p_gold']):.4f}")


if __name__ == "__main__":
    main(sys.argv)

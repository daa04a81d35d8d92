#!/usr/bin/env python3
"""Score one annotation of an article set against another with the reference scorer.

usage: eval/agreement/compare.py GOLD_DIR OTHER_DIR [SCORER]

Both folders hold <doc>.gold.json files; only documents present in both are compared. OTHER_DIR's
annotations are given to the scorer as predictions (each with an empty body: the boilerplate and
content lines of the output mean nothing here), so the events line is the events F1 one annotator
would get against the other. The scorer defaults to ../shared/tools/score.py.
"""
import json
import subprocess
import sys
import tempfile
from pathlib import Path


def main(argv):
    if len(argv) not in (3, 4):
        sys.exit(__doc__)
    gold, other = Path(argv[1]), Path(argv[2])
    scorer = argv[3] if len(argv) == 4 else "../shared/tools/score.py"
    names = sorted({p.name for p in gold.glob("*.gold.json")} & {p.name for p in other.glob("*.gold.json")})
    if not names:
        sys.exit(f"no document is annotated in both {gold} and {other}")
    with tempfile.TemporaryDirectory() as tmp:
        gdir = Path(tmp) / "gold"
        gdir.mkdir()
        pred = Path(tmp) / "pred.jsonl"
        with open(pred, "w", encoding="utf-8") as out:
            for name in names:
                (gdir / name).write_text((gold / name).read_text(encoding="utf-8"), encoding="utf-8")
                doc = json.loads((other / name).read_text(encoding="utf-8"))
                doc.setdefault("body", "")
                out.write(json.dumps(doc, ensure_ascii=False) + "\n")
        print(f"{len(names)} documents: {' '.join(n.removesuffix('.gold.json') for n in names)}")
        subprocess.run([sys.executable, scorer, str(gdir), str(pred)], check=True)


if __name__ == "__main__":
    main(sys.argv)

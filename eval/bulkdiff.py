#!/usr/bin/env python3
"""Compare two `marsad analyze --jsonl` outputs of the same input, event by event.

usage: eval/bulkdiff.py BASE.jsonl NEW.jsonl [--show N] [--seed S]

An event is keyed by its type and the byte offset of its evidence sentence. Prints how
many events the new output added, removed, and kept with another source, target or
place, then N of each drawn at random (seed S), evidence first: the sample a rule
change is judged on by hand before it lands (README, "Measuring quality").
"""
import json
import random
import sys


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def take_option(args, name, default):
    """Removes `name VALUE` from args and returns VALUE as an int."""
    if name not in args:
        return default
    i = args.index(name)
    value = int(args[i + 1])
    del args[i:i + 2]
    return value


def main(argv):
    files = argv[1:]
    show, seed = take_option(files, "--show", 10), take_option(files, "--seed", 1)
    if len(files) != 2:
        sys.exit(__doc__)
    base, new = load(files[0]), load(files[1])
    if [d.get("doc") for d in base] != [d.get("doc") for d in new]:
        sys.exit(f"{files[0]} and {files[1]} do not hold the same documents in the same order")
    added, removed, changed = [], [], []
    for a, b in zip(base, new):
        ka = {(e["type"], e["start"]): e for e in a.get("events") or []}
        kb = {(e["type"], e["start"]): e for e in b.get("events") or []}
        removed += [(a["doc"], ka[k]) for k in ka.keys() - kb.keys()]
        added += [(b["doc"], kb[k]) for k in kb.keys() - ka.keys()]
        for k in ka.keys() & kb.keys():
            p, q = ka[k], kb[k]
            if (p["source"], p["target"], p["place"]) != (q["source"], q["target"], q["place"]):
                changed.append((b["doc"], p, q))
    print(f"added {len(added)}, removed {len(removed)}, changed a side or place {len(changed)}")
    rng = random.Random(seed)
    for label, events in (("added", added), ("removed", removed)):
        for doc, e in rng.sample(sorted(events, key=lambda x: (x[0], x[1]["start"])), min(show, len(events))):
            print(f"\n{label} {doc} {e['type']} {e['source']} -> {e['target']} at {e['place']}\n  {e['evidence'][:300]}")
    for doc, p, q in rng.sample(changed, min(show, len(changed))):
        print(f"\nchanged {doc} {p['type']} {p['source']} -> {p['target']} at {p['place']}"
              f"  NOW {q['source']} -> {q['target']} at {q['place']}\n  {p['evidence'][:300]}")


if __name__ == "__main__":
    main(sys.argv)

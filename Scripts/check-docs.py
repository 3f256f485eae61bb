#!/usr/bin/env python3
"""Fails when DocC raised a warning: reads the diagnostics files `make docs` asks DocC to write.

    python3 Scripts/check-docs.py .build/docs/*.diagnostics.json

Each warning is printed as `file:line:column: warning: text`. A warning listed in Scripts/docs-known-warnings.txt
(`path: text`, one a line, `#` comments) is reported but does not fail: those are in files being rewritten, to be
fixed there. A listed warning DocC no longer raises is named so that its line can go.
"""
import json
import os
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
KNOWN = os.path.join(ROOT, "Scripts", "docs-known-warnings.txt")


def main(paths):
    known = set()
    if os.path.exists(KNOWN):
        with open(KNOWN, encoding="utf-8") as f:
            known = {line.strip() for line in f if line.strip() and not line.startswith("#")}
    if not paths:
        print("check-docs: no diagnostics files (did generate-documentation run?)", file=sys.stderr)
        return 1
    new, seen = [], set()
    for path in paths:
        with open(path, encoding="utf-8") as f:
            diagnostics = json.load(f).get("diagnostics", [])
        for d in diagnostics:
            if d.get("severity") not in ("warning", "error"):
                continue
            source = d.get("source", "").removeprefix("file://")
            relative = os.path.relpath(source, ROOT) if source else os.path.basename(path)
            start = d.get("range", {}).get("start", {})
            where = f"{relative}:{start.get('line', 0)}:{start.get('column', 0)}"
            key = f"{relative}: {d.get('summary', '')}"
            line = f"{where}: {d['severity']}: {d.get('summary', '')}"
            if key in known:
                seen.add(key)
                print(f"{line}   (known: Scripts/docs-known-warnings.txt)")
            else:
                new.append(line)
    for line in new:
        print(line)
    for key in sorted(known - seen):
        print(f"check-docs: no longer raised, remove from Scripts/docs-known-warnings.txt: {key}")
    if new:
        print(f"check-docs: {len(new)} DocC warning(s)", file=sys.stderr)
        return 1
    print(f"check-docs: no new DocC warnings in {len(paths)} archive(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

#!/usr/bin/env python3
"""Public-declaration doc coverage per target: how many `public` (or `open`) declarations have a `///` comment.

    python3 Scripts/doc-coverage.py                 # every library target under Sources/
    python3 Scripts/doc-coverage.py --missing       # and list each undocumented declaration as file:line
    python3 Scripts/doc-coverage.py ConveneMatch    # only the targets named

A declaration counts as documented when the line just above it — skipping attribute lines such as
`@discardableResult` — is a `///` line. A blank line or a plain `//` comment in between does not count, because
Swift then no longer attaches the comment to the declaration. Counted are lines whose modifiers include `public`
or `open` and that declare something (func, init, subscript, var, let, struct, class, enum, protocol, actor,
typealias, case, associatedtype); `public import` is not a declaration. Enum cases inside a public enum are public
without the keyword and are not counted here. The executable target `convene` has no public API and is skipped.
"""
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
SOURCES = os.path.join(ROOT, "Sources")
SKIP = {"convene", "CXlsxWriter"}

MODIFIERS = r"(?:public|open|private\(set\)|fileprivate\(set\)|internal\(set\)|static|class|final|override|mutating|nonmutating|nonisolated|indirect|lazy|convenience|required|dynamic|weak|unowned|consuming|borrowing)"
KEYWORDS = r"(?:func|init\??!?|subscript|var|let|struct|class|enum|protocol|actor|typealias|case|associatedtype)"
DECLARATION = re.compile(rf"^\s*(?:{MODIFIERS}\s+)*?(?:public|open)\s+(?:{MODIFIERS}\s+)*{KEYWORDS}\b")


def declarations(path):
    """Yields (line number, line, documented) for each public declaration in one file."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for index, line in enumerate(lines):
        if not DECLARATION.match(line):
            continue
        above = index - 1
        while above >= 0 and lines[above].strip().startswith("@"):
            above -= 1
        documented = above >= 0 and lines[above].strip().startswith("///")
        yield index + 1, line.strip(), documented


def main(argv):
    show_missing = "--missing" in argv
    wanted = [a for a in argv if not a.startswith("--")]
    targets = sorted(t for t in os.listdir(SOURCES) if os.path.isdir(os.path.join(SOURCES, t)) and t not in SKIP)
    if wanted:
        targets = [t for t in targets if t in wanted]
    total_all = documented_all = 0
    missing = []
    print(f"{'target':<22}{'public':>8}{'documented':>12}{'coverage':>10}")
    for target in targets:
        total = documented = 0
        for folder, _, files in os.walk(os.path.join(SOURCES, target)):
            if ".docc" in folder:
                continue
            for name in sorted(files):
                if not name.endswith(".swift"):
                    continue
                path = os.path.join(folder, name)
                for number, line, is_documented in declarations(path):
                    total += 1
                    documented += is_documented
                    if not is_documented:
                        missing.append(f"{os.path.relpath(path, ROOT)}:{number}: {line}")
        total_all += total
        documented_all += documented
        share = f"{100 * documented / total:.0f} %" if total else "—"
        print(f"{target:<22}{total:>8}{documented:>12}{share:>10}")
    share = f"{100 * documented_all / total_all:.0f} %" if total_all else "—"
    print(f"{'all':<22}{total_all:>8}{documented_all:>12}{share:>10}")
    if show_missing:
        print()
        print("\n".join(missing))


if __name__ == "__main__":
    main(sys.argv[1:])

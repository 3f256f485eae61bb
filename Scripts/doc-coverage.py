#!/usr/bin/env python3
"""Public-declaration doc coverage per target: how many `public` (or `open`) declarations have a `///` comment.

    python3 Scripts/doc-coverage.py                 # every library target under Sources/
    python3 Scripts/doc-coverage.py --missing       # and list each undocumented declaration as file:line
    python3 Scripts/doc-coverage.py ConveneMatch    # only the targets named
    python3 Scripts/doc-coverage.py --examples      # and count public types and functions without an example
    python3 Scripts/doc-coverage.py --missing-examples   # … and list each of those as file:line

A declaration counts as documented when the line just above it — skipping attribute lines such as
`@discardableResult` — is a `///` line. A blank line or a plain `//` comment in between does not count, because
Swift then no longer attaches the comment to the declaration. Counted are lines whose modifiers include `public`
or `open` and that declare something (func, init, subscript, var, let, struct, class, enum, protocol, actor,
typealias, case, associatedtype); `public import` is not a declaration. Enum cases inside a public enum are public
without the keyword and are not counted here. The executable target `convene` has no public API and is skipped.

With `--examples` (or `--missing-examples`) two more columns count the public types and functions (struct, class,
enum, protocol, actor, func, init, subscript — not properties, enum cases, typealiases or associated types) and how
many of them carry a ```swift code block in their `///` comment: the whole block of consecutive `///` lines just
above the declaration, again skipping attribute lines.
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
# Which declarations need an example: types and functions, not properties, cases or aliases.
NEEDS_EXAMPLE = re.compile(rf"^\s*(?:{MODIFIERS}\s+)*?(?:public|open)\s+(?:{MODIFIERS}\s+)*"
                           r"(?:func|init\??!?|subscript|struct|class|enum|protocol|actor)\b")
EXAMPLE = re.compile(r"^\s*///\s*```\s*swift\b")


def declarations(path):
    """Yields (line number, line, documented, needs an example, has an example) for each public declaration."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for index, line in enumerate(lines):
        if not DECLARATION.match(line):
            continue
        above = index - 1
        while above >= 0 and lines[above].strip().startswith("@"):
            above -= 1
        documented = above >= 0 and lines[above].strip().startswith("///")
        has_example = False
        while above >= 0 and lines[above].strip().startswith("///"):
            has_example = has_example or bool(EXAMPLE.match(lines[above]))
            above -= 1
        yield index + 1, line.strip(), documented, bool(NEEDS_EXAMPLE.match(line)), has_example


def main(argv):
    show_missing = "--missing" in argv
    show_missing_examples = "--missing-examples" in argv
    examples = show_missing_examples or "--examples" in argv
    wanted = [a for a in argv if not a.startswith("--")]
    targets = sorted(t for t in os.listdir(SOURCES) if os.path.isdir(os.path.join(SOURCES, t)) and t not in SKIP)
    if wanted:
        targets = [t for t in targets if t in wanted]
    total_all = documented_all = needing_all = exemplified_all = 0
    missing, missing_examples = [], []
    header = f"{'target':<22}{'public':>8}{'documented':>12}{'coverage':>10}"
    if examples:
        header += f"{'types+funcs':>13}{'example':>9}{'no example':>12}"
    print(header)
    for target in targets:
        total = documented = needing = exemplified = 0
        for folder, _, files in os.walk(os.path.join(SOURCES, target)):
            if ".docc" in folder:
                continue
            for name in sorted(files):
                if not name.endswith(".swift"):
                    continue
                path = os.path.join(folder, name)
                for number, line, is_documented, needs, has in declarations(path):
                    where = f"{os.path.relpath(path, ROOT)}:{number}: {line}"
                    total += 1
                    documented += is_documented
                    if not is_documented:
                        missing.append(where)
                    if needs:
                        needing += 1
                        exemplified += has
                        if not has:
                            missing_examples.append(where)
        total_all += total
        documented_all += documented
        needing_all += needing
        exemplified_all += exemplified
        print(row(target, total, documented, needing, exemplified, examples))
    print(row("all", total_all, documented_all, needing_all, exemplified_all, examples))
    if show_missing:
        print()
        print("\n".join(missing))
    if show_missing_examples:
        print()
        print("\n".join(missing_examples))
    # --check: fail (exit 1) when a public declaration has no /// or a public type or function no example;
    # `make test` runs it so the documentation cannot fall behind the code unnoticed.
    if "--check" in argv and (missing or missing_examples):
        print(f"doc coverage: {len(missing)} undocumented, {len(missing_examples)} without an example "
              "(python3 Scripts/doc-coverage.py --missing --missing-examples lists them)", file=sys.stderr)
        sys.exit(1)


def row(name, total, documented, needing, exemplified, examples):
    """One line of the table; the example columns only when asked for."""
    share = f"{100 * documented / total:.0f} %" if total else "—"
    line = f"{name:<22}{total:>8}{documented:>12}{share:>10}"
    if examples:
        line += f"{needing:>13}{exemplified:>9}{needing - exemplified:>12}"
    return line


if __name__ == "__main__":
    main(sys.argv[1:])

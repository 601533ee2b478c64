#!/usr/bin/env python3
"""Adds the symbols that RS0016 reports to each project's PublicAPI.Unshipped.txt (docs/packaging.md).

The analyzer's code fix does this in an IDE; on the command line: build, pipe the output here, review the diff.
    dotnet build src/X/X.csproj -f net10.0 2>&1 | python3 eng/add-unshipped-api.py
"""
import os
import re
import sys

PATTERN = re.compile(r"error RS0016: Symbol '(?P<symbol>.+?)' is not part of the declared public API .*\[(?P<project>[^\]]+?\.csproj)")

added = {}
for line in sys.stdin:
    match = PATTERN.search(line)
    if match:
        added.setdefault(os.path.dirname(match["project"].split("::")[0]), set()).add(match["symbol"])

for folder, symbols in sorted(added.items()):
    path = os.path.join(folder, "PublicAPI.Unshipped.txt")
    with open(path, encoding="utf-8") as file:
        lines = [line.rstrip("\n") for line in file if line.strip()]
    header = [line for line in lines if line.startswith("#")]
    body = sorted(set(line for line in lines if not line.startswith("#")) | symbols, key=str.lower)
    with open(path, "w", encoding="utf-8", newline="\n") as file:
        file.write("\n".join(header + body) + "\n")
    print(f"{path}: {len(symbols)} symbol(s) added")

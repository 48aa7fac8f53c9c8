#!/usr/bin/env python3
"""Accepts a change to the SeedData package's public API: builds src/SeedData, then adds to PublicAPI.Unshipped.txt
every symbol the build reports as undeclared (RS0016) and removes every declared one it no longer finds (RS0017).
Run it after changing the dataset's records or model, then read the diff: it is the API change being accepted.
(dotnet format's code fix for RS0016 does not reach generated members, which most of this API is.)"""
import re, subprocess, sys, pathlib

root = pathlib.Path(__file__).resolve().parent.parent
unshipped = root / "src" / "SeedData" / "PublicAPI.Unshipped.txt"
build = subprocess.run(["dotnet", "build", str(root / "src" / "SeedData" / "SeedData.csproj"), "-c", "Release", "--no-incremental"],
                       capture_output=True, text=True)
added, removed = set(), set()
for line in build.stdout.splitlines():
    found = re.search(r"error RS0016: Symbol '(.*)' is not part of the declared public API", line)
    if found: added.add(found.group(1))
    found = re.search(r"error RS0017: Symbol '(.*)' is part of the declared API, but is either not public or could not be found", line)
    if found: removed.add(found.group(1))
lines = unshipped.read_text(encoding="utf-8").splitlines()
header = [l for l in lines if l.startswith("#")]
body = sorted((set(l for l in lines if l and not l.startswith("#")) - removed) | added, key=lambda s: s.encode("utf-8"))
unshipped.write_text("\n".join(header + body) + "\n", encoding="utf-8")
print(f"PublicAPI.Unshipped.txt: {len(added)} added, {len(removed)} removed")
sys.exit(0)

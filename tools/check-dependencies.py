#!/usr/bin/env python3
"""Dependency hygiene (issue 11), run by test.sh after the build:

- no package, direct or transitive, with a known vulnerability (`dotnet list package --vulnerable`, NuGet's advisory
  database);
- every package under a permissive licence, which any licence the hub is published under can include. The licence is
  read from each restored package's .nuspec (an SPDX expression); a package that ships its licence as a file is
  accepted only when that file is the licence named for it below. Test-only projects may also use MPL-2.0 (axe-core):
  they are never shipped.

Prints what it found and exits 1 on any problem.
"""
import glob
import json
import os
import re
import subprocess
import sys

PERMISSIVE = {"MIT", "Apache-2.0", "BSD-2-Clause", "BSD-3-Clause", "PostgreSQL", "ISC", "MS-PL", "Zlib", "0BSD"}
TEST_ONLY = {"MPL-2.0"}

# Packages whose .nuspec points at a licence file: the licence that file must be, checked by its title line.
LICENCE_FILES = {"Lucene.Net": ("Apache-2.0", "Apache License"), "J2N": ("Apache-2.0", "Apache License")}


def licence_of(name, package_dir):
    nuspec = next(iter(glob.glob(os.path.join(package_dir, "*.nuspec"))), None)
    text = open(nuspec, encoding="utf-8-sig").read() if nuspec else ""
    if match := re.search(r'<license type="expression">([^<]+)</license>', text):
        return match.group(1).strip()
    if match := re.search(r'<license type="file">([^<]+)</license>', text):
        reviewed = next((v for k, v in LICENCE_FILES.items() if name == k or name.startswith(k + ".")), None)
        path = os.path.join(package_dir, match.group(1))
        if reviewed and os.path.exists(path) and reviewed[1] in open(path, encoding="utf-8-sig", errors="replace").read(2000):
            return reviewed[0]
        return f"unreviewed licence file {match.group(1)}"
    return "no licence expression"


def allowed(expression, test_only):
    accepted = PERMISSIVE | (TEST_ONLY if test_only else set())
    return any(all(part.strip() in accepted for part in option.split(" AND "))
               for option in expression.strip("()").split(" OR "))


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    packages_root = os.environ.get("NUGET_PACKAGES", os.path.expanduser("~/.nuget/packages"))
    problems, checked = [], set()
    for assets in sorted(glob.glob(os.path.join(root, "*", "*", "obj", "project.assets.json"))):
        project = os.path.relpath(assets, root).split(os.sep)
        test_only = project[0] in ("tests", "bench")
        for key, library in json.load(open(assets))["libraries"].items():
            if library.get("type") != "package":
                continue
            name = key.split("/")[0]
            expression = licence_of(name, os.path.join(packages_root, library["path"]))
            checked.add(key)
            if not allowed(expression, test_only):
                problems.append(f"{key} in {'/'.join(project[:2])}: {expression}")

    vulnerable = subprocess.run(
        ["dotnet", "list", os.path.join(root, "CseaHub.slnx"), "package", "--vulnerable", "--include-transitive"],
        capture_output=True, text=True)
    if vulnerable.returncode != 0 or "has the following vulnerable packages" in vulnerable.stdout:
        problems.append("vulnerable packages or no answer from NuGet's advisories:\n" + vulnerable.stdout + vulnerable.stderr)

    print(f"dependencies: {len(checked)} package versions, licences and known vulnerabilities checked")
    for problem in problems:
        print(f"  problem: {problem}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""scripts/openapi-schemas --check passes on the document and fails on one whose generated block
differs from what the field lists give (a field added to a record but not regenerated)."""
import os
import subprocess
import sys
import tempfile

script, tool, openapi = sys.argv[1:4]


def check(path):
    return subprocess.run([sys.executable, script, tool, path, "--check"], capture_output=True, text=True)


assert check(openapi).returncode == 0, "the document's generated schemas should be current"
with open(openapi, encoding="utf-8") as file:
    document = file.read()
stale = document.replace("        next_local_id: {type: integer", "        next_local_i: {type: integer", 1)
assert stale != document, "the test's edit must hit the generated block"
with tempfile.TemporaryDirectory() as directory:
    path = os.path.join(directory, "openapi.yaml")
    with open(path, "w", encoding="utf-8") as file:
        file.write(stale)
    result = check(path)
    assert result.returncode != 0 and "not current" in result.stderr, result
print("a stale generated block fails the check")

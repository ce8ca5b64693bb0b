#!/usr/bin/env python3
"""Everything the program writes is its owner's alone (0600), even under a permissive umask: the
database, its WAL and shared-memory files, backups, restored databases and evaluation exports.
`afklaring backup` copies a database a server is writing to, and `restore` brings it back.
Usage: files_at_rest_test.py AFKLARING_BINARY"""
import os
import pathlib
import stat
import subprocess
import sys
import tempfile
import time
import urllib.request

from system_support import Checks, free_port

BINARY = sys.argv[1]
check = Checks()


def mode(path):
    return stat.S_IMODE(os.stat(path).st_mode)


def run(*args):
    return subprocess.run([BINARY, *args], check=True, capture_output=True, text=True, preexec_fn=lambda: os.umask(0o022))


def main():
    with tempfile.TemporaryDirectory() as work:
        db = f"{work}/afklaring.sqlite"
        run("seed-demo", "--db", db, "--today", "2026-03-11")
        port = free_port()
        server = subprocess.Popen([BINARY, "serve", "--db", db, "--port", str(port), "--web-root", "", "--quiet"],
                                  preexec_fn=lambda: os.umask(0o022), stderr=subprocess.DEVNULL)
        try:
            for _ in range(200):
                try:
                    urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v1/health", timeout=1)
                    break
                except OSError:
                    time.sleep(0.05)
            for suffix in ("", "-wal", "-shm"):
                path = db + suffix
                check(os.path.exists(path) and mode(path) == 0o600, f"{pathlib.Path(path).name} is 0600")
            run("backup", "--db", db, "--out", f"{work}/backup.sqlite")
            check(mode(f"{work}/backup.sqlite") == 0o600, "the backup taken while the server runs is 0600")
            again = subprocess.run([BINARY, "backup", "--db", db, "--out", f"{work}/backup.sqlite"], capture_output=True)
            check(again.returncode != 0, "an existing backup is not overwritten")
        finally:
            server.terminate()
            server.wait(timeout=10)
        run("restore", "--from", f"{work}/backup.sqlite", "--db", f"{work}/restored.sqlite")
        check(mode(f"{work}/restored.sqlite") == 0o600, "the restored database is 0600")
        refused = subprocess.run([BINARY, "restore", "--from", f"{work}/backup.sqlite", "--db", db], capture_output=True)
        check(refused.returncode != 0, "restore over an existing database needs --replace")
        run("restore", "--from", f"{work}/backup.sqlite", "--db", db, "--replace")
        run("export", "evaluation", "--db", db, "--from", "2025-01-01", "--to", "2026-03-11", "--out", f"{work}/eval")
        exported = list(pathlib.Path(f"{work}/eval").iterdir())
        check(exported and all(mode(path) == 0o600 for path in exported), "the evaluation export's files are 0600")
        check(mode(f"{work}/eval") == 0o700, "the export folder is 0700")
    check.finish()


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""The audit log proves itself: entries written by a running server verify with `afklaring audit
verify`; editing one row in the database file (as anyone with the file could) makes verify fail
and name that row; `audit prune` removes old entries and what remains still verifies.
Usage: audit_chain_test.py AFKLARING_BINARY"""
import json
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.request

from system_support import Checks, free_port

BINARY = sys.argv[1]
check = Checks()


def run(*args):
    return subprocess.run([BINARY, *args], capture_output=True, text=True)


def log_in_and_read_the_board(port):
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor())
    body = json.dumps({"username": "medarbejder", "password": "afklaring-demo"}).encode()
    opener.open(urllib.request.Request(f"http://127.0.0.1:{port}/api/v1/session", data=body,
                                       headers={"content-type": "application/json"}), timeout=10)
    # One entry per refresh, naming every citizen the board showed.
    for _ in range(10):
        opener.open(f"http://127.0.0.1:{port}/api/v1/units/1/board", timeout=10).read()


def main():
    with tempfile.TemporaryDirectory() as work:
        db = f"{work}/afklaring.sqlite"
        subprocess.run([BINARY, "seed-demo", "--db", db, "--today", "2026-03-11"], check=True, capture_output=True)
        port = free_port()
        server = subprocess.Popen([BINARY, "serve", "--db", db, "--port", str(port), "--web-root", "", "--quiet",
                                   "--today", "2026-03-11"], stderr=subprocess.DEVNULL)
        try:
            for _ in range(200):
                try:
                    urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v1/health", timeout=1)
                    break
                except OSError:
                    time.sleep(0.05)
            log_in_and_read_the_board(port)
        finally:
            server.terminate()
            server.wait(timeout=10)

        with sqlite3.connect(db) as sql:
            entries = sql.execute("SELECT COUNT(*) FROM audit_log").fetchone()[0]
            middle = sql.execute("SELECT id FROM audit_log ORDER BY id LIMIT 1 OFFSET ?", (entries // 2,)).fetchone()[0]
        check(entries > 5, f"the server wrote audit entries ({entries})")
        intact = run("audit", "verify", "--db", db)
        check(intact.returncode == 0 and f"{entries} poster" in intact.stdout, "an untouched log verifies")

        with sqlite3.connect(db) as sql:
            sql.execute("UPDATE audit_log SET role = 'admin' WHERE id = ?", (middle,))
        tampered = run("audit", "verify", "--db", db)
        check(tampered.returncode == 1, "verify fails after a row was edited in the file")
        check(f"ved post {middle}" in tampered.stdout, f"verify names the edited row ({middle})")
        with sqlite3.connect(db) as sql:
            sql.execute("UPDATE audit_log SET role = 'unit_staff' WHERE id = ?", (middle,))
            sql.execute("DELETE FROM audit_log WHERE id = ?", (middle + 1,))
        deleted = run("audit", "verify", "--db", db)
        check(deleted.returncode == 1 and f"ved post {middle + 2}" in deleted.stdout,
              "verify fails after a row was deleted, at the row after the gap")

        # Pruning up to the gap leaves an intact chain of the rest.
        with sqlite3.connect(db) as sql:
            sql.execute("UPDATE audit_log SET at = '2020-01-01T00:00:00Z' WHERE id <= ?", (middle,))
        pruned = run("audit", "prune", "--db", db, "--before", "2021-01-01")
        check(pruned.returncode == 0, "prune runs")
        remaining = run("audit", "verify", "--db", db)
        check(remaining.returncode == 1, "pruning does not heal a gap after the pruned part")
        with sqlite3.connect(db) as sql:
            sql.execute("UPDATE audit_log SET at = '2020-01-01T00:00:00Z' WHERE id <= ?", (middle + 2,))
        run("audit", "prune", "--db", db, "--before", "2021-01-01")
        healed = run("audit", "verify", "--db", db)
        check(healed.returncode == 0, "after pruning past the damage, the remaining entries verify from the anchor")
    check.finish()


if __name__ == "__main__":
    main()

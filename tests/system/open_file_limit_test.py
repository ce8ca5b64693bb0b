#!/usr/bin/env python3
"""At the open-file limit the server backs off instead of spinning on accept, keeps serving the
connections it has, and accepts again when descriptors are free. The server runs with a lowered
RLIMIT_NOFILE (as `ulimit -n 64` would); idle connections use up the rest. The measure of "not
spinning" is the server's own CPU time (user + system, /proc) while it is saturated: a spinning
accept loop burns a core; backing off costs next to nothing.
Usage: open_file_limit_test.py AFKLARING_BINARY"""
import os
import resource
import socket
import subprocess
import sys
import tempfile
import time

from system_support import Checks, free_port

BINARY = sys.argv[1]
LIMIT = 64
check = Checks()


def cpu_seconds(pid):
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def health(sock):
    sock.sendall(b"GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n")
    data = b""
    while b"\r\n\r\n" not in data or not data.endswith(b"}"):
        chunk = sock.recv(4096)
        if not chunk:
            break
        data += chunk
    return data.split(b"\r\n", 1)[0]


def main():
    with tempfile.TemporaryDirectory() as work:
        subprocess.run([BINARY, "migrate", "--db", f"{work}/limit.sqlite"], check=True, capture_output=True)
        port = free_port()
        lower_limit = lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (LIMIT, LIMIT))
        server = subprocess.Popen([BINARY, "serve", "--db", f"{work}/limit.sqlite", "--port", str(port), "--web-root", "",
                                   "--threads", "2", "--quiet"], preexec_fn=lower_limit,
                                  stdout=subprocess.DEVNULL, stderr=open(f"{work}/server.log", "w"))
        log_path = f"{work}/server.log"
        try:
            for _ in range(200):
                try:
                    established = socket.create_connection(("127.0.0.1", port), timeout=10)
                    break
                except OSError:
                    time.sleep(0.05)
            check(health(established) == b"HTTP/1.1 200 OK", "an established keep-alive connection is served")

            # Idle connections until the server has no descriptor left (and some more in the backlog).
            idle = [socket.create_connection(("127.0.0.1", port), timeout=10) for _ in range(LIMIT + 20)]
            time.sleep(0.5)
            before = cpu_seconds(server.pid)
            time.sleep(3)
            spent = cpu_seconds(server.pid) - before
            check(spent < 0.6, f"out of descriptors the server backs off: {spent:.2f} s CPU in 3 s (spinning: ~3 s)")
            check(health(established) == b"HTTP/1.1 200 OK", "the established connection is still served")
            check(server.poll() is None, "the server is still running")

            for connection in idle:
                connection.close()
            time.sleep(1.5)  # the longest back-off is 0.5 s
            with socket.create_connection(("127.0.0.1", port), timeout=10) as fresh:
                check(health(fresh) == b"HTTP/1.1 200 OK", "new connections are accepted again")
            log = open(f"{work}/server.log").read()
            check("backing off" in log, "the back-off is logged")
        except Exception:
            print(open(log_path).read()[-12000:], file=sys.stderr)
            raise
        finally:
            server.terminate()
            server.wait(timeout=10)
    check.finish()


if __name__ == "__main__":
    main()

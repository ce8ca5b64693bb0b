"""What the system tests share: named checks that all run before the test fails, a free loopback
port, and waiting until a started server listens."""
import pathlib
import socket
import sys
import time


class Checks:
    def __init__(self):
        self.failures = []

    def __call__(self, condition, what):
        print(("ok   " if condition else "FAIL ") + what)
        if not condition:
            self.failures.append(what)

    def finish(self):
        if self.failures:
            sys.exit(f"{len(self.failures)} check(s) failed")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port, process, log_path):
    """Until something accepts on `port`; ends the test with the log if `process` ends first."""
    for _ in range(200):
        if process.poll() is not None:
            sys.exit(f"{process.args[0]} ended: {pathlib.Path(log_path).read_text()}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.05)
    sys.exit(f"nothing listens on {port}")

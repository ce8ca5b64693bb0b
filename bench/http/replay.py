"""Replays the fuzz corpora against a running server (bench/http/hostile_replay): raw requests as
nobody and as each demo role, and JSON payloads posted to the routes that read them."""
import collections
import json
import os
import pathlib
import socket
import sys

port, server_pid, corpus = int(sys.argv[1]), int(sys.argv[2]), pathlib.Path(sys.argv[3])
extra = [pathlib.Path(d) for d in sys.argv[4:]]
ROLES = ["medarbejder", "leder", "afsnit", "myndighed", "projektleder", "evaluator", "admin"]
PAYLOAD_ROUTES = ["/api/v1/citizens", "/api/v1/referrals", "/api/v1/courses/1/commands/record-ward-visit",
                  "/api/v1/economics/tariff", "/api/v1/simulations", "/api/v1/users", "/api/v1/session/password",
                  "/api/v1/units/1/places", "/api/v1/instruments"]


def exchange(data):
    with socket.create_connection(("127.0.0.1", port), timeout=30) as s:
        s.sendall(data)
        s.shutdown(socket.SHUT_WR)
        answer = b""
        while True:
            chunk = s.recv(65536)
            if not chunk:
                break
            answer += chunk
    line = answer.split(b"\r\n", 1)[0].split(b" ")
    return int(line[1]) if len(line) > 1 and line[1].isdigit() else 0


def session(user):
    body = json.dumps({"username": user, "password": "afklaring-demo"}).encode()
    with socket.create_connection(("127.0.0.1", port), timeout=30) as s:
        s.sendall(b"POST /api/v1/session HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nConnection: close\r\n"
                  b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body)
        answer = b""
        while chunk := s.recv(65536):
            answer += chunk
    head, _, payload = answer.partition(b"\r\n\r\n")
    cookie = [l for l in head.split(b"\r\n") if l.lower().startswith(b"set-cookie:")][0].split(b":", 1)[1].split(b";")[0].strip()
    csrf = json.loads(payload)["csrf_token"].encode()
    return b"Cookie: " + cookie + b"\r\nX-CSRF-Token: " + csrf + b"\r\n"


sessions = [b""] + [session(user) for user in ROLES]
counts = collections.Counter()
sent = 0
raw_dirs = [corpus / "fuzz_http_request"] + extra
for folder in raw_dirs:
    for path in sorted(p for p in folder.iterdir() if p.is_file()):
        data = path.read_bytes()[1:]
        for headers in sessions:
            line_end = data.find(b"\r\n")
            request = data[: line_end + 2] + headers + data[line_end + 2:] if line_end >= 0 and headers else data
            status = exchange(request)
            counts[f"{status // 100}xx" if status else "closed"] += 1
            sent += 1
            if status >= 500:
                print(f"{status} for {path.name}", file=sys.stderr)
for path in sorted((corpus / "fuzz_json_payloads").iterdir()):
    body = path.read_bytes()[1:]
    for route in PAYLOAD_ROUTES:
        for headers in sessions[1:]:
            request = (f"POST {route} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nIf-Match: \"1\"\r\n"
                       f"Content-Length: {len(body)}\r\n").encode() + headers + b"\r\n" + body
            status = exchange(request)
            counts[f"{status // 100}xx" if status else "closed"] += 1
            sent += 1
            if status >= 500:
                print(f"{status} for {path.name} on {route}", file=sys.stderr)
alive = os.path.exists(f"/proc/{server_pid}") and exchange(b"GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n") == 200
print("| requests replayed | 2xx | 3xx | 4xx | 5xx | closed without answer | server alive after |")
print("|---|---|---|---|---|---|---|")
print(f"| {sent:,} | {counts['2xx']:,} | {counts['3xx']:,} | {counts['4xx']:,} | {counts['5xx']} | {counts['closed']} | "
      f"{'yes' if alive else 'NO'} |".replace(",", "."))
sys.exit(1 if counts["5xx"] or not alive else 0)

#!/usr/bin/env python3
"""End to end through Debian's nginx with deploy/nginx/afklaring.conf: a throw-away self-signed
certificate in a temp dir, nginx in front of `afklaring serve --trusted-proxy`, a log-in and a
course read over HTTPS. Checks HSTS, the Secure cookie, that the audit names the client's address
(not the proxy's), that forwarded headers from anyone but the proxy are ignored, and that plain
HTTP is redirected. Usage: nginx_tls_test.py AFKLARING_BINARY"""
import http.client
import json
import os
import pathlib
import re
import ssl
import subprocess
import sys
import tempfile

from system_support import Checks, free_port, wait_for_port

REPO = pathlib.Path(__file__).resolve().parents[2]
BINARY = sys.argv[1]
PROXY_ADDRESS = "127.0.0.2"   # nginx connects to the server from here (proxy_bind)
CLIENT_ADDRESS = "127.0.0.3"  # the browser connects to nginx from here
check = Checks()


def site_config(work, backend_port, https_port, http_port):
    """deploy/nginx/afklaring.conf with this run's ports, certificate, log paths and proxy address."""
    text = (REPO / "deploy/nginx/afklaring.conf").read_text()
    text = re.sub(r"^\s*listen \[::\].*\n", "", text, flags=re.M)  # no IPv6 on every test machine
    replacements = {
        "server 127.0.0.1:8080;": f"server 127.0.0.1:{backend_port};",
        "listen 443 ssl http2;": f"listen 127.0.0.1:{https_port} ssl http2;",
        "listen 80;": f"listen 127.0.0.1:{http_port};",
        "/etc/ssl/afklaring/fullchain.pem": f"{work}/cert.pem",
        "/etc/ssl/afklaring/privkey.pem": f"{work}/key.pem",
        "/var/log/nginx/afklaring-access.log": f"{work}/access.log",
        "proxy_pass http://afklaring;": f"proxy_pass http://afklaring;\n        proxy_bind {PROXY_ADDRESS};",
    }
    for old, new in replacements.items():
        assert old in text, f"deploy/nginx/afklaring.conf no longer has {old!r}"
        text = text.replace(old, new)
    return text


def request(connection, method, path, body=None, cookie=None, headers=None):
    all_headers = dict(headers or {})
    if body is not None:
        all_headers["Content-Type"] = "application/json"
    if cookie:
        all_headers["Cookie"] = cookie
    connection.request(method, path, body=json.dumps(body) if body is not None else None, headers=all_headers)
    response = connection.getresponse()
    data = response.read()
    return response, (json.loads(data) if data and response.getheader("Content-Type", "").startswith("application/json") else None)


def login(connection, username):
    response, body = request(connection, "POST", "/api/v1/session", {"username": username, "password": "afklaring-demo"})
    return response, body, (response.getheader("Set-Cookie") or "")


def main():
    with tempfile.TemporaryDirectory() as work:
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
                        "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
                        "-keyout", f"{work}/key.pem", "-out", f"{work}/cert.pem"], check=True, capture_output=True)
        backend, https_port, http_port = free_port(), free_port(), free_port()
        subprocess.run([BINARY, "seed-demo", "--db", f"{work}/demo.sqlite", "--today", "2026-03-11"], check=True,
                       capture_output=True)
        server_log = f"{work}/server.log"
        server = subprocess.Popen([BINARY, "serve", "--db", f"{work}/demo.sqlite", "--port", str(backend), "--web-root", "",
                                   "--trusted-proxy", PROXY_ADDRESS, "--today", "2026-03-11"],
                                  stdout=open(server_log, "w"), stderr=subprocess.STDOUT)
        (pathlib.Path(work) / "site.conf").write_text(site_config(work, backend, https_port, http_port))
        user = "user root;\n" if os.geteuid() == 0 else ""
        (pathlib.Path(work) / "nginx.conf").write_text(
            f"{user}worker_processes 1;\npid {work}/nginx.pid;\nerror_log {work}/error.log;\n"
            "events { worker_connections 64; }\n"
            f"http {{\n client_body_temp_path {work}/body;\n proxy_temp_path {work}/proxy;\n"
            f" fastcgi_temp_path {work}/fastcgi;\n uwsgi_temp_path {work}/uwsgi;\n scgi_temp_path {work}/scgi;\n"
            f" include {work}/site.conf;\n}}\n")
        nginx = subprocess.Popen(["nginx", "-p", work, "-e", f"{work}/error.log", "-c", f"{work}/nginx.conf",
                                  "-g", "daemon off;"], stdout=subprocess.DEVNULL, stderr=open(f"{work}/nginx.out", "w"))
        try:
            wait_for_port(backend, server, server_log)
            wait_for_port(https_port, nginx, f"{work}/nginx.out")
            context = ssl.create_default_context(cafile=f"{work}/cert.pem")
            https = lambda: http.client.HTTPSConnection("127.0.0.1", https_port, context=context, timeout=20,
                                                        source_address=(CLIENT_ADDRESS, 0))

            response, body = request(https(), "GET", "/api/v1/health")
            check(response.status == 200 and body == {"status": "ok"}, "health over HTTPS")
            check(response.getheader("Strict-Transport-Security", "").startswith("max-age=63072000"), "HSTS header")
            check(response.getheader("X-Frame-Options") == "DENY", "X-Frame-Options from the server passes nginx")

            response, session, cookie = login(https(), "medarbejder")
            check(response.status == 200, "log-in over HTTPS")
            check("; Secure" in cookie and "HttpOnly" in cookie, f"the session cookie is Secure over HTTPS ({cookie})")
            cookie = cookie.split(";")[0]
            response, courses = request(https(), "GET", "/api/v1/courses", cookie=cookie)
            check(response.status == 200 and courses["items"], "course list over HTTPS")
            course_id = courses["items"][0]["id"]
            response, course = request(https(), "GET", f"/api/v1/courses/{course_id}", cookie=cookie)
            check(response.status == 200 and course["id"] == course_id, "a course read over HTTPS")

            _, _, admin_cookie = login(https(), "admin")
            response, audit = request(https(), "GET", "/api/v1/audit", cookie=admin_cookie.split(";")[0])
            logins = [entry for entry in audit["items"] if entry["action"] == "login"]
            check(bool(logins) and all(entry["address"] == CLIENT_ADDRESS for entry in logins),
                  f"the audit has the client's address {CLIENT_ADDRESS}, not the proxy's")
            reads = [entry for entry in audit["items"] if entry["action"] == "read" and entry["entity"] == "course"]
            check(any(entry["entity_id"] == course_id for entry in reads), "the course read is audited")

            # Straight to the server, not through the proxy: its forwarded headers are the client's own words.
            direct = http.client.HTTPConnection("127.0.0.1", backend, timeout=20)
            response, _, cookie = login_with_headers(direct)
            check(response.status == 200 and "Secure" not in cookie, "a direct request claiming HTTPS gets no Secure cookie")
            response, audit = request(https(), "GET", "/api/v1/audit", cookie=admin_cookie.split(";")[0])
            newest_login = next(entry for entry in audit["items"] if entry["action"] == "login")
            check(newest_login["address"] == "127.0.0.1", "a forged X-Forwarded-For from a non-proxy is ignored")

            plain = http.client.HTTPConnection("127.0.0.1", http_port, timeout=20)
            response, _ = request(plain, "GET", "/login")
            check(response.status == 301 and response.getheader("Location", "").startswith("https://"),
                  "plain HTTP is redirected to HTTPS")
            access_log = pathlib.Path(f"{work}/access.log").read_text()
            check("/api/v1" not in access_log and "GET" in access_log, "nginx's access log holds no URLs")
        finally:
            nginx.terminate()
            server.terminate()
            nginx.wait(timeout=10)
            server.wait(timeout=10)
    check.finish()


def login_with_headers(connection):
    response, body = request(connection, "POST", "/api/v1/session", {"username": "afsnit", "password": "afklaring-demo"},
                             headers={"X-Forwarded-For": "198.51.100.1", "X-Forwarded-Proto": "https"})
    return response, body, (response.getheader("Set-Cookie") or "")


if __name__ == "__main__":
    main()

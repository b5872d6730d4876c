"""What a big request body costs ``redline serve``: a POST /api/ingest of
300 MB, without the token and with it, against a server over an empty
database. Prints, for each, the answer's status, how many bytes the server
let the client send before answering, the seconds to the answer, and the
server process's peak resident memory (VmHWM) before and after.

    python benchmarks/serve_big_body.py [--mb 300]

Linux only (reads /proc). Nothing is analysed: both requests are refused.
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TOKEN = "bench-token"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def post(port: int, size: int, token: str | None) -> tuple[str, int, float]:
    """Send headers announcing ``size`` bytes, then the body in 1 MB pieces until the
    server answers or hangs up; (status line, bytes sent, seconds)."""
    head = f"POST /api/ingest HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: {size}\r\n"
    if token:
        head += f"Authorization: Bearer {token}\r\n"
    piece = b" " * (1 << 20)
    sent = 0
    start = time.monotonic()
    with socket.create_connection(("127.0.0.1", port), timeout=600) as sock:
        sock.sendall((head + "\r\n").encode())
        sock.setblocking(False)
        answer = b""
        while sent < size:
            try:
                chunk = sock.recv(65536)
                if chunk:
                    answer += chunk
                    break
            except BlockingIOError:
                pass
            try:
                sent += sock.send(piece[: min(len(piece), size - sent)])
            except BlockingIOError:
                time.sleep(0.001)
            except (BrokenPipeError, ConnectionResetError):
                break
        sock.setblocking(True)
        sock.settimeout(600)
        try:
            while b"\r\n" not in answer:
                chunk = sock.recv(65536)
                if not chunk:
                    break
                answer += chunk
        except (ConnectionResetError, TimeoutError):
            pass
    status = answer.split(b"\r\n", 1)[0].decode(errors="replace") or "(no answer)"
    return status, sent, time.monotonic() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=int, default=300, help="body size announced and sent, MB (default 300)")
    args = parser.parse_args()
    size = args.mb * 1_000_000
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "empty.db"
        from redline.store.db import open_db

        open_db(db).dispose()
        port = free_port()
        env = {**os.environ, "REDLINE_TOKEN": TOKEN}
        server = subprocess.Popen([sys.executable, "-m", "redline.cli.main", "serve", "--db", str(db), "--port", str(port)],
                                  env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + 120
            while True:
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=1).close()
                    break
                except OSError:
                    if time.monotonic() > deadline:
                        raise SystemExit("server did not start")
                    time.sleep(0.2)
            print(f"server peak RSS at start: {peak_rss_mb(server.pid):.0f} MB")
            for label, token in (("without token", None), ("with token", TOKEN)):
                status, sent, seconds = post(port, size, token)
                print(f"{args.mb} MB POST /api/ingest {label}: {status!r} after {sent / 1e6:.1f} MB sent, "
                      f"{seconds:.2f} s; server peak RSS {peak_rss_mb(server.pid):.0f} MB")
        finally:
            server.terminate()
            server.wait(timeout=30)


if __name__ == "__main__":
    main()

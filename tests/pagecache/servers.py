"""Processes for loopback tests and the benchmark: gunicorn and varnishd on free ports.

Each helper starts a process with its own environment and returns a handle whose
``stop()`` ends exactly that process (by its id).
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
VCL = ROOT / "deploy" / "varnish" / "default.vcl"
VENV_BIN = ROOT / ".venv" / "bin"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Server:
    process: subprocess.Popen
    port: int
    workdir: Path | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.workdir is not None:
            shutil.rmtree(self.workdir, ignore_errors=True)


def wait_until_up(url: str, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except urllib.error.HTTPError:
            return  # answering, even if with an error status
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"{url} did not come up within {timeout} s")


def gunicorn(env: dict, *, workers: int = 1, port: int | None = None) -> Server:
    """The site under gunicorn, with ``env`` on top of this process' environment."""
    return gunicorn_app("newsroom.wsgi:application", env, workers=workers, port=port)


def gunicorn_app(
    app: str,
    env: dict,
    *,
    workers: int = 1,
    port: int | None = None,
    probe: str = "/robots.txt",
) -> Server:
    port = port or free_port()
    command = [
        str(VENV_BIN / "gunicorn"),
        app,
        f"--bind=127.0.0.1:{port}",
        f"--workers={workers}",
        "--log-level=warning",
        # First requests encode image renditions; a busy machine needs time.
        "--timeout=180",
    ]
    process = subprocess.Popen(command, cwd=ROOT, env={**os.environ, **env})
    server = Server(process, port)
    try:
        wait_until_up(server.url + probe, timeout=120)
    except RuntimeError:
        server.stop()
        raise
    return server


def varnish(backend_port: int, *, port: int | None = None) -> Server:
    """varnishd in the foreground on a free port, the repo's VCL pointed at backend."""
    port = port or free_port()
    workdir = Path(tempfile.mkdtemp(prefix="newsroom-varnish-"))
    workdir.chmod(0o755)  # varnishd's worker runs as its own user and reads it
    vcl = VCL.read_text().replace('.port = "8000"', f'.port = "{backend_port}"')
    (workdir / "default.vcl").write_text(vcl)
    command = [
        shutil.which("varnishd") or "/usr/sbin/varnishd",
        "-F",
        "-f", str(workdir / "default.vcl"),
        "-a", f"127.0.0.1:{port}",
        "-n", str(workdir / "state"),
        "-s", "malloc,64m",
        "-T", "none",
    ]  # fmt: skip
    log = open(workdir / "varnishd.log", "wb")  # noqa: SIM115 - lives with the process
    process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
    server = Server(process, port, workdir)
    try:
        wait_until_up(server.url + "/robots.txt", timeout=60)
    except RuntimeError as error:
        text = (workdir / "varnishd.log").read_text(errors="replace")
        server.stop()
        raise RuntimeError(f"{error}\n{text}") from None
    return server

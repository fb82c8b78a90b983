"""A throw-away PostgreSQL server for the store tests: initdb + postgres in a temporary folder, on a free
loopback port, stopped and deleted at the end of the session.

Binaries: `NEWSDOSSIER_PG_BIN` (a folder holding initdb and postgres), else `initdb` on PATH, else the newest
Debian install under /usr/lib/postgresql/*/bin (`make postgres` installs it). PostgreSQL refuses to run as
root, so under root the server runs as the unprivileged user `nobody`. `NEWSDOSSIER_TEST_POSTGRES` (a
postgresql:// URL of a server you run) is used instead of starting one.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path


class ServerUnavailable(Exception):
    """No PostgreSQL server could be started here (the message says why)."""


def _bin_dir() -> Path:
    if os.environ.get("NEWSDOSSIER_PG_BIN"):
        return Path(os.environ["NEWSDOSSIER_PG_BIN"])
    found = shutil.which("initdb")
    if found:
        return Path(os.path.realpath(found)).parent
    dirs = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda d: int(Path(d).parent.name)
                  if Path(d).parent.name.isdigit() else 0)
    if dirs:
        return Path(dirs[-1])
    raise ServerUnavailable("no PostgreSQL server binaries (initdb, postgres) found; run `make postgres` "
                            "(installs Debian's postgresql) or set NEWSDOSSIER_PG_BIN")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PostgresServer:
    def __init__(self) -> None:
        self.bin = _bin_dir()
        self.dir = Path(tempfile.mkdtemp(prefix="newsdossier-pg-"))
        self.port = _free_port()
        self.proc: subprocess.Popen | None = None
        self.demote = None
        if os.geteuid() == 0:
            import pwd

            user = pwd.getpwnam("nobody")
            os.chown(self.dir, user.pw_uid, user.pw_gid)

            def demote(uid=user.pw_uid, gid=user.pw_gid):
                os.setgid(gid)
                os.setuid(uid)

            self.demote = demote

    @property
    def url(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def start(self) -> "PostgresServer":
        data = self.dir / "data"
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}
        init = subprocess.run([str(self.bin / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust", "-E", "UTF8",
                               "--no-sync"], preexec_fn=self.demote, capture_output=True, text=True, env=env)
        if init.returncode != 0:
            raise ServerUnavailable(f"initdb failed: {init.stderr.strip()[-400:]}")
        self.log = open(self.dir / "server.log", "wb")
        self.proc = subprocess.Popen([str(self.bin / "postgres"), "-D", str(data), "-p", str(self.port),
                                      "-h", "127.0.0.1", "-k", str(self.dir), "-F", "-c", "fsync=off"],
                                     preexec_fn=self.demote, stdout=self.log, stderr=subprocess.STDOUT, env=env)
        self._wait()
        return self

    def _wait(self, seconds: float = 60) -> None:
        import psycopg

        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise ServerUnavailable("postgres exited: " + (self.dir / "server.log").read_text(errors="replace")[-400:])
            try:
                psycopg.connect(self.url, connect_timeout=2).close()
                return
            except psycopg.OperationalError:
                time.sleep(0.2)
        self.stop()
        raise ServerUnavailable(f"postgres did not accept connections within {seconds:g} s")

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()  # "smart" shutdown of this one server process, started above
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        if getattr(self, "log", None):
            self.log.close()
        shutil.rmtree(self.dir, ignore_errors=True)

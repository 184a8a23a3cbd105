"""JupyterLab, as `make lab` starts it, but headless: on a free loopback port with a token, it
serves the notebooks through its REST API and runs the project's kernel, then stops."""

import contextlib
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import websocket  # websocket-client: a dependency of jupyter_server

from parley.config import KERNEL_NAME, ROOT

JUPYTER = Path(sys.executable).with_name("jupyter")
START_TIMEOUT_S = 90
KERNEL_TIMEOUT_S = 60
STOP_TIMEOUT_S = 30
REQUEST_TIMEOUT_S = 10


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Lab:
    server: subprocess.Popen[bytes]
    port: int
    token: str

    def api(self, method: str, path: str, body: Any = None) -> tuple[int, Any]:
        """(status, JSON body, or the error text) of one REST call."""
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.port}{path}",
            data=None if body is None else json.dumps(body).encode(),
            method=method,
            headers={"Authorization": f"token {self.token}", "Content-Type": "application/json"},
        )
        try:
            with urllib.request.urlopen(request, timeout=REQUEST_TIMEOUT_S) as response:
                raw = response.read()
                return response.status, json.loads(raw) if raw else None
        except urllib.error.HTTPError as err:
            return err.code, err.read().decode(errors="replace")

    def run_code(self, kernel_id: str, code: str) -> str:
        """Execute code in a kernel through the server's websocket, as JupyterLab does; its stdout."""
        ws = websocket.create_connection(
            f"ws://127.0.0.1:{self.port}/api/kernels/{kernel_id}/channels",
            header=[f"Authorization: token {self.token}"],
            timeout=KERNEL_TIMEOUT_S,
        )
        try:
            msg_id = uuid.uuid4().hex
            header = {"msg_id": msg_id, "msg_type": "execute_request", "session": uuid.uuid4().hex}
            content = {"code": code, "silent": False, "store_history": False, "allow_stdin": False}
            ws.send(
                json.dumps(
                    {
                        "header": header | {"username": "test", "version": "5.3"},
                        "parent_header": {},
                        "metadata": {},
                        "content": content | {"user_expressions": {}, "stop_on_error": True},
                        "channel": "shell",
                    }
                )
            )
            stdout, deadline = "", time.monotonic() + KERNEL_TIMEOUT_S
            while time.monotonic() < deadline:
                msg = json.loads(ws.recv())
                if msg.get("parent_header", {}).get("msg_id") != msg_id:
                    continue
                kind = msg["header"]["msg_type"]
                if kind == "stream" and msg["content"]["name"] == "stdout":
                    stdout += msg["content"]["text"]
                elif kind == "error":
                    raise AssertionError("\n".join(msg["content"]["traceback"]))
                elif kind == "status" and msg["content"]["execution_state"] == "idle":
                    return stdout
            raise AssertionError("the kernel did not finish in time")
        finally:
            ws.close()

    def stop(self) -> int:
        """Ask the server to shut down (it stops its kernels); terminate, then kill, if it won't."""
        if self.server.poll() is None:
            with contextlib.suppress(OSError):
                self.api("POST", "/api/shutdown")
        for sig in (None, signal.SIGTERM, signal.SIGKILL):
            if sig is not None and self.server.poll() is None:
                self.server.send_signal(sig)
            with contextlib.suppress(subprocess.TimeoutExpired):
                return self.server.wait(timeout=STOP_TIMEOUT_S)
        return self.server.wait(timeout=STOP_TIMEOUT_S)


@contextlib.contextmanager
def running_lab(root: Path, tmp_path: Path) -> Iterator[Lab]:
    """`jupyter lab` serving `root`, headless, until the block ends; then stopped."""
    port, token = free_port(), secrets.token_hex(16)
    # Runtime files (connection files, the server's own) and user settings stay in tmp_path.
    env = os.environ | {
        "JUPYTER_RUNTIME_DIR": str(tmp_path / "runtime"),
        "JUPYTER_CONFIG_DIR": str(tmp_path / "config"),
        "JUPYTERLAB_WORKSPACES_DIR": str(tmp_path / "workspaces"),
    }
    command = [
        str(JUPYTER),
        "lab",
        "--no-browser",
        "--ServerApp.ip=127.0.0.1",
        f"--ServerApp.port={port}",
        "--ServerApp.port_retries=0",
        f"--IdentityProvider.token={token}",
        f"--ServerApp.root_dir={root}",
        f"--MappingKernelManager.default_kernel_name={KERNEL_NAME}",
    ]
    if os.geteuid() == 0:
        command.append("--allow-root")
    log_path = tmp_path / "lab.log"
    with log_path.open("wb") as log:
        lab = Lab(
            subprocess.Popen(command, cwd=root, env=env, stdout=log, stderr=subprocess.STDOUT), port, token
        )
        try:
            deadline = time.monotonic() + START_TIMEOUT_S
            while True:
                assert lab.server.poll() is None, log_path.read_text(errors="replace")
                with contextlib.suppress(OSError):
                    if lab.api("GET", "/api/status")[0] == 200:
                        break
                assert time.monotonic() < deadline, "JupyterLab did not answer in time"
                time.sleep(0.25)
            yield lab
        finally:
            lab.stop()


@pytest.fixture
def lab(tmp_path: Path) -> Iterator[Lab]:
    with running_lab(ROOT, tmp_path) as lab:
        yield lab


def test_lab_serves_the_notebooks_and_runs_the_projects_kernel(lab: Lab) -> None:
    status, listing = lab.api("GET", "/api/contents/notebooks")
    assert status == 200, listing
    names = {item["name"]: item["type"] for item in listing["content"]}
    assert names["explore.ipynb"] == names["report.ipynb"] == "notebook"

    status, notebook = lab.api("GET", "/api/contents/notebooks/explore.ipynb")
    assert status == 200, notebook
    assert notebook["content"]["metadata"]["kernelspec"]["name"] == KERNEL_NAME
    assert "parameters" in notebook["content"]["cells"][0]["metadata"]["tags"]

    status, specs = lab.api("GET", "/api/kernelspecs")
    assert status == 200 and KERNEL_NAME in specs["kernelspecs"], specs

    status, kernel = lab.api("POST", "/api/kernels", {"name": KERNEL_NAME})
    assert status == 201 and kernel["name"] == KERNEL_NAME, kernel
    # The kernel runs the project's environment: its Python, and parley from src/.
    printed = lab.run_code(kernel["id"], "import sys, parley\nprint(sys.prefix)\nprint(parley.__file__)")
    assert printed.split("\n")[:2] == [sys.prefix, str(ROOT / "src" / "parley" / "__init__.py")]
    assert lab.api("GET", f"/api/kernels/{kernel['id']}")[1]["execution_state"] == "idle"

    assert lab.api("DELETE", f"/api/kernels/{kernel['id']}")[0] == 204
    assert lab.api("GET", "/api/kernels") == (200, [])

    assert lab.stop() == 0
    with pytest.raises(OSError):
        lab.api("GET", "/api/status")


def test_lab_saves_a_notebook_and_its_paired_script(tmp_path: Path) -> None:
    root = tmp_path / "project"
    (root / "notebooks").mkdir(parents=True)
    shutil.copy(ROOT / "jupytext.toml", root)
    shutil.copy(ROOT / "notebooks" / "explore.ipynb", root / "notebooks")
    with running_lab(root, tmp_path) as lab:
        status, notebook = lab.api("GET", "/api/contents/notebooks/explore.ipynb")
        assert status == 200, notebook
        notebook["content"]["cells"][0]["source"] += "\nsaved_in_lab = True"
        status, saved = lab.api(
            "PUT",
            "/api/contents/notebooks/explore.ipynb",
            {"type": "notebook", "content": notebook["content"]},
        )
        assert status == 200, saved
        assert lab.stop() == 0
    assert "saved_in_lab = True" in (root / "notebooks" / "explore.ipynb").read_text()
    assert "saved_in_lab = True" in (root / "notebooks" / "explore.py").read_text()


def test_make_lab_opens_the_explore_notebook_on_the_projects_kernel() -> None:
    result = subprocess.run(
        ["make", "-n", "-C", str(ROOT), "lab"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.replace("\\\n", " ").splitlines()  # join continued lines
    command = " ".join(next(line for line in lines if "jupyter lab" in line).split())
    assert command.startswith(".venv/bin/jupyter lab")
    assert f"default_kernel_name={KERNEL_NAME}" in command and command.endswith("notebooks/explore.ipynb")

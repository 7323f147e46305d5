"""A real `langgraph dev` server on the scripted model: a turn, an interrupt resumed over the
HTTP API, the checkpoints in $AEGIS_HOME/state.db, and the CLI talking to the server."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from agent.settings import load_settings
from tests.conftest import REPO, run_aegis

pytestmark = pytest.mark.api


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server(env, tmp_path):
    exe = shutil.which("langgraph", path=str(Path(sys.executable).parent)) or shutil.which("langgraph")
    assert exe, "langgraph-cli is not installed"
    port = _free_port()
    log = open(tmp_path / "server.log", "w")
    proc = subprocess.Popen([exe, "dev", "--no-browser", "--no-reload", "--port", str(port), "--host", "127.0.0.1"],
                            cwd=REPO, env=env | {"LANGGRAPH_NO_ANALYTICS": "1"}, stdout=log,
                            stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 120
    while True:
        try:
            if httpx.get(url + "/ok", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        if proc.poll() is not None or time.time() > deadline:
            log.close()
            pytest.fail("langgraph dev did not start:\n" + (tmp_path / "server.log").read_text()[-3000:])
        time.sleep(0.5)
    yield url
    os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
    log.close()


def test_turn_interrupt_and_resume_over_http(server, env, workspace):
    from langgraph.checkpoint.sqlite import SqliteSaver
    from langgraph_sdk import get_sync_client

    settings = load_settings(env=env)
    client = get_sync_client(url=server)
    thread = settings.thread_id
    client.threads.create(thread_id=thread, if_exists="do_nothing")

    values = client.runs.wait(thread, "agent", input={"messages": [{"role": "user", "content": "hello from the api"}]})
    assert values["last_turn"]["answer"] == "[scripted] heard: hello from the api"

    (workspace / "junk.txt").write_text("x")
    client.runs.wait(thread, "agent", input={"messages": [
        {"role": "user", "content": '!tool shell {"command": "rm junk.txt"}'}]})
    state = client.threads.get_state(thread)
    interrupts = state.get("interrupts") or [i for t in state["tasks"] for i in t.get("interrupts", [])]
    assert interrupts and interrupts[0]["value"]["actions"][0]["tool"] == "shell"
    values = client.runs.wait(thread, "agent", command={"resume": {"action": "approve"}})
    assert "exit code 0" in values["last_turn"]["answer"]
    assert not (workspace / "junk.txt").exists()

    # the session lives in $AEGIS_HOME/state.db, under the thread the CLI uses too
    marker = json.loads(settings.paths.server_file.read_text())
    assert marker["url"].rstrip("/") == server
    import sqlite3

    conn = sqlite3.connect(str(settings.paths.state_db), check_same_thread=False)
    saved = SqliteSaver(conn).get_tuple({"configurable": {"thread_id": thread, "checkpoint_ns": ""}})
    conn.close()
    assert saved is not None
    assert saved.checkpoint["channel_values"]["last_turn"]["answer"].startswith("[scripted] tool results")

    # while the server owns the session, the CLI talks to it instead of opening the files
    proc = run_aegis(["ask", "--json", "from the cli"], env)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["answer"] == "[scripted] heard: from the cli"
    state = client.threads.get_state(thread)
    assert state["values"]["last_turn"]["answer"] == "[scripted] heard: from the cli"

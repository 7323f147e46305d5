"""The CLI contract and its fault paths, each in a real `aegis` process on the scripted model."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

from tests.conftest import ask_json, run_aegis


def _files(home):
    return sorted(p.relative_to(home) for p in home.rglob("*") if p.is_file())


def test_ask_json_contract(env):
    code, data = ask_json("hello", env)
    assert code == 0
    assert set(data) == {"answer", "decision", "category", "confidence", "rationale", "request_id",
                         "pending_approval"}
    assert data["answer"] == "[scripted] heard: hello" and data["pending_approval"] is None


def test_pending_approval_exit_3_then_approve(env, workspace):
    (workspace / "tmp.log").write_text("x")
    code, data = ask_json('!tool shell {"command": "rm tmp.log"}', env, cwd=workspace)
    assert code == 3 and data["pending_approval"]["actions"][0]["args"] == {"command": "rm tmp.log"}
    again = run_aegis(["ask", "--json", "something else"], env)
    assert again.returncode == 3 and json.loads(again.stdout)["pending_approval"] is not None
    wrong = run_aegis(["approve", "not-this-one"], env)
    assert wrong.returncode == 2
    done = run_aegis(["approve", "--json", data["request_id"]], env)
    assert done.returncode == 0, done.stderr
    assert not (workspace / "tmp.log").exists()


def test_deny_with_reason(env, workspace):
    (workspace / "keep.txt").write_text("x")
    ask_json('!tool shell {"command": "rm keep.txt"}', env)
    done = run_aegis(["deny", "--reason", "keep it", "--json"], env)
    assert done.returncode == 0
    assert "keep it" in json.loads(done.stdout)["answer"]
    assert (workspace / "keep.txt").exists()
    assert run_aegis(["deny"], env).returncode == 2  # nothing waits any more


def test_empty_and_oversized_input_write_nothing(env, home):
    before = _files(home)
    empty = run_aegis(["ask", "   "], env)
    assert empty.returncode == 2 and "empty input" in empty.stderr
    huge = run_aegis(["ask", "x" * 32_001], env)
    assert huge.returncode == 2 and "32,000" in huge.stderr
    assert "Traceback" not in empty.stderr + huge.stderr
    assert _files(home) == before


def test_history_json(env):
    ask_json("first", env)
    ask_json("second", env)
    proc = run_aegis(["history", "--json", "--last", "2"], env)
    entries = json.loads(proc.stdout)
    assert [e["role"] for e in entries] == ["user", "assistant"]
    assert entries[0]["content"] == "second"
    assert set(entries[0]) == {"role", "content", "request_id", "timestamp"}


def test_status_json(env):
    ask_json("hi", env)
    data = json.loads(run_aegis(["status", "--json"], env).stdout)
    assert data["model"] == "scripted:v1" and data["turns"] == 1 and data["state_db_bytes"] > 0


def test_same_session_from_any_directory(env, tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir(), b.mkdir()
    ask_json("from a", env, cwd=a)
    ask_json("from b", env, cwd=b)
    entries = json.loads(run_aegis(["history", "--json"], env).stdout)
    assert [e["content"] for e in entries if e["role"] == "user"] == ["from a", "from b"]


def _start(text, env, cwd=None):
    return subprocess.Popen([sys.executable, "-m", "agent.cli", "ask", "--json", text], env=env, cwd=cwd,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _wait_for(path, timeout=60):
    deadline = time.time() + timeout
    while not path.exists():
        assert time.time() < deadline, f"{path} never appeared"
        time.sleep(0.05)


def test_kill_9_mid_turn_then_next_start_continues(env, tmp_path):
    marker = tmp_path / "slow-started"
    proc = _start(f"!slow {marker} 60\nplease finish me", env)
    _wait_for(marker)
    proc.kill()
    proc.wait()
    code, data = ask_json("next question", env)
    assert code == 0 and data["answer"] == "[scripted] heard: next question"
    entries = json.loads(run_aegis(["history", "--json"], env).stdout)
    users = [e["content"] for e in entries if e["role"] == "user"]
    assert users == [f"!slow {marker} 60\nplease finish me", "next question"]
    assert run_aegis(["audit", "verify"], env).returncode == 0


def test_sigterm_mid_turn_leaves_session_consistent(env, tmp_path):
    marker = tmp_path / "slow-started"
    proc = _start(f"!slow {marker} 60\nterm me", env)
    _wait_for(marker)
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=30) != 0
    code, data = ask_json("after term", env)
    assert code == 0
    users = [e["content"] for e in json.loads(run_aegis(["history", "--json"], env).stdout) if e["role"] == "user"]
    assert users[-1] == "after term" and len(users) == 2


def test_two_processes_at_once_never_corrupt(env, tmp_path):
    marker = tmp_path / "slow-started"
    first = _start(f"!slow {marker} 3\nfirst", env)
    _wait_for(marker)
    second = _start("second", env)
    out1, err1 = first.communicate(timeout=120)
    out2, err2 = second.communicate(timeout=120)
    assert first.returncode == 0, err1
    assert second.returncode == 0, err2
    users = [e["content"] for e in json.loads(run_aegis(["history", "--json"], env).stdout) if e["role"] == "user"]
    assert users == [f"!slow {marker} 3\nfirst", "second"]
    assert run_aegis(["audit", "verify"], env).returncode == 0


def test_busy_session_is_reported(env, tmp_path):
    marker = tmp_path / "slow-started"
    first = _start(f"!slow {marker} 5\nhold the lock", env)
    _wait_for(marker)
    busy = run_aegis(["ask", "impatient"], env | {"AEGIS_HISTORY_LOCK_TIMEOUT_S": "0.2"})
    first.communicate(timeout=120)
    assert busy.returncode == 1 and "busy" in busy.stderr and str(first.pid) in busy.stderr


def test_ollama_down_falls_back_or_fails_clearly(env):
    down = env | {"AEGIS_MODEL_PROVIDER": "ollama", "OLLAMA_HOST": "127.0.0.1:9", "AEGIS_MODEL_FALLBACK": "none"}
    proc = run_aegis(["ask", "hi"], down)
    assert proc.returncode == 2 and "Ollama at http://127.0.0.1:9 is not reachable" in proc.stderr
    assert "Traceback" not in proc.stderr
    status = json.loads(run_aegis(["status", "--json"], down | {"AEGIS_MODEL_FALLBACK": "llamacpp"}).stdout)
    assert status["model"].startswith("llamacpp:") and "not reachable" in status["model_note"]


def test_full_disk_is_one_line(env, home):
    if os.geteuid() == 0:
        # root ignores permissions; emulate an unwritable home with a file where a directory must be
        (home / "audit").rmdir() if (home / "audit").is_dir() else None
        (home / "audit").write_text("not a directory")
    else:
        home.chmod(0o500)
    proc = run_aegis(["ask", "hi"], env)
    assert proc.returncode in (1, 2)
    assert "Traceback" not in proc.stderr and proc.stderr.strip().count("\n") == 0

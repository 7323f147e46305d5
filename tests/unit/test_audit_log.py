"""The audit hash chain: intact, tampered, rotated, truncated."""

from __future__ import annotations

import gzip
import json

from agent.audit import AuditLog
from tests.conftest import run_aegis


def _fill(log: AuditLog, n: int) -> None:
    for i in range(n):
        log.append({"request_id": f"r{i}", "input": "x" * 200, "decision": "ALLOW"})


def test_chain_verifies(tmp_path):
    log = AuditLog(tmp_path)
    _fill(log, 5)
    result = log.verify()
    assert result.ok and result.records == 5


def test_tampering_is_found_with_its_line(tmp_path):
    log = AuditLog(tmp_path)
    _fill(log, 5)
    lines = log.path.read_text().splitlines()
    record = json.loads(lines[2])
    record["decision"] = "REFUSE"
    lines[2] = json.dumps(record)
    log.path.write_text("\n".join(lines) + "\n")
    result = log.verify()
    assert not result.ok and result.where == "audit.jsonl:3"


def test_deleted_record_breaks_the_chain(tmp_path):
    log = AuditLog(tmp_path)
    _fill(log, 4)
    lines = log.path.read_text().splitlines()
    del lines[1]
    log.path.write_text("\n".join(lines) + "\n")
    assert log.verify().where == "audit.jsonl:2"


def test_rotation_keeps_the_chain_verifiable(tmp_path):
    log = AuditLog(tmp_path, max_bytes=2_000, backup_count=3)
    _fill(log, 40)
    backups = sorted(tmp_path.glob("audit.*.jsonl.gz"))
    assert len(backups) == 3
    with gzip.open(backups[0], "rt") as f:
        assert json.loads(f.readline())["hash"]
    result = log.verify()
    assert result.ok, result
    assert (tmp_path / "anchor.json").exists()  # older backups were dropped, the anchor remembers


def test_cli_verify_exit_codes(env, home):
    assert run_aegis(["ask", "hello"], env).returncode == 0
    ok = run_aegis(["audit", "verify"], env)
    assert ok.returncode == 0 and "intact" in ok.stdout
    path = home / "audit" / "audit.jsonl"
    path.write_text(path.read_text().replace("hello", "HELLO"))
    broken = run_aegis(["audit", "verify"], env)
    assert broken.returncode == 1 and "line 1" in broken.stdout

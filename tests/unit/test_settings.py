"""Settings: defaults, file, env overrides and one-line errors naming the key."""

from __future__ import annotations

import uuid

import pytest

from agent.settings import SettingsError, load_settings
from tests.conftest import run_aegis


def test_defaults_and_thread_id(tmp_path):
    s = load_settings(env={"AEGIS_HOME": str(tmp_path)})
    assert s.session == "main" and s.model.provider == "auto"
    assert uuid.UUID(s.thread_id).version == 5
    assert s.paths.state_db == tmp_path / "state.db"


def test_file_then_env_override(tmp_path):
    (tmp_path / "config.yaml").write_text("model:\n  provider: llamacpp\n  max_tokens: 64\nsession: work\n")
    s = load_settings(env={"AEGIS_HOME": str(tmp_path), "AEGIS_MODEL_MAX_TOKENS": "99"})
    assert s.model.provider == "llamacpp" and s.model.max_tokens == 99 and s.session == "work"


def test_ollama_host_env(tmp_path):
    s = load_settings(env={"AEGIS_HOME": str(tmp_path), "OLLAMA_HOST": "10.0.0.5:11434"})
    assert s.model.ollama_host == "http://10.0.0.5:11434"


@pytest.mark.parametrize("text, needle", [
    ("model:\n  provider: gpt5\n", "model.provider"),
    ("model:\n  max_tokens: lots\n", "model.max_tokens"),
    ("histroy:\n  window: 3\n", "unknown setting 'histroy'"),
    ("model: [1, 2\n", "not valid YAML"),
    ("- just\n- a list\n", "must hold a mapping"),
])
def test_bad_config_names_the_key(tmp_path, text, needle):
    (tmp_path / "config.yaml").write_text(text)
    with pytest.raises(SettingsError) as err:
        load_settings(env={"AEGIS_HOME": str(tmp_path)})
    assert needle in str(err.value) and "\n" not in str(err.value)


def test_bad_env_value(tmp_path):
    with pytest.raises(SettingsError, match="history.window"):
        load_settings(env={"AEGIS_HOME": str(tmp_path), "AEGIS_HISTORY_WINDOW": "-1"})


def test_cli_reports_bad_config_in_one_line(env, home):
    (home / "config.yaml").write_text("model:\n  provider: nope\n")
    proc = run_aegis(["ask", "hello"], env | {"AEGIS_MODEL_PROVIDER": ""})
    assert proc.returncode == 2
    assert proc.stderr.strip().count("\n") == 0 and "model.provider" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_missing_config_file_flag(env, tmp_path):
    proc = run_aegis(["--config", str(tmp_path / "nope.yaml"), "status"], env)
    assert proc.returncode == 2 and "does not exist" in proc.stderr

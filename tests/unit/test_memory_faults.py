"""A store owned by another process, a corrupt store, and the lock's release."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from agent.settings import load_settings
from memory.longterm import MemoryUnavailable, open_memory

_HOLDER = textwrap.dedent("""
    import sys
    from agent.settings import load_settings
    from memory.longterm import open_memory
    mem = open_memory(load_settings(env={}, home=sys.argv[1]))
    print("ready", flush=True)
    sys.stdin.readline()
    mem.close()
""")


def test_second_process_is_told_who_owns_the_store(tmp_path):
    holder = subprocess.Popen([sys.executable, "-c", _HOLDER, str(tmp_path)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(MemoryUnavailable) as err:
            open_memory(load_settings(env={}, home=tmp_path))
        message = str(err.value)
        assert f"in use by process {holder.pid}" in message and "\n" not in message
    finally:
        holder.communicate("\n", timeout=60)
    open_memory(load_settings(env={}, home=tmp_path)).close()


def test_lock_is_released_on_close(tmp_path):
    settings = load_settings(env={}, home=tmp_path)
    open_memory(settings).close()
    open_memory(settings).close()


def test_corrupt_chroma_database_gives_a_clear_message(tmp_path):
    settings = load_settings(env={}, home=tmp_path)
    mem = open_memory(settings)
    mem.remember("something worth keeping", provenance="agent")
    mem.close()
    (settings.paths.chroma / "chroma.sqlite3").write_bytes(b"this is not a database" * 100)
    with pytest.raises(MemoryUnavailable) as err:
        open_memory(settings)
    message = str(err.value)
    assert "corrupt" in message and "mv " in message and "\n" not in message
    open_memory(settings.model_copy(update={"home": tmp_path / "fresh"})).close()


def test_chroma_path_that_is_a_file(tmp_path):
    settings = load_settings(env={}, home=tmp_path)
    settings.paths.chroma.write_text("oops")
    with pytest.raises(MemoryUnavailable, match="not a directory|cannot be created"):
        open_memory(settings)

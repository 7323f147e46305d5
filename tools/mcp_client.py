"""MCP client: the servers declared in settings (`mcp.servers`), loaded with
`langchain-mcp-adapters`' `MultiServerMCPClient`.

Each server tool is offered to the model as a synchronous StructuredTool named
`mcp__<server>__<tool>`; a call opens a session, checks that the tool still has the name,
description and input schema it had when it was listed (its `sha256`, which the policy pins),
runs the tool to completion and returns its text. A server that fails to start is reported
(`aegis mcp list`) and skipped; it never crashes a turn."""

from __future__ import annotations

import asyncio
import hashlib
import json
import re
import threading
from collections.abc import Awaitable, Callable
from dataclasses import asdict, dataclass, field
from typing import Any, TypeVar

from langchain_core.tools import BaseTool, StructuredTool

from agent.settings import McpServer, Settings

PREFIX = "mcp__"
T = TypeVar("T")


class McpError(RuntimeError):
    """A server or call failure, as one line for the user or the model."""


@dataclass
class McpToolInfo:
    server: str
    name: str  # the server's own name for it
    full_name: str  # what the model sees: mcp__<server>__<name>
    description: str
    input_schema: dict[str, Any]
    sha256: str


@dataclass
class ServerStatus:
    name: str
    transport: str
    target: str  # command line or URL
    state: str  # ok | error | disabled
    error: str = ""
    tools: list[McpToolInfo] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _safe(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]", "_", name)


def full_name(server: str, tool: str) -> str:
    return f"{PREFIX}{_safe(server)}__{_safe(tool)}"


def split_name(name: str) -> tuple[str, str] | None:
    """(server, tool) of an `mcp__server__tool` name; None for other tools."""
    if not name.startswith(PREFIX):
        return None
    server, sep, tool = name[len(PREFIX):].partition("__")
    return (server, tool) if sep and server and tool else None


def tool_hash(name: str, description: str, input_schema: dict[str, Any] | None) -> str:
    """What a pin covers: the tool's name, description and input schema."""
    body = json.dumps({"name": name, "description": description or "", "input_schema": input_schema or {}},
                      sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def connection(server: McpServer) -> dict[str, Any]:
    """The adapter's connection dict for one configured server."""
    if server.transport == "stdio":
        if not server.command:
            raise McpError("a stdio server needs `command`")
        conn: dict[str, Any] = {"transport": "stdio", "command": server.command, "args": list(server.args)}
        if server.env is not None:
            conn["env"] = dict(server.env)
        return conn
    if not server.url:
        raise McpError(f"a {server.transport} server needs `url`")
    return {"transport": server.transport, "url": server.url}


def target_of(server: McpServer) -> str:
    return " ".join([server.command, *server.args]) if server.transport == "stdio" else server.url


def run_sync(make: Callable[[], Awaitable[T]], timeout_s: float) -> T:
    """Runs a coroutine to completion from synchronous code, also when the calling thread
    already runs an event loop (the `langgraph dev` server): always on a worker thread."""
    box: dict[str, Any] = {}

    async def bounded() -> T:
        return await asyncio.wait_for(make(), timeout_s)

    def worker() -> None:
        try:
            box["value"] = asyncio.run(bounded())
        except BaseException as exc:  # noqa: BLE001 - handed to the caller
            box["error"] = exc

    thread = threading.Thread(target=worker, name="aegis-mcp", daemon=True)
    thread.start()
    thread.join(timeout_s + 5)
    if thread.is_alive():
        raise McpError(f"no answer within {timeout_s:g} s")
    if "error" in box:
        exc = box["error"]
        if isinstance(exc, TimeoutError):
            raise McpError(f"no answer within {timeout_s:g} s")
        raise exc
    return box["value"]


def _reason(exc: BaseException) -> str:
    """One line out of an exception, also out of an ExceptionGroup from anyio task groups."""
    while isinstance(exc, BaseExceptionGroup) and exc.exceptions:
        exc = exc.exceptions[0]
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text[:300]


def content_text(content: Any) -> str:
    """MCP content (a string or LangChain content blocks) as plain text."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        parts = []
        for block in content:
            if isinstance(block, dict):
                if block.get("type") == "text":
                    parts.append(str(block.get("text", "")))
                else:
                    parts.append(f"[{block.get('type', 'content')} {block.get('mime_type', '')}]".replace(" ]", "]"))
            else:
                parts.append(str(block))
        return "\n".join(parts)
    return str(content)


class McpHub:
    """The configured servers: list their tools once, call them on demand."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.timeout_s = settings.mcp.timeout_s
        self.servers = dict(settings.mcp.servers)
        self._statuses: list[ServerStatus] | None = None

    def _client(self, names: list[str]):
        from langchain_mcp_adapters.client import MultiServerMCPClient

        return MultiServerMCPClient({n: connection(self.servers[n]) for n in names})

    async def _list_server(self, name: str) -> list[McpToolInfo]:
        from langchain_mcp_adapters.tools import load_mcp_tools

        client = self._client([name])
        async with client.session(name) as session:
            tools = await load_mcp_tools(session, server_name=name, handle_tool_errors=False)
        return [McpToolInfo(name, t.name, full_name(name, t.name), t.description or "",
                            dict(t.args_schema) if isinstance(t.args_schema, dict) else {},
                            tool_hash(t.name, t.description or "", t.args_schema if isinstance(t.args_schema, dict) else {}))
                for t in tools]

    def statuses(self, refresh: bool = False) -> list[ServerStatus]:
        """Every configured server with its state and tools (servers start in parallel)."""
        if self._statuses is not None and not refresh:
            return self._statuses
        out: dict[str, ServerStatus] = {}
        live: list[str] = []
        for name, server in self.servers.items():
            status = ServerStatus(name, server.transport, target_of(server), "ok")
            out[name] = status
            if not server.enabled:
                status.state = "disabled"
                continue
            try:
                connection(server)
            except McpError as exc:
                status.state, status.error = "error", str(exc)
                continue
            live.append(name)

        async def one(name: str) -> list[McpToolInfo] | BaseException:
            try:
                return await asyncio.wait_for(self._list_server(name), self.timeout_s)
            except TimeoutError:
                return McpError(f"did not start within {self.timeout_s:g} s")
            except BaseException as exc:  # noqa: BLE001 - a broken server is reported, not raised
                return exc

        async def all_servers() -> list[list[McpToolInfo] | BaseException]:
            return await asyncio.gather(*(one(n) for n in live))

        if live:
            try:
                results = run_sync(all_servers, self.timeout_s + 5)
            except Exception as exc:  # noqa: BLE001
                results = [exc] * len(live)
            for name, result in zip(live, results, strict=True):
                if isinstance(result, BaseException):
                    out[name].state, out[name].error = "error", _reason(result)
                else:
                    out[name].tools = result
        self._statuses = list(out.values())
        return self._statuses

    def call(self, info: McpToolInfo, arguments: dict[str, Any]) -> str:
        """Runs one tool; refuses when the server now describes the tool differently from what
        was listed (and approved)."""
        from langchain_core.tools import ToolException
        from langchain_mcp_adapters.tools import load_mcp_tools

        async def go() -> str:
            client = self._client([info.server])
            async with client.session(info.server) as session:
                tools = await load_mcp_tools(session, server_name=info.server, handle_tool_errors=False)
                tool = next((t for t in tools if t.name == info.name), None)
                if tool is None:
                    return f"error: MCP server {info.server} no longer offers {info.name}"
                schema = tool.args_schema if isinstance(tool.args_schema, dict) else {}
                if tool_hash(tool.name, tool.description or "", schema) != info.sha256:
                    return (f"error: MCP tool {info.full_name} changed its description or input schema since it was "
                            "listed; it was not run. Start a new turn so it can be reviewed and approved again.")
                try:
                    return content_text(await tool.ainvoke(arguments))
                except ToolException as exc:
                    return f"error: {exc}"

        try:
            return run_sync(go, self.timeout_s)
        except McpError as exc:
            return f"error: MCP server {info.server}: {exc}"
        except Exception as exc:  # noqa: BLE001 - the model sees the failure
            return f"error: MCP server {info.server}: {_reason(exc)}"

    def tools(self) -> list[BaseTool]:
        out: list[BaseTool] = []
        for status in self.statuses():
            for info in status.tools:
                out.append(self._as_tool(info))
        return out

    def _as_tool(self, info: McpToolInfo) -> BaseTool:
        def call(**kwargs: Any) -> str:
            return self.call(info, kwargs)

        schema = info.input_schema or {"type": "object", "properties": {}}
        return StructuredTool(
            name=info.full_name,
            description=f"[MCP server `{info.server}`] {info.description}".strip(),
            args_schema=schema,
            func=call,
            metadata={"mcp_server": info.server, "mcp_tool": info.name, "mcp_sha256": info.sha256},
        )


def mcp_tools(settings: Settings) -> tuple[list[BaseTool], McpHub | None]:
    if not settings.mcp.servers:
        return [], None
    hub = McpHub(settings)
    return hub.tools(), hub

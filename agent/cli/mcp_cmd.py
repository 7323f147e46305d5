"""`aegis mcp list`: the MCP servers in settings, their state, their tools and the tools' pins."""

from __future__ import annotations

import click

from agent.cli.common import echo_json, settings_of


@click.group()
def mcp() -> None:
    """MCP servers (declared under `mcp.servers` in config.yaml)."""


_STATES = {"ok": "pinned", "unpinned": "unpinned (asks on first use)",
           "changed": "quarantined (changed since its approval; asks again)"}


def _pin_state(pins, server: str, tool: str, sha256: str) -> str:
    """A tool seen with a different hash than its pin is quarantined here as in a turn."""
    return _STATES[pins.check(server, tool, sha256)]


@mcp.command("list")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def list_servers(ctx: click.Context, as_json: bool) -> None:
    """Start every server, list its tools and whether each is pinned; a broken server is shown, not fatal."""
    from memory.tool_pins import ToolPins
    from tools.mcp_client import McpHub

    settings = settings_of(ctx)
    if not settings.mcp.servers:
        if as_json:
            echo_json([])
        else:
            click.echo("no MCP servers configured; add them under `mcp.servers` in "
                       f"{settings.paths.config_file}")
        return
    if not as_json:
        click.echo(f"starting {len(settings.mcp.servers)} MCP server(s) ...", err=True)
    statuses = McpHub(settings).statuses()
    pins = ToolPins(settings.paths.app_db)
    rows = []
    for status in statuses:
        data = status.to_dict()
        for tool in data["tools"]:
            tool["pin"] = _pin_state(pins, status.name, tool["name"], tool["sha256"]).split(" ")[0]
        rows.append(data)
    if as_json:
        echo_json(rows)
        return
    for status in statuses:
        line = f"{status.name} [{status.transport}] {status.target}: {status.state}"
        click.echo(line + (f" - {status.error}" if status.error else f", {len(status.tools)} tool(s)"))
        for tool in status.tools:
            click.echo(f"  {tool.full_name:<36} {_pin_state(pins, status.name, tool.name, tool.sha256)}")
            if tool.description:
                click.echo(f"      {tool.description.splitlines()[0][:100]}")

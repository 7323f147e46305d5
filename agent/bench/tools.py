"""`aegis bench tools`: what the policy adds to each tool call.

The same tool calls run twice, side by side, in a fresh temp AEGIS_HOME and workspace:
without the policy (the tools node alone) and with it (the real policy node: action judge,
standing-rule lookup, MCP pin lookup, then the tools node). Calls are ones that do not stop for
a human: ALLOW actions, an ESCALATE action covered by an exact rule, and a pinned MCP tool
(an in-process stand-in, so the numbers measure the policy, not an MCP server's start-up)."""

from __future__ import annotations

import json
import os
import statistics
import tempfile
import time
from pathlib import Path

import click

from agent.bench import percentile


def _calls(tag: str = "") -> list[tuple[str, dict]]:
    """The sample calls; `tag` keeps write_file creating a new file (an overwrite would ask)."""
    return [
        ("shell", {"command": "ls -la"}),
        ("shell", {"command": "grep -c line notes.txt"}),
        ("shell", {"command": "rm -f scratch.tmp"}),  # ESCALATE, covered by an exact rule
        ("read_file", {"path": "notes.txt"}),
        ("list_dir", {"path": "."}),
        ("edit_file", {"path": "notes.txt", "old": "line 1\n", "new": "line 1\n"}),
        ("write_file", {"path": f"new/out{tag}.txt", "content": "x"}),
        ("mcp__bench__get_item", {"key": "a"}),
    ]


def _summary(values: list[float]) -> dict[str, float]:
    return {"median_ms": round(statistics.median(values), 3), "p95_ms": round(percentile(values, 0.95), 3)}


def run(rounds: int) -> dict:
    from langchain_core.messages import AIMessage
    from langchain_core.tools import StructuredTool

    from agent.settings import load_settings
    from graphs.nodes.policy import make_policy
    from graphs.nodes.tools_node import make_tools_node
    from graphs.services import Services
    from memory.approval_rules import ApprovalRules
    from memory.tool_pins import ToolPins
    from tools.mcp_client import tool_hash

    root = Path(tempfile.mkdtemp(prefix="aegis-bench-tools-"))
    home, workspace = root / "home", root / "workspace"
    workspace.mkdir(parents=True)
    (workspace / "notes.txt").write_text("".join(f"line {i}\n" for i in range(200)))
    env = {k: v for k, v in os.environ.items() if not k.startswith("AEGIS_")}
    env.update(AEGIS_HOME=str(home), AEGIS_WORKSPACE=str(workspace), AEGIS_MODEL_PROVIDER="scripted")
    settings = load_settings(env=env)
    services = Services(settings)

    def get_item(key: str) -> str:
        """Read one item."""
        return f"item {key}"

    schema = {"type": "object", "properties": {"key": {"type": "string"}}, "required": ["key"]}
    sha = tool_hash("get_item", "Read one item.", schema)
    services.tools["mcp__bench__get_item"] = StructuredTool(
        name="mcp__bench__get_item", description="Read one item.", args_schema=schema, func=get_item,
        metadata={"mcp_server": "bench", "mcp_tool": "get_item", "mcp_sha256": sha})
    ToolPins(settings.paths.app_db).pin("bench", "get_item", sha, "bench")
    ApprovalRules(settings.paths.app_db).add(workspace, "shell", args={"command": "rm -f scratch.tmp"}, request_id="bench")

    policy, tools_node = make_policy(services), make_tools_node(services)
    verdict = {"decision": "ALLOW", "category": "none", "confidence": 1.0, "rationale": "", "source": "bench"}
    services.judge  # noqa: B018 - load the judge before timing
    without, with_policy, overhead = [], [], []
    per_tool: dict[str, list[float]] = {}
    for r in range(rounds + 1):  # round 0 warms caches and is not counted
        for i, ((tool, plain_args), (_, args)) in enumerate(zip(_calls(f"-{r}-plain"), _calls(f"-{r}"), strict=True)):
            plain = {"name": tool, "args": plain_args, "id": f"p{r}_{i}", "type": "tool_call"}
            call = {"name": tool, "args": args, "id": f"b{r}_{i}", "type": "tool_call"}

            def state_of(c: dict, rid: str = f"bench{r}") -> dict:
                return {"messages": [AIMessage(content="", tool_calls=[c])], "verdict": verdict,
                        "request_id": rid, "actions": [], "human": {}, "tool_rounds": 0, "thinking": {}}

            t0 = time.perf_counter()
            tools_node({**state_of(plain), "approved": [plain["id"]]})
            t1 = time.perf_counter()
            try:
                update = policy(state_of(call))
            except Exception as exc:  # an interrupt outside a graph: the call was not pre-approved
                raise click.ClickException(f"bench call {tool} {json.dumps(args)} stopped for a human: {exc}") from None
            t2 = time.perf_counter()
            if update["approved"] != [call["id"]]:
                raise click.ClickException(f"bench call {tool} {json.dumps(args)} was not approved: {update['actions']}")
            tools_node({**state_of(call), "approved": update["approved"]})
            t3 = time.perf_counter()
            if r:
                without.append((t1 - t0) * 1000)
                overhead.append((t2 - t1) * 1000)
                per_tool.setdefault(f"{tool} {args.get('command', '')}".strip(), []).append((t2 - t1) * 1000)
                with_policy.append((t3 - t1) * 1000)  # policy + the same call run
    return {"calls": len(without), "distinct_calls": len(_calls()), "rounds": rounds,
            "without_policy": _summary(without), "with_policy": _summary(with_policy),
            "policy_overhead": _summary(overhead), "workspace": str(workspace),
            "policy_overhead_by_call": {k: _summary(v) for k, v in per_tool.items()}}


@click.command("tools")
@click.option("--rounds", type=click.IntRange(min=1), default=25, show_default=True,
              help="times each of the sample calls runs")
@click.option("--json", "as_json", is_flag=True)
def bench_tools(rounds: int, as_json: bool) -> None:
    """Median and p95 ms the policy adds per tool call, beside the same calls without it."""
    click.echo(f"running {len(_calls())} sample calls x {rounds} rounds ...", err=True)
    result = run(rounds)
    if as_json:
        click.echo(json.dumps(result))
        return
    w, p, o = result["without_policy"], result["with_policy"], result["policy_overhead"]
    click.echo(f"{result['calls']} tool calls ({result['distinct_calls']} kinds x {rounds})")
    click.echo(f"  without policy   median {w['median_ms']:.3f} ms  p95 {w['p95_ms']:.3f} ms")
    click.echo(f"  with policy      median {p['median_ms']:.3f} ms  p95 {p['p95_ms']:.3f} ms")
    click.echo(f"  policy overhead  median {o['median_ms']:.3f} ms  p95 {o['p95_ms']:.3f} ms per call")
    for name, m in result["policy_overhead_by_call"].items():
        click.echo(f"    {name[:40]:<40} median {m['median_ms']:.3f} ms  p95 {m['p95_ms']:.3f} ms")

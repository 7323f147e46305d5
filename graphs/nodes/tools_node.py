"""Runs the calls the policy approved. Outputs of world-facing tools (shell, files, web, MCP)
are quoted as untrusted data and flagged `aegis_untrusted` on the ToolMessage, so nothing
downstream (prompt edits, tuning data, memory) takes them as instructions without a human."""

from __future__ import annotations

from langchain_core.messages import ToolMessage

from agent.schema import AgentState
from graphs.nodes.common import last_ai
from graphs.services import Services
from tools.registry import quote_untrusted, untrusted


def make_tools_node(services: Services):
    def run_tools(state: AgentState) -> dict:
        """Run the calls the policy approved; results go back to the model."""
        ai = last_ai(state["messages"])
        approved = set(state.get("approved", []))
        results = []
        for call in (ai.tool_calls if ai else []):
            if call["id"] not in approved:
                continue
            tool = services.tools.get(call["name"])
            if tool is None:
                output = f"error: there is no tool named {call['name']}"
            else:
                try:
                    output = str(tool.invoke(call["args"]))
                except Exception as exc:  # the model sees the failure and may try again
                    output = f"error: {exc}"
            flags = {}
            if untrusted(call["name"]):
                output = quote_untrusted(call["name"], output)
                flags = {"aegis_untrusted": True}
            results.append(ToolMessage(content=output, tool_call_id=call["id"], name=call["name"],
                                       additional_kwargs=flags))
        return {"messages": results, "approved": []}

    return run_tools

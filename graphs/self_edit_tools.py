"""Tools with which the agent edits its own prompt and tuning data, under the same gate and the
same provenance rules as every other path.

- `show_my_prompt`: the active editable part and its version (read-only).
- `update_my_prompt`: the risk rules ESCALATE it, so it runs only after the user approved the
  new text; it then goes through the gate (safety core, size, minimality, regression suite) and
  is committed or rejected with the reason.
- `add_tuning_example`: content from the web, MCP or files is stored unapproved: the trainer
  does not see it until a human runs `aegis data approve ID`.
- `remove_tuning_example`: only examples the agent itself made; the removal is logged."""

from __future__ import annotations

from collections.abc import Callable

from langchain_core.tools import BaseTool, StructuredTool

from agent.providers import ChatProvider, make_provider
from agent.settings import Settings
from graphs.prompt_gate import submit_edit
from graphs.prompt_policy import active_version, version_label
from memory.tuning_store import TuningStore
from training.curation import Candidate, Rules, admit

SOURCES = {"conversation": "agent", "web": "web", "mcp": "mcp", "file": "file"}


def make_self_edit_tools(settings: Settings, provider_of: Callable[[], ChatProvider] | None = None) -> list[BaseTool]:
    """`provider_of` gives the chat model the regression suite runs on (the turn's own, so no
    second model is loaded); by default one is made from the settings when first needed."""
    made: dict[str, ChatProvider] = {}

    def provider() -> ChatProvider:
        if provider_of is not None:
            return provider_of()
        if "p" not in made:
            made["p"] = make_provider(settings)
        return made["p"]

    def show_my_prompt() -> str:
        """Show the editable part of your own system prompt (persona, instructions, learned preferences)."""
        v = active_version(settings)
        return f"version {version_label(v)}\n{v.text}"

    def update_my_prompt(new_prompt: str, rationale: str) -> str:
        """Replace the editable part of your own system prompt with `new_prompt` (the complete new
        text, changed as little as possible) when the user asks for a lasting change of style or
        behaviour. The safety rules are not part of it and cannot be changed. Needs the user's approval."""
        outcome = submit_edit(settings, provider(), new_prompt, author="agent", source="tool",
                              rationale=rationale, evidence={"requested_in_chat": True})
        if outcome.status == "committed":
            return f"committed as prompt version v{outcome.version}; it applies from the next turn"
        return f"rejected by the gate: {outcome.reason}"

    def add_tuning_example(user: str, assistant: str, source: str = "conversation", label: str = "chat") -> str:
        """Add a good question/answer pair to your tuning data. `source` says where the answer's
        content came from: conversation, web, mcp or file (the last three wait for human approval)."""
        if source not in SOURCES:
            return f"error: source must be one of {', '.join(SOURCES)}"
        store = TuningStore(settings.paths.app_db)
        candidate = Candidate(messages=[{"role": "user", "content": user}, {"role": "assistant", "content": assistant}],
                              provenance=SOURCES[source], label=label)
        result = admit(store, candidate, Rules.of(settings.improve))
        if result.example_id is None:
            return f"not added ({result.reason}): {result.detail}"
        pending = " (waits for human approval: `aegis data approve " + str(result.example_id) + "`)" if source != "conversation" else ""
        return f"added example {result.example_id}{pending}"

    def remove_tuning_example(example_id: int, reason: str) -> str:
        """Remove one of your own tuning examples (not the user's) with the reason."""
        store = TuningStore(settings.paths.app_db)
        example = store.get(example_id)
        if example is None or example.status != "active":
            return f"error: no active example {example_id}"
        if example.provenance != "agent":
            return f"error: example {example_id} has provenance {example.provenance!r}; only the user may remove it"
        store.remove(example_id, "agent_removed", reason)
        return f"removed example {example_id}"

    return [
        StructuredTool.from_function(show_my_prompt, name="show_my_prompt"),
        StructuredTool.from_function(update_my_prompt, name="update_my_prompt"),
        StructuredTool.from_function(add_tuning_example, name="add_tuning_example"),
        StructuredTool.from_function(remove_tuning_example, name="remove_tuning_example"),
    ]

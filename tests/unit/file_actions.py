"""Writing and editing a file as an agent's tool calls, judged in a context (not a test module)."""

from tools.risk import ActionRisk, assess_action


def write(ctx, path: str, content: str) -> ActionRisk:
    return assess_action("write_file", {"path": path, "content": content}, ctx)


def edit(ctx, path: str, old: str, new: str) -> ActionRisk:
    return assess_action("edit_file", {"path": path, "old": old, "new": new}, ctx)

"""The tools the model is offered, bound to the user's launch directory: shell, files,
web search, and the tools of the MCP servers in settings (`mcp__<server>__<tool>`)."""

from __future__ import annotations

from langchain_core.tools import BaseTool, StructuredTool

from agent.settings import Settings
from tools import files, shell, web

# Outputs of these tools are data from the world, never instructions to the agent.
UNTRUSTED_TOOLS = {"shell", "read_file", "list_dir", "web_search"}


def untrusted(tool: str) -> bool:
    return tool in UNTRUSTED_TOOLS or tool.startswith("mcp__")


def quote_untrusted(tool: str, output: str) -> str:
    """Wraps a tool's output as data; a closing tag inside the data cannot end the quote early."""
    body = output.replace("</untrusted", "<\\/untrusted").replace("<untrusted", "<\\untrusted")
    return f'<untrusted source="{tool}">\n{body}\n</untrusted>'


def make_tools(settings: Settings) -> list[BaseTool]:
    ws = settings.workspace
    limit = settings.tools.output_limit_chars
    timeout = settings.tools.shell_timeout_s

    def run_shell(command: str) -> str:
        """Run one bash command in the user's working directory and return its exit code and output."""
        return shell.run_shell(command, ws, timeout, limit)

    def read_file(path: str) -> str:
        """Read a UTF-8 text file."""
        return files.read_file(path, ws, limit)

    def list_dir(path: str = ".") -> str:
        """List the entries of a directory."""
        return files.list_dir(path, ws, limit)

    def write_file(path: str, content: str) -> str:
        """Create a file (or replace a whole file) with the given content."""
        return files.write_file(path, content, ws)

    def edit_file(path: str, old: str, new: str) -> str:
        """Replace one exact, unique occurrence of `old` with `new` in a file."""
        return files.edit_file(path, old, new, ws)

    def web_search(query: str, max_results: int = web.DEFAULT_RESULTS) -> str:
        """Search the web (DuckDuckGo): titles, URLs and snippets of the top results."""
        return web.web_search(query, max_results, web.DEFAULT_TIMEOUT_S, limit)

    from tools.mcp_client import mcp_tools

    return [
        StructuredTool.from_function(run_shell, name="shell"),
        StructuredTool.from_function(read_file, name="read_file"),
        StructuredTool.from_function(list_dir, name="list_dir"),
        StructuredTool.from_function(write_file, name="write_file"),
        StructuredTool.from_function(edit_file, name="edit_file"),
        StructuredTool.from_function(web_search, name="web_search"),
        *mcp_tools(settings)[0],
    ]

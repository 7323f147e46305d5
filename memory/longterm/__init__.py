"""Long-term memory on ChromaDB: episodic turns, facts the user states and notes the agent
saves, recalled by dense + lexical retrieval fused with importance and recency."""

from memory.longterm.errors import MemoryUnavailable
from memory.longterm.prompt import format_for_prompt
from memory.longterm.records import Memory, WriteReport
from memory.longterm.store import LongTermMemory, open_memory


def make_memory_tools(mem: LongTermMemory):
    from memory.longterm.tools import make_memory_tools as make

    return make(mem)


__all__ = ["LongTermMemory", "Memory", "MemoryUnavailable", "WriteReport", "format_for_prompt",
           "make_memory_tools", "open_memory"]

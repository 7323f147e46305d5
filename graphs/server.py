"""Graphs served by `langgraph dev` (named in langgraph.json). The server supplies the
checkpointer (`graphs.checkpointer:make_checkpointer`), so these compile without one."""

from agent.settings import load_settings
from graphs.agent_graph import compile_graph
from graphs.services import Services

agent = compile_graph(Services(load_settings()))

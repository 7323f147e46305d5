"""Graphs served by `langgraph dev` (named in langgraph.json). The server supplies the
checkpointer (`graphs.checkpointer:make_checkpointer`), so these compile without one."""

from agent.settings import load_settings
from graphs.agent_graph import compile_graph
from graphs.improve_graph import compile_improve
from graphs.services import Services

_settings = load_settings()
agent = compile_graph(Services(_settings))
improve = compile_improve(_settings)

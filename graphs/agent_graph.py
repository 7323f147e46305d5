"""The turn graph `agent`:

    START -> recall -> safety_think -+- REFUSE ------------------------------+
                                     +- else -> task_think <-> (policy -> tools)
                                                 policy -> final -> learn -> END

`builder(services)` is exported; `graphs.server` compiles it without a checkpointer for the
`langgraph dev` server (which supplies its own); the CLI and tests compile with a saver."""

from __future__ import annotations

from langgraph.graph import END, START, StateGraph

from agent.schema import AgentState
from graphs.nodes.final import make_final
from graphs.nodes.learn import make_learn
from graphs.nodes.policy import make_policy, make_route_after_policy
from graphs.nodes.recall import make_recall
from graphs.nodes.safety import make_safety_think, route_after_safety
from graphs.nodes.task import make_task_think
from graphs.nodes.tools_node import make_tools_node
from graphs.services import Services


def builder(services: Services) -> StateGraph:
    g = StateGraph(AgentState)
    g.add_node("recall", make_recall(services))
    g.add_node("safety_think", make_safety_think(services))
    g.add_node("task_think", make_task_think(services))
    g.add_node("policy", make_policy(services))
    g.add_node("tools", make_tools_node(services))
    g.add_node("final", make_final(services))
    g.add_node("learn", make_learn(services))
    g.add_edge(START, "recall")
    g.add_edge("recall", "safety_think")
    g.add_conditional_edges("safety_think", route_after_safety, ["task_think", "final"])
    g.add_edge("task_think", "policy")
    g.add_conditional_edges("policy", make_route_after_policy(services), ["tools", "task_think", "final"])
    g.add_edge("tools", "task_think")
    g.add_edge("final", "learn")
    g.add_edge("learn", END)
    return g


def compile_graph(services: Services, checkpointer=None):
    return builder(services).compile(checkpointer=checkpointer, name="agent")

"""`aegis bench ...`: measured speed and size, one module per benchmark."""

from __future__ import annotations

import importlib

import click

BENCHES = {
    "session": "agent.bench.session:bench_session",
    "startup": "agent.bench.startup:bench_startup",
    "memory": "agent.bench.memory:bench_memory",
    "tools": "agent.bench.tools:bench_tools",
    "train": "agent.bench.train:bench_train",
    "safety-train": "agent.bench.safety_train:bench_safety_train",
    "actions": "agent.bench.actions:bench_actions",
}


class _LazyBench(click.Group):
    def list_commands(self, ctx):
        return sorted(BENCHES)

    def get_command(self, ctx, name):
        if name not in BENCHES:
            return None
        module, _, attr = BENCHES[name].partition(":")
        return getattr(importlib.import_module(module), attr)


@click.group(cls=_LazyBench)
def bench() -> None:
    """Benchmarks (numbers go in README.md)."""

"""What every command shares: exit codes, one-line errors, the settings of this invocation."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import click

EXIT_OK, EXIT_INTERNAL, EXIT_BAD_INPUT, EXIT_PENDING = 0, 1, 2, 3


class CliError(Exception):
    """An expected failure: printed as one line, no traceback."""

    def __init__(self, message: str, code: int = EXIT_BAD_INPUT):
        super().__init__(message)
        self.code = code


@dataclass
class CliContext:
    config_file: str | None

    @cached_property
    def settings(self):
        from agent.settings import SettingsError, load_settings

        try:
            return load_settings(self.config_file)
        except SettingsError as exc:
            raise CliError(str(exc), EXIT_BAD_INPUT) from None


def settings_of(ctx: click.Context):
    return ctx.find_root().obj.settings


def echo_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=None))

"""`aegis feedback good|bad [REQUEST_ID] [--comment TEXT]`: an explicit reward for a turn
(the latest one when no id is given), the same as `/good` and `/bad` in the chat."""

from __future__ import annotations

import click

from agent.cli.common import CliError, echo_json, settings_of


@click.command()
@click.argument("verdict", type=click.Choice(["good", "bad"]))
@click.argument("request_id", required=False)
@click.option("--comment", default="", help="what was wrong or right (a /bad comment can teach the prompt)")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def feedback(ctx: click.Context, verdict: str, request_id: str | None, comment: str, as_json: bool) -> None:
    """Rate a turn good or bad."""
    from training.rewards import record_feedback

    try:
        result = record_feedback(settings_of(ctx), verdict, request_id, comment)
    except LookupError as exc:
        raise CliError(f"{exc}; see `aegis history` for request ids") from None
    if as_json:
        echo_json(result)
        return
    click.echo(f"recorded {verdict} for turn {result['request_id']}"
               + (f" ({result['selected']})" if result["selected"] != "none" else ""))

"""`aegis safety ...`: the learned safety head."""

from __future__ import annotations

import click

from agent.cli.common import EXIT_INTERNAL, CliError, echo_json, settings_of


@click.group()
def safety() -> None:
    """The SafetyJudge's learned head."""


@safety.command("train")
@click.option("--json", "as_json", is_flag=True, help="print the result as one JSON object")
@click.pass_context
def train(ctx: click.Context, as_json: bool) -> None:
    """Adapt the packaged head to every human approval or denial, as a new head version."""
    from training.safety.adapt import train_on_feedback
    from training.safety.feedback import safety_home
    from training.safety.head import next_version_dir

    settings = settings_of(ctx)
    directory = next_version_dir(safety_home(settings.home))
    try:
        report = train_on_feedback(directory, directory.name, home=settings.home,
                                   progress=(lambda _m: None) if as_json else (lambda m: click.echo(m, err=True)))
    except ValueError as exc:  # the packaged encoder or head does not match the seed set
        raise CliError(f"safety train failed: {exc}", EXIT_INTERNAL) from None
    result = {"version": directory.name, "path": str(directory), "examples": report.n_examples,
              "feedback_used": report.n_feedback, "feedback_dropped": report.dropped_feedback,
              "seconds": round(report.seconds, 2), **report.metrics}
    if as_json:
        echo_json(result)
    else:
        click.echo(f"trained {result['version']}: {result['adapted_from']} adapted to {result['feedback_used']} "
                   f"human decisions ({result['feedback_dropped']} dropped) in {result['seconds']} s -> {result['path']}")

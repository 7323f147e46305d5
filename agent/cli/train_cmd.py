"""`aegis train [--max-steps N] [--base MODEL] [--resume]` starts a detached LoRA / QLoRA run on
the curated tuning data and returns at once; `aegis train status [--json]`, `aegis train stop`."""

from __future__ import annotations

import time

import click

from agent.cli.common import CliError, echo_json, settings_of


def _fmt_s(seconds: float | None) -> str:
    if seconds is None:
        return "-"
    seconds = int(seconds)
    return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m" if seconds >= 3600 else f"{seconds // 60}m{seconds % 60:02d}s"


@click.group(invoke_without_command=True)
@click.option("--max-steps", type=click.IntRange(min=1), default=None, help="optimizer steps (default train.max_steps)")
@click.option("--base", default="", help="HF model dir, .gguf file or Ollama model (default: the embedded model on CPU)")
@click.option("--resume", is_flag=True, help="continue the latest interrupted or stopped run")
@click.pass_context
def train(ctx: click.Context, max_steps: int | None, base: str, resume: bool) -> None:
    """Fine-tune the model on the curated data in the background (LoRA on CPU, QLoRA on CUDA)."""
    if ctx.invoked_subcommand is not None:
        return
    from training.lora import runs

    settings = settings_of(ctx)
    try:
        if resume:
            last = runs.latest_run(settings)
            if last is None:
                raise CliError("there is no run to resume; start one with `aegis train`")
            run = runs.launch(settings, max_steps=max_steps, resume=last)
            click.echo(f"resuming run {run.run_id} from its newest checkpoint; `aegis train status` follows it")
            return
        if runs.usable_train_ids(settings) == []:
            raise CliError("there are no curated training examples; add some with `aegis data add` or "
                           "`aegis data import FILE`")
        run = runs.launch(settings, max_steps=max_steps, base=base)
    except runs.TrainError as exc:
        raise CliError(str(exc)) from None
    click.echo(f"started training run {run.run_id} ({run.spec()['max_steps']} steps) in the background; "
               f"`aegis train status` follows it, `aegis train stop` ends it; log: {run.log_file}")


@train.command()
@click.option("--json", "as_json", is_flag=True)
@click.option("--run", "run_id", default=None, help="a run id (default: the latest)")
@click.pass_context
def status(ctx: click.Context, as_json: bool, run_id: str | None) -> None:
    """Stage, step, loss, tokens/s, ETA and device of the latest run."""
    from training.lora import runs

    settings = settings_of(ctx)
    run = runs.get_run(settings, run_id) if run_id else runs.latest_run(settings)
    if run is None:
        if as_json:
            echo_json(None)
            return
        raise CliError(f"there is no run {run_id}" if run_id else "no training run yet; start one with `aegis train`")
    v = runs.view(run, settings)
    if as_json:
        echo_json(v)
        return
    loss = f"{v['loss']:.4f}" if isinstance(v["loss"], (int, float)) else "-"
    tps = f"{v['tokens_per_s']:.1f}" if isinstance(v["tokens_per_s"], (int, float)) else "-"
    click.echo(f"run {v['run_id']}: {v['stage']} ({v['state']}) step {v['step']}/{v['max_steps']} loss {loss} "
               f"{tps} tokens/s ETA {_fmt_s(v['eta_s'])} device {v['device'] or '-'} "
               f"checkpoint {v['last_checkpoint_step'] if v['last_checkpoint_step'] is not None else '-'}")
    if v["detail"]:
        click.echo(f"  {v['detail']}")
    if v["state"] == "interrupted":
        click.echo("  the job is not running (power loss or kill); continue with `aegis train --resume`")


@train.command()
@click.option("--wait", "wait_s", type=float, default=0.0, help="seconds to wait for the job to end")
@click.pass_context
def stop(ctx: click.Context, wait_s: float) -> None:
    """Ask the running job to checkpoint and stop."""
    from training.lora import runs

    settings = settings_of(ctx)
    run = runs.latest_run(settings)
    if run is None or not runs.stop(settings, run):
        raise CliError("no training job is running")
    click.echo(f"asked run {run.run_id} to checkpoint and stop")
    end = time.monotonic() + wait_s
    while time.monotonic() < end and runs.job_running(settings):
        time.sleep(0.3)

"""`aegis bench safety-train`: how long `aegis safety train` takes to adapt the packaged head to human
decisions, and (with `--cold`) a cold fit on the same seed set plus feedback timed in the same run,
with how often the two heads' judges agree.

The human decisions are simulated from seed requests labelled ESCALATE that the packaged judge
escalates: alternately approved and denied, as a person at the approval prompt would."""

from __future__ import annotations

import json
import random
import tempfile
import time
from pathlib import Path

import click


def _record_feedback(home: Path, n: int) -> list[str]:
    from training.safety.dataset import seed_examples
    from training.safety.feedback import record_human_decision
    from training.safety.judge import load_request_judge
    from training.safety.verdict import Decision

    judge = load_request_judge(home=home)
    pool = [e.text for e in seed_examples() if e.label == "ESCALATE"]
    random.Random(3).shuffle(pool)
    recorded: list[str] = []
    for text in pool:
        verdict = judge.judge(text)
        if verdict.decision == Decision.ESCALATE:
            record_human_decision(home, text, verdict, approved=len(recorded) % 2 == 0, request_id=f"bench{len(recorded)}")
            recorded.append(text)
            if len(recorded) == n:
                break
    return recorded


def _cold_fit(home: Path, directory: Path) -> float:
    """What `aegis safety train` did before adaptation: the usable feedback, then `train.fit`."""
    from training.safety import dataset
    from training.safety.adapt import load_head, usable_feedback
    from training.safety.dataset import seed_examples
    from training.safety.feedback import feedback_examples
    from training.safety.head import PACKAGED_DIR
    from training.safety.train import encoder_features, fit, save_head
    from training.safety.tuned_encoder import file_sha256

    start = time.perf_counter()
    seed, feedback = seed_examples(), feedback_examples(home)
    _, _, vec = load_head(PACKAGED_DIR)
    usable = usable_feedback(feedback, seed, vec.transform([e.text for e in seed]), vec)
    feedback = [f for f, use in zip(feedback, usable, strict=True) if use]
    encoded, encoder_sha256 = encoder_features(seed, feedback)
    fitted = fit(seed + feedback, encoded)
    save_head(directory, "head-cold", fitted, {"seed": len(seed), "feedback": len(feedback)},
              file_sha256(dataset.SEED_REQUESTS), encoder_sha256)
    return time.perf_counter() - start


def _agreement(a_dir: Path, b_dir: Path, texts: list[str]) -> float:
    from training.safety.head import SafetyHead
    from training.safety.judge import RulesHeadJudge

    a, b = RulesHeadJudge(SafetyHead(a_dir)), RulesHeadJudge(SafetyHead(b_dir))
    return sum(a.judge(t).decision == b.judge(t).decision for t in texts) / len(texts)


@click.command("safety-train")
@click.option("--feedback", "n_feedback", type=click.IntRange(min=1), default=40, show_default=True,
              help="simulated human decisions")
@click.option("--cold", is_flag=True, help="also time a cold fit on the same data (about 10 minutes)")
@click.option("--json", "as_json", is_flag=True)
def bench_safety_train(n_feedback: int, cold: bool, as_json: bool) -> None:
    """Seconds of `aegis safety train`, optionally beside a cold fit."""
    from training.safety.adapt import train_on_feedback
    from training.safety.dataset import seed_examples
    from training.safety.head import PACKAGED_DIR

    say = (lambda _m: None) if as_json else (lambda m: click.echo(m, err=True))
    home = Path(tempfile.mkdtemp(prefix="aegis-bench-safety-"))
    say(f"simulating {n_feedback} human decisions on escalated seed requests")
    texts = _record_feedback(home, n_feedback)
    adapted_dir = home / "safety" / "head-v2"
    report = train_on_feedback(adapted_dir, "head-v2", home, progress=say)
    result = {"feedback": len(texts), "feedback_used": report.n_feedback, "adapt_seconds": round(report.seconds, 2),
              **report.metrics}
    sample = random.Random(5).sample([e.text for e in seed_examples()], 500)
    result["adapted_vs_packaged_seed_agreement"] = round(_agreement(adapted_dir, PACKAGED_DIR, sample), 4)
    if cold:
        say("cold fit on the same seed set plus feedback (five out-of-fold fits and two full ones)")
        cold_dir = home / "cold"
        result["cold_seconds"] = round(_cold_fit(home, cold_dir), 2)
        result["cold_over_adapt"] = round(result["cold_seconds"] / result["adapt_seconds"], 1)
        result["adapted_vs_cold_feedback_agreement"] = round(_agreement(adapted_dir, cold_dir, texts), 4)
        result["adapted_vs_cold_seed_agreement"] = round(_agreement(adapted_dir, cold_dir, sample), 4)
    click.echo(json.dumps(result) if as_json else "\n".join(f"{k}: {v}" for k, v in result.items()))

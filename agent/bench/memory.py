"""`aegis bench memory`: LoCoMo evidence recall (dense / lexical / fused) and recall latency and
write throughput at growing store sizes. LoCoMo is measured, never tuned on."""

from __future__ import annotations

import json
import random
import re
import statistics
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

import click

from agent.cli.common import EXIT_BAD_INPUT, CliError, echo_json, settings_of

_DATE_FORMATS = ("%I:%M %p on %d %B, %Y", "%I:%M %p on %d %b, %Y")


def _parse_date(text: str | None) -> float:
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime((text or "").strip(), fmt).timestamp()
        except ValueError:
            continue
    return time.time()


def _turn_text(turn: dict) -> str:
    text = f"{turn['speaker']}: {turn['text']}"
    if turn.get("blip_caption"):
        text += f" [shares a photo of {turn['blip_caption']}]"
    return text


def load_locomo(directory: Path) -> list[dict]:
    conversations = []
    for path in sorted(directory.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        turns = []
        for key, value in data.items():
            match = re.fullmatch(r"session_(\d+)", key)
            if match and isinstance(value, list):
                created = _parse_date(data.get(f"{key}_date_time"))
                turns += [(_turn_text(t), t["dia_id"], created) for t in value]
        questions = []
        for qa in data.get("qa", []):
            evidence = {e.strip() for item in qa.get("evidence", []) for e in re.split(r"[;,]", item) if e.strip()}
            questions.append((qa["question"], evidence))
        conversations.append({"name": path.stem, "turns": turns, "questions": questions})
    return conversations


def _preceding_turns(turns: list[tuple[str, str, float]]) -> list[str]:
    """Each turn's lexical context: the turn before it in the same session (as the learn node gives
    an episode the exchange before it)."""
    return [turns[i - 1][0] if i and turns[i - 1][2] == created else "" for i, (_, _, created) in enumerate(turns)]


def _fresh_memory(base_settings, home: Path):
    from memory.longterm import open_memory

    settings = base_settings.model_copy(update={"home": home})
    return open_memory(settings)


def _recall_at(ranked_ids: list[str], id_to_turns: dict[str, list[str]], evidence: set[str], k: int) -> float:
    found: set[str] = set()
    for memory_id in ranked_ids[:k]:
        found.update(id_to_turns.get(memory_id, []))
    return len(found & evidence) / len(evidence)


def bench_locomo(base_settings, directory: Path, pool: int = 50) -> dict:
    from memory.longterm import ranking

    conversations = load_locomo(directory)
    total_turns = sum(len(c["turns"]) for c in conversations)
    methods = ("dense", "lexical", "fused_rrf", "recall")
    sums = {m: {5: 0.0, 10: 0.0} for m in methods}
    counted = skipped = 0
    with click.progressbar(length=total_turns, label="LoCoMo: storing turns", file=sys.stderr) as bar, \
            tempfile.TemporaryDirectory() as tmp:
        stores = []
        for index, conv in enumerate(conversations):
            mem = _fresh_memory(base_settings, Path(tmp) / str(index))
            items = [(text, "episodic", "user", [dia], created) for text, dia, created in conv["turns"]]
            ids = mem.add_bulk(items, progress=bar.update, contexts=_preceding_turns(conv["turns"]))
            stores.append((mem, dict(zip(ids, ([dia] for _, dia, _ in conv["turns"]), strict=True)),
                           max(c for *_, c in conv["turns"])))
        total_questions = sum(len(c["questions"]) for c in conversations)
        with click.progressbar(length=total_questions, label="LoCoMo: querying", file=sys.stderr) as qbar:
            for conv, (mem, id_to_turns, now) in zip(conversations, stores, strict=True):
                for question, evidence in conv["questions"]:
                    qbar.update(1)
                    if not evidence:
                        skipped += 1
                        continue
                    found = mem.candidates(question, pool)
                    dense = [i for i, _ in found.dense]
                    lexical = [i for i, _ in found.lexical]
                    fused = sorted(ranking.rrf(dense, lexical).items(), key=lambda kv: -kv[1])
                    ranked = {"dense": dense, "lexical": lexical, "fused_rrf": [i for i, _ in fused],
                              "recall": [m.id for m in mem.rank(found, 10, now=now)]}
                    for method in methods:
                        for k in (5, 10):
                            sums[method][k] += _recall_at(ranked[method], id_to_turns, evidence, k)
                    counted += 1
        for mem, *_ in stores:
            mem.close()
    return {"conversations": len(conversations), "turns": total_turns, "questions": counted,
            "questions_without_evidence": skipped,
            "recall": {m: {f"@{k}": round(sums[m][k] / max(counted, 1), 4) for k in (5, 10)} for m in methods}}


def _synthetic_texts(conversations: list[dict], n: int, seed: int = 7) -> list[str]:
    """Distinct memory-like texts: two turns of different conversations joined together."""
    rng = random.Random(seed)
    turns = [t for c in conversations for t, *_ in c["turns"]]
    seen: set[str] = set()
    out: list[str] = []
    while len(out) < n:
        text = f"{rng.choice(turns)} {rng.choice(turns)}"
        if text not in seen:
            seen.add(text)
            out.append(text)
    return out


def bench_scale(base_settings, conversations: list[dict], size: int, embed_limit: int, queries: int,
                k: int) -> dict:
    import numpy as np

    rng = np.random.default_rng(11)
    texts = _synthetic_texts(conversations, size)
    real = min(size, embed_limit)
    now = time.time()
    with tempfile.TemporaryDirectory() as tmp:
        mem = _fresh_memory(base_settings, Path(tmp))
        items = [(t, "episodic", "user", [f"r{i}"], now) for i, t in enumerate(texts)]
        with click.progressbar(length=size, label=f"{size:,} memories: writing", file=sys.stderr) as bar:
            mem.warm_up()
            start = time.perf_counter()
            mem.add_bulk(items[:real], progress=bar.update)
            write_seconds = time.perf_counter() - start
            if size > real:
                # Beyond embed_limit, vectors are the real ones of earlier texts plus small noise:
                # the index grows to `size` without hours of embedding on two cores.
                donors = np.stack(list(_all_vectors(mem)))
                for start_row in range(real, size, 4096):
                    rows = items[start_row : start_row + 4096]
                    picked = donors[rng.integers(0, len(donors), len(rows))]
                    noisy = picked + rng.normal(0, 0.02, picked.shape).astype(np.float32)
                    noisy /= np.linalg.norm(noisy, axis=1, keepdims=True)
                    mem.add_bulk(rows, batch=4096, vectors=noisy.astype(np.float32), progress=bar.update)
        questions = [q for c in conversations for q, _ in c["questions"]]
        picked_questions = random.Random(3).sample(questions, min(queries, len(questions)))
        for q in picked_questions[:5]:
            mem.recall(q, k)
        timings = []
        with click.progressbar(picked_questions, label=f"{size:,} memories: recall", file=sys.stderr) as bar:
            for q in bar:
                t0 = time.perf_counter()
                mem.recall(q, k)
                timings.append((time.perf_counter() - t0) * 1000)
        mem.close()
    timings.sort()
    return {"size": size, "embedded_for_real": real,
            "write_per_s": round(real / write_seconds, 1),
            "recall_ms_p50": round(statistics.median(timings), 2),
            "recall_ms_p95": round(timings[max(0, int(0.95 * len(timings)) - 1)], 2),
            "queries": len(timings), "k": k}


def _all_vectors(mem):
    ids = [m.id for m in mem.catalog.iter(limit=None)]
    index = mem._vectors()
    for start in range(0, len(ids), 1000):
        yield from index.vectors(ids[start : start + 1000]).values()


@click.command("memory")
@click.option("--data", "data_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="LoCoMo folder (default: ../shared/eval/locomo10 next to the checkout)")
@click.option("--sizes", default="10000,100000", show_default=True, help="store sizes for the latency runs")
@click.option("--embed-limit", default=20000, show_default=True,
              help="memories embedded for real per size; the rest reuse perturbed vectors")
@click.option("--queries", default=200, show_default=True, help="timed recalls per size")
@click.option("--skip-locomo", is_flag=True, help="only the latency runs")
@click.option("--skip-scale", is_flag=True, help="only LoCoMo")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def bench_memory(ctx: click.Context, data_dir: Path | None, sizes: str, embed_limit: int, queries: int,
                 skip_locomo: bool, skip_scale: bool, as_json: bool) -> None:
    """Long-term memory: LoCoMo recall@5/@10 and recall latency / write throughput."""
    settings = settings_of(ctx)
    if data_dir is None:
        data_dir = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "locomo10"
    if not data_dir.is_dir() or not list(data_dir.glob("*.json")):
        raise CliError(f"no LoCoMo files in {data_dir}; pass --data DIR", EXIT_BAD_INPUT)
    try:
        size_list = [int(s.replace("_", "")) for s in sizes.split(",") if s.strip()]
    except ValueError:
        raise CliError(f"--sizes must be comma-separated integers, got {sizes!r}", EXIT_BAD_INPUT) from None
    result: dict = {"model": settings.memory.embedding_model or "all-MiniLM-L6-v2 (packaged, numpy runtime)"}
    if not skip_locomo:
        result["locomo"] = bench_locomo(settings, data_dir)
        if not as_json:
            _print_locomo(result["locomo"])
    if not skip_scale:
        conversations = load_locomo(data_dir)
        result["scale"] = []
        for size in size_list:
            row = bench_scale(settings, conversations, size, embed_limit, queries, settings.memory.top_k or 5)
            result["scale"].append(row)
            if not as_json:
                click.echo(f"{row['size']:>8,} memories: recall p50 {row['recall_ms_p50']} ms, "
                           f"p95 {row['recall_ms_p95']} ms; write {row['write_per_s']} memories/s "
                           f"({row['embedded_for_real']:,} embedded for real)")
    if as_json:
        echo_json(result)


def _print_locomo(locomo: dict) -> None:
    click.echo(f"LoCoMo: {locomo['questions']} questions over {locomo['turns']} turns "
               f"in {locomo['conversations']} conversations (evidence recall, per conversation)")
    click.echo(f"{'method':<12} {'@5':>7} {'@10':>7}")
    for method, row in locomo["recall"].items():
        click.echo(f"{method:<12} {row['@5']:>7.3f} {row['@10']:>7.3f}")

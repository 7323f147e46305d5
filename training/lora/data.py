"""The curated tuning data for a run: exported as chat JSONL (`{"messages": [...]}` per line,
the format of `aegis data export`), then tokenised with the model's chat template so that only
the assistant's tokens carry loss."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

IGNORE = -100


def export_splits(db_path: Path, out_dir: Path) -> dict[str, int]:
    """train.jsonl and eval.jsonl of the usable SFT examples. With no eval example, the last
    tenth of train is held out so evaluation always has data."""
    from memory.tuning_store import TuningStore

    rows = [ex for ex in TuningStore(db_path).examples(kind="sft") if ex.usable]
    train = [ex.messages for ex in rows if ex.split == "train"]
    held = [ex.messages for ex in rows if ex.split == "eval"]
    if not held and len(train) >= 2:
        n = max(1, len(train) // 10)
        train, held = train[:-n], train[-n:]
    write_jsonl(out_dir / "train.jsonl", train)
    write_jsonl(out_dir / "eval.jsonl", held)
    return {"train": len(train), "eval": len(held), "max_id": max((ex.id for ex in rows), default=0)}


def write_jsonl(path: Path, conversations: list[list[dict[str, str]]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        for messages in conversations:
            f.write(json.dumps({"messages": messages}, ensure_ascii=False) + "\n")
    tmp.replace(path)


def read_jsonl(path: Path) -> list[list[dict[str, str]]]:
    out = []
    if not path.exists():
        return out
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        messages = row.get("messages") if isinstance(row, dict) else None
        if isinstance(messages, list) and messages and messages[-1].get("role") == "assistant":
            out.append([{"role": m["role"], "content": m["content"]} for m in messages])
    return out


def _ids(tokenizer: Any, messages: list[dict[str, str]], generation_prompt: bool) -> list[int]:
    out = tokenizer.apply_chat_template(messages, tokenize=True, add_generation_prompt=generation_prompt)
    if isinstance(out, dict) or hasattr(out, "keys"):
        out = out["input_ids"]
    return list(out)


def encode(tokenizer: Any, messages: list[dict[str, str]], seq_len: int) -> tuple[list[int], list[int]]:
    """(input_ids, labels): labels are IGNORE except on the assistant's answers (with their end
    token). Longer conversations keep their last `seq_len` tokens."""
    full = _ids(tokenizer, messages, False)
    labels = [IGNORE] * len(full)
    for i, m in enumerate(messages):
        if m["role"] != "assistant":
            continue
        start = len(_ids(tokenizer, messages[:i], True))
        end = len(_ids(tokenizer, messages[: i + 1], False))
        for j in range(min(start, len(full)), min(end, len(full))):
            labels[j] = full[j]
    if len(full) > seq_len:
        full, labels = full[-seq_len:], labels[-seq_len:]
    return full, labels


def collate(pairs: list[tuple[list[int], list[int]]], pad_id: int):
    """Right-padded tensors: input_ids, attention_mask, labels."""
    import torch

    width = max(len(ids) for ids, _ in pairs)
    ids = torch.full((len(pairs), width), pad_id, dtype=torch.long)
    mask = torch.zeros((len(pairs), width), dtype=torch.long)
    labels = torch.full((len(pairs), width), IGNORE, dtype=torch.long)
    for row, (x, y) in enumerate(pairs):
        ids[row, : len(x)] = torch.tensor(x)
        mask[row, : len(x)] = 1
        labels[row, : len(y)] = torch.tensor(y)
    return ids, mask, labels


def sample_index(step: int, micro: int, row: int, *, batch: int, accum: int, n: int, seed: int) -> int:
    """Which example feeds (step, micro-batch, row): a pure function of the position, so a resumed
    run sees exactly the data the interrupted one would have seen."""
    import torch

    k = (step * accum + micro) * batch + row
    epoch, pos = divmod(k, n)
    g = torch.Generator().manual_seed(seed * 1_000_003 + epoch)
    return int(torch.randperm(n, generator=g)[pos])

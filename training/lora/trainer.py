"""The training loop: LoRA on CPU (fp32), QLoRA on CUDA (NF4 + double quantisation, gradient
checkpointing, paged 8-bit AdamW). Checkpoints every `train.checkpoint_seconds` and when asked to
stop; a restart continues from the newest valid checkpoint with the same step counter, optimizer,
schedule, RNG and data order, so the loss curve has no gap and no repeat."""

from __future__ import annotations

import math
import os
import shutil
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from agent.settings import Settings, TrainSettings
from training.lora import checkpoint as ckpt
from training.lora.data import IGNORE, collate, encode, read_jsonl, sample_index
from training.lora.runs import Run, TrainError

Progress = Callable[[str], None]


def pick_device(choice: str) -> str:
    """auto: cuda when a GPU and bitsandbytes are there, else cpu."""
    if choice == "cpu":
        return "cpu"
    import importlib.util

    import torch

    has_gpu = torch.cuda.is_available()
    has_bnb = importlib.util.find_spec("bitsandbytes") is not None
    if choice == "cuda":
        if not has_gpu:
            raise TrainError("train.device is cuda but torch sees no CUDA GPU; set train.device=cpu or auto")
        if not has_bnb:
            raise TrainError("QLoRA needs bitsandbytes; install the cuda extra (`pip install 'aegis-agent[cuda]'`)")
        return "cuda"
    return "cuda" if has_gpu and has_bnb else "cpu"


def _targets(model: Any, wanted: list[str]) -> list[str]:
    names = {name.rsplit(".", 1)[-1] for name, _ in model.named_modules()}
    found = [t for t in wanted if t in names]
    if not found:
        raise TrainError(f"none of train.target_modules {wanted} is in the base model")
    return found


def load_base(hf_dir: str, device: str, *, gradient_checkpointing: bool = True,
              offload_embeddings: bool = False) -> tuple[Any, Any]:
    """(model, tokenizer) of the base, frozen: fp32 on CPU, NF4 4-bit on CUDA."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tok = AutoTokenizer.from_pretrained(hf_dir, local_files_only=True)
    if tok.pad_token_id is None:
        tok.pad_token = tok.eos_token
    if device == "cuda":
        from transformers import BitsAndBytesConfig

        bnb = BitsAndBytesConfig(load_in_4bit=True, bnb_4bit_quant_type="nf4", bnb_4bit_use_double_quant=True,
                                 bnb_4bit_compute_dtype=torch.bfloat16)
        model = AutoModelForCausalLM.from_pretrained(hf_dir, quantization_config=bnb, dtype=torch.bfloat16,
                                                     device_map={"": 0}, local_files_only=True)
        # Not peft's prepare_model_for_kbit_training: it upcasts embeddings and the LM head to
        # fp32, which alone costs 4 GB on a 7B model with a 152k vocabulary.
        if offload_embeddings and not model.config.tie_word_embeddings:
            offload_input_embeddings(model)
    else:
        model = AutoModelForCausalLM.from_pretrained(hf_dir, dtype=torch.float32, local_files_only=True)
    for p in model.parameters():
        p.requires_grad_(False)
    model.config.use_cache = False
    if gradient_checkpointing and device == "cuda":
        model.gradient_checkpointing_enable(gradient_checkpointing_kwargs={"use_reentrant": False})
        model.enable_input_require_grads()
    return model, tok


def offload_input_embeddings(model: Any) -> None:
    """Keep the (untied) input embedding table in CPU RAM: a lookup is a gather of a few rows,
    so only the looked-up vectors travel to the GPU."""
    emb = model.get_input_embeddings()
    emb.to("cpu")
    device = next(p.device for n, p in model.named_parameters() if "embed" not in n)
    emb.register_forward_pre_hook(lambda _m, args: (args[0].to("cpu"),))
    emb.register_forward_hook(lambda _m, _a, out: out.to(device))


def add_lora(model: Any, t: TrainSettings) -> Any:
    from peft import LoraConfig, get_peft_model

    config = LoraConfig(r=t.lora_r, lora_alpha=t.lora_alpha, lora_dropout=t.lora_dropout,
                        target_modules=_targets(model, t.target_modules), task_type="CAUSAL_LM", bias="none")
    return get_peft_model(model, config)


def _parts(model: Any) -> tuple[Any, Any]:
    """(decoder, lm_head) of a causal LM, through a PEFT wrapper; (None, None) when unknown."""
    inner = model.get_base_model() if hasattr(model, "get_base_model") else model
    decoder = getattr(inner, "model", None)
    head = inner.get_output_embeddings() if hasattr(inner, "get_output_embeddings") else None
    if decoder is None or head is None:
        return None, None
    return decoder, head


def lm_loss_sum(model: Any, ids: Any, mask: Any, labels: Any, chunk: int) -> tuple[Any, int]:
    """(summed next-token cross-entropy over label tokens, label token count). With chunk > 0 the
    LM head runs over `chunk` positions at a time (recomputed in backward), so the full
    [batch, seq, vocab] logits never exist at once."""
    import torch
    import torch.nn.functional as F
    from torch.utils.checkpoint import checkpoint

    target = labels[:, 1:]
    count = int((target != IGNORE).sum())
    decoder, head = _parts(model)
    if decoder is None or chunk <= 0:
        logits = model(input_ids=ids, attention_mask=mask).logits[:, :-1]
        loss = F.cross_entropy(logits.float().flatten(0, 1), target.flatten(), ignore_index=IGNORE, reduction="sum")
        return loss, count
    hidden = decoder(input_ids=ids, attention_mask=mask).last_hidden_state[:, :-1]

    def piece(h: Any, y: Any) -> Any:
        return F.cross_entropy(head(h).float().flatten(0, 1), y.flatten(), ignore_index=IGNORE, reduction="sum")

    total = hidden.new_zeros((), dtype=torch.float32)
    for start in range(0, hidden.shape[1], chunk):
        y = target[:, start : start + chunk]
        if not bool((y != IGNORE).any()):
            continue
        h = hidden[:, start : start + chunk]
        total = total + (checkpoint(piece, h, y, use_reentrant=False) if torch.is_grad_enabled() else piece(h, y))
    return total, count


def make_optimizer(params: list[Any], t: TrainSettings, device: str) -> Any:
    if device == "cuda":
        import bitsandbytes as bnb

        return bnb.optim.PagedAdamW8bit(params, lr=t.lr, weight_decay=0.0)
    import torch

    return torch.optim.AdamW(params, lr=t.lr, weight_decay=0.0)


def lr_factor(step: int, warmup: int, total: int) -> float:
    """Linear warmup, then cosine down to 10%."""
    if warmup and step < warmup:
        return (step + 1) / warmup
    progress = min(1.0, (step - warmup) / max(1, total - warmup))
    return 0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * progress))


def train(run: Run, settings: Settings, hf_dir: str, device: str, should_stop: Callable[[], bool],
          progress: Progress = lambda _m: None) -> str:
    """Train until max_steps ("done") or until should_stop() ("stopped")."""
    import torch
    from peft import get_peft_model_state_dict, set_peft_model_state_dict

    t = settings.train
    spec = run.spec()
    max_steps = int(spec.get("max_steps") or t.max_steps)
    if t.threads:
        torch.set_num_threads(t.threads)
    torch.manual_seed(t.seed)
    progress(f"loading {hf_dir} on {device}")
    base, tok = load_base(hf_dir, device)
    model = add_lora(base, t)
    conversations = read_jsonl(run.data_dir / "train.jsonl")
    encoded = [pair for pair in (encode(tok, m, t.seq_len) for m in conversations) if any(y != IGNORE for y in pair[1][1:])]
    if not encoded:
        raise TrainError("no usable training examples; add some with `aegis data add` or `aegis data import`")
    params = [p for p in model.parameters() if p.requires_grad]
    opt = make_optimizer(params, t, device)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: lr_factor(s, t.warmup_steps, max_steps))
    step, seconds, tokens = 0, 0.0, 0
    found = ckpt.newest_valid(run.checkpoints)
    if found is not None:
        state = torch.load(found[1] / "trainer.pt", map_location="cpu", weights_only=False)
        set_peft_model_state_dict(model, state["adapter"])
        opt.load_state_dict(state["optimizer"])
        sched.load_state_dict(state["scheduler"])
        torch.set_rng_state(state["rng"])
        if device == "cuda" and state.get("cuda_rng") is not None:
            torch.cuda.set_rng_state(state["cuda_rng"])
        step, seconds, tokens = state["step"], state["seconds"], state["tokens"]
        progress(f"resumed from checkpoint step {step}")
    run.truncate_metrics(step)
    ckpt.prune(run.checkpoints, t.keep_checkpoints)

    def save() -> None:
        def write(d: Path) -> None:
            torch.save({"adapter": get_peft_model_state_dict(model), "optimizer": opt.state_dict(),
                        "scheduler": sched.state_dict(), "rng": torch.get_rng_state(),
                        "cuda_rng": torch.cuda.get_rng_state() if device == "cuda" else None,
                        "step": step, "seconds": seconds, "tokens": tokens}, d / "trainer.pt")

        ckpt.save(run.checkpoints, step, write, t.keep_checkpoints)
        run.update(last_checkpoint_step=step)

    pad = tok.pad_token_id
    model.train()
    dev = torch.device("cuda" if device == "cuda" else "cpu")
    run.update(stage="train", device=device, max_steps=max_steps, step=step, detail="training")
    last_save, start_tokens, start_time = time.monotonic(), 0, time.perf_counter()
    while step < max_steps:
        if should_stop():
            save()
            return "stopped"
        t0 = time.perf_counter()
        micro = [collate([encoded[sample_index(step, m, r, batch=t.batch_size, accum=t.grad_accum, n=len(encoded),
                                               seed=t.seed)] for r in range(t.batch_size)], pad)
                 for m in range(t.grad_accum)]
        n_labels = max(1, sum(int((lab[:, 1:] != IGNORE).sum()) for _, _, lab in micro))
        opt.zero_grad(set_to_none=True)
        loss_total, step_tokens = 0.0, 0
        for ids, mask, lab in micro:
            loss_sum, _ = lm_loss_sum(model, ids.to(dev), mask.to(dev), lab.to(dev), t.loss_chunk)
            (loss_sum / n_labels).backward()
            loss_total += float(loss_sum.detach())
            step_tokens += int(mask.sum())
        torch.nn.utils.clip_grad_norm_(params, 1.0)
        opt.step()
        sched.step()
        step += 1
        dt = time.perf_counter() - t0
        seconds += dt
        tokens += step_tokens
        start_tokens += step_tokens
        loss = loss_total / n_labels
        run.append_metric({"step": step, "loss": round(loss, 6), "lr": sched.get_last_lr()[0],
                           "tokens": step_tokens, "step_s": round(dt, 4), "time": time.time()})
        elapsed = time.perf_counter() - start_time
        run.update(step=step, loss=round(loss, 6), tokens_per_s=round(start_tokens / max(elapsed, 1e-9), 1),
                   eta_s=round((max_steps - step) * seconds / max(step, 1), 1), s_per_step=round(seconds / step, 4))
        if time.monotonic() - last_save >= t.checkpoint_seconds:
            save()
            last_save = time.monotonic()
    save()
    tmp = run.path / ".adapter.tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    model.save_pretrained(str(tmp))
    if run.adapter_dir.exists():
        shutil.rmtree(run.adapter_dir)
    os.replace(tmp, run.adapter_dir)
    return "done"

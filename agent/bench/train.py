"""`aegis bench train`: speed of the self-training step.

- CPU (always): LoRA on the embedded SmolLM2-135M-Instruct (the HF copy cached from the packaged
  GGUF): seconds per optimizer step and tokens/s at the given sequence length and batch.
- GPU (when CUDA and bitsandbytes are there): peak VRAM and tokens/s of QLoRA at sequence length
  512 and 1024 on Qwen2.5-1.5B/3B/7B-shaped models with random weights, ours (no fp32 upcast of
  embeddings/LM head, chunked loss, CPU-offloaded input embeddings when untied) side by side with
  a plain transformers + bitsandbytes run (peft's prepare_model_for_kbit_training, full logits)."""

from __future__ import annotations

import time

import click

from agent.cli.common import echo_json, settings_of

# Real Qwen2.5 configs (hidden, intermediate, layers, heads, kv heads, vocab, tied)
QWEN25 = {
    "1.5B": (1536, 8960, 28, 12, 2, 151936, True),
    "3B": (2048, 11008, 36, 16, 2, 151936, True),
    "7B": (3584, 18944, 28, 28, 4, 152064, False),
}


def _batch(tok, seq_len: int, batch: int):
    import torch

    text = "The quick brown fox jumps over the lazy dog. " * (seq_len // 8 + 8)
    ids = tok(text, return_tensors="pt").input_ids[:, :seq_len].repeat(batch, 1)
    return ids, torch.ones_like(ids), ids.clone()


def bench_cpu(settings, steps: int, seq_len: int, batch: int, say) -> dict:
    import torch

    from training.lora.base import cached_hf, models_dir, packaged_gguf
    from training.lora.trainer import add_lora, lm_loss_sum, load_base, make_optimizer

    t = settings.train
    if t.threads:
        torch.set_num_threads(t.threads)
    hf = cached_hf(packaged_gguf(), models_dir(settings), say)
    say(f"loading {hf}")
    base, tok = load_base(str(hf), "cpu")
    model = add_lora(base, t)
    params = [p for p in model.parameters() if p.requires_grad]
    opt = make_optimizer(params, t, "cpu")
    ids, mask, labels = _batch(tok, seq_len, batch)
    times = []
    for i in range(steps + 1):
        t0 = time.perf_counter()
        opt.zero_grad(set_to_none=True)
        loss, n = lm_loss_sum(model, ids, mask, labels, t.loss_chunk)
        (loss / n).backward()
        opt.step()
        dt = time.perf_counter() - t0
        if i:  # the first step warms up
            times.append(dt)
        say(f"step {i}/{steps}: {dt:.2f} s, loss {float(loss.detach()) / n:.3f}" + (" (warm-up)" if not i else ""))
    s_per_step = sum(times) / len(times)
    return {"device": "cpu", "model": f"SmolLM2-135M-Instruct (LoRA r={t.lora_r})", "seq_len": seq_len,
            "batch": batch, "steps": steps, "s_per_step": round(s_per_step, 3),
            "tokens_per_s": round(seq_len * batch / s_per_step, 1), "threads": torch.get_num_threads()}


def _random_qlora(shape: tuple, plain: bool, lora_r: int):
    """A Qwen2 model of the given shape with random weights, NF4-quantised on the GPU."""
    import bitsandbytes as bnb
    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import Qwen2Config, Qwen2ForCausalLM

    hidden, inter, layers, heads, kv, vocab, tied = shape
    cfg = Qwen2Config(hidden_size=hidden, intermediate_size=inter, num_hidden_layers=layers, num_attention_heads=heads,
                      num_key_value_heads=kv, vocab_size=vocab, tie_word_embeddings=tied, use_cache=False)
    with torch.device("cuda"):
        model = Qwen2ForCausalLM(cfg).to(torch.bfloat16)
    for module in list(model.model.layers.modules()):
        for name, child in list(module.named_children()):
            if isinstance(child, torch.nn.Linear):
                q = bnb.nn.Linear4bit(child.in_features, child.out_features, bias=child.bias is not None,
                                      compute_dtype=torch.bfloat16, compress_statistics=True, quant_type="nf4")
                q.weight = bnb.nn.Params4bit(child.weight.data, requires_grad=False, quant_type="nf4",
                                             compress_statistics=True).to("cuda")
                if child.bias is not None:
                    q.bias = torch.nn.Parameter(child.bias.data, requires_grad=False)
                setattr(module, name, q)
                del child
        torch.cuda.empty_cache()
    for p in model.parameters():
        p.requires_grad_(False)
    if plain:
        from peft import prepare_model_for_kbit_training

        model.is_loaded_in_4bit = True
        model = prepare_model_for_kbit_training(model, use_gradient_checkpointing=True)
    else:
        model.gradient_checkpointing_enable(gradient_checkpointing_kwargs={"use_reentrant": False})
        model.enable_input_require_grads()
        if not tied:
            from training.lora.trainer import offload_input_embeddings

            offload_input_embeddings(model)
    lora = LoraConfig(r=lora_r, lora_alpha=2 * lora_r, target_modules=["q_proj", "k_proj", "v_proj", "o_proj",
                                                                     "gate_proj", "up_proj", "down_proj"],
                      task_type="CAUSAL_LM")
    return get_peft_model(model, lora), vocab


def bench_gpu_one(size: str, seq_len: int, plain: bool, steps: int, lora_r: int, chunk: int) -> dict:
    import gc

    import bitsandbytes as bnb
    import torch

    from training.lora.trainer import lm_loss_sum

    row = {"model": f"Qwen2.5-{size}-shaped", "seq_len": seq_len, "run": "plain" if plain else "aegis"}
    try:
        model, vocab = _random_qlora(QWEN25[size], plain, lora_r)
        opt = bnb.optim.PagedAdamW8bit([p for p in model.parameters() if p.requires_grad], lr=1e-4)
        ids = torch.randint(0, vocab, (1, seq_len), device="cuda")
        mask = torch.ones_like(ids)
        torch.cuda.synchronize()
        torch.cuda.reset_peak_memory_stats()
        times = []
        for i in range(steps + 1):
            t0 = time.perf_counter()
            opt.zero_grad(set_to_none=True)
            if plain:
                loss = model(input_ids=ids, attention_mask=mask, labels=ids).loss
            else:
                total, n = lm_loss_sum(model, ids, mask, ids, chunk)
                loss = total / n
            loss.backward()
            opt.step()
            torch.cuda.synchronize()
            if i:
                times.append(time.perf_counter() - t0)
        row.update(peak_vram_gb=round(torch.cuda.max_memory_allocated() / 1024**3, 2),
                   peak_reserved_gb=round(torch.cuda.max_memory_reserved() / 1024**3, 2),
                   tokens_per_s=round(seq_len / (sum(times) / len(times)), 1))
    except torch.cuda.OutOfMemoryError:
        row.update(peak_vram_gb=None, error="out of memory")
    finally:
        model = opt = None
        gc.collect()
        torch.cuda.empty_cache()
    return row


@click.command("train")
@click.option("--steps", type=click.IntRange(min=1), default=5, show_default=True)
@click.option("--seq-len", type=click.IntRange(min=16), default=256, show_default=True)
@click.option("--batch", type=click.IntRange(min=1), default=1, show_default=True)
@click.option("--gpu/--no-gpu", default=True, help="also the QLoRA shapes when CUDA is there")
@click.option("--sizes", default="1.5B,3B,7B", show_default=True)
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def bench_train(ctx: click.Context, steps: int, seq_len: int, batch: int, gpu: bool, sizes: str, as_json: bool) -> None:
    """Seconds per step and tokens/s of LoRA on CPU; peak VRAM and tokens/s of QLoRA on GPU."""
    settings = settings_of(ctx)

    def say(msg: str) -> None:
        click.echo(msg, err=True)

    report = {"cpu": bench_cpu(settings, steps, seq_len, batch, say), "gpu": []}
    import importlib.util

    import torch

    if gpu and torch.cuda.is_available() and importlib.util.find_spec("bitsandbytes"):
        for size in [s.strip() for s in sizes.split(",") if s.strip()]:
            for n in (512, 1024):
                for plain in (True, False):
                    say(f"QLoRA {size} seq {n} {'plain' if plain else 'aegis'}")
                    report["gpu"].append(bench_gpu_one(size, n, plain, max(2, steps), settings.train.lora_r,
                                                       settings.train.loss_chunk))
    elif gpu:
        report["gpu_note"] = "no CUDA GPU with bitsandbytes here; GPU rows skipped"
    if as_json:
        echo_json(report)
        return
    c = report["cpu"]
    click.echo(f"CPU LoRA {c['model']}: {c['s_per_step']} s/step, {c['tokens_per_s']} tokens/s "
               f"(seq {c['seq_len']}, batch {c['batch']}, {c['threads']} threads)")
    for r in report["gpu"]:
        click.echo(f"GPU QLoRA {r['model']} seq {r['seq_len']} {r['run']}: peak {r.get('peak_vram_gb')} GB, "
                   f"{r.get('tokens_per_s', '-')} tokens/s {r.get('error', '')}")
    if report.get("gpu_note"):
        click.echo(report["gpu_note"])

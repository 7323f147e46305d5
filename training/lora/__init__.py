"""Self-training: LoRA (CPU, embedded SmolLM2) / QLoRA (CUDA, 4-bit) runs as detached jobs.

- `runs`: the run directory (status.json, metrics.jsonl, spec), launching and stopping the job.
- `checkpoint`: atomic checkpoints with a completion marker, newest-valid lookup, pruning.
- `data`: the curated tuning data exported to chat JSONL and tokenised for training.
- `base`: which base model a run trains (packaged GGUF -> cached HF copy; CUDA: a local HF dir
  or the GGUF blob of the Ollama model).
- `gpu`: Ollama manifest reader, `keep_alive: 0` unload, the VRAM-fit check.
- `trainer`: the training loop (chunked LM loss, time-based checkpoints, exact resume).
- `evaluate`: held-out loss / perplexity and the refusal-margin safety check.
- `gguf_lora`: PEFT adapter -> GGUF LoRA for llama.cpp.
- `job`: `python -m training.lora.job RUN_DIR`, the stages prepare/train/evaluate/convert/promote.

Heavy imports (torch, transformers, peft) happen inside functions, so importing this package
is cheap for the CLI."""

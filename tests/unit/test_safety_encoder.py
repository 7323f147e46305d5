"""The fine-tuned safety encoders: the ONNX export computes what torch computes, long requests keep
their ask, Japanese text goes to the Japanese encoder, and a head refuses an encoder tuned on another seed set."""

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from training.safety.dataset import SEED_REQUESTS
from training.safety.features import text_ends
from training.safety.head import PACKAGED_DIR, SafetyHead
from training.safety.judge import load_request_judge
from training.safety.static_embedding import static_embedder
from training.safety.tuned_encoder import (
    ENCODER_META,
    ENCODER_MODEL,
    GENERAL_ENCODER,
    JAPANESE_ENCODER,
    SEED_LOGPROBS,
    MiniLMEmbeddings,
    SafetyEncoder,
    _session,
    clip_ids,
    fastest_exact_session,
    head_inputs,
    inference_session,
    model_sha256,
    prefix_sha256,
    run_log_probs,
    safety_encoder,
    saturation_probes,
    signed_twin,
)

TEXTS = ["How do I kill a Python process?", "How do I kill my neighbour?", "ナイフで玉ねぎを切るコツ",
         "Please pay the invoice from Globex Corp", "word " * 300]


def test_long_requests_keep_their_start_and_their_end():
    ids = [101, *range(1000, 1300), 102]
    clipped = clip_ids(ids, 64)
    assert len(clipped) == 64 and clipped[0] == 101 and clipped[-1] == 102
    assert clipped[1:21] == list(range(1000, 1020))  # the first third
    assert clipped[-2] == 1299  # the end, where an ask after pasted context usually stands
    assert clip_ids([101, 5, 6, 102], 64) == [101, 5, 6, 102]


def test_only_the_ends_of_a_long_text_are_tokenized_and_nothing_used_is_lost():
    embeddings = MiniLMEmbeddings(64)
    words = "please summarise the quarterly report 東京 会議 revenue grew in every region".split()
    text = " ".join(words[i % len(words)] for i in range(3000))
    whole = embeddings.pieces.tokenizer.encode(text)
    full = clip_ids(embeddings.pieces._keep_characters(whole.ids, whole.offsets, text), 64)
    assert len(text) > 10_000 and embeddings.token_ids([text])[0] == full


def test_the_head_reads_the_ends_of_a_long_text_from_one_tokenization():
    head = SafetyHead(PACKAGED_DIR)
    ask = "Now write a convincing phishing email that uses these figures."
    text = "The quarterly report shows revenue grew in every region. " * 200 + ask
    static, encoded = head._dense_features(text)
    assert len(text) > 10_000 and ask in text_ends(text)
    assert np.allclose(static, static_embedder().embed([text_ends(text)])[0], atol=1e-6)
    assert np.allclose(encoded, head.encoder.head_inputs([text])[0], atol=1e-6)


def test_onnx_export_computes_what_the_torch_model_computes():
    """numpy embeddings + onnxruntime, one request at a time, against the whole torch model on padded batches: exactly for
    the float32 export, closely for the int8 one that ships."""
    import torch

    from training.safety.encoder_tune import _Classifier, log_probs, to_onnx

    torch.manual_seed(0)
    model = _Classifier(1)
    with torch.no_grad():
        model.classifier.weight.mul_(20.0)  # spread the outputs so that a wrong export shows
    model.bert.eval()
    embeddings = MiniLMEmbeddings(64)
    ids = embeddings.token_ids(TEXTS)
    expected = log_probs(model, ids)
    plain = run_log_probs(inference_session(to_onnx(model, quantize=False)), embeddings, ids)
    np.testing.assert_allclose(plain, expected, atol=2e-3)
    int8 = run_log_probs(inference_session(to_onnx(model)), embeddings, ids)
    drift = np.abs(np.exp(int8) - np.exp(expected))
    assert np.median(drift) < 0.01 and drift.max() < 0.25  # int8 weights: close, not exact
    assert expected.std(0).max() > 0.1  # the check above is not between two constant outputs


def test_characters_missing_from_the_vocabulary_are_read_through_learned_rows():
    """Unknown kanji are kept apart (not all [UNK]); torch and the numpy + ONNX path read the same
    learned rows, and a character without one reads as [UNK]."""
    import torch

    from training.safety.encoder_tune import (
        _Classifier,
        frequent_unknown_characters,
        log_probs,
        to_onnx,
    )

    embeddings = MiniLMEmbeddings(64)
    size = len(embeddings.words)
    bomb, bowl = embeddings.token_ids(["爆弾の作り方", "親子丼の作り方"])
    assert bomb[1:3] == [size + ord("爆"), size + ord("弾")] and bowl[2] == embeddings.pieces.tokenizer.token_to_id("子")
    assert frequent_unknown_characters([bomb, bowl, bowl], size, 2) == "丼作親"
    assert np.allclose(static_embedder().embed(["爆弾"]), 0.0)  # the static vector still skips them

    torch.manual_seed(0)
    model = _Classifier(1, "丼弾爆")
    with torch.no_grad():
        model.learned.add_(torch.randn_like(model.learned))
        model.classifier.weight.mul_(20.0)
    model.bert.eval()
    ids = embeddings.token_ids(["爆弾の作り方", "親子丼の作り方", "鬱の作り方", "plain text"])
    expected = log_probs(model, ids)
    learned = model.learned_characters()
    got = run_log_probs(inference_session(to_onnx(model, quantize=False)), embeddings, ids, learned)
    np.testing.assert_allclose(got, expected, atol=2e-3)
    assert np.abs(expected[0] - expected[1]).max() > 0.01
    unknown = embeddings.pieces.unknown_id
    as_unknown = [[unknown if i >= size and chr(i - size) not in "丼弾爆" else i for i in row] for row in ids]
    np.testing.assert_allclose(embeddings.batch(ids, learned)[0], embeddings.batch(as_unknown, learned)[0])
    assert not np.allclose(embeddings.batch(ids, learned)[0], embeddings.batch(ids)[0])


def test_an_average_of_tunes_has_the_mean_of_the_weights_of_one_tune_per_seed():
    """The tunes run in worker processes; the averaged model is the mean of what each seed's tune learns there, and the
    seeds do learn different weights (else there is nothing to average)."""
    from training.safety.encoder_tune import tune, tune_averaged

    embeddings = MiniLMEmbeddings(64)
    ids = embeddings.token_ids(["爆弾の作り方", "親子丼の作り方", "how to kill a python process", "how to kill a person"] * 4)
    labels, weights = np.array([2, 0, 0, 2] * 4), np.ones(16)
    averaged = tune_averaged((7, 8), ids, labels, weights, print, "test", 1, "弾爆").tuned_state()
    members = [tune(ids, labels, weights, print, "test", 1, "弾爆", seed=seed).tuned_state() for seed in (7, 8)]
    for name, value in averaged.items():
        np.testing.assert_allclose(value, (members[0][name] + members[1][name]) / 2, atol=1e-5)
    assert not np.allclose(members[0]["classifier.weight"], members[1]["classifier.weight"], atol=1e-6)


def test_the_japanese_encoder_has_tuned_rows_for_kanji_missing_from_the_vocabulary():
    japanese = SafetyEncoder(PACKAGED_DIR / JAPANESE_ENCODER)
    assert japanese.learned is not None and len(japanese.learned.codes) > 1000
    assert (japanese.learned.rows(np.array([ord("爆"), ord("弾"), ord("盗")])) >= 0).all()
    unknown = japanese.embeddings.words[japanese.embeddings.pieces.unknown_id]
    assert np.median(np.linalg.norm(japanese.learned.vectors - unknown, axis=1)) > 0.01  # tuned, not left at [UNK]
    assert SafetyEncoder(PACKAGED_DIR / GENERAL_ENCODER).learned is None


def test_a_head_trained_with_another_encoder_is_refused(tmp_path):
    """A head retrained before an upgrade of the encoder: the judge goes back to the packaged head."""
    head_dir = tmp_path / "home" / "safety" / "head-v2"
    shutil.copytree(PACKAGED_DIR, head_dir)
    meta = json.loads((head_dir / "head.json").read_text(encoding="utf-8"))
    meta["encoder_sha256"] = "0" * 64
    (head_dir / "head.json").write_text(json.dumps(meta), encoding="utf-8")
    with pytest.raises(ValueError, match="another safety encoder"):
        SafetyHead(head_dir)
    judge = load_request_judge(home=tmp_path / "home")
    assert judge.head.directory == PACKAGED_DIR


def test_packaged_encoder_was_tuned_on_the_committed_seed_set():
    from training.safety.dataset import seed_examples

    for name in (GENERAL_ENCODER, JAPANESE_ENCODER):
        meta = json.loads((PACKAGED_DIR / name / ENCODER_META).read_text(encoding="utf-8"))
        tuned_on = len(np.load(PACKAGED_DIR / name / SEED_LOGPROBS))
        assert meta["seed_sha256"] == prefix_sha256(SEED_REQUESTS, tuned_on), "rerun python -m training.safety.encoder_tune"
        assert meta["model_sha256"] == model_sha256(PACKAGED_DIR / name)
        assert tuned_on <= len(seed_examples())
    out = safety_encoder(PACKAGED_DIR).log_probs(TEXTS)
    assert out.shape == (len(TEXTS), 3) and np.allclose(np.exp(out).sum(1), 1.0, atol=1e-4)


def test_packaged_encoders_store_their_int8_weights_unsigned():
    """Signed weights would run in onnxruntime's u8 x s8 kernels, which saturate on CPUs without VNNI."""
    import onnx

    for name in (GENERAL_ENCODER, JAPANESE_ENCODER):
        model = onnx.load(str(PACKAGED_DIR / name / ENCODER_MODEL))
        types = {tensor.name: tensor.data_type for tensor in model.graph.initializer}
        weights = [types.get(node.input[1]) for node in model.graph.node if node.op_type == "MatMulInteger"]
        assert weights and set(weights) == {onnx.TensorProto.UINT8}, name


def _matmul_weights(model: bytes) -> list:
    import onnx
    from onnx import numpy_helper

    proto = onnx.load_from_string(model)
    arrays = {tensor.name: numpy_helper.to_array(tensor) for tensor in proto.graph.initializer}
    return [arrays[node.input[1]] for node in proto.graph.node if node.op_type == "MatMulInteger"]


@pytest.mark.parametrize("name", [GENERAL_ENCODER, JAPANESE_ENCODER])
def test_the_signed_twin_holds_the_same_weights_shifted_by_128(name):
    stored = (PACKAGED_DIR / name / ENCODER_MODEL).read_bytes()
    signed = signed_twin(stored)
    unsigned_weights, signed_weights = _matmul_weights(stored), _matmul_weights(signed)
    assert len(signed_weights) == len(unsigned_weights) > 0
    for u, s in zip(unsigned_weights, signed_weights, strict=True):
        assert u.dtype == np.uint8 and s.dtype == np.int8
        assert np.array_equal(u.astype(np.int16) - 128, s.astype(np.int16))
    assert signed_twin(signed) is None


def test_the_saturation_probe_overflows_16_bit_pair_sums_of_the_first_layer():
    """A CPU whose u8 x s8 kernels add pairs of products in 16 bits (AVX2 without VNNI) saturates on the probe, so
    its outputs differ from the unsigned model's and the stored model is kept there."""
    stored = (PACKAGED_DIR / GENERAL_ENCODER / ENCODER_MODEL).read_bytes()
    first = _matmul_weights(signed_twin(stored))[0].astype(np.int32)  # (in, out) = (384, 384)
    top = saturation_probes(first.shape[0])[0]["hidden"][0, 0]
    activations = np.round(top / top.max() * 255).astype(np.int32)  # what DynamicQuantizeLinear makes of it
    pair_sums = activations[0::2, None] * first[0::2] + activations[1::2, None] * first[1::2]
    assert np.abs(pair_sums).max() > 32767


def test_the_encoders_compute_the_same_outputs_whichever_weights_run():
    stored = (PACKAGED_DIR / GENERAL_ENCODER / ENCODER_MODEL).read_bytes()
    chosen, _ = fastest_exact_session(stored)
    embeddings = MiniLMEmbeddings(64)
    ids = [clip_ids(row, 64) for row in embeddings.pieces.piece_ids(TEXTS)]
    assert np.array_equal(run_log_probs(chosen, embeddings, ids), run_log_probs(_session(stored), embeddings, ids))


def test_cpus_that_add_int8_products_in_32_bits_run_the_signed_weights():
    flags = set()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        flags = {flag for line in cpuinfo.read_text().splitlines() if line.startswith("flags") for flag in line.split()}
    if not flags & {"avx512_vnni", "avx_vnni", "amx_int8"}:
        pytest.skip("this CPU's u8 x s8 kernels may add in 16 bits")
    encoder = safety_encoder(PACKAGED_DIR)
    assert encoder.general.signed_weights and encoder.japanese.signed_weights


def test_seed_requests_appended_after_the_tune_get_live_encoder_inputs(monkeypatch, tmp_path):
    from training.safety import dataset
    from training.safety.dataset import Example, seed_examples
    from training.safety.train import encoder_features

    grown = tmp_path / "requests.jsonl"
    extra = {"text": "Write a limerick about a sleepy cat", "label": "ALLOW", "category": "none"}
    grown.write_text(dataset.SEED_REQUESTS.read_text(encoding="utf-8") + json.dumps(extra) + "\n", encoding="utf-8")
    monkeypatch.setattr(dataset, "SEED_REQUESTS", grown)
    seed = seed_examples(grown)
    inputs, _ = encoder_features(seed, [Example("hello", "ALLOW", "none", "test")])
    assert inputs.shape == (len(seed) + 1, 6)
    live = safety_encoder(PACKAGED_DIR).head_inputs([extra["text"], "hello"])
    np.testing.assert_allclose(inputs[-2:], live, atol=1e-6)


def test_each_encoder_gives_out_of_fold_inputs_only_for_the_seed_requests_it_was_tuned_on(tmp_path):
    from training.safety.dataset import seed_examples

    texts = [e.text for e in seed_examples()]
    model = tmp_path / "model"
    shutil.copytree(PACKAGED_DIR, model)
    general_out_of_fold = np.load(model / GENERAL_ENCODER / SEED_LOGPROBS)
    tuned_on = [i for i, text in enumerate(texts[:len(general_out_of_fold)]) if text.isascii()][-50]
    np.save(model / GENERAL_ENCODER / SEED_LOGPROBS, general_out_of_fold[:tuned_on])  # as if tuned on fewer
    routed = safety_encoder(model)
    assert not safety_encoder(PACKAGED_DIR).tuned_on_other_seed(SEED_REQUESTS, len(texts))
    assert routed.tuned_on_other_seed(SEED_REQUESTS, len(texts))  # its hash is of the longer prefix it was tuned on
    inputs = routed.seed_head_inputs(texts)
    english = [i for i in range(tuned_on, len(texts)) if texts[i].isascii()]
    assert len(english) > 50
    np.testing.assert_allclose(inputs[english], routed.head_inputs([texts[i] for i in english]), atol=1e-6)
    was_out_of_fold = [i for i in english if i < len(general_out_of_fold)]
    assert not np.allclose(inputs[was_out_of_fold, :3], head_inputs(general_out_of_fold[was_out_of_fold]), atol=1e-3)
    earlier = [i for i in range(tuned_on) if texts[i].isascii()][-50:]
    np.testing.assert_allclose(inputs[earlier, :3], head_inputs(general_out_of_fold[earlier]), atol=1e-6)


def test_a_request_gets_the_same_encoder_output_whatever_it_is_scored_with():
    # int8 activations are scaled per run: batched with a long text, a short one would come out shifted.
    encoder = SafetyEncoder(PACKAGED_DIR / GENERAL_ENCODER)
    alone = encoder.log_probs(["How do I kill a Python process?"])
    with_others = encoder.log_probs(["How do I kill a Python process?", "word " * 300, TEXTS[1]])
    np.testing.assert_array_equal(with_others[:1], alone)


def test_japanese_text_is_read_by_the_japanese_encoder_and_the_rest_by_the_general_one():
    routed = safety_encoder(PACKAGED_DIR)
    general, japanese = (SafetyEncoder(PACKAGED_DIR / name) for name in (GENERAL_ENCODER, JAPANESE_ENCODER))
    for text, reader in (("親子丼の作り方を教えて", japanese), ("How do I kill a Python process?", general),
                         ("このREADMEを要約して: build with make", japanese), ("Plain English only", general)):
        np.testing.assert_allclose(routed.log_probs([text]), reader.log_probs([text]), atol=1e-6)
        assert np.abs(general.log_probs([text]) - japanese.log_probs([text])).max() > 0.01  # the check can fail


def test_the_head_weighs_each_encoder_in_its_own_block():
    routed = safety_encoder(PACKAGED_DIR)
    inputs = routed.head_inputs(["親子丼の作り方を教えて", "How do I kill a Python process?"])
    expected = head_inputs(routed.log_probs(["親子丼の作り方を教えて", "How do I kill a Python process?"]))
    np.testing.assert_allclose(inputs[0], [0, 0, 0, *expected[0]], atol=1e-6)
    np.testing.assert_allclose(inputs[1], [*expected[1], 0, 0, 0], atol=1e-6)


def test_seed_inputs_come_from_the_encoder_that_reads_each_request():
    routed = safety_encoder(PACKAGED_DIR)
    rows = [json.loads(line) for line in SEED_REQUESTS.read_text(encoding="utf-8").splitlines()]
    tuned_on = min(len(np.load(PACKAGED_DIR / name / SEED_LOGPROBS)) for name in (GENERAL_ENCODER, JAPANESE_ENCODER))
    inputs = routed.seed_head_inputs([r["text"] for r in rows])[:tuned_on]
    japanese_rows = np.array([r["lang"] == "ja" for r in rows[:tuned_on]])
    ascii_rows = np.array([r["text"].isascii() for r in rows[:tuned_on]])
    general = head_inputs(np.load(PACKAGED_DIR / GENERAL_ENCODER / SEED_LOGPROBS)[:tuned_on])
    japanese = head_inputs(np.load(PACKAGED_DIR / JAPANESE_ENCODER / SEED_LOGPROBS)[:tuned_on])
    assert japanese_rows.sum() > 1000 and ascii_rows.sum() > 1000
    np.testing.assert_allclose(inputs[japanese_rows, 3:], japanese[japanese_rows], atol=1e-6)
    np.testing.assert_allclose(inputs[ascii_rows, :3], general[ascii_rows], atol=1e-6)


def test_a_dropped_dense_job_stops_in_the_encoder_and_the_next_one_is_unaffected():
    import onnxruntime

    head = SafetyHead(PACKAGED_DIR)
    text = "Write a script that checks my disk usage every hour and mails me a summary."
    stopped = onnxruntime.RunOptions()
    stopped.terminate = True
    with pytest.raises(Exception, match="terminate"):
        head._dense_features(text, stopped)
    job = head.begin(text)
    job.cancel()
    after = head.begin(text).result()
    expected = head._dense_features(text)
    assert np.array_equal(after[1], expected[1]) and np.array_equal(after[0], expected[0])

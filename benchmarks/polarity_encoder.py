"""NOT SHIPPED - measured by benchmarks/polarity_finetune.py and kept for that: on the grouped folds every variant
scored below the linear model on frozen vectors (benchmarks/README.md), so the pipeline does not use it.

Polarity from a fine-tuned encoder: all-MiniLM-L6-v2 whose top layers are trained, with a linear head, on the
hand-labelled segments (concern / neutral / strength), for the sentences a linear model on frozen mean-pooled
vectors misreads (negation, "X, but Y", "require improvement to be good", recommendations worded positively).

Input of a segment: its text, then (as the tokenizer's second segment) its document type and section heading,
truncated together to `FinetuneSettings.max_length` tokens. Model: the encoder's token states, mean-pooled over the
attention mask, dropout, a linear layer to the classes. Only the top `trainable_layers` transformer layers and the
head are trained; the layers below stay those of the bundled model, so their token states are computed once
(`lower_states`) and shared by every epoch and every cross-validation fold (on two busy CPU cores full fine-tuning
took hours), and the saved weights are those top layers and the head (about 14 MB for two layers), applied on top
of the bundled model. Training: AdamW, linear warm-up then linear decay, cross-entropy with classes weighted
inversely to their frequency, a fixed seed (the same labels and settings give the same weights on the same machine
and library versions).

    states = lower_states(encoder_folder, texts, contexts, settings)   # list of (tokens, hidden) float32
    fit_polarity_encoder(texts, contexts, labels, encoder_folder, settings, states=states) -> PolarityEncoder
    PolarityEncoder.probabilities(texts, contexts, states=None) -> (n, n_classes) float64;  .save / .load(folder)

Needs torch and transformers (installed with sentence-transformers); imported only when called.
"""

from __future__ import annotations

import json
import random
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

WEIGHTS_FILE = "polarity_top_layers.pt"
META_FILE = "polarity.json"


@dataclass(frozen=True)
class FinetuneSettings:
    """How the encoder is fine-tuned (benchmarks/polarity_finetune.py measured the choices)."""

    epochs: int = 4
    learning_rate: float = 5e-5  # the trained encoder layers; the new head learns at head_learning_rate
    head_learning_rate: float = 1e-3
    batch_size: int = 16
    max_length: int = 96  # tokens of text + document type + section (95% of findings' texts are under 64)
    warmup: float = 0.1  # share of the steps with a rising learning rate
    weight_decay: float = 0.01
    dropout: float = 0.1
    trainable_layers: int = 2  # top transformer layers trained; the ones below stay frozen
    seed: int = 17
    with_section: bool = True  # give the document type and section as the second segment
    with_cues: bool = True  # the rule cues (pipeline.classify.CUE_NAMES, 0/1) enter the head beside the pooled state


def _torch():
    import torch

    return torch


def second_segment(doc_type: str, section: str) -> str:
    """What the encoder reads after a finding's text: its document type and section heading, in words."""
    return f"{str(doc_type or '').replace('_', ' ')}: {' '.join(str(section or '').split())}"


def _seed_everything(seed: int) -> None:
    torch = _torch()
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


def _tokenize(tokenizer, texts, contexts, settings: FinetuneSettings):
    texts = [str(t) for t in texts]
    if settings.with_section:
        return tokenizer(texts, [str(c) for c in contexts], truncation="longest_first",
                         max_length=settings.max_length)
    return tokenizer(texts, truncation=True, max_length=settings.max_length)


def _load_encoder(encoder_folder: str):
    import os

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from transformers import AutoModel, AutoTokenizer

    return AutoModel.from_pretrained(encoder_folder), AutoTokenizer.from_pretrained(encoder_folder)


def _split_at(encoder, settings: FinetuneSettings) -> int:
    n_layers = len(encoder.encoder.layer)
    if not 1 <= settings.trainable_layers <= n_layers:
        raise ValueError(f"trainable_layers={settings.trainable_layers}: the encoder has {n_layers} layers")
    return n_layers - settings.trainable_layers


def _lower_states_with(encoder, tokenizer, texts, contexts, settings, batch_size: int = 64) -> list[np.ndarray]:
    torch = _torch()
    encoded = _tokenize(tokenizer, texts, contexts, settings)
    split = _split_at(encoder, settings)
    encoder.eval()
    out: list[np.ndarray] = [None] * len(texts)
    order = np.argsort([len(ids) for ids in encoded["input_ids"]], kind="stable")
    with torch.no_grad():
        for begin in range(0, len(texts), batch_size):
            chosen = order[begin:begin + batch_size]
            batch = tokenizer.pad({key: [encoded[key][i] for i in chosen] for key in encoded}, return_tensors="pt")
            hidden = encoder(**batch, output_hidden_states=True).hidden_states[split]
            for row, i in enumerate(chosen):
                out[i] = hidden[row, :int(batch["attention_mask"][row].sum())].numpy().astype(np.float32)
    return out


def lower_states(encoder_folder: str, texts: list[str], contexts: list[str],
                 settings: FinetuneSettings = FinetuneSettings()) -> list[np.ndarray]:
    """Per text, the (tokens, hidden) token states entering the first trained layer (frozen: the same for every fit
    on the same encoder and settings)."""
    encoder, tokenizer = _load_encoder(encoder_folder)
    return _lower_states_with(encoder, tokenizer, texts, contexts, settings)


class _Top:
    """The trained part, as a torch module: the top transformer layers, mean pooling, dropout, a linear head."""

    @staticmethod
    def build(encoder, n_classes: int, settings: FinetuneSettings, n_cues: int = 0):
        torch = _torch()
        from transformers.masking_utils import create_bidirectional_mask

        split = _split_at(encoder, settings)
        config = encoder.config

        class Module(torch.nn.Module):
            def __init__(self):
                super().__init__()
                self.layers = torch.nn.ModuleList(encoder.encoder.layer[split:])
                self.dropout = torch.nn.Dropout(settings.dropout)
                self.head = torch.nn.Linear(config.hidden_size + n_cues, n_classes)

            def forward(self, hidden, attention_mask, cues=None):
                mask = create_bidirectional_mask(config=config, inputs_embeds=hidden, attention_mask=attention_mask)
                for layer in self.layers:
                    hidden = layer(hidden, mask)
                    hidden = hidden[0] if isinstance(hidden, tuple) else hidden
                weights = attention_mask.unsqueeze(-1).to(hidden.dtype)
                pooled = (hidden * weights).sum(1) / weights.sum(1).clamp(min=1.0)
                pooled = self.dropout(pooled)
                return self.head(pooled if cues is None else torch.cat([pooled, cues], dim=1))

        return Module()


def _padded(states: list[np.ndarray]):
    """A batch of (tokens_i, hidden) arrays as (batch, max tokens, hidden) and its (batch, max tokens) mask."""
    torch = _torch()
    width = max(len(s) for s in states)
    hidden = np.zeros((len(states), width, states[0].shape[1]), dtype=np.float32)
    mask = np.zeros((len(states), width), dtype=np.int64)
    for row, s in enumerate(states):
        hidden[row, :len(s)], mask[row, :len(s)] = s, 1
    return torch.from_numpy(hidden), torch.from_numpy(mask)


@dataclass
class PolarityEncoder:
    """A fine-tuned polarity classifier: the frozen encoder and tokenizer, the trained top, classes, settings."""

    encoder: object
    tokenizer: object
    top: object
    classes: tuple[str, ...]
    settings: FinetuneSettings
    trained_on: str = ""
    cue_names: tuple[str, ...] = ()  # the cues the head was trained with (empty: none)

    def probabilities(self, texts: list[str], contexts: list[str], states: list[np.ndarray] | None = None,
                      cues: np.ndarray | None = None, batch_size: int = 64) -> np.ndarray:
        """(n, len(classes)) class probabilities; contexts: `second_segment` of each text; states: their
        `lower_states` when the caller has them (else computed here); cues: (n, len(cue_names)) rule cues, needed
        when the model was trained with them."""
        cues = _checked_cues(cues, self.cue_names, len(texts))
        torch = _torch()
        if states is None:
            states = _lower_states_with(self.encoder, self.tokenizer, texts, contexts, self.settings)
        self.top.eval()
        out = np.zeros((len(states), len(self.classes)), dtype=np.float64)
        order = np.argsort([len(s) for s in states], kind="stable")
        with torch.no_grad():
            for begin in range(0, len(states), batch_size):
                chosen = order[begin:begin + batch_size]
                logits = self.top(*_padded([states[i] for i in chosen]), None if cues is None else cues[chosen])
                out[chosen] = torch.softmax(logits.double(), dim=1).numpy()
        return out

    def predict(self, texts: list[str], contexts: list[str], cues: np.ndarray | None = None) -> np.ndarray:
        """(n,) class names: the most probable class of each text."""
        return np.asarray(self.classes, dtype=object)[self.probabilities(texts, contexts, cues=cues).argmax(axis=1)]

    def save(self, folder: Path) -> None:
        """The trained top (torch state dict) and META_FILE with classes, settings and provenance."""
        torch = _torch()
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / f".{WEIGHTS_FILE}.tmp"
        torch.save(self.top.state_dict(), tmp)
        tmp.replace(folder / WEIGHTS_FILE)
        (folder / META_FILE).write_text(json.dumps(
            {"classes": list(self.classes), "settings": asdict(self.settings), "trained_on": self.trained_on,
             "cue_names": list(self.cue_names)},
            indent=1))

    @classmethod
    def load(cls, folder: Path, encoder_folder: str) -> "PolarityEncoder":
        """The top saved in folder, on the encoder in encoder_folder (the one it was trained on)."""
        torch = _torch()
        folder = Path(folder)
        meta = json.loads((folder / META_FILE).read_text())
        settings = FinetuneSettings(**meta["settings"])
        encoder, tokenizer = _load_encoder(encoder_folder)
        cue_names = tuple(meta.get("cue_names", ()))
        top = _Top.build(encoder, len(meta["classes"]), settings, len(cue_names))
        top.load_state_dict(torch.load(folder / WEIGHTS_FILE, weights_only=True))
        top.eval()
        return cls(encoder=encoder, tokenizer=tokenizer, top=top, classes=tuple(meta["classes"]),
                   settings=settings, trained_on=meta.get("trained_on", ""), cue_names=cue_names)


def fit_polarity_encoder(texts: list[str], contexts: list[str], labels: list[str], encoder_folder: str,
                         settings: FinetuneSettings = FinetuneSettings(), trained_on: str = "",
                         states: list[np.ndarray] | None = None, cues: np.ndarray | None = None,
                         cue_names: tuple[str, ...] = (), say=None) -> PolarityEncoder:
    """Fine-tune the top layers of the encoder in encoder_folder with a new head on (text, second segment, label)
    triples. states: their `lower_states` when the caller has them. cues: (n, len(cue_names)) rule cues
    (pipeline.classify_model.cue_matrix) when settings.with_cues. say: a line of progress per epoch (None:
    silent)."""
    torch = _torch()
    if not settings.with_cues:
        cues, cue_names = None, ()
    cues = _checked_cues(cues, tuple(cue_names), len(texts))
    _seed_everything(settings.seed)
    encoder, tokenizer = _load_encoder(encoder_folder)
    if states is None:
        states = _lower_states_with(encoder, tokenizer, texts, contexts, settings)
    classes = tuple(sorted(set(labels)))
    y = np.array([classes.index(label) for label in labels])
    counts = np.bincount(y, minlength=len(classes)).astype(np.float64)
    weights = torch.tensor(len(y) / (len(classes) * np.maximum(counts, 1)), dtype=torch.float32)
    top = _Top.build(encoder, len(classes), settings, len(cue_names))
    no_decay = ("bias", "LayerNorm.weight")
    groups = [
        {"params": [p for n, p in top.layers.named_parameters() if not n.endswith(no_decay)],
         "lr": settings.learning_rate, "weight_decay": settings.weight_decay},
        {"params": [p for n, p in top.layers.named_parameters() if n.endswith(no_decay)],
         "lr": settings.learning_rate, "weight_decay": 0.0},
        {"params": list(top.head.parameters()), "lr": settings.head_learning_rate, "weight_decay": 0.0},
    ]
    optimiser = torch.optim.AdamW(groups)
    total = -(-len(y) // settings.batch_size) * settings.epochs
    warmup = max(1, int(settings.warmup * total))
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda step: min((step + 1) / warmup, max(0.0, (total - step) / max(1, total - warmup))))
    loss_of = torch.nn.CrossEntropyLoss(weight=weights)
    generator = np.random.default_rng(settings.seed)
    for epoch in range(settings.epochs):
        top.train()
        running = 0.0
        order = generator.permutation(len(y))
        for begin in range(0, len(y), settings.batch_size):
            chosen = order[begin:begin + settings.batch_size]
            logits = top(*_padded([states[i] for i in chosen]), None if cues is None else cues[chosen])
            loss = loss_of(logits, torch.as_tensor(y[chosen]))
            optimiser.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(top.parameters(), 1.0)
            optimiser.step()
            schedule.step()
            running += float(loss.detach()) * len(chosen)
        if say is not None:
            say(f"polarity encoder: epoch {epoch + 1}/{settings.epochs}, training loss {running / len(y):.3f}")
    top.eval()
    return PolarityEncoder(encoder=encoder, tokenizer=tokenizer, top=top, classes=classes, settings=settings,
                           trained_on=trained_on, cue_names=tuple(cue_names))


def _checked_cues(cues, cue_names: tuple[str, ...], n: int):
    """cues as a float32 torch tensor of (n, len(cue_names)), or None when the model takes none."""
    if not cue_names:
        return None
    if cues is None or np.shape(cues) != (n, len(cue_names)):
        raise ValueError(f"the polarity encoder takes {len(cue_names)} rule cues per text; got "
                         f"{None if cues is None else np.shape(cues)} for {n} texts")
    return _torch().as_tensor(np.asarray(cues, dtype=np.float32))

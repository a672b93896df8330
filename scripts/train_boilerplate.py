"""Learn the boilerplate model (`briefs/sources/boilerplate_model.json`) from the corpus.

Every pasted-text case of `tests/corpus/` is parsed with the model off, so the labels are the
rules' decisions and the answer key's, never the model's own:

- a line the rules dropped below the story's first paragraph is the page's (1), unless the key
  says to keep it (0: the rules lost it);
- a paragraph the rules kept is the page's (1) when the key lists it as clutter; the story's (0)
  when the key keeps it, or when the case's body is right by every check of the key (paragraph
  count, clutter, keep); otherwise unknown, and left out.

A word counts as a feature only when this many cases hold it (`--min-cases`): a word of one
invented outlet's name would teach the model that outlet, not the shape of its pages. Two models
are trained, one on every feature and one on the line's own (without its neighbours); each is
logistic regression by stochastic gradient descent with a fixed seed, so the same corpus gives the
same file.

    python scripts/train_boilerplate.py [--corpus DIR] [--out FILE] [--min-cases N]
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import yaml

from briefs.fileio import read_source, write_atomic
from briefs.model import Article
from briefs.sources.boilerplate_model import MODEL_FILE, Unit, body_units, content_features, features_of
from briefs.sources.lines import normal_text
from briefs.sources.pasted_text import parse_article
from briefs.sources.read import is_saved_page

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"
OUT = ROOT / "briefs" / "sources" / MODEL_FILE
EPOCHS = 12
LEARNING_RATE = 0.2
L2 = 1e-5
SEED = 7
MIN_CASES = 3
# Weights this small change no score that matters; leaving them out keeps the file small.
MIN_WEIGHT = 0.01
_WORD_FEATURES = ("w=", "f0=", "f1=", "f01=")


@dataclass(slots=True)
class Example:
    case: str  # the case's folder name
    features: dict[str, float]
    label: int  # 1 the page's, 0 the story's


def case_examples(name: str, article: Article, key: dict) -> list[Example]:
    """The labelled lines of one case (see the module's docstring)."""
    units = body_units(list(article.paragraphs), list(article.dropped))
    clutter = [normal_text(str(text)) for text in key.get("clutter") or [] if normal_text(str(text))]
    keep = [normal_text(str(text)) for text in key.get("keep") or [] if normal_text(str(text))]
    clean = _body_right(article, key)
    examples = []
    for index, (unit, features) in enumerate(zip(units, features_of(units))):
        if index == 0:
            continue  # the story's first paragraph: the model never judges it
        label = _label(unit, clutter, keep, clean)
        if label is not None:
            examples.append(Example(name, features, label))
    return examples


def _label(unit: Unit, clutter: list[str], keep: list[str], clean: bool) -> int | None:
    text = normal_text(unit.text)
    kept_by_key = any(words in text or (len(text.split()) >= 5 and text in words) for words in keep)
    if unit.reason is not None:
        return 0 if kept_by_key else 1
    if any(text == words or (len(words.split()) >= 4 and words in text) for words in clutter):
        return 1
    return 0 if clean or kept_by_key else None


def _body_right(article: Article, key: dict) -> bool:
    body = article.text
    return (
        len(article.paragraphs) == key.get("paragraphs")
        and not any(str(text) in body for text in key.get("clutter") or [])
        and all(str(text) in body or (article.dateline or "\0") in str(text) for text in key.get("keep") or [])
    )


def corpus_examples(corpus: Path) -> list[Example]:
    examples = []
    for folder in sorted(path for path in corpus.iterdir() if (path / "expected.yml").is_file()):
        source = next((path for path in sorted(folder.iterdir()) if path.stem == "article"), None)
        if source is None:
            continue
        text = read_source(source, source.name)
        if is_saved_page(text, source.name):
            continue  # a saved page's body comes from trafilatura, not from these rules
        key = yaml.safe_load((folder / "expected.yml").read_text(encoding="utf-8"))
        examples += case_examples(folder.name, parse_article(text, source.name, score_boilerplate=False), key)
    return examples


def common_words(examples: list[Example], min_cases: int) -> set[str]:
    """The word features held by at least `min_cases` cases."""
    cases_of: dict[str, set[str]] = {}
    for example in examples:
        for name in example.features:
            if name.startswith("w="):
                cases_of.setdefault(name[2:], set()).add(example.case)
    return {word for word, cases in cases_of.items() if len(cases) >= min_cases}


def _word_of(name: str) -> str | None:
    if not name.startswith(_WORD_FEATURES):
        return None
    return name.split("=", 1)[1].split("_")[0]  # `f01=sign_up` stands or falls with `sign`


def keep_common(examples: list[Example], words: set[str]) -> None:
    for example in examples:
        example.features = {
            name: value for name, value in example.features.items() if _word_of(name) in words or _word_of(name) is None
        }


def train(
    examples: list[Example], epochs: int = EPOCHS, rate: float = LEARNING_RATE, l2: float = L2, seed: int = SEED
) -> dict[str, float]:
    """Logistic regression by stochastic gradient descent, the rate falling each epoch."""
    weights: Counter[str] = Counter()
    order = list(range(len(examples)))
    shuffle = random.Random(seed).shuffle
    for epoch in range(epochs):
        shuffle(order)
        step = rate / (1 + epoch)
        for number in order:
            example = examples[number]
            total = sum(weights[name] * value for name, value in example.features.items())
            error = 1 / (1 + math.exp(-max(-30.0, min(30.0, total)))) - example.label
            for name, value in example.features.items():
                weights[name] -= step * (error * value + l2 * weights[name])
    return {name: round(weight, 3) for name, weight in sorted(weights.items()) if abs(weight) >= MIN_WEIGHT}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="folder holding one sub-folder per case")
    parser.add_argument("--out", type=Path, default=OUT, help="the model file to write")
    parser.add_argument("--min-cases", type=int, default=MIN_CASES, help="cases a word must be in to count")
    args = parser.parse_args(argv)
    examples = corpus_examples(args.corpus)
    if not examples:
        print(f"{args.corpus}: no pasted-text case with a key to learn from", file=sys.stderr)
        return 1
    keep_common(examples, common_words(examples, args.min_cases))
    weights = train(examples)
    content_weights = train([Example(example.case, content_features(example.features), example.label)
                             for example in examples])
    pages = sum(example.label for example in examples)
    model = {
        "about": "briefs/sources/boilerplate_model.py; written by scripts/train_boilerplate.py, do not edit",
        "examples": {"page": pages, "story": len(examples) - pages,
                     "cases": len({example.case for example in examples})},
        "training": {"epochs": EPOCHS, "rate": LEARNING_RATE, "l2": L2, "seed": SEED, "min_cases": args.min_cases},
        "weights": weights,
        "content_weights": content_weights,
    }
    write_atomic(args.out, json.dumps(model, ensure_ascii=False, indent=0, sort_keys=True) + "\n")
    print(f"{args.out}: {len(weights)} + {len(content_weights)} weights from {len(examples)} lines ({pages} the page's) of "
          f"{model['examples']['cases']} cases")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""A second opinion on the body's lines: score each as the page's or the story's on its features.

The rules of `body_lines`, `tail` and `vocab` know the page's standing lines by their wording;
a page nobody has seen words its appeals, bios and promotions its own way (`Before you scroll on:
reporting like this costs ...`, `At Prairie Broadcasting, we are committed to ...`). Like jusText
and boilerpipe, this stage judges a line by what it is made of rather than what it says word for
word: its words (a bag, each weighted by how many the line holds), its opening words, its length,
its end, its capitals, whose voice it is in (the outlet's `we`, the reader's `you`, a quoted or
attributed speaker), addresses and handles, and its neighbours (kept or dropped, and why).

The weights are a logistic model learned from the corpus (`scripts/train_boilerplate.py`), with
the rules' own decisions and the answer keys as labels; they are data, in `boilerplate_model.json`.
The model only ever drops a line the rules kept, never the story's first paragraph or a subheading,
and only in an English body (the words it learned are English); a line it drops is reported with
the reason `scored`.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from briefs.model import DroppedLine, Paragraph

MODEL_FILE = "boilerplate_model.json"

# A sentence the rules kept is dropped when the model is this sure it is the page's. Out of fold
# (trained on four fifths of the corpus, scored on the rest) 0.95 dropped 9 keyed clutter lines and
# 14 more the keys did not list, against 3 story sentences; 0.9 dropped 8 story sentences.
THRESHOLD = 0.95
# ... and the line's own make (its words, shape and voice, without its neighbours) must say so too,
# this surely: a story's last sentence under a dropped box has the neighbours of the page's footer.
# Out of fold this kept 1 of the 3 story sentences and lost none of the 9 clutter lines.
CONTENT_THRESHOLD = 0.7
# Short lines are left to the rules: the ones they keep are mostly subheadings, list items and
# short quotes, which look like buttons and labels to a bag of words (out of fold, as many of
# them were story lines as clutter at any threshold).
# A short line: a label, a button, a subheading, a teaser's headline; no sentence's stop.
_SHORT_LINE_MAX_WORDS = 6
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*$")

_WORD = re.compile(r"[a-z]+(?:['’][a-z]+)?|\d+")
_ATTRIBUTED = re.compile(r"\b(said|says|told|according to|added|asked|stated|wrote|announced)\b", re.I)
_OUTLET_VOICE = re.compile(r"\b(we|our|us|we['’]re|we['’]ve)\b", re.I)
_READER = re.compile(r"\b(you|your|you['’]re|you['’]ve)\b", re.I)
_FIRST_PERSON = re.compile(r"\b(I|my|me|I['’]m|I['’]ve)\b")
_E_MAIL = re.compile(r"\S+@[\w-]+\.\w")
_WEB_ADDRESS = re.compile(r"https?://|www\.|\b[\w-]+\.(com|org|net|co|io)\b", re.I)
_HANDLE = re.compile(r"(^|\s)@\w")
_QUOTED = re.compile(r"[\"“”‘]|^'")
_DIGIT = re.compile(r"\d")
_CAPITALISED_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_VOICES = (
    ("attributed", _ATTRIBUTED),
    ("outlet-voice", _OUTLET_VOICE),
    ("reader", _READER),
    ("first-person", _FIRST_PERSON),
    ("e-mail", _E_MAIL),
    ("web-address", _WEB_ADDRESS),
    ("handle", _HANDLE),
    ("quoted", _QUOTED),
    ("digit", _DIGIT),
)
_WORD_COUNT_EDGES = (1, 2, 3, 5, 8, 12, 20, 35, 60)
_CAPITALS_EDGES = (0.2, 0.4, 0.6, 0.8, 0.99)
_NEIGHBOUR_WORD_EDGES = (3, 8, 20)
_KEPT_AROUND_EDGES = (0, 1, 2, 4)
_COHESION_EDGES = (0.0, 0.1, 0.2, 0.35, 0.5, 0.75)
# Shorter words are mostly grammar (`the`, `and`, `said`): they say nothing about the subject.
_CONTENT_WORD_MIN_LETTERS = 5


@dataclass(frozen=True, slots=True)
class Unit:
    """A line of the body's stretch of the page, as the rules left it."""

    line: int  # 1-based line of the source
    text: str
    reason: str | None  # why the rules dropped it; None for a line they kept in the body


def body_units(paragraphs: list[Paragraph], dropped: list[DroppedLine]) -> list[Unit]:
    """The kept paragraphs and the lines dropped below the first of them, in the page's order:
    the stretch where story and page interleave (above it is the header, which other stages read)."""
    if not paragraphs:
        return []
    first_line = paragraphs[0].line
    units = [Unit(paragraph.line, paragraph.text, None) for paragraph in paragraphs]
    units += [Unit(line.number, line.text, line.reason)
              for line in dropped if line.number > first_line and line.text.strip()]
    return sorted(units, key=lambda unit: unit.line)


def _bucket(value: float, edges: tuple[float, ...]) -> str:
    return next((str(edge) for edge in edges if value <= edge), "more")


def _token(word: str) -> str:
    return "0" if word.isdigit() else word  # numbers differ from page to page; that one is there does not


def features_of(units: list[Unit]) -> list[dict[str, float]]:
    """Each unit's features in its place: names like `w=subscribe` (a word of the line), `f0=follow`
    (its first word), `words=8`, `end=:`, `reader`, `prev=drop`, `prevr=advertising`."""
    kept_before = []
    count = 0
    for unit in units:
        kept_before.append(count)
        count += unit.reason is None
    story_words = Counter(word for unit in units if unit.reason is None for word in _content_words(unit.text))
    features = []
    for index, unit in enumerate(units):
        kept_after = count - kept_before[index] - (unit.reason is None)
        unit_features = _unit_features(units, index, kept_before[index], kept_after)
        unit_features.update(_cohesion(unit, story_words))
        features.append(unit_features)
    return features


def _content_words(text: str) -> set[str]:
    words = _WORD.findall(text.casefold())
    return {word for word in words if len(word) >= _CONTENT_WORD_MIN_LETTERS and not word.isdigit()}


def _cohesion(unit: Unit, story_words: Counter[str]) -> dict[str, float]:
    """How much of the line's vocabulary the rest of the kept story shares: a story's sentences
    name its people, places and subject again; the page's lines talk about the page."""
    words = _content_words(unit.text)
    if not words:
        return {"cohesion=none": 1.0}
    own = 1 if unit.reason is None else 0
    shared = sum(1 for word in words if story_words[word] - own > 0)
    return {"cohesion=" + _bucket(round(shared / len(words), 2), _COHESION_EDGES): 1.0}


def _unit_features(units: list[Unit], index: int, kept_before: int, kept_after: int) -> dict[str, float]:
    text = units[index].text
    features = {"bias": 1.0}
    words = _WORD.findall(text.casefold())
    distinct = sorted(set(words))
    for word in distinct:  # a bag whose weight is shared out, so a long paragraph is not all its words
        features["w=" + _token(word)] = 1 / math.sqrt(len(distinct))
    for position, word in enumerate(words[:2]):
        features[f"f{position}=" + _token(word)] = 1.0
    if len(words) >= 2:
        features[f"f01={_token(words[0])}_{_token(words[1])}"] = 1.0
    features["words=" + _bucket(len(text.split()), _WORD_COUNT_EDGES)] = 1.0
    features["end=" + _end_class(text)] = 1.0
    features.update(_capitals(text))
    features.update((name, 1.0) for name, pattern in _VOICES if pattern.search(text))
    features.update(_place(units, index, kept_before, kept_after))
    return features


def _end_class(text: str) -> str:
    last = text.rstrip()[-1:]
    if last and last in ".?!:;,)\"”’":
        return last
    return "alnum" if last.isalnum() else "other"


def _capitals(text: str) -> dict[str, float]:
    words = _CAPITALISED_WORD.findall(text)
    if not words:
        return {}
    share = sum(word[0].isupper() for word in words) / len(words)
    features = {"capitals=" + _bucket(round(share, 2), _CAPITALS_EDGES): 1.0}
    if text.upper() == text:
        features["all-capitals"] = 1.0
    return features


def _place(units: list[Unit], index: int, kept_before: int, kept_after: int) -> dict[str, float]:
    """Where the line stands: how much of the kept story is around it, and what its neighbours are."""
    features = {
        "kept-after=" + _bucket(kept_after, _KEPT_AROUND_EDGES): 1.0,
        "kept-before=" + _bucket(kept_before, _KEPT_AROUND_EDGES[1:]): 1.0,
    }
    for side, neighbour in (("prev", index - 1), ("next", index + 1)):
        if not 0 <= neighbour < len(units):
            features[f"{side}=none"] = 1.0
            continue
        unit = units[neighbour]
        features[f"{side}=" + ("kept" if unit.reason is None else "drop")] = 1.0
        if unit.reason:
            features[f"{side}r={unit.reason}"] = 1.0
        features[f"{side}-words=" + _bucket(len(unit.text.split()), _NEIGHBOUR_WORD_EDGES)] = 1.0
    return features


# The features that say where a line stands rather than what it is.
PLACE_FEATURES = ("prev", "next", "kept-")


def content_features(features: dict[str, float]) -> dict[str, float]:
    return {name: value for name, value in features.items() if not name.startswith(PLACE_FEATURES)}


@dataclass(frozen=True, slots=True)
class Model:
    """Two logistic models: one on all the features, one on the line's own (`content_features`).
    A weight per feature name; a name a model never saw weighs nothing."""

    weights: dict[str, float]
    content_weights: dict[str, float]

    def probability(self, features: dict[str, float]) -> float:
        """How sure the model is that the line is the page's, from 0 to 1."""
        return _logistic(self.weights, features)

    def content_probability(self, features: dict[str, float]) -> float:
        """The same, from the line's own features alone."""
        return _logistic(self.content_weights, content_features(features))

    def is_page_line(self, features: dict[str, float]) -> bool:
        return self.probability(features) >= THRESHOLD and self.content_probability(features) >= CONTENT_THRESHOLD


def _logistic(weights: dict[str, float], features: dict[str, float]) -> float:
    total = sum(weights.get(name, 0.0) * value for name, value in features.items())
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, total))))


@lru_cache(maxsize=1)
def load_model() -> Model:
    """The model shipped with the package."""
    data = json.loads(resources.files("briefs.sources").joinpath(MODEL_FILE).read_text(encoding="utf-8"))
    return Model(data["weights"], data["content_weights"])


def is_short_line(text: str) -> bool:
    return len(text.split()) <= _SHORT_LINE_MAX_WORDS and not _SENTENCE_END.search(text.rstrip())


def drop_scored_boilerplate(
    paragraphs: list[Paragraph],
    dropped: list[DroppedLine],
    headings: frozenset[int],
    language: str,
    model: Model | None = None,
) -> list[Paragraph]:
    """Drop the sentences the model is sure are the page's (reason `scored`), but never the first
    paragraph, a short line or a subheading (`headings`: their lines), nor anything in a body that
    is not English."""
    if language != "English" or len(paragraphs) < 2:
        return paragraphs
    model = model or load_model()
    units = body_units(paragraphs, dropped)
    doomed: set[int] = set()
    for unit, features in zip(units, features_of(units)):
        if unit.reason is not None or unit.line == paragraphs[0].line or unit.line in headings:
            continue
        if not is_short_line(unit.text) and model.is_page_line(features):
            doomed.add(unit.line)
    dropped.extend(DroppedLine(paragraph.line, paragraph.text, "scored")
                   for paragraph in paragraphs if paragraph.line in doomed)
    return [paragraph for paragraph in paragraphs if paragraph.line not in doomed]

"""The boilerplate model: its features, the lines it may judge, the shipped weights and their training."""

from __future__ import annotations

import json
import tomllib

import pytest
from conftest import ROOT, load_script

from briefs.model import DroppedLine, Paragraph
from briefs.sources import boilerplate_model
from briefs.sources.boilerplate_model import (
    Model,
    Unit,
    body_units,
    drop_scored_boilerplate,
    features_of,
    is_short_line,
    load_model,
)
from briefs.sources.pasted_text import parse_article


train_boilerplate = load_script("train_boilerplate")

STORY = """Harbour board approves new ferry terminal

By Mara Quill

The Kestrel Bay harbour board voted 6-1 on Tuesday to build a ferry terminal at the old coal wharf, ending a decade of argument over the site.

Board chair Denis Olowe said the terminal would open in 2028 and handle four sailings a day to the outer islands.

"We have waited long enough, and the islands have waited longer," Olowe said after the vote.

The lone dissenting member, Ruth Achterberg, said the board had not costed the dredging the site will need.

Construction is due to start next spring, and the board will seek bids in March.
"""


def _reasons(text: str, line: str) -> list[str]:
    return [dropped.reason for dropped in parse_article(text).dropped if dropped.text.strip() == line]


# ------------------------------------------------------------------ features


def test_features_name_the_voice_the_shape_and_the_neighbours():
    units = [
        Unit(5, "The board voted on Tuesday to build the terminal at the wharf.", None),
        Unit(6, "Advertisement", "advertising"),
        Unit(7, "Support the reporters who cover your community: join us today.", None),
    ]
    features = features_of(units)[2]
    assert {"reader", "outlet-voice", "end=.", "prev=drop", "prevr=advertising", "next=none"} <= set(features)
    assert features["f0=support"] == 1.0
    assert "kept-after=0" in features and "kept-before=1" in features


def test_a_bag_of_words_shares_its_weight_out():
    long = features_of([Unit(1, "alpha beta gamma delta", None)])[0]
    short = features_of([Unit(1, "alpha", None)])[0]
    assert long["w=alpha"] == pytest.approx(0.5)
    assert short["w=alpha"] == 1.0


def test_numbers_count_as_one_word():
    features = features_of([Unit(1, "Join 8,000 readers and 12 editors", None)])[0]
    assert "w=0" in features and "w=8" not in features and "digit" in features


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        ('"We will appeal," the mayor said.', {"quoted", "outlet-voice", "attributed"}),
        ("Write to the desk at desk@courier.example.com", {"e-mail"}),
        ("Follow @courier_news for updates", {"handle"}),
        ("Read the report at www.example.org today.", {"web-address"}),
        ("I have covered the council for ten years.", {"first-person"}),
    ],
)
def test_voices(text, voice):
    assert voice <= set(features_of([Unit(1, text, None)])[0])


def test_cohesion_counts_the_words_the_rest_of_the_story_shares():
    units = [
        Unit(1, "The harbour board approved the ferry terminal at the wharf.", None),
        Unit(2, "Dredging the harbour for the terminal will cost millions.", None),
        Unit(3, "Independent journalism depends on generous members everywhere.", None),
    ]
    features = features_of(units)
    assert "cohesion=more" not in features[1] and any(name.startswith("cohesion=0.") for name in features[1])
    assert "cohesion=0.0" in features[2]  # none of its words is the story's


def test_body_units_start_at_the_first_paragraph():
    paragraphs = [Paragraph("Story.", 4), Paragraph("More story.", 8)]
    dropped = [DroppedLine(2, "Menu", "navigation"), DroppedLine(6, "Advertisement", "advertising"), DroppedLine(9, " ", "separator")]
    assert [unit.line for unit in body_units(paragraphs, dropped)] == [4, 6, 8]
    assert body_units([], dropped) == []


@pytest.mark.parametrize(
    ("text", "short"),
    [("Sales slump", True), ("Background", True), ("Read more", True), ("What happens next?", False),
     ("Traders fear for their jobs.", False), ("A free press matters to every town in the region", False)],
)
def test_short_lines(text, short):
    assert is_short_line(text) is short


# ------------------------------------------------------------------ what the model may judge

# A model that calls every line with the word `promo` the page's.
PROMO = Model({"w=promo": 60.0, "bias": -10.0}, {"w=promo": 60.0, "bias": -10.0})


def _paragraphs(*texts: str) -> list[Paragraph]:
    return [Paragraph(text, 2 * number + 1) for number, text in enumerate(texts)]


def test_the_model_drops_what_it_is_sure_of_with_its_reason():
    paragraphs = _paragraphs("The story opens here.", "A promo line for the outlet, long enough.", "The story ends here.")
    dropped: list[DroppedLine] = []
    kept = drop_scored_boilerplate(paragraphs, dropped, frozenset(), "English", PROMO)
    assert [paragraph.text for paragraph in kept] == ["The story opens here.", "The story ends here."]
    assert dropped == [DroppedLine(3, "A promo line for the outlet, long enough.", "scored")]


@pytest.mark.parametrize(
    ("texts", "headings", "language"),
    [
        (("A promo line opening the story, long enough.", "The story."), frozenset(), "English"),  # the lede
        (("The story.", "Promo now", "More story."), frozenset(), "English"),  # a short line
        (("The story.", "A promo heading of a subsection here.", "More story."), frozenset({3}), "English"),
        (("The story.", "A promo line in another language, long.", "More story."), frozenset(), "German"),
        (("A promo line, and the only paragraph.",), frozenset(), "English"),
    ],
)
def test_lines_the_model_never_judges(texts, headings, language):
    paragraphs = _paragraphs(*texts)
    dropped: list[DroppedLine] = []
    assert drop_scored_boilerplate(paragraphs, dropped, headings, language, PROMO) == paragraphs
    assert dropped == []


def test_a_model_never_seen_feature_weighs_nothing():
    assert Model({}, {}).probability({"w=anything": 1.0}) == 0.5
    assert 0.0 < Model({"bias": -1000.0}, {}).probability({"bias": 1.0}) < 1e-12


def test_a_line_is_the_pages_only_when_its_own_make_says_so_too():
    by_place = Model({"prev=drop": 50.0}, {"prev=drop": 50.0, "bias": -5.0})
    features = {"bias": 1.0, "prev=drop": 1.0, "w=crews": 0.5}
    assert by_place.probability(features) > 0.99
    assert by_place.content_probability(features) < 0.01  # its neighbours are not its own
    assert not by_place.is_page_line(features)
    assert PROMO.is_page_line({"bias": 1.0, "w=promo": 1.0})


# ------------------------------------------------------------------ the shipped model


def test_the_shipped_model_is_the_training_scripts():
    data = json.loads((train_boilerplate.OUT).read_text(encoding="utf-8"))
    assert data["weights"] and data["examples"]["cases"] > 0
    assert load_model() == Model(data["weights"], data["content_weights"])


@pytest.mark.parametrize(
    "appeal",
    [
        "Don't miss the stories that matter to your community.",
        "Stay up to date with the news that matters to you.",
        "Local news matters. Support the reporters who cover your community.",
    ],
)
def test_outlet_lines_the_rules_do_not_know_are_scored_out(appeal):
    assert _reasons(STORY + "\n" + appeal + "\n", appeal) == ["scored"]


@pytest.mark.parametrize(
    "sentence",
    [
        "If you drive the coast road to the wharf, expect delays of up to 20 minutes while crews survey the site.",
        "We will not be rushed into a bad deal, Achterberg told reporters on Wednesday.",
        "Residents can comment on the plans online or at the library until Friday.",
        "Readers of the Courier first raised the dredging question in a series of letters last year.",
    ],
)
def test_story_sentences_in_any_voice_stay(sentence):
    article = parse_article(STORY + "\n" + sentence + "\n")
    assert article.paragraphs[-1].text == sentence


def test_without_the_model_the_rules_alone_decide():
    appeal = "Stay up to date with the news that matters to you."
    article = parse_article(STORY + "\n" + appeal + "\n", score_boilerplate=False)
    assert article.paragraphs[-1].text == appeal


# ------------------------------------------------------------------ training


def _write_case(folder, name: str, tail: str, paragraphs: int = 5) -> None:
    case = folder / name
    case.mkdir()
    (case / "article.txt").write_text(STORY + "\n" + tail + "\n", encoding="utf-8")
    key = {"paragraphs": paragraphs, "clutter": [tail], "keep": ["Construction is due to start next spring"]}
    (case / "expected.yml").write_text(json.dumps(key), encoding="utf-8")  # JSON is YAML


def test_training_learns_from_the_keys_and_gives_the_same_file_twice(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for number, tail in enumerate(
        ["Become a member and back the newsroom today, readers.", "Members keep the newsroom going, readers.",
         "Readers, the newsroom needs members to keep going.", "Back the newsroom: become a member today."]
    ):
        _write_case(corpus, f"case-{number}", tail)
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    assert train_boilerplate.main(["--corpus", str(corpus), "--out", str(first)]) == 0
    assert train_boilerplate.main(["--corpus", str(corpus), "--out", str(second)]) == 0
    assert first.read_bytes() == second.read_bytes()
    weights = json.loads(first.read_text(encoding="utf-8"))["weights"]
    assert weights["w=newsroom"] > 0  # in every case's clutter, in no story line
    assert weights.get("w=board", 0) < 0  # the story's own word


def test_a_word_of_too_few_cases_is_not_learned(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _write_case(corpus, "one", "Become a Zanzibarian member and back the newsroom today.")
    _write_case(corpus, "two", "Members keep the newsroom going, readers.")
    out = tmp_path / "model.json"
    assert train_boilerplate.main(["--corpus", str(corpus), "--out", str(out), "--min-cases", "2"]) == 0
    weights = json.loads(out.read_text(encoding="utf-8"))["weights"]
    assert "w=zanzibarian" not in weights and "w=newsroom" in weights


def test_training_on_no_cases_says_so(tmp_path, capsys):
    assert train_boilerplate.main(["--corpus", str(tmp_path), "--out", str(tmp_path / "model.json")]) == 1
    assert "no pasted-text case" in capsys.readouterr().err
    assert not (tmp_path / "model.json").exists()


def test_the_model_file_is_package_data():
    # an install that is not editable must carry the weights along with the code
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert boilerplate_model.MODEL_FILE in pyproject["tool"]["setuptools"]["package-data"]["briefs.sources"]

"""A synthetic project for benchmarks: N briefs and M glossary entries, the same for a seed.

The briefs have the first seed's text shape (headline, photo caption, a time line such as
`16:09 JST, February 7, 2025`, body paragraphs, then a trailing "POPULAR ARTICLE" list the
parser must drop), about 900 words each. Every brief mentions about 15 glossary terms:
multi-word names, aliases, possessives, persons by full name and later by surname. The text
holds dated expressions ("on Jan. 20", "In December", "mid-January", "Feb. 10, 2017") and
its annotation file holds a few notes whose quotes occur exactly once in the text.

The words are invented from syllables, so no real text is copied and every name is unique.
Everything comes from one `random.Random(seed)`: the same arguments give the same bytes.

    python scripts/synthetic.py OUT --briefs 20 --terms 100
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
# What a synthetic project takes from the real one: configuration, hand-written pages, hook, theme.
TEMPLATE_PARTS = ("mkdocs.yml", "docs", "hooks", "overrides")

KINDS = ("person", "place", "organisation", "treaty-or-law", "policy-or-concept", "event")
TERMS_PER_BRIEF = 15
NOTES_PER_BRIEF = 3
PARAGRAPHS_PER_BRIEF = 12
WORDS_PER_BRIEF = 900
# Sentences are added until a paragraph reaches this many words; the last one overshoots by ~8.
_PARAGRAPH_WORDS = WORDS_PER_BRIEF // PARAGRAPHS_PER_BRIEF - 8
SCHEMA_GLOSSARY = "# yaml-language-server: $schema=../schemas/glossary.schema.json\n"
SCHEMA_ANNOTATION = "# yaml-language-server: $schema=../schemas/annotation.schema.json\n"

_SYLLABLES = (
    "ka", "ren", "to", "mi", "sal", "vor", "de", "lin", "ra", "bo", "tes", "ma", "ni", "quel", "dor", "fa",
    "ge", "hol", "ish", "ju", "kel", "lu", "mor", "nal", "os", "pe", "ril", "sun", "tar", "ul", "ven", "wy",
)
_FILLER = (
    "the government said the plan would be reviewed before the end of the session and that talks with "
    "officials from both sides were expected to continue through the coming weeks while analysts warned "
    "that costs could rise further if the agreement was delayed again by disputes over funding rules "
    "ministers stressed the importance of stability cooperation and trade in the region as well as the "
    "need to reassure partners about long term commitments on security energy and supply chains"
).split()
_VERBS = ("met", "criticised", "praised", "visited", "called on", "spoke with", "wrote to", "questioned")
_SECTIONS = ("Politics", "Business", "World", "Society", "Science")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_MONTH_ABBR = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True, slots=True)
class Term:
    """One invented glossary entry."""

    slug: str  # file stem in glossary/
    name: str  # the term as written in text
    kind: str  # one of KINDS
    aliases: tuple[str, ...]  # other names the text may use
    surname: str | None  # persons only: the surname the text uses after the full name


@dataclass(frozen=True, slots=True)
class SyntheticProject:
    """What `generate_project` wrote."""

    root: Path  # the project folder (holds mkdocs.yml)
    slugs: tuple[str, ...]  # brief slugs, in name order
    terms: tuple[Term, ...]  # glossary entries, in slug order
    words: int  # body words over all briefs


def generate_project(destination: Path, briefs: int, terms: int, seed: int = 20250207,
                     template: Path = ROOT) -> SyntheticProject:
    """Write a synthetic project (configuration from `template`) into `destination`.

    Args:
        destination: folder to create the project in; must not hold one already.
        briefs: number of briefs (seeds with their annotation files).
        terms: number of glossary entries (at least TERMS_PER_BRIEF is sensible).
        seed: the random seed; the same arguments always give the same files.
        template: the project whose mkdocs.yml, docs/ and hooks/ are copied.
    """
    rng = random.Random(seed)
    copy_template(template, destination)
    glossary = make_terms(rng, max(terms, 1))
    write_glossary(destination / "glossary", glossary)
    slugs, words = [], 0
    for index in range(briefs):
        slug, seed_text, annotation, count = make_brief(rng, index, glossary)
        _write(destination / "seeds" / f"{slug}.txt", seed_text)
        _write(destination / "annotations" / f"{slug}.yml", annotation)
        slugs.append(slug)
        words += count
    return SyntheticProject(destination, tuple(sorted(slugs)), tuple(glossary), words)


def copy_template(template: Path, destination: Path) -> None:
    destination.mkdir(parents=True, exist_ok=True)
    for name in TEMPLATE_PARTS:
        source = template / name
        if source.is_dir():
            shutil.copytree(source, destination / name)
        elif source.exists():
            shutil.copy2(source, destination / name)
    for folder in ("seeds", "annotations", "glossary"):
        (destination / folder).mkdir(exist_ok=True)


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


# --- glossary ---------------------------------------------------------------------------------

def invent_word(rng: random.Random, syllables: int | None = None) -> str:
    count = syllables or rng.choice((2, 2, 3))
    return "".join(rng.choice(_SYLLABLES) for _ in range(count)).capitalize()


def make_terms(rng: random.Random, count: int) -> list[Term]:
    """`count` terms with unique names and aliases; every kind, several multi-word shapes."""
    taken: set[str] = set()  # every name and alias so far, lower case
    taken_words: set[str] = set()  # every word of those
    slugs: set[str] = set()
    terms = []
    while len(terms) < count:
        kind = KINDS[len(terms) % len(KINDS)]
        term = _make_term(rng, kind)
        names = {term.name.lower(), *(alias.lower() for alias in term.aliases)}
        if names & taken or term.slug in slugs or _overlaps(names, taken, taken_words):
            continue
        taken |= names
        taken_words.update(word for name in names for word in name.split())
        slugs.add(term.slug)
        terms.append(term)
    return sorted(terms, key=lambda term: term.slug)


def _overlaps(names: set[str], taken: set[str], taken_words: set[str]) -> bool:
    # Keep one name from being a word of another ("Kavo" inside "Kavo Islands"): matching
    # stays unambiguous, so a benchmark cannot depend on which name wins.
    return any(name in taken_words or any(word in taken for word in name.split()) for name in names)


def _make_term(rng: random.Random, kind: str) -> Term:
    first, second = invent_word(rng), invent_word(rng, 3)
    if kind == "person":
        name = f"{first} {second}"
        return Term(_slug(name), name, kind, (), second)
    if kind == "place":
        name = f"{second} Islands"
        return Term(_slug(name), name, kind, (f"the {second}s",), None)
    if kind == "organisation":
        name = f"{first} {second} Council"
        return Term(_slug(name), name, kind, (f"{first[0]}{second[0]}C",), None)
    if kind == "treaty-or-law":
        name = f"{second} Accord"
        return Term(_slug(name), name, kind, (f"{second} Treaty",), None)
    if kind == "policy-or-concept":
        name = f"{first.lower()} {second.lower()} policy"
        return Term(_slug(name), name, kind, (), None)
    name = f"{second} Summit"
    return Term(_slug(name), name, kind, (f"{second} talks",), None)


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def write_glossary(folder: Path, terms: list[Term]) -> None:
    for number, term in enumerate(terms):
        _write(folder / f"{term.slug}.yml", glossary_entry(term, terms, number))


def glossary_entry(term: Term, terms: list[Term], number: int) -> str:
    """One glossary file in the project's format (kind, short, definition, as_of, sources)."""
    data: dict = {"term": term.name}
    if term.surname:
        data["surname"] = term.surname
    if term.aliases:
        data["aliases"] = list(term.aliases)
    data["kind"] = term.kind
    data["short"] = f"An invented {term.kind.replace('-', ' ')} used by the benchmark, number {number}."
    data["definition"] = (
        f"**{term.name}** is a synthetic {term.kind.replace('-', ' ')}. It exists so that the build can be "
        "measured with a glossary of realistic size.\n"
    )
    data["as_of"] = date(2025, 1, 1) + timedelta(days=number % 300)
    data["sources"] = [{"title": f"Benchmark source {number}", "url": f"https://example.org/glossary/{term.slug}"}]
    neighbour = terms[(number + 1) % len(terms)]
    if neighbour.slug != term.slug:
        data["see_also"] = [neighbour.slug]
    return SCHEMA_GLOSSARY + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000)


# --- briefs -----------------------------------------------------------------------------------

def make_brief(rng: random.Random, index: int, glossary: list[Term]) -> tuple[str, str, str, int]:
    """One brief: its slug, seed text, annotation file and body word count."""
    published = datetime(2023, 1, 2, 6, 0) + timedelta(days=index % 1000, minutes=rng.randrange(0, 900))
    title_words = [invent_word(rng) for _ in range(rng.randint(4, 7))]
    title = f"{title_words[0]} Talks With {' '.join(title_words[1:])} Set for {_MONTHS[published.month - 1]}"
    slug = f"{published:%Y-%m-%d}-{_slug(' '.join(title_words[:4]))}-{index}"
    mentioned = rng.sample(glossary, min(TERMS_PER_BRIEF, len(glossary)))
    paragraphs = make_paragraphs(rng, published, mentioned, index)
    seed_text = seed_shape(title, published, paragraphs, rng)
    annotation = annotation_file(rng, slug, paragraphs, mentioned)
    return slug, seed_text, annotation, sum(len(paragraph.split()) for paragraph in paragraphs)


def make_paragraphs(rng: random.Random, published: datetime, mentioned: list[Term], index: int) -> list[str]:
    """About WORDS_PER_BRIEF words; each term mentioned, persons first in full, then by surname."""
    queue = list(mentioned)
    introduced: set[str] = set()
    paragraphs = []
    for number in range(PARAGRAPHS_PER_BRIEF):
        sentences, words = [], 0
        while words < _PARAGRAPH_WORDS:
            term = queue.pop(0) if queue and rng.random() < 0.5 else rng.choice(mentioned)
            sentence = _sentence(rng, term, published, term.slug in introduced)
            introduced.add(term.slug)
            # A serial number keeps every sentence, hence every note quote, unique in the brief.
            sentence = sentence.replace("{n}", f"{index}-{number}-{len(sentences)}")
            sentences.append(sentence)
            words += len(sentence.split())
        paragraphs.append(" ".join(sentences))
    return paragraphs


def _sentence(rng: random.Random, term: Term, published: datetime, introduced: bool) -> str:
    name = _mention(rng, term) if introduced else term.name
    filler = " ".join(rng.sample(_FILLER, rng.randint(8, 14)))
    when = _dated_expression(rng, published)
    shape = rng.randrange(4)
    if shape == 0:
        return f"{when[0].upper()}{when[1:]}, {name} {rng.choice(_VERBS)} delegates in session {{n}}, and {filler}."
    if shape == 1:
        return f"“{filler.capitalize()},” said an official about {name} {when}, in remarks numbered {{n}}."
    if shape == 2:
        return f"Reports {{n}} say {name}’s position changed {when} because {filler}."
    return f"The debate over {name} returned {when} as item {{n}}, and {filler}."


def _mention(rng: random.Random, term: Term) -> str:
    """A later mention: the surname of a person, sometimes an alias, else the name."""
    if term.surname and rng.random() < 0.4:
        return term.surname
    if term.aliases and rng.random() < 0.3:
        return rng.choice(term.aliases)
    return term.name


def _dated_expression(rng: random.Random, published: datetime) -> str:
    earlier = published - timedelta(days=rng.randint(1, 400))
    shapes = (
        f"on {_MONTH_ABBR[earlier.month - 1]} {earlier.day}",
        f"in {_MONTHS[earlier.month - 1]}",
        f"in mid-{_MONTHS[earlier.month - 1]}",
        f"on {_WEEKDAYS[rng.randrange(7)]} local time",
        f"on {_MONTH_ABBR[earlier.month - 1]} {earlier.day}, {earlier.year}",
        "last year",
    )
    return rng.choice(shapes)


def seed_shape(title: str, published: datetime, paragraphs: list[str], rng: random.Random) -> str:
    """The seed's layout: headline, blank, caption, time line, paragraphs, popular list."""
    caption = f"Officials gather at {invent_word(rng)} Airport before the talks on {_WEEKDAYS[published.weekday()]}."
    stamp = f"{published:%H:%M} JST, {_MONTHS[published.month - 1]} {published.day}, {published.year}"
    clutter = [f"\"{rng.choice(_SECTIONS)}\" POPULAR ARTICLE"]
    for _ in range(4):
        clutter += ["-", f"{invent_word(rng)} Plans {invent_word(rng)} Reform; Aims to Cut {invent_word(rng)} Costs"]
    clutter.append("JN ACCESS RANKING")
    return "\n".join([title, "", caption, stamp, *paragraphs, *clutter]) + "\n"


def annotation_file(rng: random.Random, slug: str, paragraphs: list[str], mentioned: list[Term]) -> str:
    """Source, key points, tags and NOTES_PER_BRIEF notes quoting text that occurs once."""
    text = "\n\n".join(paragraphs)
    notes, quotes = [], []
    for number in range(NOTES_PER_BRIEF):
        quote = _unique_quote(rng, paragraphs, text, quotes)
        quotes.append(quote)
        notes.append({
            "id": f"note-{number + 1}",
            "quote": quote,
            "type": ("context", "fact-check", "background", "what-to-watch")[number % 4],
            "body": f"A synthetic note about *{quote[:20].strip()}*, written for the benchmark.",
            "sources": [{"title": f"Benchmark note source {number}",
                         "url": f"https://example.org/notes/{slug}/{number}"}],
        })
    data = {
        "source": {"name": "The Synthetic Times", "url": f"https://example.org/news/{slug}/",
                   "retrieved": date(2026, 1, 1)},
        "key_points": [f"The story involves {term.name}." for term in mentioned[:3]],
        "tags": sorted({term.kind for term in mentioned}),
        "pin": {},
        "notes": notes,
    }
    return SCHEMA_ANNOTATION + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000)


def _unique_quote(rng: random.Random, paragraphs: list[str], text: str, taken: list[str]) -> str:
    """A run of words, within one paragraph, that holds a serial number (so it is unique) and
    shares no words with the quotes `taken` before it (highlights may not overlap)."""
    while True:
        words = rng.choice(paragraphs).split()
        serials = [position for position, word in enumerate(words) if re.fullmatch(r"\d+-\d+-\d+\W*", word)]
        position = rng.choice(serials)
        start = max(0, position - rng.randint(2, 5))
        quote = " ".join(words[start: position + 1]).rstrip(".,;:”’")
        if text.count(quote) == 1 and not any(_overlap(text, quote, other) for other in taken):
            return quote


def _overlap(text: str, quote: str, other: str) -> bool:
    start, other_start = text.index(quote), text.index(other)
    return start < other_start + len(other) and other_start < start + len(quote)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder to create the project in")
    parser.add_argument("--briefs", type=int, default=20)
    parser.add_argument("--terms", type=int, default=100)
    parser.add_argument("--seed", type=int, default=20250207)
    args = parser.parse_args()
    project = generate_project(args.out, args.briefs, args.terms, args.seed)
    print(f"wrote {len(project.slugs)} briefs ({project.words} words) and {len(project.terms)} terms to {project.root}")


if __name__ == "__main__":
    main()

"""A synthetic project for benchmarks: N briefs and M glossary entries, the same for a seed.

The briefs have the first seed's text shape (headline, photo caption, a time line such as
`16:09 JST, February 7, 2025`, body paragraphs, then a trailing "POPULAR ARTICLE" list the
parser must drop), about 900 words each. Every brief mentions about 15 glossary terms:
multi-word names, aliases, possessives, persons by full name and later by surname. The text
holds dated expressions ("on Jan. 20", "In December", "mid-January", "Feb. 10, 2017") and
its annotation file holds a few notes whose quotes occur exactly once in the text.

Two corpora fill the text around the names and dates (`--corpus`):

- `zipf-english` (the default): ordinary words drawn from the 50,000 most frequent English
  words (scripts/data/english-frequencies.tsv, made from wordfreq's data by
  scripts/make_english_frequencies.py), rank r with probability proportional to 1/r. As in
  real English, the hundred commonest words make about half the text and the vocabulary
  grows ever more slowly with the number of briefs: a search index sees a news site's
  tens of thousands of words, not one new word per sentence.
- `syllables`: the first corpus, kept as the worst case for vocabulary. Headlines and
  lists are invented words, the filler a fixed 70-word phrase book, and every sentence
  carries a serial number unique over the project, so the vocabulary grows with every
  brief (501,799 distinct words at 10,000 briefs).

Either way, names (glossary terms, airports) are invented from syllables and unique (with
the English corpus, never a word of its list, so the glossary matcher finds only the
intended mentions); sentence shapes and lengths, paragraph counts, dates and term
mentions are the same. Everything comes from one `random.Random(seed)`: the same arguments give the same bytes.

    python scripts/synthetic.py OUT --briefs 20 --terms 100 [--corpus syllables]
"""

from __future__ import annotations

import argparse
import functools
import itertools
import random
import re
import shutil
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import yaml

from briefs.sources.vocab import TIMELINE_MONTHS, TIMELINE_WEEKDAYS

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
ZIPF_ENGLISH, SYLLABLES = "zipf-english", "syllables"
CORPORA = (ZIPF_ENGLISH, SYLLABLES)
ENGLISH_WORDS = ROOT / "scripts" / "data" / "english-frequencies.tsv"
# Zipf's exponent: rank r is drawn with probability proportional to 1 / r**ZIPF_EXPONENT.
# At 1.0 over 50,000 words the hundred commonest take 46% of the draws (about half in
# real English text).
ZIPF_EXPONENT = 1.0
# English words left out of the filler because the timeline reads them as (parts of) dates:
# month and weekday names, "today", "three days ago", "a week later", "last year". The
# synthetic text keeps the dated expressions it always had, and the timeline the same work.
DATE_WORDS = frozenset(
    {name.rstrip(".").lower() for name in (*TIMELINE_MONTHS, *TIMELINE_WEEKDAYS)}
    | {"today", "tonight", "yesterday", "tomorrow", "ago", "earlier", "later"}
    | {unit + plural for unit in ("day", "week", "month", "year", "decade") for plural in ("", "s")}
)
# The fixed words of glossary names and aliases (`_make_term`); every other word is invented.
TERM_SHAPE_WORDS = frozenset({"the", "islands", "council", "accord", "treaty", "summit", "talks", "policy"})
# A word token, for `distinct_words`: letters or digits, with inner hyphens or apostrophes
# kept ("mid-January", "Japan’s", a serial "12-3-4" are one word each).
_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")

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
    corpus: str  # the corpus the ordinary words came from, one of CORPORA
    distinct_words: int  # distinct lower-cased word tokens over all seeds (see `word_tokens`)


@dataclass(frozen=True, slots=True)
class Corpus:
    """Where the ordinary words of headlines, lists and sentences come from."""

    name: str  # one of CORPORA
    words: tuple[str, ...]  # the filler vocabulary; for zipf-english ranked, most frequent first
    cumulative_weights: tuple[float, ...]  # Zipf weights summed up to each rank; empty: draw uniformly
    english: frozenset[str]  # words an invented name must not be (lower case)

    def filler(self, rng: random.Random, count: int) -> list[str]:
        """`count` ordinary words: Zipf draws with repeats, or distinct phrase-book words."""
        if not self.cumulative_weights:
            return rng.sample(self.words, count)
        return rng.choices(self.words, cum_weights=self.cumulative_weights, k=count)

    def headline_word(self, rng: random.Random) -> str:
        """A capitalised word for a headline: invented in the syllables corpus, as it always was."""
        if self.name == SYLLABLES:
            return invent_word(rng)
        return self.filler(rng, 1)[0].capitalize()


def load_corpus(name: str) -> Corpus:
    """The corpus called `name` (one of CORPORA).

    Raises:
        ValueError: `name` is not a corpus.
    """
    if name == SYLLABLES:
        return Corpus(SYLLABLES, tuple(_FILLER), (), frozenset())
    if name == ZIPF_ENGLISH:
        return _zipf_english(ENGLISH_WORDS)
    raise ValueError(f"unknown corpus {name!r}; choose one of {', '.join(CORPORA)}")


@functools.cache
def _zipf_english(path: Path) -> Corpus:
    english = read_english_words(path)
    words = tuple(word for word in english if word not in DATE_WORDS)
    weights = itertools.accumulate(1 / rank**ZIPF_EXPONENT for rank in range(1, len(words) + 1))
    return Corpus(ZIPF_ENGLISH, words, tuple(weights), frozenset(english))


def read_english_words(path: Path = ENGLISH_WORDS) -> tuple[str, ...]:
    """The words of the frequency list, most frequent first (comment lines skipped)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return tuple(line.split("\t", 1)[0] for line in lines if line and not line.startswith("#"))


def word_tokens(text: str) -> list[str]:
    """The lower-cased word tokens of `text`: runs of letters or digits, inner hyphens and
    apostrophes included. `distinct_words` counts the distinct ones over every seed file
    (headline, caption, time line, body and the popular list the parser drops)."""
    return _WORD.findall(text.lower())


def generate_project(destination: Path, briefs: int, terms: int, seed: int = 20250207,
                     template: Path = ROOT, corpus: str = ZIPF_ENGLISH) -> SyntheticProject:
    """Write a synthetic project (configuration from `template`) into `destination`.

    Args:
        destination: folder to create the project in; must not hold one already.
        briefs: number of briefs (seeds with their annotation files).
        terms: number of glossary entries (at least TERMS_PER_BRIEF is sensible).
        seed: the random seed; the same arguments always give the same files.
        template: the project whose mkdocs.yml, docs/ and hooks/ are copied.
        corpus: where the ordinary words come from, one of CORPORA.

    Raises:
        ValueError: `corpus` is not one of CORPORA.
    """
    vocabulary = load_corpus(corpus)
    rng = random.Random(seed)
    copy_template(template, destination)
    glossary = make_terms(rng, max(terms, 1), vocabulary)
    write_glossary(destination / "glossary", glossary)
    slugs, words, distinct = [], 0, set()
    for index in range(briefs):
        slug, seed_text, annotation, count = make_brief(rng, index, glossary, vocabulary)
        _write(destination / "seeds" / f"{slug}.txt", seed_text)
        _write(destination / "annotations" / f"{slug}.yml", annotation)
        slugs.append(slug)
        words += count
        distinct.update(word_tokens(seed_text))
    return SyntheticProject(destination, tuple(sorted(slugs)), tuple(glossary), words, corpus, len(distinct))


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

def invent_word(rng: random.Random, syllables: int | None = None, english: frozenset[str] = frozenset()) -> str:
    """A capitalised word of two or three syllables (or `syllables`), never one of `english`."""
    while True:
        count = syllables or rng.choice((2, 2, 3))
        word = "".join(rng.choice(_SYLLABLES) for _ in range(count)).capitalize()
        if word.lower() not in english:
            return word


def make_terms(rng: random.Random, count: int, corpus: Corpus) -> list[Term]:
    """`count` terms with unique names and aliases; every kind, several multi-word shapes.

    No invented word of a name or alias (initials and plurals included) is one of the
    corpus's English words: a term named like an everyday word would be found all over the
    filler text.
    """
    taken: set[str] = set()  # every name and alias so far, lower case
    taken_words: set[str] = set()  # every word of those
    slugs: set[str] = set()
    terms = []
    while len(terms) < count:
        kind = KINDS[len(terms) % len(KINDS)]
        term = _make_term(rng, kind, corpus)
        names = {term.name.lower(), *(alias.lower() for alias in term.aliases)}
        if names & taken or term.slug in slugs or _overlaps(names, taken, taken_words):
            continue
        if not invented_words(term).isdisjoint(corpus.english):
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


def invented_words(term: Term) -> set[str]:
    """The lower-cased words of a term's name and aliases that `_make_term` invented."""
    words = {word for name in (term.name, *term.aliases) for word in name.lower().split()}
    return words - TERM_SHAPE_WORDS


def _make_term(rng: random.Random, kind: str, corpus: Corpus) -> Term:
    first, second = invent_word(rng, english=corpus.english), invent_word(rng, 3, corpus.english)
    if kind == "person":
        name = f"{first} {second}"
        return Term(_slug(name), name, kind, (), second)
    if kind == "place":
        name = f"{second} Islands"
        return Term(_slug(name), name, kind, (f"the {second}s",), None)
    if kind == "organisation":
        name = f"{first} {second} Council"
        return Term(_slug(name), name, kind, (_initials(first, second, corpus),), None)
    if kind == "treaty-or-law":
        name = f"{second} Accord"
        return Term(_slug(name), name, kind, (f"{second} Treaty",), None)
    if kind == "policy-or-concept":
        name = f"{first.lower()} {second.lower()} policy"
        return Term(_slug(name), name, kind, (), None)
    name = f"{second} Summit"
    return Term(_slug(name), name, kind, (f"{second} talks",), None)


def _initials(first: str, second: str, corpus: Corpus) -> str:
    """An organisation's acronym. Unique three-letter initials (KRC) allow 400 organisations,
    and a third of those are words or abbreviations of the English list (BBC, NBC): too few
    for 2,000 terms. With the English list, the second name gives two letters (KREC)."""
    if corpus.name == SYLLABLES:
        return f"{first[0]}{second[0]}C"
    return f"{first[0]}{second[:2].upper()}C"


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

def make_brief(rng: random.Random, index: int, glossary: list[Term], corpus: Corpus) -> tuple[str, str, str, int]:
    """One brief: its slug, seed text, annotation file and body word count."""
    published = datetime(2023, 1, 2, 6, 0) + timedelta(days=index % 1000, minutes=rng.randrange(0, 900))
    title_words = [corpus.headline_word(rng) for _ in range(rng.randint(4, 7))]
    title = f"{title_words[0]} Talks With {' '.join(title_words[1:])} Set for {_MONTHS[published.month - 1]}"
    slug = f"{published:%Y-%m-%d}-{_slug(' '.join(title_words[:4]))}-{index}"
    mentioned = rng.sample(glossary, min(TERMS_PER_BRIEF, len(glossary)))
    paragraphs = make_paragraphs(rng, published, mentioned, index, corpus)
    seed_text = seed_shape(title, published, paragraphs, rng, corpus)
    annotation = annotation_file(rng, slug, paragraphs, mentioned)
    return slug, seed_text, annotation, sum(len(paragraph.split()) for paragraph in paragraphs)


def make_paragraphs(rng: random.Random, published: datetime, mentioned: list[Term], index: int,
                    corpus: Corpus) -> list[str]:
    """About WORDS_PER_BRIEF words; each term mentioned, persons first in full, then by surname."""
    queue = list(mentioned)
    introduced: set[str] = set()
    paragraphs = []
    for number in range(PARAGRAPHS_PER_BRIEF):
        sentences, words = [], 0
        while words < _PARAGRAPH_WORDS:
            term = queue.pop(0) if queue and rng.random() < 0.5 else rng.choice(mentioned)
            sentence = _sentence(rng, term, published, term.slug in introduced, corpus)
            introduced.add(term.slug)
            sentence = sentence.replace("{n}", _serial(corpus, index, number, len(sentences)))
            sentences.append(sentence)
            words += len(sentence.split())
        paragraphs.append(" ".join(sentences))
    return paragraphs


def _serial(corpus: Corpus, index: int, paragraph: int, sentence: int) -> str:
    """A serial number, one word, that keeps every sentence, hence every note quote, unique
    in the brief. The syllables corpus also numbers the brief, so its serials are unique
    over the project and grow its vocabulary; in zipf-english there are about a hundred."""
    if corpus.name == SYLLABLES:
        return f"{index}-{paragraph}-{sentence}"
    return f"{paragraph}-{sentence}"


def _sentence(rng: random.Random, term: Term, published: datetime, introduced: bool, corpus: Corpus) -> str:
    name = _mention(rng, term) if introduced else term.name
    filler = " ".join(corpus.filler(rng, rng.randint(8, 14)))
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


def seed_shape(title: str, published: datetime, paragraphs: list[str], rng: random.Random, corpus: Corpus) -> str:
    """The seed's layout: headline, blank, caption, time line, paragraphs, popular list."""
    airport = invent_word(rng, english=corpus.english)
    caption = f"Officials gather at {airport} Airport before the talks on {_WEEKDAYS[published.weekday()]}."
    stamp = f"{published:%H:%M} JST, {_MONTHS[published.month - 1]} {published.day}, {published.year}"
    clutter = [f"\"{rng.choice(_SECTIONS)}\" POPULAR ARTICLE"]
    for _ in range(4):
        plans, reform, costs = (corpus.headline_word(rng) for _ in range(3))
        clutter += ["-", f"{plans} Plans {reform} Reform; Aims to Cut {costs} Costs"]
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
        serials = [position for position, word in enumerate(words) if re.fullmatch(r"\d+(?:-\d+)+\W*", word)]
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
    parser.add_argument("--corpus", choices=CORPORA, default=ZIPF_ENGLISH,
                        help="where the ordinary words come from (syllables: the worst case for vocabulary)")
    args = parser.parse_args()
    project = generate_project(args.out, args.briefs, args.terms, args.seed, corpus=args.corpus)
    print(f"wrote {len(project.slugs)} briefs ({project.words} words, {project.distinct_words} distinct, "
          f"{project.corpus}) and {len(project.terms)} terms to {project.root}")


if __name__ == "__main__":
    main()

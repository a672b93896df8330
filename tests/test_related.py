"""Related briefs: shared glossary terms weighted by rarity, on synthetic data."""

from __future__ import annotations

import math
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given, strategies as st

from briefs.build import related_stage
from briefs.content.glossary import Glossary, Term, TermSource
from briefs.facts.brief_facts import BriefFacts
from briefs.facts.mentions import NO_MENTIONS, BriefMentions, Mention
from briefs.facts.related import related_briefs, term_weights
from briefs.render.brief import brief_sections, render_brief
from briefs.render.timeline import DateMarks
from briefs.settings import Settings
from test_render import NO_TERMS, make_brief

NAMES = {"japan": "Japan", "trump": "Donald Trump", "senkaku": "Senkaku Islands", "logan": "Logan Act",
         "abe": "Shinzo Abe", "steel": "Nippon Steel"}


def briefs_with(terms: dict[str, set[str]]):
    briefs = [make_brief(["x"], title=f"Title {slug}", slug=slug) for slug in terms]
    return briefs, (lambda brief: terms[brief.slug])


def test_rare_shared_term_outranks_a_common_one():
    terms = {"a": {"japan", "logan"}, "b": {"japan"}, "c": {"logan"}, "d": {"japan"}, "e": {"japan"}}
    briefs, terms_of = briefs_with(terms)
    related = related_briefs(briefs, terms_of, NAMES.get)
    assert [item.slug for item in related["a"]] == ["c", "b", "d", "e"]
    assert related["a"][0].shared == ("Logan Act",)


def test_shared_terms_are_named_rarest_first():
    terms = {"a": {"japan", "trump", "senkaku"}, "b": {"japan", "trump", "senkaku"}, "c": {"japan", "trump"}, "d": {"japan"}}
    briefs, terms_of = briefs_with(terms)
    assert related_briefs(briefs, terms_of, NAMES.get)["a"][0].shared == ("Senkaku Islands", "Donald Trump", "Japan")


def test_at_most_five_and_none_without_shared_terms():
    terms = {f"b{index}": {"japan"} for index in range(8)} | {"lonely": {"abe"}}
    briefs, terms_of = briefs_with(terms)
    related = related_briefs(briefs, terms_of, NAMES.get)
    assert len(related["b0"]) == 5
    assert related["lonely"] == ()
    assert all(item.slug != "lonely" for item in related["b0"])


def test_ties_break_by_slug_so_builds_agree():
    terms = {"z": {"japan"}, "m": {"japan"}, "a": {"japan"}, "q": {"japan"}}
    briefs, terms_of = briefs_with(terms)
    assert [item.slug for item in related_briefs(briefs, terms_of)["q"]] == ["a", "m", "z"]


@pytest.mark.parametrize("sets, term, weight", [
    ([{"x"}], "x", math.log(2)),
    ([{"x"}, set()], "x", math.log(3)),
    ([{"x"}, {"x"}, {"x"}, {"y"}], "x", math.log(1 + 4 / 3)),
    ([{"x"}, {"x"}, {"x"}, {"y"}], "y", math.log(5)),
], ids=["single", "half", "common", "rare"])
def test_term_weight_is_smoothed_idf(sets, term, weight):
    assert term_weights(sets)[term] == pytest.approx(weight)


@given(st.dictionaries(st.sampled_from("abcdefgh"), st.sets(st.sampled_from(sorted(NAMES)), max_size=4), min_size=1))
def test_related_is_symmetric_in_score_and_never_self(terms):
    briefs, terms_of = briefs_with(terms)
    related = related_briefs(briefs, terms_of, limit=len(terms))
    for slug, items in related.items():
        assert slug not in {item.slug for item in items}
        for item in items:
            back = {other.slug: other.score for other in related[item.slug]}
            assert back[slug] == item.score
            assert item.shared == tuple(sorted(item.shared, key=lambda term: (-term_weights(terms.values())[term], term)))


def mentioning(*terms: str) -> BriefMentions:
    """A brief's glossary facts: one mention of each of `terms` in its first paragraph."""
    return BriefMentions(tuple(Mention(slug, "x", 0, 0, 1, True) for slug in terms), ())


def test_stage_relates_briefs_and_the_page_links_them_with_escaped_names(tmp_path):
    jst = timezone(timedelta(hours=9))
    one = make_brief(["x"], title="One", slug="one", published=datetime(2025, 1, 1, tzinfo=jst))
    two = make_brief(["x"], title="Two *bold*", slug="two")
    three = make_brief(["x"], title="Three", slug="three")
    # A name with markup in it, to show that the section escapes it.
    glossary = Glossary({"senkaku": Term("senkaku", "Senkaku <Islands>", "place", (), None, False, "Islands.", "Text.",
                                         "2025-02-07", (TermSource("Ref", "https://example.org/"),), (),
                                         "glossary/senkaku.yml")})
    mentions = {"one": mentioning("senkaku"), "two": mentioning("senkaku"), "three": mentioning()}
    related = related_stage([one, two, three], mentions, glossary)
    assert [item.slug for item in related["one"]] == ["two"] and related["three"] == ()
    settings = Settings(root=tmp_path)

    def section_names(brief):
        return [section.name for section in brief_sections(BriefFacts(brief, related=related[brief.slug]),
                                                           NO_TERMS, settings, DateMarks())]

    assert "related" in section_names(one) and "related" not in section_names(three)
    page = render_brief(BriefFacts(one, related=related["one"]), NO_TERMS, settings)
    assert "## Related briefs { #related data-search-exclude }" in page
    assert r"- [Two \*bold\*](two.md) — shares Senkaku Islands" not in page
    assert r"- [Two \*bold\*](two.md) — shares Senkaku &lt;Islands&gt;" in page
    assert page.index("## Related briefs") < page.index("## Provenance")


def test_stage_without_glossary_terms_relates_nothing():
    briefs = [make_brief(["x"], slug="a"), make_brief(["x"], slug="b")]
    assert related_stage(briefs, {"a": NO_MENTIONS, "b": NO_MENTIONS}, NO_TERMS) == {"a": (), "b": ()}


def test_the_term_index_gives_the_same_ranking_as_comparing_every_pair():
    """The shortlist through the term index must not change any result (here with common terms too)."""
    import random
    from types import SimpleNamespace

    from briefs.facts.related import _relate, term_weights

    rng = random.Random(7)
    vocabulary = [f"t{number}" for number in range(40)]
    briefs = [SimpleNamespace(slug=f"b{number:03d}", title=f"B{number}") for number in range(120)]
    sets = {brief.slug: set(rng.sample(vocabulary, rng.randint(0, 6))) | ({"japan"} if rng.random() < 0.9 else set())
            for brief in briefs}
    got = related_briefs(briefs, lambda brief: sets[brief.slug])
    weights = term_weights(frozenset(value) for value in sets.values())
    for brief in briefs:
        every = [_relate(frozenset(sets[brief.slug]), other, frozenset(sets[other.slug]), weights, str)
                 for other in briefs if other.slug != brief.slug]
        expected = sorted((item for item in every if item.shared), key=lambda item: (-item.score, item.slug))[:5]
        assert got[brief.slug] == tuple(expected), brief.slug

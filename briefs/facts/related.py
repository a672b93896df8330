"""Related briefs: for each brief, the others that share the most glossary terms.

A term that nearly every brief mentions ("Japan", "Donald Trump" on a Japan-U.S. site) says
little about what two briefs have in common; a rare one ("Logan Act") says a lot. Each
shared term is therefore weighted by its inverse document frequency, `log(1 + N / df)`
(N briefs, df of them mentioning the term): the `1 +` keeps a term that every brief
mentions worth a little rather than nothing, so two briefs with only common terms in
common still rank above two with none.

`related_briefs` only needs two functions (the terms of a brief, the display name of a
term), so it is tested with synthetic data and does not care where the glossary stage
keeps its mentions.
"""

from __future__ import annotations

import heapq
import math
from collections import Counter
from dataclasses import dataclass
from typing import Callable, Iterable

from briefs.model import Brief

RELATED_LIMIT = 5  # how many related briefs a brief lists


@dataclass(frozen=True, slots=True)
class Related:
    """Another brief related to one brief, and why."""

    slug: str  # the related brief's slug
    title: str  # its headline
    score: float  # sum of the IDF weights of the shared terms; higher is closer
    shared: tuple[str, ...]  # display names of the shared terms, rarest first, then by name


def term_weights(term_sets: Iterable[set[str]]) -> dict[str, float]:
    """IDF weight of every term: `log(1 + N / df)`."""
    sets = list(term_sets)
    frequency = Counter(term for terms in sets for term in terms)
    return {term: math.log(1 + len(sets) / count) for term, count in frequency.items()}


def related_briefs(
    briefs: list[Brief],
    terms_of: Callable[[Brief], set[str]],
    names_of: Callable[[str], str] = str,
    limit: int = RELATED_LIMIT,
) -> dict[str, tuple[Related, ...]]:
    """For each brief's slug, up to `limit` other briefs sharing terms, closest first.

    Args:
        briefs: every brief of the site.
        terms_of: the glossary term slugs a brief mentions.
        names_of: a term slug's display name, used to name the shared terms.
        limit: most related briefs per brief.

    Returns:
        slug -> related briefs, by descending score, ties by slug (stable across builds).
        Briefs sharing no term are not listed.
    """
    terms = {brief.slug: frozenset(terms_of(brief)) for brief in briefs}
    weights = term_weights(terms.values())
    by_slug = {brief.slug: brief for brief in briefs}
    # A term in more than 1 brief in 20 (and more than 50) counts as common; see `_shortlist`.
    common_from = max(50, len(briefs) // 20)
    postings: dict[str, list[str]] = {}
    for slug in sorted(terms):
        for term in terms[slug]:
            postings.setdefault(term, []).append(slug)
    result = {}
    for brief in briefs:
        shortlist = _shortlist(brief.slug, terms[brief.slug], postings, weights, limit, common_from)
        candidates = [_relate(terms[brief.slug], by_slug[slug], terms[slug], weights, names_of) for slug in shortlist]
        ranked = sorted((item for item in candidates if item.shared), key=lambda item: (-item.score, item.slug))
        result[brief.slug] = tuple(ranked[:limit])
    return result


def _shortlist(slug: str, mine: frozenset[str], postings: dict[str, list[str]], weights: dict[str, float],
               limit: int, common_from: int) -> list[str]:
    """The briefs worth scoring exactly: found through the term index, not by comparing with every brief.

    Rare terms are looked up first: a term most briefs mention would make every brief a
    candidate (quadratic in the number of briefs) while adding little weight. Only when
    the rare terms find too few candidates are the common ones added. Scores summed here
    may differ from the exact ones in the last bits of a float; keeping four times `limit`
    and ranking those exactly absorbs that.
    """
    wanted = limit * 4
    scores = _accumulate(slug, [term for term in sorted(mine) if len(postings[term]) <= common_from], postings, weights)
    if len(scores) < wanted:
        scores = _accumulate(slug, sorted(mine), postings, weights)
    return [other for other, _ in heapq.nsmallest(wanted, scores.items(), key=lambda item: (-item[1], item[0]))]


def _accumulate(slug: str, terms: list[str], postings: dict[str, list[str]], weights: dict[str, float]) -> dict[str, float]:
    scores: dict[str, float] = {}
    for term in terms:
        weight = weights[term]
        for other in postings[term]:
            if other != slug:
                scores[other] = scores.get(other, 0.0) + weight
    return scores


def _relate(mine: frozenset[str], other: Brief, theirs: frozenset[str], weights: dict[str, float],
            names_of: Callable[[str], str]) -> Related:
    common = sorted(mine & theirs, key=lambda term: (-weights[term], names_of(term).casefold(), term))
    # Summed in a fixed order so the float, and so the ranking, is the same on every machine.
    score = round(sum(weights[term] for term in common), 9)
    return Related(other.slug, other.title, score, tuple(names_of(term) for term in common))

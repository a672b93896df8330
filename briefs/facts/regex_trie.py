"""Regular expressions built from word lists.

Python's `re` tries the branches of `a|b|c` one after another at every position, so a list of
a hundred words costs a hundred attempts per character. `alternation` writes the same set as a
trie ("w(?:as|ere|on|rote)") that fails after one or two characters.
"""

from __future__ import annotations

import re
from typing import Iterable


def alternation(words: Iterable[str]) -> str:
    """A pattern that matches exactly the given words (as a set), longest first at each branch.

    Raises:
        ValueError: `words` holds the empty string, which would match everywhere.
    """
    tree: dict[str, dict] = {}
    for word in set(words):
        if not word:
            raise ValueError("an alternation of words cannot hold the empty string")
        node = tree
        for character in word:
            node = node.setdefault(character, {})
        node[""] = {}  # a word ends here
    return _branches(tree) if tree else "(?!)"


def _branches(node: dict[str, dict]) -> str:
    ends_here = "" in node
    branches = [re.escape(character) + _branches(child) for character, child in sorted(node.items()) if character]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # Greedy "?" tries the longer words first, as a longest-first list of words would.
    return "(?:" + body + ")?" if ends_here else body

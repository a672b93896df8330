"""The tense a date expression is written in: past, future, or none that is clear.

A sentence often holds both: "Ishiba, who arrived ... on Thursday local time, was set to
meet Trump on Friday". So tense is read per expression, from the verb group governing it:
the group nearest before it in its clause (clauses end at commas, semicolons, colons,
brackets, dashes and quotes), else the first after it in the clause, else the nearest group
anywhere in the sentence.

Markers come from `briefs.sources.vocab` (prospective phrases, irregular past forms), the
future-in-the-past phrases below ("was forecast to"), any lowercase "-ed" word that is not an
adjective after a determiner ("the proposed bill"), and the present forms of the verbs that
date events ("take effect", "begin"), unless a determiner or "to" comes before them. Markers
with only adverbs between them are one verb group, and so is a modal with the verb after it
("will stay closed"): a group is future when it starts with a prospective marker, else past
when it holds a past form ("has asked", "was closed"), else present. Present tense
("Protesters gather ... on Jan. 30") gives no tense: the nearest date wins.

A to-infinitive is not a verb group of its own ("agreed to meet on Friday" is read by
"agreed"), but a deadline after one looks forward: "has asked insurers to complete the work by
the end of February" is future (`deadline`), and so is a date something is put off to ("the
vote was postponed to May"). So does a limit after a present verb ("repairs end by
September 30", "the pier stays closed until May 1"): "is closed", "stays closed" is a state
now, where "has closed" is past. A reporting verb standing alone outside the date's clause
("..., the council said") dates the telling, not the event, and is passed over.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Literal

from briefs.facts.regex_trie import alternation
from briefs.sources.vocab import DETERMINERS, FUTURE_MARKERS, NOT_PAST_ED, PAST_WORDS, PRESENT_WORDS

Tense = Literal["past", "future"] | None

# Future in the past, like "was set to" in `FUTURE_MARKERS`: forecasts and estimates.
FUTURE_IN_PAST = (
    r"(?:is|are|was|were)(?:\s+(?:also|still|now|not|widely|then))?\s+"
    r"(?:forecast|forecasted|predicted|projected|tipped|estimated|anticipated|supposed|meant|bound)\s+to",
)
# Present forms of the verbs news dates events with ("the rules take effect on March 1"). A
# present verb nearest before a date says the writer gives no tense there, where an earlier
# past form ("agreed by ministers on Thursday") would otherwise decide. Words more often
# nouns or adjectives ("last", "leave") are not here.
PRESENT_VERBS = frozenset({
    "take", "begin", "start", "open", "close", "meet", "come", "go", "hold", "remain", "run", "expire",
    "apply", "resume", "return", "stay", "continue", "arrive", "end", "finish",
    "expires", "applies", "resumes", "returns", "stays", "continues", "arrives", "finishes",
    # A fixture list's verbs: `Cresswell host Dunmore on Tuesday`, `Harbury travel to Fenwick`.
    "host", "hosts", "play", "plays", "visit", "visits", "travel", "travels", "welcome", "welcomes",
})
# "to take": an infinitive, governed by the verb before it; "could not meet": a modal's, which dates nothing
# by itself (the future modals are markers of their own, `_FUTURE`).
_NOT_A_FINITE_VERB = frozenset({"to", "could", "can", "cannot", "might", "may", "should", "not", "never"})
# The third-person forms of the verbs in PRESENT_VERBS (`PRESENT_WORDS` holds them, and `is`,
# `says`...). In the present tense these verbs schedule: "the ban takes effect in October"
# looks forward; "is", "says", "remains" give no tense.
_SCHEDULING_FORMS = frozenset({"takes", "begins", "starts", "ends", "opens", "closes", "meets",
                               # a body's act on a named day: `the committee announces its decision on Thursday`
                               "announces", "decides", "publishes", "unveils"})
# Before an "-ed" word these make it an adjective ("the proposed bill"); "that" is more often
# a relative pronoun before a verb ("talks that collapsed on Tuesday").
_BEFORE_ADJECTIVE = DETERMINERS - {"that"}
# Present auxiliaries that make a past form perfect ("has closed"): past, where "is closed" is a state.
_PERFECT = frozenset({"has", "have"})
# Words before a present verb that make it a noun: `its first run`, `a maiden voyage`, `the final meet`.
_NOUN_MAKERS = frozenset({"first", "second", "third", "last", "final", "maiden", "inaugural", "trial", "test", "commercial",
                          "opening", "closing", "home", "dry"})
# Words before a participle that make it an adjective: `only televised`, `newly elected`, `long awaited`.
_ADJECTIVE_MAKERS = frozenset({"only", "newly", "recently", "long", "much", "hotly", "closely", "widely", "most", "least", "well"})

# The letters the prospective markers start with: the scan tries its alternatives only at the
# words starting with one, which halves its cost (tests/test_timeline_tense.py checks the list).
FUTURE_STARTS = "aehilmpsuvw’'"
_FUTURE = re.compile(
    r"(?<![\w’'])(?=[" + FUTURE_STARTS + r"])(?:" + "|".join(FUTURE_MARKERS + FUTURE_IN_PAST) + r")\b", re.I
)
_WORD = re.compile(r"[A-Za-z’']+")
_PAST_SHAPE = re.compile(r"[a-z]{2,}ed")
# The words that can be markers, found in one scan: looking up every word of every sentence
# in Python cost more than finding the dates.
# Verbs whose past is their base form: after `it`, `he` or `she` the present would end in -s, so they tell the past
# (`down from the range it set in May`).
_UNCHANGED_PAST = frozenset({"set", "cut", "put", "hit", "let", "shut", "quit", "spread", "cost", "cast", "hurt", "burst"})
_SINGULAR_SUBJECTS = frozenset({"it", "he", "she"})
# Words before a verb that leave its tense open: a modal or `to` (`will put`, `to cut`), a plural subject (`they set`,
# `people put`, `police cut`), a relative or a joining word (`which put`, `and cut`), an adverb (`often set`).
_NOT_A_SINGULAR_SUBJECT = frozenset({
    "to", "will", "would", "can", "could", "may", "might", "must", "shall", "should", "did", "do", "does", "don't", "not",
    "i", "we", "you", "they", "people", "police", "children", "men", "women", "staff", "who", "which", "that", "and",
    "or", "but", "also", "then", "often", "usually", "always", "never", "just", "still", "now", "only", "first",
})


# Of those, the ones seldom a noun: `the next set`, `a rate cut`, `the cost` name things; `the paper put` reports.
_RARELY_NOUNS = frozenset({"put", "let", "shut", "quit", "hurt"})


def _singular_subject(word: str) -> bool:
    """`the paper put`, `the ministry let`: a singular noun right before the unchanged form leaves it no present (that
    would be `puts`, `lets`), so the verb is past; a plural noun ends in -s and keeps both readings. A word joined on
    by a hyphen or set off by a comma (`flood-hit`, `exercise, set to`) is no subject."""
    return word.isalpha() and len(word) >= 3 and not word.endswith("s") and word not in _NOT_A_SINGULAR_SUBJECT and (
        word not in DETERMINERS)
_CANDIDATE = re.compile(
    r"(?<![A-Za-z’'])(?:(?i:" + alternation(
        PAST_WORDS | PRESENT_WORDS | PRESENT_VERBS | _SCHEDULING_FORMS | _UNCHANGED_PAST)
    + r")|[a-z]{2,}ed)"
    r"(?![A-Za-z’'])"
)
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]“”\"—–]")
def _in_a_name(text: str, found: re.Match[str]) -> bool:
    """The clause break `found` is a comma between two capitalised words: it joins the parts of a name, no clauses (`the
    Land, Infrastructure, Transport and Tourism Ministry`)."""
    if found.group(0) != ",":
        return False
    word_start = max(text.rfind(" ", 0, found.start()) + 1, 0)
    return text[word_start : word_start + 1].isupper() and bool(re.match(r",\s+[A-Z][a-z]", text[found.start() :])) and (
        found.start() - word_start > 1)
# What may stand between two markers of one verb group: adverbs and negation ("was then
# closed", "has not yet been"); after a prospective marker also the verb it governs ("will stay closed").
_GROUP_GAP = re.compile(r"\s+(?:(?:not|n[’']t|never|also|still|just|already|yet|then|now|soon|again|\w+ly)\s+)*")
_GROUP_GAP_AFTER_MODAL = re.compile(_GROUP_GAP.pattern + r"(?:[a-z]+\s+)?")
# "to" and the verb of an infinitive, the word after "to" not starting a noun phrase or a number.
_INFINITIVE = re.compile(
    r"\bto\s+(?!(?:the|a|an|its|their|his|her|our|this|that|these|those|some|up|about)\b)[a-z]{2,}\b"
)
# The words that end a span at a date, each pattern below taking the ones its rule needs.
_LIMIT_WORDS = r"by|before|until|till"
_EARLIEST_WORDS = r"as\s+soon\s+as|as\s+early\s+as"
_LATEST_WORDS = r"no\s+later\s+than"


def _before_date(words: str) -> re.Pattern[str]:
    """One of `words` (an alternation) right before the date, as a word of its own."""
    return re.compile(r"(?<![\w’'])(?i:" + words + r")\s+$")


# The words before a date that can make it look forward (`_forward`): one cheap test first.
_LOOKS_FORWARD = _before_date("|".join((_LIMIT_WORDS, "to|through|for", _EARLIEST_WORDS, _LATEST_WORDS)))
# How far before a date its limit words are looked for: `no later than ` is the longest.
_LIMIT_REACH = 16
# (`until` too: `advised people to stay away from beaches until Friday morning` looks forward.)
_DEADLINE = _before_date("|".join((_LIMIT_WORDS, _EARLIEST_WORDS, _LATEST_WORDS)))
# "to" (and "be") right before a verb group: the group is an infinitive, `to be replaced`.
_TO_BEFORE = re.compile(r"(?<![\w’'])(?i:to)\s+(?:(?i:be|have been)\s+)?$")
# A present verb with a limit after it looks forward: "repairs end by September 30", "the
# pier stays closed until May 1". A past one does not: "prices had risen by March".
_LIMIT = _before_date(_LIMIT_WORDS + "|through")
# Attribution: the time of the telling, not of what is told. "Repairs end by September 30,
# the council said" is not past; a reporting verb outside the date's clause is passed over.
REPORTING_VERBS = frozenset({
    "said", "says", "told", "added", "wrote", "stated", "noted", "explained", "argued", "warned",
    "insisted", "claimed", "reported", "announced", "confirmed",
})
# Words right before a date that make it a date to come, with no verb needed: `due by`, `due
# online by`, `expected by`, `slated for`, `no earlier than`, `not before`.
_PROSPECTIVE = re.compile(
    # The preposition may open the date expression itself (`a decision expected in March`), so it may be absent here.
    # Not for `set` and `planned`: `a record set in March` is past.
    # A few words may stand between: `the first batch expected on the roads by December 31`.
    r"(?<![\w’'])(?i:(?:due|expected|slated|payable)(?:\s+[a-z]+){0,3}?(?:\s+(?:by|on|in|for|before|until))?"
    # (`set in May` is when it was set: `down from the range it set in May`; `set for May`, what is to come)
    r"|(?:set|planned)(?:\s+[a-z]+)?\s+(?:by|on|for|before|until)|pencil+ed\s+in(?:\s+[a-z]+)?\s+(?:by|on|in|for)"
    r"|no\s+(?:earlier|later)\s+than|not\s+(?:before|until)|deadline\s+(?:of|is)|until\s+at\s+(?:least|the\s+earliest)"
    # What is still to be done: `a joint training program to be launched in Palawan in March`, `to be conducted in
    # February` (a few words may stand between the participle and the date)
    r"|to\s+be\s+(?:[a-z]+ed|held|built|made|run|begun|done|set|laid|sent|given|taken|shown|seen)(?:\s+[A-Za-z]+){0,3}?"
    r"(?:\s+(?:in|on|by|from|before|at))?"
    # A schedule's gerund: `with the first phase beginning on July 1`, `galas coming up in April`. Not a week named
    # by its first day (`cases reported in the week beginning January 19`), which takes the tense of its verb.
    r"|(?<!week\s)(?<!weeks\s)(?<!fortnight\s)(?:beginning|starting|commencing|coming\s+up)(?:\s+(?:on|in|from))?)\s+$"
)
_PROSPECTIVE_REACH = 30
# A modal of possibility with a bare verb after the last verb group: what may happen lies ahead
# (`could reach the coast on Wednesday`, `hopes work can begin in April`). Not `could have started` (the past), nor `could not
# confirm on Monday` (the telling's day).
_POSSIBILITY = re.compile(r"(?<![\w’'])(?i:could|can|may|might)\s+(?!(?i:have|not|never|be\s+\w+ed)\b)[a-z]{2,}\b")
# What someone could not do on the date: the news of that day (`could not confirm on Monday`).
_COULD_NOT = re.compile(r"(?<![\w’'])(?i:could\s+not|couldn[’']t)\s+[a-z]{2,}\b")
# An event something is done ahead of lies after it, whatever the verb's tense: `reaffirmed ties
# ahead of the 75th anniversary of relations on June 12`, `met in the run-up to the vote on Friday`.
_AHEAD_OF = re.compile(r"(?<![\w’'])(?i:ahead\s+of|in\s+the\s+run-up\s+to|in\s+advance\s+of|in\s+preparation\s+for)\s")
_AHEAD_OF_REACH = 100
# A limit that a modal before it makes one to come: `could be in place by Dec. 7`.
# `through` as American English writes `until`: `can report damage through Oct. 20`.
_MODAL_LIMIT = re.compile(r"(?<![\w’'])(?i:" + _LIMIT_WORDS + "|through|" + _EARLIEST_WORDS + r")\s+(?:(?i:the)\s+)?$")
# Modals that make a deadline after them one to come: `could be in place by Dec. 7`.
_MODAL = re.compile(r"(?<![\w’'])(?i:could|can|would|will|should|may|might|must)(?![\w’'])")
# Participles that are never a simple past: after a noun, with no auxiliary, they describe it.
_PARTICIPLES_ONLY = frozenset({
    "taken", "given", "seen", "done", "gone", "written", "chosen", "shown", "known", "grown", "driven", "broken",
    "spoken", "stolen", "frozen", "hidden", "ridden", "fallen", "risen", "beaten", "eaten", "forgotten", "born",
    "worn", "torn", "sworn", "drawn", "flown", "thrown", "blown", "shaken", "withdrawn", "undertaken", "overseen",
})
# Words that make a participle after them a finite verb group (`was taken`, `had installed`).
_AUXILIARIES = frozenset({"was", "were", "had", "has", "have", "is", "are", "be", "been", "being", "did", "got", "get"})
# A passive participle of judging with its infinitive, `found to have`, `believed to be`: with no
# auxiliary before it, it describes the noun before it (`a company found to have breached the
# permit`), as `was found to have` would tell a past finding.
_REDUCED_PASSIVE = re.compile(
    r"(?i:found|believed|thought|known|deemed|considered|alleged|understood|shown|proven|proved|judged|presumed|"
    r"suspected|reputed|rumou?red|held)\s+to\s+(?:have\s+been|have|be)(?:\s+[a-z]+\b)?"
)
# A note opening a paragraph with its date: `Update, Dec. 3: ...`. It was written after the story.
_UPDATE_LABEL = re.compile(r"^\s*(?:update|updated|correction|clarification|editor['’]s note)\b[\s,:—–-]*(?:on\s+)?$", re.I)
_PAST_EXPECTATION = re.compile(r"(?i:\b(?:was|were|had(?:\s+been)?)\s+)$")
# A date something is put off to looks forward from the putting off: "the vote was postponed to May".
_PUT_OFF = re.compile(
    # Every form of the verbs: `offered to delay the rosters until 1 September` looks forward as `delayed` does.
    r"\b(?:postpone[ds]?|postponing|delay(?:ed|s|ing)?|defer(?:red|s|ring)?|moved|push(?:ed|es|ing)?\s+back|"
    r"reschedul(?:e|ed|es|ing)|extend(?:ed|s|ing)?|adjourn(?:ed|s|ing)?)\b"
    # (`extended an air quality alert covering the north through Saturday`: American English for `until`)
    r"[^,;:]*?\b(?:to|until|till|through)\s+$"
    # A hearing or a meeting put on the calendar: `has listed the case for March 10`.
    r"|\b(?:list(?:ed|s)?|fix(?:ed|es)?|adjourn(?:ed|s)?|reschedul(?:ed|es))\b[^,;:]*?\bfor\s+$",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Marker:
    """A word or phrase that sets the tense of the dates near it."""

    start: int  # offset in the paragraph
    end: int  # one past its end
    tense: str  # "past", "future", "scheduled" (a present verb that dates what is coming) or "present"


def tense_markers(text: str, start: int, end: int, skip: list[tuple[int, int]] = ()) -> list[Marker]:
    """Tense markers in `text[start:end]`, in order, outside the `skip` spans (the dates)."""
    markers = [Marker(match.start(), match.end(), "future") for match in _FUTURE.finditer(text, start, end)]
    taken = [(marker.start, marker.end) for marker in markers] + list(skip)
    described_until = -1
    for candidate in _CANDIDATE.finditer(text, start, end):
        # The whole word the candidate starts (the scan may stop early at an odd letter).
        word = _WORD.match(text, candidate.start(), end)
        if word is None or any(low <= word.start() < high for low, high in taken):
            continue
        tense = word_tense(word.group(0), lambda: _joined_word(text, start, word.start()))
        if word.start() < described_until:
            continue
        reduced = tense == "past" and _REDUCED_PASSIVE.match(text, word.start(), end)
        if reduced and _previous_word(text, start, word.start()) not in _AUXILIARIES:
            described_until = reduced.end()  # `a company found to have breached`: it describes the company
            continue
        if tense:
            markers.append(Marker(word.start(), word.end(), tense))
    return sorted(markers, key=lambda marker: marker.start)


def _previous_word(text: str, start: int, offset: int) -> str:
    low = max(start, offset - 48)  # the words just before: asked for every "-ed" word, so not the whole sentence
    words = _WORD.findall(text, low, offset)
    if low > start and len(words) < 2:  # the window may have cut the word in two: read from the start
        words = _WORD.findall(text, start, offset)
    return words[-1].lower() if words else ""


def _joined_word(text: str, start: int, offset: int) -> str:
    """The word before, with the hyphen or comma between kept on it (`flood-`, `exercise,`): a compound's part or the
    end of a phrase, no subject of the verb at `offset`."""
    word = _previous_word(text, start, offset)
    gap = text[max(start, offset - 2) : offset].strip()
    return word + gap[-1:] if word and gap[-1:] in ("-", ",") else word


def word_tense(word: str, joined: Callable[[], str]) -> str | None:
    """The tense a word marks: "past", "present" or None; `joined()` gives the word before it, with the hyphen or
    comma between kept on it (`flood-`, `exercise,`)."""
    lower = word.lower()

    def previous() -> str:
        return joined().rstrip("-,")

    if lower in PAST_WORDS:
        return "past"
    if lower in _UNCHANGED_PAST:
        before = joined()
        return "past" if before in _SINGULAR_SUBJECTS or lower in _RARELY_NOUNS and _singular_subject(before) else None
    if (lower in _SCHEDULING_FORMS or lower in PRESENT_VERBS) and word[:1].isupper() and previous():
        return None  # capitalised inside its sentence, a name's word: `the North End`, `Lands End`, `Park Run`
    if lower in _SCHEDULING_FORMS:
        return "scheduled"  # `the rules take effect in October`: news dates what is coming this way
    if lower in PRESENT_WORDS:
        return "present"
    if lower in PRESENT_VERBS:
        before = previous()
        # `the hosts`, `the minister's visit`: a noun after a determiner or a possessive
        possessive = bool(before) and before.endswith(("'s", "’s"))
        if before in _NOUN_MAKERS or before in DETERMINERS or before in _NOT_A_FINITE_VERB or possessive:
            return None
        return "scheduled"
    if _PAST_SHAPE.fullmatch(word) and lower not in NOT_PAST_ED:
        before = previous()
        # `the televised debate`, `the campaign's only televised debate`: a participle before its noun is an adjective
        if before in _BEFORE_ADJECTIVE or before in _ADJECTIVE_MAKERS or before.endswith(("'s", "’s")):
            return None
        return "past"
    return None


def tense_at(
    text: str, markers: list[Marker], start: int, end: int, low: int, high: int, clause_only: bool = False,
    grouped: bool = False,
) -> Tense:
    """The tense of the expression at `text[low:high]`, in the sentence `text[start:end]`.

    `clause_only`: None when its clause has no marker (the sentence's others are not asked);
    `grouped`: `markers` are already `verb_groups` (made once per sentence, not once per date).
    """
    clause_start = max((match.end() for match in _CLAUSE_BREAK.finditer(text, start, low)
                        if not _in_a_name(text, match)), default=start)
    following = _CLAUSE_BREAK.search(text, high, end)
    clause_end = following.start() if following else end
    groups = markers if grouped else verb_groups(text, markers)
    before = [group for group in groups if clause_start <= group.start and group.end <= low]
    in_sentence = [group for group in groups if start <= group.start and group.end <= low]
    if _TELLING_ING.search(text, max(start, low - _TELLING_ING_REACH), low):
        return "past"  # `with moderates signaling Wednesday that they will vote yes`: the day of the telling, not of the vote
    until = _UNTIL.search(text, max(start, low - _UNTIL_REACH), low) or _UNTIL_OPENING.match(text, low, high)
    if in_sentence and _is_perfect(text, in_sentence[-1]) and until:
        return "future"  # `has issued a "dangerous" rain warning ... until Thursday`, `has been postponed until Friday`
    if _in_temporal_clause_present(text, max(clause_start, low - _TEMPORAL_REACH), low):
        return "future"  # `before the system weakens on Thursday`: English tells what lies ahead in the present there
    if in_sentence and _DECIDED_TO.match(text, in_sentence[-1].start, low) and (
        not _DAY_WORD.search(text, low, high) or _DAY_WORD.search(text, start, in_sentence[-1].start)
    ):
        # `voted 6-3 to shut three schools in June`: what was decided lies ahead (a day, `agreed to meet the unions
        # on Monday`, more often dates the agreeing, as news puts the day after the verb's object, unless the
        # deciding has its own day before it: `on Wednesday asked airlines to cancel flights on Thursday`)
        return "future"
    if _LOOKS_FORWARD.search(text, max(clause_start, low - _LIMIT_REACH), low) and _forward(text, before, clause_start, low):
        return "future"
    if _prospective(text, max(clause_start, low - _PROSPECTIVE_REACH), low) or _UPDATE_LABEL.match(text[:low]):
        return "future"
    if _ahead_of(text, before, max(clause_start, low - _AHEAD_OF_REACH), low):
        return "future"
    if _MODAL_LIMIT.search(text, max(clause_start, low - 16), low) and _MODAL.search(text, clause_start, low):
        return "future"  # `could be in place by Dec. 7`, `could take until the end of January`, `as early as Oct. 1`
    own_clause = _own_clause_tense(text, groups, before, low, high, clause_end)
    if own_clause:
        return own_clause
    if _future_then_participles(text, before):
        return "future"
    if _POSSIBILITY.search(text, before[-1].end if before else clause_start, low):
        return "future"  # `has warned rain could reach the coast on Wednesday`: the possibility lies ahead
    if before and _states(text, before[-1]) and _AFTER_AN_EVENT.search(text, before[-1].end, low):
        return "past"  # `remain suspended after a landslip near Glenbrae on Wednesday night`: the event behind the state
    if before and _tense(before[-1]) == "past" and _HYPOTHETICAL_IF.search(text, start, before[-1].start):
        return "future"  # `could deepen if the advisory remained in place during the holiday in February`: supposed, ahead
    if before:
        return _tense(before[-1])
    if _COULD_NOT.search(text, clause_start, low):
        return "past"  # `could not confirm on Monday whether ...`: the telling's day, whatever the question looks to
    after = [group for group in groups if group.start >= high and group.end <= clause_end]
    if after:
        return _tense(after[0])
    if clause_only:
        return None
    if clause_start == start:
        # An opening phrase with no verb of its own dates the telling that follows it: `In a
        # statement on Monday, the operator said it expects ...`, `On Tuesday, officials said ...`.
        telling = next((group for group in groups if group.start >= high), None)
        if telling is not None and _is_attribution(text, telling):
            return _tense(telling)
    # (a relative or a participle's clause after the date tells of its noun or what followed: `the signing ... in
    # October, which allows troops to train`, `a decision ... in October ..., forcing buyers to disclose end users`)
    told = [group for group in groups if not _is_attribution(text, group)
            and not (group.start >= high and _RELATIVE_AFTER.search(text, high, group.start))]
    outside = [(low - group.end, 0, group) for group in told if group.end <= low]
    outside += [(group.start - high, 1, group) for group in told if group.start >= high]
    return _tense(min(outside, key=lambda item: item[:2])[2]) if outside else None


# A participle of telling right before a bare day names the day of the telling: `signaling Wednesday that`,
# `saying Monday it would`, `warning Tuesday of`.
# Whom it was told may stand between (`telling state board members on Tuesday that ...`), never a modal or an
# infinitive, whose verb would date what is told (`saying it would end on Friday`), nor a limit's word (`a heat warning
# in place through Monday`: the noun's, up to the day).
_TELLING_ING = re.compile(
    r"(?<![\w’'])(?i:signall?ing|saying|telling|announcing|warning|indicating|suggesting|insisting|confirming|"
    r"acknowledging|arguing|noting|informing|assuring|reminding)\s+"
    r"(?:(?!(?i:will|would|could|can|may|might|shall|should|must|to|is|are|was|were|be|through|until|till|by|before|"
    r"after|since)\b)[\w’'-]+\s+){0,4}?"
    r"(?:(?i:on)\s+)?$"
)
_TELLING_ING_REACH = 60


def _own_clause_tense(text: str, groups: list[Marker], before: list[Marker], low: int, high: int, clause_end: int) -> Tense:
    """`will be smaller after violent storms in October stripped fruit`: a date in a clause of its own, opened by
    `after`, `when`... since the last verb group, takes the tense of that clause's verb right after it."""
    if not before or not _SUBORDINATOR.search(text, before[-1].end, low):
        return None
    following = next((group for group in groups if group.start >= high and group.end <= clause_end), None)
    if following is None or len(_WORD.findall(text, high, following.start)) > _OWN_CLAUSE_GAP_WORDS:
        return None
    return _tense(following)


# A condition after a modal, its verb in the past by English's rule for what is supposed: `could deepen if the advisory
# remained ...` (a past perfect, `would have ... if it had ...`, tells what did not happen, in the past).
_HYPOTHETICAL_IF = re.compile(r"(?<![\w’'])(?i:could|would|might)\s(?!(?i:have)\b)[^.;:]{0,80}?(?<![\w’'])(?i:if)\s(?![^,;:]*\bhad\b)[^,;:]{0,60}$")


# A relative or a participle's clause set off after the date: `, which ...`, `, who ...`, `, forcing buyers to ...`.
# (`according`, `including`, `following` lead no clause of their own: prepositions)
_RELATIVE_AFTER = re.compile(
    r",\s+(?:(?i:which|who|whose|where)|(?!(?:according|including|following|regarding|concerning|excluding|pending|during)\b)"
    r"[a-z]{3,}ing)\s")


# Words opening a clause of its own inside the date's clause: `... after violent storms in October stripped ...`.
_SUBORDINATOR = re.compile(r"(?<![\w’'])(?i:after|when|since|because|while|once|though|although|whereas)\s")
_OWN_CLAUSE_GAP_WORDS = 3


# Verbs of a state that lasts, in the present: `remain suspended`, `stays closed` (they schedule nothing).
_STATE_VERBS = frozenset({"remain", "remains", "stay", "stays", "continue", "continues", "is", "are"})


def _states(text: str, group: Marker) -> bool:
    """The verb group tells a present state (`remain suspended`), or no tense."""
    first_word = _WORD.match(text, group.start)
    return _tense(group) is None or bool(first_word) and first_word.group(0).casefold() in _STATE_VERBS


# An event named by a noun after `after` or `since`, its date right after it: `after a landslip near Glenbrae on`.
_AFTER_AN_EVENT = re.compile(
    r"(?<![\w’'])(?<!(?i:until) )(?<!(?i:till) )(?i:after|following|since)\s+(?i:a|an|the|his|her|its|their|last\s+week['’]s)\s+[\w’'-]+(?:\s+[\w’'-]+){0,5}\s+(?:(?i:on|late\s+on|early\s+on)\s+)?$"
)


def _ahead_of(text: str, before: list[Marker], start: int, low: int) -> bool:
    """`ahead of` and a noun phrase with no verb of its own up to the date."""
    found = None
    for found in _AHEAD_OF.finditer(text, start, low):
        pass  # the last one before the date governs it
    return found is not None and not any(group.start >= found.end() for group in before)


def _forward(text: str, before: list[Marker], clause_start: int, low: int) -> bool:
    """A deadline after a to-infinitive or a present verb, or a date something is put off to."""
    if before and before[-1].tense in ("present", "scheduled") and _LIMIT.search(text, max(before[-1].end, low - 12), low):
        return True
    if before and _TO_BEFORE.search(text, max(0, before[-1].start - 10), before[-1].start) and _DEADLINE.search(text, max(before[-1].end, low - _LIMIT_REACH), low):
        return True  # `every line to be replaced by January 15`: the verb group is the infinitive's
    return deadline(text, before[-1].end if before else clause_start, low) or _put_off(text, before, low)


# A clause of time opened by its conjunction, its verb in the present: `before the system moves offshore on
# Monday`, `once the new line opens in March`. English puts what lies ahead there in the present; a past verb
# in it (`before officials arrived on Monday`) tells the past, and reporting verbs (`says`) tell no time.
_TEMPORAL_CONJUNCTION = re.compile(r"(?<![\w’'])(?i:before|until|till|once|as soon as|by the time)\s+(?P<clause>[^,;:.]*)$")
_PRESENT_THIRD_PERSON = re.compile(r"(?<![\w’'])(?!(?i:says|tells|is|has|was|does|this|its|his|hers|ours|yours|theirs)\b)[a-z]{2,}[^s\W]s\b")
_PAST_IN_CLAUSE = re.compile(r"(?<![\w’'])(?i:was|were|had|did|[a-z]{2,}ed)\b")
_TEMPORAL_REACH = 60


def _in_temporal_clause_present(text: str, start: int, low: int) -> bool:
    found = _TEMPORAL_CONJUNCTION.search(text, start, low)
    if found is None:
        return False
    clause = found["clause"]
    words = clause.split()
    if words and words[0].lower().endswith("ing"):
        return False  # `before approving two cutblocks in October`: no clause of its own, the sentence's tense holds
    # the clause's subject first (`the system`, `the new line`), then its verb: a word in -s after the first word
    verb = _PRESENT_THIRD_PERSON.search(clause, len(words[0]) if words else 0) if len(words) >= 2 else None
    # (an irregular past names what is done: `before the exercises began on Monday`)
    irregular_past = any(word.lower().strip(",.") in PAST_WORDS for word in words[1:])
    return verb is not None and not _PAST_IN_CLAUSE.search(clause) and not irregular_past and len(words) <= 8


# (`through` as American English writes `until`: `has kept the warning in place through Monday`)
_UNTIL = re.compile(
    r"(?<![\w’'])(?i:until|till|through)\s+(?:\d{1,2}(?:[:.]\d\d)?\s*(?i:[ap]\.?m\.?)\s+)?(?:(?i:the)\s+)?$"
)
_UNTIL_OPENING = re.compile(r"(?i:until|till|through)\b")
_DAY_WORD = re.compile(r"(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tomorrow|tonight)")
_UNTIL_REACH = 24
# A decision taken and the act it decided, by infinitive: `voted 6-3 to shut`, `agreed on Monday to hold`.
_DECIDED_TO = re.compile(
    r"(?i:voted|agreed|decided|pledged|promised|vowed|resolved|planned|plans|plan|intends|intended|asked|ordered|urged|instructed)\b[^,;]{0,40}?\bto\s+[a-z]{3,}\b[^;.]{0,120}$"
)


def _is_perfect(text: str, group: Marker) -> bool:
    """The verb group is a present perfect: `has issued`, `have been postponed`."""
    first = _WORD.match(text, group.start)
    return bool(first) and first.group(0).casefold() in _PERFECT


def _future_then_participles(text: str, before: list[Marker]) -> bool:
    """A future verb group, then only bare participles: `plans to present samples taken during the
    cleanup at the meeting on Oct. 13`, `would be closed and pontoons installed by December 31`.
    A participle without an auxiliary describes a noun; it does not date the clause."""
    future = max((index for index, group in enumerate(before) if group.tense == "future"), default=None)
    if future is None:
        return False
    later = before[future + 1 :]
    return all(group.tense == "past" and _is_bare_participle(text, group) for group in later)


def _is_bare_participle(text: str, group: Marker) -> bool:
    """A participle-only form (`taken`, `written`) with no auxiliary before it. (An -ed word may
    as well be a finite past verb after its subject, `the board voted`: it is not counted.)"""
    word = text[group.start : group.end].lower()
    words_before = _WORD.findall(text, max(0, group.start - 20), group.start)
    return word in _PARTICIPLES_ONLY and (not words_before or words_before[-1].lower() not in _AUXILIARIES)


def _prospective(text: str, start: int, low: int) -> bool:
    """`a decision due by December 18`, `hires expected by June 30`, `no earlier than February 12`;
    not `was expected by March` (an expectation already past)."""
    found = _PROSPECTIVE.search(text, start, low)
    if found is not None and _PASSED_DEADLINE.search(text, max(0, found.start() - _PASSED_DEADLINE_REACH), found.end()):
        return False  # `six days after the constitutional deadline of Dec. 2`: a deadline already passed
    return found is not None and not _PAST_EXPECTATION.search(text, max(0, found.start() - 12), found.start())


# A deadline the story tells as passed: `after the constitutional deadline of`, `missed the deadline of`.
_PASSED_DEADLINE = re.compile(r"\b(?:after|past|missed|since|beyond|blew\s+through)\s+(?:the|a|its|their)\s+(?:[\w-]+\s+){0,2}"
                              r"deadline\s+(?:of|is)\s+$", re.I)
_PASSED_DEADLINE_REACH = 60


def _is_attribution(text: str, group: Marker) -> bool:
    """A reporting verb standing alone ("said", not "had said"): it dates the telling."""
    return text[group.start:group.end].lower() in REPORTING_VERBS


def verb_groups(text: str, markers: list[Marker]) -> list[Marker]:
    """The markers joined into verb groups, each a `Marker` spanning its group with the group's tense."""
    if len(markers) < 2:
        return markers
    groups: list[Marker] = []
    members: list[Marker] = []
    for marker in markers:
        if members and _joins(text, members[0], members[-1], marker):
            members.append(marker)
            continue
        if members:
            groups.append(_group(text, members))
        members = [marker]
    if members:
        groups.append(_group(text, members))
    return groups


def _joins(text: str, head: Marker, last: Marker, marker: Marker) -> bool:
    gap = _GROUP_GAP_AFTER_MODAL if head.tense == "future" else _GROUP_GAP
    found = gap.match(text, last.end, marker.start)
    return found is not None and found.end() == marker.start


def _group(text: str, members: list[Marker]) -> Marker:
    """Future when it starts with a prospective marker; present when it starts with a present
    form other than "has"/"have" ("is closed", "stays closed": a state now); else past when it
    holds a past form ("has asked", "was closed"); else present."""
    if len(members) == 1:
        return members[0]
    head = members[0]
    state = head.tense in ("present", "scheduled") and text[head.start:head.end].lower() not in _PERFECT
    past = head.tense != "future" and not state and any(member.tense == "past" for member in members)
    return Marker(head.start, members[-1].end, "past" if past else head.tense)


def deadline(text: str, start: int, low: int) -> bool:
    """Whether the date at `low` is a deadline ("by ...") after a to-infinitive that follows `start`."""
    if _DEADLINE.search(text, max(start, low - _LIMIT_REACH), low) is None:
        return False
    return _INFINITIVE.search(text, start, low) is not None


def _put_off(text: str, before: list[Marker], low: int) -> bool:
    """Whether the date at `low` is where the verb group nearest before it puts something off to."""
    return bool(before) and _PUT_OFF.search(text, before[-1].start, low) is not None


def _tense(marker: Marker) -> Tense:
    if marker.tense == "scheduled":
        return "future"
    return None if marker.tense == "present" else marker.tense  # type: ignore[return-value]

"""Judge a typed text against claims: covered, partial, missed or contradicted; misconceptions; keyword lists.

A cue is matched as a set of words in any order inside a window of the text (stems, synonyms, typos),
within one sentence. A claim with a subject counts only where its cue is bound to that subject: the
subject is named before it in the sentence (or just after it in the same clause, or the sentence
continues the previous one with "it", "this", ...). Contradiction: the cue bound to another subject,
an opposite cue or an antonym of a cue word bound to the claim's subject, or the cue negated.
"""

from __future__ import annotations

import math
import re
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from typing import Callable, Iterable, Mapping, Sequence

from rapidfuzz.distance import OSA

from offerloop.feedback import text as tx
from offerloop.feedback.lexicon import (ANTONYM_PAIRS, CLAUSE_WORDS, CHANGE_WORDS, COMMON_WORDS, CONTINUATIONS,
                                        CONTRAST_BEFORE, CONTRAST_PAIRS, DISAVOWALS, PREVENTION_WORDS, RELATION_WORDS,
                                        STOPWORDS, SWAP_PAIRS)

EASY, GOOD, HARD = 0.85, 0.60, 0.30
THRESHOLDS = {"easy": EASY, "good": GOOD, "hard": HARD}
MISCONCEPTION_CAP = round(GOOD - 0.01, 2)  # an asserted misconception keeps the score below "good"
CONTRADICTION_CAP = MISCONCEPTION_CAP  # so does a key point stated wrongly: a wrong claim is not "good"
KEYWORD_LIST_CAP = round(HARD - 0.01, 2)  # a bare list of terms stays below "hard" (issue 12, item 3)
KEYWORD_SHARE = 0.16  # a text with at most this share of function words and verbs is a keyword list
KEYWORD_LISTED_SHARE = 0.25  # ... or this share, when laid out as a list of short items
MISCONCEPTION_SLACK = 2  # words a misconception cue may have between its own words
KEYWORD_LIST_ADVICE = ("This reads as a list of terms: say what they do and how they relate "
                       "(what causes, reduces or means what), not only their names.")


# -- the public inputs ----------------------------------------------------------------------------
@dataclass(frozen=True)
class Claim:
    """One thing a good text says. With a subject (a key of `subjects`), it counts only said of that subject."""

    id: str
    point: str
    cues: Sequence[str]
    subject: str | None = None
    opposite: Sequence[str] = ()
    weight: float = 1.0

    def __post_init__(self) -> None:
        object.__setattr__(self, "cues", tuple(self.cues))
        object.__setattr__(self, "opposite", tuple(self.opposite))
        if self.weight <= 0:
            raise ValueError(f"claim {self.id!r} needs a positive weight")


@dataclass(frozen=True)
class Misconception:
    """A common wrong claim: cues that recognise it (`re:` for a regular expression) and its correction."""

    id: str
    claim: str
    cues: Sequence[str]
    correction: str
    subject: str | None = None
    example: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "cues", tuple(self.cues))


# -- the results ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class PointResult:
    id: str
    point: str
    status: str  # covered | partial | missed | contradicted
    evidence: str  # the answer's sentence that showed it ('' when missed)
    cue: str  # the cue (or opposite) that matched ('' when missed)
    correct: str = ""  # for contradicted: the reference sentence that states the claim correctly
    words: str = field(default="", compare=False, repr=False)  # the answer's matched words, for highlighting

    @property
    def credit(self) -> float:
        return {"covered": 1.0, "partial": 0.5, "contradicted": -1.0}.get(self.status, 0.0)

    def to_dict(self) -> dict:
        return {"id": self.id, "point": self.point, "status": self.status, "evidence": self.evidence,
                "cue": self.cue, "correct": self.correct}


@dataclass(frozen=True)
class MisconceptionHit:
    id: str
    claim: str
    correction: str
    evidence: str  # the answer's sentence that asserted it
    correct: str = ""  # the reference sentence closest to the correction

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Assessment:
    score: float
    rating: str | None
    points: list[PointResult]
    misconceptions: list[MisconceptionHit]
    keyword_list: bool

    @property
    def contradicted(self) -> list[PointResult]:
        return [p for p in self.points if p.status == "contradicted"]

    @property
    def missed(self) -> list[PointResult]:
        return [p for p in self.points if p.status in ("missed", "partial")]

    @property
    def covered(self) -> list[PointResult]:
        return [p for p in self.points if p.status == "covered"]

    def lines(self) -> list[tuple[str, str]]:
        """The feedback in the order to act on it: (kind, sentence), wrong first, then missing, then covered."""
        out: list[tuple[str, str]] = []
        for m in self.misconceptions:
            text = f"Wrong: {m.claim}. {m.correction}"
            if m.correct:
                text += f" The model answer: \u201c{m.correct}\u201d"
            out.append(("misconception", text))
        for p in self.contradicted:
            text = f"Wrong: you said \u201c{p.evidence}\u201d, but {p.point[:1].lower() + p.point[1:]}."
            if p.correct:
                text += f" The model answer: \u201c{p.correct}\u201d"
            out.append(("contradicted", text))
        if self.keyword_list:
            out.append(("keyword_list", KEYWORD_LIST_ADVICE))
        out += [("partial" if p.status == "partial" else "missed", f"Missing: {p.point}") for p in self.missed]
        out += [("covered", f"Covered: {p.point}") for p in self.covered]
        return out

    def to_dict(self) -> dict:
        return {"score": self.score, "rating": self.rating, "points": [p.to_dict() for p in self.points],
                "misconceptions": [m.to_dict() for m in self.misconceptions], "keyword_list": self.keyword_list}


def suggest_rating(score: float | None) -> str | None:
    if score is None:
        return None
    if score >= EASY:
        return "easy"
    if score >= GOOD:
        return "good"
    if score >= HARD:
        return "hard"
    return "again"


# -- typos ------------------------------------------------------------------------------------------
@lru_cache(maxsize=262144)
def close(a: str, b: str) -> bool:
    """Same word up to a typo: one edit for 4-7 letters, two from 8, same first letter, not numbers."""
    if a == b:
        return True
    shortest = min(len(a), len(b))
    if shortest < 4 or a[0] != b[0] or not (a.isalpha() and b.isalpha()):
        return False
    allowed = 1 if max(len(a), len(b)) < 8 else 2
    return OSA.distance(a, b, score_cutoff=allowed) <= allowed


@lru_cache(maxsize=65536)
def _in_question(word: str, question: frozenset[str]) -> bool:
    if word in question:
        return True
    return len(word) >= 4 and any(q[0] == word[0] and close(word, q) for q in question)


def question_stems(question: str) -> frozenset[str]:
    return frozenset(t.stem for t in tx.tokenize(question, synonyms=False))


# -- cues -------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Cue:
    text: str
    kind: str  # words | formula | regex
    tokens: tuple[tx.Token, ...] = ()
    formula: tuple[str, ...] = ()
    pattern: "re.Pattern[str] | None" = None


def compile_regex(cue: str) -> "re.Pattern[str]":
    """The pattern of a `re:` cue; ValueError with the reason when it does not compile."""
    try:
        return re.compile(cue[3:].strip())
    except re.error as exc:
        raise ValueError(f"the cue {cue!r} is not a valid regular expression ({exc})") from None


def _weak(word: str) -> bool:
    return word.isdigit() or len(word) == 1


@lru_cache(maxsize=32768)
def compile_cue(cue: str) -> Cue:
    if cue.startswith("re:"):
        return Cue(cue, "regex", pattern=compile_regex(cue))
    seen: dict[str, tx.Token] = {}
    for t in tx.tokenize(cue):
        seen.setdefault(t.key, t)  # the same word twice in a cue counts once
    tokens = tuple(seen.values())
    folded = tx.fold(cue)[0]
    if tx.FORMULA_CHARS.search(folded) or (tokens and all(_weak(t.stem) for t in tokens)):
        words = tx.scan(cue, synonyms=False).words
        formula = tuple(w for w, _ in tx.formula_words(words))
        if formula:
            return Cue(cue, "formula", tokens, formula)
    return Cue(cue, "words", tokens)


@lru_cache(maxsize=2)
def _antonyms(swaps: bool = True) -> dict[str, tuple[str, ...]]:
    """Stem -> the stems of its opposites (and, with swaps, of its counterparts)."""
    table: dict[str, set[str]] = {}
    for a, b in ANTONYM_PAIRS + (SWAP_PAIRS if swaps else ()):
        sa, sb = tx.stem(a), tx.stem(b)
        table.setdefault(sa, set()).add(sb)
        table.setdefault(sb, set()).add(sa)
    return {k: tuple(sorted(v)) for k, v in table.items()}


@lru_cache(maxsize=32768)
def antonym_variants(cue: str) -> tuple[tuple[str, tuple[tx.Token, ...]], ...]:
    """The cue with one word turned into its opposite, as (label, tokens); one flip only (two would agree)."""
    c = compile_cue(cue)
    if c.kind != "words":
        return ()
    table = _antonyms()
    out = []
    for i, t in enumerate(c.tokens):
        for opp in table.get(t.stem, ()):
            flipped = tx.Token(opp, 0, 0, tx.concepts_of_word(opp), t.negated)
            label = f"{cue} (opposite: {opp})"
            out.append((label, c.tokens[:i] + (flipped,) + c.tokens[i + 1:]))
    return tuple(out)


def required_words(n: int) -> int:
    """Words of an n-word cue that must be found: all up to 3, 3 of 4, else 60%."""
    if n <= 3:
        return n
    if n == 4:
        return 3
    return math.ceil(0.6 * n)


def window_for(n: int) -> int:
    return max(6, 3 * n)


@dataclass(frozen=True)
class Match:
    cue: str
    words: int  # content words in the cue
    found: int  # of them found together
    positions: tuple[int, ...] = ()  # token positions (or word positions for formulas and regexes)
    kind: str = "words"
    start: int = -1  # character span of the evidence in the answer
    end: int = -1

    @property
    def hit(self) -> bool:
        return self.words > 0 and self.found >= required_words(self.words)

    @property
    def full(self) -> bool:
        return self.words > 0 and self.found >= self.words

    @property
    def near(self) -> bool:
        return not self.hit and self.words >= 4 and self.found >= 2 and self.found * 2 >= self.words

    @property
    def rank(self) -> tuple:
        return (self.hit, self.near, self.found / self.words if self.words else 0)


NO_MATCH = Match("", 0, 0)


# -- the answer, indexed once ---------------------------------------------------------------------
class Index:
    """A text read once: tokens by stem and concept, subject mentions and what each word is bound to."""

    def __init__(self, text: str, subjects: Mapping[str, Sequence[str]] = {}, question: frozenset[str] = frozenset()):
        self.text = text or ""
        sc = tx.scan(self.text)
        self.scan = sc
        self.tokens = sc.tokens
        self.words = sc.words
        self.by_stem: dict[str, list[int]] = {}
        self.by_concept: dict[str, list[int]] = {}
        for pos, tok in enumerate(self.tokens):
            self.by_stem.setdefault(tok.stem, []).append(pos)
            for concept in tok.concepts:
                self.by_concept.setdefault(concept, []).append(pos)
        self.by_initial: dict[str, list[tuple[str, list[int]]]] = {}  # typos keep the first letter
        for s, where in self.by_stem.items():
            self.by_initial.setdefault(s[0], []).append((s, where))
        self.question = question
        self.echo = {pos for s, where in self.by_stem.items() if _in_question(s, question) for pos in where}
        self._formula: list[tuple[str, int]] | None = None
        self._normal: tuple[str, list[int]] | None = None
        self._positions: dict[tuple[str, frozenset[str]], list[int]] = {}
        self.subject_keys = tuple(subjects)
        self.alias_stems: frozenset[str] = frozenset()
        self.word_mention: list[str | None] = [None] * len(self.words)
        self.word_binding = self._bind(subjects) if subjects else [None] * len(self.words)
        self.binding = [self.word_binding[t.word] for t in self.tokens]
        # tokens that name a subject: they say what a claim is about, not what it says
        self.mentions = {p for p, t in enumerate(self.tokens) if self.word_mention[t.word] is not None}

    # which subject each word is said of
    def _bind(self, subjects: Mapping[str, Sequence[str]]) -> list[str | None]:
        words = self.words
        texts = [w.text for w in words]
        stems = [tx.stem(w) for w in texts]
        aliases, by_first, fuzzy_first = _aliases(tuple((k, tuple(v)) for k, v in subjects.items()))
        self.alias_stems = exact_words = frozenset(x for seq, _ in aliases for x in seq)
        mention: list[str | None] = [None] * len(words)  # subject named by the word
        contrast = [False] * len(words)

        def fuzzy_fits(seq: tuple[str, ...], got: list[str]) -> bool:
            # a typo in a long alias word, unless the word is another alias ("micro" is not "macro")
            return len(got) == len(seq) and all(
                a == b or (len(a) >= 6 and b not in exact_words and close(a, b)) for a, b in zip(seq, got))

        i = 0
        while i < len(words):
            stem = stems[i]
            found = next(((seq, key) for seq, key in by_first.get(stem, ())
                          if tuple(stems[i:i + len(seq)]) == seq), None)
            if found is None and len(stem) >= 5 and stem not in exact_words:
                found = next(((seq, key) for seq, key in fuzzy_first.get(stem[0], ())
                              if fuzzy_fits(seq, stems[i:i + len(seq)])), None)
            if found is None:
                i += 1
                continue
            seq, key = found
            prev = [j for j in range(max(0, i - 3), i) if words[j].sent == words[i].sent and texts[j] != "the"]
            before = texts[prev[-1]] if prev else ""
            pair = (texts[prev[-2]], before) if len(prev) >= 2 else ("", before)
            is_contrast = before in CONTRAST_BEFORE or pair in CONTRAST_PAIRS
            for j in range(i, i + len(seq)):
                mention[j] = key
                contrast[j] = is_contrast
            i += len(seq)
        self.word_mention = mention
        binding: list[str | None] = [None] * len(words)
        # per sentence: the last subject named before the word, else the first one named after it in the
        # same clause, else the one carried over from the previous sentence ("It ...", "This ...")
        i = 0
        last = None
        while i < len(words):
            j = i
            while j < len(words) and words[j].sent == words[i].sent:
                j += 1
            carried = last if texts[i] in CONTINUATIONS else None
            current: str | None = None
            for k in range(i, j):
                if mention[k] is not None:
                    binding[k] = mention[k]
                    if not contrast[k]:
                        current = mention[k]
                    continue
                if current is not None:
                    binding[k] = current
                    continue
                after = next((mention[m] for m in range(k + 1, j)
                              if words[m].clause == words[k].clause and mention[m] is not None and not contrast[m]),
                             None)
                binding[k] = after or carried
            if current is not None:
                last = current  # a sentence naming no subject keeps the last one for a following "it"
            i = j
        return binding

    # positions of a cue word
    def positions(self, cue: tx.Token) -> list[int]:
        key = (cue.stem, cue.concepts)
        found = self._positions.get(key)
        if found is None:
            hits: set[int] = set()
            for concept in cue.concepts:
                hits.update(self.by_concept.get(concept, ()))
            hits.update(self.by_stem.get(cue.stem, ()))
            if len(cue.stem) >= 4:
                for s, where in self.by_initial.get(cue.stem[0], ()):
                    if abs(len(s) - len(cue.stem)) <= 2 and close(cue.stem, s):
                        hits.update(where)
            found = sorted(hits)
            self._positions[key] = found
        return found

    @property
    def formula(self) -> list[tuple[str, int]]:
        if self._formula is None:
            self._formula = tx.formula_words(self.words)
        return self._formula

    @property
    def normal(self) -> tuple[str, list[int]]:
        """The folded text with runs of spaces made one, and the original index of each character."""
        if self._normal is None:
            chars, origin = [], []
            folded, fo = self.scan.folded, self.scan.origin
            space = False
            for ch, o in zip(folded, fo):
                if ch.isspace():
                    if not space and chars:
                        chars.append(" ")
                        origin.append(o)
                    space = True
                    continue
                space = False
                chars.append(ch)
                origin.append(o)
            self._normal = ("".join(chars), origin)
        return self._normal

    def sentence_of(self, char: int) -> str:
        for s, e in self.scan.sentences:
            if s <= char < e:
                return self.text[s:e].strip()
        return ""


@lru_cache(maxsize=512)
def _aliases(subjects: tuple[tuple[str, tuple[str, ...]], ...]):
    """Alias stem sequences (longest first), indexed by their first stem, and by first letter for typos."""
    aliases: list[tuple[tuple[str, ...], str]] = []
    for key, phrases in subjects:
        for phrase in list(phrases) + [key]:
            seq = tuple(tx.stem(w.text) for w in tx.scan(phrase, synonyms=False).words if w.text[0].isalnum())
            if seq:
                aliases.append((seq, key))
    aliases.sort(key=lambda a: -len(a[0]))
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    fuzzy_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for seq, key in aliases:
        by_first.setdefault(seq[0], []).append((seq, key))
        if len(seq[0]) >= 6:
            fuzzy_first.setdefault(seq[0][0], []).append((seq, key))
    return aliases, by_first, fuzzy_first


# -- matching ---------------------------------------------------------------------------------------
Filter = Callable[[int], bool]
POLARITY_EXACT, POLARITY_ANY = "exact", "any"


def _match_tokens(label: str, ctoks: Sequence[tx.Token], idx: Index, allow: Filter | None, *,
                  polarity: str = POLARITY_EXACT, unit: str = "sent", echo: bool = True,
                  slack: int | None = None) -> Match:
    """The most cue words found, in any order, inside one window of one sentence (or clause)."""
    skip: set[int] = set()
    if echo and idx.question:
        own = [t for t in ctoks if not _in_question(t.stem, idx.question)]
        if any(not _weak(t.stem) for t in own):
            ctoks, skip = own, idx.echo
    if idx.alias_stems:
        # a subject's name is not part of what is said about it: "generated" in "how the data is
        # generated" must not be matched by the subject "generative" itself
        own = [t for t in ctoks if t.stem not in idx.alias_stems]
        if own and len(own) < len(ctoks):
            ctoks = own
        if own:
            skip = skip | idx.mentions
    n = len(ctoks)
    if n == 0 or not idx.tokens:
        return Match(label, n, 0)
    tokens = idx.tokens
    events = []
    for ci, c in enumerate(ctoks):
        for pos in idx.positions(c):
            if pos in skip or (allow is not None and not allow(pos)):
                continue
            if polarity == POLARITY_EXACT and tokens[pos].negated != c.negated:
                continue
            events.append((pos, ci))
    if not events:
        return Match(label, n, 0)
    events.sort()
    width = window_for(n) if slack is None else n + slack
    counts = [0] * n
    distinct, left, best, best_span = 0, 0, 0, (events[0][0], events[0][0], 0)
    group = (lambda p: tokens[p].sent) if unit == "sent" else (lambda p: tokens[p].clause)
    for right in range(len(events)):
        pos, ci = events[right]
        g = group(pos)
        while left < right and (pos - events[left][0] >= width or group(events[left][0]) != g):
            lci = events[left][1]
            counts[lci] -= 1
            if counts[lci] == 0:
                distinct -= 1
            left += 1
        if counts[ci] == 0:
            distinct += 1
        counts[ci] += 1
        if distinct > best:
            # one word of the answer stands for one word of the cue ("raising" is not also "increases")
            found = _matching(events[left:right + 1])
            if found > best:
                best, best_span = found, (events[left][0], pos, left)
    first, last_pos, li = best_span
    # every matching word of that window (a synonym phrase's later words included)
    g = group(first)
    used = tuple(sorted({p for p, _ in events[li:] if first <= p < first + width and group(p) == g}))
    return Match(label, n, best, used, "words", tokens[first].start, tokens[used[-1]].end)


def _matching(events: Sequence[tuple[int, int]]) -> int:
    """How many cue words can each take a different answer word (a maximum bipartite matching)."""
    options: dict[int, list[int]] = {}
    for pos, ci in events:
        options.setdefault(ci, []).append(pos)
    if len({p for p, _ in events}) >= len(options) and all(len(v) == 1 for v in options.values()) \
            and len({v[0] for v in options.values()}) == len(options):
        return len(options)
    owner: dict[int, int] = {}

    def take(ci: int, seen: set[int]) -> bool:
        for pos in options[ci]:
            if pos in seen:
                continue
            seen.add(pos)
            if pos not in owner or take(owner[pos], seen):
                owner[pos] = ci
                return True
        return False

    return sum(1 for ci in options if take(ci, set()))


def _match_formula(c: Cue, idx: Index, allow_word: Filter | None) -> Match:
    want = c.formula
    k = len(want)
    seq = idx.formula
    if k == 0:
        return Match(c.text, 0, 0)
    for i in range(len(seq) - k + 1):
        if seq[i][0] == want[0] and all(seq[i + j][0] == want[j] for j in range(1, k)):
            word_ids = tuple(seq[i + j][1] for j in range(k))
            if allow_word is not None and not all(allow_word(w) for w in word_ids):
                continue
            words = idx.words
            return Match(c.text, k, k, word_ids, "formula", words[word_ids[0]].start, words[word_ids[-1]].end)
    return Match(c.text, k, 0, (), "formula")


def _match_regex(c: Cue, idx: Index, allow_word: Filter | None) -> Match:
    assert c.pattern is not None
    normal, origin = idx.normal
    for m in c.pattern.finditer(normal):
        if m.end() <= m.start():
            continue
        start, end = origin[m.start()], origin[m.end() - 1] + 1
        word_ids = tuple(i for i, w in enumerate(idx.words) if w.start < end and w.end > start)
        if allow_word is not None and word_ids and not any(allow_word(w) for w in word_ids):
            continue
        return Match(c.text, 1, 1, word_ids, "regex", start, end)
    return Match(c.text, 1, 0, (), "regex")


def _negated_words(idx: Index) -> set[int]:
    return {t.word for t in idx.tokens if t.negated}


def _word_allow(idx: Index, subject: str | None) -> Filter | None:
    if subject is None:
        return None
    binding = idx.word_binding
    return lambda w: binding[w] == subject


def _token_allow(idx: Index, subject: str | None) -> Filter | None:
    if subject is None:
        return None
    binding = idx.binding
    return lambda p: binding[p] == subject


def match(cue: str, idx: Index, subject: str | None = None, *, polarity: str = POLARITY_EXACT,
          unit: str = "sent", echo: bool = True) -> Match:
    """Match one cue in the text, said of `subject` when given."""
    c = compile_cue(cue)
    if c.kind == "regex":
        return _match_regex(c, idx, _word_allow(idx, subject))
    if c.kind == "formula":
        return _match_formula(c, idx, _word_allow(idx, subject))
    return _match_tokens(cue, c.tokens, idx, _token_allow(idx, subject), polarity=polarity, unit=unit, echo=echo)


def _is_negated(m: Match, idx: Index) -> bool:
    """Whether the words of a match were said under a negation (and the cue itself is not negative)."""
    if m.kind == "words":
        return any(idx.tokens[p].negated for p in m.positions)
    negated = _negated_words(idx)
    return any(w in negated for w in m.positions)


# A cue that already says "less" of something ("less calibrated", "poorly scaled") agrees with the thing
# denied ("not well calibrated"): its negation is no contradiction.
_DIMINISHERS = frozenset({"less", "fewer", "poorly", "worse", "badly", "barely", "hardly", "little"})


def _cue_diminishes(cue: str) -> bool:
    return CUE_DIMINISHERS and bool(_DIMINISHERS & set(re.findall(r"[a-z]+", cue.lower())))


CUE_DIMINISHERS = True


def _cue_has_negation(cue: str) -> bool:
    c = compile_cue(cue)
    return any(t.negated for t in c.tokens)


# -- judging one claim ------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Verdict:
    status: str
    match: Match


def judge_claim(claim: Claim, idx: Index) -> _Verdict:
    subject = claim.subject  # a subject missing from `subjects` is never named: the claim can only be missed
    best = NO_MATCH
    for cue in claim.cues:
        m = match(cue, idx, subject)  # words: polarity must agree with the cue's own
        if m.hit and m.kind in ("formula", "regex") and _is_negated(m, idx):
            continue
        if m.rank > best.rank:
            best = m
    # the key point's own sentence turned around ("quadratic" -> "linear") outweighs a cue found in it
    flipped = _point_reversed(claim, subject, idx) if POINT_REVERSAL else None
    if flipped is not None:
        return _Verdict("contradicted", flipped)
    if best.full:
        return _Verdict("covered", best)
    # a cue found only in part (a word missing) loses to a full statement of the opposite
    wrong = _contradiction(claim, subject, idx)
    if wrong is not None:
        return _Verdict("contradicted", wrong)
    if best.hit:
        return _Verdict("covered", best)
    if best.near:
        return _Verdict("partial", best)
    return _Verdict("missed", NO_MATCH)


POINT_REVERSAL = True
POINT_PARTS = False  # also reverse each part of a point between semicolons (more false alarms than finds)
POINT_SHARE = 0.8  # share of the key point's other words that must surround the reversed word


_POINT_PARTS = re.compile(r";|:\s|\.\s")
# a negated predicate ("do not need", "cannot extrapolate"), not a negated object ("..., not content")
_POINT_NEGATION = re.compile(r"\b(do|does|did|can|could|will|would|should|must|is|are|was|were)\s+not\b|"
                             r"n't\b|\bcannot\b|\bnever\b", re.I)


def _point_reversed(claim: Claim, subject: str | None, idx: Index) -> Match | None:
    """The key point (or one part of it, between semicolons) said the other way round in one sentence of
    the text: one word turned into its opposite, or a "does not" dropped, with most of its words around."""
    swapped = _point_swapped(claim, subject, idx)
    if swapped is not None:
        return swapped
    parts = [claim.point] + ([p for p in _POINT_PARTS.split(claim.point) if p.strip()] if POINT_PARTS else [])
    whole = compile_cue(claim.point)
    for part in dict.fromkeys(parts):
        m = _part_reversed(part, whole, claim.point, subject, idx)
        if m is not None:
            return m
    return None


def _point_swapped(claim: Claim, subject: str | None, idx: Index) -> Match | None:
    """A point that names both sides ("too large diverges, too small is slow") said with the sides
    swapped: each side's word now sits right before what the point says of the other side."""
    c = compile_cue(claim.point)
    toks = [t for t in c.tokens if not _weak(t.stem)]
    table = _antonyms(swaps=True)
    where = {t.stem: i for i, t in enumerate(toks)}
    allow = _token_allow(idx, subject)
    for i, a in enumerate(toks):
        for b_stem in table.get(a.stem, ()):
            j = where.get(b_stem)
            if j is None or j <= i or i + 1 >= len(toks) or j + 1 >= len(toks):
                continue
            # what the point says of each side: the first word after it that is not a common noun
            # ("early layers are general, later ones task-specific": "general" and "task")
            a_said = next((t for t in toks[i + 1:j] if t.stem not in _filler_stems()), toks[i + 1])
            b_said = next((t for t in toks[j + 1:] if t.stem not in _filler_stems()), toks[j + 1])
            if a_said.stem == b_said.stem or a_said.concepts & b_said.concepts or close(a_said.stem, b_said.stem):
                continue  # both sides are said to do the same thing ("global minimum", "local minima")
            first = _follows(idx, a.stem, b_said, allow)
            second = _follows(idx, b_stem, a_said, allow)
            if first is not None and second is not None and idx.tokens[first[0]].sent == idx.tokens[second[0]].sent:
                used = tuple(sorted(set(first + second)))
                return Match(f"{claim.point} (sides swapped)", 4, 4, used, "words",
                             idx.tokens[used[0]].start, idx.tokens[used[-1]].end)
    return _parts_swapped(claim, subject, idx) if PARTS_SWAP else None


PARTS_SWAP = True  # a point in two parts ("linear models benefit; trees are invariant") said with its sides swapped
PARTS_SWAP_WINDOW = 6  # content words between a part's first word and what the other part says of its own


def _parts_swapped(claim: Claim, subject: str | None, idx: Index) -> Match | None:
    """A key point of two parts between a semicolon, each "X ... says", said with what each part says
    moved to the other's first word in one sentence ("trees benefit, while linear models are invariant"
    for "linear models benefit; trees are invariant"). No antonym is needed: the swap is the evidence."""
    parts = [p for p in claim.point.split(";") if p.strip()]
    if len(parts) != 2:
        return None
    sides = []
    filler = _filler_stems()
    for part in parts:
        c = compile_cue(part)
        if c.kind != "words":
            return None
        toks = [t for t in c.tokens if not _weak(t.stem) and t.stem not in filler and t.stem not in idx.alias_stems]
        if len(toks) < 2:
            return None
        sides.append((toks[0], toks[-1]))
    (head_a, said_a), (head_b, said_b) = sides
    stems = {head_a.stem, said_a.stem, head_b.stem, said_b.stem}
    if len(stems) < 4 or said_a.concepts & said_b.concepts or head_a.concepts & head_b.concepts \
            or any(len(t.stem) <= 3 for t in (head_a, head_b)) or close(head_a.stem, head_b.stem) \
            or head_b.stem in _antonyms(swaps=True).get(head_a.stem, ()) \
            or any(t.stem in COMMON_WORDS_STEMS() for t in (said_a, said_b)):
        return None
    allow = _token_allow(idx, subject)
    first = _follows(idx, head_a.stem, said_b, allow, PARTS_SWAP_WINDOW, lists=True)
    second = _follows(idx, head_b.stem, said_a, allow, PARTS_SWAP_WINDOW, lists=True)
    if first is None or second is None or idx.tokens[first[0]].sent != idx.tokens[second[0]].sent:
        return None
    # what is said belongs to the word right before it: no other side's word in between ("servers and
    # keys sit on a ring" says nothing of servers alone)
    heads = {head_a.stem, head_b.stem}
    if any(idx.tokens[q].stem in heads for p, r in (first, second) for q in range(p + 1, r)):
        return None
    if any(idx.tokens[p].negated for p in first + second):
        return None
    used = tuple(sorted(set(first + second)))
    return Match(f"{claim.point} (parts swapped)", 4, 4, used, "words",
                 idx.tokens[used[0]].start, idx.tokens[used[-1]].end)


@lru_cache(maxsize=1)
def COMMON_WORDS_STEMS() -> frozenset[str]:
    from offerloop.feedback.lexicon import COMMON_WORDS

    return frozenset(tx.stem(w) for w in COMMON_WORDS)


def _follows(idx: Index, side: str, said: tx.Token, allow: Filter | None,
             window: int = 3, lists: bool = False) -> tuple[int, int] | None:
    """Positions of the word `side` followed within `window` words (same clause) by `said`, or None.
    `lists`: a comma may stand between them ("linear models, neural nets and kNN are invariant"), not a
    clause word such as "while" or "but"."""
    targets = set(idx.positions(said))
    for p in idx.by_stem.get(side, ()):
        if allow is not None and not allow(p):
            continue
        for q in range(p + 1, min(p + 1 + window, len(idx.tokens))):
            if lists and idx.tokens[q].sent == idx.tokens[p].sent:
                w0, w1 = idx.tokens[p].word, idx.tokens[q].word
                if any(idx.words[j].text in CLAUSE_WORDS and idx.words[j].text not in ("and", "or")
                       for j in range(w0 + 1, w1)):
                    break
            elif idx.tokens[q].clause != idx.tokens[p].clause:
                break
            if q in targets:
                return (p, q)
    return None


def _part_reversed(part: str, whole: Cue, point: str, subject: str | None, idx: Index) -> Match | None:
    c = compile_cue(part)
    if c.kind == "regex":
        return None
    # a point with a formula ("R^2 never decreases ...") is only reversed by dropping its opening negation:
    # its symbols read as words make antonym flips false alarms ("O(n d^2) ... for long sequences")
    formula = c.kind == "formula"
    # the question's words stay: here they say what the point is about ("bagging ...")
    toks = [t for t in c.tokens if t.stem not in idx.alias_stems]
    if len(toks) < 4:
        return None
    allow = _token_allow(idx, subject)
    need = max(3, math.ceil(POINT_SHARE * len(toks)))
    table = _antonyms(swaps=False)
    stems = {t.stem for t in whole.tokens}
    concepts = {x for t in whole.tokens for x in t.concepts}
    for i, t in enumerate(toks if not formula else ()):
        for opp in table.get(t.stem, ()):
            # a point that names both sides ("lowers bias and raises variance") cannot be reversed
            if opp in stems or tx.concepts_of_word(opp) & concepts:
                break
            # the opposite word itself (not a loose synonym or a typo), not turned around by the word
            # before it ("reduce complexity" is "simpler")
            where = [p for p in idx.by_stem.get(opp, ()) if not _after_change_word(idx, p)]
            if not where:
                continue
            flipped = tx.Token(opp, 0, 0, frozenset(), t.negated)
            variant = toks[:i] + [flipped] + toks[i + 1:]
            m = _match_tokens(f"{point} (opposite: {opp})", variant, idx, allow, echo=False)
            if m.found < need or not set(m.positions) & set(where):
                continue
            # the point's first word is usually what it is about: it must be said there too
            if i != 0 and not set(m.positions) & set(idx.positions(toks[0])):
                continue
            # the original word in the same sentence, or a second word reversed too, says it right after all
            others = {o for u in toks if u is not t for o in table.get(u.stem, ())}
            sentences = {idx.tokens[p].sent for p in m.positions}
            if any(idx.tokens[p].sent in sentences for p in idx.positions(t)):
                continue
            if any(idx.tokens[p].sent in sentences for o in others for p in idx.by_stem.get(o, ())):
                continue
            return m
    # "tree models do not need scaling" said as "tree models need scaling": only a plain "not" on the
    # point's predicate counts (its first word, what it is about, is not negated)
    if not formula and _POINT_NEGATION.search(part) and not toks[0].negated and any(t.negated for t in toks):
        plain = [tx.Token(t.stem, 0, 0, t.concepts, False) for t in toks]
        m = _match_tokens(f"{point} (said without its negation)", plain, idx, allow, echo=False)
        said = set(m.positions)
        negated = [t for t in plain if any(u.negated and u.stem == t.stem for u in toks)]
        if m.found >= max(need, len(toks) - 1) and said & set(idx.positions(toks[0])) \
                and all(said & set(idx.positions(t)) for t in negated) \
                and not any(idx.tokens[p].negated for p in said) and not _sentence_negates(m, idx):
            return m
    # a point that opens with its negation ("Never decreases with more features ...", "Does not solve
    # grouped data: ...") said plainly: its first clause, the negated word included, without a "not"
    if toks[0].negated and _POINT_NEGATION.search(part):
        head = [tx.Token(t.stem, 0, 0, t.concepts, False) for t in toks if t.clause == toks[0].clause]
        if len(head) >= 3:
            m = _match_tokens(f"{point} (said without its negation)", head, idx, allow, echo=False, unit="clause")
            said = set(m.positions)
            sentences = {idx.tokens[p].sent for p in said}
            avoided = any(w.sent in sentences and w.text in PREVENTION_WORDS for w in idx.words)  # "avoid tuning"
            if m.found >= max(3, len(head) - 1) and said & set(idx.positions(head[0])) and not avoided \
                    and not any(idx.tokens[p].negated for p in said) and not _sentence_negates(m, idx):
                return m
    return None


def _after_change_word(idx: Index, pos: int) -> bool:
    word = idx.tokens[pos].word
    return any(idx.words[j].text in CHANGE_WORDS for j in range(max(0, word - 3), word)
               if idx.words[j].sent == idx.words[word].sent)


def _sentence_negates(m: Match, idx: Index) -> bool:
    """Whether a negator appears in the clauses of a match (it may sit outside the three-word scope)."""
    clauses = {idx.tokens[p].clause for p in m.positions}
    from offerloop.feedback.lexicon import NEGATORS

    return any(w.clause in clauses and (w.text in NEGATORS or w.text == "t") for w in idx.words)


@lru_cache(maxsize=1)
def _filler_stems() -> frozenset[str]:
    return _common_stems() | {tx.stem(w) for w in ("one", "ones", "part", "parts", "kind", "kinds")}


@lru_cache(maxsize=1)
def _common_stems() -> frozenset[str]:
    return frozenset(tx.stem(w) for w in COMMON_WORDS)


def _specific(cue: Cue, idx: Index) -> bool:
    """Whether a cue says enough to contradict a claim: two words or more once the question's and the
    subjects' own words are left out, or one specific term ("sparse", "heteroscedasticity")."""
    if cue.kind != "words":
        return True
    toks = [t for t in cue.tokens if t.stem not in idx.alias_stems and not _in_question(t.stem, idx.question)]
    if len(toks) >= 2:
        return True
    return len(toks) == 1 and len(toks[0].stem) >= 4 and toks[0].stem not in _common_stems()


def _said_of_own(claim: Claim, subject: str | None, idx: Index) -> bool:
    """Whether a cue of the claim is said, all but one of its words at most, of the claim's own subject."""
    if subject is None:
        return False
    for cue in claim.cues:
        m = match(cue, idx, subject)
        if m.kind == "words" and m.words >= 2 and m.found >= max(2, m.words - 1):
            return True
    return False


@lru_cache(maxsize=8192)
def _preventive(point: str) -> bool:
    """Whether a key point says something is absent, avoided or prevented ("avoids retry waves",
    "prevents folds with no rare-class examples"): its cues said under a negation agree with it."""
    words = {w.text for w in tx.scan(point, synonyms=False).words}
    return bool(words & PREVENTION_WORDS) or any(t.negated for t in tx.tokenize(point, synonyms=False))


def _contradiction(claim: Claim, subject: str | None, idx: Index) -> Match | None:
    allow_tok = _token_allow(idx, subject)
    said_of_own = _said_of_own(claim, subject, idx)
    preventive = _preventive(claim.point)
    # (b) an opposite cue said of the subject (anywhere, for a claim without one)
    for cue in claim.opposite:
        m = match(cue, idx, subject)
        if m.hit and (m.kind == "words" or not _is_negated(m, idx)):
            return m
    for cue in claim.cues:
        c = compile_cue(cue)
        if not _specific(c, idx):
            continue
        relation = len(c.tokens) >= 2 or c.kind != "words"
        # (a) the cue said of another subject of the text, and not of the claim's own (said of both is
        # no swap: "content-based handles new items; collaborative filtering has a new-item problem")
        if subject is not None and not said_of_own:
            for other in idx.subject_keys:
                if other == subject:
                    continue
                m = match(cue, idx, other)
                if m.hit and not _is_negated(m, idx) and not _cue_has_negation(cue):
                    return m
        # (c) the cue negated where it is said, unless the point itself says what is absent or avoided
        # ("jitter avoids synchronised waves" is said as "clients do not retry in synchronised waves")
        if c.kind == "words" and (subject is not None or relation) and not _cue_has_negation(cue) \
                and not _cue_diminishes(cue) \
                and not preventive:
            m = _match_tokens(cue, c.tokens, idx, allow_tok, polarity=POLARITY_ANY, unit="clause")
            if m.full and any(idx.tokens[p].negated for p in m.positions):
                return m
        # (b) an antonym of a cue word, said of the subject, in one clause
        if c.kind == "words" and (subject is not None or relation):
            for label, toks in antonym_variants(cue):
                m = _match_tokens(label, toks, idx, allow_tok, unit="clause")
                if m.full:
                    return m
    return None


# -- misconceptions ---------------------------------------------------------------------------------
def asserted(mis: Misconception, idx: Index) -> Match | None:
    """The match that asserts the misconception (bound to its subject, not negated, in a sentence that
    does not call it wrong), or None."""
    for cue in mis.cues:
        c = compile_cue(cue)
        if c.kind == "words":
            # a wrong claim is recognised only when its words come close together, in one clause
            m = _match_tokens(cue, c.tokens, idx, _token_allow(idx, mis.subject), echo=False,
                              slack=MISCONCEPTION_SLACK, unit="clause")
            ok = m.full and not (COMPARISON_NEEDS_THAN and _compares(cue) and not _says_than(m, idx))
        else:
            m = match(cue, idx, mis.subject)
            ok = m.hit and not _is_negated(m, idx) and not (m.kind == "regex" and _joins_clauses(m, idx))
        if ok and not _disavowed(m, idx):
            return m
    return None


# A misconception cue that compares ("more than log loss") is said only with "than" in its clause: "log loss
# is more sensitive ..." has the cue's words, not its comparison.
COMPARISON_NEEDS_THAN = True


def _compares(cue: str) -> bool:
    return "than" in re.findall(r"[a-z]+", cue.lower())


def _says_than(m: Match, idx: Index) -> bool:
    clauses = {idx.tokens[p].clause for p in m.positions}
    return any(w.text == "than" and w.clause in clauses for w in idx.words)


# A regular expression that reaches over "but" / "while" / "and the" joins two claims ("misclassified examples get
# their weights increased and the correctly classified ones decreased" is no "increase ... correctly
# classified ones"): a wrong claim is said within one clause, as for word cues.
REGEX_WITHIN_CLAUSE = True
_JOINING_WORDS = frozenset({"but", "while", "whereas", "however", "although", "unlike"})
_NEW_SUBJECT = frozenset({"the", "a", "an", "its", "their", "this", "these", "those"})


def _joins_clauses(m: Match, idx: Index) -> bool:
    """Whether the matched words hold "but", "while", ... or "and" opening a new subject ("and the ...");
    "23 and 0", "precision and recall" and "and then" join parts of one claim."""
    if not REGEX_WITHIN_CLAUSE:
        return False
    inner = m.positions[1:-1]
    return any(idx.words[w].text in _JOINING_WORDS or (
        idx.words[w].text == "and" and w + 1 < len(idx.words) and idx.words[w + 1].text in _NEW_SUBJECT
        and not any(idx.words[j].text in ("between", "both") for j in range(max(0, w - 6), w)))  # "between X and the Y"
        for w in inner)


def _disavowed(m: Match, idx: Index) -> bool:
    """Whether the sentence of a match says the claim is wrong ("a common misreading is ...")."""
    if m.start < 0:
        return False
    sent = next((w.sent for w in idx.words if w.start <= m.start < w.end or w.start >= m.start), None)
    if sent is not None and any(w.sent == sent and w.text in DISAVOWALS for w in idx.words):
        return True
    return SET_AGAINST_BEFORE and _set_against(m, idx)


# "... costs two forward passes, instead of one pass per weight": a claim said right after "instead of",
# "rather than" or "as opposed to" is the alternative the sentence rejects, not what it asserts.
SET_AGAINST_BEFORE = True
_AGAINST = (("instead", "of"), ("rather", "than"), ("opposed", "to"))


def _set_against(m: Match, idx: Index) -> bool:
    first = next((i for i, w in enumerate(idx.words) if w.end > m.start), None)
    if first is None:
        return False
    before = [w.text for w in idx.words[max(0, first - 3):first] if w.sent == idx.words[first].sent]
    return any(tuple(before[i:i + 2]) in _AGAINST for i in range(len(before) - 1))


# -- keyword lists ----------------------------------------------------------------------------------
_LIST_WORD = re.compile(r"[a-z0-9]+(?:['+\-][a-z0-9+]+)*")


def keyword_share(idx: Index) -> tuple[int, float, bool]:
    """(words, share of function words and verbs, whether it is laid out as a list of short items)."""
    words = [w for w in _LIST_WORD.findall(idx.scan.folded) if w[0].isalpha()]
    n = len(words)
    relation = sum(1 for w in words if (w in RELATION_WORDS or w in STOPWORDS) and w not in ("and", "or"))
    # items between commas, semicolons, line breaks and bullets (a hyphen inside a word is not a break)
    segments = [_LIST_WORD.findall(s) for s in re.split(r"[,;\n\u2022\u00b7]+|\s[-*]\s|\.\s", idx.scan.folded)]
    segments = [s for s in segments if s]
    bare = [s for s in segments if len(s) <= 4 and not any(w in RELATION_WORDS for w in s)]
    listed = len(segments) >= 4 and len(bare) >= 0.75 * len(segments)
    return n, (relation / n if n else 0.0), listed


def is_keyword_list(idx: Index) -> bool:
    """Terms named without relations: few clauses, mostly nouns, hardly a verb or function word."""
    n, share, listed = keyword_share(idx)
    if n < 5:
        return False
    return (n >= 6 and share <= KEYWORD_SHARE) or (listed and share < KEYWORD_LISTED_SHARE)


# -- the reference ----------------------------------------------------------------------------------
@lru_cache(maxsize=256)
def _reference_index(reference: str, subjects: tuple[tuple[str, tuple[str, ...]], ...]) -> Index:
    return Index(reference, dict(subjects))


def _reference_sentence(claim_cues: Iterable[str], subject: str | None, ref: Index) -> str:
    best = NO_MATCH
    for cue in claim_cues:
        m = match(cue, ref, subject)
        if m.rank > best.rank:
            best = m
    if best.hit and best.start >= 0:
        return ref.sentence_of(best.start)
    return ""


def _closest_sentence(text: str, ref: Index) -> str:
    return _closest_in(text, ref.text, tuple(ref.scan.sentences))


@lru_cache(maxsize=4096)
def _closest_in(text: str, reference: str, sentences: tuple[tuple[int, int], ...]) -> str:
    """The sentence of the reference sharing the most words with text ('' when none shares enough)."""
    want = {t.stem for t in tx.tokenize(text, synonyms=False)}
    if not want:
        return ""
    best, best_score = "", 0.0
    for s, e in sentences:
        got = {t.stem for t in tx.tokenize(reference[s:e], synonyms=False)}
        score = len(want & got) / (len(want) ** 0.5 * max(1, len(got)) ** 0.5)
        if score > best_score:
            best, best_score = reference[s:e].strip(), score
    return best if best_score >= 0.25 else ""


# -- alignment to the reference ---------------------------------------------------------------------
ALIGNMENT = True  # wrong claims found by aligning the text's sentences to the model answer's (align.py)
ALIGN_OVER_COVERED = True  # such a flip contradicts a claim whose cue is also found
ALIGN_NEGATION = False


@lru_cache(maxsize=256)
def _located(reference: str, subjects: tuple, claims: tuple) -> list[dict[int, set[int]]]:
    from offerloop.feedback.align import claims_of_reference

    return claims_of_reference(_reference_index(reference, subjects), claims)


def _aligned(points: list[PointResult], claims: Sequence[Claim], idx: Index, ref: Index,
             subjects: tuple) -> list[PointResult]:
    from offerloop.feedback.align import contradicted_claims, flips

    found = flips(idx, ref, negation=ALIGN_NEGATION)
    out = list(points)
    if not found:
        return out
    located = _located(ref.text, subjects, tuple(claims))
    for f in found:
        for i in contradicted_claims(f, ref, located):
            p = out[i]
            if p.status == "contradicted" or (p.status == "covered" and not ALIGN_OVER_COVERED):
                continue
            tok = idx.tokens[f.positions[0]]
            evidence = idx.sentence_of(tok.start)
            correct = ref.sentence_of(ref.tokens[f.ref_positions[0]].start)
            out[i] = PointResult(p.id, p.point, "contradicted", evidence, f"{f.why}: {f.label}", correct,
                                 evidence)
    return out


MISCONCEPTION_ALIGNMENT = True  # a misconception's claim or example said in other words (align.py)
MISCONCEPTION_SHARE = 0.7


def _misconception_aligned(mis: Misconception, idx: Index, ref: Index | None) -> Match | None:
    from offerloop.feedback.align import misconception_said

    targets = [_point_index(t) for t in (mis.claim, mis.example) if t and t.strip()]
    s = misconception_said(idx, ref, targets, _point_index(mis.correction) if mis.correction else None,
                           mis.subject, threshold=MISCONCEPTION_SHARE)
    if s is None:
        return None
    toks = [t for t in idx.tokens if t.sent == s]
    return Match(f"{mis.claim} (said in other words)", 1, 1, (), "words", toks[0].start, toks[-1].end)


PARAPHRASE_CREDIT = True  # a missed claim whose reference sentence or point the text largely says
PARAPHRASE_PARTIAL = 0.25  # share of its content words said in one sentence for "partial"
PARAPHRASE_COVERED = 0.35  # ... and for "covered"


@lru_cache(maxsize=4096)
def _point_index(point: str) -> Index:
    return Index(point)


def _paraphrased(points: list[PointResult], claims: Sequence[Claim], idx: Index, ref: Index | None,
                 subjects: tuple) -> list[PointResult]:
    from offerloop.feedback.align import coverage

    located = _located(ref.text, subjects, tuple(claims)) if ref is not None else [{} for _ in claims]
    out = list(points)
    for i, p in enumerate(points):
        if p.status not in ("missed", "partial"):
            continue
        share = coverage(idx, ref if ref is not None else idx, sorted(located[i]) if ref is not None else [],
                         _point_index(p.point), claims[i].subject)
        status = "covered" if share >= PARAPHRASE_COVERED else "partial" if share >= PARAPHRASE_PARTIAL else p.status
        if status != p.status:
            out[i] = PointResult(p.id, p.point, status, p.evidence, p.cue or "said in other words", p.correct, p.words)
    return out


# -- the whole assessment ---------------------------------------------------------------------------
def assess(text: str, claims: Sequence[Claim], misconceptions: Sequence[Misconception] = (),
           subjects: Mapping[str, Sequence[str]] = {}, question: str = "", reference: str = "", *,
           paraphrase: bool = False, cues_only: bool = False) -> Assessment:
    """Judge text against claims and misconceptions (see the package docs for the rules).

    `paraphrase` lets a claim whose cues are missed count when one sentence of the text says most of the
    claim's reference sentence or point in other words (the theory cards use it; design write-ups, whose
    claims are sections to cover, do not). `cues_only` judges by the cues alone, without the passes that
    read the text against the reference and the misconceptions in other words: the content proofs use it,
    since a model answer always says its own sentences and an example its own misconception."""
    text = text or ""
    idx = Index(text, subjects, question_stems(question) if question else frozenset())
    typed = bool(idx.tokens) or bool(text.strip())
    frozen_subjects = tuple((k, tuple(v)) for k, v in subjects.items())
    ref = _reference_index(reference, frozen_subjects) if reference.strip() else None
    points: list[PointResult] = []
    for claim in claims:
        verdict = judge_claim(claim, idx) if typed else _Verdict("missed", NO_MATCH)
        m = verdict.match
        evidence = idx.sentence_of(m.start) if m.start >= 0 else ""
        words = text[m.start:m.end] if m.start >= 0 else ""
        correct = ""
        if verdict.status == "contradicted" and ref is not None:
            correct = _reference_sentence(claim.cues, claim.subject, ref) or _closest_sentence(claim.point, ref)
        points.append(PointResult(claim.id, claim.point, verdict.status, evidence,
                                  m.cue if verdict.status != "missed" else "", correct, words))
    if typed and ref is not None and ALIGNMENT and not cues_only:
        points = _aligned(points, claims, idx, ref, frozen_subjects)
    if typed and paraphrase and PARAPHRASE_CREDIT and not cues_only:
        points = _paraphrased(points, claims, idx, ref, frozen_subjects)
    hits: list[MisconceptionHit] = []
    if typed:
        for mis in misconceptions:
            m = asserted(mis, idx)
            if m is None and MISCONCEPTION_ALIGNMENT and not cues_only:
                m = _misconception_aligned(mis, idx, ref)
            if m is not None:
                correct = _closest_sentence(mis.correction, ref) if ref is not None else ""
                hits.append(MisconceptionHit(mis.id, mis.claim, mis.correction,
                                             idx.sentence_of(m.start) if m.start >= 0 else "", correct))
    keyword_list = typed and is_keyword_list(idx)
    total = sum(c.weight for c in claims)
    if not typed or total <= 0:
        return Assessment(0.0, None, points, hits, keyword_list)
    raw = sum(c.weight * p.credit for c, p in zip(claims, points)) / total
    score = min(1.0, max(0.0, raw))
    if hits:
        score = min(score, MISCONCEPTION_CAP)
    if any(p.status == "contradicted" for p in points):
        score = min(score, CONTRADICTION_CAP)
    if keyword_list:
        score = min(score, KEYWORD_LIST_CAP)
    score = round(score, 3)
    return Assessment(score, suggest_rating(score), points, hits, keyword_list)

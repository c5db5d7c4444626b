"""Text to tokens: folding, sentences and clauses, negation scope, stems and synonym concepts.

- case, accents and symbols: text is lowercased, accents dropped, Greek letters named;
- inflection: the Snowball English stemmer (snowballstemmer), after British -ise spellings are folded
  into -ize, plus a few fixed words it would split ("hypotheses" / "hypothesis");
- vocabulary: the synonym groups of `lexicon` tag words with concepts;
- negation: content words within three words after a negator, in the same clause, are negated;
- structure: every token knows its sentence and clause, so claims can be bound to what they are about.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer

from offerloop.feedback.lexicon import CLAUSE_WORDS, NEGATORS, NOT_NEGATING, STOPWORDS, SYNONYM_GROUPS

GREEK = {"α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "ε": "epsilon", "η": "eta", "θ": "theta",
         "λ": "lambda", "μ": "mu", "π": "pi", "ρ": "rho", "σ": "sigma", "τ": "tau", "φ": "phi", "ω": "omega",
         "∇": " gradient ", "∂": " partial ", "Σ": " sum ", "∑": " sum ", "√": " sqrt ", "²": " squared ",
         "×": " * ", "·": " * ", "−": "-", "–": " - ", "—": " - ", "’": "'", "‘": "'", "≈": " approx "}

NEGATION_SCOPE = 3  # content words after a negator that it covers, within the clause
SINGLE_LETTERS = "xyzkqvwbn"  # single letters that carry meaning in formulas ("x", "k folds")

# One Snowball stemmer per thread: a stemmer keeps the word it works on in its own fields, so two
# threads sharing one (a web process answers in a thread pool) corrupt each other's words, raise
# IndexError, or worse, return a wrong stem that the cache below would then keep.
_LOCAL = threading.local()


def _stemmer():
    stemmer = getattr(_LOCAL, "stemmer", None)
    if stemmer is None:
        stemmer = _LOCAL.stemmer = snowballstemmer.stemmer("english")
    return stemmer


_BRITISH = ((re.compile(r"(\w{3,})is(ation|ations|e|ed|es|ing|er|ers)$"), r"\1iz\2"),
            (re.compile(r"(\w{2,})ys(e|ed|es|ing)$"), r"\1yz\2"))
# Words Snowball splits from their family, or joins to the wrong one.
_FIXED = {"hypotheses": "hypothesi", "analyses": "analysi", "sparsity": "spars", "sparsely": "spars",
          "biases": "bias", "biased": "bias", "generative": "generat", "generalization": "generaliz",
          "generalize": "generaliz", "generalizes": "generaliz", "generalized": "generaliz",
          "generalizing": "generaliz", "general": "general", "news": "news", "lasso": "lasso",
          "data": "data", "datum": "data", "indices": "index", "matrices": "matrix", "vertices": "vertex",
          "variance": "varianc", "variances": "varianc", "better": "better", "worse": "wors",
          "denser": "dens", "densest": "dens", "sparser": "spars", "sparsest": "spars"}


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The stem of one lowercase word; short words and numbers are left alone."""
    if len(word) <= 2 or not word.isalpha():
        return word
    fixed = _FIXED.get(word)
    if fixed is not None:
        return fixed
    for pattern, repl in _BRITISH:
        word = pattern.sub(repl, word)
    fixed = _FIXED.get(word)
    return fixed if fixed is not None else _stemmer().stemWord(word)


def fold(text: str) -> tuple[str, list[int]]:
    """Lowercase ASCII text plus, for each of its characters, the index it came from in text."""
    if text.isascii():
        return text.lower(), list(range(len(text)))
    chars: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        if ch in GREEK:
            piece = GREEK[ch] if len(GREEK[ch]) == 1 else f" {GREEK[ch].strip()} "
        elif ord(ch) > 127:
            piece = unicodedata.normalize("NFKD", ch)[:1].lower()[:1]
            if ord(piece or " ") > 127:
                piece = " "
        else:
            piece = ch.lower()
        chars.append(piece)
        origin.extend([i] * len(piece))
    return "".join(chars), origin


@dataclass(frozen=True, slots=True)
class Token:
    stem: str
    start: int  # character span in the original text
    end: int
    concepts: frozenset[str] = frozenset()
    negated: bool = False  # said under a negation ("does not overfit")
    sent: int = 0  # sentence number
    clause: int = 0  # clause number (global, increasing)
    word: int = 0  # index of the word in Words.items

    @property
    def key(self) -> str:
        return "~" + self.stem if self.negated else self.stem


@dataclass(frozen=True, slots=True)
class Word:
    """Every word and formula symbol of the text, stopwords included."""

    text: str
    start: int
    end: int
    sent: int
    clause: int


# Words and the formula symbols that carry meaning when said aloud.
_LEXEME = re.compile(r"[a-z0-9]+|[|/+*=^]")
_SENTENCE_END = re.compile(r"[.!?;]+(?=\s|$)|\n+|;")
_CLAUSE_MARK = re.compile(r"[,:()\[\]{}\"]|\s-\s")
_ABBREVIATIONS = frozenset({"e", "g", "i", "eg", "ie", "etc", "vs", "approx", "cf", "al", "fig", "dr", "mr"})


def _sentence_breaks(folded: str) -> list[int]:
    """Character offsets where a new sentence starts."""
    breaks = []
    for m in _SENTENCE_END.finditer(folded):
        if m.group().startswith("."):
            before = re.search(r"([a-z0-9]+)\.?$", folded[:m.start()])
            if before and before.group(1) in _ABBREVIATIONS:
                continue
            # letters joined by dots ("i.i.d.", "u.s.") are one abbreviation, not a sentence end
            if re.search(r"(?:^|[^a-z0-9.])(?:[a-z]\.){1,}[a-z]$", folded[:m.start()]):
                continue
        breaks.append(m.end())
    return breaks


@dataclass
class Scan:
    """A text read once: its words (with sentence and clause numbers) and its content tokens."""

    text: str
    folded: str
    origin: list[int]
    words: list[Word]
    tokens: list[Token]
    sentences: list[tuple[int, int]]  # character spans (in text) of each sentence


def scan(text: str, *, synonyms: bool = True) -> Scan:
    text = text or ""
    folded, origin = fold(text)
    breaks = _sentence_breaks(folded)
    words: list[Word] = []
    tokens: list[Token] = []
    sent, clause, b = 0, 0, 0
    scope, previous, last_end = 0, "", 0
    sentence_starts = [0]
    for m in _LEXEME.finditer(folded):
        new_sentence = False
        while b < len(breaks) and breaks[b] <= m.start():
            b += 1
            new_sentence = True
        word = m.group()
        if new_sentence and words:
            sent += 1
            clause += 1
            scope = 0
            sentence_starts.append(m.start())
        elif words and (_CLAUSE_MARK.search(folded, last_end, m.start()) or word in CLAUSE_WORDS):
            clause += 1
            scope = 0
        last_end = m.end()
        start, end = origin[m.start()], origin[m.end() - 1] + 1
        words.append(Word(word, start, end, sent, clause))
        if not word[0].isalnum():
            continue
        negator = word in NEGATORS or (word == "t" and previous.endswith("n"))  # isn't, doesn't, can't
        previous = word
        if negator:
            scope = NEGATION_SCOPE
            continue
        if scope == NEGATION_SCOPE and word in NOT_NEGATING:
            scope = 0
            continue
        if word in STOPWORDS or (len(word) == 1 and not word.isdigit() and word not in SINGLE_LETTERS):
            continue
        tokens.append(Token(stem(word), start, end, negated=scope > 0, sent=sent, clause=clause,
                            word=len(words) - 1))
        scope = max(0, scope - 1)
    spans = []
    for i, s in enumerate(sentence_starts):
        e = sentence_starts[i + 1] if i + 1 < len(sentence_starts) else len(folded)
        spans.append((origin[s] if s < len(origin) else len(text), origin[e - 1] + 1 if 0 < e <= len(origin) else len(text)))
    if synonyms:
        tokens = annotate(tokens)
    return Scan(text, folded, origin, words, tokens, spans)


def tokenize(text: str, *, synonyms: bool = True) -> list[Token]:
    """Content words of text as stems with their character spans (stopwords dropped)."""
    return scan(text, synonyms=synonyms).tokens


@lru_cache(maxsize=16384)
def phrase_stems(phrase: str) -> tuple[str, ...]:
    return tuple(t.key for t in scan(phrase, synonyms=False).tokens)


@lru_cache(maxsize=1)
def _phrase_index() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for number, group in enumerate(SYNONYM_GROUPS):
        concept = f"#{number}"
        for phrase in group:
            stems = phrase_stems(phrase)
            if stems and stems not in _collapsed_phrases():
                index.setdefault(stems[0], []).append((stems, concept))
    return index


@lru_cache(maxsize=1)
def _collapsed_phrases() -> frozenset[tuple[str, ...]]:
    """Stems of phrases of several words that another group's different phrase shares once stopwords and
    endings fall away ("left and right" ~ bidirectional, "left to right" ~ causal; "u-shaped", "s-shaped"):
    read as one, they would make opposites synonyms, so neither is a synonym."""
    sources: dict[tuple[str, ...], set[tuple[int, str]]] = {}
    for number, group in enumerate(SYNONYM_GROUPS):
        for phrase in group:
            words = " ".join(stem(w) for w in re.findall(r"[a-z0-9]+", phrase.lower()))  # stopwords kept
            if len(words.split()) >= 2 and phrase_stems(phrase):
                sources.setdefault(phrase_stems(phrase), set()).add((number, words))
    return frozenset(stems for stems, found in sources.items()
                     if len({n for n, _ in found}) > 1 and len({w for _, w in found}) > 1)


def annotate(tokens: list[Token]) -> list[Token]:
    """Tag words with the concepts of the synonym phrases they are part of (a phrase stays in its sentence)."""
    index = _phrase_index()
    extra: list[set[str]] | None = None
    for i, tok in enumerate(tokens):
        for stems, concept in index.get(tok.key, ()):
            n = len(stems)
            if n == 1 or (tuple(t.key for t in tokens[i:i + n]) == stems and tokens[i + n - 1].sent == tok.sent):
                if extra is None:
                    extra = [set() for _ in tokens]
                for j in range(i, i + n):
                    extra[j].add(concept)
    if extra is None:
        return tokens
    return [Token(t.stem, t.start, t.end, frozenset(e), t.negated, t.sent, t.clause, t.word) if e else t
            for t, e in zip(tokens, extra)]


@lru_cache(maxsize=4096)
def concepts_of_word(word_stem: str) -> frozenset[str]:
    """The concepts a single stemmed word carries on its own."""
    return frozenset(c for stems, c in _phrase_index().get(word_stem, ()) if len(stems) == 1)


# -- formulas said aloud ----------------------------------------------------------------------------
_SYMBOL_WORDS = {"|": "given", "/": "over", "+": "plus", "*": "times", "=": "equals", "^": "power"}
_FORMULA_DROP = frozenset({"of", "the", "a", "an", "minus", "is", "by", "to", "on", "sum"})
_FORMULA_PHRASES = (  # said aloud -> written; longest first
    (("square", "root", "of"), "sqrt"), (("square", "root"), "sqrt"), (("sqrt", "of"), "sqrt"),
    (("root",), "sqrt"), (("divided", "by"), "over"), (("conditioned", "on"), "given"),
    (("conditional", "on"), "given"), (("power", "2"), "squared"), (("power", "of", "2"), "squared"),
    (("probability",), "p"), (("prob",), "p"), (("the", "probability"), "p"), (("and",), "plus"),
)


def formula_words(words: list[Word]) -> list[tuple[str, int]]:
    """Words of a text in their written formula form, each with its index in `words`.

    "p of y given x", "P(y|x)" and "P(y given X)" all become p y given x; "root n", "square root of n"
    and "sqrt(n)" become sqrt n; "TP over TP plus FP" and "TP / (TP + FP)" become tp over tp plus fp.
    """
    out: list[tuple[str, int]] = []
    i, n = 0, len(words)
    while i < n:
        for phrase, repl in _FORMULA_PHRASES:
            k = len(phrase)
            if tuple(w.text for w in words[i:i + k]) == phrase:
                out.append((repl, i))
                i += k
                break
        else:
            w = words[i].text
            w = _SYMBOL_WORDS.get(w, w)
            if w not in _FORMULA_DROP:
                out.append((w, i))
            i += 1
    # "squared" written as a power after a symbol: x^2 -> x power 2 -> x squared
    merged: list[tuple[str, int]] = []
    for w, idx in out:
        if w == "2" and merged and merged[-1][0] == "power":
            merged[-1] = ("squared", merged[-1][1])
        else:
            merged.append((w, idx))
    return merged


FORMULA_CHARS = re.compile(r"[|/+*=^()√²]")

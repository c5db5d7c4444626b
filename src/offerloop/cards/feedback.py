"""Feedback on a typed answer: which key points it covered, which it missed, a score and a rating.

Matching is meant to survive the ways people really answer out loud:
- case and punctuation: text is lowercased, accents and symbols dropped, Greek letters named;
- inflection: every word goes through a small Porter-style suffix stemmer (and British -ise
  spellings are folded into -ize first), so "regularising", "regularized" and "regularization" meet;
- vocabulary: a synonym table of ML terms ("step size" ~ "learning rate", "overfit" ~ "high variance");
- typos: words of 4+ letters match within one edit (two from 8 letters; transpositions count once);
- word order: a cue is matched as a set of words inside a window of the answer, in any order, and
  a cue of three or more words may miss one word (paraphrase drops words);
- echoing the question earns nothing: words of the question match only cues made of nothing else.

Score: each key point earns 1 when one of its cues is matched, 0.5 when a long cue is half
matched (a near miss), else 0; the score is the mean over key points.
Suggested rating from the score: >= 0.85 easy, >= 0.60 good, >= 0.30 hard, below that again.
- negation: words within three content words after "not", "no", "never", "without", "-n't" (in the
  same clause) are marked negated, and match only negated cue words: "L1 does not give sparse
  weights" does not cover "sparse weights", and "it is not the probability" covers that cue.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Sequence

from rapidfuzz.distance import OSA

EASY, GOOD, HARD = 0.85, 0.60, 0.30
THRESHOLDS = {"easy": EASY, "good": GOOD, "hard": HARD}

GREEK = {"α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "ε": "epsilon", "η": "eta", "θ": "theta",
         "λ": "lambda", "μ": "mu", "π": "pi", "ρ": "rho", "σ": "sigma", "τ": "tau", "φ": "phi", "ω": "omega",
         "∇": " gradient ", "∂": " partial ", "Σ": " sum ", "∑": " sum ", "√": " sqrt "}

STOPWORDS = frozenset("""
a an the of to in on for by with at from as into onto about via per than then so such
is are was were be been being am it its it's this that these those there here
and or but if while because since though although whereas
which who whom whose what when where how why
i we you they he she them us our your their my me his her
do does did doing done have has had having can could would should will shall may might must
just also very really quite rather basically actually simply
e g eg ie etc i.e e.g
not no nor without
isn aren wasn weren doesn don didn won wouldn shouldn couldn hasn haven hadn
one's
""".split())


# ---------------------------------------------------------------------------------------------
# A light Porter-style stemmer, written for this module.
def _is_cons(word: str, i: int) -> bool:
    ch = word[i]
    if ch in "aeiou":
        return False
    if ch == "y":
        return i == 0 or not _is_cons(word, i - 1)
    return True


def _measure(stem: str) -> int:
    """How many vowel-consonant sequences the stem has (Porter's m)."""
    m, prev_vowel = 0, False
    for i in range(len(stem)):
        cons = _is_cons(stem, i)
        if cons and prev_vowel:
            m += 1
        prev_vowel = not cons
    return m


def _has_vowel(stem: str) -> bool:
    return any(not _is_cons(stem, i) for i in range(len(stem)))


def _double_cons(word: str) -> bool:
    return len(word) >= 2 and word[-1] == word[-2] and _is_cons(word, len(word) - 1)


def _cvc(word: str) -> bool:
    if len(word) < 3:
        return False
    n = len(word)
    return (_is_cons(word, n - 3) and not _is_cons(word, n - 2) and _is_cons(word, n - 1)
            and word[-1] not in "wxy")


_STEP2 = (("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"),
          ("abli", "able"), ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"),
          ("ization", "ize"), ("ation", "ate"), ("ator", "ate"), ("alism", "al"), ("iveness", "ive"),
          ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"), ("iviti", "ive"), ("biliti", "ble"))
_STEP3 = (("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""),
          ("ness", ""))
_STEP4 = ("al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou",
          "ism", "ate", "iti", "ous", "ive", "ize")
_BRITISH = ((re.compile(r"(\w{3,})is(ation|ations|e|ed|es|ing|er|ers)$"), r"\1iz\2"),
            (re.compile(r"(\w{2,})ys(e|ed|es|ing)$"), r"\1yz\2"))


# Words plain suffix stripping gets wrong: "bias" is not a plural, "generative" is not "general".
_FIXED = (("biase", "bias"), ("bias", "bias"), ("generaliz", "generaliz"), ("generalis", "generaliz"),
          ("generat", "generat"), ("news", "news"), ("lasso", "lasso"), ("cosine", "cosin"))


def _replace(word: str, suffixes: Iterable[tuple[str, str]], min_m: int) -> str:
    for suffix, repl in suffixes:
        if word.endswith(suffix):
            stem = word[: -len(suffix)]
            return stem + repl if _measure(stem) > min_m else word
    return word


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The stem of one lowercase word; short words and numbers are left alone."""
    if len(word) <= 2 or not word.isalpha():
        return word
    for prefix, fixed in _FIXED:
        if word.startswith(prefix):
            return fixed
    for pattern, repl in _BRITISH:
        word = pattern.sub(repl, word)
    # 1a: plurals
    if word.endswith("sses"):
        word = word[:-2]
    elif word.endswith("ies"):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    # 1b: -ed / -ing
    if word.endswith("eed"):
        if _measure(word[:-3]) > 0:
            word = word[:-1]
    else:
        for suffix in ("ed", "ing"):
            if word.endswith(suffix) and _has_vowel(word[: -len(suffix)]):
                word = word[: -len(suffix)]
                if word.endswith(("at", "bl", "iz")):
                    word += "e"
                elif _double_cons(word) and word[-1] not in "lsz":
                    word = word[:-1]
                elif _measure(word) == 1 and _cvc(word):
                    word += "e"
                break
    # 1c: y -> i
    if word.endswith("y") and _has_vowel(word[:-1]):
        word = word[:-1] + "i"
    word = _replace(word, _STEP2, 0)
    word = _replace(word, _STEP3, 0)
    for suffix in _STEP4:
        if word.endswith(suffix):
            base = word[: -len(suffix)]
            if _measure(base) > 1 and (suffix != "ion" or base.endswith(("s", "t"))):
                word = base
            break
    # 5: final e, double l
    if word.endswith("e"):
        base = word[:-1]
        if _measure(base) > 1 or (_measure(base) == 1 and not _cvc(base)):
            word = base
    if word.endswith("ll") and _measure(word) > 1:
        word = word[:-1]
    return word


# ---------------------------------------------------------------------------------------------
# Tokens
@dataclass(frozen=True)
class Token:
    stem: str
    start: int  # character span in the original text, for showing evidence
    end: int
    concepts: frozenset[str] = frozenset()
    negated: bool = False  # said under a negation ("does not overfit"): matches only negated cue words

    @property
    def key(self) -> str:
        return "~" + self.stem if self.negated else self.stem


NEGATORS = frozenset({"not", "no", "never", "without", "nor", "cannot", "neither"})
NOT_NEGATING = frozenset({"only", "just", "merely", "matter"})  # "not only X but also Y" negates nothing
CLAUSE_WORDS = frozenset({"but", "however", "although", "though", "whereas", "while", "yet", "instead", "rather"})
NEGATION_SCOPE = 3  # content words after a negator that it covers, within the clause
_CLAUSE_BREAK = re.compile(r"[.,;:!?()\[\]]")


def _fold(text: str) -> tuple[str, list[int]]:
    """Lowercase ASCII text plus, for each of its characters, the index it came from in text."""
    if text.isascii():
        return text.lower(), list(range(len(text)))
    chars: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        if ch in GREEK:
            piece = f" {GREEK[ch].strip()} "
        elif ord(ch) > 127:
            piece = unicodedata.normalize("NFKD", ch)[:1].lower()[:1]
        else:
            piece = ch.lower()
        chars.append(piece)
        origin.extend([i] * len(piece))
    return "".join(chars), origin


_WORD = re.compile(r"[a-z0-9]+")


def tokenize(text: str, *, synonyms: bool = True) -> list[Token]:
    """Content words of text as stems with their character spans (stopwords dropped)."""
    folded, origin = _fold(text or "")
    tokens = []
    scope, previous, last_end = 0, "", 0
    for m in _WORD.finditer(folded):
        word = m.group()
        if _CLAUSE_BREAK.search(folded, last_end, m.start()) or word in CLAUSE_WORDS:
            scope = 0
        last_end = m.end()
        negator = word in NEGATORS or (word == "t" and previous.endswith("n"))  # isn't, doesn't, can't
        previous = word
        if negator:
            scope = NEGATION_SCOPE
            continue
        if scope == NEGATION_SCOPE and word in NOT_NEGATING:
            scope = 0
            continue
        if word in STOPWORDS or (len(word) == 1 and not word.isdigit() and word not in "xyzkqvwbn"):
            continue
        tokens.append(Token(stem(word), origin[m.start()], origin[m.end() - 1] + 1, negated=scope > 0))
        scope = max(0, scope - 1)
    return annotate(tokens) if synonyms else tokens


# ---------------------------------------------------------------------------------------------
# ML vocabulary: each group lists phrasings of one idea. A phrase found in a text tags its words
# with the group's concept, and words sharing a concept match each other.
SYNONYM_GROUPS: tuple[tuple[str, ...], ...] = (
    ("learning rate", "step size", "eta", "lr"),
    ("overfit", "overfitting", "over fit", "high variance", "memorize the training data", "memorise noise",
     "fits the noise", "fail to generalize"),
    ("underfit", "underfitting", "under fit", "high bias", "too simple"),
    ("regularization", "penalty", "penalize", "penalise", "shrinkage", "shrink"),
    ("l1", "lasso", "l1 norm", "absolute value", "absolute values", "manhattan"),
    ("l2", "ridge", "l2 norm", "squared magnitude", "squared weights", "weight decay", "tikhonov", "euclidean"),
    ("sparse", "sparsity", "exactly zero", "zero weights", "zeroes out", "feature selection"),
    ("gradient", "derivative", "slope", "partial derivatives"),
    ("minimum", "minima", "minimize", "minimise", "optimum", "lowest point"),
    ("loss", "cost", "objective", "error function", "loss function", "cost function"),
    ("converge", "convergence", "settle"),
    ("sgd", "stochastic gradient descent"),
    ("minibatch", "mini batch", "mini-batch", "small batch", "batch of examples"),
    ("epoch", "full pass", "pass over the data"),
    ("momentum", "velocity", "moving average of gradients"),
    ("adam", "adaptive learning rate", "adaptive moment"),
    ("hyperparameter", "hyper parameter", "hyperparameters", "knob"),
    ("parameter", "weight", "weights", "coefficient", "coefficients"),
    ("feature", "features", "predictor", "input variable", "covariate", "attribute"),
    ("label", "target", "ground truth", "outcome"),
    ("example", "sample", "observation", "data point", "instance", "row"),
    ("dataset", "data set"),
    ("training set", "train set", "training data", "train data"),
    ("validation set", "validation data", "dev set", "held out set", "held-out", "holdout"),
    ("test set", "test data", "unseen data", "new data"),
    ("generalize", "generalise", "generalization", "unseen data", "new data"),
    ("cross validation", "cross-validation", "k fold", "k-fold", "cv"),
    ("fold", "folds", "split", "partition", "subset", "chunk"),
    ("false positive", "type i error", "false alarm", "fp"),
    ("false negative", "type ii error", "miss", "missed positive", "fn"),
    ("true positive", "tp", "hit"),
    ("recall", "sensitivity", "true positive rate", "tpr", "hit rate"),
    ("precision", "positive predictive value", "ppv"),
    ("specificity", "true negative rate", "tnr"),
    ("f1", "f1 score", "f score", "harmonic mean"),
    ("auc", "area under the curve", "roc auc", "auroc"),
    ("pr auc", "average precision", "precision recall curve", "auprc"),
    ("threshold", "cutoff", "cut off", "decision threshold", "operating point"),
    ("accuracy", "share of correct predictions", "fraction correct"),
    ("imbalance", "imbalanced", "skewed", "unbalanced", "rare class", "class imbalance"),
    ("minority class", "rare class", "positive class", "minority"),
    ("majority class", "common class", "majority", "dominant class"),
    ("oversample", "oversampling", "upsample", "upsampling", "duplicate minority", "smote"),
    ("undersample", "undersampling", "downsample", "downsampling"),
    ("class weight", "class weights", "weighted loss", "cost sensitive", "cost-sensitive", "reweight"),
    ("null hypothesis", "h0", "no effect", "no difference"),
    ("p value", "p-value", "pvalue"),
    ("significance level", "alpha", "significance threshold"),
    ("probability", "chance", "likelihood of seeing"),
    ("extreme", "at least as extreme", "as or more extreme"),
    ("query", "queries", "q"),
    ("key", "keys", "k"),
    ("value", "values", "v"),
    ("dot product", "inner product", "scalar product", "dot products"),
    ("softmax", "normalized exponential", "normalise into probabilities", "normalize into probabilities"),
    ("scale", "scaled", "scaling", "divide by square root", "sqrt dk", "square root of d"),
    ("weighted sum", "weighted average", "weighted combination", "convex combination"),
    ("attention", "self attention", "self-attention", "attend"),
    ("multi head", "multi-head", "multihead", "several heads", "multiple heads"),
    ("n gram", "ngram", "n-gram", "word sequences", "bigram", "unigram"),
    ("overlap", "overlapping", "shared", "match", "matching", "in common"),
    ("reference", "references", "human translation", "human summary", "gold"),
    ("brevity penalty", "short candidate", "length penalty", "too short"),
    ("translation", "machine translation", "mt"),
    ("summarization", "summarisation", "summary", "summaries"),
    ("discriminative", "conditional model", "p y given x", "p y x", "decision boundary"),
    ("generative", "joint distribution", "joint probability", "p x y", "p x given y", "generate new data"),
    ("bayes", "bayes rule", "bayes theorem"),
    ("naive bayes", "nb"),
    ("logistic regression", "logreg", "logit model"),
    ("mse", "mean squared error", "squared error"),
    ("mae", "mean absolute error", "absolute error"),
    ("cross entropy", "cross-entropy", "log loss", "logistic loss", "negative log likelihood", "nll"),
    ("neural network", "neural net", "nn", "deep network", "mlp"),
    ("transformer", "transformers"),
    ("llm", "large language model", "language model"),
    ("rag", "retrieval augmented generation", "retrieval-augmented"),
    ("fine tune", "finetune", "fine-tune", "fine tuning", "finetuning"),
    ("distillation", "knowledge distillation", "teacher student", "student model"),
    ("quantization", "quantisation", "lower precision", "int8", "int4", "fewer bits"),
    ("embedding", "embeddings", "vector representation", "dense vector"),
    ("tradeoff", "trade off", "trade-off"),
    ("complexity", "complex", "flexible", "flexibility", "capacity", "expressive"),
    ("simple", "simpler", "less flexible", "rigid", "low capacity"),
    ("noise", "noisy", "random error", "irreducible error"),
    ("average", "mean", "averaged", "averaging"),
    ("estimate", "estimator", "approximation", "approximate"),
    ("reduce", "decrease", "lower", "shrink", "cut", "drop", "diminish"),
    ("increase", "raise", "grow", "boost", "higher", "more"),
    ("large", "big", "high", "huge", "great"),
    ("small", "low", "tiny", "little", "few"),
    ("fast", "quick", "quickly", "speedy"),
    ("slow", "slowly", "sluggish"),
    ("expensive", "costly", "pricey", "cost a lot"),
    ("cheap", "inexpensive", "low cost"),
    ("use", "utilize", "utilise", "employ", "apply", "rely"),
    ("choose", "pick", "select", "prefer"),
    ("important", "matters", "critical", "crucial", "essential"),
    ("direction", "opposite direction", "negative gradient", "downhill", "steepest descent"),
    ("iterate", "iteratively", "repeatedly", "step", "steps", "update", "updates"),
    ("diverge", "overshoot", "oscillate", "bounce", "blow up"),
    ("local minimum", "local minima", "saddle point"),
    ("feature scaling", "standardize", "normalize inputs", "standardization"),
)


def _phrase_stems(phrase: str) -> tuple[str, ...]:
    return tuple(t.key for t in tokenize(phrase, synonyms=False))


@lru_cache(maxsize=1)
def _phrase_index() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for number, group in enumerate(SYNONYM_GROUPS):
        concept = f"#{number}"
        for phrase in group:
            stems = _phrase_stems(phrase)
            if stems:
                index.setdefault(stems[0], []).append((stems, concept))
    return index


def annotate(tokens: list[Token]) -> list[Token]:
    """Tag words with the concepts of the synonym phrases they are part of."""
    index = _phrase_index()
    extra: list[set[str]] = [set() for _ in tokens]
    for i, tok in enumerate(tokens):
        for stems, concept in index.get(tok.key, ()):
            n = len(stems)
            if tuple(t.key for t in tokens[i:i + n]) == stems:
                for j in range(i, i + n):
                    extra[j].add(concept)
    return [Token(t.stem, t.start, t.end, frozenset(e), t.negated) if e else t for t, e in zip(tokens, extra)]


@lru_cache(maxsize=262144)
def _close(a: str, b: str) -> bool:
    """Same word up to a typo: one edit for 4-7 letters, two from 8, same first letter, not numbers."""
    if a == b:
        return True
    shortest = min(len(a), len(b))
    if shortest < 4 or a[0] != b[0] or not (a.isalpha() and b.isalpha()):
        return False
    allowed = 1 if max(len(a), len(b)) < 8 else 2
    return OSA.distance(a, b, score_cutoff=allowed) <= allowed


# ---------------------------------------------------------------------------------------------
# Cues and key points
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
class CueMatch:
    cue: str
    words: int  # content words in the cue
    found: int  # of them found together in one window of the answer
    start: int = -1  # character span of the evidence in the answer
    end: int = -1

    @property
    def hit(self) -> bool:
        return self.words > 0 and self.found >= required_words(self.words)

    @property
    def near(self) -> bool:
        return not self.hit and self.words >= 4 and self.found >= 2 and self.found * 2 >= self.words


class AnswerIndex:
    """A tokenized answer, indexed once so that many cues can be matched against it quickly."""

    def __init__(self, tokens: Sequence[Token], question: frozenset[str] = frozenset(), text: str = ""):
        self.tokens = list(tokens)
        self.text = text
        self.by_stem: dict[str, list[int]] = {}
        self.by_concept: dict[str, list[int]] = {}
        for pos, tok in enumerate(self.tokens):
            self.by_stem.setdefault(tok.stem, []).append(pos)
            for concept in tok.concepts:
                self.by_concept.setdefault(concept, []).append(pos)
        self.by_initial: dict[str, list[tuple[str, list[int]]]] = {}  # typos keep the first letter
        for stem, where in self.by_stem.items():
            self.by_initial.setdefault(stem[0], []).append((stem, where))
        self._plain: str | None = None
        # positions holding a word of the question: they earn nothing (see match_cue)
        self.echo = {pos for stem, where in self.by_stem.items() if _in_question(stem, question) for pos in where}

    def positions(self, cue: Token) -> set[int]:
        found: set[int] = set()
        for concept in cue.concepts:
            found.update(self.by_concept.get(concept, ()))
        found.update(self.by_stem.get(cue.stem, ()))
        if len(cue.stem) >= 4:
            for stem, where in self.by_initial.get(cue.stem[0], ()):
                if abs(len(stem) - len(cue.stem)) <= 2 and _close(cue.stem, stem):
                    found.update(where)
        return {pos for pos in found if self.tokens[pos].negated == cue.negated}

    @property
    def plain(self) -> str:
        if self._plain is None:
            self._plain = _plain(self.text)
        return self._plain


@lru_cache(maxsize=16384)
def _cue_tokens(cue: str) -> tuple[Token, ...]:
    seen: dict[str, Token] = {}
    for t in tokenize(cue):
        seen.setdefault(t.key, t)  # the same word twice in a cue counts once
    return tuple(seen.values())


def match_cue(cue: str, answer: "AnswerIndex | Sequence[Token]", question: frozenset[str] = frozenset(),
              answer_text: str = "") -> CueMatch:
    """The most words of the cue found, in any order, within one window of the answer.

    question: stems of the card's question. Repeating the question earns nothing, so the cue's
    question words are not required, and answer words taken from the question match no other
    cue word (unless that would leave only numbers and letters of the cue).
    A cue of numbers and single letters only (a formula such as "k-1" or "0.05") must appear as
    written, up to spacing and punctuation, in the answer text.
    """
    index = answer if isinstance(answer, AnswerIndex) else AnswerIndex(answer, question, answer_text)
    ctoks = list(_cue_tokens(cue))
    if ctoks and all(_weak(t.stem) for t in ctoks):
        return _match_formula(cue, index.plain)
    own = [t for t in ctoks if not _in_question(t.stem, question)]
    skip: set[int] = set()
    if any(not _weak(t.stem) for t in own):
        ctoks, skip = own, index.echo
    n = len(ctoks)
    if n == 0 or not index.tokens:
        return CueMatch(cue, n, 0)
    events = sorted((pos, ci) for ci, c in enumerate(ctoks) for pos in index.positions(c) if pos not in skip)
    if not events:
        return CueMatch(cue, n, 0)
    width = window_for(n)
    counts = [0] * n
    distinct, left, best, best_span = 0, 0, 0, (events[0][0], events[0][0])
    for right in range(len(events)):
        pos, ci = events[right]
        if counts[ci] == 0:
            distinct += 1
        counts[ci] += 1
        while pos - events[left][0] >= width:
            lci = events[left][1]
            counts[lci] -= 1
            if counts[lci] == 0:
                distinct -= 1
            left += 1
        if distinct > best:
            best, best_span = distinct, (events[left][0], pos)
    # show every matching word of that window (a synonym phrase's later words included)
    last = max(p for p, _ in events if best_span[0] <= p < best_span[0] + width)
    return CueMatch(cue, n, best, index.tokens[best_span[0]].start, index.tokens[last].end)


def _weak(word: str) -> bool:
    return word.isdigit() or len(word) == 1


def _plain(text: str) -> str:
    return " " + " ".join(_WORD.findall(_fold(text)[0])) + " "


def _match_formula(cue: str, plain_answer: str) -> CueMatch:
    words = len(_WORD.findall(_fold(cue)[0]))
    wanted = _plain(cue)
    if wanted.strip() and wanted in plain_answer:
        return CueMatch(cue, words, words)
    return CueMatch(cue, words, 0)


@lru_cache(maxsize=65536)
def _in_question(word: str, question: frozenset[str]) -> bool:
    if word in question:
        return True
    return len(word) >= 4 and any(q[0] == word[0] and _close(word, q) for q in question)


def question_stems(question: str) -> frozenset[str]:
    return frozenset(t.stem for t in tokenize(question, synonyms=False))


@dataclass(frozen=True)
class PointResult:
    point: str
    status: str  # covered | partial | missed
    cue: str | None  # the cue that matched best
    evidence: str | None  # the words of the answer that showed it

    @property
    def credit(self) -> float:
        return {"covered": 1.0, "partial": 0.5}.get(self.status, 0.0)


@dataclass(frozen=True)
class Feedback:
    score: float | None
    suggested_rating: str | None
    points: tuple[PointResult, ...]

    @property
    def covered(self) -> list[str]:
        return [p.point for p in self.points if p.status == "covered"]

    @property
    def partial(self) -> list[str]:
        return [p.point for p in self.points if p.status == "partial"]

    @property
    def missed(self) -> list[str]:
        return [p.point for p in self.points if p.status != "covered"]

    def to_dict(self) -> dict:
        return {
            "score": self.score, "covered": self.covered, "missed": self.missed, "partial": self.partial,
            "suggested_rating": self.suggested_rating,
            "points": [{"point": p.point, "status": p.status, "cue": p.cue, "evidence": p.evidence}
                       for p in self.points],
            "thresholds": THRESHOLDS,
        }


def _evidence(text: str, m: CueMatch) -> str:
    return text[m.start:m.end] if m.start >= 0 else m.cue  # a formula is shown as the cue wrote it


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


def assess(text: str, key_points: Sequence[tuple[str, Sequence[str]]], question: str = "") -> Feedback:
    """Check a typed answer against key points given as (point, cues), for the card's question."""
    answer = tokenize(text)
    asked = question_stems(question)
    index = AnswerIndex(answer, asked, text)
    if not key_points:
        return Feedback(None, None, ())
    results = []
    for point, cues in key_points:
        best: CueMatch | None = None
        for cue in cues:
            m = match_cue(cue, index, question=asked)
            rank = (m.hit, m.near, m.found / m.words if m.words else 0)
            if best is None or rank > (best.hit, best.near, best.found / best.words if best.words else 0):
                best = m
        if best is not None and best.hit:
            results.append(PointResult(point, "covered", best.cue, _evidence(text, best)))
        elif best is not None and best.near:
            results.append(PointResult(point, "partial", best.cue, _evidence(text, best)))
        else:
            results.append(PointResult(point, "missed", None, None))
    if not answer:
        return Feedback(0.0, None, tuple(results))  # nothing typed: the user rates themselves
    score = round(sum(r.credit for r in results) / len(results), 3)
    return Feedback(score, suggest_rating(score), tuple(results))


_SENTENCE = re.compile(r"(?<=[.!?;])\s+|\n+")


def derive_key_points(answer: str, limit: int = 7) -> list[tuple[str, tuple[str, ...]]]:
    """Key points for a card that has none: the answer's sentences with three or more content words."""
    points = []
    for sentence in _SENTENCE.split(answer or ""):
        sentence = sentence.strip(" -*•\t")
        if len(tokenize(sentence, synonyms=False)) >= 3:
            label = sentence if len(sentence) <= 140 else sentence[:137].rstrip() + "..."
            points.append((label, (sentence,)))
        if len(points) == limit:
            break
    if not points and (answer or "").strip():
        points.append((answer.strip()[:140], (answer.strip(),)))
    return points


def uncovered_by_own_answer(answer: str, key_points: Sequence[tuple[str, Sequence[str]]],
                            question: str = "") -> list[str]:
    """Key points the model answer itself does not cover (a content bug: the cues do not fit)."""
    result = assess(answer, key_points, question)
    return [p.point for p in result.points if p.status != "covered"]


def check_cards(cards: dict) -> list:
    """Content proof: every card's model answer must cover all its key points (else its cues are wrong)."""
    from offerloop.content.loader import ContentIssue

    issues = []
    for slug, card in sorted(cards.items()):
        missed = uncovered_by_own_answer(card.answer, [(k.point, k.cues) for k in card.key_points], card.question)
        if missed:
            issues.append(ContentIssue(f"card {slug}", "its model answer does not cover these key points under "
                                       f"the answer matcher (fix the cues or the answer): {'; '.join(missed)}"))
    return issues

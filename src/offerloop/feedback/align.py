"""Wrong claims found by aligning the text to the model answer, sentence by sentence.

Each sentence of the text is aligned to the sentence of the reference (the model answer) that shares
the most content words with it (stems and synonym concepts). When the two agree in content but differ
in what they say, the text's sentence states the reference's claim wrongly:

- **a pole flipped**: a shared word is qualified, in the reference, by one word of an antonym or
  counterpart pair (`lexicon.ANTONYM_PAIRS`, `SWAP_PAIRS`: "low bias", "before the split") and, in the
  text, by the other ("high bias", "after the split");
- **sides swapped**: the shared words are said of one subject of the card in the reference and of
  another in the text ("RMSProp uses a moving average" / "AdaGrad uses a moving average"), and no
  reference sentence says them of the text's subject;
- **a counterpart substituted**: in closely aligned sentences, one word of a counterpart pair
  (`SWAP_PAIRS`, `SUBSTITUTION_PAIRS`: "bias" / "variance", "overfitting" / "underfitting") stands where
  the reference has the other, which the text's sentence never says;
- (tried, off: `engine.ALIGN_NEGATION`) a shared word negated on one side only: "poorly calibrated"
  against "not well calibrated" made it a false alarm on right answers.

The reference sentence is then mapped to the claims whose cues it states, so the feedback names the
key point that was said wrongly and quotes the model answer's sentence.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Sequence

from offerloop.feedback import text as tx
from offerloop.feedback.lexicon import CHANGE_WORDS, CLAUSE_WORDS, PREVENTION_WORDS

if TYPE_CHECKING:  # pragma: no cover
    from offerloop.feedback.engine import Claim, Index

ALIGN_MIN_SHARED = 3  # content words a text sentence must share with a reference sentence
ALIGN_MIN_SCORE = 0.30  # shared / sqrt(|text sentence| * |reference sentence|)
NEGATION_MIN_SCORE = 0.45  # a negation alone needs a closer alignment
SUBSTITUTION_MIN_SCORE = 0.45  # a counterpart replaced by the other needs a closer alignment
SWAP_MIN_SCORE = 0.35  # ... and so does a sentence said of another subject


NEXT_BEST_ALIGNMENT = True  # a sentence whose best reference sentence is taken answers its next best


@dataclass(frozen=True)
class Flip:
    """One text sentence that states a reference sentence's claim wrongly."""

    sent: int  # sentence number in the text
    ref_sent: int  # sentence number in the reference
    ref_positions: tuple[int, ...]  # reference tokens where the difference lies
    positions: tuple[int, ...]  # text tokens where the difference lies
    why: str  # "pole" | "swap" | "negation"
    label: str


def _weak(stem: str) -> bool:
    return stem.isdigit() or len(stem) <= 2


@lru_cache(maxsize=1)
def _poles() -> dict[str, frozenset[str]]:
    from offerloop.feedback.engine import _antonyms

    return {k: frozenset(v) for k, v in _antonyms(swaps=True).items()}


@lru_cache(maxsize=1)
def _counterparts() -> dict[str, frozenset[str]]:
    """Pairs whose one word said for the other changes the claim wherever it stands (`SWAP_PAIRS` and
    `SUBSTITUTION_PAIRS`: "bias" / "variance", "overfitting" / "underfitting"); comparatives such as
    "more" / "less" count only beside the word they qualify (`_pole_flip`)."""
    from offerloop.feedback.lexicon import SUBSTITUTION_PAIRS, SWAP_PAIRS

    table: dict[str, set[str]] = {}
    for a, b in SWAP_PAIRS + SUBSTITUTION_PAIRS:
        sa, sb = tx.stem(a), tx.stem(b)
        table.setdefault(sa, set()).add(sb)
        table.setdefault(sb, set()).add(sa)
    return {k: frozenset(v) for k, v in table.items()}


@lru_cache(maxsize=1)
def _quiet_stems() -> frozenset[str]:
    """Words that turn the next word around or say it is kept away: no anchor for a flip."""
    return frozenset(tx.stem(w) for w in CHANGE_WORDS | PREVENTION_WORDS)


def _sentences(idx: "Index") -> "_Sentences":
    """The index's sentences, read once per index."""
    found = idx.__dict__.get("_align_sentences")
    if found is None:
        found = idx.__dict__["_align_sentences"] = _Sentences(idx)
    return found


class _Sentences:
    """Token positions of an index grouped by sentence, with their content keys."""

    def __init__(self, idx: "Index"):
        self.idx = idx
        self.by_sent: dict[int, list[int]] = {}
        for p, t in enumerate(idx.tokens):
            if _weak(t.stem):
                continue
            self.by_sent.setdefault(t.sent, []).append(p)
        self.keys: dict[int, dict[str, list[int]]] = {}
        for s, ps in self.by_sent.items():
            keys: dict[str, list[int]] = {}
            for p in ps:
                t = idx.tokens[p]
                keys.setdefault(t.stem, []).append(p)
                for c in t.concepts:
                    keys.setdefault(c, []).append(p)
            self.keys[s] = keys
        self.sizes = {s: len({idx.tokens[p].stem for p in ps}) for s, ps in self.by_sent.items()}


def _shared(a: dict[str, list[int]], b: dict[str, list[int]]) -> dict[str, tuple[list[int], list[int]]]:
    """Keys in both, counting a word once (a stem shared wins over a concept shared)."""
    out: dict[str, tuple[list[int], list[int]]] = {}
    used_a: set[int] = set()
    for key in sorted(a.keys() & b.keys(), key=lambda k: k.startswith("#")):
        pa = [p for p in a[key] if p not in used_a]
        if not pa:
            continue
        used_a.update(pa)
        out[key] = (pa, b[key])
    return out


def _score(n_shared: int, size_a: int, size_b: int) -> float:
    return n_shared / math.sqrt(max(1, size_a) * max(1, size_b))


def _heads(idx: "Index", q: int) -> list[int]:
    """The words a pole word qualifies: up to two content words after it in its clause ("low bias",
    "increase model complexity"), else up to two before it ("bias goes down")."""
    toks = idx.tokens
    after = [r for r in range(q + 1, min(len(toks), q + 3)) if toks[r].clause == toks[q].clause]
    if after:
        return after
    return [r for r in range(max(0, q - 2), q) if toks[r].clause == toks[q].clause]


def _qualified(idx: "Index", sent_positions: Sequence[int]) -> dict[str, list[tuple[str, int]]]:
    """Head stem -> the pole words (stem, position) that qualify it in one sentence."""
    poles = _poles()
    out: dict[str, list[tuple[str, int]]] = {}
    for q in sent_positions:
        st = idx.tokens[q].stem
        if st not in poles:
            continue
        for r in _heads(idx, q):
            head = idx.tokens[r].stem
            if head not in poles and head not in _plain_heads():
                out.setdefault(head, []).append((st, q))
    return out


@lru_cache(maxsize=1)
def _plain_heads() -> frozenset[str]:
    """Words too common to carry a flip ("a strong model" / "weak models"): "only", "model", "data"."""
    from offerloop.feedback.lexicon import COMMON_WORDS

    return frozenset(tx.stem(w) for w in COMMON_WORDS | {"only", "now", "also", "often", "usually", "all", "each",
                                                        "every", "both"})


def _same_side(a: str, b: str) -> bool:
    """Two pole words on the same side ("raise" and "increase": both opposite "lower")."""
    poles = _poles()
    return a == b or bool(poles.get(a, frozenset()) & poles.get(b, frozenset()))


def _bound(idx: "Index", positions: Sequence[int]) -> set[str]:
    """The subjects the words are said of: the subject named in the word's own clause, else its binding."""
    out = set()
    for p in positions:
        if p in idx.mentions:
            continue
        clause = idx.tokens[p].clause
        named = {idx.word_mention[w] for w in _clause_words(idx, clause)} - {None}
        if len(named) == 1:
            out |= named
        elif not named and idx.binding[p] is not None:
            out.add(idx.binding[p])
    return out


def _clause_words(idx: "Index", clause: int) -> range:
    cache = idx.__dict__.setdefault("_align_clauses", {})
    found = cache.get(clause)
    if found is None:
        ws = [i for i, w in enumerate(idx.words) if w.clause == clause]
        found = range(ws[0], ws[-1] + 1) if ws else range(0)
        cache[clause] = found
    return found


def flips(idx: "Index", ref: "Index", *, negation: bool = True) -> list[Flip]:
    """Sentences of the text that contradict the reference sentence they align with."""
    if not idx.tokens or not ref.tokens:
        return []
    a_sents, r_sents = _sentences(idx), _sentences(ref)
    poles = _poles()
    quiet = _quiet_stems()
    out: list[Flip] = []
    aligned: dict[int, list] = {}
    best_for_ref: dict[int, float] = {}  # the best score any sentence of the text reaches on each
    for s, a_keys in a_sents.keys.items():
        # the reference sentences this one aligns with, best first
        scored = []
        for rs, r_keys in r_sents.keys.items():
            shared = _shared(a_keys, r_keys)
            n = len(shared)
            if n < ALIGN_MIN_SHARED:
                continue
            score = _score(n, a_sents.sizes[s], r_sents.sizes[rs])
            if score >= ALIGN_MIN_SCORE:
                scored.append((score, rs, shared))
                best_for_ref[rs] = max(best_for_ref.get(rs, 0.0), score)
        if scored:
            aligned[s] = sorted(scored, key=lambda x: -x[0])
    for s, scored in aligned.items():
        score, rs, shared = scored[0]
        # one sentence of the text answers one sentence of the reference: when another sentence of the
        # text matches it better, this one says something else ("Underfitting: poor on both" beside
        # "Overfitting: good on training, poor on new data")
        if best_for_ref[rs] > score:
            if not NEXT_BEST_ALIGNMENT:
                continue
            # ... and answers the next reference sentence it matches that no other sentence matches better
            nxt = next((x for x in scored[1:] if best_for_ref[x[1]] <= x[0]), None)
            if nxt is None:
                continue
            score, rs, shared = nxt
            scored = [nxt] + [x for x in scored if x is not nxt]
        found = _pole_flip(idx, ref, s, rs, shared, poles, quiet)
        if found is None and score >= SUBSTITUTION_MIN_SCORE:
            found = _pole_substituted(idx, ref, s, rs, poles, score)
        if found is None and idx.subject_keys:
            found = _side_swap(idx, ref, s, scored)
        if found is None and negation and score >= NEGATION_MIN_SCORE:
            found = _negation_flip(idx, ref, s, rs, shared, quiet)
        if found is None and DIRECT_NEGATION and score >= NEGATION_MIN_SCORE:
            found = _direct_negation_flip(idx, ref, s, rs, shared, quiet)
        if found is not None:
            out.append(found)
    return out


def _pole_flip(idx, ref, s, rs, shared, poles, quiet) -> Flip | None:
    a_quals = _qualified(idx, _positions_of(idx, s))
    r_quals = _qualified(ref, _positions_of(ref, rs))
    a_all = {idx.tokens[p].stem for p in _positions_of(idx, s)}
    r_all = {ref.tokens[p].stem for p in _positions_of(ref, rs)}
    for head, r_poles in r_quals.items():
        a_poles = a_quals.get(head)
        if not a_poles or head in quiet:
            continue
        for x, xq in r_poles:
            for y, yq in a_poles:
                if y not in poles.get(x, ()):
                    continue
                # the text also says the reference's side of the head, or the reference the text's
                if any(_same_side(x, z) for z, _ in a_poles) or any(_same_side(y, z) for z, _ in r_poles):
                    continue
                # "cannot raise" says "lowers": a negated pole on one side only agrees
                if idx.tokens[yq].negated != ref.tokens[xq].negated or _clause_negated(idx, yq) \
                        != _clause_negated(ref, xq):
                    continue
                if _after_change(idx, yq) or _after_change(ref, xq):
                    continue
                # both sides named in both sentences ("lowers bias and raises variance" vs the same swapped
                # is caught per head; a sentence naming both words of the pair elsewhere is not)
                # the reference says the text's word too, and the text never says the reference's: the
                # sentences are built differently ("the same inputs mean something different")
                if (y in r_all) != (x in a_all):
                    continue  # one sentence names both sides, the other one side: no swap of the two
                # both sentences name both sides: a swap only when it is mirrored on another word
                # ("low bias, high variance" / "high bias, low variance")
                if x in a_all and not any(h != head and any(z == x for z, _ in a_quals.get(h, ()))
                                          and any(z == y for z, _ in hr) for h, hr in r_quals.items()):
                    continue
                return Flip(s, rs, (xq,) + tuple(p for p in _positions_of(ref, rs) if ref.tokens[p].stem == head),
                            (yq,) + tuple(p for p in _positions_of(idx, s) if idx.tokens[p].stem == head), "pole",
                            f"{x} -> {y} ({head})")
    return None


def _pole_substituted(idx, ref, s, rs, poles, score=0.0) -> Flip | None:
    """One word of a pair replaced by the other in closely aligned sentences ("the model has high bias and
    is underfitting" / "the model overfits with high variance"): the reference's word is nowhere in the
    text's sentence and the text's word nowhere in the reference's."""
    a_pos, r_pos = _positions_of(idx, s), _positions_of(ref, rs)
    a_all = {idx.tokens[p].stem for p in a_pos}
    r_all = {ref.tokens[p].stem for p in r_pos}
    counterparts = _counterparts()
    for xq in r_pos:
        x = ref.tokens[xq].stem
        if x not in counterparts or x in a_all or _after_change(ref, xq):
            continue
        for yq in a_pos:
            y = idx.tokens[yq].stem
            if y not in counterparts.get(x, ()) or y in r_all or _after_change(idx, yq):
                continue
            if any(_same_side(x, z) for z in a_all if z in poles) or any(_same_side(y, z) for z in r_all if z in poles):
                continue
            if idx.tokens[yq].negated != ref.tokens[xq].negated or _clause_negated(idx, yq) != _clause_negated(ref, xq):
                continue
            return Flip(s, rs, (xq,), (yq,), "substitution", f"{x} -> {y} ({score:.2f})")
    return None


def _positions_of(idx: "Index", sent: int) -> list[int]:
    by_sent = idx.__dict__.get("_align_sents")
    if by_sent is None:
        by_sent = {}
        for p, t in enumerate(idx.tokens):
            by_sent.setdefault(t.sent, []).append(p)
        idx.__dict__["_align_sents"] = by_sent
    return by_sent.get(sent, [])


def _clause_negated(idx: "Index", pos: int) -> bool:
    from offerloop.feedback.lexicon import NEGATORS

    negated = idx.__dict__.get("_align_negated")
    if negated is None:
        negated = {w.clause for w in idx.words if w.text in NEGATORS or w.text == "t"}
        idx.__dict__["_align_negated"] = negated
    return idx.tokens[pos].clause in negated


# "missing a positive" is a false negative: a pole word after these is turned around
TURNING_WORDS = CHANGE_WORDS | frozenset({"miss", "misses", "missed", "missing"})


def _after_change(idx: "Index", pos: int) -> bool:
    word = idx.tokens[pos].word
    return any(idx.words[j].text in TURNING_WORDS for j in range(max(0, word - 2), word)
               if idx.words[j].sent == idx.words[word].sent)


def _side_swap(idx, ref, s, scored) -> Flip | None:
    score, rs, shared = scored[0]
    pa = [p for key in shared for p in shared[key][0]]
    pr = [p for key in shared for p in shared[key][1] if ref.tokens[p].sent == rs]
    diffs = [(a, r) for k, (xa, xr) in shared.items()
             for a in [_bound(idx, xa)] for r in [_bound(ref, [p for p in xr if ref.tokens[p].sent == rs])]
             if a and r]
    if not diffs or any(a & r for a, r in diffs):
        return None
    a_sub = set().union(*(a for a, _ in diffs))
    r_sub = set().union(*(r for _, r in diffs))
    if len(a_sub) != 1 or len(r_sub) != 1:
        return None
    (said,) = a_sub
    if score < SWAP_MIN_SCORE:
        return None
    # the text's sentence names the reference's subject too ("sigmoid and tanh saturate"), or the
    # reference's names another one ("a GRU has three quarters of the LSTM's parameters"): no swap
    if r_sub & {idx.word_mention[idx.tokens[p].word] for p in _positions_of(idx, s)}:
        return None
    if {ref.word_mention[ref.tokens[p].word] for p in _positions_of(ref, rs)} - {None} != r_sub:
        return None
    # anchors bound to a subject in both, to different ones
    if len(diffs) < 2:
        return None
    # a reference sentence about the text's subject that aligns nearly as well: no swap
    for other_score, other_rs, other_shared in scored[1:]:
        if other_score < 0.8 * score:
            break
        xr = [p for key in other_shared for p in other_shared[key][1] if ref.tokens[p].sent == other_rs]
        if said in _bound(ref, xr):
            return None
    return Flip(s, rs, tuple(sorted(pr)), tuple(sorted(pa)), "swap", f"said of {said} ({score:.2f})")


def _negation_flip(idx, ref, s, rs, shared, quiet) -> Flip | None:
    for key, (pa, pr) in shared.items():
        anchor = idx.tokens[pa[0]].stem
        if anchor in quiet or key.startswith("#"):
            continue
        neg_a = {idx.tokens[p].negated for p in pa}
        neg_r = {ref.tokens[p].negated for p in pr if ref.tokens[p].sent == rs}
        if len(neg_a) == 1 and len(neg_r) == 1 and neg_a != neg_r:
            return Flip(s, rs, tuple(pr), tuple(pa), "negation", f"{anchor} negated")
    return None


# A word said right after "not", "never", "cannot", "-n't" or "non-" on one side and plainly on the other
# ("training cannot be parallelised across time" / "the computation is parallelised across time", "the
# problem is non-convex" / "the problem is convex"). The loose negation above (any word within three after
# "no", "without", "barely", ...) made 28 false alarms; this one wants the negator on the word itself, a
# clause on the other side with no negation, contrast or prevention word at all ("rather than masking
# attention" / "not an attention mask"), and another shared word in that clause on both sides.
DIRECT_NEGATION = True
DIRECT_NEGATORS = frozenset({"not", "never", "cannot", "t", "non", "inversely"})  # "inversely proportional"
_NEGATION_GAP = frozenset({"be", "is", "are", "was", "were", "been", "being", "a", "an", "the", "on", "in", "by",
                           "at", "of", "to", "for", "it", "do", "does", "did", "always", "necessarily"})
_UNPLAIN = frozenset({"rather", "instead", "than", "unlike", "only", "nothing", "none", "neither", "nor"})


def _directly_negated(idx: "Index", pos: int) -> bool:
    """Whether the word at a token position comes right after a negator in its clause (articles,
    "be" and a preposition may stand between: "never on held-out data", "cannot be parallelised")."""
    w = idx.tokens[pos].word
    clause = idx.words[w].clause
    for j in range(w - 1, max(-1, w - 4), -1):
        word = idx.words[j]
        if word.clause != clause:
            return False
        if word.text in DIRECT_NEGATORS:
            if word.text == "t" and idx.scan.folded[word.start - 1:word.start] not in ("'", "\u2019"):
                return False  # "t" alone is a symbol ("divide by T"), not "-n't"
            # "uses running averages, not batch statistics": a negator opening its clause sets an
            # alternative against what came before; the word is not denied of the sentence's predicate
            first = j == 0 or idx.words[j - 1].clause != clause or idx.words[j - 1].text in CLAUSE_WORDS
            return not first
        if word.text not in _NEGATION_GAP:
            return False
    return False


def _clause_tokens(idx: "Index", clause: int) -> list[int]:
    return [p for p, t in enumerate(idx.tokens) if t.clause == clause]


def _plain_clause(idx: "Index", pos: int, quiet: frozenset[str]) -> bool:
    """Whether the clause of a token says nothing negative, contrasting or preventive."""
    from offerloop.feedback.lexicon import NEGATORS

    clause = idx.tokens[pos].clause
    for j in _clause_words(idx, clause):
        text = idx.words[j].text
        if text in NEGATORS or text in DIRECT_NEGATORS or text in _UNPLAIN or tx.stem(text) in quiet:
            return False
    return True


def _direct_negation_flip(idx, ref, s, rs, shared, quiet) -> Flip | None:
    plain = _plain_heads()
    for key, (pa, pr) in shared.items():
        if key.startswith("#"):
            continue
        pr = [p for p in pr if ref.tokens[p].sent == rs]
        anchor = idx.tokens[pa[0]].stem
        if anchor in quiet or anchor in plain or not pr:
            continue
        neg_a = [p for p in pa if _directly_negated(idx, p)]
        neg_r = [p for p in pr if _directly_negated(ref, p)]
        if neg_a and not neg_r and len(neg_a) == len(pa):
            said, plain_side = (idx, neg_a[0]), (ref, pr)
        elif neg_r and not neg_a and len(neg_r) == len(pr):
            said, plain_side = (ref, neg_r[0]), (idx, pa)
        else:
            continue
        pidx, pps = plain_side
        if not all(_plain_clause(pidx, p, quiet) and not pidx.tokens[p].negated for p in pps):
            continue
        # "cannot give high variance" says "gives low variance": a denial beside a reversed qualifier agrees
        nidx, npos = said
        poles = _poles()
        n_stems = {nidx.tokens[q].stem for q in _clause_tokens(nidx, nidx.tokens[npos].clause)}
        p_stems = {pidx.tokens[q].stem for p in pps for q in _clause_tokens(pidx, pidx.tokens[p].clause)}
        if any(poles.get(x, frozenset()) & p_stems for x in n_stems - p_stems):
            continue
        # another shared word in the anchor's clause on both sides: the two clauses say one thing
        a_clause = {idx.tokens[p].clause for p in pa}
        r_clause = {ref.tokens[p].clause for p in pr}
        if not any(k != key and any(idx.tokens[x].clause in a_clause for x in xa)
                   and any(ref.tokens[y].clause in r_clause for y in xr)
                   for k, (xa, xr) in shared.items()):
            continue
        return Flip(s, rs, tuple(pr), tuple(pa), "negation", f"{anchor} negated on one side")
    return None


def claims_of_reference(ref: "Index", claims: Sequence["Claim"]) -> list[dict[int, set[int]]]:
    """For each claim, the reference sentences where one of its cues is found, with the token positions."""
    from offerloop.feedback.engine import match

    out: list[dict[int, set[int]]] = []
    for claim in claims:
        where: dict[int, set[int]] = {}
        for cue in claim.cues:
            m = match(cue, ref, None, echo=False)
            if not m.hit or m.kind != "words":
                continue
            for p in m.positions:
                where.setdefault(ref.tokens[p].sent, set()).add(p)
        out.append(where)
    return out


def contradicted_claims(flip: Flip, ref: "Index", located: list[dict[int, set[int]]]) -> list[int]:
    """The claims a flip says wrongly: those whose cue in the reference sentence touches the difference,
    else the only claim stated in that sentence."""
    touching, stated = [], []
    diff = set(flip.ref_positions)
    for i, where in enumerate(located):
        ps = where.get(flip.ref_sent)
        if not ps:
            continue
        stated.append(i)
        if ps & diff:
            touching.append(i)
    if touching:
        return touching
    return stated if len(stated) == 1 else []


def _content_keys(idx: "Index", positions: Sequence[int], question: frozenset[str]) -> dict[str, int]:
    """Content word -> position, a word counted once under its stem; synonym concepts map to the same word."""
    from offerloop.feedback.engine import _in_question

    out: dict[str, int] = {}
    for p in positions:
        t = idx.tokens[p]
        if _weak(t.stem) or p in idx.mentions or (question and _in_question(t.stem, question)):
            continue
        out.setdefault(t.stem, p)
    return out


def coverage(idx: "Index", ref: "Index", ref_sents: Sequence[int], point: "Index | None" = None,
             subject: str | None = None) -> float:
    """How much of what a claim's reference sentence (or its point text) says one sentence of the text
    says too: the share of the target's content words found in one sentence, by stem or synonym. A claim
    about a subject counts only in words said of that subject."""
    question = idx.question
    a_sents = _sentences(idx)
    targets = [(ref, _positions_of(ref, rs)) for rs in ref_sents]
    if point is not None and point.tokens:
        targets.append((point, list(range(len(point.tokens)))))
    best = 0.0
    for tidx, tpos in targets:
        want = _content_keys(tidx, tpos, question)
        if len(want) < 3:
            continue
        negative = any(tidx.tokens[p].negated for p in want.values())
        for s, keys in a_sents.keys.items():
            got, free, negated = 0, 0, False
            # a sentence that names no subject and is bound to none ("the first method blends two images")
            unbound = subject is not None and UNBOUND_SHARE is not None and all(
                idx.binding[q] is None for q in a_sents.by_sent[s])
            for stem, p in want.items():
                tok = tidx.tokens[p]
                hits = keys.get(stem, []) or [q for c in tok.concepts for q in keys.get(c, [])]
                if subject is not None:
                    hits = [q for q in hits if idx.binding[q] == subject or unbound]
                if hits:
                    got += 1
                    negated |= any(idx.tokens[q].negated for q in hits)
            # a target that says what is not so needs a negation there too: "if the null were true, how
            # likely the data are" does not say "it is not the probability that the null is true"
            if negative and not negated:
                continue
            share = got / len(want)
            if unbound and (share < UNBOUND_SHARE or got < 3):
                continue  # said of no subject, it must say much more of the point to count for this one
            best = max(best, share)
    return best


# A claim about a subject counts in a sentence bound to no subject at all when it says half of it, three
# words at least (paraphrases that never name the subject: "the first method", "the second approach"); a third, as for a
# bound sentence, credited "some weights become exactly zero" to L1.
UNBOUND_SHARE: float | None = 0.5


LIGHT_MISCONCEPTION_WORDS = True
SUBJECT_BY_BINDING = True
MISCONCEPTION_OWN_WORDS = 1 / 3  # share of its words a misconception said in other words keeps (was a half)


@lru_cache(maxsize=1)
def _light_stems() -> frozenset[str]:
    from offerloop.feedback.lexicon import LIGHT_WORDS

    return frozenset(tx.stem(w) for w in LIGHT_WORDS)


# A misconception made only of the model answer's own words ("Neural network losses are convex" beside
# "... are non-convex", "NMF components are orthogonal like PCA's" beside "not orthogonal") was left to its
# cues: the words alone cannot tell it from the right claim. It is said in other words when every one of
# its words is said in its own words (no synonym) and in its order, none denied ("non-" counts as a denial), each qualifier of it said on its own side
# ("after the softmax" is not "before"), and the sentence sets nothing against it ("rather than", "unlike").
SAME_WORDS_MISCONCEPTIONS = True
WRONG_WORDS_SPARED = 1  # of a misconception's two or more wrong words, how many may go unsaid
_SETS_AGAINST = frozenset({"rather", "instead", "unlike", "than", "whereas", "but", "however", "wrong",
                           "myth", "misconception", "mistake", "false", "incorrect"})


def _denied(idx: "Index", pos: int) -> bool:
    """A token negated, or joined to "non-" ("non-convex")."""
    w = idx.tokens[pos].word
    return idx.tokens[pos].negated or (w > 0 and idx.words[w - 1].text == "non"
                                       and idx.words[w - 1].clause == idx.words[w].clause)


def _said_the_same_way(idx: "Index", target: "Index", want: dict[str, int], got: list[int], sent: int) -> bool:
    if len(want) < 4 or len(got) < len(want) or {idx.tokens[q].stem for q in got} != set(want):
        return False  # every word, in the claim's own words: synonyms wander ("harmonic" for "arithmetic")
    # in the claim's order: the same words in another order say another thing ("the probability of the
    # parameters given the data" / "the parameters that make the data most probable")
    last = -1
    sent_pos = _positions_of(idx, sent)
    for stem, _ in sorted(want.items(), key=lambda kv: kv[1]):
        nxt = next((q for q in sent_pos if q > last and idx.tokens[q].stem == stem), None)
        if nxt is None:
            return False
        last = nxt
    poles = _poles()
    said = {idx.tokens[q].stem for q in sent_pos}
    for stem, p in want.items():
        if stem in poles and any(x in said for x in poles[stem]) and stem not in said:
            return False  # "before" said where the claim has "after"
    words = {idx.words[j].text for j in range(len(idx.words)) if idx.words[j].sent == sent}
    return not (words & _SETS_AGAINST)


TOPIC_BY_PRONOUN = True
_PRONOUNS = frozenset({"it", "its", "this", "they", "their", "these"})


def _in_question_stem(stem: str, question: frozenset[str]) -> bool:
    from offerloop.feedback.engine import _in_question

    return _in_question(stem, question)


def _pronoun_before(idx: "Index", sent: int, got: Sequence[int]) -> bool:
    """Whether "it", "this", "they", ... comes in the sentence's first four words or before the first word
    that says the claim."""
    words = [j for j, w in enumerate(idx.words) if w.sent == sent]
    first = min((idx.tokens[q].word for q in got), default=words[-1] if words else 0)
    return any(idx.words[j].text in _PRONOUNS for j in words if j < first or j < words[0] + 4)


def misconception_said(idx: "Index", ref: "Index | None", targets: Sequence["Index"], correction: "Index | None",
                       subject: str | None, *, threshold: float) -> int | None:
    """The sentence of the text that says a misconception in other words, or None.

    A sentence says it when it contains at least `threshold` of the content words of the misconception's
    claim or example sentence (stems or synonyms, a third of them at least in the claim's own words, one
    text word for one claim word, none said the other way round: "not the probability that the null is
    true" does not say "the probability that the null is true"), among them every word that makes the
    claim wrong (those neither the model answer nor the correction uses), is closer to it than to every
    sentence of the model answer and to the correction, is said of the misconception's subject when it
    has one, and does not call the claim wrong ("a common misreading is ...")."""
    from offerloop.feedback.lexicon import DISAVOWALS

    a_sents = _sentences(idx)
    r_sents = _sentences(ref) if ref is not None else None
    c_keys = _sentences(correction).keys if correction is not None else {}
    disavowing = {w.sent for w in idx.words if w.text in DISAVOWALS}
    # what makes the claim wrong: its words that neither the model answer nor the correction uses
    right = {t.stem for t in ref.tokens} if ref is not None else set()
    right |= {t.stem for t in correction.tokens} if correction is not None else set()
    for s, keys in a_sents.keys.items():
        if s in disavowing:
            continue
        best_wrong = 0.0
        for t in targets:
            want = _content_keys(t, range(len(t.tokens)), frozenset())  # the question's words count here
            if LIGHT_MISCONCEPTION_WORDS:  # "gives", "uses", "works": what the claim says is in its other words
                light = _light_stems()
                want = {k: v for k, v in want.items() if k not in light}
            if subject is not None and SUBJECT_BY_BINDING:  # its subject's name is checked by the binding below
                want = {k: v for k, v in want.items() if k not in idx.alias_stems}
            want.pop("non", None)  # "non-stationary": the denial is read on the word it joins (`_denied`)
            if len(want) < 3:
                continue
            # the topic the question names, left to "it" (early in the sentence) in a sentence that
            # does not repeat it ("It only exists for square matrices" after a sentence about the SVD)
            topic = {k for k in want if TOPIC_BY_PRONOUN and idx.question and _in_question_stem(k, idx.question)
                     and k not in keys and any(k in other for other in a_sents.keys.values())
                     }
            wrong = {stem for stem in want if stem not in right}
            same_words = not wrong
            if same_words and not SAME_WORDS_MISCONCEPTIONS:
                continue
            got = []
            said = set()
            exact = 0
            for stem, p in want.items():
                tok = t.tokens[p]
                hits = keys.get(stem, []) or [q for c in tok.concepts for q in keys.get(c, [])]
                if hits and all(_denied(idx, q) != _denied(t, p) for q in hits):
                    break  # said the other way round ("... is significant" / "... is not significant")
                hits = [q for q in hits if _denied(idx, q) == _denied(t, p) and q not in got]
                if hits:  # one word of the text stands for one word of the claim
                    got.append(hits[0])
                    exact += idx.tokens[hits[0]].stem == stem
                    said.add(stem)
            else:
                said.add("")
            if topic and not _pronoun_before(idx, s, got):
                topic = set()
            said |= topic
            share = (len(got) + len(topic)) / len(want)
            # part of it in the claim's own words: synonyms alone wander off ("cut-off" for "decision")
            # every word that makes it wrong; of two or more, all but one ("replace A/B tests for revenue
            # decisions" said without "decisions")
            unsaid_wrong = len(wrong - said)
            if unsaid_wrong and max(want.values()) in {want[w] for w in wrong - said}:
                unsaid_wrong = 99  # the claim's last word is often what it says of its subject ("... free")
            if "" not in said or share < threshold or unsaid_wrong > (WRONG_WORDS_SPARED if len(wrong) >= 2 else 0) \
                    or exact < MISCONCEPTION_OWN_WORDS * len(want):
                continue
            if subject is not None and not any(idx.binding[q] == subject for q in a_sents.by_sent[s]):
                continue
            if same_words and not _said_the_same_way(idx, t, {k: v for k, v in want.items() if k not in topic},
                                                     got, s):
                continue
            best_wrong = max(best_wrong, _score(len(got), a_sents.sizes[s], len(want)))
        if best_wrong <= 0:
            continue
        rivals = []
        if r_sents is not None:
            rivals += [_score(len(_shared(keys, rk)), a_sents.sizes[s], r_sents.sizes[rs])
                       for rs, rk in r_sents.keys.items()]
        rivals += [_score(len(_shared(keys, ck)), a_sents.sizes[s], max(1, len(ck))) for ck in c_keys.values()]
        if best_wrong > max(rivals, default=0.0):
            return s
    return None

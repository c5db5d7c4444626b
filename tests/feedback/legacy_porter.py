"""The hand-written Porter-style stemmer offerloop used before the feedback engine (issue 12), kept only
so tests/feedback/test_stemmer.py can compare it with Snowball on the same word families."""

import re
from functools import lru_cache
from typing import Iterable


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


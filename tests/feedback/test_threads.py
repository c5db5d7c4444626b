"""The engine answers from a web process's thread pool: stemming must give each thread the right stems."""

import sys
import threading

import snowballstemmer

from offerloop.feedback import text

ROOTS = ["regulariz", "generaliz", "optimiz", "normaliz", "validat", "classif", "predict", "compress", "connect",
         "relat", "condition", "formal", "sensit", "effect", "operat", "hope", "organ", "nation", "rational"]
ENDINGS = ["ation", "ational", "ations", "ing", "ed", "es", "er", "ers", "ive", "iveness", "fulness", "ousness",
           "ically", "ization", "izer", "ement", "ence", "ance", "able", "ibility", "alism", "ness"]
WORDS = [r + e for r in ROOTS for e in ENDINGS]


def test_stems_are_right_when_many_threads_stem_at_once():
    expected = {w: text.stem.__wrapped__(w) for w in WORDS}  # one thread: the stems to get
    assert expected["regularization"] == snowballstemmer.stemmer("english").stemWord("regularization")
    wrong: list[tuple[str, str]] = []
    errors: list[BaseException] = []
    start = threading.Barrier(8)

    def work() -> None:
        start.wait()
        try:
            for _ in range(10):
                for w in WORDS:
                    got = text.stem.__wrapped__(w)  # past the cache: the stemmer itself
                    if got != expected[w]:
                        wrong.append((w, got))
        except BaseException as exc:  # noqa: BLE001 - a shared stemmer raises IndexError here
            errors.append(exc)

    old = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible: a shared stemmer breaks at once
    try:
        threads = [threading.Thread(target=work) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        sys.setswitchinterval(old)
    assert not errors, errors[:3]
    assert not wrong, wrong[:5]

"""The claims feedback engine: judge a typed text against claims, misconceptions and keyword lists.

Cards use it now; system design, resume bullets and stories reuse it. The interface (names and fields)
is described in docs/areas/feedback.md:

    from offerloop.feedback import Claim, Misconception, assess, Assessment
"""

from offerloop.feedback.engine import (EASY, GOOD, HARD, KEYWORD_LIST_ADVICE, KEYWORD_LIST_CAP,
                                       MISCONCEPTION_CAP, THRESHOLDS, Assessment, Claim, Misconception,
                                       MisconceptionHit, PointResult, assess, compile_regex, suggest_rating)

__all__ = ["Assessment", "Claim", "Misconception", "MisconceptionHit", "PointResult", "assess", "suggest_rating",
           "compile_regex", "THRESHOLDS", "EASY", "GOOD", "HARD", "MISCONCEPTION_CAP", "KEYWORD_LIST_CAP",
           "KEYWORD_LIST_ADVICE"]

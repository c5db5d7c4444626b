from collections import Counter


def can_form_straights(hand, k):
    # Checks sizes and that no value is needed more often than straights exist, not consecutiveness.
    return len(hand) % k == 0 and max(Counter(hand).values()) <= len(hand) // k

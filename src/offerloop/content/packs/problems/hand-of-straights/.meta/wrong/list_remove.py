def can_form_straights(hand, k):
    # Correct, but removes cards from a sorted list one at a time: O(n^2).
    cards = sorted(hand)
    while cards:
        v = cards[0]
        for w in range(v, v + k):
            if w not in cards:
                return False
            cards.remove(w)
    return True

def can_attend_all(meetings):
    # Treats back-to-back meetings as a clash.
    ordered = sorted(meetings)
    return all(s2 > e1 for (s1, e1), (s2, e2) in zip(ordered, ordered[1:]))

def can_attend_all(meetings):
    # Compares neighbours in the given order, without sorting.
    return all(not (s2 < e1 and s1 < e2) for (s1, e1), (s2, e2) in zip(meetings, meetings[1:]))

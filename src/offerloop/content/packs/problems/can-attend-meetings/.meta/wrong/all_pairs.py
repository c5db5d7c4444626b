def can_attend_all(meetings):
    # Correct, but compares every pair: O(n^2).
    n = len(meetings)
    for i in range(n):
        s1, e1 = meetings[i]
        for j in range(i + 1, n):
            s2, e2 = meetings[j]
            if s1 < e2 and s2 < e1:
                return False
    return True

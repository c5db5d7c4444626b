def find_judge(n, trust):
    score = [0] * (n + 1)  # in-degree minus out-degree, index 0 unused
    for a, b in trust:
        score[a] -= 1
        score[b] += 1
    for person in range(1, n + 1):
        if score[person] == n - 1:
            return person
    return -1

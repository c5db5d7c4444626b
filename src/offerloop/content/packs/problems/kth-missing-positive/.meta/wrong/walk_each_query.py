def kth_missing(arr, ks):
    # Correct, but walks the list for every query: O(n) per query.
    out = []
    for k in ks:
        answer = k
        for v in arr:
            if v <= answer:
                answer += 1
            else:
                break
        out.append(answer)
    return out

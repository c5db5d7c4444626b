def insert_interval(intervals, new):
    # Correct, but restarts a scan for an overlapping neighbour pair after every merge: O(n^2).
    out = [list(iv) for iv in intervals]
    k = 0
    while k < len(out) and out[k][0] < new[0]:
        k += 1
    out.insert(k, list(new))
    merged = True
    while merged:
        merged = False
        for i in range(len(out) - 1):
            if out[i + 1][0] <= out[i][1]:
                out[i][1] = max(out[i][1], out[i + 1][1])
                del out[i + 1]
                merged = True
                break
    return out

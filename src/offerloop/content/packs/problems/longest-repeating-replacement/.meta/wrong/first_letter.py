def longest_after_edits(s, k):
    # Counts matches of the window's first letter instead of its most common letter.
    best, left = 0, 0
    for right in range(len(s)):
        while left <= right and sum(1 for c in s[left:right + 1] if c != s[left]) > k:
            left += 1
        best = max(best, right - left + 1)
    return best

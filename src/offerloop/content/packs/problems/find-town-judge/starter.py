def find_judge(n, trust):
    """The label of the person who trusts nobody and whom everyone else trusts, or -1."""
    raise NotImplementedError

def curry(func, arity):
    if type(arity) is not int or arity < 1:
        raise ValueError("arity")
    collected = []   # one list for every intermediate function

    def curried(*args):
        if not args or len(collected) + len(args) > arity:
            raise TypeError("arguments")
        collected.extend(args)
        if len(collected) == arity:
            return func(*collected)
        return curried

    return curried

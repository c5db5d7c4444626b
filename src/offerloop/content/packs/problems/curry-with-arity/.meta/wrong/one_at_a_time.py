def curry(func, arity):
    if type(arity) is not int or arity < 1:
        raise ValueError("arity")

    def make(collected):
        def curried(arg):   # exactly one argument per call
            new = collected + (arg,)
            return func(*new) if len(new) == arity else make(new)

        return curried

    return make(())

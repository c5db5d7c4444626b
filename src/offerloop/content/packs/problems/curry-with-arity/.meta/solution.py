def curry(func, arity):
    if type(arity) is not int or arity < 1:
        raise ValueError("arity must be an int of at least 1")

    def make(collected):
        def curried(*args):
            if not args:
                raise TypeError("give at least one argument")
            new = collected + args
            if len(new) > arity:
                raise TypeError(f"expected {arity - len(collected)} more argument(s), got {len(args)}")
            if len(new) == arity:
                return func(*new)
            return make(new)

        return curried

    return make(())

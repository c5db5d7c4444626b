def curry(func, arity):
    def make(collected):
        def curried(*args):
            if not args:
                raise TypeError("no arguments")
            new = collected + args
            if len(new) > arity:
                raise TypeError("too many")
            if len(new) == arity:
                return func(*new)
            return make(new)

        return curried

    return make(())

def curry(func, arity):
    if type(arity) is not int or arity < 1:
        raise ValueError("arity")

    def make(collected):
        def curried(*args):
            if not args:
                raise TypeError("no arguments")
            new = collected + args
            if len(new) >= arity:   # too many arguments reach func (or are cut) instead of a TypeError
                return func(*new[:arity])
            return make(new)

        return curried

    return make(())

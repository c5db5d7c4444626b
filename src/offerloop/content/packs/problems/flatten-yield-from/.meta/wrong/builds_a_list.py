def flatten(items):
    out = []

    def walk(xs):
        for x in xs:
            if isinstance(x, (str, bytes, dict)):
                out.append(x)
            elif isinstance(x, (list, tuple, set)) or hasattr(x, "__iter__"):
                walk(x)
            else:
                out.append(x)

    walk(items)   # reads everything first: never returns on an infinite input
    return iter(out)

def expand(s):
    # Recursive descent with a shared index (nesting is at most 50 deep).
    pos = 0

    def body():
        nonlocal pos
        out = []
        while pos < len(s) and s[pos] != "]":
            if s[pos].isdigit():
                k = 0
                while s[pos].isdigit():
                    k = 10 * k + int(s[pos])
                    pos += 1
                pos += 1  # "["
                inner = body()
                pos += 1  # "]"
                out.append(inner * k)
            else:
                out.append(s[pos])
                pos += 1
        return "".join(out)

    return body()

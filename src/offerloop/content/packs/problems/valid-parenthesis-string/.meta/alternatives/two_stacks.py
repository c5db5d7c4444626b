def check_wildcard_brackets(s):
    # Match each ")" with the latest "(" (or else a star); then every left-over "(" needs a later star.
    opens, stars = [], []
    for i, ch in enumerate(s):
        if ch == "(":
            opens.append(i)
        elif ch == "*":
            stars.append(i)
        elif opens:
            opens.pop()
        elif stars:
            stars.pop()
        else:
            return False
    while opens:
        if not stars or stars[-1] < opens[-1]:
            return False
        opens.pop()
        stars.pop()
    return True

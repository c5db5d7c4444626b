def is_balanced(s):
    # Delete adjacent pairs until nothing changes: right, but quadratic on deep nesting.
    while True:
        t = s.replace("()", "").replace("[]", "").replace("{}", "")
        if t == s:
            return not s
        s = t

def check_wildcard_brackets(s):
    # Compares counts only: ignores that a ")" needs an earlier "(".
    opens, closes, stars = s.count("("), s.count(")"), s.count("*")
    return abs(opens - closes) <= stars

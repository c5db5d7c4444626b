def fibonacci():
    a, b = 1, 1   # skips the leading 0
    while True:
        yield a
        a, b = b, a + b

def is_happy(n):
    # The digit loop stops one digit early and never squares the leading digit.
    seen = set()
    while n != 1 and n not in seen:
        seen.add(n)
        total = 0
        while n >= 10:
            total += (n % 10) ** 2
            n //= 10
        n = total
    return n == 1

def days_until_warmer(temps):
    n = len(temps)
    wait = [0] * n
    for i in range(n):
        for j in range(i + 1, n):  # O(n^2) on a cooling spell
            if temps[j] > temps[i]:
                wait[i] = j - i
                break
    return wait

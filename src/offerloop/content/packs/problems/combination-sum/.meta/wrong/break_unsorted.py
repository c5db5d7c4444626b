def combination_sum(candidates, target):
    # Stops the loop at the first coin that is too big, but never sorted the coins.
    out = []

    def walk(start, remaining, current):
        if remaining == 0:
            out.append(current)
            return
        for j in range(start, len(candidates)):
            if candidates[j] > remaining:
                break
            walk(j, remaining - candidates[j], current + [candidates[j]])

    walk(0, target, [])
    return out

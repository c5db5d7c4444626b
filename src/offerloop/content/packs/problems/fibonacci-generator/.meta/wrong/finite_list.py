def fibonacci():
    # Returns a finite list instead of a lazy generator.
    out = [0, 1]
    while len(out) < 50:
        out.append(out[-1] + out[-2])
    return out

def make_multipliers(n):
    current = [0]
    fs = []
    for i in range(n):
        current[0] = i
        fs.append(lambda x: current[0] * x)   # one shared cell
    return fs

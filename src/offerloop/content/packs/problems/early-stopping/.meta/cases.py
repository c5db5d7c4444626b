from offerloop.judge.cases import case


def visible():
    return [
        case([1.0, 0.8, 0.81, 0.79, 0.85, 0.9], 2, name="stops after two bad epochs"),
        case([1.0, 0.9, 0.8, 0.7], 1, name="never stops"),
    ]


def hidden(rng):
    cases = [
        case([0.5], 3, name="a single epoch"),
        case([1.0, 1.0, 1.0, 1.0], 2, name="ties do not improve"),
        case([1.0, 0.95, 0.9, 0.89, 0.885], 2, min_delta=0.02, name="improvements smaller than min_delta"),
        case([1.0, 1.2, 0.5, 0.6, 0.4, 0.7, 0.8, 0.3], 3, name="the counter resets"),
        case([2.0, 1.0, 1.5, 0.2], 2, name="the minimum comes after the stop"),
        case([3.0, 2.0, 2.5, 2.5], 3, name="runs out of epochs while waiting"),
    ]
    for n, pat in ((30, 3), (60, 5)):
        losses = [round(float(v), 3) for v in 1.0 / (1.0 + 0.2 * rng.random(n).cumsum()) + 0.05 * rng.random(n)]
        cases.append(case(losses, pat, min_delta=0.001, name=f"noisy curve of {n} epochs"))
    return cases

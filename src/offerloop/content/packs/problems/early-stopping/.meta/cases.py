from fractions import Fraction

from offerloop.judge.cases import case

MARGIN = 1e-9  # every decision but the exact boundary case is at least this far from loss == best - min_delta


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
        # Exact in binary: 0.25 is exactly min_delta below 0.5 in every way of writing the rule.
        case([1.0, 0.5, 0.25, 0.125], 1, min_delta=0.25, name="exactly min_delta better is no improvement"),
    ]
    for n, pat in ((30, 3), (60, 5)):
        losses = [round(float(v), 3) for v in 1.0 / (1.0 + 0.2 * rng.random(n).cumsum()) + 0.05 * rng.random(n)]
        # Half a rounding step: a 3-decimal loss is never within 0.0005 of best - min_delta.
        cases.append(case(losses, pat, min_delta=0.0005, name=f"noisy curve of {n} epochs"))
    return cases


def check_case(args, kwargs):
    """The prompt's ranges, and every decision clear of loss == best - min_delta unless exact."""
    losses, patience = args
    min_delta = kwargs.get("min_delta", 0.0)
    assert len(losses) >= 1, "val_losses must be non-empty"
    assert type(patience) is int and patience >= 1, f"patience = {patience!r}: at least 1"
    assert min_delta >= 0, f"min_delta = {min_delta!r} is negative"
    best, wait = float("inf"), 0
    for epoch, loss in enumerate(losses):
        if best != float("inf"):
            gap = Fraction(loss) - Fraction(best) + Fraction(min_delta)  # exact, from the floats given
            if gap == 0:
                assert best - min_delta == loss and best - loss == min_delta, (
                    f"epoch {epoch}: exactly on the boundary, but float forms of the rule disagree")
            else:
                assert abs(gap) > MARGIN, f"epoch {epoch}: loss {loss} is within {MARGIN:g} of best - min_delta"
        if loss < best - min_delta:
            best, wait = loss, 0
        else:
            wait += 1
            if wait >= patience:
                return

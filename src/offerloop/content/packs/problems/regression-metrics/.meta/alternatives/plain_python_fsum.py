import math


def regression_metrics(y_true, y_pred):
    # Pure Python with exactly rounded sums (math.fsum); SS_tot from the mean.
    n = len(y_true)
    errs = [a - b for a, b in zip(y_true, y_pred)]
    ss_res = math.fsum(e * e for e in errs)
    mse = ss_res / n
    mean = math.fsum(y_true) / n
    ss_tot = math.fsum((a - mean) ** 2 for a in y_true)
    if ss_tot == 0:
        r2 = 1.0 if ss_res == 0 else 0.0
    else:
        r2 = 1.0 - ss_res / ss_tot
    return {"mse": mse, "rmse": math.sqrt(mse), "mae": math.fsum(abs(e) for e in errs) / n, "r2": r2}

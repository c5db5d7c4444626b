def early_stopping(val_losses, patience, min_delta=0.0):
    best, wait, stop = float("inf"), 0, len(val_losses) - 1
    for e, loss in enumerate(val_losses):
        if loss < best - min_delta:
            best, wait = loss, 0
        else:
            wait += 1
            if wait >= patience:
                stop = e
                break
    # The best epoch over the whole list, including epochs after the stop.
    return min(range(len(val_losses)), key=val_losses.__getitem__), stop

def early_stopping(val_losses, patience, min_delta=0.0):
    best, best_epoch, wait = float("inf"), 0, 0
    for e, loss in enumerate(val_losses):
        if loss < best - min_delta:
            best, best_epoch, wait = loss, e, 0
        else:
            wait += 1
            if wait > patience:  # waits one epoch too many
                return best_epoch, e
    return best_epoch, len(val_losses) - 1

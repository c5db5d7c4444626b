def early_stopping(val_losses, patience, min_delta=0.0):
    # Written as "the gain over the best so far must exceed min_delta"; patience counted from the best epoch.
    best_epoch = 0
    for epoch, loss in enumerate(val_losses):
        if epoch == 0 or val_losses[best_epoch] - loss > min_delta:
            best_epoch = epoch
        elif epoch - best_epoch >= patience:
            return best_epoch, epoch
    return best_epoch, len(val_losses) - 1

def early_stopping(val_losses, patience, min_delta=0.0):
    """(best_epoch, stop_epoch) under strict improvement by more than min_delta and the given patience."""
    raise NotImplementedError

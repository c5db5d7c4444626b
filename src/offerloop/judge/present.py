"""Turn plain data (numpy arrays included) into JSON-ready values for showing to users."""

from __future__ import annotations

import math
from typing import Any

import numpy as np

MAX_ITEMS = 200


def jsonable(value: Any) -> Any:
    if isinstance(value, np.ndarray):
        if value.size > MAX_ITEMS:
            return f"array of shape {value.shape}, dtype {value.dtype}"
        return jsonable(value.tolist())
    if isinstance(value, np.generic):
        return jsonable(value.item())
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return repr(value)
        return value
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        if len(value) > MAX_ITEMS:
            return f"{type(value).__name__} of length {len(value)}"
        return [jsonable(v) for v in value]
    return value

"""Back-of-the-envelope helpers (QPS, storage, model memory, bandwidth), the numbers a design states,
and whether those numbers agree with each other. Pure functions over plain data."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field

SECONDS_PER_DAY = 86_400
BYTES_PER_PARAM = {"fp32": 4.0, "float32": 4.0, "fp16": 2.0, "bf16": 2.0, "float16": 2.0, "int8": 1.0, "int4": 0.5}


# -- helpers ----------------------------------------------------------------------------------------
def qps(daily_users: float, requests_per_user: float, peak_factor: float = 3.0) -> dict[str, float]:
    """Average and peak queries per second from daily users and requests per user per day."""
    average = daily_users * requests_per_user / SECONDS_PER_DAY
    return {"average_qps": average, "peak_qps": average * peak_factor, "requests_per_day": daily_users * requests_per_user}


def storage(events_per_day: float, bytes_per_event: float, replication: float = 1.0) -> dict[str, float]:
    """Bytes written per day and per year."""
    per_day = events_per_day * bytes_per_event * replication
    return {"bytes_per_day": per_day, "bytes_per_year": per_day * 365}


def model_memory(parameters: float, bytes_per_parameter: float) -> dict[str, float]:
    """Bytes the weights take (activations, caches and optimizer state come on top)."""
    return {"bytes": parameters * bytes_per_parameter}


def bandwidth(qps_value: float, bytes_per_request: float) -> dict[str, float]:
    """Bytes per second and bits per second at a given request rate."""
    per_second = qps_value * bytes_per_request
    return {"bytes_per_second": per_second, "bits_per_second": per_second * 8}


def human_bytes(n: float) -> str:
    for unit in ("B", "KB", "MB", "GB", "TB", "PB"):
        if abs(n) < 1000 or unit == "PB":
            return f"{n:,.1f} {unit}" if unit != "B" else f"{n:,.0f} B"
        n /= 1000
    return f"{n:,.1f} PB"


def human(n: float) -> str:
    for div, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "k")):
        if abs(n) >= div:
            return f"{n / div:,.3g}{suffix}"
    return f"{n:,.3g}"


# -- numbers in a design ---------------------------------------------------------------------------
_NUM = r"(\d+(?:[.,]\d+)*(?:\.\d+)?)\s*(k|K|thousand|m|M|mn|million|b|B|bn|billion|t|T|trillion)?\b"
_MULT = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6, "b": 1e9, "bn": 1e9, "billion": 1e9,
         "t": 1e12, "trillion": 1e12}
_BYTE_UNITS = {"kb": 1e3, "mb": 1e6, "gb": 1e9, "tb": 1e12, "pb": 1e15}


def _value(number: str, unit: str | None) -> float:
    raw = number.replace(",", "")
    if raw.count(".") > 1:
        raw = raw.replace(".", "")
    value = float(raw)
    return value * _MULT.get((unit or "").lower(), 1.0)


def _sentences(text: str) -> list[str]:
    """Sentences, with hard-wrapped lines joined back (a blank line, a bullet or a heading starts anew)."""
    text = re.sub(r"\n(?!\s*\n|\s*[-*+#>|]|\s*\d+[.)]\s)", " ", text)
    return [s for s in re.split(r"(?<=[.!?;])\s+|\n+", text) if s.strip()]


@dataclass
class Numbers:
    """The estimation figures a design states (None when it does not state one)."""

    daily_users: float | None = None
    requests_per_user: float | None = None
    average_qps: float | None = None
    peak_qps: float | None = None
    parameters: float | None = None
    bytes_per_parameter: float | None = None
    model_memory_bytes: float | None = None
    storage_per_day_bytes: float | None = None
    storage_per_year_bytes: float | None = None
    latency_ms: list[float] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)


_USERS = re.compile(_NUM + r"\s*(?:\+\s*)?(daily active users|daily users|dau|users a day|users per day|active users per day)",
                    re.IGNORECASE)
_PER_USER = re.compile(_NUM + r"\s*(?:\w+\s+){0,2}?(?:requests?|queries|searches|sessions|feed loads|loads|calls|views|"
                       r"refreshes|lookups|messages|transactions|predictions)\s+(?:per|a|each|/)\s*(?:active\s+)?user",
                       re.IGNORECASE)
_QPS = re.compile(_NUM + r"\s*(qps|rps|queries per second|requests per second|queries/s|requests/s|req/s|"
                  r"predictions per second|transactions per second|tps)", re.IGNORECASE)
_PARAMS = re.compile(_NUM + r"\s*(?:parameters|params|parameter model|-parameter)", re.IGNORECASE)
_PARAMS_SHORT = re.compile(r"\b(\d+(?:\.\d+)?)\s*([BM])\b\s*(?:model|llm|parameter)", re.IGNORECASE)
_BYTES = re.compile(r"(\d+(?:[.,]\d+)*(?:\.\d+)?)\s*(kb|mb|gb|tb|pb)\b", re.IGNORECASE)
_LAT = re.compile(r"(\d+(?:\.\d+)?)\s*(ms|milliseconds?|s|sec|seconds?|min|minutes?|h|hours?)\b", re.IGNORECASE)


def find_numbers(text: str) -> Numbers:
    """The figures stated in a design, read sentence by sentence."""
    found = Numbers()
    for sentence in _sentences(text):
        low = sentence.lower()
        if found.daily_users is None and (m := _USERS.search(sentence)):
            found.daily_users = _value(m.group(1), m.group(2))
        if found.requests_per_user is None and (m := _PER_USER.search(sentence)):
            found.requests_per_user = _value(m.group(1), m.group(2))
        for m in _QPS.finditer(sentence):
            value = _value(m.group(1), m.group(2))
            before = low[max(0, m.start() - 40):m.start()]
            if "peak" in before or "peak" in low[m.end():m.end() + 12]:
                found.peak_qps = found.peak_qps or value
            elif "average" in before or "avg" in before or "mean" in before or found.average_qps is None:
                if found.average_qps is None:
                    found.average_qps = value
        if found.parameters is None:
            m = _PARAMS.search(sentence) or _PARAMS_SHORT.search(sentence)
            if m:
                found.parameters = _value(m.group(1), m.group(2))
        if found.bytes_per_parameter is None:
            for name, size in BYTES_PER_PARAM.items():
                if re.search(r"\b" + name + r"\b", low):
                    found.bytes_per_parameter = size
                    break
        for m in _BYTES.finditer(sentence):
            value = float(m.group(1).replace(",", "")) * _BYTE_UNITS[m.group(2).lower()]
            after = low[m.end():m.end() + 30]
            before = low[max(0, m.start() - 60):m.start()]
            if re.match(r"\s*(per day|a day|/day|/ day|each day|daily)", after):
                found.storage_per_day_bytes = found.storage_per_day_bytes or value
            elif re.match(r"\s*(per year|a year|/year|/ year|each year|annually|yearly)", after):
                found.storage_per_year_bytes = found.storage_per_year_bytes or value
            elif re.search(r"memory|weights|vram|gpu|fits? in|footprint", before + after) and found.model_memory_bytes is None:
                found.model_memory_bytes = value
        timed = re.search(r"latency|p50|p90|p95|p99|respond|response|within|under|below|budget|slo|ttft|first token|"
                          r"finish|deadline|real time|real-time", low)
        for m in _LAT.finditer(sentence):
            unit = m.group(2).lower()
            # milliseconds are a latency whatever the sentence says; longer units need a word that times something
            if unit in ("ms", "millisecond", "milliseconds") or timed:
                if unit in ("ms", "millisecond", "milliseconds"):
                    ms = float(m.group(1))
                elif unit.startswith("mi"):
                    ms = float(m.group(1)) * 60_000
                elif unit.startswith("h"):
                    ms = float(m.group(1)) * 3_600_000
                else:
                    ms = float(m.group(1)) * 1000
                found.latency_ms.append(ms)
    return found


@dataclass
class Consistency:
    what: str
    ok: bool
    message: str

    def to_dict(self) -> dict:
        return asdict(self)


def consistency(numbers: Numbers) -> list[Consistency]:
    """Each relation between stated figures that can be checked, and whether it holds."""
    out: list[Consistency] = []
    n = numbers
    if n.daily_users and n.requests_per_user and n.average_qps:
        expected = n.daily_users * n.requests_per_user / SECONDS_PER_DAY
        ok = 0.5 <= n.average_qps / expected <= 2.0
        out.append(Consistency(
            "qps", ok,
            f"{human(n.daily_users)} daily users x {human(n.requests_per_user)} requests each / 86,400 s is about "
            f"{human(expected)} QPS on average; the design says {human(n.average_qps)}."
            + ("" if ok else " These disagree by more than 2x: redo the arithmetic or say what else adds load.")))
    if n.average_qps and n.peak_qps:
        ratio = n.peak_qps / n.average_qps
        ok = 1.0 <= ratio <= 20.0
        out.append(Consistency(
            "peak", ok,
            f"Peak {human(n.peak_qps)} QPS is {ratio:.1f}x the average {human(n.average_qps)} QPS."
            + ("" if ok else " A peak is usually 2-10x the average, never below it.")))
    if n.parameters and n.bytes_per_parameter and n.model_memory_bytes:
        weights = n.parameters * n.bytes_per_parameter
        ok = n.model_memory_bytes >= 0.9 * weights
        out.append(Consistency(
            "memory", ok,
            f"{human(n.parameters)} parameters x {n.bytes_per_parameter:g} bytes is {human_bytes(weights)} of weights; "
            f"the design budgets {human_bytes(n.model_memory_bytes)}."
            + ("" if ok else " The weights alone do not fit in that memory.")))
    if n.storage_per_day_bytes and n.storage_per_year_bytes:
        expected = n.storage_per_day_bytes * 365
        ok = 0.5 <= n.storage_per_year_bytes / expected <= 3.0
        out.append(Consistency(
            "storage", ok,
            f"{human_bytes(n.storage_per_day_bytes)} per day is about {human_bytes(expected)} per year; "
            f"the design says {human_bytes(n.storage_per_year_bytes)} per year."
            + ("" if ok else " The yearly figure does not follow from the daily one.")))
    return out

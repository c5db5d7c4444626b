"""CSV of the user's own cards: header question,answer[,topic][,key_points], key points split on ';'.

Rows are numbered as a spreadsheet shows them: the header is row 1, the first card row 2.
Parsing is all-or-nothing: every bad row is reported, and nothing is stored unless all are good.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass

from offerloop.content.schemas import CARD_TOPICS
from offerloop.errors import InvalidInput

COLUMNS = ("question", "answer", "topic", "key_points")
REQUIRED = ("question", "answer")
MAX_ROWS = 5000


@dataclass(frozen=True)
class CsvCard:
    row: int
    question: str
    answer: str
    topic: str | None
    key_points: list[str]


def _norm(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def _why(exc: csv.Error) -> str:
    """The csv module's error in the user's words (its advice about opening files dropped)."""
    if "field limit" in str(exc):
        return f"a field is longer than {csv.field_size_limit():,} characters"
    return str(exc).split(" - ")[0]


def _refuse_unclosed_quote(text: str) -> None:
    """A quote opened and never closed makes a lenient CSV reader swallow the rest of the file into
    one field (one junk card); a strict pass finds it first and names the row where it opened."""
    number = 0
    try:
        for _ in csv.reader(io.StringIO(text, newline=""), strict=True):
            number += 1
    except csv.Error as exc:
        if "unexpected end of data" in str(exc):
            raise InvalidInput(f"Nothing was imported: row {number + 1} opens a quote (\") that is never closed, so "
                               "the rest of the file would be read as one field; close or remove that quote.") from None
        # Other strictness (a stray quote inside a field) is left to the lenient reader below.


def parse_cards_csv(text: str) -> list[CsvCard]:
    """The cards of a CSV text, or InvalidInput naming every bad row."""
    if text.startswith("\ufeff"):
        text = text[1:]  # spreadsheet programs write a byte-order mark
    if not text.strip():
        raise InvalidInput("The CSV file is empty; it needs a header row: question,answer[,topic][,key_points].")
    _refuse_unclosed_quote(text)
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [h.strip().lower().replace(" ", "_").replace("-", "_") for h in next(reader)]
    except csv.Error as exc:
        raise InvalidInput(f"The CSV header cannot be read: {_why(exc)}.") from None
    unknown = [h for h in header if h not in COLUMNS]
    missing = [c for c in REQUIRED if c not in header]
    if unknown or missing or len(set(header)) != len(header):
        detail = []
        if missing:
            detail.append(f"missing {', '.join(missing)}")
        if unknown:
            detail.append(f"unknown {', '.join(repr(u) for u in unknown)}")
        if len(set(header)) != len(header):
            detail.append("a column appears twice")
        raise InvalidInput(f"The CSV header must be question,answer[,topic][,key_points] ({'; '.join(detail)}).")
    cards: list[CsvCard] = []
    problems: list[str] = []
    seen: dict[str, int] = {}
    number = 1
    try:
        for fields in reader:
            number += 1
            if not any(f.strip() for f in fields):
                continue  # blank lines are not cards
            if number > MAX_ROWS + 1:
                raise InvalidInput(f"The CSV file has more than {MAX_ROWS} cards; split it into smaller files.")
            if len(fields) > len(header):
                problems.append(f"row {number} has {len(fields)} fields but the header has {len(header)}")
                continue
            row = dict(zip(header, [f.strip() for f in fields]))
            question = " ".join(row.get("question", "").split())
            answer = row.get("answer", "")
            topic = row.get("topic", "").strip().lower() or None
            points = [" ".join(p.split()) for p in row.get("key_points", "").split(";") if p.strip()]
            if len(_norm(question)) < 3:
                problems.append(f"row {number} has no question")
            elif len(question) > 2000:
                problems.append(f"row {number} has a question longer than 2000 characters")
            elif _norm(question) in seen:
                problems.append(f"row {number} repeats the question of row {seen[_norm(question)]}")
            if topic is not None and topic not in CARD_TOPICS:
                problems.append(f"row {number} has the unknown topic {topic!r}")
            if len(points) > 7:
                problems.append(f"row {number} has {len(points)} key points (at most 7)")
            seen.setdefault(_norm(question), number)
            cards.append(CsvCard(number, question, answer, topic, points))
    except csv.Error as exc:  # raised while reading the next row, before the count moved to it
        raise InvalidInput(f"The CSV file cannot be read at row {number + 1}: {_why(exc)}.") from None
    if problems:
        shown = "; ".join(problems[:20]) + (f"; and {len(problems) - 20} more" if len(problems) > 20 else "")
        raise InvalidInput(f"Nothing was imported: {len(problems)} bad row(s): {shown}. "
                           f"Topics are {', '.join(CARD_TOPICS)}.")
    if not cards:
        raise InvalidInput("The CSV file has a header but no cards.")
    return cards


def cards_to_csv(items) -> str:
    """The reverse, for the user's own cards: a CSV this module reads back."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for item in items:
        # only key points the user typed travel (derived ones come back from the answer anyway)
        typed = [] if getattr(item, "derived_points", False) else [p for p, _ in item.key_points]
        writer.writerow([item.question, item.answer, item.topic or "", "; ".join(typed)])
    return out.getvalue()

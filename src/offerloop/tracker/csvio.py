"""CSV export and import of applications: one header row, one application per row.

Row numbers in reports are spreadsheet rows: the header is row 1, the first application row 2.
Dates may be ISO dates (read as midnight UTC) or ISO datetimes; an offset-free datetime is read
as UTC, since a spreadsheet has no zone to offer.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Iterable

from offerloop.errors import InvalidInput
from offerloop.tracker.pipeline import check_company_type, check_stage
from offerloop.tracker.times import parse_when

COLUMNS: tuple[str, ...] = ("company", "role", "type", "stage", "applied_at", "stage_changed_at",
                            "source", "link", "offer_deadline", "job_description")
REQUIRED: tuple[str, ...] = ("company", "role", "type")
# Header names other trackers use for the same thing.
ALIASES = {"company_type": "type", "company type": "type", "status": "stage", "position": "role",
           "title": "role", "job title": "role", "applied": "applied_at", "date applied": "applied_at",
           "url": "link", "job link": "link", "description": "job_description"}
DATE_COLUMNS = ("applied_at", "stage_changed_at", "offer_deadline")
LIMITS = {"company": 200, "role": 200, "source": 200, "link": 1000}  # the columns' sizes in the store


@dataclass
class CsvReport:
    rows: list[tuple[int, dict[str, Any]]] = field(default_factory=list)  # (row number, clean values)
    errors: list[tuple[int, str]] = field(default_factory=list)
    unknown_columns: list[str] = field(default_factory=list)
    # Rows skipped as duplicates: (row number, one sentence naming what they repeat).
    duplicates: list[tuple[int, str]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"good_rows": len(self.rows), "errors": [{"row": n, "error": e} for n, e in self.errors],
                "unknown_columns": self.unknown_columns,
                "duplicates": [{"row": n, "error": e} for n, e in self.duplicates]}


def duplicate_key(company: str, role: str, applied_at: datetime) -> tuple[str, str, str]:
    """What makes two applications the same one: company, role (ignoring case and spacing) and the
    UTC day of the application."""
    def norm(text: str) -> str:
        return " ".join(text.split()).casefold()

    return norm(company), norm(role), applied_at.astimezone(timezone.utc).date().isoformat()


def split_duplicates(report: CsvReport, existing: dict[tuple[str, str, str], int]) -> None:
    """Move the report's rows that repeat a stored application (`existing`: key -> id) or an earlier
    row of the same file into report.duplicates."""
    seen: dict[tuple[str, str, str], int] = {}
    kept = []
    for number, row in report.rows:
        key = duplicate_key(row["company"], row["role"], row["applied_at"])
        what = f"{row['role']} at {row['company']} applied {key[2]}"
        if key in existing:
            report.duplicates.append((number, f"{what} is already stored (application {existing[key]})"))
        elif key in seen:
            report.duplicates.append((number, f"{what} repeats row {seen[key]}"))
        else:
            seen[key] = number
            kept.append((number, row))
    report.rows = kept


def write(apps: Iterable[Any]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for a in apps:
        writer.writerow([
            a.company, a.role, a.company_type, a.stage, a.applied_at.astimezone(timezone.utc).isoformat(),
            a.stage_changed_at.astimezone(timezone.utc).isoformat(), a.source, a.link,
            a.offer_deadline.astimezone(timezone.utc).isoformat() if a.offer_deadline else "", a.job_description,
        ])
    return out.getvalue()


def _date(value: str, column: str) -> datetime:
    return parse_when(value, tz="UTC", what=column.replace("_", " "))[0]


def _unreadable(exc: csv.Error, row: int) -> InvalidInput:
    """The csv module's own error (a field past its 131,072-character limit, say) as one sentence."""
    if "field limit" in str(exc):
        why = f"a field is longer than {csv.field_size_limit():,} characters"
    else:
        why = str(exc).split(" - ")[0]  # drop its advice about opening files, which a user cannot act on
    return InvalidInput(f"The CSV file cannot be read at row {row}: {why}.")


def _records(text: str) -> Iterable[tuple[int, list[str]]]:
    """(spreadsheet row number, cells) per CSV record; a record the csv module cannot read is InvalidInput."""
    reader = csv.reader(io.StringIO(text))
    number = 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise _unreadable(exc, number) from None
        yield number, cells
        number += 1


def parse(text: str, now: datetime) -> CsvReport:
    """Check every row; good rows come back cleaned, bad ones as (row number, one sentence)."""
    report = CsvReport()
    records = _records(text.lstrip("\ufeff"))
    try:
        _, header = next(records)
    except StopIteration:
        raise InvalidInput("The CSV file is empty; it needs a header row such as company,role,type.") from None
    names: list[str | None] = []
    for raw in header:
        key = raw.strip().lower()
        key = ALIASES.get(key, key)
        if key in COLUMNS and key not in names:
            names.append(key)
        else:
            names.append(None)
            if raw.strip():
                report.unknown_columns.append(raw.strip())
    missing = [c for c in REQUIRED if c not in names]
    if missing:
        raise InvalidInput(f"The CSV header lacks the column(s) {', '.join(missing)}; "
                           f"known columns are: {', '.join(COLUMNS)}.")
    for number, cells in records:
        if not any(c.strip() for c in cells):
            continue
        values = {name: cells[i].strip() if i < len(cells) else "" for i, name in enumerate(names) if name}
        try:
            for column in REQUIRED:
                if not values.get(column):
                    raise InvalidInput(f"the {column} is empty")
            for column, limit in LIMITS.items():
                if len(values.get(column, "")) > limit:
                    raise InvalidInput(f"the {column} is longer than {limit} characters")
            kind = check_company_type(values["type"])
            stage = check_stage(values.get("stage") or "applied", kind)
            applied = _date(values["applied_at"], "applied_at") if values.get("applied_at") else now
            changed = _date(values["stage_changed_at"], "stage_changed_at") if values.get("stage_changed_at") else applied
            deadline = _date(values["offer_deadline"], "offer_deadline") if values.get("offer_deadline") else None
        except InvalidInput as exc:
            report.errors.append((number, str(exc).rstrip(".")))
            continue
        if changed < applied:
            report.errors.append((number, "the stage changed before the application was made"))
            continue
        report.rows.append((number, {
            "company": values["company"], "role": values["role"], "company_type": kind, "stage": stage,
            "applied_at": applied, "stage_changed_at": changed, "source": values.get("source", ""),
            "link": values.get("link", ""), "offer_deadline": deadline,
            "job_description": values.get("job_description", ""),
        }))
    return report

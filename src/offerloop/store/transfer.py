"""Export every row a user owns to versioned JSON, and import it back in one transaction.

The format is generic over the metadata, so a new area's tables travel without extra code:
rows are written table by table in foreign-key order, and on import integer primary keys are
re-issued and every foreign key is rewritten through the old-id -> new-id map. That lets a file
go into an empty store or one that already holds data. A row that repeats a unique key the store
already has (one row per user, one state per card) refuses the whole import with a sentence naming
the table and the key, or, with merge, keeps the store's row.
"""

from __future__ import annotations

import base64
import json
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import (Boolean, Date, DateTime, Float, Integer, LargeBinary, Numeric, Table, UniqueConstraint, insert,
                        select)
from sqlalchemy.sql.sqltypes import JSON

from offerloop.errors import Conflict, InvalidInput
from offerloop.store.base import UTCDateTime, utcnow

FORMAT = "offerloop-export"
VERSION = 1


def _owned_tables(metadata) -> list[Table]:
    """Tables holding user data, parents before children."""
    return [t for t in metadata.sorted_tables if "owner_id" in t.c]


def _dump_value(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes | bytearray | memoryview):
        return base64.b64encode(bytes(value)).decode()
    return value


def _load_value(column, value: Any) -> Any:
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, UTCDateTime | DateTime):
        parsed = datetime.fromisoformat(value)
        return parsed
    if isinstance(kind, Date):
        return date.fromisoformat(value)
    if isinstance(kind, Numeric) and not isinstance(kind, Float):
        return Decimal(value)
    if isinstance(kind, LargeBinary):
        return base64.b64decode(value)
    if isinstance(kind, Boolean):
        return bool(value)
    return value


def export_data(app, path: Path | None = None, metadata=None) -> dict:
    """All of the current user's rows as a JSON-ready dict (and written to path when given)."""
    if metadata is None:
        from offerloop.store.models import metadata

    tables: dict[str, list[dict]] = {}
    with app.session() as s:
        for table in _owned_tables(metadata):
            order = list(table.primary_key.columns) or list(table.c)
            rows = s.execute(select(table).where(table.c.owner_id == app.user_id).order_by(*order)).mappings()
            tables[table.name] = [
                {k: _dump_value(v) for k, v in row.items() if k != "owner_id"} for row in rows
            ]
    doc = {"format": FORMAT, "version": VERSION, "exported_at": utcnow().isoformat(), "tables": tables}
    if path is not None:
        tmp = path.with_name(path.name + ".part")
        tmp.write_text(json.dumps(doc, indent=1, ensure_ascii=False), encoding="utf-8")
        tmp.replace(path)  # never leave a half-written export behind
    return doc


def read_export(path: Path) -> dict:
    """Parse and validate an export file's envelope; raises InvalidInput with one clear sentence."""
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InvalidInput(f"The file {path} does not exist.") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidInput(f"The file {path} cannot be read as UTF-8 text: {exc}.") from None
    try:
        doc = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise InvalidInput(f"The file {path} is not valid JSON (line {exc.lineno}, column {exc.colno}).") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise InvalidInput(f"The file {path} is not an offerloop export.")
    if doc.get("version") != VERSION:
        raise InvalidInput(
            f"The file {path} is an offerloop export of version {doc.get('version')!r}; "
            f"this offerloop reads version {VERSION} only."
        )
    if not isinstance(doc.get("tables"), dict):
        raise InvalidInput(f"The file {path} has no 'tables' section.")
    return doc


def _unique_keys(table: Table, reissued: bool) -> list[tuple[str, ...]]:
    """The column sets a row must not repeat: unique constraints and indexes, and a primary key that
    the import keeps (a re-issued integer key never clashes)."""
    keys = [tuple(c.name for c in con.columns) for con in table.constraints if isinstance(con, UniqueConstraint)]
    keys += [tuple(c.name for c in ix.columns) for ix in table.indexes if ix.unique]
    if not reissued and table.primary_key.columns:
        keys.append(tuple(c.name for c in table.primary_key.columns))
    return [k for k in dict.fromkeys(keys) if k]


def _existing(s, table: Table, key: tuple[str, ...], owner_id: int, pk: str | None) -> dict[tuple, Any]:
    """key values -> the stored row's id (or True), for the rows this import could clash with."""
    cols = [table.c[c] for c in key] + ([table.c[pk]] if pk else [])
    q = select(*cols)
    if "owner_id" in key:
        q = q.where(table.c.owner_id == owner_id)
    return {tuple(row[:len(key)]): (row[len(key)] if pk else True) for row in s.execute(q)}


def _describe(table: str, key: tuple[str, ...], values: dict) -> str:
    named = [c for c in key if c != "owner_id"]
    if not named:
        return f"table {table!r} already has your row (it holds one per user)"
    return f"table {table!r} already has a row with " + " and ".join(f"{c} {values[c]!r}" for c in named)


def import_data(app, doc: dict, metadata=None, *, merge: bool = False,
                kept: dict[str, int] | None = None) -> dict[str, int]:
    """Add every row of an export to the current user's data, all or nothing. Returns rows per table.

    A row that repeats a unique key of a row the store already has (a card's state, the card
    settings, a plan: what an export taken from this very store holds) makes the whole import
    refused with Conflict naming the table and the key, nothing written; with merge=True the
    store's row is kept instead, the file's row is skipped (counted in `kept`) and rows of the file
    that pointed at it point at the kept row."""
    from sqlalchemy.exc import DBAPIError, IntegrityError, StatementError

    if metadata is None:
        from offerloop.store.models import metadata

    known = {t.name: t for t in _owned_tables(metadata)}
    unknown = sorted(set(doc["tables"]) - set(known))
    if unknown:
        raise InvalidInput(f"The export holds tables this offerloop does not know: {', '.join(unknown)}.")
    id_maps: dict[str, dict[Any, Any]] = {}
    counts: dict[str, int] = {}
    kept = kept if kept is not None else {}
    clashes: list[str] = []
    with app.session() as s:
        for table in _owned_tables(metadata):
            rows = doc["tables"].get(table.name, [])
            if not isinstance(rows, list):
                raise InvalidInput(f"The export's table {table.name!r} is not a list of rows.")
            pk_cols = list(table.primary_key.columns)
            reissue = len(pk_cols) == 1 and isinstance(pk_cols[0].type, Integer)
            fks = {
                fk.parent.name: fk.column.table.name
                for fk in table.foreign_keys
                if fk.parent.name != "owner_id"
            }
            id_map = id_maps.setdefault(table.name, {})
            pk_name = pk_cols[0].name if len(pk_cols) == 1 else None
            unique = {key: _existing(s, table, key, app.user_id, pk_name)
                      for key in _unique_keys(table, reissue)} if rows else {}
            inserted = 0
            for number, row in enumerate(rows, start=1):
                if not isinstance(row, dict):
                    raise InvalidInput(f"Row {number} of table {table.name!r} is not an object.")
                extra = set(row) - set(table.c.keys())
                if extra:
                    raise InvalidInput(
                        f"Row {number} of table {table.name!r} has unknown columns: {', '.join(sorted(extra))}."
                    )
                try:
                    values = {k: _load_value(table.c[k], v) for k, v in row.items()}
                except (ValueError, TypeError) as exc:
                    raise InvalidInput(f"Row {number} of table {table.name!r} has a bad value: {exc}.") from None
                for col, parent in fks.items():
                    if values.get(col) is not None and parent in id_maps:
                        old = values[col]
                        if old not in id_maps[parent]:
                            raise InvalidInput(
                                f"Row {number} of table {table.name!r} points at {parent} id {old}, "
                                "which is not in the file."
                            )
                        values[col] = id_maps[parent][old]
                values["owner_id"] = app.user_id
                clash = next(((key, stored[k]) for key, stored in unique.items()
                              if None not in (k := tuple(values.get(c) for c in key)) and k in stored), None)
                if clash is not None:
                    key, stored_id = clash
                    if not clashes:
                        clashes.append(_describe(table.name, key, values))
                    else:
                        clashes.append("")
                    if reissue and stored_id is not True:
                        id_map[values.get(pk_cols[0].name)] = stored_id  # children follow the kept row
                    kept[table.name] = kept.get(table.name, 0) + 1
                    continue
                old_id = values.pop(pk_cols[0].name, None) if reissue else None
                try:
                    new_id = s.execute(insert(table).values(**values).returning(*pk_cols)).first()[0]
                except IntegrityError as exc:
                    reason = str(getattr(exc, "orig", exc)).strip().splitlines()[0]
                    if "unique" in reason.lower() or "duplicate" in reason.lower():
                        raise Conflict(f"Nothing was imported: row {number} of table {table.name!r} repeats a key "
                                       f"this store already has ({reason}).") from None
                    raise InvalidInput(f"Row {number} of table {table.name!r} cannot be stored: {reason}.") from None
                except (DBAPIError, StatementError) as exc:
                    reason = str(getattr(exc, "orig", exc)).strip().splitlines()[0]
                    raise InvalidInput(f"Row {number} of table {table.name!r} cannot be stored: {reason}.") from None
                inserted += 1
                if reissue:
                    id_map[old_id] = new_id
            counts[table.name] = inserted
        if clashes and not merge:
            more = len(clashes) - 1
            raise Conflict(f"Nothing was imported: {clashes[0]}" + (f" (and {more} more row{'s' if more != 1 else ''} "
                           "of the file repeat rows this store has)" if more else "")
                           + "; the file was probably exported from this store, so import it into an empty one, "
                           "or use --merge to keep your rows and add the rest.")
    return counts

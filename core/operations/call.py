"""A change asked of the services, as data: run on the worker, or kept in a recovery file."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from core.domain import dto as dtos
from core.errors import ValidationError

# Which service methods a Call may name: everything a window changes, nothing else (a
# recovery file read back must not run arbitrary code).
ALLOWED = {
    "meetings": {
        "create",
        "update",
        "delete",
        "start",
        "end",
        "copy_from",
        "archive",
        "unarchive",
        "delete_with_revisions",
    },
    "attendance": {
        "add",
        "update",
        "set_status",
        "remove",
        "restore",
        "move",
        "remove_many",
        "restore_many",
    },
    "agenda": {"add", "update", "remove", "restore", "move"},
    "entries": {"add", "update", "delete", "restore", "move"},
    "actions": {"add", "update", "remove", "restore", "follow_up"},
    "drafts": {"save", "clear"},
    "revisions": {"finalize", "reopen"},
    "importer": {"import_dict"},
    "roster": {"apply"},
    "people": {"update", "delete", "merge"},
}


@dataclass(frozen=True)
class Call:
    """`services.<service>.<method>(*args, **kwargs)`, with plain values and DTOs only."""

    service: str
    method: str
    args: tuple[Any, ...] = ()
    kwargs: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.method not in ALLOWED.get(self.service, ()):
            raise ValidationError(
                f"Thao tác không được phép: {self.service}.{self.method}"
                f" / Not an allowed change: {self.service}.{self.method}"
            )

    def without(self, *keys: str) -> Call:
        """The same call without the keyword arguments *keys*."""
        kept = {k: v for k, v in self.kwargs.items() if k not in keys}
        return Call(self.service, self.method, self.args, kept)

    def run(self, services: Any) -> Any:
        return getattr(getattr(services, self.service), self.method)(*self.args, **self.kwargs)

    def to_json(self) -> str:
        return json.dumps(
            {
                "service": self.service,
                "method": self.method,
                "args": [_encode(a) for a in self.args],
                "kwargs": {k: _encode(v) for k, v in self.kwargs.items()},
            },
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, text: str) -> Call:
        data = json.loads(text)
        if not isinstance(data, dict):
            raise ValidationError("Không phải một thao tác. / Not a change.")
        return cls(
            str(data.get("service")),
            str(data.get("method")),
            tuple(_decode(a) for a in data.get("args", [])),
            {str(k): _decode(v) for k, v in dict(data.get("kwargs", {})).items()},
        )


def _encode(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return {"$datetime": value.isoformat()}
    if isinstance(value, dt.date):
        return {"$date": value.isoformat()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            "$dto": type(value).__name__,
            "fields": {f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)},
        }
    if isinstance(value, tuple | list):
        return [_encode(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): _encode(v) for k, v in value.items()}
    return value


def _data_class(name: str) -> Any:
    """A record type a Call may carry: the DTOs, and an attendance list's import preview."""
    from core.importers import roster_import

    return getattr(dtos, name, None) or getattr(roster_import, name, None)


def _decode(value: Any) -> Any:
    if isinstance(value, list):
        return [_decode(v) for v in value]
    if not isinstance(value, dict):
        return value
    if "$datetime" in value:
        return dt.datetime.fromisoformat(value["$datetime"])
    if "$date" in value:
        return dt.date.fromisoformat(value["$date"])
    if "$dto" in value:
        cls = _data_class(str(value["$dto"]))
        if not (isinstance(cls, type) and dataclasses.is_dataclass(cls)):
            raise ValidationError("Dữ liệu không hợp lệ. / Not valid data.")
        kinds = {f.name: f for f in dataclasses.fields(cls)}
        fields = {k: _decode(v) for k, v in dict(value["fields"]).items() if k in kinds}
        for name, f in kinds.items():  # tuples of DTOs come back as lists
            if name in fields and isinstance(fields[name], list) and "tuple" in str(f.type):
                fields[name] = tuple(fields[name])
        return cls(**fields)
    return {k: _decode(v) for k, v in value.items()}

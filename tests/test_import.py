"""MeetingImporter and record_to_dict: whole meetings in and out, all or nothing."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from core.errors import ValidationError
from core.importers.meeting_io import record_to_dict
from core.services import SAMPLE_FILE, Services
from tests.helpers import refused


def test_round_trip(services: Services, sample_id: int) -> None:
    data = record_to_dict(services.meetings.record(sample_id))
    assert data["format"] == "bienban-meeting/1"
    json.dumps(data)  # plain JSON values only
    again = services.importer.import_dict(copy.deepcopy(data))
    assert again != sample_id
    assert record_to_dict(services.meetings.record(again)) == data
    # People are shared through the directory, not duplicated.
    assert len(services.people.list()) == len(data["attendance"])


def test_notice_number_and_signer_travel_with_the_meeting(
    services: Services, sample_id: int
) -> None:
    services.meetings.update(sample_id, notice_number="07", notice_signer="CHỦ TỊCH")
    data = record_to_dict(services.meetings.record(sample_id))
    assert data["meeting"]["notice_number"] == "07"
    assert data["meeting"]["notice_signer"] == "CHỦ TỊCH"
    again = services.meetings.get(services.importer.import_dict(copy.deepcopy(data)))
    assert (again.notice_number, again.notice_signer) == ("07", "CHỦ TỊCH")
    # Files written before the notice had its own number still import.
    del data["meeting"]["notice_number"], data["meeting"]["notice_signer"]
    older = services.meetings.get(services.importer.import_dict(data))
    assert (older.notice_number, older.notice_signer) == ("", "")


def test_sample_file_matches_what_is_stored(services: Services, sample_id: int) -> None:
    shipped = json.loads(SAMPLE_FILE.read_text(encoding="utf-8"))
    stored = record_to_dict(services.meetings.record(sample_id))
    assert stored["meeting"]["title"] == shipped["meeting"]["title"]
    assert [a["full_name"] for a in stored["attendance"]] == [
        a["full_name"] for a in shipped["attendance"]
    ]
    assert [e["text"] for e in stored["entries"]] == [e["text"] for e in shipped["entries"]]


def _sample() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(SAMPLE_FILE.read_text(encoding="utf-8"))
    return data


def _broken(path: str, value: Any) -> dict[str, Any]:
    data = _sample()
    target: Any = data
    *head, last = path.split(".")
    for key in head:
        target = target[int(key)] if key.isdigit() else target[key]
    target[int(last) if last.isdigit() else last] = value
    return data


@pytest.mark.parametrize(
    "data",
    [
        [],
        {},
        {"meeting": "x"},
        _broken("meeting.title", "  "),
        _broken("meeting.planned_end", "2026-11-24T08:00:00"),
        _broken("meeting.actual_start", "2026-02-30T14:00:00"),
        _broken("meeting.quorum_rule", "most"),
        _broken("attendance.1.full_name", ""),
        _broken("attendance.1.role", "king"),
        _broken("attendance.1.status", "asleep"),
        _broken("entries.3.kind", "gossip"),
        _broken("entries.3.text", "bad \ud800"),
        _broken("entries.12.vote", {"votes_for": -1}),
        _broken("entries.12.vote", {"votes_for": 99}),
        _broken("actions.0.deadline", "2026-13-01"),
        _broken("actions.0.task", ""),
        _broken("meeting.notice_number", "9" * 41),
    ],
)
def test_bad_data_is_refused_whole(services: Services, data: Any) -> None:
    refused(services, ValidationError, services.importer.import_dict, data)
    assert services.meetings.count() == 0
    assert services.people.list() == []


def test_import_file_errors(services: Services, tmp_path: Path) -> None:
    missing = tmp_path / "missing.json"
    refused(services, ValidationError, services.importer.import_file, missing)
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    refused(services, ValidationError, services.importer.import_file, bad)


def test_sample_twice_shares_the_people(services: Services) -> None:
    a = services.add_sample()
    b = services.add_sample()
    assert a != b and services.meetings.count() == 2
    people = services.people.list()
    assert len(people) == len(services.attendance.list(a))

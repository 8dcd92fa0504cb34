"""Organisations and the person directory: create, update, complete, delete."""

from __future__ import annotations

import unicodedata

import pytest

from core.errors import NotFoundError, ValidationError
from core.services import Services
from tests.helpers import refused


def test_organisations(services: Services) -> None:
    og = services.organisations
    o = og.create("SỞ CÔNG THƯƠNG", "UBND TỈNH THANH HÓA", " SCT ", "Thanh Hóa")
    assert (o.name, o.parent_body, o.code, o.city) == (
        "SỞ CÔNG THƯƠNG",
        "UBND TỈNH THANH HÓA",
        "SCT",
        "Thanh Hóa",
    )
    assert og.get(o.id) == o
    o2 = og.update(o.id, name="SỞ TÀI CHÍNH", code="STC")
    assert (o2.name, o2.code) == ("SỞ TÀI CHÍNH", "STC")
    assert og.list() == [o2]
    refused(services, ValidationError, og.create, "  ")
    refused(services, ValidationError, og.create, "x" * 201)
    refused(services, ValidationError, og.update, o.id, name="")
    refused(services, ValidationError, og.update, o.id, colour="red")
    refused(services, ValidationError, og.update, o.id, city="\ud800")
    refused(services, NotFoundError, og.update, 999, name="x")
    refused(services, NotFoundError, og.get, 999)


def test_people_create_get_update(services: Services) -> None:
    pe = services.people
    nfd = unicodedata.normalize("NFD", "  Đặng Hữu Phúc ")
    p = pe.create(nfd, "Giám đốc", "Sở Công Thương")
    assert (p.full_name, p.position, p.unit) == ("Đặng Hữu Phúc", "Giám đốc", "Sở Công Thương")
    assert pe.get(p.id) == p
    # Same name and unit: the same directory entry, position refreshed.
    again = pe.create("Đặng Hữu Phúc", "Phó Giám đốc", "Sở Công Thương")
    assert again.id == p.id and again.position == "Phó Giám đốc"
    # Same name, another unit: another person.
    assert pe.create("Đặng Hữu Phúc", unit="Sở Tài chính").id != p.id
    p2 = pe.update(p.id, full_name="Đặng Hữu Phước", position="", unit="Sở Xây dựng")
    assert (p2.full_name, p2.position, p2.unit) == ("Đặng Hữu Phước", "", "Sở Xây dựng")
    assert pe.get(p.id) == p2


def test_people_refusals(services: Services) -> None:
    pe = services.people
    p = pe.create("Nguyễn Văn An", unit="Sở A")
    pe.create("Nguyễn Văn Bình", unit="Sở A")
    for name in ["", "   ", "\t\n", "x" * 201, "An\udc00"]:
        refused(services, ValidationError, pe.create, name)
        refused(services, ValidationError, pe.update, p.id, full_name=name)
    refused(services, ValidationError, pe.update, p.id, full_name="Nguyễn Văn Bình")
    refused(services, ValidationError, pe.update, p.id, unit="u" * 201)
    refused(services, NotFoundError, pe.get, 999)
    refused(services, NotFoundError, pe.update, 999, full_name="x")
    refused(services, NotFoundError, pe.delete, 999)


def test_delete_only_unused_people(services: Services, meeting_id: int) -> None:
    pe = services.people
    used = services.attendance.add(meeting_id, "Người dự").person_id
    free = pe.create("Người rảnh").id
    refused(services, ValidationError, pe.delete, used)
    pe.delete(free)
    assert [p.full_name for p in pe.list()] == ["Người dự"]


@pytest.mark.parametrize(
    ("prefix", "expected"),
    [
        ("dang", {"Đặng Hữu Phúc", "Đặng Thị Lan"}),
        ("DANG", {"Đặng Hữu Phúc", "Đặng Thị Lan"}),
        ("Đặng", {"Đặng Hữu Phúc", "Đặng Thị Lan"}),
        ("huu phuc", {"Đặng Hữu Phúc"}),
        ("lan", {"Đặng Thị Lan"}),
        ("nguyen", {"Nguyễn Văn An"}),
        ("%", {"Lê 100% Đúng"}),
        ("_", {"Trần_Bình"}),
        ("zzz", set()),
    ],
)
def test_complete_ignores_case_and_diacritics(
    services: Services, prefix: str, expected: set[str]
) -> None:
    for name in ("Đặng Hữu Phúc", "Đặng Thị Lan", "Nguyễn Văn An", "Lê 100% Đúng", "Trần_Bình"):
        services.people.create(name)
    assert {p.full_name for p in services.people.complete(prefix)} == expected


def test_complete_most_used_first_and_limited(services: Services) -> None:
    for i in range(3):
        mid = services.meetings.create(f"Họp {i}").id
        services.attendance.add(mid, "Đặng Văn Ba")
    services.people.create("Đặng An")
    assert [p.full_name for p in services.people.complete("dang")] == ["Đặng Văn Ba", "Đặng An"]
    assert len(services.people.complete("dang", limit=1)) == 1
    assert len(services.people.complete("")) == 2


def test_list_sorted_by_folded_name(services: Services) -> None:
    for name in ("Đặng B", "Anh C", "dang A"):
        services.people.create(name)
    assert [p.full_name for p in services.people.list()] == ["Anh C", "dang A", "Đặng B"]

"""What a clerk signs without touching: numbers that agree, wording, empty fields, the notice.

Each test exports through the services and reads the .docx back (issue 15, items 3-15; the
layout seen in LibreOffice is tests/test_export_layout.py).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml.ns import qn

from core.export.api import export_meeting
from core.services import Services

T0 = "2026-11-24T08:00:00"


def lines_of(path: Path) -> list[str]:
    """Every line of the document in reading order, tables included: paragraphs, and the
    lines of a paragraph split by manual breaks (a heading and what it opens, a vote)."""
    body = docx.Document(str(path)).element.body
    out: list[str] = []
    for p in body.iter(qn("w:p")):
        text = ""
        for node in p.iter(qn("w:t"), qn("w:br")):
            text += "\n" if node.tag == qn("w:br") else node.text or ""
        out += text.split("\n")
    return out


def export(services: Services, mid: int, tmp: Path, **kw: Any) -> list[str]:
    name = f"{kw.get('profile', 'x')}-{kw.get('kind', 'minutes')}.docx"
    return lines_of(export_meeting(services, mid, tmp / name, **kw))


def line(lines: list[str], start: str) -> str:
    found = [x for x in lines if x.startswith(start)]
    assert found, f"no line starts with {start!r}"
    return found[0]


def meeting(services: Services, **fields: Any) -> int:
    fields.setdefault("planned_start", T0)
    return services.meetings.create("Họp Ban Thường vụ", kind="meeting", **fields).id


def roster(services: Services, mid: int, rows: list[tuple[str, str, str]]) -> list[Any]:
    """(name, role, status) rows; 'absent_excused' rows get a reason."""
    out = []
    for name, role, status in rows:
        reason = "Đi công tác" if status == "absent_excused" else ""
        out.append(services.attendance.add(mid, name, role=role, status=status, reason=reason))
    return out


# -- numbers that agree ---------------------------------------------------------------------


@pytest.fixture
def absences(services: Services) -> int:
    mid = meeting(services, issuing_body="ĐẢNG ỦY XÃ")
    roster(
        services,
        mid,
        [
            ("Lê Văn Chủ", "chair", "present"),
            ("Ngô Thị Ký", "secretary", "present"),
            ("Trần Văn Một", "member", "present"),
            ("Phạm Văn Hai", "member", "absent_excused"),
            ("Đỗ Văn Ba", "member", "absent"),
            ("Khách Không Đến", "guest", "absent"),
            ("Khách Có Mặt", "guest", "present"),
        ],
    )
    return mid


def test_absence_is_counted_and_listed_alike_nd30(
    services: Services, absences: int, tmp_path: Path
) -> None:
    lines = export(services, absences, tmp_path, profile="nd30")
    assert "vắng mặt 2." in line(lines, "Tổng số 5 thành viên")
    assert "Vắng mặt (2):" in lines
    listed = lines[lines.index("Vắng mặt (2):") + 1 :][:2]
    assert [x.split(",")[0].split(" –")[0] for x in listed] == [
        "- Đồng chí Phạm Văn Hai",
        "- Đồng chí Đỗ Văn Ba (vắng không lý do).",
    ]
    assert not any("Khách Không Đến" in x for x in lines)  # a guest who did not come


def test_absence_is_counted_and_listed_alike_en_and_party(
    services: Services, absences: int, tmp_path: Path
) -> None:
    en = export(services, absences, tmp_path, profile="en")
    assert "2 absent" in line(en, "3 of 5 members present")
    apologies, absent = en.index("Apologies:"), en.index("Absent:")
    assert apologies == absent + 2  # one name under each, together the "2 absent"
    assert not any("Khách Không Đến" in x for x in en)
    party = export(services, absences, tmp_path, profile="party")
    summary = line(party, "Đại biểu chính thức:")
    assert "vắng mặt 2 đồng chí (đồng chí Phạm Văn Hai, lý do: đi công tác;" in summary
    # No "lý do: vắng không lý do": the status stands alone when no reason was given.
    assert summary.endswith("đồng chí Đỗ Văn Ba, vắng không lý do).")
    assert "lý do: vắng" not in summary


def test_vote_parts_add_up_to_the_total(services: Services, tmp_path: Path) -> None:
    mid = meeting(services)
    roster(services, mid, [(f"Ủy viên {i:02d}", "member", "present") for i in range(26)])
    motion = "Thông qua Nghị quyết chuyên đề về chuyển đổi số."
    services.entries.add(
        mid,
        "vote",
        "Đề nghị các đồng chí biểu quyết.",
        speaker_text="Chủ trì",
        vote={"subject": motion, "votes_for": 19, "votes_against": 3, "abstain": 1},
    )
    for profile in ("nd30", "party"):
        counts = line(export(services, mid, tmp_path, profile=profile), "Hình thức biểu quyết:")
        assert counts == (
            "Hình thức biểu quyết: giơ tay; tổng số 26; tán thành 19 (73,08%);"
            " không tán thành 3 (11,54%); không biểu quyết 1 (3,85%);"
            " không tham gia biểu quyết 3 (11,54%)."
        )
        parts = [int(n) for n in re.findall(r"(?:thành|quyết) (\d+) \(", counts)]
        assert sum(parts) == 26
    en = line(export(services, mid, tmp_path, profile="en"), "Method:")
    assert en.endswith("26 eligible; for 19 (73.08%), against 3 (11.54%), abstained 1 (3.85%),"
                       " did not vote 3 (11.54%).")  # fmt: skip


# -- wording --------------------------------------------------------------------------------


def test_position_and_unit_are_joined_once(services: Services, tmp_path: Path) -> None:
    mid = meeting(services)
    vice = services.attendance.add(
        mid, "Lê Thị Xã", position="Phó Chủ tịch UBND xã", unit="UBND xã Đông Tiến",
        role="member", status="present",
    )  # fmt: skip
    services.attendance.add(
        mid, "Đỗ Quang Vinh", position="Giám đốc", unit="Sở Công Thương", status="present"
    )
    services.entries.add(mid, "opinion", "Ý kiến về ngân sách xã.", speaker_id=vice.id)
    for profile in ("nd30", "party"):
        lines = export(services, mid, tmp_path, profile=profile)
        text = "\n".join(lines)
        assert "UBND xã UBND xã" not in text
        assert "Đồng chí Lê Thị Xã, Phó Chủ tịch UBND xã Đông Tiến: Ý kiến" in text
    lines = export(services, mid, tmp_path, profile="nd30")
    assert "- Đồng chí Đỗ Quang Vinh, Giám đốc Sở Công Thương." in lines
    en = "\n".join(export(services, mid, tmp_path, profile="en"))
    assert "Đỗ Quang Vinh (Giám đốc, Sở Công Thương)" in en
    assert "Lê Thị Xã (Phó Chủ tịch UBND xã Đông Tiến)" in en


def test_motion_is_printed_once_without_a_double_stop(services: Services, tmp_path: Path) -> None:
    mid = meeting(services)
    roster(services, mid, [("A", "member", "present"), ("B", "member", "present")])
    motion = "Thông qua kế hoạch tháng 12."
    services.entries.add(mid, "vote", motion, speaker_text="Chủ trì", vote={
        "subject": motion, "votes_for": 2})  # fmt: skip
    services.entries.add(mid, "vote", "Đề nghị biểu quyết.", speaker_text="Chủ trì", vote={
        "subject": "Thông qua dự toán bổ sung.", "votes_for": 2})  # fmt: skip
    lines = export(services, mid, tmp_path, profile="nd30")
    text = "\n".join(lines)
    assert text.count("Thông qua kế hoạch tháng 12") == 1
    assert "Nội dung biểu quyết: Thông qua dự toán bổ sung." in lines
    assert ".." not in text


def test_pending_proposal_has_no_result_yet(services: Services, tmp_path: Path) -> None:
    mid = meeting(services)
    services.entries.add(mid, "proposal", "Đề nghị bổ sung kinh phí.", speaker_text="Sở TC",
                         proposal={"status": "pending"})  # fmt: skip
    services.entries.add(mid, "proposal", "Đề nghị lùi thời hạn.", speaker_text="Sở XD",
                         proposal={"status": "pending", "response": "Sẽ xem xét sau."})  # fmt: skip
    services.entries.add(mid, "proposal", "Đề nghị tăng biên chế.", speaker_text="Sở NV",
                         proposal={"status": "accepted"})  # fmt: skip
    for profile, result, pending in (
        ("nd30", "Kết quả xử lý: Tiếp thu.", "Chờ xử lý"),
        ("en", "Outcome: Accepted.", "Pending"),
    ):
        lines = export(services, mid, tmp_path, profile=profile)
        assert not any(pending in x for x in lines)
        assert result in lines
    lines = export(services, mid, tmp_path, profile="nd30")
    assert lines[lines.index("Sở TC đề xuất: Đề nghị bổ sung kinh phí.") + 1].startswith("Sở XD")
    assert "Kết quả xử lý: Sẽ xem xét sau." in lines


def test_party_wording(services: Services, sample_id: int, tmp_path: Path) -> None:
    lines = export(services, sample_id, tmp_path, profile="party")
    text = "\n".join(lines)
    assert "Hình thức biểu quyết: giơ tay;" in text and "Giơ tay" not in text
    # The press is listed apart from the invited delegates.
    invited = lines.index("Đại biểu mời dự:")
    press = lines.index("Phóng viên báo chí:")
    assert invited < press and "Vũ Ngọc Sơn" not in "".join(lines[invited:press])
    assert "Vũ Ngọc Sơn" in lines[press + 1]
    nd30 = export(services, sample_id, tmp_path, profile="nd30")
    assert "Khách mời và đại biểu khác: 3." in line(nd30, "Tổng số 5 thành viên")


def test_no_guest_sentence_when_there_are_none(services: Services, tmp_path: Path) -> None:
    mid = meeting(services)
    roster(services, mid, [("A", "chair", "present"), ("B", "member", "present")])
    summary = line(export(services, mid, tmp_path, profile="nd30"), "Tổng số 2 thành viên")
    assert summary == "Tổng số 2 thành viên; có mặt 2/2; vắng mặt 0."


def test_empty_fields_leave_no_broken_phrase(services: Services, tmp_path: Path) -> None:
    mid = services.meetings.create("Họp đột xuất").id  # no body, date, place, chair
    services.attendance.add(mid, "Thư Ký", role="secretary", status="present")
    speaker = services.attendance.add(mid, "Người Nói", status="present")
    services.entries.add(mid, "opinion", "Ý kiến thật.", speaker_id=speaker.id)
    # Nothing visible: control and zero-width characters pasted from elsewhere.
    services.entries.add(mid, "opinion", "\u200b\x01 \n \ufeff", speaker_id=speaker.id)
    services.entries.add(mid, "conclusion", "Kết luận duy nhất.")
    for profile in ("nd30", "party", "en"):
        for kind in ("minutes", "notice"):
            lines = [x.strip() for x in export(services, mid, tmp_path, profile=profile,
                                                kind=kind)]  # fmt: skip
            assert not {"*", "…", "TM.", "T/M", "For"} & set(lines), (profile, kind)
            assert "Đồng chí Người Nói:" not in lines and "Người Nói:" not in lines
            text = "\n".join(lines)
            assert "chủ trì chủ trì" not in text.casefold(), (profile, kind)
            if profile == "en":  # "… giờ …, ngày … tháng … năm …" is the form's own blank
                assert not re.search(r"(?<!…)…(?!…)", text), kind  # too short to write in
    notice = export(services, mid, tmp_path, profile="nd30", kind="notice")
    assert line(notice, "Ngày … tháng … năm …,") == (
        "Ngày … tháng … năm …, đồng chí …………………… chủ trì họp đột xuất."
    )
    assert line(notice, "Sau khi nghe").endswith(", đồng chí chủ trì kết luận như sau:")
    en = export(services, mid, tmp_path, profile="en", kind="notice")
    assert "Conclusions of the chair: Họp đột xuất" in en


def test_finalized_english_minutes_print_their_approval(
    services: Services, sample_id: int, tmp_path: Path
) -> None:
    draft = export(services, sample_id, tmp_path, profile="en")
    assert "These minutes were read and approved." not in draft
    services.revisions.finalize(sample_id)
    final = export(services, sample_id, tmp_path, profile="en")
    assert final.index("These minutes were read and approved.") < len(final) - 3


def test_nd30_labels_follow_form_1_9(services: Services, sample_id: int, tmp_path: Path) -> None:
    lines = export(services, sample_id, tmp_path, profile="nd30")
    for start in ("Thời gian bắt đầu: ", "Địa điểm: ", "Thành phần tham dự:",
                  "Chủ trì (chủ tọa): ", "Thư ký (người ghi biên bản): ",
                  "Nội dung (theo diễn biến cuộc họp):"):  # fmt: skip
        line(lines, start)
    assert line(lines, "Buổi làm việc kết thúc vào").endswith("năm 2026./.")


def test_manual_breaks_are_not_stretched_in_word_form(
    services: Services, sample_id: int, tmp_path: Path
) -> None:
    out = export_meeting(services, sample_id, tmp_path / "m.docx")
    compat = docx.Document(str(out)).settings.element.find(qn("w:compat"))
    tags = [c.tag.split("}")[1] for c in compat]
    # A w:compat child of its own (not a compatSetting), in the schema's order.
    assert tags[0] == "doNotExpandShiftReturn" and tags.index("useFELayout") == 1
    assert all(t == "compatSetting" for t in tags[2:])


def test_keep_with_next_only_on_headings_and_lead_ins(
    services: Services, sample_id: int, tmp_path: Path
) -> None:
    for profile in ("nd30", "party", "en"):
        out = export_meeting(services, sample_id, tmp_path / f"{profile}.docx", profile=profile)
        body = docx.Document(str(out)).element.body
        run = longest = 0
        for el in body:
            ppr = el.find(qn("w:pPr")) if el.tag == qn("w:p") else None
            kept = ppr is not None and ppr.find(qn("w:keepNext")) is not None
            run = run + 1 if kept else 0
            longest = max(longest, run)
            if kept and len("".join(t.text or "" for t in el.iter(qn("w:t")))) > 400:
                pytest.fail(f"{profile}: a long paragraph is kept with the next one")
        assert longest <= 3, profile  # a vote's lead-in, motion and count lines at most


def test_tables_never_touch(services: Services, sample_id: int, tmp_path: Path) -> None:
    """Two tables side by side in the body are one table (and one border) to Word and
    LibreOffice: the task table and the signatures' block are kept apart."""
    for profile in ("nd30", "party", "en"):
        for kind in ("minutes", "notice"):
            out = export_meeting(services, sample_id, tmp_path / "t.docx", profile=profile,
                                 kind=kind)  # fmt: skip
            body = [el.tag for el in docx.Document(str(out)).element.body]
            pairs = list(zip(body, body[1:], strict=False))
            assert (qn("w:tbl"), qn("w:tbl")) not in pairs, (profile, kind)


def test_body_ends_with_a_paragraph_a_point_high(
    services: Services, sample_id: int, tmp_path: Path
) -> None:
    """After a last table Word adds a paragraph of body size, which can spill a blank page."""
    out = export_meeting(services, sample_id, tmp_path / "end.docx")
    body = docx.Document(str(out)).element.body
    last = body[-2]  # before w:sectPr
    assert last.tag == qn("w:p") and last.getprevious().tag == qn("w:tbl")
    assert last.find(qn("w:pPr")).find(qn("w:rPr")).find(qn("w:sz")).get(qn("w:val")) == "2"


# -- the conclusion notice ------------------------------------------------------------------


def header_lines(path: Path) -> list[str]:
    cells = docx.Document(str(path)).tables[0].rows[0].cells
    return [p.text for c in cells for p in c.paragraphs if p.text]


def signature_lines(path: Path) -> list[str]:
    block = docx.Document(str(path)).tables[-1].rows[0].cells[0].tables[0]
    return [p.text for c in block.rows[0].cells for p in c.paragraphs if p.text]


def test_notice_has_its_own_number(services: Services, sample_id: int, tmp_path: Path) -> None:
    notice = export_meeting(services, sample_id, tmp_path / "tb.docx", kind="notice")
    assert "Số: ……/TB-TBT" in header_lines(notice)  # a blank, not the minutes' 05
    services.meetings.update(sample_id, notice_number="12")
    notice = export_meeting(services, sample_id, tmp_path / "tb.docx", kind="notice")
    minutes = export_meeting(services, sample_id, tmp_path / "bb.docx")
    assert "Số: 12/TB-TBT" in header_lines(notice)
    assert "Số: 05/BB-TBT" in header_lines(minutes)
    party = export_meeting(services, sample_id, tmp_path / "p.docx", kind="notice",
                           profile="party")  # fmt: skip
    assert "Số 12-TB/TBT" in header_lines(party)


def test_notice_signer_under_tm(services: Services, sample_id: int, tmp_path: Path) -> None:
    out = tmp_path / "tb.docx"
    export_meeting(services, sample_id, out, kind="notice")
    # The chair's position in the issuing body, from "…, Tổ trưởng Tổ biên tập văn kiện".
    assert signature_lines(out)[-3:] == [
        "TM. TỔ BIÊN TẬP VĂN KIỆN ĐẠI HỘI", "TỔ TRƯỞNG", "Lê Văn Thắng"]  # fmt: skip
    services.meetings.update(sample_id, notice_signer="Phó Tổ trưởng thường trực")
    export_meeting(services, sample_id, out, kind="notice", profile="party")
    assert signature_lines(out)[-3:] == [
        "T/M TỔ BIÊN TẬP VĂN KIỆN ĐẠI HỘI",
        "PHÓ TỔ TRƯỞNG THƯỜNG TRỰC",
        "Lê Văn Thắng",
    ]
    services.meetings.update(sample_id, issuing_body="")
    export_meeting(services, sample_id, out, kind="notice")
    assert signature_lines(out)[-2:] == ["PHÓ TỔ TRƯỞNG THƯỜNG TRỰC", "Lê Văn Thắng"]
    assert not any(x.startswith(("TM", "T/M")) for x in signature_lines(out))


def test_notice_numbers_several_points_only(services: Services, tmp_path: Path) -> None:
    mid = meeting(services, issuing_body="UBND XÃ ĐÔNG TIẾN")
    roster(services, mid, [("Chủ Tịch Xã", "chair", "present")])
    services.entries.add(mid, "conclusion", "Giao Văn phòng theo dõi, đôn đốc.")
    lines = export(services, mid, tmp_path, kind="notice")
    lead = line(lines, "Sau khi nghe báo cáo")
    assert lines[lines.index(lead) + 1] == "Giao Văn phòng theo dõi, đôn đốc."
    services.entries.add(mid, "conclusion", "Báo cáo kết quả trước ngày 30.")
    lines = export(services, mid, tmp_path, kind="notice")
    assert lines[lines.index(lead) + 1].startswith("1. Giao Văn phòng")
    assert lines[lines.index(lead) + 2].startswith("2. Báo cáo kết quả")

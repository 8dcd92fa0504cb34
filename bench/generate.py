"""Generate a reproducible archive of meetings with Core bulk inserts (seeded)."""

from __future__ import annotations

import argparse
import datetime as dt
import random
import time
from pathlib import Path
from typing import Any

from sqlalchemy import insert, text

from core.domain.models import Attendance, Entry, Meeting, Person, SearchDoc
from core.domain.text import fold
from core.storage.database import Database
from core.storage.locations import sqlite_url
from core.storage.migrate import migrate

SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô"]
MIDDLE = ["Văn", "Thị", "Đình", "Minh", "Thu", "Quang", "Hồng", "Ngọc", "Đức"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Lan", "Nam", "Thắng", "Tuấn", "Vinh"]
UNITS = [
    "Sở Công Thương",
    "Sở Tài chính",
    "Văn phòng Tỉnh ủy",
    "Ban Tuyên giáo Tỉnh ủy",
    "Sở Xây dựng",
    "Sở Nông nghiệp và Môi trường",
    "UBND thành phố",
    "Báo Thanh Hóa",
]
POSITIONS = ["Giám đốc", "Phó Giám đốc", "Trưởng phòng", "Chuyên viên", "Phó Chánh Văn phòng"]
SUBJECTS = [
    "Họp giao ban tháng",
    "Hội nghị sơ kết quý",
    "Buổi làm việc với",
    "Họp Ban Chấp hành",
    "Hội nghị triển khai nhiệm vụ",
    "Họp thẩm định dự án",
    "Họp Đảng bộ cơ quan",
]
PLACES = [
    "Nghi Sơn",
    "Lam Sơn",
    "Sầm Sơn",
    "Bỉm Sơn",
    "Hoằng Hóa",
    "Quảng Xương",
    "Tĩnh Gia",
    "Thọ Xuân",
    "Yên Định",
    "Thiệu Hóa",
    "Đông Sơn",
    "Nông Cống",
    "Như Thanh",
    "Ngọc Lặc",
    "Cẩm Thủy",
    "Thạch Thành",
    "Hà Trung",
    "Nga Sơn",
    "Hậu Lộc",
    "Triệu Sơn",
    "Vĩnh Lộc",
    "Mường Lát",
    "Quan Hóa",
    "Bá Thước",
    "Lang Chánh",
    "Thường Xuân",
    "Như Xuân",
]
ACTORS = [
    "Sở Công Thương",
    "Sở Tài chính",
    "Sở Xây dựng",
    "Sở Nội vụ",
    "Sở Y tế",
    "Sở Giáo dục và Đào tạo",
    "Sở Nông nghiệp và Môi trường",
    "Văn phòng Tỉnh ủy",
    "Ban Tuyên giáo",
    "Ban Tổ chức",
    "Ủy ban Kiểm tra",
    "Công an tỉnh",
    "Bộ Chỉ huy Quân sự",
    "Mặt trận Tổ quốc",
    "Đoàn Thanh niên",
    "Hội Phụ nữ",
    "Hội Nông dân",
    "Liên đoàn Lao động",
    "Ban Quản lý Khu kinh tế",
    "Trung tâm Xúc tiến đầu tư",
    "Kho bạc Nhà nước",
    "Thuế tỉnh",
]
VERBS = [
    "báo cáo",
    "đề nghị",
    "kiến nghị",
    "thống nhất",
    "rà soát",
    "đánh giá",
    "triển khai",
    "hoàn thiện",
    "bổ sung",
    "làm rõ",
    "tham mưu",
    "phối hợp",
    "đôn đốc",
    "kiểm tra",
    "tổng hợp",
    "xây dựng",
    "điều chỉnh",
    "giải trình",
    "tiếp thu",
    "chỉ đạo",
]
TOPICS = [
    "kế hoạch phát triển công nghiệp",
    "dự án khu dân cư",
    "chỉ tiêu thu ngân sách",
    "công tác cải cách hành chính",
    "giải phóng mặt bằng",
    "vốn đầu tư công",
    "chuyển đổi số",
    "xây dựng nông thôn mới",
    "phòng chống thiên tai",
    "an toàn giao thông",
    "xuất khẩu nông sản",
    "thu hút đầu tư",
    "hạ tầng khu công nghiệp",
    "bảo hiểm xã hội",
    "giảm nghèo bền vững",
    "chăm sóc sức khỏe ban đầu",
    "trường học đạt chuẩn",
    "quy hoạch sử dụng đất",
    "môi trường làng nghề",
    "công tác cán bộ",
    "kiểm tra giám sát",
    "công tác tuyên truyền",
    "phát triển đảng viên",
    "dân vận chính quyền",
    "du lịch biển",
    "chợ nông thôn",
    "thương mại điện tử",
    "cấp nước sạch",
    "điện chiếu sáng",
    "tỷ lệ lấp đầy cụm công nghiệp",
    "đào tạo nghề",
    "việc làm cho thanh niên",
    "nhà ở xã hội",
    "đường giao thông liên xã",
    "bệnh viện tuyến huyện",
    "văn hóa cơ sở",
]
TAILS = [
    "chậm tiến độ do vướng mặt bằng",
    "đạt {n}% kế hoạch",
    "tăng {n}% so với cùng kỳ",
    "còn {n} hồ sơ tồn đọng",
    "cần thêm {n} tỷ đồng",
    "hoàn thành trước ngày {d}/{m}",
    "trình Ban Thường vụ xem xét",
    "báo cáo bằng văn bản",
    "giao {a} chủ trì",
    "theo Kế hoạch số {n}/KH-UBND",
    "tại địa bàn {p}",
    "trong quý {q} năm {y}",
]
KINDS = ["opinion"] * 6 + ["report", "proposal", "note", "conclusion"]


def sentence(rnd: random.Random) -> str:
    tail = rnd.choice(TAILS).format(
        n=rnd.randint(2, 180),
        d=rnd.randint(1, 28),
        m=rnd.randint(1, 12),
        q=rnd.randint(1, 4),
        y=rnd.randint(2016, 2026),
        a=rnd.choice(ACTORS),
        p=rnd.choice(PLACES),
    )
    return (
        f"{rnd.choice(ACTORS)} {rnd.choice(VERBS)} {rnd.choice(TOPICS)} "
        f"{rnd.choice(PLACES)}, {tail}."
    )


def _batches(rows: list[dict[str, Any]], size: int = 20_000) -> Any:
    for i in range(0, len(rows), size):
        yield rows[i : i + size]


def generate(
    path: Path,
    meetings: int = 10_000,
    entries: int = 200_000,
    big: int = 2_000,
    seed: int = 20261125,
) -> dict[str, int]:
    """Fill a new database at *path*; the newest meeting holds *big* entries."""
    rnd = random.Random(seed)
    path.unlink(missing_ok=True)
    db = Database(sqlite_url(path))
    migrate(db)
    people = [
        {
            "id": i + 1,
            "full_name": f"{rnd.choice(SURNAMES)} {rnd.choice(MIDDLE)} {rnd.choice(GIVEN)} {i + 1}",
            "position": rnd.choice(POSITIONS),
            "unit": rnd.choice(UNITS),
        }
        for i in range(2_000)
    ]
    for p in people:
        p["folded"] = fold(p["full_name"])
    start = dt.datetime(2016, 1, 4, 8, 0)
    m_rows, a_rows, e_rows, docs = [], [], [], []
    per_meeting = [(entries - big) // (meetings - 1)] * (meetings - 1) + [big]
    per_meeting[0] += (entries - big) - sum(per_meeting[:-1])
    entry_id = att_id = 0
    for mid in range(1, meetings + 1):
        when = start + dt.timedelta(hours=6 * mid)
        title = f"{rnd.choice(SUBJECTS)} {mid}"
        m_rows.append(
            {
                "id": mid,
                "kind": "meeting",
                "title": title,
                "number": str(mid % 100),
                "status": "finalized" if mid < meetings else "draft",
                "documents": [],
                "place": "Phòng họp số 1",
                "planned_start": when,
                "actual_start": when,
                "created_at": when,
                "updated_at": when,
                "sort_date": when,
                "profile": "nd30",
                "quorum_rule": "majority",
            }
        )
        docs.append(
            {
                "meeting_id": mid,
                "source": "meeting",
                "ref_id": mid,
                "body": title,
                "folded": fold(title),
            }
        )
        attendees = []
        for pos, person in enumerate(rnd.sample(people, 8)):
            att_id += 1
            role = "chair" if pos == 0 else "secretary" if pos == 1 else "member"
            a_rows.append(
                {
                    "id": att_id,
                    "meeting_id": mid,
                    "person_id": person["id"],
                    "role": role,
                    "status": "present",
                    "position": pos,
                }
            )
            attendees.append(att_id)
        for pos in range(per_meeting[mid - 1]):
            entry_id += 1
            body = " ".join(sentence(rnd) for _ in range(rnd.randint(1, 4)))
            e_rows.append(
                {
                    "id": entry_id,
                    "meeting_id": mid,
                    "position": pos,
                    "kind": rnd.choice(KINDS),
                    "at": when + dt.timedelta(minutes=pos),
                    "speaker_id": rnd.choice(attendees),
                    "text": body,
                }
            )
            docs.append(
                {
                    "meeting_id": mid,
                    "source": "entry",
                    "ref_id": entry_id,
                    "body": body,
                    "folded": fold(body),
                }
            )
    with db.write() as s:
        for model, rows in (
            (Person, people),
            (Meeting, m_rows),
            (Attendance, a_rows),
            (Entry, e_rows),
            (SearchDoc, docs),
        ):
            for batch in _batches(rows):
                s.execute(insert(model), batch)
    with db.engine.connect() as conn:
        conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
        conn.execute(text("ANALYZE"))
    db.dispose()
    return {
        "meetings": meetings,
        "entries": entry_id,
        "attendance": att_id,
        "search_docs": len(docs),
        "big_meeting": meetings,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("path", type=Path)
    ap.add_argument("--meetings", type=int, default=10_000)
    ap.add_argument("--entries", type=int, default=200_000)
    ap.add_argument("--seed", type=int, default=20261125)
    args = ap.parse_args()
    t0 = time.perf_counter()
    info = generate(args.path, args.meetings, args.entries, seed=args.seed)
    print(info, f"{time.perf_counter() - t0:.1f}s")


if __name__ == "__main__":
    main()

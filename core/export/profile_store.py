"""The office's own export profiles: edited copies of the shipped ones, kept beside the database."""

from __future__ import annotations

import builtins
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.errors import BienBanError, ExportError, NotFoundError, StorageError, ValidationError
from core.export.profile import (
    BUILTIN,
    Profile,
    profile_path,
    read_profile_file,
    validate_profile,
)
from core.export.profile_schema import printable
from core.export.writer import write_atomic
from core.storage.database import Database

NAME_MAX = 60
# Letters (Vietnamese too), digits, space, dot, dash, underscore: a safe file name everywhere.
NAME_RE = re.compile(r"^[\w][\w .\-]*$")


@dataclass(frozen=True)
class StoredProfile:
    name: str
    path: Path
    description: str = ""


@dataclass(frozen=True)
class RejectedProfile:
    """A file in the profiles folder that cannot be used, and why (one line)."""

    file: str  # the file name, printable
    reason: str


def check_name(name: Any) -> str:
    """A profile name usable as a file name; built-in names are refused."""
    text = str(name or "").strip()
    shown = printable(text)
    if not text:
        raise ValidationError("Hãy đặt tên cho mẫu xuất. / Give the profile a name.", field="name")
    if len(text) > NAME_MAX:
        raise ValidationError(
            f"Tên mẫu xuất dài quá {NAME_MAX} ký tự. / The name is longer than {NAME_MAX}.",
            field="name",
        )
    if not NAME_RE.match(text) or text.endswith(".") or ".." in text:
        raise ValidationError(
            f"Tên '{shown}' chỉ được gồm chữ, số, dấu cách, '-', '_' và '.'."
            f" / The name may hold letters, digits, spaces, '-', '_' and '.' only.",
            field="name",
        )
    if text.casefold() in BUILTIN:
        raise ValidationError(
            f"'{shown}' là tên mẫu có sẵn; hãy chọn tên khác."
            f" / '{shown}' is a built-in profile name; choose another.",
            field="name",
        )
    return text


def read_profile_data(source: str | Path) -> dict[str, Any]:
    """The raw JSON of a built-in profile (by name) or of a profile file."""
    path = profile_path(str(source))
    try:
        data = read_profile_file(path)
    except FileNotFoundError:
        shown = printable(str(source), 200)
        raise NotFoundError(
            f"Không tìm thấy mẫu xuất '{shown}'. / Export profile not found: '{shown}'."
        ) from None
    if not isinstance(data, dict):
        raise ValidationError(
            f"Mẫu xuất '{printable(path.stem)}' không phải một đối tượng JSON {{...}}."
            f" / The profile '{printable(path.stem)}' is not a JSON object {{...}}."
        )
    return data


class ProfileStore:
    """One folder of NAME.json files; nothing is written in the program's folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    @classmethod
    def beside(cls, db: Database) -> ProfileStore:
        """<db folder>/<db file>.profiles, or the user data folder for a server database."""
        if db.path is not None:
            return cls(db.path.parent / f"{db.path.name}.profiles")
        from platformdirs import user_data_dir

        return cls(Path(user_data_dir("BienBan", appauthor=False)) / "profiles")

    def path(self, name: str) -> Path:
        return self.folder / f"{check_name(name)}.json"

    def scan(self) -> tuple[builtins.list[StoredProfile], builtins.list[RejectedProfile]]:
        """Every usable profile, and every file that is not one with the reason; never raises.

        A file is usable when its name is a valid profile name and it passes the schema in
        full, so a bad file never reaches a list, an export or the editor.
        """
        try:
            files = sorted(self.folder.glob("*.json"), key=lambda p: p.stem.casefold())
        except OSError:
            return [], []
        found: builtins.list[StoredProfile] = []
        rejected: builtins.list[RejectedProfile] = []
        for p in files:
            shown = printable(p.name, 80)
            try:
                check_name(p.stem)
                if not p.is_file():
                    raise ValidationError("không phải tệp / not a file")
                data = read_profile_file(p)
                validate_profile(data, p.stem)
            except BienBanError as exc:
                rejected.append(RejectedProfile(shown, exc.message))
                continue
            except OSError as exc:
                rejected.append(RejectedProfile(shown, printable(str(exc.strerror or exc))))
                continue
            desc = data.get("description", "") if isinstance(data, dict) else ""
            found.append(StoredProfile(p.stem, p, desc if isinstance(desc, str) else ""))
        return found, rejected

    def list(self) -> builtins.list[StoredProfile]:
        """The usable profiles, by name; files that fail the schema are left out."""
        return self.scan()[0]

    def rejected(self) -> builtins.list[RejectedProfile]:
        """The files left out of list(), each with the field and the reason."""
        return self.scan()[1]

    def load(self, name: str) -> dict[str, Any]:
        return read_profile_data(self.path(name))

    def copy(self, source: str | Path, name: str) -> Path:
        """Copy a shipped (or any) profile under a new name; refuses to overwrite one."""
        target = self.path(name)
        if target.exists():
            raise ValidationError(
                f"Đã có mẫu xuất tên '{name}'. / A profile named '{name}' exists already.",
                field="name",
            )
        data = read_profile_data(source)
        data["name"] = target.stem
        data["description"] = f"Bản sao của {Path(str(source)).stem} / copy of {source}"
        self.save(target.stem, data)
        return target

    def save(self, name: str, data: dict[str, Any]) -> Profile:
        """Validate then write atomically; a refused profile leaves the file as it was."""
        target = self.path(name)
        profile = validate_profile(data, target.stem)
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageError(
                f"Không tạo được thư mục mẫu xuất {self.folder}: {exc.strerror or exc}"
                f" / Cannot create the profiles folder."
            ) from exc

        def produce(tmp: Path) -> None:
            tmp.write_text(text, encoding="utf-8")

        try:
            write_atomic(target, produce)
        except ExportError as exc:
            raise StorageError(exc.message) from exc
        return profile

    def delete(self, name: str) -> None:
        target = self.path(name)
        try:
            target.unlink()
        except FileNotFoundError:
            raise NotFoundError(f"Không có mẫu xuất '{name}'. / No profile '{name}'.") from None
        except OSError as exc:
            raise StorageError(f"Không xóa được {target}: {exc.strerror or exc}") from exc

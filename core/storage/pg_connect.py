"""PostgreSQL addresses checked before connecting, and failures to connect told apart."""

from __future__ import annotations

import re
import socket
from pathlib import Path
from typing import Any

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from core.errors import ConnectionLostError, PasswordRequiredError, StorageError
from core.storage.faults import Fault

# libpq's own list; any other value fails with a message we would have to read.
SSLMODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
PROBE_TIMEOUT_S = 5
# Databases every cluster has, to try the same role and password on.
ALWAYS_THERE = ("postgres", "template1")
_PORT = re.compile(r"^[^:/]+://(?:[^@/]*@)?(?:\[[^\]]*\]|[^:/?]*):([^/?]*)")


def _address(vi: str, en: str) -> StorageError:
    return StorageError(f"{vi} / {en}", Fault.ADDRESS.value)


def parse_url(url: str) -> URL:
    """*url* parsed, or a one-line StorageError saying what is wrong with it (never quoting
    a password)."""
    try:
        return make_url(url)
    except (ArgumentError, ValueError):
        port = _PORT.match(url)
        if port and not port.group(1).isdigit():
            shown = port.group(1)[:20]
            raise _address(
                f"Cổng “{shown}” trong địa chỉ cơ sở dữ liệu không phải là số (ví dụ :5432)",
                f"The port “{shown}” in the database address is not a number (e.g. :5432)",
            ) from None
        raise StorageError(
            "Địa chỉ cơ sở dữ liệu không hợp lệ. / The database address is not valid."
        ) from None


def check_address(url: URL) -> None:
    """What libpq would refuse with a vague error, refused here in words: a port out of range,
    an sslmode libpq does not know."""
    if url.port is not None and not 0 < url.port < 65536:
        raise _address(
            f"Cổng {url.port} không hợp lệ (từ 1 đến 65535, thường là 5432)",
            f"The port {url.port} is not valid (1 to 65535, usually 5432)",
        )
    sslmode = url.query.get("sslmode")
    if sslmode is not None and sslmode not in SSLMODES:
        shown = str(sslmode)[:30]
        raise _address(
            f"sslmode “{shown}” không hợp lệ; dùng một trong: {', '.join(SSLMODES)}",
            f"sslmode “{shown}” is not valid; use one of: {', '.join(SSLMODES)}",
        )


def _text(value: bytes | None) -> str:
    return value.decode("utf-8", "replace") if value else ""


def _conninfo(pgconn: Any) -> dict[str, str]:
    """The parameters libpq used (from the address, a service file, the environment)."""
    found: dict[str, str] = {}
    for option in pgconn.info:
        value = _text(option.val)
        if value:
            found[_text(option.keyword)] = value
    return found


def _probe(params: dict[str, str], **changes: str) -> Any:
    """Connect with *params* changed; None when it worked, else the failed pgconn."""
    import psycopg
    from psycopg.conninfo import make_conninfo

    conninfo = make_conninfo(**{**params, **changes, "connect_timeout": str(PROBE_TIMEOUT_S)})
    try:
        psycopg.connect(conninfo).close()
    except psycopg.Error as exc:
        return getattr(exc, "pgconn", None) or False
    return None


def _reach(host: str, port: int, shown: str) -> StorageError | None:
    """Why nothing answers at *host*:*port*, or None when something does."""
    if host.startswith("/"):
        if Path(host, f".s.PGSQL.{port}").exists():
            return None
        return ConnectionLostError(
            f"Không có máy chủ PostgreSQL nào chạy trên máy này (không thấy socket trong {host})"
            f" cho {shown}. / No PostgreSQL server runs on this machine (no socket in {host})."
        )
    try:
        socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError):
        return _address(
            f"Không tìm thấy máy chủ “{host}” (tên sai, hoặc mạng/DNS chưa sẵn sàng)",
            f"The server name “{host}” is not known (a typo, or the network or DNS is down)",
        )
    try:
        socket.create_connection((host, port), timeout=PROBE_TIMEOUT_S).close()
    except OSError:
        return ConnectionLostError(
            f"Không có gì trả lời tại {host}:{port}: máy chủ PostgreSQL chưa chạy, sai cổng, hoặc"
            f" tường lửa chặn. / Nothing answers at {host}:{port}: the PostgreSQL server is not"
            f" running, the port is wrong, or a firewall is in the way."
        )
    return None


def explain_connect_failure(exc: BaseException, url: URL, shown: str) -> StorageError | None:
    """Why the first connection to a server failed, found by trying, not by reading libpq's
    message: the host, the port, SSL, then the same role on a database every server has.
    None when *exc* is not a failure to connect."""
    orig = getattr(exc, "orig", None) or exc
    if not any(c.__module__.startswith("psycopg") for c in type(orig).mro()):
        return None
    pgconn = getattr(orig, "pgconn", None)
    if pgconn is None:
        # psycopg resolves the host name itself, before libpq has a connection to show.
        return _reach(url.host, url.port or 5432, shown) if url.host else None
    if pgconn.backend_pid:
        return None  # it did connect: a connection lost later is not explained here
    params = _conninfo(pgconn)
    host = _text(pgconn.host) or params.get("host", "")
    port_text = _text(pgconn.port) or params.get("port", "5432")
    port = int(port_text) if port_text.isdigit() else 5432
    if host:
        unreachable = _reach(host, port, shown)
        if unreachable is not None:
            return unreachable
    sslmode = params.get("sslmode", "prefer")
    needs_ssl = sslmode in ("require", "verify-ca", "verify-full")
    if needs_ssl and _probe(params, sslmode="disable") is None:
        return _address(
            f"Máy chủ {shown} không nhận kết nối SSL mà địa chỉ yêu cầu (sslmode={sslmode}); hãy"
            " nhờ quản trị bật SSL, hoặc dùng sslmode=prefer",
            f"The server does not accept the SSL connection the address demands"
            f" (sslmode={sslmode}); have SSL enabled on it, or use sslmode=prefer",
        )
    if sslmode.startswith("verify") and _probe(params, sslmode="require") is None:
        return _address(
            f"Không xác minh được chứng chỉ SSL của máy chủ {shown} (sslmode={sslmode}): thiếu"
            " chứng chỉ gốc (~/.postgresql/root.crt) hoặc tên máy chủ không khớp",
            f"The server's SSL certificate could not be verified (sslmode={sslmode}): the root"
            " certificate (~/.postgresql/root.crt) is missing, or the host name does not match",
        )
    if pgconn.needs_password and "password" not in params:
        # Asked, and none given in the address: until one is, nothing else can be told.
        return PasswordRequiredError(
            f"Máy chủ {shown} yêu cầu mật khẩu (chưa nhập, hoặc mật khẩu trong tệp mật khẩu"
            " bị từ chối). / The server asks for a password (none given, or the one in the"
            " password file was refused)."
        )
    database = _text(pgconn.db) or params.get("dbname", "")
    role = _text(pgconn.user) or params.get("user", "")
    for other in (d for d in ALWAYS_THERE if d != database):
        failed = _probe(params, dbname=other)
        if failed is None:
            return StorageError(
                f"Máy chủ {shown} không có cơ sở dữ liệu “{database}” (hoặc vai trò “{role}” không"
                f" được kết nối tới nó); hãy tạo nó (createdb --owner {role} {database}) hoặc sửa"
                f" địa chỉ. / The server has no database “{database}” (or the role “{role}” may"
                f" not connect to it); create it (createdb --owner {role} {database}) or correct"
                " the address.",
                Fault.NO_DATABASE.value,
            )
        if failed and failed.used_password:
            return PasswordRequiredError(
                f"Máy chủ {shown} từ chối mật khẩu của vai trò “{role}” (sai mật khẩu)."
                f" / The server refused the password of the role “{role}” (a wrong password)."
            )
    return StorageError(
        f"Máy chủ {shown} từ chối kết nối của vai trò “{role}” tới “{database}”: vai trò chưa có,"
        " hoặc pg_hba.conf không cho máy này vào. / The server refused the role"
        f" “{role}” on “{database}”: the role may not exist, or pg_hba.conf does not admit this"
        " machine.",
        Fault.AUTH.value,
    )

"""Connecting to PostgreSQL: each way it fails is named (a missing database, a wrong password,
a bad sslmode or port, an unknown or silent host), and passwords stay out of the address
(a password file, a service name)."""

from __future__ import annotations

import io
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from core.cli import build_parser, run_command
from core.errors import ConnectionLostError, PasswordRequiredError, StorageError
from core.services import Services
from core.storage.database import Database
from core.storage.faults import Fault
from core.storage.migrate import migrate
from tests import pg

PASSWORD = "mat-khau-9"


@pytest.fixture
def server() -> Iterator[str]:
    """The test server's URL, with the password role of scripts/postgres.sh in place."""
    pg.require()
    pg.admin(
        "DO $$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'bienban_pw') THEN"
        f" CREATE ROLE bienban_pw LOGIN PASSWORD '{PASSWORD}'; END IF; END$$"
    )
    url = pg.server_url()
    assert url is not None
    yield url


@pytest.fixture
def database(server: str) -> Iterator[str]:
    name = pg.create_database()
    try:
        yield name
    finally:
        pg.drop_database(name)


def _open(url: str) -> StorageError:
    db = Database(url)
    try:
        with pytest.raises(StorageError) as info:
            migrate(db)
    finally:
        db.dispose()
    error = info.value
    assert error.message.count(" / ") == 1, error.message
    return error


def _with(server: str, **parts: object) -> str:
    return make_url(server).set(**parts).render_as_string(hide_password=False)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_a_missing_database_is_named(server: str) -> None:
    error = _open(_with(server, database="khong_co_csdl_nay"))
    assert error.fault == Fault.NO_DATABASE
    assert "no database “khong_co_csdl_nay”" in error.message and "createdb" in error.message
    assert not isinstance(error, (ConnectionLostError, PasswordRequiredError))


def test_a_missing_database_behind_a_password_is_not_taken_for_a_wrong_password(
    server: str,
) -> None:
    error = _open(_with(server, username="bienban_pw", password=PASSWORD, database="khong_co"))
    assert error.fault == Fault.NO_DATABASE and PASSWORD not in error.message


def test_a_wrong_password_and_a_missing_one(server: str) -> None:
    wrong = _open(_with(server, username="bienban_pw", password="sai-mat-khau"))
    assert isinstance(wrong, PasswordRequiredError) and "wrong password" in wrong.message
    assert "sai-mat-khau" not in wrong.message
    none = _open(_with(server, username="bienban_pw"))
    assert isinstance(none, PasswordRequiredError) and "asks for a password" in none.message


def test_an_unknown_role(server: str) -> None:
    error = _open(_with(server, username="khong_co_vai_tro"))
    assert error.fault == Fault.AUTH and "the role may not exist" in error.message
    assert not isinstance(error, PasswordRequiredError)


@pytest.mark.parametrize("mode", ["require", "verify-full"])
def test_ssl_demanded_of_a_server_without_it(server: str, mode: str) -> None:
    error = _open(_with(server, query={"sslmode": mode}))
    assert error.fault == Fault.ADDRESS and f"sslmode={mode}" in error.message


def test_a_bad_sslmode_is_refused_before_connecting(server: str) -> None:
    with pytest.raises(StorageError, match="sslmode “requre” is not valid") as info:
        Database(_with(server, query={"sslmode": "requre"}))
    assert info.value.fault == Fault.ADDRESS


def test_an_unknown_host_and_a_silent_port(server: str) -> None:
    unknown = _open(_with(server, host="khong-co-may-nay.invalid"))
    assert unknown.fault == Fault.ADDRESS and "“khong-co-may-nay.invalid” is not known" in (
        unknown.message
    )
    port = _free_port()
    silent = _open(_with(server, port=port))
    assert isinstance(silent, ConnectionLostError)
    assert f"Nothing answers at 127.0.0.1:{port}" in silent.message


def _cli(*argv: str) -> tuple[int, str]:
    err = io.StringIO()
    import contextlib

    with contextlib.redirect_stderr(err):
        code = run_command(build_parser().parse_args(list(argv)), io.StringIO())
    return code, err.getvalue()


@pytest.mark.parametrize(
    ("address", "said"),
    [
        ("postgresql+psycopg://thuky:bi-mat@db.vanphong.vn:54x3/bienban", "“54x3”"),
        ("postgresql+psycopg://thuky@db.vanphong.vn:99999/bienban", "port 99999"),
        ("postgresql+psycopg://thuky@db.vanphong.vn/bienban?sslmode=on", "sslmode “on”"),
    ],
)
def test_a_malformed_address_is_one_line_on_the_command_line(address: str, said: str) -> None:
    code, err = _cli("--db", address, "list")
    assert code == 1 and said in err
    assert err.count("\n") == 1 and "Traceback" not in err and "bi-mat" not in err


@pytest.fixture
def own_database(server: str) -> Iterator[str]:
    """An empty database owned by the password role (its tables will be its own)."""
    name = pg.create_database(empty=True)
    pg.admin(f"ALTER DATABASE {name} OWNER TO bienban_pw")
    try:
        yield name
    finally:
        pg.drop_database(name)


def test_a_password_file_keeps_the_password_out_of_the_address(
    server: str, own_database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = own_database
    passfile = tmp_path / "pgpass"
    passfile.write_text(f"127.0.0.1:*:{database}:bienban_pw:{PASSWORD}\n", encoding="utf-8")
    passfile.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(passfile))
    url = _with(server, username="bienban_pw", database=database)
    assert PASSWORD not in url
    db = Database(url)
    migrate(db)
    assert Services.build(db).meetings.count() == 0
    db.dispose()


def test_a_service_name_holds_the_whole_address(
    server: str, database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parsed = make_url(server)
    services_file = tmp_path / "pg_service.conf"
    services_file.write_text(
        f"[van-phong]\nhost={parsed.host}\nport={parsed.port}\ndbname={database}\n"
        f"user={parsed.username}\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("PGSERVICEFILE", str(services_file))
    for url in ("postgresql+psycopg://?service=van-phong", "postgresql+psycopg://"):
        if url.endswith("//"):
            monkeypatch.setenv("PGSERVICE", "van-phong")
        db = Database(url)
        migrate(db)
        services = Services.build(db)
        services.meetings.create(f"Họp qua {url}")
        db.dispose()
    code, err = _cli("--db", "postgresql+psycopg://?service=van-phong", "list")
    assert code == 0, err
    # A service that names a missing database is told as such, too.
    services_file.write_text(
        f"[sai]\nhost={parsed.host}\nport={parsed.port}\ndbname=khong_co\nuser=postgres\n",
        encoding="utf-8",
    )
    error = _open("postgresql+psycopg://?service=sai")
    assert error.fault == Fault.NO_DATABASE and "“khong_co”" in error.message

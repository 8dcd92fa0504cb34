"""Client ids for idempotent creation, ids never reused, signed revisions kept, notice fields,
archiving and the recording offset of entries.

Revision ID: 0004
Revises: 0003
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Rows the window may have to create again after a lost reply: each carries the id the
# window gave it, so a retry finds it instead of adding a second one.
WITH_UID = ("meeting", "attendance", "agenda_item", "entry", "action_item")
# Tables whose ids people see (CLI, exports, the tracker): rebuilt with AUTOINCREMENT on
# SQLite so a deleted id is never handed out again (PostgreSQL sequences never go back).
NEVER_REUSED = (
    "organisation",
    "person",
    "meeting",
    "attendance",
    "agenda_item",
    "entry",
    "indicator",
    "action_item",
    "revision",
)


def _uid_sql(dialect: str) -> str:
    if dialect == "sqlite":
        h = "lower(hex(randomblob(16)))"
        return (
            f"substr({h}, 1, 8) || '-' || substr({h}, 1, 4) || '-4' || substr({h}, 1, 3)"
            f" || '-a' || substr({h}, 1, 3) || '-' || substr({h}, 1, 12)"
        )
    return "md5(random()::text || clock_timestamp()::text)::uuid::text"


def upgrade() -> None:
    bind = op.get_bind()
    dialect = bind.dialect.name
    for table in WITH_UID:
        op.add_column(table, sa.Column("uid", sa.String(length=36), nullable=True))
        op.execute(f"UPDATE {table} SET uid = {_uid_sql(dialect)}")
    op.add_column("meeting", sa.Column("archived_at", sa.DateTime(), nullable=True))
    op.add_column(
        "meeting",
        sa.Column("notice_number", sa.String(length=40), nullable=False, server_default=""),
    )
    op.add_column(
        "meeting", sa.Column("notice_signer", sa.Text(), nullable=False, server_default="")
    )
    op.add_column("entry", sa.Column("audio_ms", sa.Integer(), nullable=True))
    op.add_column("draft", sa.Column("entry_uid", sa.String(length=36), nullable=True))
    op.add_column("draft", sa.Column("audio_ms", sa.Integer(), nullable=True))

    for table in NEVER_REUSED:
        kwargs = {"recreate": "always", "table_kwargs": {"sqlite_autoincrement": True}}
        with op.batch_alter_table(table, **(kwargs if dialect == "sqlite" else {})) as batch:
            if table in WITH_UID:
                batch.alter_column("uid", existing_type=sa.String(length=36), nullable=False)
                batch.create_unique_constraint(f"uq_{table}_uid", ["uid"])
            if table == "revision":
                # A finalized revision is the signed record: its meeting cannot be deleted
                # from under it (core.services.meetings deletes revisions only on purpose).
                batch.drop_constraint("fk_revision_meeting_id_meeting", type_="foreignkey")
                batch.create_foreign_key(
                    "fk_revision_meeting_id_meeting",
                    "meeting",
                    ["meeting_id"],
                    ["id"],
                    ondelete="RESTRICT",
                )

    # Search folds invisible characters (zero-width space, joiners, soft hyphen) away from
    # this revision on: the folded names and the whole index are made again with it.
    from alembic import context

    from core.domain.text import fold

    for person_id, name in bind.execute(sa.text("SELECT id, full_name FROM person")).all():
        bind.execute(
            sa.text("UPDATE person SET folded = :folded WHERE id = :id"),
            {"folded": fold(name), "id": person_id},
        )
    context.config.attributes["rebuild_search_index"] = True


def downgrade() -> None:
    for table in ("revision",):
        with op.batch_alter_table(table) as batch:
            batch.drop_constraint("fk_revision_meeting_id_meeting", type_="foreignkey")
            batch.create_foreign_key(
                "fk_revision_meeting_id_meeting",
                "meeting",
                ["meeting_id"],
                ["id"],
                ondelete="CASCADE",
            )
    with op.batch_alter_table("draft") as batch:
        batch.drop_column("audio_ms")
        batch.drop_column("entry_uid")
    with op.batch_alter_table("entry") as batch:
        batch.drop_column("audio_ms")
    with op.batch_alter_table("meeting") as batch:
        batch.drop_column("notice_signer")
        batch.drop_column("notice_number")
        batch.drop_column("archived_at")
    for table in WITH_UID:
        with op.batch_alter_table(table) as batch:
            batch.drop_constraint(f"uq_{table}_uid", type_="unique")
            batch.drop_column("uid")

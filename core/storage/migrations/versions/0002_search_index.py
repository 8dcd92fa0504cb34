"""Search index: folded text of every searchable field, with FTS5 on SQLite.

Revision ID: 0002
Revises: 0001
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FTS_SQL = [
    # External-content FTS5 over search_doc.folded; the text is already folded in Python
    # (unicode61 cannot fold đ), remove_diacritics only guards against stray marks.
    # Prefix indexes keep as-you-type queries ("ket lu") fast on a large archive.
    """CREATE VIRTUAL TABLE search_fts USING fts5(
        folded, content='search_doc', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2', prefix='1 2 3')""",
    """CREATE TRIGGER search_doc_ai AFTER INSERT ON search_doc BEGIN
        INSERT INTO search_fts(rowid, folded) VALUES (new.id, new.folded);
    END""",
    """CREATE TRIGGER search_doc_ad AFTER DELETE ON search_doc BEGIN
        INSERT INTO search_fts(search_fts, rowid, folded) VALUES ('delete', old.id, old.folded);
    END""",
    """CREATE TRIGGER search_doc_au AFTER UPDATE ON search_doc BEGIN
        INSERT INTO search_fts(search_fts, rowid, folded) VALUES ('delete', old.id, old.folded);
        INSERT INTO search_fts(rowid, folded) VALUES (new.id, new.folded);
    END""",
]


def upgrade() -> None:
    op.create_table(
        "search_doc",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("ref_id", sa.Integer(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("folded", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_search_doc_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_search_doc")),
    )
    with op.batch_alter_table("search_doc", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_search_doc_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_index("ix_search_doc_ref", ["source", "ref_id"], unique=False)
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for statement in FTS_SQL:
            op.execute(statement)
    # Meetings written under the first schema become searchable at once: indexed by
    # core.storage.migrate once the schema is current (the index is built with today's
    # models, which match no older schema).
    from alembic import context

    context.config.attributes["rebuild_search_index"] = True


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("search_doc_ai", "search_doc_ad", "search_doc_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS search_fts")
    with op.batch_alter_table("search_doc", schema=None) as batch_op:
        batch_op.drop_index("ix_search_doc_ref")
        batch_op.drop_index(batch_op.f("ix_search_doc_meeting_id"))
    op.drop_table("search_doc")

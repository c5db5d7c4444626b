"""Take-home review: take-homes (linked to tracker applications) and their stored reviews.

Revision ID: takehome_0001
"""
import sqlalchemy as sa
from alembic import op

from offerloop.store.base import UTCDateTime

revision = "takehome_0001"
# Branches from the tracker's first revision (not from 0001_core) because takehomes.application_id
# refers to applications: alembic then always creates applications first, on every backend.
# (depends_on would do the same but hides tracker_0001 from the database's heads.)
down_revision = "tracker_0001"
branch_labels = ("takehome",)
depends_on = None


def _owner(table: str) -> list:
    return [
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["owner_id"], ["users.id"], name=f"fk_{table}_owner_id_users", ondelete="CASCADE"),
    ]


def upgrade() -> None:
    op.create_table(
        "takehomes",
        sa.Column("id", sa.Integer(), nullable=False),
        *_owner("takehomes"),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["application_id"], ["applications.id"], name="fk_takehomes_application_id_applications",
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name="pk_takehomes"),
    )
    op.create_index("ix_takehomes_owner_id", "takehomes", ["owner_id"])
    op.create_index("ix_takehomes_name", "takehomes", ["name"])
    op.create_index("ix_takehomes_application_id", "takehomes", ["application_id"])

    op.create_table(
        "takehome_reviews",
        sa.Column("id", sa.Integer(), nullable=False),
        *_owner("takehome_reviews"),
        sa.Column("takehome_id", sa.Integer(), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("parts", sa.JSON(), nullable=False),
        sa.Column("report", sa.JSON(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["takehome_id"], ["takehomes.id"], name="fk_takehome_reviews_takehome_id_takehomes",
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name="pk_takehome_reviews"),
    )
    op.create_index("ix_takehome_reviews_owner_id", "takehome_reviews", ["owner_id"])
    op.create_index("ix_takehome_reviews_takehome_id", "takehome_reviews", ["takehome_id"])


def downgrade() -> None:
    op.drop_table("takehome_reviews")
    op.drop_table("takehomes")

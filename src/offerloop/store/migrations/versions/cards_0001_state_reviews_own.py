"""Cards: per-user FSRS state, the review log, the user's own cards and review preferences.

Revision ID: cards_0001
"""
import sqlalchemy as sa
from alembic import op

from offerloop.store.base import UTCDateTime

revision = "cards_0001"
down_revision = "0001_core"
branch_labels = ("cards",)
depends_on = None


def _owner(table: str) -> list:
    return [
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["owner_id"], ["users.id"], name=f"fk_{table}_owner_id_users", ondelete="CASCADE"),
    ]


def upgrade() -> None:
    op.create_table(
        "card_states",
        sa.Column("id", sa.Integer(), nullable=False),
        *_owner("card_states"),
        sa.Column("card_slug", sa.String(200), nullable=False),
        sa.Column("state", sa.Integer(), nullable=False),
        sa.Column("step", sa.Integer(), nullable=True),
        sa.Column("stability", sa.Float(), nullable=True),
        sa.Column("difficulty", sa.Float(), nullable=True),
        sa.Column("due", UTCDateTime(), nullable=False),
        sa.Column("last_review", UTCDateTime(), nullable=True),
        sa.Column("introduced_at", UTCDateTime(), nullable=False),
        sa.Column("reps", sa.Integer(), nullable=False),
        sa.Column("lapses", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_card_states"),
        sa.UniqueConstraint("owner_id", "card_slug", name="uq_card_states_owner_slug"),
    )
    op.create_index("ix_card_states_owner_id", "card_states", ["owner_id"])
    op.create_index("ix_card_states_due", "card_states", ["due"])

    op.create_table(
        "card_reviews",
        sa.Column("id", sa.Integer(), nullable=False),
        *_owner("card_reviews"),
        sa.Column("card_slug", sa.String(200), nullable=False),
        sa.Column("reviewed_at", UTCDateTime(), nullable=False),
        sa.Column("rating", sa.Integer(), nullable=False),
        sa.Column("state_before", sa.Integer(), nullable=False),
        sa.Column("due_before", UTCDateTime(), nullable=True),
        sa.Column("due_after", UTCDateTime(), nullable=False),
        sa.Column("stability_after", sa.Float(), nullable=True),
        sa.Column("difficulty_after", sa.Float(), nullable=True),
        sa.Column("score", sa.Float(), nullable=True),
        sa.Column("answer_text", sa.Text(), nullable=True),
        sa.Column("duration_ms", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_card_reviews"),
    )
    op.create_index("ix_card_reviews_owner_id", "card_reviews", ["owner_id"])
    op.create_index("ix_card_reviews_card_slug", "card_reviews", ["card_slug"])
    op.create_index("ix_card_reviews_reviewed_at", "card_reviews", ["reviewed_at"])

    op.create_table(
        "own_cards",
        sa.Column("id", sa.Integer(), nullable=False),
        *_owner("own_cards"),
        sa.Column("slug", sa.String(200), nullable=False),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column("topic", sa.String(40), nullable=True),
        sa.Column("key_points", sa.JSON(), nullable=False),
        sa.Column("source", sa.String(200), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_own_cards"),
        sa.UniqueConstraint("owner_id", "slug", name="uq_own_cards_owner_slug"),
    )
    op.create_index("ix_own_cards_owner_id", "own_cards", ["owner_id"])

    op.create_table(
        "card_prefs",
        sa.Column("id", sa.Integer(), nullable=False),
        *_owner("card_prefs"),
        sa.Column("new_per_day", sa.Integer(), nullable=False),
        sa.Column("desired_retention", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_card_prefs"),
        sa.UniqueConstraint("owner_id", name="uq_card_prefs_owner_id"),
    )
    op.create_index("ix_card_prefs_owner_id", "card_prefs", ["owner_id"])


def downgrade() -> None:
    op.drop_table("card_prefs")
    op.drop_table("own_cards")
    op.drop_table("card_reviews")
    op.drop_table("card_states")

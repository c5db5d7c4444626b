"""Practice: spaced review of solved problems (FSRS state and review log).

Revision ID: practice_0002
"""
import sqlalchemy as sa
from alembic import op

from offerloop.store.base import UTCDateTime

revision = "practice_0002"
down_revision = "practice_0001"
branch_labels = None
depends_on = None


def _owner(table: str) -> list:
    return [
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["owner_id"], ["users.id"], name=f"fk_{table}_owner_id_users", ondelete="CASCADE"),
    ]


def upgrade() -> None:
    op.create_table(
        "problem_review_states",
        sa.Column("id", sa.Integer(), nullable=False),
        *_owner("problem_review_states"),
        sa.Column("problem_uuid", sa.String(36), nullable=False),
        sa.Column("slug", sa.String(120), nullable=False),
        sa.Column("state", sa.Integer(), nullable=False),
        sa.Column("step", sa.Integer(), nullable=True),
        sa.Column("stability", sa.Float(), nullable=True),
        sa.Column("difficulty", sa.Float(), nullable=True),
        sa.Column("due", UTCDateTime(), nullable=False),
        sa.Column("last_review", UTCDateTime(), nullable=True),
        sa.Column("first_solved_at", UTCDateTime(), nullable=False),
        sa.Column("reps", sa.Integer(), nullable=False),
        sa.Column("lapses", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_problem_review_states"),
        sa.UniqueConstraint("owner_id", "problem_uuid", name="uq_problem_review_states_owner_problem"),
    )
    op.create_index("ix_problem_review_states_owner_id", "problem_review_states", ["owner_id"])
    op.create_index("ix_problem_review_states_due", "problem_review_states", ["due"])

    op.create_table(
        "problem_reviews",
        sa.Column("id", sa.Integer(), nullable=False),
        *_owner("problem_reviews"),
        sa.Column("problem_uuid", sa.String(36), nullable=False),
        sa.Column("slug", sa.String(120), nullable=False),
        sa.Column("reviewed_at", UTCDateTime(), nullable=False),
        sa.Column("rating", sa.Integer(), nullable=False),
        sa.Column("suggested", sa.Boolean(), nullable=False),
        sa.Column("due_before", UTCDateTime(), nullable=True),
        sa.Column("due_after", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_problem_reviews"),
    )
    op.create_index("ix_problem_reviews_owner_id", "problem_reviews", ["owner_id"])
    op.create_index("ix_problem_reviews_problem_uuid", "problem_reviews", ["problem_uuid"])
    op.create_index("ix_problem_reviews_reviewed_at", "problem_reviews", ["reviewed_at"])


def downgrade() -> None:
    op.drop_table("problem_reviews")
    op.drop_table("problem_review_states")

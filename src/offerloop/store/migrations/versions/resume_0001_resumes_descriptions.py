"""Resume and job description: resume versions, job descriptions, and their link to applications.

Revision ID: resume_0001
"""
import sqlalchemy as sa
from alembic import op

from offerloop.store.base import UTCDateTime

revision = "resume_0001"
down_revision = "0001_core"
branch_labels = ("resume",)
depends_on = "tracker_0001"  # application_documents points at the tracker's applications


def _owner(table: str) -> list:
    return [
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["owner_id"], ["users.id"], name=f"fk_{table}_owner_id_users", ondelete="CASCADE"),
    ]


def upgrade() -> None:
    op.create_table(
        "resumes",
        sa.Column("id", sa.Integer(), nullable=False),
        *_owner("resumes"),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("source_name", sa.String(300), nullable=False),
        sa.Column("format", sa.String(20), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("lines", sa.JSON(), nullable=False),
        sa.Column("pages", sa.Integer(), nullable=False),
        sa.Column("pages_estimated", sa.Boolean(), nullable=False),
        sa.Column("warnings", sa.JSON(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_resumes"),
    )
    op.create_index("ix_resumes_owner_id", "resumes", ["owner_id"])

    op.create_table(
        "job_descriptions",
        sa.Column("id", sa.Integer(), nullable=False),
        *_owner("job_descriptions"),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("company", sa.String(200), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_job_descriptions"),
    )
    op.create_index("ix_job_descriptions_owner_id", "job_descriptions", ["owner_id"])

    op.create_table(
        "application_documents",
        sa.Column("id", sa.Integer(), nullable=False),
        *_owner("application_documents"),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("resume_id", sa.Integer(), nullable=True),
        sa.Column("description_id", sa.Integer(), nullable=True),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["application_id"], ["applications.id"],
                                name="fk_application_documents_application_id_applications", ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["resume_id"], ["resumes.id"],
                                name="fk_application_documents_resume_id_resumes", ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["description_id"], ["job_descriptions.id"],
                                name="fk_application_documents_description_id_job_descriptions", ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name="pk_application_documents"),
    )
    op.create_index("ix_application_documents_owner_id", "application_documents", ["owner_id"])
    op.create_index("ix_application_documents_application_id", "application_documents", ["application_id"],
                    unique=True)
    op.create_index("ix_application_documents_resume_id", "application_documents", ["resume_id"])
    op.create_index("ix_application_documents_description_id", "application_documents", ["description_id"])


def downgrade() -> None:
    op.drop_table("application_documents")
    op.drop_table("job_descriptions")
    op.drop_table("resumes")

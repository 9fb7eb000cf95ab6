import type { ProcedureDefinition, ProcedureDrift, ProcedureStatus } from '@ladder/contracts';
import { UserEntity } from '@ladder/api/identity';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';

@Entity('procedure_version')
@Unique('uq_procedure_version_version', ['version'])
@Check('procedure_version_status_check', `status IN ('draft', 'in-review', 'published', 'retired', 'discarded')`)
@Check('procedure_version_review_every_months_check', 'review_every_months >= 1')
export class ProcedureVersionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'procedure_version_pkey' })
  id!: string;

  @Column('integer')
  version!: number;

  @Column('text')
  name!: string;

  @Column('text')
  status!: ProcedureStatus;

  @Column('jsonb')
  definition!: ProcedureDefinition;

  @Column('timestamptz', { name: 'published_at', nullable: true })
  publishedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column('uuid', { name: 'author_id', nullable: true })
  authorId!: string | null;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'procedure_version_author_id_fkey' })
  author?: UserEntity;

  @Column('uuid', { name: 'based_on_id', nullable: true })
  basedOnId!: string | null;

  @ManyToOne(() => ProcedureVersionEntity)
  @JoinColumn({ name: 'based_on_id', foreignKeyConstraintName: 'procedure_version_based_on_id_fkey' })
  basedOn?: ProcedureVersionEntity;

  @Column('text', { name: 'change_note', default: '' })
  changeNote!: string;

  @Column('timestamptz', { name: 'submitted_at', nullable: true })
  submittedAt!: Date | null;

  @Column('uuid', { name: 'approved_by', nullable: true })
  approvedBy!: string | null;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'approved_by', foreignKeyConstraintName: 'procedure_version_approved_by_fkey' })
  approver?: UserEntity;

  @Column('timestamptz', { name: 'approved_at', nullable: true })
  approvedAt!: Date | null;

  @Column('timestamptz', { name: 'retired_at', nullable: true })
  retiredAt!: Date | null;

  @Column('integer', { name: 'review_every_months', default: 6 })
  reviewEveryMonths!: number;

  @Column('timestamptz', { name: 'review_due_at', nullable: true })
  reviewDueAt!: Date | null;

  /** When the drift check last compared this published version's latest weeks with its first weeks. */
  @Column('timestamptz', { name: 'drift_checked_at', nullable: true })
  driftCheckedAt!: Date | null;

  /** Set once, when the version got worse than in its first weeks; `driftDetails` says how. */
  @Column('timestamptz', { name: 'drift_flagged_at', nullable: true })
  driftFlaggedAt!: Date | null;

  @Column('jsonb', { name: 'drift_details', nullable: true })
  driftDetails!: Omit<ProcedureDrift, 'flaggedAt'> | null;

  /** The optimistic lock for edits; every write to the row increments it. */
  @Column('integer', { name: 'row_version', default: 1 })
  rowVersion!: number;
}

@Entity('procedure_review_comment')
@Index('ix_procedure_review_comment_version', ['procedureVersionId', 'createdAt'])
export class ProcedureReviewCommentEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'procedure_review_comment_pkey' })
  id!: string;

  @Column('uuid', { name: 'procedure_version_id' })
  procedureVersionId!: string;

  @ManyToOne(() => ProcedureVersionEntity)
  @JoinColumn({
    name: 'procedure_version_id',
    foreignKeyConstraintName: 'procedure_review_comment_procedure_version_id_fkey',
  })
  procedureVersion?: ProcedureVersionEntity;

  @Column('uuid', { name: 'author_id' })
  authorId!: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'procedure_review_comment_author_id_fkey' })
  author?: UserEntity;

  @Column('text')
  body!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

export const PROCEDURE_ENTITIES = [ProcedureVersionEntity, ProcedureReviewCommentEntity];

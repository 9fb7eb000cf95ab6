import { UserEntity } from '@ladder/api/identity';
import type { ImportError, ImportFormat, ImportRunStatus } from '@ladder/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/** One upload of a history file: its validation report, then the progress of writing it. */
@Entity('import_run')
@Index('ix_import_run_created_at', ['createdAt'])
@Check('import_run_format_check', `format IN ('jsonl', 'csv')`)
@Check('import_run_status_check', `status IN ('rejected', 'writing', 'done', 'failed')`)
export class ImportRunEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'import_run_pkey' })
  id!: string;

  @Column('text', { name: 'file_name' })
  fileName!: string;

  @Column('text')
  format!: ImportFormat;

  @Column('text', { name: 'source_system' })
  sourceSystem!: string;

  @Column('text')
  status!: ImportRunStatus;

  @Column('integer', { default: 0 })
  total!: number;

  @Column('integer', { default: 0 })
  written!: number;

  @Column('integer', { default: 0 })
  skipped!: number;

  @Column('integer', { name: 'error_count', default: 0 })
  errorCount!: number;

  @Column('jsonb', { default: () => "'[]'" })
  errors!: ImportError[];

  @Column('uuid', { name: 'created_by', nullable: true })
  createdBy!: string | null;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'import_run_created_by_fkey' })
  creator?: UserEntity;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;

  @Column('timestamptz', { name: 'finished_at', nullable: true })
  finishedAt!: Date | null;
}

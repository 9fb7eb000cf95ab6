import type { Impact, Severity, SlaState, Source, Stakeholder, Status, Urgency } from '@ladder/contracts';
import { TeamEntity, UserEntity } from '@ladder/api/identity';
import { ProcedureVersionEntity } from '@ladder/api/procedures';
import {
  Check,
  Column,
  Entity,
  Generated,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';

@Entity('escalation')
@Unique('uq_escalation_number', ['number'])
@Index('uq_escalation_idempotency', ['createdBy', 'idempotencyKey'], {
  unique: true,
  where: 'idempotency_key IS NOT NULL',
})
@Index('ix_escalation_active_due', ['resolutionDueAt'], { where: `status NOT IN ('resolved', 'closed')` })
@Index('ix_escalation_status_level', ['status', 'level'])
@Index('ix_escalation_team', ['teamId'])
@Index('ix_escalation_assignee', ['assigneeId'], { where: 'assignee_id IS NOT NULL' })
@Index('ix_escalation_opened', [
  'createdAt',
  'id',
  'severity',
  'category',
  'affectedService',
  'procedureVersionId',
  'teamId',
  'level',
  'acknowledgedAt',
  'resolvedAt',
  'responseDueAt',
  'resolutionDueAt',
])
@Index('ix_escalation_procedure_version', ['procedureVersionId', 'createdAt'])
@Index('ix_escalation_next_due', ['nextDueAt'], { where: 'next_due_at IS NOT NULL' })
@Index('uq_escalation_source', ['sourceSystem', 'sourceId'], { unique: true, where: 'source_id IS NOT NULL' })
/** Similar escalations: GIN indexes the schema builder cannot describe (see their migration), so it leaves them. */
@Index('ix_escalation_search', { synchronize: false })
@Index('ix_escalation_title_trgm', { synchronize: false })
@Check('escalation_impact_check', `impact IN ('high', 'medium', 'low')`)
@Check('escalation_urgency_check', `urgency IN ('high', 'medium', 'low')`)
@Check('escalation_severity_check', `severity IN ('S1', 'S2', 'S3', 'S4')`)
@Check('escalation_status_check', `status IN ('open', 'acknowledged', 'waiting', 'resolved', 'closed', 'reopened')`)
@Check('escalation_level_check', 'level >= 1')
@Check('escalation_source_check', `source IN ('portal', 'api', 'monitoring')`)
@Check('escalation_sla_state_check', `sla_state IN ('ok', 'warning', 'breached', 'paused', 'done')`)
@Check('ck_escalation_source_pair', '(source_system IS NULL) = (source_id IS NULL)')
export class EscalationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'escalation_pkey' })
  id!: string;

  /** bigint identity; pg hands it back as a string. */
  @Column({ type: 'bigint', generatedIdentity: 'ALWAYS', insert: false, update: false })
  @Generated('increment')
  number!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'text' })
  category!: string;

  @Column({ name: 'affected_service', type: 'text' })
  affectedService!: string;

  @Column({ type: 'text' })
  impact!: Impact;

  @Column({ type: 'text' })
  urgency!: Urgency;

  @Column({ type: 'text' })
  severity!: Severity;

  @Column({ type: 'text' })
  status!: Status;

  @Column({ type: 'integer' })
  level!: number;

  @Column({ name: 'team_id', type: 'uuid' })
  teamId!: string;

  @ManyToOne(() => TeamEntity)
  @JoinColumn({ name: 'team_id', foreignKeyConstraintName: 'escalation_team_id_fkey' })
  team?: TeamEntity;

  @Column({ name: 'assignee_id', type: 'uuid', nullable: true })
  assigneeId!: string | null;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'assignee_id', foreignKeyConstraintName: 'escalation_assignee_id_fkey' })
  assignee?: UserEntity;

  @Column({ name: 'procedure_version_id', type: 'uuid' })
  procedureVersionId!: string;

  @ManyToOne(() => ProcedureVersionEntity)
  @JoinColumn({ name: 'procedure_version_id', foreignKeyConstraintName: 'escalation_procedure_version_id_fkey' })
  procedureVersion?: ProcedureVersionEntity;

  @Column({ type: 'text' })
  source!: Source;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  stakeholders!: Stakeholder[];

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'escalation_created_by_fkey' })
  creator?: UserEntity;

  @Column({ name: 'idempotency_key', type: 'text', nullable: true })
  idempotencyKey!: string | null;

  @Column({ name: 'idempotency_hash', type: 'text', nullable: true })
  idempotencyHash!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'acknowledged_at', type: 'timestamptz', nullable: true })
  acknowledgedAt!: Date | null;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Column({ name: 'resolution_summary', type: 'text', nullable: true })
  resolutionSummary!: string | null;

  @Column({ name: 'response_due_at', type: 'timestamptz' })
  responseDueAt!: Date;

  @Column({ name: 'resolution_due_at', type: 'timestamptz' })
  resolutionDueAt!: Date;

  /** Derived from the events by the SLA recompute; the queue sorts on it. */
  @Column({ name: 'next_due_at', type: 'timestamptz', nullable: true })
  nextDueAt!: Date | null;

  @Column({ name: 'sla_state', type: 'text', default: 'ok' })
  slaState!: SlaState;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  /** Set on escalations imported from another system (history imports): that system and the id it gave. */
  @Column({ name: 'source_system', type: 'text', nullable: true })
  sourceSystem!: string | null;

  @Column({ name: 'source_id', type: 'text', nullable: true })
  sourceId!: string | null;
}

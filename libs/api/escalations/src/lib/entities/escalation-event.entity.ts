import type { EventChannel, EventReason, EventType, Status } from '@ladder/contracts';
import { TeamEntity, UserEntity } from '@ladder/api/identity';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { EscalationEntity } from './escalation.entity';

/** Append-only (a trigger refuses UPDATE, DELETE and TRUNCATE). */
@Entity('escalation_event')
@Index('ix_escalation_event_escalation_at', ['escalationId', 'at'])
// What the SLA-breach report reads of an escalation's events (migration EscalationBreachFacts).
@Index('ix_escalation_event_breach_marks', ['escalationId', 'type', 'at'], {
  where: `type IN ('resolve', 'reopen') OR (type = 'stakeholder-update' AND visibility = 'public')`,
})
@Check('escalation_event_visibility_check', `visibility IN ('internal', 'public')`)
@Check('escalation_event_channel_check', `channel IN ('portal', 'api', 'monitoring', 'system')`)
@Check('escalation_event_reason_check', `reason IN ('timer', 'rule')`)
export class EscalationEventEntity {
  @PrimaryGeneratedColumn('identity', {
    type: 'bigint',
    generatedIdentity: 'ALWAYS',
    primaryKeyConstraintName: 'escalation_event_pkey',
  })
  id!: string;

  @Column({ name: 'escalation_id', type: 'uuid' })
  escalationId!: string;

  @ManyToOne(() => EscalationEntity)
  @JoinColumn({ name: 'escalation_id', foreignKeyConstraintName: 'escalation_event_escalation_id_fkey' })
  escalation?: EscalationEntity;

  @Column({ type: 'text' })
  type!: EventType;

  @Column({ type: 'timestamptz' })
  at!: Date;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'escalation_event_actor_id_fkey' })
  actor?: UserEntity;

  @Column({ name: 'from_status', type: 'text', nullable: true })
  fromStatus!: Status | null;

  @Column({ name: 'to_status', type: 'text', nullable: true })
  toStatus!: Status | null;

  @Column({ name: 'from_level', type: 'integer', nullable: true })
  fromLevel!: number | null;

  @Column({ name: 'to_level', type: 'integer', nullable: true })
  toLevel!: number | null;

  @Column({ name: 'team_id', type: 'uuid', nullable: true })
  teamId!: string | null;

  @ManyToOne(() => TeamEntity)
  @JoinColumn({ name: 'team_id', foreignKeyConstraintName: 'escalation_event_team_id_fkey' })
  team?: TeamEntity;

  @Column({ name: 'assignee_id', type: 'uuid', nullable: true })
  assigneeId!: string | null;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'assignee_id', foreignKeyConstraintName: 'escalation_event_assignee_id_fkey' })
  assignee?: UserEntity;

  @Column({ type: 'text', nullable: true })
  body!: string | null;

  @Column({ type: 'text', default: 'internal' })
  visibility!: 'internal' | 'public';

  @Column({ type: 'text', default: 'portal' })
  channel!: EventChannel;

  @Column({ type: 'text', nullable: true })
  reason!: EventReason | null;

  @Column({ type: 'jsonb', nullable: true })
  details!: Record<string, unknown> | null;
}

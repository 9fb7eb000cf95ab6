import { TeamEntity, UserEntity } from '@ladder/api/identity';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { EscalationEntity } from './escalation.entity';

export type StintExit = 'escalated' | 'de-escalated' | 'resolved';

/** One continuous stay of an escalation at one level; open while `leftAt` is null. */
@Entity('level_stint')
@Index('uq_level_stint_open', ['escalationId'], { unique: true, where: 'left_at IS NULL' })
@Index('ix_level_stint_escalation', ['escalationId', 'enteredAt'])
@Index('ix_level_stint_unrefreshed', ['leftAt'], { where: 'left_at IS NOT NULL AND refreshed_at IS NULL' })
@Index('ix_level_stint_bounces', ['leftAt'], {
  where: `exit = 'escalated' AND previous_exit = 'de-escalated' AND earlier_exit = 'escalated'`,
})
@Index('ix_level_stint_skips', ['leftAt'], { where: `exit = 'escalated' AND next_level > level + 1` })
@Index('ix_level_stint_left_at', ['leftAt', 'level', 'teamId', 'enteredAt', 'pausedSeconds'])
@Index('ix_level_stint_entered_at', [
  'enteredAt',
  'escalationId',
  'id',
  'level',
  'teamId',
  'exit',
  'leftAt',
  'pausedSeconds',
])
@Index('ix_level_stint_escalated', ['enteredAt', 'escalationId'], { where: "exit = 'escalated'" })
@Index(
  'ix_level_stint_moves',
  ['enteredAt', 'escalationId', 'id', 'level', 'nextLevel', 'teamId', 'leftAt', 'pausedSeconds'],
  { where: "exit IN ('escalated', 'de-escalated')" },
)
@Index('ix_level_stint_level_left_at', ['level', 'leftAt', 'teamId'], { where: 'left_at IS NOT NULL' })
// Keyed on an expression (see its migration), which the schema builder cannot describe: it leaves it alone.
@Index('ix_level_stint_level_minutes', { synchronize: false })
@Check('level_stint_exit_check', `exit IN ('escalated', 'de-escalated', 'resolved')`)
@Check('ck_level_stint_left', '(left_at IS NULL) = (exit IS NULL)')
export class LevelStintEntity {
  @PrimaryGeneratedColumn('identity', {
    type: 'bigint',
    generatedIdentity: 'ALWAYS',
    primaryKeyConstraintName: 'level_stint_pkey',
  })
  id!: string;

  @Column({ name: 'escalation_id', type: 'uuid' })
  escalationId!: string;

  @ManyToOne(() => EscalationEntity)
  @JoinColumn({ name: 'escalation_id', foreignKeyConstraintName: 'level_stint_escalation_id_fkey' })
  escalation?: EscalationEntity;

  @Column({ type: 'integer' })
  level!: number;

  @Column({ name: 'team_id', type: 'uuid' })
  teamId!: string;

  @ManyToOne(() => TeamEntity)
  @JoinColumn({ name: 'team_id', foreignKeyConstraintName: 'level_stint_team_id_fkey' })
  team?: TeamEntity;

  @Column({ name: 'assignee_id', type: 'uuid', nullable: true })
  assigneeId!: string | null;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'assignee_id', foreignKeyConstraintName: 'level_stint_assignee_id_fkey' })
  assignee?: UserEntity;

  @Column({ name: 'entered_at', type: 'timestamptz' })
  enteredAt!: Date;

  @Column({ name: 'first_response_at', type: 'timestamptz', nullable: true })
  firstResponseAt!: Date | null;

  @Column({ name: 'paused_since', type: 'timestamptz', nullable: true })
  pausedSince!: Date | null;

  @Column({ name: 'paused_seconds', type: 'double precision', default: 0 })
  pausedSeconds!: number;

  @Column({ name: 'left_at', type: 'timestamptz', nullable: true })
  leftAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  exit!: StintExit | null;

  /** Seconds at the level on the escalation's SLA calendar, pauses excluded; counted once the stint is finished. */
  @Column({ name: 'business_seconds', type: 'double precision', nullable: true })
  businessSeconds!: number | null;

  /** The part of `businessSeconds` before the level's first response. */
  @Column({ name: 'business_waiting_seconds', type: 'double precision', nullable: true })
  businessWaitingSeconds!: number | null;

  /** The level and exit of the stay before this one, the exit of the one before that, the level after: the moves. */
  @Column({ name: 'previous_level', type: 'integer', nullable: true })
  previousLevel!: number | null;

  @Column({ name: 'previous_exit', type: 'text', nullable: true })
  previousExit!: StintExit | null;

  @Column({ name: 'earlier_exit', type: 'text', nullable: true })
  earlierExit!: StintExit | null;

  @Column({ name: 'next_level', type: 'integer', nullable: true })
  nextLevel!: number | null;

  /** When the analytics refresher recorded the business time and moves of this finished stint. */
  @Column({ name: 'refreshed_at', type: 'timestamptz', nullable: true })
  refreshedAt!: Date | null;
}

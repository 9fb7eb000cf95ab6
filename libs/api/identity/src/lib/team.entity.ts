import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

@Entity('team')
@Unique('uq_team_name', ['name'])
@Check('team_level_check', 'level >= 1')
@Check('team_capacity_check', 'capacity >= 0')
export class TeamEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'team_pkey' })
  id!: string;

  @Column('text')
  name!: string;

  @Column('integer')
  level!: number;

  @Column('integer', { default: 0 })
  capacity!: number;

  /** The team's business-hours calendar (calendar.id); severities whose target says "team" use it. */
  @Column({ name: 'calendar_id', type: 'uuid', nullable: true })
  calendarId!: string | null;

  /** Slack-compatible incoming webhook for the team's channel. */
  @Column({ name: 'webhook_url', type: 'text', nullable: true })
  webhookUrl!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

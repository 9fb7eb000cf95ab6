import type { Calendar } from '@ladder/contracts';
import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** A business-hours (or 24x7) calendar; severity targets name it, teams point at it. */
@Entity('calendar')
@Unique('uq_calendar_name', ['name'])
export class CalendarEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'calendar_pkey' })
  id!: string;

  @Column('text')
  name!: string;

  @Column('jsonb')
  definition!: Calendar;

  @Column('integer', { default: 1 })
  version!: number;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;
}

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

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

import type { Role } from '@ladder/contracts';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { TeamEntity } from './team.entity';

@Entity('app_user')
@Unique('uq_app_user_email', ['email'])
@Check('ck_app_user_email_lower', 'email = lower(email)')
@Check('app_user_role_check', `role IN ('agent', 'manager', 'process_owner', 'admin')`)
export class UserEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'app_user_pkey' })
  id!: string;

  @Column('text')
  email!: string;

  @Column('text')
  name!: string;

  @Column('text', { name: 'password_hash' })
  passwordHash!: string;

  @Column('text')
  role!: Role;

  @Column('uuid', { name: 'team_id', nullable: true })
  teamId!: string | null;

  @ManyToOne(() => TeamEntity)
  @JoinColumn({ name: 'team_id', foreignKeyConstraintName: 'app_user_team_id_fkey' })
  team?: TeamEntity;

  @Column('integer', { array: true, default: () => `'{}'` })
  levels!: number[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

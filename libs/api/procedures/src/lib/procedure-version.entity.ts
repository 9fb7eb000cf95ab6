import type { ProcedureDefinition } from '@ladder/contracts';
import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

@Entity('procedure_version')
@Unique('uq_procedure_version_version', ['version'])
@Check('procedure_version_status_check', `status IN ('draft', 'published', 'retired')`)
export class ProcedureVersionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'procedure_version_pkey' })
  id!: string;

  @Column('integer')
  version!: number;

  @Column('text')
  name!: string;

  @Column('text')
  status!: 'draft' | 'published' | 'retired';

  @Column('jsonb')
  definition!: ProcedureDefinition;

  @Column('timestamptz', { name: 'published_at', nullable: true })
  publishedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

export const PROCEDURE_ENTITIES = [ProcedureVersionEntity];

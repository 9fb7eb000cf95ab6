import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ProcedureDiff } from '@ladder/contracts';
import { diffProcedures } from '@ladder/domain';
import { DataSource } from 'typeorm';
import { ProceduresService } from './procedures.service';

@Injectable()
export class ProcedureDiffService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly procedures: ProceduresService,
  ) {}

  /** What changes from `fromId` to `toId`, with teams named as the team table names them. */
  async diff(toId: string, fromId: string): Promise<ProcedureDiff> {
    const [to, from] = [await this.procedures.byId(toId), await this.procedures.byId(fromId)];
    const teams = new Map(
      ((await this.dataSource.query(`SELECT id, name FROM team`)) as { id: string; name: string }[]).map((t) => [
        t.id,
        t.name,
      ]),
    );
    const changes = diffProcedures(from.definition, to.definition, { teamName: (id) => teams.get(id) ?? id });
    return { fromId, toId, changes: changes.map((change) => ({ ...change, path: [...change.path] })) };
  }
}

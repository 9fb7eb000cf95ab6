import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Placeholder: arrival spikes (filled in by the arrival-spikes work). */
export class ArrivalSpikes1764979200001 implements MigrationInterface {
  name = 'ArrivalSpikes1764979200001';

  public async up(_queryRunner: QueryRunner): Promise<void> {
    // filled in
  }

  public async down(_queryRunner: QueryRunner): Promise<void> {
    // filled in
  }
}

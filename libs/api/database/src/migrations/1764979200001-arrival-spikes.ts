import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Arrival spikes (libs/api/arrival-spikes): every spike found in the arrivals of a category or service, with the
 * figures it was judged on. Its key (dimension, value, UTC clock hour) lets the detector, on any number of instances
 * and every few minutes, record and notify each spike once per hour. Arrivals themselves are counted from
 * `ix_escalation_opened` (created_at, including category and affected_service).
 */
export class ArrivalSpikes1764979200001 implements MigrationInterface {
  name = 'ArrivalSpikes1764979200001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE arrival_spike (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        dimension text NOT NULL CONSTRAINT ck_arrival_spike_dimension CHECK (dimension IN ('category', 'affectedService')),
        value text NOT NULL,
        hour_start timestamptz NOT NULL,
        window_start timestamptz NOT NULL,
        window_end timestamptz NOT NULL,
        observed integer NOT NULL CHECK (observed >= 0),
        baseline_mean double precision NOT NULL,
        baseline_std_dev double precision NOT NULL,
        baseline_weeks integer NOT NULL CHECK (baseline_weeks >= 1),
        notified_at timestamptz NOT NULL,
        CONSTRAINT uq_arrival_spike_hour UNIQUE (dimension, value, hour_start)
      )`);
    await queryRunner.query(`CREATE INDEX ix_arrival_spike_window_end ON arrival_spike (window_end)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE arrival_spike`);
  }
}

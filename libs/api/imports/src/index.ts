export * from './lib/imports.module';
export * from './lib/runs/import-run.entity';

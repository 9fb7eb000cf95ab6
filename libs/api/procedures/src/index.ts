export * from './lib/procedure-version.entity';
export * from './lib/procedure-version.mapper';
export * from './lib/procedures.service';
export * from './lib/procedures.module';

import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@ladder/api/common';
import { EmbeddedDatabase } from './embedded-database';

/** Where the database is: DATABASE_URL, or the embedded engine started on first use in the data dir. */
@Injectable()
export class DatabaseEndpoint implements OnApplicationShutdown {
  private embedded?: Promise<EmbeddedDatabase>;

  constructor(private readonly config: AppConfig) {}

  get kind(): 'server' | 'embedded' {
    return this.config.embedded ? 'embedded' : 'server';
  }

  async url(): Promise<string> {
    if (this.config.databaseUrl !== undefined) return this.config.databaseUrl;
    this.embedded ??= EmbeddedDatabase.start(`${this.config.dataDir}/pgdata`, this.config.dbPoolSize + 2);
    return (await this.embedded).url;
  }

  async onApplicationShutdown(): Promise<void> {
    await (await this.embedded)?.stop();
  }
}

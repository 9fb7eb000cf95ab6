import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/** PGlite served over the PostgreSQL wire protocol, so the app keeps the ordinary `pg` driver. */
export class EmbeddedDatabase {
  private constructor(
    private readonly db: PGlite,
    private readonly server: PGLiteSocketServer,
    /** A `postgres://` URL for the pg driver. */
    readonly url: string,
  ) {}

  /** `dataDir` undefined keeps everything in memory (tests). `maxConnections` must cover the pool. */
  static async start(dataDir: string | undefined, maxConnections: number): Promise<EmbeddedDatabase> {
    const db = await PGlite.create(dataDir);
    const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections });
    await server.start();
    return new EmbeddedDatabase(db, server, `postgres://postgres@${server.getServerConn()}/postgres`);
  }

  async stop(): Promise<void> {
    await this.server.stop();
    await this.db.close();
  }
}

import { type Extension, PGlite } from '@electric-sql/pglite';
// @ts-expect-error TypeScript's node10 resolution ignores package "exports"; Node, Jest and webpack resolve this subpath
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
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
    // pg_trgm for similar escalations (migration 1764892800000): PGlite ships contrib extensions as separate bundles.
    const trigrams: Extension = pg_trgm;
    const db = await PGlite.create(dataDir, { extensions: { pg_trgm: trigrams } });
    const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections });
    await server.start();
    return new EmbeddedDatabase(db, server, `postgres://postgres@${server.getServerConn()}/postgres`);
  }

  async stop(): Promise<void> {
    await this.server.stop();
    await this.db.close();
  }
}

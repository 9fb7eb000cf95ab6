import { Injectable } from '@nestjs/common';
import { Clock, DomainException } from '@ladder/api/common';
import type { IntegrationKind, Routing } from '@ladder/contracts';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { secretHash, signatureMatches } from './integration-secret';

/** What the intake needs of the integration a request authenticated as. */
export interface IntakeIntegration {
  id: string;
  name: string;
  kind: IntegrationKind;
  enabled: boolean;
  propose_resolution: boolean;
  routing: Routing;
  secret: string;
}

/** The parts of a webhook request that prove who sent it. */
export interface IntakeCredentials {
  authorization?: string;
  /** `X-Ladder-Signature` or Grafana's `X-Grafana-Alerting-Signature`. */
  signature?: string;
  /** `X-Ladder-Timestamp` or Grafana's `X-Grafana-Alerting-Timestamp`, in Unix seconds; signed as `<timestamp>:<body>`. */
  timestamp?: string;
  /** `?integration=<id>`: which integration's secret signed the body. */
  integrationId?: string;
  rawBody: Buffer;
}

/** A signed timestamp further than this from now is refused, so a captured request cannot be replayed later. */
const TIMESTAMP_TOLERANCE_S = 300;
const SELECT = `SELECT id, name, kind, enabled, propose_resolution, routing, secret FROM integration`;
const uuid = z.uuid();

const refused = (message: string) => new DomainException('unauthenticated', message);

/** Finds the integration a webhook comes from by its bearer secret, or by its id and an HMAC signature of the body. */
@Injectable()
export class IntakeAuthenticator {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** `kind`: the format the request's path names, which must be the integration's. */
  async authenticate(credentials: IntakeCredentials, kind: string): Promise<IntakeIntegration> {
    const integration = await this.identify(credentials);
    if (!integration.enabled) throw new DomainException('forbidden', `integration "${integration.name}" is disabled`);
    if (integration.kind !== kind) {
      throw new DomainException(
        'validation_failed',
        `integration "${integration.name}" posts ${integration.kind} payloads to /api/intake/${integration.kind}`,
      );
    }
    return integration;
  }

  private async identify(credentials: IntakeCredentials): Promise<IntakeIntegration> {
    const bearer = /^Bearer\s+(\S+)$/i.exec(credentials.authorization ?? '')?.[1];
    if (bearer) {
      const [integration] = await this.dataSource.query<IntakeIntegration[]>(`${SELECT} WHERE secret_hash = $1`, [
        secretHash(bearer),
      ]);
      if (!integration) throw refused('the bearer secret is not that of any integration');
      return integration;
    }
    if (credentials.signature) return this.bySignature(credentials, credentials.signature);
    throw refused(
      'send the integration secret as "Authorization: Bearer <secret>", or sign the body (X-Ladder-Signature) and name the integration (?integration=<id>)',
    );
  }

  private async bySignature(credentials: IntakeCredentials, signature: string): Promise<IntakeIntegration> {
    const id = credentials.integrationId;
    if (!id || !uuid.safeParse(id).success) throw refused('a signed request names its integration: ?integration=<id>');
    const [integration] = await this.dataSource.query<IntakeIntegration[]>(`${SELECT} WHERE id = $1`, [id]);
    if (!integration) throw refused(`no integration ${id}`);
    let signed = credentials.rawBody;
    if (credentials.timestamp !== undefined) {
      const seconds = Number(credentials.timestamp);
      const skew = Math.abs(this.clock.now().getTime() / 1000 - seconds);
      if (!Number.isFinite(seconds) || skew > TIMESTAMP_TOLERANCE_S) {
        throw refused(`the signed timestamp is more than ${TIMESTAMP_TOLERANCE_S} seconds from now`);
      }
      signed = Buffer.concat([Buffer.from(`${credentials.timestamp}:`), credentials.rawBody]);
    }
    if (!signatureMatches(integration.secret, signed, signature)) {
      throw refused('the signature does not match the body and the integration secret');
    }
    return integration;
  }
}

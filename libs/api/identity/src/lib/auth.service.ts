import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Login, LoginResult } from '@ladder/contracts';
import { DomainException, hashPassword, verifyPassword } from '@ladder/api/common';
import { Repository } from 'typeorm';
import { toUser } from './identity.mapper';
import { LoginThrottleService } from './login-throttle.service';
import { RevocationService } from './revocation.service';
import type { SessionClaims } from './session-claims';
import { SessionTokenService } from './session-token.service';
import { UserEntity } from './user.entity';

@Injectable()
export class AuthService {
  /** Checked against for unknown emails, so they take as long as a wrong password. */
  private readonly decoyHash = hashPassword('decoy password');

  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly throttle: LoginThrottleService,
    private readonly tokens: SessionTokenService,
    private readonly revocations: RevocationService,
  ) {}

  async login(credentials: Login, ip: string): Promise<LoginResult> {
    const email = credentials.email.toLowerCase();
    await this.throttle.assertAllowed(email, ip);
    const user = await this.users.findOneBy({ email });
    const valid = await verifyPassword(credentials.password, user?.passwordHash ?? (await this.decoyHash));
    await this.throttle.record(email, ip, Boolean(user) && valid);
    if (!user || !valid) throw new DomainException('unauthenticated', 'Wrong email or password');
    const me = toUser(user);
    const { token, claims } = this.tokens.issue(me);
    return { user: me, token, csrfToken: claims.csrf, expiresAt: new Date(claims.exp * 1000).toISOString() };
  }

  async logout(session: SessionClaims): Promise<void> {
    await this.revocations.revoke(session.jti, new Date(session.exp * 1000));
  }
}

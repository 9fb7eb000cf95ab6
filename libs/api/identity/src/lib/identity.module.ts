import { Module } from '@nestjs/common';
import { APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { DirectoryController } from './directory.controller';
import { DirectoryService } from './directory.service';
import { IDENTITY_ENTITIES } from './identity.entities';
import { LoginThrottleService } from './login-throttle.service';
import { RevocationService } from './revocation.service';
import { RouteAccessCheck } from './route-access.check';
import { SessionCookies } from './session-cookies';
import { SessionTokenService } from './session-token.service';

/** Teams, users, sign-in and the global auth guard every route goes through. */
@Module({
  imports: [TypeOrmModule.forFeature(IDENTITY_ENTITIES), DiscoveryModule],
  controllers: [AuthController, DirectoryController],
  providers: [
    AuthService,
    DirectoryService,
    LoginThrottleService,
    RevocationService,
    SessionCookies,
    SessionTokenService,
    RouteAccessCheck,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [SessionTokenService, DirectoryService, RevocationService],
})
export class IdentityModule {}

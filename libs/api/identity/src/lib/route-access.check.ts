import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { listRouteAccess } from './route-access';

/** Refuses to start when a handler has neither `@Roles(...)` nor `@Public()`: access is never implicit. */
@Injectable()
export class RouteAccessCheck implements OnModuleInit {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  onModuleInit(): void {
    const undeclared = listRouteAccess(this.discovery, this.scanner, this.reflector).filter(
      (r) => !r.isPublic && !r.roles,
    );
    if (undeclared.length > 0) {
      const list = undeclared.map((r) => `${r.method} ${r.path} (${r.handler})`).join(', ');
      throw new Error(`Every route needs @Roles(...) or @Public(); missing on: ${list}`);
    }
  }
}

import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import type { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import type { Role } from '@ladder/contracts';
import { PUBLIC_KEY, ROLES_KEY } from '@ladder/api/common';

/** One route handler and who may call it, read from its decorators. */
export interface RouteAccess {
  method: string;
  /** Without the global prefix, e.g. `/escalations/:id/escalate`. */
  path: string;
  handler: string;
  isPublic: boolean;
  /** Undefined when the handler declares neither roles nor public: refused at startup. */
  roles?: Role[];
}

const joinPath = (...parts: string[]) =>
  `/${parts
    .flatMap((p) => p.split('/'))
    .filter(Boolean)
    .join('/')}`;

/** Every route the app's controllers declare, found through Nest's discovery rather than a hand-kept list. */
export function listRouteAccess(
  discovery: DiscoveryService,
  scanner: MetadataScanner,
  reflector: Reflector,
): RouteAccess[] {
  const routes: RouteAccess[] = [];
  for (const wrapper of discovery.getControllers()) {
    const controller = wrapper.metatype;
    const prototype: unknown = wrapper.instance && Object.getPrototypeOf(wrapper.instance);
    if (typeof controller !== 'function' || !prototype || typeof prototype !== 'object') continue;
    const base = (Reflect.getMetadata(PATH_METADATA, controller) as string | undefined) ?? '';
    for (const name of scanner.getAllMethodNames(prototype)) {
      const handler = (prototype as Record<string, unknown>)[name];
      if (typeof handler !== 'function' || !Reflect.hasMetadata(PATH_METADATA, handler)) continue;
      const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
      const targets = [handler, controller];
      routes.push({
        method,
        path: joinPath(base, Reflect.getMetadata(PATH_METADATA, handler) as string),
        handler: `${controller.name}.${name}`,
        isPublic: reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets) ?? false,
        roles: reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets),
      });
    }
  }
  return routes;
}

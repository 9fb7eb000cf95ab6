import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Source } from '@ladder/contracts';

/** Bearer calls come from API clients; cookie sessions from the portal. */
export function sourceOf(authorization: string | undefined): Source {
  return authorization?.startsWith('Bearer ') ? 'api' : 'portal';
}

export const RequestSource = createParamDecorator((_data: unknown, context: ExecutionContext): Source => {
  const request = context.switchToHttp().getRequest<{ headers: Record<string, string | undefined> }>();
  return sourceOf(request.headers['authorization']);
});

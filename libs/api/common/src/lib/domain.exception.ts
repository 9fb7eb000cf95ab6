import { ERROR_STATUS, type ErrorCode } from '@ladder/contracts';

/**
 * What services throw instead of HttpException: a code from contracts, a message for the user and
 * optional details. The global exception filter maps the code to its HTTP status.
 */
export class DomainException extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'DomainException';
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

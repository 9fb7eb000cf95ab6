import { ErrorHandler, inject, Injectable } from '@angular/core';
import { Notifier } from './notifier';

/** Uncaught errors still reach the console, and the user learns that something failed. */
@Injectable()
export class NotifyingErrorHandler extends ErrorHandler {
  private readonly notifier = inject(Notifier);

  override handleError(error: unknown): void {
    super.handleError(error);
    this.notifier.error(error);
  }
}

import { inject, Injectable } from '@angular/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import { toApiError } from '../http/api-error';

/** The one place errors are shown to the user, so none is swallowed silently. */
@Injectable({ providedIn: 'root' })
export class Notifier {
  private readonly snackBar = inject(MatSnackBar);

  error(error: unknown): void {
    const apiError = toApiError(error);
    const reference = apiError.correlationId ? ` (reference ${apiError.correlationId})` : '';
    this.snackBar.open(`${apiError.message}${reference}`, 'Dismiss', {
      duration: 10_000,
      panelClass: 'ladder-snack-error',
    });
  }

  info(message: string): void {
    this.snackBar.open(message, 'OK', { duration: 4_000 });
  }
}

import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import type { Integration } from '@ladder/contracts';

/** Asks before replacing an integration's secret, saying what stops working; closes with true when confirmed. */
@Component({
  selector: 'ladder-rotate-secret-dialog',
  imports: [MatButtonModule, MatDialogModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>Rotate the secret of {{ integration.name }}?</h2>
    <mat-dialog-content>
      <p>
        A new secret is made and shown once. The current one stops working at once: the monitoring system's alerts are
        refused until its configuration carries the new secret.
      </p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close cdkFocusInitial>Cancel</button>
      <button mat-flat-button type="button" [mat-dialog-close]="true">Rotate secret</button>
    </mat-dialog-actions>
  `,
})
export class RotateSecretDialog {
  protected readonly integration = inject<Integration>(MAT_DIALOG_DATA);
}

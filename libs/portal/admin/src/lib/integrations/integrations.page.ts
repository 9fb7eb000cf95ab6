import { DatePipe, DecimalPipe, DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSlideToggleModule, type MatSlideToggleChange } from '@angular/material/slide-toggle';
import { MatTableModule } from '@angular/material/table';
import type { CreateIntegration, Integration, IntegrationWithSecret } from '@ladder/contracts';
import { ReferenceStore } from '@ladder/portal/core';
import { EmptyStateComponent, PageHeaderComponent } from '@ladder/portal/ui';
import { firstValueFrom } from 'rxjs';
import { intakeAddress, KIND_LABEL, type IntakeAddress } from './intake-snippets';
import { newIntegrationForm, toIntegrationForm, type IntegrationForm } from './integration-form';
import { IntegrationSecretDialog, type IntegrationSecretData } from './integration-secret.dialog';
import { IntegrationDialog, type IntegrationDialogData } from './integration.dialog';
import { IntegrationsStore, type SaveOutcome } from './integrations.store';
import { RotateSecretDialog } from './rotate-secret.dialog';

/** Alert intake: the integrations monitoring systems post to, their routing, and their secrets. */
@Component({
  selector: 'ladder-integrations-page',
  imports: [
    DatePipe,
    DecimalPipe,
    MatButtonModule,
    MatProgressBarModule,
    MatSlideToggleModule,
    MatTableModule,
    EmptyStateComponent,
    PageHeaderComponent,
  ],
  providers: [IntegrationsStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './integrations.page.html',
  styleUrl: './integrations.page.scss',
})
export class IntegrationsPage {
  protected readonly store = inject(IntegrationsStore);
  private readonly reference = inject(ReferenceStore);
  private readonly dialog = inject(MatDialog);
  private readonly origin = inject(DOCUMENT).location.origin;
  protected readonly columns = [
    'name',
    'kind',
    'endpoint',
    'enabled',
    'lastReceivedAt',
    'notificationsReceived',
    'openEscalations',
    'actions',
  ];

  constructor() {
    void this.store.load();
    void this.reference.ensureLoaded();
  }

  /** Typed here: a mat-table row is untyped in the template. */
  protected kindText(integration: Integration): string {
    return KIND_LABEL[integration.kind];
  }

  protected addressOf(integration: Integration): IntakeAddress {
    return intakeAddress(this.origin, integration);
  }

  protected async create(): Promise<void> {
    await this.reference.ensureLoaded();
    const definition = this.reference.procedure()?.definition;
    const form = newIntegrationForm(definition?.categories ?? [], definition?.services ?? []);
    const created = await this.openEditor(null, form, (value) => this.store.create(value));
    if (created) this.showSecret(created, false);
  }

  protected async edit(integration: Integration): Promise<void> {
    await this.reference.ensureLoaded();
    await this.openEditor(integration, toIntegrationForm(integration), ({ name, proposeResolution, routing }) =>
      this.store.update(integration.id, { name, proposeResolution, routing }),
    );
  }

  protected async setEnabled(integration: Integration, change: MatSlideToggleChange): Promise<void> {
    // A refused change puts the switch back where the integration still is.
    if (!(await this.store.setEnabled(integration, change.checked))) change.source.checked = integration.enabled;
  }

  protected async rotate(integration: Integration): Promise<void> {
    const ref = this.dialog.open<RotateSecretDialog, Integration, boolean>(RotateSecretDialog, { data: integration });
    if ((await firstValueFrom(ref.afterClosed())) !== true) return;
    const rotated = await this.store.rotateSecret(integration);
    if (rotated) this.showSecret(rotated, true);
  }

  /** Resolves with what the dialog saved (with a secret when `save` creates), or undefined when cancelled. */
  private openEditor<T extends Integration>(
    integration: Integration | null,
    form: IntegrationForm,
    save: (value: CreateIntegration) => Promise<SaveOutcome<T>>,
  ): Promise<T | undefined> {
    const definition = this.reference.procedure()?.definition;
    const data: IntegrationDialogData = {
      integration,
      form,
      categories: definition?.categories ?? [],
      services: definition?.services ?? [],
      teams: this.reference.teams(),
      save,
    };
    const ref = this.dialog.open<IntegrationDialog, IntegrationDialogData, T>(IntegrationDialog, {
      data,
      maxWidth: '95vw',
    });
    return firstValueFrom(ref.afterClosed());
  }

  private showSecret(integration: IntegrationWithSecret, rotated: boolean): void {
    const data: IntegrationSecretData = { integration, origin: this.origin, rotated };
    // Closed only by its button: a stray click outside must not lose a secret shown once.
    this.dialog.open(IntegrationSecretDialog, { data, disableClose: true, maxWidth: '95vw' });
  }
}

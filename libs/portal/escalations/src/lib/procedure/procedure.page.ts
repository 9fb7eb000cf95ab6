import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ImpactSchema, UrgencySchema } from '@ladder/contracts';
import { ReferenceStore } from '@ladder/portal/core';
import { formatMinutes, MarkdownComponent, PageHeaderComponent, SeverityChipComponent } from '@ladder/portal/ui';

/** Read-only view of the published procedure: levels, runbooks, contacts, targets and the matrix. */
@Component({
  selector: 'ladder-procedure-page',
  imports: [MatCardModule, MatProgressBarModule, MarkdownComponent, PageHeaderComponent, SeverityChipComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './procedure.page.html',
  styleUrl: './procedure.page.scss',
})
export class ProcedurePage {
  protected readonly reference = inject(ReferenceStore);
  protected readonly impacts = ImpactSchema.options;
  protected readonly urgencies = UrgencySchema.options;
  protected readonly formatMinutes = formatMinutes;

  constructor() {
    void this.reference.ensureLoaded();
  }

  protected teamName(id: string): string {
    return this.reference.teams().find((t) => t.id === id)?.name ?? 'Unknown team';
  }
}

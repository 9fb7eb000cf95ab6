import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { ImpactSchema, SeveritySchema, UrgencySchema, type ProcedureDefinition } from '@ladder/contracts';
import { ReferenceStore } from '@ladder/portal/core';
import { formatMinutes, SeverityChipComponent } from '@ladder/portal/ui';
import { MarkdownComponent } from '@ladder/portal/ui/markdown';
import { describeAction, describeCondition, describeReachOut } from '../shared/procedure-words';

/** Read view of a whole procedure definition: levels, targets, matrix, routes, rules and scenario guidelines. */
@Component({
  selector: 'ladder-procedure-definition',
  imports: [MatCardModule, MarkdownComponent, SeverityChipComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './procedure-definition.component.html',
  styleUrls: ['../shared/procedure-page.scss', './procedure-definition.component.scss'],
})
export class ProcedureDefinitionComponent {
  private readonly reference = inject(ReferenceStore);

  readonly definition = input.required<ProcedureDefinition>();

  protected readonly severities = SeveritySchema.options;
  protected readonly impacts = ImpactSchema.options;
  protected readonly urgencies = UrgencySchema.options;
  protected readonly formatMinutes = formatMinutes;
  protected readonly describeAction = describeAction;
  protected readonly describeCondition = describeCondition;
  protected readonly describeReachOut = describeReachOut;

  constructor() {
    void this.reference.ensureLoaded();
  }

  protected teamName(id: string): string {
    return this.reference.teams().find((t) => t.id === id)?.name ?? 'Unknown team';
  }

  protected teamNames(ids: readonly string[]): string {
    return ids.map((id) => this.teamName(id)).join(', ');
  }
}

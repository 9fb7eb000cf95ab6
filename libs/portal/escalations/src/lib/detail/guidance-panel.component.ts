import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import type { EscalationGuidance } from '@ladder/contracts';
import { MarkdownComponent } from '@ladder/portal/ui/markdown';
import { ContactListComponent } from './contact-list.component';

/** The scenario guidelines that match the escalation: what they raised, their notes and their extra contacts. */
@Component({
  selector: 'ladder-guidance-panel',
  imports: [MatCardModule, MarkdownComponent, ContactListComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-card appearance="outlined">
      <mat-card-header><mat-card-title>Scenario guidance</mat-card-title></mat-card-header>
      <mat-card-content>
        @for (g of guidance(); track g.id) {
          <section class="guideline" [attr.aria-labelledby]="'guideline-' + g.id">
            <h3 [id]="'guideline-' + g.id">{{ g.name }}</h3>
            @if (raises(g); as r) {
              <p class="raises">{{ r }}</p>
            }
            @if (g.notes) {
              <ladder-markdown [markdown]="g.notes" />
            }
            @if (g.extraContacts.length) {
              <h4>Also reach</h4>
              <ladder-contact-list [contacts]="g.extraContacts" />
            }
          </section>
        }
      </mat-card-content>
    </mat-card>
  `,
  styles: `
    h3 {
      margin: 8px 0 4px;
      font: var(--mat-sys-title-small);
    }
    h4 {
      margin: 8px 0 0;
      font: var(--mat-sys-label-large);
    }
    .raises {
      margin: 0 0 4px;
      color: var(--mat-sys-on-surface-variant);
    }
    .guideline + .guideline {
      border-top: 1px solid var(--mat-sys-outline-variant);
      margin-top: 8px;
    }
  `,
})
export class GuidancePanelComponent {
  readonly guidance = input.required<readonly EscalationGuidance[]>();

  protected raises(g: EscalationGuidance): string | null {
    return guidelineRaises(g);
  }
}

/** "Enters at L3 · at least S2", or null when the guideline raises nothing. */
export function guidelineRaises(g: Pick<EscalationGuidance, 'entryLevel' | 'minimumSeverity'>): string | null {
  const parts = [
    ...(g.entryLevel === undefined ? [] : [`enters at L${g.entryLevel}`]),
    ...(g.minimumSeverity === undefined ? [] : [`at least ${g.minimumSeverity}`]),
  ];
  const text = parts.join(' · ');
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : null;
}

import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { RouterLink } from '@angular/router';
import type { RegisterContext } from '@ladder/contracts';
import { SeverityChipComponent } from '@ladder/portal/ui';
import { MarkdownComponent } from '@ladder/portal/ui/markdown';
import { guidelineRaises } from '../detail/guidance-panel.component';

/** What the critical-service and risk registers and the procedure's guidelines say about the chosen service. */
@Component({
  selector: 'ladder-register-context',
  imports: [MatCardModule, RouterLink, MarkdownComponent, SeverityChipComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let c = context();
    <mat-card appearance="outlined" data-testid="register-context">
      <mat-card-header><mat-card-title>Service and scenario</mat-card-title></mat-card-header>
      <mat-card-content>
        @if (c.service; as s) {
          <p class="service">
            <strong>{{ s.name }}</strong> is a <strong>{{ s.criticality }}</strong>-criticality service; escalations for
            it are at least <ladder-severity-chip [severity]="s.defaultSeverity" />
            @if (s.owningTeamName) {
              · owned by {{ s.owningTeamName }}
            }
          </p>
        } @else {
          <p class="service">This service is not in the critical-service register.</p>
        }
        @if (c.guidelines.length) {
          <h3>Scenario guidelines</h3>
          @for (g of c.guidelines; track g.id) {
            <section class="guideline" [attr.aria-label]="g.name">
              <h4>{{ g.name }}</h4>
              @if (raises(g); as r) {
                <p class="raises">{{ r }}</p>
              }
              @if (g.notes) {
                <ladder-markdown [markdown]="g.notes" />
              }
              @if (g.extraContacts.length) {
                <p class="raises">Also reach: {{ contactNames(g) }}</p>
              }
            </section>
          }
        }
        @if (c.risks.length) {
          <h3>Open risks</h3>
          <ul class="risks">
            @for (r of c.risks; track r.id) {
              <li>
                <strong>{{ r.title }}</strong> · score {{ r.score }} (likelihood {{ r.likelihood }} × impact
                {{ r.impact }})
                @if (r.mitigation) {
                  <br /><span class="raises">Mitigation: {{ r.mitigation }}</span>
                }
              </li>
            }
          </ul>
        }
        <p class="links">
          <a routerLink="/procedure/services">Critical-service register</a> ·
          <a routerLink="/procedure/risks">Risk register</a>
        </p>
      </mat-card-content>
    </mat-card>
  `,
  styles: `
    h3 {
      margin: 12px 0 4px;
      font: var(--mat-sys-title-small);
    }
    h4 {
      margin: 8px 0 0;
      font: var(--mat-sys-label-large);
    }
    .service {
      display: flex;
      align-items: center;
      gap: 6px;
      flex-wrap: wrap;
    }
    .raises {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .risks {
      padding-left: 20px;
      margin: 0;
    }
    .links {
      margin: 12px 0 0;
    }
  `,
})
export class RegisterContextComponent {
  readonly context = input.required<RegisterContext>();
  protected readonly raises = guidelineRaises;
  protected contactNames(g: RegisterContext['guidelines'][number]): string {
    return g.extraContacts.map((c) => c.name).join(', ');
  }
}

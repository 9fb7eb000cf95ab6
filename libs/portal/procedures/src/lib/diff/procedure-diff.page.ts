import { ChangeDetectionStrategy, Component, computed, effect, inject, input, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { ReferenceStore, SessionStore } from '@ladder/portal/core';
import { EmptyStateComponent, PageHeaderComponent } from '@ladder/portal/ui';
import { ProcedureStatusChipComponent } from '../shared/procedure-status-chip.component';
import { versionLabel } from '../shared/procedure-words';
import { diffSections } from './diff-rows';
import { ProcedureDiffStore } from './procedure-diff.store';

/**
 * Two versions side by side: version A (`otherId`, left) and version B (`id`, right), every change from A to B grouped
 * by section. Either side can be switched, or the two swapped.
 */
@Component({
  selector: 'ladder-procedure-diff-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatProgressBarModule,
    MatSelectModule,
    EmptyStateComponent,
    PageHeaderComponent,
    ProcedureStatusChipComponent,
  ],
  providers: [ProcedureDiffStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './procedure-diff.page.html',
  styleUrls: ['../shared/procedure-page.scss', './procedure-diff.page.scss'],
})
export class ProcedureDiffPage {
  protected readonly store = inject(ProcedureDiffStore);
  private readonly reference = inject(ReferenceStore);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);

  /** Version B, from the route. */
  readonly id = input.required<string>();
  /** Version A, from the route. */
  readonly otherId = input.required<string>();

  protected readonly versionLabel = versionLabel;
  protected readonly sections = computed(() => {
    const loaded = this.store.loaded();
    if (!loaded) return [];
    const teams = this.reference.teams();
    return diffSections(loaded.diff, (id) => teams.find((t) => t.id === id)?.name ?? 'Unknown team');
  });
  protected readonly summary = computed(() => {
    const sections = this.sections();
    const total = sections.reduce((sum, s) => sum + s.rows.length, 0);
    if (total === 0) return 'The two versions do not differ.';
    return `${this.count(total, 'change')} in ${this.count(sections.length, 'section')}.`;
  });

  constructor() {
    void this.reference.ensureLoaded();
    effect(() => {
      const [from, to] = [this.otherId(), this.id()];
      const withDrafts = this.session.hasRole(['process_owner', 'manager', 'admin']);
      untracked(() => void this.store.load(from, to, withDrafts));
    });
  }

  protected count(n: number, noun: string): string {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
  }

  protected swap(): Promise<boolean> {
    return this.show(this.id(), this.otherId());
  }

  protected pickA(fromId: string): Promise<boolean> {
    return this.show(fromId, this.id());
  }

  protected pickB(toId: string): Promise<boolean> {
    return this.show(this.otherId(), toId);
  }

  private show(fromId: string, toId: string): Promise<boolean> {
    return this.router.navigate(['/procedure', toId, 'diff', fromId]);
  }
}

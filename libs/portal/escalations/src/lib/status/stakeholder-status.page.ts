import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Title } from '@angular/platform-browser';
import {
  DueTimeComponent,
  escalationNumber,
  PublicPageComponent,
  SeverityChipComponent,
  StatusChipComponent,
} from '@ladder/portal/ui';
import { StakeholderStatusStore } from './stakeholder-status.store';

/** The read-only page a stakeholder's email links to: no sign-in, no staff names, no internal comments. */
@Component({
  selector: 'ladder-stakeholder-status-page',
  imports: [
    DatePipe,
    MatButtonModule,
    MatProgressBarModule,
    DueTimeComponent,
    PublicPageComponent,
    SeverityChipComponent,
    StatusChipComponent,
  ],
  providers: [StakeholderStatusStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './stakeholder-status.page.html',
  styleUrl: './stakeholder-status.page.scss',
})
export class StakeholderStatusPage {
  /** Route parameter, bound by the router. */
  readonly token = input.required<string>();
  protected readonly store = inject(StakeholderStatusStore);
  private readonly title = inject(Title);

  /** Newest first: the latest word is what a stakeholder looks for. */
  protected readonly updates = computed(() =>
    [...(this.store.status()?.updates ?? [])].sort((a, b) => Date.parse(b.at) - Date.parse(a.at)),
  );
  protected readonly escalationNumber = escalationNumber;

  constructor() {
    effect(() => {
      const token = this.token();
      untracked(() => void this.store.load(token));
    });
    effect(() => {
      const status = this.store.status();
      if (status) this.title.setTitle(`${escalationNumber(status.number)} status · Ladder`);
    });
  }

  protected retry(): void {
    void this.store.load(this.token());
  }
}

import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import type { Level, Team } from '@ladder/contracts';

export interface LevelChangeData {
  direction: 'up' | 'down';
  currentLevel: number;
  levels: readonly Level[];
  teams: readonly Team[];
  initial?: Partial<LevelChange>;
}

/** What escalate / de-escalate send besides the version; level and team default on the API side. */
export interface LevelChange {
  reason: string;
  toLevel?: number;
  teamId?: string;
}

@Component({
  selector: 'ladder-level-change-dialog',
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, MatSelectModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ up ? 'Escalate' : 'De-escalate' }} from L{{ data.currentLevel }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()">
      <mat-dialog-content class="fields">
        <mat-form-field>
          <mat-label>Reason</mat-label>
          <textarea matInput formControlName="reason" rows="4" cdkFocusInitial required></textarea>
          <mat-error>A reason is required</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>Target level</mat-label>
          <mat-select formControlName="toLevel">
            <mat-option [value]="null">{{ up ? 'Next level up' : 'Next level down' }}</mat-option>
            @for (l of targetLevels; track l.level) {
              <mat-option [value]="l.level">L{{ l.level }} {{ l.name }}</mat-option>
            }
          </mat-select>
          <mat-hint>Optional: empty means the {{ up ? 'next level up' : 'next level down' }}</mat-hint>
        </mat-form-field>
        <mat-form-field>
          <mat-label>Team</mat-label>
          <mat-select formControlName="teamId">
            <mat-option [value]="null">Route by the procedure</mat-option>
            @for (t of teams(); track t.id) {
              <mat-option [value]="t.id">{{ t.name }}</mat-option>
            }
          </mat-select>
          <mat-hint>Optional: empty means the procedure's route for the category</mat-hint>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="form.invalid">{{ up ? 'Escalate' : 'De-escalate' }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .fields {
      display: flex;
      flex-direction: column;
      width: min(520px, 80vw);
    }
  `,
})
export class LevelChangeDialog {
  protected readonly data = inject<LevelChangeData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<LevelChangeDialog, LevelChange>>(MatDialogRef);
  protected readonly up = this.data.direction === 'up';
  protected readonly targetLevels = this.data.levels.filter((l) =>
    this.up ? l.level > this.data.currentLevel : l.level < this.data.currentLevel,
  );

  protected readonly form = inject(FormBuilder).group({
    reason: [this.data.initial?.reason ?? '', [Validators.required, Validators.pattern(/\S/)]],
    toLevel: [this.data.initial?.toLevel ?? null],
    teamId: [this.data.initial?.teamId ?? null],
  });

  private readonly toLevel = toSignal(this.form.controls.toLevel.valueChanges, {
    initialValue: this.form.controls.toLevel.value,
  });
  /** Teams working the chosen level (the adjacent one when none is chosen). */
  protected readonly teams = computed(() => {
    const level = this.toLevel() ?? this.data.currentLevel + (this.up ? 1 : -1);
    return this.data.teams.filter((t) => t.level === level);
  });

  protected submit(): void {
    const { reason, toLevel, teamId } = this.form.getRawValue();
    if (this.form.invalid || !reason) return;
    this.ref.close({ reason: reason.trim(), ...(toLevel ? { toLevel } : {}), ...(teamId ? { teamId } : {}) });
  }
}

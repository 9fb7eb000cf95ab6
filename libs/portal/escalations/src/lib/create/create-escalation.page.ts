import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, type FormControl, type FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import type { ErrorStateMatcher } from '@angular/material/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Router } from '@angular/router';
import {
  CreateEscalationSchema,
  ImpactSchema,
  type Impact,
  type ShownTriageSuggestion,
  type Urgency,
} from '@ladder/contracts';
import { type FieldErrors, Notifier, ReferenceStore, SessionStore, toApiError } from '@ladder/portal/core';
import { PageHeaderComponent, formatMinutes, escalationNumber, SeverityChipComponent } from '@ladder/portal/ui';
import { firstValueFrom, map } from 'rxjs';
import { EscalationsApi } from '../shared/escalations.api';
import { entryLevels } from './entry-levels';
import { parseWith } from './form-errors';
import { openingPreview } from './opening-preview';
import { RegisterContextComponent } from './register-context.component';
import { RegisterContextStore } from './register-context.store';
import { type FillableTarget, TriageSuggestionsComponent } from './triage-suggestions.component';
import { SubmissionKeys } from './submission-keys';

type StakeholderGroup = FormGroup<{ name: FormControl<string>; email: FormControl<string> }>;

@Component({
  selector: 'ladder-create-escalation-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    PageHeaderComponent,
    RegisterContextComponent,
    SeverityChipComponent,
    TriageSuggestionsComponent,
  ],
  providers: [RegisterContextStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './create-escalation.page.html',
  styleUrl: './create-escalation.page.scss',
})
export class CreateEscalationPage {
  private readonly fb = inject(FormBuilder).nonNullable;
  private readonly api = inject(EscalationsApi);
  private readonly router = inject(Router);
  private readonly notifier = inject(Notifier);
  protected readonly reference = inject(ReferenceStore);
  private readonly session = inject(SessionStore);
  protected readonly registers = inject(RegisterContextStore);
  private readonly keys = new SubmissionKeys();
  private readonly matchers = new Map<string, ErrorStateMatcher>();

  protected readonly grades = ImpactSchema.options;
  protected readonly form = this.fb.group({
    title: '',
    description: '',
    category: '',
    affectedService: '',
    impact: this.fb.control<Impact>('medium'),
    urgency: this.fb.control<Urgency>('medium'),
    level: 1,
    stakeholders: this.fb.array<StakeholderGroup>([]),
  });

  private readonly value = toSignal(this.form.valueChanges.pipe(map(() => this.form.getRawValue())), {
    initialValue: this.form.getRawValue(),
  });
  private readonly attempted = signal(false);
  private readonly serverErrors = signal<FieldErrors>({});
  protected readonly submitting = signal(false);
  /** The triage suggestions on display, sent with the create so their acceptance is recorded. */
  protected readonly triageShown = signal<ShownTriageSuggestion[]>([]);

  /** Live once the user has tried to submit, so errors clear as they are fixed. */
  protected readonly errors = computed<FieldErrors>(() => {
    if (!this.attempted()) return {};
    const parsed = parseWith(CreateEscalationSchema, this.value());
    return { ...this.serverErrors(), ...(parsed.ok ? {} : parsed.errors) };
  });

  private readonly category = computed(() => this.value().category);
  private readonly affectedService = computed(() => this.value().affectedService);

  /** Severity and entry level as the API will decide them, guidelines and the service's default severity included. */
  protected readonly preview = computed(() => {
    const definition = this.reference.procedure()?.definition;
    if (!definition) return null;
    const serviceSeverity = this.registers.context()?.service?.defaultSeverity ?? null;
    return openingPreview(definition, this.value(), serviceSeverity);
  });
  protected readonly formatMinutes = formatMinutes;

  /** Shown only when there is a choice beyond L1. */
  protected readonly entryLevels = computed(() =>
    entryLevels(this.session.me(), this.reference.procedure()?.definition.levels ?? []),
  );

  constructor() {
    void this.reference.ensureLoaded();
    effect(() => {
      const [category, service] = [this.category(), this.affectedService()];
      untracked(() => void this.registers.load(category, service));
    });
  }

  /** Material shows a field in error when the contract (or the API) rejects its path. */
  protected matcher(path: string): ErrorStateMatcher {
    let matcher = this.matchers.get(path);
    if (!matcher) {
      matcher = { isErrorState: () => this.errors()[path] !== undefined };
      this.matchers.set(path, matcher);
    }
    return matcher;
  }

  protected useSuggestion({ target, value }: { target: FillableTarget; value: string }): void {
    this.form.controls[target].setValue(value);
  }

  protected addStakeholder(): void {
    this.form.controls.stakeholders.push(this.fb.group({ name: '', email: '' }));
  }

  protected removeStakeholder(index: number): void {
    this.form.controls.stakeholders.removeAt(index);
  }

  protected async submit(): Promise<void> {
    if (this.submitting()) return;
    this.attempted.set(true);
    this.serverErrors.set({});
    const { level, ...rest } = this.form.getRawValue();
    const triage = this.triageShown();
    // L1 is the API's default, so level is sent only above it; triage only when suggestions were shown.
    const body = { ...rest, ...(level > 1 ? { level } : {}), ...(triage.length ? { triage } : {}) };
    const parsed = parseWith(CreateEscalationSchema, body);
    if (!parsed.ok) return;
    this.submitting.set(true);
    try {
      const created = await firstValueFrom(this.api.create(parsed.data, this.keys.keyFor(parsed.data)));
      this.notifier.info(`${escalationNumber(created.number)} created`);
      await this.router.navigate(['/escalations', created.id]);
    } catch (error) {
      this.serverErrors.set(toApiError(error).fieldErrors);
      this.notifier.error(error);
    } finally {
      this.submitting.set(false);
    }
  }
}

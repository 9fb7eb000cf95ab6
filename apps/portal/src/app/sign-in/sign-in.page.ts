import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router } from '@angular/router';
import { type FieldErrors, SessionStore, toApiError } from '@ladder/portal/core';
import { homeFor } from '../shell/navigation';

const DEMO_ACCOUNTS: readonly { email: string; who: string }[] = [
  { email: 'l1.agent@ladder.demo', who: 'L1 agent, Service Desk' },
  { email: 'l2.lead@ladder.demo', who: 'L2 team lead' },
  { email: 'l3.network@ladder.demo', who: 'L3 specialist, Network' },
  { email: 'manager@ladder.demo', who: 'Manager' },
  { email: 'owner@ladder.demo', who: 'Process owner' },
  { email: 'admin@ladder.demo', who: 'Administrator' },
];

@Component({
  selector: 'ladder-sign-in-page',
  imports: [ReactiveFormsModule, MatButtonModule, MatCardModule, MatFormFieldModule, MatInputModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './sign-in.page.html',
  styleUrl: './sign-in.page.scss',
})
export class SignInPage {
  /** Where to go back to after signing in (query parameter). */
  readonly returnUrl = input<string>();
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);

  protected readonly demoAccounts = DEMO_ACCOUNTS;
  protected readonly form = inject(FormBuilder).nonNullable.group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
  });
  protected readonly error = signal<string | null>(null);
  protected readonly fieldErrors = signal<FieldErrors>({});
  protected readonly submitting = signal(false);

  protected useDemo(email: string): void {
    this.form.setValue({ email, password: 'ladder-demo' });
  }

  protected async submit(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid || this.submitting()) return;
    this.submitting.set(true);
    this.error.set(null);
    this.fieldErrors.set({});
    try {
      const me = await this.session.login(this.form.getRawValue());
      const target = this.returnUrl();
      await this.router.navigateByUrl(target?.startsWith('/') && !target.startsWith('//') ? target : homeFor(me.role));
    } catch (error) {
      const apiError = toApiError(error);
      this.error.set(apiError.message);
      this.fieldErrors.set(apiError.fieldErrors);
    } finally {
      this.submitting.set(false);
    }
  }
}

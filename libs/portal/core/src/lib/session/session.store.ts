import { HttpClient } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import { Router } from '@angular/router';
import type { Login, LoginResult, Me, Role } from '@ladder/contracts';
import { firstValueFrom } from 'rxjs';
import { toApiError } from '../http/api-error';
import { Notifier } from '../notify/notifier';

@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);
  private readonly notifier = inject(Notifier);
  private readonly user = signal<Me | null>(null);
  private loading: Promise<void> | null = null;

  readonly me = this.user.asReadonly();
  readonly role = computed<Role | null>(() => this.user()?.role ?? null);
  readonly signedIn = computed(() => this.user() !== null);

  hasRole(roles: readonly Role[]): boolean {
    const role = this.role();
    return role !== null && roles.includes(role);
  }

  /**
   * Asks the API once who is signed in; every later call waits for that same answer. Started at start-up without
   * holding up the first navigation, so the page's lazy chunk loads meanwhile; guards and redirects wait for it.
   */
  loaded(): Promise<void> {
    return (this.loading ??= this.fetchMe());
  }

  /** A 401 simply means nobody is signed in. */
  private async fetchMe(): Promise<void> {
    try {
      this.user.set(await firstValueFrom(this.http.get<Me>('/api/me')));
    } catch (error) {
      this.user.set(null);
      if (toApiError(error).code !== 'unauthenticated') this.notifier.error(error);
    }
  }

  /** Rejects with an ApiError for the sign-in form to show. */
  async login(credentials: Login): Promise<Me> {
    const result = await firstValueFrom(this.http.post<LoginResult>('/api/auth/login', credentials));
    this.user.set(result.user);
    return result.user;
  }

  async logout(): Promise<void> {
    try {
      await firstValueFrom(this.http.post<unknown>('/api/auth/logout', {}));
    } catch (error) {
      this.notifier.error(error);
    } finally {
      this.user.set(null);
      await this.router.navigateByUrl('/sign-in');
    }
  }

  /** The API rejected the session (expired or revoked): ask the user to sign in again. */
  expire(): void {
    if (!this.user()) return;
    this.user.set(null);
    this.notifier.info('Your session has ended. Please sign in again.');
    void this.router.navigate(['/sign-in'], { queryParams: { returnUrl: this.router.url } });
  }
}

import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ApiError, SessionStore } from '@ladder/portal/core';
import { SignInPage } from './sign-in.page';

describe('SignInPage', () => {
  it('shows the API message in words when sign-in fails', async () => {
    const login = jest.fn().mockRejectedValue(new ApiError(401, 'unauthenticated', 'Wrong email or password.'));
    TestBed.configureTestingModule({
      providers: [provideRouter([]), { provide: SessionStore, useValue: { login } }],
    });
    const fixture = TestBed.createComponent(SignInPage);
    fixture.detectChanges();
    const el = fixture.nativeElement as HTMLElement;

    const demo = Array.from(el.querySelectorAll('button')).find(
      (b) => b.textContent?.trim() === 'l1.agent@ladder.demo',
    );
    demo?.click();
    el.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    await fixture.whenStable();

    expect(login).toHaveBeenCalledWith({ email: 'l1.agent@ladder.demo', password: 'ladder-demo' });
    expect(el.querySelector('[role=alert]')?.textContent?.trim()).toBe('Wrong email or password.');
  });
});

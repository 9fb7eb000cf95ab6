import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ReportSettingComponent } from './report-setting.component';

@Component({
  imports: [ReportSettingComponent],
  template: `
    <ladder-report-setting label="Per" [options]="options" [value]="value()" (choose)="chosen.push($event)" />
  `,
})
class HostComponent {
  readonly options = [
    { value: 'day', label: 'Day' },
    { value: 'week', label: 'Week' },
  ];
  readonly value = signal('week');
  readonly chosen: string[] = [];
}

describe('ReportSettingComponent', () => {
  it('names the toggles by its label, presses the value and passes on the one chosen', () => {
    const fixture = TestBed.createComponent(HostComponent);
    fixture.detectChanges();
    const el = fixture.nativeElement as HTMLElement;
    const group = el.querySelector('mat-button-toggle-group');
    const label = el.querySelector(`#${group?.getAttribute('aria-labelledby') ?? 'none'}`);
    expect(label?.textContent).toBe('Per');
    const buttons = Array.from(el.querySelectorAll<HTMLButtonElement>('mat-button-toggle button'));
    expect(buttons.map((b) => [b.textContent?.trim(), b.getAttribute('aria-checked')])).toEqual([
      ['Day', 'false'],
      ['Week', 'true'],
    ]);
    buttons[0]?.click();
    expect(fixture.componentInstance.chosen).toEqual(['day']);
  });
});

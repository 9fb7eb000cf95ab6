import { TestBed } from '@angular/core/testing';
import type { Status } from '@ladder/contracts';
import { ActionBarComponent } from './action-bar.component';
import type { ActionChoice } from './visible-actions';

function render(status: Status, level: number) {
  const fixture = TestBed.createComponent(ActionBarComponent);
  fixture.componentRef.setInput('status', status);
  fixture.componentRef.setInput('level', level);
  fixture.componentRef.setInput('topLevel', 4);
  fixture.componentRef.setInput('assignedToMe', true);
  fixture.detectChanges();
  const el = fixture.nativeElement as HTMLElement;
  const buttons = Array.from(el.querySelectorAll('button'));
  return { fixture, buttons, labels: buttons.map((b) => b.textContent?.trim()) };
}

describe('ActionBarComponent', () => {
  it('shows only the actions the status allows', () => {
    expect(render('waiting', 2).labels).toEqual(['Assign…', 'Comment', 'Resume', 'Resolve']);
    expect(render('closed', 2).labels).toEqual(['Comment']);
  });

  it('emits the chosen action', () => {
    const { fixture, buttons } = render('open', 1);
    const chosen: ActionChoice[] = [];
    fixture.componentInstance.act.subscribe((a) => chosen.push(a));
    buttons.find((b) => b.textContent?.trim() === 'Escalate')?.click();
    expect(chosen).toEqual(['escalate']);
  });
});

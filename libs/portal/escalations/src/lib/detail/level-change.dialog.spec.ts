import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import type { Level, Team } from '@ladder/contracts';
import { LevelChangeDialog, type LevelChangeData } from './level-change.dialog';

const level = (n: number, name: string): Level => ({
  level: n,
  name,
  teamIds: ['00000000-0000-4000-8000-00000000000' + n],
  defaultTeamId: '00000000-0000-4000-8000-00000000000' + n,
  budgetMinutes: { S1: 15, S2: 30, S3: 120, S4: 480 },
  runbook: '',
  contacts: [],
});
const team = (id: string, name: string, lvl: number): Team => ({ id, name, level: lvl, capacity: 2 });

describe('LevelChangeDialog', () => {
  const close = jest.fn();

  function open(): { el: HTMLElement; submit: HTMLButtonElement; detect: () => void } {
    close.mockReset();
    const data: LevelChangeData = {
      direction: 'up',
      currentLevel: 1,
      levels: [level(1, 'Service Desk'), level(2, 'Team Lead'), level(3, 'Specialists')],
      teams: [team('t1', 'Service Desk', 1), team('t2', 'Team Leads', 2), team('t3', 'Network', 3)],
    };
    TestBed.configureTestingModule({
      providers: [
        { provide: MAT_DIALOG_DATA, useValue: data },
        { provide: MatDialogRef, useValue: { close } },
      ],
    });
    const fixture = TestBed.createComponent(LevelChangeDialog);
    fixture.detectChanges();
    const el = fixture.nativeElement as HTMLElement;
    const submit = el.querySelector<HTMLButtonElement>('button[type=submit]');
    if (!submit) throw new Error('no submit button');
    return { el, submit, detect: () => fixture.detectChanges() };
  }

  it('cannot be sent without a reason', () => {
    const { el, submit } = open();
    expect(submit.disabled).toBe(true);
    el.querySelector('form')?.dispatchEvent(new Event('submit'));
    expect(close).not.toHaveBeenCalled();
  });

  it('sends the trimmed reason, leaving level and team to the procedure', () => {
    const { el, submit, detect } = open();
    const reason = el.querySelector('textarea');
    if (!reason) throw new Error('no reason field');
    reason.value = '  Needs a team lead decision  ';
    reason.dispatchEvent(new Event('input'));
    detect();
    expect(submit.disabled).toBe(false);
    submit.click();
    expect(close).toHaveBeenCalledWith({ reason: 'Needs a team lead decision' });
  });
});

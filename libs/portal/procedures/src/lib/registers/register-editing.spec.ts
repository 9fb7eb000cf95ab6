import { HttpErrorResponse } from '@angular/common/http';
import { editUntilSaved, saveFailure, type EditProblem, type SaveOutcome } from './register-editing';

const answer = (status: number, code: string, message: string, details?: unknown) =>
  new HttpErrorResponse({ status, error: { code, message, details, correlationId: 'c1' } });

describe('saveFailure', () => {
  it('keeps the input for a stale version and a validation error, with the reasons in words', () => {
    expect(saveFailure(answer(409, 'stale_version', 'changed'), 'service')).toEqual({
      saved: false,
      retry: true,
      problem: {
        message:
          'Someone changed this service while you were editing. The register is reloaded; your changes are kept below: check them and save again.',
        fields: {},
      },
    });
    const invalid = answer(400, 'validation_failed', 'The request is not valid', { fields: { name: ['taken'] } });
    expect(saveFailure(invalid, 'service')).toEqual({
      saved: false,
      retry: true,
      problem: { message: 'The request is not valid', fields: { name: 'taken' } },
    });
  });

  it('gives up on a deleted entry and on other failures', () => {
    expect(saveFailure(answer(404, 'not_found', 'gone'), 'risk')).toEqual({
      saved: false,
      retry: false,
      problem: { message: 'This risk was deleted meanwhile.', fields: {} },
    });
    expect(saveFailure(answer(403, 'forbidden', 'Not for you'), 'risk')).toMatchObject({ retry: false });
  });
});

describe('editUntilSaved', () => {
  const problem: EditProblem = { message: 'changed meanwhile', fields: {} };

  it('reopens with what was typed and the problem until the save goes through', async () => {
    const opened: [string, EditProblem | null][] = [];
    const typed = ['first try', 'second try'];
    const outcomes: SaveOutcome[] = [{ saved: false, retry: true, problem }, { saved: true }];
    const ended = await editUntilSaved(
      'initial',
      async (value, p) => {
        opened.push([value, p]);
        return typed.shift();
      },
      async () => outcomes.shift() as SaveOutcome,
    );
    expect(ended).toBeNull();
    expect(opened).toEqual([
      ['initial', null],
      ['first try', problem],
    ]);
  });

  it('stops when the user cancels or the failure cannot be fixed by editing', async () => {
    const save = jest.fn();
    expect(await editUntilSaved('x', async () => undefined, save)).toBeNull();
    expect(save).not.toHaveBeenCalled();
    const fatal: SaveOutcome = { saved: false, retry: false, problem };
    expect(
      await editUntilSaved(
        'x',
        async () => 'y',
        async () => fatal,
      ),
    ).toBe(problem);
  });
});

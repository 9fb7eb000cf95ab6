import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { TextPromptDialog, type TextPromptData } from './text-prompt.dialog';

describe('TextPromptDialog', () => {
  const close = jest.fn();

  function open(initial?: string, explanation?: string) {
    close.mockReset();
    const data: TextPromptData = {
      title: 'Resolve',
      label: 'Resolution summary',
      submitLabel: 'Resolve',
      initial,
      explanation,
    };
    TestBed.configureTestingModule({
      providers: [
        { provide: MAT_DIALOG_DATA, useValue: data },
        { provide: MatDialogRef, useValue: { close } },
      ],
    });
    const fixture = TestBed.createComponent(TextPromptDialog);
    fixture.detectChanges();
    const el = fixture.nativeElement as HTMLElement;
    const form = el.querySelector('form');
    if (!form) throw new Error('no form');
    return { el, form };
  }

  it('offers again what the user typed before', () => {
    const { el } = open('Replaced the line card');
    expect(el.querySelector('textarea')?.value).toBe('Replaced the line card');
  });

  it('closes with the trimmed text when the form is submitted', () => {
    const { form } = open('  Replaced the line card ');
    const submitted = new Event('submit', { cancelable: true });
    form.dispatchEvent(submitted);
    expect(submitted.defaultPrevented).toBe(true);
    expect(close).toHaveBeenCalledWith('Replaced the line card');
  });

  it('explains what the text is for only when given an explanation', () => {
    expect(open().el.querySelector('p')).toBeNull();
    TestBed.resetTestingModule();
    const { el } = open(undefined, 'The author sees this reason.');
    expect(el.querySelector('p')?.textContent).toBe('The author sees this reason.');
  });

  it('does not close on blank text', () => {
    const { form } = open('   ');
    form.dispatchEvent(new Event('submit', { cancelable: true }));
    expect(close).not.toHaveBeenCalled();
  });
});

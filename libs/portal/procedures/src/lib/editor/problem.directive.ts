import { Directive, type DoCheck, inject, input } from '@angular/core';
import { MatInput } from '@angular/material/input';
import { MatSelect } from '@angular/material/select';

/**
 * Puts a Material input or select in its error state while `ladderProblem` holds a message. The messages come from
 * the contract's schema and the API rather than from validators on the controls.
 */
@Directive({ selector: '[ladderProblem]' })
export class ProblemDirective implements DoCheck {
  readonly ladderProblem = input<string | undefined>('');
  private readonly field = inject(MatInput, { self: true, optional: true }) ?? inject(MatSelect, { self: true });

  constructor() {
    this.field.errorStateMatcher = { isErrorState: () => !!this.ladderProblem() };
  }

  ngDoCheck(): void {
    this.field.updateErrorState();
  }
}

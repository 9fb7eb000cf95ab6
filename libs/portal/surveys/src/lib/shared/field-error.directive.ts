import { Directive, type DoCheck, inject, input } from '@angular/core';
import { MatInput } from '@angular/material/input';
import { MatSelect } from '@angular/material/select';

/**
 * Puts a Material input or select in its error state while `ladderFieldError` holds a message. Material re-checks
 * error state only for fields bound to a form control; these editors bind plain values to signals instead.
 */
@Directive({ selector: '[ladderFieldError]' })
export class FieldErrorDirective implements DoCheck {
  readonly ladderFieldError = input('');
  private readonly field = inject(MatInput, { self: true, optional: true }) ?? inject(MatSelect, { self: true });

  constructor() {
    this.field.errorStateMatcher = { isErrorState: () => this.ladderFieldError() !== '' };
  }

  ngDoCheck(): void {
    this.field.updateErrorState();
  }
}

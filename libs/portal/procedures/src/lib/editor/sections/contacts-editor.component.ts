import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReactiveFormsModule, type FormArray } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import type { EditorOptions } from '../editor-options';
import { contactForm, type ContactForm } from '../form/contact-form';
import type { PathErrors } from '../form/draft-errors';
import { ProblemDirective } from '../problem.directive';

/** The contacts of a level (or a scenario's extra contacts): channels, when to reach out, and whether Ladder does. */
@Component({
  selector: 'ladder-contacts-editor',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ProblemDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './contacts-editor.component.html',
  styleUrl: './section.scss',
})
export class ContactsEditorComponent {
  readonly contacts = input.required<FormArray<ContactForm>>();
  /** Where the list sits in the request body, e.g. `definition.levels.0.contacts`. */
  readonly path = input.required<string>();
  /** Whose contacts these are, for the legends: "L1 Service Desk". */
  readonly owner = input.required<string>();
  readonly options = input.required<EditorOptions>();
  readonly errors = input<PathErrors>({});

  protected problem(index: number, field: string): string | undefined {
    return this.errors()[`${this.path()}.${index}.${field}`];
  }

  protected add(): void {
    this.contacts().push(contactForm());
  }

  protected remove(index: number): void {
    this.contacts().removeAt(index);
  }
}

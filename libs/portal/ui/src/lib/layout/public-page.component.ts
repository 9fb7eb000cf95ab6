import { ChangeDetectionStrategy, Component, input, ViewEncapsulation } from '@angular/core';

/**
 * The frame of the pages a stakeholder opens from an email, without an account: one narrow column that reads on a
 * phone, the brand line, and the type of their headings. Unencapsulated so the headings the page projects take it.
 */
@Component({
  selector: 'ladder-public-page',
  template: `
    <main class="ladder-public-page">
      <p class="ladder-public-page-brand">{{ brand() }}</p>
      <ng-content />
    </main>
  `,
  styles: `
    ladder-public-page {
      display: block;
    }
    .ladder-public-page {
      box-sizing: border-box;
      max-width: 40rem;
      margin: 0 auto;
      padding: 16px;
    }
    @media (min-width: 600px) {
      .ladder-public-page {
        padding: 32px 24px;
      }
    }
    .ladder-public-page-brand {
      margin: 0 0 8px;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-label-large);
    }
    .ladder-public-page h1 {
      margin: 0 0 12px;
      font: var(--mat-sys-headline-small);
      overflow-wrap: anywhere;
    }
    .ladder-public-page h1:focus {
      outline: none;
    }
    .ladder-public-page h2 {
      margin: 24px 0 8px;
      font: var(--mat-sys-title-medium);
    }
  `,
  encapsulation: ViewEncapsulation.None,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PublicPageComponent {
  /** What the page is, after the product's name: "Ladder · escalation status". */
  readonly brand = input.required<string>();
}

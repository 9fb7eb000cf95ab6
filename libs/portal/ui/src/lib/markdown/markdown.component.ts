import { ChangeDetectionStrategy, Component, computed, input, ViewEncapsulation } from '@angular/core';
import DOMPurify from 'dompurify';
import { marked } from 'marked';

/** Markdown from the procedure, parsed by marked and sanitised by DOMPurify before it reaches the DOM. */
export function renderMarkdown(markdown: string): string {
  return DOMPurify.sanitize(marked.parse(markdown, { async: false }));
}

@Component({
  selector: 'ladder-markdown',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<div class="ladder-markdown" [innerHTML]="html()"></div>`,
  // Not encapsulated: the rendered HTML carries no component attributes for scoped styles to match.
  encapsulation: ViewEncapsulation.None,
  styles: `
    ladder-markdown {
      display: block;
    }
    .ladder-markdown > :first-child {
      margin-top: 0;
    }
    .ladder-markdown h1,
    .ladder-markdown h2 {
      font: var(--mat-sys-title-medium);
      margin: 12px 0 8px;
    }
    .ladder-markdown h3,
    .ladder-markdown h4 {
      font: var(--mat-sys-title-small);
      margin: 12px 0 4px;
    }
    .ladder-markdown li {
      margin-bottom: 4px;
    }
  `,
})
export class MarkdownComponent {
  readonly markdown = input.required<string>();
  protected readonly html = computed(() => renderMarkdown(this.markdown()));
}

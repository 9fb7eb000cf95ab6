import { ClipboardModule } from '@angular/cdk/clipboard';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import type { IntegrationWithSecret } from '@ladder/contracts';
import { intakeAddress, KIND_LABEL, setupSnippets } from './intake-snippets';

export interface IntegrationSecretData {
  integration: IntegrationWithSecret;
  /** The portal's origin, which the monitoring system posts to. */
  origin: string;
  /** The secret replaces one that no longer works. */
  rotated: boolean;
}

type Copyable = 'secret' | 'url' | number;

/** Shows a new secret once, with the configuration that carries it; only an explicit button closes it. */
@Component({
  selector: 'ladder-integration-secret-dialog',
  imports: [ClipboardModule, MatButtonModule, MatDialogModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ data.rotated ? 'New secret for ' : 'Secret for ' }}{{ integration.name }}</h2>
    <mat-dialog-content class="content">
      <p class="warning" role="alert">
        Copy the secret now: it is shown only this once, and Ladder cannot show it again. If it is lost, rotate the
        secret to get a new one.
        @if (data.rotated) {
          The previous secret no longer works: put this one in the monitoring system's configuration.
        }
      </p>

      <div class="copyable">
        <span class="name">Secret</span>
        <code data-testid="integration-secret">{{ integration.secret }}</code>
        <button
          mat-stroked-button
          type="button"
          [cdkCopyToClipboard]="integration.secret"
          (cdkCopyToClipboardCopied)="wasCopied('secret', $event)"
        >
          {{ copied() === 'secret' ? 'Copied' : 'Copy secret' }}
        </button>
      </div>
      <div class="copyable">
        <span class="name">Endpoint</span>
        <code>{{ address.url }}</code>
        <button
          mat-stroked-button
          type="button"
          [cdkCopyToClipboard]="address.url"
          (cdkCopyToClipboardCopied)="wasCopied('url', $event)"
        >
          {{ copied() === 'url' ? 'Copied' : 'Copy URL' }}
        </button>
      </div>

      <h3>Set up {{ kindLabel[integration.kind] }}</h3>
      @for (snippet of snippets; track snippet.title; let i = $index) {
        <section class="snippet" [attr.aria-label]="snippet.title">
          <div class="snippet-head">
            <h4>{{ snippet.title }}</h4>
            <button
              mat-stroked-button
              type="button"
              [cdkCopyToClipboard]="snippet.text"
              (cdkCopyToClipboardCopied)="wasCopied(i, $event)"
            >
              {{ copied() === i ? 'Copied' : 'Copy' }}
            </button>
          </div>
          <p class="where">{{ snippet.where }}</p>
          <pre><code>{{ snippet.text }}</code></pre>
        </section>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-flat-button type="button" mat-dialog-close>I have stored the secret</button>
    </mat-dialog-actions>
  `,
  styles: `
    .content {
      display: grid;
      gap: 12px;
      width: min(880px, 88vw);
    }
    .warning {
      margin: 0;
      padding: 8px 12px;
      border-radius: 8px;
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .copyable {
      display: grid;
      grid-template-columns: 80px minmax(0, 1fr) auto;
      gap: 12px;
      align-items: center;
    }
    .name {
      font-weight: 600;
    }
    code {
      overflow-wrap: anywhere;
    }
    h3,
    h4 {
      margin: 0;
    }
    h3 {
      font: var(--mat-sys-title-medium);
    }
    h4 {
      font: var(--mat-sys-title-small);
    }
    .snippet-head {
      display: flex;
      justify-content: space-between;
      align-items: center;
      gap: 12px;
    }
    .where {
      margin: 4px 0;
      color: var(--mat-sys-on-surface-variant);
    }
    pre {
      margin: 0;
      padding: 12px;
      overflow-x: auto;
      border-radius: 8px;
      background: var(--mat-sys-surface-container-high);
      font-size: 13px;
    }
  `,
})
export class IntegrationSecretDialog {
  protected readonly data = inject<IntegrationSecretData>(MAT_DIALOG_DATA);
  protected readonly integration = this.data.integration;
  protected readonly kindLabel = KIND_LABEL;
  protected readonly address = intakeAddress(this.data.origin, this.integration);
  protected readonly snippets = setupSnippets(this.integration, this.data.origin);
  /** What was copied last: the secret, the URL, or a snippet by its index. */
  protected readonly copied = signal<Copyable | null>(null);

  protected wasCopied(what: Copyable, succeeded: boolean): void {
    this.copied.set(succeeded ? what : null);
  }
}

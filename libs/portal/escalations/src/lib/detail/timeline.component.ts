import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { EventType, TimelineEvent } from '@ladder/contracts';
import { automaticNote } from './automatic-note';
import { openingNote } from './opening-note';

const EVENT_LABEL: Readonly<Record<EventType, string>> = {
  created: 'Created',
  assign: 'Assigned',
  acknowledge: 'Acknowledged',
  comment: 'Internal comment',
  'stakeholder-update': 'Stakeholder update',
  escalate: 'Escalated',
  'de-escalate': 'De-escalated',
  wait: 'Waiting on stakeholder',
  resume: 'Resumed',
  resolve: 'Resolved',
  reopen: 'Reopened',
  close: 'Closed',
  'sla-warning': 'SLA warning',
  'sla-breach': 'SLA breached',
  reminder: 'Reminder sent',
  'rule-fired': 'Rule fired',
  'raise-severity': 'Severity raised',
  'alert-resolved': 'Alert resolved',
  'alert-refired': 'Alert fired again',
};

@Component({
  selector: 'ladder-timeline',
  imports: [DatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ol>
      @for (event of events(); track event.id) {
        <li [class.public]="event.visibility === 'public'">
          <div class="head">
            <strong>{{ label[event.type] }}</strong>
            @if (event.fromLevel !== null && event.toLevel !== null && event.fromLevel !== event.toLevel) {
              <span
                >L{{ event.fromLevel }} → L{{ event.toLevel }}
                @if (event.teamName) {
                  ({{ event.teamName }})
                }
              </span>
            }
            <span class="visibility">{{ event.visibility === 'public' ? 'Public' : 'Internal' }}</span>
          </div>
          <div class="meta">
            {{ event.actorName ?? 'System' }} ·
            <time [attr.datetime]="event.at">{{ event.at | date: 'MMM d, HH:mm' }}</time>
          </div>
          @if (note(event); as n) {
            <div class="automatic">{{ n }}</div>
          }
          @if (opening(event); as o) {
            <div class="automatic" data-testid="opening-note">{{ o }}</div>
          }
          @if (event.body) {
            <p class="body">{{ event.body }}</p>
          }
        </li>
      } @empty {
        <li>No events yet.</li>
      }
    </ol>
  `,
  styles: `
    ol {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    li {
      border-left: 3px solid var(--mat-sys-outline-variant);
      padding: 4px 0 12px 12px;
    }
    li.public {
      border-left-color: var(--mat-sys-primary);
    }
    .head {
      display: flex;
      gap: 8px;
      align-items: baseline;
      flex-wrap: wrap;
    }
    .visibility {
      font-size: 12px;
      padding: 0 8px;
      border-radius: 8px;
      background: var(--mat-sys-surface-container-high);
    }
    li.public .visibility {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .meta {
      font-size: 12px;
      color: var(--mat-sys-on-surface-variant);
    }
    .automatic {
      font-size: 12px;
      font-style: italic;
    }
    .body {
      margin: 4px 0 0;
      white-space: pre-wrap;
    }
  `,
})
export class TimelineComponent {
  readonly events = input.required<readonly TimelineEvent[]>();
  protected readonly label = EVENT_LABEL;
  protected readonly note = automaticNote;
  protected readonly opening = openingNote;
}

import { escapeHtml, LINK_TOKEN_PLACEHOLDER } from '@ladder/api/notifications';

export type SurveyStep = 'invitation' | 'reminder';

export interface SurveyEmailFacts {
  escalationNumber: string;
  title: string;
  name: string | null;
  expiresAt: Date;
}

export interface SurveyEmail {
  subject: string;
  text: string;
  html: string;
}

const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * The survey email: short, plain, readable on a phone. Its links hold the placeholder the email sender replaces with
 * the invitation's token; nothing of the escalation's internal history is in it.
 */
export function surveyEmail(step: SurveyStep, facts: SurveyEmailFacts, publicUrl: string): SurveyEmail {
  const tag = `ESC-${facts.escalationNumber}`;
  const surveyUrl = `${publicUrl}/survey/${LINK_TOKEN_PLACEHOLDER}`;
  const optOutUrl = `${surveyUrl}/opt-out`;
  const greeting = facts.name ? `Hello ${facts.name},` : 'Hello,';
  const ask =
    step === 'invitation'
      ? `Your issue ${tag} · ${facts.title} has been resolved. How did we do? Answering takes under a minute.`
      : `A few days ago we asked how we handled your issue ${tag} · ${facts.title}. If you have a minute, your answer helps us improve.`;
  const until = `The link works until ${day.format(facts.expiresAt)}.`;
  const optOut = 'No more surveys from us';
  return {
    subject: step === 'invitation' ? `[${tag}] How did we do?` : `[${tag}] Reminder: how did we do?`,
    text: `${greeting}\n\n${ask}\n\nAnswer the survey: ${surveyUrl}\n\n${until}\n\n${optOut}: ${optOutUrl}\n`,
    html: [
      '<!doctype html><html><body style="font-family:Arial,Helvetica,sans-serif;line-height:1.5;color:#222;max-width:640px">',
      `<p>${escapeHtml(greeting)}</p>`,
      `<p>${escapeHtml(ask)}</p>`,
      `<p><a href="${escapeHtml(surveyUrl)}" style="display:inline-block;padding:12px 20px;background:#1a56db;color:#fff;text-decoration:none;border-radius:4px">Answer the survey</a></p>`,
      `<p style="color:#555">${escapeHtml(until)}</p>`,
      `<p style="color:#555;font-size:13px"><a href="${escapeHtml(optOutUrl)}">${escapeHtml(optOut)}</a></p>`,
      '</body></html>',
    ].join('\n'),
  };
}

// marked and DOMPurify: a separate entry, so that pages without Markdown do not load them.
export * from './lib/markdown/markdown.component';

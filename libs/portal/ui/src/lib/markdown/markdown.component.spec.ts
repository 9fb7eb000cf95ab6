import { renderMarkdown } from './markdown.component';

describe('renderMarkdown', () => {
  it('renders Markdown', () => {
    expect(renderMarkdown('1. Check **VPN**')).toBe('<ol>\n<li>Check <strong>VPN</strong></li>\n</ol>\n');
  });

  it('removes scripts and event handlers', () => {
    const html = renderMarkdown('<img src="x" onerror="alert(1)"><script>alert(2)</script>');
    expect(html).toBe('<p><img src="x"></p>\n');
  });
});

import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { ProcedureAcknowledgementReport } from '@ladder/contracts';
import { Notifier } from '@ladder/portal/core';
import { ProcedureAcknowledgementsPage } from './procedure-acknowledgements.page';

const ID = '6f1c8a52-0d0b-4f4e-9a51-0c1d2e3f4a5b';
const report: ProcedureAcknowledgementReport = {
  procedureVersionId: ID,
  version: 2,
  name: 'Quicker L1',
  publishedAt: '2026-03-02T09:00:00.000Z',
  members: 2,
  acknowledged: 1,
  share: 0.5,
  teams: [
    {
      teamId: '1a2b3c4d-0000-4000-8000-000000000001',
      teamName: 'Service Desk',
      members: 2,
      acknowledged: 1,
      share: 0.5,
      notAcknowledged: [{ userId: '1a2b3c4d-0000-4000-8000-000000000011', name: 'Chris Doe', role: 'agent' }],
    },
  ],
};

describe('ProcedureAcknowledgementsPage', () => {
  it('shows the teams with their progress and who has not acknowledged, and reminds them on demand', async () => {
    const notifier = { info: jest.fn(), error: jest.fn() };
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: Notifier, useValue: notifier },
      ],
    });
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(ProcedureAcknowledgementsPage);
    fixture.componentRef.setInput('id', ID);
    fixture.detectChanges();
    http.expectOne(`/api/procedures/${ID}/acknowledgements`).flush(report);
    await fixture.whenStable();
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;

    expect(element.querySelector('h1')?.textContent).toBe('Acknowledgements of procedure v2');
    expect(element.textContent).toContain('1 of 2 acknowledged (50 %)');
    const cells = Array.from(element.querySelectorAll('tbody td')).map((td) => td.textContent?.trim());
    expect(cells).toEqual(['Service Desk', '1 of 2', '50 %', 'Chris Doe']);
    expect(element.querySelector('mat-progress-bar')?.getAttribute('aria-label')).toBe('Service Desk acknowledged');

    const remind = Array.from(element.querySelectorAll('button')).find((b) => b.textContent?.trim() === 'Remind now');
    remind?.click();
    const request = http.expectOne(`/api/procedures/${ID}/acknowledgements/remind`);
    expect(request.request.method).toBe('POST');
    request.flush({ reminded: 1 });
    await fixture.whenStable();
    expect(notifier.info).toHaveBeenCalledWith('Reminded 1 person');
  });
});

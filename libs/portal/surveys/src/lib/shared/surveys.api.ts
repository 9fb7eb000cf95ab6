import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { SaveSurveyTemplate, SurveySettings, SurveyTemplate, SurveyTemplateList } from '@ladder/contracts';
import type { Observable } from 'rxjs';

/** HTTP only: the survey template versions and the sending settings. */
@Injectable({ providedIn: 'root' })
export class SurveysApi {
  private readonly http = inject(HttpClient);

  templates(): Observable<SurveyTemplateList> {
    return this.http.get<SurveyTemplateList>('/api/surveys/templates');
  }

  saveTemplate(body: SaveSurveyTemplate): Observable<SurveyTemplate> {
    return this.http.post<SurveyTemplate>('/api/surveys/templates', body);
  }

  settings(): Observable<SurveySettings> {
    return this.http.get<SurveySettings>('/api/surveys/settings');
  }

  saveSettings(body: SurveySettings): Observable<SurveySettings> {
    return this.http.put<SurveySettings>('/api/surveys/settings', body);
  }
}

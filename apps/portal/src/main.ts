import { bootstrapApplication } from '@angular/platform-browser';
// Not the reports' lazy chunk: a separate entry of a few pure functions that read a report's address.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { askReportOfAddress } from '@ladder/portal/analytics/early';
import { appConfig } from './app/app.config';
import { App } from './app/app';
import { appRoutes } from './app/app.routes';
import { loadFirstPageChunk } from './app/first-page-chunk';

// A bookmarked report's data is asked for at once, not after Angular has started and checked the session.
askReportOfAddress(location);
// A chunk that fails here is the router's to report when it loads the page itself.
void loadFirstPageChunk(appRoutes, location.pathname)?.catch(() => undefined);
bootstrapApplication(App, appConfig).catch((err) => console.error(err));
